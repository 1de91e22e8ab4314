"""``core/tag-cloud``: ``wp_tag_cloud`` of one taxonomy (WordPress 7.1.4).

The ``numberOfTags`` terms with the most posts (ties at the cut: lowest term ids first, where
WordPress takes MariaDB's physical order), shown by name (natural,
case-insensitive); each term's size grows with ``round(log10(count + 1) * 100)`` from the smallest
to the largest font size, printed as PHP prints floats (14 significant digits).
"""

from __future__ import annotations

import math
import re
from typing import Any

from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.content.site_blocks.categories import listed_terms, shown_term
from broadsheet.content.site_blocks.term_links import term_links
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.urls import esc_url
from broadsheet.query.term_query import TermQuery, query_terms

__all__ = ["blocks", "php_float"]

_UNIT = re.compile(r"^[0-9.]+(?P<unit>[a-z%]+)$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def php_float(value: float) -> str:
    """PHP's string of a float with ``precision = 14``."""
    text = f"{value:.14G}"
    return text if "E" not in text else repr(value)


def _natural_key(name: str) -> list[Any]:
    """``strnatcasecmp``: digit runs compare as numbers, the rest case-insensitively."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.lower()) for part in re.split(r"(\d+)", name) if part]


def _floatval(value: Any) -> float:
    """PHP's ``floatval`` of a string: its leading number, else 0."""
    match = _LEADING_NUMBER.match(str(value or ""))
    return float(match.group(0)) if match else 0.0


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The tag cloud bound to ``site``."""

    def render_tag_cloud(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        wrapper = block_wrapper_attributes("core/tag-cloud", tag_cloud, attributes, {})
        taxonomy = site.taxonomy(str(attributes.get("taxonomy") or "post_tag"))
        terms: list[dict[str, Any]] = []
        if taxonomy is not None:
            # The most used terms; ties by term id, as the oracle's MariaDB picks them under LIMIT.
            # Empty terms count towards the limit; then hide_empty drops those (in a hierarchical
            # taxonomy: those without a descendant that has posts).
            every = query_terms(site.conn, site.db, TermQuery(taxonomy=taxonomy.name, number=0))
            every.sort(key=lambda t: (-int(t["count"]), int(t["term_id"])))
            chosen = every[:php_int(attributes.get("numberOfTags", 45))]
            kept = {int(t["term_id"]) for t in listed_terms(every, True, taxonomy.hierarchical, False)}
            terms = [shown_term(t) for t in chosen if int(t["term_id"]) in kept]
        if not terms:
            return f"<p {wrapper}>There&#8217;s no content to show here yet.</p>"
        terms.sort(key=lambda t: _natural_key(str(t["name"])))
        smallest_text = str(attributes.get("smallestFontSize") or "")
        unit_match = _UNIT.match(smallest_text)  # the unit comes from the smallest size alone
        unit = unit_match.group("unit") if unit_match else "pt"
        smallest, largest = _floatval(smallest_text), _floatval(attributes.get("largestFontSize"))
        scaled = {int(t["term_id"]): round(math.log10(int(t["count"]) + 1) * 100) for t in terms}
        low, high = min(scaled.values()), max(scaled.values())
        spread = (high - low) or 1
        step = (largest - smallest) / spread if largest > smallest else 0
        links = term_links(site, taxonomy, terms)
        items = []
        for position, term in enumerate(terms, 1):
            term_id, count = int(term["term_id"]), int(term["count"])
            size = php_float(smallest + (scaled[term_id] - low) * step)
            label = f"{term['name']} ({count} {'item' if count == 1 else 'items'})"
            counter = f'<span class="tag-link-count"> ({count})</span>' if attributes.get("showTagCounts") else ""
            items.append(f'<a href="{esc_url(links[term_id])}" class="tag-cloud-link tag-link-{term_id} '
                         f'tag-link-position-{position}" style="font-size: {size}{unit};" aria-label="{esc_attr(label)}">'
                         f'{term["name"]}{counter}</a>')
        return f"<p {wrapper}>" + "\n".join(items) + "</p>"

    tag_cloud = registered_block("core/tag-cloud", render_tag_cloud)
    return {"core/tag-cloud": tag_cloud}
