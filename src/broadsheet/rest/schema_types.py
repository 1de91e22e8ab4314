"""PHP value semantics the REST schema relies on: ``is_numeric``, casts, and the ``rest_is_*`` predicates.

Ports of WordPress 7.1.4 ``wp-includes/rest-api.php`` (``rest_is_integer``, ``rest_is_boolean``,
``rest_sanitize_boolean``, ``rest_is_array``, ``rest_sanitize_array``, ``rest_is_object``,
``rest_sanitize_object``) and ``functions.php`` (``wp_parse_list``, ``wp_is_numeric_array``,
``absint``), with the PHP 8.2 conversions they lean on (``(int)``, ``(float)``, ``(string)``).

Python stands in for PHP values thus: ``dict`` = associative array, ``list``/``tuple`` = list
array, ``None`` = null. Request values arrive as strings (query/form) or JSON types.
"""

from __future__ import annotations

import math
import re
from typing import Any

from broadsheet.formatting.php_strings import php_strval

INT_MAX = 2**63 - 1
INT_MIN = -(2**63)

# PHP 8 numeric strings: optional leading/trailing whitespace, sign, digits/decimal, exponent.
_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \t\n\r\v\f]*\Z")
_NUMERIC_PREFIX = re.compile(r"[ \t\n\r\v\f]*([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
# WordPress 7.1's rest_is_integer: a string of optional sign and digits (any length) is an integer.
_INTEGER_STRING = re.compile(r"[ \t\n\r\v\f]*[+-]?[0-9]+[ \t\n\r\v\f]*\Z")
_LIST_SEPARATORS = re.compile(r"[ \t\n\x0b\f\r,]+")
_CANONICAL_INT_KEY = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")


def is_numeric(value: Any) -> bool:
    """PHP ``is_numeric``: ints, floats and numeric strings (not bools, not hex, not "inf")."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and _NUMERIC.match(value) is not None


def _float_to_int(number: float, *, saturate: bool) -> int:
    """PHP float → int: NaN/Inf → 0; out of range saturates (strings) or wraps modulo 2**64 (floats)."""
    if math.isnan(number) or math.isinf(number):
        return 0
    whole = int(number)
    if INT_MIN <= whole <= INT_MAX:
        return whole
    if saturate:
        return INT_MAX if whole > 0 else INT_MIN
    whole %= 2**64
    return whole - 2**64 if whole > INT_MAX else whole


def php_intval(value: Any) -> int:
    """PHP ``(int) $value``: leading-numeric strings, saturating string overflow, ``(int) 5.9 == 5``."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value if INT_MIN <= value <= INT_MAX else _float_to_int(float(value), saturate=False)
    if isinstance(value, float):
        return _float_to_int(value, saturate=False)
    if isinstance(value, str):
        match = _NUMERIC_PREFIX.match(value)
        if not match:
            return 0
        text = match.group(1)
        if "." in text or "e" in text or "E" in text:
            return _float_to_int(float(text), saturate=True)
        number = int(text)
        return max(INT_MIN, min(INT_MAX, number))
    if value is None:
        return 0
    if isinstance(value, (list, tuple, dict)):
        return 1 if value else 0
    return 1


def php_floatval(value: Any) -> float:
    """PHP ``(float) $value`` (leading-numeric strings, else 0.0)."""
    if isinstance(value, (bool, int, float)):
        return float(value)
    if isinstance(value, str):
        match = _NUMERIC_PREFIX.match(value)
        return float(match.group(1)) if match else 0.0
    if isinstance(value, (list, tuple, dict)):
        return 1.0 if value else 0.0
    return 0.0


def absint(value: Any) -> int:
    """WordPress ``absint``: ``abs( (int) $value )``."""
    return abs(php_intval(value))


def php_array_key(key: Any) -> Any:
    """The key PHP stores: canonical integer strings ("5", "-3") become ints; bools become ints."""
    if isinstance(key, bool):
        return int(key)
    if isinstance(key, str) and _CANONICAL_INT_KEY.match(key):
        number = int(key)
        if INT_MIN <= number <= INT_MAX:
            return number
    return key


def is_scalar(value: Any) -> bool:
    """PHP ``is_scalar``: bool, int, float or string (not null, not arrays)."""
    return isinstance(value, (bool, int, float, str))


def wp_parse_list(input_list: Any) -> list[Any]:
    """``wp_parse_list``: split a scalar on ``[\\s,]+`` (no empties); keep an array's scalar items."""
    if isinstance(input_list, dict):
        return [item for item in input_list.values() if is_scalar(item)]
    if isinstance(input_list, (list, tuple)):
        return [item for item in input_list if is_scalar(item)]
    return [part for part in _LIST_SEPARATORS.split(php_strval(input_list)) if part]


def wp_is_numeric_array(value: Any) -> bool:
    """``wp_is_numeric_array``: an array with no string keys (lists always; dicts keyed by ints)."""
    if isinstance(value, (list, tuple)):
        return True
    if isinstance(value, dict):
        return all(isinstance(php_array_key(key), int) for key in value)
    return False


def rest_is_integer(value: Any) -> bool:
    """WordPress 7.1 ``rest_is_integer``: integer strings by pattern (any size), else numeric with no fraction."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, str) and _INTEGER_STRING.match(value):
        return True
    if not is_numeric(value):
        return False
    number = php_floatval(value)
    if math.isnan(number):
        return False
    return math.isinf(number) or math.floor(number) == number


def rest_is_boolean(value: Any) -> bool:
    """``rest_is_boolean``: true/false, 0/1, and "true"/"false"/"0"/"1" in any case."""
    if isinstance(value, bool):
        return True
    if isinstance(value, str):
        return value.lower() in ("false", "true", "0", "1")
    if isinstance(value, int):
        return value in (0, 1)
    return False


def rest_sanitize_boolean(value: Any) -> bool:
    """``rest_sanitize_boolean``: "false"/"0" (any case) are false, else PHP's ``(bool)``."""
    if isinstance(value, str):
        if value.lower() in ("false", "0"):
            return False
        return value != ""
    if isinstance(value, float):
        return value != 0.0
    return bool(value)


def rest_is_array(value: Any) -> bool:
    """``rest_is_array``: lists, int-keyed arrays, and any scalar (split as a CSV list)."""
    if is_scalar(value):
        return True
    return wp_is_numeric_array(value)


def rest_sanitize_array(value: Any) -> list[Any]:
    """``rest_sanitize_array``: scalar → ``wp_parse_list``; array → its values; other → ``[]``."""
    if is_scalar(value):
        return wp_parse_list(value)
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def rest_is_object(value: Any) -> bool:
    """``rest_is_object``: any PHP array (list or dict) or the empty string."""
    return value == "" if isinstance(value, str) else isinstance(value, (dict, list, tuple))


def rest_sanitize_object(value: Any) -> dict[Any, Any]:
    """``rest_sanitize_object``: "" → ``{}``; a list → its index-keyed dict; non-arrays → ``{}``."""
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, (list, tuple)):
        return dict(enumerate(value))
    return {}


