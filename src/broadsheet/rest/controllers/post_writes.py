"""Create, update and delete of posts over REST (``WP_REST_Posts_Controller`` write half, WordPress 7.1.4).

``PostWrites`` is mixed into ``PostsController``: ``prepare_item_for_database`` turns the
request into ``wp_insert_post`` fields (raising WordPress's errors), the handlers call
``content.posts`` on the request's connection, then apply sticky, featured media, format,
template, terms and meta as the PHP controller does, and answer in the edit context.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.post_revisions import load_post
from broadsheet.content.post_terms import (
    set_object_terms,
    set_post_format,
    stick_post,
    sticky_ids,
    unstick_post,
)
from broadsheet.content.post_trash import delete_post, trash_post
from broadsheet.content.posts import (
    PostEnv,
    PostError,
    after_insert_post,
    insert_post,
    unique_slug_as_published,
    update_post,
)
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.server import forbidden
from broadsheet.storage.meta import delete_meta, get_meta, update_meta

__all__ = ["PostWrites", "forget_posts", "post_env", "post_write_error"]

_KNOWN_STATUSES = ("draft", "pending", "private", "publish", "future")
#: ``wp_get_theme()->get_page_templates()`` of the default theme (Twenty Twenty-Five's ``customTemplates``).
THEME_PAGE_TEMPLATES: dict[str, dict[str, str]] = {"page": {"page-no-title": "Page No Title"}}


def post_env(request: RestRequest) -> PostEnv:
    """The content layer's view of this request: site, options snapshot, caller and permalinks."""

    def permalink(post: Any) -> str:
        return PostData.of(request).permalink(post)

    user_id = request.user.ID if request.user is not None else 0
    return PostEnv(site=request.site, options=request.ctx.options, user_id=user_id,
                   can=lambda cap, *args: current_user_can(request, cap, *args), permalink=permalink)


def forget_posts(request: RestRequest, ids: Any = ()) -> None:
    """Drop cached rows and per-request loaders after a write, so the response reads fresh data."""
    ctx = request.ctx
    for post_id in ids:
        ctx.posts.pop(int(post_id), None)
    ctx.extra.pop("post_data", None)
    ctx.extra.pop("capability_store", None)
    ctx.target_hints.clear()
    ctx.embed_cache.clear()


def post_write_error(error: PostError) -> RestError:
    """A ``wp_insert_post`` / ``wp_update_post`` ``WP_Error`` as the REST error: database failures are 500."""
    status = 500 if error.code in ("db_insert_error", "db_update_error") else error.status
    return RestError(error.code, error.message, status)


