"""HotSelect: cursor-level reads give the rows ``conn.execute`` gives, on every backend, and stay counted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, select

from broadsheet.storage.engine import Database
from broadsheet.storage.hot_select import HotSelect
from broadsheet.storage.tables import ids_in
from broadsheet.storage.types import ZERO_DATE


def _seed(db: Database) -> None:
    p = db.tables.posts
    rows = [(7, 0, "Ünïcode “title”", "2024-02-29 23:59:59", "post", "publish"),
            (8, 7, "", ZERO_DATE, "revision", "inherit"),
            (9, 7, "", "2024-03-01 00:00:00", "revision", "inherit"),
            (10, 7, "", ZERO_DATE, "attachment", "inherit")]
    keys = ("ID", "post_parent", "post_title", "post_date", "post_type", "post_status")
    with db.engine.begin() as conn:
        conn.execute(insert(p), [dict(zip(keys, row)) for row in rows])


def test_rows_equal_sqlalchemys_for_scalars_and_lists(db: Database) -> None:
    _seed(db)
    p = db.tables.posts
    single = HotSelect(select(p.c.ID, p.c.post_title, p.c.post_date, p.c.post_modified).where(ids_in(p.c.ID, True)))
    listed = HotSelect(select(p.c.ID, p.c.post_title, p.c.post_date).where(ids_in(p.c.ID, False)).order_by(p.c.ID))
    with db.engine.connect() as conn:
        assert single.rows(conn, {"ids": 7}) == [(7, "Ünïcode “title”", "2024-02-29 23:59:59", ZERO_DATE)]
        assert single.rows(conn, {"ids": 7}) == [tuple(r) for r in conn.execute(single.stmt, {"ids": 7})]
        assert single.rows(conn, {"ids": 99}) == []
        assert listed.rows(conn, {"ids": [9, 7]}) == [(7, "Ünïcode “title”", "2024-02-29 23:59:59"),
                                                      (9, "", "2024-03-01 00:00:00")]


def test_literal_values_in_the_statement_are_bound(db: Database) -> None:
    _seed(db)
    p = db.tables.posts
    revisions = HotSelect(select(p.c.ID, p.c.post_date).where(ids_in(p.c.post_parent, True),
                                                               p.c.post_type == "revision",
                                                               p.c.post_status == "inherit").order_by(p.c.ID))
    with db.engine.connect() as conn:
        assert revisions.rows(conn, {"ids": 7}) == [(8, ZERO_DATE), (9, "2024-03-01 00:00:00")]


def test_statement_listeners_see_each_execution(db: Database) -> None:
    _seed(db)
    p = db.tables.posts
    hot = HotSelect(select(p.c.ID).where(ids_in(p.c.ID, True)))
    seen: list[Any] = []

    def listener(conn: Any, cursor: Any, statement: str, params: Any, context: Any, executemany: bool) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        with db.engine.connect() as conn:
            hot.rows(conn, {"ids": 7})
            hot.rows(conn, {"ids": 8})
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert len(seen) == 2 and "wp_posts" in seen[0]
