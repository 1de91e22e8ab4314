"""Post rows (``WP_Post``) and their identity cache: load each post once per request.

``WPPost`` carries the ``wp_posts`` columns under WordPress's names. ``load_posts`` fills the
per-request cache (``DataContext.posts``) with one query for any number of ids, so embedded
sub-requests, permission checks and link builders reuse rows instead of querying again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from broadsheet.storage.tables import WPTables, ids_in, ids_param

__all__ = ["WPPost", "post_from_row", "load_posts", "get_post", "POST_COLUMNS"]

_CHUNK = 500

POST_COLUMNS = (
    "ID", "post_author", "post_date", "post_date_gmt", "post_content", "post_title", "post_excerpt",
    "post_status", "comment_status", "ping_status", "post_password", "post_name", "post_modified",
    "post_modified_gmt", "post_parent", "guid", "menu_order", "post_type", "post_mime_type", "comment_count",
)


@dataclass
class WPPost:
    """One ``wp_posts`` row (the columns the REST layer reads), as ``WP_Post``."""

    ID: int
    post_author: int = 0
    post_date: str = "0000-00-00 00:00:00"
    post_date_gmt: str = "0000-00-00 00:00:00"
    post_content: str = ""
    post_title: str = ""
    post_excerpt: str = ""
    post_status: str = "publish"
    comment_status: str = "open"
    ping_status: str = "open"
    post_password: str = ""
    post_name: str = ""
    post_modified: str = "0000-00-00 00:00:00"
    post_modified_gmt: str = "0000-00-00 00:00:00"
    post_parent: int = 0
    guid: str = ""
    menu_order: int = 0
    post_type: str = "post"
    post_mime_type: str = ""
    comment_count: int = 0

    def record(self) -> Any:
        """The capability-check view of this post (``auth.capabilities.PostRecord``)."""
        from broadsheet.auth.capabilities import PostRecord

        return PostRecord(ID=self.ID, post_type=self.post_type, post_status=self.post_status,
                          post_author=self.post_author, post_parent=self.post_parent,
                          post_password=self.post_password)


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def post_from_row(row: Mapping[Any, Any]) -> WPPost:
    """A ``WPPost`` from a result row's mapping (ints cast, NULL text as ``""``)."""
    return WPPost(
        ID=_int(row["ID"]),
        post_author=_int(row["post_author"]),
        post_date=_str(row["post_date"]),
        post_date_gmt=_str(row["post_date_gmt"]),
        post_content=_str(row["post_content"]),
        post_title=_str(row["post_title"]),
        post_excerpt=_str(row["post_excerpt"]),
        post_status=_str(row["post_status"]),
        comment_status=_str(row["comment_status"]),
        ping_status=_str(row["ping_status"]),
        post_password=_str(row["post_password"]),
        post_name=_str(row["post_name"]),
        post_modified=_str(row["post_modified"]),
        post_modified_gmt=_str(row["post_modified_gmt"]),
        post_parent=_int(row["post_parent"]),
        guid=_str(row["guid"]),
        menu_order=_int(row["menu_order"]),
        post_type=_str(row["post_type"]),
        post_mime_type=_str(row["post_mime_type"]),
        comment_count=_int(row["comment_count"]),
    )


def post_columns(tables: WPTables) -> list[Any]:
    """The selected ``wp_posts`` columns, in ``POST_COLUMNS`` order."""
    return [tables.posts.c[name] for name in POST_COLUMNS]


def load_posts(conn: Connection, tables: WPTables, ids: Iterable[int],
               cache: MutableMapping[int, Any]) -> dict[int, WPPost]:
    """The posts with ``ids`` (missing ones absent), reading only ids not already in ``cache``."""
    wanted = [i for i in dict.fromkeys(int(i) for i in ids) if i > 0]
    missing = [i for i in wanted if i not in cache]
    for start in range(0, len(missing), _CHUNK):
        chunk = missing[start:start + _CHUNK]
        single = len(chunk) == 1
        stmt = tables.hot_select(("load_posts", single), lambda: select(*post_columns(tables)).where(
            ids_in(tables.posts.c.ID, single)))
        found = set()
        for row in stmt.rows(conn, {"ids": ids_param(chunk)}):
            post = post_from_row(dict(zip(POST_COLUMNS, row)))
            cache[post.ID] = post
            found.add(post.ID)
        for i in chunk:
            if i not in found:
                cache[i] = None
    return {i: cache[i] for i in wanted if cache.get(i) is not None}


def get_post(conn: Connection, tables: WPTables, post_id: int, cache: MutableMapping[int, Any]) -> WPPost | None:
    """One post by id through the identity cache (``get_post``)."""
    if post_id <= 0:
        return None
    return load_posts(conn, tables, [post_id], cache).get(post_id)


def remember(posts: Iterable[WPPost], cache: MutableMapping[int, Any]) -> None:
    """Put rows fetched by a query into the identity cache."""
    for post in posts:
        cache[post.ID] = post
