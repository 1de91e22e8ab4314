"""``/wp/v2/taxonomies``: REST taxonomies, object-keyed (``WP_REST_Taxonomies_Controller``)."""

from __future__ import annotations

from typing import Any

from broadsheet.content.labels import TAXONOMY_LABEL_DEFAULTS, TAXONOMY_LABELS, merge_labels
from broadsheet.content.taxonomies import Taxonomy
from broadsheet.rest.encoding import JSONObject
from broadsheet.rest.controllers.common import CONTEXT_ARG, links_for_registry_item
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/taxonomies", [
        Endpoint(READABLE, get_items, get_items_permissions_check, {
            "context": dict(CONTEXT_ARG),
            "type": {"description": "Limit results to taxonomies associated with a specific post type.",
                     "type": "string"},
        }),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/taxonomies/(?P<taxonomy>[\w-]+)", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {
            "taxonomy": {"description": "An alphanumeric identifier for the taxonomy.", "type": "string"},
            "context": dict(CONTEXT_ARG),
        }),
    ], schema=get_item_schema)


def _candidates(request: RestRequest) -> list[Taxonomy]:
    wanted = request.get_param("type")
    taxonomies = request.site.taxonomies.rest_taxonomies()
    if wanted:
        taxonomies = [t for t in taxonomies if wanted in t.object_types]
    return taxonomies


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    if request.context == "edit":
        if any(current_user_can(request, t.cap["assign_terms"]) for t in _candidates(request)):
            return True
        return forbidden(request, "rest_cannot_view", "Sorry, you are not allowed to manage terms in this taxonomy.")
    return True


def get_items(request: RestRequest) -> dict[str, Any]:
    data: dict[str, Any] = JSONObject()  # an empty result is {} (WordPress casts to object)
    for taxonomy in _candidates(request):
        if request.context == "edit" and not current_user_can(request, taxonomy.cap["assign_terms"]):
            continue
        data[taxonomy.name] = prepare_item(taxonomy, request)
    return data


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    taxonomy = request.site.taxonomies.get(request.get_param("taxonomy"))
    if taxonomy is None or not taxonomy.show_in_rest:
        return True  # the handler answers rest_taxonomy_invalid
    if request.context == "edit" and not current_user_can(request, taxonomy.cap["assign_terms"]):
        return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to manage terms in this taxonomy.")
    return True


def get_item(request: RestRequest) -> dict[str, Any]:
    taxonomy = request.site.taxonomies.get(request.get_param("taxonomy"))
    if taxonomy is None or not taxonomy.show_in_rest:
        raise RestError("rest_taxonomy_invalid", "Invalid taxonomy.", 404)
    return prepare_item(taxonomy, request)


def prepare_item(taxonomy: Taxonomy, request: RestRequest) -> dict[str, Any]:
    edit = request.context == "edit"
    full = request.context in ("view", "edit")
    data: dict[str, Any] = {}
    data["name"] = taxonomy.label
    data["slug"] = taxonomy.name
    if edit:
        data["capabilities"] = dict(taxonomy.cap)
    if full:
        data["description"] = taxonomy.description
    if edit:
        data["labels"] = taxonomy_labels(taxonomy)
    if full:
        data["types"] = list(taxonomy.object_types)
    if edit:
        data["show_cloud"] = taxonomy.show_tagcloud
    if full:
        data["hierarchical"] = taxonomy.hierarchical
    data["rest_base"] = taxonomy.base
    data["rest_namespace"] = taxonomy.rest_namespace
    if edit:
        data["visibility"] = {
            "public": taxonomy.public, "publicly_queryable": taxonomy.publicly_queryable,
            "show_admin_column": taxonomy.show_admin_column, "show_in_nav_menus": taxonomy.show_in_nav_menus,
            "show_in_quick_edit": taxonomy.show_in_quick_edit, "show_ui": taxonomy.show_ui,
        }
    data["_links"] = links_for_registry_item(request, "/wp/v2/taxonomies", f"/{taxonomy.rest_namespace}/{taxonomy.base}")
    return data


def taxonomy_labels(taxonomy: Taxonomy) -> dict[str, Any]:
    """``get_taxonomy_labels``: the defaults merged with the taxonomy's own labels."""
    own = TAXONOMY_LABELS.get(taxonomy.name) or {
        "name": taxonomy.label, "singular_name": taxonomy.singular_name, "all_items": taxonomy.label,
        "menu_name": taxonomy.label, "name_admin_bar": taxonomy.singular_name, "archives": taxonomy.label,
        "template_name": f"{taxonomy.singular_name} Archives"}
    return merge_labels(TAXONOMY_LABEL_DEFAULTS, own, taxonomy.hierarchical)


def get_item_schema() -> dict[str, Any]:
    def prop(description: str, kind: Any, context: list[str], **extra: Any) -> dict[str, Any]:
        return {"description": description, "type": kind, "context": context, "readonly": True, **extra}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "taxonomy",
        "type": "object",
        "properties": {
            "capabilities": prop("All capabilities used by the taxonomy.", "object", ["edit"]),
            "description": prop("A human-readable description of the taxonomy.", "string", ["view", "edit"]),
            "hierarchical": prop("Whether or not the taxonomy should have children.", "boolean", ["view", "edit"]),
            "labels": prop("Human-readable labels for the taxonomy for various contexts.", "object", ["edit"]),
            "name": prop("The title for the taxonomy.", "string", ["view", "edit", "embed"]),
            "slug": prop("An alphanumeric identifier for the taxonomy.", "string", ["view", "edit", "embed"]),
            "show_cloud": prop("Whether or not the term cloud should be displayed.", "boolean", ["edit"]),
            "types": prop("Types associated with the taxonomy.", "array", ["view", "edit"], items={"type": "string"}),
            "rest_base": prop("REST base route for the taxonomy.", "string", ["view", "edit", "embed"]),
            "rest_namespace": prop("REST namespace route for the taxonomy.", "string", ["view", "edit", "embed"]),
            "visibility": prop("The visibility settings for the taxonomy.", "object", ["edit"]),
        },
    }
