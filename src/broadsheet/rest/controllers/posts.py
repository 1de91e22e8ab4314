"""``/wp/v2/posts``, ``/wp/v2/pages`` and other post types: ``WP_REST_Posts_Controller`` (WordPress 7.1.4).

``PostsController`` is parametrised by post type; ``register(server)`` registers, for each REST
post type the generic controller serves (post, then page, then plugin types), its collection and
item routes followed by its revisions and autosaves routes, as ``create_initial_rest_routes``
does. The write handlers come from ``post_writes.PostWrites``.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from typing import Any

from broadsheet.content.future_posts import maybe_publish_due_posts
from broadsheet.content.post_types import PostType
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_links import prepare_links
from broadsheet.rest.controllers.post_prepare import context_plan, filter_by_plan, prepare_post
from broadsheet.rest.controllers.post_query_args import build_query_args
from broadsheet.rest.controllers.post_writes import PostWrites
from broadsheet.rest.controllers.post_schema import (
    context_param,
    endpoint_args_for_schema,
    get_collection_params,
    get_item_schema,
)
from broadsheet.rest.errors import RestError
from broadsheet.rest.links import pagination_headers
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema_validate import rest_validate_value_from_schema
from broadsheet.rest.server import RestServer, forbidden

__all__ = ["POST_TYPE_CONTROLLERS", "PostsController", "invalid_post_id", "register", "register_generic",
           "register_with"]


def invalid_post_id() -> RestError:
    return RestError("rest_post_invalid_id", "Invalid post ID.", 404)


class PostsController(PostWrites):
    """The REST controller of one post type (``WP_REST_Posts_Controller``)."""

    def __init__(self, server: RestServer, post_type: PostType) -> None:
        self.server = server
        self.site = server.site
        self.type = post_type
        self.post_type = post_type.name
        self.namespace = post_type.rest_namespace
        self.rest_base = post_type.base
        self._schema: dict[str, Any] | None = None
        #: ``context_plan`` of the item schema by context (and the schema they were made from).
        self._context_plans: tuple[Any, dict[str, Any]] = (None, {})

    # -- registry lookups ---------------------------------------------------------------------
    def rest_taxonomies(self) -> list[Any]:
        """Taxonomies of this type with ``show_in_rest``, in registration order."""
        return [t for t in self.site.taxonomies.for_object_type(self.post_type) if t.show_in_rest]

    def public_statuses(self) -> list[str]:
        """``get_post_stati(['internal' => false])``: the write enum of ``status``."""
        return [s.name for s in self.site.statuses.all() if not s.internal]

    # -- schema and routes ----------------------------------------------------------------------
    def build_item_schema(self, rest_url: Any) -> dict[str, Any]:
        """``get_item_schema`` (``links`` under ``rest_url`` when given); subclasses adjust it as the
        type's ``rest_{type}_item_schema`` filter or controller subclass does."""
        return get_item_schema(self.type, self.rest_taxonomies(), rest_url, self.public_statuses())

    def get_item_schema(self) -> dict[str, Any]:
        """The item schema's properties (cached; context filtering and revisions read them)."""
        if self._schema is None:
            self._schema = self.build_item_schema(None)
        return self._schema

    def get_public_item_schema(self) -> dict[str, Any]:
        """The full schema for OPTIONS, with ``links`` under the site's current REST URL."""
        return self.build_item_schema(self.server.rest_url)

    def get_collection_params(self) -> dict[str, dict[str, Any]]:
        return get_collection_params(self.type, self.rest_taxonomies(), self.site.statuses.names(),
                                     self.sanitize_post_statuses)

    def item_args(self) -> dict[str, dict[str, Any]]:
        """Args of the single GET (``id``, ``context``, ``excerpt_length``, ``password``)."""
        schema = self.build_item_schema(None)
        args: dict[str, dict[str, Any]] = {
            "id": {"description": "Unique identifier for the post.", "type": "integer"},
            "context": context_param("view"),
        }
        if "excerpt" in schema["properties"]:
            args["excerpt_length"] = {"description": "Override the default excerpt length.", "type": "integer"}
        if "password" in schema["properties"]:
            args["password"] = {"description": "The password for the post if it is password protected.",
                                "type": "string"}
        return args

    def register_routes(self) -> None:
        """The collection and single-item routes."""
        ns, base = self.namespace, self.rest_base
        # Args need only the properties; the schema's links need the site URL (read per request).
        schema = self.build_item_schema(None)
        self.server.register_route(ns, f"/{base}", [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check, self.get_collection_params(),
                     allow_batch=True),
            Endpoint(CREATABLE, self.create_item, self.create_item_permissions_check,
                     endpoint_args_for_schema(schema, "POST", self.arg_options()), allow_batch=True),
        ], schema=self.get_public_item_schema)
        id_arg = {"id": {"description": "Unique identifier for the post.", "type": "integer"}}
        self.server.register_route(ns, f"/{base}/(?P<id>[\\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check, self.item_args(), allow_batch=True),
            Endpoint(EDITABLE, self.update_item, self.update_item_permissions_check,
                     {**id_arg, **endpoint_args_for_schema(schema, "PUT", self.arg_options())}, allow_batch=True),
            Endpoint(DELETABLE, self.delete_item, self.delete_item_permissions_check,
                     {**id_arg, "force": {"type": "boolean", "default": False,
                                          "description": "Whether to bypass Trash and force deletion."}},
                     allow_batch=True),
        ], schema=self.get_public_item_schema)
        self.server.register_embed_primer(f"/{ns.strip('/')}/{base}/(?P<id>[\\d]+)", self.prime_embedded_items)

    def prime_embedded_items(self, requests: list[RestRequest]) -> None:
        """Embed primer: the posts a response embeds by ``/{base}/{id}`` (``up`` links), with their
        terms, meta and featured media, in one query each."""
        ids = [i for r in requests if isinstance(i := r.get_param("id"), int) and i > 0]
        if not ids:
            return
        data = PostData.of(requests[0])
        posts = data.posts(ids)
        data.prime([p for p in posts.values() if p is not None and p.post_type == self.type.name])

    def arg_options(self) -> dict[str, dict[str, Any]]:
        """The schema properties' ``arg_options``: callbacks WordPress sets instead of the schema's."""
        off = {"sanitize_callback": None, "validate_callback": None}
        return {
            "slug": {"sanitize_callback": _sanitize_slug_arg},
            "status": {"validate_callback": self.check_status},
            "title": dict(off), "content": dict(off), "excerpt": dict(off),
            "meta": {"sanitize_callback": None, "validate_callback": _check_meta_is_array},
            "template": {"validate_callback": self.check_template},
        }

    def check_status(self, status: Any, request: RestRequest, param: str) -> Any:
        """``check_status``: the post's current status is always accepted, else the schema decides."""
        from broadsheet.rest.schema import rest_validate_request_arg

        post_id = request.get_param("id")
        if post_id:
            post = PostData.of(request).post(post_id)
            if post is not None and post.post_type == self.post_type and post.post_status == status:
                return True
        return rest_validate_request_arg(status, request, param)

    # -- lookups ----------------------------------------------------------------------------------
    def get_post(self, request: RestRequest, post_id: Any) -> Any:
        """``get_post``: the post of this type, else ``rest_post_invalid_id`` (404)."""
        try:
            pid = int(post_id)
        except (TypeError, ValueError):
            raise invalid_post_id() from None
        if pid <= 0:
            raise invalid_post_id()
        post = PostData.of(request).post(pid)
        if post is None or post.post_type != self.post_type:
            raise invalid_post_id()
        return post

    # -- permission helpers -----------------------------------------------------------------------
    def check_read_permission(self, request: RestRequest, post: Any, _depth: int = 0) -> bool:
        """``check_read_permission``: published, readable, public status, or inheriting a readable parent."""
        site = self.site
        post_type = site.post_types.get(post.post_type)
        if post_type is None or not post_type.show_in_rest:
            return False
        data = PostData.of(request)
        if post.post_status == "publish" or data.can("read_post", post.ID):
            return True
        status = site.statuses.get(post.post_status)
        if status is not None and status.public:
            return True
        if post.post_status == "inherit" and post.post_parent > 0 and _depth < 10:
            parent = data.post(post.post_parent)
            if parent is not None:
                return self.check_read_permission(request, parent, _depth + 1)
        return post.post_status == "inherit"

    def check_update_permission(self, request: RestRequest, post: Any) -> bool:
        post_type = self.site.post_types.get(post.post_type)
        if post_type is None or not post_type.show_in_rest:
            return False
        return PostData.of(request).can("edit_post", post.ID)

    def check_delete_permission(self, request: RestRequest, post: Any) -> bool:
        post_type = self.site.post_types.get(post.post_type)
        if post_type is None or not post_type.show_in_rest:
            return False
        return PostData.of(request).can("delete_post", post.ID)

    def check_assign_terms_permission(self, request: RestRequest) -> bool:
        """``assign_term`` on every existing term the request assigns."""
        data = PostData.of(request)
        for taxonomy in self.rest_taxonomies():
            value = request.get_param(taxonomy.base)
            if value is None:
                continue
            for term_id in value if isinstance(value, list) else [value]:
                try:
                    tid = int(term_id)
                except (TypeError, ValueError):
                    continue
                from broadsheet.rest.permissions import capability_store

                term = capability_store(request).get_term(tid)
                if term is None or term.taxonomy != taxonomy.name:
                    continue
                if not data.can("assign_term", tid):
                    return False
        return True

    # -- permission callbacks -----------------------------------------------------------------
    def get_items_permissions_check(self, request: RestRequest) -> Any:
        self.publish_due_posts(request)
        if request.context == "edit" and not PostData.of(request).can(self.type.cap["edit_posts"]):
            return forbidden(request, "rest_forbidden_context",
                             "Sorry, you are not allowed to edit posts in this post type.")
        return True

    def get_item_permissions_check(self, request: RestRequest) -> Any:
        self.publish_due_posts(request)
        try:
            post = self.get_post(request, request.get_param("id"))
        except RestError as error:
            return error
        if request.context == "edit" and not self.check_update_permission(request, post):
            return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit this post.")
        password = request.query.get("password")
        if password:
            if not isinstance(password, str) or password != post.post_password:
                return RestError("rest_post_incorrect_password", "Incorrect post password.", 403)
        return self.check_read_permission(request, post)

    def create_item_permissions_check(self, request: RestRequest) -> Any:
        if request.get_param("id"):
            return RestError("rest_post_exists", "Cannot create existing post.", 400)
        data = PostData.of(request)
        cap = self.type.cap
        user_id = request.user.ID if request.user is not None else 0
        author = request.get_param("author")
        if author and _int(author) != user_id and not data.can(cap["edit_others_posts"]):
            return forbidden(request, "rest_cannot_edit_others",
                             "Sorry, you are not allowed to create posts as this user.")
        can_stick = data.can(cap["edit_others_posts"]) and data.can(cap["publish_posts"])
        if request.get_param("sticky") and not can_stick:
            return forbidden(request, "rest_cannot_assign_sticky", "Sorry, you are not allowed to make posts sticky.")
        if not data.can(cap["create_posts"]):
            return forbidden(request, "rest_cannot_create", "Sorry, you are not allowed to create posts as this user.")
        if not self.check_assign_terms_permission(request):
            return forbidden(request, "rest_cannot_assign_term",
                             "Sorry, you are not allowed to assign the provided terms.")
        return True

    def update_item_permissions_check(self, request: RestRequest) -> Any:
        try:
            post = self.get_post(request, request.get_param("id"))
        except RestError as error:
            return error
        data = PostData.of(request)
        cap = self.type.cap
        if not self.check_update_permission(request, post):
            return forbidden(request, "rest_cannot_edit", "Sorry, you are not allowed to edit this post.")
        user_id = request.user.ID if request.user is not None else 0
        author = request.get_param("author")
        if author and _int(author) != user_id and not data.can(cap["edit_others_posts"]):
            return forbidden(request, "rest_cannot_edit_others",
                             "Sorry, you are not allowed to update posts as this user.")
        sticky = request.get_param("sticky")
        if sticky and bool(sticky) != (post.ID in data.sticky_posts()) and (
                not data.can(cap["edit_others_posts"]) or not data.can(cap["publish_posts"])):
            return forbidden(request, "rest_cannot_assign_sticky", "Sorry, you are not allowed to make posts sticky.")
        if not self.check_assign_terms_permission(request):
            return forbidden(request, "rest_cannot_assign_term",
                             "Sorry, you are not allowed to assign the provided terms.")
        return True

    def delete_item_permissions_check(self, request: RestRequest) -> Any:
        try:
            post = self.get_post(request, request.get_param("id"))
        except RestError as error:
            return error
        if not self.check_delete_permission(request, post):
            return forbidden(request, "rest_cannot_delete", "Sorry, you are not allowed to delete this post.")
        return True

    # -- status filter ------------------------------------------------------------------------------
    def sanitize_post_statuses(self, statuses: Any, request: RestRequest, param: str = "status") -> Any:
        """``sanitize_post_statuses``: non-default statuses need ``edit_posts`` (or ``read_private_posts``)."""
        if isinstance(statuses, str):
            items = [s for s in statuses.replace(",", " ").split() if s]
        else:
            items = [str(s) for s in (statuses or [])]
        items = list(dict.fromkeys(_sanitize_slug(s) for s in items))
        data = PostData.of(request)
        status_param = self.get_collection_params()["status"]  # attachments: default inherit, own enum
        for status in items:
            if status == status_param["default"]:
                continue
            cap = self.type.cap
            if data.can(cap["edit_posts"]) or (status == "private" and data.can(cap["read_private_posts"])):
                from broadsheet.rest.schema import rest_validate_request_arg

                schema = {"type": "array", "items": dict(status_param["items"])}
                result = rest_validate_request_arg(status, request, param, schema=schema)
                if isinstance(result, RestError):
                    return result
            else:
                return RestError("rest_forbidden_status", "Status is forbidden.", 403 if request.user else 401)
        return items

    # -- handlers -----------------------------------------------------------------------------------
    def get_items(self, request: RestRequest) -> RestResponse:
        """``get_items``: the page of posts the caller may see, with totals and paging links."""
        data = PostData.of(request)
        if "status" in self.get_collection_params():
            statuses = self.sanitize_post_statuses(request.get_param("status", "publish"), request)
            if isinstance(statuses, RestError):
                raise invalid_param_error("status", statuses)
        else:  # no status arg (font families): WP_Query's default, private ones for those who may read them
            statuses = ["publish"] + (["private"] if request.user is not None
                                      and data.can(self.type.cap["read_private_posts"]) else [])
        query, page = build_query_args(self, request, data, statuses)
        self.prepare_items_query(query, request)
        result = query.run(request.ctx.conn, self.site.db.tables, request.ctx.posts)
        total = result.found_posts
        per_page = query.args.posts_per_page
        if total < 1 and page > 1:
            total = query.count(request.ctx.conn, self.site.db.tables)
            offset = query.args.offset
            if offset is not None and offset >= total:
                total = 0
        max_pages = math.ceil(total / per_page) if per_page > 0 else 0
        if page > max_pages and total > 0:
            raise RestError("rest_post_invalid_page_number",
                            "The page number requested is larger than the number of pages available.", 400)
        items: list[Any] = []
        if request.method != "HEAD":
            data.prime(result.posts)
            if request.context == "edit":
                data.prime_slugs(generated_slug(p) for p in result.posts)
            edit = request.context == "edit"
            for post in result.posts:
                allowed = (self.check_update_permission(request, post) if edit
                           else self.check_read_permission(request, post))
                if allowed:
                    items.append(self.prepare_item_for_response(post, request))
        base = self.server.rest_url(f"/{self.namespace}/{self.rest_base}")
        headers = pagination_headers(request, base, total, per_page, page)
        return RestResponse(items, 200, headers)

    def get_item(self, request: RestRequest) -> RestResponse:
        """``get_item``: one post, with the ``alternate`` HTML link header for viewable types."""
        post = self.get_post(request, request.get_param("id"))
        data = PostData.of(request)
        if request.method == "HEAD":
            response = RestResponse({})  # HEAD: headers only, as prepare_item_for_response does
        else:
            data.prime([post])
            response = RestResponse(self.prepare_item_for_response(post, request))
        if self.type.viewable:
            response.headers["Link"] = f'<{data.permalink(post)}>; rel="alternate"; type=text/html'
        return response

    def publish_due_posts(self, request: RestRequest) -> None:
        """Scheduled posts whose time has come are published before they are read (``content.future_posts``)."""
        published = maybe_publish_due_posts(request.ctx.conn, self.site, request.ctx.options)
        if published:
            from broadsheet.rest.controllers.post_writes import forget_posts

            forget_posts(request, published)

    # -- extension points (the attachments controller overrides these) ---------------------------------
    def prepare_items_query(self, query: Any, request: RestRequest) -> None:
        """Adjust the ``PostQuery`` of a collection request (``rest_{type}_query``); nothing for posts."""

    def prepare_item_for_response(self, post: Any, request: RestRequest) -> dict[str, Any]:
        """One item's response data (``_links`` included)."""
        return prepare_post(self, post, request)

    def filter_response_by_context(self, data: dict[str, Any], context: str) -> dict[str, Any]:
        """``filter_response_by_context``: drop the fields the schema keeps out of ``context``."""
        schema = self.get_item_schema()
        if self._context_plans[0] is not schema:  # worked out per context once per schema (run per item)
            self._context_plans = (schema, {})
        plans = self._context_plans[1]
        plan = plans.get(context)
        if plan is None:
            plan = plans[context] = context_plan(schema["properties"], context)
        return filter_by_plan(data, plan)

    def prepare_links(self, request: RestRequest, post: Any, data: PostData) -> Any:
        """The item's ``LinkSet`` before the edit-context actions (attachments add ``wp:attached-to``)."""
        return prepare_links(self, request, post, data)

    # -- fields used by prepare_post ---------------------------------------------------------------
    def meta_value(self, post: Any, data: PostData, requested: list[str] | None) -> Any:
        """Registered meta (``footnotes``) as ``WP_REST_Meta_Fields::get_value``; ``[]`` when none."""
        props = self.get_item_schema()["properties"].get("meta", {}).get("properties", {})
        out: dict[str, Any] = {}
        for key, schema in props.items():
            values = data.meta_values(post.ID, key)
            value = values[0] if values else schema.get("default")
            value = "" if value is None and schema.get("type") == "string" else (
                str(value) if schema.get("type") == "string" else value)
            # WP_REST_Meta_Fields::prepare_value: a value its schema rejects (not in the enum) is null.
            out[key] = None if rest_validate_value_from_schema(value, schema) is not None else value
        return out or []

    def unique_slug_for(self, request: RestRequest) -> Any:
        """A ``wp_unique_post_slug`` bound to this request's connection."""
        from broadsheet.content.post_slugs import wp_unique_post_slug

        def unique(sample: Any) -> str:
            post_type = self.site.post_types.get(sample.post_type)
            return wp_unique_post_slug(
                request.ctx.conn, self.site.db.tables, sample.post_name, sample.ID, sample.post_status,
                sample.post_type, sample.post_parent, hierarchical=bool(post_type and post_type.hierarchical),
                permalink_structure=str(request.ctx.options.get("permalink_structure") or ""),
                current_name=None, lookup=PostData.of(request).posts_named)

        return unique