class PostWrites:
    """Mixin of ``PostsController``: the write handlers and ``prepare_item_for_database``."""

    type: Any
    post_type: str
    namespace: str
    rest_base: str
    site: Any

    # -- request → fields -----------------------------------------------------------------------
    def prepare_item_for_database(self, request: RestRequest) -> dict[str, Any]:
        """``prepare_item_for_database``: the ``wp_insert_post`` fields the request sets."""
        props = self.get_item_schema()["properties"]  # type: ignore[attr-defined]
        prepared: dict[str, Any] = {}
        existing = None
        if request.get_param("id") is not None and request.has_param("id"):
            existing = self.get_post(request, request.get_param("id"))  # type: ignore[attr-defined]
            prepared["ID"] = existing.ID
        for field, column in (("title", "post_title"), ("content", "post_content"), ("excerpt", "post_excerpt")):
            if field not in props or request.get_param(field) is None:
                continue
            value = request.get_param(field)
            if isinstance(value, str):
                prepared[column] = value
            elif isinstance(value, dict) and "raw" in value and (field != "title" or value.get("raw")):
                prepared[column] = value["raw"] if isinstance(value["raw"], str) else str(value["raw"] or "")
        prepared["post_type"] = existing.post_type if existing is not None else self.post_type
        status = request.get_param("status")
        if "status" in props and status is not None and (existing is None or existing.post_status != status):
            prepared["post_status"] = self.handle_status_param(request, existing)
        options = request.ctx.options
        from broadsheet.content.dates import rest_get_date_with_gmt

        if "date" in props and request.get_param("date"):
            dates = rest_get_date_with_gmt(str(request.get_param("date")), options)
            if dates and (existing is None or existing.post_date != dates[0]):
                prepared["post_date"], prepared["post_date_gmt"] = dates
                prepared["edit_date"] = True
        elif "date_gmt" in props and request.get_param("date_gmt"):
            dates = rest_get_date_with_gmt(str(request.get_param("date_gmt")), options, is_utc=True)
            if dates and (existing is None or existing.post_date_gmt != dates[1]):
                prepared["post_date"], prepared["post_date_gmt"] = dates
                prepared["edit_date"] = True
        if (("date_gmt" in props and request.has_param("date_gmt") and request.get_param("date_gmt") is None)
                or ("date" in props and request.has_param("date") and request.get_param("date") is None)):
            prepared["post_date"] = prepared["post_date_gmt"] = None
        if "slug" in props and request.get_param("slug") is not None:
            prepared["post_name"] = request.get_param("slug")
        author = request.get_param("author")
        if "author" in props and author:
            author_id = int(author)
            if author_id != (request.user.ID if request.user is not None else 0) and not self._user_exists(
                    request, author_id):
                raise RestError("rest_invalid_author", "Invalid author ID.", 400)
            prepared["post_author"] = author_id
        self._prepare_password_and_sticky(request, props, prepared, existing)
        parent = request.get_param("parent")
        if "parent" in props and parent is not None:
            if int(parent) == 0:
                prepared["post_parent"] = 0
            else:
                found = PostData.of(request).post(int(parent))
                if found is None:
                    raise RestError("rest_post_invalid_id", "Invalid post parent ID.", 400)
                prepared["post_parent"] = found.ID
        if "menu_order" in props and request.get_param("menu_order") is not None:
            prepared["menu_order"] = int(request.get_param("menu_order"))
        for field in ("comment_status", "ping_status"):
            if field in props and request.get_param(field):
                prepared[field] = request.get_param(field)
        return prepared

    def _prepare_password_and_sticky(self, request: RestRequest, props: dict[str, Any], prepared: dict[str, Any],
                                     existing: Any) -> None:
        sticky = request.get_param("sticky")
        password = request.get_param("password")
        if "password" in props and password is not None:
            prepared["post_password"] = password
            if password != "":
                if "sticky" in props and sticky:
                    raise RestError("rest_invalid_field", "A post can not be sticky and have a password.", 400)
                if existing is not None and existing.ID in sticky_ids(request.ctx.options):
                    raise RestError("rest_invalid_field", "A sticky post can not be password protected.", 400)
        if "sticky" in props and sticky and existing is not None and existing.post_password:
            raise RestError("rest_invalid_field", "A password protected post can not be set to sticky.", 400)

    def _user_exists(self, request: RestRequest, user_id: int) -> bool:
        from sqlalchemy import select

        users = self.site.db.tables.users
        return request.ctx.conn.execute(select(users.c.ID).where(users.c.ID == user_id)).first() is not None

    def handle_status_param(self, request: RestRequest, existing: Any) -> str | None:
        """``handle_status_param``: publishing needs ``publish_posts``; unknown statuses become ``draft``.

        None when no status is sent or it is the post's current one (nothing to change).
        """
        if request.get_param("status") is None or (
                existing is not None and existing.post_status == request.get_param("status")):
            return None
        status = str(request.get_param("status"))
        can_publish = PostData.of(request).can(self.type.cap["publish_posts"])
        if status == "private" and not can_publish:
            raise forbidden(request, "rest_cannot_publish",
                            "Sorry, you are not allowed to create private posts in this post type.")
        if status in ("publish", "future") and not can_publish:
            raise forbidden(request, "rest_cannot_publish",
                            "Sorry, you are not allowed to publish posts in this post type.")
        if status in _KNOWN_STATUSES or self.site.statuses.get(status) is not None:
            return status
        return "draft"

    # -- after the row is saved ---------------------------------------------------------------------
    def _apply_extras(self, request: RestRequest, env: PostEnv, post_id: int, *, creating: bool) -> None:
        """Sticky, featured media, format, template, terms and meta, in the PHP controller's order."""
        props = self.get_item_schema()["properties"]  # type: ignore[attr-defined]
        conn, db, options = request.ctx.conn, self.site.db, request.ctx.options
        sticky = request.get_param("sticky")
        if "sticky" in props and (creating or sticky is not None):
            (stick_post if sticky else unstick_post)(conn, db, options, post_id)
        if "featured_media" in props and request.get_param("featured_media") is not None:
            self.handle_featured_media(request, int(request.get_param("featured_media") or 0), post_id)
        fmt = request.get_param("format")
        if "format" in props and fmt:
            set_post_format(conn, db, post_id, str(fmt), self._object_types("post_format"))
        if "template" in props and request.get_param("template") is not None:
            self.handle_template(request, str(request.get_param("template")), post_id, validate=creating)
        for taxonomy in self.rest_taxonomies():  # type: ignore[attr-defined]
            value = request.get_param(taxonomy.base)
            if value is None:
                continue
            terms = value if isinstance(value, list) else [t for t in str(value).split(",") if t.strip()]
            set_object_terms(conn, db, post_id, terms, taxonomy.name, object_types=self._object_types(taxonomy.name))
        if "meta" in props and isinstance(request.get_param("meta"), dict):
            self.update_meta_value(request, request.get_param("meta"), post_id, props["meta"])

    def _object_types(self, taxonomy: str) -> list[str]:
        tax = self.site.taxonomies.get(taxonomy)
        return list(getattr(tax, "object_types", None) or ["post"])

    def handle_featured_media(self, request: RestRequest, media_id: int, post_id: int) -> None:
        """``set_post_thumbnail`` / ``delete_post_thumbnail`` (WordPress ignores the outcome here)."""
        tables = self.site.db.tables
        conn = request.ctx.conn
        if not media_id:
            delete_meta(conn, "post", post_id, "_thumbnail_id", tables=tables)
            return
        media = load_post(conn, self.site.db, media_id)
        if media is None:
            return
        if media.post_type == "attachment" and media.post_mime_type.startswith("image/"):
            update_meta(conn, "post", post_id, "_thumbnail_id", media_id, tables=tables)
        else:
            delete_meta(conn, "post", post_id, "_thumbnail_id", tables=tables)

    def handle_template(self, request: RestRequest, template: str, post_id: int, *, validate: bool) -> None:
        """``handle_template``: ``_wp_page_template`` meta (unknown templates become ``""`` on create)."""
        if validate and template and template not in self.page_templates(request):
            template = ""
        update_meta(request.ctx.conn, "post", post_id, "_wp_page_template", template, tables=self.site.db.tables)

    def page_templates(self, request: RestRequest) -> dict[str, str]:
        """The theme's page templates for this type."""
        return THEME_PAGE_TEMPLATES.get(self.post_type, {})

    def check_template(self, template: Any, request: RestRequest, param: str = "template") -> Any:
        """``check_template``: empty, unchanged, or one of the theme's templates for the type."""
        if not template:
            return True
        post_id = request.get_param("id")
        if post_id:
            current = get_meta(request.ctx.conn, "post", int(post_id), "_wp_page_template", True,
                               tables=self.site.db.tables)
            if template == current:
                return True
        allowed = self.page_templates(request)
        if template in allowed:
            return True
        return RestError("rest_invalid_param", f"template is not one of {', '.join(allowed)}.", None)

    def update_meta_value(self, request: RestRequest, values: dict[str, Any], post_id: int,
                          schema: dict[str, Any]) -> None:
        """``WP_REST_Meta_Fields::update_value`` for registered keys: null deletes, others are stored."""
        from broadsheet.rest.schema_validate import rest_validate_value_from_schema

        conn, tables = request.ctx.conn, self.site.db.tables
        invalid = [error for key, key_schema in schema.get("properties", {}).items()
                   if values.get(key) is not None
                   and (error := rest_validate_value_from_schema(values[key], key_schema, f"meta.{key}")) is not None]
        if invalid:  # each value is checked against its registered schema, with status 400
            first, *rest = invalid
            raise RestError(first.code, first.message, 400, {k: v for k, v in (first.data or {}).items()
                                                             if k != "status"}, additional=[
                RestError(e.code, e.message, 400, {k: v for k, v in (e.data or {}).items() if k != "status"})
                for e in rest])
        for key, key_schema in schema.get("properties", {}).items():
            if key not in values:
                continue
            value = values[key]
            if not current_user_can(request, "edit_post_meta", post_id, key):
                raise forbidden(request, "rest_cannot_update",
                                f"Sorry, you are not allowed to edit the {key} custom field.")
            if value is None:
                delete_meta(conn, "post", post_id, key, tables=tables)
                continue
            if key_schema.get("type") == "string":
                value = "" if value is None else str(value)
            current = get_meta(conn, "post", post_id, key, tables=tables)
            if current == [value]:
                continue
            update_meta(conn, "post", post_id, key, value, tables=tables)

    # -- handlers -------------------------------------------------------------------------------------
    def create_item(self, request: RestRequest) -> RestResponse:
        """``create_item``: insert, then the extras, answering 201 with ``Location`` in the edit context."""
        if request.get_param("id"):
            raise RestError("rest_post_exists", "Cannot create existing post.", 400)
        prepared = self.prepare_item_for_database(request)
        prepared["post_type"] = self.post_type
        env = post_env(request)
        conn = request.ctx.conn
        if prepared.get("post_name") and prepared.get("post_status") in ("draft", "pending"):
            prepared["post_name"] = unique_slug_as_published(conn, env, str(prepared["post_name"]), 0,
                                                             self.post_type, int(prepared.get("post_parent") or 0))
        prepared.pop("edit_date", None)
        try:
            post_id = insert_post(conn, env, prepared, fire_after_hooks=False)
        except PostError as error:
            raise post_write_error(error) from error
        forget_posts(request, env.touched)
        self._apply_extras(request, env, post_id, creating=True)
        after_insert_post(conn, env, post_id, False)
        return self._saved_response(request, env, post_id, status=201)

    def update_item(self, request: RestRequest) -> RestResponse:
        """``update_item``: ``wp_update_post`` with the sent fields, then the extras and the revision."""
        existing = self.get_post(request, request.get_param("id"))  # type: ignore[attr-defined]
        prepared = self.prepare_item_for_database(request)
        env = post_env(request)
        conn = request.ctx.conn
        status = prepared.get("post_status") or existing.post_status
        if prepared.get("post_name") and status in ("draft", "pending"):
            prepared["post_name"] = unique_slug_as_published(conn, env, str(prepared["post_name"]), existing.ID,
                                                             existing.post_type,
                                                             int(prepared.get("post_parent") or 0))
        prepared.pop("ID", None)
        try:
            update_post(conn, env, existing.ID, prepared, fire_after_hooks=False)
        except PostError as error:
            raise post_write_error(error) from error
        forget_posts(request, env.touched)
        self._apply_extras(request, env, existing.ID, creating=False)
        after_insert_post(conn, env, existing.ID, True)
        return self._saved_response(request, env, existing.ID, status=200)

    def _saved_response(self, request: RestRequest, env: PostEnv, post_id: int, *, status: int) -> RestResponse:
        forget_posts(request, env.touched | {post_id})
        request.set_param("context", "edit")
        post = self.get_post(request, post_id)  # type: ignore[attr-defined]
        PostData.of(request).prime([post])
        data = self.prepare_item_for_response(post, request)  # type: ignore[attr-defined]
        headers = {}
        if status == 201:
            headers["Location"] = self.server.rest_url(f"/{self.namespace}/{self.rest_base}/{post_id}")  # type: ignore[attr-defined]
        return RestResponse(data, status, headers)

    def delete_item(self, request: RestRequest) -> Any:
        """``delete_item``: trash (410 if already trashed), or ``force=true`` to delete for good."""
        post = self.get_post(request, request.get_param("id"))  # type: ignore[attr-defined]
        force = bool(request.get_param("force"))
        supports_trash = post.post_type != "attachment"
        if not self.check_delete_permission(request, post):  # type: ignore[attr-defined]
            raise forbidden(request, "rest_user_cannot_delete_post", "Sorry, you are not allowed to delete this post.")
        request.set_param("context", "edit")
        env = post_env(request)
        conn = request.ctx.conn
        if force:
            PostData.of(request).prime([post])
            previous = self.prepare_item_for_response(post, request)  # type: ignore[attr-defined]
            previous.pop("_links", None)
            result = delete_post(conn, env, post.ID, force=True)
            forget_posts(request, env.touched | {post.ID})
            if result is None:
                raise RestError("rest_cannot_delete", "The post cannot be deleted.", 500)
            return {"deleted": True, "previous": previous}
        if not supports_trash:
            raise RestError("rest_trash_not_supported",
                            "The post does not support trashing. Set 'force=true' to delete.", 501)
        if post.post_status == "trash":
            raise RestError("rest_already_trashed", "The post has already been deleted.", 410)
        result = trash_post(conn, env, post.ID)
        if result is None:
            raise RestError("rest_cannot_delete", "The post cannot be deleted.", 500)
        forget_posts(request, env.touched | {post.ID})
        fresh = self.get_post(request, post.ID)  # type: ignore[attr-defined]
        PostData.of(request).prime([fresh])
        return self.prepare_item_for_response(fresh, request)  # type: ignore[attr-defined]
