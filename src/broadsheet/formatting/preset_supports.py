"""Preset classes of the colour, typography and border supports (WordPress 7.1.4).

``get_block_wrapper_attributes`` adds, after the generated class and in the order the supports are
registered: ``has-text-color has-{slug}-color``, ``has-background has-{slug}-background-color`` (or
``-gradient-background``), ``has-{slug}-font-size``, ``has-{slug}-font-family`` and
``has-border-color has-{slug}-border-color`` for the preset attributes a block supports. A support
that skips serialization leaves them to the block's own markup, which is not built here
(``skipped_presets`` names them). Custom values (``style``) need the style engine and are not applied.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["PRESET_ATTRIBUTES", "preset_classes", "skipped_presets", "wp_to_kebab_case"]

#: Preset attribute -> (support, its feature key or None for the support itself, default when unset).
PRESET_ATTRIBUTES: dict[str, tuple[str, str | None, bool]] = {
    "textColor": ("color", "text", True),
    "backgroundColor": ("color", "background", True),
    "gradient": ("color", "gradients", False),
    "fontSize": ("typography", "fontSize", False),
    "fontFamily": ("typography", "__experimentalFontFamily", False),
    "borderColor": ("__experimentalBorder", "color", False),
}
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def wp_to_kebab_case(text: str) -> str:
    """``_wp_to_kebab_case``: words (lower runs, capitalised words, digit runs) joined by ``-``."""
    return "-".join(_WORDS.findall(text.replace("'", ""))).lower()


def _support(supports: Mapping[str, Any], name: str) -> Any:
    value = supports.get(name)
    if name == "__experimentalBorder" and value is None:
        value = supports.get("border")
    return value


def _feature(supports: Mapping[str, Any], attribute: str) -> tuple[bool, bool]:
    """(supported, serialization skipped) of the feature a preset attribute belongs to."""
    support, feature, default = PRESET_ATTRIBUTES[attribute]
    value = _support(supports, support)
    if value is True:
        return default or feature is None, False
    if not isinstance(value, dict):
        return False, False
    enabled = value.get(feature, default) if feature else True
    skip = value.get("__experimentalSkipSerialization")
    skipped = skip is True or (isinstance(skip, list) and feature in skip)
    return bool(enabled), skipped


def _preset(attributes: Mapping[str, Any], name: str, supports: Mapping[str, Any]) -> str:
    value = attributes.get(name)
    supported, skipped = _feature(supports, name)
    return wp_to_kebab_case(value) if isinstance(value, str) and value and supported and not skipped else ""


def preset_classes(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> list[str]:
    """The preset classes, in WordPress's order (colours, typography, border)."""
    classes: list[str] = []
    text = _preset(attributes, "textColor", supports)
    if text:
        classes += ["has-text-color", f"has-{text}-color"]
    background, gradient = _preset(attributes, "backgroundColor", supports), _preset(attributes, "gradient", supports)
    if background or gradient:
        classes.append("has-background")
    if background:
        classes.append(f"has-{background}-background-color")
    if gradient:
        classes.append(f"has-{gradient}-gradient-background")
    for name, suffix in (("fontSize", "font-size"), ("fontFamily", "font-family")):
        slug = _preset(attributes, name, supports)
        if slug:
            classes.append(f"has-{slug}-{suffix}")
    border = _preset(attributes, "borderColor", supports)
    if border:
        classes += ["has-border-color", f"has-{border}-border-color"]
    return classes


def skipped_presets(supports: Mapping[str, Any], attributes: Mapping[str, Any]) -> list[str]:
    """Preset attributes given whose support skips serialization (the block would place them itself)."""
    return [name for name in PRESET_ATTRIBUTES
            if attributes.get(name) and _feature(supports, name) == (True, True)]
