"""Text smilies such as ``:)`` to emoji, or to ``<img>`` for the one image smiley left.

Ports of ``smilies_init`` (``wp-includes/functions.php``), ``translate_smiley`` and
``convert_smilies`` (``wp-includes/formatting.php``) from WordPress 7.1.4, with the
default ``$wpsmiliestrans`` table and no ``smilies``/``smilies_src`` filters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from broadsheet.formatting.chars import php_trim
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings

__all__ = ["WP_SMILIES", "convert_smilies", "smilies_search_regex", "translate_smiley"]

#: WordPress's default ``$wpsmiliestrans``: smiley code → emoji, or an image file name.
WP_SMILIES: Mapping[str, str] = {
    ":mrgreen:": "mrgreen.png",
    ":neutral:": "\U0001f610",
    ":twisted:": "\U0001f608",
    ":arrow:": "\u27a1",
    ":shock:": "\U0001f62f",
    ":smile:": "\U0001f642",
    ":???:": "\U0001f615",
    ":cool:": "\U0001f60e",
    ":evil:": "\U0001f47f",
    ":grin:": "\U0001f600",
    ":idea:": "\U0001f4a1",
    ":oops:": "\U0001f633",
    ":razz:": "\U0001f61b",
    ":roll:": "\U0001f644",
    ":wink:": "\U0001f609",
    ":cry:": "\U0001f625",
    ":eek:": "\U0001f62e",
    ":lol:": "\U0001f606",
    ":mad:": "\U0001f621",
    ":sad:": "\U0001f641",
    "8-)": "\U0001f60e",
    "8-O": "\U0001f62f",
    ":-(": "\U0001f641",
    ":-)": "\U0001f642",
    ":-?": "\U0001f615",
    ":-D": "\U0001f600",
    ":-P": "\U0001f61b",
    ":-o": "\U0001f62e",
    ":-x": "\U0001f621",
    ":-|": "\U0001f610",
    ";-)": "\U0001f609",
    # "8)" is left out by WordPress: it breaks regular text too often.
    "8O": "\U0001f62f",
    ":(": "\U0001f641",
    ":)": "\U0001f642",
    ":?": "\U0001f615",
    ":D": "\U0001f600",
    ":P": "\U0001f61b",
    ":o": "\U0001f62e",
    ":x": "\U0001f621",
    ":|": "\U0001f610",
    ";)": "\U0001f609",
    ":!:": "\u2757",
    ":?:": "\u2753",
}

_IMAGE_EXTENSIONS = frozenset(("jpg", "jpeg", "jpe", "gif", "png", "webp", "avif"))
_EXTENSION = re.compile(r"\.([^.]+)$")
_IGNORE_START = re.compile(r"<(code|pre|style|script|textarea)[^>]*>")
_IGNORED_TAG = re.compile(r"</?(?:code|pre|style|script|textarea)")


def _preceded(first: str, also: str = "") -> str:
    """Just after ``first``: it follows a space (or a character of ``also``), ``&nbsp;`` or a line start."""
    return rf"(?:(?<![^\r\n\t \xa0{also}]{first})|(?<=&nbsp;{first}))"


def _alternatives(codes: tuple[str, ...], before_also: str = "", after_also: str = "") -> list[str]:
    """One pattern per first character of the codes, in ``$wp_smiliessearch``'s order."""
    # Longest first within a shared first character: reverse key order, as krsort() gives.
    groups: dict[str, list[str]] = {}
    for code in sorted(codes, reverse=True):
        groups.setdefault(code[0], []).append(code[1:])
    # WordPress's "(?<=spaces|^)" before the code is checked after its first character, so
    # every alternative starts with a literal and ``re`` skips ahead to those characters; the
    # second character is checked before that look back (";" and "8" end many entities).
    after = rf"(?=[\r\n\t \xa0{after_also}]|&nbsp;|$)"
    alternatives = []
    for first, rests in groups.items():
        first = re.escape(first)
        second = f"(?=[{''.join(sorted({re.escape(rest[0]) for rest in rests}))}])" if all(rests) else ""
        rest = "|".join(map(re.escape, rests))
        alternatives.append(f"{first}{second}{_preceded(first, before_also)}(?:{rest}){after}")
    return alternatives