def generated_slug(post: Any) -> str:
    """The slug ``get_sample_permalink`` starts from: the title sanitised, the id as fallback."""
    from broadsheet.formatting.sanitize import sanitize_title

    return str(sanitize_title(post.post_title, str(post.ID)))


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _sanitize_slug_arg(value: Any) -> str:
    """``sanitize_slug``: ``sanitize_title`` of the sent slug."""
    from broadsheet.formatting.sanitize import sanitize_title

    return str(sanitize_title(str(value)))


def _check_meta_is_array(value: Any) -> Any:
    """``check_meta_is_array``: ``meta`` must be an object (plain ``false`` → "Invalid parameter.")."""
    return value if isinstance(value, (dict, list)) else False


def _sanitize_slug(value: str) -> str:
    """``wp_parse_slug_list`` item: ``sanitize_title`` of the value."""
    from broadsheet.formatting.sanitize import sanitize_title

    return str(sanitize_title(value))


def invalid_param_error(param: str, inner: RestError) -> RestError:
    """``rest_invalid_param`` wrapping one parameter's error (``params`` and ``details``)."""
    return RestError("rest_invalid_param", f"Invalid parameter(s): {param}", 400, {
        "params": {param: inner.message},
        "details": {param: {"code": inner.code, "message": inner.message, "data": inner.data}},
    })


