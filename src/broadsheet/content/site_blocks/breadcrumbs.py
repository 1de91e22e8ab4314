"""``core/breadcrumbs``: Home, then the context post's ancestors or its category's, then the post.

Observed on WordPress 7.1.4 (``tests/golden/cases-block-renderer.jsonl``): a hierarchical post
type lists its parent posts; other posts list their first category by name (in the site's
collation) with that category's ancestors; the current item is the post's title, unlinked.
``prefersTaxonomy`` is not built yet (``UnsupportedBlock``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, context_post, registered_block
from broadsheet.content.site_blocks.post_terms import post_terms
from broadsheet.content.site_blocks.term_links import term_links
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.urls import esc_url
from broadsheet.query.post_rows import WPPost

__all__ = ["blocks"]


def _category_trail(site: BlockSite, post: WPPost) -> list[tuple[str, str]]:
    """(link, name) of the post's first category and its ancestors, root first."""
    taxonomy = site.taxonomy("category")
    if taxonomy is None or post.post_type not in taxonomy.object_types:
        return []
    terms = post_terms(site, post.ID, "category")
    if not terms:
        return []
    t = site.db.tables
    rows = site.conn.execute(select(t.terms.c.term_id, t.terms.c.name, t.terms.c.slug, t.term_taxonomy.c.parent)
                             .join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)
                             .where(t.term_taxonomy.c.taxonomy == "category"))
    every = {int(r.term_id): dict(r._mapping) for r in rows}
    trail, term, seen = [], terms[0], set()
    while term is not None and int(term["term_id"]) not in seen:
        seen.add(int(term["term_id"]))
        trail.insert(0, term)
        term = every.get(int(term["parent"]))
    links = term_links(site, taxonomy, trail)
    return [(links[int(term["term_id"])], str(term["name"])) for term in trail]


def _parent_trail(site: BlockSite, post: WPPost) -> list[tuple[str, str]]:
    """(link, title) of the post's parents, root first."""
    trail: list[tuple[str, str]] = []
    parent, seen = site.post(post.post_parent) if post.post_parent else None, {post.ID}
    while parent is not None and parent.ID not in seen:
        seen.add(parent.ID)
        trail.insert(0, (site.permalink(parent), site.the_title(parent)))
        parent = site.post(parent.post_parent) if parent.post_parent else None
    return trail


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The breadcrumbs block bound to ``site``."""

    def render_breadcrumbs(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        if attributes.get("prefersTaxonomy"):
            raise UnsupportedBlock("core/breadcrumbs", "prefersTaxonomy")
        post_type = site.post_type(post.post_type)
        hierarchical = bool(post_type is not None and post_type.hierarchical)
        trail = _parent_trail(site, post) if hierarchical else _category_trail(site, post)
        items = []
        if attributes.get("showHomeItem"):
            items.append(f'<li><a href="{esc_url(site.home_url("/"))}">Home</a></li>')
        items += [f'<li><a href="{esc_url(link)}">{text}</a></li>' for link, text in trail]
        if attributes.get("showCurrentItem"):
            items.append(f'<li><span aria-current="page">{site.the_title(post)}</span></li>')
        separator = esc_attr(f'"{attributes.get("separator", "/")}"')
        wrapper = block_wrapper_attributes("core/breadcrumbs", breadcrumbs, attributes, {})
        return (f'<nav style="--separator: {separator}" {wrapper} aria-label="Breadcrumbs"><ol>'
                + "".join(items) + "</ol></nav>")

    breadcrumbs = registered_block("core/breadcrumbs", render_breadcrumbs)
    return {"core/breadcrumbs": breadcrumbs}
