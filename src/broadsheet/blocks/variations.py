"""Block variations WordPress builds at request time, and the block styles registered for a block (7.1.4).

``core/navigation-link`` (filter ``get_block_type_variations``), ``core/post-terms`` and
``core/template-part`` (``variation_callback``) derive their variations from the site's post types,
taxonomies and active theme; the rest keep their ``block.json`` variations.
"""

from __future__ import annotations

from typing import Any

from broadsheet.blocks.registry import BlockType
from broadsheet.blocks.theme_blocks import TemplatePartsLoader, ThemeBlocks
from broadsheet.content.labels import POST_TYPE_LABEL_DEFAULTS, TAXONOMY_LABEL_DEFAULTS
from broadsheet.formatting.sanitize import sanitize_title
from broadsheet.themes.template_types import TEMPLATE_PART_AREAS

class BlockStyles:
    """``WP_Block_Styles_Registry`` for one request: the theme's ``init`` styles, then its partials once
    theme.json data is resolved (as a side effect of listing template parts)."""

    def __init__(self, theme: ThemeBlocks) -> None:
        self.theme = theme
        self._styles: dict[str, dict[str, dict[str, Any]]] = {}
        self._partials_registered = False
        for block_name, properties in theme.block_styles:
            self.register(block_name, dict(properties))

    def register(self, block_name: str, properties: dict[str, Any]) -> None:
        self._styles.setdefault(block_name, {})[properties["name"]] = properties

    def register_theme_partials(self) -> None:
        """``wp_register_block_style_variations_from_theme_json_partials``: new names only."""
        if self._partials_registered:
            return
        self._partials_registered = True
        for slug, title, block_types in self.theme.style_partials:
            for block_name in block_types:
                if slug not in self._styles.get(block_name, {}):
                    self.register(block_name, {"name": slug, "label": title})

    def for_block(self, block_name: str) -> list[dict[str, Any]]:
        """``get_registered_styles_for_block``, values only."""
        return list(self._styles.get(block_name, {}).values())


def get_variations(block_type: BlockType, site: Any, theme: tuple[str, ThemeBlocks],
                   styles: BlockStyles, template_parts: TemplatePartsLoader = tuple) -> list[dict[str, Any]]:
    """``WP_Block_Type::get_variations`` with core's callbacks and filter."""
    if block_type.name == "core/post-terms":
        return post_terms_variations(site)
    if block_type.name == "core/template-part":
        # get_block_templates() reads the theme's theme.json (template part titles and areas), which
        # registers the theme's block style partials for the rest of the request.
        styles.register_theme_partials()
        return template_part_variations(theme, template_parts)
    variations = list(block_type.variations or [])
    if block_type.name == "core/navigation-link":
        return navigation_link_variations(site, theme[1]) + variations
    return variations


# -- core/post-terms -------------------------------------------------------------------------------
def post_terms_variations(site: Any) -> list[dict[str, Any]]:
    """``block_core_post_terms_build_variations``: one per public REST taxonomy, built-ins first."""
    built_ins: list[dict[str, Any]] = []
    custom: list[dict[str, Any]] = []
    for taxonomy in site.taxonomies.all():
        if not (taxonomy.publicly_queryable and taxonomy.show_in_rest):
            continue
        variation: dict[str, Any] = {
            "name": taxonomy.name, "title": taxonomy.label,
            "description": f"Display a list of assigned terms from the taxonomy: {taxonomy.label}",
            "attributes": {"term": taxonomy.name}, "isActive": ["term"], "scope": ["inserter", "transform"],
        }
        if taxonomy.name == "category":
            variation["isDefault"] = True
        (built_ins if taxonomy.builtin else custom).append(variation)
    return built_ins + custom


# -- core/navigation-link --------------------------------------------------------------------------
def _link_variation(name: str, labels: dict[str, Any], defaults: dict[str, tuple[Any, Any]], singular: str,
                    kind: str) -> dict[str, Any]:
    """``build_variation_for_navigation_link``."""
    title = str(labels.get("item_link") or "")
    description = str(labels.get("item_link_description") or "")
    if title in defaults["item_link"] or title == "":
        title = f"{singular} link"
    if description in defaults["item_link_description"] or description == "":
        description = " "  # a space, so the editor does not fall back to block.json's description
    variation: dict[str, Any] = {"name": name, "title": title, "description": description,
                                 "attributes": {"type": name, "kind": kind}}
    if name == "post_tag":
        variation.update({"name": "tag", "attributes": {"type": "tag", "kind": kind}})
    elif name == "post_format":
        variation.update({"title": "Post Format Link", "description": "A link to a post format",
                          "attributes": {"type": "post_format", "kind": kind}})
    return variation


def navigation_link_variations(site: Any, theme: ThemeBlocks) -> list[dict[str, Any]]:
    """``block_core_navigation_link_build_variations``: post types then taxonomies shown in nav menus."""
    built_ins: list[dict[str, Any]] = []
    custom: list[dict[str, Any]] = []
    for post_type in site.post_types.all():
        if post_type.show_in_nav_menus:
            variation = _link_variation(post_type.name, post_type.labels, POST_TYPE_LABEL_DEFAULTS,
                                        post_type.singular_name, "post-type")
            (built_ins if post_type.builtin else custom).append(variation)
    for taxonomy in site.taxonomies.all():
        # create_initial_taxonomies: post_format is shown in nav menus when the theme supports post formats.
        shown = taxonomy.show_in_nav_menus or (taxonomy.name == "post_format" and "post-formats" in theme.theme_supports)
        if shown:
            labels = getattr(taxonomy, "labels", None) or {}
            variation = _link_variation(taxonomy.name, labels, TAXONOMY_LABEL_DEFAULTS, taxonomy.singular_name,
                                        "taxonomy")
            (built_ins if taxonomy.builtin else custom).append(variation)
    return built_ins + custom


# -- core/template-part -----------------------------------------------------------------------------
def template_part_variations(theme: tuple[str, ThemeBlocks],
                             template_parts: TemplatePartsLoader = tuple) -> list[dict[str, Any]]:
    """``build_template_part_block_variations``: area variations, then one per template part
    (``template_parts`` lists them: the theme's files and the database's)."""
    stylesheet, contributions = theme
    instances: list[dict[str, Any]] = []
    if {"block-templates", "block-template-parts"} & set(contributions.theme_supports):
        icons = {area["area"]: area["icon"] for area in TEMPLATE_PART_AREAS}
        for part in template_parts():
            attributes = {"slug": part.slug, "theme": stylesheet, "area": part.area}
            instances.append({
                "name": "instance_" + sanitize_title(part.slug),
                "title": part.title,
                # WordPress writes `description || '&nbsp;'`, a boolean: true, "1" once sanitised.
                "description": True,
                "attributes": attributes,
                "scope": [] if part.area == "navigation-overlay" else ["inserter"],
                "icon": icons.get(part.area),
                "example": {"attributes": dict(attributes)},
            })
    areas = []
    for item in TEMPLATE_PART_AREAS:
        area, label, description, icon = item["area"], item["label"], item["description"], item["icon"]
        if area in ("uncategorized", "navigation-overlay"):
            continue
        has_instance = any(v["attributes"]["area"] == area for v in instances)
        areas.append({"name": f"area_{area}", "title": label, "description": description,
                      "attributes": {"area": area}, "scope": [] if has_instance else ["inserter"], "icon": icon})
    return areas + instances
