"""Block supports that change a block's markup as it renders: layout, style variations, elements.

Ports ``wp_render_layout_support_flag()`` (``wp-includes/block-supports/layout.php``),
``wp_render_block_style_variation_support_styles()`` / ``wp_render_block_style_variation_class_name()``
(``block-style-variations.php``) and ``wp_render_elements_support_styles()`` /
``wp_render_elements_class_name()`` (``elements.php``), WordPress 7.1.4, with the twentytwentyfive
theme's global styles. Layout containers get WordPress 7.1's stable hashed class names
(``wp-container-core-columns-is-layout-794e3cfa``: the md5 of the layout definition).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from broadsheet.formatting.blocks import ParsedBlock
from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.tag_processor import VOID_ELEMENTS, TagProcessor

__all__ = [
    "block_style_variation_class",
    "block_style_variation_data",
    "elements_class_name",
    "elements_support_data",
    "wp_render_layout_support_flag",
]

# -- layout support ----------------------------------------------------------------------
_LAYOUT_CLASSNAMES = {
    "default": "is-layout-flow",
    "constrained": "is-layout-constrained",
    "flex": "is-layout-flex",
    "grid": "is-layout-grid",
}
# The twentytwentyfive theme's global styles, which the vectors and the oracle were made with.
#: ``styles.blocks.<name>.spacing.blockGap`` and the root ``styles.spacing.blockGap``.
_GLOBAL_BLOCK_GAP = {"core/columns": "var:preset|spacing|50", "core/buttons": "16px", "core/quote": "var:preset|spacing|30"}
_ROOT_BLOCK_GAP = "1.2rem"
#: ``settings.useRootPaddingAwareAlignments``: constrained layouts get ``has-global-padding``.
_ROOT_PADDING_AWARE_ALIGNMENTS = True
#: Registered block style variations that have styles in the theme (``styles.blocks.<name>.variations``).
_STYLE_VARIATIONS = {"core/button": ("outline",), "core/quote": ("plain",), "core/separator": ("wide",)}
_VARIATION_CLASS = re.compile(r"\bis-style-(?!default)(\S+)\b")
_VARIATION_INSTANCE = re.compile(r"\bis-style-(\S+?--\d+)\b")
_UNSAFE_GAP = re.compile(r"[\\(&=}]|/\*")
_PRESET = re.compile(r"var:preset\|spacing\|")


def _sanitize_gap(value: Any) -> Any:
    """``wp_sanitize_block_gap_value``: drop unsafe CSS, turn presets into ``var(--wp--preset--spacing--x)``."""
    if isinstance(value, dict):
        return {key: _sanitize_gap(item) for key, item in value.items()}
    if not isinstance(value, str) or not value:
        return None
    if _UNSAFE_GAP.search(value):
        return None
    if _PRESET.search(value):
        slug = value[value.rindex("|") + 1 :]
        slug = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+", "-", slug).strip("-").lower()
        return f"var(--wp--preset--spacing--{slug})"
    return value


def _php_json(value: Any) -> str:
    """``wp_json_encode($value)``: slashes and non-ASCII escaped as PHP does."""
    return json.dumps(value, separators=(",", ":")).replace("/", "\\/")


def _layout_has_styles(layout: dict[str, Any], gap: Any) -> bool:
    """Whether ``wp_get_layout_style`` would emit any CSS (so the container class is needed)."""
    kind = layout.get("type", "default")
    has_gap = gap is not None  # flex and grid use every side of the gap
    vertical_gap = gap.get("top") if isinstance(gap, dict) else gap  # flow layouts use its top only
    if kind == "default":
        return vertical_gap is not None
    if kind == "constrained":
        sized = bool(layout.get("contentSize") or layout.get("wideSize"))
        return sized or vertical_gap is not None or layout.get("justifyContent") in ("left", "right")
    if kind == "flex":
        if layout.get("flexWrap") == "nowrap" or has_gap:
            return True
        if layout.get("orientation", "horizontal") != "horizontal":
            return True
        justify = layout.get("justifyContent") in ("left", "right", "center", "space-between")
        return bool(justify or layout.get("verticalAlignment") in ("top", "center", "bottom", "stretch"))
    return bool(kind == "grid")


def _sanitize_title(text: str) -> str:
    from broadsheet.formatting.sanitize import sanitize_title

    return sanitize_title(text)


def wp_render_layout_support_flag(content: str, block: ParsedBlock, layout_default: dict[str, Any] | None) -> str:
    """Layout classes on the block's (inner) wrapper; ``layout_default`` None means no layout support."""
    if layout_default is None:
        return content
    processor = TagProcessor(content)
    if not processor.next_tag():
        return content
    name = block["blockName"] or ""
    attrs = block["attrs"] if isinstance(block["attrs"], dict) else {}
    attr_layout = attrs.get("layout") if isinstance(attrs.get("layout"), dict) else None
    used_layout = dict(attr_layout) if attr_layout is not None else dict(layout_default)
    if used_layout.get("inherit") or used_layout.get("contentSize"):
        used_layout["type"] = "constrained"
    class_names: list[str] = []
    if _ROOT_PADDING_AWARE_ALIGNMENTS and used_layout.get("type") == "constrained":
        class_names.append("has-global-padding")
    if attr_layout:
        if isinstance(attr_layout.get("orientation"), str) and attr_layout["orientation"]:
            class_names.append("is-" + _sanitize_title(attr_layout["orientation"]))
        if isinstance(attr_layout.get("justifyContent"), str) and attr_layout["justifyContent"]:
            class_names.append("is-content-justification-" + _sanitize_title(attr_layout["justifyContent"]))
        if attr_layout.get("flexWrap") == "nowrap":
            class_names.append("is-nowrap")
    kind = used_layout.get("type")
    layout_classname = _LAYOUT_CLASSNAMES.get(kind if isinstance(kind, str) else "default", "")
    if layout_classname:
        class_names.append(layout_classname)
    style = attrs.get("style")
    spacing = style.get("spacing") if isinstance(style, dict) and isinstance(style.get("spacing"), dict) else None
    gap = _sanitize_gap(spacing.get("blockGap")) if spacing else None
    fallback = _sanitize_gap(_GLOBAL_BLOCK_GAP.get(name, _ROOT_BLOCK_GAP)) or "0.5em"
    if _layout_has_styles(used_layout, gap):
        digest_input = [used_layout, True, gap, False, fallback, spacing]
        digest = hashlib.md5(_php_json(digest_input).encode("utf-8")).hexdigest()[:8]
        # sanitize_title() of a parser-valid block name only turns "/" into "-".
        class_names.append(f"wp-container-{name.replace('/', '-')}-is-layout-{digest}")
    parts = name.split("/")
    full_name = parts[-1] if parts[0] == "core" else "-".join(parts)
    class_names.append(f"wp-block-{full_name}-{layout_classname}")

    wrapper_classes = _inner_wrapper_classes(block)
    if wrapper_classes:
        while True:
            value = processor.get_attribute("class")
            if isinstance(value, str) and wrapper_classes in value:
                break
            if not processor.next_tag():
                break
    for class_name in class_names:
        processor.add_class(class_name)
    return processor.get_updated_html()


