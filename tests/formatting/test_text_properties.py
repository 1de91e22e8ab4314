"""Properties of the core text transforms: total on any text, linear on adversarial text.

Where a port replaces one of WordPress's regexes by a linear scanner (to avoid the quadratic
rescans PCRE also does), the scanner is checked against the plain regex on small inputs.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from broadsheet.formatting import autop, embed, smilies, texturize
from broadsheet.formatting.autop import shortcode_unautop, wpautop
from broadsheet.formatting.chars import SPACES, capital_P_dangit, convert_chars
from broadsheet.formatting.escape import (
    ENT_QUOTES,
    esc_attr,
    esc_html,
    esc_textarea,
    wp_specialchars_decode,
)
from broadsheet.formatting.html_split import wp_html_split, wp_replace_in_html_tags
from broadsheet.formatting.smilies import convert_smilies
from broadsheet.formatting.texturize import wptexturize

TRANSFORMS: dict[str, Callable[[str], str]] = {
    "wptexturize": wptexturize,
    "wpautop": wpautop,
    "wpautop_no_br": lambda text: wpautop(text, False),
    "shortcode_unautop": shortcode_unautop,
    "wp_replace_in_html_tags": lambda text: wp_replace_in_html_tags(text, {"\n": " ", "<": "&lt;"}),
    "convert_chars": convert_chars,
    "capital_P_dangit": capital_P_dangit,
    "convert_smilies": convert_smilies,
    "esc_html": esc_html,
    "esc_attr": esc_attr,
    "esc_textarea": esc_textarea,
    "wp_specialchars_decode": lambda text: wp_specialchars_decode(text, ENT_QUOTES),
}

# Pieces that steer generated text into the interesting corners of the patterns.
HTMLISH = st.lists(st.sampled_from([
    "<", ">", "</", "<p>", "</p>", "<p ", "<br />", "<pre>", "</pre>", "<!--", "-->", "[", "]",
    "[/", "[caption", "[/caption]", "[code]", "[/code]", "[[", "]]", "/", "'", '"', "-", "--",
    "...", "x", "9", "0", "1.5", " ", "\n", "\t", "\xa0", "&nbsp;", "&", "&amp;", "&#039;",
    ":)", ":mrgreen:", "8-)", "<code>", "</code>", "<script>", "</script>", "<blockquote a=\">\">",
    "<object>", "</object>", "<param ", "<div>", "</div>", "<li", "=", "a",
]), max_size=40).map("".join)


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(), HTMLISH))
def test_transform_returns_text_for_any_input(name: str, text: str) -> None:
    assert isinstance(TRANSFORMS[name](text), str)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), HTMLISH))
def test_wp_html_split_alternates_text_and_elements_and_loses_nothing(text: str) -> None:
    pieces = wp_html_split(text)
    assert "".join(pieces) == text
    assert len(pieces) % 2 == 1
    assert all(piece.startswith("<") for piece in pieces[1::2])


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), HTMLISH))
def test_esc_html_leaves_no_markup_characters(text: str) -> None:
    assert not set("<>\"'") & set(esc_html(text))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_esc_textarea_round_trips_through_wp_specialchars_decode(text: str) -> None:
    assert wp_specialchars_decode(esc_textarea(text), ENT_QUOTES) == text


# --- linear scanners agree with the regexes they replace -------------------------------------

_ALLBLOCKS = autop._ALLBLOCKS
REFERENCE_SUBS: dict[str, tuple[Callable[[str], str], str, str]] = {
    "P_AFTER_BLOCK": (lambda t: autop._keep_group(autop._P_AFTER_BLOCK, t),
                      rf"(</?{_ALLBLOCKS}[^>]*>)\s*</p>", r"\1"),
    "BR_AFTER_BLOCK": (lambda t: autop._keep_group(autop._BR_AFTER_BLOCK, t),
                       rf"(</?{_ALLBLOCKS}[^>]*>)\s*<br />", r"\1"),
    "OBJECT_OPEN": (autop._OBJECT_OPEN.sub, r"(<object[^>]*>)\s*", r"\1"),
    "PARAM_EMBED": (autop._PARAM_EMBED.sub, r"\s*(</?(?:param|embed)[^>]*>)\s*", r"\1"),
    "MEDIA_OPEN": (autop._MEDIA_OPEN.sub, r"([<\[](?:audio|video)[^>\]]*[>\]])\s*", r"\1"),
    "SOURCE_TRACK": (autop._SOURCE_TRACK.sub, r"\s*(<(?:source|track)[^>]*>)\s*", r"\1"),
    "FIGCAPTION_OPEN": (autop._FIGCAPTION_OPEN.sub, r"\s*(<figcaption[^>]*>)", r"\1"),
    "BEFORE_OPTION": (lambda t: autop._drop_space_before(t, autop._OPTION_OPEN), r"\s*<option",
                      "<option"),
    "OBJECT_CLOSE": (lambda t: autop._drop_space_before(t, autop._OBJECT_CLOSE), r"\s*</object>",
                     "</object>"),
    "MEDIA_CLOSE": (lambda t: autop._drop_space_before(t, autop._MEDIA_CLOSE),
                    r"\s*([<\[]/(?:audio|video)[>\]])", r"\1"),
    "NEWLINES_TO_BR": (autop._newlines_to_br, r"(?<!<br />)\s*\n", "<br />\n"),
    "UNCLOSED_P": (autop._close_unclosed_p, r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>"),
    "FINAL_NEWLINE_P": (autop._drop_final_newline_before_p, r"\n</p>$", "</p>"),
}
TAG_SOUP = st.lists(st.sampled_from([
    "<", ">", "]", "[", "/", "<p", "</p>", "<param", "<embed", "</object>", "<object", "<audio",
    "[video", "</audio>", "[/video]", "<source", "<track", "<figcaption", "<option", "<br />",
    "<br", "<div", "</li>", " ", "  ", "\n", "\t", "x", "=", "</div>", "</DIV>", "</td>", "</th>",
    "</thead>", "</h2>", "</details>", "\n</p>", "<p>", "</form>", "</address>", "</div",
]), max_size=30).map("".join)


@pytest.mark.parametrize("name", sorted(REFERENCE_SUBS))
@settings(max_examples=300, deadline=None)
@given(text=TAG_SOUP)
def test_autop_scanner_matches_wordpress_regex(name: str, text: str) -> None:
    scanner, pattern, replacement = REFERENCE_SUBS[name]
    assert scanner(text) == re.sub(pattern, replacement, text, flags=re.ASCII)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["'", '"', "-", "--", "---", "...", "``", "''", " (tm)", "9", "x", "0x",
                                      " ", "\n", "a", "<!--", "'em", "(", ".", "1x2"]),
                     max_size=20).map("".join))
def test_texturized_run_without_ampersand_needs_no_ampersand_step(text: str) -> None:
    # _texturize_text skips the '&' step for runs with no '&': the step must be a no-op there.
    out = texturize._texturize_text(text.replace("&", ""))
    assert texturize._ENTITY_LIKE_AMP.sub("&#038;", out) == out


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["'", "t", "tain", "w", "ere", "as", "ill", "is", "il", "bout",
                                      "nuff", "round", "cause", "em", "x", "'em"]), max_size=12).map("".join))
def test_cockney_trie_finds_exactly_the_cockney_words(text: str) -> None:
    found = texturize._ANY_COCKNEY.search(text) is not None
    assert found == any(word in text for word in texturize._COCKNEY)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["<", ">", "/", "/>", " ", "\n", "<hr", "<hr>", "<hr />", "<hr\n/>", "<hr/ >",
                                      "<hrx>", "<h2>", "</h2>", "<div", "</div>", "<p>", "</p>", "<pre ", "</pre>",
                                      "</DIV>", "<li>", "x"]), max_size=25).map("".join))
def test_block_tag_spacing_matches_wordpress_three_regexes(text: str) -> None:
    expected = re.sub(rf"(<{_ALLBLOCKS}[\s/>])", "\n\n\\1", text, flags=re.ASCII)
    expected = re.sub(rf"(</{_ALLBLOCKS}>)", "\\1\n\n", expected, flags=re.ASCII)
    expected = re.sub(r"(<hr\s*?/?>)", "\\1\n\n", expected, flags=re.ASCII)
    assert autop._space_block_tags(text) == expected


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from([" ", "\n", "\t", "\r", "\f", "\v", "\xa0", "x", "<br />", "<br /",
                                      ">", "\n\n"]), max_size=30).map("".join))
def test_newline_runs_split_equal_the_run_pattern(text: str) -> None:
    # The split-based rewrite against the single pattern it replaced (every whitespace kind).
    assert autop._runs_to_br(text) == autop._NEWLINE_RUN.sub("<br />\n", text)
    assert autop._newlines_to_br(text) == re.sub(r"(?<!<br />)\s*\n", "<br />\n", text, flags=re.ASCII)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from([" ", "\n", "\n\n", "\n\n\n", "\t", "\f", "\v", "\xa0", "x", "<p>", "</p>",
                                      "<p", "p>", "</"]), max_size=30).map("".join))
def test_paragraph_wrapping_matches_wordpress_steps(text: str) -> None:
    # WordPress collapses newline runs, splits, wraps each piece, then drops <p>\s*</p>.
    collapsed = re.sub(r"\n\n+", "\n\n", text)
    pieces = [piece for piece in re.split(r"\n\s*\n", collapsed, flags=re.ASCII) if piece]
    wrapped = "".join(f"<p>{piece.strip(chr(10))}</p>\n" for piece in pieces)
    assert autop._wrap_paragraphs(text) == re.sub(r"<p>\s*</p>", "", wrapped, flags=re.ASCII)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["<script", "<style>", "</script>", "</style>", "<svg",
                                      "</svg>", "<math", "</math>", "\n", "x", "<"]),
                     max_size=25).map("".join))
def test_newline_preservation_matches_wordpress_regex(text: str) -> None:
    expected = re.sub(r"<(script|style|svg|math).*?</\1>",
                      lambda m: m.group(0).replace("\n", "<WPPreserveNewline />"), text, flags=re.DOTALL)
    assert autop._preserve_newlines(text) == expected


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(["<p><blockquote", "<P><BLOCKQUOTE", " a=", '"', "'", ">", "x",
                                      "<p>", "<blockquote", " "]), max_size=25).map("".join))
def test_blockquote_scanner_matches_wordpress_regex(text: str) -> None:
    expected = re.sub(r"<p><blockquote((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", r"<blockquote\1><p>", text,
                      flags=re.IGNORECASE)
    assert autop._move_p_into_blockquote(text) == expected


def _unautop_reference(text: str) -> str:
    """WordPress's ``shortcode_unautop`` pattern, as a plain (worst-case quadratic) regex."""
    tags = "|".join(texturize.CORE_SHORTCODE_TAGS)
    pattern = (
        rf"<p>(?:{SPACES})*+(\[({tags})(?![\w-])[^\]/]*(?:/(?!\])[^\]/]*)*?"
        rf"(?:/\]|\](?:[^\[]*+(?:\[(?!/\2\])[^\[]*+)*+\[/\2\])?))(?:{SPACES})*+</p>"
    )
    return re.sub(pattern, r"\1", text, flags=re.ASCII)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from([
    "<p>", "</p>", "[caption", "[video", "[captions", "]", "/]", "/", "[/caption]", "[/video]",
    "[", " ", "&nbsp;", "\xa0", "\n", "x", "-", "<p> ",
]), max_size=25).map("".join))
def test_shortcode_unautop_scanner_matches_wordpress_regex(text: str) -> None:
    assert shortcode_unautop(text) == _unautop_reference(text)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["x", "1", "0", "9", ".", ",", "a", "_", " ", "x1", "0x"]),
                     max_size=25).map("".join))
