"""Outbound HTTP as WordPress's ``wp_remote_request`` / ``wp_safe_remote_get`` (``http.php``) use it.

A response of any status is an answer (``status``, ``reason``, headers, body); only a request that
could not be made raises ``RemoteError`` (WordPress's ``http_request_failed`` ``WP_Error``). The
safe variant re-checks every redirect with ``wp_http_validate_url``; ``wp_safe_remote_get`` is the
one way a site fetches a URL someone else named (url-details, media sideloads): the URL and each
redirect validated, a size limit and a timeout. Requests to the site's own host connect to
``SiteConfig.loopback_address`` when it is set (a proxy in front, or a test server), keeping the
URL's ``Host``.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from broadsheet.content.http_validation import (
    resolve_host,
    site_http_validate_url,
    site_resolver,
    wp_http_validate_url,
)

__all__ = ["RemoteError", "RemoteResponse", "wp_remote_request", "wp_safe_remote_get"]

#: WordPress follows at most five redirects (``redirection``).
MAX_REDIRECTS = 5
#: The ``http_request_failed`` message for a URL ``wp_http_validate_url`` refuses.
INVALID_URL = "A valid URL was not provided."


class RemoteError(Exception):
    """``WP_Error( 'http_request_failed', message )``: no HTTP answer at all."""

    def __init__(self, message: str, code: str = "http_request_failed") -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class RemoteResponse:
    """What ``wp_remote_retrieve_response_code`` / ``_message`` / ``_header`` / ``_body`` read."""

    status: int
    reason: str
    headers: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> list[str]:
        return self.headers.get(name.lower(), [])


def _connect_url(url: str, home: str, loopback_address: str | None) -> tuple[str, dict[str, str]]:
    """The URL to connect to and the extra headers: the site's own host goes to ``loopback_address``."""
    parts = urlsplit(url)
    if not loopback_address or parts.scheme != "http" or parts.netloc.lower() != urlsplit(home).netloc.lower():
        return url, {}
    return urlunsplit(parts._replace(netloc=loopback_address)), {"Host": parts.netloc}


def wp_remote_request(method: str, url: str, *, home: str, headers: dict[str, str] | None = None,
                      body: bytes | None = None, timeout: float = 5.0, limit: int = 0,
                      user_agent: str = "broadsheet", safe: bool = False,
                      loopback_address: str | None = None,
                      resolve: Callable[[str], str | None] = resolve_host) -> RemoteResponse:
    """One request, redirects followed (each re-validated when ``safe``), at most ``limit`` body bytes."""

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, hdrs: Any, newurl: str) -> Any:
            if safe and wp_http_validate_url(newurl, home, resolve) is False:
                raise RemoteError(INVALID_URL)
            target, extra = _connect_url(newurl, home, loopback_address)
            new = super().redirect_request(req, fp, code, msg, hdrs, target)
            if new is not None:
                for name, value in extra.items():
                    new.add_unredirected_header(name, value)
            return new

    target, extra = _connect_url(url, home, loopback_address)
    request = urllib.request.Request(target, data=body, method=method,
                                     headers={"User-Agent": user_agent, **(headers or {}), **extra})
    opener = urllib.request.build_opener(_Redirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            return _answer(response.status, response.reason, response.headers, response, limit)
    except urllib.error.HTTPError as error:
        with error:
            return _answer(error.code, str(error.reason), error.headers, error, limit)
    except urllib.error.URLError as error:
        raise RemoteError(str(error.reason)) from None
    except (OSError, ValueError) as error:
        raise RemoteError(str(error) or type(error).__name__) from None


def wp_safe_remote_get(site: Any, url: str, *, timeout: float = 5.0, limit: int = 0,
                       user_agent: str = "broadsheet") -> RemoteResponse:
    """``wp_safe_remote_get`` from ``site``: the URL and every redirect validated, at most ``limit`` bytes."""
    if site_http_validate_url(site, url) is False:
        raise RemoteError(INVALID_URL)
    return wp_remote_request("GET", url, home=str(site.home), timeout=timeout, limit=limit, user_agent=user_agent,
                             safe=True, loopback_address=site.config.loopback_address,
                             resolve=site_resolver(site))


def _answer(status: int, reason: str, headers: Any, stream: Any, limit: int) -> RemoteResponse:
    collected: dict[str, list[str]] = {}
    for name, value in headers.items():
        collected.setdefault(name.lower(), []).append(value)
    try:
        data: bytes = stream.read(limit) if limit else stream.read()
    except (OSError, ValueError) as error:
        raise RemoteError(str(error) or type(error).__name__) from None
    return RemoteResponse(status, reason, collected, data)
