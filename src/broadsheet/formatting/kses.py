"""kses: keep only allowed HTML elements, attributes, URL protocols and entities.

Port of WordPress 7.1.4 ``wp-includes/kses.php`` (``wp_kses`` and its helpers), driven by the
``wp_kses`` / ``wp_kses_post`` vectors. Two 7.x behaviours differ from older WordPress: a ``<``
that no ``>`` closes before the next ``<`` is escaped as text, and kept attributes are written
back lower-cased, double-quoted and re-encoded from their decoded value.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping
from typing import Any, TypedDict

from broadsheet.formatting.escape import esc_attr, esc_html
from broadsheet.formatting.kses_allowed import (
    ALLOWED_ENTITY_NAMES,
    ALLOWED_POST_TAGS,
    ALLOWED_TAGS,
    URI_ATTRIBUTES,
    AllowedHtml,
    wp_kses_allowed_html,
    wp_kses_uri_attributes,
)
from broadsheet.formatting.safecss import safecss_filter_attr
from broadsheet.formatting.settings import VECTOR_SETTINGS
from broadsheet.formatting.urls import wp_allowed_protocols

__all__ = [
    "ALLOWED_ENTITY_NAMES", "ALLOWED_POST_TAGS", "ALLOWED_TAGS", "safecss_filter_attr",
    "valid_unicode", "wp_kses", "wp_kses_allowed_html", "wp_kses_attr", "wp_kses_attr_check",
    "wp_kses_attr_parse", "wp_kses_bad_protocol", "wp_kses_data", "wp_kses_decode_entities",
    "wp_kses_hair", "wp_kses_hair_parse", "wp_kses_no_null", "wp_kses_normalize_entities",
    "wp_kses_one_attr", "wp_kses_post", "wp_kses_split", "wp_kses_uri_attributes",
    "wp_pre_kses_less_than",
]

# ---------------------------------------------------------------------------------------------
# Regular expressions (PCRE without /u: \s is ASCII whitespace only, hence the explicit class)
# ---------------------------------------------------------------------------------------------

_WS = " \t\n\x0b\f\r"
_PHP_TRIM = " \t\n\r\0\x0b"

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A run of backslashes then zeros; anchored at the run start so long runs stay linear.
_SLASH_ZERO = re.compile(r"(?<!\\)\\++0+")
_STRIPSLASHES = re.compile(r'\\"')
_NAMED_ENTITY = re.compile(r"&amp;([A-Za-z]{2,8}[0-9]{0,2});")
_DECIMAL_ENTITY = re.compile(r"&amp;#(0*[0-9]{1,7});")
_HEX_ENTITY = re.compile(r"&amp;#[Xx](0*[0-9A-Fa-f]{1,6});")

# One token of the input: an unclosed "<…" run (escaped as text in 7.x), a comment, a funky
# comment, a bogus "<!…>" declaration, a tag-like span or a stray ">".
_TOKEN = re.compile(
    r"(?P<text><[^<>]*(?=<|$))"
    r"|(?P<comment><!--.*?(?:-->|$)|</[^a-zA-Z][^>]*>|<![^>]*>)"
    r"|(?P<tag><[^>]*(?:>|$)|>)"
)
_BOGUS_COMMENT = re.compile(r"(?:</[^a-zA-Z][^>]*>|<![a-z][^>]*>)\Z")
_ELEMENT = re.compile(rf"<[{_WS}]*(/[{_WS}]*)?([a-zA-Z0-9-]+)([^>]*)>?\Z")
_MULTI_DASH = re.compile(r"--+")
_TRAILING_DASH = re.compile(r"-$")
_ANGLES = re.compile(r"[<>]")

_DATA_ATTRIBUTE = re.compile(r"data-[a-z0-9_-]+\Z")
_DIGITS_VALUE = re.compile(rf"[{_WS}]{{0,6}}[0-9]{{1,6}}[{_WS}]{{0,6}}\Z")

_COLON_ENTITY_FIX = re.compile(r"(&#0*58(?![;0-9])|&#x0*3a(?![;a-f0-9]))", re.IGNORECASE | re.ASCII)
_PROTOCOL_SPLIT = re.compile(r":|&#0*58;|&#x0*3a;|&colon;", re.IGNORECASE | re.ASCII)
_DECODE_DEC = re.compile(r"&#([0-9]+);")
_DECODE_HEX = re.compile(r"&#[Xx]([0-9A-Fa-f]+);")
_ANY_WS = re.compile(rf"[{_WS}]")

_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _lower(text: str) -> str:
    """PHP 8 ``strtolower``: ASCII letters only."""
    return text.translate(_LOWER)


def _xhtml_slash_suffix(attr: str) -> str:
    """What ``\\s*/\\s*$`` matches at the end of ``attr`` ("" if nothing).

    Found with ``rstrip`` because the regex, tried at every whitespace position, is quadratic.
    """
    stripped = attr.rstrip(_WS)
    if not stripped.endswith("/"):
        return ""
    return attr[len(stripped[:-1].rstrip(_WS)):]


# ---------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------


def wp_kses(
    content: str,
    allowed_html: str | AllowedHtml,
    allowed_protocols: list[str] | None = None,
) -> str:
    """Strip everything but allowed HTML from ``content`` (``wp_kses``)."""
    if not allowed_protocols:
        allowed_protocols = wp_allowed_protocols()
    content = wp_kses_no_null(content, slash_zero="keep")
    content = wp_kses_normalize_entities(content)
    return wp_kses_split(content, allowed_html, allowed_protocols)


def wp_kses_post(data: str) -> str:
    """kses with the post-content allow list (``wp_kses_post``)."""
    return wp_kses(data, "post")


def wp_kses_data(data: str) -> str:
    """kses with the ``$allowedtags`` list, as comment and title filters use it."""
    return wp_kses(data, "data")


def wp_kses_split(
    content: str, allowed_html: str | AllowedHtml, allowed_protocols: list[str]
) -> str:
    """Find every tag-like token, however malformed, and clean it (``wp_kses_split``)."""
    allowed = wp_kses_allowed_html(allowed_html)

    def replace(match: re.Match[str]) -> str:
        if match.group("text") is not None:
            return _escape_text(match.group("text"))
        return _kses_split2(match.group(0), allowed, allowed_protocols)

    return _TOKEN.sub(replace, content)


def _escape_text(text: str) -> str:
    """An unclosed ``<…`` run, written out as text (entities are already normalised)."""
    return (text.replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#039;"))


def _kses_split2(content: str, allowed: AllowedHtml, allowed_protocols: list[str]) -> str:
    """Clean one token: a stray ``>``, a comment or a tag (``wp_kses_split2``)."""
    content = _STRIPSLASHES.sub('"', content)
    if not content.startswith("<"):
        return "&gt;"

    # Bogus comments ("</3 …>", "<!x …>"): the browser reads them as comments; keep them,
    # with their inside cleaned as text.
    if _BOGUS_COMMENT.match(content):
        opener, inner = content[1], content[2:-1]
        while True:
            cleaned = wp_kses(inner, allowed, allowed_protocols)
            if cleaned == inner:
                break
            inner = cleaned
        return f"<{opener}{inner}>"

    if content.startswith("<!--"):
        inner = content.replace("<!--", "").replace("-->", "")
        while True:
            cleaned = wp_kses(inner, allowed, allowed_protocols)
            if cleaned == inner:
                break
            inner = cleaned
        if inner == "":
            return ""
        inner = _MULTI_DASH.sub("-", inner)
        inner = _TRAILING_DASH.sub("", inner)
        return f"<!--{inner}-->"

    match = _ELEMENT.match(content)
    if match is None:
        return ""
    slash = (match.group(1) or "").strip(_PHP_TRIM)
    element, attrlist = match.group(2), match.group(3)
    if _lower(element) not in allowed:
        return ""
    if slash:
        return f"</{element}>"
    return wp_kses_attr(element, attrlist, allowed, allowed_protocols)


# ---------------------------------------------------------------------------------------------
# Attributes
# ---------------------------------------------------------------------------------------------


class Attribute(TypedDict):
    """One parsed attribute, as ``wp_kses_hair`` returns it."""

    name: str
    value: str
    whole: str
    vless: str


def wp_kses_attr(
    element: str, attr: str, allowed_html: AllowedHtml, allowed_protocols: list[str]
) -> str:
    """Rebuild an opening tag with only its allowed attributes (``wp_kses_attr``)."""
    xhtml_slash = " /" if _xhtml_slash_suffix(attr) else ""
    element_low = _lower(element)
    rules = allowed_html.get(element_low)
    if not rules or rules is True:
        return f"<{element}{xhtml_slash}>"

    required = {
        name for name, limits in rules.items()
        if isinstance(limits, Mapping) and limits.get("required") is True
    }
    stripped_tag = "" if xhtml_slash else f"<{element}>"
    kept = ""
    for attribute in wp_kses_hair(attr, allowed_protocols):
        name_low = _lower(attribute["name"])
        kept_value = wp_kses_attr_check(
            attribute["name"], attribute["value"], attribute["vless"], element, allowed_html
        )
        if kept_value is not None:
            kept += " " + _written_attribute(attribute, kept_value)
            required.discard(name_low)
        elif name_low in required:
            return stripped_tag
    if required:
        return stripped_tag
    kept = _ANGLES.sub("", kept)
    return f"<{element}{kept}{xhtml_slash}>"


def wp_kses_attr_check(
    name: str, value: str, vless: str, element: str, allowed_html: AllowedHtml
) -> str | None:
    """The value kses keeps for one attribute (``style`` filtered), or ``None`` to drop it.

    ``wp_kses_attr_check`` without PHP's by-reference arguments.
    """
    rules = allowed_html.get(_lower(element))
    if rules is None:
        return None
    name_low = _lower(name)
    rule = rules.get(name_low) if isinstance(rules, Mapping) else None
    # PHP's isset(): any value but null counts, so `false` allows the attribute; '' does not.
    if rule is None or (isinstance(rule, str) and rule == ""):
        if name_low.startswith("data-") and rules.get("data-*") and _DATA_ATTRIBUTE.match(name_low):
            rule = rules["data-*"]
        else:
            return None
    if name_low == "style":
        value = safecss_filter_attr(value)
        if not value:
            return None
    if isinstance(rule, Mapping):
        for check, limit in rule.items():
            if not _check_attr_val(value, vless, check, limit):
                return None
    return value


def _written_attribute(attribute: Attribute, kept_value: str) -> str:
    """How 7.x writes a kept attribute: lower-cased name, double quotes, value re-encoded."""
    name_low = _lower(attribute["name"])
    if attribute["vless"] == "y":
        return name_low
    if name_low == "style" and kept_value != attribute["value"]:
        # A rewritten style is escaped afresh, as esc_attr does (&#039; for ').
        return f'style="{esc_attr(kept_value)}"'
    return f'{name_low}="{_encode_attribute(kept_value)}"'


def _encode_attribute(value: str) -> str:
    """An attribute value re-encoded for double quotes (``htmlspecialchars`` with ENT_HTML5)."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _check_attr_val(value: str, vless: str, check: str, limit: Any) -> bool:
    """One value constraint: maxlen, minlen, maxval, minval, valueless, values, value_callback."""
    check = _lower(check)
    if check == "maxlen":
        return len(value.encode("utf-8", "surrogatepass")) <= int(limit)
    if check == "minlen":
        return len(value.encode("utf-8", "surrogatepass")) >= int(limit)
    if check in ("maxval", "minval"):
        if not _DIGITS_VALUE.match(value):
            return False
        number = int(value.strip(_WS))
        return number <= int(limit) if check == "maxval" else number >= int(limit)
    if check == "valueless":
        return _lower(str(limit)) == vless
    if check == "values":
        return _lower(value) in limit
    if check == "value_callback":
        callback: Callable[[str], bool] = (
            _wp_kses_allow_pdf_objects if limit == "_wp_kses_allow_pdf_objects" else limit
        )
        return bool(callback(value))
    return True