def test_times_scanner_matches_wordpress_regex(text: str) -> None:
    # PCRE: \b(\d(?(?<=0)[\d\.,]+|[\d\.,]*))x(\d[\d\.,]*)\b
    expected = re.sub(r"\b(0[\d.,]+|[1-9][\d.,]*)x(\d[\d.,]*)\b", r"\1&#215;\2", text, flags=re.ASCII)
    assert texturize._times(text) == expected


def _smilies_reference(text: str) -> str:
    """``convert_smilies`` without its whole-text pre-check: the search regex on every text piece."""
    search = smilies.smilies_search_regex()
    out, ignoring = [], ""
    for piece in re.split(r"(<[^>]*?>)", text):
        if not ignoring:
            opened = re.match(r"<(code|pre|style|script|textarea)[^>]*>", piece)
            ignoring = opened.group(1) if opened else ""
        if not ignoring and piece and piece[0] != "<":
            piece = search.sub(lambda m: smilies.translate_smiley(m.group(0)), piece)
        if ignoring and piece == f"</{ignoring}>":
            ignoring = ""
        out.append(piece)
    return "".join(out)


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(st.sampled_from([":)", ":-)", ";)", "8O", ":mrgreen:", ":?:", ":?", ":", "8", " ", "\n",
                                      "\t", "\xa0", "&nbsp;", "&nbsp", ";", "<b>", "</b>", "<", ">", "<code>",
                                      "</code>", "</code", "<codex>", "<pre a>", "</pre>", "<textarea>",
                                      "</textarea>", "<b", "x"]),
                     max_size=25).map("".join))
