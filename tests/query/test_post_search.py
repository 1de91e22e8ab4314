"""WP_Query search parsing: terms, quoted phrases, stopwords, exclusions and relevance order."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite

from broadsheet.query.post_search import parse_search, relevance_order, search_clause
from broadsheet.storage.tables import make_tables


@pytest.mark.parametrize(("s", "terms", "count"), [
    pytest.param("python", ["python"], 1, id="one-word"),
    pytest.param("python guide", ["python", "guide"], 2, id="two-words"),
    pytest.param('"beginner\'s guide" python', ["beginner's guide", "python"], 2, id="quoted-phrase"),
    pytest.param("the python of a", ["python"], 4, id="stopwords-and-single-letters-dropped"),
    pytest.param("the of", ["the of"], 2, id="only-stopwords-searches-the-sentence"),
    pytest.param("python -django", ["python", "-django"], 2, id="exclusion-kept-with-prefix"),
    pytest.param("a,b c+d", ["a,b c+d"], 4, id="separators-and-single-letters"),
    pytest.param(" ".join(f"w{i}" for i in range(11)), [" ".join(f"w{i}" for i in range(11))], 11,
                 id="ten-plus-terms-is-a-sentence"),
])
def test_parse_search_terms(s: str, terms: list[str], count: int) -> None:
    spec = parse_search(s)
    assert spec.terms == terms
    assert spec.terms_count == count


def test_search_columns_keep_wordpress_order_and_ignore_unknown() -> None:
    assert parse_search("x y", columns=["post_content", "post_title", "guid"]).columns == ("post_title", "post_content")
    assert parse_search("x y", columns=["guid"]).columns == ("post_title", "post_excerpt", "post_content")


def _sql(clause: object) -> str:
    return str(clause.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


def test_exclusion_uses_not_like_joined_with_and() -> None:
    posts = make_tables().posts
    sql = _sql(search_clause(parse_search("python -django"), posts, logged_in=True))
    # SQLite folds both sides to utf8mb4_unicode_520_ci classes (storage/like_ci.py).
    assert "wp_like_fold(wp_posts.post_content) NOT LIKE '%DJANGO%'" in sql and "LIKE '%PYTHON%'" in sql


def test_anonymous_search_skips_password_protected_posts() -> None:
    posts = make_tables().posts
    assert "post_password = ''" in _sql(search_clause(parse_search("python"), posts, logged_in=False))
    assert "post_password" not in _sql(search_clause(parse_search("python"), posts, logged_in=True))


def test_exact_semantics_has_no_wildcards() -> None:
    posts = make_tables().posts
    sql = _sql(search_clause(parse_search("Hello world", exact=True), posts, logged_in=True))
    assert "'%" not in sql and "LIKE 'HELLO'" in sql


def test_like_wildcards_in_terms_are_escaped() -> None:
    posts = make_tables().posts
    sql = _sql(search_clause(parse_search("100%_off"), posts, logged_in=True))
    assert "100\\%\\_OFF" in sql


def test_relevance_order_ranks_sentence_title_match_first() -> None:
    posts = make_tables().posts
    order = relevance_order(parse_search("python guide"), posts)
    sql = _sql(select(posts.c.ID).order_by(*order))
    assert "THEN 1" in sql and "THEN 2" in sql and "THEN 3" in sql and "ELSE 6" in sql
    single = _sql(select(posts.c.ID).order_by(*relevance_order(parse_search("python"), posts)))
    assert "DESC" in single
