"""A failed write request undoes what the database cannot: the files an upload stored.

``broadsheet.rest.rollback`` keeps callbacks on the request's data context; the app runs them when
it rolls a write back (an error status or an exception) and forgets them on commit.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from broadsheet.rest.errors import RestError
from broadsheet.rest.rollback import (
    discard_rollback_callbacks,
    on_rollback,
    run_rollback_callbacks,
)
from tests import golden_replay

pytest.importorskip("PIL")


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 120, 200)).save(out, "PNG")  # big enough for thumbnail and medium
    return out.getvalue()


def test_rollback_callbacks_run_latest_first_and_survive_a_failing_one() -> None:
    ctx = SimpleNamespace(extra={})
    ran: list[str] = []
    on_rollback(ctx, lambda: ran.append("first"))
    on_rollback(ctx, lambda: 1 / 0)
    on_rollback(ctx, lambda: ran.append("last"))
    run_rollback_callbacks(ctx)
    assert ran == ["last", "first"]
    run_rollback_callbacks(ctx)  # run once only
    assert ran == ["last", "first"]


def test_commit_forgets_rollback_callbacks() -> None:
    ctx = SimpleNamespace(extra={})
    ran: list[str] = []
    on_rollback(ctx, lambda: ran.append("undo"))
    discard_rollback_callbacks(ctx)
    run_rollback_callbacks(ctx)
    assert ran == []


@pytest.fixture()
def upload_app(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    from broadsheet.content.media_storage import LocalMediaStorage, set_media_storage
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app("sqlite") as app:
        set_media_storage(app.site, LocalMediaStorage(tmp_path / "uploads"))
        yield app, tmp_path / "uploads"


def _upload(app: Any, name: str = "kept.png") -> Any:
    headers = {"host": "127.0.0.1:8881", "accept": "application/json", "content-type": "image/png",
               "content-disposition": f'attachment; filename="{name}"',
               "authorization": golden_replay.record.auth_header("admin", golden_replay.credentials())}
    return app.handle("POST", "/wp-json/wp/v2/media", "", headers, _png())


def _files(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _attachment_count(app: Any) -> int:
    from sqlalchemy import func, select

    posts = app.site.db.tables.posts
    with app.site.db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(posts.c.post_type == "attachment")).scalar_one())


def test_successful_upload_keeps_its_files(upload_app: tuple[Any, Path]) -> None:
    app, root = upload_app
    assert _upload(app).status == 201
    assert _files(root) == ["kept-150x150.png", "kept-300x225.png", "kept.png"]


def test_upload_failing_at_insert_deletes_the_stored_files(upload_app: tuple[Any, Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.rest.controllers import media_writes

    app, root = upload_app
    before = _attachment_count(app)

    def refuse(*args: Any, **kwargs: Any) -> int:
        raise RestError("db_insert_error", "Could not insert attachment into the database.", 500)

    monkeypatch.setattr(media_writes, "insert_attachment", refuse)
    response = _upload(app, "refused.png")
    assert response.status == 500 and b"db_insert_error" in response.body
    assert _files(root) == []
    assert _attachment_count(app) == before


def test_upload_crashing_after_insert_deletes_files_and_row(upload_app: tuple[Any, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.rest.controllers.media import AttachmentsController

    app, root = upload_app
    before = _attachment_count(app)

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("bug while preparing the response")

    monkeypatch.setattr(AttachmentsController, "prepare_item_for_response", crash)
    response = _upload(app, "crashed.png")
    assert response.status == 500 and b"internal_server_error" in response.body
    assert _files(root) == []
    assert _attachment_count(app) == before


def test_edit_failing_after_saving_deletes_the_edited_files(upload_app: tuple[Any, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from broadsheet.rest.controllers import media_writes

    app, root = upload_app
    created = json.loads(_upload(app, "source.png").body)
    kept = _files(root)

    def refuse(*args: Any, **kwargs: Any) -> int:
        raise RestError("db_insert_error", "Could not insert attachment into the database.", 500)

    monkeypatch.setattr(media_writes, "insert_attachment", refuse)
    headers = {"host": "127.0.0.1:8881", "accept": "application/json", "content-type": "application/json",
               "authorization": golden_replay.record.auth_header("admin", golden_replay.credentials())}
    body = json.dumps({"src": created["source_url"], "modifiers": [{"type": "rotate", "args": {"angle": 90}}]})
    response = app.handle("POST", f"/wp-json/wp/v2/media/{created['id']}/edit", "", headers, body.encode())
    assert response.status == 500 and b"db_insert_error" in response.body, response.body
    assert _files(root) == kept