def _upload_host_prefixes(siteurl: str) -> tuple[str, str]:
    """``http://host[:port]/`` and its https twin for the uploads URL under ``siteurl``."""
    authority = siteurl.split("://", 1)[-1].split("/", 1)[0].split("@")[-1]
    return f"http://{authority}/", f"https://{authority}/"


#: Where ``_wp_kses_allow_pdf_objects`` accepts PDFs from: this site's uploads host.
_UPLOAD_HOST_PREFIXES = _upload_host_prefixes(VECTOR_SETTINGS.siteurl)


def _wp_kses_allow_pdf_objects(url: str) -> bool:
    """Whether ``url`` is a PDF in this site's uploads (``_wp_kses_allow_pdf_objects``)."""
    if "?" in url or "#" in url or not url.endswith(".pdf"):
        return False
    return url.startswith(_UPLOAD_HOST_PREFIXES)


def wp_kses_hair(attr: str, allowed_protocols: list[str]) -> list[Attribute]:
    """Parse an attribute list as an HTML5 tokenizer does, first of duplicates winning.

    WordPress 7.x reads attributes with its HTML API: names run to whitespace, ``/``, ``=`` or
    ``>``; unquoted values run to whitespace; an unterminated quote leaves the tag without any
    attribute. Values come back decoded; URL attributes have bad protocols removed.
    """
    found: dict[str, Attribute] = {}
    length = len(attr)
    at = 0
    while True:
        at = _skip(attr, at, _ATTR_GAP)
        if at >= length:
            break
        # An "=" where a name should start is part of the name.
        end = at + 1 if attr[at] == "=" else at
        end = _skip_until(attr, end, _NAME_END)
        name = attr[at:end]
        at = _skip(attr, end, _HTML_WS)
        value: str | None = None
        if at < length and attr[at] == "=":
            at = _skip(attr, at + 1, _HTML_WS)
            if at < length and attr[at] in "\"'":
                close = attr.find(attr[at], at + 1)
                if close < 0:
                    return []
                value, at = attr[at + 1:close], close + 1
            else:
                end = _skip_until(attr, at, _HTML_WS)
                value, at = attr[at:end], end
        key = _lower(name)
        if key in found:
            continue
        if value is None:
            found[key] = Attribute(name=name, value="", whole=name, vless="y")
            continue
        value = _decode_attribute(value)
        if key in URI_ATTRIBUTES:
            value = wp_kses_bad_protocol(value, allowed_protocols)
        found[key] = Attribute(name=name, value=value, whole="", vless="n")
    return list(found.values())


