"""Tag stripping: PHP's ``strip_tags`` and WordPress's ``wp_strip_all_tags``.

``strip_tags`` ports the state machine of PHP 8.2 ``ext/standard/string.c``
(``php_strip_tags_ex`` with no allowed tags); ``wp_strip_all_tags`` ports WordPress 7.1.4
``wp-includes/formatting.php``.
"""

from __future__ import annotations

import re

__all__ = ["strip_tags", "wp_strip_all_tags"]

# Case-insensitive as WordPress's /i without /u: ASCII letters fold, nothing else.
_SCRIPT_STYLE_OPEN = re.compile(r"<(script|style)", re.IGNORECASE | re.ASCII)
_SCRIPT_STYLE_CLOSE = {name: re.compile(f"</{name}>", re.IGNORECASE | re.ASCII).search for name in ("script", "style")}
_BREAKS = re.compile(r"[\r\n\t ]+")
_C_SPACE = frozenset(" \t\n\x0b\f\r")
_PHP_TRIM = " \t\n\r\0\x0b"

# Parser states, as in php_strip_tags_ex.
_TEXT, _TAG, _PHP, _DECLARATION, _COMMENT = range(5)

#: Per state, the characters that can change anything (the text state finds "<" with str.find).
_SIGNIFICANT = {
    _TAG: re.compile(r"[<>\"'!?]").search,
    _PHP: re.compile(r"[()>\"'lL]").search,
    _DECLARATION: re.compile(r"[>\"'\-eE]").search,
    _COMMENT: re.compile(r">").search,
}


def _is_doctype_end(text: str, at: int) -> bool:
    """Whether ``text[at]`` is the ``e`` ending ``doctype`` (case-insensitive)."""
    return at > 6 and text[at - 6:at].lower() == "doctyp"


def strip_tags(text: str) -> str:
    """Remove HTML and PHP tags and comments, exactly as PHP's ``strip_tags($text)`` does.

    PHP steps one byte at a time; here each state jumps to its next significant character
    (``_SIGNIFICANT``), since every other character only advances the position (text outside
    tags is copied, ``\\0`` dropped). ``tests/formatting/test_strip_properties.py`` checks it
    against the character-at-a-time machine.
    """
    out: list[str] = []
    state = _TEXT
    depth = 0
    in_quote = ""
    last = ""  # PHP's "lc": the last significant character inside a tag
    brackets = 0
    is_xml = False
    length = len(text)
    at = 0
    find = text.find
    while at < length:
        if state == _TEXT:
            opener = find("<", at)
            if depth:  # a comment closed inside a tag: PHP drops that many ">" after it
                closer = find(">", at, opener if opener >= 0 else length)
                if closer >= 0:
                    out.append(text[at:closer])
                    depth -= 1
                    at = closer + 1
                    continue
            if opener < 0:
                out.append(text[at:])
                break
            out.append(text[at:opener])
            at = opener
            following = text[at + 1] if at + 1 < length else ""
            if following in _C_SPACE:
                out.append("<")
            else:
                last, state = "<", _TAG
            at += 1
            continue
        found = _SIGNIFICANT[state](text, at)
        if found is None:
            break
        at = found.start()
        char = text[at]
        prev = text[at - 1]  # at > 0: every state but text starts after a "<"
        if state == _TAG:
            if char == "<":
                following = text[at + 1] if at + 1 < length else ""
                if not in_quote and following not in _C_SPACE:
                    depth += 1
            elif char == ">":
                if depth:
                    depth -= 1
                elif not in_quote:
                    last = ">"
                    if not (is_xml and prev == "-"):
                        in_quote, state, is_xml = "", _TEXT, False
            elif char in "\"'":
                if not in_quote or char == in_quote:
                    in_quote = "" if in_quote else char
            elif char == "!":
                if prev == "<":
                    state, last = _DECLARATION, "!"
            elif prev == "<":  # "?"
                brackets, state = 0, _PHP
        elif state == _PHP:
            if char == "(":
                if last not in "\"'" or last == "":
                    last, brackets = "(", brackets + 1
            elif char == ")":
                if last not in "\"'" or last == "":
                    last, brackets = ")", brackets - 1
            elif char == ">":
                if depth:
                    depth -= 1
                elif not in_quote and not brackets and last != '"' and prev == "?":
                    in_quote, state = "", _TEXT
            elif char in "\"'":
                if prev != "\\":  # an escaped quote neither opens nor closes
                    if last == char:
                        last = "\0"
                    elif last != "\\":
                        last = char
                    if not in_quote or char == in_quote:
                        in_quote = "" if in_quote else char
            elif at > 4 and text[at - 4:at].lower() == "<?xm":  # "l" or "L"
                state, is_xml = _TAG, True
        elif state == _DECLARATION:
            if char == ">":
                if depth:
                    depth -= 1
                elif not in_quote:
                    in_quote, state = "", _TEXT
            elif char in "\"'":
                if prev != "\\" and (not in_quote or char == in_quote):
                    in_quote = "" if in_quote else char
            elif char == "-":
                if at >= 2 and text[at - 2:at] == "!-":
                    state = _COMMENT
            elif _is_doctype_end(text, at):  # "e" or "E"
                state = _TAG
        elif not in_quote and at >= 2 and text[at - 2:at] == "--":  # _COMMENT, char ">"
            in_quote, state = "", _TEXT
        at += 1
    stripped = "".join(out)
    return stripped.replace("\0", "") if "\0" in stripped else stripped


def _remove_script_style(text: str) -> str:
    """Drop ``<script>``/``<style>`` elements with their contents.

    WordPress uses ``<(script|style)[^>]*?>.*?</\\1>`` (case-insensitive, dot-all); this finds
    the same matches with ``str.find`` and case-insensitive searches for the literal tags, so
    unclosed openers cost linear, not quadratic, time (and no lowered copy of the text is made).
    """
    out: list[str] = []
    position = search_from = 0
    unclosed: set[str] = set()
    while True:
        match = _SCRIPT_STYLE_OPEN.search(text, search_from)
        if match is None:
            break
        name = match.group(1).lower()  # ASCII letters only
        end_of_tag = text.find(">", match.end())
        if end_of_tag < 0:
            break  # no later opener can end either
        closer = None if name in unclosed else _SCRIPT_STYLE_CLOSE[name](text, end_of_tag + 1)
        if closer is None:
            unclosed.add(name)
            search_from = match.start() + 1
            continue
        out.append(text[position:match.start()])
        position = search_from = closer.end()
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)


def wp_strip_all_tags(text: str, remove_breaks: bool = False) -> str:
    """Strip all tags, dropping ``<script>``/``<style>`` contents too (``wp_strip_all_tags``)."""
    if text is None:
        return ""
    text = _remove_script_style(str(text))
    text = strip_tags(text)
    if remove_breaks:
        text = _BREAKS.sub(" ", text)
    return text.strip(_PHP_TRIM)
