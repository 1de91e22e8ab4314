"""Capability names of post types and taxonomies, and post status visibility, as WordPress 7.1.4 registers them.

``post_type_capabilities`` mirrors ``get_post_type_capabilities`` (``wp-includes/post.php``); the
built-in types, taxonomies and statuses are those of ``create_initial_post_types`` /
``create_initial_taxonomies``. :class:`CapabilityPolicy` gathers them with the ``wp-config`` switches
that change capability mapping (``DISALLOW_UNFILTERED_HTML``, ``DISALLOW_FILE_EDIT``, multisite …).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = [
    "BUILTIN_POST_STATUSES",
    "BUILTIN_POST_TYPES",
    "BUILTIN_TAXONOMIES",
    "CapabilityPolicy",
    "PostStatus",
    "PostTypeCaps",
    "TaxonomyCaps",
    "post_type_capabilities",
]

_META_CAPS = ("edit_post", "read_post", "delete_post")


@dataclass(frozen=True)
class PostTypeCaps:
    """A post type's capability object (``WP_Post_Type::$cap``) plus its ``map_meta_cap`` flag."""

    name: str
    map_meta_cap: bool
    cap: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.cap[key]


def post_type_capabilities(
    name: str,
    capability_type: str | tuple[str, str] = "post",
    map_meta_cap: bool | None = None,
    capabilities: Mapping[str, str] | None = None,
) -> PostTypeCaps:
    """Build a post type's caps from its ``capability_type`` and overrides (``get_post_type_capabilities``).

    ``map_meta_cap`` left unset is true only for a ``post``/``page`` type with no explicit capabilities
    (``WP_Post_Type::set_props``, #14122).
    """
    if map_meta_cap is None:
        map_meta_cap = not capabilities and capability_type in ("post", "page")
    singular, plural = (
        (capability_type, capability_type + "s") if isinstance(capability_type, str) else capability_type
    )
    caps: dict[str, str] = {
        "edit_post": f"edit_{singular}",
        "read_post": f"read_{singular}",
        "delete_post": f"delete_{singular}",
        "edit_posts": f"edit_{plural}",
        "edit_others_posts": f"edit_others_{plural}",
        "delete_posts": f"delete_{plural}",
        "publish_posts": f"publish_{plural}",
        "read_private_posts": f"read_private_{plural}",
    }
    if map_meta_cap:
        caps.update(
            {
                "read": "read",
                "delete_private_posts": f"delete_private_{plural}",
                "delete_published_posts": f"delete_published_{plural}",
                "delete_others_posts": f"delete_others_{plural}",
                "edit_private_posts": f"edit_private_{plural}",
                "edit_published_posts": f"edit_published_{plural}",
            }
        )
    caps.update(capabilities or {})
    caps.setdefault("create_posts", caps["edit_posts"])
    return PostTypeCaps(name, map_meta_cap, MappingProxyType(caps))


def _taxonomy_cap(manage: str = "manage_categories", edit: str = "manage_categories",
                  delete: str = "manage_categories", assign: str = "edit_posts") -> Mapping[str, str]:
    return MappingProxyType({"manage_terms": manage, "edit_terms": edit, "delete_terms": delete, "assign_terms": assign})


@dataclass(frozen=True)
class TaxonomyCaps:
    """A taxonomy's four capabilities (``WP_Taxonomy::$cap``); defaults are WordPress's."""

    name: str
    cap: Mapping[str, str] = field(default_factory=_taxonomy_cap)


@dataclass(frozen=True)
class PostStatus:
    """The visibility flags of a post status (``get_post_status_object``)."""

    name: str
    public: bool = False
    private: bool = False
    protected: bool = False
    internal: bool = False


_THEME = "edit_theme_options"
_THEME_ALL = {
    k: _THEME
    for k in (
        "create_posts",
        "delete_posts",
        "delete_others_posts",
        "delete_private_posts",
        "delete_published_posts",
        "edit_posts",
        "edit_others_posts",
        "edit_private_posts",
        "edit_published_posts",
        "publish_posts",
        "read",
        "read_private_posts",
    )
}


