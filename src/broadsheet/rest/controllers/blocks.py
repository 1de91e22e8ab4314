"""``/wp/v2/blocks``: synced patterns (``wp_block``), ``WP_REST_Blocks_Controller`` (WordPress 7.1.4).

A posts controller whose title and content are sent raw in the view context too (no
``rendered``: a pattern is edited, not displayed), whose ``wp_pattern_sync_status`` meta
(``wp_create_initial_post_meta``) is answered as a top-level field, and whose items need
``read_post`` (mapped to ``edit_posts``) even when published.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.post_types import PostType
from broadsheet.formatting.sanitize import sanitize_text_field
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.posts import PostsController, register_with
from broadsheet.rest.request import RestRequest
from broadsheet.rest.server import RestServer

__all__ = ["BlocksController", "register_type"]

#: ``register_post_meta('wp_block', 'wp_pattern_sync_status', …)``'s REST schema.
SYNC_STATUS_META = {"type": "string", "title": "", "description": "", "default": "",
                    "enum": ["partial", "unsynced"]}


class BlocksController(PostsController):
    """The posts controller of ``wp_block``."""

    def build_item_schema(self, rest_url: Any) -> dict[str, Any]:
        schema = super().build_item_schema(rest_url)
        props = schema["properties"]
        for name in ("title", "content"):
            props[name]["properties"]["raw"]["context"] = ["view", "edit"]
            del props[name]["properties"]["rendered"]
        meta = props["meta"]["properties"]
        props["meta"]["properties"] = {"wp_pattern_sync_status": dict(SYNC_STATUS_META), **meta}
        return schema

    def check_read_permission(self, request: RestRequest, post: Any, _depth: int = 0) -> bool:
        """``read_post`` first (``edit_posts`` for patterns), then the posts controller's rules."""
        if not PostData.of(request).can("read_post", post.ID):
            return False
        return super().check_read_permission(request, post, _depth)

    def filter_response_by_context(self, data: dict[str, Any], context: str) -> dict[str, Any]:
        """No ``rendered`` title or content, and the sync status moved from ``meta`` to the top level."""
        data = super().filter_response_by_context(data, context)
        for name in ("title", "content"):
            if isinstance(data.get(name), dict):
                data[name].pop("rendered", None)
        meta = data.get("meta")
        status = meta.pop("wp_pattern_sync_status", None) if isinstance(meta, dict) else None
        data["wp_pattern_sync_status"] = "" if status is None else status  # `?? ''`
        return data

    def update_meta_value(self, request: RestRequest, values: dict[str, Any], post_id: int,
                          schema: dict[str, Any]) -> None:
        """The sync status is stored through its ``sanitize_text_field`` sanitize callback."""
        if isinstance(values.get("wp_pattern_sync_status"), str):
            values = {**values, "wp_pattern_sync_status": sanitize_text_field(values["wp_pattern_sync_status"])}
        super().update_meta_value(request, values, post_id, schema)


def register_type(server: RestServer, post_type: PostType) -> None:
    register_with(server, BlocksController(server, post_type))
