"""``core/categories``: ``wp_list_categories`` / ``wp_dropdown_categories`` of one taxonomy.

Terms ordered by name (the site's collation); empty ones hidden unless ``showEmpty`` (with
``showHierarchy`` an empty parent of a non-empty term stays); ``showOnlyTopLevel`` keeps parent 0;
counts are padded with the descendants' distinct published posts when the hierarchy is shown
(``_pad_term_counts``). Observed on WordPress 7.1.4 (``tests/golden/cases-block-renderer.jsonl``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from broadsheet.content.post_formats import POST_FORMAT_NAMES, TERM_PREFIX
from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.content.site_blocks.scripts import dropdown_function, inline_script
from broadsheet.content.site_blocks.term_links import term_links
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes
from broadsheet.formatting.escape import esc_attr, esc_html
from broadsheet.formatting.urls import esc_url
from broadsheet.query.term_query import TermQuery, query_terms

__all__ = ["blocks", "listed_terms", "shown_term"]

#: The dropdown's navigation script: an arrow function of ``[dropdownId, homeUrl]``.
_DROPDOWN_FUNCTION = dropdown_function("""\t\t\t\t// Only navigate if a valid term is selected (not the default "Select [taxonomy]" option)
\t\t\t\tif ( dropdown.value && dropdown.value !== '-1' && dropdown instanceof HTMLSelectElement ) {
\t\t\t\t\tconst url = new URL( homeUrl );
\t\t\t\t\turl.searchParams.set( dropdown.name, dropdown.value );
\t\t\t\t\tlocation.href = url.href;
\t\t\t\t}""")
#: The query variable a term archive is asked for by (the dropdown's ``name``).
_QUERY_VARS = {"category": "category_name", "post_tag": "tag"}


def _padded_counts(site: BlockSite, terms: list[dict[str, Any]], object_types: list[str]) -> dict[int, int]:
    """``_pad_term_counts`` over the listed terms: each one's distinct published posts, those of its
    listed descendants included; a term with none keeps its stored count."""
    by_tt = {int(t["term_taxonomy_id"]): int(t["term_id"]) for t in terms}
    parents = {int(t["term_id"]): int(t["parent"]) for t in terms}
    counts = {int(t["term_id"]): int(t["count"]) for t in terms}
    if not by_tt:
        return counts
    t = site.db.tables
    rel, posts = t.term_relationships, t.posts
    rows = site.conn.execute(
        select(rel.c.object_id, rel.c.term_taxonomy_id).join(posts, posts.c.ID == rel.c.object_id)
        .where(rel.c.term_taxonomy_id.in_(list(by_tt)), posts.c.post_type.in_(object_types),
               posts.c.post_status == "publish"))
    items: dict[int, set[int]] = {}
    for object_id, tt_id in rows:
        term, seen = by_tt[int(tt_id)], set()
        while term in parents and term not in seen:  # climb through listed terms only
            seen.add(term)
            items.setdefault(term, set()).add(int(object_id))
            term = parents[term]
    counts.update({term: len(ids) for term, ids in items.items()})
    return counts


def listed_terms(terms: list[dict[str, Any]], hide_empty: bool, hierarchical: bool, top_level: bool) -> list[dict[str, Any]]:
    """The terms ``get_terms`` returns: with ``hide_empty``, empty ones go unless (hierarchical) a
    descendant has posts."""
    children: dict[int, list[dict[str, Any]]] = {}
    for term in terms:
        children.setdefault(int(term["parent"]), []).append(term)

    def busy_descendant(term_id: int, seen: set[int]) -> bool:
        for child in children.get(term_id, []):
            child_id = int(child["term_id"])
            if child_id not in seen:
                seen.add(child_id)
                if int(child["count"]) or busy_descendant(child_id, seen):
                    return True
        return False

    listed = [t for t in terms if not top_level or int(t["parent"]) == 0]
    if hide_empty:
        listed = [t for t in listed if int(t["count"]) or
                  (hierarchical and busy_descendant(int(t["term_id"]), {int(t["term_id"])}))]
    return listed


def shown_term(term: dict[str, Any]) -> dict[str, Any]:
    """A post format term as WordPress shows it: its format's name, linked by the bare format."""
    slug = str(term["slug"])
    if term["taxonomy"] != "post_format" or not slug.startswith(TERM_PREFIX):
        return term
    bare = slug[len(TERM_PREFIX):]
    return {**term, "name": POST_FORMAT_NAMES.get(bare, term["name"]), "link_slug": bare}


