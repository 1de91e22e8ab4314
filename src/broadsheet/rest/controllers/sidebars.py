"""``/wp/v2/sidebars[/{id}]``: ``WP_REST_Sidebars_Controller`` (WordPress 7.1.4).

Every request first runs ``retrieve_widgets`` (and saves its result), as WordPress does, even when
the caller is then refused. Themes broadsheet knows register no classic sidebars: the one sidebar
is the synthetic ``wp_inactive_widgets``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content import widgets as wd
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import filter_response_by_context, rest_get_endpoint_args_for_schema
from broadsheet.rest.schema_validate import rest_validate_value_from_schema
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.storage.options import Options

NAMESPACE = "wp/v2"
#: ``$wp_registered_sidebars``: none for the block themes broadsheet knows.
REGISTERED_SIDEBARS: list[dict[str, Any]] = []


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/sidebars", [
        Endpoint(READABLE, get_items, get_items_permissions_check, {"context": dict(CONTEXT_ARG)}),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/sidebars/(?P<id>[\w-]+)", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {
            "id": {"description": "The id of a registered sidebar", "type": "string"},
            "context": dict(CONTEXT_ARG),
        }),
        Endpoint(EDITABLE, update_item, update_item_permissions_check,
                 rest_get_endpoint_args_for_schema(get_item_schema(), EDITABLE)),
    ], schema=get_item_schema)


# -- state --------------------------------------------------------------------------------------------
def retrieve_widgets_once(request: RestRequest, controller: str = "sidebars") -> None:
    """``retrieve_widgets()`` once per HTTP request and controller (WordPress keeps the flag on each
    controller instance, so it holds across a batch); its reconciled ``sidebars_widgets`` is saved."""
    if not mark_widgets_retrieved(request, controller):
        return
    result = wd.retrieve_widgets(request.ctx.options, [s["id"] for s in REGISTERED_SIDEBARS])
    if result:
        set_sidebars_widgets(request, result)


def mark_widgets_retrieved(request: RestRequest, controller: str) -> bool:
    """Record that ``controller`` ran ``retrieve_widgets`` in this HTTP request; False if it already had."""
    key = f"{controller}:widgets_retrieved"
    if request.ctx.request_state.get(key):
        return False
    request.ctx.request_state[key] = True
    return True


def set_sidebars_widgets(request: RestRequest, sidebars_widgets: dict[str, Any]) -> None:
    """Save ``sidebars_widgets``; the request's options are reloaded only when it changed."""
    if wd.save_sidebars_widgets(Options(request.site.db, request.ctx.conn), sidebars_widgets):
        request.site.invalidate_options()
        request.ctx.options = request.site.options(request.ctx.conn)


def get_sidebars_widgets(request: RestRequest) -> dict[str, list[str]]:
    """``wp_get_sidebars_widgets()``: the option without ``array_version``."""
    value = request.ctx.options.get("sidebars_widgets")
    if not isinstance(value, dict):
        return {}
    return {k: (list(v.values()) if isinstance(v, dict) else v) for k, v in value.items() if k != "array_version"}


def get_sidebar(sidebar_id: str) -> dict[str, Any] | None:
    """``wp_get_sidebar``: a registered sidebar, or the synthetic inactive one."""
    for sidebar in REGISTERED_SIDEBARS:
        if sidebar["id"] == sidebar_id:
            return sidebar
    if sidebar_id == wd.INACTIVE:
        return {"id": wd.INACTIVE, "name": "Inactive widgets"}
    return None


# -- permissions ----------------------------------------------------------------------------------------
def do_permissions_check(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "edit_theme_options"):
        return forbidden(request, "rest_cannot_manage_widgets", "Sorry, you are not allowed to manage widgets on this site.")
    return True


def _readable(sidebar: dict[str, Any]) -> bool:
    return bool(sidebar.get("show_in_rest"))


def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    retrieve_widgets_once(request)
    for sidebar_id in get_sidebars_widgets(request):
        sidebar = get_sidebar(sidebar_id)
        if sidebar and _readable(sidebar):
            return True
    return do_permissions_check(request)


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    retrieve_widgets_once(request)
    sidebar = get_sidebar(str(request.get_param("id")))
    if sidebar and _readable(sidebar):
        return True
    return do_permissions_check(request)


def update_item_permissions_check(request: RestRequest) -> bool | RestError:
    return do_permissions_check(request)


# -- handlers ---------------------------------------------------------------------------------------------
def get_items(request: RestRequest) -> list[dict[str, Any]]:
    if request.method == "HEAD":
        return []
    retrieve_widgets_once(request)
    allowed = do_permissions_check(request) is True
    out = []
    for sidebar_id in get_sidebars_widgets(request):
        sidebar = get_sidebar(sidebar_id)
        if sidebar is None or (not allowed and not _readable(sidebar)):
            continue
        out.append(prepare_item_for_response(sidebar, request))
    return out


