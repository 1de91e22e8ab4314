"""A post's terms, sticky flag and format as WordPress 7.1.4 writes them (taxonomy.php, post.php).

``set_object_terms`` mirrors ``wp_set_object_terms`` for term ids (and names for flat
taxonomies), keeping ``term_taxonomy.count`` right (``_update_post_term_count``: published
objects of the taxonomy's types); ``stick_post``/``unstick_post`` edit the ``sticky_posts``
option; ``set_post_format`` assigns the ``post-format-{x}`` term. All on the caller's connection.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from broadsheet.storage.engine import Database
from broadsheet.storage.options import Options

__all__ = [
    "delete_object_term_relationships",
    "get_object_term_ids",
    "set_object_terms",
    "set_post_format",
    "stick_post",
    "sticky_ids",
    "unstick_post",
    "update_term_counts",
]


def _tt_rows(conn: Connection, db: Database, taxonomy: str, term_ids: Iterable[int]) -> dict[int, int]:
    """``term_id -> term_taxonomy_id`` of the given terms that exist in ``taxonomy``."""
    ids = [int(i) for i in term_ids]
    if not ids:
        return {}
    tt = db.tables.term_taxonomy
    rows = conn.execute(select(tt.c.term_id, tt.c.term_taxonomy_id).where(
        tt.c.taxonomy == taxonomy, tt.c.term_id.in_(ids)))
    return {int(r[0]): int(r[1]) for r in rows}


def get_object_term_ids(conn: Connection, db: Database, object_id: int, taxonomy: str) -> list[int]:
    """``term_taxonomy_id`` s of the object's terms in ``taxonomy``."""
    t = db.tables
    rows = conn.execute(select(t.term_relationships.c.term_taxonomy_id).join(
        t.term_taxonomy, t.term_taxonomy.c.term_taxonomy_id == t.term_relationships.c.term_taxonomy_id).where(
        t.term_relationships.c.object_id == object_id, t.term_taxonomy.c.taxonomy == taxonomy))
    return [int(r[0]) for r in rows]


def _term_ids_for_names(conn: Connection, db: Database, taxonomy: str, names: list[str]) -> list[int]:
    """Flat taxonomies accept names: existing terms by slug or name, new ones inserted (``wp_insert_term``)."""
    from broadsheet.content.terms import TermError, insert_term
    from broadsheet.formatting.sanitize import sanitize_title

    t = db.tables
    out: list[int] = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        row = conn.execute(select(t.terms.c.term_id).join(
            t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id).where(
            t.term_taxonomy.c.taxonomy == taxonomy,
            (t.terms.c.slug == sanitize_title(name)) | (t.terms.c.name == name)).limit(1)).first()
        if row is not None:
            out.append(int(row[0]))
            continue
        try:
            out.append(insert_term(conn, db, taxonomy, name=name, hierarchical=False))
        except TermError:
            continue
    return out


def set_object_terms(conn: Connection, db: Database, object_id: int, terms: Iterable[Any], taxonomy: str, *,
                     append: bool = False, object_types: Iterable[str] = ("post",)) -> list[int]:
    """``wp_set_object_terms``: the object's terms of ``taxonomy`` become ``terms`` (ids; unknown ids dropped).

    Returns the ``term_taxonomy_id`` s now assigned; counts of added and removed terms are updated.
    """
    ids: list[int] = []
    names: list[str] = []
    for term in terms:
        if isinstance(term, bool):
            continue
        if isinstance(term, int) or (isinstance(term, str) and term.strip().isdigit()):
            if int(term) > 0:
                ids.append(int(term))
        elif isinstance(term, str):
            names.append(term)
    if names:
        ids.extend(_term_ids_for_names(conn, db, taxonomy, names))
    existing = _tt_rows(conn, db, taxonomy, ids)
    wanted = list(dict.fromkeys(existing[i] for i in ids if i in existing))
    current = get_object_term_ids(conn, db, object_id, taxonomy)
    rel = db.tables.term_relationships
    for tt_id in wanted:
        if tt_id not in current:
            conn.execute(insert(rel).values(object_id=object_id, term_taxonomy_id=tt_id, term_order=0))
    removed = [] if append else [tt for tt in current if tt not in wanted]
    if removed:
        conn.execute(delete(rel).where(rel.c.object_id == object_id, rel.c.term_taxonomy_id.in_(removed)))
    changed = [tt for tt in wanted if tt not in current] + removed
    if changed:
        update_term_counts(conn, db, changed, object_types)
    return wanted if not append else list(dict.fromkeys(current + wanted))


