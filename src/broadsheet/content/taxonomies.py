"""Registered taxonomies (``register_taxonomy``): what core registers in WordPress 7.1.4."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Taxonomy:
    """One taxonomy's registration arguments (the parts broadsheet uses)."""

    name: str
    label: str
    singular_name: str
    object_types: list[str]
    description: str = ""
    hierarchical: bool = False
    public: bool = True
    publicly_queryable: bool = True
    show_ui: bool = True
    show_in_nav_menus: bool = True
    show_tagcloud: bool = True
    show_in_quick_edit: bool = True
    show_admin_column: bool = False
    show_in_rest: bool = False
    rest_base: str | None = None
    rest_namespace: str = "wp/v2"
    #: capability map: manage_terms, edit_terms, delete_terms, assign_terms
    cap: dict[str, str] = field(default_factory=lambda: {
        "manage_terms": "manage_categories", "edit_terms": "manage_categories",
        "delete_terms": "manage_categories", "assign_terms": "edit_posts",
    })
    #: Archive URL base when pretty permalinks are on ("category", "tag", …); None: no pretty archive.
    rewrite_slug: str | None = None
    builtin: bool = True
    #: "terms" for the generic terms controller, "menus" for ``WP_REST_Menus_Controller``.
    rest_controller: str = "terms"

    @property
    def base(self) -> str:
        return self.rest_base or self.name


def core_taxonomies() -> list[Taxonomy]:
    """The taxonomies WordPress 7.1.4 registers, in registration order (``create_initial_taxonomies``)."""
    return [
        Taxonomy("category", "Categories", "Category", ["post"], hierarchical=True, show_in_rest=True,
                 rest_base="categories", show_admin_column=True, rewrite_slug="category",
                 cap={"manage_terms": "manage_categories", "edit_terms": "edit_categories",
                      "delete_terms": "delete_categories", "assign_terms": "assign_categories"}),
        Taxonomy("post_tag", "Tags", "Tag", ["post"], show_in_rest=True, rest_base="tags",
                 show_admin_column=True, rewrite_slug="tag",
                 cap={"manage_terms": "manage_post_tags", "edit_terms": "edit_post_tags",
                      "delete_terms": "delete_post_tags", "assign_terms": "assign_post_tags"}),
        Taxonomy("nav_menu", "Navigation Menus", "Navigation Menu", ["nav_menu_item"], public=False,
                 publicly_queryable=False, show_ui=False, show_in_nav_menus=False, show_tagcloud=False,
                 show_in_quick_edit=False, show_in_rest=True, rest_base="menus", rest_controller="menus",
                 cap={"manage_terms": "edit_theme_options", "edit_terms": "edit_theme_options",
                      "delete_terms": "edit_theme_options", "assign_terms": "edit_theme_options"}),
        Taxonomy("link_category", "Link Categories", "Link Category", ["link"], public=False,
                 publicly_queryable=False, show_in_nav_menus=False,  # show_tagcloud: as show_ui (the oracle's)
                 cap={"manage_terms": "manage_links", "edit_terms": "manage_links",
                      "delete_terms": "manage_links", "assign_terms": "manage_links"}),
        Taxonomy("post_format", "Formats", "Format", ["post"], public=True, show_ui=False,
                 show_in_nav_menus=False, show_tagcloud=False, show_in_quick_edit=False, rewrite_slug="type"),
        Taxonomy("wp_theme", "Themes", "Theme", ["wp_template", "wp_template_part", "wp_global_styles"],
                 public=False, publicly_queryable=False, show_ui=False, show_in_nav_menus=False,
                 show_tagcloud=False, show_in_quick_edit=False),
        Taxonomy("wp_template_part_area", "Template Part Areas", "Template Part Area", ["wp_template_part"],
                 public=False, publicly_queryable=False, show_ui=False, show_in_nav_menus=False,
                 show_tagcloud=False, show_in_quick_edit=False),
        Taxonomy("wp_pattern_category", "Pattern Categories", "Pattern Category", ["wp_block"],
                 public=False, publicly_queryable=False, show_in_nav_menus=False, show_tagcloud=False,
                 show_admin_column=True, show_in_rest=True, rest_base="wp_pattern_category"),
    ]


class TaxonomyRegistry:
    """The site's taxonomies, in registration order."""

    def __init__(self, taxonomies: list[Taxonomy] | None = None) -> None:
        self._taxonomies: dict[str, Taxonomy] = {}
        for taxonomy in core_taxonomies() if taxonomies is None else taxonomies:
            self.register(taxonomy)

    def register(self, taxonomy: Taxonomy) -> Taxonomy:
        self._taxonomies[taxonomy.name] = taxonomy
        return taxonomy

    def get(self, name: str) -> Taxonomy | None:
        return self._taxonomies.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._taxonomies

    def all(self) -> list[Taxonomy]:
        return list(self._taxonomies.values())

    def rest_taxonomies(self) -> list[Taxonomy]:
        return [t for t in self._taxonomies.values() if t.show_in_rest]

    def generic_rest_taxonomies(self) -> list[Taxonomy]:
        """REST taxonomies served by the generic terms controller (category, post_tag, plugin ones)."""
        return [t for t in self.rest_taxonomies() if t.rest_controller == "terms"]

    def for_object_type(self, post_type: str) -> list[Taxonomy]:
        """Taxonomies attached to ``post_type``, in registration order."""
        return [t for t in self._taxonomies.values() if post_type in t.object_types]
