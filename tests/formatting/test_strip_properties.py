"""``strip_tags``'s fast path (jumps between significant characters) against the plain state machine.

The reference below is the character-at-a-time port of PHP 8.2's ``php_strip_tags_ex`` that
``strip.strip_tags`` replaced; generated text aimed at its states (tags, quotes, PHP and XML
processing instructions, declarations, comments, doctype) must come out the same from both.
``wp_strip_all_tags``' script/style removal searches case-insensitively instead of over a lowered copy.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from broadsheet.formatting import strip
from broadsheet.formatting.strip import strip_tags

def reference_strip_tags(text: str) -> str:
    """PHP 8.2's php_strip_tags_ex stepped one character at a time (strip.strip_tags before its fast path)."""
    out: list[str] = []
    state = strip._TEXT
    depth = 0
    in_quote = ""
    last = ""  # PHP's "lc": the last significant character inside a tag
    brackets = 0
    is_xml = False
    length = len(text)
    at = 0
    while at < length:
        char = text[at]
        prev = text[at - 1] if at else ""
        if state == strip._TEXT:
            if char == "<":
                following = text[at + 1] if at + 1 < length else ""
                if following in strip._C_SPACE:
                    out.append(char)
                else:
                    last, state = "<", strip._TAG
            elif char == ">" and depth:  # fixed with the fast path: PHP drops it
                depth -= 1
            elif char != "\0":
                out.append(char)
        elif state == strip._TAG:
            if char == "<":
                following = text[at + 1] if at + 1 < length else ""
                if not in_quote and following not in strip._C_SPACE:
                    depth += 1
            elif char == ">":
                if depth:
                    depth -= 1
                elif not in_quote:
                    last = ">"
                    if not (is_xml and prev == "-"):
                        in_quote, state, is_xml = "", strip._TEXT, False
            elif char in "\"'":
                if at and (not in_quote or char == in_quote):
                    in_quote = "" if in_quote else char
            elif char == "!" and prev == "<":
                state, last = strip._DECLARATION, "!"
            elif char == "?" and prev == "<":
                brackets, state = 0, strip._PHP
        elif state == strip._PHP:
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
                    in_quote, state = "", strip._TEXT
            elif char in "\"'":
                if at and prev != "\\":  # fixed with the fast path: escaped quotes do not toggle
                    if last == char:
                        last = "\0"
                    elif last != "\\":
                        last = char
                    if not in_quote or char == in_quote:
                        in_quote = "" if in_quote else char
            elif char in "lL" and at > 4 and text[at - 4:at].lower() == "<?xm":
                state, is_xml = strip._TAG, True
        elif state == strip._DECLARATION:
            if char == ">":
                if depth:
                    depth -= 1
                elif not in_quote:
                    in_quote, state = "", strip._TEXT
            elif char in "\"'":
                if at and prev != "\\" and (not in_quote or char == in_quote):
                    in_quote = "" if in_quote else char
            elif char == "-" and at >= 2 and text[at - 2:at] == "!-":
                state = strip._COMMENT
            elif char in "eE" and strip._is_doctype_end(text, at):
                state = strip._TAG
        else:  # strip._COMMENT
            if char == ">" and not in_quote and at >= 2 and text[at - 2:at] == "--":
                in_quote, state = "", strip._TEXT
        at += 1
    return "".join(out)


PIECES = st.lists(st.one_of(st.sampled_from([
    "<", ">", "<<", ">>", "< ", "<\t", "<\n", "</", "<p>", "</p>", "<p ", "<a href=\"x>y\">", "<b title='>'>",
    "\"", "'", "\\", "\\\"", "\\'", "!", "?", "<!", "<!-", "<!--", "-->", "--", "-", "->", "<!-- x -->",
    "<!DOCTYPE html>", "<!doctype", "doctype", "DocType", "e", "E", "<?", "?>", "<?php", "<?xml", "<?XmL", "<?xm",
    "l", "L", "(", ")", "()", "x", " ", "\t", "\n", "\x0b", "\f", "\r", "\0", "é", "中", "😀", "<script>",
    "</script>", "<style>", "</style>", "]]>", "<![CDATA[",
]), st.text(max_size=3)), max_size=50).map("".join)


@settings(max_examples=3000, deadline=None)
@given(text=st.one_of(PIECES, st.text()))
def test_strip_tags_matches_the_character_at_a_time_machine(text: str) -> None:
    assert strip_tags(text) == reference_strip_tags(text)


@settings(max_examples=500, deadline=None)
@given(text=st.text())
def test_text_without_tag_openers_loses_only_nul_bytes(text: str) -> None:
    text = text.replace("<", "")
    assert strip_tags(text) == text.replace("\0", "")



_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_LOWER_OPEN = re.compile(r"<(script|style)")


def reference_remove_script_style(text: str) -> str:
    """``_remove_script_style`` before it searched case-insensitively: over an ASCII-lowered copy."""
    lowered = text.translate(_ASCII_LOWER)  # same length as text, unlike str.lower()
    out: list[str] = []
    position = search_from = 0
    unclosed: set[str] = set()
    while True:
        match = _LOWER_OPEN.search(lowered, search_from)
        if match is None:
            break
        name = match.group(1)
        end_of_tag = lowered.find(">", match.end())
        if end_of_tag < 0:
            break  # no later opener can end either
        closer = -1 if name in unclosed else lowered.find(f"</{name}>", end_of_tag + 1)
        if closer < 0:
            unclosed.add(name)
            search_from = match.start() + 1
            continue
        out.append(text[position:match.start()])
        position = search_from = closer + len(name) + 3
    out.append(text[position:])
    return "".join(out)


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(st.sampled_from([
    "<script", "<SCRIPT", "<ScRiPt", "<style", "<STYLE", "</script>", "</SCRIPT>", "</style>", "</StYlE>", ">",
    "<", "x", " ", "\u017fcript", "<\u017ftyle", "</\u017ftyle>", "\u212a", "é", "😀", "\n", "</script", "<script>",
]), max_size=24).map("".join))
def test_script_style_removal_matches_the_lowered_copy_search(text: str) -> None:
    assert strip._remove_script_style(text) == reference_remove_script_style(text)