def update_term_counts(conn: Connection, db: Database, tt_ids: Iterable[int],
                       object_types: Iterable[str] = ("post",)) -> None:
    """``_update_post_term_count``: each term's count is its number of published objects."""
    t = db.tables
    types = list(object_types)
    for tt_id in dict.fromkeys(int(i) for i in tt_ids):
        count = conn.execute(select(func.count()).select_from(t.term_relationships).join(
            t.posts, t.posts.c.ID == t.term_relationships.c.object_id).where(
            t.term_relationships.c.term_taxonomy_id == tt_id, t.posts.c.post_status == "publish",
            t.posts.c.post_type.in_(types))).scalar() or 0
        conn.execute(update(t.term_taxonomy).where(t.term_taxonomy.c.term_taxonomy_id == tt_id).values(count=count))


def delete_object_term_relationships(conn: Connection, db: Database, object_id: int,
                                     object_types: Iterable[str] = ("post",)) -> None:
    """``wp_delete_object_term_relationships``: drop every term of the object and recount them."""
    rel = db.tables.term_relationships
    tt_ids = [int(r[0]) for r in conn.execute(select(rel.c.term_taxonomy_id).where(rel.c.object_id == object_id))]
    if tt_ids:
        conn.execute(delete(rel).where(rel.c.object_id == object_id))
        update_term_counts(conn, db, tt_ids, object_types)


def sticky_ids(options: MutableMapping[str, Any] | Any) -> list[int]:
    """The ``sticky_posts`` option as a list of ints."""
    value = options.get("sticky_posts")
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, list):
        return []
    out: list[int] = []
    for item in value:
        try:
            out.append(int(item))
        except (TypeError, ValueError):
            out.append(0)
    return out


def _save_sticky(conn: Connection, db: Database, options: MutableMapping[str, Any], ids: list[int]) -> None:
    Options.for_connection(conn, db.tables).update("sticky_posts", ids)
    options["sticky_posts"] = ids


def stick_post(conn: Connection, db: Database, options: MutableMapping[str, Any], post_id: int) -> None:
    """``stick_post``: append the id to ``sticky_posts`` (kept unique)."""
    ids = sticky_ids(options)
    if post_id not in ids:
        _save_sticky(conn, db, options, list(dict.fromkeys([*ids, post_id])))


def unstick_post(conn: Connection, db: Database, options: MutableMapping[str, Any], post_id: int) -> None:
    """``unstick_post``: remove the id from ``sticky_posts``."""
    ids = sticky_ids(options)
    if post_id in ids:
        _save_sticky(conn, db, options, [i for i in ids if i != post_id])


def set_post_format(conn: Connection, db: Database, post_id: int, post_format: str,
                    object_types: Iterable[str] = ("post",)) -> None:
    """``set_post_format``: ``standard`` clears the format, others assign ``post-format-{format}``."""
    fmt = "" if post_format == "standard" else post_format
    terms = [f"post-format-{fmt}"] if fmt else []
    _set_format_terms(conn, db, post_id, terms, object_types)


def _set_format_terms(conn: Connection, db: Database, post_id: int, slugs: list[str],
                      object_types: Iterable[str]) -> None:
    t = db.tables
    ids: list[int] = []
    for slug in slugs:
        row = conn.execute(select(t.terms.c.term_id).join(
            t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id).where(
            and_(t.term_taxonomy.c.taxonomy == "post_format", t.terms.c.slug == slug)).limit(1)).first()
        if row is not None:
            ids.append(int(row[0]))
        else:
            ids.extend(_term_ids_for_names(conn, db, "post_format", [slug]))
    set_object_terms(conn, db, post_id, ids, "post_format", object_types=object_types)
