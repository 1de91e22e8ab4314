"""The search index narrows post searches without changing which posts match or their order."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, delete, select, text, update

from broadsheet.query.post_query import PostQuery, PostQueryArgs
from broadsheet.query.post_search import parse_search, search_clause
from broadsheet.storage.dump import dumps, restore
from broadsheet.storage.engine import Database
from broadsheet.storage.search_index import (
    create_search_index,
    drop_search_index,
    fts_match_expression,
    has_search_index,
    is_index_table,
    mark_search_index,
    prefilter_clause,
)
from tests.backends import fresh_database
from tests.storage.search_corpus import SearchCase, generate_posts, insert_posts, random_searches

CORPUS_SIZE = 3000
SEARCHES = 200


@pytest.fixture(scope="module", params=["sqlite", "postgresql", "mariadb"])
def corpus_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh database per backend holding the generated corpus (read-only for the tests using it)."""
    with fresh_database(request.param) as db:
        with db.engine.begin() as conn:
            insert_posts(conn, db.tables.posts, generate_posts(CORPUS_SIZE))
        yield db


def _args(case: SearchCase, **extra: Any) -> PostQueryArgs:
    return PostQueryArgs(s=case.s, exact=case.exact, search_columns=case.columns, logged_in=case.logged_in,
                         orderby=case.orderby, post_type=case.post_type, post_status=case.post_status, **extra)


def _ids(conn: Connection, db: Database, args: PostQueryArgs) -> tuple[list[int], int]:
    result = PostQuery(args, sort_key=db.sort_key).run(conn, db.tables)
    return [p.ID for p in result.posts], result.found_posts


@contextmanager
def _without_index(conn: Connection, db: Database) -> Iterator[None]:
    """Plain LIKE: no FTS5 pre-filter (SQLite), no trigram index scans (PostgreSQL)."""
    if db.dialect_name == "sqlite":
        mark_search_index(db.tables.posts, False)
        try:
            yield
        finally:
            mark_search_index(db.tables.posts, True)
    elif db.dialect_name == "postgresql":
        conn.exec_driver_sql("SET enable_bitmapscan = off")  # GIN indexes are only read by bitmap scans
        conn.exec_driver_sql("SET enable_seqscan = on")
        try:
            yield
        finally:
            conn.exec_driver_sql("SET enable_bitmapscan = on")
    else:
        yield


@contextmanager
def _with_index(conn: Connection, db: Database) -> Iterator[None]:
    """The index in use; PostgreSQL is pushed off sequential scans so the trigram indexes are read."""
    if db.dialect_name == "postgresql":
        conn.exec_driver_sql("SET enable_seqscan = off")
        try:
            yield
        finally:
            conn.exec_driver_sql("SET enable_seqscan = on")
    else:
        yield


def _compare(conn: Connection, db: Database, args: PostQueryArgs) -> tuple[list[int], int]:
    """The search's (ids, found_posts), asserted equal with and without the index."""
    with _with_index(conn, db):
        indexed = _ids(conn, db, args)
    if db.dialect_name == "mysql":
        return indexed  # MariaDB has no search index: the plain LIKE is all there is
    with _without_index(conn, db):
        plain = _ids(conn, db, args)
    assert indexed == plain, args
    return indexed


