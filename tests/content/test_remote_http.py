"""``wp_safe_remote_get``: the one outbound fetch of a URL someone else named (url-details, sideloads)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

import pytest

from broadsheet.content.remote_http import RemoteError, wp_safe_remote_get


@contextmanager
def _site_host(location: str) -> Iterator[Any]:
    """A local server as the site's own host: ``/go`` redirects to ``location``, ``/page`` is 200."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/go":
                self.send_response(302)
                self.send_header("Location", location)
                self.end_headers()
                return
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"0123456789")

        def log_message(self, *args: Any) -> None:
            return

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield SimpleNamespace(home=f"http://127.0.0.1:{server.server_port}",
                              config=SimpleNamespace(loopback_address=None))
    finally:
        server.shutdown()
        server.server_close()


def test_a_private_url_is_refused_before_any_request() -> None:
    site = SimpleNamespace(home="http://example.org", config=SimpleNamespace(loopback_address=None))
    with pytest.raises(RemoteError, match="A valid URL was not provided."):
        wp_safe_remote_get(site, "http://10.0.0.1/x.png")


def test_a_redirect_to_a_private_host_is_refused() -> None:
    with _site_host("http://10.0.0.1/x.png") as site, pytest.raises(RemoteError, match="A valid URL"):
        wp_safe_remote_get(site, f"{site.home}/go")


def test_the_site_own_host_is_fetched_with_the_size_limit() -> None:
    with _site_host("/page") as site:
        response = wp_safe_remote_get(site, f"{site.home}/go", limit=4)
    assert (response.status, response.body) == (200, b"0123")
