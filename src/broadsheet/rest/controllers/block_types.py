"""``/wp/v2/block-types[/{namespace}[/{name}]]``: ``WP_REST_Block_Types_Controller`` (WordPress 7.1.4).

Block types come from ``broadsheet.blocks`` (core blocks from their ``block.json`` files); variations
and theme block styles are built per request from the site's types, taxonomies and active theme.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from broadsheet.blocks import registry
from broadsheet.blocks.schema import DEPRECATED_FIELDS, cached_item_schema, get_item_schema
from broadsheet.blocks.theme_blocks import template_parts, theme_blocks
from broadsheet.blocks.variations import BlockStyles, get_variations
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.schema import filter_response_by_context
from broadsheet.rest.schema_sanitize import rest_sanitize_value_from_schema
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"
_NAMESPACE_ARG = {"description": "Block namespace.", "type": "string"}

#: ``prepare_item_for_response``'s fields after ``attributes`` and ``is_dynamic``, in order.
EXTRA_FIELDS = ("api_version", "name", "title", "description", "icon", "category", "keywords", "parent", "ancestor",
                "allowed_blocks", "provides_context", "uses_context", "selectors", "supports", "styles", "textdomain",
                "example", "editor_script_handles", "script_handles", "view_script_handles",
                "view_script_module_ids", "editor_style_handles", "style_handles", "view_style_handles", "variations",
                "block_hooks") + DEPRECATED_FIELDS


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/block-types", [
        Endpoint(READABLE, get_items, get_items_permissions_check,
                 {"context": dict(CONTEXT_ARG), "namespace": dict(_NAMESPACE_ARG)}),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/block-types/(?P<namespace>[a-zA-Z0-9_-]+)", [
        Endpoint(READABLE, get_items, get_items_permissions_check,
                 {"context": dict(CONTEXT_ARG), "namespace": dict(_NAMESPACE_ARG)}),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/block-types/(?P<namespace>[a-zA-Z0-9_-]+)/(?P<name>[a-zA-Z0-9_-]+)", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {
            "name": {"description": "Block name.", "type": "string"},
            "namespace": dict(_NAMESPACE_ARG),
            "context": dict(CONTEXT_ARG),
        }),
    ], schema=get_item_schema)


def check_read_permission(request: RestRequest) -> bool | RestError:
    """Whoever may edit posts of some REST type may read block types."""
    if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
        return True
    return forbidden(request, "rest_block_type_cannot_view", "Sorry, you are not allowed to manage block types.")


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    return check_read_permission(request)


def get_items(request: RestRequest) -> list[dict[str, Any]]:
    namespace = request.get_param("namespace")
    if request.method == "HEAD":
        return []
    theme = theme_blocks(request.ctx.options)
    return [prepare_item_for_response(block_type, request, theme) for block_type in registry.core_block_types()
            if not namespace or block_type.namespace == namespace]


def _get_block(request: RestRequest) -> registry.BlockType:
    block_type = registry.get_registered(f"{request.get_param('namespace')}/{request.get_param('name')}")
    if block_type is None:
        raise RestError("rest_block_type_invalid", "Invalid block type.", 404)
    return block_type


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    check = check_read_permission(request)
    if check is not True:
        return check
    try:
        _get_block(request)
    except RestError as error:
        return error
    return True


def get_item(request: RestRequest) -> dict[str, Any]:
    return prepare_item_for_response(_get_block(request), request, theme_blocks(request.ctx.options))


def _block_styles(request: RestRequest, theme: Any) -> BlockStyles:
    """The request's block style registry (partials registered mid-request stay for its later items)."""
    styles = request.ctx.extra.get("block_styles")
    if not isinstance(styles, BlockStyles):
        styles = request.ctx.extra["block_styles"] = BlockStyles(theme[1])
    return styles


def _raw_value(block_type: registry.BlockType, name: str) -> Any:
    """``$block_type->$field`` when set, else the schema default (``isset`` semantics)."""
    value = block_type.deprecated_handle(name) if name in DEPRECATED_FIELDS else getattr(block_type, name)
    if value is None:
        value = cached_item_schema()["properties"][name].get("default", "")
    return value


@cache
def _static_fields(block_type: registry.BlockType) -> dict[str, Any]:
    """The fields that do not depend on the site, sanitised with the schema once per block type."""
    schema = cached_item_schema()["properties"]
    return {name: rest_sanitize_value_from_schema(_raw_value(block_type, name), schema[name], name)
            for name in EXTRA_FIELDS if name != "variations"}


def prepare_item_for_response(block_type: registry.BlockType, request: RestRequest, theme: Any) -> dict[str, Any]:
    """The block type's fields in WordPress's order; only requested fields are computed (variations
    have side effects on the styles of later items)."""
    schema = cached_item_schema()["properties"]
    fields = parse_fields(request.get_param("_fields")) or None
    static = _static_fields(block_type)
    data: dict[str, Any] = {}
    if is_field_included("attributes", fields):
        data["attributes"] = block_type.attributes
    if is_field_included("is_dynamic", fields):
        data["is_dynamic"] = block_type.is_dynamic
    for name in EXTRA_FIELDS:
        if not is_field_included(name, fields):
            continue
        if name == "variations":
            value = get_variations(block_type, request.site, theme, _block_styles(request, theme),
                                   lambda: template_parts(request.ctx.conn, request.site))
            data[name] = rest_sanitize_value_from_schema(value, schema[name], name)
        else:
            data[name] = static[name]  # shared, never mutated: responses are built from new containers
    if is_field_included("styles", fields):
        # Styles registered at run time (the theme's) follow block.json's; empty entries are dropped.
        registered = _block_styles(request, theme).for_block(block_type.name)
        data["styles"] = [s for s in list(data["styles"]) + registered if s]
    if request.context not in ("view", "embed", "edit"):
        data = filter_response_by_context(data, cached_item_schema(), request.context)
    # Otherwise filtering is a no-op: every property is in every context (nested ones declare none).
    if is_field_included("_links", fields) or is_field_included("_embedded", fields):
        data["_links"] = prepare_links(block_type, request)
    return data


def prepare_links(block_type: registry.BlockType, request: RestRequest) -> dict[str, Any]:
    site = request.site
    links = LinkSet(request)
    links.add("collection", site.rest_url("/wp/v2/block-types"))
    links.add("self", site.rest_url(f"/wp/v2/block-types/{block_type.name}"))
    links.add("up", site.rest_url(f"/wp/v2/block-types/{block_type.namespace}"))
    if block_type.is_dynamic:
        href = site.rest_url(f"/wp/v2/block-renderer/{block_type.name}")
        links.add("https://api.w.org/render-block", href + ("&" if "?" in href else "?") + "context=edit")
    return links.compact()
