"""Fluid font sizes: the typography block support rewrites a block's custom ``font-size`` to ``clamp()``.

Port of ``wp_render_typography_support()``, ``wp_get_typography_font_size_value()``,
``wp_get_computed_fluid_typography_value()`` and ``wp_get_typography_value_and_unit()``
(``wp-includes/block-supports/typography.php``, WordPress 7.1.4) with the twentytwentyfive theme's
settings: fluid typography on, ``layout.wideSize`` 1340px as the widest viewport.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = ["wp_get_typography_font_size_value", "wp_render_typography_support"]

_VALUE_AND_UNIT = re.compile(r"(\d*\.?\d+)(rem|px|em)\n?\Z")
_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*\Z")

#: twentytwentyfive: ``settings.typography.fluid`` and ``settings.layout.wideSize``.
FLUID_TYPOGRAPHY = True
WIDE_SIZE = "1340px"
_MIN_VIEWPORT = "320px"
_MIN_FONT_SIZE_LIMIT = "14px"
_FACTOR_MAX, _FACTOR_MIN = 0.75, 0.25


def _php_round(value: float, places: int = 3) -> float:
    """PHP ``round()``: half away from zero on the decimal the number prints as."""
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP))


def _php_str(value: Any) -> str:
    """PHP's string conversion of a number (``precision`` 14: ``2.0`` → ``2``)."""
    if isinstance(value, float):
        text = f"{value:.14G}"
        return "-0" if text == "-0" else text
    return str(value)


def _value_and_unit(raw: Any, coerce_to: str = "") -> tuple[float, str] | None:
    """``wp_get_typography_value_and_unit``: ``'1.5rem'`` → ``(1.5, 'rem')``, optionally converted."""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        return None
    if not raw or raw == "0":
        return None
    text = _php_str(raw)
    if _NUMERIC.match(text):
        text += "px"
    found = _VALUE_AND_UNIT.match(text)
    if found is None:
        return None
    value: float = float(found.group(1))
    unit = found.group(2)
    if coerce_to == "px" and unit in ("em", "rem"):
        value, unit = value * 16, "px"
    if unit == "px" and coerce_to in ("em", "rem"):
        value, unit = value / 16, coerce_to
    if coerce_to in ("em", "rem") and unit in ("em", "rem"):
        unit = coerce_to
    return _php_round(value), unit


def _fluid_value(min_viewport: str, max_viewport: str, min_size: str, max_size: str) -> str | None:
    """``wp_get_computed_fluid_typography_value`` with scale factor 1."""
    minimum = _value_and_unit(min_size)
    unit = minimum[1] if minimum else "rem"
    maximum = _value_and_unit(max_size, unit)
    if not maximum or not minimum:
        return None
    minimum_rem = _value_and_unit(min_size, "rem")
    max_vw = _value_and_unit(max_viewport, unit)
    min_vw = _value_and_unit(min_viewport, unit)
    if not min_vw or not max_vw or minimum_rem is None:
        return None
    denominator = max_vw[0] - min_vw[0]
    if not denominator:
        return None
    offset = _php_str(_php_round(min_vw[0] / 100)) + unit
    factor = _php_round(100 * ((maximum[0] - minimum[0]) / denominator))
    scaled: float | int = factor if factor else 1
    target = f"{_php_str(minimum_rem[0])}{minimum_rem[1]} + ((1vw - {offset}) * {_php_str(scaled)})"
    return f"clamp({min_size}, {target}, {max_size})"


def wp_get_typography_font_size_value(size: Any) -> Any:
    """The fluid ``clamp()`` for a font size, or the size unchanged when it cannot or need not be fluid."""
    if not size or size == "0" or not FLUID_TYPOGRAPHY:
        return size
    max_viewport = WIDE_SIZE if _value_and_unit(WIDE_SIZE) else "1600px"
    preferred = _value_and_unit(size)
    if not preferred or not preferred[1]:
        return size
    value, unit = preferred
    limit = _value_and_unit(_MIN_FONT_SIZE_LIMIT, unit)
    if limit and value <= limit[0]:
        return size
    max_size = _php_str(value) + unit
    in_px = value if unit == "px" else value * 16
    factor = min(max(1 - 0.075 * math.log(in_px, 2), _FACTOR_MIN), _FACTOR_MAX)
    calculated = _php_round(value * factor)
    if limit and calculated <= limit[0]:
        min_size = _php_str(limit[0]) + limit[1]
    else:
        min_size = _php_str(calculated) + unit
    fluid = _fluid_value(_MIN_VIEWPORT, max_viewport, min_size, max_size)
    return fluid if fluid else size


def wp_render_typography_support(content: str, attrs: Any) -> str:
    """Replace the first ``font-size:<custom>`` in a block's markup by its fluid value."""
    if not isinstance(attrs, dict):
        return content
    style = attrs.get("style")
    typography = style.get("typography") if isinstance(style, dict) else None
    if not isinstance(typography, dict) or typography.get("fontSize") is None:
        return content
    custom = typography["fontSize"]
    fluid = wp_get_typography_font_size_value(custom)
    if not fluid or fluid == custom:
        return content
    pattern = re.compile(r"font-size[ \t\n\x0b\f\r]*:[ \t\n\x0b\f\r]*" + re.escape(_php_str(custom)) + r"[ \t\n\x0b\f\r]*;?")
    replacement = "font-size:" + str(fluid).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;") + ";"
    return pattern.sub(lambda _: replacement, content, count=1)
