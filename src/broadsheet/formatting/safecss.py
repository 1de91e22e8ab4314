"""Inline ``style`` filtering for kses: keep only allowed, harmless CSS declarations.

Port of ``safecss_filter_attr`` from WordPress 7.1.4 ``wp-includes/kses.php``, split out of
``kses.py`` to keep each module to one job.
"""

from __future__ import annotations

import re

__all__ = ["SAFE_STYLE_CSS", "safecss_filter_attr"]

#: The ``safe_style_css`` list: CSS properties an inline style may set.
SAFE_STYLE_CSS: frozenset[str] = frozenset(["background", "background-color", "background-image", "background-position", "background-repeat", "background-size", "background-attachment", "background-blend-mode", "border", "border-radius", "border-width", "border-color", "border-style", "border-right", "border-right-color", "border-right-style", "border-right-width", "border-bottom", "border-bottom-color", "border-bottom-left-radius", "border-bottom-right-radius", "border-bottom-style", "border-bottom-width", "border-left", "border-left-color", "border-left-style", "border-left-width", "border-top", "border-top-color", "border-top-left-radius", "border-top-right-radius", "border-top-style", "border-top-width", "border-spacing", "border-collapse", "caption-side", "columns", "column-count", "column-fill", "column-gap", "column-rule", "column-span", "column-width", "color", "filter", "font", "font-family", "font-size", "font-style", "font-variant", "font-weight", "letter-spacing", "line-height", "text-align", "text-decoration", "text-indent", "text-transform", "height", "min-height", "max-height", "width", "min-width", "max-width", "margin", "margin-right", "margin-bottom", "margin-left", "margin-top", "margin-block-start", "margin-block-end", "margin-inline-start", "margin-inline-end", "padding", "padding-right", "padding-bottom", "padding-left", "padding-top", "padding-block-start", "padding-block-end", "padding-inline-start", "padding-inline-end", "flex", "flex-basis", "flex-direction", "flex-flow", "flex-grow", "flex-shrink", "flex-wrap", "gap", "column-gap", "row-gap", "grid-template-columns", "grid-auto-columns", "grid-column-start", "grid-column-end", "grid-column-gap", "grid-template-rows", "grid-auto-rows", "grid-row-start", "grid-row-end", "grid-row-gap", "grid-gap", "justify-content", "justify-items", "justify-self", "align-content", "align-items", "align-self", "clear", "cursor", "direction", "display", "float", "list-style-type", "object-fit", "object-position", "overflow", "vertical-align", "writing-mode", "position", "top", "right", "bottom", "left", "z-index", "box-shadow", "aspect-ratio"])

#: Properties whose value may hold ``url(…)``.
_URL_DATA_TYPES = frozenset(
    ("background", "background-image", "cursor", "filter", "list-style", "list-style-image")
)
#: Properties whose value may be a gradient.
_GRADIENT_DATA_TYPES = frozenset(("background", "background-image"))

_PHP_TRIM = " \t\n\r\0\x0b"
_WS = " \t\n\x0b\f\r"
_CUSTOM_PROPERTY = re.compile(r"--[a-zA-Z0-9\-_]+\Z")
_URL_PIECES = re.compile(rf"url\([{_WS}]*(['\"]?)(.*)(\1)[{_WS}]*\)$")
_GRADIENT = re.compile(
    r"(?:repeating-)?(?:linear|radial|conic)-gradient\((?:[^()]|rgba?\([^()]*\))*\)$"
)
_CSS_FUNCTION = re.compile(r"\b(?:var|calc|min|max|minmax|clamp|repeat)\(", re.ASCII)
_UNSAFE = re.compile(r"[\\(&=}]|/\*")


def _url_calls(value: str) -> list[str]:
    """Every ``url(…)`` in ``value``, as ``preg_match_all('/url\\([^)]+\\)/')`` finds them.

    With ``str.find`` rather than the regex, which rescans to the end from every unclosed
    ``url(``.
    """
    calls: list[str] = []
    search_from = 0
    while True:
        start = value.find("url(", search_from)
        if start < 0:
            break
        body = start + 4
        close = value.find(")", body)
        if close < 0:
            break
        if close == body:  # "url()" has no character for [^)]+
            search_from = start + 1
            continue
        calls.append(value[start:close + 1])
        search_from = close + 1
    return calls


def _closing_parens(css: str) -> dict[int, int]:
    """Index of each ``(`` that is balanced → index of the ``)`` closing it."""
    pairs: dict[int, int] = {}
    open_at: list[int] = []
    for index, char in enumerate(css):
        if char == "(":
            open_at.append(index)
        elif char == ")" and open_at:
            pairs[open_at.pop()] = index
    return pairs


def _remove_css_functions(css: str) -> str:
    """Drop ``var(…)``, ``calc(…)`` and friends whose parentheses balance, nested ones included.

    PCRE does this with a recursive group; here one pass pairs the parentheses, so the work
    stays linear however the input nests.
    """
    if "(" not in css:
        return css
    pairs = _closing_parens(css)
    out: list[str] = []
    position = search_from = 0
    while True:
        match = _CSS_FUNCTION.search(css, search_from)
        if match is None:
            break
        close = pairs.get(match.end() - 1)
        if close is None:
            search_from = match.start() + 1
            continue
        out.append(css[position:match.start()])
        position = search_from = close + 1
    out.append(css[position:])
    return "".join(out)


def safecss_filter_attr(css: str) -> str:
    """Keep the declarations of ``css`` that use allowed properties and safe values."""
    from broadsheet.formatting.kses import wp_kses_bad_protocol, wp_kses_no_null
    from broadsheet.formatting.urls import wp_allowed_protocols

    css = wp_kses_no_null(css)
    css = css.replace("\n", "").replace("\r", "").replace("\t", "")
    allowed_protocols = wp_allowed_protocols()
    kept: list[str] = []
    for item in css.strip(_PHP_TRIM).split(";"):
        if item == "":
            continue
        item = item.strip(_PHP_TRIM)
        test_string = item
        found = url_attr = gradient_attr = False
        value = ""
        if ":" not in item:
            found = True
        else:
            selector, value = item.split(":", 1)
            selector = selector.strip(_PHP_TRIM)
            is_custom_var = bool(_CUSTOM_PROPERTY.match(selector))
            if is_custom_var or selector in SAFE_STYLE_CSS:
                found = True
                url_attr = selector in _URL_DATA_TYPES
                gradient_attr = selector in _GRADIENT_DATA_TYPES
            if is_custom_var:
                stripped = value.strip(_PHP_TRIM)
                url_attr = stripped.startswith("url(")
                gradient_attr = "-gradient(" in stripped

        if found and url_attr:
            for url_match in _url_calls(value):
                pieces = _URL_PIECES.match(url_match)
                url = pieces.group(2) if pieces else ""
                if url in ("", "0"):
                    found = False
                    break
                url = url.strip(_PHP_TRIM)
                if url in ("", "0") or wp_kses_bad_protocol(url, allowed_protocols) != url:
                    found = False
                    break
                test_string = test_string.replace(url_match, "")

        if found and gradient_attr:
            stripped = value.strip(_PHP_TRIM)
            if _GRADIENT.match(stripped):
                test_string = test_string.replace(stripped, "")

        if found:
            test_string = _remove_css_functions(test_string)
            if not _UNSAFE.search(test_string):
                kept.append(item)
    return ";".join(kept)
