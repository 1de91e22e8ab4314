"""``WP_Tax_Query`` as SQL: term clauses (IN, NOT IN, AND, EXISTS, NOT EXISTS) and their relation.

Port of wp-includes/class-wp-tax-query.php (WordPress 7.1.4) for the clause shapes the REST
posts controller builds: terms by id (optionally with descendants) or by slug, combined with
``AND``/``OR``. Term ids are turned into ``term_taxonomy_id``s with one small query per clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, exists, false, func, not_, or_, select
from sqlalchemy.sql.elements import ColumnElement

from broadsheet.storage.tables import WPTables

__all__ = ["TaxClause", "TaxQuery", "tax_query_clause"]


@dataclass
class TaxClause:
    """One taxonomy condition: ``terms`` of ``taxonomy`` matched by ``field`` with ``operator``."""

    taxonomy: str
    terms: list[Any] = field(default_factory=list)
    field: str = "term_id"  # or "slug"
    operator: str = "IN"  # IN, NOT IN, AND, EXISTS, NOT EXISTS
    include_children: bool = False


@dataclass
class TaxQuery:
    """Clauses (or nested ``TaxQuery``s) joined by ``relation``."""

    relation: str = "AND"
    clauses: list[TaxClause | TaxQuery] = field(default_factory=list)


def _children(conn: Connection, tables: WPTables, taxonomy: str, term_ids: list[int]) -> list[int]:
    """Every descendant of ``term_ids`` in a hierarchical taxonomy (``get_term_children``)."""
    tt = tables.term_taxonomy
    rows = conn.execute(select(tt.c.term_id, tt.c.parent).where(tt.c.taxonomy == taxonomy)).all()
    kids: dict[int, list[int]] = {}
    for term_id, parent in rows:
        kids.setdefault(int(parent), []).append(int(term_id))
    out: list[int] = []
    seen = set(term_ids)
    stack = list(term_ids)
    while stack:
        for child in kids.get(stack.pop(), []):
            if child not in seen:
                seen.add(child)
                out.append(child)
                stack.append(child)
    return out


def _tt_ids(conn: Connection, tables: WPTables, clause: TaxClause) -> list[int]:
    """The ``term_taxonomy_id``s a clause's terms resolve to (``transform_query``)."""
    tt, terms = tables.term_taxonomy, tables.terms
    if clause.field == "slug":
        stmt = (select(tt.c.term_taxonomy_id)
                .select_from(tt.join(terms, terms.c.term_id == tt.c.term_id))
                .where(tt.c.taxonomy == clause.taxonomy, terms.c.slug.in_([str(t) for t in clause.terms])))
        return [int(r[0]) for r in conn.execute(stmt)]
    ids = [int(t) for t in clause.terms]
    stmt = select(tt.c.term_taxonomy_id).where(tt.c.taxonomy == clause.taxonomy, tt.c.term_id.in_(ids))
    return [int(r[0]) for r in conn.execute(stmt)]


def _clause_sql(conn: Connection, tables: WPTables, clause: TaxClause, post_id: Any) -> ColumnElement[bool] | None:
    """SQL for one clause against the outer ``wp_posts.ID`` (None: no restriction)."""
    tr, tt = tables.term_relationships, tables.term_taxonomy
    operator = clause.operator.upper()
    if operator in ("EXISTS", "NOT EXISTS"):
        sub = exists(
            select(1).select_from(tr.join(tt, tt.c.term_taxonomy_id == tr.c.term_taxonomy_id))
            .where(tr.c.object_id == post_id, tt.c.taxonomy == clause.taxonomy)
        )
        return sub if operator == "EXISTS" else not_(sub)
    if clause.include_children and clause.field == "term_id":
        expanded = [int(t) for t in clause.terms]
        expanded += _children(conn, tables, clause.taxonomy, expanded)
        clause = TaxClause(clause.taxonomy, expanded, clause.field, clause.operator, False)
    tt_ids = _tt_ids(conn, tables, clause)
    if not tt_ids:
        # Unknown terms: an IN/AND clause matches nothing; NOT IN restricts nothing.
        return None if operator == "NOT IN" else false()
    if operator == "IN":
        return post_id.in_(select(tr.c.object_id).where(tr.c.term_taxonomy_id.in_(tt_ids)))
    if operator == "NOT IN":
        return post_id.not_in(select(tr.c.object_id).where(tr.c.term_taxonomy_id.in_(tt_ids)))
    if operator == "AND":
        count = (select(func.count()).select_from(tr)
                 .where(tr.c.term_taxonomy_id.in_(tt_ids), tr.c.object_id == post_id)
                 .scalar_subquery())
        return count == len(set(tt_ids))
    return None


def tax_query_clause(conn: Connection, tables: WPTables, query: TaxQuery, post_id: Any) -> ColumnElement[bool] | None:
    """The WHERE condition for a whole tax query (None when it restricts nothing)."""
    parts: list[ColumnElement[bool]] = []
    for clause in query.clauses:
        sql = (tax_query_clause(conn, tables, clause, post_id) if isinstance(clause, TaxQuery)
               else _clause_sql(conn, tables, clause, post_id))
        if sql is None:
            if query.relation.upper() == "OR":
                # A clause that restricts nothing makes the whole OR true.
                return None
            continue
        parts.append(sql)
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return or_(*parts) if query.relation.upper() == "OR" else and_(*parts)
