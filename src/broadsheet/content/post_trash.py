"""Trash and delete of posts as WordPress 7.1.4 does them (``wp_trash_post``, ``wp_delete_post``, post.php).

Trashing keeps the previous status and time in meta, frees the slug (``__trashed``) and sets the
comments aside; a forced delete removes the row with its meta, terms, comments and revisions,
re-parents children and attachments, and resets the options that pointed at the post.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from broadsheet.content.post_revisions import load_post
from broadsheet.content.post_terms import (
    delete_object_term_relationships,
    get_object_term_ids,
    set_object_terms,
    unstick_post,
)
from broadsheet.content.posts import (
    PostEnv,
    object_types,
    post_type_object,
    taxonomies_of,
    update_post,
)
from broadsheet.query.post_rows import WPPost
from broadsheet.storage.meta import add_meta

__all__ = ["delete_post", "trash_post"]


def trash_post(conn: Connection, env: PostEnv, post_id: int) -> WPPost | None:
    """``wp_trash_post``: remember status and time, move to ``trash``, set the comments aside."""
    post = load_post(conn, env.db, post_id)
    if post is None or post.post_status == "trash":
        return None
    t = env.db.tables
    add_meta(conn, "post", post_id, "_wp_trash_meta_status", post.post_status, tables=t)
    add_meta(conn, "post", post_id, "_wp_trash_meta_time", int(env.now().timestamp()), tables=t)
    update_post(conn, env, post_id, {"post_status": "trash"})
    _trash_comments(conn, env, post_id)
    return load_post(conn, env.db, post_id)


def _trash_comments(conn: Connection, env: PostEnv, post_id: int) -> None:
    """``wp_trash_post_comments``: comments become ``post-trashed``; their statuses kept in post meta."""
    c = env.db.tables.comments
    rows = conn.execute(select(c.c.comment_ID, c.c.comment_approved).where(c.c.comment_post_ID == post_id)).all()
    if not rows:
        return
    add_meta(conn, "post", post_id, "_wp_trash_meta_comments_status",
             {int(r[0]): str(r[1]) for r in rows}, tables=env.db.tables)
    conn.execute(update(c).where(c.c.comment_post_ID == post_id).values(comment_approved="post-trashed"))
    _update_comment_count(conn, env, post_id)


def _update_comment_count(conn: Connection, env: PostEnv, post_id: int) -> None:
    """``wp_update_comment_count_now``: approved comments (notes excluded)."""
    t = env.db.tables
    count = conn.execute(select(func.count()).select_from(t.comments).where(
        t.comments.c.comment_post_ID == post_id, t.comments.c.comment_approved == "1",
        t.comments.c.comment_type != "note")).scalar() or 0
    conn.execute(update(t.posts).where(t.posts.c.ID == post_id).values(comment_count=count))


def delete_post(conn: Connection, env: PostEnv, post_id: int, *, force: bool = False) -> WPPost | None:
    """``wp_delete_post``: posts and pages go to the trash unless forced; forced deletes remove everything."""
    post = load_post(conn, env.db, post_id)
    if post is None:
        return None
    if not force and post.post_type in ("post", "page") and post.post_status != "trash":
        return trash_post(conn, env, post_id)
    t = env.db.tables
    for tax in taxonomies_of(env, post.post_type):
        tt_ids = get_object_term_ids(conn, env.db, post_id, tax.name)
        if tt_ids:
            set_object_terms(conn, env.db, post_id, [], tax.name, object_types=object_types(env, tax.name))
    pt = post_type_object(env, post.post_type)
    if pt is not None and pt.hierarchical:
        conn.execute(update(t.posts).where(t.posts.c.post_parent == post_id, t.posts.c.post_type == post.post_type)
                     .values(post_parent=post.post_parent))
    revisions = [int(r[0]) for r in conn.execute(select(t.posts.c.ID).where(
        t.posts.c.post_parent == post_id, t.posts.c.post_type == "revision"))]
    for revision_id in revisions:
        _delete_row(conn, env, revision_id)
    conn.execute(update(t.posts).where(t.posts.c.post_parent == post_id, t.posts.c.post_type == "attachment")
                 .values(post_parent=post.post_parent))
    comment_ids = [int(r[0]) for r in conn.execute(select(t.comments.c.comment_ID).where(
        t.comments.c.comment_post_ID == post_id))]
    if comment_ids:
        conn.execute(delete(t.commentmeta).where(t.commentmeta.c.comment_id.in_(comment_ids)))
        conn.execute(delete(t.comments).where(t.comments.c.comment_ID.in_(comment_ids)))
    _delete_row(conn, env, post_id)
    if post.post_type in ("post", "page"):
        _reset_front_page_settings(conn, env, post)
    return post


def _delete_row(conn: Connection, env: PostEnv, post_id: int) -> None:
    t = env.db.tables
    conn.execute(delete(t.postmeta).where(t.postmeta.c.post_id == post_id))
    delete_object_term_relationships(conn, env.db, post_id)
    conn.execute(delete(t.posts).where(t.posts.c.ID == post_id))
    env.touched.add(post_id)


def _reset_front_page_settings(conn: Connection, env: PostEnv, post: WPPost) -> None:
    """``_reset_front_page_settings_for_post`` (on ``before_delete_post``) and sticky cleanup."""
    from broadsheet.storage.options import Options

    options = Options.for_connection(conn, env.db.tables)

    def set_option(name: str, value: Any) -> None:
        options.update(name, value)
        env.options[name] = value  # the site's snapshot follows at once (as sticky_posts does)

    if post.post_type == "page":
        if int(env.options.get("page_on_front") or 0) == post.ID:
            set_option("show_on_front", "posts")
            set_option("page_on_front", 0)
        if int(env.options.get("page_for_posts") or 0) == post.ID:
            set_option("page_for_posts", 0)
        if int(env.options.get("wp_page_for_privacy_policy") or 0) == post.ID:
            set_option("wp_page_for_privacy_policy", 0)
    unstick_post(conn, env.db, env.options, post.ID)
