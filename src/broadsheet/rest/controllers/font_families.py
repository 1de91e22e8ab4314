"""``/wp/v2/font-families``: installed font families, ``WP_REST_Font_Families_Controller`` (WordPress 7.1.4).

A ``wp_font_family`` post keeps the family's name in its title, its slug in its name and the rest of
its theme.json settings (``fontFamily``, ``preview``) as JSON in its content. Writes take the settings
as a JSON string (``font_family_settings``, so that multipart forms work); reading needs
``edit_theme_options``. Font faces are child ``wp_font_face`` posts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from broadsheet.content.post_types import PostType
from broadsheet.formatting.sanitize import sanitize_text_field, sanitize_title
from broadsheet.formatting.urls import sanitize_url
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_prepare import fields_for_response
from broadsheet.rest.controllers.posts import PostsController
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

__all__ = ["FontFamiliesController", "FontPostsController", "font_face_ids", "register_type", "sanitize_font_family", "wp_json_encode"]

#: ``LATEST_THEME_JSON_VERSION_SUPPORTED``.
THEME_JSON_VERSION = 3
_ALL = ["view", "edit", "embed"]


def wp_json_encode(value: Any) -> str:
    """``wp_json_encode`` with PHP's default flags: ``\\/`` and ``\\uXXXX`` escapes."""
    return json.dumps(value, separators=(",", ":")).replace("/", "\\/")


def sanitize_font_family(font_family: Any) -> str:
    """``WP_Font_Utils::sanitize_font_family``: each comma-separated name trimmed, quoted when it has spaces."""
    if not font_family:
        return ""
    output = sanitize_text_field(str(font_family))
    names = [name.strip().strip("\"'") for name in output.split(",")]
    wrapped = [f'"{name}"' if (" " in name or any(c.isdigit() for c in name[:1])) else name for name in names]
    return ", ".join(wrapped)


def font_face_ids(request: RestRequest, family_id: int) -> list[int]:
    """``get_font_face_ids``: the family's published faces, oldest first (at most 99)."""
    from sqlalchemy import select

    posts = request.site.db.tables.posts
    rows = request.ctx.conn.execute(
        select(posts.c.ID).where(posts.c.post_parent == family_id, posts.c.post_type == "wp_font_face",
                                 posts.c.post_status == "publish").order_by(posts.c.ID).limit(99))
    return [int(r[0]) for r in rows]


def family_face_ids(request: RestRequest, family_id: int) -> list[int]:
    """Every face of the family (``get_children``: any status but trash and auto-draft, no limit),
    which ``_wp_after_delete_font_family`` deletes with it."""
    from sqlalchemy import select

    posts = request.site.db.tables.posts
    rows = request.ctx.conn.execute(
        select(posts.c.ID).where(posts.c.post_parent == family_id, posts.c.post_type == "wp_font_face",
                                 posts.c.post_status.not_in(("trash", "auto-draft"))).order_by(posts.c.ID))
    return [int(r[0]) for r in rows]


def decode_settings_arg(value: Any, param: str) -> Any:
    """A font settings arg: a string holding JSON other than ``null``, decoded; else WordPress's 400."""
    from broadsheet.rest.schema_validate import rest_validate_value_from_schema

    invalid = rest_validate_value_from_schema(value, {"type": "string"}, param)
    if invalid is not None:
        return invalid
    try:
        settings = json.loads(value)
    except ValueError:
        settings = None
    if settings is None:
        return RestError("rest_invalid_param", f"{param} parameter must be a valid JSON string.", 400)
    return settings


class FontPostsController(PostsController):
    """What the font family and font face controllers share: their read checks (only the nouns in
    the messages differ), the write args (the version and one JSON-string settings arg) and the
    collection params WordPress trims."""

    collection_noun = "font families"
    item_noun = "font family"
    #: Collection params dropped besides the date, search and status ones.
    dropped_collection_params: tuple[str, ...] = ()

    def settings_write_args(self, name: str, description: str, validate: Callable[..., Any],
                            sanitize: Callable[..., Any]) -> dict[str, dict[str, Any]]:
        """``get_endpoint_args_for_item_schema`` for create (and update): the version and ``name``,
        the settings as a JSON string."""
        version = dict(self.get_item_schema()["properties"]["theme_json_version"])
        version.pop("context", None)
        return {
            "theme_json_version": version,
            name: {"description": description, "type": "string", "required": True,
                   "validate_callback": validate, "sanitize_callback": sanitize},
        }

    def get_collection_params(self) -> dict[str, dict[str, Any]]:
        params = super().get_collection_params()
        for name in ("after", "modified_after", "before", "modified_before", "search", "search_columns",
                     *self.dropped_collection_params, "status"):
            params.pop(name, None)
        params["orderby"] = {**params["orderby"], "default": "id", "enum": ["id", "include"]}
        return params

    def get_items_permissions_check(self, request: RestRequest) -> Any:
        if not PostData.of(request).can(self.type.cap["read"]):
            return forbidden(request, "rest_cannot_read", f"Sorry, you are not allowed to access {self.collection_noun}.")
        return True

    def get_item_permissions_check(self, request: RestRequest) -> Any:
        try:
            post = self.get_post(request, request.get_param("id"))
        except RestError as error:
            return error
        if not PostData.of(request).can("read_post", post.ID):
            return forbidden(request, "rest_cannot_read", f"Sorry, you are not allowed to access this {self.item_noun}.")
        return True