def test_smilies_piece_finding_matches_wordpress_split(text: str) -> None:
    # convert_smilies finds the text piece around each match instead of splitting the text:
    # for the default table it checks each whole-text match in place, for any other table it
    # runs the search regex over the piece (a copy of the default table takes that path).
    assert convert_smilies(text) == _smilies_reference(text)
    assert convert_smilies(text, smilies=dict(smilies.WP_SMILIES)) == _smilies_reference(text)


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(st.sampled_from(["http://", "HTTPS://", "hTtP://", "https:/", "h", "x", " ", "\n",
                                      "\x0b", ">", "<", "\xa0", "://", "s://", "S", "ttp", "http", "hhttp",
                                      "\u017f", "\u212a", "\x1c", "\x85", ":", "/"]), max_size=14).map("".join))
def test_autoembed_url_check_matches_wordpress_regex(text: str) -> None:
    expected = re.search(r"(^|\s|>)https?://", text, flags=re.IGNORECASE | re.ASCII) is not None
    assert embed._looks_like_url(text) == expected


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(st.sampled_from(["http://", "HTTPS://", "x.y", "x", " ", "\n", "\t", "\r", "\x0b", "\xa0",
                                      "<p>", "<P class=a>", "</p>", "</P>", "<p", "</p", "<br\n/>", "<a\nhref='",
                                      "'>", '"', "<", ">", "<!--", "-->", "\n\n"]),
                     max_size=14).map("".join))
