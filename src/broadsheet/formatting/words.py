"""``wp_trim_words``: cut text to a number of words, as WordPress 7.1.4 does it.

Port of ``wp_trim_words()`` in ``wp-includes/formatting.php`` (WordPress 7.1.4). Words are what
``preg_split('/[\\n\\r\\t ]+/')`` finds (the en_US word-count type ``words``); locales that count
characters (``characters_excluding_spaces`` / ``characters_including_spaces``) cut by character.
"""

from __future__ import annotations

import re

from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings

__all__ = ["wp_trim_words"]

_SPACES = re.compile(r"[\n\r\t ]+")
_SEPARATORS = "\n\r\t "


_LEADING_INT = re.compile(r"[ \t\n\r\x0b\f]*([+-]?\d+)")


def _php_int(value: object) -> int:
    """PHP's ``(int)`` cast for the values a caller may pass as ``num_words``."""
    if value is None or value is False:
        return 0
    if isinstance(value, int | float):
        return int(value)
    match = _LEADING_INT.match(str(value))
    return int(match.group(1)) if match else 0


def _split_words(text: str, limit: int) -> list[str]:
    """``preg_split('/[\\n\\r\\t ]+/', $text, $limit, PREG_SPLIT_NO_EMPTY)``: the last piece keeps the rest.

    Separators merge, so the only empty pieces are before a leading and after a trailing
    separator; PCRE skips them without counting them against ``limit`` (limit 1 returns the
    text whole, leading separator included).
    """
    if limit == 1:
        return [text] if text else []
    pieces = _SPACES.split(text.lstrip(_SEPARATORS), max(limit - 1, 0))
    if not pieces[-1]:
        pieces.pop()
    return pieces


def _slice(items: list[str], length: int) -> list[str]:
    """PHP's ``array_slice($items, 0, $length)`` (a negative length stops that far from the end)."""
    return items[:length] if length >= 0 else items[: max(len(items) + length, 0)]


def wp_trim_words(
    text: str,
    num_words: object = 55,
    more: str | None = None,
    settings: FormattingSettings = VECTOR_SETTINGS,
    word_count_type: str = "words",
) -> str:
    """The first ``num_words`` words of ``text`` without tags, followed by ``more`` if anything was cut."""
    from broadsheet.formatting.strip import wp_strip_all_tags

    if more is None:
        more = "&hellip;"
    text = wp_strip_all_tags(text)
    count = _php_int(num_words)

    if word_count_type.startswith("characters") and settings.charset.lower() in ("utf8", "utf-8"):
        text = _SPACES.sub(" ", text).strip(" ")
        words = _slice([char for char in text if char != "\n"], count + 1)
        separator = ""
    else:
        words = _split_words(text, count + 1)
        separator = " "

    if len(words) > count:
        if words:
            words.pop()
        return separator.join(words) + more
    return separator.join(words)
