"""PHP serialization: byte lengths, tolerance, no class instantiation, WordPress's maybe_* rules."""

from __future__ import annotations

import json
import math

import pytest

from broadsheet.storage.phpserial import (
    PHPObject,
    is_serialized,
    is_serialized_string,
    maybe_serialize,
    maybe_unserialize,
    php_float_repr,
    serialize,
    unserialize,
)
from tests.conftest import ORACLE


@pytest.mark.parametrize(
    ("value", "php"),
    [
        pytest.param(None, "N;", id="null"),
        pytest.param(True, "b:1;", id="true"),
        pytest.param(False, "b:0;", id="false"),
        pytest.param(-42, "i:-42;", id="int"),
        pytest.param(0.5, "d:0.5;", id="float"),
        pytest.param(1e25, "d:1.0E+25;", id="float-exp"),
        pytest.param(0.00001, "d:1.0E-5;", id="float-small"),
        pytest.param("héllo", 's:6:"héllo";', id="utf8-bytes"),
        pytest.param("🎉", 's:4:"🎉";', id="emoji-4-bytes"),
        pytest.param([7], "a:1:{i:0;i:7;}", id="list"),
        pytest.param({"author": True}, 'a:1:{s:6:"author";b:1;}', id="dict"),
        pytest.param({2: [3]}, "a:1:{i:2;a:1:{i:0;i:3;}}", id="int-keys"),
        pytest.param({"5": "x"}, 'a:1:{i:5;s:1:"x";}', id="numeric-string-key"),
        pytest.param([], "a:0:{}", id="empty"),
        pytest.param(PHPObject("stdClass", {"a": 1}), 'O:8:"stdClass":1:{s:1:"a";i:1;}', id="object"),
    ],
)
def test_serialize_and_back(value: object, php: str) -> None:
    assert serialize(value) == php
    back = unserialize(php)
    if isinstance(value, dict) and not isinstance(value, PHPObject):
        assert back == {int(k) if str(k).isdigit() else k: v for k, v in value.items()}
    else:
        assert back == value


def test_every_serialized_value_of_the_fixture_site_round_trips() -> None:
    data = json.loads((ORACLE / "fixture-db.json").read_text("utf-8"))
    seen = 0
    for table, col in (("wp_options", 2), ("wp_postmeta", 3), ("wp_usermeta", 3), ("wp_commentmeta", 3)):
        for row in data["tables"][table]["rows"]:
            if is_serialized(row[col]):
                seen += 1
                assert serialize(unserialize(row[col], tolerant=False)) == row[col]
    assert seen > 50


def test_corrupted_byte_counts_are_tolerated() -> None:
    # a search/replace changed the URL but not its length
    broken = 'a:2:{s:3:"url";s:19:"https://new.example.test/x";s:1:"n";i:1;}'
    assert unserialize(broken) == {"url": "https://new.example.test/x", "n": 1}
    with pytest.raises(ValueError):
        unserialize(broken, tolerant=False)
    assert maybe_unserialize(broken) == {"url": "https://new.example.test/x", "n": 1}


def test_objects_never_instantiate_classes() -> None:
    value = unserialize('O:9:"Evil\\Code":1:{s:4:"name";s:1:"x";}')
    assert isinstance(value, PHPObject) and value.class_name == "Evil\\Code" and value == {"name": "x"}
    private = unserialize('O:1:"A":1:{s:4:"\0A\0p";i:1;}')
    assert private == {"p": 1}


def test_garbage_is_an_error_and_maybe_unserialize_gives_false() -> None:
    with pytest.raises(ValueError):
        unserialize("a:1:{i:0;")
    assert maybe_unserialize("a:1:{i:0;}") is False


@pytest.mark.parametrize(
    ("data", "strict", "expected"),
    [
        ("N;", True, True),
        ("b:1;", True, True),
        ("i:5;", True, True),
        ("d:0.5;", True, True),
        ('s:1:"a";', True, True),
        ("a:0:{}", True, True),
        ('O:8:"stdClass":0:{}', True, True),
        ("  a:0:{}\n", True, True),
        ("hello", True, False),
        ("i:5", True, False),
        ('s:1:"a"', True, False),
        ("a:0:{} trailing", True, False),
        ("a:0:{} trailing", False, True),
        (5, True, False),
        ("x:1;", True, False),
    ],
)
def test_is_serialized_matches_wordpress(data: object, strict: bool, expected: bool) -> None:
    assert is_serialized(data, strict) is expected