def test_autoembed_precheck_skips_only_texts_its_patterns_leave_alone(text: str) -> None:
    if embed.autoembed_changes_nothing(text):
        hidden = wp_replace_in_html_tags(text, {"\n": embed._LINE_BREAK_PLACEHOLDER})
        assert embed._URL_ON_OWN_LINE.search(hidden) is None
        assert embed._URL_IN_OWN_PARAGRAPH.search(hidden) is None


COMMENT_SOUP = st.lists(st.sampled_from(["<", ">", "<!", "<!--", "-->", "-", "--", "->", "<![CDATA[", "]]>", "]",
                                         "]>", "\n", "x", "!", "<a ", '"']), max_size=25).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(st.text(), HTMLISH, TAG_SOUP, COMMENT_SOUP))
def test_wpautop_newline_in_tag_precheck_skips_only_no_ops(text: str) -> None:
    if autop._NEWLINE_IN_TAG.search(text) is None and autop._ESCAPED_WITH_NEWLINE.search(text) is None:
        assert wp_replace_in_html_tags(text, {"\n": " <!-- wpnl --> "}) == text


# Inline markup and whitespace, with few block tags: wpautop's path for text with no block tag.
INLINE_SOUP = st.lists(st.sampled_from([
    "<", ">", "<br />", "<br>", "<br/>", "<br", "<br />\n", " ", "\n", "\n\n", "\n \n", "\t", "\f", "\v", "\r",
    "\r\n", "x", "<a href=x>", "</a>", "<b>", "<!--", "-->", "<!-- wpnl -->", "<option>", "</option>", "<object>",
    "</object>", "<embed>", "<source>", "[audio]", "<script>", "</script>", "<svg>", "<math>", "</math>",
    "<WPPreserveNewline />", "<p", "</p>", "<div>",
]), max_size=30).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=st.one_of(INLINE_SOUP, HTMLISH), br=st.booleans())
def test_wpautop_without_block_tags_matches_the_general_path(text: str, br: bool) -> None:
    fast = wpautop(text, br)
    with mock.patch.object(autop, "_BLOCK_START", re.compile("")):  # every text "has" a block tag
        assert wpautop(text, br) == fast


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(st.text(), HTMLISH))
def test_wptexturize_fast_path_matches_the_element_tracking_path(text: str) -> None:
    # A leading "<pre></pre>" sends the text down the path that tracks no-texturize elements
    # (and changes nothing after it); text without such elements takes the fast path.
    assert wptexturize("<pre></pre>" + text) == "<pre></pre>" + wptexturize(text)


