"""Create, update and delete of users over REST (``WP_REST_Users_Controller`` write half)."""

from __future__ import annotations

from typing import Any

from broadsheet.content import users as user_store
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.server import forbidden


def _as_rest(error: user_store.UserError) -> RestError:
    return RestError(error.code, error.message, error.status)


def _role_levels(request: RestRequest) -> dict[str, int]:
    """Each role's highest ``level_N`` cap (what ``{prefix}user_level`` stores)."""
    roles = request.ctx.options.get(f"{request.site.db.prefix}user_roles") or {}
    levels: dict[str, int] = {}
    for slug, role in roles.items():
        caps = role.get("capabilities", {}) if isinstance(role, dict) else {}
        levels[slug] = max((int(c[6:]) for c in caps if c.startswith("level_") and c[6:].isdigit()), default=0)
    return levels


def _check_roles(request: RestRequest, roles: list[str]) -> None:
    """Every role must exist, and the caller must be allowed to give it (``rest_user_invalid_role``)."""
    known = request.ctx.options.get(f"{request.site.db.prefix}user_roles") or {}
    for role in roles:
        if role not in known:
            raise RestError("rest_user_invalid_role", f"The role {role} does not exist.", 400)
        if not current_user_can(request, "promote_users"):
            raise forbidden(request, "rest_user_invalid_role", "Sorry, you are not allowed to give users that role.")


def create_user(controller: Any, request: RestRequest) -> RestResponse:
    if request.has_param("id") and request.get_param("id"):
        raise RestError("rest_user_exists", "Cannot create existing user.", 400)
    roles = list(request.get_param("roles") or []) or [str(request.ctx.options.get("default_role") or "subscriber")]
    if request.has_param("roles"):
        _check_roles(request, roles)
    try:
        user_id = user_store.insert_user(
            request.ctx.conn, request.site.db, login=request.get_param("username") or "",
            email=request.get_param("email") or "", password=request.get_param("password") or "", roles=roles,
            role_levels=_role_levels(request), display_name=request.get_param("name") or "",
            nickname=request.get_param("nickname") or "", first_name=request.get_param("first_name") or "",
            last_name=request.get_param("last_name") or "", description=request.get_param("description") or "",
            url=request.get_param("url") or "", nicename=request.get_param("slug") or "",
            locale=request.get_param("locale") or "")
    except user_store.UserError as error:
        raise _as_rest(error) from error
    request.ctx.users.pop(user_id, None)
    request.ctx.auth_store().forget_user(user_id)
    request.set_param("context", "edit")
    user = request.ctx.auth_store().get_user(user_id)
    data = controller.prepare_item_for_response(user, request)
    return RestResponse(data, 201, {"Location": request.site.rest_url(f"/wp/v2/users/{user_id}")})


def update_user(controller: Any, request: RestRequest) -> dict[str, Any]:
    user = controller._get_user(request, request.get_param("id"))
    if isinstance(user, RestError):
        raise user
    if request.has_param("username") and request.get_param("username") != user.user_login:
        raise RestError("rest_user_invalid_argument", "Username is not editable.", 400)
    changes = {k: request.get_param(k) for k in ("email", "url", "name", "slug", "password", "first_name",
                                                  "last_name", "nickname", "description", "locale")
               if request.has_param(k)}
    try:
        user_store.update_user(request.ctx.conn, request.site.db, user.ID, changes)
        if request.has_param("roles"):
            roles = list(request.get_param("roles") or [])
            _check_roles(request, roles)
            user_store.set_roles(request.ctx.conn, request.site.db, user.ID, roles, _role_levels(request))
    except user_store.UserError as error:
        raise _as_rest(error) from error
    request.ctx.users.pop(user.ID, None)
    request.ctx.extra.get("user_meta", {}).pop(user.ID, None)
    request.ctx.auth_store().forget_user(user.ID)
    request.set_param("context", "edit")
    return controller.prepare_item_for_response(request.ctx.auth_store().get_user(user.ID), request)


def delete_user(controller: Any, request: RestRequest) -> dict[str, Any]:
    user = controller._get_user(request, request.get_param("id"))
    if isinstance(user, RestError):
        raise user
    if not request.get_param("force"):
        raise RestError("rest_trash_not_supported", "Users do not support trashing. Set 'force=true' to delete.", 501)
    reassign = request.get_param("reassign")
    if reassign:
        if reassign == user.ID or request.ctx.auth_store().get_user(int(reassign)) is None:
            raise RestError("rest_user_invalid_reassign", "Invalid user ID for reassignment.", 400)
    request.set_param("context", "edit")
    previous = controller.prepare_item_for_response(user, request)
    previous.pop("_links", None)  # WordPress returns the previous data without its links
    user_store.delete_user(request.ctx.conn, request.site.db, user.ID, int(reassign) if reassign else None)
    request.ctx.auth_store().forget_user(user.ID)
    request.ctx.users.pop(user.ID, None)  # gone: the Allow checks that follow must not find it
    return {"deleted": True, "previous": previous}
