"""``/wp/v2/icons`` and ``/wp/v2/icon-collections``: the registered icons for the editor.

``WP_REST_Icons_Controller`` and ``WP_REST_Icon_Collections_Controller`` (WordPress 7.1): readable
by whoever may edit posts of some REST type; the lists are not paginated (``page`` and ``per_page``
are validated, then ignored, as WordPress does).
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.icons import Icon, IconCollection, core_icon_registry
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.schema import get_collection_params, get_context_param
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"
_SLUG = r"[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?"
_COLLECTION_ARG = {
    "description": "Limit results to icons belonging to the given collection slug.",
    "type": "string",
    "pattern": "^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$",
}


def register(server: RestServer) -> None:
    icon_params = {**get_collection_params(get_icon_schema()), "collection": dict(_COLLECTION_ARG)}
    server.register_route(NAMESPACE, "/icons", [
        Endpoint(READABLE, get_icons, icons_permissions_check, icon_params),
    ], schema=get_icon_schema)
    # The route-level ``collection`` arg comes first; the collection params' definition replaces it.
    server.register_route(NAMESPACE, f"/icons/(?P<collection>{_SLUG})", [
        Endpoint(READABLE, get_icons, icons_permissions_check,
                 {"collection": dict(_COLLECTION_ARG), **icon_params}),
    ], schema=get_icon_schema)
    server.register_route(NAMESPACE, f"/icons/(?P<name>{_SLUG}/{_SLUG})", [
        Endpoint(READABLE, get_icon, icons_permissions_check, {
            "name": {"description": "Icon name.", "type": "string"},
            "context": get_context_param(get_icon_schema(), default="view"),
        }),
    ], schema=get_icon_schema)
    server.register_route(NAMESPACE, "/icon-collections", [
        Endpoint(READABLE, get_collections, collections_permissions_check,
                 get_collection_params(get_collection_schema())),
    ], schema=get_collection_schema)
    server.register_route(NAMESPACE, f"/icon-collections/(?P<slug>{_SLUG})", [
        Endpoint(READABLE, get_collection, collections_permissions_check, {
            "slug": {"description": "Icon collection slug.", "type": "string"},
            "context": get_context_param(get_collection_schema(), default="view"),
        }),
    ], schema=get_collection_schema)


# -- permissions ----------------------------------------------------------------------------------
def _can_view(request: RestRequest) -> bool:
    """``edit_posts``, or the ``edit_posts`` capability of any REST post type."""
    return current_user_can(request, "edit_posts") or can_edit_any_rest_type(request)


def icons_permissions_check(request: RestRequest) -> bool | RestError:
    if _can_view(request):
        return True
    return forbidden(request, "rest_cannot_view", "Sorry, you are not allowed to view the registered icons.")


def collections_permissions_check(request: RestRequest) -> bool | RestError:
    if _can_view(request):
        return True
    return forbidden(request, "rest_cannot_view",
                     "Sorry, you are not allowed to view the registered icon collections.")


# -- handlers -------------------------------------------------------------------------------------
def _collection_not_found(slug: Any) -> RestError:
    return RestError("rest_icon_collection_not_found", f'Icon collection not found: "{slug}".', 404)


def get_icons(request: RestRequest) -> list[dict[str, Any]]:
    """All icons matching ``search``, optionally of one ``collection``."""
    registry = core_icon_registry()
    collection = request.get_param("collection")
    if collection is not None and registry.collection(str(collection)) is None:
        raise _collection_not_found(collection)
    search = request.get_param("search")
    icons = registry.search(search if isinstance(search, str) else "")
    return [prepare_icon(icon) for icon in icons if collection is None or icon.collection == collection]


def get_icon(request: RestRequest) -> dict[str, Any]:
    name = request.get_param("name")
    icon = core_icon_registry().icon(str(name))
    if icon is None:
        raise RestError("rest_icon_not_found", f'Icon not found: "{name}".', 404)
    return prepare_icon(icon)


def get_collections(request: RestRequest) -> list[dict[str, Any]]:
    return [prepare_collection(c) for c in core_icon_registry().collections]


def get_collection(request: RestRequest) -> dict[str, Any]:
    slug = request.get_param("slug")
    collection = core_icon_registry().collection(str(slug))
    if collection is None:
        raise _collection_not_found(slug)
    return prepare_collection(collection)


def prepare_icon(icon: Icon) -> dict[str, Any]:
    """``{"name", "label", "content", "collection"}`` (every context shows every field)."""
    return {"name": icon.name, "label": icon.label, "content": icon.content, "collection": icon.collection}


def prepare_collection(collection: IconCollection) -> dict[str, Any]:
    """``{"slug", "label", "description"}``; no description key when the collection has none."""
    data: dict[str, Any] = {"slug": collection.slug, "label": collection.label}
    if collection.description is not None:
        data["description"] = collection.description
    return data


# -- schemas --------------------------------------------------------------------------------------
def _readonly(description: str) -> dict[str, Any]:
    return {"description": description, "type": "string", "readonly": True, "context": ["view", "edit", "embed"]}


def get_icon_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "icon",
        "type": "object",
        "properties": {
            "name": _readonly("The icon name."),
            "label": _readonly("The icon label."),
            "content": _readonly("The icon content (SVG markup)."),
            "collection": _readonly("The slug of the collection this icon belongs to."),
        },
    }


def get_collection_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "icon-collection",
        "type": "object",
        "properties": {
            "slug": _readonly("The icon collection slug."),
            "label": _readonly("The icon collection label."),
            "description": _readonly("The icon collection description."),
        },
    }
