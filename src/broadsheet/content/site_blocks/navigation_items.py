"""``core/home-link``: a navigation item linking to the site's home page (WordPress 7.1.4).

The colour and font-size classes a parent ``core/navigation`` passes as context are not applied
yet (the block renderer renders the item alone, without such context).
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks"]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The home link bound to ``site``."""

    def render_home_link(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        label = attributes.get("label")
        html = wp_kses_post(label) if isinstance(label, str) and label else "Home"
        description = attributes.get("description")
        if isinstance(description, str) and description:
            html += f'<span class="wp-block-navigation-item__description">{wp_kses_post(description)}</span>'
        target = ' target="_blank"' if attributes.get("opensInNewTab") else ""
        wrapper = block_wrapper_attributes("core/home-link", home_link, attributes, {"class": "wp-block-navigation-item"})
        return (f'<li {wrapper}><a class="wp-block-home-link__content wp-block-navigation-item__content" '
                f'href="{esc_url(site.home_url())}" rel="home" {target}>{html}</a></li>')

    home_link = registered_block("core/home-link", render_home_link)
    return {"core/home-link": home_link}
