"""Files follow the write request's transaction: an upload's files go if it fails, a delete's
files go only once it is committed.

``broadsheet.rest.rollback`` keeps callbacks on the request's data context; the app runs the
rollback ones when it rolls a write back (an error status or an exception) and the commit ones
after it commits.
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
    adopt_transaction_callbacks,
    discard_rollback_callbacks,
    on_commit,
    on_rollback,
    run_commit_callbacks,
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


def test_commit_callbacks_run_in_order_once_and_only_on_commit() -> None:
    ctx = SimpleNamespace(extra={})
    ran: list[str] = []
    on_commit(ctx, lambda: ran.append("first"))
    on_commit(ctx, lambda: 1 / 0)
    on_commit(ctx, lambda: ran.append("last"))
    on_rollback(ctx, lambda: ran.append("undo"))
    run_commit_callbacks(ctx)
    run_commit_callbacks(ctx)
    run_rollback_callbacks(ctx)
    assert ran == ["first", "last"]

    on_commit(ctx, lambda: ran.append("never"))
    run_rollback_callbacks(ctx)
    run_commit_callbacks(ctx)
    assert ran == ["first", "last"]


def test_a_batch_item_hands_its_callbacks_to_the_batch() -> None:
    batch, item = SimpleNamespace(extra={}), SimpleNamespace(extra={})
    ran: list[str] = []
    on_commit(batch, lambda: ran.append("batch"))
    on_commit(item, lambda: ran.append("item"))
    adopt_transaction_callbacks(batch, item)
    run_commit_callbacks(item)
    assert ran == []
    run_commit_callbacks(batch)
    assert ran == ["batch", "item"]


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


def _delete(app: Any, attachment_id: int) -> Any:
    headers = {"host": "127.0.0.1:8881", "accept": "application/json",
               "authorization": golden_replay.record.auth_header("admin", golden_replay.credentials())}
    return app.handle("DELETE", f"/wp-json/wp/v2/media/{attachment_id}", "force=true", headers, b"")


def test_deleting_an_attachment_removes_its_files(upload_app: tuple[Any, Path]) -> None:
    import json

    app, root = upload_app
    created = json.loads(_upload(app, "gone.png").body)
    assert _files(root)
    assert _delete(app, created["id"]).status == 200
    assert _files(root) == []


def test_a_delete_failing_after_its_file_step_keeps_files_and_row(upload_app: tuple[Any, Path],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from broadsheet.rest.controllers import media_writes

    app, root = upload_app
    created = json.loads(_upload(app, "stays.png").body)
    kept, count = _files(root), _attachment_count(app)
    original = media_writes.delete_attachment

    def delete_then_fail(request: Any, post: Any) -> None:
        original(request, post)
        raise RestError("db_delete_error", "Could not delete the attachment.", 500)

    monkeypatch.setattr(media_writes, "delete_attachment", delete_then_fail)
    response = _delete(app, created["id"])
    assert response.status == 500 and b"db_delete_error" in response.body
    assert _files(root) == kept == ["stays-150x150.png", "stays-300x225.png", "stays.png"]
    assert _attachment_count(app) == count
