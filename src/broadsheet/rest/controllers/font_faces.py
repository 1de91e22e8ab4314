"""``/wp/v2/font-families/{font_family_id}/font-faces``: ``WP_REST_Font_Faces_Controller`` (WordPress 7.1.4).

A ``wp_font_face`` post is a child of its ``wp_font_family``: its theme.json ``@font-face`` settings
are JSON in its content, its title the face's slug (family;style;weight;stretch;unicode-range, which
keeps faces unique). Creates take the settings as a JSON string so that multipart forms can carry
font files; each file key named in ``src`` is stored in the fonts directory (``uploads/fonts``) and
replaced by its URL. Faces are read, created and deleted (force only), never updated; every route
needs ``edit_theme_options``. As in WordPress, the collection lists every face whatever the family
in the URL (it only has to be a font family).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from broadsheet.content.post_types import PostType
from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.sanitize import sanitize_text_field, sanitize_title
from broadsheet.formatting.urls import sanitize_url
from broadsheet.rest.controllers.font_families import (
    THEME_JSON_VERSION,
    FontPostsController,
    decode_settings_arg,
    sanitize_font_family,
    wp_json_encode,
)
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_prepare import fields_for_response
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet
from broadsheet.rest.request import RestRequest
from broadsheet.rest.rollback import on_commit
from broadsheet.rest.routes import CREATABLE, DELETABLE, READABLE, Endpoint
from broadsheet.rest.server import RestServer

__all__ = ["FONT_MIME_TYPES", "FontFacesController", "delete_font_face_files", "get_font_face_slug",
           "register_type"]

_ALL = ["view", "edit", "embed"]
#: ``WP_Font_Utils::get_allowed_font_mime_types`` on PHP >= 8.1.12 (the oracle's).
FONT_MIME_TYPES = {"otf": "application/vnd.ms-opentype", "ttf": "font/sfnt", "woff": "font/woff",
                   "woff2": "font/woff2"}
#: ``wp_get_font_dir()['subdir']`` under the uploads directory (``_wp_filter_font_directory``).
FONTS_DIR = "fonts"
_FILE_TYPE_REFUSED = "Sorry, you are not allowed to upload this file type."
_STRETCH = {"ultra-condensed": "50%", "extra-condensed": "62.5%", "semi-condensed": "87.5%", "condensed": "75%",
            "normal": "100%", "semi-expanded": "112.5%", "extra-expanded": "150%", "ultra-expanded": "200%",
            "expanded": "125%"}




def _php_empty(value: Any) -> bool:
    return value in ("", "0", 0, False, None) or value == [] or value == {}


def get_font_face_slug(settings: dict[str, Any]) -> str:
    """``WP_Font_Utils::get_font_face_slug``: family;style;weight;stretch;unicode-range, normalised."""
    values = {"fontFamily": "", "fontStyle": "normal", "fontWeight": "400", "fontStretch": "100%",
              "unicodeRange": "U+0-10FFFF", **settings}
    weight = php_strval(values["fontWeight"]).lower().replace("normal", "400").replace("bold", "700")
    stretch = php_strval(values["fontStretch"]).lower()
    for keyword, percent in _STRETCH.items():  # str_replace with the map's keys in order
        stretch = stretch.replace(keyword, percent)
    elements = [php_strval(values["fontFamily"]).lower(), php_strval(values["fontStyle"]).lower(), weight,
                stretch, php_strval(values["unicodeRange"]).upper()]
    cleaned = [re.sub(r",\s+", ",", e.replace('"', "").replace("'", "").replace(";", "").strip(" \t\n\r\0\x0b"))
               for e in elements]
    return sanitize_text_field(";".join(cleaned))


def delete_font_face_files(request: RestRequest, face_id: int) -> None:
    """``_wp_before_delete_font_face``: the face's uploaded files leave the fonts directory (after the commit)."""
    from broadsheet.content.media_storage import media_storage_for

    storage = media_storage_for(request.ctx.site)
    if storage is None:
        return
    for file in PostData.of(request).meta_values(face_id, "_wp_font_face_file"):
        if file:  # once the face's row is gone for good: a failed delete keeps its files
            on_commit(request.ctx, partial(storage.delete, f"{FONTS_DIR}/{file}"))


