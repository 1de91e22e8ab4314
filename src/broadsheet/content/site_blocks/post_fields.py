"""Blocks that show one field of the post in their ``postId`` context.

``core/post-title``, ``core/post-date``, ``core/post-excerpt``, ``core/post-author-name`` and
``core/read-more``, as WordPress 7.1.4 renders them (``tests/golden/cases-block-renderer.jsonl``).
Each renders nothing without a ``postId`` context or for an unknown post.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from broadsheet.content.dates import wp_timezone
from broadsheet.formatting.php_date import php_date
from broadsheet.content.site_blocks import BlockSite, context_post, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.urls import esc_url
from broadsheet.formatting.words import wp_trim_words

__all__ = ["blocks", "local_date"]


def local_date(site: BlockSite, mysql_date: str) -> tuple[datetime, int, str]:
    """A post's local date with the site's UTC offset at that moment (seconds) and zone name."""
    when = datetime.strptime(mysql_date[:19], "%Y-%m-%d %H:%M:%S")
    zone = wp_timezone(site.options)
    offset = zone.utcoffset(when)
    seconds = int(offset.total_seconds()) if offset is not None else 0
    return when, seconds, str(site.options.get("timezone_string") or "UTC")


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The post field blocks bound to ``site``."""

    def render_post_title(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        title = site.the_title(post)
        if not title:
            return ""
        if attributes.get("isLink"):
            rel = attributes.get("rel") or ""
            rel_attr = f'rel="{esc_attr(str(rel))}"' if rel else ""
            title = (f'<a href="{esc_url(site.permalink(post))}" target="{esc_attr(str(attributes.get("linkTarget")))}" '
                     f"{rel_attr}>{title}</a>")
        tag = f"h{php_int(attributes.get('level', 2))}"
        wrapper = block_wrapper_attributes("core/post-title", post_title, attributes, {})
        return f"<{tag} {wrapper}>{title}</{tag}>"

    def render_post_date(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        when, offset, zone = local_date(site, post.post_date)
        fmt = attributes.get("format") or str(site.options.get("date_format") or "")
        text = php_date(fmt, when, offset, zone)
        html = f'<time datetime="{php_date("c", when, offset, zone)}">{text}</time>'
        if attributes.get("isLink"):
            html = f'<a href="{esc_url(site.permalink(post))}">{html}</a>'
        wrapper = block_wrapper_attributes("core/post-date", post_date, attributes, {})
        return f"<div {wrapper}>{html}</div>"

    def render_post_excerpt(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        # The editor's excerpt_length in REST requests: 100 words (the block trims to its own length).
        excerpt = site.get_the_excerpt(post, excerpt_length=100, excerpt_more="")
        excerpt = wp_trim_words(excerpt, php_int(attributes.get("excerptLength", 55)))
        more_text = attributes.get("moreText")
        more = (f'<a class="wp-block-post-excerpt__more-link" href="{esc_url(site.permalink(post))}">{more_text}</a>'
                if more_text else "")
        html = f'<p class="wp-block-post-excerpt__excerpt">{excerpt}'
        if attributes.get("showMoreOnNewLine") and more:
            html += f'</p><p class="wp-block-post-excerpt__more-text">{more}</p>'
        else:
            html += f" {more}</p>"
        wrapper = block_wrapper_attributes("core/post-excerpt", post_excerpt, attributes, {})
        return f"<div {wrapper}>{html}</div>"

    def render_post_author_name(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        name = site.display_name(post.post_author)
        if not name:
            return ""
        if attributes.get("isLink"):
            name = (f'<a href="{esc_url(site.author_url(post.post_author))}" target="{esc_attr(str(attributes.get("linkTarget")))}" '
                    f'class="wp-block-post-author-name__link">{name}</a>')
        wrapper = block_wrapper_attributes("core/post-author-name", post_author_name, attributes, {})
        return f"<div {wrapper}>{name}</div>"

    def render_read_more(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        title = site.the_title(post) or f"untitled post {post.ID}"
        screen_reader = f'<span class="screen-reader-text">: {title}</span>'
        text = attributes.get("content") or "Read more"
        wrapper = block_wrapper_attributes("core/read-more", read_more, attributes, {})
        return (f'<a {wrapper} href="{esc_url(site.permalink(post))}" target="{esc_attr(str(attributes.get("linkTarget")))}">'
                f"{text}{screen_reader}</a>")

    post_title = registered_block("core/post-title", render_post_title)
    post_date = registered_block("core/post-date", render_post_date)
    post_excerpt = registered_block("core/post-excerpt", render_post_excerpt)
    post_author_name = registered_block("core/post-author-name", render_post_author_name)
    read_more = registered_block("core/read-more", render_read_more)
    return {"core/post-title": post_title, "core/post-date": post_date, "core/post-excerpt": post_excerpt,
            "core/post-author-name": post_author_name, "core/read-more": read_more}