def test_block_name_trie_accepts_exactly_wordpress_block_names() -> None:
    names = [name for name in _ALLBLOCKS[3:-1].split("|") if name != "h[1-6]"] + [f"h{n}" for n in range(8)]
    words = {name[:end] for name in names for end in range(len(name) + 1)}
    words |= {name + extra for name in names for extra in ("x", "r", "e", "d")}
    trie = re.compile(rf"(?:{autop._ALLBLOCKS_TRIE})\Z")
    alternation = re.compile(rf"{_ALLBLOCKS}\Z")
    assert [w for w in sorted(words) if bool(trie.match(w)) != bool(alternation.match(w))] == []


# WordPress's "flags after a digit become primes" step (wptexturize_primes replaces it by a
# str.replace, since by then every flag left follows a digit).
_FLAG_AFTER_DIGIT = re.compile(rf"{re.escape(texturize._PRIME_OR_QUOTE_FLAG)}(?<=\d{re.escape(texturize._PRIME_OR_QUOTE_FLAG)})",
                               re.ASCII)


def _primes_reference(haystack: str, needle: str, prime: str, open_quote: str, close_quote: str) -> str:
    """``wptexturize_primes`` step by step as WordPress 7.1.4 writes it (no skipped steps)."""
    quote_re, prime_re = texturize._PRIMES[needle]
    flag = texturize._PRIME_OR_QUOTE_FLAG
    sentences = haystack.split(open_quote)
    for key, sentence in enumerate(sentences):
        if needle not in sentence:
            continue
        if key != 0 and close_quote not in sentence:
            sentence, count = quote_re.subn(flag, sentence)
            if count > 1:
                sentence, count2 = texturize._FLAG_NO_DIGIT.subn(close_quote, sentence)
                if count2 == 0:
                    pos = sentence.rfind(f"{flag}.")
                    if pos == -1:
                        pos = sentence.rfind(flag)
                    sentence = sentence[:pos] + close_quote + sentence[pos + len(flag):]
                sentence = prime_re.sub(prime, sentence)
                sentence = _FLAG_AFTER_DIGIT.sub(prime, sentence)
                sentence = sentence.replace(flag, close_quote)
            elif count == 1:
                sentence = sentence.replace(flag, close_quote)
                sentence = prime_re.sub(prime, sentence)
            else:
                sentence = prime_re.sub(prime, sentence)
        else:
            sentence = prime_re.sub(prime, sentence)
            sentence = quote_re.sub(close_quote, sentence)
        if needle == '"' and '"' in sentence:
            sentence = sentence.replace('"', close_quote)
        sentences[key] = sentence
    return open_quote.join(sentences)


