"""Term writes with WordPress's rules: sanitised names, unique slugs, parents, counts' cache.

``insert_term`` / ``update_term`` / ``delete_term`` mirror ``wp_insert_term``, ``wp_update_term``
and ``wp_delete_term`` (WordPress 7.1.4) on one connection; the caller owns the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from broadsheet.formatting.escape import _wp_specialchars
from broadsheet.formatting.kses import wp_kses, wp_kses_data
from broadsheet.formatting.sanitize import sanitize_text_field, sanitize_title
from broadsheet.storage.engine import Database


@dataclass
class TermError(Exception):
    """A ``WP_Error`` from a term write (code, message, HTTP status, extra data)."""

    code: str
    message: str
    #: None renders ``"data": null`` (HTTP 500), as raw ``wp_insert_term`` errors do
    status: int | None = 400
    data: dict[str, Any] | None = None
    extra_body: dict[str, Any] | None = None


def sanitize_term_name(name: str) -> str:
    """``pre_term_name``: text-field sanitising, kses to the basic tags, then ``&``/``<``/``>`` escaped."""
    return _wp_specialchars(wp_kses_data(sanitize_text_field(name)))


def sanitize_term_description(description: str, *, unfiltered_html: bool) -> str:
    """``pre_term_description``: kses for users without ``unfiltered_html``, then trimmed."""
    text = description if unfiltered_html else wp_kses(description, "pre_term_description")
    return text.strip()


def _find(conn: Connection, db: Database, taxonomy: str, *, slug: str | None = None, name: str | None = None,
          parent: int | None = None) -> dict[str, Any] | None:
    t = db.tables
    stmt = select(t.terms.c.term_id, t.terms.c.name, t.terms.c.slug, t.term_taxonomy.c.parent).join(
        t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id).where(t.term_taxonomy.c.taxonomy == taxonomy)
    if slug is not None:
        stmt = stmt.where(t.terms.c.slug == slug)
    if name is not None:
        stmt = stmt.where(func.lower(t.terms.c.name) == name.lower())
    if parent is not None:
        stmt = stmt.where(t.term_taxonomy.c.parent == parent)
    row = conn.execute(stmt.limit(1)).first()
    return dict(row._mapping) if row is not None else None


def unique_term_slug(conn: Connection, db: Database, slug: str, taxonomy: str, *, hierarchical: bool,
                     parent: int, exclude: int = 0) -> str:
    """``wp_unique_term_slug``: the parent's slug appended for child terms, then ``-2``, ``-3`` …"""
    t = db.tables

    def taken(candidate: str) -> bool:
        stmt = select(t.terms.c.term_id).join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id).where(
            t.terms.c.slug == candidate, t.term_taxonomy.c.taxonomy == taxonomy)
        if exclude:
            stmt = stmt.where(t.terms.c.term_id != exclude)
        return conn.execute(stmt.limit(1)).first() is not None

    if not taken(slug):
        return slug
    if hierarchical and parent:
        parent_slug = conn.execute(select(t.terms.c.slug).where(t.terms.c.term_id == parent)).scalar()
        if parent_slug:
            slug = f"{slug}-{parent_slug}"
            if not taken(slug):
                return slug
    number = 2
    while taken(f"{slug}-{number}"):
        number += 1
    return f"{slug}-{number}"


def insert_term(conn: Connection, db: Database, taxonomy: str, *, name: str, hierarchical: bool,
                slug: str = "", description: str = "", parent: int = 0, unfiltered_html: bool = False) -> int:
    """``wp_insert_term``: returns the new term id; raises TermError as WordPress would."""
    clean_name = sanitize_term_name(name)
    if not clean_name.strip():
        raise TermError("empty_term_name", "A name is required for this term.", None)
    t = db.tables
    if parent:
        exists = conn.execute(select(t.term_taxonomy.c.term_id).where(
            t.term_taxonomy.c.term_id == parent, t.term_taxonomy.c.taxonomy == taxonomy)).first()
        if exists is None:
            raise TermError("rest_term_invalid", "Parent term does not exist.", 400)
    duplicate = _find(conn, db, taxonomy, name=clean_name, parent=parent if hierarchical else None)
    if duplicate is not None and (not slug or duplicate["slug"] == sanitize_title(slug)):
        raise TermError("term_exists", "A term with the name provided already exists with this parent."
                        if hierarchical else "A term with the name provided already exists in this taxonomy.",
                        400, {"term_id": int(duplicate["term_id"])},
                        # WordPress 7.1.4 also emits the duplicate's id twice at the top level.
                        {"additional_data": [int(duplicate["term_id"])] * 2})
    base_slug = sanitize_title(slug or clean_name) or sanitize_title(clean_name)
    final_slug = unique_term_slug(conn, db, base_slug, taxonomy, hierarchical=hierarchical, parent=parent)
    term_id = int(conn.execute(insert(t.terms).values(name=clean_name, slug=final_slug, term_group=0))
                  .inserted_primary_key[0])
    conn.execute(insert(t.term_taxonomy).values(
        term_id=term_id, taxonomy=taxonomy, parent=parent, count=0,
        description=sanitize_term_description(description, unfiltered_html=unfiltered_html)))
    _forget_children_cache(conn, db, taxonomy, hierarchical)
    return term_id


