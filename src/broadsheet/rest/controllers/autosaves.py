"""``/wp/v2/{posts|pages}/{id}/autosaves[/{id}]``: ``WP_REST_Autosaves_Controller`` (WordPress 7.1.4).

The list holds the parent's autosaves (revisions named ``{parent}-autosave-v1``), without paging
headers; the single route returns the latest autosave whatever its id. Items are revisions plus
an edit-context ``preview_link``. POST saves the caller's own unlocked draft in place, otherwise
their autosave (``content.post_revisions.create_post_autosave``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from broadsheet.query.post_rows import post_columns, post_from_row, remember
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_schema import context_param, endpoint_args_for_schema
from broadsheet.rest.controllers.revisions import RevisionsController, prepare_revision, revision_schema
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import add_query_args
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import CREATABLE, READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.posts import PostsController

__all__ = ["AutosavesController"]


class AutosavesController(RevisionsController):
    """Autosaves of one post type; as in WordPress, the parent lookup and the single item's check are
    those of the revisions controller (``revisions``)."""

    rest_base = "autosaves"

    def __init__(self, server: RestServer, parent: PostsController,
                 revisions: RevisionsController | None = None) -> None:
        super().__init__(server, parent)
        self.revisions = revisions if revisions is not None else RevisionsController(server, parent)

    def get_item_schema(self) -> dict[str, Any]:
        if self._schema is None:
            schema = revision_schema(self.parent)
            schema["properties"]["preview_link"] = {
                "description": "Preview link for the post.", "type": "string", "format": "uri",
                "context": ["edit"], "readonly": True}
            self._schema = schema
        return self._schema

    def register_routes(self) -> None:
        parent_arg = {"parent": {"description": "The ID for the parent of the autosave.", "type": "integer"}}
        parent = self.parent
        properties_only = parent.build_item_schema(None)
        write_args = endpoint_args_for_schema(properties_only, "PUT", parent.arg_options())  # EDITABLE: no defaults
        self.server.register_route(self.namespace, f"/{self.parent_base}/(?P<id>[\\d]+)/{self.rest_base}", [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check,
                     {**parent_arg, "context": context_param("view")}),
            Endpoint(CREATABLE, self.create_item, self.create_item_permissions_check,
                     {**parent_arg, **write_args}),
        ], schema=self.get_item_schema)
        self.server.register_route(
            self.namespace, f"/{self.parent_base}/(?P<parent>[\\d]+)/{self.rest_base}/(?P<id>[\\d]+)", [
                Endpoint(READABLE, self.get_item, self.get_item_permissions_check, {
                    **parent_arg,
                    "id": {"description": "The ID for the autosave.", "type": "integer"},
                    "context": context_param("view"),
                }),
            ], schema=self.get_item_schema)

    # -- lookups ----------------------------------------------------------------------------------
    def get_parent(self, request: RestRequest, parent_id: Any) -> Any:
        return self.revisions.get_parent(request, parent_id)

    def _autosaves(self, request: RestRequest, parent_id: int) -> list[WPPost]:
        """The parent's revisions whose slug marks an autosave, newest first."""
        tables = request.site.db.tables
        p = tables.posts
        stmt = (select(*post_columns(tables))
                .where(p.c.post_parent == parent_id, p.c.post_type == "revision", p.c.post_status == "inherit",
                       p.c.post_name.like(f"{parent_id}-autosave%"))
                .order_by(p.c.post_date.desc(), p.c.ID.desc()))
        rows = [post_from_row(r) for r in request.ctx.conn.execute(stmt).mappings()]
        remember(rows, request.ctx.posts)
        return rows

    # -- permissions -------------------------------------------------------------------------------
    def get_items_permissions_check(self, request: RestRequest) -> Any:
        try:
            parent = self.get_parent(request, request.get_param("id"))
        except RestError as error:
            return error
        if not PostData.of(request).can("edit_post", parent.ID):
            return forbidden(request, "rest_cannot_read", "Sorry, you are not allowed to view autosaves of this post.")
        return True

    def get_item_permissions_check(self, request: RestRequest) -> Any:
        """The revisions controller's check, on ``parent``."""
        return self.revisions.get_item_permissions_check(request)

    def create_item_permissions_check(self, request: RestRequest) -> Any:
        if not request.get_param("id"):
            return RestError("rest_post_invalid_id", "Invalid item ID.", 404)
        return self.parent.update_item_permissions_check(request)

    # -- handlers ------------------------------------------------------------------------------------
    def get_items(self, request: RestRequest) -> list[dict[str, Any]]:
        parent = self.get_parent(request, request.get_param("id"))
        schema = self.get_item_schema()
        return [self.prepare(a, request, schema) for a in self._autosaves(request, parent.ID)]

    def get_item(self, request: RestRequest) -> dict[str, Any]:
        try:
            parent_id = int(request.get_param("parent"))
        except (TypeError, ValueError):
            parent_id = 0
        if parent_id <= 0:
            raise RestError("rest_post_invalid_id", "Invalid post parent ID.", 404)
        autosaves = [a for a in self._autosaves(request, parent_id) if a.post_name == f"{parent_id}-autosave-v1"]
        if not autosaves:
            raise RestError("rest_post_no_autosave", "There is no autosave revision for this post.", 404)
        return self.prepare(autosaves[0], request, self.get_item_schema())

    def create_item(self, request: RestRequest) -> Any:
        """``create_item``: the caller's unlocked own draft is saved in place, else into their autosave."""
        import time

        from broadsheet.content.dates import current_time
        from broadsheet.content.post_revisions import create_post_autosave, post_lock_is_active
        from broadsheet.content.posts import PostError, update_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env

        post = self.get_parent(request, request.get_param("id"))
        prepared = self.prepare_autosave_fields(request, post)
        conn, db = request.ctx.conn, request.site.db
        user_id = request.user.ID if request.user is not None else 0
        locked = post_lock_is_active(conn, db, post.ID, user_id, time.time())
        env = post_env(request)
        if not locked and post.post_status in ("draft", "auto-draft") and post.post_author == user_id:
            prepared.pop("ID", None)
            try:
                autosave_id = update_post(conn, env, post.ID, prepared, fire_after_hooks=False)  # DOING_AUTOSAVE
            except PostError as error:
                raise RestError(error.code, error.message, error.status) from error
        else:
            meta = request.get_param("meta")
            autosave_id = create_post_autosave(
                conn, db, post, prepared, meta if isinstance(meta, dict) else {}, user_id=user_id,
                options=request.ctx.options, now=current_time(request.ctx.options, env.now()))
        forget_posts(request, env.touched | {post.ID, autosave_id})
        request.set_param("context", "edit")
        autosave = PostData.of(request).post(autosave_id)
        assert autosave is not None  # just written in this transaction
        return self.prepare(autosave, request, self.get_item_schema())

    def prepare_autosave_fields(self, request: RestRequest, post: Any) -> dict[str, Any]:
        """The post's fields as the request changes them (the parent's ``prepare_item_for_database``)."""
        prepared: dict[str, Any] = self.parent.prepare_item_for_database(request)
        return prepared

    def prepare(self, autosave: WPPost, request: RestRequest, schema: dict[str, Any]) -> dict[str, Any]:
        """A revision response plus ``preview_link`` (edit context)."""
        data = prepare_revision(self.parent, autosave, request, schema)
        requested = parse_fields(request.get_param("_fields"))
        if request.context == "edit" and (not requested or is_field_included("preview_link", requested)):
            links = data.pop("_links", None)
            data["preview_link"] = self.preview_link(request, autosave)
            if links is not None:
                data["_links"] = links
        return data

    def preview_link(self, request: RestRequest, autosave: WPPost) -> str:
        """``get_preview_post_link`` of the parent with ``preview_id``, ``preview_nonce``, ``preview=true``."""
        post_data = PostData.of(request)
        parent = post_data.post(autosave.post_parent)
        parent_type = request.site.post_types.get(parent.post_type) if parent is not None else None
        if parent_type is None or not parent_type.viewable:
            return ""  # is_post_type_viewable: no preview for patterns, navigation menus, …
        link = post_data.permalink(parent)
        nonce = self._preview_nonce(request, autosave.post_parent)
        return add_query_args(link, {"preview_id": autosave.post_parent, "preview_nonce": nonce, "preview": "true"})

    @staticmethod
    def _preview_nonce(request: RestRequest, parent_id: int) -> str:
        """``wp_create_nonce('post_preview_{id}')`` for the caller and its session token."""
        from broadsheet.auth.nonces import wp_create_nonce

        auth = getattr(request, "auth", None)
        token = str(getattr(auth, "session_token", "") or "")
        user_id = request.user.ID if request.user is not None else 0
        try:
            salts = request.ctx.auth_store().salts
        except AttributeError:
            return ""
        return wp_create_nonce(f"post_preview_{parent_id}", user_id, token, salts)
