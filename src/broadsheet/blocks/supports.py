"""Attributes block supports add to every block type (``WP_Block_Supports::register_attributes``, 7.1.4).

Each support's ``register_attribute`` callback runs on every registered type, in the order
``wp-settings.php`` loads ``wp-includes/block-supports/*.php``; the quirks (shadow's inverted
checks, ``customCSS`` defaulting to supported) are WordPress's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Attributes = dict[str, Any]
Supports = dict[str, Any]

_NOT_SET = object()


def _array_get(value: Any, path: list[str], default: Any) -> Any:
    """``_wp_array_get``."""
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return default
        value = value[key]
    return value


def block_has_support(supports: Supports, feature: str | list[str], default: Any = False) -> bool:
    """``block_has_support``: ``true`` or an array (even empty) means supported."""
    if isinstance(feature, list) and len(feature) == 1:
        feature = feature[0]
    if isinstance(feature, list):
        value = _array_get(supports, feature, default)
    else:
        value = supports[feature] if feature in supports and supports[feature] is not None else default
    return value is True or isinstance(value, (list, dict))


def _truthy(value: Any) -> bool:
    """PHP truthiness (``[]`` and ``"0"`` are false)."""
    return bool(value) and value != "0"


def _add(attributes: Attributes, name: str, kind: str) -> None:
    if name not in attributes:
        attributes[name] = {"type": kind}


def _align(attributes: Attributes, supports: Supports) -> None:
    if block_has_support(supports, "align") and "align" not in attributes:
        attributes["align"] = {"type": "string", "enum": ["left", "center", "right", "wide", "full", ""]}


def _custom_classname(attributes: Attributes, supports: Supports) -> None:
    if block_has_support(supports, "customClassName", True):
        _add(attributes, "className", "string")


def _colors(attributes: Attributes, supports: Supports) -> None:
    color = supports.get("color", False)
    if color is None:
        color = False

    def has(key: str) -> bool:
        if color is True:
            return True
        if isinstance(color, dict):
            return _truthy(color[key]) if color.get(key) is not None else True
        return False

    text, background = has("text"), has("background")
    extra = {k: _truthy(color.get(k)) if isinstance(color, dict) else False
             for k in ("gradients", "link", "button", "heading")}
    if text or background or any(extra.values()):
        _add(attributes, "style", "object")
    if background:
        _add(attributes, "backgroundColor", "string")
    if text:
        _add(attributes, "textColor", "string")
    if extra["gradients"]:
        _add(attributes, "gradient", "string")


_TYPOGRAPHY_KEYS = ("__experimentalFontFamily", "fontSize", "__experimentalFontStyle", "__experimentalFontWeight",
                    "__experimentalLetterSpacing", "lineHeight", "textAlign", "textColumns",
                    "__experimentalTextDecoration", "__experimentalTextTransform", "textIndent",
                    "__experimentalWritingMode")


def _typography(attributes: Attributes, supports: Supports) -> None:
    typography = supports.get("typography", False)
    if not _truthy(typography):
        return
    flags = {k: _truthy(typography.get(k)) if isinstance(typography, dict) else False for k in _TYPOGRAPHY_KEYS}
    if any(flags.values()):
        _add(attributes, "style", "object")
    if flags["fontSize"]:
        _add(attributes, "fontSize", "string")
    if flags["__experimentalFontFamily"]:
        _add(attributes, "fontFamily", "string")


def _border(attributes: Attributes, supports: Supports) -> None:
    if block_has_support(supports, "__experimentalBorder"):
        _add(attributes, "style", "object")
    border = supports.get("__experimentalBorder", False)
    if border is True or block_has_support(supports, ["__experimentalBorder", "color"]):
        _add(attributes, "borderColor", "string")


def _layout(attributes: Attributes, supports: Supports) -> None:
    if block_has_support(supports, "layout") or block_has_support(supports, "__experimentalLayout"):
        _add(attributes, "layout", "object")


def _style_if(feature: str | list[str], default: Any = False) -> Callable[[Attributes, Supports], None]:
    """Supports that only need the ``style`` attribute (position, spacing)."""
    def register(attributes: Attributes, supports: Supports) -> None:
        if block_has_support(supports, feature, default):
            _add(attributes, "style", "object")
    return register


def _style_unless_defined(feature: str | list[str], default: Any = False) -> Callable[[Attributes, Supports], None]:
    """Supports that return early when ``style`` exists (dimensions, background, custom CSS, duotone)."""
    def register(attributes: Attributes, supports: Supports) -> None:
        if "style" in attributes:
            return
        if block_has_support(supports, feature, default):
            attributes["style"] = {"type": "object"}
    return register


def _shadow(attributes: Attributes, supports: Supports) -> None:
    # WordPress 7.1.4 checks array_key_exists where it means the opposite: it only ever
    # re-sets attributes that already exist.
    if not block_has_support(supports, "shadow"):
        return
    if "style" in attributes:
        attributes["style"] = {"type": "object"}
    if "shadow" in attributes:
        attributes["shadow"] = {"type": "string"}


def _aria_label(attributes: Attributes, supports: Supports) -> None:
    if block_has_support(supports, ["ariaLabel"]):
        _add(attributes, "ariaLabel", "string")


def _anchor(attributes: Attributes, supports: Supports) -> None:
    if block_has_support(supports, ["anchor"]):
        _add(attributes, "anchor", "string")


#: The ``register_attribute`` callbacks, in the order their supports are registered.
REGISTER_ATTRIBUTE: tuple[Callable[[Attributes, Supports], None], ...] = (
    _align,
    _custom_classname,
    _colors,
    _typography,
    _border,
    _layout,
    _style_if("position"),
    _style_if("spacing"),
    _style_unless_defined("dimensions"),
    _style_unless_defined(["filter", "duotone"], None),
    _shadow,
    _style_unless_defined(["background"]),
    _aria_label,
    _anchor,
    _style_unless_defined(["customCSS"], True),
)


def register_support_attributes(attributes: Attributes, supports: Supports) -> Attributes:
    """``attributes`` with every block support's attributes added (in place, returned)."""
    for register in REGISTER_ATTRIBUTE:
        register(attributes, supports)
    return attributes
