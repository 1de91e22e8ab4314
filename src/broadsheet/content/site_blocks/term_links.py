"""Term archive links for the blocks that list terms (``get_term_link``, ancestors' slugs included)."""

from __future__ import annotations

from typing import Any

from broadsheet.content.permalinks import term_link
from broadsheet.content.site_blocks import BlockSite
from broadsheet.query.term_query import load_ancestor_slugs

__all__ = ["term_links"]


def term_links(site: BlockSite, taxonomy: Any, terms: list[dict[str, Any]]) -> dict[int, str]:
    """``{term_id: link}`` for ``terms`` of ``taxonomy`` (a ``link_slug`` key overrides the slug)."""
    parents = {int(t["term_id"]): int(t["parent"]) for t in terms}
    slugs = load_ancestor_slugs(site.conn, site.db, taxonomy.name, parents) if taxonomy.hierarchical else {}
    links: dict[int, str] = {}
    for term in terms:
        ancestors: list[str] = []
        parent, seen = int(term["parent"]), set()
        while taxonomy.hierarchical and parent and parent in slugs and parent not in seen:
            seen.add(parent)
            ancestors.insert(0, slugs[parent][0])
            parent = slugs[parent][1]
        links[int(term["term_id"])] = term_link(
            site.permalinks(), term_id=int(term["term_id"]), slug=term.get("link_slug", term["slug"]),
            taxonomy=taxonomy.name, ancestors=ancestors, rewrite_slug=taxonomy.rewrite_slug,
            query_var=taxonomy.publicly_queryable)
    return links
