"""``json_encode`` writes the bytes PHP 8.2's ``json_encode`` writes for WordPress (rest-api.md §5.1)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from broadsheet.rest.encoding import (
    EncodedDict,
    JSONEncodeError,
    JSONObject,
    json_encode,
    json_encode_pure,
    php_float_repr,
)

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "oracle" / "golden-core.jsonl"


def _golden_bodies() -> list[tuple[str, Any]]:
    bodies = []
    with GOLDEN.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("body") is not None:
                # Keep PHP's {} vs []: objects decode as JSONObject so an empty one stays "{}".
                body = json.loads(json.dumps(record["body"]), object_pairs_hook=JSONObject)
                bodies.append((record["name"], body))
    return bodies


def _reference(value: Any) -> bytes:
    """An independent PHP-style encoding via the stdlib (valid for data without floats)."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/").encode("ascii")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("a/b", b'"a\\/b"', id="slash-escaped"),
        pytest.param("http://x.test/wp-json/", b'"http:\\/\\/x.test\\/wp-json\\/"', id="url"),
        pytest.param("é", b'"\\u00e9"', id="latin1-lowercase-hex"),
        pytest.param("€’“”", b'"\\u20ac\\u2019\\u201c\\u201d"', id="bmp"),
        pytest.param("😀", b'"\\ud83d\\ude00"', id="astral-surrogate-pair"),
        pytest.param("a😀b😀", b'"a\\ud83d\\ude00b\\ud83d\\ude00"', id="astral-repeated"),
        pytest.param("<a href='x'>&amp;</a>", b"\"<a href='x'>&amp;<\\/a>\"", id="html-chars-raw"),
        pytest.param("\x00\x01\x1f", b'"\\u0000\\u0001\\u001f"', id="control-u00xx"),
        pytest.param("\b\f\n\r\t", b'"\\b\\f\\n\\r\\t"', id="control-short-escapes"),
        pytest.param("\x7f", b'"\x7f"', id="del-raw"),
        pytest.param('q"b\\', b'"q\\"b\\\\"', id="quote-backslash"),
        pytest.param("\u2028\u2029", b'"\\u2028\\u2029"', id="line-separators"),
        pytest.param(None, b"null", id="null"),
        pytest.param(True, b"true", id="true"),
        pytest.param(False, b"false", id="false"),
        pytest.param(0, b"0", id="zero"),
        pytest.param(-42, b"-42", id="negative-int"),
        pytest.param(2**63 - 1, b"9223372036854775807", id="int64-max"),
        pytest.param(2**64, b"1.8446744073709552e+19", id="int-beyond-int64-is-float"),
        pytest.param([], b"[]", id="empty-list"),
        pytest.param((), b"[]", id="empty-tuple"),
        pytest.param({}, b"[]", id="empty-dict-is-php-empty-array"),
        pytest.param(JSONObject(), b"{}", id="empty-jsonobject"),
        pytest.param({"a": {}}, b'{"a":[]}', id="nested-empty-dict"),
        pytest.param({"a": JSONObject()}, b'{"a":{}}', id="nested-empty-jsonobject"),
        pytest.param(JSONObject({"0": 1}), b'{"0":1}', id="jsonobject-list-keys-stays-object"),
        pytest.param({"0": "a", "1": "b"}, b'["a","b"]', id="list-like-string-keys"),
        pytest.param({0: "a", 1: "b"}, b'["a","b"]', id="list-like-int-keys"),
        pytest.param({1: "a", 0: "b"}, b'{"1":"a","0":"b"}', id="int-keys-out-of-order"),
        pytest.param({24: "s", 48: "m"}, b'{"24":"s","48":"m"}', id="avatar-sizes"),
        pytest.param({"01": "a"}, b'{"01":"a"}', id="non-canonical-int-key"),
        pytest.param((1, "a"), b'[1,"a"]', id="tuple"),
        pytest.param({"k/ey": "v"}, b'{"k\\/ey":"v"}', id="key-escaped"),
        pytest.param(["{}", "a:1.5,", '{"0":'], b'["{}","a:1.5,","{\\"0\\":"]', id="lookalikes-in-strings"),
        pytest.param(["\\", {}], b'["\\\\",[]]', id="escaped-backslash-then-empty"),
        pytest.param(['\\"{}', {}], b'["\\\\\\"{}",[]]', id="escaped-quote-then-braces"),
    ],
)
def test_json_encode_matches_php(value: Any, expected: bytes) -> None:
    assert json_encode(value) == expected
    assert json_encode_pure(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(1.0, "1", id="integral-float-no-fraction"),
        pytest.param(100.0, "100", id="hundred"),
        pytest.param(0.1, "0.1", id="tenth"),
        pytest.param(2.5, "2.5", id="two-and-half"),
        pytest.param(1 / 3, "0.3333333333333333", id="third-shortest"),
        pytest.param(10 / 3, "3.3333333333333335", id="ten-thirds"),
        pytest.param(0.0, "0", id="zero"),
        pytest.param(-0.0, "-0", id="negative-zero"),
        pytest.param(-1.5, "-1.5", id="negative"),
        pytest.param(0.0001, "0.0001", id="small-fixed"),
        pytest.param(0.00001, "1.0e-5", id="small-exponent"),
        pytest.param(1.5e-7, "1.5e-7", id="small-exponent-fraction"),
        pytest.param(1e15, "1000000000000000", id="1e15-fixed"),
        pytest.param(1e16, "10000000000000000", id="1e16-fixed"),
        pytest.param(1e17, "1.0e+17", id="1e17-exponent"),
        pytest.param(1e25, "1.0e+25", id="1e25"),
        pytest.param(1.2345e30, "1.2345e+30", id="exponent-with-digits"),
        pytest.param(123456789.125, "123456789.125", id="fraction"),
    ],
)
def test_floats_print_as_php_serialize_precision_minus_one(value: float, expected: str) -> None:
    assert php_float_repr(value) == expected
    assert json_encode(value) == expected.encode()
    assert json_encode([value]) == f"[{expected}]".encode()
    assert json_encode({"a": value, "b": "x"}) == f'{{"a":{expected},"b":"x"}}'.encode()


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=["nan", "inf", "-inf"])
def test_nan_and_inf_are_refused_by_the_reference_encoder(value: float) -> None:
    with pytest.raises(JSONEncodeError, match="Inf and NaN cannot be JSON encoded"):
        json_encode_pure({"a": value})
    with pytest.raises(JSONEncodeError):
        php_float_repr(value)


