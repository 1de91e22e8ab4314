"""``LIKE`` as MariaDB runs it under ``utf8mb4_unicode_520_ci``, on SQLite and PostgreSQL too.

WordPress searches with ``LIKE '%term%'`` on columns collated ``utf8mb4_unicode_520_ci``. MariaDB
(``my_wildcmp_uca``) matches such a pattern *character by character*: two characters are equal when
their primary weights (the whole expansion) are equal, so ``é`` LIKE ``E`` and ``ς`` LIKE ``Σ``,
but ``ß`` NOT LIKE ``ss`` and ``æ`` NOT LIKE ``ae`` (``=`` would say equal there), and every
ignorable character (weights empty) equals every other ignorable one but no letter. Characters
without an explicit weight (CJK ideographs, emoji beyond the table) equal only themselves, as
MariaDB compares their code points. ``_`` stands for one character, ``%`` for any run.

So the relation is an equivalence of single characters. We name each class by its smallest code
point (``U+0001`` for the ignorables) and:

- SQLite: register ``wp_like_fold`` (a deterministic function mapping each character to its class
  name) and run ``wp_like_fold(column) LIKE <folded pattern> ESCAPE '\\'``; the fold keeps lengths,
  so ``_`` and ``%`` keep their meaning;
- PostgreSQL: rewrite the pattern as an anchored regular expression in which every literal
  character is a bracket of its whole class (``column ~ '^...'``): exact, and needs no extension;
- MariaDB/MySQL: plain ``LIKE`` (the column collation does it).

The classes come from ``collation_520.txt`` (MariaDB's own weights, `storage/collation.py`).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import Boolean

from broadsheet.storage import collation

__all__ = [
    "FOLD_FUNCTION",
    "LikeCI",
    "fold_like_pattern",
    "like_ci",
    "like_fold",
    "like_regex",
    "not_like_ci",
    "register_sqlite_functions",
]

FOLD_FUNCTION = "wp_like_fold"
"""The SQLite function name (registered on every connection by `storage/engine.py`)."""

ESCAPE = "\\"
"""The escape character of the patterns we build (``$wpdb->esc_like`` escapes with a backslash)."""

_WILDCARDS = frozenset("%_")
_NON_BMP = re.compile("[\U00010000-\U0010ffff]")

_fold_map: dict[int, str] | None = None
_bmp_table: list[str] | None = None
_members: dict[str, tuple[int, ...]] = {}


def _build() -> dict[int, str]:
    """{code point: class name} for every character whose class name is another character."""
    global _fold_map
    collation.weights("a")  # loads the table
    table = collation._table or {}
    groups: dict[tuple[int, ...], list[int]] = {}
    for cp, ws in table.items():
        groups.setdefault(ws, []).append(cp)
    fold: dict[int, str] = {}
    for ws, cps in groups.items():
        cps.sort()
        # NUL would end a SQLite LIKE pattern, so the ignorables are named by U+0001.
        rep = chr(cps[1] if not ws and cps[0] == 0 and len(cps) > 1 else cps[0])
        _members[rep] = tuple(cps)
        for cp in cps:
            if chr(cp) != rep:
                fold[cp] = rep
    _fold_map = fold
    return fold


def _fold() -> dict[int, str]:
    return _fold_map if _fold_map is not None else _build()


def _bmp() -> list[str]:
    """The fold as a list indexed by code point over the BMP: `str.translate` reads it ~10x faster than a dict."""
    global _bmp_table
    if _bmp_table is None:
        fold = _fold()
        _bmp_table = [fold.get(cp) or chr(cp) if not 0xD800 <= cp <= 0xDFFF else "\ufffd" for cp in range(0x10000)]
    return _bmp_table


def like_fold(text: str | None) -> str | None:
    """Each character of `text` replaced by the name of its class (same length; None stays None)."""
    if text is None:
        return None
    if text.isascii():
        return text.translate(_fold())  # CPython's ASCII fast path
    if _NON_BMP.search(text) is None:
        return text.translate(_bmp())  # SQLite calls this on every searched row: keep it fast
    return text.translate(_fold())


def _tokens(pattern: str, escape: str) -> list[tuple[bool, str]]:
    """The pattern as (is_wildcard, character) pairs; an escaped character is a literal."""
    out: list[tuple[bool, str]] = []
    chars = iter(pattern)
    for ch in chars:
        if ch == escape:
            nxt = next(chars, None)
            out.append((False, ch if nxt is None else nxt))  # a trailing escape is itself
        else:
            out.append((ch in _WILDCARDS, ch))
    return out


def fold_like_pattern(pattern: str, escape: str = ESCAPE) -> str:
    """`pattern` with each literal folded by `like_fold`, escaped again where it folds to ``%``, ``_`` or `escape`."""
    fold = _fold()
    out: list[str] = []
    for wild, ch in _tokens(pattern, escape):
        if wild:
            out.append(ch)
            continue
        rep = fold.get(ord(ch), ch)
        if rep in _WILDCARDS or rep == escape:
            out.append(escape)
        out.append(rep)
    return "".join(out)


def _re_char(cp: int) -> str:
    """One code point in a PostgreSQL ARE (ASCII letters and digits as is, the rest escaped by number)."""
    ch = chr(cp)
    if ch.isascii() and ch.isalnum():
        return ch
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def _re_class(ch: str) -> str:
    """A regular-expression atom matching every character of `ch`'s class."""
    rep = _fold().get(ord(ch), ch)
    cps = _members.get(rep, (ord(ch),))
    if len(cps) == 1:
        return _re_char(cps[0])
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(_re_char(cps[i]) if i == j else f"{_re_char(cps[i])}-{_re_char(cps[j])}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def like_regex(pattern: str, escape: str = ESCAPE) -> str:
    """A PostgreSQL regular expression (``~``) matching exactly what the LIKE `pattern` matches in MariaDB."""
    body: list[str] = []
    for wild, ch in _tokens(pattern, escape):
        if wild:
            atom = ".*" if ch == "%" else "."
            if atom == ".*" and body and body[-1] == ".*":
                continue
            body.append(atom)
        else:
            body.append(_re_class(ch))
    head = "" if body and body[0] == ".*" else "^"
    tail = "" if body and body[-1] == ".*" else "$"
    if head == "":
        body = body[1:]
    if tail == "" and body:
        body = body[:-1]
    return head + "".join(body) + tail


def register_sqlite_functions(dbapi_conn: Any) -> None:
    """Register ``wp_like_fold`` on a sqlite3 connection (deterministic, so indexes and triggers may use it)."""
    dbapi_conn.create_function(FOLD_FUNCTION, 1, like_fold, deterministic=True)


class LikeCI(ColumnElement[bool]):
    """``column LIKE pattern`` (or ``NOT LIKE``) with MariaDB's utf8mb4_unicode_520_ci semantics on any backend."""

    inherit_cache = False
    type = Boolean()
    _is_implicitly_boolean = True  # a predicate: no `= 1` when ANDed on SQLite

    def __init__(self, column: Any, pattern: str, *, negate: bool = False, escape: str = ESCAPE) -> None:
        self.column = column
        self.pattern = pattern
        self.negate = negate
        self.escape = escape


@compiles(LikeCI)
def _compile_sqlite(element: LikeCI, compiler: Any, **kw: Any) -> str:
    """SQLite (and the default): ``wp_like_fold(column) LIKE <folded pattern>``."""
    from sqlalchemy import func

    folded = getattr(func, FOLD_FUNCTION)(element.column)
    pattern = fold_like_pattern(element.pattern, element.escape)
    expr = (folded.not_like if element.negate else folded.like)(pattern, escape=element.escape)
    return str(compiler.process(expr, **kw))


@compiles(LikeCI, "postgresql")
def _compile_postgresql(element: LikeCI, compiler: Any, **kw: Any) -> str:
    """PostgreSQL: ``column ~ <class regex>`` (``!~`` negated)."""
    regex = literal(like_regex(element.pattern, element.escape))
    op = "!~" if element.negate else "~"
    return f"({compiler.process(element.column, **kw)} {op} {compiler.process(regex, **kw)})"


@compiles(LikeCI, "mysql")
@compiles(LikeCI, "mariadb")
def _compile_mysql(element: LikeCI, compiler: Any, **kw: Any) -> str:
    """MariaDB/MySQL: the plain LIKE; the column's utf8mb4_unicode_520_ci collation decides."""
    column = element.column
    expr = (column.not_like if element.negate else column.like)(element.pattern, escape=element.escape)
    return str(compiler.process(expr, **kw))


def like_ci(column: Any, pattern: str) -> ColumnElement[bool]:
    """``column LIKE pattern`` as MariaDB's utf8mb4_unicode_520_ci answers it; `pattern` escaped with `esc_like`."""
    return LikeCI(column, pattern)


def not_like_ci(column: Any, pattern: str) -> ColumnElement[bool]:
    """``column NOT LIKE pattern`` as MariaDB answers it (NULL columns match neither)."""
    return LikeCI(column, pattern, negate=True)
