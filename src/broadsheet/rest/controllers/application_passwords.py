"""``/wp/v2/users/{id|me}/application-passwords``: ``WP_REST_Application_Passwords_Controller``.

Items live in usermeta ``_application_passwords`` as WordPress stores them (``auth.app_passwords``);
the plain password is shown once, in the create response.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from broadsheet.auth import app_passwords as ap
from broadsheet.auth.errors import AuthError
from broadsheet.formatting.sanitize import sanitize_text_field
from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.errors import RestError
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import rest_get_endpoint_args_for_schema
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"
BASE = r"/users/(?P<user_id>(?:[\d]+|me))/application-passwords"


def register(server: RestServer) -> None:
    schema = get_item_schema
    context = {"context": dict(CONTEXT_ARG)}
    server.register_route(NAMESPACE, BASE, [
        Endpoint(READABLE, get_items, get_items_permissions_check, dict(context)),
        Endpoint(CREATABLE, create_item, create_item_permissions_check, rest_get_endpoint_args_for_schema(schema(), "POST")),
        Endpoint(DELETABLE, delete_items, delete_items_permissions_check, {}),
    ], schema=schema)
    server.register_route(NAMESPACE, BASE + "/introspect", [
        Endpoint(READABLE, get_current_item, get_current_item_permissions_check, dict(context)),
    ], schema=schema)
    server.register_route(NAMESPACE, BASE + r"/(?P<uuid>[\w\-]+)", [
        Endpoint(READABLE, get_item, get_item_permissions_check, dict(context)),
        Endpoint(EDITABLE, update_item, update_item_permissions_check,
                 rest_get_endpoint_args_for_schema(schema(), ("POST", "PUT", "PATCH"))),
        Endpoint(DELETABLE, delete_item, delete_item_permissions_check, {}),
    ], schema=schema)


# -- the user and the items ---------------------------------------------------------------------
def _user(request: RestRequest) -> Any:
    """The target user (``me`` = the caller); WordPress's errors when missing or unavailable."""
    wanted = request.get_param("user_id")
    if wanted == "me":
        if request.user is None:
            raise RestError("rest_not_logged_in", "You are not currently logged in.", 401)
        user = request.user
    else:
        try:
            user_id = int(wanted)
        except (TypeError, ValueError):
            user_id = 0
        user = request.ctx.auth_store().get_user(user_id) if user_id > 0 else None
        if user is None:
            raise RestError("rest_user_invalid_id", "Invalid user ID.", 404)
    if not request.site.application_passwords_available():
        raise RestError("application_passwords_disabled", "Application passwords are not available.", 501)
    return user


def _items(request: RestRequest, user: Any) -> ap.PasswordItems:
    return request.ctx.auth_store().get_application_passwords(user.ID)


def _item(request: RestRequest, user: Any) -> dict[str, Any]:
    found = ap.find_application_password(_items(request, user), str(request.get_param("uuid") or ""))
    if found is None:
        raise RestError("rest_application_password_not_found", "Application password not found.", 404)
    return found


def _check(request: RestRequest, cap: str, code: str, message: str) -> bool | RestError:
    try:
        user = _user(request)
    except RestError as error:
        return error
    return True if current_user_can(request, cap, user.ID) else forbidden(request, code, message)


