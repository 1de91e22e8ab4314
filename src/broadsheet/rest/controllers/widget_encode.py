"""``/wp/v2/widget-types/{id}/encode`` and ``/render``: ``WP_REST_Widget_Types_Controller`` (WordPress 7.1.4).

``encode`` runs the widget's ``update()`` on posted form data and answers its admin form, its preview
(``the_widget``) and the instance encoded with its ``wp_hash``. ``render`` answers the preview as a
whole HTML document (the theme's ``wp_head`` / ``wp_footer`` around the legacy widget block):
broadsheet has no ``wp_head``, a known gap (docs/rest.md).
"""

from __future__ import annotations

from typing import Any

from broadsheet.content import widget_display, widget_forms
from broadsheet.content import widgets as wd
from broadsheet.rest.controllers import widget_preview_data, widget_types, widgets
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import CREATABLE, Endpoint
from broadsheet.rest.server import RestServer

NAMESPACE = "wp/v2"
_ID_ARG = {"description": "The widget type id.", "type": "string", "required": True}
_INSTANCE_ARG = {"description": "Current instance settings of the widget.", "type": "object"}


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, r"/widget-types/(?P<id>[a-zA-Z0-9_-]+)/encode", [
        Endpoint(CREATABLE, encode_form_data, widget_types.get_item_permissions_check, {
            "id": dict(_ID_ARG), "instance": dict(_INSTANCE_ARG),
            "form_data": {"description": "Serialized widget form data to encode into instance settings.",
                          "type": "string", "sanitize_callback": widgets.sanitize_form_data},
        }),
    ])
    server.register_route(NAMESPACE, r"/widget-types/(?P<id>[a-zA-Z0-9_-]+)/render", [
        Endpoint(CREATABLE, render, widget_types.get_item_permissions_check,
                 {"id": dict(_ID_ARG), "instance": dict(_INSTANCE_ARG)}),
    ])


def _widget(request: RestRequest) -> wd.WidgetClass:
    widget = wd.get_widget_class(str(request.get_param("id")))
    if widget is None:
        raise RestError("rest_invalid_widget", "Cannot preview a widget that does not extend WP_Widget.", 400)
    return widget


def _number(request: RestRequest) -> int:
    """The posted ``number`` when numeric (so the form's ids are predictable), else -1."""
    number = request.get_param("number")
    try:
        return int(float(str(number).strip())) if number is not None and not isinstance(number, (list, dict)) else -1
    except ValueError:
        return -1


def encode_form_data(request: RestRequest) -> dict[str, Any]:
    widget = _widget(request)
    number = _number(request)
    param = request.get_param("instance")
    instance: Any = widgets.decode_instance(request, param, raw_allowed=False) if isinstance(param, dict) else []
    form_data = request.get_param("form_data")
    posted = form_data.get(f"widget-{widget.id_base}") if isinstance(form_data, dict) else None
    if isinstance(posted, dict) and posted:
        new_instance = next(iter(posted.values()))
        instance = widget_forms.update_instance(widget.id_base, new_instance, instance,
                                                current_user_can(request, "unfiltered_html"))
    form = widget_forms.render_form(widget.id_base, number, instance, widgets.form_context(request, widget.id_base))
    preview = widget_display.the_widget(widget, instance, widget_preview_data.display_site(request))
    if form is None or preview is None:
        raise _not_ported(widget)
    return {"form": form, "preview": preview, "instance": widgets.encode_instance(request, instance)}


def _not_ported(widget: wd.WidgetClass) -> RestError:
    """A widget class whose PHP form or output broadsheet has not ported (docs/rest.md): refused, not faked."""
    return RestError("rest_widget_type_not_supported",
                     f"Broadsheet cannot render the {widget.id_base} widget type yet.", 501)


def render(request: RestRequest) -> dict[str, Any]:
    widget = _widget(request)
    param = request.get_param("instance")
    instance: Any = widgets.decode_instance(request, param, raw_allowed=True) if isinstance(param, dict) else None
    preview = widget_display.preview_document(widget, instance, widget_preview_data.display_site(request))
    if preview is None:
        raise _not_ported(widget)
    return {"preview": preview}