@settings(max_examples=800, deadline=None)
@given(text=st.lists(st.sampled_from(["'", '"', "9", "x", " ", ".", ",", "!", "\n", "<!--osq-->", "<!--oq-->",
                                      "&#8217;", "&#8221;", "&nbsp;"]), max_size=16).map("".join),
       double=st.booleans())
def test_primes_shortcuts_match_wordpress_steps(text: str, double: bool) -> None:
    args = (('"', texturize.DOUBLE_PRIME, texturize._OPEN_Q_FLAG, texturize.CLOSING_QUOTE) if double
            else ("'", texturize.PRIME, texturize._OPEN_SQ_FLAG, texturize.CLOSING_SINGLE_QUOTE))
    assert texturize.wptexturize_primes(text, *args) == _primes_reference(text, *args)


def _single_quotes_reference(curl: str) -> str:
    """The cockney words and the "'" steps, one replacement after another in WordPress's order."""
    for word in texturize._COCKNEY:
        curl = curl.replace(word, word.replace("'", texturize.APOS))
    for pattern, replacement in texturize._DYNAMIC_APOS_DIGIT + texturize._DYNAMIC_APOS:
        curl = pattern.sub(replacement, curl)
    curl = _primes_reference(curl, "'", texturize.PRIME, texturize._OPEN_SQ_FLAG, texturize.CLOSING_SINGLE_QUOTE)
    curl = curl.replace(texturize._APOS_FLAG, texturize.APOS)
    return curl.replace(texturize._OPEN_SQ_FLAG, texturize.OPENING_SINGLE_QUOTE)


def _texturize_run_reference(curl: str) -> str:
    """One text run through every replacement in WordPress's order (no skipped steps)."""
    import re as _re

    for search, replacement in texturize._STATIC:
        curl = curl.replace(search, replacement)
    curl = _single_quotes_reference(curl)
    curl = texturize._QUOTED_NUMBER.sub(texturize._QUOTED_NUMBER_REPLACEMENT, curl)
    for pattern, replacement in texturize._DYNAMIC_QUOTE:
        curl = pattern.sub(replacement, curl)
    curl = _primes_reference(curl, '"', texturize.DOUBLE_PRIME, texturize._OPEN_Q_FLAG, texturize.CLOSING_QUOTE)
    curl = curl.replace(texturize._OPEN_Q_FLAG, texturize.OPENING_QUOTE)
    for pattern, replacement in texturize._DYNAMIC_DASH:
        curl = pattern.sub(replacement, curl)
    if _re.search(r"(?<=\d)x\d", curl, flags=_re.ASCII):  # WordPress's own guard: "9.x9" stays
        curl = _re.sub(r"\b(0[\d.,]+|[1-9][\d.,]*)x(\d[\d.,]*)\b", r"\1&#215;\2", curl, flags=_re.ASCII)
    return texturize._ENTITY_LIKE_AMP.sub("&#038;", curl)


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(st.sampled_from(["'", '"', "9", "0", "x", "a", " ", ".", "...", ",", "-", "--", "---", "(tm)",
                                      "``", "''", "'tis", "'em", "\n", "&", "&nbsp;", "&lt;", "(", "]"]),
                     max_size=16).map("".join))
def test_texturize_run_skips_only_steps_that_change_nothing(text: str) -> None:
    assert texturize._texturize_text(text) == _texturize_run_reference(text)


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(st.sampled_from(["'", "9", "0", "99", "1.5", "'99'", "'99\"", "'0.42'", "a", "t", "s", "'tain't",
                                      "ain't", "'tis", "'twas",
                                      "'em", "tis", " ", "\n", "\xa0", "&nbsp;", "&lt;", "&gt;", "(", "[", "{", ")",
                                      "]", '"', "-", ".", ",", "!", "%", "&", "&#8217;"]),
                     max_size=16).map("".join))
