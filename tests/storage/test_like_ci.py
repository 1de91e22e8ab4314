"""`like_ci` answers LIKE as MariaDB's utf8mb4_unicode_520_ci does, on every backend.

The MariaDB test server is the oracle: each pair is also run there as a plain ``LIKE`` and the
other backends must agree with it (and with the expectation written here).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, Text, insert, literal, select

from broadsheet.query.post_search import esc_like
from broadsheet.storage.engine import Database
from broadsheet.storage.like_ci import fold_like_pattern, like_fold, like_regex
from tests.backends import BACKENDS, fresh_database, server_unavailable_reason

# (text, pattern, MariaDB's answer); patterns are LIKE patterns (`\` escapes).
PAIRS = [
    pytest.param("café", "CAFE", True, id="accent-and-case"),
    pytest.param("CAFE", "café", True, id="accent-in-pattern"),
    pytest.param("Ärger", "arger", True, id="umlaut"),
    pytest.param("Crème brûlée", "%BRULEE%", True, id="contains"),
    pytest.param("straße", "strasse", False, id="eszett-is-one-character"),
    pytest.param("straße", "STRAßE", True, id="eszett-same"),
    pytest.param("ß", "_", True, id="eszett-one-underscore"),
    pytest.param("æ", "ae", False, id="ae-ligature-is-one-character"),
    pytest.param("Æsop", "æSOP", True, id="ae-case"),
    pytest.param("\ufb01sh", "fish", False, id="fi-ligature"),
    pytest.param("\ufb01sh", "\ufb01SH", True, id="fi-ligature-same"),
    pytest.param("ı", "i", False, id="dotless-i"),
    pytest.param("ı", "I", False, id="dotless-i-capital"),
    pytest.param("İstanbul", "istanbul", True, id="dotted-capital-i"),
    pytest.param("ς", "Σ", True, id="final-sigma"),
    pytest.param("σ", "ς", True, id="sigma-forms"),
    pytest.param("ΆΘΗΝΑ", "αθηνα", True, id="greek-tonos"),
    pytest.param("Москва", "МОСКВА", True, id="cyrillic-case"),
    pytest.param("ёлка", "елка", True, id="cyrillic-yo"),
    pytest.param("😀", "😀", True, id="emoji-same"),
    pytest.param("😀", "😁", False, id="emoji-other"),
    pytest.param("I ❤ NY", "%❤%", True, id="symbol"),
    pytest.param("東京", "東京", True, id="cjk-same"),
    pytest.param("東京", "%京", True, id="cjk-suffix"),
    pytest.param("東京", "東亰", False, id="cjk-other"),
    pytest.param("\uf900", "\u8c48", False, id="cjk-compat-vs-unified"),
    pytest.param("ｃａｆｅ", "cafe", True, id="fullwidth"),
    pytest.param("\U0001d41a", "a", True, id="math-bold"),
    pytest.param("Ⓐ", "a", True, id="circled"),
    pytest.param("ca\u200bfe", "cafe", False, id="ignorable-is-a-character"),
    pytest.param("ca\u200bfe", "ca_fe", True, id="ignorable-underscore"),
    pytest.param("\u200b", "\x01", True, id="ignorables-equal"),
    pytest.param("ca\u00adfe", "cafe", False, id="soft-hyphen"),
    pytest.param("50% off", "50\\% off", True, id="percent-literal"),
    pytest.param("50 off", "50\\%", False, id="percent-literal-absent"),
    pytest.param("50％", "50\\%", True, id="fullwidth-percent-literal"),
    pytest.param("50%", "50％", True, id="fullwidth-percent-is-no-wildcard"),
    pytest.param("50x", "50％", False, id="fullwidth-percent-no-wildcard"),
    pytest.param("a_b", "a\\_b", True, id="underscore-literal"),
    pytest.param("axb", "a\\_b", False, id="underscore-literal-absent"),
    pytest.param("a\\b", "a\\\\b", True, id="backslash-literal"),
    pytest.param("a＼b", "a\\\\b", True, id="fullwidth-backslash"),
    pytest.param("abc", "a%", True, id="prefix"),
    pytest.param("abc", "%B", False, id="suffix-wrong"),
    pytest.param("abc", "a_c", True, id="one-character"),
    pytest.param("abc", "", False, id="empty-pattern"),
    pytest.param("line\nbreak", "line_break", True, id="newline"),
    pytest.param("a.c", "abc", False, id="dot-is-literal"),
    pytest.param("abc", "a.c", False, id="dot-in-pattern"),
    pytest.param("a+b", "a+b", True, id="regex-meta"),
    pytest.param("[x]", "[X]", True, id="brackets"),
    pytest.param("trailing ", "trailing", False, id="no-pad-space"),
]

_meta = MetaData()
_t = Table("like_ci_pairs", _meta, Column("id", Integer, primary_key=True), Column("v", Text))


@pytest.fixture(scope="module", params=BACKENDS)
def pair_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    with fresh_database(request.param) as db:
        _meta.create_all(db.engine)
        yield db


def _mariadb_says(text: str, pattern: str) -> bool | None:
    """The MariaDB server's own answer (None when the server is unreachable)."""
    if server_unavailable_reason("mariadb") is not None:
        return None
    from tests.backends import _mysql_admin, backend_urls

    conn = _mysql_admin(backend_urls()["mariadb"])
    try:
        with conn.cursor() as cur:
            cur.execute("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_520_ci")
            cur.execute("SELECT %s LIKE %s", (text, pattern))
            row = cur.fetchone()
    finally:
        conn.close()
    return bool(row[0])


