"""``WP_Comment_Query`` semantics as SQL for the REST comments collection."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.engine import Connection

from broadsheet.query.post_search import esc_like
from broadsheet.storage.engine import Database

#: REST ``status`` values → ``comment_approved`` values (``all`` = approved + pending).
STATUS_VALUES = {"approve": ["1"], "approved": ["1"], "1": ["1"], "hold": ["0"], "0": ["0"],
                 "spam": ["spam"], "trash": ["trash"], "post-trashed": ["post-trashed"], "all": ["0", "1"]}
ORDERBY = {"date": "comment_date", "date_gmt": "comment_date_gmt", "id": "comment_ID", "post": "comment_post_ID",
           "parent": "comment_parent", "type": "comment_type"}


@dataclass
class CommentQuery:
    post_ids: list[int] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    parent_exclude: list[int] = field(default_factory=list)
    authors: list[int] = field(default_factory=list)
    author_exclude: list[int] = field(default_factory=list)
    author_email: str = ""
    include: list[int] = field(default_factory=list)
    exclude: list[int] = field(default_factory=list)
    status: str = "approve"
    type: str = "comment"
    search: str = ""
    after: str | None = None
    before: str | None = None
    orderby: str = "date_gmt"
    order: str = "desc"
    number: int = 10
    offset: int = 0
    #: ``post_status``: only comments on posts with one of these statuses (empty: any).
    post_status: list[str] = field(default_factory=list)


def _where(db: Database, query: CommentQuery) -> list[Any]:
    c = db.tables.comments
    clauses: list[Any] = []
    statuses = [s for s in (query.status or "approve").split(",") if s]
    approved: list[str] = []
    for status in statuses:
        approved.extend(STATUS_VALUES.get(status, [status]))
    if "any" not in statuses:
        clauses.append(c.c.comment_approved.in_(approved))
    if query.type and query.type not in ("all", "any"):
        types = [t for t in query.type.split(",") if t]
        if "comment" in types:
            types.append("")  # rows written before 5.5 may have an empty type
        clauses.append(c.c.comment_type.in_(types))
    if query.post_ids:
        clauses.append(c.c.comment_post_ID.in_(query.post_ids))
    if query.parents:
        clauses.append(c.c.comment_parent.in_(query.parents))
    if query.parent_exclude:
        clauses.append(c.c.comment_parent.not_in(query.parent_exclude))
    if query.authors:
        clauses.append(c.c.user_id.in_(query.authors))
    if query.author_exclude:
        clauses.append(c.c.user_id.not_in(query.author_exclude))
    if query.author_email:
        clauses.append(c.c.comment_author_email == query.author_email)
    if query.include:
        clauses.append(c.c.comment_ID.in_(query.include))
    if query.exclude:
        clauses.append(c.c.comment_ID.not_in(query.exclude))
    if query.after:
        clauses.append(c.c.comment_date > query.after)
    if query.before:
        clauses.append(c.c.comment_date < query.before)
    if query.post_status:
        p = db.tables.posts
        clauses.append(c.c.comment_post_ID.in_(select(p.c.ID).where(p.c.post_status.in_(query.post_status))))
    if query.search:
        pattern = "%" + esc_like(query.search) + "%"
        clauses.append(or_(*(db.like_ci(col, pattern) for col in (
            c.c.comment_author, c.c.comment_author_email, c.c.comment_author_url, c.c.comment_author_IP,
            c.c.comment_content))))
    return clauses


def query_comments(conn: Connection, db: Database, query: CommentQuery) -> list[dict[str, Any]]:
    c = db.tables.comments
    stmt = select(c).where(*_where(db, query))
    desc = query.order.lower() == "desc"
    if query.orderby == "include" and query.include:
        stmt = stmt.order_by(case({cid: i for i, cid in enumerate(query.include)}, value=c.c.comment_ID))
    else:
        column = c.c[ORDERBY.get(query.orderby, "comment_date_gmt")]
        # WordPress adds comment_ID in the same direction as the tiebreaker.
        stmt = stmt.order_by(column.desc() if desc else column.asc(),
                             c.c.comment_ID.desc() if desc else c.c.comment_ID.asc())
    if query.number > 0:
        stmt = stmt.limit(query.number).offset(query.offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def count_comments(conn: Connection, db: Database, query: CommentQuery) -> int:
    c = db.tables.comments
    return int(conn.execute(select(func.count()).select_from(c).where(*_where(db, query))).scalar() or 0)


def parents_with_children(conn: Connection, db: Database, ids: list[int]) -> set[int]:
    """Which of ``ids`` have at least one reply (of any type or status): one query."""
    if not ids:
        return set()
    c = db.tables.comments
    return {int(r[0]) for r in conn.execute(select(c.c.comment_parent).where(c.c.comment_parent.in_(ids)).distinct())}


def load_comment(conn: Connection, db: Database, comment_id: int) -> dict[str, Any] | None:
    c = db.tables.comments
    row = conn.execute(select(c).where(c.c.comment_ID == comment_id)).first()
    return dict(row._mapping) if row is not None else None
