"""``/wp/v2/statuses``: post statuses the caller may see, object-keyed (``WP_REST_Post_Statuses_Controller``)."""

from __future__ import annotations

from typing import Any

from broadsheet.content.statuses import PostStatus
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.errors import RestError
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import can_edit_any_rest_type
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/statuses", [
        Endpoint(READABLE, get_items, get_items_permissions_check, {"context": dict(CONTEXT_ARG)}),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/statuses/(?P<status>[\w-]+)", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {
            "status": {"description": "An alphanumeric identifier for the status.", "type": "string"},
            "context": dict(CONTEXT_ARG),
        }),
    ], schema=get_item_schema)


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    if request.context == "edit" and not can_edit_any_rest_type(request):
        return forbidden(request, "rest_cannot_view", "Sorry, you are not allowed to manage post statuses.")
    return True


def _readable(status: PostStatus, request: RestRequest) -> bool:
    """Public statuses for everyone; non-internal ones (and trash) for whoever edits some REST type."""
    if status.public:
        return True
    if not status.internal or status.name == "trash":
        return can_edit_any_rest_type(request)
    return False


def get_items(request: RestRequest) -> dict[str, Any]:
    return {s.name: prepare_item(s, request) for s in request.site.statuses.all()
            if _readable(s, request) and not (s.internal and s.name != "trash")}


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    status = request.site.statuses.get(request.get_param("status"))
    if status is None:
        return RestError("rest_status_invalid", "Invalid status.", 404)
    if not _readable(status, request):
        return forbidden(request, "rest_cannot_read_status", "Cannot view status.")
    return True


def get_item(request: RestRequest) -> dict[str, Any]:
    status = request.site.statuses.get(request.get_param("status"))
    assert status is not None
    return prepare_item(status, request)


def prepare_item(status: PostStatus, request: RestRequest) -> dict[str, Any]:
    edit = request.context == "edit"
    full = request.context in ("view", "edit")
    data: dict[str, Any] = {"name": status.label}
    if edit:
        data["private"] = status.private
        data["protected"] = status.protected
    if full:
        data["public"] = status.public
        data["queryable"] = status.queryable
    if edit:
        data["show_in_list"] = status.show_in_list
    data["slug"] = status.name
    if full:
        data["date_floating"] = status.date_floating
    links = LinkSet(request)
    archive = "/wp/v2/posts" if status.name == "publish" else f"/wp/v2/posts?status={status.name}"
    links.add("archives", request.site.rest_url(archive))
    data["_links"] = links.compact()
    return data


def get_item_schema() -> dict[str, Any]:
    def prop(description: str, kind: str, context: list[str]) -> dict[str, Any]:
        return {"description": description, "type": kind, "context": context, "readonly": True}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "status",
        "type": "object",
        "properties": {
            "name": prop("The title for the status.", "string", ["embed", "view", "edit"]),
            "private": prop("Whether posts with this status should be private.", "boolean", ["edit"]),
            "protected": prop("Whether posts with this status should be protected.", "boolean", ["edit"]),
            "public": prop("Whether posts of this status should be shown in the front end of the site.", "boolean", ["view", "edit"]),
            "queryable": prop("Whether posts with this status should be publicly-queryable.", "boolean", ["view", "edit"]),
            "show_in_list": prop("Whether to include posts in the edit listing for their post type.", "boolean", ["edit"]),
            "slug": prop("An alphanumeric identifier for the status.", "string", ["embed", "view", "edit"]),
            "date_floating": prop("Whether posts of this status may have floating published dates.", "boolean", ["view", "edit"]),
        },
    }
