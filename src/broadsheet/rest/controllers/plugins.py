"""``/wp/v2/plugins[/{plugin}]``: ``WP_REST_Plugins_Controller`` (WordPress 7.1.4) on a site without plugins.

broadsheet runs no PHP plugins, so none is installed: the list is empty, every plugin is "not
found", and installing answers ``fs_unavailable`` — there is no plugin filesystem to manage (the
reference WordPress answers the same when it cannot write its plugins directory). Permission checks
and argument validation are WordPress's.
"""

from __future__ import annotations

from typing import Any

from broadsheet.rest.controllers.common import CONTEXT_ARG
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import get_collection_params
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"
#: ``WP_REST_Plugins_Controller::PATTERN``
PATTERN = r"[^.\/]+(?:\/[^.\/]+)?"
STATUSES = ["inactive", "active"]
#: Installed plugins (``get_plugins()``): none.
INSTALLED_PLUGINS: dict[str, dict[str, Any]] = {}


def register(server: RestServer) -> None:
    status = {"description": "The plugin activation status.", "type": "string", "enum": list(STATUSES)}
    server.register_route(NAMESPACE, "/plugins", [
        Endpoint(READABLE, get_items, get_items_permissions_check, collection_params()),
        Endpoint(CREATABLE, create_item, create_item_permissions_check, {
            "slug": {"type": "string", "description": "WordPress.org plugin directory slug.", "pattern": r"[\w\-]+",
                     "required": True},
            "status": {**status, "default": "inactive"},
        }),
    ], schema=get_item_schema)
    common = {"context": dict(CONTEXT_ARG), "plugin": {"type": "string", "pattern": PATTERN}}
    server.register_route(NAMESPACE, f"/plugins/(?P<plugin>{PATTERN})", [
        Endpoint(READABLE, get_item, get_item_permissions_check, dict(common)),
        Endpoint(EDITABLE, update_item, update_item_permissions_check, {**common, "status": dict(status)}),
        Endpoint(DELETABLE, delete_item, delete_item_permissions_check, dict(common)),
    ], schema=get_item_schema)


def collection_params() -> dict[str, dict[str, Any]]:
    params = get_collection_params(get_item_schema())
    params["context"]["default"] = "view"
    params["status"] = {"description": "Limits results to plugins with the given status.", "type": "array",
                        "items": {"type": "string", "enum": list(STATUSES)}}
    del params["page"], params["per_page"]
    return params


def _manage_error(request: RestRequest, code: str, message: str = "Sorry, you are not allowed to manage plugins "
                  "for this site.") -> RestError:
    return forbidden(request, code, message)


def check_read_permission(request: RestRequest) -> bool | RestError:
    """``check_read_permission``: the plugin must be installed."""
    if f"{request.get_param('plugin')}.php" not in INSTALLED_PLUGINS:
        return RestError("rest_plugin_not_found", "Plugin not found.", 404)
    return True


# -- collection ------------------------------------------------------------------------------------------
def get_items_permissions_check(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "activate_plugins"):
        return _manage_error(request, "rest_cannot_view_plugins")
    return True


def get_items(request: RestRequest) -> list[dict[str, Any]]:
    return []  # get_plugins() finds nothing


def create_item_permissions_check(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "install_plugins"):
        return forbidden(request, "rest_cannot_install_plugin", "Sorry, you are not allowed to install plugins on this site.")
    if request.get_param("status") != "inactive" and not current_user_can(request, "activate_plugins"):
        return forbidden(request, "rest_cannot_activate_plugin", "Sorry, you are not allowed to activate plugins.")
    return True


def create_item(request: RestRequest) -> Any:
    """``is_filesystem_available()`` fails first: there is no plugins directory to write."""
    raise RestError("fs_unavailable", "The filesystem is currently unavailable for managing plugins.", 500)


# -- item -----------------------------------------------------------------------------------------------------
def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "activate_plugins"):
        return _manage_error(request, "rest_cannot_view_plugin")
    return check_read_permission(request)


def update_item_permissions_check(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "activate_plugins"):
        return _manage_error(request, "rest_cannot_manage_plugins")
    return check_read_permission(request)


def delete_item_permissions_check(request: RestRequest) -> bool | RestError:
    if not current_user_can(request, "activate_plugins"):
        return _manage_error(request, "rest_cannot_manage_plugins")
    if not current_user_can(request, "delete_plugins"):
        return _manage_error(request, "rest_cannot_manage_plugins", "Sorry, you are not allowed to delete plugins for this site.")
    return check_read_permission(request)


def _not_found(request: RestRequest) -> Any:
    """Unreachable while no plugin is installed: the permission checks answer 404 first."""
    raise RestError("rest_plugin_not_found", "Plugin not found.", 404)


get_item = update_item = delete_item = _not_found


def get_item_schema() -> dict[str, Any]:
    every = ["view", "edit", "embed"]
    full = ["view", "edit"]

    def prop(description: str, kind: str, context: list[str], **extra: Any) -> dict[str, Any]:
        return {"description": description, "type": kind, **extra, "readonly": True, "context": context}

    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "plugin",
        "type": "object",
        "properties": {
            "plugin": prop("The plugin file.", "string", every, pattern=PATTERN),
            "status": {"description": "The plugin activation status.", "type": "string", "enum": list(STATUSES),
                       "context": every},
            "name": prop("The plugin name.", "string", every),
            "plugin_uri": prop("The plugin's website address.", "string", full, format="uri"),
            "author": prop("The plugin author.", "string", full),
            "author_uri": prop("Plugin author's website address.", "string", full, format="uri"),
            "description": {"description": "The plugin description.", "type": "object", "readonly": True,
                            "context": full, "properties": {
                                "raw": {"description": "The raw plugin description.", "type": "string"},
                                "rendered": {"description": "The plugin description formatted for display.",
                                             "type": "string"}}},
            "version": prop("The plugin version number.", "string", full),
            "network_only": prop("Whether the plugin can only be activated network-wide.", "boolean", every),
            "requires_wp": prop("Minimum required version of WordPress.", "string", every),
            "requires_php": prop("Minimum required version of PHP.", "string", every),
            "textdomain": prop("The plugin's text domain.", "string", full),
        },
    }
