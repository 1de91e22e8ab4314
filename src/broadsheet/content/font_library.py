"""The font library's collections (WordPress 7.1.4 ``WP_Font_Library``, ``WP_Font_Collection``).

Core registers one collection, Google Fonts, whose font families WordPress downloads from
``s.w.org`` the first time they are asked for. broadsheet makes no outbound HTTP request, so a
collection whose data is a URL answers WordPress's own loading errors: ``font_collection_json_missing``
when the URL does not pass ``wp_http_validate_url`` (its host does not resolve, or is private), else
``font_collection_request_error`` (what WordPress answers when the download fails).
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from broadsheet.formatting.kses import wp_kses_bad_protocol

__all__ = ["FontCollection", "FontCollectionError", "core_font_collections", "resolve_host", "wp_http_validate_url"]

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


class FontCollectionError(Exception):
    """A ``WP_Error`` from loading a collection's data (code, message)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class FontCollection:
    """A registered collection: its slug and arguments; ``font_families`` is a URL to load on demand."""

    slug: str
    name: str
    font_families: str
    description: str = ""
    categories: list[dict[str, str]] = field(default_factory=list)

    def get_data(self, home: str, resolve: Callable[[str], str | None] = resolve_host) -> dict[str, Any]:
        """``get_data``: the collection's data, or the loading error (FontCollectionError)."""
        if not wp_http_validate_url(self.font_families, home, resolve):
            raise FontCollectionError("font_collection_json_missing",
                                      "Font collection JSON file is invalid or does not exist.")
        raise FontCollectionError("font_collection_request_error",
                                  f'Error fetching the font collection data from "{self.font_families}".')


def core_font_collections() -> list[FontCollection]:
    """``_wp_register_default_font_collections``: Google Fonts."""
    return [FontCollection(
        "google-fonts", "Google Fonts",
        "https://s.w.org/images/fonts/wp-7.1/collections/google-fonts-with-preview.json",
        "Install from Google Fonts. Fonts are copied to and served from your site.",
        [{"name": "Sans Serif", "slug": "sans-serif"}, {"name": "Display", "slug": "display"},
         {"name": "Serif", "slug": "serif"}, {"name": "Handwriting", "slug": "handwriting"},
         {"name": "Monospace", "slug": "monospace"}])]
