"""Options and metadata: WordPress's read/write rules, serialized non-ASCII values, batched loads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, insert, select

from broadsheet.storage.engine import Database
from broadsheet.storage.meta import add_meta, delete_meta, get_meta, load_meta, update_meta
from broadsheet.storage.options import Options


@contextmanager
def count_queries(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def listener(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)


def test_autoloaded_options_load_in_one_query(fixture_db: Database) -> None:
    options = Options(fixture_db)
    with count_queries(fixture_db) as queries:
        assert options.get("siteurl") == "http://127.0.0.1:8881"
        assert options.get("blogname") == "Reference"
        assert options.get("sticky_posts") == [21, 66, 116]
        assert options.get("wp_user_roles")["author"]["capabilities"]["publish_posts"] is True
        assert options.get("widget_pages") == {"_multiwidget": 1}  # autoload "auto"
    assert len(queries) == 1
    alloptions = options.load_alloptions()
    assert "moderation_keys" not in alloptions  # autoload "off"
    with count_queries(fixture_db) as queries:
        assert options.get("moderation_keys") == ""
        assert options.get("no_such_option", "dflt") == "dflt"
        assert options.get("no_such_option") is False
    assert len(queries) == 2  # each off/missing option read once, then remembered


def test_add_update_delete_with_serialized_non_ascii(db: Database) -> None:
    options = Options(db)
    value = {"titre": "Árvíztűrő tükörfúrógép 🎉", "n": [1, 2]}
    assert options.add("bs_test", value) is True
    assert options.add("bs_test", "again") is False
    t = db.tables.options
    with db.engine.connect() as conn:
        raw, autoload = conn.execute(select(t.c.option_value, t.c.autoload).where(t.c.option_name == "bs_test")).one()
    assert raw == 'a:2:{s:5:"titre";s:36:"Árvíztűrő tükörfúrógép 🎉";s:1:"n";a:2:{i:0;i:1;i:1;i:2;}}'
    assert len(value["titre"].encode("utf-8")) == 36 and len(value["titre"]) == 24
    assert autoload == "auto"
    fresh = Options(db)
    assert fresh.get("bs_test") == value
    assert fresh.update("bs_test", value) is False  # unchanged
    assert fresh.update("bs_test", "plain", autoload=False) is True
    assert Options(db).get("bs_test") == "plain"
    assert "bs_test" not in Options(db).load_alloptions()
    assert fresh.update("bs_new", 5) is True  # update of a missing option adds it
    assert Options(db).get("bs_new") == "5"
    assert fresh.delete("bs_test") is True and fresh.delete("bs_test") is False
    assert Options(db).get("bs_test") is False


def test_options_inside_a_callers_transaction(db: Database) -> None:
    with db.engine.connect() as conn:
        trans = conn.begin()
        Options.for_connection(conn).add("bs_tx", "1", autoload=True)
        assert Options.for_connection(conn).get("bs_tx") == "1"
        trans.rollback()
    assert Options(db).get("bs_tx") is False


def test_load_meta_is_one_query_for_many_objects(fixture_db: Database) -> None:
    t = fixture_db.tables
    with fixture_db.engine.connect() as conn:
        ids = conn.execute(select(t.posts.c.ID).where(t.posts.c.post_type == "post")).scalars().all()
        with count_queries(fixture_db) as queries:
            meta = load_meta(conn, "post", ids)
        assert len(queries) == 1
        assert set(meta) == set(ids)
        with_thumb = [i for i in ids if "_thumbnail_id" in meta[i]]
        assert with_thumb
        users = load_meta(conn, "user", [1, 2, 99999], keys=["wp_capabilities"], unserialize=True)
    assert users[1] == {"wp_capabilities": [{"administrator": True}]}
    assert users[2] == {"wp_capabilities": [{"editor": True}]}
    assert users[99999] == {}


def test_add_get_update_delete_meta(db: Database) -> None:
    with db.engine.begin() as conn:
        pid = conn.execute(insert(db.tables.posts).values(post_title="m")).inserted_primary_key[0]
        first = add_meta(conn, "post", pid, "colour", "blue")
        assert isinstance(first, int)
        add_meta(conn, "post", pid, "colour", ["ré", "vert"])
        assert add_meta(conn, "post", pid, "colour", "x", unique=True) is None
        assert get_meta(conn, "post", pid, "colour") == ["blue", ["ré", "vert"]]
        assert get_meta(conn, "post", pid, "colour", single=True) == "blue"
        assert get_meta(conn, "post", pid, "missing", single=True) == ""
        assert update_meta(conn, "post", pid, "colour", "red", prev_value="blue") is True
        assert get_meta(conn, "post", pid, "colour")[0] == "red"
        assert update_meta(conn, "post", pid, "size", 3) not in (False, True)  # added: a meta id
        assert update_meta(conn, "post", pid, "size", 3) is False
        assert get_meta(conn, "post", pid) == {"colour": ["red", 'a:2:{i:0;s:3:"ré";i:1;s:4:"vert";}'], "size": ["3"]}
        assert delete_meta(conn, "post", pid, "colour", "red") is True
        assert get_meta(conn, "post", pid, "colour") == [["ré", "vert"]]
        assert delete_meta(conn, "post", pid, "colour") is True
        assert delete_meta(conn, "post", pid, "colour") is False
        add_meta(conn, "term", 1, "k", "v")
        add_meta(conn, "comment", 1, "k", "v")
        add_meta(conn, "user", 1, "k", "v")
        assert [load_meta(conn, kind, [1])[1] for kind in ("term", "comment", "user")] == [{"k": ["v"]}] * 3
