"""The style engine's block styles: classes and inline CSS from a block's ``style`` values.

Port of ``WP_Style_Engine::parse_block_styles`` and ``compile_css`` with ``wp_style_engine_get_styles``
(``wp-includes/style-engine/``, WordPress 7.1.4) for the groups the colour, typography, border and
spacing block supports hand it. ``var:preset|color|slug`` values become ``has-slug-color`` classes
and, unless ``convert_vars_to_classnames``, ``var(--wp--preset--color--slug)`` declarations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from broadsheet.formatting.safecss import safecss_filter_attr
from broadsheet.formatting.strip import wp_strip_all_tags

__all__ = ["StyleDefinition", "Styles", "php_empty", "wp_style_engine_get_styles", "wp_to_kebab_case"]

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def wp_to_kebab_case(text: str) -> str:
    """``_wp_to_kebab_case``: words (lower runs, capitalised words, digit runs) joined by ``-``."""
    return "-".join(_WORDS.findall(text.replace("'", ""))).lower()


class StyleDefinition(NamedTuple):
    """One entry of ``BLOCK_STYLE_DEFINITIONS_METADATA``."""

    default: str | None  # property_keys.default
    individual: str | None = None  # property_keys.individual (``padding-%s``)
    css_vars: tuple[tuple[str, str], ...] = ()  # (preset kind, custom property pattern)
    classnames: tuple[tuple[str, str | bool], ...] = ()  # (class pattern, preset kind or True)
    sides: bool = False  # value_func get_individual_property_css_declarations (border.top ...)


_COLOR_VAR = (("color", "--wp--preset--color--$slug"),)
_SIDE = StyleDefinition(None, css_vars=_COLOR_VAR, sides=True)
#: group -> feature -> definition, in the engine's order (``path`` is always ``[group, feature]``).
DEFINITIONS: dict[str, dict[str, StyleDefinition]] = {
    "color": {
        "text": StyleDefinition("color", css_vars=_COLOR_VAR,
                                classnames=(("has-text-color", True), ("has-$slug-color", "color"))),
        "background": StyleDefinition("background-color", css_vars=_COLOR_VAR,
                                      classnames=(("has-background", True), ("has-$slug-background-color", "color"))),
        "gradient": StyleDefinition("background", css_vars=(("gradient", "--wp--preset--gradient--$slug"),),
                                    classnames=(("has-background", True),
                                                ("has-$slug-gradient-background", "gradient"))),
    },
    "border": {
        "color": StyleDefinition("border-color", "border-%s-color",
                                 classnames=(("has-border-color", True), ("has-$slug-border-color", "color"))),
        "radius": StyleDefinition("border-radius", "border-%s-radius",
                                  css_vars=(("border-radius", "--wp--preset--border-radius--$slug"),)),
        "style": StyleDefinition("border-style", "border-%s-style"),
        "width": StyleDefinition("border-width", "border-%s-width"),
        "top": _SIDE, "right": _SIDE, "bottom": _SIDE, "left": _SIDE,
    },
    "spacing": {
        "padding": StyleDefinition("padding", "padding-%s", css_vars=(("spacing", "--wp--preset--spacing--$slug"),)),
        "margin": StyleDefinition("margin", "margin-%s", css_vars=(("spacing", "--wp--preset--spacing--$slug"),)),
    },
    "typography": {
        "fontSize": StyleDefinition("font-size", css_vars=(("font-size", "--wp--preset--font-size--$slug"),),
                                    classnames=(("has-$slug-font-size", "font-size"),)),
        "fontFamily": StyleDefinition("font-family", css_vars=(("font-family", "--wp--preset--font-family--$slug"),),
                                      classnames=(("has-$slug-font-family", "font-family"),)),
        "fontStyle": StyleDefinition("font-style"),
        "fontWeight": StyleDefinition("font-weight"),
        "lineHeight": StyleDefinition("line-height"),
        "textColumns": StyleDefinition("column-count"),
        "textDecoration": StyleDefinition("text-decoration"),
        "textIndent": StyleDefinition("text-indent"),
        "textTransform": StyleDefinition("text-transform"),
        "letterSpacing": StyleDefinition("letter-spacing"),
        "writingMode": StyleDefinition("writing-mode"),
    },
}


class Styles(NamedTuple):
    """``wp_style_engine_get_styles``' ``classnames`` (space-separated) and ``css``; '' when none."""

    classnames: str
    css: str




