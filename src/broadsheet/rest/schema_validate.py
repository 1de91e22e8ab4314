"""``rest_validate_value_from_schema``: WordPress 7.1.4's JSON-schema validation with its exact errors.

Port of the validators in ``wp-includes/rest-api.php`` (7.1.4): every type (including union
types and the 7.1 ``rest_is_integer`` rule), ``enum``, numeric bounds, ``multipleOf``, string
lengths and ``pattern``, array items/sizes/uniqueness, object properties/``required``/
``additionalProperties``/``patternProperties``/sizes, ``anyOf``/``oneOf`` and string formats.
Errors are ``RestError`` values with WordPress's codes, messages and ``data`` (``{"param": p}``
for type errors, ``None`` for the rest); ``param`` names are full paths (``include[1]``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from broadsheet.rest.errors import RestError
from broadsheet.rest.schema_formats import (
    is_email,
    rest_is_ip_address,
    rest_parse_date,
    rest_parse_hex_color,
    wp_is_uuid,
)
from broadsheet.rest.schema_types import (
    is_numeric,
    php_floatval,
    php_intval,
    php_strval,
    php_values_equal,
    rest_is_array,
    rest_is_boolean,
    rest_is_integer,
    rest_is_object,
    rest_sanitize_array,
    rest_sanitize_object,
    stable_key,
    wp_sprintf_list,
)

ALLOWED_TYPES = ("array", "object", "string", "number", "integer", "boolean", "null")

_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "array": rest_is_array,
    "object": rest_is_object,
    "integer": rest_is_integer,
    "number": is_numeric,
    "boolean": rest_is_boolean,
    "string": lambda value: isinstance(value, str),
    "null": lambda value: value is None,
}

_PATTERNS: dict[str, re.Pattern[str] | None] = {}
#: PCRE tokens Python spells differently (escaped backslashes are matched so they are skipped).
_PCRE_TOKENS = re.compile(r"\\\\|\\[zZh]|\\p\{[LN]\}|\\p[LN]|\(\?<(?=[A-Za-z_])")
_PCRE_TO_PYTHON = {
    "\\z": "\\Z",
    "\\Z": "(?=\\n?\\Z)",
    "\\h": "[ \\t\\xa0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]",
    "\\p{L}": "[^\\W\\d_]",
    "\\pL": "[^\\W\\d_]",
    "\\p{N}": "\\d",
    "\\pN": "\\d",
    "(?<": "(?P<",
}


def error(code: str, message: str, data: dict[str, Any] | None = None) -> RestError:
    """A schema error as WP_Error builds it: no status, ``data`` None unless given."""
    return RestError(code, message, None, data)


def type_error(param: str, type_name: str) -> RestError:
    """``rest_invalid_type``: "p is not of type t." with ``data.param``."""
    return error("rest_invalid_type", f"{param} is not of type {type_name}.", {"param": param})


# -- helpers shared with sanitisation ---------------------------------------------------------
def rest_get_best_type_for_value(value: Any, types: list[str]) -> str:
    """The first of ``types`` that accepts ``value`` ("" prefers string); "" when none does."""
    if value == "" and isinstance(value, str) and "string" in types:
        return "string"
    for type_name in types:
        check = _TYPE_CHECKS.get(type_name)
        if check is not None and check(value):
            return type_name
    return ""


def rest_handle_multi_type_schema(value: Any, args: dict[str, Any]) -> str:
    """Best type of a union; an unknown type name is used as a fallback, as WordPress does for back-compat."""
    types = list(args["type"])
    best = rest_get_best_type_for_value(value, types)
    if not best:
        invalid = [t for t in types if t not in ALLOWED_TYPES]
        return invalid[0] if invalid else ""
    return best


def _compile_pattern(pattern: str) -> re.Pattern[str] | None:
    """A JSON-schema (PCRE, ``#…#u``) pattern as a Python regex; None when it does not compile."""
    if pattern in _PATTERNS:
        return _PATTERNS[pattern]
    source = _PCRE_TOKENS.sub(lambda m: _PCRE_TO_PYTHON.get(m.group(), m.group()), pattern)
    try:
        compiled: re.Pattern[str] | None = re.compile(source)
    except re.error:
        compiled = None
    if len(_PATTERNS) < 1024:
        _PATTERNS[pattern] = compiled
    return compiled


def rest_validate_json_schema_pattern(pattern: str, value: str) -> bool:
    """``rest_validate_json_schema_pattern``: an unanchored search (a bad pattern matches nothing)."""
    compiled = _compile_pattern(pattern)
    return compiled is not None and compiled.search(value) is not None


def rest_find_matching_pattern_property_schema(prop: Any, args: dict[str, Any]) -> dict[str, Any] | None:
    """The ``patternProperties`` schema whose pattern matches property ``prop``, if any."""
    patterns = args.get("patternProperties")
    if not isinstance(patterns, dict):
        return None
    for pattern, child in patterns.items():
        if rest_validate_json_schema_pattern(pattern, php_strval(prop)):
            return child  # type: ignore[no-any-return]
    return None


def rest_validate_array_contains_unique_items(items: list[Any]) -> bool:
    """``rest_validate_array_contains_unique_items``: no two items serialize alike (after key sorting)."""
    seen: set[Any] = set()
    for item in items:
        key = stable_key(item)
        if key in seen:
            return False
        seen.add(key)
    return True


def _property_schema(properties: Any, prop: Any) -> dict[str, Any] | None:
    """``$args['properties'][ $prop ]`` when set (PHP keys: 5 and "5" are the same key)."""
    if not isinstance(properties, dict) or not properties:
        return None
    schema = properties.get(prop)
    if schema is None and not isinstance(prop, str):
        schema = properties.get(php_strval(prop))
    return schema if isinstance(schema, dict) else None


# -- anyOf / oneOf ---------------------------------------------------------------------------------
def _format_combining_error(param: str, failure: dict[str, Any]) -> RestError:
    """``rest_format_combining_operation_error``: one candidate's failure, with its position."""
    reason = failure["error"].message
    title = failure["schema"].get("title")
    if title is not None:
        message = f"{param} is not a valid {php_strval(title)}. Reason: {reason}"
    else:
        message = f"{param} does not match the expected format. Reason: {reason}"
    return error("rest_no_matching_schema", message, {"position": failure["index"]})


def rest_get_combining_operation_error(value: Any, param: str, failures: list[dict[str, Any]]) -> RestError:
    """The one error WordPress reports when no ``anyOf``/``oneOf`` candidate matched."""
    if len(failures) == 1:
        return _format_combining_error(param, failures[0])
    filtered = []
    for failure in failures:
        err: RestError = failure["error"]
        data = err.data if isinstance(err.data, dict) else {}
        if err.code != "rest_invalid_type" or ("param" in data and data["param"] != param):
            filtered.append(failure)
    if len(filtered) == 1:
        return _format_combining_error(param, filtered[0])
    if len(filtered) > 1 and filtered[0]["schema"].get("type") == "object":
        best = None
        number = 0
        keys = set(rest_sanitize_object(value)) if isinstance(value, (dict, list, tuple)) else set()
        for failure in filtered:
            properties = failure["schema"].get("properties")
            if isinstance(properties, dict):
                count = len({p for p in properties} & {php_strval(k) for k in keys})
                if count > number:
                    best, number = failure, count
        if best is not None:
            return _format_combining_error(param, best)
    titles = [failure["schema"]["title"] for failure in failures if "title" in failure["schema"]]
    if len(titles) == len(failures):
        return error("rest_no_matching_schema", f"{param} is not a valid {wp_sprintf_list(titles)}.")
    return error("rest_no_matching_schema", f"{param} does not match any of the expected formats.")


def _with_parent_type(schema: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    """A candidate schema inherits the parent's ``type`` when it has none."""
    if "type" not in schema and "type" in args:
        return {**schema, "type": args["type"]}
    return schema


def rest_find_any_matching_schema(value: Any, args: dict[str, Any], param: str) -> dict[str, Any] | RestError:
    """The first ``anyOf`` schema that validates ``value``, else the combining error."""
    failures = []
    for index, schema in enumerate(args["anyOf"]):
        schema = _with_parent_type(schema, args)
        result = rest_validate_value_from_schema(value, schema, param)
        if result is None:
            return schema
        failures.append({"error": result, "schema": schema, "index": index})
    return rest_get_combining_operation_error(value, param, failures)


def rest_find_one_matching_schema(
    value: Any, args: dict[str, Any], param: str, stop_after_first_match: bool = False
) -> dict[str, Any] | RestError:
    """The single ``oneOf`` schema that validates ``value``; an error for none or several."""
    matches: list[tuple[int, dict[str, Any]]] = []
    failures = []
    for index, schema in enumerate(args["oneOf"]):
        schema = _with_parent_type(schema, args)
        result = rest_validate_value_from_schema(value, schema, param)
        if result is None:
            if stop_after_first_match:
                return schema
            matches.append((index, schema))
        else:
            failures.append({"error": result, "schema": schema, "index": index})
    if not matches:
        return rest_get_combining_operation_error(value, param, failures)
    if len(matches) > 1:
        positions = [index for index, _ in matches]
        titles = [schema["title"] for _, schema in matches if "title" in schema]
        if len(titles) == len(matches):
            message = f"{param} matches {wp_sprintf_list(titles)}, but should match only one."
        else:
            message = f"{param} matches more than one of the expected formats."
        return error("rest_one_of_multiple_matches", message, {"positions": positions})
    return matches[0][1]


# -- enum --------------------------------------------------------------------------------------------
def rest_validate_enum(value: Any, args: dict[str, Any], param: str) -> RestError | None:
    """``rest_validate_enum``: the sanitised value must equal one of ``enum`` (ints and floats loosely)."""
    # Sanitisation calls back into validation (anyOf/oneOf), hence the import here.
    from broadsheet.rest.schema_sanitize import rest_sanitize_value_from_schema

    sanitized = rest_sanitize_value_from_schema(value, args, param)
    if isinstance(sanitized, RestError):
        return sanitized
    enum = list(args["enum"]) if not isinstance(args["enum"], dict) else list(args["enum"].values())
    if any(php_values_equal(sanitized, candidate) for candidate in enum):
        return None
    from broadsheet.rest.encoding import json_encode

    shown = [c if isinstance(c, (bool, int, float, str)) else json_encode(c).decode("ascii") for c in enum]
    if len(shown) == 1:
        return error("rest_not_in_enum", f"{param} is not {php_strval(shown[0])}.")
    return error("rest_not_in_enum", f"{param} is not one of {wp_sprintf_list(shown)}.")


# -- per type ----------------------------------------------------------------------------------------
def _count_message(param: str, verb: str, number: Any, singular: str, plural: str) -> str:
    """``_n()`` + ``number_format_i18n``: "p must contain at least 2 items." and the like."""
    count = php_intval(number)
    noun = singular if count == 1 else plural
    return f"{param} must {verb} {_number_i18n(number)} {noun}"


def _number_i18n(number: Any) -> str:
    """``number_format_i18n`` with no decimals: thousands separated by ','."""
    number = php_floatval(number)
    rounded = math.floor(abs(number) + 0.5) * (1 if number >= 0 else -1)  # PHP rounds half away from zero
    return f"{rounded:,}"


def _validate_object(value: Any, args: dict[str, Any], param: str) -> RestError | None:
    """``rest_validate_object_value_from_schema``."""
    if not rest_is_object(value):
        return type_error(param, "object")
    value = rest_sanitize_object(value)
    keys = {php_strval(key) for key in value}
    required = args.get("required")
    if isinstance(required, (list, tuple)):
        for name in required:
            if php_strval(name) not in keys:
                return error("rest_property_required", f"{php_strval(name)} is a required property of {param}.")
    elif isinstance(args.get("properties"), dict):
        for name, prop in args["properties"].items():
            if isinstance(prop, dict) and prop.get("required") is True and php_strval(name) not in keys:
                return error("rest_property_required", f"{name} is a required property of {param}.")
    properties = args.get("properties")
    additional = args.get("additionalProperties")
    for prop, item in value.items():
        child = f"{param}[{php_strval(prop)}]"
        schema = _property_schema(properties, prop)
        if schema is None:
            schema = rest_find_matching_pattern_property_schema(prop, args)
        if schema is not None:
            result = rest_validate_value_from_schema(item, schema, child)
            if result is not None:
                return result
            continue
        if additional is False:
            return error("rest_additional_properties_forbidden", f"{php_strval(prop)} is not a valid property of Object.")
        if isinstance(additional, dict):
            result = rest_validate_value_from_schema(item, additional, child)
            if result is not None:
                return result
    if "minProperties" in args and args["minProperties"] is not None and len(value) < php_floatval(args["minProperties"]):
        message = _count_message(param, "contain at least", args["minProperties"], "property.", "properties.")
        return error("rest_too_few_properties", message)
    if "maxProperties" in args and args["maxProperties"] is not None and len(value) > php_floatval(args["maxProperties"]):
        message = _count_message(param, "contain at most", args["maxProperties"], "property.", "properties.")
        return error("rest_too_many_properties", message)
    return None


def _validate_array(value: Any, args: dict[str, Any], param: str) -> RestError | None:
    """``rest_validate_array_value_from_schema``."""
    if not rest_is_array(value):
        return type_error(param, "array")
    items = rest_sanitize_array(value)
    if args.get("items") is not None:
        for index, item in enumerate(items):
            result = rest_validate_value_from_schema(item, args["items"], f"{param}[{index}]")
            if result is not None:
                return result
    if args.get("minItems") is not None and len(items) < php_floatval(args["minItems"]):
        return error("rest_too_few_items", _count_message(param, "contain at least", args["minItems"], "item.", "items."))
    if args.get("maxItems") is not None and len(items) > php_floatval(args["maxItems"]):
        return error("rest_too_many_items", _count_message(param, "contain at most", args["maxItems"], "item.", "items."))
    if args.get("uniqueItems") and not rest_validate_array_contains_unique_items(items):
        return error("rest_duplicate_items", f"{param} has duplicate items.")
    return None


def _bound(number: Any) -> str:
    """A bound as PHP's ``%d`` prints it."""
    return str(php_intval(number))


def _validate_number(value: Any, args: dict[str, Any], param: str) -> RestError | None:
    """``rest_validate_number_value_from_schema`` (also the first half of integer validation)."""
    if not is_numeric(value):
        return type_error(param, php_strval(args["type"]))
    number = php_floatval(value) if isinstance(value, (str, float)) else value
    multiple = args.get("multipleOf")
    if multiple is not None:
        divisor = php_floatval(multiple)
        remainder = math.nan if divisor == 0 else math.fmod(php_floatval(value), divisor)
        if remainder != 0.0:
            return error("rest_invalid_multiple", f"{param} must be a multiple of {php_strval(multiple)}.")
    minimum, maximum = args.get("minimum"), args.get("maximum")
    ex_min, ex_max = bool(args.get("exclusiveMinimum")), bool(args.get("exclusiveMaximum"))
    if minimum is not None and maximum is None:
        if ex_min and number <= minimum:
            return error("rest_out_of_bounds", f"{param} must be greater than {_bound(minimum)}")
        if not ex_min and number < minimum:
            return error("rest_out_of_bounds", f"{param} must be greater than or equal to {_bound(minimum)}")
    if maximum is not None and minimum is None:
        if ex_max and number >= maximum:
            return error("rest_out_of_bounds", f"{param} must be less than {_bound(maximum)}")
        if not ex_max and number > maximum:
            return error("rest_out_of_bounds", f"{param} must be less than or equal to {_bound(maximum)}")
    if minimum is not None and maximum is not None:
        low_ok = number > minimum if ex_min else number >= minimum
        high_ok = number < maximum if ex_max else number <= maximum
        if not (low_ok and high_ok):
            low = "exclusive" if ex_min else "inclusive"
            high = "exclusive" if ex_max else "inclusive"
            return error(
                "rest_out_of_bounds",
                f"{param} must be between {_bound(minimum)} ({low}) and {_bound(maximum)} ({high})",
            )
    return None


def _validate_string(value: Any, args: dict[str, Any], param: str) -> RestError | None:
    """``rest_validate_string_value_from_schema``."""
    if not isinstance(value, str):
        return type_error(param, "string")
    if args.get("minLength") is not None and len(value) < php_floatval(args["minLength"]):
        message = _count_message(param, "be at least", args["minLength"], "character long.", "characters long.")
        return error("rest_too_short", message)
    if args.get("maxLength") is not None and len(value) > php_floatval(args["maxLength"]):
        message = _count_message(param, "be at most", args["maxLength"], "character long.", "characters long.")
        return error("rest_too_long", message)
    pattern = args.get("pattern")
    if pattern is not None and not rest_validate_json_schema_pattern(php_strval(pattern), value):
        return error("rest_invalid_pattern", f"{param} does not match pattern {php_strval(pattern)}.")
    return None


def _validate_integer(value: Any, args: dict[str, Any], param: str) -> RestError | None:
    """``rest_validate_integer_value_from_schema``: a number first, then ``rest_is_integer``."""
    result = _validate_number(value, args, param)
    if result is not None:
        return result
    if not rest_is_integer(value):
        return type_error(param, "integer")
    return None


def _validate_format(value: Any, fmt: Any, param: str) -> RestError | None:
    """The string ``format`` checks (``uri`` and the text-field formats are not validated)."""
    if fmt == "hex-color" and not rest_parse_hex_color(value):
        return error("rest_invalid_hex_color", "Invalid hex color.")
    if fmt == "date-time" and not rest_parse_date(value):
        return error("rest_invalid_date", "Invalid date.")
    if fmt == "email" and not is_email(value):
        return error("rest_invalid_email", "Invalid email address.")
    if fmt == "ip" and not rest_is_ip_address(value):
        return error("rest_invalid_ip", f"{param} is not a valid IP address.")
    if fmt == "uuid" and not wp_is_uuid(value):
        return error("rest_invalid_uuid", f"{param} is not a valid UUID.")
    return None


def rest_validate_value_from_schema(value: Any, args: dict[str, Any], param: str = "") -> RestError | None:
    """``rest_validate_value_from_schema``: None when ``value`` is valid, else WordPress's error."""
    if "anyOf" in args:
        matching = rest_find_any_matching_schema(value, args, param)
        if isinstance(matching, RestError):
            return matching
        if "type" not in args and "type" in matching:
            args = {**args, "type": matching["type"]}
    if "oneOf" in args:
        matching = rest_find_one_matching_schema(value, args, param)
        if isinstance(matching, RestError):
            return matching
        if "type" not in args and "type" in matching:
            args = {**args, "type": matching["type"]}
    type_name = args.get("type")
    if isinstance(type_name, (list, tuple)):
        best = rest_handle_multi_type_schema(value, args)
        if not best:
            return type_error(param, ",".join(php_strval(t) for t in type_name))
        type_name = best
        args = {**args, "type": best}
    if type_name == "null":
        result = None if value is None else type_error(param, "null")
    elif type_name == "boolean":
        result = None if rest_is_boolean(value) else type_error(param, "boolean")
    elif type_name == "object":
        result = _validate_object(value, args, param)
    elif type_name == "array":
        result = _validate_array(value, args, param)
    elif type_name == "number":
        result = _validate_number(value, args, param)
    elif type_name == "string":
        result = _validate_string(value, args, param)
    elif type_name == "integer":
        result = _validate_integer(value, args, param)
    else:
        result = None
    if result is not None:
        return result
    if args.get("enum"):
        result = rest_validate_enum(value, args, param)
        if result is not None:
            return result
    if "format" in args and args["format"] is not None and (type_name is None or type_name == "string" or type_name not in ALLOWED_TYPES):
        return _validate_format(value, args["format"], param)
    return None
