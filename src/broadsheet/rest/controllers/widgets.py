"""``/wp/v2/widgets[/{id}]``: ``WP_REST_Widgets_Controller`` (WordPress 7.1.4).

Widgets are the instances in the ``widget_{id_base}`` options placed by ``sidebars_widgets``. The
block themes broadsheet knows register no sidebars, so every widget is reconciled into
``wp_inactive_widgets`` (``retrieve_widgets``) and renders as ``""``; its admin form
(``rendered_form``) and its instance (``encoded`` + ``hash`` made with ``wp_hash``) are in the edit context.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from typing import Any

from broadsheet.content import widget_forms
from broadsheet.content import widgets as wd
from broadsheet.rest.controllers import sidebars
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.encoding import JSONObject
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest, parse_php_query
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import filter_response_by_context, rest_get_endpoint_args_for_schema
from broadsheet.rest.server import RestServer
from broadsheet.storage.options import Options
from broadsheet.storage.phpserial import serialize, unserialize

NAMESPACE = "wp/v2"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/widgets", [
        Endpoint(READABLE, get_items, get_items_permissions_check, get_collection_params(), allow_batch=True),
        Endpoint(CREATABLE, create_item, sidebars.do_permissions_check,
                 rest_get_endpoint_args_for_schema(get_item_schema(), CREATABLE), allow_batch=True),
    ], schema=get_item_schema)
    server.register_route(NAMESPACE, r"/widgets/(?P<id>[\w\-]+)", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {"context": dict(CONTEXT_ARG)}, allow_batch=True),
        Endpoint(EDITABLE, update_item, sidebars.do_permissions_check,
                 rest_get_endpoint_args_for_schema(get_item_schema(), EDITABLE), allow_batch=True),
        Endpoint(DELETABLE, delete_item, sidebars.do_permissions_check, {
            "force": {"description": "Whether to force removal of the widget, or move it to the inactive sidebar.",
                      "type": "boolean"},
        }, allow_batch=True),
    ], schema=get_item_schema)


def get_collection_params() -> dict[str, dict[str, Any]]:
    return {"context": dict(CONTEXT_ARG),
            "sidebar": {"description": "The sidebar to return widgets for.", "type": "string"}}


# -- state ------------------------------------------------------------------------------------------------
def _registered_ids(request: RestRequest) -> list[str]:
    """``array_keys( $wp_registered_widgets )``, with the widgets registered during this request."""
    ids = wd.registered_widget_ids(request.ctx.options)
    return ids + [w for w in request.ctx.request_state.get("widgets_registered", []) if w not in ids]


def _assign(request: RestRequest, widget_id: str, sidebar_id: str) -> None:
    """``wp_assign_widget_to_sidebar``, saved."""
    placed = wd.assign_widget_to_sidebar(sidebars.get_sidebars_widgets(request), widget_id, sidebar_id)
    sidebars.set_sidebars_widgets(request, placed)


# -- permissions ----------------------------------------------------------------------------------------------
def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    # No sidebar broadsheet knows is shown in REST: reading one needs edit_theme_options too.
    sidebars.retrieve_widgets_once(request, "widgets")
    return sidebars.do_permissions_check(request)


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    sidebars.retrieve_widgets_once(request, "widgets")
    return sidebars.do_permissions_check(request)


# -- reads ------------------------------------------------------------------------------------------------------
def get_items(request: RestRequest) -> list[dict[str, Any]]:
    sidebars.retrieve_widgets_once(request, "widgets")
    if request.method == "HEAD":
        return []
    wanted = request.get_param("sidebar")
    registered = set(_registered_ids(request))
    out = []
    for sidebar_id, widget_ids in sidebars.get_sidebars_widgets(request).items():
        if wanted is not None and sidebar_id != wanted:
            continue
        for widget_id in widget_ids:
            if isinstance(widget_id, str) and widget_id in registered:
                out.append(prepare_item_for_response(widget_id, sidebar_id, request))
    return out


def get_item(request: RestRequest) -> dict[str, Any]:
    sidebars.retrieve_widgets_once(request, "widgets")
    widget_id = str(request.get_param("id"))
    sidebar_id = wd.find_widgets_sidebar(sidebars.get_sidebars_widgets(request), widget_id)
    if sidebar_id is None:
        raise _not_found()
    return _prepare_registered(widget_id, sidebar_id, request)


def _not_found() -> RestError:
    return RestError("rest_widget_not_found", "No widget was found with that id.", 404)


def _prepare_registered(widget_id: str, sidebar_id: str, request: RestRequest) -> dict[str, Any]:
    if widget_id not in _registered_ids(request):
        raise RestError("rest_invalid_widget", "The requested widget is invalid.", 500)
    return prepare_item_for_response(widget_id, sidebar_id, request)


# -- writes -------------------------------------------------------------------------------------------------------
def create_item(request: RestRequest) -> RestResponse:
    """Save the new instance and place it; then, as WordPress's self link hints re-run ``retrieve_widgets``
    with the sidebars it loaded before the write, a widget placed anywhere comes first among the inactive."""
    before = request.ctx.options.get("sidebars_widgets")
    sidebar_id = str(request.get_param("sidebar"))
    widget_id = save_widget(request, sidebar_id)
    _assign(request, widget_id, sidebar_id)
    if sidebars.mark_widgets_retrieved(request, "widgets"):
        reconciled = wd.retrieve_widgets(request.ctx.options, [s["id"] for s in sidebars.REGISTERED_SIDEBARS],
                                         sidebars_widgets=before, also_registered=tuple(_registered_ids(request)))
        if reconciled:
            sidebars.set_sidebars_widgets(request, reconciled)
    request.set_param("context", "edit")
    return RestResponse(_prepare_registered(widget_id, sidebar_id, request), 201)


def update_item(request: RestRequest) -> dict[str, Any]:
    sidebars.retrieve_widgets_once(request, "widgets")
    widget_id = str(request.get_param("id"))
    sidebar_id = wd.find_widgets_sidebar(sidebars.get_sidebars_widgets(request), widget_id)
    id_base, _ = wd.parse_widget_id(widget_id)
    if sidebar_id is None and wd.get_widget_class(id_base) is not None:
        raise _not_found()
    if request.get_param("instance") is not None or request.get_param("form_data") is not None:
        save_widget(request, sidebar_id)
    wanted = request.get_param("sidebar")
    if wanted is not None and wanted != sidebar_id:
        sidebar_id = str(wanted)
        _assign(request, widget_id, sidebar_id)
    request.set_param("context", "edit")
    return _prepare_registered(widget_id, str(sidebar_id), request)


def delete_item(request: RestRequest) -> dict[str, Any]:
    sidebars.retrieve_widgets_once(request, "widgets")
    widget_id = str(request.get_param("id"))
    sidebar_id = wd.find_widgets_sidebar(sidebars.get_sidebars_widgets(request), widget_id)
    if sidebar_id is None:
        raise _not_found()
    request.set_param("context", "edit")
    if not request.get_param("force"):
        _assign(request, widget_id, wd.INACTIVE)
        return _prepare_registered(widget_id, wd.INACTIVE, request)
    previous = _prepare_registered(widget_id, sidebar_id, request)
    id_base, number = wd.parse_widget_id(widget_id)
    widget = wd.get_widget_class(id_base)
    if widget is not None and number is not None:
        _save_settings(request, widget, {number: None})
    _assign(request, widget_id, "")
    # WordPress replaces the response's data; its links stay on the response, outside "previous".
    links = previous.pop("_links", None)
    return {"deleted": True, "previous": previous, **({"_links": links} if links is not None else {})}


def save_widget(request: RestRequest, sidebar_id: str | None) -> str:
    """``save_widget``: run the widget's update with the new instance; returns the widget id."""
    if request.get_param("id") is not None:
        widget_id = str(request.get_param("id"))
        id_base, number = wd.parse_widget_id(widget_id)
        widget = wd.get_widget_class(id_base)
    elif request.get_param("id_base"):
        id_base = str(request.get_param("id_base"))
        widget = wd.get_widget_class(id_base)
        number = wd.next_widget_id_number(id_base, _registered_ids(request)) if widget else None
        widget_id = f"{id_base}-{number}" if widget else id_base
    else:
        raise RestError("rest_invalid_widget", "Widget type (id_base) is required.", 400)
    if widget is None:
        raise RestError("rest_invalid_widget", "The provided widget type (id_base) cannot be updated.", 400)
    instance_param = request.get_param("instance")
    if instance_param is not None:
        instance = decode_instance(request, instance_param, raw_allowed=True)
        form_data: dict[str, Any] = {f"widget-{id_base}": {number: instance}, "sidebar": sidebar_id}
    elif request.get_param("form_data") is not None:
        form_data = request.get_param("form_data")
    else:
        form_data = {}
    _update_callback(request, widget, form_data)
    if number is not None:
        registered = request.ctx.request_state.setdefault("widgets_registered", [])
        registered.append(widget_id)
    return widget_id


