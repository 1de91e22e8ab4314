"""Routes match the raw request path, ``%xx`` escapes undecoded, as WordPress matches ``REQUEST_URI``.

``tests/golden/cases-rawpath.jsonl`` (encoded ids, names, slashes and namespaces; ``rest_route``
values, which PHP decodes as query arguments) is replayed on each backend against the oracle's
answers; the other tests check that the served app hands the raw path on: the ASGI ``path`` is
already decoded, so it must read ``raw_path``, over ASGI in process and through a real uvicorn server.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any

import pytest

from broadsheet.app import request_path
from tests import golden_replay
from tests.backends import BACKENDS


@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_rawpath_cases_replay(backend: str) -> None:
    """Every recorded case, in file order, on one freshly restored site of ``backend`` (the theme
    case creates the user's global styles post, as WordPress's does, so the suite has its own site)."""
    from tests.rest.conftest import fixture_site_app

    failures: list[str] = []
    with fixture_site_app(backend) as app:
        for case in golden_replay.cases("rawpath"):
            diffs = golden_replay.differences(golden_replay.goldens("rawpath")[case["name"]],
                                              golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def _asgi_get(app: Any, path: str, raw_path: bytes | None) -> tuple[int, dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def collect(message: dict[str, Any]) -> None:
        sent.append(message)

    scope: dict[str, Any] = {"type": "http", "method": "GET", "path": path, "query_string": b"",
                             "headers": [(b"host", b"127.0.0.1:8881")]}
    if raw_path is not None:
        scope["raw_path"] = raw_path
    asyncio.run(app(scope, receive, collect))
    return sent[0]["status"], json.loads(sent[1]["body"])


def test_request_path_prefers_the_raw_path() -> None:
    assert request_path({"path": "/wp-json/wp/v2/posts/17", "raw_path": b"/wp-json/wp/v2/posts/%31%37"}) \
        == "/wp-json/wp/v2/posts/%31%37"
    assert request_path({"path": "/a b", "raw_path": b"/a%20b?x=1"}) == "/a%20b"
    assert request_path({"path": "/wp-json/"}) == "/wp-json/"


def test_an_encoded_id_is_no_route_over_asgi(sqlite_site_app: Any) -> None:
    status, body = _asgi_get(sqlite_site_app, "/wp-json/wp/v2/posts/17", b"/wp-json/wp/v2/posts/%31%37")
    assert (status, body["code"]) == (404, "rest_no_route")
    status, body = _asgi_get(sqlite_site_app, "/wp-json/wp/v2/posts/17", b"/wp-json/wp/v2/posts/17")
    assert (status, body["id"]) == (200, 17)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_a_real_server_matches_the_raw_path(sqlite_site_app: Any) -> None:
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(sqlite_site_app, host="127.0.0.1", port=port, log_level="error",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)

        def get(path: str) -> tuple[int, dict[str, Any]]:
            request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "127.0.0.1:8881"})
            try:
                with urllib.request.urlopen(request, timeout=20) as response:
                    return response.status, json.loads(response.read())
            except urllib.error.HTTPError as error:
                return error.code, json.loads(error.read())

        assert get("/wp-json/wp/v2/posts/%31%37")[1]["code"] == "rest_no_route"
        assert get("/wp-json/wp/v2/posts/17")[1]["id"] == 17
        status, body = get("/wp-json/wp/v2/pos%74s")
        assert (status, body["code"]) == (404, "rest_no_route")
    finally:
        server.should_exit = True
        thread.join(timeout=20)
