"""Paragraphs from blank lines (``wpautop``) and un-wrapping stand-alone shortcodes.

Ports of ``wpautop``, ``_autop_newline_preservation_helper`` and ``shortcode_unautop`` from
WordPress 7.1.4 ``wp-includes/formatting.php``. Patterns that start with ``\\s*`` carry a
guard that refuses to start inside a whitespace run: the leftmost match always starts at the
run's beginning, so the guard changes no result but keeps long runs linear, not quadratic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from broadsheet.formatting.chars import SPACES
from broadsheet.formatting.html_split import wp_replace_in_html_tags
from broadsheet.formatting.texturize import CORE_SHORTCODE_TAGS

__all__ = ["shortcode_unautop", "wpautop"]

_ALLBLOCKS = (
    "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map"
    "|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup"
    "|header|footer|nav|figure|figcaption|details|menu|summary)"
)


# Start a "\s*…" match only where a whitespace run starts (or where none is): see module doc.
_RUN_START = r"(?:(?<!\s)|(?!\s))"


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags | re.A)


_DOUBLE_BR = _rx(r"<br\s*/?>\s*<br\s*/?>")
_BLOCK_OPEN = _rx(rf"(<{_ALLBLOCKS}[\s/>])")
_BLOCK_CLOSE = _rx(rf"(</{_ALLBLOCKS}>)")
_HR = _rx(r"(<hr\s*?/?>)")
_BEFORE_OPTION = _rx(_RUN_START + r"\s*<option")
_AFTER_OPTION = _rx(r"</option>\s*")
_OBJECT_OPEN = _rx(r"(<object[^>]*>)\s*")
_OBJECT_CLOSE = _rx(_RUN_START + r"\s*</object>")
_PARAM_EMBED = _rx(_RUN_START + r"\s*(</?(?:param|embed)[^>]*>)\s*")
_MEDIA_OPEN = _rx(r"([<\[](?:audio|video)[^>\]]*[>\]])\s*")
_MEDIA_CLOSE = _rx(_RUN_START + r"\s*([<\[]/(?:audio|video)[>\]])")
_SOURCE_TRACK = _rx(_RUN_START + r"\s*(<(?:source|track)[^>]*>)\s*")
_FIGCAPTION_OPEN = _rx(_RUN_START + r"\s*(<figcaption[^>]*>)")
_FIGCAPTION_CLOSE = _rx(r"</figcaption>\s*")
_MANY_NEWLINES = _rx(r"\n\n+")
_PARAGRAPH_SPLIT = _rx(r"\n\s*\n")
_EMPTY_P = _rx(r"<p>\s*</p>")
_UNCLOSED_P_IN = _rx(r"<p>([^<]+)</(div|address|form)>")
_P_AROUND_BLOCK = _rx(rf"<p>\s*(</?{_ALLBLOCKS}[^>]*>)\s*</p>")
_P_AROUND_LI = _rx(r"<p>(<li.+?)</p>")
_P_BLOCKQUOTE = _rx(r"<p><blockquote", re.I)
_P_BEFORE_BLOCK = _rx(rf"<p>\s*(</?{_ALLBLOCKS}[^>]*>)")
_P_AFTER_BLOCK = _rx(rf"(</?{_ALLBLOCKS}[^>]*>)\s*</p>")
_PRESERVE_NEWLINES = _rx(r"<(script|style|svg|math).*?</\1>", re.S)
_WHITESPACE_RUN = _rx(r"\s+")
_BR_AFTER_BLOCK = _rx(rf"(</?{_ALLBLOCKS}[^>]*>)\s*<br />")
_BR_BEFORE_BLOCK = _rx(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)")
_FINAL_NEWLINE_P = _rx(r"\n</p>$")
_PHP_TRIM = " \t\n\r\0\x0b"


def _stash_pre(text: str) -> tuple[str, dict[str, str]]:
    """Swap each ``<pre>…</pre>`` for a placeholder element, to be restored untouched."""
    pre_tags: dict[str, str] = {}
    parts = text.split("</pre>")
    last = parts.pop()
    out: list[str] = []
    for part in parts:
        start = part.find("<pre")
        if start == -1:  # Malformed HTML?
            out.append(part)
            continue
        name = f"<pre wp-pre-tag-{len(pre_tags)}></pre>"
        pre_tags[name] = part[start:] + "</pre>"
        out.append(part[:start] + name)
    out.append(last)
    return "".join(out), pre_tags


_HTML_SPACE = " \t\n\f\r"


def _tag_end(text: str, i: int) -> int:
    """Offset of the ``>`` closing the tag whose attributes start at ``i``, or -1.

    Quoted attribute values may hold ``>``, as an HTML tokenizer reads them.
    """
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == ">":
            return i
        if ch in _HTML_SPACE or ch == "/":
            i += 1
            continue
        i += 1  # The attribute name's first character may even be "=".
        while i < n and text[i] not in _HTML_SPACE and text[i] not in "/>=":
            i += 1
        k = i
        while k < n and text[k] in _HTML_SPACE:
            k += 1
        if k < n and text[k] == "=":
            k += 1
            while k < n and text[k] in _HTML_SPACE:
                k += 1
            if k < n and text[k] in "\"'":
                close = text.find(text[k], k + 1)
                if close == -1:
                    return -1
                i = close + 1
            else:
                while k < n and text[k] not in _HTML_SPACE and text[k] != ">":
                    k += 1
                i = k
    return -1


def _move_p_into_blockquote(text: str) -> str:
    """``<p><blockquote …>`` → ``<blockquote …><p>``, reading the tag's attributes properly.

    WordPress 7.1.4 puts the ``<p>`` after the real end of the tag even when a quoted
    attribute value holds ``>`` (vector wpautop:697); a tag that never closes falls back to
    the first ``>``, as the older ``[^>]*`` pattern did.
    """
    out: list[str] = []
    done = 0
    for match in _P_BLOCKQUOTE.finditer(text):
        start, attrs = match.span()
        if start < done:
            continue
        end = _tag_end(text, attrs)
        if end == -1:
            end = text.find(">", attrs)
            if end == -1:
                break
        out.append(text[done:start])
        out.append(f"<blockquote{text[attrs:end]}><p>")
        done = end + 1
    out.append(text[done:])
    return "".join(out)


def _newlines_to_br(text: str) -> str:
    """``(?<!<br />)\\s*\\n`` → ``<br />\\n``, one whitespace run at a time (linear)."""
    out: list[str] = []
    done = 0
    for run in _WHITESPACE_RUN.finditer(text):
        start, end = run.span()
        last_newline = text.rfind("\n", start, end)
        if last_newline == -1:
            continue
        # The run's first offset is barred when "<br />" precedes it; the next one never is.
        if text.endswith("<br />", 0, start):
            start += 1
        if start > last_newline:
            continue
        out.append(text[done:start])
        out.append("<br />\n")
        done = last_newline + 1
    out.append(text[done:])
    return "".join(out)


def _preserve_newlines(text: str) -> str:
    """Hide newlines inside ``<script>``, ``<style>``, ``<svg>`` and ``<math>`` from ``<br />``."""
    if "<" not in text:
        return text
    return _PRESERVE_NEWLINES.sub(lambda m: m.group(0).replace("\n", "<WPPreserveNewline />"), text)


def wpautop(text: str, br: object = True) -> str:
    """Wrap blank-line-separated blocks in ``<p>`` and (with ``br``) lone newlines in ``<br />``.

    Block-level elements are not wrapped; ``<pre>`` contents and newlines inside tags are kept.
    """
    if text.strip(_PHP_TRIM) == "":
        return ""
    text += "\n"  # Just to make things a little easier, pad the end.
    pre_tags: dict[str, str] = {}
    if "<pre" in text:
        text, pre_tags = _stash_pre(text)

    # Change multiple <br>s into two line breaks, which will turn into paragraphs.
    text = _DOUBLE_BR.sub("\n\n", text)
    text = _BLOCK_OPEN.sub("\n\n\\1", text)
    text = _BLOCK_CLOSE.sub("\\1\n\n", text)
    text = _HR.sub("\\1\n\n", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = wp_replace_in_html_tags(text, {"\n": " <!-- wpnl --> "})

    if "<option" in text:
        text = _BEFORE_OPTION.sub("<option", text)
        text = _AFTER_OPTION.sub("</option>", text)
    if "</object>" in text:
        text = _OBJECT_OPEN.sub("\\1", text)
        text = _OBJECT_CLOSE.sub("</object>", text)
        text = _PARAM_EMBED.sub("\\1", text)
    if "<source" in text or "<track" in text:
        text = _MEDIA_OPEN.sub("\\1", text)
        text = _MEDIA_CLOSE.sub("\\1", text)
        text = _SOURCE_TRACK.sub("\\1", text)
    if "<figcaption" in text:
        text = _FIGCAPTION_OPEN.sub("\\1", text)
        text = _FIGCAPTION_CLOSE.sub("</figcaption>", text)

    text = _MANY_NEWLINES.sub("\n\n", text)
    paragraphs = [p for p in _PARAGRAPH_SPLIT.split(text) if p]
    text = "".join(f"<p>{p.strip(chr(10))}</p>\n" for p in paragraphs)

    text = _EMPTY_P.sub("", text)
    text = _UNCLOSED_P_IN.sub("<p>\\1</p></\\2>", text)
    text = _P_AROUND_BLOCK.sub("\\1", text)
    text = _P_AROUND_LI.sub("\\1", text)
    text = _move_p_into_blockquote(text)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = _P_BEFORE_BLOCK.sub("\\1", text)
    text = _P_AFTER_BLOCK.sub("\\1", text)

    if _is_truthy(br):
        text = _preserve_newlines(text)
        text = text.replace("<br>", "<br />").replace("<br/>", "<br />")
        text = _newlines_to_br(text)
        text = text.replace("<WPPreserveNewline />", "\n")

    text = _BR_AFTER_BLOCK.sub("\\1", text)
    text = _BR_BEFORE_BLOCK.sub("\\1", text)
    text = _FINAL_NEWLINE_P.sub("</p>", text)

    for name, original in pre_tags.items():
        text = text.replace(name, original)
    if "<!-- wpnl -->" in text:
        text = text.replace(" <!-- wpnl --> ", "\n").replace("<!-- wpnl -->", "\n")
    return text


def _is_truthy(value: object) -> bool:
    """PHP truthiness for the ``$br`` flag (``"0"`` and ``""`` are false)."""
    if isinstance(value, str):
        return value not in ("", "0")
    return bool(value)


def _shortcode_unautop_regex(tagnames: Iterable[str]) -> re.Pattern[str]:
    tagregexp = "|".join(re.escape(name) for name in tagnames)
    return _rx(
        "<p>"
        rf"(?:{SPACES})*+"  # Optional leading whitespace.
        "("  # 1: the shortcode.
        r"\["
        f"({tagregexp})"  # 2: shortcode name.
        r"(?![\w-])"
        r"[^\]/]*+"  # Inside the opening tag: no closing bracket or slash…
        r"(?:/(?!\])[^\]/]*+)*?"  # …or a slash not closing the tag.
        r"(?:"
        r"/\]"  # Self-closing tag.
        r"|"
        r"\]"
        r"(?:"  # Optionally, content and the closing tag.
        r"[^\[]*+"
        r"(?:\[(?!/\2\])[^\[]*+)*+"
        r"\[/\2\]"
        r")?"
        r")"
        ")"
        rf"(?:{SPACES})*+"  # Optional trailing whitespace.
        "</p>"
    )


_CORE_UNAUTOP = _shortcode_unautop_regex(CORE_SHORTCODE_TAGS)


def shortcode_unautop(text: str, shortcode_tags: Iterable[str] = CORE_SHORTCODE_TAGS) -> str:
    """Remove the ``<p>…</p>`` that ``wpautop`` puts around a shortcode standing on its own."""
    tags = tuple(shortcode_tags)
    if not tags:
        return text
    pattern = _CORE_UNAUTOP if tags == CORE_SHORTCODE_TAGS else _shortcode_unautop_regex(tags)
    return pattern.sub("\\1", text)
