"""``/wp/v2/menus``: classic menus (``nav_menu`` terms), ``WP_REST_Menus_Controller`` (WordPress 7.1.4).

A terms controller without ``count``, ``link`` and ``taxonomy``, with the menu's ``locations``
(theme mod) and ``auto_add`` (``nav_menu_options``). Reading needs some editing capability
(``check_has_read_only_access``); writes go through ``wp_update_nav_menu_object`` (the slug always
follows the name, the description is reset when not sent) and ``wp_delete_nav_menu`` (which deletes
the menu's items too).
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.nav_menus import (
    get_menu_auto_add,
    get_nav_menu_locations,
    registered_nav_menus,
    set_menu_auto_add,
    set_nav_menu_locations,
)
from broadsheet.content.terms import TermError, delete_term, insert_term, update_term
from broadsheet.formatting.escape import esc_html
from broadsheet.rest.controllers.term_writes import _as_rest
from broadsheet.rest.controllers.terms import TermsController
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import CURIES
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.schema import rest_sanitize_request_arg, rest_validate_request_arg
from broadsheet.rest.server import forbidden
from broadsheet.storage.options import Options

__all__ = ["MenusController", "can_read_menus"]


def can_read_menus(request: RestRequest, what: str = "menus") -> bool | RestError:
    """``check_has_read_only_access``: ``edit_theme_options``, ``edit_posts`` or any REST type's ``edit_posts``."""
    if current_user_can(request, "edit_theme_options") or current_user_can(request, "edit_posts"):
        return True
    for post_type in request.site.post_types.rest_types():
        if current_user_can(request, post_type.cap["edit_posts"]):
            return True
    return forbidden(request, "rest_cannot_view", f"Sorry, you are not allowed to view {what}.")


def _validate_locations(locations: Any, request: RestRequest, param: str) -> Any:
    """The ``locations`` arg: a string array naming registered locations only."""
    valid = rest_validate_request_arg(locations, request, param)
    if valid is not True:
        return valid
    registered = registered_nav_menus(request.site)
    for location in rest_sanitize_request_arg(locations, request, param):
        if location not in registered:
            return RestError("rest_invalid_menu_location", "Invalid menu location.", None, {"location": location})
    return True