def decode_instance(request: RestRequest, param: dict[str, Any], *, raw_allowed: bool) -> Any:
    """An instance from ``raw`` (where allowed) or from ``encoded`` checked against its ``hash``."""
    if raw_allowed and param.get("raw") is not None:
        return param["raw"]
    if param.get("encoded") is not None and param.get("hash") is not None:
        serialized = _base64_decode(str(param["encoded"]))
        if not _hash_equals(request.ctx.auth_store().salts.wp_hash(serialized), str(param["hash"])):
            raise RestError("rest_invalid_widget", "The provided instance is malformed.", 400)
        try:
            return unserialize(serialized, tolerant=False)
        except ValueError:
            return False
    if not raw_allowed:
        return {}
    raise RestError("rest_invalid_widget",
                    "The provided instance is invalid. Must contain raw OR encoded and hash.", 400)


def _base64_decode(text: str) -> str:
    """``base64_decode`` (non-strict): characters outside the alphabet are skipped."""
    cleaned = "".join(c for c in text if c.isalnum() or c in "+/")
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4)).decode("utf-8", "surrogateescape")
    except (binascii.Error, ValueError):
        return ""


def _hash_equals(known: str, given: str) -> bool:
    return hmac.compare_digest(known.encode(), given.encode("utf-8", "surrogateescape"))


