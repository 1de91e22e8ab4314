"""Registered post types (``register_post_type``): what core registers in WordPress 7.1.4.

A ``PostTypeRegistry`` lives on the site, so plugins can register more types; the REST
controllers, capabilities and permalinks read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from broadsheet.auth.type_caps import post_type_capabilities


def post_type_caps(singular: str, plural: str, *, create: str | None = None) -> dict[str, str]:
    """The capability map of ``get_post_type_capabilities`` for a capability_type pair."""
    caps = dict(post_type_capabilities("", (singular, plural), map_meta_cap=True).cap)
    if create is not None:
        caps["create_posts"] = create
    return caps


def _theme_caps(singular: str = "post", *, read: str = "edit_theme_options", **overrides: str) -> dict[str, str]:
    """Caps of the theme-owned types: the collection caps all become ``edit_theme_options``."""
    caps = {key: "edit_theme_options" for key in post_type_caps("post", "posts")}
    caps.update(edit_post=f"edit_{singular}", read_post=f"read_{singular}", delete_post=f"delete_{singular}", read=read)
    caps.update(overrides)
    return caps


@dataclass
class PostType:
    """One post type's registration arguments (the parts broadsheet uses)."""

    name: str
    label: str
    singular_name: str
    description: str = ""
    public: bool = False
    hierarchical: bool = False
    publicly_queryable: bool = False
    show_ui: bool = False
    show_in_nav_menus: bool = False
    exclude_from_search: bool = True
    has_archive: bool | str = False
    show_in_rest: bool = False
    rest_base: str | None = None
    rest_namespace: str = "wp/v2"
    menu_icon: str | None = None
    supports: dict[str, Any] = field(default_factory=dict)
    taxonomies: list[str] = field(default_factory=list)
    cap: dict[str, str] = field(default_factory=lambda: post_type_caps("post", "posts"))
    map_meta_cap: bool = True
    template: list[Any] = field(default_factory=list)
    template_lock: bool | str = False
    builtin: bool = True
    #: Which REST controller serves the type (``rest_controller_class``): "posts" (generic),
    #: "attachments", "menu_items", "blocks", "navigation", "font_families", …; the REST layer maps it
    #: to its routes (``rest.controllers.posts.POST_TYPE_CONTROLLERS``), unknown ones get none.
    rest_controller: str = "posts"
    labels: dict[str, Any] = field(default_factory=dict)

    @property
    def base(self) -> str:
        """The REST base (route segment), defaulting to the type name."""
        return self.rest_base or self.name

    @property
    def viewable(self) -> bool:
        """``is_post_type_viewable``: built-in types must be public; others publicly queryable."""
        return self.public if self.builtin else self.publicly_queryable

    def supports_feature(self, feature: str) -> bool:
        return feature in self.supports


_POST_SUPPORTS = ["title", "editor", "author", "thumbnail", "excerpt", "trackbacks", "custom-fields",
                  "comments", "revisions", "post-formats", "autosave"]
_PAGE_SUPPORTS = ["title", "editor", "author", "thumbnail", "page-attributes", "custom-fields",
                  "comments", "revisions", "autosave"]


def _supports(features: list[str], **values: Any) -> dict[str, Any]:
    """``{feature: True}`` in order, with some features carrying arguments (``editor: [{"notes": True}]``)."""
    return {f: values.get(f, True) for f in features}


_NOTES = [{"notes": True}]


