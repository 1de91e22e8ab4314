"""The API index ``GET /`` and each namespace's index ``GET /{namespace}`` (rest-api.md §2)."""

from __future__ import annotations

from typing import Any

from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import Endpoint, READABLE
from broadsheet.rest.server import RestServer


def register(server: RestServer) -> None:
    server.register_route("", "/", [Endpoint(READABLE, get_index, None, {"context": {"default": "view"}})])
    server.namespace_index = get_namespace_index


def _gmt_offset(options: dict[str, Any]) -> Any:
    """As stored (a string) normally; a number derived from ``timezone_string`` when that is set."""
    tz = options.get("timezone_string") or ""
    if tz:
        try:
            from datetime import datetime
            from zoneinfo import ZoneInfo

            offset = datetime.now(ZoneInfo(tz)).utcoffset()
        except (KeyError, ValueError, OSError):
            return options.get("gmt_offset", "0")
        hours = offset.total_seconds() / 3600 if offset is not None else 0
        return int(hours) if hours == int(hours) else hours
    return options.get("gmt_offset", "0")


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def get_index(request: RestRequest) -> dict[str, Any]:
    """The site description, namespaces and every route (``WP_REST_Server::get_index``)."""
    site = request.site
    options = request.ctx.options
    server = request.server
    assert server is not None
    siteurl = str(options.get("siteurl", "")).rstrip("/")
    data: dict[str, Any] = {
        "name": options.get("blogname", ""),
        "description": options.get("blogdescription", ""),
        "url": siteurl,
        "home": site.home,
        "gmt_offset": _gmt_offset(options),
        "timezone_string": options.get("timezone_string", ""),
        "page_for_posts": _int(options.get("page_for_posts")),
        "page_on_front": _int(options.get("page_on_front")),
        "show_on_front": options.get("show_on_front", "posts"),
        "namespaces": list(server.registry.namespaces),
        "authentication": [],
        "routes": server.routes_data(with_schema=request.get_param("context") == "help"),
        "site_logo": _int(options.get("site_logo")),
        "site_icon": _int(options.get("site_icon")),
        "site_icon_url": "",
    }
    if site.application_passwords_available():
        data["authentication"] = {"application-passwords": {"endpoints": {
            "authorization": f"{siteurl}/wp-admin/authorize-application.php"}}}
    links = LinkSet(request).add("help", "https://developer.wordpress.org/rest-api/")
    if current_user_can(request, "switch_themes") or can_edit_any_rest_type(request):
        stylesheet = options.get("stylesheet", "")
        links.add("https://api.w.org/active-theme", server.rest_url(f"/wp/v2/themes/{stylesheet}"))
    data["_links"] = links.compact()
    return data


def get_namespace_index(request: RestRequest) -> dict[str, Any]:
    """``GET /{namespace}``: that namespace's routes and an ``up`` link to the index."""
    server = request.server
    assert server is not None
    namespace = request.get_param("namespace")
    return {
        "namespace": namespace,
        "routes": server.routes_data(namespace, with_schema=request.get_param("context") == "help"),
        "_links": {"up": [{"href": server.rest_url("/")}]},
    }
