"""Revisions and autosaves as WordPress 7.1.4 stores them (wp-includes/revision.php).

A revision is a ``revision`` row (status ``inherit``, parent = the post, name
``{id}-revision-v1``, dates = the post's modified dates) holding the title, content and excerpt
at that moment; revisioned meta (``footnotes``) is copied onto it. ``save_post_revision`` stores
one when those fields differ from the latest revision, or when the post has none yet.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from broadsheet.query.post_rows import WPPost, post_columns, post_from_row
from broadsheet.storage.engine import Database
from broadsheet.storage.meta import add_meta, get_meta

__all__ = [
    "REVISIONED_META",
    "REVISION_FIELDS",
    "create_post_autosave",
    "get_post_autosave",
    "latest_revision",
    "post_lock_is_active",
    "put_post_revision",
    "save_post_revision",
]

#: ``_wp_post_revision_fields``: what a revision records.
REVISION_FIELDS = ("post_title", "post_content", "post_excerpt")
#: ``wp_post_revision_meta_keys`` for core types: meta registered with ``revisions_enabled``.
REVISIONED_META = ("footnotes",)
_SPACES = re.compile(r"[\r\n\t ]+")


def _normalize_whitespace(text: str) -> str:
    """``normalize_whitespace``: trimmed, CRLF/CR to LF, runs of whitespace to one space."""
    text = text.strip().replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text)


def load_post(conn: Connection, db: Database, post_id: int) -> WPPost | None:
    """One post row by id, fresh from the database."""
    p = db.tables.posts
    row = conn.execute(select(*post_columns(db.tables)).where(p.c.ID == post_id)).mappings().first()
    return post_from_row(row) if row is not None else None


def latest_revision(conn: Connection, db: Database, post_id: int) -> WPPost | None:
    """The newest real revision (not an autosave) of a post (``wp_get_post_revisions`` order)."""
    p = db.tables.posts
    stmt = select(*post_columns(db.tables)).where(
        p.c.post_parent == post_id, p.c.post_type == "revision", p.c.post_status == "inherit",
        p.c.post_name.like(f"{post_id}-revision%")).order_by(p.c.post_date.desc(), p.c.ID.desc()).limit(1)
    row = conn.execute(stmt).mappings().first()
    return post_from_row(row) if row is not None else None


def _has_revisions(conn: Connection, db: Database, post_id: int) -> bool:
    p = db.tables.posts
    return conn.execute(select(p.c.ID).where(p.c.post_parent == post_id, p.c.post_type == "revision",
                                             p.c.post_status == "inherit").limit(1)).first() is not None


def put_post_revision(conn: Connection, db: Database, post: WPPost, *, author_id: int,
                      options: Mapping[str, Any], autosave: bool = False) -> int:
    """``_wp_put_post_revision``: insert the revision row of ``post`` and copy its revisioned meta."""
    t = db.tables
    name = f"{post.ID}-autosave-v1" if autosave else f"{post.ID}-revision-v1"
    values = {
        "post_author": author_id, "post_date": post.post_modified, "post_date_gmt": post.post_modified_gmt,
        "post_content": post.post_content, "post_title": post.post_title, "post_excerpt": post.post_excerpt,
        "post_status": "inherit", "comment_status": "closed", "ping_status": "closed", "post_password": "",
        "post_name": name, "to_ping": "", "pinged": "", "post_modified": post.post_modified,
        "post_modified_gmt": post.post_modified_gmt, "post_content_filtered": "", "post_parent": post.ID,
        "guid": "", "menu_order": 0, "post_type": "revision", "post_mime_type": "", "comment_count": 0,
    }
    key = conn.execute(insert(t.posts).values(**values)).inserted_primary_key
    assert key is not None
    revision_id = int(key[0])
    home = str(options.get("home") or "").rstrip("/")
    conn.execute(update(t.posts).where(t.posts.c.ID == revision_id).values(guid=f"{home}/?p={revision_id}"))
    copy_revisioned_meta(conn, db, post.ID, revision_id)
    return revision_id


def copy_revisioned_meta(conn: Connection, db: Database, source_id: int, target_id: int) -> None:
    """``wp_save_revisioned_meta_fields``: copy each revisioned meta key the source has."""
    for key in REVISIONED_META:
        for value in get_meta(conn, "post", source_id, key, tables=db.tables):
            add_meta(conn, "post", target_id, key, value, tables=db.tables)


def _meta_changed(conn: Connection, db: Database, revision_id: int, post_id: int) -> bool:
    """``wp_check_revisioned_meta_fields_have_changed``."""
    for key in REVISIONED_META:
        if get_meta(conn, "post", revision_id, key, tables=db.tables) != get_meta(
                conn, "post", post_id, key, tables=db.tables):
            return True
    return False


def save_post_revision(conn: Connection, db: Database, post_id: int, *, author_id: int,
                       options: Mapping[str, Any], supports_revisions: bool = True) -> int | None:
    """``wp_save_post_revision``: a new revision when the post changed since the latest one (or has none)."""
    if not supports_revisions:
        return None
    post = load_post(conn, db, post_id)
    if post is None or post.post_status == "auto-draft" or post.post_type == "revision":
        return None
    if _has_revisions(conn, db, post_id):
        latest = latest_revision(conn, db, post_id)
        if latest is not None:
            changed = any(_normalize_whitespace(str(getattr(post, f))) != _normalize_whitespace(str(getattr(latest, f)))
                          for f in REVISION_FIELDS)
            if not changed and not _meta_changed(conn, db, latest.ID, post_id):
                return None
    return put_post_revision(conn, db, post, author_id=author_id, options=options)


def get_post_autosave(conn: Connection, db: Database, post_id: int, user_id: int = 0) -> WPPost | None:
    """``wp_get_post_autosave``: the newest autosave of a post (by ``user_id`` when given)."""
    p = db.tables.posts
    stmt = select(*post_columns(db.tables)).where(
        p.c.post_parent == post_id, p.c.post_type == "revision", p.c.post_status == "inherit",
        p.c.post_name == f"{post_id}-autosave-v1")
    if user_id:
        stmt = stmt.where(p.c.post_author == user_id)
    row = conn.execute(stmt.order_by(p.c.ID.desc()).limit(1)).mappings().first()
    return post_from_row(row) if row is not None else None


def post_lock_is_active(conn: Connection, db: Database, post_id: int, user_id: int, now: float) -> bool:
    """``wp_check_post_lock``: someone else holds ``_edit_lock`` (``time:user``) from the last 150 seconds."""
    values = get_meta(conn, "post", post_id, "_edit_lock", tables=db.tables)
    if not values:
        return False
    stamp, _, owner = str(values[0]).partition(":")
    try:
        locked_at, locked_by = float(stamp), int(owner or 0)
    except ValueError:
        return False
    return locked_by != user_id and locked_at > now - 150


def create_post_autosave(conn: Connection, db: Database, post: WPPost, fields: Mapping[str, Any],
                         meta: Mapping[str, Any], *, user_id: int, options: Mapping[str, Any],
                         now: tuple[str, str]) -> int:
    """``create_post_autosave``: one autosave per user, overwritten; unchanged content keeps the old one.

    ``fields`` holds the sent ``post_title``/``post_content``/``post_excerpt``; ``now`` is
    ``current_time`` (local, GMT): an autosave is dated when it is written.
    """
    sent = {k: str(v) for k, v in fields.items() if k in REVISION_FIELDS}
    different = any(_normalize_whitespace(v) != _normalize_whitespace(str(getattr(post, k))) for k, v in sent.items())
    if meta:
        for key in REVISIONED_META:
            old = get_meta(conn, "post", post.ID, key, True, tables=db.tables)
            if meta.get(key, "") != old:
                different = True
                break
    old_autosave = get_post_autosave(conn, db, post.ID, user_id)
    if not different and old_autosave is not None:
        return old_autosave.ID
    p = db.tables.posts
    if old_autosave is not None:
        values = {**sent, "post_author": user_id, "post_date": now[0], "post_date_gmt": now[1],
                  "post_modified": now[0], "post_modified_gmt": now[1]}
        conn.execute(update(p).where(p.c.ID == old_autosave.ID).values(**values))
        revision_id = old_autosave.ID
    else:
        draft = WPPost(ID=post.ID, post_title=sent.get("post_title", ""), post_content=sent.get("post_content", ""),
                       post_excerpt=sent.get("post_excerpt", ""), post_modified=now[0], post_modified_gmt=now[1])
        revision_id = put_post_revision(conn, db, draft, author_id=user_id, options=options, autosave=True)
    if meta:
        from broadsheet.storage.meta import update_meta

        for key in REVISIONED_META:
            if meta.get(key) is not None:
                update_meta(conn, "post", revision_id, key, meta[key], tables=db.tables)
    return revision_id
