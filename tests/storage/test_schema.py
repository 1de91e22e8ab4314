"""The WordPress schema on every backend: tables, columns, indexes, and WordPress's SHOW CREATE TABLE text."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import inspect, text

from broadsheet.storage.engine import Database
from broadsheet.storage.schema_text import parse_auto_increment, show_create_table
from broadsheet.storage.tables import CORE_TABLES, make_tables
from tests.backends import fresh_database
from tests.conftest import ORACLE

FIXTURE = json.loads((ORACLE / "fixture-db.json").read_text("utf-8"))


def _strip_ai(sql: str) -> str:
    return re.sub(r" AUTO_INCREMENT=\d+", "", sql)


@pytest.mark.parametrize("name", sorted(FIXTURE["schema"]), ids=lambda n: n)
def test_rendered_schema_equals_wordpress_show_create_table(name: str) -> None:
    wordpress = FIXTURE["schema"][name]
    tables = make_tables()
    assert show_create_table(tables.table(name), parse_auto_increment(wordpress)) == wordpress


def test_make_tables_uses_prefix_and_covers_every_wordpress_table() -> None:
    tables = make_tables("blog7_")
    assert sorted(t.name for t in tables) == [f"blog7_{n}" for n in CORE_TABLES]
    assert tables.posts.name == "blog7_posts"
    assert tables.table("usermeta") is tables.usermeta
    # index names are unique per database; the WordPress key name is kept for MySQL
    names = [i.name for t in tables for i in t.indexes]
    assert len(names) == len(set(names))


def test_create_schema_creates_all_tables_columns_and_indexes(db: Database) -> None:
    db.create_schema()  # idempotent: a second call changes nothing
    insp = inspect(db.engine)
    present = set(insp.get_table_names())
    for t in db.tables:
        assert t.name in present
        assert [c["name"] for c in insp.get_columns(t.name)] == [c.name for c in t.columns]
        assert {tuple(i["column_names"]) for i in insp.get_indexes(t.name)} >= {
            tuple(c.name for c in i.columns) for i in t.indexes
        }
        assert insp.get_pk_constraint(t.name)["constrained_columns"] == [c.name for c in t.primary_key.columns]


def test_mariadb_show_create_table_is_wordpress_own() -> None:
    with fresh_database("mariadb") as db, db.engine.connect() as conn:
        for name, wordpress in FIXTURE["schema"].items():
            ours = conn.execute(text(f"SHOW CREATE TABLE `{name}`")).one()[1]
            assert _strip_ai(ours) == _strip_ai(wordpress), name


def test_mariadb_session_sql_mode_is_relaxed_like_wordpress() -> None:
    with fresh_database("mariadb", schema=False) as db, db.engine.connect() as conn:
        modes = set(conn.execute(text("SELECT @@SESSION.sql_mode")).scalar_one().split(","))
        collation = conn.execute(text("SELECT @@collation_connection")).scalar_one()
    assert not modes & {"NO_ZERO_DATE", "NO_ZERO_IN_DATE", "STRICT_TRANS_TABLES", "STRICT_ALL_TABLES",
                        "TRADITIONAL", "ANSI", "ONLY_FULL_GROUP_BY"}
    assert collation == "utf8mb4_unicode_520_ci"


def test_sqlite_pragmas() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        db = Database.from_url(f"sqlite:///{folder}/x.db")
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        db.dispose()


def test_drop_schema_removes_tables(db: Database) -> None:
    db.drop_schema()
    assert not set(inspect(db.engine).get_table_names()) & {t.name for t in db.tables}
    db.create_schema()
    assert db.tables.posts.name in inspect(db.engine).get_table_names()
