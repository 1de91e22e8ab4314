"""``/wp/v2/block-patterns/patterns`` and ``/categories``: ``WP_REST_Block_Patterns_Controller`` and
``WP_REST_Block_Pattern_Categories_Controller`` (WordPress 7.1.4).

The patterns are core's and the active theme's (``blocks.block_patterns``); remote ones need
outbound HTTP, which broadsheet does not make (the oracle blocks it too).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from broadsheet.blocks.block_patterns import get_all_registered
from broadsheet.blocks.pattern_categories import registered_pattern_categories
from broadsheet.blocks.theme_blocks import theme_blocks
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.schema import filter_response_by_context
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.themes.block_templates import resolve_content_patterns
from broadsheet.themes.theme import Theme, active_theme, get_theme, theme_root_uri

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/block-patterns/patterns", [
        Endpoint(READABLE, get_patterns, get_patterns_permissions_check, {}),
    ], schema=pattern_schema)
    server.register_route(NAMESPACE, "/block-patterns/categories", [
        Endpoint(READABLE, get_categories, get_categories_permissions_check, {}),
    ], schema=category_schema)


def get_categories_permissions_check(request: RestRequest) -> bool | RestError:
    if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
        return True
    return forbidden(request, "rest_cannot_view",
                     "Sorry, you are not allowed to view the registered block pattern categories.")


def get_patterns_permissions_check(request: RestRequest) -> bool | RestError:
    if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
        return True
    return forbidden(request, "rest_cannot_view", "Sorry, you are not allowed to view the registered block patterns.")


#: ``$categories_migration``: old core category slugs and their replacements.
CATEGORIES_MIGRATION = {"buttons": "call-to-action", "columns": "text", "query": "posts"}
#: Registered pattern property -> REST field, in the response's order.
_PATTERN_FIELDS = (("name", "name"), ("title", "title"), ("content", "content"), ("description", "description"),
                   ("viewportWidth", "viewport_width"), ("inserter", "inserter"), ("categories", "categories"),
                   ("keywords", "keywords"), ("blockTypes", "block_types"), ("postTypes", "post_types"),
                   ("templateTypes", "template_types"), ("source", "source"))


def get_patterns(request: RestRequest) -> list[Any]:
    if request.method == "HEAD":
        return []
    theme = active_theme(request.site)
    template_uri = theme_root_uri(request.site, get_theme(theme.template) or theme) if theme else ""
    return [prepare_pattern(migrate_pattern_categories(dict(p)), request)
            for p in _patterns_with_resolved_content(theme, template_uri)]


@cache
def _patterns_with_resolved_content(theme: Theme | None, template_uri: str) -> tuple[dict[str, Any], ...]:
    """Registered patterns with their ``core/pattern`` blocks resolved (the files do not change while
    the process runs, so once per theme)."""
    patterns = get_all_registered(theme, template_uri)
    if theme is not None:
        for pattern in patterns:
            pattern["content"] = resolve_content_patterns(pattern["content"], theme, template_uri)
    return tuple(patterns)


def migrate_pattern_categories(pattern: dict[str, Any]) -> dict[str, Any]:
    """Old core category slugs replaced by the new ones."""
    if isinstance(pattern.get("categories"), list):
        pattern["categories"] = [CATEGORIES_MIGRATION.get(c, c) for c in pattern["categories"]]
    return pattern


def prepare_pattern(pattern: dict[str, Any], request: RestRequest) -> dict[str, Any]:
    """The pattern's set properties in the schema's order."""
    fields = parse_fields(request.get_param("_fields")) or None
    data = {rest_key: pattern[key] for key, rest_key in _PATTERN_FIELDS
            if pattern.get(key) is not None and is_field_included(rest_key, fields)}
    context = request.get_param("context")
    return dict(filter_response_by_context(data, pattern_schema(), context if context else "view"))


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


def pattern_schema() -> dict[str, Any]:
    def prop(description: str, kind: str, **extra: Any) -> dict[str, Any]:
        return {"description": description, "type": kind, "readonly": True, "context": ["view", "edit", "embed"],
                **extra}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "block-pattern",
        "type": "object",
        "properties": {
            "name": prop("The pattern name.", "string"),
            "title": prop("The pattern title, in human readable format.", "string"),
            "content": prop("The pattern content.", "string"),
            "description": prop("The pattern detailed description.", "string"),
            "viewport_width": prop("The pattern viewport width for inserter preview.", "number"),
            "inserter": prop("Determines whether the pattern is visible in inserter.", "boolean"),
            "categories": prop("The pattern category slugs.", "array"),
            "keywords": prop("The pattern keywords.", "array"),
            "block_types": prop("Block types that the pattern is intended to be used with.", "array"),
            "post_types": prop("An array of post types that the pattern is restricted to be used with.", "array"),
            "template_types": prop("An array of template types where the pattern fits.", "array"),
            "source": prop("Where the pattern comes from e.g. core", "string", enum=[
                "core", "plugin", "theme", "pattern-directory/core", "pattern-directory/theme",
                "pattern-directory/featured"]),
        },
    }


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
