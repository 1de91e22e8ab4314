"""Properties of kses, URL escaping and the HTML tidiers that no vector list can pin down.

* ``wp_kses_post`` output, read by an HTML parser, never holds a ``<script>`` element, an
  ``on*`` event-handler attribute or a ``javascript:``/``vbscript:``/``data:`` URL, however
  the input hides them (case, entities, control characters, split tags).
* None of these functions raises on arbitrary text.
* A ~1 MB adversarial input finishes in bounded time (no catastrophic backtracking).
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broadsheet.formatting.balance import balanceTags, force_balance_tags
from broadsheet.formatting.clickable import make_clickable
from broadsheet.formatting.kses import (
    wp_kses,
    wp_kses_attr_parse,
    wp_kses_bad_protocol,
    wp_kses_normalize_entities,
    wp_kses_one_attr,
    wp_kses_post,
    wp_pre_kses_less_than,
)
from broadsheet.formatting.safecss import safecss_filter_attr
from broadsheet.formatting.strip import wp_strip_all_tags
from broadsheet.formatting.urls import esc_url, esc_url_raw, wp_allowed_protocols

PROPERTY_SETTINGS = settings(
    deadline=2000, max_examples=300, suppress_health_check=[HealthCheck.too_slow]
)

#: Attributes a browser follows as a URL.
URL_ATTRIBUTES = frozenset((
    "href", "src", "action", "formaction", "poster", "cite", "data", "background", "longdesc",
    "usemap", "codebase", "xlink:href", "srcset", "icon", "manifest", "profile", "xmlns",
))
_URL_NOISE = re.compile(r"[\x00-\x20]")
_DANGEROUS_SCHEME = re.compile(r"^(?:javascript|vbscript|data):", re.IGNORECASE)

# Pieces of real attacks: obfuscated schemes, event handlers, split and nested script tags.
FRAGMENTS = [
    "<script>", "</script>", "<SCRIPT SRC=x.js>", "<scr", "ipt>", "<<script>", "<script ",
    "<ScRiPt/x>", "<a href=", "<a href=\"", "<img src=", "<img src='", "<iframe src=",
    "<svg onload=", "<div ", "<p style=\"", "<form action=", "<button formaction=",
    "javascript:", "JaVaScRiPt:", "jav&#x09;ascript:", "jav\tascript:", "java\nscript:",
    "&#106;avascript:", "&#x6A;avascript:", "&#0000106avascript:", "javascript&colon;",
    "javascript&#58;", "javascript&#x3a;", "vbscript:", "data:text/html,", "feed:javascript:",
    "onclick=", " onload=", "ONERROR=", "onmouseover='", "on\x00click=", "alert(1)",
    "\"", "'", "`", "=", ">", "<", "/", "/>", " ", "\t", "\n", "\x00", "\\0", "&", ";",
    "<!--", "-->", "--!>", "<!", "</", "<![CDATA[", "]]>", "&lt;", "&gt;", "&quot;", "&#39;",
    "x", "a", "b", "http://example.com/", "url(", ")", "expression(",
]
attack_text = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
any_text = st.text(max_size=300)


class _TagCollector(HTMLParser):
    """Every start tag an HTML parser sees, with its decoded attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _parsed_tags(markup: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _TagCollector()
    parser.feed(markup)
    parser.close()
    return parser.tags


def _assert_harmless(output: str) -> None:
    """No script element, no event handler, no script-capable URL in ``output``."""
    assert not re.search(r"<[\s/]*script", output, re.IGNORECASE), output
    for tag, attrs in _parsed_tags(output):
        assert tag != "script", output
        for name, value in attrs:
            assert not name.startswith("on"), output
            if name in URL_ATTRIBUTES and value is not None:
                url = _URL_NOISE.sub("", html.unescape(value))
                assert not _DANGEROUS_SCHEME.match(url), output


@PROPERTY_SETTINGS
@given(attack_text)
def test_kses_post_never_lets_through_script_handlers_or_script_urls(text: str) -> None:
    _assert_harmless(wp_kses_post(text))


@PROPERTY_SETTINGS
@given(attack_text)
def test_kses_post_output_is_stable_when_filtered_again(text: str) -> None:
    """Filtering kses output again keeps it harmless (a second pass is what a re-save does)."""
    once = wp_kses_post(text)
    _assert_harmless(wp_kses_post(once))


@PROPERTY_SETTINGS
@given(attack_text, st.sampled_from(["data", "title", "strip"]))
def test_kses_contexts_never_let_through_scripts(text: str, context: str) -> None:
    _assert_harmless(wp_kses(text, context))


@PROPERTY_SETTINGS
@given(attack_text)
def test_kses_strip_leaves_no_tag(text: str) -> None:
    assert _parsed_tags(wp_kses(text, "strip")) == []


@PROPERTY_SETTINGS
@given(attack_text)
def test_esc_url_never_returns_a_script_url(text: str) -> None:
    for url in (esc_url(text), esc_url_raw(text)):
        assert not _DANGEROUS_SCHEME.match(_URL_NOISE.sub("", html.unescape(url))), url


@PROPERTY_SETTINGS
@given(attack_text)
def test_bad_protocol_never_returns_a_script_url(text: str) -> None:
    cleaned = wp_kses_bad_protocol(text, wp_allowed_protocols())
    decoded = _URL_NOISE.sub("", html.unescape(cleaned))
    assert not _DANGEROUS_SCHEME.match(decoded), cleaned


@PROPERTY_SETTINGS
@given(attack_text)
def test_make_clickable_links_only_safe_urls(text: str) -> None:
    for tag, attrs in _parsed_tags(make_clickable(wp_kses_post(text))):
        for name, value in attrs:
            if tag == "a" and name == "href" and value is not None:
                assert not _DANGEROUS_SCHEME.match(_URL_NOISE.sub("", value)), value


_FUNCTIONS: dict[str, Callable[[str], object]] = {
    "wp_kses_post": wp_kses_post,
    "wp_kses data": lambda text: wp_kses(text, "data"),
    "wp_kses strip": lambda text: wp_kses(text, "strip"),
    "esc_url": esc_url,
    "esc_url db": esc_url_raw,
    "esc_url https": lambda text: esc_url(text, ["https"]),
    "make_clickable": make_clickable,
    "wp_strip_all_tags": wp_strip_all_tags,
    "wp_strip_all_tags breaks": lambda text: wp_strip_all_tags(text, True),
    "force_balance_tags": force_balance_tags,
    "balanceTags": lambda text: balanceTags(text, True),
    "safecss_filter_attr": safecss_filter_attr,
    "wp_kses_normalize_entities": wp_kses_normalize_entities,
    "wp_kses_normalize_entities xml": lambda text: wp_kses_normalize_entities(text, "xml"),
    "wp_pre_kses_less_than": wp_pre_kses_less_than,
    "wp_kses_one_attr": lambda text: wp_kses_one_attr(text, "a"),
    "wp_kses_attr_parse": lambda text: str(wp_kses_attr_parse("<a " + text + ">")),
}


@PROPERTY_SETTINGS
@given(st.one_of(any_text, attack_text))
def test_no_function_raises_on_arbitrary_text(text: str) -> None:
    for function in _FUNCTIONS.values():
        assert isinstance(function(text), str)


_MB = 1_000_000

#: Inputs shaped to make a backtracking regex, a rescan loop or a recursion blow up.
ADVERSARIAL: dict[str, str] = {
    "unclosed angles": "<" * _MB,
    "stray closers": ">" * _MB,
    "unclosed tags": "<a " * (_MB // 3),
    "unclosed comment starts": "<!--" * (_MB // 4),
    "endless quotes in a tag": '<a title="' + '"' * _MB + ">",
    "many attributes": "<a " + "x=1 " * (_MB // 4) + ">",
    "bare ampersands": "&#" * (_MB // 2),
    "nested css functions": '<p style="' + "calc(" * (_MB // 5) + '">',
    "stacked schemes": '<a href="' + "javascript:" * (_MB // 11) + '">',
    "long url": "http://" + "a" * _MB,
    "url with parentheses": ("http://x.com/" + "a(" * 1000 + " ") * (_MB // 2014),
    "dotted words": " www." + "a." * (_MB // 2) + "@x",
    "nested newline escapes": "http://x/" + "%0" * (_MB // 3) + "D" * (_MB // 3),
    "backslashes in a URL": '<a href="' + "\\" * _MB + '">',
    "unclosed css urls": '<p style="background: ' + "url(" * (_MB // 4) + '">',
    "whitespace inside a tag": "<b" + " " * _MB + "x>",
    "whitespace around text": " " * (_MB // 2) + "x=" + " " * (_MB // 2),
    "unclosed script elements": "<script>" * (_MB // 8),
    "links in links": "<a " * (_MB // 6) + "x</a></a>",
    "mixed markup": "<b>x</b> http://e.com/a?b=c&d <!-- c --> <i>" * (_MB // 50),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_megabyte_adversarial_input_finishes_in_bounded_time(name: str) -> None:
    text = ADVERSARIAL[name]
    for label, function in _FUNCTIONS.items():
        started = time.perf_counter()
        function(text)
        elapsed = time.perf_counter() - started
        assert elapsed < 10, f"{label} took {elapsed:.1f}s on {name!r}"
