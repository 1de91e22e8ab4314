"""``WP_Term_Query`` semantics as SQL: the terms of one taxonomy, filtered, ordered and paged.

One query for the page, one for the total (``wp_count_terms`` with the same filters), and, only
for ``hide_empty`` on a hierarchical taxonomy, one for the hierarchy (WordPress keeps an empty
term whose descendants are not empty — after paging, and the total does not count it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection

from broadsheet.query.post_search import esc_like
from broadsheet.storage.engine import Database


@dataclass
class TermQuery:
    """The arguments the REST terms controller passes to ``get_terms``."""

    taxonomy: str
    hierarchical_taxonomy: bool = False
    include: list[int] = field(default_factory=list)
    exclude: list[int] = field(default_factory=list)
    slugs: list[str] = field(default_factory=list)
    search: str = ""
    parent: int | None = None
    object_ids: list[int] | None = None
    hide_empty: bool = False
    orderby: str = "name"
    order: str = "asc"
    number: int = 10
    offset: int = 0


def _base(db: Database, query: TermQuery) -> Any:
    t = db.tables
    terms, tt = t.terms, t.term_taxonomy
    stmt = select(terms, tt.c.term_taxonomy_id, tt.c.taxonomy, tt.c.description, tt.c.parent, tt.c.count).join(
        tt, tt.c.term_id == terms.c.term_id).where(tt.c.taxonomy == query.taxonomy)
    if query.include:
        stmt = stmt.where(terms.c.term_id.in_(query.include))
    if query.exclude:
        stmt = stmt.where(terms.c.term_id.not_in(query.exclude))
    if query.slugs:
        stmt = stmt.where(terms.c.slug.in_(query.slugs))
    if query.parent is not None:
        stmt = stmt.where(tt.c.parent == query.parent)
    if query.search:
        pattern = "%" + esc_like(query.search) + "%"
        stmt = stmt.where(db.like_ci(terms.c.name, pattern) | db.like_ci(terms.c.slug, pattern))
    if query.object_ids is not None:
        rel = t.term_relationships
        stmt = stmt.where(tt.c.term_taxonomy_id.in_(
            select(rel.c.term_taxonomy_id).where(rel.c.object_id.in_(query.object_ids or [0]))))
    return stmt


def _pads_empty(query: TermQuery) -> bool:
    """Whether empty parents of non-empty terms are kept (hierarchical ``hide_empty``)."""
    return query.hide_empty and query.hierarchical_taxonomy and query.parent is None


def _order(db: Database, query: TermQuery) -> list[Any]:
    t = db.tables
    terms, tt = t.terms, t.term_taxonomy
    desc = query.order.lower() == "desc"
    if query.orderby == "include" and query.include:
        expr: Any = case({tid: i for i, tid in enumerate(query.include)}, value=terms.c.term_id)
        return [expr]
    if query.orderby == "include_slugs" and query.slugs:
        expr = case({slug: i for i, slug in enumerate(query.slugs)}, value=terms.c.slug)
        return [expr]
    column = {
        "id": terms.c.term_id, "term_id": terms.c.term_id, "slug": db.sort_key(terms.c.slug),
        "term_group": terms.c.term_group, "description": db.sort_key(tt.c.description),
        "count": tt.c.count, "name": db.sort_key(terms.c.name),
    }.get(query.orderby, db.sort_key(terms.c.name))
    # Ties come back in term_id order, in the same direction, on the oracle's MariaDB (orderby=count).
    if desc:
        return [column.desc(), terms.c.term_id.desc()]
    return [column.asc(), terms.c.term_id.asc()]


def query_terms(conn: Connection, db: Database, query: TermQuery) -> list[dict[str, Any]]:
    """The page of terms, each a dict of the ``wp_terms`` and ``wp_term_taxonomy`` columns."""
    stmt = _base(db, query)
    if query.hide_empty and not _pads_empty(query):
        stmt = stmt.where(db.tables.term_taxonomy.c.count > 0)
    stmt = stmt.order_by(*_order(db, query))
    if query.number > 0:
        stmt = stmt.limit(query.number).offset(query.offset)
    rows = [dict(r._mapping) for r in conn.execute(stmt)]
    if _pads_empty(query):
        rows = _drop_really_empty(conn, db, query.taxonomy, rows)
    return rows


def count_terms(conn: Connection, db: Database, query: TermQuery) -> int:
    """``wp_count_terms`` for the same filters (empty terms never counted under ``hide_empty``)."""
    stmt = _base(db, query)
    if query.hide_empty:
        stmt = stmt.where(db.tables.term_taxonomy.c.count > 0)
    return int(conn.execute(select(func.count()).select_from(stmt.subquery())).scalar() or 0)


def _drop_really_empty(conn: Connection, db: Database, taxonomy: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep an empty term only when one of its descendants has posts."""
    if all(r["count"] for r in rows):
        return rows
    tt = db.tables.term_taxonomy
    children: dict[int, list[tuple[int, int]]] = {}
    for term_id, parent, count in conn.execute(
        select(tt.c.term_id, tt.c.parent, tt.c.count).where(tt.c.taxonomy == taxonomy)
    ):
        children.setdefault(int(parent), []).append((int(term_id), int(count)))

    def busy_descendant(term_id: int, seen: set[int]) -> bool:
        for child, count in children.get(term_id, []):
            if child in seen:
                continue
            seen.add(child)
            if count or busy_descendant(child, seen):
                return True
        return False

    return [r for r in rows if r["count"] or busy_descendant(int(r["term_id"]), {int(r["term_id"])})]