def core_post_types() -> list[PostType]:
    """The post types WordPress 7.1.4 registers, in registration order (``create_initial_post_types``)."""
    return [
        PostType("post", "Posts", "Post", public=True, publicly_queryable=True, show_ui=True,
                 show_in_nav_menus=True, exclude_from_search=False, show_in_rest=True, rest_base="posts",
                 menu_icon="dashicons-admin-post", supports=_supports(_POST_SUPPORTS, editor=_NOTES),
                 taxonomies=["category", "post_tag"]),
        PostType("page", "Pages", "Page", public=True, hierarchical=True, show_ui=True,
                 show_in_nav_menus=True, exclude_from_search=False, show_in_rest=True, rest_base="pages",
                 menu_icon="dashicons-admin-page", supports=_supports(_PAGE_SUPPORTS, editor=_NOTES),
                 cap=post_type_caps("page", "pages")),
        PostType("attachment", "Media", "Media", public=True, show_ui=True, exclude_from_search=False,
                 show_in_rest=True, rest_base="media", menu_icon="dashicons-admin-media", rest_controller="attachments",
                 supports=_supports(["title", "author", "comments"]),
                 cap=post_type_caps("post", "posts", create="upload_files")),
        PostType("revision", "Revisions", "Revision", supports=_supports(["author"])),
        PostType("nav_menu_item", "Navigation Menu Items", "Navigation Menu Item", show_in_rest=True,
                 rest_base="menu-items", rest_controller="menu_items", supports=_supports(["title", "editor", "autosave"]), taxonomies=["nav_menu"],
                 cap=_theme_caps(read="read")),
        PostType("custom_css", "Custom CSS", "Custom CSS", supports=_supports(["title", "revisions"]),
                 map_meta_cap=False, cap={
                     **post_type_caps("post", "posts"), "delete_posts": "edit_theme_options",
                     "delete_post": "edit_theme_options", "delete_published_posts": "edit_theme_options",
                     "delete_private_posts": "edit_theme_options", "delete_others_posts": "edit_theme_options",
                     "edit_post": "edit_css", "edit_posts": "edit_css", "edit_others_posts": "edit_css",
                     "edit_published_posts": "edit_css", "read_post": "read", "read_private_posts": "read",
                     "publish_posts": "edit_theme_options"}),
        PostType("customize_changeset", "Changesets", "Changeset", supports=_supports(["revisions"]),
                 cap={**{k: "customize" for k in post_type_caps("post", "posts")}, "read": "read",
                      "edit_published_posts": "do_not_allow"}),
        PostType("oembed_cache", "oEmbed Responses", "oEmbed Response"),
        PostType("user_request", "User Requests", "User Request"),
        PostType("wp_block", "Patterns", "Pattern", show_ui=True, show_in_rest=True, rest_base="blocks", rest_controller="blocks",
                 supports=_supports(["title", "excerpt", "editor", "revisions", "custom-fields", "autosave"]),
                 taxonomies=["wp_pattern_category"],
                 cap={**post_type_caps("block", "blocks"), "edit_posts": "edit_posts",
                      "edit_others_posts": "edit_others_posts", "delete_posts": "delete_posts", "read": "edit_posts",
                      "delete_published_posts": "delete_published_posts", "delete_others_posts": "delete_others_posts",
                      "edit_published_posts": "edit_published_posts", "create_posts": "publish_posts"}),
        PostType("wp_template", "Templates", "Template", description="Templates to include in your theme.",
                 show_in_rest=True, rest_base="templates", rest_controller="templates",
                 supports=_supports(["title", "slug", "excerpt", "editor", "revisions", "author", "autosave"]),
                 cap=_theme_caps("template")),
        PostType("wp_template_part", "Template Parts", "Template Part",
                 description="Template parts to include in your templates.", show_in_rest=True,
                 rest_base="template-parts", rest_controller="templates",
                 supports=_supports(["title", "slug", "excerpt", "editor", "revisions", "author", "autosave"]),
                 cap=_theme_caps()),
        PostType("wp_global_styles", "Global Styles", "Global Styles",
                 description="Global styles to include in themes.", show_in_rest=True,
                 rest_base="global-styles", rest_controller="global_styles", supports=_supports(["title", "editor", "revisions"]),
                 cap=_theme_caps(read="edit_posts", delete_posts="delete_posts", publish_posts="publish_posts",
                                 read_private_posts="read_private_posts", delete_private_posts="delete_private_posts",
                                 edit_private_posts="edit_private_posts")),
        PostType("wp_navigation", "Navigation Menus", "Navigation Menu", show_ui=True,
                 description="Navigation menus that can be inserted into your site.", show_in_rest=True,
                 rest_base="navigation", rest_controller="navigation", supports=_supports(["title", "editor", "revisions", "autosave"]),
                 cap=_theme_caps(read="read")),
        PostType("wp_font_family", "Font Families", "Font Family", show_in_rest=True,
                 rest_base="font-families", rest_controller="font_families", supports=_supports(["title"]),
                 cap=_theme_caps(delete_private_posts="delete_private_posts", edit_private_posts="edit_private_posts")),
        PostType("wp_font_face", "Font Faces", "Font Face", show_in_rest=True,
                 rest_base="font-families/(?P<font_family_id>[\\d]+)/font-faces", rest_controller="font_faces", supports=_supports(["title"]),
                 cap=_theme_caps(delete_private_posts="delete_private_posts", edit_private_posts="edit_private_posts")),
    ]


class PostTypeRegistry:
    """The site's post types, in registration order."""

    def __init__(self, types: list[PostType] | None = None) -> None:
        self._types: dict[str, PostType] = {}
        for post_type in core_post_types() if types is None else types:
            self.register(post_type)

    def register(self, post_type: PostType) -> PostType:
        """Add or replace a post type (``register_post_type``)."""
        self._types[post_type.name] = post_type
        return post_type

    def get(self, name: str) -> PostType | None:
        return self._types.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._types

    def all(self) -> list[PostType]:
        return list(self._types.values())

    def rest_types(self) -> list[PostType]:
        """Types with ``show_in_rest``, in registration order."""
        return [t for t in self._types.values() if t.show_in_rest]

    def generic_rest_types(self) -> list[PostType]:
        """REST types served by the generic posts controller (post, page, plugin types)."""
        return [t for t in self.rest_types() if t.rest_controller == "posts"]

    def by_rest_base(self, base: str) -> PostType | None:
        return next((t for t in self._types.values() if t.show_in_rest and t.base == base), None)
