"""DatabaseAttachments.query: the attachments of galleries and playlists, in WordPress's order, on every backend."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import insert

from broadsheet.content.attachments import DatabaseAttachments
from broadsheet.query.post_rows import load_posts
from broadsheet.storage.engine import Database


def _attachments(db: Database, conn: Any) -> DatabaseAttachments:
    cache: dict[int, Any] = {}
    return DatabaseAttachments(conn=conn, tables=db.tables, options={},
                               get_post=lambda i: load_posts(conn, db.tables, [i], cache).get(i),
                               load_meta=lambda ids: {i: {} for i in ids}, permalink=lambda post: "")


@pytest.fixture
def seeded(db: Database) -> Database:
    rows = [  # (ID, parent, menu_order, mime, title)
        (10, 5, 2, "image/png", "b"), (11, 5, 1, "image/jpeg", "a"), (12, 5, 1, "audio/mpeg", "c"),
        (13, 6, 0, "image/png", "d"), (14, 5, 0, "image/gif", "e"),
    ]
    keys = ("ID", "post_parent", "menu_order", "post_mime_type", "post_title", "post_type", "post_status")
    with db.engine.begin() as conn:
        conn.execute(insert(db.tables.posts), [dict(zip(keys, (*row, "attachment", "inherit"))) for row in rows])
    return db


@pytest.mark.parametrize(("kwargs", "expected"), [
    pytest.param({"mime_type": "image", "order": "ASC", "orderby": "post__in", "include": "13,10,11"},
                 [13, 10, 11], id="include-in-given-order"),
    pytest.param({"mime_type": "image", "order": "DESC", "orderby": "post__in", "include": "11, 13,10"},
                 [11, 13, 10], id="include-order-ignores-desc"),
    pytest.param({"mime_type": "image", "order": "ASC", "orderby": "menu_order ID", "parent": 5},
                 [14, 11, 10], id="children-by-menu-order"),
    pytest.param({"mime_type": "image", "order": "DESC", "orderby": "menu_order ID", "parent": 5},
                 [10, 11, 14], id="children-desc"),
    pytest.param({"mime_type": "image", "order": "ASC", "orderby": "ID", "parent": 5, "exclude": "11"},
                 [10, 14], id="exclude"),
    pytest.param({"mime_type": "audio", "order": "ASC", "orderby": "menu_order ID", "parent": 5},
                 [12], id="other-mime"),
    pytest.param({"mime_type": "image", "order": "ASC", "orderby": "post__in", "include": "x,0"},
                 [], id="no-valid-include"),
])
def test_query_returns_wordpress_order(seeded: Database, kwargs: dict[str, Any], expected: list[int]) -> None:
    with seeded.engine.connect() as conn:
        found = _attachments(seeded, conn).query(**kwargs)
    assert [a.id for a in found] == expected
