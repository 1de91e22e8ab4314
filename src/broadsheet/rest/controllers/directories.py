"""``/wp/v2/block-directory/search`` and ``/wp/v2/pattern-directory/patterns`` (WordPress 7.1.4).

Both proxy WordPress.org. Broadsheet makes no outbound request, so every search fails as it fails
on WordPress with external HTTP blocked: the permission checks, argument validation and the
request URL (quoted in the error) are WordPress's; ``content.wporg_api`` builds the URLs.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content import wporg_api
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.schema import get_collection_params, get_context_param
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/block-directory/search", [
        Endpoint(READABLE, search_blocks, search_blocks_permissions_check, block_directory_params()),
    ], schema=block_directory_schema)
    server.register_route(NAMESPACE, "/pattern-directory/patterns", [
        Endpoint(READABLE, get_patterns, get_patterns_permissions_check, pattern_directory_params()),
    ], schema=pattern_directory_schema)


# -- block directory ------------------------------------------------------------------------------
def search_blocks_permissions_check(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "install_plugins") or not current_user_can(request, "activate_plugins"):
        return forbidden(request, "rest_block_directory_cannot_view", "Sorry, you are not allowed to browse the block directory.")
    return True


def search_blocks(request: RestRequest) -> Any:
    """``plugins_api( 'query_plugins', … )``: the https request and its http retry are both refused."""
    args = {"block": request.get_param("term"), "per_page": request.get_param("per_page"),
            "page": request.get_param("page"), "locale": _user_locale(request),
            "wp_version": wporg_api.WP_VERSION[:3]}
    url = wporg_api.plugins_api_url("query_plugins", args, scheme="http")
    # WP_Error( 'plugins_api_failed', …, $request->get_error_message() ), then add_data( status 500 ):
    # the first data moves to additional_data.
    raise RestError("plugins_api_failed", wporg_api.UNEXPECTED_ERROR, 500,
                    extra_body={"additional_data": [wporg_api.blocked_request_message(url)]})


def block_directory_params() -> dict[str, dict[str, Any]]:
    params = get_collection_params(block_directory_schema())
    params["context"]["default"] = "view"
    params["term"] = {"description": "Limit result set to blocks matching the search term.", "type": "string",
                      "required": True, "minLength": 1}
    del params["search"]
    return params


def block_directory_schema() -> dict[str, Any]:
    def prop(description: str, kind: str, **extra: Any) -> dict[str, Any]:
        return {"description": description, "type": kind, **extra, "context": ["view"]}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "block-directory-item",
        "type": "object",
        "properties": {
            "name": prop("The block name, in namespace/block-name format.", "string"),
            "title": prop("The block title, in human readable format.", "string"),
            "description": prop("A short description of the block, in human readable format.", "string"),
            "id": prop("The block slug.", "string"),
            "rating": prop("The star rating of the block.", "number"),
            "rating_count": prop("The number of ratings.", "integer"),
            "active_installs": prop("The number sites that have activated this block.", "integer"),
            "author_block_rating": prop("The average rating of blocks published by the same author.", "number"),
            "author_block_count": prop("The number of blocks published by the same author.", "integer"),
            "author": prop("The WordPress.org username of the block author.", "string"),
            "icon": prop("The block icon.", "string", format="uri"),
            "last_updated": prop("The date when the block was last updated.", "string", format="date-time"),
            "humanized_updated": prop("The date when the block was last updated, in human readable format.", "string"),
        },
    }


# -- pattern directory -------------------------------------------------------------------------------
def get_patterns_permissions_check(request: RestRequest) -> bool | RestError:
    if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
        return True
    return forbidden(request, "rest_pattern_directory_cannot_view",
                     "Sorry, you are not allowed to browse the local block pattern directory.")


_PATTERN_QUERY_ARGS = ("offset", "order", "orderby", "page", "per_page", "search", "slug")


def get_patterns(request: RestRequest) -> Any:
    """The query WordPress sends (parameters in ``get_params()`` order, falsy ones dropped), refused."""
    params = request.merged_params()
    query: dict[str, Any] = {k: request.get_param(k) for k in _params_order(request) if k in _PATTERN_QUERY_ARGS}
    query["locale"] = _user_locale(request)
    query["wp-version"] = wporg_api.WP_VERSION
    query["pattern-categories"] = params.get("category") or False
    query["pattern-keywords"] = params.get("keyword") or False
    query = {k: v for k, v in query.items() if _php_truthy(v)}
    url = wporg_api.patterns_api_url(query)
    raise RestError("http_request_not_executed", wporg_api.blocked_request_message(url), 500)


def _params_order(request: RestRequest) -> list[str]:
    """Parameter names in ``WP_REST_Request::get_params()`` order: defaults first, then as sent."""
    args = request.endpoint.args if request.endpoint is not None else {}
    names = [k for k, arg in args.items() if arg.get("default") is not None]
    return names + [k for k in request.merged_params() if k not in names]


def _php_truthy(value: Any) -> bool:
    """PHP's truthiness, as ``array_filter`` applies it (``"0"`` and ``[]`` are false)."""
    return bool(value) and value != "0"


def pattern_directory_params() -> dict[str, dict[str, Any]]:
    params = get_collection_params(pattern_directory_schema())
    params["per_page"]["default"] = 100
    params["search"]["minLength"] = 1
    params["context"]["default"] = "view"
    params["category"] = {"description": "Limit results to those matching a category ID.", "type": "integer", "minimum": 1}
    params["keyword"] = {"description": "Limit results to those matching a keyword ID.", "type": "integer", "minimum": 1}
    params["slug"] = {"description": "Limit results to those matching a pattern (slug).", "type": "array"}
    params["offset"] = {"description": "Offset the result set by a specific number of items.", "type": "integer"}
    params["order"] = {"description": "Order sort attribute ascending or descending.", "type": "string",
                       "default": "desc", "enum": ["asc", "desc"]}
    params["orderby"] = {"description": "Sort collection by post attribute.", "type": "string", "default": "date",
                         "enum": ["author", "date", "id", "include", "modified", "parent", "relevance", "slug",
                                  "include_slugs", "title", "favorite_count"]}
    return params


def pattern_directory_schema() -> dict[str, Any]:
    every = ["view", "edit", "embed"]

    def strings(description: str, context: list[str] = every) -> dict[str, Any]:
        return {"description": description, "type": "array", "uniqueItems": True, "items": {"type": "string"},
                "context": context}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "pattern-directory-item",
        "type": "object",
        "properties": {
            "id": {"description": "The pattern ID.", "type": "integer", "minimum": 1, "context": every},
            "title": {"description": "The pattern title, in human readable format.", "type": "string", "minLength": 1,
                      "context": every},
            "content": {"description": "The pattern content.", "type": "string", "minLength": 1, "context": every},
            "categories": strings("The pattern's category slugs."),
            "keywords": strings("The pattern's keywords."),
            "description": {"description": "A description of the pattern.", "type": "string", "minLength": 1,
                            "context": every},
            "viewport_width": {"description": "The preferred width of the viewport when previewing a pattern, in pixels.",
                               "type": "integer", "context": every},
            "block_types": strings("The block types which can use this pattern.", ["view", "embed"]),
        },
    }


def _user_locale(request: RestRequest) -> str:
    """``get_user_locale()``: the user's ``locale`` meta, else the site's ``WPLANG``, else ``en_US``."""
    site_locale = str(request.ctx.options.get("WPLANG") or "") or "en_US"
    if request.user is None:
        return site_locale
    return str(request.ctx.auth_store().get_user_meta(request.user.ID, "locale") or "") or site_locale
