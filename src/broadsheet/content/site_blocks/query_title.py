"""``core/query-title``: the title of the page's query (WordPress 7.1.4).

The block renderer has no main query, so the archive and search titles are empty; the
``post-type`` title names the global post's type (``Post Type: “Page”``, or just ``Page`` without
the prefix). Observed in ``tests/golden/cases-block-renderer.jsonl``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int

__all__ = ["blocks"]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The query title block bound to ``site``."""

    def render_query_title(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if attributes.get("type") != "post-type":
            return ""  # archive and search titles need the main query, which REST requests lack
        post = site.post(php_int(ids.post_id)) if ids.post_id else None  # the global post's type
        name = site.post_type_label(post.post_type, "singular_name") if post is not None else ""
        if not name:
            return ""
        title = f"Post Type: &#8220;{name}&#8221;" if attributes.get("showPrefix") else name
        tag = f"h{php_int(attributes.get('level', 1))}"
        wrapper = block_wrapper_attributes("core/query-title", query_title, attributes, {})
        return f"<{tag} {wrapper}>{title}</{tag}>"

    query_title = registered_block("core/query-title", render_query_title)
    return {"core/query-title": query_title}
