"""Character-level fixes: stray ampersands, "Wordpress", and WordPress's "spaces" pattern.

Ports of ``convert_chars``, ``capital_P_dangit`` and ``wp_spaces_regexp`` from WordPress 7.1.4
``wp-includes/formatting.php``. WordPress runs its regexes over UTF-8 bytes; these run over
``str``, so every pattern is compiled with ``re.ASCII`` and multi-byte sequences such as
``\\xC2\\xA0`` become the one character they encode.
"""

from __future__ import annotations

import re

__all__ = [
    "SPACES",
    "SPACES_BEHIND",
    "SPACES_NOT_BEHIND",
    "capital_P_dangit",
    "convert_chars",
    "php_trim",
    "wp_spaces_regexp",
]

#: ``wp_spaces_regexp()``'s default, ``[\r\n\t ]|\xC2\xA0|&nbsp;``, as a ``str`` pattern.
SPACES = r"(?:[\r\n\t \xa0]|&nbsp;)"
#: ``(?<=SPACES)``: Python's lookbehind needs one fixed width per alternative.
SPACES_BEHIND = r"(?:(?<=[\r\n\t \xa0])|(?<=&nbsp;))"
#: ``(?<!SPACES)``.
SPACES_NOT_BEHIND = r"(?<![\r\n\t \xa0])(?<!&nbsp;)"

#: The characters PHP's ``trim()`` strips by default.
PHP_TRIM_CHARS = " \t\n\r\0\x0b"

# "&" not starting a numeric entity and not followed by a short name and ";". A non-ASCII
# character after "&" is always replaced: PHP looks ahead from its second UTF-8 byte.
_STRAY_AMPERSAND = re.compile(r"&([^#\x00-\x7f]|[^#](?![a-z1-4]{1,8};))", re.IGNORECASE | re.ASCII)

_DANGIT_PAIRS = tuple(
    (f"{prefix}Wordpress", f"{prefix}WordPress")
    for prefix in (" ", "&#8216;", "&#8220;", ">", "(")
)


def wp_spaces_regexp() -> str:
    """The pattern WordPress treats as "a space" (``wp_spaces_regexp``), for ``str`` input."""
    return SPACES


def php_trim(text: str, chars: str = PHP_TRIM_CHARS) -> str:
    """PHP ``trim()``: strips ASCII whitespace and NUL only, unlike ``str.strip()``."""
    return text.strip(chars)


def convert_chars(content: str, deprecated: str = "") -> str:
    """Turn a lone ``&`` into ``&#038;``, leaving things that look like entities alone."""
    if "&" in content:
        content = _STRAY_AMPERSAND.sub(r"&#038;\1", content)
    return content


def capital_P_dangit(text: str, *, in_title: bool = False) -> str:
    """Correct "Wordpress" to "WordPress" after a space, quote, ``>`` or ``(``.

    WordPress replaces every occurrence when running as the ``the_title``/``wp_title``
    filter; pass ``in_title=True`` for that.
    """
    if "Wordpress" not in text:
        return text
    if in_title:
        return text.replace("Wordpress", "WordPress")
    for search, replacement in _DANGIT_PAIRS:
        text = text.replace(search, replacement)
    return text