def test_single_quote_shortcuts_match_wordpress_steps(text: str) -> None:
    # As _texturize_text calls it: "''" already became a closing quote, and a run holds no "<".
    text = text.replace("''", texturize.CLOSING_QUOTE)
    assert texturize._texturize_single_quotes(text) == _single_quotes_reference(text)


# --- adversarial repetition: bounded time ------------------------------------------------------

MEGABYTE = 1_000_000


def _repeat(unit: str) -> str:
    return unit * (MEGABYTE // len(unit))


ADVERSARIAL = {
    "less-than": _repeat("<"),
    "double-quotes": _repeat('"'),
    "single-quotes": _repeat("'"),
    "brackets": _repeat("["),
    "dashes": _repeat("--"),
    "open-shortcodes": _repeat("[caption "),
    "p-shortcodes": _repeat("<p>[caption"),
    "p-closed-shortcodes": _repeat("<p>[caption]x"),
    "comments": _repeat("<!--"),
    "closed-comments": _repeat("<!--") + "-->",
    "closed-cdata": _repeat("<![CDATA[") + "]]>",
    "spaces": "a" + " " * MEGABYTE + "b\nc",
    "newlines": "a" + "\n" * MEGABYTE + "b",
    "times": _repeat("1.") + "x1",
    "ampersands": _repeat("&#"),
    "smilies": _repeat(":) "),
    "unclosed-scripts": _repeat("<script"),
    "unclosed-params": _repeat(" <param ") + "</object>",
    "unclosed-blocks": _repeat("<p "),
    "media-without-brackets": _repeat("<audio>") + "<source>",
    "quoted-words": _repeat("'a' \"b\" 9' "),
    "blockquotes": _repeat('<p><blockquote a="'),
}


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("case", sorted(ADVERSARIAL))
def test_adversarial_megabyte_finishes_in_bounded_time(name: str, case: str) -> None:
    # CPU time, not wall time: other test processes on the machine must not make this flaky.
    started = time.process_time()
    TRANSFORMS[name](ADVERSARIAL[case])
    assert time.process_time() - started < 10


# --- merged passes against the passes they replace ----------------------------------------------

@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(["'", "''", "a", "9", " ", "\n", "\xa0", "&nbsp;", "&lt;", "&gt;", "(", "[",
                                      "{", '"', "-", ".", "!", "&", "<!--osq-->"]), max_size=14).map("".join))
def test_one_single_quote_pass_matches_the_opening_then_apostrophe_passes(text: str) -> None:
    # The merged pass runs after "''" became a closing quote, as _texturize_text orders it.
    text = text.replace("''", texturize.CLOSING_QUOTE)
    expected = text
    for pattern, replacement in texturize._DYNAMIC_APOS:
        expected = pattern.sub(replacement, expected)
    assert texturize._OPEN_SQ_OR_APOS.sub(texturize._open_sq_or_apos, text) == expected


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(["-", "--", "---", "x", "n", "xn", "a", " ", "\n", "\t", "\xa0", "&nbsp;",
                                      ";", "&#8212;"]), max_size=14).map("".join))
def test_one_double_dash_pass_matches_the_three_dash_passes(text: str) -> None:
    expected = text
    for pattern, replacement in texturize._DYNAMIC_DASH[:3]:
        expected = pattern.sub(replacement, expected)
    assert texturize._DOUBLE_DASHES.sub(texturize._double_dash, text) == expected


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(["'", '"', "a", "9", " ", "\n", ".", ")", "&gt;", "&nbsp;", "<",
                                      "<!--osq-->", "<!--oq-->", "<!--wp-prime-or-quote-->", "&#8217;",
                                      "&#8221;"]), max_size=14).map("".join),
       double=st.booleans())