def php_empty(value: Any) -> bool:
    """PHP ``empty()``."""
    return value is None or value is False or value in ("", "0") or (
        isinstance(value, int | float) and not isinstance(value, bool) and value == 0) or (
        isinstance(value, dict | list) and not value)


def _valid(value: Any) -> bool:
    """``is_valid_style_value``: ``'0'`` or not empty."""
    return value == "0" or not php_empty(value)


def _preset_slug(value: Any, kind: str) -> str:
    """``get_slug_from_preset_value``: the kebab-cased slug of ``var:preset|{kind}|slug``."""
    if isinstance(value, str) and f"var:preset|{kind}|" in value:
        return wp_to_kebab_case(value[value.rindex("|") + 1:])
    return ""


def _css_var(value: Any, css_vars: tuple[tuple[str, str], ...]) -> str:
    """``get_css_var_value``: ``var(--wp--preset--color--slug)``, or ''."""
    for kind, pattern in css_vars:
        slug = _preset_slug(value, kind)
        if _valid(slug):
            return f"var({pattern.replace('$slug', slug)})"
    return ""


def _classnames(value: Any, definition: StyleDefinition) -> list[str]:
    if php_empty(value):
        return []
    names: list[str] = []
    for pattern, kind in definition.classnames:
        if kind is True:
            names.append(pattern)
            continue
        slug = _preset_slug(value, str(kind))
        if slug:
            names.append(pattern.replace("$slug", slug))
    return names


def _declarations(group: str, feature: str, value: Any, definition: StyleDefinition,
                  skip_vars: bool) -> dict[str, Any]:
    """``get_css_declarations`` (and ``get_individual_property_css_declarations`` for border sides)."""
    if definition.sides:
        found: dict[str, Any] = {}
        if not isinstance(value, dict) or not value:
            return found
        for prop, side_value in value.items():
            if php_empty(side_value):
                continue
            side_definition = DEFINITIONS[group].get(prop) if isinstance(prop, str) else None
            if side_definition is None or side_definition.individual is None:
                continue
            if isinstance(side_value, str) and "var:" in side_value and not skip_vars:
                side_value = _css_var(side_value, definition.css_vars)
            found[side_definition.individual.replace("%s", feature)] = side_value
        return found
    if isinstance(value, str) and "var:" in value:
        css_var = _css_var(value, definition.css_vars) if not skip_vars and definition.css_vars else ""
        return {definition.default: css_var} if _valid(css_var) and definition.default else {}
    if isinstance(value, dict):
        found = {}
        if definition.individual is None:
            return found
        for key, item in value.items():
            if isinstance(item, str) and "var:" in item and not skip_vars and definition.css_vars:
                item = _css_var(item, definition.css_vars)
            if _valid(item):
                found[definition.individual.replace("%s", wp_to_kebab_case(str(key)))] = item
        return found
    return {definition.default: value} if definition.default else {}


def _compile_css(declarations: Mapping[str, Any]) -> str:
    """``WP_Style_Engine_CSS_Declarations``: string values only, trimmed, ``prop:value;`` each, filtered."""
    css = ""
    for prop, value in declarations.items():
        value = value.strip(" \t\n\r\0\x0b") if isinstance(value, str) else ""
        filtered = wp_strip_all_tags(value, True) if value else ""
        if filtered != "":
            declaration = safecss_filter_attr(f"{prop}:{filtered}")
            if declaration:
                css += f"{declaration};"
    return css


def wp_style_engine_get_styles(block_styles: Mapping[str, Any], convert_vars_to_classnames: bool = False) -> Styles:
    """Classes and CSS of ``{group: {feature: value}}`` (groups other than the four are ignored)."""
    classnames: list[str] = []
    declarations: dict[str, Any] = {}
    for group, definitions in DEFINITIONS.items():
        styles = block_styles.get(group)
        if php_empty(styles) or not isinstance(styles, dict):
            continue
        for feature, definition in definitions.items():
            value = styles.get(feature)
            if not _valid(value):
                continue
            classnames += _classnames(value, definition)
            declarations.update(_declarations(group, feature, value, definition, convert_vars_to_classnames))
    return Styles(" ".join(dict.fromkeys(classnames)), _compile_css(declarations))
