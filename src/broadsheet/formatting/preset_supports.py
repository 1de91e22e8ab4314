"""The colour, typography, border and spacing block supports of a block's wrapper (WordPress 7.1.4).

Ports ``wp_apply_colors_support``, ``wp_apply_typography_support``, ``wp_apply_border_support`` and
``wp_apply_spacing_support`` (``wp-includes/block-supports/``): ``get_block_wrapper_attributes`` adds
their classes (``has-text-color has-{slug}-color``, ``has-{slug}-font-size`` ...) after the generated
class and their CSS (custom ``style`` values) to ``style``, in that order. A support that skips
serialization leaves them to the block's own markup, which is not built here (``skipped_presets``
names the presets given to one).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.style_engine import (
    Styles,
    php_empty,
    wp_style_engine_get_styles,
    wp_to_kebab_case,
)
from broadsheet.formatting.typography import wp_get_typography_font_size_value

__all__ = ["PRESET_ATTRIBUTES", "colors_support", "skipped_presets", "support_styles"]

#: Preset attribute -> (support, its feature key or None for the support itself, default when unset).
PRESET_ATTRIBUTES: dict[str, tuple[str, str | None, bool]] = {
    "textColor": ("color", "text", True),
    "backgroundColor": ("color", "background", True),
    "gradient": ("color", "gradients", False),
    "fontSize": ("typography", "fontSize", False),
    "fontFamily": ("typography", "__experimentalFontFamily", False),
    "borderColor": ("__experimentalBorder", "color", False),
}
_NOTHING: dict[str, Any] = {}


def _support(supports: Mapping[str, Any], name: str) -> Any:
    value = supports.get(name)
    if name == "__experimentalBorder" and value is None:
        value = supports.get("border")
    return value


def _skips(supports: Mapping[str, Any], feature_set: str, feature: str | None = None) -> bool:
    """``wp_should_skip_block_supports_serialization``."""
    support = _support(supports, feature_set)
    skip = support.get("__experimentalSkipSerialization", False) if isinstance(support, dict) else False
    return feature in skip if isinstance(skip, list) else bool(skip)


def _has(supports: Mapping[str, Any], feature_set: str, feature: str) -> bool:
    """``block_has_support($block_type, [$feature_set, $feature])``: true or an array there."""
    support = _support(supports, feature_set)
    value = support.get(feature, False) if isinstance(support, dict) else False
    return value is True or isinstance(value, dict | list)


def _feature(supports: Mapping[str, Any], attribute: str) -> tuple[bool, bool]:
    """(supported, serialization skipped) of the feature a preset attribute belongs to."""
    support, feature, default = PRESET_ATTRIBUTES[attribute]
    value = _support(supports, support)
    if value is True:
        return default or feature is None, False
    if not isinstance(value, dict):
        return False, False
    enabled = value.get(feature, default) if feature else True
    return bool(enabled), _skips(supports, support, feature)


def _style(attributes: Mapping[str, Any], group: str) -> dict[str, Any]:
    """``$block_attributes['style'][$group]`` when it is an array, else an empty one."""
    style = attributes.get("style")
    value = style.get(group) if isinstance(style, dict) else None
    return value if isinstance(value, dict) else _NOTHING


def _preset(attributes: Mapping[str, Any], name: str, kind: str) -> str | None:
    """``"var:preset|{kind}|{$attributes[name]}"`` for a (string) preset attribute given, else None."""
    value = attributes.get(name)
    return f"var:preset|{kind}|{value}" if isinstance(value, str) else None


def colors_support(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> Styles:
    """``wp_apply_colors_support``."""
    color = supports.get("color", False)
    if isinstance(color, dict) and _skips(supports, "color"):
        return Styles("", "")
    custom = _style(attributes, "color")
    styles: dict[str, Any] = {}
    for feature, attribute in (("text", "textColor"), ("background", "backgroundColor")):
        if (color is True or (isinstance(color, dict) and color.get(feature, True))) \
                and not _skips(supports, "color", feature):
            styles[feature] = _preset(attributes, attribute, "color") or custom.get(feature)
    background_gradient = _has(supports, "background", "gradient") and \
        not php_empty(_style(attributes, "background").get("gradient"))
    if isinstance(color, dict) and color.get("gradients") and not _skips(supports, "color", "gradients") \
            and not background_gradient:
        styles["gradient"] = _preset(attributes, "gradient", "gradient") or custom.get("gradient")
    return wp_style_engine_get_styles({"color": styles}, convert_vars_to_classnames=True)


def _inline_preset(value: Any, prop: str) -> Any:
    """``wp_typography_get_preset_inline_style_value``."""
    if isinstance(value, str) and value and f"var:preset|{prop}|" in value:
        return f"var(--wp--preset--{prop}--{wp_to_kebab_case(value[value.rindex('|') + 1:])});"
    return value


#: Typography features set from ``style.typography`` when given: (support key, style key, CSS property
#: of a ``var:preset`` value or None).
_TYPOGRAPHY_FEATURES = (
    ("__experimentalFontStyle", "fontStyle", "font-style"),
    ("__experimentalFontWeight", "fontWeight", "font-weight"),
    ("lineHeight", "lineHeight", None),
    ("textColumns", "textColumns", None),
    ("__experimentalTextDecoration", "textDecoration", "text-decoration"),
    ("__experimentalTextTransform", "textTransform", "text-transform"),
    ("__experimentalLetterSpacing", "letterSpacing", "letter-spacing"),
    ("__experimentalWritingMode", "writingMode", None),
    ("textIndent", "textIndent", None),
)


def _typography_support(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> Styles:
    """``wp_apply_typography_support``."""
    typography = supports.get("typography")
    if not typography or _skips(supports, "typography"):
        return Styles("", "")
    features = typography if isinstance(typography, dict) else _NOTHING
    custom = _style(attributes, "typography")
    styles: dict[str, Any] = {}
    if features.get("fontSize") and not _skips(supports, "typography", "fontSize"):
        size = custom.get("fontSize")
        styles["fontSize"] = _preset(attributes, "fontSize", "font-size") or (
            wp_get_typography_font_size_value(size) if size is not None else None)
    if features.get("__experimentalFontFamily") and not _skips(supports, "typography", "fontFamily"):
        family = custom.get("fontFamily")
        styles["fontFamily"] = _preset(attributes, "fontFamily", "font-family") or (
            _inline_preset(family, "font-family") if family is not None else None)
    for support, key, prop in _TYPOGRAPHY_FEATURES:
        if features.get(support) and not _skips(supports, "typography", key) and custom.get(key) is not None:
            styles[key] = _inline_preset(custom[key], prop) if prop else custom[key]
    found = wp_style_engine_get_styles({"typography": styles}, convert_vars_to_classnames=True)
    align = custom.get("textAlign")
    if features.get("textAlign") and not _skips(supports, "typography", "textAlign") and align is not None:
        return Styles(" ".join(c for c in (found.classnames, f"has-text-align-{php_strval(align)}") if c), found.css)
    return found


def _border_support(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> Styles:
    """``wp_apply_border_support``."""
    if _skips(supports, "border"):
        return Styles("", "")
    border = _support(supports, "__experimentalBorder")

    def has(feature: str) -> bool:
        return border is True or _has(supports, "__experimentalBorder", feature)

    custom = _style(attributes, "border")
    styles: dict[str, Any] = {}
    for feature in ("radius", "style", "width"):
        if has(feature) and custom.get(feature) is not None and not _skips(supports, "__experimentalBorder", feature):
            value = custom[feature]
            styles[feature] = php_strval(value) + "px" if feature != "style" and _is_numeric(value) else value
    if has("color") and not _skips(supports, "__experimentalBorder", "color"):
        styles["color"] = _preset(attributes, "borderColor", "color") or custom.get("color")
    if has("color") or has("width"):
        for side in ("top", "right", "bottom", "left"):
            given = custom.get(side)
            given = given if isinstance(given, dict) else _NOTHING
            styles[side] = {feature: given[feature] if given.get(feature) is not None
                            and not _skips(supports, "__experimentalBorder", feature) else None
                            for feature in ("width", "color", "style")}
    return wp_style_engine_get_styles({"border": styles})


def _is_numeric(value: Any) -> bool:
    from broadsheet.formatting.dynamic_blocks import is_numeric

    return is_numeric(value)


def _spacing_support(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> Styles:
    """``wp_apply_spacing_support``: CSS only."""
    style = attributes.get("style")
    if _skips(supports, "spacing") or not style:
        return Styles("", "")
    spacing = _style(attributes, "spacing")
    styles = {feature: spacing.get(feature) if _has(supports, "spacing", feature)
              and not _skips(supports, "spacing", feature) else None for feature in ("padding", "margin")}
    return Styles("", wp_style_engine_get_styles({"spacing": styles}).css)


def support_styles(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> Styles:
    """The classes and CSS of the four supports, joined as ``apply_block_supports`` joins them."""
    classes: list[str] = []
    css: list[str] = []
    for apply in (colors_support, _typography_support, _border_support, _spacing_support):
        found = apply(supports, attributes)
        if found.classnames:
            classes.append(found.classnames)
        if found.css:
            css.append(found.css)
    return Styles(" ".join(classes), " ".join(css))


def skipped_presets(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> list[str]:
    """Preset attributes given whose support skips serialization (the block would place them itself)."""
    return [name for name in PRESET_ATTRIBUTES
            if attributes.get(name) and _feature(supports, name) == (True, True)]
