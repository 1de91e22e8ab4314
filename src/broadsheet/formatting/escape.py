"""Escaping for HTML text, attributes and textareas, and decoding the special characters back.

Ports of ``esc_html``, ``esc_attr``, ``esc_textarea``, ``_wp_specialchars``,
``wp_specialchars_decode`` and ``wp_check_invalid_utf8`` from WordPress 7.1.4
``wp-includes/formatting.php``, with PHP's ``htmlspecialchars`` reproduced for UTF-8.
A Python ``str`` is always decoded text, so "invalid UTF-8" here means lone surrogates.
"""

from __future__ import annotations

import re
from html.entities import name2codepoint

from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings

__all__ = [
    "ENT_COMPAT",
    "ENT_NOQUOTES",
    "ENT_QUOTES",
    "ENT_XML1",
    "_wp_specialchars",
    "esc_attr",
    "esc_html",
    "esc_textarea",
    "htmlspecialchars",
    "wp_check_invalid_utf8",
    "wp_specialchars_decode",
]

# PHP's flag values.
ENT_NOQUOTES = 0
ENT_COMPAT = 2
ENT_QUOTES = 3
ENT_XML1 = 16
_ENT_HTML_QUOTE_SINGLE = 1

QuoteStyle = int | str

_SURROGATE = re.compile("[\ud800-\udfff]")
_SPECIAL = re.compile("[&<>\"']")
#: Named entities ``htmlspecialchars(…, double_encode: false)`` keeps under ENT_HTML401.
_HTML401_NAMES = frozenset(name2codepoint)
_XML1_NAMES = frozenset(("quot", "amp", "lt", "gt", "apos"))
# What follows "&" in an existing entity, as PHP's html.c recognises one.
_EXISTING_ENTITY = re.compile(r"#(?:[xX]([0-9a-fA-F]+)|([0-9]+));|([A-Za-z0-9]+);")




def wp_check_invalid_utf8(text: str, strip: bool = False,
                          *, settings: FormattingSettings = VECTOR_SETTINGS) -> str:
    """Return ``text`` if it is valid UTF-8, else ``''`` (or, with ``strip``, scrubbed).

    Scrubbing follows ``wp_scrub_utf8``/``mb_scrub``: each of a lone surrogate's three
    UTF-8 bytes becomes one U+FFFD.
    """
    text = php_strval(text)
    if text == "" or settings.charset.upper() not in ("UTF-8", "UTF8"):
        return text
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd" * 3, text) if strip else ""


def _kept_entity_length(text: str, amp: int, names: frozenset[str]) -> int:
    """Length of the valid entity after the ``&`` at ``amp`` (0 if none), as PHP judges it."""
    match = _EXISTING_ENTITY.match(text, amp + 1)
    if match is None:
        return 0
    hex_digits, dec_digits, name = match.groups()
    if name is not None:
        return len(match.group(0)) if name in names else 0
    value = int(hex_digits, 16) if hex_digits is not None else int(dec_digits)
    return len(match.group(0)) if value <= 0x10FFFF else 0


def htmlspecialchars(text: str, flags: int = ENT_QUOTES, double_encode: bool = True) -> str:
    """PHP ``htmlspecialchars`` for UTF-8: ``& < >`` always, quotes as ``flags`` say.

    Lone surrogates (invalid UTF-8) give ``''``, as PHP does without ``ENT_SUBSTITUTE``.
    """
    if _SURROGATE.search(text):
        return ""
    xml = bool(flags & ENT_XML1)
    table = {"<": "&lt;", ">": "&gt;"}
    if flags & ENT_COMPAT:
        table['"'] = "&quot;"
    if flags & _ENT_HTML_QUOTE_SINGLE:
        table["'"] = "&apos;" if xml else "&#039;"
    names = _XML1_NAMES if xml else _HTML401_NAMES
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "&":
            kept = 0 if double_encode else _kept_entity_length(text, i, names)
            if kept:
                out.append(text[i:i + 1 + kept])
                i += 1 + kept
                continue
            out.append("&amp;")
        else:
            out.append(table.get(ch, ch))
        i += 1
    return "".join(out)