class FontFacesController(FontPostsController):
    """The posts controller of ``wp_font_face``, nested under a font family."""

    collection_noun = "font faces"
    item_noun = "font face"
    dropped_collection_params = ("slug",)

    # -- schema and routes ------------------------------------------------------------------------
    def build_item_schema(self, rest_url: Any) -> dict[str, Any]:
        def text(description: str, **extra: Any) -> dict[str, Any]:
            return {"description": description, "type": "string", **extra}

        settings = {
            "fontFamily": text("CSS font-family value.", default=""),
            "fontStyle": text("CSS font-style value.", default="normal"),
            "fontWeight": {"description": "List of available font weights, separated by a space.", "default": "400",
                           "type": ["string", "integer"]},
            "fontDisplay": text("CSS font-display value.", default="fallback",
                                enum=["auto", "block", "fallback", "swap", "optional"]),
            "src": {"description": "Paths or URLs to the font files.",
                    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}], "default": []},
            "fontStretch": text("CSS font-stretch value."),
            "ascentOverride": text("CSS ascent-override value."),
            "descentOverride": text("CSS descent-override value."),
            "fontVariant": text("CSS font-variant value."),
            "fontFeatureSettings": text("CSS font-feature-settings value."),
            "fontVariationSettings": text("CSS font-variation-settings value."),
            "lineGapOverride": text("CSS line-gap-override value."),
            "sizeAdjust": text("CSS size-adjust value."),
            "unicodeRange": text("CSS unicode-range value."),
            "preview": text("URL to a preview image of the font face.", format="uri", default=""),
        }
        return {"$schema": "http://json-schema.org/draft-04/schema#", "title": self.post_type, "type": "object",
                "properties": {
                    "id": {"description": "Unique identifier for the post.", "type": "integer", "context": _ALL,
                           "readonly": True},
                    "theme_json_version": {
                        "description": "Version of the theme.json schema used for the typography settings.",
                        "type": "integer", "default": THEME_JSON_VERSION, "minimum": 2,
                        "maximum": THEME_JSON_VERSION, "context": _ALL},
                    "parent": {"description": "The ID for the parent font family of the font face.",
                               "type": "integer", "context": _ALL},
                    "font_face_settings": {"description": "font-face declaration in theme.json format.",
                                           "type": "object", "context": _ALL, "properties": settings,
                                           "required": ["fontFamily", "src"], "additionalProperties": False}}}

    def _setting_sanitizers(self, request: RestRequest) -> dict[str, Callable[[Any], Any]]:
        """The ``arg_options.sanitize_callback`` of each setting."""
        def src(value: Any) -> Any:
            return [self.sanitize_src(v, request) for v in value] if isinstance(value, list) \
                else self.sanitize_src(value, request)

        text: Callable[[Any], Any] = lambda value: sanitize_text_field(php_strval(value))  # noqa: E731
        sanitizers = {key: text for key in self.get_item_schema()["properties"]["font_face_settings"]["properties"]}
        sanitizers.update(fontFamily=lambda value: sanitize_font_family(php_strval(value)), src=src,
                          preview=lambda value: sanitize_url(php_strval(value)))
        return sanitizers

    def get_create_params(self) -> dict[str, dict[str, Any]]:
        return self.settings_write_args(
            "font_face_settings", "font-face declaration in theme.json format, encoded as a string.",
            self.validate_create_font_face_settings, self.sanitize_font_face_settings)

    def register_routes(self) -> None:
        ns, base = self.namespace, self.rest_base
        family = {"font_family_id": {"description": "The ID for the parent font family of the font face.",
                                     "type": "integer", "required": True}}
        item = {**family, "id": {"description": "Unique identifier for the font face.", "type": "integer",
                                 "required": True}}
        self.server.register_route(ns, f"/{base}", [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check,
                     {**family, **self.get_collection_params()}),
            Endpoint(CREATABLE, self.create_item, self.create_item_permissions_check,
                     {**family, **self.get_create_params()}),
        ], schema=self.get_public_item_schema)
        self.server.register_route(ns, f"/{base}/(?P<id>[\\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check,
                     {**item, "context": self.item_args()["context"]}),
            Endpoint(DELETABLE, self.delete_item, self.delete_item_permissions_check,
                     {**item, "force": {"type": "boolean", "default": False,
                                        "description": "Whether to bypass Trash and force deletion."}}),
        ], schema=self.get_public_item_schema)

    # -- the settings argument ----------------------------------------------------------------------
    def validate_create_font_face_settings(self, value: Any, request: RestRequest) -> Any:
        """The JSON string decodes to schema-valid settings whose sources are URLs or sent files."""
        from broadsheet.content.http_validation import site_http_validate_url
        from broadsheet.rest.schema_validate import rest_validate_value_from_schema

        settings = decode_settings_arg(value, "font_face_settings")
        if isinstance(settings, RestError):
            return settings
        schema = self.get_item_schema()["properties"]["font_face_settings"]
        error = rest_validate_value_from_schema(settings, schema, "font_face_settings")
        if error is not None:  # WP_Error::add_data: the status replaces the data, which moves to additional_data
            return RestError(error.code, error.message, 400,
                             extra_body={"additional_data": [error.data]} if error.data else None)
        for key in schema["required"]:
            if key in settings and settings[key] is not None and _php_empty(settings[key]):
                return RestError("rest_invalid_param", f"font_face_setting[ {key} ] cannot be empty.", 400)
        srcs = settings["src"] if isinstance(settings["src"], list) else [settings["src"]]
        files = request.files or {}
        for src in srcs:
            trimmed = php_strval(src).lstrip(" \t\n\r\0\x0b")
            if _php_empty(trimmed):
                return RestError("rest_invalid_param", "font_face_settings[src] values must be non-empty strings.",
                                 400)
            if site_http_validate_url(request.ctx.site, trimmed) is False and trimmed not in files:
                return RestError("rest_invalid_param", f'font_face_settings[src] value "{trimmed}" must be a valid '
                                 "URL or file reference.", 400)
        for key in files:
            if key not in srcs:
                return RestError("rest_invalid_param", f"File {key} must be used in font_face_settings[src].", 400)
        return True

    def sanitize_font_face_settings(self, value: Any, request: RestRequest) -> dict[str, Any]:
        """Each setting through its sanitize callback."""
        sanitizers = self._setting_sanitizers(request)
        settings = json.loads(value)
        return {key: sanitizers[key](item) for key, item in settings.items()}

    def sanitize_src(self, value: Any, request: RestRequest) -> str:
        """``sanitize_src``: a URL is sanitised, a file key kept as sent (both left-trimmed)."""
        from broadsheet.content.http_validation import site_http_validate_url

        trimmed = php_strval(value).lstrip(" \t\n\r\0\x0b")
        if site_http_validate_url(request.ctx.site, trimmed) is False:
            return trimmed
        return sanitize_url(trimmed)

    # -- lookups ----------------------------------------------------------------------------------
    def get_parent_font_family_post(self, request: RestRequest) -> Any:
        """``get_parent_font_family_post``: the family of the URL, else ``rest_post_invalid_parent`` (404)."""
        error = RestError("rest_post_invalid_parent", "Invalid post parent ID.", 404)
        try:
            family_id = int(request.get_param("font_family_id"))
        except (TypeError, ValueError):
            raise error from None
        family = PostData.of(request).post(family_id) if family_id > 0 else None
        if family is None or family.post_type != "wp_font_family":
            raise error
        return family

    def _face_of_family(self, request: RestRequest) -> Any:
        """The face, checked to belong to the family of the URL (``rest_font_face_parent_id_mismatch``)."""
        post = self.get_post(request, request.get_param("id"))
        family = self.get_parent_font_family_post(request)
        if int(family.ID) != int(post.post_parent):
            raise RestError("rest_font_face_parent_id_mismatch",
                            f'The font face does not belong to the specified font family with id of "{family.ID}".',
                            404)
        return post

    # -- handlers -----------------------------------------------------------------------------------
    def get_items(self, request: RestRequest) -> Any:
        self.get_parent_font_family_post(request)
        return super().get_items(request)

    def get_item(self, request: RestRequest) -> Any:
        self._face_of_family(request)
        return super().get_item(request)

    def create_item(self, request: RestRequest) -> Any:
        """Refuse a duplicate face, store the sent font files, insert; each file is kept in the face's meta."""
        from sqlalchemy import select

        from broadsheet.storage.meta import add_meta

        self.get_parent_font_family_post(request)
        settings = dict(request.get_param("font_face_settings") or {})
        posts = self.site.db.tables.posts
        duplicate = request.ctx.conn.execute(select(posts.c.ID).where(
            posts.c.post_type == self.post_type, posts.c.post_title == get_font_face_slug(settings),
            posts.c.post_status == "publish").limit(1)).first()
        if duplicate is not None:
            raise RestError("rest_duplicate_font_face", "A font face matching those settings already exists.", 400)
        files = request.files or {}
        srcs = [settings["src"]] if isinstance(settings.get("src"), str) else list(settings.get("src") or [])
        processed: list[Any] = []
        stored: list[str] = []
        for src in srcs:
            if not isinstance(src, str) or src not in files:
                processed.append(src)
                continue
            path = self.handle_font_file_upload(request, files[src])
            processed.append(f"{PostData.of(request).attachment_source().uploads_baseurl()}/{path}")
            stored.append(path[len(FONTS_DIR) + 1:])
        settings["src"] = processed[0] if len(processed) == 1 else processed
        request.set_param("font_face_settings", settings)
        response = super().create_item(request)
        face_id = int(response.data["id"])
        for file in stored:
            add_meta(request.ctx.conn, "post", face_id, "_wp_font_face_file", file, tables=self.site.db.tables)
        return response

    def handle_font_file_upload(self, request: RestRequest, file: Any) -> str:
        """``handle_font_file_upload``: the file stored under ``fonts/`` (font types only); its path."""
        from broadsheet.rest.controllers.media_uploads import Upload, store_upload

        if not isinstance(file, dict) or file.get("error") or not file.get("data"):
            raise RestError("rest_font_upload_unknown_error", "File is empty. Please upload something more "
                            "substantial. This error could also be caused by uploads being disabled in your php.ini "
                            "or by post_max_size being defined as smaller than upload_max_filesize in php.ini.", 500)
        upload = Upload(str(file.get("name") or ""), str(file.get("type") or ""), bytes(file["data"]))
        try:
            path, _ = store_upload(request, upload, None, "rest_font_upload_unknown_error",
                                   mimes=FONT_MIME_TYPES, subdir=FONTS_DIR)
        except RestError as error:  # handle_font_file_upload_error
            if error.message == _FILE_TYPE_REFUSED:
                raise RestError("rest_font_upload_invalid_file_type", error.message, 400) from None
            raise RestError("rest_font_upload_unknown_error", error.message, 500) from None
        return path

    def delete_item(self, request: RestRequest) -> Any:
        """Only ``force=true``; the face's uploaded files are deleted with it."""
        post = self._face_of_family(request)
        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported", 'Font faces do not support trashing. Set "force=true" to '
                            "delete.", 501)
        delete_font_face_files(request, post.ID)
        return super().delete_item(request)

    # -- the response -----------------------------------------------------------------------------
    def settings_from_post(self, post: Any) -> dict[str, Any]:
        """``get_settings_from_post``: the stored JSON, only the schema's settings."""
        try:
            stored = json.loads(post.post_content)
        except ValueError:
            stored = None
        if stored is None:
            stored = {"fontFamily": "", "src": []}
        known = self.get_item_schema()["properties"]["font_face_settings"]["properties"]
        return {key: value for key, value in stored.items() if key in known} if isinstance(stored, dict) else {}

    def prepare_item_for_response(self, post: Any, request: RestRequest) -> dict[str, Any]:
        fields = fields_for_response(request, self.get_item_schema()["properties"])
        data: dict[str, Any] = {}
        if is_field_included("id", fields):
            data["id"] = post.ID
        if is_field_included("theme_json_version", fields):
            data["theme_json_version"] = THEME_JSON_VERSION
        if is_field_included("parent", fields):
            data["parent"] = post.post_parent
        if is_field_included("font_face_settings", fields):
            data["font_face_settings"] = self.settings_from_post(post)
        if is_field_included("_links", fields):
            family = f"/{self.namespace}/font-families/{post.post_parent}"
            links = LinkSet(request)
            links.add("self", self.server.rest_url(f"{family}/font-faces/{post.ID}"))
            links.add("collection", self.server.rest_url(f"{family}/font-faces"))
            links.add("parent", self.server.rest_url(family))
            data["_links"] = links.compact()
        return data

    def prepare_item_for_database(self, request: RestRequest) -> dict[str, Any]:
        settings = request.get_param("font_face_settings") or {}
        title = get_font_face_slug(settings)
        return {"post_type": self.post_type, "post_parent": int(request.get_param("font_family_id")),
                "post_status": "publish", "post_title": title, "post_name": sanitize_title(title),
                "post_content": wp_json_encode(settings)}


def register_type(server: RestServer, post_type: PostType) -> None:
    FontFacesController(server, post_type).register_routes()
