"""``/wp/v2/block-renderer/{name}``: ``WP_REST_Block_Renderer_Controller`` (WordPress 7.1.4).

Renders one dynamic block from its ``attributes`` (validated against the block type's attributes)
as ``render_block`` would, optionally as seen from the post ``post_id``. Blocks come from
``formatting.render_blocks`` (pure ones) and ``content.site_blocks`` (ones that read the site); a
dynamic block broadsheet cannot render yet answers 501 ``rest_block_renderer_unsupported`` rather
than wrong HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from broadsheet.blocks import registry
from broadsheet.content.permalinks import home_url
from broadsheet.content.site_blocks import UnsupportedBlock, site_blocks
from broadsheet.formatting.blocks import ParsedBlock
from broadsheet.formatting.dynamic_blocks import DynamicBlock
from broadsheet.formatting.preset_supports import skipped_presets
from broadsheet.formatting.render_blocks import BLOCK_TYPES, dynamic_block, render_block
from broadsheet.query.post_rows import WPPost
from broadsheet.rest.controllers.post_data import PostData, php_int
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import Endpoint
from broadsheet.rest.schema_sanitize import rest_sanitize_value_from_schema
from broadsheet.rest.schema_validate import rest_validate_value_from_schema
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"


def get_item_schema() -> dict[str, Any]:
    """``{"rendered": "<html>"}``, edit context only."""
    return {
        "$schema": "http://json-schema.org/schema#",
        "title": "rendered-block",
        "type": "object",
        "properties": {
            "rendered": {"description": "The rendered block.", "type": "string", "required": True, "context": ["edit"]},
        },
    }


def _attributes_schema(request: RestRequest) -> dict[str, Any] | None:
    """The block type's attributes as a closed object schema; None for an unknown block."""
    block_type = registry.get_registered(str(request.get_param("name") or ""))
    if block_type is None:
        return None
    return {"type": "object", "properties": dict(block_type.attributes), "additionalProperties": False}


def validate_attributes(value: Any, request: RestRequest) -> bool | RestError:
    """Unknown blocks pass here (``get_item`` answers ``block_invalid``); others check their schema."""
    schema = _attributes_schema(request)
    if schema is None:
        return True
    error = rest_validate_value_from_schema(value, schema)
    return True if error is None else error


def sanitize_attributes(value: Any, request: RestRequest) -> Any:
    schema = _attributes_schema(request)
    return value if schema is None else rest_sanitize_value_from_schema(value, schema)


ARGS: dict[str, dict[str, Any]] = {
    "name": {"description": "Unique registered name for the block.", "type": "string"},
    "context": {
        "description": "Scope under which the request is made; determines fields present in response.",
        "type": "string", "enum": ["edit"], "default": "view",
    },
    "attributes": {
        "description": "Attributes for the block.", "type": "object", "default": [],
        "validate_callback": validate_attributes, "sanitize_callback": sanitize_attributes,
    },
    "post_id": {"description": "ID of the post context.", "type": "integer"},
}


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, r"/block-renderer/(?P<name>[a-z0-9-]+/[a-z0-9-]+)", [
        Endpoint(("GET", "POST"), get_item, get_item_permissions_check, ARGS),
    ], schema=get_item_schema)


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    """With a ``post_id``: ``edit_post`` on that post (which must exist); else ``edit_posts``."""
    post_id = php_int(request.get_param("post_id"))  # (int): the Allow header's unsanitised "abc" is 0
    if post_id > 0:
        post = PostData.of(request).post(post_id)
        if post is None or not current_user_can(request, "edit_post", post.ID):
            return forbidden(request, "block_cannot_read", "Sorry, you are not allowed to read blocks of this post.")
        return True
    if not current_user_can(request, "edit_posts"):
        return forbidden(request, "block_cannot_read", "Sorry, you are not allowed to read blocks as this user.")
    return True