@lru_cache(maxsize=8)
def _search_regex(codes: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_alternatives(codes)), re.MULTILINE)


@lru_cache(maxsize=8)
def _anywhere_regex(codes: tuple[str, ...]) -> re.Pattern[str]:
    """A smiley as the search regex finds it in some text piece, looked for in the whole text.

    A piece between tags starts after a ``>`` (or at the start) and ends before a ``<`` (or
    at the end), so with ``>`` allowed before and ``<`` after, no match here means no piece
    holds a smiley.
    """
    return re.compile("|".join(_alternatives(codes, ">", "<")), re.MULTILINE)


def smilies_search_regex(smilies: Mapping[str, str] = WP_SMILIES) -> re.Pattern[str]:
    """``$wp_smiliessearch``: any smiley code standing between spaces or line ends."""
    return _search_regex(tuple(smilies))


def translate_smiley(code: str, smilies: Mapping[str, str] = WP_SMILIES,
                     *, settings: FormattingSettings = VECTOR_SETTINGS) -> str:
    """The emoji for one smiley code, or an ``<img>`` when the table names an image file."""
    from broadsheet.formatting.urls import esc_url

    smiley = php_trim(code)
    image = smilies[smiley]
    found = _EXTENSION.search(image)
    if found is None or found.group(1).lower() not in _IMAGE_EXTENSIONS:
        return image  # Not an image: an emoji.
    src = f"{settings.siteurl.rstrip('/')}/wp-includes/images/smilies/{image}"
    return (f'<img src="{esc_url(src)}" alt="{esc_attr(smiley)}" class="wp-smiley" '
            'style="height: 1em; max-height: 1em;" />')


def _tag_starts_at(text: str, at: int) -> bool:
    """Whether the ``<`` at ``at`` opens a tag of ``preg_split('/(<[^>]*>)/U', …)``.

    That split takes the first ``<`` after each ``>`` that some ``>`` follows, up to the next
    ``>``: a ``<`` opens a tag iff no other ``<`` stands between it and the ``>`` before it, and
    a ``>`` comes after it.
    """
    before = text.rfind(">", 0, at)
    return text.find("<", before + 1, at) == -1 and text.find(">", at) != -1


def _piece_start(text: str, before: int) -> int:
    """Where the text piece holding the position after ``before`` (its last ``>``, or -1) starts.

    A ``>`` ends a tag iff a ``<`` stands between it and the ``>`` before it; other ``>`` are
    text, and the piece goes on back past them.
    """
    while before != -1:
        previous = text.rfind(">", 0, before)
        if text.find("<", previous + 1, before) != -1:
            return before + 1
        before = previous
    return 0


def _after_tag(text: str, at: int, ignoring: str) -> str:
    """The ignored element after the ``<code``-like hit at ``at`` (unchanged unless it opens a tag)."""
    if not _tag_starts_at(text, at):
        return ignoring
    tag = text[at:text.index(">", at) + 1]
    if not ignoring:
        opened = _IGNORE_START.match(tag)
        return opened.group(1) if opened else ""
    return "" if tag == f"</{ignoring}>" else ignoring


# The default table's whole-text pattern split by first character (";", ":", "8"): ``re`` scans
# for one literal character several times faster than for a set. Their matches never overlap
# (no default code holds a space, ">" or a later ";", so none starts inside another), so the
# leftmost of the three is the combined pattern's next match.
_DEFAULT_ANYWHERE = tuple(
    re.compile(pattern, re.MULTILINE) for pattern in _alternatives(tuple(WP_SMILIES), ">", "<")
)
_DEFAULT_SEARCH = _search_regex(tuple(WP_SMILIES))
# The default table's emoji, which need no settings (image smilies go through translate_smiley).
_DEFAULT_EMOJI = {code: value for code, value in WP_SMILIES.items() if _EXTENSION.search(value) is None}