_HTML_WS = frozenset(" \t\f\r\n")
_ATTR_GAP = _HTML_WS | {"/"}
_NAME_END = _HTML_WS | {"/", "=", ">"}


def _skip(text: str, at: int, chars: frozenset[str]) -> int:
    """Index of the first character at or after ``at`` that is not in ``chars``."""
    while at < len(text) and text[at] in chars:
        at += 1
    return at


def _skip_until(text: str, at: int, chars: frozenset[str]) -> int:
    """Index of the first character at or after ``at`` that is in ``chars``."""
    while at < len(text) and text[at] not in chars:
        at += 1
    return at


def _decode_attribute(value: str) -> str:
    """An attribute value with its (already normalised) character references decoded."""
    return html.unescape(value) if "&" in value else value


# ---------------------------------------------------------------------------------------------
# Helpers other filters use: attribute lists without filtering, one attribute, stray "<"
# ---------------------------------------------------------------------------------------------

# One attribute as wp_kses_hair_parse reads it; a shortcode may stand in the name position.
_HAIR_ATTRIBUTE = (
    r"(?:[_a-zA-Z][-_a-zA-Z0-9:.]*|\[\[?[^\[\]]+\]\]?)"
    rf"(?:[{_WS}]*=[{_WS}]*(?:\"[^\"]*\"|'[^']*'|[^{_WS}\"']+(?:[{_WS}]|$))|(?:[{_WS}]|$))"
    rf"[{_WS}]*"
)
_HAIR_VALID = re.compile(rf"^(?:{_HAIR_ATTRIBUTE})+$")
_HAIR_EXTRACT = re.compile(_HAIR_ATTRIBUTE)
_ATTR_PARSE = re.compile(rf"(<[{_WS}]*)(/[{_WS}]*)?([a-zA-Z0-9]+[{_WS}]*)([^>]*)(>?)$")
_LESS_THAN_RUN = re.compile(r"<[^>]*?(?:(?=<)|>|$)")


