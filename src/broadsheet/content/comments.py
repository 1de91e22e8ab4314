"""Comment writes with WordPress's rules: moderation, duplicates, floods, counts (7.1.4 ``comment.php``).

On one connection; the caller owns the transaction.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from broadsheet.formatting.kses import wp_kses_data
from broadsheet.storage.engine import Database

FLOOD_SECONDS = 15


@dataclass
class CommentError(Exception):
    code: str
    message: str
    status: int = 400


def now_gmt() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def is_duplicate(conn: Connection, db: Database, comment: dict[str, Any]) -> bool:
    """``wp_allow_comment``'s duplicate check: same post, parent, author (name or e-mail) and content."""
    c = db.tables.comments
    author_match = c.c.comment_author == comment["comment_author"]
    if comment.get("comment_author_email"):
        author_match = author_match | (c.c.comment_author_email == comment["comment_author_email"])
    row = conn.execute(select(c.c.comment_ID).where(
        c.c.comment_post_ID == comment["comment_post_ID"], c.c.comment_parent == comment["comment_parent"],
        c.c.comment_approved != "trash", author_match, c.c.comment_content == comment["comment_content"]).limit(1)).first()
    return row is not None


def is_flood(conn: Connection, db: Database, comment: dict[str, Any], *, user_id: int | None = None) -> bool:
    """``wp_check_comment_flood``: the same user (or, logged out, address) or e-mail commented within 15 s.

    Only comments of the last hour are looked at, as WordPress does.
    """
    c = db.tables.comments
    who = (c.c.user_id == user_id) if user_id else (c.c.comment_author_IP == comment.get("comment_author_IP", ""))
    if comment.get("comment_author_email"):
        who = who | (c.c.comment_author_email == comment["comment_author_email"])
    try:
        current = _dt.datetime.strptime(comment["comment_date_gmt"], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return False
    hour_ago = (_dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None) - _dt.timedelta(hours=1)).strftime(
        "%Y-%m-%d %H:%M:%S")
    last = conn.execute(select(func.max(c.c.comment_date_gmt)).where(who, c.c.comment_date_gmt >= hour_ago)).scalar()
    if not last:
        return False
    try:
        then = _dt.datetime.strptime(str(last)[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return False
    return (current - then).total_seconds() < FLOOD_SECONDS


def passes_moderation(conn: Connection, db: Database, comment: dict[str, Any], options: dict[str, Any]) -> bool:
    """``check_comment``: not held for moderation, links, moderation keys, or a first-time author."""
    if str(options.get("comment_moderation") or "0") not in ("", "0"):
        return False
    max_links = int(options.get("comment_max_links") or 0)
    if max_links and len(re.findall(r"<a [^>]*href", comment["comment_content"], re.I)) >= max_links:
        return False
    keys = [k.strip() for k in str(options.get("moderation_keys") or "").splitlines() if k.strip()]
    haystack = " ".join(str(comment.get(f, "")) for f in ("comment_author", "comment_author_email", "comment_author_url",
                                                          "comment_content", "comment_author_IP", "comment_agent"))
    if any(re.search(re.escape(k), haystack, re.I) for k in keys):
        return False
    if str(options.get("comment_previously_approved") or "0") not in ("", "0") and comment.get("comment_type", "comment") == "comment":
        c = db.tables.comments
        previous = conn.execute(select(c.c.comment_ID).where(
            c.c.comment_author == comment["comment_author"], c.c.comment_author_email == comment["comment_author_email"],
            c.c.comment_approved == "1").limit(1)).first()
        return previous is not None
    return True


def sanitize_comment_content(content: str, *, unfiltered_html: bool) -> str:
    """``pre_comment_content``: kses to the basic tags for users without ``unfiltered_html``."""
    return content if unfiltered_html else wp_kses_data(content)


def insert_comment(conn: Connection, db: Database, comment: dict[str, Any]) -> int:
    """``wp_insert_comment`` and the post's approved-comment count."""
    c = db.tables.comments
    values = {
        "comment_post_ID": comment["comment_post_ID"], "comment_author": comment.get("comment_author", ""),
        "comment_author_email": comment.get("comment_author_email", ""),
        "comment_author_url": comment.get("comment_author_url", ""),
        "comment_author_IP": comment.get("comment_author_IP", ""), "comment_date": comment["comment_date"],
        "comment_date_gmt": comment["comment_date_gmt"], "comment_content": comment["comment_content"],
        "comment_karma": 0, "comment_approved": str(comment["comment_approved"]),
        "comment_agent": comment.get("comment_agent", ""), "comment_type": comment.get("comment_type", "comment"),
        "comment_parent": comment.get("comment_parent", 0), "user_id": comment.get("user_id", 0),
    }
    comment_id = int(conn.execute(insert(c).values(**values)).inserted_primary_key[0])
    update_comment_count(conn, db, int(comment["comment_post_ID"]))
    return comment_id


def update_comment_count(conn: Connection, db: Database, post_id: int) -> None:
    """``wp_update_comment_count_now``: approved comments, notes excluded."""
    if not post_id:
        return
    c, p = db.tables.comments, db.tables.posts
    count = conn.execute(select(func.count()).select_from(c).where(
        c.c.comment_post_ID == post_id, c.c.comment_approved == "1", c.c.comment_type != "note")).scalar() or 0
    conn.execute(update(p).where(p.c.ID == post_id).values(comment_count=int(count)))


def set_status(conn: Connection, db: Database, comment_id: int, approved: str) -> None:
    """``wp_set_comment_status`` (the value as stored: ``1``, ``0``, ``spam``, ``trash``)."""
    c = db.tables.comments
    post_id = conn.execute(select(c.c.comment_post_ID).where(c.c.comment_ID == comment_id)).scalar()
    conn.execute(update(c).where(c.c.comment_ID == comment_id).values(comment_approved=approved))
    update_comment_count(conn, db, int(post_id or 0))
