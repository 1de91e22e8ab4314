"""``/wp/v2/view-config``: ``WP_REST_View_Config_Controller`` (WordPress 7.1.4).

The default admin view configuration of an entity (``kind`` + ``name``): gated by the capability
that manages that entity's list, built by ``content.view_config`` and core's callbacks in
``view_config_entities``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from broadsheet.content.view_config import LATEST_VERSION, get_entity_view_config
from broadsheet.rest.controllers.view_config_entities import register_core_view_configs
from broadsheet.rest.encoding import JSONObject
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"


@cache
def get_item_schema() -> dict[str, Any]:
    """The ``view-config`` schema (``schemas/view_config.json``, WordPress's declaration)."""
    schema: dict[str, Any] = json.loads((Path(__file__).parent / "schemas" / "view_config.json").read_text("utf-8"))
    return schema


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/view-config", [
        Endpoint(READABLE, get_items, get_items_permissions_check, {
            "kind": {"description": "Entity kind.", "type": "string", "required": True},
            "name": {"description": "Entity name.", "type": "string", "required": True},
        }),
    ], schema=get_item_schema)
    register_core_view_configs(server.site.hooks)


def get_required_capability(request: RestRequest, kind: str, name: str) -> str | None:
    """The capability gating the entity's list; None for a post type or taxonomy not in REST.

    Post types use their ``edit_posts`` cap, taxonomies ``manage_terms``, ``root`` entities
    ``manage_options`` and any other kind ``edit_posts``."""
    if kind == "postType":
        post_type = request.site.post_types.get(name)
        return post_type.cap["edit_posts"] if post_type is not None and post_type.show_in_rest else None
    if kind == "taxonomy":
        taxonomy = request.site.taxonomies.get(name)
        return taxonomy.cap["manage_terms"] if taxonomy is not None and taxonomy.show_in_rest else None
    if kind == "root":
        return "manage_options"
    return "edit_posts"


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    capability = get_required_capability(request, str(request.get_param("kind")), str(request.get_param("name")))
    if capability is None:
        return RestError("rest_view_config_invalid_entity", "Invalid entity kind or name.", 404)
    if not current_user_can(request, capability):
        return forbidden(request, "rest_cannot_read", "Sorry, you are not allowed to read view config.")
    return True


def _all_items_title(request: RestRequest, kind: str, name: str) -> str | None:
    """The post type's ``all_items`` label for a ``postType`` entity."""
    from broadsheet.rest.controllers.types import post_type_labels

    post_type = request.site.post_types.get(name) if kind == "postType" else None
    if post_type is None:
        return None
    return str(post_type_labels(post_type).get("all_items") or "") or None


def get_items(request: RestRequest) -> dict[str, Any]:
    kind, name = str(request.get_param("kind")), str(request.get_param("name"))
    config = get_entity_view_config(request.site.hooks, kind, name, _all_items_title(request, kind, name), request)
    properties = get_item_schema()["properties"]
    response: dict[str, Any] = {"kind": kind, "name": name, "version": LATEST_VERSION}
    for key in ("default_view", "default_layouts", "view_list", "form"):
        response[key] = cast_empty_objects(config.get(key), properties[key])
    return response


def _types(schema: dict[str, Any]) -> list[Any]:
    types = schema.get("type", [])
    return types if isinstance(types, list) else [types]


def cast_empty_objects(value: Any, schema: Any) -> Any:
    """Empty arrays the schema types as objects become ``{}`` (PHP writes every empty array ``[]``)."""
    if not isinstance(value, (list, dict)) or not isinstance(schema, dict):
        return value
    if "oneOf" in schema or "anyOf" in schema:
        branches = schema.get("oneOf", schema.get("anyOf")) or []
        if not value and any(isinstance(b, dict) and "object" in _types(b) for b in branches):
            return JSONObject()
        return value
    types = _types(schema)
    if "array" in types and "items" in schema:
        if isinstance(value, list):
            return [cast_empty_objects(item, schema["items"]) for item in value]
        return {key: cast_empty_objects(item, schema["items"]) for key, item in value.items()}
    if "object" in types:
        if isinstance(value, dict):
            value = dict(value)
            for prop, prop_schema in (schema.get("properties") or {}).items():
                if prop in value:
                    value[prop] = cast_empty_objects(value[prop], prop_schema)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                for key in value:
                    if key not in (schema.get("properties") or {}):
                        value[key] = cast_empty_objects(value[key], extra)
        if not value:
            return JSONObject()
    return value
