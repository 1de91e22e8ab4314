"""``core/post-comments-count`` and ``core/post-comments-link`` of the context post (WordPress 7.1.4).

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

    count_block = registered_block("core/post-comments-count", render_count)
    link_block = registered_block("core/post-comments-link", render_link)
    return {"core/post-comments-count": count_block, "core/post-comments-link": link_block}
