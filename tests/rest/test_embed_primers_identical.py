"""Embed primers change how many queries an ``_embed`` answer needs, never the answer.

Each case is served twice on the fixture site (SQLite): with the controllers' embed primers
(``RestServer.register_embed_primer``) and with none registered; status, headers and body must be
byte-identical, for an anonymous caller and for each role of the oracle's credentials.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

CREDENTIALS = Path(__file__).resolve().parent.parent / "data" / "oracle" / "credentials.json"
TARGETS = (
    "posts?per_page=100&_embed",
    "posts?per_page=7&page=2&_embed",
    "posts?per_page=50&_embed&context=edit",
    "posts?per_page=100&_embed&status=draft,publish,private",
    "pages?per_page=100&_embed",
    "comments?per_page=100&_embed",
    "comments?per_page=100&_embed&status=all",
    "comments?per_page=10&_embed=up,in-reply-to",
    "categories?per_page=100&_embed",
    "users?per_page=100&_embed",
)
CALLERS = ("anonymous", "admin", "editor", "author", "subscriber")


def _headers(caller: str) -> dict[str, str]:
    headers = {"host": "127.0.0.1"}
    if caller != "anonymous":
        user = json.loads(CREDENTIALS.read_text())["users"][caller]
        token = base64.b64encode(f"{user['username']}:{user['application_password']}".encode()).decode()
        headers["authorization"] = f"Basic {token}"
    return headers


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("target", TARGETS)
def test_primed_embeds_answer_as_unprimed(sqlite_site_app: Any, target: str, caller: str) -> None:
    app = sqlite_site_app
    server = app.site.rest
    path, _, query = f"/wp-json/wp/v2/{target}".partition("?")
    headers = _headers(caller)
    primed = app.handle("GET", path, query, headers, b"")
    saved = dict(server.embed_primers)
    assert saved, "the controllers register embed primers"
    server.embed_primers.clear()
    try:
        plain = app.handle("GET", path, query, headers, b"")
    finally:
        server.embed_primers.update(saved)
    assert primed.status == plain.status
    assert dict(primed.headers) == dict(plain.headers)
    assert primed.body == plain.body
