"""``/wp/v2/widget-types[/{id}]``: ``WP_REST_Widget_Types_Controller`` reads (WordPress 7.1.4).

The ``encode`` and ``render`` routes come right after these (``widget_encode.py``).
"""

from __future__ import annotations

import html
from typing import Any

from broadsheet.content.widgets import CORE_WIDGETS, WidgetClass
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.schema import filter_response_by_context
from broadsheet.rest.schema_sanitize import rest_sanitize_value_from_schema
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"
_FIELDS = ("name", "description", "is_multi", "classname")


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/widget-types", [
        Endpoint(READABLE, get_items, get_items_permissions_check, {"context": dict(CONTEXT_ARG)}),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/widget-types/(?P<id>[a-zA-Z0-9_-]+)", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {
            "id": {"description": "The widget type id.", "type": "string"},
            "context": dict(CONTEXT_ARG),
        }),
    ], schema=get_item_schema)
    from broadsheet.rest.controllers import widget_encode

    widget_encode.register(server)


def check_read_permission(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "edit_theme_options"):
        return forbidden(request, "rest_cannot_manage_widgets", "Sorry, you are not allowed to manage widgets on this site.")
    return True


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    return check_read_permission(request)


def get_widgets() -> dict[str, WidgetClass]:
    """``get_widgets``: one entry per widget type, sorted by id (``ksort``)."""
    return dict(sorted((w.id_base, w) for w in CORE_WIDGETS))


def get_items(request: RestRequest) -> list[dict[str, Any]]:
    if request.method == "HEAD":
        return []
    return [prepare_item_for_response(widget, request) for widget in get_widgets().values()]


def _get_widget(request: RestRequest) -> WidgetClass:
    widget = get_widgets().get(str(request.get_param("id")))
    if widget is None:
        raise RestError("rest_widget_type_invalid", "Invalid widget type.", 404)
    return widget


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    check = check_read_permission(request)
    if check is not True:
        return check
    try:
        _get_widget(request)
    except RestError as error:
        return error
    return True


def get_item(request: RestRequest) -> dict[str, Any]:
    return prepare_item_for_response(_get_widget(request), request)


def prepare_item_for_response(widget: WidgetClass, request: RestRequest) -> dict[str, Any]:
    fields = parse_fields(request.get_param("_fields")) or None
    schema = get_item_schema()["properties"]
    values = {"name": html.unescape(widget.name), "description": html.unescape(widget.description),
              "is_multi": True, "classname": widget.classname}
    data: dict[str, Any] = {"id": widget.id_base}
    for name in _FIELDS:
        if is_field_included(name, fields):
            data[name] = rest_sanitize_value_from_schema(values[name], schema[name], name)
    data = filter_response_by_context(data, get_item_schema(), request.context)
    if is_field_included("_links", fields) or is_field_included("_embedded", fields):
        links = LinkSet(request)
        links.add("collection", request.site.rest_url("/wp/v2/widget-types"))
        links.add("self", request.site.rest_url(f"/wp/v2/widget-types/{widget.id_base}"))
        data["_links"] = links.compact()
    return data


def get_item_schema() -> dict[str, Any]:
    every = ["embed", "view", "edit"]
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "widget-type",
        "type": "object",
        "properties": {
            "id": {"description": "Unique slug identifying the widget type.", "type": "string", "context": every,
                   "readonly": True},
            "name": {"description": "Human-readable name identifying the widget type.", "type": "string",
                     "default": "", "context": every, "readonly": True},
            "description": {"description": "Description of the widget.", "type": "string", "default": "",
                            "context": ["view", "edit", "embed"]},
            "is_multi": {"description": "Whether the widget supports multiple instances", "type": "boolean",
                         "context": ["view", "edit", "embed"], "readonly": True},
            "classname": {"description": "Class name", "type": "string", "default": "", "context": every,
                          "readonly": True},
        },
    }