def _date(value: Any) -> str | None:
    if not value:
        return None
    return datetime.fromtimestamp(int(value), timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def prepare_item(item: dict[str, Any], user: Any, request: RestRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uuid": item.get("uuid"), "app_id": item.get("app_id") or "", "name": item.get("name"),
        "created": _date(item.get("created")), "last_used": _date(item.get("last_used")),
        "last_ip": item.get("last_ip") or None,
    }
    if request.context != "edit" and request.context != "view" and request.context != "embed":
        return data
    uid = request.get_param("user_id")
    links = LinkSet(request).add("self", request.site.rest_url(f"/wp/v2/users/{user.ID if uid != 'me' else user.ID}/application-passwords/{item.get('uuid')}"))
    data["_links"] = links.compact()
    return data


# -- permissions ----------------------------------------------------------------------------------
def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    return _check(request, "list_app_passwords", "rest_cannot_list_application_passwords",
                  "Sorry, you are not allowed to list application passwords for this user.")


def create_item_permissions_check(request: RestRequest) -> bool | RestError:
    return _check(request, "create_app_password", "rest_cannot_create_application_passwords",
                  "Sorry, you are not allowed to create application passwords for this user.")


def delete_items_permissions_check(request: RestRequest) -> bool | RestError:
    return _check(request, "delete_app_passwords", "rest_cannot_delete_application_passwords",
                  "Sorry, you are not allowed to delete application passwords for this user.")


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    return _check(request, "read_app_password", "rest_cannot_read_application_password",
                  "Sorry, you are not allowed to read this application password.")


def update_item_permissions_check(request: RestRequest) -> bool | RestError:
    return _check(request, "edit_app_password", "rest_cannot_edit_application_password",
                  "Sorry, you are not allowed to edit this application password.")


def delete_item_permissions_check(request: RestRequest) -> bool | RestError:
    return _check(request, "delete_app_password", "rest_cannot_delete_application_password",
                  "Sorry, you are not allowed to delete this application password.")


def get_current_item_permissions_check(request: RestRequest) -> bool | RestError:
    try:
        user = _user(request)
    except RestError as error:
        return error
    if request.user is None or request.user.ID != user.ID:
        return forbidden(request, "rest_cannot_introspect_app_password_for_non_authenticated_user",
                         "The authenticated application password can only be introspected for the current user.")
    return True


# -- handlers ------------------------------------------------------------------------------------
def get_items(request: RestRequest) -> list[dict[str, Any]]:
    user = _user(request)
    return [prepare_item(item, user, request) for item in _items(request, user).values()]


def get_item(request: RestRequest) -> dict[str, Any]:
    user = _user(request)
    return prepare_item(_item(request, user), user, request)


def get_current_item(request: RestRequest) -> dict[str, Any]:
    user = _user(request)
    uuid = getattr(request.auth, "app_password_uuid", None)
    found = ap.find_application_password(_items(request, user), uuid) if uuid else None
    if found is None:
        raise RestError("rest_no_authenticated_app_password", "Cannot introspect application password.", 404)
    return prepare_item(found, user, request)


def _as_rest(error: AuthError) -> RestError:
    return RestError(error.code, error.message, error.status or 400)


def create_item(request: RestRequest) -> RestResponse:
    user = _user(request)
    result = request.ctx.auth_store().create_application_password(
        user.ID, sanitize_text_field(str(request.get_param("name") or "")), str(request.get_param("app_id") or ""))
    if isinstance(result, AuthError):
        raise _as_rest(result)
    plain, item = result
    request.set_param("context", "edit")
    data = prepare_item(item, user, request)
    links = data.pop("_links")
    data["password"] = ap.chunk_password(plain)
    data["_links"] = links
    location = request.site.rest_url(f"/wp/v2/users/{user.ID}/application-passwords/{item['uuid']}")
    return RestResponse(data, 201, {"Location": location})


def update_item(request: RestRequest) -> dict[str, Any]:
    user = _user(request)
    item = _item(request, user)
    store = request.ctx.auth_store()
    if request.has_param("name"):
        error = store.update_application_password(user.ID, item["uuid"], sanitize_text_field(str(request.get_param("name"))))
        if isinstance(error, AuthError):
            raise _as_rest(error)
    request.set_param("context", "edit")
    return prepare_item(_item(request, user), user, request)


def delete_items(request: RestRequest) -> dict[str, Any]:
    user = _user(request)
    store = request.ctx.auth_store()
    count = len(_items(request, user))
    store.set_application_passwords(user.ID, {})
    return {"deleted": True, "count": count}


def delete_item(request: RestRequest) -> dict[str, Any]:
    user = _user(request)
    item = _item(request, user)
    request.set_param("context", "edit")
    previous = prepare_item(item, user, request)
    previous.pop("_links", None)
    remaining = ap.delete_application_password(_items(request, user), item["uuid"])
    if isinstance(remaining, AuthError):
        raise _as_rest(remaining)
    request.ctx.auth_store().set_application_passwords(user.ID, remaining)
    return {"deleted": True, "previous": previous}


def get_item_schema() -> dict[str, Any]:
    everywhere = ["view", "edit", "embed"]
    return {
        "$schema": "http://json-schema.org/draft-04/schema#", "title": "application-password", "type": "object",
        "properties": {
            "uuid": {"description": "The unique identifier for the application password.", "type": "string",
                     "format": "uuid", "context": everywhere, "readonly": True},
            "app_id": {"description": "A UUID provided by the application to uniquely identify it. It is recommended to use an UUID v5 with the URL or DNS namespace.",
                       "type": "string", "oneOf": [{"type": "string", "format": "uuid"}, {"type": "string", "enum": [""]}],
                       "context": everywhere},
            "name": {"description": "The name of the application password.", "type": "string", "required": True,
                     "context": everywhere, "minLength": 1, "pattern": ".*\\S.*"},
            "password": {"description": "The generated password. Only available after adding an application.",
                         "type": "string", "context": ["edit"], "readonly": True},
            "created": {"description": "The GMT date the application password was created.", "type": "string",
                        "format": "date-time", "context": ["view", "edit"], "readonly": True},
            "last_used": {"description": "The GMT date the application password was last used.", "type": ["string", "null"],
                          "format": "date-time", "context": ["view", "edit"], "readonly": True},
            "last_ip": {"description": "The IP address the application password was last used by.", "type": ["string", "null"],
                        "format": "ip", "context": ["view", "edit"], "readonly": True},
        },
    }