def test_maybe_serialize_rules() -> None:
    assert maybe_serialize({"a": "é"}) == 'a:1:{s:1:"a";s:2:"é";}'
    assert maybe_serialize([1, 2]) == "a:2:{i:0;i:1;i:1;i:2;}"
    assert maybe_serialize('s:1:"x";') == 's:8:"s:1:"x";";'  # double serialization
    assert maybe_unserialize(maybe_serialize('s:1:"x";')) == 's:1:"x";'
    assert (maybe_serialize(True), maybe_serialize(False), maybe_serialize(None), maybe_serialize(42)) == (
        "1", "", "", "42"
    )
    assert maybe_serialize("plain") == "plain"
    assert maybe_unserialize("plain") == "plain"
    assert is_serialized_string('s:1:"x";') and not is_serialized_string("a:0:{}")


def test_php_float_repr_special_values() -> None:
    assert php_float_repr(math.inf) == "INF" and php_float_repr(math.nan) == "NAN"
    assert php_float_repr(-0.0) == "-0" and php_float_repr(100.0) == "100"
    assert php_float_repr(0.1 + 0.2) == "0.30000000000000004"


from hypothesis import given
from hypothesis import strategies as st

_scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text() | st.floats(allow_nan=False)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(min_size=1).filter(lambda k: not k.lstrip("-").isdigit()), inner, max_size=4),
    max_leaves=12,
)


def _php_array(value: object) -> object:
    """What a PHP round trip gives back: an empty array is a list."""
    if isinstance(value, dict):
        return {k: _php_array(v) for k, v in value.items()} if value else []
    if isinstance(value, list):
        return [_php_array(v) for v in value]
    return value


@given(_values)
def test_serialize_unserialize_round_trip(value: object) -> None:
    assert unserialize(serialize(value), tolerant=False) == _php_array(value)


@given(st.text())
def test_string_length_is_utf8_bytes(value: str) -> None:
    assert serialize(value).startswith(f"s:{len(value.encode('utf-8'))}:")


# -- the one-loop reader of common values agrees with the general reader ---------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from broadsheet.storage.phpserial import _GIVE_UP, _Reader, _unserialize_common  # noqa: E402

_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(max_size=12),
                     st.floats(allow_nan=False, allow_infinity=False))
_php_values = st.recursive(
    _scalars,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.one_of(st.text(max_size=6), st.integers(-3, 9)), children, max_size=4)),
    max_leaves=25,
)


def _general(raw: bytes) -> object:
    try:
        return ("ok", _Reader(raw, True).value())
    except (ValueError, IndexError, UnicodeDecodeError) as error:
        return ("error", type(error))


@settings(max_examples=400, deadline=None)
@given(_php_values, st.data())
def test_the_common_reader_equals_the_general_reader_or_gives_up(value: object, data: st.DataObject) -> None:
    raw = serialize(value).encode("utf-8", "surrogateescape")
    # Also every kind of damage: a byte changed, dropped or repeated, the tail cut off.
    at = data.draw(st.integers(0, max(0, len(raw) - 1)))
    byte = data.draw(st.sampled_from(b'0159:;{}"sainbdOrR-+ '))
    for candidate in (raw, raw[:at] + bytes([byte]) + raw[at + 1:], raw[:at] + raw[at + 1:],
                      raw[:at] + raw[at:at + 1] * 2 + raw[at + 1:], raw[:at]):
        common = _unserialize_common(candidate)
        if common is not _GIVE_UP:
            assert ("ok", common) == _general(candidate), candidate
    if not isinstance(value, float) and "d:" not in raw.decode("utf-8", "surrogateescape"):
        assert _unserialize_common(raw) is not _GIVE_UP  # the undamaged common value takes the fast loop


def test_the_common_reader_gives_up_on_objects_references_and_wrong_lengths() -> None:
    for raw in (b'O:8:"stdClass":0:{}', b"a:2:{i:0;a:0:{}i:1;r:2;}", b's:3:"ab";', b"a:1:{a:0:{}i:1;}", b"d:0.5;"):
        assert _unserialize_common(raw) is _GIVE_UP
    assert unserialize(b'a:1:{s:1:"k";s:3:"ab";}') == {"k": "ab"}  # the tolerant general reader still repairs it
