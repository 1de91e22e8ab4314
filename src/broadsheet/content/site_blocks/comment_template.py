"""``core/comment-template``: the context post's comments as nested lists (WordPress 7.1.4).

Approved comments (and the caller's own awaiting moderation), oldest first, threaded under their
parents; each ``<li>`` carries ``comment_class``'s classes: type, ``byuser``/``comment-author-…``/
``bypostauthor``, even/odd over the whole list, thread-even/odd for top-level comments, depth. The
block renderer sends no inner blocks, so items are empty. Paged comments, unthreaded lists and
threads deeper than ``thread_comments_depth`` are not built yet (``UnsupportedBlock``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, context_post, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.sanitize import sanitize_html_class
from broadsheet.query.post_rows import WPPost

__all__ = ["blocks"]


def _comments(site: BlockSite, post_id: int) -> list[dict[str, Any]]:
    c = site.db.tables.comments
    user_id = site.current_user_id()
    visible = c.c.comment_approved == "1"
    if user_id:
        visible = or_(visible, and_(c.c.comment_approved == "0", c.c.user_id == user_id))
    stmt = (select(c.c.comment_ID, c.c.comment_parent, c.c.comment_type, c.c.user_id)
            .where(c.c.comment_post_ID == post_id, visible)
            .order_by(c.c.comment_date_gmt.asc(), c.c.comment_ID.asc()))
    return [dict(row._mapping) for row in site.conn.execute(stmt)]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The comment template bound to ``site``."""

    def classes(comment: dict[str, Any], post: WPPost, depth: int, counters: dict[str, int]) -> str:
        names = [str(comment["comment_type"] or "comment")]
        user = site.user(php_int(comment["user_id"])) if php_int(comment["user_id"]) else None
        if user is not None:
            names += ["byuser", "comment-author-" + sanitize_html_class(str(user["user_nicename"]), str(user["ID"]))]
            if php_int(user["ID"]) == post.post_author:
                names.append("bypostauthor")
        names += ["odd", "alt"] if counters["alt"] % 2 else ["even"]
        counters["alt"] += 1
        if depth == 1:
            names += ["thread-odd", "thread-alt"] if counters["thread"] % 2 else ["thread-even"]
            counters["thread"] += 1
        return " ".join(names + [f"depth-{depth}"])

    def render_comment_template(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        options = site.options
        if str(options.get("page_comments") or "") not in ("", "0"):
            raise UnsupportedBlock("core/comment-template", "page_comments")
        if str(options.get("thread_comments") or "") in ("", "0"):
            raise UnsupportedBlock("core/comment-template", "thread_comments")
        comments = _comments(site, post.ID)
        if not comments:
            return ""
        children: dict[int, list[dict[str, Any]]] = {}
        for comment in comments:
            children.setdefault(php_int(comment["comment_parent"]), []).append(comment)
        max_depth = php_int(options.get("thread_comments_depth") or 5)
        counters = {"alt": 0, "thread": 0}

        def render_list(parent: int, depth: int) -> str:
            html = ""
            for comment in children.get(parent, []):
                comment_id = php_int(comment["comment_ID"])
                html += f'<li id="comment-{comment_id}" class="{classes(comment, post, depth, counters)}">'
                if children.get(comment_id):
                    if depth >= max_depth:
                        raise UnsupportedBlock("core/comment-template", "thread_comments_depth")
                    html += f"<ol>{render_list(comment_id, depth + 1)}</ol>"
                html += "</li>"
            return html

        items = render_list(0, 1)  # comments under a hidden parent are not listed, as in WordPress
        wrapper = block_wrapper_attributes("core/comment-template", comment_template, attributes, {})
        return f"<ol {wrapper}>{items}</ol>"

    comment_template = registered_block("core/comment-template", render_comment_template)
    return {"core/comment-template": comment_template}