def get_item(request: RestRequest) -> dict[str, Any]:
    retrieve_widgets_once(request)
    sidebar = get_sidebar(str(request.get_param("id")))
    if sidebar is None:
        raise RestError("rest_sidebar_not_found", "No sidebar exists with that id.", 404)
    return prepare_item_for_response(sidebar, request)


def update_item(request: RestRequest) -> dict[str, Any]:
    """Set the sidebar's widgets: taken out of the other sidebars; its omitted ones go to the inactive list."""
    sidebar_id = str(request.get_param("id"))
    wanted = request.get_param("widgets")
    if wanted is not None:
        wanted = list(wanted)
        sidebars = get_sidebars_widgets(request)
        updated = {name: [w for w in widgets if name == sidebar_id or w not in wanted]
                   for name, widgets in sidebars.items()}
        omitted = [w for w in sidebars.get(sidebar_id, []) if w not in wanted]
        if omitted:
            updated[wd.INACTIVE] = updated.get(wd.INACTIVE, []) + omitted
        updated[sidebar_id] = wanted
        set_sidebars_widgets(request, updated)
    request.set_param("context", "edit")
    # An unregistered id: WordPress prepares a null sidebar (no id, no name, links to the collections).
    sidebar = get_sidebar(sidebar_id) or {"id": None, "name": None}
    return prepare_item_for_response(sidebar, request)


# -- representation -------------------------------------------------------------------------------------------
def prepare_item_for_response(raw: dict[str, Any], request: RestRequest) -> dict[str, Any]:
    sidebar: dict[str, Any] = {"id": raw["id"]}
    registered = next((s for s in REGISTERED_SIDEBARS if s["id"] == raw["id"]), None)
    if registered is not None:
        sidebar.update(status="active", name=registered.get("name", ""), description=registered.get("description", ""),
                       **{k: registered.get(k, "") for k in ("class", "before_widget", "after_widget", "before_title",
                                                             "after_title")})
    else:
        sidebar.update(status="inactive", name=raw.get("name"), description="", **{"class": ""})
    sidebar["status"] = "inactive"  # wp_is_block_theme(): the themes broadsheet knows are block themes
    fields = parse_fields(request.get_param("_fields")) or None
    if is_field_included("widgets", fields):
        allowed = set(wd.registered_widget_ids(request.ctx.options))
        # Non-string entries (objects a client stored) are simply not registered widgets; WordPress
        # dies on them with a PHP TypeError (isset with an array key).
        stored = get_sidebars_widgets(request).get(sidebar["id"], []) if sidebar["id"] is not None else []
        sidebar["widgets"] = [w for w in stored if isinstance(w, str) and w in allowed]
    schema = get_item_schema()
    data: dict[str, Any] = {}
    for name, prop in schema["properties"].items():
        value = sidebar.get(name)
        if value is not None and rest_validate_value_from_schema(value, prop, name) is None:
            data[name] = value
        elif prop.get("default") is not None:
            data[name] = prop["default"]
    context = request.get_param("context")
    data = filter_response_by_context(data, schema, context if context else "view")
    if is_field_included("_links", fields) or is_field_included("_embedded", fields):
        links = LinkSet(request)
        links.add("collection", request.site.rest_url("/wp/v2/sidebars"))
        sidebar_id = sidebar["id"] if sidebar["id"] is not None else ""
        widgets_url = request.site.rest_url("/wp/v2/widgets")
        links.add("self", request.site.rest_url(f"/wp/v2/sidebars/{sidebar_id}"))
        if sidebar_id:  # add_query_arg( 'sidebar', … ): "&" after a plain-permalink ?rest_route=
            widgets_url += ("&" if "?" in widgets_url else "?") + f"sidebar={sidebar_id}"
        links.add("https://api.w.org/widget", widgets_url, embeddable=True)
        data["_links"] = links.compact()
    return data


def get_item_schema() -> dict[str, Any]:
    every = ["embed", "view", "edit"]

    def prop(description: str, **extra: Any) -> dict[str, Any]:
        return {"description": description, "type": "string", **extra, "context": every, "readonly": True}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "sidebar",
        "type": "object",
        "properties": {
            "id": prop("ID of sidebar."),
            "name": prop("Unique name identifying the sidebar."),
            "description": prop("Description of sidebar."),
            "class": prop("Extra CSS class to assign to the sidebar in the Widgets interface."),
            "before_widget": prop("HTML content to prepend to each widget's HTML output when assigned to this "
                                  "sidebar. Default is an opening list item element.", default=""),
            "after_widget": prop("HTML content to append to each widget's HTML output when assigned to this "
                                 "sidebar. Default is a closing list item element.", default=""),
            "before_title": prop("HTML content to prepend to the sidebar title when displayed. Default is an "
                                 "opening h2 element.", default=""),
            "after_title": prop("HTML content to append to the sidebar title when displayed. Default is a closing "
                                "h2 element.", default=""),
            "status": {"description": "Status of sidebar.", "type": "string", "enum": ["active", "inactive"],
                       "context": every, "readonly": True},
            "widgets": {"description": "Nested widgets.", "type": "array", "items": {"type": ["object", "string"]},
                        "default": [], "context": every},
        },
    }