@pytest.mark.parametrize("value", [math.nan, math.inf], ids=["nan", "inf"])
def test_nan_and_inf_on_the_fast_path_write_null(value: float) -> None:
    # Known divergence: orjson writes null and cannot be told to refuse (PHP fails with a 500).
    assert json_encode({"a": value}) == b'{"a":null}'


def test_unencodable_type_raises_type_error() -> None:
    with pytest.raises(TypeError):
        json_encode({"a": object()})


def test_pretty_print_is_php_style() -> None:
    value = {"a": [1, {"b": []}, {}], "c": JSONObject(), "d": "é/", "e": {"f": None}}
    expected = (
        "{\n"
        '    "a": [\n'
        "        1,\n"
        "        {\n"
        '            "b": []\n'
        "        },\n"
        "        []\n"
        "    ],\n"
        '    "c": {},\n'
        '    "d": "\\u00e9\\/",\n'
        '    "e": {\n'
        '        "f": null\n'
        "    }\n"
        "}"
    )
    assert json_encode(value, pretty=True).decode() == expected


def test_pretty_print_of_empty_containers_is_inline() -> None:
    assert json_encode([], pretty=True) == b"[]"
    assert json_encode({}, pretty=True) == b"[]"
    assert json_encode(JSONObject(), pretty=True) == b"{}"


def test_deep_nesting() -> None:
    value: Any = "x"
    for _ in range(60):
        value = {"k": [value]}
    encoded = json_encode(value)
    assert encoded.startswith(b'{"k":[{"k":[') and json.loads(encoded) == value


@pytest.mark.parametrize(("name", "body"), _golden_bodies(), ids=[name for name, _ in _golden_bodies()])
def test_golden_bodies_reencode_as_php_wrote_them(name: str, body: Any) -> None:
    encoded = json_encode(body)
    # Same bytes as an independent PHP-style encoder (stdlib, ensure_ascii, "/" escaped) …
    assert encoded == _reference(body)
    assert encoded == json_encode_pure(body)
    # … which means: ASCII only, every "/" escaped, and the data round-trips.
    assert encoded.isascii()
    assert b"/" not in encoded.replace(b"\\/", b"")
    assert json.loads(encoded) == json.loads(json.dumps(body))