def update_term(conn: Connection, db: Database, term_id: int, taxonomy: str, *, hierarchical: bool,
                changes: dict[str, Any], unfiltered_html: bool = False) -> None:
    """``wp_update_term`` for the given fields (name, slug, description, parent)."""
    t = db.tables
    values: dict[str, Any] = {}
    tt_values: dict[str, Any] = {}
    current = conn.execute(select(t.term_taxonomy.c.parent).where(
        t.term_taxonomy.c.term_id == term_id, t.term_taxonomy.c.taxonomy == taxonomy)).scalar() or 0
    parent = int(changes.get("parent", current) or 0)
    if "parent" in changes and parent:
        if parent == term_id:
            raise TermError("rest_term_invalid", "Parent term does not exist.", 400)
        exists = conn.execute(select(t.term_taxonomy.c.term_id).where(
            t.term_taxonomy.c.term_id == parent, t.term_taxonomy.c.taxonomy == taxonomy)).first()
        if exists is None:
            raise TermError("rest_term_invalid", "Parent term does not exist.", 400)
    if "name" in changes:
        values["name"] = sanitize_term_name(changes["name"])
        if not values["name"].strip():
            raise TermError("empty_term_name", "A name is required for this term.", None)
    if "slug" in changes:
        slug = sanitize_title(changes["slug"]) or sanitize_title(values.get("name", ""))
        values["slug"] = unique_term_slug(conn, db, slug, taxonomy, hierarchical=hierarchical, parent=parent,
                                          exclude=term_id)
    if "description" in changes:
        tt_values["description"] = sanitize_term_description(changes["description"], unfiltered_html=unfiltered_html)
    if "parent" in changes:
        tt_values["parent"] = parent
    if values:
        conn.execute(update(t.terms).where(t.terms.c.term_id == term_id).values(**values))
    if tt_values:
        conn.execute(update(t.term_taxonomy).where(t.term_taxonomy.c.term_id == term_id,
                                                   t.term_taxonomy.c.taxonomy == taxonomy).values(**tt_values))
    if "parent" in changes:
        _forget_children_cache(conn, db, taxonomy, hierarchical)


def delete_term(conn: Connection, db: Database, term_id: int, taxonomy: str, *, hierarchical: bool) -> None:
    """``wp_delete_term``: children move up to the deleted term's parent; relationships and meta go."""
    t = db.tables
    row = conn.execute(select(t.term_taxonomy.c.term_taxonomy_id, t.term_taxonomy.c.parent).where(
        t.term_taxonomy.c.term_id == term_id, t.term_taxonomy.c.taxonomy == taxonomy)).first()
    if row is None:
        return
    tt_id, parent = int(row[0]), int(row[1])
    if hierarchical:
        conn.execute(update(t.term_taxonomy).where(t.term_taxonomy.c.parent == term_id,
                                                   t.term_taxonomy.c.taxonomy == taxonomy).values(parent=parent))
    conn.execute(delete(t.term_relationships).where(t.term_relationships.c.term_taxonomy_id == tt_id))
    conn.execute(delete(t.term_taxonomy).where(t.term_taxonomy.c.term_taxonomy_id == tt_id))
    still_used = conn.execute(select(t.term_taxonomy.c.term_id).where(t.term_taxonomy.c.term_id == term_id)).first()
    if still_used is None:
        conn.execute(delete(t.termmeta).where(t.termmeta.c.term_id == term_id))
        conn.execute(delete(t.terms).where(t.terms.c.term_id == term_id))
    _forget_children_cache(conn, db, taxonomy, hierarchical)


def _forget_children_cache(conn: Connection, db: Database, taxonomy: str, hierarchical: bool) -> None:
    """WordPress rebuilds ``{taxonomy}_children`` lazily after it is deleted."""
    if hierarchical:
        t = db.tables.options
        conn.execute(delete(t).where(t.c.option_name == f"{taxonomy}_children"))
