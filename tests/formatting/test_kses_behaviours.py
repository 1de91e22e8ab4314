"""kses, URL and tidying behaviours the vectors do not exercise (custom allow lists, options,
the XML entity context, PHP ``strip_tags`` corners)."""

from __future__ import annotations

import dataclasses

import pytest

from broadsheet.formatting.balance import balanceTags, force_balance_tags
from broadsheet.formatting.clickable import make_clickable
from broadsheet.formatting.kses import (
    wp_kses,
    wp_kses_allowed_html,
    wp_kses_attr_parse,
    wp_kses_bad_protocol,
    wp_kses_normalize_entities,
    wp_kses_one_attr,
    wp_kses_post,
    wp_pre_kses_less_than,
)
from broadsheet.formatting.safecss import safecss_filter_attr
from broadsheet.formatting.settings import VECTOR_SETTINGS
from broadsheet.formatting.strip import strip_tags, wp_strip_all_tags
from broadsheet.formatting.urls import (
    esc_url,
    esc_url_raw,
    sanitize_url,
    wp_allowed_protocols,
)


@pytest.mark.parametrize(("allowed", "text", "expected"), [
    pytest.param({"b": {"class": True}}, '<b class="x" id="y">t</b><i>z</i>', '<b class="x">t</b>z',
                 id="explicit-allow-list"),
    pytest.param({"a": {"title": {"maxlen": 3}}}, '<a title="abcd">x</a><a title="abc">y</a>',
                 '<a>x</a><a title="abc">y</a>', id="maxlen"),
    pytest.param({"p": {"dir": {"values": ["rtl", "ltr"]}}}, '<p dir="RTL">x</p><p dir="up">y</p>',
                 '<p dir="RTL">x</p><p>y</p>', id="values-case-insensitive"),
    pytest.param({"a": {"download": {"valueless": "y"}}}, '<a download>x</a><a download="f">y</a>',
                 "<a download>x</a><a>y</a>", id="valueless"),
    pytest.param({"img": {"width": {"maxval": 100}}}, '<img width="99"><img width="101">',
                 '<img width="99"><img>', id="maxval"),
    pytest.param({"div": {"data-*": True}}, '<div data-a-b="1" data-="x" data-ü="y">t</div>',
                 '<div data-a-b="1">t</div>', id="data-wildcard"),
])
def test_explicit_allow_lists_apply_their_rules(allowed: dict, text: str, expected: str) -> None:
    assert wp_kses(text, allowed) == expected


def test_user_description_context_also_allows_rel_on_links() -> None:
    assert wp_kses_allowed_html("user_description")["a"]["rel"] is True
    assert wp_kses('<a href="http://x.org" rel="me">x</a>', "pre_user_description") == (
        '<a href="http://x.org" rel="me">x</a>'
    )


def test_strip_context_keeps_no_element() -> None:
    assert wp_kses("<b>bold</b> <em>em</em>", "strip") == "bold em"


@pytest.mark.parametrize(("text", "context", "expected"), [
    pytest.param("AT&T", "html", "AT&amp;T", id="bare-ampersand"),
    pytest.param("&#00058;", "html", "&#058;", id="zero-padded-decimal"),
    pytest.param("&#XYZZY;", "html", "&amp;#XYZZY;", id="not-a-number"),
    pytest.param("&#x0003A;", "html", "&#x3A;", id="zero-padded-hex"),
    pytest.param("&#1114112;", "html", "&amp;#1114112;", id="beyond-unicode"),
    pytest.param("&hellip;&foo;", "html", "&hellip;&amp;foo;", id="unknown-name"),
    pytest.param("AT&T&hellip;&#XYZZY;&lt;", "xml", "AT&amp;T…&amp;#XYZZY;&lt;", id="xml-decodes-html-names"),
])
def test_normalize_entities(text: str, context: str, expected: str) -> None:
    assert wp_kses_normalize_entities(text, context) == expected


@pytest.mark.parametrize(("url", "expected"), [
    pytest.param("javascript:javascript:alert(57)", "alert(57)", id="repeated-scheme"),
    pytest.param("feed:javascript:alert(1)", "feed:alert(1)", id="feed-wrapping"),
    pytest.param("java\tscript:alert(1)", "alert(1)", id="whitespace-in-scheme"),
    pytest.param("&#106;avascript&#58;alert(1)", "alert(1)", id="entity-scheme-and-colon"),
    pytest.param("https://example.org/a:b", "https://example.org/a:b", id="http-short-circuit"),
    pytest.param("/?x=a:b", "/?x=a:b", id="colon-after-slash-query"),
    pytest.param("/path?x=a:b", "b", id="colon-in-relative-path"),
])
def test_bad_protocol_removes_disallowed_schemes(url: str, expected: str) -> None:
    assert wp_kses_bad_protocol(url, wp_allowed_protocols()) == expected


@pytest.mark.parametrize(("css", "expected"), [
    pytest.param("color: red; behavior: url(x.htc)", "color: red", id="unknown-property"),
    pytest.param("background: url('http://x.org/a.png')", "background: url('http://x.org/a.png')",
                 id="url-allowed"),
    pytest.param("background: url(javascript:alert(1))", "", id="url-bad-protocol"),
    pytest.param("width: calc(100% - (2 * 3px))", "width: calc(100% - (2 * 3px))", id="nested-calc"),
    pytest.param("width: calc(100% - (2px)", "", id="unbalanced-calc"),
    pytest.param("--my-var: 1px; --bad var: 2px", "--my-var: 1px", id="custom-properties"),
    pytest.param("background: linear-gradient(red, rgba(0,0,0,0.5))",
                 "background: linear-gradient(red, rgba(0,0,0,0.5))", id="gradient"),
])
def test_safecss_filter_attr(css: str, expected: str) -> None:
    assert safecss_filter_attr(css) == expected