def _inner_wrapper_classes(block: ParsedBlock) -> str | None:
    """The class attribute of the last element left open by the first inner-content chunk."""
    content = block["innerContent"]
    first = content[0] if content else None
    if not isinstance(first, str) or len(content) <= 1:
        return None
    scanner = TagProcessor(first)
    stack: list[str | bool | None] = []
    while scanner.next_tag(tag_closers=True):
        if scanner.is_tag_closer():
            if stack:
                stack.pop()
        elif scanner.get_tag() not in VOID_ELEMENTS:
            stack.append(scanner.get_attribute("class"))
    for value in reversed(stack):
        if isinstance(value, str) and value:
            return value
    return None


def block_style_variation_data(block: ParsedBlock, unique_id: Callable[[str], str]) -> None:
    """``wp_render_block_style_variation_support_styles``: number a styled variation's instance."""
    attrs = block["attrs"]
    variations = _STYLE_VARIATIONS.get(block["blockName"] or "")
    if not variations or not isinstance(attrs, dict) or not isinstance(attrs.get("className"), str):
        return
    for candidate in _VARIATION_CLASS.findall(attrs["className"]):
        if candidate in variations:
            instance = unique_id(candidate + "--")
            attrs["className"] = f"{attrs['className']} is-style-{instance}"
            return