def wp_kses_hair_parse(attr: str) -> list[str] | None:
    """Split an attribute list into its attributes, unchanged, or ``None`` if it is not one."""
    if attr == "":
        return []
    if not _HAIR_VALID.match(attr):
        return None
    return _HAIR_EXTRACT.findall(attr)


def wp_kses_attr_parse(element: str) -> list[str] | None:
    """An opening tag as [start, attribute…, end] pieces that join back to it, or ``None``.

    ``wp_kses_attr_parse``: does not filter, so the pieces may be evil; closing tags and
    anything that does not look like an attribute list give ``None`` (WordPress's ``false``).
    """
    match = _ATTR_PARSE.match(element)
    if match is None or match.group(2):
        return None
    begin, name, attr, end = match.group(1), match.group(3), match.group(4), match.group(5)
    xhtml_slash = _xhtml_slash_suffix(attr)
    if xhtml_slash:
        attr = attr[: len(attr) - len(xhtml_slash)]
    attributes = wp_kses_hair_parse(attr)
    if attributes is None:
        return None
    return [begin + name, *attributes, xhtml_slash + end]


def _split_at_equals(attr: str) -> list[str]:
    """``preg_split('/\\s*=\\s*/', $attr, 2)`` without its quadratic scan of whitespace runs."""
    equals = attr.find("=")
    if equals < 0:
        return [attr]
    start, end = equals, equals + 1
    while start > 0 and attr[start - 1] in _WS:
        start -= 1
    while end < len(attr) and attr[end] in _WS:
        end += 1
    return [attr[:start], attr[end:]]