def load_term(conn: Connection, db: Database, term_id: int) -> dict[str, Any] | None:
    """One term with its taxonomy row (the first taxonomy it is in)."""
    t = db.tables
    row = conn.execute(
        select(t.terms, t.term_taxonomy.c.term_taxonomy_id, t.term_taxonomy.c.taxonomy,
               t.term_taxonomy.c.description, t.term_taxonomy.c.parent, t.term_taxonomy.c.count)
        .join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)
        .where(t.terms.c.term_id == term_id).order_by(t.term_taxonomy.c.term_taxonomy_id).limit(1)
    ).first()
    return dict(row._mapping) if row is not None else None


def load_ancestor_slugs(conn: Connection, db: Database, taxonomy: str, parents: dict[int, int]) -> dict[int, tuple[str, int]]:
    """``{term_id: (slug, parent)}`` for every ancestor of the given ``{term_id: parent}`` (one query)."""
    if not any(parents.values()):
        return {}
    t = db.tables
    return {
        int(term_id): (slug, int(parent))
        for term_id, slug, parent in conn.execute(
            select(t.terms.c.term_id, t.terms.c.slug, t.term_taxonomy.c.parent)
            .join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)
            .where(t.term_taxonomy.c.taxonomy == taxonomy)
        )
    }


def pad_term_counts(conn: Connection, db: Database, terms: list[dict[str, Any]],
                    object_types: list[str]) -> dict[int, int]:
    """``_pad_term_counts``: each term's count becomes its distinct published objects plus its descendants'.

    Only terms in ``terms`` take part (an ancestor outside the list stops the climb); a term without
    any published object keeps its stored count.
    """
    t = db.tables
    by_ttid = {int(term["term_taxonomy_id"]): int(term["term_id"]) for term in terms}
    parents = {int(term["term_id"]): int(term["parent"]) for term in terms}
    if not by_ttid:
        return {}
    rows = conn.execute(
        select(t.term_relationships.c.object_id, t.term_relationships.c.term_taxonomy_id)
        .join(t.posts, t.posts.c.ID == t.term_relationships.c.object_id)
        .where(t.term_relationships.c.term_taxonomy_id.in_(list(by_ttid)), t.posts.c.post_type.in_(object_types),
               t.posts.c.post_status == "publish")).all()
    items: dict[int, set[int]] = {}
    for object_id, ttid in rows:
        items.setdefault(by_ttid[int(ttid)], set()).add(int(object_id))
    padded = {term_id: set(objects) for term_id, objects in items.items()}
    for term_id, objects in items.items():
        child, seen = term_id, {term_id}
        while parents.get(child):
            parent = parents[child]
            padded.setdefault(parent, set()).update(objects)
            if parent in seen or parent not in parents:
                break
            seen.add(parent)
            child = parent
    return {term_id: len(objects) for term_id, objects in padded.items()}