def test_index_exists_where_the_backend_has_one(corpus_db: Database) -> None:
    with corpus_db.engine.connect() as conn:
        if corpus_db.dialect_name == "sqlite":
            assert has_search_index(corpus_db.tables.posts)
            assert conn.exec_driver_sql("SELECT count(*) FROM wp_posts_fts").scalar() == CORPUS_SIZE
        elif corpus_db.dialect_name == "postgresql":
            names = set(conn.exec_driver_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'wp_posts'").scalars())
            assert {"wp_posts_post_title_trgm", "wp_posts_post_excerpt_trgm", "wp_posts_post_content_trgm"} <= names
        else:
            assert not has_search_index(corpus_db.tables.posts)


def test_random_searches_find_the_same_posts_in_the_same_order(corpus_db: Database) -> None:
    posts = generate_posts(CORPUS_SIZE)
    nonempty = 0
    with corpus_db.engine.connect() as conn:
        for case in random_searches(posts, SEARCHES):
            ids, _found_posts = _compare(conn, corpus_db, _args(case, posts_per_page=-1))
            nonempty += bool(ids)
            # A page in the middle and its total agree too.
            _compare(conn, corpus_db, _args(case, posts_per_page=10, paged=2))
    assert nonempty > SEARCHES // 3  # the searches do find things


@pytest.mark.parametrize("s", [
    pytest.param("CAFÉ", id="upper-accented"), pytest.param("straße", id="sharp-s"),
    pytest.param("ωmega", id="greek-lower"), pytest.param("istanbul", id="dotted-capital-i"),
    pytest.param("😀smi", id="non-bmp"), pytest.param("pre%c", id="percent-literal"),
    pytest.param("a_b", id="underscore-literal"), pytest.param("back\\sl", id="backslash"),
    pytest.param('"word words"', id="quoted-phrase"), pytest.param("wor -wordpress", id="exclusion"),
    pytest.param("ord ess", id="inner-substrings"), pytest.param("ab", id="short-term-like-only"),
])
def test_edge_searches_agree(corpus_db: Database, s: str) -> None:
    with corpus_db.engine.connect() as conn:
        _compare(conn, corpus_db, _args(SearchCase(s=s), posts_per_page=-1))


def test_sqlite_search_adds_the_fts_prefilter_only_for_long_positive_terms() -> None:
    with fresh_database("sqlite") as db:
        posts = db.tables.posts
        sql = str(search_clause(parse_search("coffee -tea ab"), posts, logged_in=True))
        assert 'FROM wp_posts_fts \nWHERE "wp_posts_fts" MATCH :fts_match_1' in sql
        assert prefilter_clause(posts, ["ab", "é"]) is None
        assert "MATCH" not in str(search_clause(parse_search("-coffee"), posts, logged_in=True))


def test_fts_match_expression_quotes_terms_and_limits_columns() -> None:
    # Terms are folded as the index is (utf8mb4_unicode_520_ci classes, storage/like_ci.py).
    assert fts_match_expression(['say "hi"', "ab"]) == '"SAY ""HI"""'
    assert fts_match_expression(["abc", "déf"], ("post_title",)) == '{post_title} : ("ABC" AND "DEF")'
    assert fts_match_expression(["ｃａｆé＂"]) == '"CAFE"""'
    assert fts_match_expression(["ab", "a\x00bc"]) is None


def test_is_index_table_names_the_fts_table_and_its_shadows_only() -> None:
    assert all(is_index_table(n, "wp_") for n in ("wp_posts_fts", "wp_posts_fts_data", "wp_posts_fts_idx"))
    assert not is_index_table("wp_posts", "wp_")
    assert not is_index_table("wp_postmeta", "wp_")
    assert not is_index_table("wp_posts_fts_other", "wp_")
    assert not is_index_table("xx_posts_fts", "wp_")


# -- keeping the index right ----------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql", "mariadb"])
def small_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    with fresh_database(request.param) as db:
        with db.engine.begin() as conn:
            insert_posts(conn, db.tables.posts, generate_posts(200, seed=11))
        yield db


def _found(conn: Connection, db: Database, s: str) -> list[int]:
    args = PostQueryArgs(s=s, posts_per_page=-1, logged_in=True, post_status=["publish", "draft", "private"],
                         post_type=["post", "page"])
    return sorted(_compare(conn, db, args)[0])


def test_triggers_follow_inserts_updates_and_deletes(small_db: Database) -> None:
    db, posts = small_db, small_db.tables.posts
    with db.engine.begin() as conn:
        insert_posts(conn, posts, generate_posts(3, seed=12, first_id=1001))
        conn.execute(update(posts).where(posts.c.ID == 1001).values(post_title="Zanzibar quokka"))
        conn.execute(update(posts).where(posts.c.ID == 1002).values(post_content="a quokkas' tale"))
        conn.execute(update(posts).where(posts.c.ID == 1003).values(post_excerpt="QUOKKA!"))
    with db.engine.connect() as conn:
        assert _found(conn, db, "quokka") == [1001, 1002, 1003]
        assert _found(conn, db, "zanzibar") == [1001]
    with db.engine.begin() as conn:
        conn.execute(update(posts).where(posts.c.ID == 1001).values(post_title="plain"))
        conn.execute(update(posts).where(posts.c.ID == 1002).values(comment_count=4))  # no indexed column
        conn.execute(update(posts).where(posts.c.ID == 1003).values(ID=1010))
        conn.execute(delete(posts).where(posts.c.ID < 100))
    with db.engine.connect() as conn:
        assert _found(conn, db, "quokka") == [1002, 1010]
        assert _found(conn, db, "zanzibar") == []
        assert all(i >= 100 for i in _found(conn, db, "ord"))
        if db.dialect_name == "sqlite":
            conn.exec_driver_sql("INSERT INTO wp_posts_fts(wp_posts_fts) VALUES ('integrity-check')")
            assert conn.exec_driver_sql("SELECT count(*) FROM wp_posts_fts_docsize").scalar() == \
                conn.execute(select(text("count(*)")).select_from(posts)).scalar()


def test_restore_refills_the_index_and_dumps_leave_it_out(small_db: Database) -> None:
    dumped = dumps(small_db)
    assert "_fts" not in "".join(json.loads(dumped)["tables"])
    with fresh_database(small_db.engine.dialect.name.replace("mysql", "mariadb")) as other:
        with other.engine.begin() as conn:
            insert_posts(conn, other.tables.posts, generate_posts(50, seed=99, first_id=5000))
        restore(other, io.StringIO(dumped))
        assert dumps(other) == dumped
        with other.engine.connect() as conn, small_db.engine.connect() as conn2:
            for s in ("word", "café", "ÉCOLE -ab", '"apple banana"', "xylo"):
                assert _found(conn, other, s) == _found(conn2, small_db, s)
            assert not [i for i in _found(conn, other, "e") if i >= 5000]


def test_sqlite_file_reopened_uses_its_index_and_drop_schema_removes_it(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path}/site.db"
    db = Database.from_url(url)
    db.create_schema()
    with db.engine.begin() as conn:
        insert_posts(conn, db.tables.posts, generate_posts(20))
    db.dispose()
    again = Database.from_url(url)
    with again.engine.connect():
        assert has_search_index(again.tables.posts)
    again.drop_schema()
    assert not has_search_index(again.tables.posts)
    with again.engine.connect() as conn:
        left = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'wp_posts%'").scalars().all()
    assert left == []
    again.dispose()


def test_index_added_to_an_existing_sqlite_site_is_filled(tmp_path: Any) -> None:
    db = Database.from_url(f"sqlite:///{tmp_path}/old.db")
    db.create_schema()
    with db.engine.begin() as conn:
        drop_search_index(conn, "sqlite", db.tables.posts)  # a site from before the index
        insert_posts(conn, db.tables.posts, generate_posts(100))
    db.create_schema()
    with db.engine.connect() as conn:
        assert has_search_index(db.tables.posts)
        assert conn.exec_driver_sql("SELECT count(*) FROM wp_posts_fts_docsize").scalar() == 100
        assert _found(conn, db, "word")
    db.dispose()


def test_create_search_index_is_idempotent(small_db: Database) -> None:
    with small_db.engine.begin() as conn:
        again = create_search_index(conn, small_db.dialect_name, small_db.tables.posts)
    assert again == (small_db.dialect_name != "mysql")
    with small_db.engine.connect() as conn:
        assert _found(conn, small_db, "word")


def test_query_plans_read_the_index(corpus_db: Database) -> None:
    if corpus_db.dialect_name == "mysql":
        pytest.skip("MariaDB has no search index (FULLTEXT cannot answer substring LIKE)")
    posts = corpus_db.tables.posts
    stmt = select(posts.c.ID).where(search_clause(parse_search("xylophone"), posts, logged_in=False))
    sql = str(stmt.compile(corpus_db.engine, compile_kwargs={"literal_binds": True}))
    with corpus_db.engine.connect() as conn:
        if corpus_db.dialect_name == "sqlite":
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "VIRTUAL TABLE INDEX" in plan and "wp_posts_fts" in plan, plan
        else:
            with _with_index(conn, corpus_db):
                plan = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%")))
            assert all(f"wp_posts_{c}_trgm" in plan for c in ("post_title", "post_excerpt", "post_content")), plan


def test_sqlite_replace_keeps_the_index_exact(tmp_path: Any) -> None:
    db = Database.from_url(f"sqlite:///{tmp_path}/r.db")
    db.create_schema()
    with db.engine.begin() as conn:
        insert_posts(conn, db.tables.posts, generate_posts(5))
        conn.exec_driver_sql("UPDATE wp_posts SET post_title = 'alphaville', post_content = '', post_excerpt = ''"
                             " WHERE ID = 1")
        conn.exec_driver_sql("INSERT OR REPLACE INTO wp_posts SELECT * FROM wp_posts WHERE ID = 2")
        conn.exec_driver_sql("UPDATE wp_posts SET ID = 1000 WHERE ID = 2")
        conn.exec_driver_sql("REPLACE INTO wp_posts SELECT 1, post_author, post_date, post_date_gmt, 'bravo', 'bravo',"
                             " 'bravo', post_status, comment_status, ping_status, post_password, post_name, to_ping,"
                             " pinged, post_modified, post_modified_gmt, post_content_filtered, post_parent, guid,"
                             " menu_order, post_type, post_mime_type, comment_count FROM wp_posts WHERE ID = 1")
    with db.engine.connect() as conn:
        stale = conn.exec_driver_sql("SELECT rowid FROM wp_posts_fts WHERE wp_posts_fts MATCH '\"alphaville\"'")
        assert stale.all() == []
        assert conn.exec_driver_sql("SELECT count(*) FROM wp_posts_fts_docsize").scalar() == 5
    db.dispose()
