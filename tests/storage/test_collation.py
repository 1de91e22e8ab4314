"""Ordering text as MariaDB's utf8mb4_unicode_520_ci does: golden REST orderings and MariaDB itself."""

from __future__ import annotations

import json
from functools import cache
from itertools import pairwise
from typing import Any

import pytest
from sqlalchemy import Column, select

from broadsheet.storage.collation import compare, weights
from broadsheet.storage.engine import Database
from tests.conftest import ORACLE


@cache
def golden(name: str) -> Any:
    with (ORACLE / "golden-core.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            case = json.loads(line)
            if case["name"] == name:
                return case["body"]
    raise KeyError(name)


def _published_posts(db: Database, order_column: str, limit: int) -> list[tuple[int, str]]:
    posts = db.tables.posts
    column: Column[Any] = posts.c[order_column]
    stmt = (
        select(posts.c.ID, column)
        .where(posts.c.post_type == "post", posts.c.post_status == "publish")
        .order_by(db.sort_key(column))
        .limit(limit)
    )
    with db.engine.connect() as conn:
        return [(r[0], r[1]) for r in conn.execute(stmt)]


def _values_of(db: Database, ids: list[int], column: str) -> list[str]:
    posts = db.tables.posts
    with db.engine.connect() as conn:
        found = dict(conn.execute(select(posts.c.ID, posts.c[column]).where(posts.c.ID.in_(ids))).all())
    return [found[i] for i in ids]


@pytest.mark.parametrize(("case", "column"), [("posts-orderby-title-asc", "post_title"), ("posts-orderby-slug", "post_name")])
def test_post_order_matches_golden(fixture_db: Database, case: str, column: str) -> None:
    expected_ids = [item["id"] for item in golden(case)]
    ours = _published_posts(fixture_db, column, len(expected_ids))
    # ties have no SQL tiebreaker in WordPress: compare the ordered values, not the ids of equal ones
    assert [v for _, v in ours] == _values_of(fixture_db, expected_ids, column)


@pytest.mark.parametrize(("case", "taxonomy"), [("categories-default", "category"), ("tags-default", "post_tag")])
def test_term_name_order_matches_golden(fixture_db: Database, case: str, taxonomy: str) -> None:
    t = fixture_db.tables
    stmt = (
        select(t.terms.c.term_id)
        .join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)
        .where(t.term_taxonomy.c.taxonomy == taxonomy)
        .order_by(fixture_db.sort_key(t.terms.c.name))
        .limit(len(golden(case)))
    )
    with fixture_db.engine.connect() as conn:
        ours = conn.execute(stmt).scalars().all()
    assert ours == [item["id"] for item in golden(case)]


def test_backend_order_agrees_with_the_python_collation(fixture_db: Database) -> None:
    posts, terms, users = fixture_db.tables.posts, fixture_db.tables.terms, fixture_db.tables.users
    with fixture_db.engine.connect() as conn:
        for column in (posts.c.post_title, posts.c.post_name, terms.c.name, terms.c.slug, users.c.display_name):
            ordered = conn.execute(select(column).order_by(fixture_db.sort_key(column))).scalars().all()
            bad = [(a, b) for a, b in pairwise(ordered) if compare(a, b) > 0]
            assert not bad, column


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Árvíztűrő", "Asia", -1),  # accents are ignored at primary strength
        ("ICE", "immigration", -1),
        ("apple", "APPLE", 0),  # case-insensitive
        ("a", "a  ", 0),  # PAD SPACE
        ("", "a", -1),
        ("53", "a-very-long", -1),  # digits before letters
        ("~tilde", "0", -1),  # symbols before digits (not code point order)
        ("Zebra", "Émoji 🎉", 1),
        ("zz", "🎉", -1),  # characters new since Unicode 5.2 sort after letters
        ("straße", "strasse", 0),  # ß expands to ss
    ],
)
def test_compare(a: str, b: str, expected: int) -> None:
    assert compare(a, b) == expected


def test_weights_match_mariadb_weight_string_samples() -> None:
    # values read from MariaDB 10.11: HEX(WEIGHT_STRING(x COLLATE utf8mb4_unicode_520_ci))
    assert weights("a") == weights("A") == (0x120F,)
    assert weights("æß") == (0x120F, 0x126B, 0x1410, 0x1410)
    assert weights("🎉") == (0xFBC3, 0xF389)
    assert weights("a b") == (0x120F, 0x020A, 0x1225)


def test_python_collation_agrees_with_mariadb_on_random_strings() -> None:
    import random

    from sqlalchemy import text

    from tests.backends import fresh_database

    alphabet = "aAbBzZ09 -_.,'\"!?#&~+<=>|()[]éÉèçÇñÑøØåÅæÆßœŒłŁšŠžŽıİ日本語한국中文ēūĀ\u00a0\t—–“”‘’…€£¥©®™😀🎉🙂𝐀"
    rng = random.Random(7)
    samples = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(600)})
    with fresh_database("mariadb", schema=False) as db, db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(50)) COLLATE utf8mb4_unicode_520_ci"))
        conn.execute(text("INSERT INTO t VALUES (:i, :s)"), [{"i": i, "s": s} for i, s in enumerate(samples)])
        ordered = conn.execute(text("SELECT s FROM t ORDER BY s, id")).scalars().all()
        pairs = conn.execute(
            text("SELECT a.s, b.s, a.s = b.s, a.s < b.s FROM t a JOIN t b ON b.id = (a.id * 7 + 3) % :n"),
            {"n": len(samples)},
        ).all()
    assert all(compare(a, b) <= 0 for a, b in pairwise(ordered))
    for a, b, equal, less in pairs:
        expected = 0 if equal else (-1 if less else 1)
        assert compare(a, b) == expected, (a, b)


def test_collated_equality_is_case_and_accent_insensitive_like_mariadb(fixture_db: Database) -> None:
    t = fixture_db.tables
    with fixture_db.engine.connect() as conn:
        terms = conn.execute(
            select(t.terms.c.term_id).where(fixture_db.collated(t.terms.c.name) == "ARVIZTURO TUKORFUROGEP")
        ).scalars().all()
        users = conn.execute(select(t.users.c.ID).where(fixture_db.collated(t.users.c.user_login) == "Admin")).all()
        exact = conn.execute(select(t.users.c.ID).where(t.users.c.user_login == "admin")).all()
    assert terms == [22]
    assert users == exact == [(1,)]
