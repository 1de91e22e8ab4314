"""The served app freezes its long-lived heap (``gc.freeze``) at startup and after its first request."""

from __future__ import annotations

import asyncio
import gc
from typing import Any


def _lifespan_then_request(app: Any) -> list[int]:
    """Run ASGI startup, then one GET /wp-json/; the frozen-object count after each step."""
    counts: list[int] = []

    async def run() -> None:
        startup = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

        async def receive_lifespan() -> dict[str, Any]:
            return next(startup)

        async def ignore(message: dict[str, Any]) -> None:
            if message["type"] == "lifespan.startup.complete":
                counts.append(gc.get_freeze_count())

        await app({"type": "lifespan"}, receive_lifespan, ignore)

        async def receive_request() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        sent: list[dict[str, Any]] = []

        async def collect(message: dict[str, Any]) -> None:
            sent.append(message)

        await app({"type": "http", "method": "GET", "path": "/wp-json/", "query_string": b"", "headers": []},
                  receive_request, collect)
        assert sent[0]["status"] == 200
        counts.append(gc.get_freeze_count())

    asyncio.run(run())
    return counts


def test_the_served_app_freezes_the_heap(sqlite_site_app: Any) -> None:
    gc.unfreeze()
    sqlite_site_app.freezes_heap = True
    try:
        counts = _lifespan_then_request(sqlite_site_app)
        assert counts[0] > 0 and counts[1] >= counts[0]
    finally:
        sqlite_site_app.freezes_heap = False
        gc.unfreeze()


def test_an_app_built_in_process_leaves_the_collector_alone(sqlite_site_app: Any) -> None:
    gc.unfreeze()
    assert _lifespan_then_request(sqlite_site_app) == [0, 0]


def test_the_worker_module_turns_freezing_on() -> None:
    import ast
    from pathlib import Path

    import broadsheet.cli

    source = (Path(broadsheet.cli.__file__).parent / "asgi.py").read_text("utf-8")
    assert "app.freezes_heap = True" in [ast.unparse(node) for node in ast.parse(source).body]
