"""``/wp/v2/types``: registered REST post types, object-keyed (``WP_REST_Post_Types_Controller``)."""

from __future__ import annotations

from typing import Any

from broadsheet.content.labels import POST_TYPE_LABEL_DEFAULTS, POST_TYPE_LABELS, derive_labels, merge_labels
from broadsheet.content.post_types import PostType
from broadsheet.rest.controllers.common import CONTEXT_ARG, links_for_registry_item
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/types", [
        Endpoint(READABLE, get_items, get_items_permissions_check, {"context": dict(CONTEXT_ARG)}),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/types/(?P<type>[\w-]+)", [
        Endpoint(READABLE, get_item, None, {
            "type": {"description": "An alphanumeric identifier for the post type.", "type": "string"},
            "context": dict(CONTEXT_ARG),
        }),
    ], schema=get_item_schema)


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    if request.context == "edit" and not can_edit_any_rest_type(request):
        return forbidden(request, "rest_cannot_view", "Sorry, you are not allowed to edit posts in this post type.")
    return True


def get_items(request: RestRequest) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for post_type in request.site.post_types.rest_types():
        if request.context == "edit" and not current_user_can(request, post_type.cap["edit_posts"]):
            continue
        data[post_type.name] = prepare_item(post_type, request)
    return data


def get_item(request: RestRequest) -> dict[str, Any]:
    post_type = request.site.post_types.get(request.get_param("type"))
    if post_type is None:
        raise RestError("rest_type_invalid", "Invalid post type.", 404)
    if not post_type.show_in_rest:
        raise forbidden(request, "rest_cannot_read_type", "Cannot view post type.")
    if request.context == "edit" and not current_user_can(request, post_type.cap["edit_posts"]):
        raise forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit posts in this post type.")
    return prepare_item(post_type, request)


def prepare_item(post_type: PostType, request: RestRequest) -> dict[str, Any]:
    """One type in the request's context, keys in WordPress's order."""
    context = request.context
    registry = request.site.taxonomies
    taxonomies = [t.name for t in registry.all() if post_type.name in t.object_types and t.show_in_rest]
    edit = context == "edit"
    full = context in ("view", "edit")
    data: dict[str, Any] = {}
    if edit:
        data["capabilities"] = dict(post_type.cap)
    if full:
        data["description"] = post_type.description
        data["hierarchical"] = post_type.hierarchical
        data["has_archive"] = post_type.has_archive
    if edit:
        data["visibility"] = {"show_in_nav_menus": post_type.show_in_nav_menus, "show_ui": post_type.show_ui}
        data["viewable"] = post_type.viewable
        data["labels"] = post_type_labels(post_type)
    data["name"] = post_type.label
    data["slug"] = post_type.name
    data["icon"] = post_type.menu_icon
    if edit:
        data["supports"] = dict(post_type.supports)
    if full:
        data["taxonomies"] = taxonomies
    data["rest_base"] = post_type.base
    data["rest_namespace"] = post_type.rest_namespace
    data["template"] = list(post_type.template)
    data["template_lock"] = post_type.template_lock
    data["_links"] = links_for_registry_item(request, "/wp/v2/types", f"/{post_type.rest_namespace}/{post_type.base}")
    return data


def post_type_labels(post_type: PostType) -> dict[str, Any]:
    """``get_post_type_labels``: the defaults merged with the type's own labels."""
    own = post_type.labels or POST_TYPE_LABELS.get(post_type.name) or derive_labels(post_type.label, post_type.singular_name)
    return merge_labels(POST_TYPE_LABEL_DEFAULTS, own, post_type.hierarchical)


def get_item_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "type",
        "type": "object",
        "properties": {
            "capabilities": {"description": "All capabilities used by the post type.", "type": "object",
                             "context": ["edit"], "readonly": True},
            "description": {"description": "A human-readable description of the post type.", "type": "string",
                            "context": ["view", "edit"], "readonly": True},
            "hierarchical": {"description": "Whether or not the post type should have children.",
                             "type": "boolean", "context": ["view", "edit"], "readonly": True},
            "viewable": {"description": "Whether or not the post type can be viewed.", "type": "boolean",
                         "context": ["edit"], "readonly": True},
            "labels": {"description": "Human-readable labels for the post type for various contexts.",
                       "type": "object", "context": ["edit"], "readonly": True},
            "name": {"description": "The title for the post type.", "type": "string",
                     "context": ["view", "edit", "embed"], "readonly": True},
            "slug": {"description": "An alphanumeric identifier for the post type.", "type": "string",
                     "context": ["view", "edit", "embed"], "readonly": True},
            "supports": {"description": "All features, supported by the post type.", "type": "object",
                         "context": ["edit"], "readonly": True},
            "has_archive": {"description": "If the value is a string, the value will be used as the archive slug. If the value is false the post type has no archive.",
                            "type": ["string", "boolean"], "context": ["view", "edit"], "readonly": True},
            "taxonomies": {"description": "Taxonomies associated with post type.", "type": "array",
                           "items": {"type": "string"}, "context": ["view", "edit"], "readonly": True},
            "rest_base": {"description": "REST base route for the post type.", "type": "string",
                          "context": ["view", "edit", "embed"], "readonly": True},
            "rest_namespace": {"description": "REST route's namespace for the post type.", "type": "string",
                               "context": ["view", "edit", "embed"], "readonly": True},
            "visibility": {"description": "The visibility settings for the post type.", "type": "object",
                           "context": ["edit"], "readonly": True, "properties": {
                               "show_ui": {"description": "Whether to generate a default UI for managing this post type.", "type": "boolean"},
                               "show_in_nav_menus": {"description": "Whether to make the post type available for selection in navigation menus.", "type": "boolean"}}},
            "icon": {"description": "The icon for the post type.", "type": ["string", "null"],
                     "context": ["view", "edit", "embed"], "readonly": True},
            "template": {"type": ["array"], "description": "The block template associated with the post type.",
                         "readonly": True, "context": ["view", "edit", "embed"]},
            "template_lock": {"type": ["string", "boolean"], "enum": ["all", "insert", "contentOnly", False],
                              "description": "The template_lock associated with the post type, or false if none.",
                              "readonly": True, "context": ["view", "edit", "embed"]},
        },
    }