def _tree(terms: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """(term, depth) in ``Walker::walk`` order: top-level terms, each followed by its descendants."""
    ids = {int(t["term_id"]) for t in terms}
    children: dict[int, list[dict[str, Any]]] = {}
    for term in terms:
        children.setdefault(int(term["parent"]), []).append(term)
    ordered: list[tuple[dict[str, Any], int]] = []

    def visit(term: dict[str, Any], depth: int) -> None:
        ordered.append((term, depth))
        for child in children.get(int(term["term_id"]), []):
            visit(child, depth + 1)

    for term in children.get(0, []):
        visit(term, 0)
    for parent, orphans in children.items():  # parents outside the list: shown at the top level, last
        if parent and parent not in ids:
            for term in orphans:
                visit(term, 0)
    return ordered


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The categories block bound to ``site``."""

    def load(attributes: dict[str, Any], taxonomy: Any) -> tuple[list[dict[str, Any]], dict[int, int]]:
        """The listed terms (by name) and the counts to show."""
        hierarchical = bool(attributes.get("showHierarchy")) and taxonomy.hierarchical
        every = [shown_term(term) for term in query_terms(site.conn, site.db, TermQuery(taxonomy=taxonomy.name, number=0))]
        listed = listed_terms(every, not attributes.get("showEmpty"), hierarchical, bool(attributes.get("showOnlyTopLevel")))
        if hierarchical and attributes.get("showPostCounts"):
            return listed, _padded_counts(site, listed, taxonomy.object_types)
        return listed, {int(t["term_id"]): int(t["count"]) for t in listed}

    def render_list(attributes: dict[str, Any], taxonomy: Any, wrapper: str) -> str:
        terms, counts = load(attributes, taxonomy)
        links = term_links(site, taxonomy, terms)
        ordered = _tree(terms) if attributes.get("showHierarchy") else [(t, 0) for t in terms]
        html, previous_depth = "", 0
        for index, (term, depth) in enumerate(ordered):
            while previous_depth > depth:
                previous_depth -= 1
                html += "\t" * previous_depth + "</ul>\n</li>\n"
            if depth > previous_depth:
                html += "\t" * previous_depth + "<ul class='children'>\n"
                previous_depth = depth
            count = f" ({counts[int(term['term_id'])]})" if attributes.get("showPostCounts") else ""
            html += (f'\t<li class="cat-item cat-item-{int(term["term_id"])}"><a href="{esc_url(links[int(term["term_id"])])}">'
                     f'{esc_attr(term["name"])}</a>{count}\n')
            has_children = index + 1 < len(ordered) and ordered[index + 1][1] > depth
            if not has_children:
                html += "</li>\n"
        while previous_depth > 0:
            previous_depth -= 1
            html += "\t" * previous_depth + "</ul>\n</li>\n"
        if not ordered:
            html = '<li class="cat-item-none">No categories</li>'
        return f"<ul {wrapper}>{html}</ul>"

    def render_dropdown(attributes: dict[str, Any], taxonomy: Any, wrapper: str, ids: Any) -> str:
        terms, counts = load(attributes, taxonomy)
        ordered = _tree(terms) if attributes.get("showHierarchy") else [(t, 0) for t in terms]
        dropdown_id = ids.unique_id("wp-block-categories-")
        options = f"\t<option value='-1'>Select {esc_html(taxonomy.singular_name)}</option>\n"
        for term, depth in ordered:
            count = f"&nbsp;&nbsp;({counts[int(term['term_id'])]})" if attributes.get("showPostCounts") else ""
            options += (f'\t<option class="level-{depth}" value="{esc_attr(term["slug"])}">'
                        f'{"&nbsp;&nbsp;&nbsp;" * depth}{esc_html(term["name"])}{count}</option>\n')
        label = attributes.get("label")
        label_text = label if isinstance(label, str) and label else taxonomy.label
        label_class = "wp-block-categories__label" + ("" if attributes.get("showLabel") else " screen-reader-text")
        name = _QUERY_VARS.get(taxonomy.name, taxonomy.name)
        return (f'<div {wrapper}><label class="{label_class}" for="{dropdown_id}">{label_text}</label>'
                f"<select  name='{name}' id='{dropdown_id}' class='postform'>\n{options}</select>"
                + inline_script(_DROPDOWN_FUNCTION, [dropdown_id, site.home_url()],
                                "build_dropdown_script_block_core_categories") + "\n</div>")

    def render_categories(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        name = str(attributes.get("taxonomy") or "category")
        dropdown = bool(attributes.get("displayAsDropdown"))
        extra = f"wp-block-categories-{'dropdown' if dropdown else 'list'} wp-block-categories-taxonomy-{name}"
        wrapper = block_wrapper_attributes("core/categories", categories, attributes, {"class": extra})
        taxonomy = site.taxonomy(name)
        if taxonomy is None and dropdown:
            # wp_dropdown_categories lists the WP_Error of an unknown taxonomy as one empty, selected term.
            dropdown_id = ids.unique_id("wp-block-categories-")
            label_class = "wp-block-categories__label" + ("" if attributes.get("showLabel") else " screen-reader-text")
            label = attributes.get("label")
            return (f'<div {wrapper}><label class="{label_class}" for="{dropdown_id}">'
                    f'{label if isinstance(label, str) else ""}</label>'
                    f"<select  name='' id='{dropdown_id}' class='postform'>\n\t<option value='-1'>Select </option>\n"
                    '\t<option class="level-0" value="" selected="selected"></option>\n</select>'
                    + inline_script(_DROPDOWN_FUNCTION, [dropdown_id, site.home_url()],
                                    "build_dropdown_script_block_core_categories") + "\n</div>")
        if taxonomy is None:
            return f"<ul {wrapper}></ul>"
        return render_dropdown(attributes, taxonomy, wrapper, ids) if dropdown else render_list(attributes, taxonomy, wrapper)

    categories = registered_block("core/categories", render_categories)
    return {"core/categories": categories}
