"""``core/post-terms``: the terms of the context post in one taxonomy, linked (WordPress 7.1.4).

Terms come by name in the site's collation (``get_the_terms``); nothing renders for a taxonomy that
is unknown or not viewable, or a post without terms in it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.content.site_blocks.term_links import term_links
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_html
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks", "post_terms"]


def post_terms(site: BlockSite, post_id: int, taxonomy: str) -> list[dict[str, Any]]:
    """``get_the_terms($post_id, $taxonomy)``: term rows (``term_id``, ``name``, ``slug``, ``parent``) by name."""
    t = site.db.tables
    terms, tt, rel = t.terms, t.term_taxonomy, t.term_relationships
    stmt = (select(terms.c.term_id, terms.c.name, terms.c.slug, tt.c.parent)
            .join(tt, tt.c.term_id == terms.c.term_id)
            .join(rel, rel.c.term_taxonomy_id == tt.c.term_taxonomy_id)
            .where(rel.c.object_id == post_id, tt.c.taxonomy == taxonomy)
            .order_by(site.db.sort_key(terms.c.name).asc(), terms.c.term_id.asc()))
    return [dict(row._mapping) for row in site.conn.execute(stmt)]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The post terms block bound to ``site``."""

    def render_post_terms(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post_id = php_int(rendered.context.get("postId") or 0)
        name = attributes.get("term")
        taxonomy = site.taxonomy(name) if post_id and isinstance(name, str) else None
        if taxonomy is None or not taxonomy.public or not taxonomy.publicly_queryable:
            return ""
        terms = post_terms(site, post_id, taxonomy.name)
        if not terms:
            return ""
        links = term_links(site, taxonomy, terms)
        separator = f'<span class="wp-block-post-terms__separator">{esc_html(str(attributes.get("separator", ", ")))}</span>'
        html = separator.join(f'<a href="{esc_url(links[int(t["term_id"])])}" rel="tag">{t["name"]}</a>' for t in terms)
        if attributes.get("prefix"):
            html = f'<span class="wp-block-post-terms__prefix">{wp_kses_post(str(attributes["prefix"]))}</span>' + html
        if attributes.get("suffix"):
            html += f'<span class="wp-block-post-terms__suffix">{wp_kses_post(str(attributes["suffix"]))}</span>'
        wrapper = block_wrapper_attributes("core/post-terms", post_terms_block, attributes,
                                           {"class": f"taxonomy-{taxonomy.name}"})
        return f"<div {wrapper}>{html}</div>"

    post_terms_block = registered_block("core/post-terms", render_post_terms)
    return {"core/post-terms": post_terms_block}
