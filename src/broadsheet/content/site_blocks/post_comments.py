"""The context post's comment count, link and title (``core/post-comments-count``,
``core/post-comments-link``, ``core/comments-title``; WordPress 7.1.4).

The link reads "No comments", "1 comment" or "N comments", points at ``#respond`` or ``#comments``
(its ``href`` unquoted, as WordPress prints it), and is left out when the post's comments are
closed.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, context_post, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks"]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The comment count and link bound to ``site``."""

    def render_count(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        wrapper = block_wrapper_attributes("core/post-comments-count", count_block, attributes, {})
        return f"<div {wrapper}>{php_int(post.comment_count)}</div>"

    def render_link(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        count = php_int(post.comment_count)
        if post.comment_status != "open":
            return ""
        text = "No comments" if count == 0 else "1 comment" if count == 1 else f"{count} comments"
        anchor = "#comments" if count else "#respond"
        html = (f"<a href={esc_url(site.permalink(post) + anchor)}>{text}"
                f'<span class="screen-reader-text"> on {site.the_title(post)}</span></a>')
        wrapper = block_wrapper_attributes("core/post-comments-link", link_block, attributes, {})
        return f"<div {wrapper}>{html}</div>"

    def render_comments_title(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        count = php_int(post.comment_count) if post is not None else 0
        if post is not None and not count:
            return ""  # (without a post WordPress still prints "0 responses to “”")
        noun = "Response" if count == 1 else "Responses"
        if attributes.get("showCommentsCount"):
            text = f"One {noun.lower()}" if count == 1 else f"{count} {noun.lower()}"
        else:
            text = noun
        if attributes.get("showPostTitle"):
            text += f" to &#8220;{site.the_title(post) if post is not None else ''}&#8221;"
        tag = f"h{php_int(attributes.get('level', 2))}"
        wrapper = block_wrapper_attributes("core/comments-title", title_block, attributes, {})
        return f'<{tag} id="comments" {wrapper}>{text}</{tag}>'

    count_block = registered_block("core/post-comments-count", render_count)
    title_block = registered_block("core/comments-title", render_comments_title)
    link_block = registered_block("core/post-comments-link", render_link)
    return {"core/post-comments-count": count_block, "core/post-comments-link": link_block,
            "core/comments-title": title_block}
