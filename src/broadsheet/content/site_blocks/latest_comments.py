"""``core/latest-comments``: the newest approved comments on published posts (WordPress 7.1.4).

Each with its author (linked to their URL), the post's title linked to the comment, the date, and
the comment's 20-word excerpt or full text through ``wpautop`` (observed: no other comment filters).
Comment links name the comment page when the site pages comments (``content/comment_links.py``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from broadsheet.content.comment_links import get_comment_link
from broadsheet.formatting.php_date import php_date
from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.content.site_blocks.post_author import get_avatar
from broadsheet.content.site_blocks.post_fields import local_date
from broadsheet.formatting.autop import wpautop
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.strip import strip_tags
from broadsheet.formatting.urls import esc_url
from broadsheet.formatting.words import wp_trim_words

__all__ = ["blocks"]


def _latest(site: BlockSite, number: int) -> list[dict[str, Any]]:
    """``get_comments(['number' => …, 'status' => 'approve', 'post_status' => 'publish'])``."""
    t = site.db.tables
    c, p = t.comments, t.posts
    stmt = (select(c).join(p, p.c.ID == c.c.comment_post_ID)
            .where(c.c.comment_approved == "1", p.c.post_status == "publish")
            .order_by(c.c.comment_date_gmt.desc(), c.c.comment_ID.desc()).limit(number))
    return [dict(row._mapping) for row in site.conn.execute(stmt)]


def get_comment_excerpt(content: str) -> str:
    """``get_comment_excerpt``: the text on one line, without tags, cut at 20 words."""
    text = strip_tags(content.replace("\n", " ").replace("\r", " "))
    return wp_trim_words(text, 20, "&hellip;")


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The latest comments block bound to ``site``."""

    def avatar_email(comment: dict[str, Any]) -> str:
        user = site.user(php_int(comment["user_id"])) if php_int(comment["user_id"]) else None
        return str(user["user_email"]) if user is not None else str(comment["comment_author_email"] or "")

    def render_comment(comment: dict[str, Any], attributes: dict[str, Any], date_format: str) -> str:
        post = site.post(php_int(comment["comment_post_ID"]))
        if post is None:
            return ""
        html = '<li class="wp-block-latest-comments__comment">'
        if attributes.get("displayAvatar") and comment["comment_type"] in ("comment", ""):  # pingbacks get none
            html += get_avatar(avatar_email(comment), 48, site.options,
                               extra_class="wp-block-latest-comments__comment-avatar")
        author = comment["comment_author"] or "Anonymous"
        if comment["comment_author_url"]:
            author_html = (f'<a class="wp-block-latest-comments__comment-author" '
                           f'href="{esc_url(str(comment["comment_author_url"]))}">{author}</a>')
        else:
            author_html = f'<span class="wp-block-latest-comments__comment-author">{author}</span>'
        link = esc_url(get_comment_link(site.conn, site.db, comment, site.permalink(post), site.options))
        html += (f'<article><footer class="wp-block-latest-comments__comment-meta">{author_html} on '
                 f'<a class="wp-block-latest-comments__comment-link" href="{link}">{site.the_title(post)}</a>')
        if attributes.get("displayDate"):
            when, offset, zone = local_date(site, str(comment["comment_date"]))
            html += (f'<time datetime="{php_date("c", when, offset, zone)}" class="wp-block-latest-comments__comment-date">'
                     f"{php_date(date_format, when, offset, zone)}</time>")
        html += "</footer>"
        display = attributes.get("displayContent")
        if display in ("excerpt", "full"):
            content = str(comment["comment_content"] or "")
            text = get_comment_excerpt(content) if display == "excerpt" else content
            html += f'<div class="wp-block-latest-comments__comment-excerpt">{wpautop(text)}</div>'
        return html + "</article></li>"

    def render_latest_comments(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        comments = _latest(site, php_int(attributes.get("commentsToShow", 5)))
        classes = []
        if attributes.get("displayAvatar"):
            classes.append("has-avatars")
        if attributes.get("displayDate"):
            classes.append("has-dates")
        if attributes.get("displayContent") in ("excerpt", "full"):
            classes.append("has-excerpts")
        wrapper = block_wrapper_attributes("core/latest-comments", latest_comments, attributes,
                                           {"class": " ".join(classes)} if classes else {})
        if not comments:
            return f"<div {wrapper}>No comments to show.</div>"
        date_format = str(site.options.get("date_format") or "")
        return f"<ol {wrapper}>" + "".join(render_comment(c, attributes, date_format) for c in comments) + "</ol>"

    latest_comments = registered_block("core/latest-comments", render_latest_comments)
    return {"core/latest-comments": latest_comments}
