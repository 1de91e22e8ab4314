"""``WP_User_Query`` semantics as SQL for the REST users collection: filters, search, order, paging."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.engine import Connection

from broadsheet.query.post_search import esc_like
from broadsheet.storage.engine import Database

#: REST ``search_columns`` names → ``wp_users`` columns.
SEARCH_COLUMNS = {"email": "user_email", "name": "display_name", "id": "ID", "username": "user_login",
                  "slug": "user_nicename"}
ORDERBY = {"id": "ID", "name": "display_name", "registered_date": "user_registered", "slug": "user_nicename",
           "email": "user_email", "url": "user_url"}


@dataclass
class UserQuery:
    """What the REST users controller asks ``get_users`` for."""

    include: list[int] = field(default_factory=list)
    exclude: list[int] = field(default_factory=list)
    slugs: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=list)
    search: str = ""
    search_columns: list[str] = field(default_factory=list)
    #: post types whose published posts make a user visible (None: no restriction)
    has_published_posts: list[str] | None = None
    #: ``who=authors``: users with a non-zero user level
    authors_only: bool = False
    orderby: str = "name"
    order: str = "asc"
    number: int = 10
    offset: int = 0


def _where(db: Database, query: UserQuery) -> list[Any]:
    t = db.tables
    users, meta, posts = t.users, t.usermeta, t.posts
    clauses: list[Any] = []
    if query.include:
        clauses.append(users.c.ID.in_(query.include))
    if query.exclude:
        clauses.append(users.c.ID.not_in(query.exclude))
    if query.slugs:
        clauses.append(users.c.user_nicename.in_(query.slugs))
    caps_key = f"{db.prefix}capabilities"
    for names in (query.roles, query.capabilities):
        if names:
            clauses.append(exists().where(
                meta.c.user_id == users.c.ID, meta.c.meta_key == caps_key,
                or_(*(meta.c.meta_value.like(f'%"{esc_like(name).lower()}"%', escape="\\") for name in names))))
    if query.authors_only:
        clauses.append(exists().where(meta.c.user_id == users.c.ID, meta.c.meta_key == f"{db.prefix}user_level",
                                      meta.c.meta_value != "0"))
    if query.has_published_posts is not None:
        clauses.append(users.c.ID.in_(select(posts.c.post_author).where(
            posts.c.post_status == "publish", posts.c.post_type.in_(query.has_published_posts or [""]))))
    if query.search:
        clauses.append(_search_clause(db, query))
    return clauses


def _search_clause(db: Database, query: UserQuery) -> Any:
    """``*term*`` search over the chosen columns (leading/trailing ``*`` are wildcards)."""
    users = db.tables.users
    term = query.search
    lead, trail = term.startswith("*"), term.endswith("*")
    core = term.strip("*")
    pattern = ("%" if lead else "") + esc_like(core) + ("%" if trail else "")
    columns = query.search_columns
    if not columns:
        if "@" in core:
            columns = ["user_email"]
        elif core.isdigit():
            columns = ["user_login", "ID"]
        else:
            columns = ["user_login", "user_url", "user_email", "user_nicename", "display_name"]
    parts = []
    for name in columns:
        column = users.c[name]
        if name == "ID":
            if core.isdigit():
                parts.append(column == int(core))
            continue
        parts.append(db.like_ci(column, pattern))
    return or_(*parts) if parts else and_(False)


def query_users(conn: Connection, db: Database, query: UserQuery) -> list[dict[str, Any]]:
    """The page of ``wp_users`` rows."""
    users = db.tables.users
    stmt = select(users).where(*_where(db, query))
    desc = query.order.lower() == "desc"
    if query.orderby == "include" and query.include:
        stmt = stmt.order_by(case({uid: i for i, uid in enumerate(query.include)}, value=users.c.ID))
    elif query.orderby == "include_slugs" and query.slugs:
        stmt = stmt.order_by(case({s: i for i, s in enumerate(query.slugs)}, value=users.c.user_nicename))
    else:
        name = ORDERBY.get(query.orderby, "display_name")
        column = users.c[name]
        key = column if name in ("ID", "user_registered") else db.sort_key(column)
        stmt = stmt.order_by(key.desc() if desc else key.asc())
    if query.number > 0:
        stmt = stmt.limit(query.number).offset(query.offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def count_users(conn: Connection, db: Database, query: UserQuery) -> int:
    users = db.tables.users
    return int(conn.execute(select(func.count()).select_from(users).where(*_where(db, query))).scalar() or 0)


def count_published_posts(conn: Connection, db: Database, user_id: int, post_types: list[str]) -> int:
    """``count_user_posts``: published posts of ``user_id`` in ``post_types``."""
    posts = db.tables.posts
    return int(conn.execute(select(func.count()).select_from(posts).where(
        posts.c.post_author == user_id, posts.c.post_status == "publish",
        posts.c.post_type.in_(post_types or [""]))).scalar() or 0)