def wp_kses_one_attr(attr: str, element: str) -> str:
    """One ``name=value`` attribute escaped and checked against the post allow list.

    ``wp_kses_one_attr``: escapes where ``wp_kses`` would have to drop; gives ``""`` when the
    attribute is not allowed. Leading and trailing whitespace are kept.
    """
    allowed_html = wp_kses_allowed_html("post")
    attr = wp_kses_no_null(attr, slash_zero="keep")
    # Leading and trailing whitespace (what ^\s* and \s*$ match), kept around the result.
    lead = attr[: len(attr) - len(attr.lstrip(_WS))]
    trail = attr[len(attr.rstrip(_WS)):]
    attr = attr[len(lead): len(attr) - len(trail)] if trail else attr[len(lead):]
    parts = _split_at_equals(attr)
    name = parts[0]
    if len(parts) == 2:
        value = parts[1]
        quote = value[:1]
        if quote in ('"', "'"):
            if not value.endswith(quote):
                return ""
            value = value[1:-1]
        else:
            quote = '"'
        value = esc_attr(value)
        if _lower(name) in URI_ATTRIBUTES:
            value = wp_kses_bad_protocol(value, wp_allowed_protocols())
        attr, vless = f"{name}={quote}{value}{quote}", "n"
    else:
        value, vless = "", "y"
    kept = wp_kses_attr_check(name, value, vless, element, allowed_html)
    if kept is None:
        attr = ""
    elif kept != value:
        attr = attr.replace(value, kept)
    return lead + attr + trail


#: esc_html for the short "<…" runs below; adversarial input repeats them a great deal.
_esc_html_run = functools.lru_cache(maxsize=4096)(esc_html)


def wp_pre_kses_less_than(content: str) -> str:
    """Escape each ``<`` that no ``>`` closes, before kses sees it (``wp_pre_kses_less_than``)."""
    if "<" not in content:
        return content
    return _LESS_THAN_RUN.sub(
        lambda match: match.group(0) if ">" in match.group(0) else _esc_html_run(match.group(0)),
        content,
    )


# ---------------------------------------------------------------------------------------------
# Protocols, NUL bytes and entities
# ---------------------------------------------------------------------------------------------


def wp_kses_no_null(content: str, slash_zero: str = "remove") -> str:
    """Remove control characters and, unless kept, ``\\0`` sequences (``wp_kses_no_null``)."""
    content = _CONTROL_CHARS.sub("", content)
    if slash_zero == "remove":
        content = _SLASH_ZERO.sub("", content)
    return content