def _update_callback(request: RestRequest, widget: wd.WidgetClass, form_data: Any) -> None:
    """``WP_Widget::update_callback``: the first ``widget-{id_base}[n]`` entry goes through ``update()``."""
    settings = form_data.get(f"widget-{widget.id_base}") if isinstance(form_data, dict) else None
    if not isinstance(settings, dict) or not settings:
        return
    number, new_instance = next(iter(settings.items()))
    old = wd.instance_of(request.ctx.options, widget, number)
    instance = widget_forms.update_instance(widget.id_base, new_instance, old if old is not None else {},
                                            current_user_can(request, "unfiltered_html"))
    if instance is not False:
        _save_settings(request, widget, {number: instance})


def _save_settings(request: RestRequest, widget: wd.WidgetClass, changes: dict[Any, Any]) -> None:
    wd.save_widget_settings(Options(request.site.db, request.ctx.conn), request.ctx.options, widget, changes)
    request.site.invalidate_options()
    request.ctx.options = request.site.options(request.ctx.conn)


def form_context(request: RestRequest, id_base: str) -> widget_forms.FormContext | None:
    """The site data the nav menu and tag cloud forms list (read only for them)."""
    if id_base not in widget_forms.CONTEXT_FORMS:
        return None
    from broadsheet.rest.controllers.nav_menu_blocks import get_nav_menus

    siteurl = str(request.ctx.options.get("siteurl") or "").rstrip("/")
    menus = tuple((menu.term_id, menu.name) for menu in get_nav_menus(request)) if id_base == "nav_menu" else ()
    clouds = tuple((t.name, t.label) for t in request.site.taxonomies.all() if t.show_tagcloud)
    return widget_forms.FormContext(admin_url=f"{siteurl}/wp-admin/", menus=menus, tagcloud_taxonomies=clouds)


