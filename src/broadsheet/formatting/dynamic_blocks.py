"""What server-rendered (dynamic) blocks share: their registration, attributes and wrapper attributes.

A dynamic block is one WordPress renders with a ``render_callback`` from its attributes and the
site's data instead of its saved markup. ``render_blocks.render_block`` consults ``DYNAMIC_BLOCKS``
(filled by the modules that implement them) and hands each callback a ``DynamicRender``: the saved
content, the inner blocks already rendered, and the block context its ancestors provide.
Ports ``WP_Block_Type::prepare_attributes_for_render`` and ``get_block_wrapper_attributes``
(``wp-includes/class-wp-block-type.php``, ``class-wp-block-supports.php``), WordPress 7.1.4.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.preset_supports import support_styles
from broadsheet.formatting.safecss import safecss_filter_attr

if TYPE_CHECKING:
    from broadsheet.formatting.blocks import ParsedBlock
    from broadsheet.formatting.render_blocks import BlockContext

__all__ = ["DynamicBlock", "DynamicRender", "block_wrapper_attributes", "is_numeric", "php_int", "prepare_attributes_for_render"]


class DynamicRender(NamedTuple):
    """What ``WP_Block::render`` gives a render callback besides the attributes."""

    content: str  # $block_content: inner blocks rendered between the saved HTML chunks
    inner_blocks: list[str]  # each inner block rendered on its own ($inner_block->render())
    context: dict[str, Any]  # $block->context: only the names the block type uses


@dataclass(frozen=True)
class DynamicBlock:
    """A block type rendered on the server: its callback, attribute schemas and context names."""

    render: Callable[[dict[str, Any], DynamicRender, ParsedBlock, BlockContext], str]
    attributes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    uses_context: tuple[str, ...] = ()
    provides_context: Mapping[str, str] = field(default_factory=dict)  # context name -> attribute
    supports_anchor: bool = True
    supports_align: bool = False  # the ``align`` support: an ``align{value}`` class
    supports: Mapping[str, Any] = field(default_factory=dict)  # block.json's, for the preset classes

    def child_context(self, attributes: Mapping[str, Any], available: Mapping[str, Any]) -> dict[str, Any]:
        """The context this block's descendants see (``WP_Block::__construct``'s ``$child_context``)."""
        provided = {name: attributes[attr] for name, attr in self.provides_context.items() if attr in attributes}
        return {**available, **provided} if provided else dict(available)

    def block_context(self, available: Mapping[str, Any]) -> dict[str, Any]:
        """``$block->context``: the available context restricted to ``usesContext``."""
        return {name: available[name] for name in self.uses_context if name in available}


# -- attribute validation (rest_validate_value_from_schema for the scalar types blocks declare) ----
_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\v\f]*\Z")


def is_numeric(value: Any) -> bool:
    """``is_numeric``: ints, floats and numeric strings (not booleans)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _NUMERIC.match(value) is not None


def php_int(value: Any) -> int:
    """PHP's ``(int)`` cast of a numeric value (infinities and NaN become 0)."""
    number = float(value)
    return int(number) if math.isfinite(number) else 0


def _is_valid(value: Any, schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "string":
        return isinstance(value, str)
    if kind == "number":
        return is_numeric(value)
    if kind == "integer":
        return is_numeric(value) and float(value).is_integer()
    if kind == "boolean":
        if isinstance(value, bool):
            return True
        if isinstance(value, str):
            return value.lower() in ("true", "false", "1", "0")
        return isinstance(value, int) and value in (0, 1)
    return True  # types these blocks don't declare are not checked here


def prepare_attributes_for_render(attrs: Any, schemas: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Invalid declared attributes are dropped (then defaulted); undeclared ones pass as they are."""
    attributes = dict(attrs) if isinstance(attrs, dict) else {}
    for name in list(attributes):
        schema = schemas.get(name)
        if schema is not None and not _is_valid(attributes[name], schema):
            del attributes[name]
    for name, schema in schemas.items():
        if name not in attributes and "default" in schema:
            attributes[name] = schema["default"]
    return attributes


# -- wrapper attributes -------------------------------------------------------------------
_PCRE_SPACE = re.compile(r"[ \t\n\x0b\f\r]+")


def _default_classname(block_name: str) -> str:
    """``wp_get_block_default_classname``: ``core/page-list`` -> ``wp-block-page-list``."""
    return "wp-block-" + re.sub(r"^core-", "", block_name.replace("/", "-"))


def _scalar(value: Any) -> str:
    """PHP's string cast of a scalar attribute; '' for booleans, null, arrays."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return value if isinstance(value, str) else str(value)


def _split_classes(text: str) -> list[str]:
    """``preg_split('/\\s+/', $text, -1, PREG_SPLIT_NO_EMPTY)`` (ASCII whitespace only)."""
    return [c for c in _PCRE_SPACE.split(text) if c]


def block_wrapper_attributes(block_name: str, block_type: DynamicBlock, attributes: Mapping[str, Any],
                             extra: Mapping[str, str]) -> str:
    """``get_block_wrapper_attributes($extra)`` with the supports: alignment, custom class, generated
    class, then the colour, typography, border and spacing classes and styles (``preset_supports``),
    and the anchor.
    """
    supported: dict[str, str] = {}
    classes = [_scalar(attributes.get("className")), _default_classname(block_name)]
    if block_type.supports_align and "align" in attributes:  # any value, even '' (WordPress prints "align")
        classes.insert(0, "align" + _scalar(attributes["align"]))
    styles = support_styles(block_type.supports, attributes)
    classes.append(styles.classnames)
    supported["class"] = " ".join(c for c in classes if c)
    if styles.css:
        supported["style"] = styles.css
    anchor = attributes.get("anchor")
    if block_type.supports_anchor and isinstance(anchor, str) and anchor:
        supported["id"] = anchor
    merged: dict[str, str] = {}
    for name in ("style", "class", "id", "aria-label"):
        new, given = supported.get(name, ""), _scalar(extra.get(name, ""))
        if not new and not given:
            continue
        if name == "class":
            merged[name] = " ".join(dict.fromkeys(_split_classes(given) + _split_classes(new)))
        elif name == "style":
            styles = (new.strip().rstrip(";"), given.strip().rstrip(";"))
            merged[name] = safecss_filter_attr(";".join(s for s in styles if s))
        else:
            merged[name] = given or new
    for name, value in extra.items():
        if name not in ("style", "class", "id", "aria-label"):
            merged[name] = _scalar(value)
    return " ".join(f'{name}="{esc_attr(value)}"' for name, value in merged.items())