def php_values_equal(left: Any, right: Any) -> bool:
    """``rest_are_values_equal``: strict PHP equality, ints and floats compared as floats, arrays by key."""
    if isinstance(left, (list, tuple, dict)) and isinstance(right, (list, tuple, dict)):
        left_map = _as_php_array(left)
        right_map = _as_php_array(right)
        if len(left_map) != len(right_map):
            return False
        return all(key in right_map and php_values_equal(item, right_map[key]) for key, item in left_map.items())
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    numeric = (int, float)
    if isinstance(left, numeric) and isinstance(right, numeric):
        if type(left) is not type(right):
            return float(left) == float(right)
        return bool(left == right)
    if type(left) is not type(right) and not (isinstance(left, str) and isinstance(right, str)):
        return False
    return bool(left == right)


def _as_php_array(value: Any) -> dict[Any, Any]:
    """A list or dict as the PHP array it stands for (index keys, normalised string keys)."""
    if isinstance(value, dict):
        return {php_array_key(key): item for key, item in value.items()}
    return dict(enumerate(value))


def stable_key(value: Any) -> Any:
    """A hashable key equal exactly when PHP's ``serialize( rest_stabilize_value( $v ) )`` would be."""
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, int):
        return ("i", value)
    if isinstance(value, float):
        return ("d", repr(value))
    if isinstance(value, str):
        return ("s", value)
    if value is None:
        return ("N",)
    if isinstance(value, (list, tuple, dict)):
        items = _as_php_array(value)
        ordered = sorted(items.items(), key=lambda pair: (isinstance(pair[0], str), str(pair[0]) if isinstance(pair[0], str) else pair[0]))
        return ("a", tuple((key, stable_key(item)) for key, item in ordered))
    return ("o", repr(value))


def wp_sprintf_list(items: list[Any]) -> str:
    """``wp_sprintf``'s ``%l``: "a", "a and b", "a, b, and c" (items as PHP strings)."""
    texts = [php_strval(item) for item in items]
    if not texts:
        return ""
    if len(texts) == 1:
        return texts[0]
    if len(texts) == 2:
        return f"{texts[0]} and {texts[1]}"
    return ", ".join(texts[:-1]) + ", and " + texts[-1]
