"""Split HTML into text and element pieces, and replace inside elements only.

Ports of ``wp_html_split``, ``get_html_split_regex`` and ``wp_replace_in_html_tags`` from
WordPress 7.1.4 ``wp-includes/formatting.php``. PCRE's ``(?(?=…)A|B)`` conditionals are
written as guarded alternatives, since Python's ``re`` only has group conditionals.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = [
    "get_html_split_regex",
    "php_strtr",
    "wp_html_split",
    "wp_replace_in_html_tags",
]

# "<!--" … "-->" (or to the end of input), unrolled and possessive so it never backtracks.
_COMMENT = r"!(?:-(?!->)[^\-]*+)*+(?:-->)?"
# "<![CDATA[" … "]]>" (or to the end of input).
_CDATA = r"!\[CDATA\[[^\]]*+(?:\](?!\]>)[^\]]*+)*+(?:\]\]>)?"
_ESCAPED_START = r"!--|!\[CDATA\["

#: The whole pattern: one capture group around an element, comment or CDATA section.
HTML_SPLIT_PATTERN = (
    "(<(?:"
    f"(?={_ESCAPED_START})(?:(?=!-){_COMMENT}|(?!!-){_CDATA})"
    f"|(?!{_ESCAPED_START})[^>]*>?"
    "))"
)
_HTML_SPLIT_RE = re.compile(HTML_SPLIT_PATTERN)


def get_html_split_regex() -> re.Pattern[str]:
    """The compiled regex matching one HTML element, comment or CDATA section (captured)."""
    return _HTML_SPLIT_RE


def wp_html_split(text: str) -> list[str]:
    """Split ``text`` into ``[text, element, text, element, …, text]`` (always odd length)."""
    return _HTML_SPLIT_RE.split(text)


def php_strtr(text: str, pairs: Mapping[str, str]) -> str:
    """PHP ``strtr($text, $pairs)``: longest key first at each offset, never rescanning output."""
    keys = [key for key in pairs if key != ""]
    if not keys:
        return text
    keys.sort(key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(key) for key in keys))
    return pattern.sub(lambda m: pairs[m.group(0)], text)


def wp_replace_in_html_tags(haystack: str, replace_pairs: Mapping[str, str]) -> str:
    """Replace needles with their replacements inside HTML elements and comments only."""
    pairs = {str(key): str(value) for key, value in replace_pairs.items()}
    if len(pairs) == 1:
        needle, replacement = next(iter(pairs.items()))
        if needle == "" or needle not in haystack:
            return haystack
    pieces = wp_html_split(haystack)
    changed = False
    if len(pairs) == 1:
        if needle not in "".join(pieces[1::2]):  # in text only, no element holds it
            return haystack
        for i in range(1, len(pieces), 2):
            if needle in pieces[i]:
                pieces[i] = pieces[i].replace(needle, replacement)
                changed = True
    else:
        needles = list(pairs)
        for i in range(1, len(pieces), 2):
            # One strtr() per element, as soon as any needle is seen in it.
            if any(needle in pieces[i] for needle in needles):
                pieces[i] = php_strtr(pieces[i], pairs)
                changed = True
    return "".join(pieces) if changed else haystack
