"""``rest_sanitize_value_from_schema``: coerce a validated value to its schema type, as WordPress 7.1.4 does.

Port of ``rest_sanitize_value_from_schema`` (``wp-includes/rest-api.php``, 7.1.4): arrays are
split and re-indexed and their items sanitised, objects keep known/pattern/additional properties
(dropping extras when ``additionalProperties`` is false), scalars take PHP's casts, and string
formats run their sanitiser (text-field for date-time/email/ip/uuid/text-field, URL sanitising
for ``uri``, ``#rgb``/``#rrggbb`` or "" for ``hex-color``). Returns the value or a ``RestError``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.rest.errors import RestError
from broadsheet.rest.schema_formats import sanitize_hex_color
from broadsheet.rest.schema_types import (
    php_floatval,
    php_intval,
    php_strval,
    rest_sanitize_array,
    rest_sanitize_boolean,
    rest_sanitize_object,
)
from broadsheet.rest.schema_validate import (
    ALLOWED_TYPES,
    _property_schema,
    error,
    rest_find_any_matching_schema,
    rest_find_matching_pattern_property_schema,
    rest_find_one_matching_schema,
    rest_handle_multi_type_schema,
    rest_validate_array_contains_unique_items,
)

_TEXT_FIELD_FORMATS = ("date-time", "email", "ip", "uuid", "text-field")


def _sanitize_text_field(value: Any) -> str:
    """``sanitize_text_field`` on the value as a PHP string."""
    from broadsheet.formatting.sanitize import sanitize_text_field

    return sanitize_text_field(php_strval(value))


def _sanitize_textarea_field(value: Any) -> str:
    """``sanitize_textarea_field`` on the value as a PHP string."""
    from broadsheet.formatting.sanitize import sanitize_textarea_field

    return sanitize_textarea_field(php_strval(value))


def _sanitize_url(value: Any) -> str:
    """``sanitize_url`` on the value as a PHP string."""
    from broadsheet.formatting.urls import sanitize_url

    return sanitize_url(php_strval(value))


def _sanitize_format(value: Any, fmt: Any) -> Any:
    """The format's sanitiser, or ``_NO_FORMAT`` when the format has none."""
    if fmt == "hex-color":
        return php_strval(sanitize_hex_color(value))
    if fmt in _TEXT_FIELD_FORMATS:
        return _sanitize_text_field(value)
    if fmt == "textarea-field":
        return _sanitize_textarea_field(value)
    if fmt == "uri":
        return _sanitize_url(value)
    return _NO_FORMAT


_NO_FORMAT = object()


def rest_sanitize_value_from_schema(value: Any, args: dict[str, Any], param: str = "") -> Any:
    """``rest_sanitize_value_from_schema``: the sanitised value, or a ``RestError`` (anyOf/oneOf, uniqueItems)."""
    if "anyOf" in args:
        matching = rest_find_any_matching_schema(value, args, param)
        if isinstance(matching, RestError):
            return matching
        if "type" not in args:
            args = {**args, "type": matching.get("type")}
        value = rest_sanitize_value_from_schema(value, matching, param)
    if "oneOf" in args:
        matching = rest_find_one_matching_schema(value, args, param)
        if isinstance(matching, RestError):
            return matching
        if "type" not in args:
            args = {**args, "type": matching.get("type")}
        value = rest_sanitize_value_from_schema(value, matching, param)
    type_name = args.get("type")
    if isinstance(type_name, (list, tuple)):
        best = rest_handle_multi_type_schema(value, args)
        if not best:
            return None
        type_name = best
    if type_name == "array":
        items = rest_sanitize_array(value)
        item_schema = args.get("items")
        if item_schema:
            items = [rest_sanitize_value_from_schema(item, item_schema, f"{param}[{index}]") for index, item in enumerate(items)]
        if args.get("uniqueItems") and not rest_validate_array_contains_unique_items(items):
            return error("rest_duplicate_items", f"{param} has duplicate items.")
        return items
    if type_name == "object":
        return _sanitize_object(value, args, param)
    if type_name == "null":
        return None
    if type_name == "integer":
        return php_intval(value)
    if type_name == "number":
        return php_floatval(value)
    if type_name == "boolean":
        return rest_sanitize_boolean(value)
    fmt = args.get("format")
    if fmt is not None and (type_name is None or type_name == "string" or type_name not in ALLOWED_TYPES):
        sanitized = _sanitize_format(value, fmt)
        if sanitized is not _NO_FORMAT:
            return sanitized
    if type_name == "string":
        return php_strval(value)
    return value


def _sanitize_object(value: Any, args: dict[str, Any], param: str) -> dict[Any, Any]:
    """Object sanitising: known, pattern and additional properties sanitised; extras dropped when forbidden."""
    obj = rest_sanitize_object(value)
    properties = args.get("properties")
    additional = args.get("additionalProperties")
    for prop in list(obj):
        item = obj[prop]
        child = f"{param}[{php_strval(prop)}]"
        schema = _property_schema(properties, prop)
        if schema is None:
            schema = rest_find_matching_pattern_property_schema(prop, args)
        if schema is not None:
            obj[prop] = rest_sanitize_value_from_schema(item, schema, child)
            continue
        if additional is False:
            del obj[prop]
        elif isinstance(additional, dict):
            obj[prop] = rest_sanitize_value_from_schema(item, additional, child)
    return obj
