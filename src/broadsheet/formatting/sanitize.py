"""Slugs, keys, user names and plain-text fields, sanitised as WordPress 7.1.4 does.

Ports of ``sanitize_title``, ``sanitize_title_with_dashes``, ``sanitize_key``, ``sanitize_user``,
``sanitize_text_field``, ``sanitize_textarea_field`` and ``utf8_uri_encode`` from
``wp-includes/formatting.php`` (WordPress 7.1.4). ``sanitize_title`` runs the default
``sanitize_title`` filter (``sanitize_title_with_dashes``, priority 10) directly.
"""

from __future__ import annotations

import re

from broadsheet.formatting.accents import remove_accents
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings

__all__ = [
    "sanitize_html_class",
    "sanitize_key",
    "sanitize_text_field",
    "sanitize_textarea_field",
    "sanitize_title",
    "sanitize_title_for_query",
    "sanitize_title_with_dashes",
    "sanitize_user",
    "utf8_uri_encode",
]

#: What PHP's ``trim()`` removes by default.
_PHP_TRIM = " \t\n\r\0\x0b"

_OCTET = re.compile(r"%([a-fA-F0-9][a-fA-F0-9])")
_OCTET_PLACEHOLDER = re.compile(r"---([a-fA-F0-9][a-fA-F0-9])---")
_ENTITY = re.compile(r"&.+?;")


def _kill_entities(text: str) -> str:
    """``preg_replace('/&.+?;/', '', $text)`` in linear time (the regex is quadratic on '&&&…')."""
    if "&" not in text or ";" not in text:
        return text
    out: list[str] = []
    position = 0
    semicolon = newline = -1  # next ';' / '\n' found so far (searches only move forward)
    amp = text.find("&")
    while amp != -1:
        if semicolon < amp + 2:
            semicolon = text.find(";", amp + 2)
            if semicolon == -1:
                break
        if newline < amp + 1:
            newline = text.find("\n", amp + 1)
            if newline == -1:
                newline = len(text)
        if newline < semicolon:  # '.' does not cross a line break
            amp = text.find("&", amp + 1)
            continue
        out.append(text[position:amp])
        position = semicolon + 1
        amp = text.find("&", position)
    out.append(text[position:])
    return "".join(out)
_NOT_SLUG = re.compile(r"[^%a-z0-9 _-]")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"-+")
_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# In the 'save' context: characters (as lowercase %-octets) that become a hyphen …
_SAVE_TO_HYPHEN = (
    "%c2%a0", "%e2%80%93", "%e2%80%94",  # nbsp, ndash, mdash
    "&nbsp;", "&#160;", "&ndash;", "&#8211;", "&mdash;", "&#8212;",
    "/",
)
# … that are dropped: soft hyphen, ¡ ¿, angle and curly quotes, bullet, © ® ° … ™,
# acute/grave/macron/caron accents, and zero-width or direction-control characters …
_SAVE_DROPPED = (
    "%c2%ad",
    "%c2%a1", "%c2%bf",
    "%c2%ab", "%c2%bb", "%e2%80%b9", "%e2%80%ba",
    "%e2%80%98", "%e2%80%99", "%e2%80%9c", "%e2%80%9d",
    "%e2%80%9a", "%e2%80%9b", "%e2%80%9e", "%e2%80%9f",
    "%e2%80%a2",
    "%c2%a9", "%c2%ae", "%c2%b0", "%e2%80%a6", "%e2%84%a2",
    "%c2%b4", "%cb%8a", "%cc%81", "%cd%81",
    "%cc%80", "%cc%84", "%cc%8c",
    "%e2%80%8b", "%e2%80%8c", "%e2%80%8d", "%e2%80%8e", "%e2%80%8f",
    "%e2%80%aa", "%e2%80%ab", "%e2%80%ac", "%e2%80%ad", "%e2%80%ae",
    "%ef%bb%bf", "%ef%bf%bc",  # byte order mark, object replacement character
)
# … and spaces that have a width, which become a hyphen too.
_SAVE_WIDE_SPACES = (
    "%e2%80%80", "%e2%80%81", "%e2%80%82", "%e2%80%83", "%e2%80%84", "%e2%80%85",
    "%e2%80%86", "%e2%80%87", "%e2%80%88", "%e2%80%89", "%e2%80%8a",
    "%e2%80%a8", "%e2%80%a9", "%e2%80%af",
)