def test_primes_without_a_digit_before_the_needle_match_wordpress_steps(text: str, double: bool) -> None:
    # Mostly digit-free text: the path that finds every sentence's closing quotes in one pass.
    args = (('"', texturize.DOUBLE_PRIME, texturize._OPEN_Q_FLAG, texturize.CLOSING_QUOTE) if double
            else ("'", texturize.PRIME, texturize._OPEN_SQ_FLAG, texturize.CLOSING_SINGLE_QUOTE))
    assert texturize.wptexturize_primes(text, *args) == _primes_reference(text, *args)


@settings(max_examples=3000, deadline=None)
@given(parts=st.lists(st.sampled_from(["9", " ", ".", "a", "Q", "<!--oq-->", "<!--osq-->"]), max_size=12),
       double=st.booleans())
def test_primes_with_several_candidates_after_digits_match_wordpress_steps(parts: list[str], double: bool) -> None:
    # "Q" stands for the needle: sentences with several closing-quote candidates after digits.
    needle = '"' if double else "'"
    text = "".join(parts).replace("Q", needle)
    args = ((needle, texturize.DOUBLE_PRIME, texturize._OPEN_Q_FLAG, texturize.CLOSING_QUOTE) if double
            else (needle, texturize.PRIME, texturize._OPEN_SQ_FLAG, texturize.CLOSING_SINGLE_QUOTE))
    assert texturize.wptexturize_primes(text, *args) == _primes_reference(text, *args)


PRE_SOUP = st.lists(st.sampled_from([
    "<pre>", "</pre>", "<pre class=\"a\">", "<code>", "</code>", "<tt>", "</tt>", "<p>", "</p>", "</", "<",
    "<!--", "-->", "<!-- c -->", "<pre&x>", "<code &>", "'", '"', "-- ", "a", "9", "x", " ", "\n", "&", "...",
]), max_size=20).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=PRE_SOUP)
def test_texturize_outside_elements_matches_the_tracking_loop(text: str) -> None:
    expected = texturize._texturize_tracking(text, texturize._SPLIT_HTML_ONLY, None)
    assert texturize._texturize_outside_elements(text) == expected


AMP_SOUP = st.lists(st.sampled_from([
    "&", "&amp;", "&#038;", "&#", "&#x", "&#x2f;", "&#12", "&lt;", "&gt;", "&nbsp;", "&nbsp", "&LT;", "lt;", "gt;",
    "nbsp;", ";", "#", "x", "'", '"', "9", "0", "99", "1.5", "a", " ", "\n", "-", "--", "...", "(", ".", "<b>",
    "&2x4;", "&a1x3;", "2x4", "1", "3", "A", "X",
    "<a href='?a=1&b=2'>", "</a>", "<", ">", "<!--", "-->", "'tis",
]), max_size=20).map("".join)


@settings(max_examples=2000, deadline=None)
@given(text=AMP_SOUP)
def test_texturize_every_run_matches_the_tracking_loop(text: str) -> None:
    # An '&' in a tag, in a run, by a "2x4" in an entity-like "&2x4;", or in a comment.
    expected = texturize._texturize_tracking(text, texturize._SPLIT_HTML_ONLY, None)
    assert texturize._texturize_every_run(text) == expected


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(["'", '"', "9", "0", "a", "t", "is", "em", "'tis", "'em", "'twas", " ", ".",
                                      "x"]), max_size=12).map("".join))
def test_quote_hints_rule_out_the_digit_steps(text: str) -> None:
    if texturize._search_apos_by_digit(text) is None:
        assert texturize._APOS_DIGIT.search(text) is None
        assert texturize._NEEDLE_AFTER_DIGIT["'"].search(text) is None
    if texturize._search_quote_hint(text) is None:
        assert texturize._QUOTE_DIGIT.search(text) is None
        assert texturize._NEEDLE_AFTER_DIGIT['"'].search(text) is None
