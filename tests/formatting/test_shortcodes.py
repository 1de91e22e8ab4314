"""ShortcodeRegistry: registration, the match forms, attribute parsing and stripping."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.formatting.shortcodes import (
    ShortcodeRegistry,
    shortcode_atts,
    shortcode_parse_atts,
    strip_shortcodes,
)
from broadsheet.hooks.registry import Hooks


def _dump(attr: Any, content: str, tag: str) -> str:
    return f"{tag}:{attr!r}:{content!r}"


@pytest.fixture
def registry() -> ShortcodeRegistry:
    reg = ShortcodeRegistry()
    reg.add_shortcode("foo", _dump)
    reg.add_shortcode("foo-bar", _dump)
    reg.add_shortcode("baz", lambda attr, content, tag: f"<b>{reg.do_shortcode(content)}</b>")
    return reg


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("[foo]", "foo:'':''", id="bare"),
        pytest.param("[foo /]", "foo:'':''", id="self-closing"),
        pytest.param('[foo a="1"]x[/foo]', "foo:{'a': '1'}:'x'", id="enclosing"),
        pytest.param("[foo-bar]", "foo-bar:'':''", id="hyphenated-name-is-its-own-tag"),
        pytest.param("[foobar]", "[foobar]", id="longer-name-is-not-a-match"),
        pytest.param("[[foo]]", "[foo]", id="escaped"),
        pytest.param("[[foo]x[/foo]]", "[foo]x[/foo]", id="escaped-enclosing"),
        pytest.param("[[foo]", "[foo:'':''", id="half-escaped-keeps-bracket"),
        pytest.param("[unknown]", "[unknown]", id="unregistered-left-alone"),
        pytest.param("[baz][foo][/baz]", "<b>foo:'':''</b>", id="handler-runs-nested"),
        pytest.param("[foo]a[foo]b[/foo]", "foo:'':'a[foo]b'", id="first-closing-tag-wins"),
        pytest.param("[foo attr", "[foo attr", id="no-closing-bracket"),
        pytest.param("<!--[if IE]>[foo]<![endif]-->", "<!--[if IE]>[foo]<![endif]-->", id="comment-untouched"),
    ],
)
def test_do_shortcode(registry: ShortcodeRegistry, text: str, expected: str) -> None:
    assert registry.do_shortcode(text) == expected


def test_text_without_brackets_is_returned_as_is(registry: ShortcodeRegistry) -> None:
    assert registry.do_shortcode("plain") == "plain"


@pytest.mark.parametrize("name", ["", "  ", "a b", "a/b", "a]", "a=b", "<a>", "a&b"])
def test_add_shortcode_rejects_reserved_names(name: str) -> None:
    reg = ShortcodeRegistry()
    assert reg.add_shortcode(name, _dump) is False
    assert not reg.shortcode_exists(name)


def test_remove_and_exists(registry: ShortcodeRegistry) -> None:
    assert registry.shortcode_exists("foo")
    registry.remove_shortcode("foo")
    assert not registry.shortcode_exists("foo")
    assert registry.do_shortcode("[foo]") == "[foo]"


def test_has_shortcode_looks_inside_content(registry: ShortcodeRegistry) -> None:
    assert registry.has_shortcode("x [baz][foo][/baz]", "foo")
    assert not registry.has_shortcode("x [baz]y[/baz]", "foo")


def test_hooks_can_short_circuit_and_filter_output() -> None:
    hooks = Hooks()
    reg = ShortcodeRegistry(hooks)
    reg.add_shortcode("foo", _dump)
    hooks.add_filter("pre_do_shortcode_tag", lambda ret, tag, attr, m: "SHORT" if tag == "foo" else ret, 10, 4)
    assert reg.do_shortcode("[foo]") == "SHORT"
    hooks.remove_all_filters("pre_do_shortcode_tag")
    hooks.add_filter("do_shortcode_tag", lambda out, tag, attr, m: out.upper(), 10, 4)
    assert reg.do_shortcode("[foo]") == "FOO:'':''"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("   ", "", id="blank"),
        pytest.param('a="1" B=\'2\' c=3', {"a": "1", "b": "2", "c": "3"}, id="three-quote-styles"),
        pytest.param('x "y z" \'w\'', {0: "x", 1: "y z", 2: "w"}, id="positional"),
        pytest.param('a="1\\n2"', {"a": "1\n2"}, id="c-escapes"),
        pytest.param('a="<b>ok</b>" c="<b"', {"a": "<b>ok</b>", "c": ""}, id="unclosed-html-rejected"),
        pytest.param("a=\u00a0\"1\"", {"a": "1"}, id="nbsp-is-space"),
        pytest.param('5="x" y', {5: "x", 6: "y"}, id="numeric-name-is-int-key"),
    ],
)
def test_shortcode_parse_atts(text: str, expected: Any) -> None:
    assert shortcode_parse_atts(text) == expected


def test_shortcode_atts_keeps_only_known_names() -> None:
    assert shortcode_atts({"a": "x", "b": "y"}, {"a": "1", "c": "3"}) == {"a": "1", "b": "y"}
    assert shortcode_atts({"a": "x"}, "") == {"a": "x"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a[gallery]b", "ab", id="self-contained"),
        pytest.param("a[caption]<img>x[/caption]b", "ab", id="enclosing-removed-with-content"),
        pytest.param("a[[gallery]]b", "a[gallery]b", id="escaped-kept"),
        pytest.param("a[foo]b", "a[foo]b", id="unknown-kept"),
        pytest.param("<div [gallery]>", "<div [gallery]>", id="inside-tag-kept"),
    ],
)
def test_strip_shortcodes_with_core_tags(text: str, expected: str) -> None:
    assert strip_shortcodes(text) == expected


def test_registry_get_shortcode_regex_names_tags() -> None:
    reg = ShortcodeRegistry()
    reg.add_shortcode("a.b", _dump)
    assert r"(a\.b)" in reg.get_shortcode_regex()
