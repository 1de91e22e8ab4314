"""``/wp/v2/font-collections``: the font library's collections, ``WP_REST_Font_Collections_Controller`` (7.1.4).

A collection's ``slug`` needs no data; its name, description, font families and categories come from
``get_data``, which for core's Google Fonts collection fails without outbound HTTP
(``content.font_library``): such a collection is skipped in the list (still counted in ``X-WP-Total``)
and answers its loading error, with status 500, on its own route. Reading needs ``edit_theme_options``.
"""

from __future__ import annotations

import math
from typing import Any

from broadsheet.content.font_library import FontCollection, FontCollectionError, core_font_collections
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.controllers.post_prepare import fields_for_response
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet, pagination_headers
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

__all__ = ["register", "font_collections"]

NAMESPACE, BASE = "wp/v2", "font-collections"
_DATA_FIELDS = ("name", "description", "font_families", "categories")


def font_collections(site: Any) -> list[FontCollection]:
    """The site's registered collections (core's, unless a plugin set ``site.font_collections``)."""
    collections = getattr(site, "font_collections", None)
    return list(collections) if collections is not None else core_font_collections()


def register(server: RestServer) -> None:
    collection_params = {
        "context": dict(CONTEXT_ARG),
        "page": {"description": "Current page of the collection.", "type": "integer", "default": 1, "minimum": 1},
        "per_page": {"description": "Maximum number of items to be returned in result set.", "type": "integer",
                     "default": 10, "minimum": 1, "maximum": 100},
    }
    server.register_route(NAMESPACE, f"/{BASE}", [
        Endpoint(READABLE, get_items, get_items_permissions_check, collection_params),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, rf"/{BASE}/(?P<slug>[\/\w-]+)", [
        Endpoint(READABLE, get_item, get_items_permissions_check, {"context": dict(CONTEXT_ARG)}),
    ], schema=get_item_schema)


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    if current_user_can(request, "edit_theme_options"):
        return True
    return forbidden(request, "rest_cannot_read", "Sorry, you are not allowed to access font collections.")


def get_items(request: RestRequest) -> RestResponse:
    """One page of collections; those whose data cannot be loaded are left out of the page."""
    collections = font_collections(request.site)
    page, per_page = int(request.get_param("page") or 1), int(request.get_param("per_page") or 10)
    total = len(collections)
    max_pages = math.ceil(total / per_page)
    if page > max_pages and total > 0:
        raise RestError("rest_post_invalid_page_number",
                        "The page number requested is larger than the number of pages available.", 400)
    items = []
    for collection in collections[(page - 1) * per_page: page * per_page]:
        try:
            item = prepare_item_for_response(collection, request)
        except RestError:
            continue
        if request.method != "HEAD":
            items.append(item)
    headers = pagination_headers(request, request.site.rest_url(f"/{NAMESPACE}/{BASE}"), total, per_page, page)
    return RestResponse(items, 200, headers)


def get_item(request: RestRequest) -> Any:
    slug = request.get_param("slug")
    collection = next((c for c in font_collections(request.site) if c.slug == slug), None)
    if collection is None:
        raise RestError("rest_font_collection_not_found", "Font collection not found.", 404)
    return prepare_item_for_response(collection, request)


def prepare_item_for_response(collection: FontCollection, request: RestRequest) -> dict[str, Any]:
    """``slug``, then the data fields (loaded only when asked for), then the links."""
    fields = fields_for_response(request, get_item_schema()["properties"])
    data: dict[str, Any] = {}
    if is_field_included("slug", fields):
        data["slug"] = collection.slug
    if any(name in fields for name in _DATA_FIELDS):
        try:
            loaded = collection.get_data(request.site)
        except FontCollectionError as error:
            raise RestError(error.code, error.message, 500) from error
        for name in _DATA_FIELDS:
            if is_field_included(name, fields):
                data[name] = loaded[name]
    if request.method == "HEAD":
        return {}
    if is_field_included("_links", fields):
        links = LinkSet(request)
        links.add("self", request.site.rest_url(f"/{NAMESPACE}/{BASE}/{collection.slug}"))
        links.add("collection", request.site.rest_url(f"/{NAMESPACE}/{BASE}"))
        data["_links"] = links.compact()
    return data


def get_item_schema() -> dict[str, Any]:
    def prop(description: str, kind: str, **extra: Any) -> dict[str, Any]:
        return {"description": description, "type": kind, "context": ["view", "edit", "embed"], **extra}

    return {"$schema": "http://json-schema.org/draft-04/schema#", "title": "font-collection", "type": "object",
            "properties": {
                "slug": prop("Unique identifier for the font collection.", "string", readonly=True),
                "name": prop("The name for the font collection.", "string"),
                "description": prop("The description for the font collection.", "string"),
                "font_families": prop("The font families for the font collection.", "array"),
                "categories": prop("The categories for the font collection.", "array")}}
