"""Properties of slugs, accents, word trimming and shortcodes that hold for any input."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broadsheet.formatting.accents import remove_accents
from broadsheet.formatting.media_shortcodes import core_shortcodes, do_shortcode_for_vectors
from broadsheet.formatting.sanitize import (
    sanitize_key,
    sanitize_text_field,
    sanitize_textarea_field,
    sanitize_title,
    sanitize_title_with_dashes,
    sanitize_user,
)
from broadsheet.formatting.shortcodes import ShortcodeRegistry, _scanner, shortcode_parse_atts, strip_shortcodes
from broadsheet.formatting.words import wp_trim_words


def _kses_has(name: str) -> bool:
    from broadsheet.formatting import kses

    return hasattr(kses, name)


#: do_shortcode parses the attributes of HTML tags holding brackets with kses (helper F2's module).
needs_attr_parse = pytest.mark.skipif(
    not _kses_has("wp_kses_attr_parse"), reason="formatting.kses has no wp_kses_attr_parse yet"
)

SLUG = re.compile(r"[a-z0-9_%-]*")

#: Text biased towards the characters these functions treat specially.
texts = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            list("[]/=\"' <>&%;.-_\n\t\u00a0\u200bÄäßÆøåĐđl·") + ["&nbsp;", "&amp;", "%c2", "[/", "[[", "]]"]
        ),
    ),
    max_size=120,
).map("".join)


@given(texts)
def test_sanitize_title_only_emits_slug_characters(title: str) -> None:
    assert SLUG.fullmatch(sanitize_title(title))


@given(texts, st.sampled_from(["display", "save", "query"]))
def test_sanitize_title_with_dashes_only_emits_slug_characters(title: str, context: str) -> None:
    slug = sanitize_title_with_dashes(title, "", context)
    assert SLUG.fullmatch(slug)
    assert not slug.startswith("-") and not slug.endswith("-") and "--" not in slug


@given(texts)
def test_sanitize_title_is_idempotent_on_plain_slugs(title: str) -> None:
    slug = sanitize_title(title)
    if "%" not in slug:
        assert sanitize_title(slug) == slug


@given(texts, st.sampled_from(["", "de_DE", "de_CH_informal", "da_DK", "ca", "sr_RS", "bs_BA", "fr_FR"]))
def test_remove_accents_never_raises_and_keeps_ascii(text: str, locale: str) -> None:
    out = remove_accents(text, locale)
    if text.isascii():
        assert out == text


@pytest.mark.skipif(not _kses_has("wp_pre_kses_less_than"), reason="formatting.kses has no wp_pre_kses_less_than yet")
@given(texts)
def test_text_sanitisers_never_raise(text: str) -> None:
    assert "\n" not in sanitize_text_field(text)
    sanitize_textarea_field(text)
    sanitize_user(text)
    sanitize_user(text, strict=True)
    assert re.fullmatch(r"[a-z0-9_-]*", sanitize_key(text))


@given(texts, st.integers(min_value=-3, max_value=60), st.one_of(st.none(), st.text(max_size=10)))
def test_wp_trim_words_never_raises(text: str, count: int, more: str | None) -> None:
    wp_trim_words(text, count, more)


@needs_attr_parse
@given(texts)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_shortcode_functions_never_raise(text: str) -> None:
    shortcode_parse_atts(text)
    strip_shortcodes(text)
    do_shortcode_for_vectors(text)


# -- bounded time on adversarial input -------------------------------------------------------
ADVERSARIAL = [
    pytest.param("[[[[" * 250_000, id="open-brackets"),
    pytest.param('[caption a b="' * 70_000, id="unclosed-attribute"),
    pytest.param("[caption]" * 110_000, id="unclosed-enclosing"),
    pytest.param("[caption /" * 100_000, id="slash-no-bracket"),
    pytest.param("<a [caption]" * 80_000 + "]", id="brackets-in-tags", marks=needs_attr_parse),
    pytest.param("[embed][/embed" * 70_000, id="broken-closing"),
    pytest.param("%" * 1_000_000, id="percent-signs"),
    pytest.param("&" * 500_000 + ";", id="entity-run"),
    pytest.param("a " * 500_000, id="many-words"),
    pytest.param("&" * 1_000_000, id="ampersands-without-semicolon"),
    pytest.param("%" * 500_000 + "41" * 500_000, id="nested-octets"),
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_megabyte_of_adversarial_input_finishes_quickly(text: str) -> None:
    registry = core_shortcodes()
    # CPU time, not wall time: other test processes on the machine must not make this flaky.
    start = time.process_time()
    registry.do_shortcode(text)
    registry.strip_shortcodes(text)
    shortcode_parse_atts(text[:200_000])
    sanitize_title(text)
    sanitize_user(text)
    wp_trim_words(text, 55)
    if "<" not in text:
        sanitize_text_field(text)
    assert time.process_time() - start < 10


# -- the linear scanner finds exactly what WordPress's regex finds ----------------------------
shortcode_soup = st.lists(
    st.sampled_from(["[", "]", "/", "[/", "a", "b", "ab", "a-b", "=", '"', " ", "x", "\n", "[[", "]]"]),
    max_size=40,
).map("".join)


def _echo(attr: object, content: str, tag: str) -> str:
    return f"<{tag}|{content}>"


@given(shortcode_soup)
def test_scanner_agrees_with_wordpress_regex(text: str) -> None:
    registry = ShortcodeRegistry()
    for tag in ("a", "ab", "b"):
        registry.add_shortcode(tag, _echo)
    tagnames = ("a", "ab", "b")
    pattern = re.compile(registry.get_shortcode_regex(tagnames), re.ASCII)
    expected = [
        (m.start(), m.end(), m.group(2), m.group(3), m.group(4) or "", m.group(5) or "", m.group(1), m.group(6))
        for m in pattern.finditer(text)
    ]
    found = [
        (m.start, m.end, m.tag, m.attr_text, m.self_closing, m.content, m.open_escape, m.close_escape)
        for m in _scanner(tagnames).finditer(text)
    ]
    assert found == expected
