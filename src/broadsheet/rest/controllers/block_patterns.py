"""``/wp/v2/block-patterns/categories``: ``WP_REST_Block_Pattern_Categories_Controller`` (WordPress 7.1.4).

``/wp/v2/block-patterns/patterns`` is not served: most registered patterns are the theme's PHP
files, which broadsheet does not execute.
"""

from __future__ import annotations

from typing import Any

from broadsheet.blocks.pattern_categories import registered_pattern_categories
from broadsheet.blocks.theme_blocks import theme_blocks
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.schema import filter_response_by_context
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/block-patterns/categories", [
        Endpoint(READABLE, get_categories, get_categories_permissions_check, {}),
    ], schema=category_schema)


def get_categories_permissions_check(request: RestRequest) -> bool | RestError:
    if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
        return True
    return forbidden(request, "rest_cannot_view",
                     "Sorry, you are not allowed to view the registered block pattern categories.")


def get_categories(request: RestRequest) -> list[Any]:
    if request.method == "HEAD":
        return []
    _, theme = theme_blocks(request.ctx.options)
    return [prepare_category(category, request) for category in registered_pattern_categories(theme)]


def prepare_category(category: dict[str, str], request: RestRequest) -> dict[str, Any]:
    fields = parse_fields(request.get_param("_fields")) or None
    data = {key: category[key] for key in ("name", "label", "description")
            if category.get(key) is not None and is_field_included(key, fields)}
    # The route declares no args, so ``context`` is whatever was sent (unchecked), as in WordPress.
    context = request.get_param("context")
    return dict(filter_response_by_context(data, category_schema(), context if context else "view"))


def category_schema() -> dict[str, Any]:
    def prop(description: str) -> dict[str, Any]:
        return {"description": description, "type": "string", "readonly": True, "context": ["view", "edit", "embed"]}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "block-pattern-category",
        "type": "object",
        "properties": {
            "name": prop("The category name."),
            "label": prop("The category label, in human readable format."),
            "description": prop("The category description, in human readable format."),
        },
    }