def block_style_variation_class(content: str, block: ParsedBlock) -> str:
    """``wp_render_block_style_variation_class_name``: put the instance class on the wrapper."""
    attrs = block["attrs"]
    if not content or not isinstance(attrs, dict) or not isinstance(attrs.get("className"), str):
        return content
    found = _VARIATION_INSTANCE.search(attrs["className"])
    if found is None:
        return content
    processor = TagProcessor(content)
    if processor.next_tag():
        processor.add_class(found.group(0))
    return processor.get_updated_html()


# -- elements (link/heading/button colours) ------------------------------------------------
_COLOR_KINDS = ("text", "background", "gradient")
#: ``wp_should_add_elements_class_name``: the element colour settings that need a class, by element type.
_ELEMENT_COLOR_PATHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "button": tuple(("button", "color", kind) for kind in _COLOR_KINDS),
    "link": (("link", "color", "text"), ("link", ":hover", "color", "text")),
    "heading": tuple(
        (element, "color", kind) for element in ("heading", "h1", "h2", "h3", "h4", "h5", "h6") for kind in _COLOR_KINDS
    ),
}
#: Core blocks whose block.json sets ``color.__experimentalSkipSerialization`` (no element classes).
_SKIPS_COLOR_SERIALIZATION = frozenset({"core/button", "core/search"})
_ELEMENTS_CLASS = re.compile(r"\bwp-elements-\S+\b")
_PHP_INT_KEY = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")


def _php_serialize(value: Any) -> str:
    """PHP ``serialize()`` of a JSON-shaped value (objects become arrays, numeric keys integers)."""
    if value is None:
        return "N;"
    if value is True or value is False:
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value).replace("e", "E")
        return f"d:{text};"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    items = value.items() if isinstance(value, dict) else enumerate(value)
    body = ""
    count = 0
    for key, item in items:
        if isinstance(key, str) and _PHP_INT_KEY.match(key) and -(2**63) <= int(key) < 2**63:
            key = int(key)
        body += _php_serialize(key) + _php_serialize(item)
        count += 1
    return f"a:{count}:{{{body}}}"


def _array_get(value: Any, path: tuple[str, ...]) -> Any:
    """``_wp_array_get($value, $path, null)``."""
    for key in path:
        if not isinstance(value, dict) or value.get(key) is None:
            return None
        value = value[key]
    return value


def elements_support_data(block: ParsedBlock) -> None:
    """``wp_render_elements_support_styles``: a block with element colours gets a ``wp-elements-<md5>`` class."""
    attrs = block["attrs"]
    style = attrs.get("style") if isinstance(attrs, dict) else None
    elements = style.get("elements") if isinstance(style, dict) else None
    if not elements or not isinstance(attrs, dict) or block["blockName"] in _SKIPS_COLOR_SERIALIZATION:
        return
    if not any(_array_get(elements, path) is not None for paths in _ELEMENT_COLOR_PATHS.values() for path in paths):
        return
    class_name = "wp-elements-" + hashlib.md5(_php_serialize(block).encode("utf-8")).hexdigest()
    existing = attrs.get("className")
    attrs["className"] = f"{php_strval(existing)} {class_name}" if "className" in attrs else class_name




def elements_class_name(content: str, block: ParsedBlock) -> str:
    """``wp_render_elements_class_name``: put the block's ``wp-elements-…`` class on its wrapper."""
    attrs = block["attrs"]
    class_string = attrs.get("className") if isinstance(attrs, dict) else None
    found = _ELEMENTS_CLASS.search(class_string) if isinstance(class_string, str) else None
    if found is None:
        return content
    processor = TagProcessor(content)
    if processor.next_tag():
        processor.add_class(found.group(0))
    return processor.get_updated_html()
