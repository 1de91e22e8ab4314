"""``get_comment_link``: a comment's anchor on its post, on the comment page it falls on when paged.

With ``page_comments`` off the link is ``permalink#comment-ID``. With it on, the link names the comment
page (``comment-page-N/`` under pretty permalinks, ``&cpage=N`` otherwise), except page 1 when the
oldest comments are shown first. The page counts the post's approved top-level comments older than
the comment's thread (or than the comment itself when comments are not threaded). These rules were
measured on WordPress 7.1.4 for every fixture comment under 26 settings (``tests/golden/comment-links.json``,
made by ``tests/golden/comment_links.php``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from broadsheet.storage.engine import Database

__all__ = ["comment_page", "get_comment_link", "paged_comments"]


def _truthy(value: Any) -> bool:
    return str(value or "") not in ("", "0")


def paged_comments(options: Mapping[str, Any]) -> bool:
    """Whether comment links name a comment page (the ``page_comments`` option)."""
    return _truthy(options.get("page_comments"))


def comment_page(conn: Connection, db: Database, comment: Mapping[str, Any], options: Mapping[str, Any]) -> int:
    """``get_page_of_comment`` with the site's paging options (1-based)."""
    try:
        per_page = int(str(options.get("comments_per_page") or "0"))
    except ValueError:
        per_page = 0
    if per_page < 1:
        return 1
    c = db.tables.comments
    threaded = _truthy(options.get("thread_comments")) and _int(options.get("thread_comments_depth")) > 1
    start = comment
    seen: set[int] = set()
    while threaded and _int(start["comment_parent"]) and _int(start["comment_ID"]) not in seen:
        seen.add(_int(start["comment_ID"]))
        parent = conn.execute(select(c.c.comment_ID, c.c.comment_parent, c.c.comment_date_gmt)
                              .where(c.c.comment_ID == _int(start["comment_parent"]))).mappings().first()
        if parent is None:
            break
        start = parent
    older = conn.execute(select(func.count()).select_from(c).where(
        c.c.comment_post_ID == _int(comment["comment_post_ID"]),
        c.c.comment_approved == "1",
        c.c.comment_parent == 0,
        c.c.comment_date_gmt < start["comment_date_gmt"],
    )).scalar_one()
    return int(older) // per_page + 1


def get_comment_link(conn: Connection, db: Database, comment: Mapping[str, Any], permalink: str,
                     options: Mapping[str, Any]) -> str:
    """The comment's URL: ``permalink`` with its comment page (when paged) and ``#comment-ID``."""
    anchor = f"#comment-{comment['comment_ID']}"
    if not paged_comments(options):
        return permalink + anchor
    page = comment_page(conn, db, comment, options)
    if page == 1 and str(options.get("default_comments_page") or "") == "oldest":
        return permalink + anchor
    if options.get("permalink_structure"):
        base = permalink if permalink.endswith("/") else permalink + "/"
        ending = "/" if str(options["permalink_structure"]).endswith("/") else ""
        return f"{base}comment-page-{page}{ending}{anchor}"
    separator = "&" if "?" in permalink else "?"
    return f"{permalink}{separator}cpage={page}{anchor}"


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