def test_golden_strings_with_non_ascii_and_slashes_are_escaped() -> None:
    found = 0
    for _, body in _golden_bodies():
        stack = [body]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, str) and not item.isascii() and "/" in item:
                found += 1
                assert json_encode(item) == _reference(item)
    assert found > 0


# -- properties ---------------------------------------------------------------------------------------
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
_json = st.recursive(
    _scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.text(max_size=8), children, max_size=5),
    ),
    max_leaves=30,
)


def _php_decoded(value: Any) -> Any:
    """What PHP's encoding loses: {} → [], 0..n-1 keyed dicts → lists, integral floats → ints."""
    if isinstance(value, dict):
        items = {k: _php_decoded(v) for k, v in value.items()}
        if list(items) == [str(i) for i in range(len(items))]:
            return list(items.values())
        return items or []
    if isinstance(value, list):
        return [_php_decoded(v) for v in value]
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e17:
        return int(value)
    return value


def _loosen(value: Any) -> Any:
    """Compare numbers by value (PHP writes 1e17 as 1.0e+17, which decodes as a float)."""
    if isinstance(value, dict):
        return {k: _loosen(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_loosen(v) for v in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


@settings(max_examples=300, deadline=None)
@given(_json)
def test_round_trip_modulo_php_arrays(value: Any) -> None:
    encoded = json_encode(value)
    assert encoded.isascii()
    assert _loosen(json.loads(encoded)) == _loosen(_php_decoded(value))


@settings(max_examples=300, deadline=None)
@given(_json)
def test_fast_path_equals_reference_encoder(value: Any) -> None:
    assert json_encode(value) == json_encode_pure(value)


@settings(max_examples=100, deadline=None)
@given(_json)
def test_pretty_output_decodes_to_the_same_data(value: Any) -> None:
    assert json.loads(json_encode(value, pretty=True)) == json.loads(json_encode(value))


# -- the fast path ---------------------------------------------------------------------------------------
def _posts_response() -> list[Any]:
    """A large posts collection as controllers build it: plain dicts, ``{}`` for empty meta."""
    with GOLDEN.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["name"] == "posts-per-page-100":
                posts = record["body"]
                break
    for post in posts:
        post["meta"] = {}
        post["title"]["rendered"] += " – “quoted” ☃ 😀"
        post["score"] = [1.0, 0.5, 1e25, {"ratio": 2.5}]
    return posts * 3


def test_fast_path_needs_no_fallback_for_a_posts_response(monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.rest import encoding

    data = _posts_response()
    expected = json_encode_pure(data)
    assert len(expected) > 900_000

    def refuse(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("fell back to the reference encoder")

    monkeypatch.setattr(encoding, "json_encode_pure", refuse)
    assert json_encode(data) == expected


_tricky_text = st.text(alphabet='{}":,[]\\a0.e-/é', max_size=8)
_tricky = st.recursive(
    st.one_of(_tricky_text, st.integers(-5, 5), st.just({}), st.just(JSONObject()), st.floats(-10, 10)),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(_tricky_text, children, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(_tricky)
def test_fast_path_equals_reference_on_json_lookalike_strings(value: Any) -> None:
    assert json_encode(value) == json_encode_pure(value)


# -- pre-encoded dicts -----------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_tricky_text, _tricky, max_size=4), _tricky)
def test_encoded_dict_encodes_as_its_plain_dict_wherever_it_sits(inner: dict[str, Any], around: Any) -> None:
    encoded = EncodedDict.of(inner)
    assert json_encode(encoded) == json_encode(inner)
    for wrap in ({"a": encoded, "b": around}, [around, encoded, encoded], {"0": encoded}):
        plain = _plain(wrap)
        assert json_encode(wrap) == json_encode_pure(wrap) == json_encode(plain)
        assert json_encode(wrap, pretty=True) == json_encode(plain, pretty=True)


def _plain(value: Any) -> Any:
    """``value`` with every ``EncodedDict`` replaced by a plain copy (what it must encode as)."""
    if isinstance(value, EncodedDict):
        return dict(value)
    if isinstance(value, dict):
        return type(value)((k, _plain(v)) for k, v in value.items())
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def test_encoded_dict_bytes_are_spliced_not_reencoded() -> None:
    routes = EncodedDict.of({"/wp/v2": {"href": "http://x/é"}})
    routes.encoded = b'{"spliced":1}'  # proves the attached bytes are used as they are
    assert json_encode({"routes": routes, "url": "a/b"}) == b'{"routes":{"spliced":1},"url":"a\\/b"}'
