"""``WP_Query`` search: word splitting, stopwords, ``-exclusion``, exact semantics and relevance order.

Port of ``WP_Query::parse_search``, ``parse_search_terms`` and ``parse_search_order`` from
WordPress 7.1.4 (wp-includes/class-wp-query.php), as SQLAlchemy expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from broadsheet.storage.like_ci import like_ci, not_like_ci
from broadsheet.storage.search_index import prefilter_clause

__all__ = ["SearchSpec", "parse_search", "search_clause", "relevance_order", "SEARCH_COLUMNS"]

SEARCH_COLUMNS = ("post_title", "post_excerpt", "post_content")

#: ``get_search_stopwords`` for en_US.
STOPWORDS = frozenset(
    "about,an,are,as,at,be,by,com,for,from,how,in,is,it,of,on,or,that,the,this,to,was,what,when,"
    "where,who,will,with,www".split(",")
)

_TERMS = re.compile(r'".*?("|$)|((?<=[\t ",+])|^)[^\t ",+]+')
_QUOTED = re.compile(r'^".+"$', re.S)
_SINGLE_LETTER = re.compile(r"^[a-z\-]$", re.I)
_NEGATIVE = re.compile(r"(?:\s|^)\-")


@dataclass
class SearchSpec:
    """A parsed search: the cleaned string, its terms and how many raw terms it had."""

    s: str
    terms: list[str] = field(default_factory=list)
    terms_count: int = 1
    exact: bool = False
    columns: tuple[str, ...] = SEARCH_COLUMNS


def _trim(value: str, chars: str) -> str:
    return value.strip(chars)


def parse_search_terms(raw_terms: list[str]) -> list[str]:
    """Drop empty terms, single letters/dashes and stopwords (``parse_search_terms``)."""
    checked: list[str] = []
    for term in raw_terms:
        # Keep spaces inside a quoted phrase; otherwise trim quotes and spaces.
        term = _trim(term, "\"'") if _QUOTED.match(term) else _trim(term, "\"' ")
        if not term or (len(term.encode("utf-8")) == 1 and _SINGLE_LETTER.match(term)):
            continue
        if term.lower() in STOPWORDS:
            continue
        checked.append(term)
    return checked


def parse_search(s: str, *, exact: bool = False, columns: list[str] | None = None) -> SearchSpec:
    """Split a search string into terms as ``WP_Query::parse_search`` does."""
    s = s.replace("\r", "").replace("\n", "")
    spec = SearchSpec(s=s, exact=exact)
    matches = [m.group(0) for m in _TERMS.finditer(s)]
    if matches:
        spec.terms_count = len(matches)
        spec.terms = parse_search_terms(matches)
        if not spec.terms or len(spec.terms) > 9:
            spec.terms = [s]
    else:
        spec.terms = [s]
    chosen = [c for c in (columns or []) if c in SEARCH_COLUMNS]
    # Columns keep WordPress's default order once intersected.
    spec.columns = tuple(c for c in SEARCH_COLUMNS if c in chosen) if chosen else SEARCH_COLUMNS
    return spec


def esc_like(text: str) -> str:
    """``$wpdb->esc_like``: escape ``\\``, ``_`` and ``%`` for a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


def _like(column: Any, pattern: str) -> ColumnElement[bool]:
    # Case- and accent-insensitive as MariaDB's utf8mb4_unicode_520_ci, on every backend.
    return like_ci(column, pattern)


def _not_like(column: Any, pattern: str) -> ColumnElement[bool]:
    return not_like_ci(column, pattern)


def search_clause(spec: SearchSpec, posts: Any, *, logged_in: bool, attached_files: Any = None) -> ColumnElement[bool]:
    """The WHERE part: each term ORs over the columns (``NOT LIKE``/AND for ``-term``); terms AND together.

    ``attached_files`` (the postmeta table) adds the attachment's ``_wp_attached_file`` as one more
    column, as ``wp_allow_query_attachment_by_filename`` joins it (NULL when absent, like the LEFT JOIN).
    """
    wildcard = "" if spec.exact else "%"
    clauses: list[ColumnElement[bool]] = []
    columns = [posts.c[col] for col in spec.columns]
    if attached_files is not None:
        pm = attached_files
        columns.append(select(pm.c.meta_value).where(pm.c.post_id == posts.c.ID, pm.c.meta_key == "_wp_attached_file")
                       .limit(1).scalar_subquery())
    for term in spec.terms:
        exclude = term.startswith("-")
        if exclude:
            term = term[1:]
        pattern = wildcard + esc_like(term) + wildcard
        parts = [(_not_like if exclude else _like)(column, pattern) for column in columns]
        clauses.append(and_(*parts) if exclude else or_(*parts))
    where = and_(*clauses) if clauses else literal(True)
    if attached_files is None:
        # A full-text pre-filter (SQLite FTS5) narrows the rows; the LIKEs above stay the judge.
        narrowed = prefilter_clause(posts, [t for t in spec.terms if not t.startswith("-")], spec.columns)
        if narrowed is not None:
            where = and_(narrowed, where)
    if not logged_in:
        # Anonymous searches never match password-protected posts.
        where = and_(where, posts.c.post_password == "")
    return where


def _title_likes(spec: SearchSpec, posts: Any) -> list[ColumnElement[bool]]:
    """``search_orderby_title``: a title LIKE per non-excluded term (not with exact semantics)."""
    if spec.exact:
        return []
    return [_like(posts.c.post_title, "%" + esc_like(t) + "%") for t in spec.terms if not t.startswith("-")]


def relevance_order(spec: SearchSpec, posts: Any) -> list[Any]:
    """ORDER BY expressions for ``orderby=relevance`` (``parse_search_order``), before ``post_date``."""
    titles = _title_likes(spec, posts)
    if not titles:
        return []
    if spec.terms_count > 1:
        like = None if _NEGATIVE.search(spec.s) else "%" + esc_like(spec.s) + "%"
        whens: list[tuple[ColumnElement[bool], int]] = []
        if like:
            whens.append((_like(posts.c.post_title, like), 1))
        if len(titles) < 7:
            whens.append((and_(*titles), 2))
            if len(titles) > 1:
                whens.append((or_(*titles), 3))
        if like:
            whens.append((_like(posts.c.post_excerpt, like), 4))
            whens.append((_like(posts.c.post_content, like), 5))
        if not whens:
            return []
        return [case(*whens, else_=6)]
    # One term: titles matching it first (a boolean sorted descending).
    return [case((titles[0], 1), else_=0).desc()]
