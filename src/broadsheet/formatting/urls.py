"""URL escaping: ``esc_url``, ``esc_url_raw``, ``sanitize_url`` and the allowed protocol list.

Ports of WordPress 7.1.4 ``wp-includes/formatting.php`` (``esc_url``, ``_deep_replace``) and
``wp-includes/functions.php`` (``wp_allowed_protocols``, ``wp_parse_url`` for the host part).
"""

from __future__ import annotations

import re

__all__ = ["esc_url", "esc_url_raw", "sanitize_url", "wp_allowed_protocols"]

#: ``wp_allowed_protocols()`` with no filters: the schemes kses and ``esc_url`` keep.
_ALLOWED_PROTOCOLS: tuple[str, ...] = (
    "http", "https", "ftp", "ftps", "mailto", "news", "irc", "irc6", "ircs", "gopher",
    "nntp", "feed", "telnet", "mms", "rtsp", "sms", "svn", "tel", "fax", "xmpp", "webcal", "urn",
)

# Characters esc_url keeps; PHP works on bytes, so every non-ASCII character survives.
_STRIP_CHARS = re.compile(r"[^a-zA-Z0-9\-~+_.?#=!&;,/:%@$|*'()\[\]\x80-\U0010ffff]")
_PHP_SCRIPT = re.compile(r"[a-z0-9-]+?\.php", re.IGNORECASE | re.ASCII)
_LTRIM = " \t\n\r\0\x0b"
# The authority part as PHP's parse_url sees it: scheme://user:pass@host:port.
_AUTHORITY = re.compile(
    r"^(?:(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*):)?//"
    r"(?:(?P<user>[^:@/?#]*)(?::(?P<pass>[^@/?#]*))?@)?"
    r"(?P<host>\[[^\]/?#]*\]|[^:/?#]*)"
    r"(?::(?P<port>\d*))?"
)


def wp_allowed_protocols() -> list[str]:
    """The URL schemes WordPress allows in links (``wp_allowed_protocols``, no filters)."""
    return list(_ALLOWED_PROTOCOLS)


def _strip_crlf_escapes(url: str) -> str:
    """Remove ``%0d``/``%0a`` (any case) until none is left, as ``_deep_replace`` does.

    The four patterns cannot overlap, so removing them in any order ends in the same string;
    a stack finds it in one pass where repeated ``str_replace`` is quadratic.
    """
    if "%0" not in url:
        return url
    out: list[str] = []
    for char in url:
        out.append(char)
        if char in "dDaA" and len(out) >= 3 and out[-2] == "0" and out[-3] == "%":
            del out[-3:]
    return "".join(out)


def _url_front(url: str) -> str:
    """Scheme, credentials, host and port of ``url`` as ``esc_url`` rebuilds them."""
    match = _AUTHORITY.match(url)
    if match is None:
        return ""
    front = ""
    if match.group("scheme"):
        front += match.group("scheme") + "://"
    elif url.startswith("/"):
        front += "//"
    user, password = match.group("user"), match.group("pass")
    if user:
        front += user
    if password:
        front += ":" + password
    if user or password:
        front += "@"
    front += match.group("host") or ""
    if match.group("port"):
        front += ":" + str(int(match.group("port")))
    return front


def esc_url(url: str, protocols: list[str] | None = None, _context: str = "display") -> str:
    """Clean a URL for output: strip bad characters and disallowed schemes (``esc_url``)."""
    from broadsheet.formatting.kses import (
        wp_kses_bad_protocol,
        wp_kses_normalize_entities,
    )

    if url == "":
        return url
    url = url.lstrip(_LTRIM).replace(" ", "%20")
    url = _STRIP_CHARS.sub("", url)
    if url == "":
        return url
    if not url.lower().startswith("mailto:"):
        url = _strip_crlf_escapes(url)
    url = url.replace(";//", "://")
    # No scheme: presume http:// (https:// when the caller lists https first), unless the URL
    # is relative (/, #, ?) or names a PHP script.
    if ":" not in url and url[0] not in "/#?" and not _PHP_SCRIPT.match(url):
        scheme = "https://" if protocols and protocols[0] == "https" else "http://"
        url = scheme + url

    if _context == "display":
        url = wp_kses_normalize_entities(url)
        url = url.replace("&amp;", "&#038;").replace("'", "&#039;")

    if "[" in url or "]" in url:
        front = _url_front(url)
        end_dirty = url.replace(front, "") if front else url
        end_clean = end_dirty.replace("[", "%5B").replace("]", "%5D")
        url = url.replace(end_dirty, end_clean) if end_dirty else url

    if url.startswith("/"):
        return url
    allowed = protocols if protocols is not None else wp_allowed_protocols()
    good_protocol_url = wp_kses_bad_protocol(url, allowed)
    if good_protocol_url.lower() != url.lower():
        return ""
    return good_protocol_url


def esc_url_raw(url: str, protocols: list[str] | None = None) -> str:
    """``esc_url`` for storage and redirects: no entity encoding (``esc_url_raw``)."""
    return esc_url(url, protocols, "db")


def sanitize_url(url: str, protocols: list[str] | None = None) -> str:
    """``esc_url_raw`` under its 5.9+ name."""
    return esc_url(url, protocols, "db")