def wp_kses_bad_protocol(content: str, allowed_protocols: list[str]) -> str:
    """Remove disallowed URL schemes from the start of ``content``, however disguised."""
    content = wp_kses_no_null(content)
    if (content.startswith("https://") and "https" in allowed_protocols) or (
        content.startswith("http://") and "http" in allowed_protocols
    ):
        return content
    iterations = 0
    while True:
        original = content
        content = _bad_protocol_once(content, allowed_protocols)
        iterations += 1
        if original == content or iterations >= 6:
            break
    if original != content:
        return ""
    return content


def _bad_protocol_once(content: str, allowed_protocols: list[str], count: int = 1) -> str:
    """Remove one leading scheme if it is not allowed (``wp_kses_bad_protocol_once``)."""
    content = _COLON_ENTITY_FIX.sub(r"\1;", content)
    parts = _PROTOCOL_SPLIT.split(content, maxsplit=1)
    if len(parts) == 2 and "/?" not in parts[0]:
        content = parts[1].strip(_PHP_TRIM)
        protocol = _bad_protocol_once2(parts[0], allowed_protocols)
        if protocol == "feed:":
            if count > 2:
                return ""
            content = _bad_protocol_once(content, allowed_protocols, count + 1)
            if content == "" or content == "0":
                return content
        content = protocol + content
    return content


def _bad_protocol_once2(scheme: str, allowed_protocols: list[str]) -> str:
    """``scheme:`` if the decoded scheme is allowed, else nothing."""
    scheme = wp_kses_decode_entities(scheme)
    scheme = _ANY_WS.sub("", scheme)
    scheme = _lower(wp_kses_no_null(scheme))
    for protocol in allowed_protocols:
        if _lower(protocol) == scheme:
            return f"{scheme}:"
    return ""


def _php_chr(number: int) -> str:
    """PHP ``chr``: the byte ``number mod 256`` (as a Latin-1 character)."""
    return chr(number % 256)


def wp_kses_decode_entities(content: str) -> str:
    """Decode numeric references (``&#65;``, ``&#x41;``) byte-wise (``wp_kses_decode_entities``)."""
    content = _DECODE_DEC.sub(lambda m: _php_chr(int(m.group(1)) if len(m.group(1)) < 20 else 0),
                              content)
    return _DECODE_HEX.sub(lambda m: _php_chr(int(m.group(1)[-8:], 16)), content)


def valid_unicode(number: int) -> bool:
    """Whether ``number`` is a code point XML allows (``valid_unicode``)."""
    return (number in (0x9, 0xA, 0xD) or 0x20 <= number <= 0xD7FF
            or 0xE000 <= number <= 0xFFFD or 0x10000 <= number <= 0x10FFFF)


def _named_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    return f"&{name};" if name in ALLOWED_ENTITY_NAMES else f"&amp;{name};"


def _decimal_entity(match: re.Match[str]) -> str:
    digits = match.group(1)
    if valid_unicode(int(digits)):
        return "&#" + digits.lstrip("0").rjust(3, "0") + ";"
    return f"&amp;#{digits};"


def _hex_entity(match: re.Match[str]) -> str:
    digits = match.group(1)
    if valid_unicode(int(digits, 16)):
        return "&#x" + digits.lstrip("0") + ";"
    return f"&amp;#x{digits};"


def wp_kses_normalize_entities(content: str, context: str = "html") -> str:
    """Escape every ``&`` that does not start a valid, allowed reference."""
    content = content.replace("&", "&amp;")
    if context == "xml":
        content = _NAMED_ENTITY.sub(_xml_named_entity, content)
    else:
        content = _NAMED_ENTITY.sub(_named_entity, content)
    content = _DECIMAL_ENTITY.sub(_decimal_entity, content)
    return _HEX_ENTITY.sub(_hex_entity, content)


def _xml_named_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in ("amp", "lt", "gt", "apos", "quot"):
        return f"&{name};"
    if name in ALLOWED_ENTITY_NAMES:
        return html.unescape(f"&{name};")
    return f"&amp;{name};"
