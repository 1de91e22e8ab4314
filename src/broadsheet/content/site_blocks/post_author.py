"""The post author's blocks: ``core/post-author``, ``core/post-author-biography``, ``core/avatar``.

Avatars are Gravatar ``<img>`` tags as ``get_avatar`` prints them (``content/avatars.py`` builds the
URLs). Observed on WordPress 7.1.4 (``tests/golden/cases-block-renderer.jsonl``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from broadsheet.content.avatars import avatar_url, show_avatars
from broadsheet.content.site_blocks import BlockSite, context_post, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks", "get_avatar"]


def get_avatar(email: str, size: int, options: Mapping[str, Any], alt: str = "", extra_class: str = "") -> str:
    """``get_avatar``: the Gravatar ``<img>`` with its 2x ``srcset``, lazily loaded."""
    src = esc_url(avatar_url(email, size, options))
    srcset = esc_url(avatar_url(email, size * 2, options)) + " 2x"
    classes = f"avatar avatar-{size} photo" + ("" if email.strip() else " avatar-default")
    classes += f" {extra_class}" if extra_class else ""
    return (f"<img alt='{esc_attr(alt)}' src='{src}' srcset='{srcset}' class='{classes}' height='{size}' "
            f"width='{size}' loading='lazy' decoding='async'/>")


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The author blocks bound to ``site``."""

    def context_author(rendered: DynamicRender) -> Mapping[str, Any] | None:
        post = context_post(site, rendered)
        return site.user(post.post_author) if post is not None else None

    def render_post_author(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        author = context_author(rendered)
        if author is None:
            return ""
        html = ""
        if attributes.get("showAvatar") and show_avatars(site.options):
            size = php_int(attributes.get("avatarSize", 48))
            html += (f'<div class="wp-block-post-author__avatar">'
                     f'{get_avatar(author["user_email"], size, site.options)}</div>')
        html += '<div class="wp-block-post-author__content">'
        if attributes.get("byline"):
            html += f'<p class="wp-block-post-author__byline">{wp_kses_post(str(attributes["byline"]))}</p>'
        name = author["display_name"]
        if attributes.get("isLink"):
            name = (f'<a href="{esc_url(site.author_url(int(author["ID"])))}" '
                    f'target="{esc_attr(str(attributes["linkTarget"]))}">{name}</a>')
        html += f'<p class="wp-block-post-author__name">{name}</p>'
        if attributes.get("showBio") and author["description"]:
            html += f'<p class="wp-block-post-author__bio">{author["description"]}</p>'
        html += "</div>"
        align = attributes.get("textAlign")
        extra = {"class": f"has-text-align-{align}"} if align else {}
        wrapper = block_wrapper_attributes("core/post-author", post_author, attributes, extra)
        return f"<div {wrapper}>{html}</div>"

    def render_biography(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        author = context_author(rendered)
        if author is None or not author["description"]:
            return ""
        wrapper = block_wrapper_attributes("core/post-author-biography", biography, attributes, {})
        return f'<div {wrapper}>{author["description"]}</div>'

    def render_avatar(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        user_id = attributes.get("userId")
        author = context_author(rendered)
        if user_id:  # an unknown user still gets the default avatar, with no name
            author = site.user(php_int(user_id)) or {"ID": 0, "display_name": "", "user_email": ""}
        if author is None:
            return ""
        size = php_int(attributes.get("size", 96))
        image = get_avatar(author["user_email"], size, site.options, f'{author["display_name"]} Avatar',
                           "wp-block-avatar__image")
        if attributes.get("isLink"):
            target = str(attributes["linkTarget"])
            label = (f'aria-label="({esc_attr(author["display_name"])} author archive, opens in a new tab)"'
                     if target == "_blank" else "")
            image = (f'<a href="{esc_url(site.author_url(int(author["ID"])))}" target="{esc_attr(target)}" '
                     f'{label} class="wp-block-avatar__link">{image}</a>')
        wrapper = block_wrapper_attributes("core/avatar", avatar, attributes, {})
        return f"<div {wrapper}>{image}</div>"

    post_author = registered_block("core/post-author", render_post_author)
    biography = registered_block("core/post-author-biography", render_biography)
    avatar = registered_block("core/avatar", render_avatar)
    return {"core/post-author": post_author, "core/post-author-biography": biography, "core/avatar": avatar}
