"""``/wp/v2/global-styles/{id}``: ``WP_REST_Global_Styles_Controller`` (WordPress 7.1.4).

A ``wp_global_styles`` post holds a theme's user styles as theme.json (``isGlobalStylesUserThemeJSON``).
Reading needs ``read_post`` (``edit_posts``), editing ``edit_post`` (``edit_theme_options``). The
answer's ``settings`` and ``styles`` are the post's JSON sanitised as ``new WP_Theme_JSON( …,
'custom' )`` does (``themes/theme_json.py``). Updates store the request's ``styles`` / ``settings``
(or keep the stored ones) as the post content, which makes a revision.

``/global-styles/themes/{stylesheet}/variations`` lists the active theme's style variations, and
``/global-styles/themes/{stylesheet}`` its merged theme.json (core's, the blocks' and the theme's:
``themes/theme_json_resolver.py``), settings and styles as the block editor receives them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from broadsheet.rest.controllers.post_data import PostData, php_int
from broadsheet.rest.controllers.themes import sanitize_stylesheet
from broadsheet.rest.controllers.post_prepare import fields_for_response, filter_by_context
from broadsheet.rest.encoding import EncodedDict, JSONObject, json_encode
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import rest_get_endpoint_args_for_schema
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.themes.style_variations import resolved_theme_uris
from broadsheet.themes.user_styles import (
    block_style_partials_registered,
    decode_user_config,
    register_block_style_partials,
    sanitized_user_config,
)

NAMESPACE = "wp/v2"
_EVERY = ["embed", "view", "edit"]
_VARIATIONS_STYLESHEET = "[\\/\\s%\\w\\.\\(\\)\\[\\]\\@_\\-]+"
#: A theme's directory, ``<theme>`` or ``<subdirectory>/<theme>``, without the characters a directory
#: name may not hold (``/:<>*?"|``).
_THEME_STYLESHEET = '[^\\/:<>\\*\\?"\\|]+(?:\\/[^\\/:<>\\*\\?"\\|]+)?'


def get_item_schema(post_type: str) -> dict[str, Any]:
    """``WP_REST_Global_Styles_Controller::get_item_schema``."""
    title_part = ["view", "edit", "embed"]
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": post_type,
        "type": "object",
        "properties": {
            "id": {"description": "ID of global styles config.", "type": "integer", "context": _EVERY,
                   "readonly": True},
            "styles": {"description": "Global styles.", "type": ["object"], "context": ["view", "edit"]},
            "settings": {"description": "Global settings.", "type": ["object"], "context": ["view", "edit"]},
            "title": {
                "description": "Title of the global styles variation.", "type": ["object", "string"],
                "default": "", "context": _EVERY,
                "properties": {
                    "raw": {"description": "Title for the global styles variation, as it exists in the database.",
                            "type": "string", "context": title_part},
                    "rendered": {"description": "HTML title for the post, transformed for display.",
                                 "type": "string", "context": title_part, "readonly": True},
                },
            },
        },
    }


def php_json_encode_stored(value: Any) -> str:
    """``wp_json_encode( $config, JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_HEX_AMP )``."""
    encoded = json_encode(value).decode("ascii").replace("\\/", "/")
    return encoded.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def validate_custom_css(css: Any) -> None:
    """``validate_custom_css``: a string that cannot close the ``<style>`` element it is printed in."""
    from broadsheet.formatting.escape import esc_html

    if not isinstance(css, str):
        raise RestError("rest_custom_css_invalid_type", "CSS must be a string.", 400)
    raw = css.encode("utf-8")
    lower = raw.lower()
    at = lower.find(b"<")
    while at != -1:
        remaining = len(raw) - at
        if lower[at:at + min(7, remaining)] == b"</style"[:min(7, remaining)]:
            if remaining < 8:
                tail = raw[at:].decode("utf-8", "replace")
                raise RestError("rest_custom_css_illegal_markup", f'The CSS must not end in "{esc_html(tail)}".', 400)
            if raw[at + 7:at + 8] in (b" ", b"\t", b"\f", b"\r", b"\n", b"/", b">"):
                part = raw[at:at + 8].decode("utf-8", "replace")
                raise RestError("rest_custom_css_illegal_markup", f'The CSS must not contain "{esc_html(part)}".', 400)
        at = lower.find(b"<", at + 1)


class GlobalStylesController:
    """The user global styles post of a theme, read and updated by id."""

    namespace = NAMESPACE

    def __init__(self, server: RestServer, post_type: Any) -> None:
        self.server = server
        self.post_type = post_type.name
        self.rest_base = post_type.rest_base

    def schema(self) -> dict[str, Any]:
        return get_item_schema(self.post_type)

    def register_routes(self) -> None:
        schema = self.schema()
        variations = f"/{self.rest_base}/themes/(?P<stylesheet>{_VARIATIONS_STYLESHEET})/variations"
        self.server.register_route(NAMESPACE, variations, [
            Endpoint(READABLE, self.get_theme_items, self.get_theme_items_permissions_check,
                     {"stylesheet": {"description": "The theme identifier", "type": "string"}}, allow_batch=False),
        ])
        self.server.register_route(NAMESPACE, f"/{self.rest_base}/themes/(?P<stylesheet>{_THEME_STYLESHEET})", [
            Endpoint(READABLE, self.get_theme_item, self.get_theme_items_permissions_check,
                     {"stylesheet": {"description": "The theme identifier", "type": "string",
                                     "sanitize_callback": sanitize_stylesheet}}, allow_batch=False),
        ])
        self.server.register_route(NAMESPACE, f"/{self.rest_base}/(?P<id>[\\/\\d+]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check,
                     {"id": {"description": "ID of global styles config.", "type": "integer"}}, allow_batch=False),
            Endpoint(EDITABLE, self.update_item, self.update_item_permissions_check,
                     rest_get_endpoint_args_for_schema(schema, EDITABLE), allow_batch=False),
        ], schema=self.schema)

    # -- lookups and permissions -----------------------------------------------------------------------
    def get_post(self, request: RestRequest, post_id: Any) -> Any:
        """``get_post``: the ``wp_global_styles`` post, else ``rest_global_styles_not_found``."""
        error = RestError("rest_global_styles_not_found", "No global styles config exists with that ID.", 404)
        pid = php_int(post_id)
        post = PostData.of(request).post(pid) if pid > 0 else None
        if post is None or post.post_type != self.post_type:
            raise error
        return post

    def get_item_permissions_check(self, request: RestRequest) -> Any:
        try:
            post = self.get_post(request, request.get_param("id"))
        except RestError as error:
            return error
        data = PostData.of(request)
        if request.get_param("context") == "edit" and not data.can("edit_post", post.ID):
            return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit this global style.")
        if not data.can("read_post", post.ID):
            return forbidden(request, "rest_cannot_view", "Sorry, you are not allowed to view this global style.")
        return True

    def update_item_permissions_check(self, request: RestRequest) -> Any:
        try:
            post = self.get_post(request, request.get_param("id"))
        except RestError as error:
            return error
        if not PostData.of(request).can("edit_post", post.ID):
            return forbidden(request, "rest_cannot_edit", "Sorry, you are not allowed to edit this global style.")
        return True

    def get_theme_items_permissions_check(self, request: RestRequest) -> Any:
        """``get_theme_item_permissions_check``: whoever edits some post type, or the theme options."""
        if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request) \
                or current_user_can(request, "edit_theme_options"):
            return True
        return forbidden(request, "rest_cannot_read_global_styles",
                         "Sorry, you are not allowed to access the global styles on this site.")

    # -- handlers ------------------------------------------------------------------------------------
    def get_item(self, request: RestRequest) -> dict[str, Any]:
        return self.prepare_item_for_response(self.get_post(request, request.get_param("id")), request)

    def get_theme_items(self, request: RestRequest) -> list[dict[str, Any]]:
        """``get_theme_items``: the active theme's style variations (``styles/**/*.json`` without
        ``blockTypes``), each sanitised with the ``theme`` origin (made and encoded once per theme)."""
        from broadsheet.themes.theme import active_stylesheet

        stylesheet = request.get_param("stylesheet")
        if stylesheet != active_stylesheet(request.site):
            raise RestError("rest_theme_not_found", "Theme not found.", 404)
        register_block_style_partials(request.ctx)
        variations: list[dict[str, Any]] = []
        for variation, refers_to_files in _theme_style_variations(stylesheet):
            if refers_to_files:  # its wp:theme-file links name the site's URL
                links = LinkSet(request)
                for uri in resolved_theme_uris(request.site, variation):
                    links.add("https://api.w.org/theme-file", uri["href"],
                              **{k: v for k, v in uri.items() if k != "href"})
                variation = {**variation, "_links": links.compact()}
            variations.append(variation)
        return variations

    def get_theme_item(self, request: RestRequest) -> dict[str, Any]:
        """``get_theme_item``: the active theme's merged theme.json (core, blocks, theme): its settings
        and its styles."""
        from broadsheet.themes.theme import active_stylesheet
        from broadsheet.themes.theme_json_resolver import merged_theme_data

        stylesheet = request.get_param("stylesheet")
        if stylesheet != active_stylesheet(request.site):
            raise RestError("rest_theme_not_found", "Theme not found.", 404)
        register_block_style_partials(request.ctx)  # get_theme_data() registers them
        theme = _merged_theme_parts(stylesheet)
        properties = self.schema()["properties"]
        fields = fields_for_response(request, properties)
        data: dict[str, Any] = {}
        if is_field_included("settings", fields):
            data["settings"] = theme["settings"]
        if is_field_included("styles", fields):
            data["styles"] = theme["styles"]
        data = filter_by_context(data, properties, request.context)
        if is_field_included("_links", fields) or is_field_included("_embedded", fields):
            links = LinkSet(request)
            links.add("self", request.site.rest_url(f"/{NAMESPACE}/{self.rest_base}/themes/{stylesheet}"))
            for uri in resolved_theme_uris(request.site, merged_theme_data(stylesheet)):
                links.add("https://api.w.org/theme-file", uri["href"],
                          **{k: v for k, v in uri.items() if k != "href"})
            data["_links"] = links.compact()
        return data

    def prepare_item_for_database(self, request: RestRequest, post: Any) -> dict[str, Any]:
        """The post changes: the new content (request styles/settings over the stored ones) and title."""
        changes: dict[str, Any] = {}
        existing = decode_user_config(post.post_content) or {}
        styles, settings = request.get_param("styles"), request.get_param("settings")
        if styles is not None or settings is not None:
            config: dict[str, Any] = {}
            if styles is not None:
                if isinstance(styles, dict) and styles.get("css") is not None:
                    validate_custom_css(styles["css"])
                config["styles"] = styles
            elif existing.get("styles") is not None:
                config["styles"] = existing["styles"]
            register_block_style_partials(request.ctx)
            if settings is not None:
                config["settings"] = settings
            elif existing.get("settings") is not None:
                config["settings"] = existing["settings"]
            config["isGlobalStylesUserThemeJSON"] = True
            config["version"] = theme_json_latest_schema()
            changes["post_content"] = php_json_encode_stored(config)
        title = request.get_param("title")
        if isinstance(title, str):
            changes["post_title"] = title
        elif isinstance(title, dict) and title.get("raw") not in (None, "", "0", False, 0):
            changes["post_title"] = title["raw"]
        return changes

    def update_item(self, request: RestRequest) -> dict[str, Any]:
        """``WP_REST_Posts_Controller::update_item`` with this controller's database preparation."""
        from broadsheet.content.posts import PostError, after_insert_post, update_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env, post_write_error

        post = self.get_post(request, request.get_param("id"))
        changes = self.prepare_item_for_database(request, post)
        env = post_env(request)
        try:
            update_post(request.ctx.conn, env, post.ID, changes, fire_after_hooks=False)
        except PostError as error:
            raise post_write_error(error) from error
        forget_posts(request, env.touched)
        request.set_param("context", "edit")
        env = post_env(request)
        after_insert_post(request.ctx.conn, env, post.ID, True)
        forget_posts(request, {post.ID, *env.touched})
        return self.prepare_item_for_response(self.get_post(request, post.ID), request)

    def prepare_item_for_response(self, post: Any, request: RestRequest) -> dict[str, Any]:
        properties = self.schema()["properties"]
        fields = fields_for_response(request, properties)

        def included(name: str) -> bool:
            return is_field_included(name, fields)

        config = sanitized_user_config(post.post_content, request.ctx.options,
                                       partials=block_style_partials_registered(request.ctx))
        data: dict[str, Any] = {}
        if included("id"):
            data["id"] = post.ID
        if included("title"):
            data["title"] = {}
        if included("title.raw"):
            data["title"]["raw"] = post.post_title
        if included("title.rendered"):
            from broadsheet.formatting.chains import render_title

            ctx = PostData.of(request).render_context(post)
            data["title"]["rendered"] = render_title(post.post_title, ctx, request.site.hooks)
        if included("settings"):
            data["settings"] = (config or {}).get("settings") or JSONObject()
        if included("styles"):
            data["styles"] = (config or {}).get("styles") or JSONObject()
        data = filter_by_context(data, properties, request.context)
        if included("_links") or included("_embedded"):
            data["_links"] = self._prepare_links(post, request, config)
        return data

    def _prepare_links(self, post: Any, request: RestRequest, config: dict[str, Any] | None) -> dict[str, Any]:
        site = request.site
        links = LinkSet(request)
        self_href = site.rest_url(f"/{NAMESPACE}/{self.rest_base}/{post.ID}")
        links.add("self", self_href)
        links.add("about", site.rest_url(f"/{NAMESPACE}/types/{self.post_type}"))
        stats = PostData.of(request).revision_stats(post.ID)
        links.add("version-history", site.rest_url(f"/{NAMESPACE}/{self.rest_base}/{post.ID}/revisions"),
                  count=stats.count)
        for uri in resolved_theme_uris(site, config):
            links.add("https://api.w.org/theme-file", uri["href"], **{k: v for k, v in uri.items() if k != "href"})
        post_type = site.post_types.get(self.post_type)
        if post_type is not None and current_user_can(request, post_type.cap["publish_posts"]):
            links.add("https://api.w.org/action-publish", self_href)
        if current_user_can(request, "edit_css"):
            links.add("https://api.w.org/action-edit-css", self_href)
        return links.compact()