def _backend_says(db: Database, text: str, pattern: str) -> bool:
    with db.engine.begin() as conn:
        conn.execute(_t.delete())
        conn.execute(insert(_t).values(id=1, v=text))
        hit = conn.execute(select(_t.c.id).where(db.like_ci(_t.c.v, pattern))).scalar()
        miss = conn.execute(select(_t.c.id).where(
            __import__("broadsheet.storage.like_ci", fromlist=["not_like_ci"]).not_like_ci(_t.c.v, pattern))).scalar()
    assert (hit is None) != (miss is None), "LIKE and NOT LIKE must disagree on a non-NULL value"
    return hit is not None


@pytest.mark.parametrize(("text", "pattern", "expected"), PAIRS)
def test_like_ci_agrees_with_mariadb(pair_db: Database, text: str, pattern: str, expected: bool) -> None:
    oracle = _mariadb_says(text, pattern)
    if oracle is not None:
        assert oracle is expected, "the table disagrees with the MariaDB server"
    assert _backend_says(pair_db, text, pattern) is expected


def test_null_matches_neither_like_nor_not_like(pair_db: Database) -> None:
    from broadsheet.storage.like_ci import not_like_ci

    with pair_db.engine.begin() as conn:
        conn.execute(_t.delete())
        conn.execute(insert(_t).values(id=1, v=None))
        assert conn.execute(select(_t.c.id).where(pair_db.like_ci(_t.c.v, "%"))).scalar() is None
        assert conn.execute(select(_t.c.id).where(not_like_ci(_t.c.v, "x"))).scalar() is None


def test_fold_keeps_length_and_merges_case_and_accents() -> None:
    for text in ("Crème brûlée", "straße", "ΆΘΗΝΑ", "😀東京", "ca\u200bfe"):
        assert len(like_fold(text) or "") == len(text)
    assert like_fold("café") == like_fold("CAFE") == "CAFE"
    assert like_fold(None) is None


def test_folded_pattern_escapes_what_folds_to_a_wildcard() -> None:
    assert fold_like_pattern("50％") == "50\\%"
    assert fold_like_pattern(esc_like("a_b%")) == "A\\_B\\%"
    assert fold_like_pattern("%é_") == "%E_"


def test_regex_is_anchored_only_where_the_pattern_has_no_percent() -> None:
    assert like_regex("%ab%").startswith("[") and not like_regex("%ab%").endswith("$")
    assert like_regex("ab").startswith("^") and like_regex("ab").endswith("$")
    assert like_regex("%") == ""
    assert like_regex("") == "^$"


def test_literal_binds_compile_on_every_dialect(pair_db: Database) -> None:
    stmt = select(literal(1)).where(pair_db.like_ci(_t.c.v, "%caf\\_é%"))
    sql = str(stmt.compile(pair_db.engine, compile_kwargs={"literal_binds": True}))
    assert "like_ci_pairs.v" in sql