def _is_piece_match(text: str, start: int, end: int, before: int, in_last_piece: bool) -> bool:
    """Whether a default-table match of the whole-text pattern outside tags, at ``start:end``
    (``before`` is the last ">" before it), is one the search regex finds in its text piece.

    The whole-text pattern also lets a ">" precede and a "<" follow a code; those are piece
    bounds only when they end or open a tag. It picks the same code at the same place otherwise:
    a default code is never a code plus characters that may follow one (space, "&", "<").
    The last piece, which may hold a "<" no ">" follows, is skipped whole if it starts with one.
    """
    if text[start - 1:start] == ">" and _piece_start(text, before) != start:
        return False  # a ">" of the text, not a tag's end
    if text[end:end + 1] == "<" and (in_last_piece or text.find(">", end) == -1):
        return False  # a "<" of the text, not a tag's start
    return not in_last_piece or text[_piece_start(text, before)] != "<"


def _leftmost(patterns: tuple[re.Pattern[str], ...], pending: list[re.Match[str] | None], text: str,
              pos: int) -> re.Match[str] | None:
    """The first match at or after ``pos`` among ``patterns``, whose matches never overlap.

    ``pending`` holds each pattern's last match (None once it has no more); one that starts at
    or after ``pos`` is still that pattern's next match from ``pos``.
    """
    best = None
    for index, found in enumerate(pending):
        if found is not None and found.start() < pos:
            found = pending[index] = patterns[index].search(text, pos)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


def convert_smilies(text: str, *, settings: FormattingSettings = VECTOR_SETTINGS,
                    smilies: Mapping[str, str] = WP_SMILIES) -> str:
    """Replace smiley codes in text (not in tags, nor in code/pre/style/script/textarea)."""
    if not settings.use_smilies or not smilies:
        return text
    if smilies is WP_SMILIES:
        anywhere, search, emoji = _DEFAULT_ANYWHERE, _DEFAULT_SEARCH, _DEFAULT_EMOJI
    else:
        codes = tuple(smilies)
        anywhere, search, emoji = (_anywhere_regex(codes),), _search_regex(codes), {}
    pending = [pattern.search(text) for pattern in anywhere]
    first = _leftmost(anywhere, pending, text, 0)
    if first is None:
        return text

    def replace(match: re.Match[str]) -> str:
        code = match.group(0)
        return emoji.get(code) or translate_smiley(code, smilies, settings=settings)

    # Visit only the whole-text regex's matches (a code holds no "<" or ">", so each lies inside
    # one piece or one tag): a default-table match is checked in place, any other table's piece
    # is found around it and searched. The ignored element changes only at _IGNORED_TAG's hits.
    direct = smilies is WP_SMILIES
    out: list[str] = []
    done = 0  # text[:done] is in out
    ignoring = ""
    scanned = 0  # _IGNORED_TAG's hits before here are counted in ignoring
    found: re.Match[str] | None = first
    while found is not None:
        start, end = found.span()
        # Up to the match only: no hit spans it, as a smiley follows a space, ">" or "&nbsp;".
        while (tag := _IGNORED_TAG.search(text, scanned, start)) is not None:
            ignoring = _after_tag(text, tag.start(), ignoring)
            scanned = tag.end()
        scanned = start
        before = text.rfind(">", 0, start)
        in_last_piece = text.find("<", before + 1, start) != -1
        if in_last_piece:
            close = text.find(">", start)
            if close != -1:  # inside a tag: the first "<" after the last ">" opened it
                found = _leftmost(anywhere, pending, text, close + 1)
                continue
        if direct:
            if not ignoring and _is_piece_match(text, start, end, before, in_last_piece):
                out.append(text[done:start])
                out.append(replace(found))
                done = end
            found = _leftmost(anywhere, pending, text, end)
            continue
        if in_last_piece:
            end = len(text)  # after a "<" that no ">" follows
        else:
            end = text.find("<", start)
            if end == -1 or text.find(">", end) == -1:
                end = len(text)
        begin = _piece_start(text, before)
        if not ignoring and text[begin] != "<":
            out.append(text[done:begin])
            out.append(search.sub(replace, text[begin:end]))
            done = end
        found = _leftmost(anywhere, pending, text, end)
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)