@cache
def _merged_theme_parts(stylesheet: str) -> dict[str, Any]:
    """The theme's merged ``settings`` and ``styles``, encoded once (shared by every request: the
    ``_fields`` filter and the encoder only read them)."""
    from broadsheet.themes.theme_json_resolver import merged_theme_data

    merged = merged_theme_data(stylesheet)
    parts: dict[str, Any] = {}
    for key in ("settings", "styles"):
        value = merged.get(key)
        parts[key] = EncodedDict.of(value) if isinstance(value, dict) and value else []
    return parts


@cache
def _theme_style_variations(stylesheet: str) -> tuple[tuple[EncodedDict, bool], ...]:
    """The theme's style variations, each encoded once, and whether it refers to theme files (shared
    by every request: the ``_fields`` filter and the encoder only read them)."""
    from broadsheet.themes.style_variations import theme_file_references, theme_style_variations

    return tuple((EncodedDict.of(variation), bool(theme_file_references(variation)))
                 for variation in theme_style_variations(stylesheet))


def theme_json_latest_schema() -> int:
    from broadsheet.themes.theme_json import constants

    return int(constants()["LATEST_SCHEMA"])


def register_type(server: RestServer, post_type: Any) -> None:
    """The routes of ``wp_global_styles`` (dispatched by its ``rest_controller``): revisions, then
    the ``themes/…`` routes and the item route, as WordPress registers them."""
    from broadsheet.rest.controllers.global_styles_revisions import GlobalStylesRevisionsController

    controller = GlobalStylesController(server, post_type)
    GlobalStylesRevisionsController(server, controller).register_routes()  # type: ignore[arg-type]
    controller.register_routes()
