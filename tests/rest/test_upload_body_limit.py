"""The ASGI entry reads request bodies in one join and drops one over the limit, as PHP's ``post_max_size``.

A body over twice ``max_upload_size`` plus 1 MB is never held in memory: declared by
``Content-Length`` it is not read at all, streamed without one it is discarded as it arrives. The
handler then sees no body, so an upload answers WordPress's ``rest_upload_no_data``.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import golden_replay

pytest.importorskip("PIL")

LIMIT = 50_000


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((120, 100), 40).convert("RGB").save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def limited_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    from broadsheet.content.media_storage import LocalMediaStorage, set_media_storage
    from tests.rest.conftest import fixture_site_app

    uploads = tmp_path_factory.mktemp("limited") / "uploads"
    with fixture_site_app("sqlite") as app:
        app.site.config.max_upload_size = LIMIT
        set_media_storage(app.site, LocalMediaStorage(uploads))
        yield app, uploads


def asgi_upload(app: Any, chunks: list[bytes], content_length: str | None) -> tuple[int, Any, int]:
    """POST the chunks to /wp/v2/media through the ASGI interface: (status, JSON body, chunks read)."""
    headers = [(b"host", b"127.0.0.1:8881"), (b"content-type", b"image/png"),
               (b"content-disposition", b'attachment; filename="streamed.png"'),
               (b"authorization", golden_replay.record.auth_header("admin", golden_replay.credentials()).encode())]
    if content_length is not None:
        headers.append((b"content-length", content_length.encode()))
    scope = {"type": "http", "method": "POST", "path": "/wp-json/wp/v2/media", "query_string": b"",
             "headers": headers, "client": ("127.0.0.1", 5000)}
    read = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal read
        read += 1
        index = read - 1
        return {"type": "http.request", "body": chunks[index] if index < len(chunks) else b"",
                "more_body": index < len(chunks) - 1}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], json.loads(sent[1]["body"]), read


def test_a_body_in_many_chunks_is_joined(limited_app: tuple[Any, Path]) -> None:
    app, uploads = limited_app
    data = _png()
    assert len(data) < LIMIT
    chunks = [data[i:i + 512] for i in range(0, len(data), 512)]
    status, body, read = asgi_upload(app, chunks, str(len(data)))
    assert status == 201, body
    assert read == len(chunks)
    assert (uploads / body["media_details"]["file"]).read_bytes() == data


def test_a_declared_body_over_the_limit_is_not_read(limited_app: tuple[Any, Path]) -> None:
    app, _ = limited_app
    status, body, read = asgi_upload(app, [b"\0" * 1024] * 200, str(3 * LIMIT + 2 * 1024 * 1024))
    assert (status, body["code"], body["data"]["status"]) == (400, "rest_upload_no_data", 400)
    assert read == 0


def test_a_streamed_body_over_the_limit_is_discarded(limited_app: tuple[Any, Path]) -> None:
    app, uploads = limited_app
    before = sorted(uploads.rglob("*")) if uploads.exists() else []
    status, body, read = asgi_upload(app, [b"\x89PNG" + b"\0" * 65_532] * 40, None)
    assert (status, body["code"]) == (400, "rest_upload_no_data")
    assert read == 40
    assert (sorted(uploads.rglob("*")) if uploads.exists() else []) == before


@pytest.mark.parametrize("declared", ["9" * 5000, "-1", "abc", ""])
def test_an_absurd_content_length_is_no_crash(limited_app: tuple[Any, Path], declared: str) -> None:
    app, _ = limited_app
    status, body, _ = asgi_upload(app, [b"\x89PNG\r\n"], declared)
    assert status != 500 or body["code"] != "internal_server_error"
    assert body["data"]["status"] == status


def test_the_body_limit_follows_the_upload_limit(limited_app: tuple[Any, Path]) -> None:
    app, _ = limited_app
    assert app.body_limit() == 2 * LIMIT + 1024 * 1024
