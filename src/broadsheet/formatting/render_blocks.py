"""``do_blocks``: render parsed blocks to HTML the way WordPress 7.1.4 does for ``the_content``.

Ports ``do_blocks()``/``render_block()`` (``wp-includes/blocks.php``), ``WP_Block::render()``, the
render callbacks of the core blocks that need no database (paragraph, heading, shortcode, image,
gallery) and the layout block support (``wp-includes/block-supports/layout.php``). Static blocks
render their saved markup; block comments disappear. Blocks that list attachments or query posts are
left as saved.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from broadsheet.formatting.blocks import ParsedBlock, parse_blocks
from broadsheet.formatting.tag_processor import VOID_ELEMENTS, TagProcessor
from broadsheet.formatting.typography import wp_render_typography_support

__all__ = ["BlockType", "BLOCK_TYPES", "BlockContext", "do_blocks", "render_block"]


class BlockContext(Protocol):
    """What block rendering reads of the request: the global post and the ``wp_unique_id()`` counter."""

    post_id: int

    def unique_id(self, prefix: str) -> str: ...

    def get_post_meta(self, key: str) -> Any: ...

    def attachment_metadata(self, attachment_id: int) -> dict[str, Any]: ...


@dataclass(frozen=True)
class BlockType:
    """What rendering needs to know of a registered block type."""

    layout_default: dict[str, Any] | None = None  # None: no layout support
    render: Callable[[dict[str, Any], str, ParsedBlock, BlockContext], str] | None = None
    attribute_defaults: tuple[tuple[str, Any], ...] = ()


# -- core render callbacks ---------------------------------------------------------------
_COMMENT = r"<!--(?:>|->|.*?--!?>)"
_COMMENTS = re.compile(r"(?:" + _COMMENT + r"|<![^>]*>|<\?[^>]*>)*", re.DOTALL)
_EMPTY_FIGCAPTION_REST = re.compile(r"(?:" + _COMMENT + r")*</figcaption(?:[ \t\f\r\n/][^>]*)?>", re.DOTALL | re.I)
_TAG_NAME_AT = re.compile(r"</?([A-Za-z][^ \t\f\r\n/>]*)")
_OBJECT_LABEL = re.compile(r'<object.+(?P<attribute>aria-label="(?P<filename>[^"]+)?")', re.IGNORECASE)


def _paragraph_add_class(content: str, block: ParsedBlock) -> str:
    """``block_core_paragraph_add_class`` (7.0): the first ``<p>`` gets ``wp-block-paragraph``."""
    return _add_class_to_first(content, {"P"}, "wp-block-paragraph")


def _render_heading(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``block_core_heading_render``: the first h1–h6 gets ``wp-block-heading``."""
    return _add_class_to_first(content, {"H1", "H2", "H3", "H4", "H5", "H6"}, "wp-block-heading")


def _add_class_to_first(content: str, tags: set[str], class_name: str) -> str:
    if not content:
        return content
    processor = TagProcessor(content)
    while processor.next_tag():
        if processor.get_tag() in tags:
            processor.add_class(class_name)
            break
    return processor.get_updated_html()


