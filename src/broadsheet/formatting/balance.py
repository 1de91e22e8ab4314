"""Tag balancing: close what is left open, drop stray closers (``force_balance_tags``).

Port of ``force_balance_tags`` and ``balanceTags`` from WordPress 7.1.4
``wp-includes/formatting.php`` (the 5.3+ version with custom-element names).
"""

from __future__ import annotations

import re

from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings

__all__ = ["balanceTags", "force_balance_tags"]

#: Void elements: never pushed on the stack, always written ``<x />``.
_SINGLE_TAGS = frozenset((
    "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
    "isindex", "link", "meta", "param", "source", "track", "wbr",
))
#: Elements that may directly contain themselves.
_NESTABLE_TAGS = frozenset(
    ("article", "aside", "blockquote", "details", "div", "figure", "object", "q", "section", "span")
)

_WS = " \t\n\x0b\f\r"
_PHP_TRIM = " \t\n\r\0\x0b"
_LESS_THAN_DIGIT = re.compile(r"<([0-9])")
# Group 1: closing slash; 2: tag name (custom element or word characters); 3: "/" of an
# attribute-less tag; 4: whitespace before attributes; 5: attributes. PCRE without /u, so \w is
# ASCII. WordPress writes the custom-element tail as (?:[a-z0-9._-]+)+, the same language.
_TAG = re.compile(
    r"<(/?)((?:[a-z][a-z0-9._]*-[a-z0-9._-]+)|(?:[A-Za-z0-9_:]+))"
    rf"(?:[{_WS}]*(/?)|([{_WS}]+)([^>]*))>"
)


def force_balance_tags(text: str) -> str:
    """Close unclosed elements and drop unmatched closing tags, as WordPress does."""
    stack: list[str] = []
    queue = ""
    out: list[str] = []
    # "< !--" really meant as text survives; "<3" and friends are escaped.
    text = text.replace("< !--", "<    !--")
    text = _LESS_THAN_DIGIT.sub(r"&lt;\1", text)

    # Every tag ends in ">": nothing after the last one can match, and bounding the search
    # there keeps each failed attempt short.
    end = text.rfind(">") + 1
    position = 0
    while True:
        match = _TAG.search(text, position, end)
        if match is None:
            break
        is_closing = bool(match.group(1))
        tag = match.group(2).lower()
        is_single = tag in _SINGLE_TAGS
        pre_ws = match.group(4) or ""
        raw_attributes = match.group(5) if match.group(5) is not None else (match.group(3) or "")
        attributes = raw_attributes.strip(_PHP_TRIM)
        has_self_closer = attributes.endswith("/")

        out.append(queue)
        queue = ""
        if is_closing:
            output = ""
            if stack and stack[-1] == tag:
                output = f"</{tag}>"
                stack.pop()
            elif stack:
                # Close everything opened after the matching opener, if there is one.
                for index in range(len(stack) - 1, -1, -1):
                    if stack[index] == tag:
                        while len(stack) > index:
                            queue += f"</{stack.pop()}>"
                        break
        else:
            if has_self_closer:
                if not is_single:
                    attributes = attributes[:-1].strip(_PHP_TRIM) + f"></{tag}"
            elif is_single:
                pre_ws = " "
                attributes += "/"
            else:
                if stack and tag not in _NESTABLE_TAGS and stack[-1] == tag:
                    queue = f"</{stack.pop()}>"
                stack.append(tag)
            if has_self_closer and is_single:
                pre_ws = " "  # prefer <br /> to <br/>
            output = f"<{tag}{pre_ws}{attributes}>"
            if queue:
                queue += output
                output = ""
        out.append(text[position:match.start()])
        out.append(output)
        position = match.end()

    out.append(queue)
    out.append(text[position:])
    while stack:
        out.append(f"</{stack.pop()}>")
    result = "".join(out)
    result = result.replace("< !--", "<!--")
    return result.replace("<    !--", "< !--")


def balanceTags(text: str, force: bool = False,
                settings: FormattingSettings = VECTOR_SETTINGS) -> str:
    """Balance tags when forced or when the ``use_balanceTags`` option is on (``balanceTags``)."""
    if force or settings.use_balance_tags:
        return force_balance_tags(text)
    return text