def _strip_tags(text: str) -> str:
    """PHP's ``strip_tags`` (owned by ``formatting.strip``)."""
    from broadsheet.formatting.strip import strip_tags

    return strip_tags(text)


def _mb_strtolower(text: str) -> str:
    """PHP 8.2's ``mb_strtolower``: full case mapping, but capital sigma is always ``σ`` (no final ``ς``)."""
    if text.isascii():
        return text.translate(_ASCII_UPPER)
    return text.replace("Σ", "σ").lower()


def utf8_uri_encode(text: str, length: int = 0) -> str:
    """Percent-encode the non-ASCII UTF-8 octets of ``text`` (lowercase hex), cut at ``length`` bytes of output."""
    if text.isascii():
        return text[:length] if length else text
    out: list[str] = []
    used = 0
    for char in text:
        if char < "\x80":
            if length and used >= length:
                break
            out.append(char)
            used += 1
            continue
        octets = char.encode("utf-8", "surrogatepass")
        if length and used + len(octets) * 3 > length:
            break
        out.append("".join(f"%{octet:x}" for octet in octets))
        used += len(octets) * 3
    return "".join(out)


def sanitize_title_with_dashes(title: str, raw_title: str = "", context: str = "display") -> str:
    """A slug: lowercase ``[a-z0-9_-]`` plus lowercased %-octets for other characters, whitespace as dashes."""
    title = _strip_tags(title)
    # Keep escaped octets, drop every other percent sign.
    title = _OCTET.sub(r"---\1---", title)
    title = title.replace("%", "")
    title = _OCTET_PLACEHOLDER.sub(r"%\1", title)

    title = utf8_uri_encode(_mb_strtolower(title), 200)
    title = title.translate(_ASCII_UPPER)

    if context == "save":
        for needle in _SAVE_TO_HYPHEN:
            title = title.replace(needle, "-")
        for needle in _SAVE_DROPPED:
            title = title.replace(needle, "")
        for needle in _SAVE_WIDE_SPACES:
            title = title.replace(needle, "-")
        title = title.replace("%c3%97", "x")  # times sign

    title = _kill_entities(title)
    title = title.replace(".", "-")
    title = _NOT_SLUG.sub("", title)
    title = _SPACES.sub("-", title)
    title = _DASHES.sub("-", title)
    return title.strip("-")


def sanitize_title(
    title: str,
    fallback_title: str = "",
    context: str = "save",
    settings: FormattingSettings = VECTOR_SETTINGS,
) -> str:
    """A slug for ``title`` (accents removed when saving), or ``fallback_title`` if it comes out empty."""
    raw_title = title
    if context == "save":
        title = remove_accents(title, settings=settings)
    title = sanitize_title_with_dashes(title, raw_title, context)
    if title == "":
        return fallback_title
    return title


def sanitize_title_for_query(title: str) -> str:
    """``sanitize_title`` in the 'query' context, for looking a slug up from a URL."""
    return sanitize_title(title, "", "query")


_NOT_KEY = re.compile(r"[^a-z0-9_\-]")


def sanitize_key(key: object) -> str:
    """An internal identifier: lowercase ASCII letters, digits, ``_`` and ``-`` only."""
    if isinstance(key, bool):
        key = "1" if key else ""
    elif isinstance(key, float) and key.is_integer():
        key = int(key)  # PHP writes 1.0 as "1"
    if not isinstance(key, str | int | float):
        return ""
    return _NOT_KEY.sub("", str(key).translate(_ASCII_UPPER))


