"""REST argument schemas behave as WordPress 7.1.4's (rest-api.md §2.2, §3.4, §4, §6)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import pytest

from broadsheet.rest.encoding import json_encode
from broadsheet.rest.errors import RestError
from broadsheet.rest.schema import (
    absint,
    args_for_index,
    filter_response_by_context,
    get_collection_params,
    get_context_param,
    rest_get_endpoint_args_for_schema,
    rest_parse_request_arg,
    rest_sanitize_request_arg,
    rest_sanitize_value_from_schema,
    rest_validate_request_arg,
    rest_validate_value_from_schema,
    validate_request_args,
)

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "oracle" / "golden-core.jsonl"


def _golden(name: str) -> dict[str, Any]:
    with GOLDEN.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["name"] == name:
                return record  # type: ignore[no-any-return]
    raise KeyError(name)


def _err(code: str, message: str, data: Any = None) -> dict[str, Any]:
    return {"code": code, "message": message, "data": data}


def _type_err(param: str, type_name: str) -> dict[str, Any]:
    return _err("rest_invalid_type", f"{param} is not of type {type_name}.", {"param": param})


def _validate(value: Any, schema: dict[str, Any], param: str = "p") -> dict[str, Any] | None:
    result = rest_validate_value_from_schema(value, schema, param)
    return None if result is None else result.to_dict()


INT = {"type": "integer"}

# -- types ------------------------------------------------------------------------------------------------
TYPE_CASES = [
    pytest.param(5, INT, None, id="integer-int"),
    pytest.param("5", INT, None, id="integer-string"),
    pytest.param(" 7 ", INT, None, id="integer-padded-string"),
    pytest.param("-3", INT, None, id="integer-negative-string"),
    pytest.param("5.0", INT, None, id="integer-float-string-no-fraction"),
    pytest.param(5.0, INT, None, id="integer-float-no-fraction"),
    pytest.param("1e3", INT, None, id="integer-exponent-string"),
    pytest.param("99999999999999999999999", INT, None, id="integer-string-any-size-7.1"),
    pytest.param("5.5", INT, _type_err("p", "integer"), id="integer-fraction"),
    pytest.param(5.5, INT, _type_err("p", "integer"), id="integer-float-fraction"),
    pytest.param("abc", INT, _type_err("p", "integer"), id="integer-word"),
    pytest.param("", INT, _type_err("p", "integer"), id="integer-empty"),
    pytest.param("0x1A", INT, _type_err("p", "integer"), id="integer-hex"),
    pytest.param(True, INT, _type_err("p", "integer"), id="integer-bool"),
    pytest.param(None, INT, _type_err("p", "integer"), id="integer-null"),
    pytest.param([1], INT, _type_err("p", "integer"), id="integer-array"),
    pytest.param("1.5", {"type": "number"}, None, id="number-string"),
    pytest.param(".5", {"type": "number"}, None, id="number-leading-dot"),
    pytest.param(3, {"type": "number"}, None, id="number-int"),
    pytest.param("abc", {"type": "number"}, _type_err("p", "number"), id="number-word"),
    pytest.param(False, {"type": "number"}, _type_err("p", "number"), id="number-bool"),
    pytest.param(True, {"type": "boolean"}, None, id="boolean-true"),
    pytest.param(0, {"type": "boolean"}, None, id="boolean-zero"),
    pytest.param("FALSE", {"type": "boolean"}, None, id="boolean-string-any-case"),
    pytest.param("1", {"type": "boolean"}, None, id="boolean-string-one"),
    pytest.param(2, {"type": "boolean"}, _type_err("p", "boolean"), id="boolean-two"),
    pytest.param("yes", {"type": "boolean"}, _type_err("p", "boolean"), id="boolean-yes"),
    pytest.param(None, {"type": "boolean"}, _type_err("p", "boolean"), id="boolean-null"),
    pytest.param("x", {"type": "string"}, None, id="string"),
    pytest.param(5, {"type": "string"}, _type_err("p", "string"), id="string-number"),
    pytest.param([1, 2], {"type": "array"}, None, id="array-list"),
    pytest.param("1,2 3", {"type": "array"}, None, id="array-csv-string"),
    pytest.param(5, {"type": "array"}, None, id="array-scalar"),
    pytest.param({"0": 1, "5": 2}, {"type": "array"}, None, id="array-int-keyed"),
    pytest.param({"a": 1}, {"type": "array"}, _type_err("p", "array"), id="array-assoc"),
    pytest.param(None, {"type": "array"}, _type_err("p", "array"), id="array-null"),
    pytest.param({}, {"type": "object"}, None, id="object-empty"),
    pytest.param("", {"type": "object"}, None, id="object-empty-string"),
    pytest.param([1], {"type": "object"}, None, id="object-list-is-php-array"),
    pytest.param("x", {"type": "object"}, _type_err("p", "object"), id="object-string"),
    pytest.param(5, {"type": "object"}, _type_err("p", "object"), id="object-number"),
    pytest.param(None, {"type": "null"}, None, id="null"),
    pytest.param("", {"type": "null"}, _type_err("p", "null"), id="null-empty-string"),
    pytest.param(None, {"type": ["string", "null"]}, None, id="union-null"),
    pytest.param("", {"type": ["string", "null"]}, None, id="union-empty-string"),
    pytest.param(5, {"type": ["string", "null"]}, _type_err("p", "string,null"), id="union-no-match"),
    pytest.param("abc", {"type": ["integer", "string"]}, None, id="union-second-type"),
    pytest.param("x", {}, None, id="no-type-anything-goes"),
]


@pytest.mark.parametrize(("value", "schema", "expected"), TYPE_CASES)
def test_types(value: Any, schema: dict[str, Any], expected: Any) -> None:
    assert _validate(value, schema) == expected


# -- keywords ---------------------------------------------------------------------------------------------
ABC = {"type": "string", "enum": ["a", "b", "c"]}
KEYWORD_CASES = [
    pytest.param("b", ABC, None, id="enum-ok"),
    pytest.param("d", ABC, _err("rest_not_in_enum", "p is not one of a, b, and c."), id="enum-three"),
    pytest.param("d", {"type": "string", "enum": ["a", "b"]}, _err("rest_not_in_enum", "p is not one of a and b."), id="enum-two"),
    pytest.param("d", {"type": "string", "enum": ["a"]}, _err("rest_not_in_enum", "p is not a."), id="enum-one"),
    pytest.param("1", {"type": "integer", "enum": [1, 2]}, None, id="enum-sanitised-before-compare"),
    pytest.param(2.0, {"type": "number", "enum": [1, 2]}, None, id="enum-int-float-loose"),
    pytest.param("3", {"type": "integer", "enum": [1, 2]}, _err("rest_not_in_enum", "p is not one of 1 and 2."), id="enum-int-miss"),
    pytest.param(
        "x", {"type": "string", "enum": ["a", ["b"]]}, _err("rest_not_in_enum", 'p is not one of a and ["b"].'), id="enum-array-json"
    ),
    pytest.param(0, {"type": "integer", "minimum": 1}, _err("rest_out_of_bounds", "p must be greater than or equal to 1"), id="minimum"),
    pytest.param(1, {"type": "integer", "minimum": 1}, None, id="minimum-equal"),
    pytest.param(
        1, {"type": "integer", "minimum": 1, "exclusiveMinimum": True}, _err("rest_out_of_bounds", "p must be greater than 1"),
        id="exclusive-minimum",
    ),
    pytest.param(11, {"type": "integer", "maximum": 10}, _err("rest_out_of_bounds", "p must be less than or equal to 10"), id="maximum"),
    pytest.param(
        10, {"type": "integer", "maximum": 10, "exclusiveMaximum": True}, _err("rest_out_of_bounds", "p must be less than 10"),
        id="exclusive-maximum",
    ),
    pytest.param(
        "0", {"type": "integer", "minimum": 1, "maximum": 100},
        _err("rest_out_of_bounds", "p must be between 1 (inclusive) and 100 (inclusive)"), id="between-inclusive",
    ),
    pytest.param(
        1, {"type": "integer", "minimum": 1, "maximum": 100, "exclusiveMinimum": True},
        _err("rest_out_of_bounds", "p must be between 1 (exclusive) and 100 (inclusive)"), id="between-exclusive-min",
    ),
    pytest.param(
        100, {"type": "integer", "minimum": 1, "maximum": 100, "exclusiveMaximum": True},
        _err("rest_out_of_bounds", "p must be between 1 (inclusive) and 100 (exclusive)"), id="between-exclusive-max",
    ),
    pytest.param(
        100, {"type": "integer", "minimum": 1, "maximum": 100, "exclusiveMinimum": True, "exclusiveMaximum": True},
        _err("rest_out_of_bounds", "p must be between 1 (exclusive) and 100 (exclusive)"), id="between-exclusive-both",
    ),
    pytest.param(1.2, {"type": "number", "minimum": 1.5}, _err("rest_out_of_bounds", "p must be greater than or equal to 1"), id="bounds-print-as-integers"),
    pytest.param(3, {"type": "integer", "multipleOf": 2}, _err("rest_invalid_multiple", "p must be a multiple of 2."), id="multiple-of"),
    pytest.param(4, {"type": "integer", "multipleOf": 2}, None, id="multiple-of-ok"),
    pytest.param(1.25, {"type": "number", "multipleOf": 0.5}, _err("rest_invalid_multiple", "p must be a multiple of 0.5."), id="multiple-of-float"),
    pytest.param("a", {"type": "string", "minLength": 2}, _err("rest_too_short", "p must be at least 2 characters long."), id="min-length"),
    pytest.param("", {"type": "string", "minLength": 1}, _err("rest_too_short", "p must be at least 1 character long."), id="min-length-singular"),
    pytest.param("abcd", {"type": "string", "maxLength": 3}, _err("rest_too_long", "p must be at most 3 characters long."), id="max-length"),
    pytest.param("ééé", {"type": "string", "maxLength": 3}, None, id="max-length-counts-characters"),
    pytest.param("abc1", {"type": "string", "pattern": "^[a-z]+$"}, _err("rest_invalid_pattern", "p does not match pattern ^[a-z]+$."), id="pattern"),
    pytest.param("xabcx", {"type": "string", "pattern": "abc"}, None, id="pattern-unanchored"),
    pytest.param("a#b", {"type": "string", "pattern": "#"}, None, id="pattern-with-delimiter"),
    pytest.param("héllo", {"type": "string", "pattern": r"^\w+$"}, None, id="pattern-unicode-word"),
    pytest.param("ab", {"type": "string", "pattern": r"^(?<x>a)b$"}, None, id="pattern-pcre-named-group"),
    pytest.param([1], {"type": "array", "minItems": 2}, _err("rest_too_few_items", "p must contain at least 2 items."), id="min-items"),
    pytest.param([], {"type": "array", "minItems": 1}, _err("rest_too_few_items", "p must contain at least 1 item."), id="min-items-singular"),
    pytest.param("1,2", {"type": "array", "maxItems": 1}, _err("rest_too_many_items", "p must contain at most 1 item."), id="max-items-csv"),
    pytest.param([1, 1], {"type": "array", "uniqueItems": True}, _err("rest_duplicate_items", "p has duplicate items."), id="unique-items"),
    pytest.param([1, "1"], {"type": "array", "uniqueItems": True}, None, id="unique-items-typed"),
    pytest.param([{"a": 1, "b": 2}, {"b": 2, "a": 1}], {"type": "array", "uniqueItems": True}, _err("rest_duplicate_items", "p has duplicate items."), id="unique-items-objects-key-order"),
    pytest.param("1,x", {"type": "array", "items": INT}, _type_err("p[1]", "integer"), id="items-path"),
    pytest.param([[1, "x"]], {"type": "array", "items": {"type": "array", "items": INT}}, _type_err("p[0][1]", "integer"), id="items-nested-path"),
    pytest.param({}, {"type": "object", "required": ["a"]}, _err("rest_property_required", "a is a required property of p."), id="required-v4"),
    pytest.param(
        {"b": 1}, {"type": "object", "properties": {"a": {"type": "string", "required": True}}},
        _err("rest_property_required", "a is a required property of p."), id="required-v3",
    ),
    pytest.param(
        {"a": "x", "b": 1}, {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False},
        _err("rest_additional_properties_forbidden", "b is not a valid property of Object."), id="additional-forbidden",
    ),
    pytest.param({"b": "x"}, {"type": "object", "additionalProperties": INT}, _type_err("p[b]", "integer"), id="additional-schema"),
    pytest.param({"a": "x"}, {"type": "object", "properties": {"a": INT}}, _type_err("p[a]", "integer"), id="property-path"),
    pytest.param(
        {"x_a": "no"}, {"type": "object", "patternProperties": {"^x_": INT}, "additionalProperties": False},
        _type_err("p[x_a]", "integer"), id="pattern-properties",
    ),
    pytest.param({}, {"type": "object", "minProperties": 1}, _err("rest_too_few_properties", "p must contain at least 1 property."), id="min-properties"),
    pytest.param(
        {"a": 1, "b": 2, "c": 3}, {"type": "object", "maxProperties": 2},
        _err("rest_too_many_properties", "p must contain at most 2 properties."), id="max-properties",
    ),
]


@pytest.mark.parametrize(("value", "schema", "expected"), KEYWORD_CASES)
def test_keywords(value: Any, schema: dict[str, Any], expected: Any) -> None:
    assert _validate(value, schema) == expected


# -- combining ----------------------------------------------------------------------------------------------
COMBINING_CASES = [
    pytest.param(5, {"anyOf": [INT, {"type": "boolean"}]}, None, id="any-of-match"),
    pytest.param(
        "x", {"anyOf": [{"type": "integer", "title": "Num"}]},
        _err("rest_no_matching_schema", "p is not a valid Num. Reason: p is not of type integer.", {"position": 0}),
        id="any-of-one-titled",
    ),
    pytest.param(
        "x", {"anyOf": [INT]},
        _err("rest_no_matching_schema", "p does not match the expected format. Reason: p is not of type integer.", {"position": 0}),
        id="any-of-one-untitled",
    ),
    pytest.param(
        "x", {"anyOf": [INT, {"type": "boolean"}]},
        _err("rest_no_matching_schema", "p does not match any of the expected formats."), id="any-of-none",
    ),
    pytest.param(
        "x", {"anyOf": [{"type": "integer", "title": "A"}, {"type": "boolean", "title": "B"}]},
        _err("rest_no_matching_schema", "p is not a valid A and B."), id="any-of-none-titled",
    ),
    pytest.param(
        "abc", {"anyOf": [{"type": "integer"}, {"type": "string", "minLength": 5}]},
        _err("rest_no_matching_schema", "p does not match the expected format. Reason: p must be at least 5 characters long.", {"position": 1}),
        id="any-of-type-errors-filtered",
    ),
    pytest.param(
        {"a": 1, "b": "x"},
        {"anyOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}},
            {"type": "object", "properties": {"a": INT, "b": INT}},
        ]},
        _err("rest_no_matching_schema", "p does not match the expected format. Reason: p[b] is not of type integer.", {"position": 1}),
        id="any-of-objects-most-properties",
    ),
    pytest.param(
        1, {"oneOf": [INT, {"type": "number"}]},
        _err("rest_one_of_multiple_matches", "p matches more than one of the expected formats.", {"positions": [0, 1]}),
        id="one-of-several",
    ),
    pytest.param(
        1, {"oneOf": [{"type": "integer", "title": "A"}, {"type": "number", "title": "B"}]},
        _err("rest_one_of_multiple_matches", "p matches A and B, but should match only one.", {"positions": [0, 1]}),
        id="one-of-several-titled",
    ),
    pytest.param("x", {"oneOf": [INT, {"type": "string"}]}, None, id="one-of-single"),
    pytest.param("5", {"type": "integer", "anyOf": [{"minimum": 1}, {"maximum": -1}]}, None, id="any-of-inherits-type"),
]


@pytest.mark.parametrize(("value", "schema", "expected"), COMBINING_CASES)
def test_any_of_one_of(value: Any, schema: dict[str, Any], expected: Any) -> None:
    assert _validate(value, schema) == expected


# -- formats ------------------------------------------------------------------------------------------------
def _fmt(fmt: str) -> dict[str, Any]:
    return {"type": "string", "format": fmt}


FORMAT_CASES = [
    pytest.param("2020-01-01T10:00:00", _fmt("date-time"), None, id="date-time"),
    pytest.param("2020-01-01 10:00:00.5+02:00", _fmt("date-time"), None, id="date-time-space-fraction-offset"),
    pytest.param("2020-02-30T00:00:00Z", _fmt("date-time"), None, id="date-time-overflowing-day"),
    pytest.param("2020-01-01", _fmt("date-time"), _err("rest_invalid_date", "Invalid date."), id="date-time-date-only"),
    pytest.param("2020-13-01T00:00:00", _fmt("date-time"), _err("rest_invalid_date", "Invalid date."), id="date-time-month-13"),
    pytest.param("1970-01-01T00:00:00Z", _fmt("date-time"), _err("rest_invalid_date", "Invalid date."), id="date-time-epoch-is-falsy"),
    pytest.param("a@b.co", _fmt("email"), None, id="email"),
    pytest.param("not-an-email", _fmt("email"), _err("rest_invalid_email", "Invalid email address."), id="email-invalid"),
    pytest.param("me@localhost", _fmt("email"), _err("rest_invalid_email", "Invalid email address."), id="email-no-dot"),
    pytest.param("192.168.0.1", _fmt("ip"), None, id="ipv4"),
    pytest.param("2001:db8::1", _fmt("ip"), None, id="ipv6"),
    pytest.param("::ffff:10.0.0.1", _fmt("ip"), None, id="ipv6-v4-tail"),
    pytest.param("999.1.1.1", _fmt("ip"), _err("rest_invalid_ip", "p is not a valid IP address."), id="ip-invalid"),
    pytest.param("123e4567-e89b-12d3-a456-426614174000", _fmt("uuid"), None, id="uuid"),
    pytest.param("123E4567-E89B-12D3-A456-426614174000", _fmt("uuid"), _err("rest_invalid_uuid", "p is not a valid UUID."), id="uuid-uppercase"),
    pytest.param("#fff", _fmt("hex-color"), None, id="hex-color-short"),
    pytest.param("#A0b1C2", _fmt("hex-color"), None, id="hex-color-long"),
    pytest.param("#ggg", _fmt("hex-color"), _err("rest_invalid_hex_color", "Invalid hex color."), id="hex-color-invalid"),
    pytest.param("not a url", _fmt("uri"), None, id="uri-not-validated"),
    pytest.param(5, {"type": "integer", "format": "email"}, None, id="format-ignored-for-non-strings"),
]


@pytest.mark.parametrize(("value", "schema", "expected"), FORMAT_CASES)
def test_formats(value: Any, schema: dict[str, Any], expected: Any) -> None:
    assert _validate(value, schema) == expected


# -- sanitising ---------------------------------------------------------------------------------------------
SANITIZE_CASES = [
    pytest.param("5", INT, 5, id="integer-string"),
    pytest.param(" 7 ", INT, 7, id="integer-padded"),
    pytest.param("5.0", INT, 5, id="integer-float-string"),
    pytest.param("1e3", INT, 1000, id="integer-exponent"),
    pytest.param("99999999999999999999", INT, 9223372036854775807, id="integer-saturates"),
    pytest.param("-99999999999999999999", INT, -9223372036854775808, id="integer-saturates-negative"),
    pytest.param(5.9, INT, 5, id="integer-truncates"),
    pytest.param("1.5", {"type": "number"}, 1.5, id="number"),
    pytest.param("3", {"type": "number"}, 3.0, id="number-float"),
    pytest.param("false", {"type": "boolean"}, False, id="boolean-false"),
    pytest.param("FALSE", {"type": "boolean"}, False, id="boolean-false-upper"),
    pytest.param("0", {"type": "boolean"}, False, id="boolean-zero-string"),
    pytest.param("true", {"type": "boolean"}, True, id="boolean-true"),
    pytest.param(1, {"type": "boolean"}, True, id="boolean-one"),
    pytest.param(5, {"type": "string"}, "5", id="string-from-int"),
    pytest.param(True, {"type": "string"}, "1", id="string-from-true"),
    pytest.param(None, {"type": "null"}, None, id="null"),
    pytest.param("1,2 3", {"type": "array", "items": INT}, [1, 2, 3], id="array-csv"),
    pytest.param(" ,a,, b ", {"type": "array"}, ["a", "b"], id="array-csv-no-empties"),
    pytest.param({"x": "1", "y": "2"}, {"type": "array"}, ["1", "2"], id="array-values"),
    pytest.param([], {"type": "array", "items": INT}, [], id="array-empty"),
    pytest.param("", {"type": "object"}, {}, id="object-empty-string"),
    pytest.param(
        {"a": "1", "b": "x"}, {"type": "object", "properties": {"a": INT}, "additionalProperties": False}, {"a": 1},
        id="object-drops-forbidden",
    ),
    pytest.param({"a": "1", "b": "x"}, {"type": "object", "properties": {"a": INT}}, {"a": 1, "b": "x"}, id="object-keeps-others"),
    pytest.param({"n_1": "4"}, {"type": "object", "patternProperties": {"^n_": INT}}, {"n_1": 4}, id="object-pattern"),
    pytest.param("5", {"type": ["integer", "string"]}, 5, id="union-integer-first"),
    pytest.param("abc", {"type": ["integer", "string"]}, "abc", id="union-string"),
    pytest.param("", {"type": ["boolean", "string"]}, "", id="union-empty-prefers-string"),
    pytest.param([1], {"type": ["integer", "string"]}, None, id="union-no-match-null"),
    pytest.param("#FFF", {"type": "string", "format": "hex-color"}, "#FFF", id="hex-color"),
    pytest.param("red", {"type": "string", "format": "hex-color"}, "", id="hex-color-invalid-empty"),
    pytest.param("<b>a</b>   b\n", {"type": "string", "format": "text-field"}, "a b", id="text-field"),
    pytest.param(" a@b.co ", {"type": "string", "format": "email"}, "a@b.co", id="email-text-field"),
    pytest.param("http://example.com/", {"type": "string", "format": "uri"}, "http://example.com/", id="uri"),
    pytest.param("5", {"anyOf": [INT, {"type": "string"}]}, 5, id="any-of"),
]


@pytest.mark.parametrize(("value", "schema", "expected"), SANITIZE_CASES)
def test_sanitize(value: Any, schema: dict[str, Any], expected: Any) -> None:
    result = rest_sanitize_value_from_schema(value, schema, "p")
    assert result == expected
    assert type(result) is type(expected)


def test_sanitize_unique_items_after_coercion() -> None:
    result = rest_sanitize_value_from_schema("1,01", {"type": "array", "items": INT, "uniqueItems": True}, "p")
    assert isinstance(result, RestError)
    assert result.to_dict() == _err("rest_duplicate_items", "p has duplicate items.")


# -- the request pipeline (golden error bodies) ---------------------------------------------------------
POST_SCHEMA = {"properties": {"id": {"context": ["view", "edit", "embed"]}, "content": {"context": ["view", "edit"]}}}
ORDERBY = ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs", "title"]


def _posts_collection_args() -> dict[str, dict[str, Any]]:
    args = get_collection_params(POST_SCHEMA)
    args["author"] = {"description": "", "type": "array", "items": INT, "default": []}
    args["orderby"] = {"description": "", "type": "string", "default": "date", "enum": ORDERBY}
    args["include"] = {"description": "", "type": "array", "items": INT, "default": []}
    return args


@pytest.mark.parametrize(
    ("golden", "params"),
    [
        pytest.param("posts-per-page-0", {"per_page": "0"}, id="per-page-0"),
        pytest.param("posts-per-page-101", {"per_page": "101"}, id="per-page-101"),
        pytest.param("posts-bad-orderby", {"orderby": "foo"}, id="bad-orderby"),
        pytest.param("posts-bad-page-type", {"page": "abc"}, id="bad-page-type"),
        pytest.param("posts-bad-author-type", {"author": "abc"}, id="bad-author-type"),
    ],
)
def test_collection_errors_match_golden(golden: str, params: dict[str, Any]) -> None:
    record = _golden(golden)
    with pytest.raises(RestError) as caught:
        validate_request_args(_posts_collection_args(), params, present=set(params))
    assert caught.value.status == record["status"] == 400
    assert caught.value.to_dict() == record["body"]


def test_create_post_bad_status_matches_golden() -> None:
    record = _golden("write-create-post-bad-status")
    args = {
        "title": {"type": "object", "validate_callback": None, "sanitize_callback": None},
        "status": {
            "description": "A named status for the post.",
            "type": "string",
            "enum": ["publish", "future", "draft", "pending", "private"],
            "validate_callback": rest_validate_request_arg,
            "sanitize_callback": rest_sanitize_request_arg,
        },
    }
    params = {"title": "x", "status": "bogus"}
    with pytest.raises(RestError) as caught:
        validate_request_args(args, params, present=set(params))
    assert caught.value.to_dict() == record["body"]


def test_forbidden_status_from_a_callback_matches_golden() -> None:
    record = _golden("posts-status-draft-unauth")

    def sanitize_post_statuses(statuses: Any, request: Any, param: str) -> Any:
        raise RestError("rest_forbidden_status", "Status is forbidden.", 401)

    args = {"status": {"type": "array", "items": {"type": "string"}, "default": "publish", "sanitize_callback": sanitize_post_statuses}}
    with pytest.raises(RestError) as caught:
        validate_request_args(args, {"status": "draft"}, present={"status"})
    assert caught.value.to_dict() == record["body"]


def test_valid_collection_request_is_sanitised_with_defaults() -> None:
    params = {"per_page": "5", "search": " <b>hi</b>   there ", "include": "3,1 2", "context": "edit"}
    assert validate_request_args(_posts_collection_args(), params, present=set(params)) == {
        "per_page": 5,
        "search": "hi there",
        "include": [3, 1, 2],
        "context": "edit",
        "page": 1,
        "author": [],
        "orderby": "date",
    }


def test_context_enum_is_sorted_descending_and_validated_before_key_sanitising() -> None:
    assert get_context_param(POST_SCHEMA)["enum"] == ["view", "embed", "edit"]
    with pytest.raises(RestError) as caught:
        validate_request_args(_posts_collection_args(), {"context": "EDIT"}, present={"context"})
    assert caught.value.data["params"] == {"context": "context is not one of view, embed, and edit."}


def test_page_and_per_page_go_through_absint() -> None:
    args = {"page": {"type": "integer", "sanitize_callback": absint}}
    assert validate_request_args(args, {"page": "-3"}, present={"page"}) == {"page": 3}
    assert absint("12abc") == 12 and absint(-4.7) == 4


def test_missing_required_params_are_listed_together() -> None:
    args = {"a": {"required": True}, "b": {"required": True, "default": "x"}, "c": {"required": True}, "d": {}}
    with pytest.raises(RestError) as caught:
        validate_request_args(args, {"d": 1}, present={"d"})
    assert caught.value.to_dict() == {
        "code": "rest_missing_callback_param",
        "message": "Missing parameter(s): a, c",
        "data": {"status": 400, "params": ["a", "c"]},
    }


def test_required_check_runs_before_validation() -> None:
    args = {"a": {"required": True}, "per_page": {"type": "integer", "minimum": 1, "validate_callback": rest_validate_request_arg}}
    with pytest.raises(RestError) as caught:
        validate_request_args(args, {"per_page": "0"}, present={"per_page"})
    assert caught.value.code == "rest_missing_callback_param"


def test_validate_callback_false_gives_invalid_parameter_without_details() -> None:
    args = {"a": {"validate_callback": lambda value: False}, "b": {"type": "integer", "validate_callback": rest_validate_request_arg}}
    with pytest.raises(RestError) as caught:
        validate_request_args(args, {"a": "x", "b": "y"}, present={"a", "b"})
    error = caught.value.to_dict()
    assert error["message"] == "Invalid parameter(s): a, b"
    assert error["data"]["params"] == {"a": "Invalid parameter.", "b": "b is not of type integer."}
    assert list(error["data"]["details"]) == ["b"]


def test_validate_phase_failure_stops_before_sanitising() -> None:
    args = {
        "a": {"type": "integer", "validate_callback": rest_validate_request_arg},
        "b": {"type": "integer"},
    }
    with pytest.raises(RestError) as caught:
        validate_request_args(args, {"a": "x", "b": "y"}, present={"a", "b"})
    assert list(caught.value.data["params"]) == ["a"]


def test_sanitize_phase_validates_typed_args_without_validate_callback() -> None:
    args = {"after": {"type": "string", "format": "date-time"}, "order": {"type": "string", "enum": ["asc", "desc"]}}
    with pytest.raises(RestError) as caught:
        validate_request_args(args, {"after": "yesterday", "order": "up"}, present={"after", "order"})
    assert caught.value.to_dict()["data"]["params"] == {
        "after": "Invalid date.",
        "order": "order is not one of asc and desc.",
    }
    assert caught.value.data["details"]["after"] == _err("rest_invalid_date", "Invalid date.")


def test_explicit_null_sanitize_callback_keeps_the_raw_value() -> None:
    args = {"x": {"type": "integer", "sanitize_callback": None}}
    assert validate_request_args(args, {"x": "5"}, present={"x"}) == {"x": "5"}


def test_callbacks_receive_value_request_and_param() -> None:
    seen: list[Any] = []

    def check(value: Any, request: Any, param: str) -> bool:
        seen.append((value, request, param))
        return True

    request = object()
    validate_request_args({"x": {"validate_callback": check}}, {"x": 1}, present={"x"}, request=request)
    assert seen == [(1, request, "x")]


def test_params_not_present_fall_back_to_defaults() -> None:
    args = {"per_page": {"type": "integer", "default": 10}}
    assert validate_request_args(args, {"per_page": "3"}, present=set()) == {"per_page": 10}


def test_empty_details_encode_as_php_empty_array() -> None:
    with pytest.raises(RestError) as caught:
        validate_request_args({"a": {"validate_callback": lambda v: False}}, {"a": 1}, present={"a"})
    assert b'"details":[]' in json_encode(caught.value.to_dict())


def test_parse_request_arg_reads_schema_from_the_request_endpoint() -> None:
    class Endpoint:
        args: ClassVar[dict[str, Any]] = {"n": {"type": "integer", "maximum": 3}}

    class Request:
        endpoint = Endpoint()

    assert rest_parse_request_arg("2", Request(), "n") == 2
    error = rest_parse_request_arg("9", Request(), "n")
    assert isinstance(error, RestError) and error.code == "rest_out_of_bounds"


# -- index rendering ---------------------------------------------------------------------------------------
def test_args_for_index_keeps_keywords_in_definition_order_and_adds_required() -> None:
    args = {
        "validation": {"type": "string", "enum": ["require-all-validate", "normal"], "default": "normal"},
        "requests": {
            "required": True,
            "type": "array",
            "maxItems": 25,
            "validate_callback": rest_validate_request_arg,
            "items": {"type": "object", "properties": {"path": {"type": "string", "required": True, "context": ["edit"]}}},
            "arg_options": {"x": 1},
            "context": ["view"],
        },
    }
    assert args_for_index(args) == {
        "validation": {"type": "string", "enum": ["require-all-validate", "normal"], "default": "normal", "required": False},
        "requests": {
            "type": "array",
            "maxItems": 25,
            "items": {"type": "object", "properties": {"path": {"type": "string", "required": True, "context": ["edit"]}}},
            "required": True,
        },
    }


def test_args_for_index_empty_is_php_empty_array() -> None:
    assert args_for_index({}) == []
    assert json_encode({"args": args_for_index({})}) == b'{"args":[]}'


def test_index_args_match_golden_for_the_shared_collection_params() -> None:
    golden = _golden("index")["body"]["routes"]["/wp/v2/posts"]["endpoints"][0]["args"]
    rendered = args_for_index(get_collection_params(POST_SCHEMA))
    for name in ("context", "page", "per_page", "search"):
        assert json.dumps(rendered[name]) == json.dumps(golden[name])


# -- context filtering ---------------------------------------------------------------------------------------
ITEM_SCHEMA = {
    "$schema": "http://json-schema.org/draft-04/schema#",
    "title": "post",
    "type": "object",
    "properties": {
        "id": {"type": "integer", "context": ["view", "edit", "embed"]},
        "password": {"type": "string", "context": ["edit"]},
        "content": {
            "type": "object",
            "context": ["view", "edit"],
            "properties": {
                "raw": {"type": "string", "context": ["edit"]},
                "rendered": {"type": "string", "context": ["view", "edit"]},
            },
        },
        "notes": {"type": "array", "context": ["view", "edit"], "items": {"type": "string", "context": ["edit"]}},
        "extra": {"type": "string"},
        "meta": {"type": "object", "context": ["view", "edit"], "additionalProperties": {"type": "string", "context": ["edit"]}},
    },
}
ITEM = {
    "id": 1,
    "password": "secret",
    "content": {"raw": "r", "rendered": "<p>r</p>"},
    "notes": ["a", "b"],
    "extra": "kept",
    "meta": {"k": "v"},
}


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        pytest.param("edit", ITEM, id="edit-keeps-all"),
        pytest.param(
            "view",
            {"id": 1, "content": {"rendered": "<p>r</p>"}, "notes": [], "extra": "kept", "meta": {}},
            id="view-nested-and-arrays",
        ),
        pytest.param("embed", {"id": 1, "extra": "kept"}, id="embed"),
    ],
)
def test_filter_response_by_context(context: str, expected: Any) -> None:
    assert filter_response_by_context(ITEM, ITEM_SCHEMA, context) == expected
    assert filter_response_by_context(ITEM, ITEM_SCHEMA["properties"], context) == expected


def test_filter_response_by_context_does_not_mutate_input() -> None:
    before = json.dumps(ITEM)
    filter_response_by_context(ITEM, ITEM_SCHEMA, "embed")
    assert json.dumps(ITEM) == before


def test_filter_response_by_context_with_one_of() -> None:
    schema = {
        "oneOf": [
            {"type": "object", "properties": {"a": {"type": "string", "context": ["edit"]}}},
            {"type": "string"},
        ]
    }
    assert filter_response_by_context({"a": "x", "b": "y"}, schema, "view") == {"b": "y"}
    assert filter_response_by_context("plain", schema, "view") == "plain"


# -- write args from the item schema ---------------------------------------------------------------------
USER_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"description": "Unique identifier for the user.", "type": "integer", "context": ["view"], "readonly": True},
        "username": {
            "description": "Login name for the user.", "type": "string", "context": ["edit"], "required": True,
            "arg_options": {"sanitize_callback": "custom"},
        },
        "email": {"description": "The email address for the user.", "type": "string", "format": "email", "context": ["edit"], "required": True},
        "roles": {"description": "Roles.", "type": "array", "items": {"type": "string"}, "context": ["edit"], "default": ["x"]},
    },
}


def test_endpoint_args_for_create_match_golden_index() -> None:
    golden = _golden("index")["body"]["routes"]["/wp/v2/users"]["endpoints"][1]["args"]
    args = rest_get_endpoint_args_for_schema(USER_SCHEMA, "POST")
    assert "id" not in args
    assert args["username"]["sanitize_callback"] == "custom"
    assert args["email"]["validate_callback"] is rest_validate_request_arg
    rendered = args_for_index(args)
    for name in ("username", "email"):
        assert json.dumps(rendered[name]) == json.dumps(golden[name])
    assert rendered["roles"]["default"] == ["x"]


def test_endpoint_args_for_update_drop_default_and_required() -> None:
    args = rest_get_endpoint_args_for_schema(USER_SCHEMA, ("POST", "PUT", "PATCH"))
    assert "required" not in args["username"] and "default" not in args["roles"]
    assert args_for_index(args)["email"]["required"] is False


def test_explicit_null_falls_back_to_the_default_for_required_and_validate() -> None:
    args = {"a": {"required": True, "default": "d", "validate_callback": lambda value: value == "d"}}
    assert validate_request_args(args, {}, present=set()) == {"a": "d"}
    with pytest.raises(RestError) as caught:
        validate_request_args({"b": {"required": True}}, {"b": None}, present={"b"})
    assert caught.value.code == "rest_missing_callback_param"


# -- JSON-Schema-Test-Suite cases WordPress runs (tests/phpunit/tests/rest-api/json_schema_test_suite) -----
_ALL_TYPES = ["object", "array", "null", "number", "integer", "boolean", "string"]
_UNIQUE = {"type": "array", "uniqueItems": True, "items": {"type": _ALL_TYPES, "items": {"type": _ALL_TYPES}}}
SUITE_CASES = [
    # uniqueItems (WordPress adds type "array" and an any-type "items").
    ([1, 2], _UNIQUE, True), ([1, 1], _UNIQUE, False), ([1.0, 1.00, 1], _UNIQUE, False),
    ([0, False], _UNIQUE, True), ([1, True], _UNIQUE, True),
    ([{"foo": "bar"}, {"foo": "baz"}], _UNIQUE, True), ([{"foo": "bar"}, {"foo": "bar"}], _UNIQUE, False),
    ([{"foo": {"bar": {"baz": True}}}, {"foo": {"bar": {"baz": False}}}], _UNIQUE, True),
    ([{"foo": {"bar": {"baz": True}}}, {"foo": {"bar": {"baz": True}}}], _UNIQUE, False),
    ([["foo"], ["bar"]], _UNIQUE, True), ([["foo"], ["foo"]], _UNIQUE, False),
    ([[1], [True]], _UNIQUE, True), ([[0], [False]], _UNIQUE, True),
    ([[[1], "foo"], [[True], "foo"]], _UNIQUE, True), ([[[0], "foo"], [[False], "foo"]], _UNIQUE, True),
    ([{}, [1], True, None, 1, "{}"], _UNIQUE, True), ([{}, [1], True, None, {}, 1], _UNIQUE, False),
    ([{"a": 1, "b": 2}, {"a": 2, "b": 1}], _UNIQUE, True), ([{"a": 1, "b": 2}, {"b": 2, "a": 1}], _UNIQUE, False),
    ([{}, [1], True, None, {}, 1], {**_UNIQUE, "uniqueItems": False}, True),
    # anyOf
    (1, {"anyOf": [INT, {"type": ["integer", "number"], "minimum": 2}]}, True),
    (2.5, {"anyOf": [INT, {"type": ["integer", "number"], "minimum": 2}]}, True),
    (3, {"anyOf": [INT, {"type": ["integer", "number"], "minimum": 2}]}, True),
    (1.5, {"anyOf": [INT, {"type": ["integer", "number"], "minimum": 2}]}, False),
    (3, {"type": "string", "anyOf": [{"maxLength": 2}, {"minLength": 4}]}, False),
    ("foobar", {"type": "string", "anyOf": [{"maxLength": 2}, {"minLength": 4}]}, True),
    ("foo", {"type": "string", "anyOf": [{"maxLength": 2}, {"minLength": 4}]}, False),
    ({"foo": "baz", "bar": 2}, {"type": "object", "anyOf": [
        {"properties": {"bar": INT}, "required": ["bar"]}, {"properties": {"foo": {"type": "string"}}, "required": ["foo"]}]}, True),
    ({"foo": 2, "bar": "quux"}, {"type": "object", "anyOf": [
        {"properties": {"bar": INT}, "required": ["bar"]}, {"properties": {"foo": {"type": "string"}}, "required": ["foo"]}]}, False),
    ("foo", {"anyOf": [{"type": "number"}, {}]}, True),
    (None, {"anyOf": [{"anyOf": [{"type": "null"}]}]}, True),
    (123, {"anyOf": [{"anyOf": [{"type": "null"}]}]}, False),
    # oneOf
    (1, {"oneOf": [INT, {"type": ["number", "integer"], "minimum": 2}]}, True),
    (2.5, {"oneOf": [INT, {"type": ["number", "integer"], "minimum": 2}]}, True),
    (3, {"oneOf": [INT, {"type": ["number", "integer"], "minimum": 2}]}, False),
    (1.5, {"oneOf": [INT, {"type": ["number", "integer"], "minimum": 2}]}, False),
    ("foobar", {"type": "string", "oneOf": [{"minLength": 2}, {"maxLength": 4}]}, True),
    ("foo", {"type": "string", "oneOf": [{"minLength": 2}, {"maxLength": 4}]}, False),
    ("foo", {"oneOf": [{"type": "number"}, {}]}, True),
    (123, {"oneOf": [{"type": "number"}, {}]}, False),
    ({"bar": 2}, {"type": "object", "oneOf": [{"required": ["foo", "bar"]}, {"required": ["foo", "baz"]}]}, False),
    ({"foo": 1, "bar": 2}, {"type": "object", "oneOf": [{"required": ["foo", "bar"]}, {"required": ["foo", "baz"]}]}, True),
    ({"foo": 1, "bar": 2, "baz": 3}, {"type": "object", "oneOf": [{"required": ["foo", "bar"]}, {"required": ["foo", "baz"]}]}, False),
    (None, {"oneOf": [{"oneOf": [{"type": "null"}]}]}, True),
    (123, {"oneOf": [{"oneOf": [{"type": "null"}]}]}, False),
]


@pytest.mark.parametrize(("data", "schema", "valid"), [pytest.param(*case, id=f"suite-{i}") for i, case in enumerate(SUITE_CASES)])
def test_json_schema_test_suite_cases_wordpress_runs(data: Any, schema: dict[str, Any], valid: bool) -> None:
    assert (rest_validate_value_from_schema(data, schema, "p") is None) is valid


# -- assertions from WordPress's rest-schema-validation.php -------------------------------------------------
def test_wordpress_schema_validation_assertions() -> None:
    def ok(value: Any, schema: dict[str, Any]) -> bool:
        return rest_validate_value_from_schema(value, schema, "") is None

    ip = {"type": "string", "format": "ip"}
    for valid in ("127.0.0.1", "::1", "::", "0:0:0:0:0:0:0:1", "2001:DB8:0:0:8:800:200C:417A", "FF01::101", "fe80::217:f2ff:fe07:ed62"):
        assert ok(valid, ip), valid
    for invalid in ("3333.3333.3333.3333", "1", "", "2001:DB8:0:0:8:800:200C:417A:221", "FF01::101::2"):
        assert not ok(invalid, ip), invalid
    date = {"type": "string", "format": "date-time"}
    assert ok("2016-06-30T05:43:21Z", date) and ok("2016-06-30T05:43:21+00:00", date)
    assert not ok("20161027T163355Z", date) and not ok("2016", date)
    assert ok("email", {"type": "array", "items": {"type": "string"}, "format": "email"})  # format only for strings
    assert not ok("email", {"format": "email"}) and not ok("email", {"format": "email", "type": "str"})
    numbers = {"type": "array", "items": {"type": "number"}}
    assert ok("1,,", numbers) and ok("", numbers) and not ok("lol", numbers)
    assert ok("Best lyrics", {"type": "lalala"}) and ok("My Value", {"type": ["invalid", "type"]})
    union = {"type": ["object", "string"], "properties": {"raw": {"type": "string"}}}
    error = rest_validate_value_from_schema({"raw": ["a list"]}, union, "")
    assert error is not None and error.message == "[raw] is not of type string."
    nullable = {"type": ["null", "integer"], "minimum": 10, "maximum": 20}
    assert ok(None, nullable) and ok("15", nullable)
    error = rest_validate_value_from_schema(30, nullable, "param")
    assert error is not None and error.message == "param must be between 10 (inclusive) and 20 (inclusive)"
    assert ok("#123", {"type": "string", "pattern": "#[0-9]+"}) and not ok("#abc", {"type": "string", "pattern": "#[0-9]+"})
    assert ok("â", {"type": "string", "pattern": "^â{1}$"}) and not ok("ââ", {"type": "string", "pattern": "^â{1}$"})
    assert not ok("", {"type": "array", "minItems": 1, "items": {"type": "number"}})
    assert not ok("foobar", {"type": "array", "maxItems": 2, "items": {"type": "number"}})
    deep = {"type": "object", "required": ["propA"], "properties": {"propA": {
        "type": "object", "required": ["propB"], "properties": {"propB": {
            "type": "object", "properties": {"propC": {"type": "string", "required": True}, "propD": {"type": "string"}}}}}}}
    assert not ok({"propA": {"propB": {"propD": "d"}}}, deep) and ok({"propA": {"propB": {"propC": "c"}}}, deep)


def test_wordpress_schema_sanitization_assertions() -> None:
    numbers = {"type": "array", "items": {"type": "number"}}
    cases: list[tuple[Any, dict[str, Any], Any]] = [
        ("1.10", {"type": "number"}, 1.10), ("1abc", {"type": "number"}, 1.0), ("abc", {"type": "number"}, 0.0),
        ([], {"type": "number"}, 0.0), ("1.10", INT, 1), ("1abc", INT, 1), ("abc", INT, 0), ([], INT, 0),
        ("1.10", {"type": "string"}, "1.10"), (1.1, {"type": "string"}, "1.1"), (1, {"type": "string"}, "1"),
        ("100", {"type": "boolean"}, True), (0, {"type": "boolean"}, False),
        (["1"], numbers, [1.0]), ([["1"], ["2"]], {"type": "array", "items": numbers}, [[1.0], [2.0]]),
        ("1,2,a", numbers, [1.0, 2.0, 0.0]), ("1,2,", numbers, [1.0, 2.0]),
        ("chicken,coleslaw,", {"type": "array", "items": {"enum": ["chicken"], "type": "string"}}, ["chicken", "coleslaw"]),
        ({"first": "1", "second": "2"}, {"type": "array", "items": {"type": "string"}}, ["1", "2"]),
        ({"a": "1", "b": 1}, {"type": "object", "properties": {"a": {"type": "number"}}}, {"a": 1.0, "b": 1}),
        (
            {"a": {"b": "1", "c": "3", "d": "1"}, "b": 1},
            {"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {"type": "number"}, "c": {"type": "number"}}}}},
            {"a": {"b": 1.0, "c": 3.0, "d": "1"}, "b": 1},
        ),
        ({"a": None}, {"type": "object", "properties": {"a": {"type": "object"}}}, {"a": {}}),
        ("Best lyrics", {"type": "lalala"}, "Best lyrics"), (1.10, {"type": "lalala"}, 1.10), ("Nothing", {"type": None}, "Nothing"),
    ]
    for value, schema, expected in cases:
        assert rest_sanitize_value_from_schema(value, schema, "p") == expected, (value, schema)


def test_sanitised_defaults_are_fresh_copies() -> None:
    args = {"tags": {"type": "array", "items": INT, "default": []}}
    first = validate_request_args(args, {}, present=set())
    first["tags"].append(99)
    assert validate_request_args(args, {}, present=set()) == {"tags": []}


def test_null_value_falls_back_to_the_default_as_get_param_does() -> None:
    args = {"orderby": {"type": ["string", "null"], "default": "date"}}
    assert validate_request_args(args, {"orderby": None}, present={"orderby"}) == {"orderby": "date"}


# -- the result memo of validate_request_args ---------------------------------------------------------------
def _memo_args(extra: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    return {
        "id": {"type": "integer", "validate_callback": rest_validate_request_arg,
               "sanitize_callback": absint},
        "tags": {"type": "array", "items": {"type": "integer"}, "default": []},
        "context": {"type": "string", "enum": ["view", "edit"], "default": "view"},
        **(extra or {}),
    }


def test_a_repeated_request_gets_an_equal_result_it_may_mutate() -> None:
    args = _memo_args()
    first = validate_request_args(args, {"id": "17"})
    first["tags"].append(5)
    first["id"] = 0
    assert validate_request_args(args, {"id": "17"}) == {"id": 17, "context": "view", "tags": []}


@pytest.mark.parametrize("definition", [{}, {"type": "string"}, {"type": "boolean"}, {"type": "integer"},
                                        {"type": ["integer", "boolean"]}, {"type": ["boolean", "string"]}])
def test_the_memo_tells_value_types_apart(definition: dict[str, Any]) -> None:
    import copy

    args = {"flag": definition}
    for value in (True, 1, "1", False, 0, "0", None):
        try:
            expected: Any = validate_request_args(copy.deepcopy(args), {"flag": value})  # a fresh definition
        except RestError as error:
            expected = error.code
        try:
            got: Any = validate_request_args(args, {"flag": value})
        except RestError as error:
            got = error.code
        assert (got, type(got.get("flag")) if isinstance(got, dict) else None) == (
            expected, type(expected.get("flag")) if isinstance(expected, dict) else None), value


def test_invalid_params_fail_every_time() -> None:
    args = _memo_args()
    for _ in range(2):
        with pytest.raises(RestError) as raised:
            validate_request_args(args, {"id": "17", "context": "nope"})
        assert raised.value.code == "rest_invalid_param"


def test_an_impure_callback_runs_on_every_request() -> None:
    calls: list[Any] = []

    def sanitize(value: Any, request: Any, param: str) -> Any:
        calls.append(value)
        return f"{value}-{len(calls)}"

    args = _memo_args({"slug": {"type": "string", "sanitize_callback": sanitize}})
    assert validate_request_args(args, {"slug": "a"})["slug"] == "a-1"
    assert validate_request_args(args, {"slug": "a"})["slug"] == "a-2"