# -- representation -----------------------------------------------------------------------------------------------
def encode_instance(request: RestRequest, instance: Any) -> dict[str, Any]:
    """``encoded`` (base64 of PHP ``serialize``), its ``wp_hash`` and ``raw`` (every core widget shows it)."""
    serialized = serialize(instance)
    return {"encoded": base64.b64encode(serialized.encode("utf-8", "surrogateescape")).decode("ascii"),
            "hash": request.ctx.auth_store().salts.wp_hash(serialized),
            "raw": instance if instance else JSONObject()}


def prepare_item_for_response(widget_id: str, sidebar_id: str, request: RestRequest) -> dict[str, Any]:
    if request.method == "HEAD":
        return {}
    fields = parse_fields(request.get_param("_fields")) or None
    id_base, number = wd.parse_widget_id(widget_id)
    widget = wd.get_widget_class(id_base)
    data: dict[str, Any] = {"id": widget_id, "id_base": id_base, "sidebar": sidebar_id, "rendered": "",
                            "rendered_form": None, "instance": None}
    # ``rendered``: wp_render_widget is "" in wp_inactive_widgets and in any sidebar not registered.
    if is_field_included("rendered_form", fields) and widget is not None:
        data["rendered_form"] = widget_forms.render_form(
            id_base, number if number is not None else -1,
            wd.instance_of(request.ctx.options, widget, number) if number is not None else None,
            form_context(request, id_base))
    if is_field_included("instance", fields) and widget is not None and number is not None:
        data["instance"] = encode_instance(request, wd.instance_of(request.ctx.options, widget, number))
    context = request.get_param("context") or "view"
    data = filter_response_by_context(data, get_item_schema(), context)
    if is_field_included("_links", fields) or is_field_included("_embedded", fields):
        links = LinkSet(request)
        links.add("self", request.site.rest_url(f"/wp/v2/widgets/{widget_id}"))
        links.add("collection", request.site.rest_url("/wp/v2/widgets"))
        links.add("about", request.site.rest_url(f"/wp/v2/widget-types/{id_base or widget_id}"), embeddable=True)
        links.add("https://api.w.org/sidebar", request.site.rest_url(f"/wp/v2/sidebars/{sidebar_id}/"))
        data["_links"] = links.compact()
    return data


def sanitize_form_data(value: Any) -> dict[str, Any]:
    """``wp_parse_str`` of the URL-encoded admin form."""
    return parse_php_query(str(value)) if isinstance(value, str) else {}


def get_item_schema() -> dict[str, Any]:
    every = ["view", "edit", "embed"]
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "widget",
        "type": "object",
        "properties": {
            "id": {"description": "Unique identifier for the widget.", "type": "string", "context": every},
            "id_base": {"description": "The type of the widget. Corresponds to ID in widget-types endpoint.",
                        "type": "string", "context": every},
            "sidebar": {"description": "The sidebar the widget belongs to.", "type": "string",
                        "default": "wp_inactive_widgets", "required": True, "context": every},
            "rendered": {"description": "HTML representation of the widget.", "type": "string", "context": every,
                         "readonly": True},
            "rendered_form": {"description": "HTML representation of the widget admin form.", "type": "string",
                              "context": ["edit"], "readonly": True},
            "instance": {
                "description": "Instance settings of the widget, if supported.",
                "type": "object",
                "context": ["edit"],
                "default": None,
                "properties": {
                    "encoded": {"description": "Base64 encoded representation of the instance settings.",
                                "type": "string", "context": ["edit"]},
                    "hash": {"description": "Cryptographic hash of the instance settings.", "type": "string",
                             "context": ["edit"]},
                    "raw": {"description": "Unencoded instance settings, if supported.", "type": "object",
                            "context": ["edit"]},
                },
            },
            "form_data": {
                "description": "URL-encoded form data from the widget admin form. Used to update a widget that does "
                               "not support instance. Write only.",
                "type": "string",
                "context": [],
                "arg_options": {"sanitize_callback": sanitize_form_data},
            },
        },
    }