def _builtin_post_types() -> dict[str, PostTypeCaps]:
    """The post types of ``create_initial_post_types`` (7.1.4)."""
    types = [
        post_type_capabilities("post"),
        post_type_capabilities("page", "page"),
        post_type_capabilities("attachment", capabilities={"create_posts": "upload_files"}, map_meta_cap=True),
        post_type_capabilities("revision"),
        post_type_capabilities(
            "nav_menu_item",
            map_meta_cap=True,
            capability_type=(_THEME, _THEME),
            capabilities={
                "edit_post": "edit_post",
                "read_post": "read_post",
                "delete_post": "delete_post",
                **{k: _THEME for k in _THEME_ALL if k not in ("read", "create_posts")},
                "read": "read",
            },
        ),
        post_type_capabilities(
            "custom_css",
            map_meta_cap=False,
            capabilities={
                "delete_posts": _THEME,
                "delete_post": _THEME,
                "delete_published_posts": _THEME,
                "delete_private_posts": _THEME,
                "delete_others_posts": _THEME,
                "edit_post": "edit_css",
                "edit_posts": "edit_css",
                "edit_others_posts": "edit_css",
                "edit_published_posts": "edit_css",
                "read_post": "read",
                "read_private_posts": "read",
                "publish_posts": _THEME,
            },
        ),
        post_type_capabilities(
            "customize_changeset",
            map_meta_cap=True,
            capability_type="customize_changeset",
            capabilities={
                **{k: "customize" for k in _THEME_ALL if k != "read"},
                "edit_post": "customize",
                "delete_post": "customize",
                "read_post": "customize",
                "edit_published_posts": "do_not_allow",
                "read": "read",
            },
        ),
        post_type_capabilities("oembed_cache"),
        post_type_capabilities("user_request"),
        post_type_capabilities(
            "wp_block",
            map_meta_cap=True,
            capability_type="block",
            capabilities={
                "read": "edit_posts",
                "create_posts": "publish_posts",
                "edit_posts": "edit_posts",
                "edit_published_posts": "edit_published_posts",
                "delete_published_posts": "delete_published_posts",
                "delete_posts": "delete_posts",
                "edit_others_posts": "edit_others_posts",
                "delete_others_posts": "delete_others_posts",
            },
        ),
        post_type_capabilities(
            "wp_template", ("template", "templates"), map_meta_cap=True, capabilities=_THEME_ALL
        ),
        post_type_capabilities("wp_template_part", map_meta_cap=True, capabilities=_THEME_ALL),
        post_type_capabilities(
            "wp_global_styles",
            map_meta_cap=True,
            capabilities={
                "read": "edit_posts",
                "create_posts": _THEME,
                "edit_posts": _THEME,
                "edit_published_posts": _THEME,
                "delete_published_posts": _THEME,
                "edit_others_posts": _THEME,
                "delete_others_posts": _THEME,
            },
        ),
        post_type_capabilities(
            "wp_navigation",
            map_meta_cap=True,
            capabilities={k: _THEME for k in _THEME_ALL if k != "read"},
        ),
    ]
    fonts = {k: _THEME for k in _THEME_ALL if k not in ("delete_private_posts", "edit_private_posts")}
    types += [
        post_type_capabilities("wp_font_family", map_meta_cap=True, capabilities=fonts),
        post_type_capabilities("wp_font_face", map_meta_cap=True, capabilities=fonts),
    ]
    return {t.name: t for t in types}


def _builtin_taxonomies() -> dict[str, TaxonomyCaps]:
    """The taxonomies of ``create_initial_taxonomies`` (7.1.4)."""
    theme = _taxonomy_cap(_THEME, _THEME, _THEME, _THEME)
    tags = _taxonomy_cap("manage_post_tags", "edit_post_tags", "delete_post_tags", "assign_post_tags")
    taxonomies = [
        TaxonomyCaps("category", _taxonomy_cap("manage_categories", "edit_categories", "delete_categories", "assign_categories")),
        TaxonomyCaps("post_tag", tags),
        TaxonomyCaps("nav_menu", theme),
        TaxonomyCaps("link_category", _taxonomy_cap("manage_links", "manage_links", "manage_links", "manage_links")),
        TaxonomyCaps("post_format"),
        TaxonomyCaps("wp_theme"),
        TaxonomyCaps("wp_template_part_area"),
        TaxonomyCaps("wp_pattern_category"),
    ]
    return {t.name: t for t in taxonomies}