def _wp_specialchars(text: str, quote_style: QuoteStyle = ENT_NOQUOTES, charset: str | bool = False,
                     double_encode: bool = False) -> str:
    """Encode ``& < > " '`` per ``quote_style``, normalising (not re-encoding) entities."""
    text = php_strval(text)
    if text == "" or not _SPECIAL.search(text):
        return text
    original_style = quote_style
    if not quote_style:
        quote_style = ENT_NOQUOTES
    elif quote_style == ENT_XML1:
        quote_style = ENT_QUOTES | ENT_XML1
    elif quote_style not in (ENT_NOQUOTES, ENT_COMPAT, ENT_QUOTES, "single", "double"):
        quote_style = ENT_QUOTES
    if quote_style == "double":
        quote_style = original_style = ENT_COMPAT
    elif quote_style == "single":
        quote_style = ENT_NOQUOTES
    assert isinstance(quote_style, int)
    if not double_encode:
        # Every &entity; valid, &garbage; → &amp;garbage; (kses owns the entity tables).
        from broadsheet.formatting.kses import wp_kses_normalize_entities

        text = wp_kses_normalize_entities(text, "xml" if quote_style & ENT_XML1 else "html")
    text = htmlspecialchars(text, quote_style, double_encode)
    if original_style == "single":
        text = text.replace("'", "&#039;")
    return text


_DECODE_SINGLE = {"&#039;": "'", "&#x27;": "'"}
_DECODE_DOUBLE = {"&quot;": '"', "&#034;": '"', "&#x22;": '"'}
_DECODE_OTHERS = {
    "&lt;": "<", "&#060;": "<", "&gt;": ">", "&#062;": ">",
    "&amp;": "&", "&#038;": "&", "&#x26;": "&",
}
_PAD_SINGLE = ((re.compile(r"&#0*39;"), "&#039;"), (re.compile(r"&#x0*27;", re.IGNORECASE), "&#x27;"))
_PAD_DOUBLE = ((re.compile(r"&#0*34;"), "&#034;"), (re.compile(r"&#x0*22;", re.IGNORECASE), "&#x22;"))
_PAD_OTHERS = (
    (re.compile(r"&#0*60;"), "&#060;"),
    (re.compile(r"&#0*62;"), "&#062;"),
    (re.compile(r"&#0*38;"), "&#038;"),
    (re.compile(r"&#x0*26;", re.IGNORECASE), "&#x26;"),
)


def wp_specialchars_decode(text: str, quote_style: QuoteStyle = ENT_NOQUOTES) -> str:
    """Turn the entities for ``& < >`` (and quotes, per ``quote_style``) back into characters."""
    from broadsheet.formatting.html_split import php_strtr

    text = php_strval(text)
    if text == "" or "&" not in text:
        return text
    if not quote_style:
        quote_style = ENT_NOQUOTES
    elif quote_style not in (0, 2, 3, "single", "double"):
        quote_style = ENT_QUOTES
    padding: tuple[tuple[re.Pattern[str], str], ...]
    if quote_style == ENT_QUOTES:
        table = {**_DECODE_SINGLE, **_DECODE_DOUBLE, **_DECODE_OTHERS}
        padding = _PAD_SINGLE + _PAD_DOUBLE + _PAD_OTHERS
    elif quote_style in (ENT_COMPAT, "double"):
        table = {**_DECODE_DOUBLE, **_DECODE_OTHERS}
        padding = _PAD_DOUBLE + _PAD_OTHERS
    elif quote_style == "single":
        table = {**_DECODE_SINGLE, **_DECODE_OTHERS}
        padding = _PAD_SINGLE + _PAD_OTHERS
    else:
        table = dict(_DECODE_OTHERS)
        padding = _PAD_OTHERS
    for pattern, replacement in padding:
        text = pattern.sub(replacement, text)
    return php_strtr(text, table)


def esc_html(text: str) -> str:
    """Escape ``text`` for an HTML text node (quotes too), keeping valid entities as they are."""
    return _wp_specialchars(wp_check_invalid_utf8(text), ENT_QUOTES)


def esc_attr(text: str) -> str:
    """Escape ``text`` for a quoted HTML attribute value, keeping valid entities as they are."""
    return _wp_specialchars(wp_check_invalid_utf8(text), ENT_QUOTES)


def esc_textarea(text: str) -> str:
    """Escape ``text`` for a ``<textarea>``: every ``&`` is encoded, entities included."""
    return htmlspecialchars(php_strval(text), ENT_QUOTES, double_encode=True)
