"""``/wp/v2/themes``: installed themes and the active one's supports (``WP_REST_Themes_Controller``, 7.1.4)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

from broadsheet.rest.controllers.post_prepare import fields_for_response
from broadsheet.rest.controllers.post_writes import post_env
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.themes.features import rest_theme_supports
from broadsheet.themes.template_types import TEMPLATE_PART_AREAS, default_template_types_for_rest
from broadsheet.themes.theme import (
    Theme,
    active_stylesheet,
    active_theme,
    get_theme,
    installed_themes,
    theme_root_uri,
)
from broadsheet.themes.user_styles import user_styles_post_id

NAMESPACE = "wp/v2"
#: ``WP_REST_Themes_Controller::PATTERN``: a theme directory, optionally one level deep.
STYLESHEET_PATTERN = r'[^\/:<>\*\?"\|]+(?:\/[^\/:<>\*\?"\|]+)?'


@cache
def get_item_schema() -> dict[str, Any]:
    """The ``theme`` schema (``schemas/theme.json``, WordPress's declaration)."""
    return json.loads((Path(__file__).parent / "schemas" / "theme.json").read_text(encoding="utf-8"))


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/themes", [
        Endpoint(READABLE, get_items, get_items_permissions_check, {
            "status": {"description": "Limit result set to themes assigned one or more statuses.", "type": "array",
                       "items": {"enum": ["active", "inactive"], "type": "string"}},
        }),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, f"/themes/(?P<stylesheet>{STYLESHEET_PATTERN})", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {
            "stylesheet": {"description": "The theme's stylesheet. This uniquely identifies the theme.",
                           "type": "string", "sanitize_callback": sanitize_stylesheet},
        }),
    ], schema=get_item_schema)


def sanitize_stylesheet(value: Any, *_: Any) -> str:
    """``_sanitize_stylesheet_callback``: ``urldecode``."""
    return unquote_plus(str(value))


def _can_switch_themes(request: RestRequest) -> bool:
    return current_user_can(request, "switch_themes") or current_user_can(request, "manage_network_themes")


def _check_read_active_theme_permission(request: RestRequest) -> bool | RestError:
    if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
        return True
    return forbidden(request, "rest_cannot_view_active_theme", "Sorry, you are not allowed to view the active theme.")


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    if _can_switch_themes(request):
        return True
    if request.get_param("status") == ["active"]:
        return _check_read_active_theme_permission(request)
    return forbidden(request, "rest_cannot_view_themes", "Sorry, you are not allowed to view themes.")


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    if _can_switch_themes(request):
        return True
    if _stylesheet(request) == active_stylesheet(request.site):  # is_same_theme: the stylesheets compared
        return _check_read_active_theme_permission(request)
    return forbidden(request, "rest_cannot_view_themes", "Sorry, you are not allowed to view themes.")


def _stylesheet(request: RestRequest) -> str:
    return str(request.get_param("stylesheet") or "")


def get_items(request: RestRequest) -> RestResponse:
    current = active_theme(request.site)
    status = request.get_param("status")
    themes: list[dict[str, Any]] = []
    if status == ["active"]:
        if current is not None:
            themes.append(prepare_item_for_response(current, request))
    else:
        for theme in installed_themes():
            theme_status = "active" if current is not None and theme.stylesheet == current.stylesheet else "inactive"
            if isinstance(status, list) and theme_status not in status:
                continue
            themes.append(prepare_item_for_response(theme, request))
    return RestResponse(themes, headers={"X-WP-Total": len(themes), "X-WP-TotalPages": 1})


def get_item(request: RestRequest) -> dict[str, Any]:
    theme = get_theme(_stylesheet(request))
    if theme is None:
        raise RestError("rest_theme_not_found", "Theme not found.", 404)
    return prepare_item_for_response(theme, request)


def prepare_item_for_response(theme: Theme, request: RestRequest) -> dict[str, Any]:
    """The theme's fields in the schema's order of WordPress's ``prepare_item_for_response``."""
    fields = fields_for_response(request, get_item_schema()["properties"])

    def included(name: str) -> bool:
        return is_field_included(name, fields)

    site = request.site
    current = active_theme(site)
    is_active = current is not None and theme.stylesheet == current.stylesheet
    data: dict[str, Any] = {}
    if included("stylesheet"):
        data["stylesheet"] = theme.stylesheet
    if included("template"):
        data["template"] = theme.template
    for field, header in (("requires_php", "RequiresPHP"), ("requires_wp", "RequiresWP"),
                          ("textdomain", "TextDomain"), ("version", "Version")):
        if included(field):
            data[field] = theme.get(header)
    if included("screenshot"):
        data["screenshot"] = f"{theme_root_uri(site, theme)}/screenshot.png" if theme.has_screenshot else ""
    for field, header in (("author", "Author"), ("author_uri", "AuthorURI"), ("description", "Description"),
                          ("name", "Name"), ("tags", "Tags"), ("theme_uri", "ThemeURI")):
        if included(f"{field}.raw"):
            data.setdefault(field, {})["raw"] = theme.display(header, markup=False)
        if included(f"{field}.rendered"):
            data.setdefault(field, {})["rendered"] = theme.display(header)
    if included("status"):
        data["status"] = "active" if is_active else "inactive"
    if included("theme_supports") and is_active:
        data["theme_supports"] = rest_theme_supports(theme, included)
    if included("is_block_theme"):
        data["is_block_theme"] = theme.is_block_theme
    if included("stylesheet_uri"):
        data["stylesheet_uri"] = theme_root_uri(site, theme)
    if included("template_uri"):
        parent = get_theme(theme.template) or theme
        data["template_uri"] = theme_root_uri(site, parent)
    if included("default_template_types") and is_active:
        data["default_template_types"] = default_template_types_for_rest()
    if included("default_template_part_areas") and is_active:
        data["default_template_part_areas"] = [dict(area) for area in TEMPLATE_PART_AREAS]
    if included("_links") or included("_embedded"):
        data["_links"] = _prepare_links(theme, request, is_active)
    return data


def _prepare_links(theme: Theme, request: RestRequest, is_active: bool) -> dict[str, Any]:
    site = request.site
    links = LinkSet(request)
    links.add("self", site.rest_url(f"/wp/v2/themes/{theme.stylesheet}"))
    links.add("collection", site.rest_url("/wp/v2/themes"))
    if is_active:
        # WordPress creates the active theme's user styles post here when there is none yet.
        styles_id = user_styles_post_id(request.ctx.conn, post_env(request), theme.stylesheet)
    else:
        from broadsheet.themes.user_styles import find_user_styles_post_id

        styles_id = find_user_styles_post_id(request.ctx.conn, site.db, theme.stylesheet)
    if styles_id:
        links.add("https://api.w.org/user-global-styles", site.rest_url(f"/wp/v2/global-styles/{styles_id}"))
    if theme.is_block_theme and is_active:
        links.add("https://api.w.org/export-theme", site.rest_url("/wp-block-editor/v1/export"),
                  targetHints={"allow": ["GET"] if current_user_can(request, "export") else []})
    return links.compact()
