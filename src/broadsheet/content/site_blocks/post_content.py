"""``core/post-content``: the context post's content through ``the_content`` (WordPress 7.1.4).

Page 1 of the post, up to ``<!--more-->`` (the block renderer shows no single post), wrapped in
``<div class="entry-content …">`` with the flow layout classes. A password-protected post
(WordPress filters its password form through ``the_content``) is not built yet: ``UnsupportedBlock``.
"""

from __future__ import annotations

import re
from typing import Any

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, context_post, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes
from broadsheet.formatting.excerpt import get_the_content_teaser
from broadsheet.formatting.strip import strip_tags
from broadsheet.formatting.urls import esc_url
from broadsheet.query.post_rows import WPPost

__all__ = ["blocks", "get_the_content"]

_MORE = re.compile(r"<!--more(.*?)?-->")


def get_the_content(site: BlockSite, post: WPPost) -> str:
    """``get_the_content()`` outside a single view: page 1, and at ``<!--more-->`` the teaser with
    a "(more…)" link (or the tag's own text)."""
    teaser = get_the_content_teaser(post.post_content)
    found = _MORE.search(post.post_content.split("<!--nextpage-->", 1)[0])
    if found is None:
        return teaser
    custom = strip_tags((found.group(1) or "").strip().replace("\0", ""))
    text = custom or (f'<span aria-label="Continue reading {site.the_title(post)}">(more&hellip;)</span>')
    return teaser + f' <a href="{esc_url(site.permalink(post))}#more-{post.ID}" class="more-link">{text}</a>'


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The post content block bound to ``site``."""

    def render_post_content(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        if post.post_password:
            raise UnsupportedBlock("core/post-content", "post_id")
        content = site.the_content(post, get_the_content(site, post))
        if not content:
            return ""
        wrapper = block_wrapper_attributes("core/post-content", post_content, attributes, {"class": "entry-content"})
        return f"<div {wrapper}>{content}</div>"

    post_content = registered_block("core/post-content", render_post_content)
    return {"core/post-content": post_content}
