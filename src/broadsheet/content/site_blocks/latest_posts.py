"""``core/latest-posts``: the newest published posts, with optional author, date and excerpt.

Observed on WordPress 7.1.4 (``tests/golden/cases-block-renderer.jsonl``): excerpts are
``get_the_excerpt`` cut at ``excerptLength`` words; a generated one that was cut ends with "…" and a
"Read more" link instead of `` [&hellip;]``; a password-protected post shows a notice. The full post
content and featured images are not built yet (``UnsupportedBlock``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from broadsheet.formatting.php_date import php_date
from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, registered_block
from broadsheet.content.site_blocks.post_fields import local_date
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_html
from broadsheet.formatting.excerpt import EXCERPT_MORE
from broadsheet.formatting.urls import esc_url
from broadsheet.query.post_rows import WPPost, post_columns, post_from_row

__all__ = ["blocks"]


def _latest(site: BlockSite, attributes: dict[str, Any]) -> list[WPPost]:
    """The block's ``WP_Query``: published posts by date or title, of some categories or one author."""
    t = site.db.tables
    p = t.posts
    stmt = select(*post_columns(t)).where(p.c.post_type == "post", p.c.post_status == "publish")
    categories = attributes.get("categories")
    if isinstance(categories, list) and categories:
        ids = [php_int(c.get("id")) for c in categories if isinstance(c, dict) and c.get("id") is not None]
        tt, rel = t.term_taxonomy, t.term_relationships
        stmt = stmt.where(p.c.ID.in_(select(rel.c.object_id).join(tt, tt.c.term_taxonomy_id == rel.c.term_taxonomy_id)
                                     .where(tt.c.taxonomy == "category", tt.c.term_id.in_(ids or [0]))))
    if attributes.get("selectedAuthor"):
        stmt = stmt.where(p.c.post_author == php_int(attributes["selectedAuthor"]))
    column = site.db.sort_key(p.c.post_title) if attributes.get("orderBy") == "title" else p.c.post_date
    stmt = stmt.order_by(column.asc() if str(attributes.get("order")).lower() == "asc" else column.desc())
    stmt = stmt.limit(max(php_int(attributes.get("postsToShow", 5)), 0))
    return [post_from_row(row) for row in site.conn.execute(stmt).mappings()]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The latest posts block bound to ``site``."""

    def excerpt(post: WPPost, length: int, title: str) -> str:
        if post.post_password:
            return "This content is password protected."
        text = site.get_the_excerpt(post, excerpt_length=length)
        if text.endswith(EXCERPT_MORE):
            text = (text[:-len(EXCERPT_MORE)] + f'… <a class="wp-block-latest-posts__read-more" '
                    f'href="{esc_url(site.permalink(post))}" rel="noopener">Read more'
                    f'<span class="screen-reader-text">: {esc_html(title)}</span></a>')
        return text

    def render_latest_posts(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if attributes.get("displayFeaturedImage"):
            raise UnsupportedBlock("core/latest-posts", "displayFeaturedImage")
        show_content = bool(attributes.get("displayPostContent"))
        if show_content and attributes.get("displayPostContentRadio") == "full_post":
            raise UnsupportedBlock("core/latest-posts", "displayPostContentRadio")
        date_format = str(site.options.get("date_format") or "")
        items = []
        for post in _latest(site, attributes):
            title = site.the_title(post) or "(no title)"
            html = (f'<li><a class="wp-block-latest-posts__post-title" href="{esc_url(site.permalink(post))}">'
                    f"{title}</a>")
            if attributes.get("displayAuthor"):
                html += f'<div class="wp-block-latest-posts__post-author">by {site.display_name(post.post_author)}</div>'
            if attributes.get("displayPostDate"):
                when, offset, zone = local_date(site, post.post_date)
                html += (f'<time datetime="{php_date("c", when, offset, zone)}" class="wp-block-latest-posts__post-date">'
                         f"{php_date(date_format, when, offset, zone)}</time>")
            if show_content:
                length = php_int(attributes.get("excerptLength", 55))
                html += f'<div class="wp-block-latest-posts__post-excerpt">{excerpt(post, length, title)}</div>'
            items.append(html + "</li>\n")
        classes = ["wp-block-latest-posts__list"]
        if attributes.get("displayPostDate"):
            classes.append("has-dates")
        if attributes.get("displayAuthor"):
            classes.append("has-author")
        wrapper = block_wrapper_attributes("core/latest-posts", latest_posts, attributes, {"class": " ".join(classes)})
        return f"<ul {wrapper}>" + "".join(items) + "</ul>"

    latest_posts = registered_block("core/latest-posts", render_latest_posts)
    return {"core/latest-posts": latest_posts}
