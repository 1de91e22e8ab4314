"""Smart quotes, dashes, ellipses, primes and × for text outside code-like elements.

Port of ``wptexturize``, ``wptexturize_primes``, ``_wptexturize_pushpop_element`` and the
split/shortcode regex helpers from WordPress 7.1.4 ``wp-includes/formatting.php``, with the
en_US characters and no ``run_wptexturize``/``no_texturize_*`` filters. PCRE idioms Python's
``re`` lacks are rewritten: ``\\Z`` (end, or before a final newline) is ``(?=\\n?\\Z)``,
variable-width lookbehinds are split per alternative, and the ``(?(?<=0)…)`` conditional
in the × rule is a small scanner that stays linear on long digit runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from broadsheet.formatting.chars import (
    PHP_TRIM_CHARS as _PHP_TRIM,
)
from broadsheet.formatting.chars import (
    SPACES,
)

__all__ = [
    "CORE_SHORTCODE_TAGS",
    "NO_TEXTURIZE_SHORTCODES",
    "NO_TEXTURIZE_TAGS",
    "wptexturize",
    "wptexturize_primes",
]

#: The shortcode tags core registers (``add_shortcode`` calls in media.php and WP_Embed).
CORE_SHORTCODE_TAGS: tuple[str, ...] = (
    "wp_caption", "caption", "gallery", "playlist", "audio", "video", "embed",
)
#: Elements whose contents are never texturized (``no_texturize_tags`` default).
NO_TEXTURIZE_TAGS: tuple[str, ...] = ("pre", "code", "kbd", "style", "script", "tt")
# How an opening tag of one of NO_TEXTURIZE_TAGS starts.
_NO_TEXTURIZE_OPENERS = tuple(f"<{tag}" for tag in NO_TEXTURIZE_TAGS)
_NO_TEXTURIZE_OPENING = re.compile("|".join(_NO_TEXTURIZE_OPENERS))
#: Shortcodes whose contents are never texturized (``no_texturize_shortcodes`` default).
NO_TEXTURIZE_SHORTCODES: tuple[str, ...] = ("code",)

# en_US translations of the characters wptexturize emits.
OPENING_QUOTE = "&#8220;"
CLOSING_QUOTE = "&#8221;"
APOS = "&#8217;"
PRIME = "&#8242;"
DOUBLE_PRIME = "&#8243;"
OPENING_SINGLE_QUOTE = "&#8216;"
CLOSING_SINGLE_QUOTE = "&#8217;"
EN_DASH = "&#8211;"
EM_DASH = "&#8212;"

# Placeholders WordPress uses between passes (HTML comments, so nothing else touches them).
_OPEN_Q_FLAG = "<!--oq-->"
_OPEN_SQ_FLAG = "<!--osq-->"
_APOS_FLAG = "<!--apos-->"
_PRIME_OR_QUOTE_FLAG = "<!--wp-prime-or-quote-->"

_COCKNEY = ("'tain't", "'twere", "'twas", "'tis", "'twill", "'til", "'bout", "'nuff", "'round",
            "'cause", "'em")
_STATIC: tuple[tuple[str, str], ...] = (
    ("...", "&#8230;"),
    ("``", OPENING_QUOTE),
    ("''", CLOSING_QUOTE),
    (" (tm)", " &#8482;"),
)
# Applied after _STATIC, as WordPress orders them; each holds "'", so only runs with one need them.
# One pass for all eleven: only 'tain't holds a second "'", which a later word's match could
# start at, and it is replaced first either way. The words as a trie after the "'" (re then
# tries one branch per "'", not eleven).
_COCKNEY_APOS = {word: word.replace("'", APOS) for word in _COCKNEY}
_ANY_COCKNEY = re.compile("'(?:t(?:ain't|w(?:ere|as|ill)|is|il)|bout|nuff|round|cause|em)")

_END = r"(?=\n?\Z)"  # PCRE's \Z
_QUOTE_END = rf"(?:{_END}|(?=[.,:;!?)}}\-\]]|&gt;|{SPACES}))"


def _start_or_space_behind(literal: str) -> str:
    """``(?:\\A|SPACES_BEHIND)`` checked after ``literal``, so the pattern starts with a literal.

    A pattern that starts with an assertion makes ``re`` try it at every offset; one that
    starts with a literal lets ``re`` skip ahead to it. Same matches, same spans.
    """
    lit = re.escape(literal)
    return rf"(?:(?<![^\r\n\t \xa0]{lit})|(?<=&nbsp;{lit}))"


_SQ_START = _start_or_space_behind("'")
_DQ_START = _start_or_space_behind('"')
_DASH2_START = _start_or_space_behind("--")
_DASH1_START = _start_or_space_behind("-")


def _compile_all(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern, re.ASCII), replacement) for pattern, replacement in pairs)


# These four need "'" then a digit; replacements add none, so one search can skip them all.
_DYNAMIC_APOS_DIGIT = _compile_all((
    # '99' and '99" are ambiguous; assume an abbreviated year at the end of a quotation.
    (rf"'(\d\d)'{_QUOTE_END}", rf"{_APOS_FLAG}\1{CLOSING_SINGLE_QUOTE}"),
    (rf"'(\d\d)\"{_QUOTE_END}", rf"{_APOS_FLAG}\1{CLOSING_QUOTE}"),
    # '99 '99s '99's (apostrophe), but never '9 or '99% or '999 or '99.0.
    (r"'(?=\d\d(?:(?=\n?\Z)|(?![%\d]|[.,]\d)))", _APOS_FLAG),
    # Quoted numbers like '0.42'.
    (rf"'{_SQ_START}(\d[.,\d]*)'", rf"{_OPEN_SQ_FLAG}\1{CLOSING_SINGLE_QUOTE}"),
))
_APOS_DIGIT = re.compile(r"'\d", re.ASCII)

_OPEN_SQ_AFTER = r"(?:(?<![^(\[{\"\-\r\n\t \xa0]')|(?<=&lt;')|(?<=&nbsp;'))"
_APOS_AROUND = rf"(?<![\r\n\t \xa0]')(?<!&nbsp;')(?!\n?\Z|[.,:;!?\"'(){{}}\[\]\-]|&[lg]t;|{SPACES})"
_DYNAMIC_APOS = _compile_all((
    # Single quote at start, or preceded by (, {, <, [, ", -, or spaces.
    (rf"'{_OPEN_SQ_AFTER}", _OPEN_SQ_FLAG),
    # Apostrophe in a word: no spaces, double apostrophes or other punctuation around it.
    (rf"'{_APOS_AROUND}", _APOS_FLAG),
))
# Both passes in one: by then no two "'" are adjacent ("''" became a closing quote), so each
# "'" is judged by the same neighbours in either pass. Group 1 (empty) marks an opening quote.
_OPEN_SQ_OR_APOS = re.compile(rf"'(?:{_OPEN_SQ_AFTER}()|{_APOS_AROUND})", re.ASCII)
# With no "'" after a digit there are no primes and no flags are needed: each "'" ends as an
# opening quote, an apostrophe or a closing quote (both &#8217;), or stays. Its neighbours are
# the same in every pass (no two "'" are adjacent), so a cockney word's "'" is told by what
# follows it instead of being replaced first (where the cockney step already ran, none is left).
_COCKNEY_TAIL = _ANY_COCKNEY.pattern[1:]
_OPEN_SQ_NOT_COCKNEY = re.compile(rf"'{_OPEN_SQ_AFTER}(?!{_COCKNEY_TAIL})", re.ASCII)
_APOS_OR_CLOSING_SQ = re.compile(rf"'(?:{_APOS_AROUND}|{_QUOTE_END}|(?={_COCKNEY_TAIL}))", re.ASCII)
# After the opening pass, the "'" that stay are those before one of these (a "'" after spaces
# is an opening quote or starts a cockney word); most runs have none, and the rest of their
# "'" all become &#8217;.
_SQ_LEFT_ALONE = re.compile(r"'(?=[\"'(\[{]|&lt;)")

# Quoted numbers like "42" (needs '"' then a digit).
_QUOTED_NUMBER = re.compile(rf"\"{_DQ_START}(\d[.,\d]*)\"", re.ASCII)
_QUOTED_NUMBER_REPLACEMENT = rf"{_OPEN_Q_FLAG}\1{CLOSING_QUOTE}"
_QUOTE_DIGIT = re.compile(r"\"\d", re.ASCII)

_DYNAMIC_QUOTE = _compile_all((
    # Double quote at start, or preceded by (, {, <, [, -, or spaces, and not followed by spaces.
    (rf"\"(?:(?<![^(\[{{\-\r\n\t \xa0]\")|(?<=&lt;\")|(?<=&nbsp;\"))(?!{SPACES})", _OPEN_Q_FLAG),
))

_DASH2_SPACED = rf"{_DASH2_START}(?=$|{SPACES})"  # checked after "--"
_DYNAMIC_DASH = _compile_all((
    (r"---", EM_DASH),
    (rf"--{_DASH2_SPACED}", EM_DASH),
    (r"--(?<!xn--)", EN_DASH),
    (rf"-{_DASH1_START}(?=$|{SPACES})", EN_DASH),
))
# The first three passes in one: each replacement ends in ";" where the dashes were, and the
# later passes only look for spaces, "&nbsp;" or "xn" around "--", so they see what they would
# have seen. A group marks an em dash; the pattern starts with a literal so ``re`` can skip
# ahead to each "--".
_DOUBLE_DASHES = re.compile(rf"--(?:(-)|{_DASH2_SPACED}()|(?<!xn--))", re.ASCII)

_ENTITY_LIKE_AMP = re.compile(r"&(?!#(?:\d+|x[a-f0-9]+);|[a-z1-4]{1,8};)", re.IGNORECASE | re.ASCII)
_TIMES_HINT = re.compile(r"x(?<=\dx)\d", re.ASCII)
_SHORTCODE_NAME = re.compile(r"\[/?([^<>&/\[\]\x00-\x20=]++)")

_HTML_PART = r"<(?:(?=!--)!(?:-(?!->)[^\-]*+)*+(?:-->)?|(?!!--)[^>]*>?)"
_SPLIT_HTML_ONLY = re.compile(f"({_HTML_PART})")


def _primes_patterns(needle: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    quote = re.compile(rf"{re.escape(needle)}{_QUOTE_END}", re.ASCII)
    prime = re.compile(rf"{re.escape(needle)}(?<=\d{re.escape(needle)})", re.ASCII)
    return quote, prime


_PRIMES = {"'": _primes_patterns("'"), '"': _primes_patterns('"')}
_FLAG_NO_DIGIT = re.compile(rf"{re.escape(_PRIME_OR_QUOTE_FLAG)}(?<!\d{re.escape(_PRIME_OR_QUOTE_FLAG)})", re.ASCII)


# With no needle after a digit there are no primes, and every sentence's closing-quote candidates
# become closing quotes whichever branch it takes; a sentence's end is, in the whole text, the
# next opening quote. The candidates of all sentences at once, for wptexturize's opening flags:
# (The needle first, the digit behind it: re skips ahead to a literal, but tries a class everywhere.)
_NEEDLE_AFTER_DIGIT = {needle: re.compile(rf"{needle}(?<=[0-9]{needle})") for needle in ("'", '"')}
_CANDIDATES_BY_OPEN_QUOTE = {
    (needle, open_quote): re.compile(rf"{needle}(?:{_QUOTE_END}|(?={re.escape(open_quote)}))", re.ASCII)
    for needle, open_quote in (("'", _OPEN_SQ_FLAG), ('"', _OPEN_Q_FLAG))
}


def wptexturize_primes(haystack: str, needle: str, prime: str, open_quote: str,
                       close_quote: str) -> str:
    """Decide per quoted sentence whether ``7'`` is seven feet (prime) or a closing quote."""
    if needle not in haystack:
        return haystack  # every sentence would be skipped
    candidates = _CANDIDATES_BY_OPEN_QUOTE.get((needle, open_quote))
    if (candidates is not None and _NEEDLE_AFTER_DIGIT[needle].search(haystack) is None
            and _PRIME_OR_QUOTE_FLAG not in haystack):
        if needle == '"':
            return haystack.replace('"', close_quote)  # the rest become closing quotes too
        return candidates.sub(close_quote, haystack)
    quote_re, prime_re = _PRIMES[needle]
    if open_quote not in haystack:
        # One sentence, the first: primes, then closing quotes (the loop's last branch).
        sentence = prime_re.sub(prime, haystack)
        if needle in sentence:
            sentence = quote_re.sub(close_quote, sentence)
            if needle == '"' and '"' in sentence:
                sentence = sentence.replace('"', close_quote)
        return sentence
    flag = _PRIME_OR_QUOTE_FLAG
    sentences = haystack.split(open_quote)
    # Every '"' a sentence's steps leave becomes a closing quote; in a sentence with no '"'
    # after a digit, all of them do (unless the text brings flags of its own).
    quotes_only = needle == '"' and '"' not in close_quote and flag not in haystack
    for key, sentence in enumerate(sentences):
        if needle not in sentence:
            continue
        if quotes_only and _search_quote_after_digit(sentence) is None:
            sentences[key] = sentence.replace('"', close_quote)
            continue
        # Each step below needs the needle (or the flag standing for it): skip those that
        # cannot match once it is gone.
        if key != 0 and close_quote not in sentence:
            sentence, count = quote_re.subn(flag, sentence)
            if count > 1:
                # Several closing-quote candidates: "Vulcan logic".
                sentence, count2 = _FLAG_NO_DIGIT.subn(close_quote, sentence)
                if count2 == 0:
                    # Prefer the rightmost quote followed by a period, else the rightmost one.
                    pos = sentence.rfind(f"{flag}.")
                    if pos == -1:
                        pos = sentence.rfind(flag)
                    sentence = sentence[:pos] + close_quote + sentence[pos + len(flag):]
                if needle in sentence:
                    sentence = prime_re.sub(prime, sentence)
                if flag in sentence:
                    # Every flag left follows a digit (the others became closing quotes, and a
                    # flag that follows a flag follows no digit): all become primes.
                    sentence = sentence.replace(flag, prime)
            elif count == 1:
                # One candidate: it wins over primes.
                sentence = sentence.replace(flag, close_quote)
                if needle in sentence:
                    sentence = prime_re.sub(prime, sentence)
            else:
                sentence = prime_re.sub(prime, sentence)
        else:
            sentence = prime_re.sub(prime, sentence)
            if needle in sentence:
                sentence = quote_re.sub(close_quote, sentence)
        if needle == '"' and '"' in sentence:
            sentence = sentence.replace('"', close_quote)
        sentences[key] = sentence
    return open_quote.join(sentences)