class RequestBlockSite:
    """The ``BlockSite`` site-data blocks read, over the request's ``PostData`` caches."""

    def __init__(self, request: RestRequest, data: PostData) -> None:
        self.request = request
        self.data = data
        self.options: Mapping[str, Any] = request.ctx.options
        self.conn = data.conn
        self.db = request.site.db

    def home_url(self, path: str = "") -> str:
        return home_url(self.data.permalinks(), path)

    def post(self, post_id: int) -> WPPost | None:
        return self.data.post(post_id)

    def permalink(self, post: WPPost) -> str:
        return self.data.permalink(post)

    def permalinks(self) -> Any:
        return self.data.permalinks()

    def filtered_title(self, post: WPPost) -> str:
        from broadsheet.formatting.chains import render_title

        return render_title(post.post_title, self.data.render_context(post), self.request.site.hooks)

    def the_title(self, post: WPPost) -> str:
        from broadsheet.rest.controllers.oembed_data import get_the_title

        return get_the_title(self.request, self.data, post)

    def get_the_excerpt(self, post: WPPost, excerpt_length: int | None = None, excerpt_more: str | None = None) -> str:
        """``get_the_excerpt($post)``, with ``excerpt_length``/``excerpt_more`` filters' answers when given."""
        from dataclasses import replace

        if post.post_password:  # post_password_required(): the REST caller sends no password cookie
            return "There is no excerpt because this is a protected post."
        ctx = replace(self.data.render_context(post), post_content=post.post_content, excerpt_more=excerpt_more,
                      excerpt_length=excerpt_length)
        return str(self.request.site.hooks.apply_filters("get_the_excerpt", post.post_excerpt, ctx))

    def the_content(self, post: WPPost, content: str) -> str:
        from broadsheet.formatting.chains import render_content

        return render_content(content, self.data.render_context(post), self.request.site.hooks)

    def author_url(self, user_id: int) -> str:
        from broadsheet.content.permalinks import author_link

        source = self.data.permalinks()
        return author_link(source, user_id, source.author_nicename(user_id))

    def taxonomy(self, name: str) -> Any:
        return self.request.site.taxonomies.get(name)

    def post_type(self, name: str) -> Any:
        return self.request.site.post_types.get(name)

    def post_type_label(self, name: str, label: str) -> str:
        from broadsheet.rest.controllers.types import post_type_labels

        post_type = self.post_type(name)
        return str(post_type_labels(post_type).get(label) or "") if post_type is not None else ""

    def attachments(self) -> Any:
        return self.data.attachment_source()

    def display_name(self, user_id: int) -> str:
        user = self.user(user_id)
        return str(user["display_name"]) if user is not None else ""

    def current_user_id(self) -> int:
        user = self.request.user
        return int(getattr(user, "ID", 0) or 0) if user else 0

    def current_url(self) -> str:
        scheme = "https" if self.request.is_ssl else "http"
        return f"{scheme}://{self.request.header('host') or ''}{self.request_uri()}"

    def request_uri(self) -> str:
        query = f"?{self.request.raw_query}" if self.request.raw_query else ""
        return f"/wp-json{self.request.route}{query}"

    def current_user_can(self, capability: str) -> bool:
        return current_user_can(self.request, capability)

    def sticky_posts(self) -> list[int]:
        return self.data.sticky_posts()

    def post_class(self, post: WPPost) -> list[str]:
        from broadsheet.rest.controllers.post_prepare import class_list

        return class_list(post, self.data, password_required=bool(post.post_password))

    def query_arg(self, name: str) -> Any:
        return self.request.query.get(name)

    def logout_url(self, redirect: str) -> str:
        from broadsheet.rest.controllers.logout_url import wp_logout_url

        return wp_logout_url(self.request, redirect)

    def user(self, user_id: int) -> Mapping[str, Any] | None:
        cache: dict[int, Any] = self.request.ctx.extra.setdefault("block_users", {})
        if user_id not in cache:
            t = self.data.tables
            row = self.conn.execute(select(t.users.c.ID, t.users.c.display_name, t.users.c.user_email,
                                           t.users.c.user_nicename).where(t.users.c.ID == user_id)).first()
            description = self.conn.execute(select(t.usermeta.c.meta_value).where(
                t.usermeta.c.user_id == user_id, t.usermeta.c.meta_key == "description")).scalar()
            cache[user_id] = None if row is None else {**row._mapping, "description": description or ""}
        return cache[user_id]


def _render_context(data: PostData, post: WPPost | None) -> Any:
    """The ``RenderContext`` of the global post, or of no post (``post_id`` absent or 0)."""
    from broadsheet.formatting.chains import RenderContext, RequestState

    if post is not None:
        return data.render_context(post)
    state = data.ctx.extra.get("render_state")
    if state is None:
        state = data.ctx.extra["render_state"] = RequestState()
    return RenderContext(post_id=0, settings=data.formatting_settings(), attachments=data.attachment_source(),
                         request=state, post_lookup=data.block_post, pages=data.page_source())


def _unapplied_attributes(dynamic: DynamicBlock | None, attributes: Any) -> list[str]:
    """Attributes the wrapper cannot apply: custom values (``style``: only the colour, typography,
    border and spacing supports are ported, not dimensions, shadow, background ...) and presets the
    block places on inner elements itself."""
    if dynamic is None or not isinstance(attributes, dict):
        return []
    return (["style"] if "style" in attributes else []) + skipped_presets(dynamic.supports, attributes)


def _unsupported(name: str, attribute: str) -> RestError:
    """501 ``rest_block_renderer_unsupported`` naming the block and the attribute not built yet."""
    return RestError("rest_block_renderer_unsupported",
                     f"broadsheet cannot render the {attribute} attribute of {name} yet.", 501,
                     {"block": name, "attribute": attribute})


def get_item(request: RestRequest) -> dict[str, Any]:
    data = PostData.of(request)
    post_id = request.get_param("post_id")
    post = data.post(post_id) if post_id else None
    name = str(request.get_param("name") or "")
    block_type = registry.get_registered(name)
    if block_type is None or not block_type.is_dynamic:
        raise RestError("block_invalid", "Invalid block.", 404)
    ctx = _render_context(data, post)
    ctx.site_blocks = site_blocks(RequestBlockSite(request, data))
    dynamic, pure = dynamic_block(name, ctx), BLOCK_TYPES.get(name)
    if dynamic is None and (pure is None or pure.render is None):
        raise RestError("rest_block_renderer_unsupported",
                        f"broadsheet cannot render the dynamic block {name} yet.", 501, {"block": name})
    attributes = request.get_param("attributes")
    unapplied = _unapplied_attributes(dynamic, attributes)
    if unapplied:
        raise _unsupported(name, unapplied[0])
    block: ParsedBlock = {"blockName": name, "attrs": attributes if isinstance(attributes, dict) else {},
                          "innerBlocks": [], "innerHTML": "", "innerContent": []}
    context = {"postId": post.ID, "postType": post.post_type} if post is not None else {}
    try:
        return {"rendered": render_block(block, ctx, context)}
    except UnsupportedBlock as unsupported:
        raise _unsupported(name, unsupported.attribute) from None
