"""Dynamic blocks that read the site's data (archives, the site's title, a post's fields ...).

WordPress renders these with ``render_callback``s that query the database; broadsheet builds them
per request over a :class:`BlockSite` (the request's cached reads) and hands them to
``formatting.render_blocks`` through ``RenderContext.site_blocks``. One module per block family;
``SITE_BLOCK_FAMILIES`` lists them, each exposing ``blocks(site) -> {name: DynamicBlock}``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from broadsheet.blocks import registry
from broadsheet.blocks.supports import block_has_support
from broadsheet.content.permalinks import PermalinkSource
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, php_int
from broadsheet.query.post_rows import WPPost

__all__ = ["BlockSite", "SITE_BLOCK_FAMILIES", "Renderer", "UnsupportedBlock", "context_post", "registered_block",
           "site_blocks"]

#: ``render(attributes, rendered, block, ids)``, as ``DynamicBlock.render`` is called.
Renderer = Callable[[dict[str, Any], DynamicRender, Any, Any], str]

#: The modules of this package that implement blocks, one family each.
SITE_BLOCK_FAMILIES = ("site_identity", "post_fields", "post_terms", "post_author", "post_comments", "archives",
                       "categories", "tag_cloud", "latest_posts", "latest_comments", "post_content",
                       "breadcrumbs", "time_to_read", "featured_image", "query_title",
                       "calendar", "comment_template", "navigation_items", "search", "loginout", "term_fields",
                       "post_navigation_link", "context_blocks", "query_loop")


class UnsupportedBlock(Exception):
    """A block asked for in a form broadsheet does not render yet (never guessed: the caller says so)."""

    def __init__(self, block: str, attribute: str) -> None:
        super().__init__(f"{block}: {attribute}")
        self.block = block
        self.attribute = attribute


class BlockSite(Protocol):
    """What site-data blocks read: options, posts, links and the filters of the request's site."""

    @property
    def options(self) -> Mapping[str, Any]: ...

    @property
    def conn(self) -> Any: ...

    @property
    def db(self) -> Any: ...

    def home_url(self, path: str = "") -> str: ...

    def post(self, post_id: int) -> WPPost | None: ...

    def permalink(self, post: WPPost) -> str: ...

    def permalinks(self) -> PermalinkSource: ...

    def the_title(self, post: WPPost) -> str:
        """``get_the_title``: the ``the_title`` filters, with ``Protected:``/``Private:`` prefixes."""
        ...

    def filtered_title(self, post: WPPost) -> str:
        """``apply_filters('the_title', $post->post_title, $post->ID)`` (no prefixes)."""
        ...

    def get_the_excerpt(self, post: WPPost, excerpt_length: int | None = None, excerpt_more: str | None = None) -> str:
        """``get_the_excerpt``, with ``excerpt_length``/``excerpt_more`` filters' answers when given."""
        ...

    def the_content(self, post: WPPost, content: str) -> str:
        """``apply_filters('the_content', $content)`` with ``post`` as the global post."""
        ...

    def display_name(self, user_id: int) -> str: ...

    def author_url(self, user_id: int) -> str: ...

    def current_user_id(self) -> int:
        """The caller's user id (0 when anonymous)."""
        ...

    def current_url(self) -> str:
        """The URL the caller asked for (``$_SERVER['HTTP_HOST']`` and ``REQUEST_URI``)."""
        ...

    def request_uri(self) -> str:
        """``$_SERVER['REQUEST_URI']``: the path and query string the caller asked for."""
        ...

    def current_user_can(self, capability: str) -> bool:
        """``current_user_can($capability)`` for the caller."""
        ...

    def sticky_posts(self) -> list[int]:
        """The ``sticky_posts`` option as ints."""
        ...

    def post_class(self, post: WPPost) -> list[str]:
        """``get_post_class()`` of ``post`` (no password cookie reaches the renderer)."""
        ...

    def query_arg(self, name: str) -> Any:
        """``$_GET[$name]`` of the request (None when absent)."""
        ...

    def logout_url(self, redirect: str) -> str:
        """``wp_logout_url($redirect)`` for the caller (with its ``log-out`` nonce)."""
        ...

    def user(self, user_id: int) -> Mapping[str, Any] | None:
        """A user's ``ID``, ``display_name``, ``user_email``, ``user_nicename`` and ``description`` meta."""
        ...

    def attachments(self) -> Any:
        """The request's ``DatabaseAttachments`` (thumbnails, image markup)."""
        ...

    def post_type_label(self, name: str, label: str) -> str:
        """One of a registered post type's labels (``get_post_type_labels``); '' for an unknown type."""
        ...

    def post_type(self, name: str) -> Any:
        """The registered post type called ``name``, or None."""
        ...

    def taxonomy(self, name: str) -> Any:
        """The registered ``Taxonomy`` called ``name``, or None."""
        ...


def site_blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """Every site-data block bound to ``site``, by block name."""
    found: dict[str, DynamicBlock] = {}
    for family in SITE_BLOCK_FAMILIES:
        module = importlib.import_module(f"{__name__}.{family}")
        found.update(module.blocks(site))
    return found


def registered_block(name: str, render: Renderer) -> DynamicBlock:
    """A ``DynamicBlock`` with the attributes and context names of the registered block type ``name``."""
    block_type = registry.get_registered(name)
    if block_type is None:
        raise KeyError(name)
    return DynamicBlock(render=render, attributes=block_type.attributes, uses_context=tuple(block_type.uses_context or ()),
                        supports_align=block_has_support(block_type.supports or {}, "align"),
                        supports=block_type.supports or {})


def context_post(site: BlockSite, rendered: DynamicRender) -> WPPost | None:
    """The post of the block's ``postId`` context; None without one or for an unknown post."""
    post_id = php_int(rendered.context.get("postId") or 0)
    return site.post(post_id) if post_id > 0 else None