# -- end to end: posts?search= ----------------------------------------------------------------
_E2E_POSTS = {
    900001: ("Café society", "Un café noir."),
    900002: ("CAFE RACER", "motorbikes"),
    900003: ("Straße und Weg", "Die Straße"),
    900004: ("Strasse", "plain strasse"),
    900005: ("Ærø island", "Æsop fables"),
    900006: ("Ελληνικά: ΣΟΦΟΣ", "σοφός"),
    900007: ("東京 guide", "ｃａｆｅ in fullwidth"),
    900008: ("Istanbul", "İstanbul ışık"),
}

# search -> the ids MariaDB finds (the MariaDB run of this test checks the table itself).
_E2E_SEARCHES = [
    pytest.param("cafe", [900001, 900002, 900007], id="ascii-finds-accented-and-fullwidth"),
    pytest.param("CAFÉ", [900001, 900002, 900007], id="accented-query"),
    pytest.param("straße", [900003], id="eszett"),
    pytest.param("strasse", [900004], id="double-s"),
    pytest.param("æsop", [900005], id="ae-ligature"),
    pytest.param("aesop", [], id="ae-spelled-out"),
    pytest.param("σοφος", [900006], id="greek-sigma-and-tonos"),
    pytest.param("東京", [900007], id="cjk"),
    pytest.param("istanbul", [900008], id="dotted-capital-i"),
    pytest.param("isik", [], id="dotless-i-differs"),
    pytest.param("ıŞıK", [900008], id="dotless-i-same"), pytest.param("ISIK", [], id="capital-i-is-not-dotless"),
    pytest.param("café -noir", [900002, 900007], id="exclusion"),
]


@pytest.fixture(scope="module", params=BACKENDS)
def search_app(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The fixture site on each backend with the posts above added."""
    from tests.rest.conftest import fixture_site_app
    from tests.storage.search_corpus import CorpusPost, insert_posts

    with fixture_site_app(request.param) as app:
        db = app.site.db
        posts = [CorpusPost(ID=i, post_title=t, post_excerpt="", post_content=c, post_date="2024-01-01 00:00:00")
                 for i, (t, c) in _E2E_POSTS.items()]
        with db.engine.begin() as conn:
            insert_posts(conn, db.tables.posts, posts)
        yield app


@pytest.mark.parametrize(("search", "expected"), _E2E_SEARCHES)
def test_posts_search_finds_the_same_ids_as_mariadb(search_app: Any, search: str, expected: list[int]) -> None:
    from urllib.parse import urlencode

    query = urlencode({"search": search, "include": ",".join(map(str, _E2E_POSTS)), "orderby": "id",
                       "order": "asc", "per_page": 100, "_fields": "id"})
    response = search_app.handle("GET", "/wp-json/wp/v2/posts", query,
                                 {"host": "127.0.0.1:8881", "accept": "application/json"}, b"")
    assert response.status == 200
    assert [p["id"] for p in json.loads(response.body)] == expected


def test_sqlite_index_without_the_folded_view_is_rebuilt_by_create_schema() -> None:
    from broadsheet.query.post_search import parse_search, search_clause
    from broadsheet.storage.search_index import detect_search_index, has_search_index
    from tests.storage.search_corpus import CorpusPost, insert_posts

    with fresh_database("sqlite") as db:
        posts = db.tables.posts
        with db.engine.begin() as conn:
            insert_posts(conn, posts, [CorpusPost(ID=1, post_title="Café", post_excerpt="", post_content="",
                                                  post_date="2024-01-01 00:00:00")])
            conn.exec_driver_sql('DROP VIEW "wp_posts_fts_src"')  # as an index from before the fold
        with db.engine.connect() as conn:
            assert not detect_search_index(conn.connection.dbapi_connection, posts)
        db.create_schema()
        assert has_search_index(posts)
        with db.engine.connect() as conn:
            found = conn.execute(select(posts.c.ID).where(search_clause(parse_search("cafe"), posts, logged_in=True)))
            assert [r[0] for r in found] == [1]
            fts = conn.exec_driver_sql("SELECT rowid FROM wp_posts_fts WHERE wp_posts_fts MATCH '\"CAFE\"'")
            assert [r[0] for r in fts] == [1]
