"""PHP's conversion of a scalar to a string, as ``(string)``, ``strval``, ``echo`` and interpolation do it.

``true`` is "1", ``false`` and ``null`` are "", arrays "Array", and floats use PHP 8's ``precision``
of 14 significant digits (``2.0`` → "2", ``1e20`` → "1.0E+20", ``-0.0`` → "-0"). One place for every
port that prints a decoded value the way WordPress's PHP would.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["php_float_str", "php_strval"]


def php_float_str(value: float, precision: int = 14) -> str:
    """PHP ``(string) $float`` (``precision`` = 14): ``0.1``, ``1``, ``1.0E+25``, ``-0``."""
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    if value == 0.0:
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exponent = f"{abs(value):.{precision - 1}e}".partition("e")
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    decpt = int(exponent) + 1
    if (decpt < -3) if decpt < 0 else (decpt > precision):
        exp = decpt - 1
        return f"{sign}{digits[0]}.{digits[1:] or '0'}E{'-' if exp < 0 else '+'}{abs(exp)}"
    if decpt <= 0:
        return f"{sign}0.{'0' * -decpt}{digits}"
    if len(digits) <= decpt:
        return sign + digits + "0" * (decpt - len(digits))
    return f"{sign}{digits[:decpt]}.{digits[decpt:]}"


def php_strval(value: Any) -> str:
    """PHP ``(string) $value``: ``true`` → "1", ``false``/null → "", arrays → "Array"."""
    if isinstance(value, str):
        return value
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return php_float_str(value)
    if isinstance(value, (list, tuple, dict)):
        return "Array"
    return str(value)
