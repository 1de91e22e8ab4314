"""``GET /wp-block-editor/v1/navigation-fallback`` (``WP_REST_Navigation_Fallback_Controller``, 7.1.4).

The navigation block asks for a menu to start from: the most recently published
``wp_navigation`` post; if there is none, one is created (``WP_Navigation_Fallback``) from the
classic menu at the ``primary`` location, else the one with slug ``primary``, else the newest
classic menu — or, when there is no usable classic menu, a default "Navigation" holding a page
list. This GET writes, as WordPress's does.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from broadsheet.rest.controllers.nav_menu_blocks import NavMenu, classic_menu_to_blocks, get_nav_menus
from broadsheet.rest.controllers.post_data import php_int
from broadsheet.rest.errors import RestError
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer

NAMESPACE = "wp-block-editor/v1"
POST_TYPE = "wp_navigation"


def get_item_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "navigation-fallback",
        "type": "object",
        "properties": {
            "id": {"description": "The unique identifier for the Navigation Menu.", "type": "integer",
                   "context": ["view", "edit", "embed"], "readonly": True},
        },
    }


def get_item_permissions_check(request: RestRequest) -> Any:
    post_type = request.site.post_types.get(POST_TYPE)
    status = 403 if request.user else 401
    if (post_type is None or not current_user_can(request, post_type.cap["create_posts"])
            or not current_user_can(request, "edit_theme_options") or not current_user_can(request, "edit_posts")):
        return RestError("rest_cannot_create", "Sorry, you are not allowed to create Navigation Menus as this user.",
                         status)
    if request.get_param("context") == "edit" and not current_user_can(request, post_type.cap["edit_posts"]):
        return RestError("rest_forbidden_context", "Sorry, you are not allowed to edit Navigation Menus as this user.",
                         status)
    return True


def _most_recently_published(request: RestRequest) -> int | None:
    p = request.site.db.tables.posts
    row = request.ctx.conn.execute(
        select(p.c.ID).where(p.c.post_type == POST_TYPE, p.c.post_status == "publish")
        .order_by(p.c.post_date.desc(), p.c.ID.desc()).limit(1)).first()
    return int(row[0]) if row is not None else None


def _fallback_classic_menu(request: RestRequest) -> NavMenu | None:
    """``get_fallback_classic_menu``: at the ``primary`` location, slug ``primary``, else the newest."""
    menus = get_nav_menus(request)
    if not menus:
        return None
    options = request.ctx.options
    mods = options.get(f"theme_mods_{options.get('stylesheet', '')}")
    locations = mods.get("nav_menu_locations") if isinstance(mods, dict) else None
    if isinstance(locations, dict) and "primary" in locations:
        primary = next((m for m in menus if m.term_id == php_int(locations["primary"])), None)
        if primary is not None:
            return primary
    for menu in menus:
        if menu.slug == "primary":
            return menu
    return max(menus, key=lambda m: m.term_id)


def _stripslashes(text: str) -> str:
    """PHP ``stripslashes`` (``wp_insert_post`` unslashes what the fallback hands it unslashed)."""
    return re.sub(r"\\(.?)", lambda m: "\x00" if m.group(1) == "0" else m.group(1), text, flags=re.S)


def _insert(request: RestRequest, title: str, name: str, content: str) -> int:
    from broadsheet.content.posts import PostError, insert_post
    from broadsheet.rest.controllers.post_writes import forget_posts, post_env

    env = post_env(request)
    postarr = {"post_content": _stripslashes(content), "post_title": _stripslashes(title),
               "post_name": _stripslashes(name), "post_status": "publish", "post_type": POST_TYPE}
    try:
        post_id = insert_post(request.ctx.conn, env, postarr)
    except PostError:
        return 0
    forget_posts(request, [post_id, *env.touched])
    return post_id


def get_fallback(request: RestRequest) -> int | None:
    """``WP_Navigation_Fallback::get_fallback``: an existing navigation, or a new one."""
    existing = _most_recently_published(request)
    if existing:
        return existing
    menu = _fallback_classic_menu(request)
    if menu is not None:
        blocks = classic_menu_to_blocks(request, menu)
        if blocks:
            created = _insert(request, menu.name, menu.slug, blocks)
            if created:
                return _most_recently_published(request)
    created = _insert(request, "Navigation", "navigation", "<!-- wp:page-list /-->")
    return _most_recently_published(request) if created else None


def get_item(request: RestRequest) -> Any:
    post_id = get_fallback(request)
    if not post_id:
        raise RestError("no_fallback_menu", "No fallback menu found.", 404)
    from broadsheet.rest.controllers.post_prepare import fields_for_response
    from broadsheet.rest.fields import is_field_included

    schema = get_item_schema()
    fields = fields_for_response(request, schema["properties"])
    data: dict[str, Any] = {}
    if is_field_included("id", fields):
        data["id"] = post_id
    context = request.get_param("context") or "view"
    if context not in schema["properties"]["id"]["context"]:
        data.pop("id", None)
    if is_field_included("_links", fields) or is_field_included("_embedded", fields):
        links = LinkSet(request)
        links.add("self", request.site.rest_url(f"/wp/v2/navigation/{post_id}"), embeddable=True)
        data["_links"] = links.compact()
    return data


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/navigation-fallback",
                          [Endpoint(READABLE, get_item, get_item_permissions_check, {})], schema=get_item_schema)
