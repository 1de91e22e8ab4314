"""``/wp/v2/settings``: the registered settings with ``show_in_rest`` (``WP_REST_Settings_Controller``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from broadsheet.formatting.escape import esc_html
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import rest_sanitize_value_from_schema, rest_validate_value_from_schema
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.storage.options import Options

NAMESPACE = "wp/v2"


@dataclass(frozen=True)
class Setting:
    """One ``register_setting`` with ``show_in_rest``: REST name, option, schema."""

    name: str
    option: str
    type: str
    description: str
    title: str = ""
    format: str | None = None
    enum: tuple[str, ...] | None = None
    default: Any = None

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"title": self.title, "description": self.description, "type": self.type}
        if self.format:
            schema["format"] = self.format
        if self.enum:
            schema["enum"] = list(self.enum)
        return schema


#: WordPress 7.1.4's REST settings (single site), in registration order.
CORE_SETTINGS = (
    Setting("title", "blogname", "string", "Site title.", "Title"),
    Setting("description", "blogdescription", "string", "Site tagline.", "Tagline"),
    Setting("url", "siteurl", "string", "Site URL.", format="uri"),
    Setting("email", "admin_email", "string", "This address is used for admin purposes, like new user notification.",
            format="email"),
    Setting("timezone", "timezone_string", "string", "A city in the same timezone as you."),
    Setting("date_format", "date_format", "string", "A date format for all date strings."),
    Setting("time_format", "time_format", "string", "A time format for all time strings."),
    Setting("start_of_week", "start_of_week", "integer", "A day number of the week that the week should start on."),
    Setting("language", "WPLANG", "string", "WordPress locale code.", default="en_US"),
    Setting("use_smilies", "use_smilies", "boolean", "Convert emoticons like :-) and :-P to graphics on display.",
            default=True),
    Setting("default_category", "default_category", "integer", "Default post category."),
    Setting("default_post_format", "default_post_format", "string", "Default post format."),
    Setting("posts_per_page", "posts_per_page", "integer", "Blog pages show at most.", "Maximum posts per page",
            default=10),
    Setting("show_on_front", "show_on_front", "string", "What to show on the front page", "Show on front"),
    Setting("page_on_front", "page_on_front", "integer", "The ID of the page that should be displayed on the front page",
            "Page on front"),
    Setting("page_for_posts", "page_for_posts", "integer", "The ID of the page that should display the latest posts"),
    Setting("default_ping_status", "default_ping_status", "string",
            "Allow link notifications from other blogs (pingbacks and trackbacks) on new articles.", enum=("open", "closed")),
    Setting("default_comment_status", "default_comment_status", "string",
            "Allow people to submit comments on new posts.", "Allow comments on new posts", enum=("open", "closed")),
    Setting("site_logo", "site_logo", "integer", "Site logo.", "Logo"),
    Setting("site_icon", "site_icon", "integer", "Site icon.", "Icon"),
)


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/settings", [
        Endpoint(READABLE, get_item, get_item_permissions_check, {}),
        Endpoint(EDITABLE, update_item, get_item_permissions_check, {s.name: s.schema() for s in CORE_SETTINGS}),
    ], schema=get_item_schema)


def get_item_permissions_check(request: RestRequest) -> bool | RestError:
    return True if current_user_can(request, "manage_options") else forbidden(request)


def _prepare_value(value: Any, setting: Setting) -> Any:
    """The stored value coerced to the schema type; null when it does not validate."""
    schema = setting.schema()
    if value is None or value is False:
        value = setting.default if setting.default is not None else value
    if setting.type == "boolean" and isinstance(value, str) and value in ("", "0", "1"):
        value = value == "1"
    if rest_validate_value_from_schema(value, schema, setting.name) is not None:
        return None
    result = rest_sanitize_value_from_schema(value, schema, setting.name)
    return None if isinstance(result, RestError) else result


def get_item(request: RestRequest) -> dict[str, Any]:
    options = request.ctx.options
    return {s.name: _prepare_value(options.get(s.option), s) for s in CORE_SETTINGS}


#: Options ``sanitize_option`` stores HTML-escaped (``blogname``, ``blogdescription``: ``esc_html``).
_ESCAPED_OPTIONS = ("blogname", "blogdescription")


def update_item(request: RestRequest) -> dict[str, Any]:
    store = Options(request.site.db, request.ctx.conn)
    for setting in CORE_SETTINGS:
        if not request.has_param(setting.name):
            continue
        value = request.get_param(setting.name)
        if value is None:
            current = request.ctx.options.get(setting.option)
            if current is not None and _prepare_value(current, setting) is None:
                raise RestError("rest_invalid_stored_value",
                                f"The {setting.name} property has an invalid stored value, and cannot be updated to null.", 500)
            store.delete(setting.option)
        else:
            if isinstance(value, bool):
                value = "1" if value else ""
            if setting.option in _ESCAPED_OPTIONS and isinstance(value, str):
                value = esc_html(value)
            store.update(setting.option, value)
    request.site.invalidate_options()
    request.ctx.options = request.site.options(request.ctx.conn)
    return get_item(request)


def get_item_schema() -> dict[str, Any]:
    """Each setting's schema as WordPress lists it: type, title, description, default, format/enum."""
    properties = {}
    for setting in CORE_SETTINGS:
        prop: dict[str, Any] = {"type": setting.type, "title": setting.title, "description": setting.description,
                                "default": setting.default}
        if setting.format:
            prop["format"] = setting.format
        if setting.enum:
            prop["enum"] = list(setting.enum)
        properties[setting.name] = prop
    return {"$schema": "http://json-schema.org/draft-04/schema#", "title": "settings", "type": "object",
            "properties": properties}
