"""``/wp/v2/menu-locations``: the theme's classic menu locations, ``WP_REST_Menu_Locations_Controller`` (7.1.4).

The locations are the ones the theme registers (``content.nav_menus.registered_nav_menus``; none
for twentytwentyfive, so the collection is an empty object) with the menu assigned to each
(``nav_menu_locations`` theme mod). Reading needs ``edit_theme_options``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.nav_menus import get_nav_menu_locations, registered_nav_menus
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

__all__ = ["register"]

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/menu-locations", [
        Endpoint(READABLE, get_items, check_read_access, {"context": dict(CONTEXT_ARG)}),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/menu-locations/(?P<location>[\w-]+)", [
        Endpoint(READABLE, get_item, check_read_access, {
            "location": {"description": "An alphanumeric identifier for the menu location.", "type": "string"},
            "context": dict(CONTEXT_ARG),
        }),
    ], schema=get_item_schema)


def check_read_access(request: RestRequest) -> bool | RestError:
    """``check_has_read_only_access``: ``edit_theme_options``."""
    if not current_user_can(request, "edit_theme_options"):
        return forbidden(request, "rest_cannot_view", "Sorry, you are not allowed to view menu locations.")
    return True


def get_items(request: RestRequest) -> dict[str, Any]:
    """Location name -> location (an empty object when the theme registers none)."""
    return {name: prepare_item(name, description, request)
            for name, description in registered_nav_menus(request.site).items()}


def get_item(request: RestRequest) -> dict[str, Any]:
    registered = registered_nav_menus(request.site)
    name = request.get_param("location")
    if name not in registered:
        raise RestError("rest_menu_location_invalid", "Invalid menu location.", 404)
    return prepare_item(name, registered[name], request)


def prepare_item(name: str, description: str, request: RestRequest) -> dict[str, Any]:
    fields = parse_fields(request.get_param("_fields"))
    menu = get_nav_menu_locations(request.ctx.options).get(name, 0)
    data: dict[str, Any] = {}
    if is_field_included("name", fields):
        data["name"] = name
    if is_field_included("description", fields):
        data["description"] = description
    if is_field_included("menu", fields):
        data["menu"] = int(menu)
    if not fields or is_field_included("_links", fields) or is_field_included("_embedded", fields):
        links = LinkSet(request)
        links.add("self", request.site.rest_url(f"/{NAMESPACE}/menu-locations/{name}"))
        links.add("collection", request.site.rest_url(f"/{NAMESPACE}/menu-locations"))
        if menu:
            links.add("https://api.w.org/menu", request.site.rest_url(f"/wp/v2/menus/{menu}"), embeddable=True)
        data["_links"] = links.compact()
    return data


def get_item_schema() -> dict[str, Any]:
    def prop(description: str, kind: str) -> dict[str, Any]:
        return {"description": description, "type": kind, "context": ["embed", "view", "edit"], "readonly": True}

    return {"$schema": "http://json-schema.org/draft-04/schema#", "title": "menu-location", "type": "object",
            "properties": {"name": prop("The name of the menu location.", "string"),
                           "description": prop("The description of the menu location.", "string"),
                           "menu": prop("The ID of the assigned menu.", "integer")}}
