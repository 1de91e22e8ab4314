"""``core/post-navigation-link`` (WordPress 7.1.4 ``render_block_core_post_navigation_link``).

The link to the next or previous post shows only when ``is_singular()``: a REST request runs no
main query, so the block renderer renders nothing, whatever the attributes and ``post_id``.
Observed in ``tests/golden/cases-block-renderer-more.jsonl``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender

__all__ = ["blocks"]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The post navigation link block (no site data read outside a singular main query)."""

    def render_post_navigation_link(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        return ""  # not is_singular(): the REST request has no main query

    return {"core/post-navigation-link": registered_block("core/post-navigation-link", render_post_navigation_link)}
