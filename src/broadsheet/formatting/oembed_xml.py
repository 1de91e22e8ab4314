"""The XML form of an oEmbed response, as ``_oembed_create_xml`` builds it with SimpleXML.

Port of ``_oembed_create_xml`` (wp-includes/embed.php, WordPress 7.1.4) and of what libxml does
with it: each scalar goes through ``esc_html`` and then ``SimpleXMLElement::addChild``, which
reads entity references back into characters; ``asXML()`` then writes ``& < >`` (and ``\\r``) as
entities and, with no encoding declared, every non-ASCII character as ``&#xHEX;``. Numeric keys
become ``<oembed>`` elements; an empty array becomes an empty element.
"""

from __future__ import annotations

import re
from typing import Any

from broadsheet.formatting.escape import esc_html
from broadsheet.formatting.php_strings import php_strval

__all__ = ["oembed_create_xml"]

_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_XML_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_REF = "\x00"  # marks a named entity libxml keeps as a reference (it is not XML's)


def oembed_create_xml(data: Any) -> str | None:
    """The XML document for ``data`` (a dict or list), or None when it is empty or not an array."""
    if not isinstance(data, (dict, list)) or not data:
        return None
    return '<?xml version="1.0"?>\n<oembed>' + _children(data) + "</oembed>\n"


def _children(data: dict[str, Any] | list[Any]) -> str:
    items = data.items() if isinstance(data, dict) else enumerate(data)
    out: list[str] = []
    for key, value in items:
        name = "oembed" if isinstance(key, int) or _is_numeric(str(key)) else str(key)
        if isinstance(value, (dict, list)):
            inner = _children(value) if value else ""
            out.append(f"<{name}>{inner}</{name}>" if inner else f"<{name}/>")
        else:
            out.append(f"<{name}>{_text(php_strval(value))}</{name}>")
    return "".join(out)


def _text(value: str) -> str:
    """``esc_html``, entity references read back (``addChild``), then serialised by libxml."""
    escaped = esc_html(value)
    kept: list[str] = []

    def decode(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref.startswith(("#x", "#X")):
            return chr(int(ref[2:], 16))
        if ref.startswith("#"):
            return chr(int(ref[1:]))
        if ref in _XML_PREDEFINED:
            return _XML_PREDEFINED[ref]
        kept.append(ref)
        return _REF

    text = _ENTITY.sub(decode, escaped)
    out: list[str] = []
    refs = iter(kept)
    for ch in text:
        if ch == _REF:
            out.append(f"&{next(refs)};")
        elif ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "\r":
            out.append("&#13;")
        elif ord(ch) > 127:
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    return "".join(out)


def _is_numeric(key: str) -> bool:
    return bool(re.fullmatch(r"\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", key))