def _pushpop_element(text: str, stack: list[str], disabled: Iterable[str]) -> None:
    """Track opening/closing of no-texturize elements (``<pre>``, ``[code]``) on ``stack``."""
    if len(text) > 1 and text[1] != "/":
        opening, offset = True, 1
    elif not stack:
        return
    else:
        opening, offset = False, 2
    space = text.find(" ")
    # PHP substr($text, $offset, $length): a negative length counts back from the end.
    length = -1 if space == -1 else space - offset
    tag = text[offset:offset + length] if length >= 0 else text[offset:length]
    if tag in disabled:
        if opening:
            # Disable until our own closing tag, even across invalid nesting.
            stack.append(tag)
        elif stack[-1] == tag:
            stack.pop()


def _shortcode_regex(tagnames: Iterable[str]) -> str:
    """``_get_wptexturize_shortcode_regex``: a registered shortcode, or an escaped ``[[…]]``."""
    tagregexp = "|".join(re.escape(name) for name in tagnames)
    return (
        r"\[[/\[]?"
        rf"(?:{tagregexp})(?=[\s\]/])"
        r"(?:[^\[\]<>]+|<[^\[\]>]*>)*+"
        r"\]\]?"
    )


@lru_cache(maxsize=64)
def _shortcode_splitter(tagnames: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The split pattern (HTML or one of these shortcodes) and the shortcode pattern alone."""
    shortcode_regex = _shortcode_regex(tagnames)
    splitter = re.compile(f"({_HTML_PART}|{shortcode_regex})", re.ASCII)
    return splitter, re.compile(shortcode_regex, re.ASCII)


def _times(text: str) -> str:
    """9x9 → 9&#215;9, but never 0x9999 (WordPress's ``\\b(\\d(?(?<=0)…))x(\\d…)\\b`` rule).

    Per "x" between a digit, "." or "," and a digit: the leftmost start in the run of those
    before it (and after the last match), then the longest right side. Each stretch of text is
    read once, so long runs stay linear.
    """
    out: list[str] = []
    done = 0  # everything before this offset is final (a right side ends before the next "x")
    after_x = 0  # no run reaches back past an "x"
    for candidate in _times_candidates(text):
        x = candidate.start()
        low = max(done, after_x)
        after_x = x + 1
        run_start = low + len(text[low:x].rstrip("0123456789.,"))
        left = _times_left(text, run_start, x)
        if left is None:
            continue
        right = _times_right(text, x + 1)
        if right is None:
            continue
        start, end = left.start(), right.end()
        out.append(text[done:start])
        out.append(f"{text[start:x]}&#215;{text[x + 1:end]}")
        done = end
    out.append(text[done:])
    return "".join(out)


# Each "x" the rule may match at; the left side's start (a "0" needs one more run character
# before the "x"); the right side, backing off to a word boundary.
_times_candidates = re.compile(r"x(?<=[0-9.,]x)(?=[0-9])").finditer
_times_left = re.compile(r"\b(?:0[0-9.,]|[1-9])", re.ASCII).search
_times_right = re.compile(r"[0-9][0-9.,]*\b", re.ASCII).match


def wptexturize(text: str, shortcode_tags: Iterable[str] = CORE_SHORTCODE_TAGS) -> str:
    """Replace plain-text punctuation with typographic entities, as WordPress displays posts.

    Text inside ``<pre>``, ``<code>``, ``<kbd>``, ``<style>``, ``<script>``, ``<tt>`` and the
    ``[code]`` shortcode, HTML comments and tags themselves are left alone (apart from bare
    ``&`` in tags, which becomes ``&#038;``). ``shortcode_tags`` are the registered shortcode
    names; their tags are kept intact.
    """
    if not text or text == "0":
        return text
    if "[" in text:
        found = set(_SHORTCODE_NAME.findall(text))
        tagnames = [name for name in shortcode_tags if name in found]
        if tagnames:
            splitter, shortcode_full = _shortcode_splitter(tuple(tagnames))
            return _texturize_tracking(text, splitter, shortcode_full)
    if "<" not in text:
        return _texturize_text(text) if text.strip(_PHP_TRIM) else text  # one run, no element
    if _NO_TEXTURIZE_OPENING.search(text) is None:
        return _texturize_every_run(text)
    return _texturize_outside_elements(text)


def _texturize_tracking(text: str, splitter: re.Pattern[str], shortcode_full: re.Pattern[str] | None) -> str:
    """``wptexturize``'s loop: every piece in turn, tracking no-texturize elements and shortcodes."""
    tags_stack: list[str] = []
    shortcodes_stack: list[str] = []
    pieces = [piece for piece in splitter.split(text) if piece]
    for index, curl in enumerate(pieces):
        first = curl[0]
        if first == "<":
            if curl.startswith("<!--"):
                continue
            if "&" in curl:
                curl = _ENTITY_LIKE_AMP.sub("&#038;", curl)
            # Only a closing tag with something on the stack, or an opening tag whose name may
            # be a no-texturize tag, can change the stack.
            if curl.startswith(_NO_TEXTURIZE_OPENERS) or (tags_stack and curl.startswith("</")):
                _pushpop_element(curl, tags_stack, NO_TEXTURIZE_TAGS)
        elif not curl.strip(_PHP_TRIM):
            continue
        elif first == "[" and shortcode_full is not None and shortcode_full.fullmatch(curl):
            if not curl.startswith("[[") and not curl.endswith("]]"):
                _pushpop_element(curl, shortcodes_stack, NO_TEXTURIZE_SHORTCODES)
            continue
        elif not shortcodes_stack and not tags_stack:
            curl = _texturize_text(curl)
        else:
            continue
        pieces[index] = curl
    return "".join(pieces)


def _texturize_outside_elements(text: str) -> str:
    """``wptexturize`` for text with a ``<pre>``-like element but no shortcode: the split
    alternates text and element, so only elements are visited to track the stack, and the run
    after each is texturized while the stack is empty (``_texturize_tracking``'s outcome)."""
    pieces = _SPLIT_HTML_ONLY.split(text)
    stack: list[str] = []
    if pieces[0].strip(_PHP_TRIM):
        pieces[0] = _texturize_text(pieces[0])
    for index in range(1, len(pieces), 2):
        element = pieces[index]
        if not element.startswith("<!--"):
            if "&" in element:
                element = pieces[index] = _sub_amp("&#038;", element)
            if element.startswith(_NO_TEXTURIZE_OPENERS) or (stack and element.startswith("</")):
                _pushpop_element(element, stack, NO_TEXTURIZE_TAGS)
        if not stack:
            run = pieces[index + 1]
            if run.strip(_PHP_TRIM):
                pieces[index + 1] = _texturize_text(run)
    return "".join(pieces)


def _texturize_every_run(text: str) -> str:
    """``wptexturize`` for text where nothing turns texturizing off (no shortcodes, no
    ``<pre>``-like element): pieces alternate text and element, and every run is texturized."""
    pieces = _SPLIT_HTML_ONLY.split(text)
    pieces[0::2] = [_texturize_text(run) if run.strip(_PHP_TRIM) else run for run in pieces[0::2]]
    if "&" in text:
        for index in range(1, len(pieces), 2):
            element = pieces[index]
            if "&" in element and not element.startswith("<!--"):
                pieces[index] = _sub_amp("&#038;", element)
    return "".join(pieces)


def _literal_or_group_one(replacement: str) -> str | Callable[[re.Match[str]], str]:
    """A ``PREFIX\\1SUFFIX`` template as a function: on Python 3.11 ``sub`` compiles a template
    with a backslash on every call and expands it in Python for every match."""
    if "\\1" not in replacement:
        return replacement
    prefix, suffix = replacement.split("\\1")
    return lambda match: prefix + match.group(1) + suffix


# Bound methods of the patterns above, looked up once (this runs for every text run).
_apos_digit_steps = tuple((pattern.sub, _literal_or_group_one(replacement))
                          for pattern, replacement in _DYNAMIC_APOS_DIGIT)
_quoted_number_replacement = _literal_or_group_one(_QUOTED_NUMBER_REPLACEMENT)
_sub_open_sq_or_apos = _OPEN_SQ_OR_APOS.sub
_sub_open_q = _DYNAMIC_QUOTE[0][0].sub
_sub_double_dashes = _DOUBLE_DASHES.sub
_sub_spaced_dash = _DYNAMIC_DASH[3][0].sub
_sub_amp = _ENTITY_LIKE_AMP.sub
_search_apos_digit = _APOS_DIGIT.search
_search_quoted_year = re.compile(r"""'[0-9][0-9]['"]""").search
_sub_cockney = _ANY_COCKNEY.sub
_search_times = _TIMES_HINT.search
_search_apos_after_digit = _NEEDLE_AFTER_DIGIT["'"].search
# A "'" or '"' after or before a digit (each starts with its quote, so re skips ahead to it).
_search_apos_by_digit = re.compile(r"'(?:(?<=[0-9]')|[0-9])").search
_search_quote_hint = re.compile(r'"(?:(?<=[0-9]")|[0-9])').search
_sub_open_sq_not_cockney = _OPEN_SQ_NOT_COCKNEY.sub
_sub_apos_or_closing_sq = _APOS_OR_CLOSING_SQ.sub
_search_sq_left_alone = _SQ_LEFT_ALONE.search
_search_quote_after_digit = _NEEDLE_AFTER_DIGIT['"'].search


def _open_sq_or_apos(match: re.Match[str]) -> str:
    return _APOS_FLAG if match.lastindex is None else _OPEN_SQ_FLAG


def _cockney_apos(match: re.Match[str]) -> str:
    return _COCKNEY_APOS[match.group()]


def _double_dash(match: re.Match[str]) -> str:
    return EN_DASH if match.lastindex is None else EM_DASH


def _texturize_single_quotes(curl: str) -> str:
    """The "'" steps of one run (which holds no "<", so every flag in it is ours).

    A "'" by a digit is rare: without one, the cockney words, the digit steps and primes
    need no pass of their own.
    """
    if _search_apos_by_digit(curl) is None:
        return _curl_single_quotes(curl)
    curl = _sub_cockney(_cockney_apos, curl)
    if _search_apos_digit(curl) is not None:
        # The first two steps need '99' or '99" (rare); neither step makes one.
        steps = _apos_digit_steps if _search_quoted_year(curl) is not None else _apos_digit_steps[2:]
        for sub, apos_replacement in steps:
            curl = sub(apos_replacement, curl)
    if _search_apos_after_digit(curl) is None:
        curl = _curl_single_quotes(curl)
    else:
        curl = _sub_open_sq_or_apos(_open_sq_or_apos, curl)
        if "'" in curl:
            curl = wptexturize_primes(curl, "'", PRIME, _OPEN_SQ_FLAG, CLOSING_SINGLE_QUOTE)
    if "<!--" in curl:
        curl = curl.replace(_APOS_FLAG, APOS).replace(_OPEN_SQ_FLAG, OPENING_SINGLE_QUOTE)
    return curl


def _curl_single_quotes(curl: str) -> str:
    """Opening quotes, apostrophes and closing quotes where no "'" follows a digit."""
    curl = _sub_open_sq_not_cockney(OPENING_SINGLE_QUOTE, curl)
    if "'" not in curl:
        return curl
    if _search_sq_left_alone(curl) is None:
        return curl.replace("'", APOS)
    return _sub_apos_or_closing_sq(APOS, curl)


def _texturize_text(curl: str) -> str:
    """The replacements for one run of plain text outside any no-texturize element.

    WordPress's order; a step is skipped when the run lacks the character its pattern needs.
    The steps only add numeric entities (``&#8217;``), which the last step leaves alone, so it
    runs only when the run itself held an ``&``.
    """
    had_amp = "&" in curl
    if "..." in curl:
        curl = curl.replace("...", "&#8230;")
    if "``" in curl:
        curl = curl.replace("``", OPENING_QUOTE)
    if "''" in curl:
        curl = curl.replace("''", CLOSING_QUOTE)
    if " (tm)" in curl:
        curl = curl.replace(" (tm)", " &#8482;")
    if "'" in curl:
        curl = _texturize_single_quotes(curl)
    if '"' in curl:
        quote_hint = _search_quote_hint(curl) is not None  # a digit by a '"' (quoted numbers remove such pairs)
        if quote_hint and _QUOTE_DIGIT.search(curl) is not None:
            curl = _QUOTED_NUMBER.sub(_quoted_number_replacement, curl)
        if (not quote_hint or _search_quote_after_digit(curl) is None) and _PRIME_OR_QUOTE_FLAG not in curl:
            # wptexturize_primes' digit-free case turns every '"' the opening pass leaves into a
            # closing quote whatever the sentences, so the opening pass needs no flag.
            curl = _sub_open_q(OPENING_QUOTE, curl).replace('"', CLOSING_QUOTE)
        else:
            curl = _sub_open_q(_OPEN_Q_FLAG, curl)
            if '"' in curl:
                curl = wptexturize_primes(curl, '"', DOUBLE_PRIME, _OPEN_Q_FLAG, CLOSING_QUOTE)
        if _OPEN_Q_FLAG in curl:  # also from the quoted-number step
            curl = curl.replace(_OPEN_Q_FLAG, OPENING_QUOTE)
    if "-" in curl:
        if "--" in curl:
            curl = _sub_double_dashes(_double_dash, curl)
        curl = _sub_spaced_dash(EN_DASH, curl)
    if "x" in curl and _search_times(curl) is not None:
        curl = _times(curl)
    if had_amp:
        curl = _sub_amp("&#038;", curl)
    return curl