_ANY_OCTET = re.compile(r"%[a-fA-F0-9][a-fA-F0-9]")
_NOT_CLASS = re.compile(r"[^A-Za-z0-9_-]")


def sanitize_html_class(classname: str, fallback: str = "") -> str:
    """An HTML class name: %-octets dropped, then only ``[A-Za-z0-9_-]`` kept; ``fallback`` if empty."""
    sanitized = _NOT_CLASS.sub("", _ANY_OCTET.sub("", classname))
    if sanitized == "" and fallback:
        return sanitize_html_class(fallback)
    return sanitized


_KILL_OCTETS = re.compile(r"%([a-fA-F0-9][a-fA-F0-9])")
_NOT_STRICT_USER = re.compile(r"[^a-z0-9 _.\-@]", re.IGNORECASE | re.ASCII)
_PHP_SPACES = re.compile(r"[ \t\n\x0b\f\r]+")


def sanitize_user(username: str, strict: bool = False, settings: FormattingSettings = VECTOR_SETTINGS) -> str:
    """A user login without tags, accents, octets or entities (only ``[a-z0-9 _.-@]`` if ``strict``)."""
    from broadsheet.formatting.strip import wp_strip_all_tags

    username = wp_strip_all_tags(username)
    username = remove_accents(username, settings=settings)
    username = _KILL_OCTETS.sub("", username)
    username = _kill_entities(username)
    if strict:
        username = _NOT_STRICT_USER.sub("", username)
    username = username.strip(_PHP_TRIM)
    return _PHP_SPACES.sub(" ", username)


_TEXT_WHITESPACE = re.compile(r"[\r\n\t ]+")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _remove_percent_octets(text: str) -> tuple[str, bool]:
    """Remove %-octets until none is left, also those that removals bring together ('%%4141').

    WordPress loops ``preg_match``/``str_replace``; octets never overlap, so every removal order
    ends in the same text, and one left-to-right pass with a stack reaches it in linear time.
    """
    if "%" not in text:
        return text, False
    stack: list[str] = []
    found = False
    for char in text:
        stack.append(char)
        if len(stack) >= 3 and stack[-3] == "%" and stack[-2] in _HEX_DIGITS and char in _HEX_DIGITS:
            del stack[-3:]
            found = True
    return "".join(stack), found
_RUNS_OF_SPACES = re.compile(r" +")


def _sanitize_text_fields(text: str, keep_newlines: bool) -> str:
    """Shared body of the text-field sanitisers (``_sanitize_text_fields``)."""
    from broadsheet.formatting.escape import wp_check_invalid_utf8

    filtered = wp_check_invalid_utf8(text)
    if "<" in filtered:
        from broadsheet.formatting.kses import wp_pre_kses_less_than
        from broadsheet.formatting.strip import wp_strip_all_tags

        filtered = wp_pre_kses_less_than(filtered)
        filtered = wp_strip_all_tags(filtered, False)
        # Entities here so that later newline stripping cannot build a working tag.
        filtered = filtered.replace("<\n", "&lt;\n")
    if not keep_newlines:
        filtered = _TEXT_WHITESPACE.sub(" ", filtered)
    filtered = filtered.strip(_PHP_TRIM)

    filtered, found = _remove_percent_octets(filtered)
    if found:
        filtered = _RUNS_OF_SPACES.sub(" ", filtered).strip(_PHP_TRIM)
    return filtered


def sanitize_text_field(text: str) -> str:
    """One line of plain text: tags, line breaks, tabs, extra spaces and %-octets removed."""
    return _sanitize_text_fields(text, keep_newlines=False)


def sanitize_textarea_field(text: str) -> str:
    """Multi-line plain text: like ``sanitize_text_field`` but keeping line breaks."""
    return _sanitize_text_fields(text, keep_newlines=True)