def register_generic(server: RestServer, post_type: PostType) -> None:
    """One type served by ``WP_REST_Posts_Controller``: its routes, then revisions and autosaves."""
    register_with(server, PostsController(server, post_type))


def register_with(server: RestServer, controller: PostsController) -> None:
    """A controller's routes followed by its revisions and autosaves routes, as the type supports them."""
    from broadsheet.rest.controllers.autosaves import AutosavesController
    from broadsheet.rest.controllers.revisions import RevisionsController

    post_type = controller.type
    controller.register_routes()
    if post_type.supports_feature("revisions"):
        RevisionsController(server, controller).register_routes()
    if post_type.supports_feature("editor") and post_type.name != "attachment":
        AutosavesController(server, controller).register_routes()


def _lazy(module: str, function: str) -> Callable[[RestServer, PostType], None]:
    """A registration function imported on first use (the controller modules import this one)."""
    def call(server: RestServer, post_type: PostType) -> None:
        getattr(importlib.import_module(f"broadsheet.rest.controllers.{module}"), function)(server, post_type)
    return call


#: ``rest_controller_class`` of a post type -> the function that registers its routes. A type whose
#: controller is not listed here is not served (its routes are absent from the index).
POST_TYPE_CONTROLLERS: dict[str, Callable[[RestServer, PostType], None]] = {
    "posts": register_generic,
    "attachments": _lazy("media", "register_type"),
    "navigation": _lazy("navigation", "register_type"),
    "font_families": _lazy("font_families", "register_type"),
    "font_faces": _lazy("font_faces", "register_type"),
    "menu_items": _lazy("menu_items", "register_type"),
    "blocks": _lazy("blocks", "register_type"),
    "templates": _lazy("templates", "register_type"),
    "global_styles": _lazy("global_styles", "register_type"),
}


def register(server: RestServer) -> None:
    """Routes of every ``show_in_rest`` post type, in registration order (``create_initial_rest_routes``)."""
    for post_type in server.site.post_types.rest_types():
        registrar = POST_TYPE_CONTROLLERS.get(post_type.rest_controller)
        if registrar is not None:
            registrar(server, post_type)
