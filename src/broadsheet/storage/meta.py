"""Metadata of posts, terms, comments and users (`wp-includes/meta.php`, WordPress 7.1.4).

`load_meta` reads the meta of many objects in one query (`update_meta_cache`), so a REST
collection runs a constant number of queries. Values are stored with `maybe_serialize` and
returned unserialized by `get_meta`; `load_meta` returns the stored strings (WordPress's meta
cache) unless asked to unserialize. Rows of one key keep `meta_id` order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import Column, Connection, Table, and_, bindparam, delete, insert, select, update

from broadsheet.storage.engine import tables_for
from broadsheet.storage.phpserial import maybe_serialize, maybe_unserialize
from broadsheet.storage.tables import WPTables, ids_in, ids_param

__all__ = [
    "MetaKind",
    "add_meta",
    "delete_meta",
    "delete_meta_by_key",
    "get_meta",
    "load_meta",
    "meta_table",
    "update_meta",
]

MetaKind = Literal["post", "term", "comment", "user"]

_CHUNK = 500  # ids per IN (...) list; keeps statements small on every backend


def meta_table(tables: WPTables, kind: str) -> tuple[Table, Column[int], Column[int]]:
    """(table, object id column, meta id column) for a meta kind (`_get_meta_table`)."""
    if kind == "post":
        t = tables.postmeta
        return t, t.c.post_id, t.c.meta_id
    if kind == "term":
        t = tables.termmeta
        return t, t.c.term_id, t.c.meta_id
    if kind == "comment":
        t = tables.commentmeta
        return t, t.c.comment_id, t.c.meta_id
    if kind == "user":
        t = tables.usermeta
        return t, t.c.user_id, t.c.umeta_id
    raise ValueError(f"unknown meta type {kind!r}")


def load_meta(
    conn: Connection,
    kind: str,
    ids: Iterable[int],
    *,
    keys: Iterable[str] | None = None,
    unserialize: bool = False,
    tables: WPTables | None = None,
) -> dict[int, dict[str, list[Any]]]:
    """Meta of many objects at once: `{object_id: {meta_key: [values in meta_id order]}}`.

    Every requested id is present (an empty dict when it has no meta). One query per 500 ids.
    """
    tables = tables_for(conn, tables)
    wanted = sorted({int(i) for i in ids})
    result: dict[int, dict[str, list[Any]]] = {i: {} for i in wanted}
    key_list = list(keys) if keys is not None else None
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        single = len(chunk) == 1
        stmt = tables.hot_select(("load_meta", kind, single, key_list is not None),
                                 lambda: _load_meta_statement(tables, kind, single, key_list is not None))  # type: ignore[arg-type]
        params: dict[str, Any] = {"ids": ids_param(chunk)}
        if key_list is not None:
            params["keys"] = key_list
        for object_id, key, value in stmt.rows(conn, params):
            result[object_id].setdefault(key, []).append(maybe_unserialize(value) if unserialize else value)
    return result


def _load_meta_statement(tables: WPTables, kind: str, single: bool, by_key: bool) -> Any:
    """Meta rows of the objects in bind ``ids`` (and of the keys in ``keys``), in meta id order."""
    t, owner, meta_id = meta_table(tables, kind)
    stmt = select(owner, t.c.meta_key, t.c.meta_value).where(ids_in(owner, single))
    if by_key:
        stmt = stmt.where(t.c.meta_key.in_(bindparam("keys", expanding=True)))
    return stmt.order_by(meta_id)


def get_meta(
    conn: Connection,
    kind: str,
    object_id: int,
    key: str | None = None,
    single: bool = False,
    *,
    tables: WPTables | None = None,
) -> Any:
    """Port of `get_metadata()`: all meta (raw, by key), a key's values, or its first value.

    Missing single values are `""`, missing lists `[]`, as in WordPress.
    """
    t, owner, meta_id = meta_table(tables_for(conn, tables), kind)
    stmt = select(t.c.meta_key, t.c.meta_value).where(owner == object_id)
    if key:
        stmt = stmt.where(t.c.meta_key == key)
    rows = conn.execute(stmt.order_by(meta_id)).all()
    if not key:
        found: dict[str, list[Any]] = {}
        for k, v in rows:
            found.setdefault(k, []).append(v)
        return found
    values = [maybe_unserialize(v) for _, v in rows]
    if single:
        return values[0] if values else ""
    return values


def add_meta(
    conn: Connection,
    kind: str,
    object_id: int,
    key: str,
    value: Any,
    unique: bool = False,
    *,
    tables: WPTables | None = None,
) -> int | None:
    """Port of `add_metadata()`: insert a row; None when `unique` and the key exists already."""
    t, owner, meta_id = meta_table(tables_for(conn, tables), kind)
    if not key or object_id <= 0:
        return None
    if unique:
        exists = conn.execute(
            select(meta_id).where(and_(owner == object_id, t.c.meta_key == key)).limit(1)
        ).first()
        if exists is not None:
            return None
    result = conn.execute(
        insert(t).values({owner.name: object_id, "meta_key": key, "meta_value": maybe_serialize(value)})
    )
    pk = result.inserted_primary_key
    return int(pk[0]) if pk and pk[0] is not None else None


def update_meta(
    conn: Connection,
    kind: str,
    object_id: int,
    key: str,
    value: Any,
    prev_value: Any = "",
    *,
    tables: WPTables | None = None,
) -> int | bool:
    """Port of `update_metadata()`: change every row of `key` (or those holding `prev_value`).

    Adds the key when missing (returns the new meta id); False when nothing changed.
    """
    t, owner, meta_id = meta_table(tables_for(conn, tables), kind)
    if not key or object_id <= 0:
        return False
    stored = maybe_serialize(value)
    where = and_(owner == object_id, t.c.meta_key == key)
    rows = conn.execute(select(meta_id, t.c.meta_value).where(where).order_by(meta_id)).all()
    if not rows:
        added = add_meta(conn, kind, object_id, key, value, tables=tables_for(conn, tables))
        return added if added is not None else False
    if prev_value == "" or prev_value is None:
        # WordPress: with no previous value, a single row already holding the value is "unchanged".
        if len(rows) == 1 and rows[0][1] == stored:
            return False
        targets = [r[0] for r in rows]
    else:
        prev = maybe_serialize(prev_value)
        targets = [r[0] for r in rows if r[1] == prev]
        if not targets:
            return False
    conn.execute(update(t).where(meta_id.in_(targets)).values(meta_value=stored))
    return True


def delete_meta(
    conn: Connection,
    kind: str,
    object_id: int,
    key: str,
    value: Any = "",
    delete_all: bool = False,
    *,
    tables: WPTables | None = None,
) -> bool:
    """Port of `delete_metadata()`: delete the rows of `key` (only those equal to `value` if given).

    With `delete_all`, the key is deleted for every object (`object_id` is ignored).
    """
    t, owner, _ = meta_table(tables_for(conn, tables), kind)
    if not key:
        return False
    cond = t.c.meta_key == key
    if not delete_all:
        cond = and_(cond, owner == object_id)
    if value not in ("", None, False):
        cond = and_(cond, t.c.meta_value == maybe_serialize(value))
    return bool(conn.execute(delete(t).where(cond)).rowcount)


def delete_meta_by_key(conn: Connection, kind: str, key: str, *, tables: WPTables | None = None) -> int:
    """Port of `delete_metadata_by_mid`'s bulk cousin `delete_post_meta_by_key()`: rows removed."""
    t, _, _ = meta_table(tables_for(conn, tables), kind)
    return int(conn.execute(delete(t).where(t.c.meta_key == key)).rowcount)
