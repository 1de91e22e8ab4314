"""Full-text pre-filters for post search that never change which posts match or their order.

WordPress 7.1.4 searches with ``LIKE '%term%'`` over ``post_title``, ``post_excerpt`` and
``post_content`` (``WP_Query::parse_search``), which scans every row. Each backend gets an index
that can only *narrow* the candidates; the LIKE clause in ``query/post_search.py`` stays the judge:

- SQLite: an external-content FTS5 table ``<prefix>posts_fts`` with the ``trigram`` tokenizer
  (SQLite >= 3.34) over the view ``<prefix>posts_fts_src``, which holds the three columns folded by
  ``wp_like_fold`` (`storage/like_ci.py`: every character replaced by the name of its
  utf8mb4_unicode_520_ci class), kept in sync by triggers on ``<prefix>posts``. The LIKE judge
  matches ``fold(term)`` as a substring of ``fold(column)``, so ``MATCH '"fold(term)"'`` finds every
  row the LIKE finds (and maybe a few more, which the LIKE then drops): ``cafe`` finds ``Café``.
  Terms under 3 characters are left to LIKE alone. Writers to ``<prefix>posts`` need the
  ``wp_like_fold`` function (every connection of our engine has it).
- PostgreSQL: ``pg_trgm`` GIN indexes on the three columns; the planner uses them for ``ILIKE``
  directly, so no clause is added.
- MariaDB/MySQL: nothing. FULLTEXT indexes match words, not substrings (a search for ``ord`` must
  find ``words``), and MariaDB has no ngram parser; WordPress itself runs the plain LIKE there.

The index tables are not WordPress's: dumps leave them out (`is_index_table`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, literal_column, select, table, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.sql.elements import ColumnElement

from broadsheet.storage.like_ci import FOLD_FUNCTION, like_fold

__all__ = [
    "INDEXED_COLUMNS",
    "MIN_TERM_CHARS",
    "create_search_index",
    "detect_search_index",
    "drop_search_index",
    "fts_match_expression",
    "fts_table_name",
    "has_search_index",
    "is_index_table",
    "mark_search_index",
    "prefilter_clause",
    "rebuild_search_index",
]

log = logging.getLogger(__name__)

INDEXED_COLUMNS = ("post_title", "post_excerpt", "post_content")
"""The columns WordPress searches, indexed in this order."""

MIN_TERM_CHARS = 3
"""The trigram tokenizer cannot match anything shorter."""

_INFO_KEY = "search_index"
_FTS_SUFFIX = "_fts"
_SRC_SUFFIX = "_fts_src"
_FTS_SHADOW = re.compile(r"_fts(?:_(?:config|content|data|docsize|idx|src))?\Z")


def fts_table_name(posts_table: str) -> str:
    """The FTS5 table beside `posts_table` (``wp_posts`` -> ``wp_posts_fts``)."""
    return posts_table + _FTS_SUFFIX


def _src_view_name(posts_table: str) -> str:
    """The view of folded columns the FTS5 table indexes (``wp_posts`` -> ``wp_posts_fts_src``)."""
    return posts_table + _SRC_SUFFIX


def is_index_table(name: str, prefix: str) -> bool:
    """True for the FTS5 table of the `prefix` site, its shadow tables and its source view (never dumped)."""
    base = f"{prefix}posts"
    return name.startswith(base) and _FTS_SHADOW.fullmatch(name[len(base):]) is not None


def _q(name: str) -> str:
    """A double-quoted SQL identifier (SQLite and PostgreSQL)."""
    return '"' + name.replace('"', '""') + '"'


def _trigger_names(posts: str) -> tuple[str, str, str]:
    """(insert, delete, update) trigger names."""
    return f"{posts}_fts_ai", f"{posts}_fts_ad", f"{posts}_fts_au"


def _sqlite_ddl(posts: str) -> list[str]:
    """The folded view, the FTS5 table over it and the three triggers that keep it in step with `posts`."""
    fts, p, src = _q(fts_table_name(posts)), _q(posts), _q(_src_view_name(posts))
    cols = ", ".join(INDEXED_COLUMNS)
    folded = ", ".join(f"{FOLD_FUNCTION}({c}) AS {c}" for c in INDEXED_COLUMNS)
    new = ", ".join(f"{FOLD_FUNCTION}(new.{c})" for c in INDEXED_COLUMNS)
    old = ", ".join(f"{FOLD_FUNCTION}(old.{c})" for c in INDEXED_COLUMNS)
    ins, dele, upd = (_q(n) for n in _trigger_names(posts))
    add = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.ID, {new});"
    remove = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.ID, {old});"
    return [
        f"CREATE VIEW IF NOT EXISTS {src} AS SELECT ID, {folded} FROM {p}",
        (f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({cols}, content={src}, "
         "content_rowid='ID', tokenize='trigram')"),
        f"CREATE TRIGGER IF NOT EXISTS {ins} AFTER INSERT ON {p} BEGIN {add} END",
        f"CREATE TRIGGER IF NOT EXISTS {dele} AFTER DELETE ON {p} BEGIN {remove} END",
        # Only writes to the indexed columns (or the id) touch the index; comment counts etc. don't.
        f"CREATE TRIGGER IF NOT EXISTS {upd} AFTER UPDATE OF ID, {cols} ON {p} BEGIN {remove} {add} END",
    ]


def _sqlite_objects(conn: Connection, posts: str) -> set[str]:
    """Which of the view, the FTS table and its triggers exist."""
    names = [_src_view_name(posts), fts_table_name(posts), *_trigger_names(posts)]
    marks = ", ".join(f":n{i}" for i in range(len(names)))
    rows = conn.execute(
        text(f"SELECT name FROM sqlite_master WHERE name IN ({marks})"), {f"n{i}": n for i, n in enumerate(names)}
    )
    return {r[0] for r in rows}


def _create_sqlite(conn: Connection, posts: str) -> bool:
    """FTS5 table and triggers; filled from `posts` when the table is new. False if FTS5/trigram is missing."""
    present = _sqlite_objects(conn, posts)
    if len(present) == 5:
        return True
    if present:
        # A partial set, or an index of unfolded text from before the view: start again.
        _drop_sqlite(conn, posts)
    try:
        # The first statement fails alone when FTS5 or its trigram tokenizer is missing (SQLite does
        # not abort the transaction on an error, and pysqlite's SAVEPOINTs are unreliable).
        for stmt in _sqlite_ddl(posts):
            conn.exec_driver_sql(stmt)
    except OperationalError as exc:
        log.warning("search index: SQLite FTS5 trigram unavailable (%s); post search uses LIKE alone", exc.orig)
        return False
    # A new table (or one that missed writes while a trigger was missing) is refilled whole.
    _rebuild_sqlite(conn, posts)
    return True


def _drop_sqlite(conn: Connection, posts: str) -> None:
    """Drop the triggers, the FTS5 table and its view."""
    for trigger in _trigger_names(posts):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(trigger)}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_q(fts_table_name(posts))}")
    conn.exec_driver_sql(f"DROP VIEW IF EXISTS {_q(_src_view_name(posts))}")


def _rebuild_sqlite(conn: Connection, posts: str) -> None:
    """Refill the FTS5 table from `posts` (FTS5's 'rebuild' command)."""
    fts = _q(fts_table_name(posts))
    conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _pg_index_names(posts: str) -> list[str]:
    """One GIN index name per indexed column."""
    return [f"{posts}_{c}_trgm" for c in INDEXED_COLUMNS]


def _create_postgresql(conn: Connection, posts: str) -> bool:
    """pg_trgm and its GIN indexes; False (logged) when the extension cannot be had."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        log.warning("search index: pg_trgm unavailable (%s); post search uses ILIKE over full scans",
                    str(exc.orig).strip())
        return False
    for name, column in zip(_pg_index_names(posts), INDEXED_COLUMNS):
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {_q(name)} ON {_q(posts)} USING gin ({column} gin_trgm_ops)")
    return True


def create_search_index(conn: Connection, dialect_name: str, posts_table: Any) -> bool:
    """Create the backend's search index for `posts_table` if missing (idempotent); True when one is in use.

    On SQLite it also marks `posts_table` so `prefilter_clause` adds the FTS5 condition.
    """
    name = posts_table.name
    if dialect_name == "sqlite":
        ok = _create_sqlite(conn, name)
        mark_search_index(posts_table, ok)
        return ok
    if dialect_name == "postgresql":
        return _create_postgresql(conn, name)
    log.debug("search index: none on %s (FULLTEXT cannot answer substring LIKE); post search uses LIKE", dialect_name)
    return False


def rebuild_search_index(conn: Connection, dialect_name: str, posts_table: Any) -> None:
    """Refill the SQLite FTS5 table from the posts table (after bulk loads); a no-op elsewhere."""
    if dialect_name == "sqlite" and has_search_index(posts_table):
        _rebuild_sqlite(conn, posts_table.name)


def drop_search_index(conn: Connection, dialect_name: str, posts_table: Any) -> None:
    """Drop the SQLite FTS5 table and triggers (PostgreSQL's indexes go with their table)."""
    name = posts_table.name
    if dialect_name == "sqlite":
        _drop_sqlite(conn, name)
        mark_search_index(posts_table, False)
    elif dialect_name == "postgresql":
        for index in _pg_index_names(name):
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {_q(index)}")


def detect_search_index(dbapi_conn: Any, posts_table: Any) -> bool:
    """Mark `posts_table` from what a SQLite file holds (one opened without `create_schema`)."""
    posts = posts_table.name
    # An index from before the folded view is not used until create_schema rebuilds it.
    names = [_src_view_name(posts), fts_table_name(posts), *_trigger_names(posts)]
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"SELECT count(*) FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})", names)
        row = cur.fetchone()
    finally:
        cur.close()
    ok = bool(row) and row[0] == len(names)
    mark_search_index(posts_table, ok)
    return ok


def mark_search_index(posts_table: Any, present: bool) -> None:
    """Record on the Table whether its FTS5 table is there to pre-filter with."""
    if present:
        posts_table.info[_INFO_KEY] = fts_table_name(posts_table.name)
    else:
        posts_table.info.pop(_INFO_KEY, None)


def has_search_index(posts_table: Any) -> bool:
    """True when searches on `posts_table` get the FTS5 pre-filter."""
    return _INFO_KEY in getattr(posts_table, "info", {})


def _phrase(term: str) -> str:
    """A term folded as the index is, as an FTS5 string (a phrase: trigram phrases match substrings)."""
    return '"' + (like_fold(term) or "").replace('"', '""') + '"'


def fts_match_expression(terms: Iterable[str], columns: Sequence[str] = INDEXED_COLUMNS) -> str | None:
    """The FTS5 MATCH string requiring every indexable term, or None when no term narrows anything.

    A term qualifies with at least `MIN_TERM_CHARS` characters and no NUL (SQLite's LIKE stops
    at a NUL in the pattern, so the FTS phrase would be stricter than the LIKE).
    """
    phrases = [_phrase(t) for t in terms if len(t) >= MIN_TERM_CHARS and "\x00" not in t]
    if not phrases:
        return None
    expr = " AND ".join(phrases)
    cols = [c for c in INDEXED_COLUMNS if c in columns]
    if cols and len(cols) < len(INDEXED_COLUMNS):
        expr = "{" + " ".join(cols) + "} : (" + expr + ")"
    return expr


def prefilter_clause(posts_table: Any, terms: Iterable[str], columns: Sequence[str] = INDEXED_COLUMNS
                     ) -> ColumnElement[bool] | None:
    """``ID IN (SELECT rowid FROM fts WHERE fts MATCH ...)`` for the positive `terms`, or None.

    A superset of the rows the LIKE clause matches; None when `posts_table` has no FTS5 index or no
    term is long enough.
    """
    fts = posts_table.info.get(_INFO_KEY) if hasattr(posts_table, "info") else None
    if fts is None:
        return None
    expr = fts_match_expression(terms, columns)
    if expr is None:
        return None
    fts_ref = _q(fts)
    rowids: Any = (select(literal_column("rowid")).select_from(table(fts))
              .where(literal_column(fts_ref).op("MATCH")(bindparam("fts_match", expr, unique=True))))
    return posts_table.c.ID.in_(rowids)  # type: ignore[no-any-return]