_STATUSES = [
    PostStatus("publish", public=True),
    PostStatus("future", protected=True),
    PostStatus("draft", protected=True),
    PostStatus("pending", protected=True),
    PostStatus("private", private=True),
    PostStatus("trash", internal=True),
    PostStatus("auto-draft", internal=True),
    PostStatus("inherit", internal=True),
    PostStatus("request-pending", internal=True),
    PostStatus("request-confirmed", internal=True),
    PostStatus("request-failed", internal=True),
    PostStatus("request-completed", internal=True),
]

BUILTIN_POST_TYPES: Mapping[str, PostTypeCaps] = MappingProxyType(_builtin_post_types())
BUILTIN_TAXONOMIES: Mapping[str, TaxonomyCaps] = MappingProxyType(_builtin_taxonomies())
BUILTIN_POST_STATUSES: Mapping[str, PostStatus] = MappingProxyType({s.name: s for s in _STATUSES})


@dataclass
class CapabilityPolicy:
    """What ``map_meta_cap`` needs besides the objects: registered types, statuses and config switches."""

    #: name → object with ``cap`` and ``map_meta_cap`` (a dict, or a registry with ``get``/``all``).
    post_types: Any = field(default_factory=lambda: dict(BUILTIN_POST_TYPES))
    #: name → object with ``cap`` (``manage_terms`` … ``assign_terms``).
    taxonomies: Any = field(default_factory=lambda: dict(BUILTIN_TAXONOMIES))
    #: name → object with ``public`` and ``private`` flags.
    statuses: Any = field(default_factory=lambda: dict(BUILTIN_POST_STATUSES))
    #: ``DISALLOW_UNFILTERED_HTML``: nobody gets ``unfiltered_html`` (or ``edit_css``).
    disallow_unfiltered_html: bool = False
    #: ``ALLOW_UNFILTERED_UPLOADS``.
    allow_unfiltered_uploads: bool = False
    #: ``DISALLOW_FILE_EDIT``.
    disallow_file_edit: bool = False
    #: ``DISALLOW_FILE_MODS`` (no plugin/theme/core installs or updates).
    disallow_file_mods: bool = False
    multisite: bool = False
    #: Multisite super admin logins (``get_super_admins``).
    super_admins: tuple[str, ...] = ("admin",)
    _meta_caps_cache: tuple[tuple[int, ...], dict[str, str]] | None = field(default=None, repr=False, compare=False)

    def register_post_type(
        self,
        name: str,
        capability_type: str | tuple[str, str] = "post",
        map_meta_cap: bool | None = None,
        capabilities: Mapping[str, str] | None = None,
    ) -> PostTypeCaps:
        """Register (or replace) a post type's capabilities (``map_meta_cap`` defaults as WordPress's)."""
        caps = post_type_capabilities(name, capability_type, map_meta_cap, capabilities)
        self.post_types[name] = caps
        return caps

    def register_taxonomy(self, caps: TaxonomyCaps) -> None:
        """Register (or replace) a taxonomy's capabilities."""
        self.taxonomies[caps.name] = caps

    def post_type(self, name: str) -> Any:
        """The registered post type called ``name``, or None."""
        return self.post_types.get(name)

    def taxonomy(self, name: str) -> Any:
        """The registered taxonomy called ``name``, or None."""
        return self.taxonomies.get(name)

    def status(self, name: str) -> Any:
        """The registered post status called ``name``, or None."""
        return self.statuses.get(name)

    def post_type_meta_caps(self) -> dict[str, str]:
        """Custom meta caps → core meta cap (``$post_type_meta_caps``), from map_meta_cap types.

        Cached until the set of registered post type objects changes.
        """
        registered = self.post_types.all() if hasattr(self.post_types, "all") else list(self.post_types.values())
        key = tuple(map(id, registered))
        if self._meta_caps_cache is not None and self._meta_caps_cache[0] == key:
            return self._meta_caps_cache[1]
        mapping: dict[str, str] = {}
        for ptype in registered:
            if not getattr(ptype, "map_meta_cap", False):
                continue
            for core in _META_CAPS:
                custom = ptype.cap.get(core, core)
                if custom != core:
                    mapping[custom] = core
        self._meta_caps_cache = (key, mapping)
        return mapping
