"""``WP_Query`` for post collections: filters, ordering, paging and the total, as SQLAlchemy Core.

Port of the parts of wp-includes/class-wp-query.php (WordPress 7.1.4) the REST posts
controllers use. ``PostQuery(args).run(conn, tables)`` runs one query for the page of rows and
one for the total (skipped when the page itself proves the total), and puts the rows in the
request's identity cache. Equal sort keys get no tiebreaker, as in WordPress.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from broadsheet.query.post_rows import WPPost, post_columns, post_from_row, remember
from broadsheet.query.post_search import parse_search, relevance_order, search_clause
from broadsheet.query.tax_query import TaxQuery, tax_query_clause
from broadsheet.storage.tables import WPTables

__all__ = ["PostQueryArgs", "PostQueryResult", "PostQuery", "EXCLUDE_FROM_SEARCH"]

#: Statuses ``post_status=any`` leaves out (registered with ``exclude_from_search``).
EXCLUDE_FROM_SEARCH = ("trash", "auto-draft")

SortKey = Callable[[Any], Any]


@dataclass
class PostQueryArgs:
    """The ``WP_Query`` vars the REST layer sets (names as WordPress's)."""

    post_type: str | list[str] = "post"
    post_status: list[str] = field(default_factory=lambda: ["publish"])
    s: str = ""
    search_columns: list[str] = field(default_factory=list)
    exact: bool = False
    author__in: list[int] = field(default_factory=list)
    author__not_in: list[int] = field(default_factory=list)
    post__in: list[int] = field(default_factory=list)
    post__not_in: list[int] = field(default_factory=list)
    post_parent: int | None = None
    post_parent__in: list[int] = field(default_factory=list)
    post_parent__not_in: list[int] = field(default_factory=list)
    post_name__in: list[str] = field(default_factory=list)
    menu_order: int | None = None
    #: ``(column, "<" | ">", "Y-m-d H:i:s")`` comparisons (``date_query`` before/after, site-local).
    date_query: list[tuple[str, str, str]] = field(default_factory=list)
    tax_query: TaxQuery | None = None
    orderby: str = "post_date"
    order: str = "DESC"
    posts_per_page: int = 10
    paged: int = 1
    offset: int | None = None
    ignore_sticky_posts: bool = True
    sticky_posts: list[int] = field(default_factory=list)
    logged_in: bool = False
    #: ``post_mime_type`` as the attachments controller sets it: exact MIME types (``wp_post_mime_type_where``).
    post_mime_type: list[str] = field(default_factory=list)
    #: ``wp_allow_query_attachment_by_filename``: search terms also match ``_wp_attached_file``.
    search_attachment_filename: bool = False


@dataclass
class PostQueryResult:
    """The page of posts and ``found_posts``."""

    posts: list[WPPost]
    found_posts: int


def _status_clause(posts: Any, statuses: list[str], known: list[str] | None) -> ColumnElement[bool] | None:
    if "any" in statuses:
        excluded = [s for s in EXCLUDE_FROM_SEARCH if s not in statuses]
        return posts.c.post_status.not_in(excluded) if excluded else None
    wanted = [s for s in statuses if known is None or s in known]
    if not wanted:
        return None
    return posts.c.post_status.in_(wanted)


class PostQuery:
    """One ``WP_Query`` run over ``wp_posts``."""

    def __init__(self, args: PostQueryArgs, *, sort_key: SortKey | None = None,
                 known_statuses: list[str] | None = None) -> None:
        self.args = args
        self.sort_key = sort_key or (lambda column: column)
        self.known_statuses = known_statuses
        self.search = parse_search(args.s, exact=args.exact, columns=args.search_columns) if args.s else None

    # -- WHERE ------------------------------------------------------------------------
    def where(self, conn: Connection, tables: WPTables) -> list[ColumnElement[bool]]:
        """Every condition of the query (``get_posts`` WHERE), in WordPress's order."""
        a, p = self.args, tables.posts
        conds: list[ColumnElement[bool]] = []
        if a.post__in:
            conds.append(p.c.ID.in_(a.post__in))
        if a.post__not_in:
            conds.append(p.c.ID.not_in(a.post__not_in))
        if a.post_parent is not None:
            conds.append(p.c.post_parent == a.post_parent)
        if a.post_parent__in:
            conds.append(p.c.post_parent.in_(a.post_parent__in))
        if a.post_parent__not_in:
            conds.append(p.c.post_parent.not_in(a.post_parent__not_in))
        if a.post_name__in:
            conds.append(p.c.post_name.in_(a.post_name__in))
        if a.menu_order is not None:
            conds.append(p.c.menu_order == a.menu_order)
        for column, op, value in a.date_query:
            col = p.c[column]
            conds.append(col < value if op == "<" else col > value)
        if self.search is not None:
            files = tables.postmeta if a.search_attachment_filename else None
            conds.append(search_clause(self.search, p, logged_in=a.logged_in, attached_files=files))
        if a.tax_query is not None:
            tax = tax_query_clause(conn, tables, a.tax_query, p.c.ID)
            if tax is not None:
                conds.append(tax)
        if a.author__in:
            conds.append(p.c.post_author.in_(a.author__in))
        if a.author__not_in:
            conds.append(p.c.post_author.not_in(a.author__not_in))
        types = [a.post_type] if isinstance(a.post_type, str) else list(a.post_type)
        conds.append(p.c.post_type == types[0] if len(types) == 1 else p.c.post_type.in_(types))
        status = _status_clause(p, a.post_status, self.known_statuses)
        if status is not None:
            conds.append(status)
        if a.post_mime_type:
            conds.append(p.c.post_mime_type.in_(a.post_mime_type))
        return conds

    # -- ORDER BY ---------------------------------------------------------------------
    def order_by(self, tables: WPTables) -> list[Any]:
        """ORDER BY expressions (``parse_orderby``; ``post__in``/``post_name__in`` keep the list order)."""
        a, p = self.args, tables.posts
        desc = a.order.upper() != "ASC"

        def directed(expr: Any) -> Any:
            return expr.desc() if desc else expr.asc()

        if a.orderby == "post__in" and a.post__in:
            return [case({pid: i for i, pid in enumerate(a.post__in)}, value=p.c.ID)]
        if a.orderby == "post_name__in" and a.post_name__in:
            return [case({slug: i for i, slug in enumerate(a.post_name__in)}, value=p.c.post_name)]
        text_columns = {"post_title", "post_name"}
        columns = {
            "date": "post_date", "post_date": "post_date", "title": "post_title", "post_title": "post_title",
            "ID": "ID", "id": "ID", "author": "post_author", "post_author": "post_author",
            "modified": "post_modified", "post_modified": "post_modified", "parent": "post_parent",
            "post_parent": "post_parent", "name": "post_name", "post_name": "post_name", "slug": "post_name",
            "menu_order": "menu_order", "type": "post_type", "post_type": "post_type",
        }
        order: list[Any] = []
        for key in a.orderby.split():
            column = columns.get(key)
            if column is None:
                continue
            expr = p.c[column]
            order.append(directed(self.sort_key(expr) if column in text_columns else expr))
        if not order:
            order = [directed(p.c.post_date)]
        if self.search is not None and a.orderby == "relevance":
            order = relevance_order(self.search, p) + order
        return order

    # -- running ----------------------------------------------------------------------
    def limits(self) -> tuple[int | None, int]:
        """(LIMIT, OFFSET): ``offset`` wins over ``paged``; ``posts_per_page`` -1 means no limit."""
        a = self.args
        if a.posts_per_page < 0:
            return None, max(a.offset or 0, 0)
        if a.offset is not None:
            return a.posts_per_page, max(a.offset, 0)
        return a.posts_per_page, max(a.paged - 1, 0) * a.posts_per_page

    def run(self, conn: Connection, tables: WPTables, cache: MutableMapping[int, Any] | None = None) -> PostQueryResult:
        """The page of rows and the total of matching rows (``found_posts``)."""
        conds = self.where(conn, tables)
        limit, offset = self.limits()
        stmt = select(*post_columns(tables)).where(and_(*conds)).order_by(*self.order_by(tables))
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        posts = [post_from_row(row) for row in conn.execute(stmt).mappings()]
        if not posts:
            # WordPress counts found rows only when the page has some (rest_post_invalid_page_number
            # and offset past the end depend on this).
            found = 0
        elif limit is None or (offset == 0 and len(posts) < limit):
            found = len(posts) + offset
        else:
            found = int(conn.execute(select(func.count()).select_from(tables.posts).where(and_(*conds))).scalar() or 0)
        posts = self._stick(conn, tables, posts)
        if cache is not None:
            remember(posts, cache)
        return PostQueryResult(posts, found)

    def count(self, conn: Connection, tables: WPTables) -> int:
        """The number of matching rows, without paging."""
        conds = self.where(conn, tables)
        return int(conn.execute(select(func.count()).select_from(tables.posts).where(and_(*conds))).scalar() or 0)

    def is_home(self) -> bool:
        """``WP_Query::is_home`` for these vars: no search and no term archive clause."""
        if self.search is not None:
            return False
        tax = self.args.tax_query
        if tax is None:
            return True

        def archive(query: TaxQuery) -> bool:
            for clause in query.clauses:
                if isinstance(clause, TaxQuery):
                    continue  # nested groups are not inspected by parse_query
                if clause.operator.upper() != "NOT IN":
                    return True
            return False

        return not archive(tax)

    def _stick(self, conn: Connection, tables: WPTables, posts: list[WPPost]) -> list[WPPost]:
        """Sticky posts first on page 1 when not ignored (``WP_Query::get_posts`` sticky block)."""
        a = self.args
        if a.ignore_sticky_posts or not a.sticky_posts or a.paged > 1 or a.post__in or not self.is_home():
            return posts
        sticky = list(a.sticky_posts)
        front: list[WPPost] = []
        rest: list[WPPost] = []
        for post in posts:
            if post.ID in sticky:
                front.append(post)
                sticky.remove(post.ID)
            else:
                rest.append(post)
        if sticky and a.post__not_in:
            sticky = [s for s in sticky if s not in a.post__not_in]
        if sticky:
            p = tables.posts
            types = [a.post_type] if isinstance(a.post_type, str) else list(a.post_type)
            stmt = (select(*post_columns(tables))
                    .where(p.c.ID.in_(sticky), p.c.post_type.in_(types), p.c.post_status == "publish")
                    .order_by(p.c.post_date.desc()).limit(len(sticky)))
            extra = [post_from_row(row) for row in conn.execute(stmt).mappings()]
            # get_posts() returns newest first; each is spliced in at the sticky offset.
            front.extend(extra)
        return front + rest