class MenusController(TermsController):
    """The REST routes of the ``nav_menu`` taxonomy."""

    # -- schema -----------------------------------------------------------------------------
    def get_item_schema(self) -> dict[str, Any]:
        schema = super().get_item_schema()
        props = schema["properties"]
        for name in ("count", "link", "taxonomy"):
            props.pop(name, None)
        props["locations"] = {"description": "The locations assigned to the menu.", "type": "array",
                              "items": {"type": "string"}, "context": ["view", "edit"],
                              "arg_options": {"validate_callback": _validate_locations}}
        props["auto_add"] = {"description": "Whether to automatically add top level pages to this menu.",
                             "context": ["view", "edit"], "type": "boolean"}
        return schema

    # -- permissions ------------------------------------------------------------------------
    def get_items_permissions_check(self, request: RestRequest) -> bool | RestError:
        allowed = super().get_items_permissions_check(request)
        return allowed if allowed is not True else can_read_menus(request)

    def get_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        allowed = super().get_item_permissions_check(request)
        return allowed if allowed is not True else can_read_menus(request)

    # -- representation ---------------------------------------------------------------------
    def prepare_item_for_response(self, term: dict[str, Any], request: RestRequest) -> dict[str, Any]:
        """The term fields, then ``locations`` and ``auto_add``, then the links."""
        data = super().prepare_item_for_response(term, request)
        links = data.pop("_links", None)
        for name in ("count", "link", "taxonomy"):
            data.pop(name, None)
        fields = parse_fields(request.get_param("_fields"))
        full = request.context in ("view", "edit")
        term_id = int(term["term_id"])
        if full and is_field_included("locations", fields):
            data["locations"] = self._locations(request, term_id)
        if full and is_field_included("auto_add", fields):
            data["auto_add"] = get_menu_auto_add(request.ctx.options, term_id)
        if links is not None:
            locations = self._locations(request, term_id)
            if locations:  # after the terms controller's relations, before the curies
                links.pop("curies", None)
                links["wp:menu-location"] = [
                    {"embeddable": True, "href": request.site.rest_url(f"/wp/v2/menu-locations/{location}")}
                    for location in locations]
                links["curies"] = [dict(curie) for curie in CURIES]
            data["_links"] = links
        return data

    def _locations(self, request: RestRequest, menu_id: int) -> list[str]:
        return [loc for loc, assigned in get_nav_menu_locations(request.ctx.options).items() if assigned == menu_id]

    # -- writes -----------------------------------------------------------------------------
    def _menu_exists(self, request: RestRequest, name: str, menu_id: int) -> RestError | None:
        """``wp_update_nav_menu_object``'s name check: another menu with this name is an error."""
        from broadsheet.content.terms import _find

        existing = _find(request.ctx.conn, request.site.db, "nav_menu", name=name)
        if existing is None or int(existing["term_id"]) == menu_id:
            return None
        other = int(existing["term_id"])
        return RestError("menu_exists", f"The menu name <strong>{esc_html(name)}</strong> conflicts with another "
                         "menu name. Please try another.", 400, {"term_id": other},
                         extra_body={"additional_data": [other]})

    def _after_write(self, request: RestRequest, menu_id: int) -> None:
        """``handle_locations`` and ``handle_auto_add``, then fresh options for the answer."""
        store = Options(request.site.db, request.ctx.conn)
        options = request.ctx.options
        if request.has_param("locations") and request.get_param("locations") is not None:
            registered = registered_nav_menus(request.site)
            new: dict[str, int] = {}
            for location in request.get_param("locations"):
                if location not in registered:
                    raise RestError("rest_invalid_menu_location", "Invalid menu location.", 400,
                                    {"location": location})
                new[location] = menu_id
            kept = {loc: mid for loc, mid in get_nav_menu_locations(options).items() if mid != menu_id}
            set_nav_menu_locations(store, options, {**kept, **new})
        if request.has_param("auto_add") and request.get_param("auto_add") is not None:
            set_menu_auto_add(store, options, menu_id, bool(request.get_param("auto_add")))
        request.site.invalidate_options()
        request.ctx.options = request.site.options(request.ctx.conn)

    def _fresh(self, request: RestRequest, term_id: int) -> dict[str, Any]:
        request.ctx.terms.pop(term_id, None)
        request.url_params["id"] = term_id
        request.sanitized["id"] = term_id
        term = self._get_term(request)
        assert not isinstance(term, RestError)
        return term

    def create_item(self, request: RestRequest) -> RestResponse:
        if request.has_param("parent"):
            raise RestError("rest_taxonomy_not_hierarchical",
                            "Cannot set parent term, taxonomy is not hierarchical.", 400)
        name = str(request.get_param("name") or "")
        exists = self._menu_exists(request, name, 0)
        if exists is not None:
            raise exists
        try:
            term_id = insert_term(request.ctx.conn, request.site.db, "nav_menu", name=name, hierarchical=False,
                                  description=str(request.get_param("description") or ""),
                                  unfiltered_html=self._unfiltered(request))
        except TermError as error:  # create_item gives every error of the insert status 400
            raise RestError(error.code, error.message, 400, {k: v for k, v in (error.data or {}).items()
                                                             if k != "status"},
                            extra_body=error.extra_body) from error
        self._after_write(request, term_id)
        request.set_param("context", "view")
        data = self.prepare_item_for_response(self._fresh(request, term_id), request)
        return RestResponse(data, 201, {"Location": request.site.rest_url(f"/{self.namespace}/{self.base}/{term_id}")})

    def update_item(self, request: RestRequest) -> dict[str, Any]:
        term = self._get_term(request)
        if isinstance(term, RestError):
            raise term
        if request.has_param("parent"):
            raise RestError("rest_taxonomy_not_hierarchical",
                            "Cannot set parent term, taxonomy is not hierarchical.", 400)
        term_id = int(term["term_id"])
        # The prepared term is an object, never empty(): the menu is always saved, so a description
        # that is not sent is reset to "" (wp_update_nav_menu_object's default) and the slug follows the name.
        name = str(request.get_param("name")) if request.has_param("name") else term["name"]
        exists = self._menu_exists(request, name, term_id)
        if exists is not None:
            raise exists
        changes = {"name": name, "slug": "",
                   "description": str(request.get_param("description") or "")}
        try:
            update_term(request.ctx.conn, request.site.db, term_id, "nav_menu", hierarchical=False,
                        changes=changes, unfiltered_html=self._unfiltered(request))
        except TermError as error:
            raise _as_rest(error) from error
        self._after_write(request, term_id)
        request.set_param("context", "view")
        return self.prepare_item_for_response(self._fresh(request, term_id), request)

    def delete_item(self, request: RestRequest) -> dict[str, Any]:
        term = self._get_term(request)
        if isinstance(term, RestError):
            raise term
        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported", "Menus do not support trashing. Set 'force=true' to delete.",
                            501)
        request.set_param("context", "view")
        previous = self.prepare_item_for_response(term, request)
        previous.pop("_links", None)
        term_id = int(term["term_id"])
        _delete_menu_items(request, term_id)
        delete_term(request.ctx.conn, request.site.db, term_id, "nav_menu", hierarchical=False)
        request.ctx.terms.pop(term_id, None)
        options = request.ctx.options
        locations = {loc: (0 if mid == term_id else mid) for loc, mid in get_nav_menu_locations(options).items()}
        set_nav_menu_locations(Options(request.site.db, request.ctx.conn), options, locations)
        request.site.invalidate_options()
        return {"deleted": True, "previous": previous}


def _delete_menu_items(request: RestRequest, menu_id: int) -> None:
    """``wp_delete_nav_menu``: each object in the menu (its items) is deleted first."""
    from sqlalchemy import select

    from broadsheet.content.post_trash import delete_post
    from broadsheet.rest.controllers.post_writes import forget_posts, post_env

    t = request.site.db.tables
    ids = [int(r[0]) for r in request.ctx.conn.execute(
        select(t.term_relationships.c.object_id)
        .join(t.term_taxonomy, t.term_taxonomy.c.term_taxonomy_id == t.term_relationships.c.term_taxonomy_id)
        .where(t.term_taxonomy.c.term_id == menu_id, t.term_taxonomy.c.taxonomy == "nav_menu")
        .order_by(t.term_relationships.c.object_id))]
    if not ids:
        return
    env = post_env(request)
    for post_id in ids:
        delete_post(request.ctx.conn, env, post_id, force=True)
    forget_posts(request, env.touched | set(ids))