def _render_shortcode(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_shortcode``: the block's text goes through ``wpautop``."""
    from broadsheet.formatting.autop import wpautop

    return wpautop(content)


def _render_image(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_image``: no ``<img src>`` renders nothing; gallery images get ``data-id``;
    an empty ``<figcaption>`` is dropped."""
    if "<img" not in content.lower():
        return ""
    processor = TagProcessor(content)
    if not processor.next_tag("img") or not processor.get_attribute("src"):
        return ""
    if "data-id" in attributes:
        processor.set_attribute("data-id", _php_string(attributes["data-id"]))
    empty_caption: tuple[int, int] | None = None
    if processor.next_tag("figcaption") and not attributes.get("caption"):
        span = processor.tag_span()
        if span is not None:
            closer = _EMPTY_FIGCAPTION_REST.match(content, span[1])
            if closer is not None:
                empty_caption = (span[0], closer.end())
    output = processor.get_updated_html()
    if empty_caption is not None:
        # Attribute edits happen before the caption, so its offsets shift by the length change.
        shift = len(output) - len(content)
        start, end = empty_caption[0] + shift, empty_caption[1] + shift
        return output[:start] + output[end:]
    return output


def _render_list(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``block_core_list_render``: the first ``<ol>``/``<ul>`` gets ``wp-block-list``."""
    return _add_class_to_first(content, {"OL", "UL"}, "wp-block-list")


def _render_button(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_button``: a button link with no content (comments aside) renders nothing."""
    processor = TagProcessor(content)
    tag = None
    while processor.next_tag():
        tag = processor.get_tag()
        if tag in ("A", "BUTTON"):
            break
    span = processor.tag_span()
    if tag is None or span is None:
        return content
    rest = _COMMENTS.match(content, span[1])
    at = rest.end() if rest else span[1]
    if at >= len(content):
        return ""
    following = _TAG_NAME_AT.match(content, at)
    if following is not None and following.group(1).upper() == tag:
        return ""
    return content


def _render_video(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_video``: width, height and aspect ratio from the attachment's metadata."""
    attachment_id = attributes.get("id")
    if "<video" not in content or not isinstance(attachment_id, int) or isinstance(attachment_id, bool):
        return content
    if attachment_id <= 0:
        return content
    meta = ids.attachment_metadata(attachment_id)
    width, height = meta.get("width"), meta.get("height")
    if not (isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0):
        return content
    processor = TagProcessor(content)
    if not processor.next_tag("video"):
        return content
    processor.set_attribute("width", str(width))
    processor.set_attribute("height", str(height))
    style = processor.get_attribute("style")
    processor.set_attribute("style", f"aspect-ratio: {width} / {height};" + (style if isinstance(style, str) else ""))
    return processor.get_updated_html()


def _render_file(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_file``: a PDF preview's label, and its interactivity directives."""

    def label(match: re.Match[str]) -> str:
        filename = match.group("filename") or ""
        text = f"Embed of {filename}." if filename and filename != "PDF embed" else "PDF embed"
        return match.group(0).replace(match.group("attribute"), f'aria-label="{text}"')

    content = _OBJECT_LABEL.sub(label, content)
    if attributes.get("displayPreview"):
        processor = TagProcessor(content)
        processor.next_tag()
        processor.set_attribute("data-wp-interactive", "")
        processor.next_tag("object")
        processor.set_attribute("data-wp-style--display", "selectors.core.file.hasPdfPreview")
        return processor.get_updated_html()
    return content


def _details_images_low_priority(content: str, block: ParsedBlock) -> str:
    """``block_core_details_set_img_fetchpriority_low``: images in a closed details block load last."""
    attrs = block["attrs"] if isinstance(block["attrs"], dict) else {}
    if attrs.get("showContent"):
        return content
    processor = TagProcessor(content)
    while processor.next_tag("img"):
        processor.set_attribute("fetchpriority", "low")
    return processor.get_updated_html()


def _render_gallery(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``block_core_gallery_render``: the wrapper gets a unique ``wp-block-gallery-N`` class."""
    class_name = ids.unique_id("wp-block-gallery-")
    processor = TagProcessor(content)
    if processor.next_tag():
        processor.add_class(class_name)
    return processor.get_updated_html()


def _php_string(value: Any) -> str:
    """PHP's string conversion of a scalar attribute value."""
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    return str(value)


def _render_footnotes(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_footnotes``: the post's ``footnotes`` meta as a list with back-links."""
    if not ids.post_id:
        return ""
    raw = ids.get_post_meta("footnotes")
    if not raw or not isinstance(raw, str):
        return ""
    try:
        footnotes = json.loads(raw)
    except ValueError:
        return ""
    if not isinstance(footnotes, list) or not footnotes:
        return ""
    items = ""
    for index, footnote in enumerate(footnotes, 1):
        if not isinstance(footnote, dict):
            continue
        note_id, text = _php_string(footnote.get("id")), _php_string(footnote.get("content"))
        label = f"Jump to footnote reference {index}"
        items += f'<li id="{note_id}">{text} <a href="#{note_id}-link" aria-label="{label}">\u21a9\ufe0e</a></li>'
    custom = attributes.get("className")
    classes = f"{custom} wp-block-footnotes" if isinstance(custom, str) and custom else "wp-block-footnotes"
    return f'<ol class="{_escape_attribute(classes)}">{items}</ol>'


def _escape_attribute(value: str) -> str:
    """``esc_attr`` for a class list we built ourselves."""
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#039;").replace("<", "&lt;").replace(">", "&gt;")


_FLOW: dict[str, Any] = {}

#: The core block types rendering has to know about (all others render their saved markup).
BLOCK_TYPES: dict[str, BlockType] = {
    "core/paragraph": BlockType(),
    "core/heading": BlockType(render=_render_heading),
    "core/shortcode": BlockType(render=_render_shortcode),
    "core/footnotes": BlockType(render=_render_footnotes),
    "core/list": BlockType(render=_render_list),
    "core/button": BlockType(render=_render_button),
    "core/video": BlockType(render=_render_video),
    "core/file": BlockType(render=_render_file),
    "core/image": BlockType(render=_render_image, attribute_defaults=(("linkDestination", "none"),)),
    "core/gallery": BlockType(layout_default={"type": "flex"}, render=_render_gallery),
    "core/group": BlockType(layout_default=_FLOW),
    "core/columns": BlockType(layout_default={"type": "flex", "flexWrap": "nowrap"}),
    "core/column": BlockType(layout_default=_FLOW),
    "core/quote": BlockType(layout_default=_FLOW),
    "core/cover": BlockType(layout_default=_FLOW),
    "core/buttons": BlockType(layout_default={"type": "flex"}),
    "core/details": BlockType(layout_default=_FLOW),
    "core/social-links": BlockType(layout_default={"type": "flex"}),
}

#: ``render_block_{name}`` filters, which run after the ``render_block`` ones.
_NAMED_FILTERS: dict[str, Callable[[str, ParsedBlock], str]] = {
    "core/paragraph": _paragraph_add_class,
    "core/details": _details_images_low_priority,
}

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
    has_gap = gap is not None and gap != {}
    if kind == "default":
        return has_gap
    if kind == "constrained":
        sized = bool(layout.get("contentSize") or layout.get("wideSize"))
        return sized or has_gap or layout.get("justifyContent") in ("left", "right")
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


def _render_layout_support(content: str, block: ParsedBlock, block_type: BlockType) -> str:
    """``wp_render_layout_support_flag``: layout classes on the block's (inner) wrapper."""
    if block_type.layout_default is None:
        return content
    processor = TagProcessor(content)
    if not processor.next_tag():
        return content
    name = block["blockName"] or ""
    attrs = block["attrs"] if isinstance(block["attrs"], dict) else {}
    attr_layout = attrs.get("layout") if isinstance(attrs.get("layout"), dict) else None
    used_layout = dict(attr_layout) if attr_layout is not None else dict(block_type.layout_default)
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


# -- rendering ---------------------------------------------------------------------------
def _style_variation_data(block: ParsedBlock, ids: BlockContext) -> None:
    """``wp_render_block_style_variation_support_styles``: number a styled variation's instance."""
    attrs = block["attrs"]
    variations = _STYLE_VARIATIONS.get(block["blockName"] or "")
    if not variations or not isinstance(attrs, dict) or not isinstance(attrs.get("className"), str):
        return
    for candidate in _VARIATION_CLASS.findall(attrs["className"]):
        if candidate in variations:
            instance = ids.unique_id(candidate + "--")
            attrs["className"] = f"{attrs['className']} is-style-{instance}"
            return


def _style_variation_class(content: str, block: ParsedBlock) -> str:
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


def _render_block_data(block: ParsedBlock, ids: BlockContext) -> ParsedBlock:
    """``render_block_data`` filters: gallery images get ``data-id``; style variations a number."""
    _style_variation_data(block, ids)
    if block["blockName"] == "core/gallery":
        for inner in block["innerBlocks"]:
            attrs = inner["attrs"]
            if inner["blockName"] == "core/image" and isinstance(attrs, dict):
                if "data-id" not in attrs and "id" in attrs:
                    attrs["data-id"] = _php_string(attrs["id"])
    return block


@dataclass
class _Rendering:
    """A block whose inner content is being assembled (render_block keeps its own stack)."""

    block: ParsedBlock
    position: int = 0
    inner: int = 0
    parts: list[str] = field(default_factory=list)


def _finish_block(block: ParsedBlock, content: str, ids: BlockContext) -> str:
    """The block's render callback, then the ``render_block`` filters in WordPress's order."""
    name = block["blockName"]
    block_type = BLOCK_TYPES.get(name) if name else None
    if block_type is not None and block_type.render is not None:
        attributes = dict(block_type.attribute_defaults)
        if isinstance(block["attrs"], dict):
            attributes.update(block["attrs"])
        content = block_type.render(attributes, content, block, ids)
    content = wp_render_typography_support(content, block["attrs"])
    if block_type is not None:
        content = _render_layout_support(content, block, block_type)
    content = _style_variation_class(content, block)
    named = _NAMED_FILTERS.get(name or "")
    return named(content, block) if named is not None else content


def render_block(block: ParsedBlock, ids: BlockContext) -> str:
    """Render one parsed block and its inner blocks (``WP_Block::render``), however deep they nest."""
    stack = [_Rendering(_render_block_data(block, ids))]
    while True:
        frame = stack[-1]
        chunks = frame.block["innerContent"]
        child: ParsedBlock | None = None
        while frame.position < len(chunks):
            chunk = chunks[frame.position]
            frame.position += 1
            if isinstance(chunk, str):
                frame.parts.append(chunk)
            elif frame.inner < len(frame.block["innerBlocks"]):
                child = frame.block["innerBlocks"][frame.inner]
                frame.inner += 1
                break
        if child is not None:
            stack.append(_Rendering(_render_block_data(child, ids)))
            continue
        stack.pop()
        html = _finish_block(frame.block, "".join(frame.parts), ids)
        if not stack:
            return html
        stack[-1].parts.append(html)


def do_blocks(content: str, ids: BlockContext) -> str:
    """Render every block in ``content``; text outside blocks passes through unchanged."""
    return "".join(render_block(block, ids) for block in parse_blocks(content))
