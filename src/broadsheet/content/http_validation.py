"""``wp_http_validate_url`` (WordPress 7.1.4 ``http.php``): whether an outbound request to a URL is safe.

HTTP(S) only, no credentials, a host that resolves to a public address (the site's own host
excepted) and a standard port (or the site's). The DNS lookup is a parameter, so callers and tests
can pin it; ``site_http_validate_url`` takes it from the site (``site.resolve_host`` when set).
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from broadsheet.formatting.kses import wp_kses_bad_protocol

__all__ = ["resolve_host", "site_http_validate_url", "site_resolver", "wp_http_validate_url"]

_IPV4 = re.compile(r"^(([1-9]?\d|1\d\d|25[0-5]|2[0-4]\d)\.){3}([1-9]?\d|1\d\d|25[0-5]|2[0-4]\d)$")


def resolve_host(host: str) -> str | None:
    """``gethostbyname``: the IPv4 address of ``host``, None when it does not resolve."""
    try:
        return socket.gethostbyname(host)
    except (OSError, UnicodeError):
        return None


def _is_local(ip: str) -> bool:
    """The private, loopback and reserved ranges ``wp_http_validate_url`` refuses."""
    a, b, c = (int(part) for part in ip.split(".")[:3])
    return (a in (127, 10, 0) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)
            or (a == 192 and b == 0 and c in (0, 2)) or (a, b, c) == (192, 88, 99) or (a, b, c) == (198, 51, 100)
            or (a, b, c) == (203, 0, 113) or (a == 169 and b == 254) or (a == 100 and 64 <= b <= 127)
            or (a == 198 and 18 <= b <= 19) or 224 <= a <= 239 or a >= 240)


def wp_http_validate_url(url: Any, home: str, resolve: Callable[[str], str | None] = resolve_host) -> str | bool:
    """``wp_http_validate_url``: the URL when an HTTP request to it is considered safe, else False."""
    if not isinstance(url, str) or url == "" or re.fullmatch(r"\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", url):
        return False
    checked = wp_kses_bad_protocol(url, ["http", "https"])
    if not checked or checked.lower() != url.lower():
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if not parts.hostname or parts.username is not None or parts.password is not None:
        return False
    if "[" in parts.netloc:  # strpbrk( $host, ':#?[]' ): an IPv6 literal host
        return False
    home_parts = urlsplit(home)
    same_host = bool(home_parts.hostname) and home_parts.hostname == parts.hostname.lower()
    host = parts.hostname.strip(".")
    if not same_host:
        ip = host if _IPV4.match(host) else resolve(host)
        if ip is None:
            return False
        if _IPV4.match(ip) and _is_local(ip):
            return False
    if port is None or port in (80, 443, 8080):
        return url
    if same_host and home_parts.port == port:
        return url
    return False


def site_resolver(site: Any) -> Callable[[str], str | None]:
    """The DNS lookup for ``site``: ``site.resolve_host`` when set (tests pin the oracle's offline resolver)."""
    resolve: Callable[[str], str | None] = getattr(site, "resolve_host", resolve_host)
    return resolve


def site_http_validate_url(site: Any, url: Any) -> str | bool:
    """``wp_http_validate_url`` for ``site``: its home and its DNS lookup."""
    return wp_http_validate_url(url, str(site.home), site_resolver(site))
