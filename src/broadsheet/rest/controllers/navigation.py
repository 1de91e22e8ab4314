"""``/wp/v2/navigation``: ``wp_navigation`` posts through ``WP_REST_Posts_Controller`` (WordPress 7.1.4).

The only difference from posts is ``WP_Navigation_Fallback::update_wp_navigation_post_schema``
(the ``rest_wp_navigation_item_schema`` filter): ``status``, ``content`` (raw, rendered,
block_version) and ``title.raw`` are also in the ``embed`` context, so the block editor can embed
a whole menu.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.post_types import PostType
from broadsheet.rest.controllers.posts import PostsController, register_with
from broadsheet.rest.server import RestServer

__all__ = ["NavigationController", "register_type"]


def _add_embed(prop: dict[str, Any]) -> None:
    prop["context"] = [*prop["context"], "embed"]


class NavigationController(PostsController):
    """Posts controller whose schema exposes the menu's content in ``embed`` context."""

    def build_item_schema(self, rest_url: Any) -> dict[str, Any]:
        schema = super().build_item_schema(rest_url)
        props = schema["properties"]
        _add_embed(props["status"])
        _add_embed(props["content"])
        for key in ("raw", "rendered", "block_version"):
            _add_embed(props["content"]["properties"][key])
        _add_embed(props["title"]["properties"]["raw"])
        return schema


def register_type(server: RestServer, post_type: PostType) -> None:
    register_with(server, NavigationController(server, post_type))
