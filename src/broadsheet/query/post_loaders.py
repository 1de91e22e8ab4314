"""Batched loads for a page of posts: their terms, meta and revision counts (one query each).

The equivalents of ``update_object_term_cache``, ``update_meta_cache`` and
``wp_get_latest_revision_id_and_total_count`` (WordPress 7.1.4) for many posts at once, so a
collection request runs a constant number of queries whatever ``per_page`` is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, select

from broadsheet.storage.meta import load_meta
from broadsheet.storage.tables import WPTables, ids_in, ids_param

__all__ = ["PostTerm", "load_post_terms", "load_revision_stats", "RevisionStats", "load_post_meta"]

_CHUNK = 500


@dataclass(frozen=True)
class PostTerm:
    """A term as ``get_the_terms`` returns it (the fields the posts controller reads)."""

    term_id: int
    name: str
    slug: str
    taxonomy: str
    term_taxonomy_id: int
    parent: int
    count: int
    description: str = ""
    term_group: int = 0


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def load_post_terms(conn: Connection, tables: WPTables, post_ids: Iterable[int], *,
                    taxonomies: Iterable[str] | None = None,
                    name_key: Callable[[str], Any] | None = None) -> dict[int, dict[str, list[PostTerm]]]:
    """``{post_id: {taxonomy: [terms ordered by name]}}`` for many posts in one query.

    ``name_key`` sorts names as the database collation does (``wp_get_object_terms`` orders by
    ``t.name ASC``); every requested id is present.
    """
    ids = sorted({int(i) for i in post_ids})
    result: dict[int, dict[str, list[PostTerm]]] = {i: {} for i in ids}
    if not ids:
        return result
    wanted = list(taxonomies) if taxonomies is not None else None
    for chunk in _chunks(ids):
        single = len(chunk) == 1
        stmt = tables.hot_select(("load_post_terms", single, wanted is not None),
                                 lambda: _post_terms_statement(tables, single, wanted is not None))
        params: dict[str, Any] = {"ids": ids_param(chunk)}
        if wanted is not None:
            params["taxonomies"] = wanted
        for object_id, term_id, name, slug, term_group, taxonomy, tt_id, parent, count, description in stmt.rows(
                conn, params):
            term = PostTerm(term_id=int(term_id), name=str(name or ""), slug=str(slug or ""),
                            taxonomy=str(taxonomy), term_taxonomy_id=int(tt_id),
                            parent=int(parent or 0), count=int(count or 0),
                            description=str(description or ""), term_group=int(term_group or 0))
            result[int(object_id)].setdefault(term.taxonomy, []).append(term)
    key = name_key or (lambda name: name.lower())
    for by_tax in result.values():
        for terms in by_tax.values():
            terms.sort(key=lambda term: key(term.name))
    return result


def _post_terms_statement(tables: WPTables, single: bool, by_taxonomy: bool) -> Any:
    """Terms of the posts in bind list ``ids`` (and of the taxonomies in ``taxonomies``)."""
    tr, tt, t = tables.term_relationships, tables.term_taxonomy, tables.terms
    stmt = (
        select(tr.c.object_id, t.c.term_id, t.c.name, t.c.slug, t.c.term_group, tt.c.taxonomy,
               tt.c.term_taxonomy_id, tt.c.parent, tt.c.count, tt.c.description)
        .select_from(tr.join(tt, tt.c.term_taxonomy_id == tr.c.term_taxonomy_id)
                     .join(t, t.c.term_id == tt.c.term_id))
        .where(ids_in(tr.c.object_id, single))
    )
    if by_taxonomy:
        stmt = stmt.where(tt.c.taxonomy.in_(bindparam("taxonomies", expanding=True)))
    return stmt


@dataclass(frozen=True)
class RevisionStats:
    """``wp_get_latest_revision_id_and_total_count`` for one post."""

    count: int
    latest_id: int


def load_revision_stats(conn: Connection, tables: WPTables, post_ids: Iterable[int]) -> dict[int, RevisionStats]:
    """Revision count and newest revision id (by ``post_date DESC, ID DESC``) per parent, in one query.

    Revisions are ``post_type='revision'`` rows with status ``inherit``; autosaves count too,
    as in WordPress's query.
    """
    ids = sorted({int(i) for i in post_ids})
    result = {i: RevisionStats(0, 0) for i in ids}
    if not ids:
        return result
    p = tables.posts
    for chunk in _chunks(ids):
        single = len(chunk) == 1
        stmt = tables.hot_select(("load_revision_stats", single), lambda: select(p.c.post_parent, p.c.ID, p.c.post_date)
                                 .where(ids_in(p.c.post_parent, single), p.c.post_type == "revision",
                                        p.c.post_status == "inherit"))
        grouped: dict[int, list[tuple[str, int]]] = {}
        for parent, rev_id, date in stmt.rows(conn, {"ids": ids_param(chunk)}):
            grouped.setdefault(int(parent), []).append((str(date), int(rev_id)))
        for parent, revs in grouped.items():
            latest = max(revs)
            result[parent] = RevisionStats(len(revs), latest[1])
    return result


def load_post_meta(conn: Connection, tables: WPTables, post_ids: Iterable[int],
                   keys: Iterable[str] | None = None) -> dict[int, dict[str, list[str]]]:
    """Raw postmeta ``{post_id: {key: [values in meta_id order]}}`` (``update_meta_cache``)."""
    return load_meta(conn, "post", post_ids, keys=keys, tables=tables)


def count_rows(conn: Connection, tables: WPTables, *conditions: Any) -> int:
    """``COUNT(*)`` of ``wp_posts`` rows matching ``conditions``."""
    stmt = select(func.count()).select_from(tables.posts).where(and_(*conditions))
    return int(conn.execute(stmt).scalar() or 0)
