"""``wp_http_validate_url``: which URLs an outbound request may go to (DNS pinned by the caller)."""

from __future__ import annotations

import pytest

from broadsheet.content.http_validation import wp_http_validate_url

HOME = "http://127.0.0.1:8881"
RESOLVED = {"example.org": "93.184.215.14", "intranet.test": "10.1.2.3"}


@pytest.mark.parametrize(("url", "valid"), [
    pytest.param("http://127.0.0.1:8881/f.woff2", True, id="the-site-itself-on-its-port"),
    pytest.param("https://example.org/a.json", True, id="public-host"),
    pytest.param("https://example.org:8080/a", True, id="safe-port"),
    pytest.param("https://example.org:8443/a", False, id="other-port"),
    pytest.param("https://s.w.org/a.json", False, id="host-that-does-not-resolve"),
    pytest.param("http://intranet.test/a", False, id="host-resolving-to-a-private-address"),
    pytest.param("http://192.168.1.1/", False, id="private-ip-literal"),
    pytest.param("https://8.8.8.8/", True, id="public-ip-literal"),
    pytest.param("ftp://example.org/", False, id="not-http"),
    pytest.param("http://user:pw@example.org/", False, id="credentials"),
    pytest.param("http://[::1]/", False, id="ipv6-literal"),
    pytest.param("", False, id="empty"),
    pytest.param("12345", False, id="numeric"),
])
def test_wp_http_validate_url(url: str, valid: bool) -> None:
    result = wp_http_validate_url(url, HOME, RESOLVED.get)
    assert (result == url) if valid else (result is False)