class FontFamiliesController(FontPostsController):
    """The posts controller of ``wp_font_family``."""

    # -- schema and routes ------------------------------------------------------------------------
    def build_item_schema(self, rest_url: Any) -> dict[str, Any]:
        settings = {
            "name": {"description": "Name of the font family preset, translatable.", "type": "string"},
            "slug": {"description": "Kebab-case unique identifier for the font family preset.", "type": "string"},
            "fontFamily": {"description": "CSS font-family value.", "type": "string"},
            "preview": {"description": "URL to a preview image of the font family.", "type": "string",
                        "format": "uri", "default": ""},
        }
        return {"$schema": "http://json-schema.org/draft-04/schema#", "title": self.post_type, "type": "object",
                "properties": {
                    "id": {"description": "Unique identifier for the post.", "type": "integer", "context": _ALL,
                           "readonly": True},
                    "theme_json_version": {
                        "description": "Version of the theme.json schema used for the typography settings.",
                        "type": "integer", "default": THEME_JSON_VERSION, "minimum": 2,
                        "maximum": THEME_JSON_VERSION, "context": _ALL},
                    "font_faces": {"description": "The IDs of the child font faces in the font family.",
                                   "type": "array", "context": _ALL, "items": {"type": "integer"}},
                    "font_family_settings": {"description": "font-face definition in theme.json format.",
                                             "type": "object", "context": _ALL, "properties": settings,
                                             "required": ["name", "slug", "fontFamily"],
                                             "additionalProperties": False}}}

    def write_args(self) -> dict[str, dict[str, Any]]:
        """``get_endpoint_args_for_item_schema`` for create and update: the version and the JSON string."""
        return self.settings_write_args(
            "font_family_settings", "font-family declaration in theme.json format, encoded as a string.",
            self.validate_font_family_settings, self.sanitize_font_family_settings)

    def register_routes(self) -> None:
        ns, base = self.namespace, self.rest_base
        id_arg = {"id": {"description": "Unique identifier for the post.", "type": "integer"}}
        self.server.register_route(ns, f"/{base}", [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check, self.get_collection_params()),
            Endpoint(CREATABLE, self.create_item, self.create_item_permissions_check, self.write_args()),
        ], schema=self.get_public_item_schema)
        self.server.register_route(ns, f"/{base}/(?P<id>[\\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check, self.item_args()),
            Endpoint(EDITABLE, self.update_item, self.update_item_permissions_check, {**id_arg, **self.write_args()}),
            Endpoint(DELETABLE, self.delete_item, self.delete_item_permissions_check,
                     {**id_arg, "force": {"type": "boolean", "default": False,
                                          "description": "Whether to bypass Trash and force deletion."}}),
        ], schema=self.get_public_item_schema)

    # -- settings argument --------------------------------------------------------------------------
    def validate_font_family_settings(self, value: Any, request: RestRequest) -> Any:
        """The JSON string decodes to settings that match the schema (all of them on create)."""
        from broadsheet.rest.schema_validate import rest_validate_value_from_schema

        settings = decode_settings_arg(value, "font_family_settings")
        if isinstance(settings, RestError):
            return settings
        schema = dict(self.get_item_schema()["properties"]["font_family_settings"])
        required = schema["required"]
        if request.get_param("id") is not None:
            del schema["required"]
            if isinstance(settings, dict) and "slug" in settings:
                return RestError("rest_invalid_param", "font_family_settings[slug] cannot be updated.", 400)
        error = rest_validate_value_from_schema(settings, schema, "font_family_settings")
        if error is not None:
            return RestError(error.code, error.message, 400, {k: v for k, v in (error.data or {}).items()
                                                              if k != "status"})
        for key in required:
            if key in settings and settings[key] is not None and not settings[key]:
                return RestError("rest_invalid_param", f"font_family_settings[ {key} ] cannot be empty.", 400)
        return True

    def sanitize_font_family_settings(self, value: Any) -> dict[str, Any]:
        """Each setting through its sanitize callback (name: text, slug: title, fontFamily, preview: URL)."""
        sanitizers: dict[str, Callable[[str], str]] = {"name": sanitize_text_field, "slug": sanitize_title, "fontFamily": sanitize_font_family,
                      "preview": sanitize_url}
        settings = json.loads(value)
        return {key: sanitizers[key](item if isinstance(item, str) else str(item)) for key, item in settings.items()}

    # -- reading ----------------------------------------------------------------------------------
    def settings_from_post(self, post: Any) -> dict[str, Any]:
        """``get_settings_from_post``: name and slug from the post, the rest from its JSON content."""
        try:
            stored = json.loads(post.post_content)
        except ValueError:
            stored = None
        stored = stored if isinstance(stored, dict) else {}
        return {"name": post.post_title or "", "slug": post.post_name or "",
                "fontFamily": stored.get("fontFamily") or "", "preview": stored.get("preview") or ""}

    def prepare_item_for_response(self, post: Any, request: RestRequest) -> dict[str, Any]:
        fields = fields_for_response(request, self.get_item_schema()["properties"])
        data: dict[str, Any] = {}
        if is_field_included("id", fields):
            data["id"] = post.ID
        if is_field_included("theme_json_version", fields):
            data["theme_json_version"] = THEME_JSON_VERSION
        faces = font_face_ids(request, post.ID)
        if is_field_included("font_faces", fields):
            data["font_faces"] = faces
        if is_field_included("font_family_settings", fields):
            data["font_family_settings"] = self.settings_from_post(post)
        if is_field_included("_links", fields):
            links = LinkSet(request)
            links.add("self", self.server.rest_url(f"/{self.namespace}/{self.rest_base}/{post.ID}"))
            links.add("collection", self.server.rest_url(f"/{self.namespace}/{self.rest_base}"))
            for face in faces:
                links.add("font_faces", self.server.rest_url(
                    f"/{self.namespace}/{self.rest_base}/{post.ID}/font-faces/{face}"), embeddable=True)
            data["_links"] = links.compact()
        return data

    # -- writes -----------------------------------------------------------------------------------
    def prepare_item_for_database(self, request: RestRequest) -> dict[str, Any]:
        settings = dict(request.get_param("font_family_settings") or {})
        prepared: dict[str, Any] = {}
        if request.get_param("id") is not None:
            existing = self.get_post(request, request.get_param("id"))
            prepared["ID"] = existing.ID
            settings = {**self.settings_from_post(existing), **settings}
        prepared.update(post_type=self.post_type, post_status="publish", post_title=settings.get("name", ""),
                        post_name=sanitize_title(str(settings.get("slug", ""))))
        rest = {k: v for k, v in settings.items() if k not in ("name", "slug")}
        prepared["post_content"] = wp_json_encode(rest)
        return prepared

    def create_item(self, request: RestRequest) -> Any:
        """A slug already taken by a family is refused before the insert."""
        from sqlalchemy import select

        settings = request.get_param("font_family_settings") or {}
        posts = self.site.db.tables.posts
        slug = str(settings.get("slug", ""))
        taken = request.ctx.conn.execute(select(posts.c.ID).where(
            posts.c.post_type == self.post_type, posts.c.post_name == slug,
            posts.c.post_status == "publish").limit(1)).first()
        if taken is not None:
            raise RestError("rest_duplicate_font_family", f'A font family with slug "{slug}" already exists.', 400)
        return super().create_item(request)

    def delete_item(self, request: RestRequest) -> Any:
        """Only ``force=true`` (the faces of the family are deleted with it)."""
        from broadsheet.content.post_trash import delete_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env

        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported", 'Font faces do not support trashing. Set "force=true" to delete.',
                            501)
        from broadsheet.rest.controllers.font_faces import delete_font_face_files

        post = self.get_post(request, request.get_param("id"))
        faces = family_face_ids(request, post.ID)
        for face in faces:  # _wp_before_delete_font_face, for each face deleted below
            delete_font_face_files(request, face)
        answer = super().delete_item(request)
        env = post_env(request)
        for face in faces:  # _wp_after_delete_font_family
            delete_post(request.ctx.conn, env, face, force=True)
        forget_posts(request, env.touched | set(faces))
        return answer


def register_type(server: RestServer, post_type: PostType) -> None:
    FontFamiliesController(server, post_type).register_routes()