def test_pdf_objects_are_kept_only_from_this_sites_uploads() -> None:
    local = '<object type="application/pdf" data="http://example.org/wp-content/uploads/a.pdf" />'
    remote = '<object type="application/pdf" data="http://example.net/a.pdf" />'
    assert wp_kses_post(local) == local
    assert wp_kses_post(remote) == ""


@pytest.mark.parametrize(("function", "url", "expected"), [
    pytest.param(esc_url, "http://x.org/?a=1&b='2'", "http://x.org/?a=1&#038;b=&#039;2&#039;",
                 id="display-encodes"),
    pytest.param(esc_url_raw, "http://x.org/?a=1&b='2'", "http://x.org/?a=1&b='2'", id="raw-keeps"),
    pytest.param(sanitize_url, "javascript:alert(1)", "", id="sanitize-drops-scripts"),
    pytest.param(esc_url_raw, "mailto:a@b.c?body=x%0Ay", "mailto:a@b.c?body=x%0Ay",
                 id="mailto-keeps-newline-escapes"),
])
def test_url_escaping_contexts(function, url: str, expected: str) -> None:
    assert function(url) == expected


def test_esc_url_prepends_https_when_https_is_the_first_protocol() -> None:
    assert esc_url("example.com", ["https", "http"]) == "https://example.com"
    assert esc_url("example.com", ["http", "https"]) == "http://example.com"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("a < b and c > d", "a < b and c > d", id="spaced-angles-are-text"),
    pytest.param("<?php echo '>'; ?>after", "after", id="php-block"),
    pytest.param('<a title=">">x</a>', "x", id="quoted-gt"),
    pytest.param("<!-- <b>hidden</b> -->shown", "shown", id="comment"),
    pytest.param("<!DOCTYPE html>text", "text", id="doctype"),
    pytest.param("a\0b", "ab", id="nul-dropped"),
])
def test_strip_tags_follows_php(text: str, expected: str) -> None:
    assert strip_tags(text) == expected


def test_wp_strip_all_tags_drops_script_and_style_contents_and_breaks() -> None:
    text = " <p>a</p><script>evil()</script>\n\t<style>p{}</style>b  c "
    assert wp_strip_all_tags(text) == "a\n\tb  c"
    assert wp_strip_all_tags(text, True) == "a b c"


def test_balance_tags_follows_the_use_balance_tags_option() -> None:
    text = "<b>open"
    assert balanceTags(text) == text
    assert balanceTags(text, True) == "<b>open</b>"
    on = dataclasses.replace(VECTOR_SETTINGS, use_balance_tags=True)
    assert balanceTags(text, settings=on) == "<b>open</b>"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("<div><p>x</div>", "<div><p>x</p></div>", id="closes-inner-first"),
    pytest.param("</b>x", "x", id="drops-stray-closer"),
    pytest.param("<br>", "<br />", id="void-self-closes"),
    pytest.param("<p/>", "<p></p>", id="self-closed-non-void"),
    pytest.param("<my-el>x", "<my-el>x</my-el>", id="custom-element"),
    pytest.param("I <3 you", "I &lt;3 you", id="less-than-digit"),
])
def test_force_balance_tags(text: str, expected: str) -> None:
    assert force_balance_tags(text) == expected


@pytest.mark.parametrize(("element", "expected"), [
    pytest.param('<a href="x" title=\'y\' z data-x=1 />',
                 ["<a ", 'href="x" ', "title='y' ", "z ", "data-x=1", " />"], id="all-quote-styles"),
    pytest.param('<img src=[foo] alt="[bar]">', ["<img ", "src=[foo] ", 'alt="[bar]"', ">"],
                 id="shortcodes-in-values"),
    pytest.param("</a>", None, id="closing-tag"),
    pytest.param('<a "bad">', None, id="not-an-attribute-list"),
])
def test_attr_parse_splits_without_filtering(element: str, expected: list[str] | None) -> None:
    assert wp_kses_attr_parse(element) == expected
    if expected is not None:
        assert "".join(expected) == element


@pytest.mark.parametrize(("attr", "element", "expected"), [
    pytest.param(' href="javascript:alert(1)" ', "a", ' href="alert(1)" ', id="bad-protocol"),
    pytest.param('onclick="x()"', "a", "", id="not-allowed"),
    pytest.param("title='a&b'", "a", "title='a&amp;b'", id="escaped-in-place"),
    pytest.param('style="color: red; x: y"', "a", 'style="color: red"', id="style-filtered"),
    pytest.param('title="unclosed', "a", "", id="unbalanced-quote"),
])
def test_one_attr_escapes_and_checks(attr: str, element: str, expected: str) -> None:
    assert wp_kses_one_attr(attr, element) == expected


def test_pre_kses_less_than_escapes_only_unclosed_angles() -> None:
    assert wp_pre_kses_less_than("a < b <c> d <e") == "a &lt; b <c> d &lt;e"


def test_make_clickable_adds_ugc_under_comment_text_and_no_nofollow_for_home_links() -> None:
    text = "see http://x.org and http://example.org/a"
    assert make_clickable(text) == (
        'see <a href="http://x.org" rel="nofollow">http://x.org</a> and '
        '<a href="http://example.org/a">http://example.org/a</a>'
    )
    assert make_clickable(text, current_filter="comment_text") == (
        'see <a href="http://x.org" rel="nofollow ugc">http://x.org</a> and '
        '<a href="http://example.org/a" rel="ugc">http://example.org/a</a>'
    )
