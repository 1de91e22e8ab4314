"""``/wp/v2/{posts|pages}/{parent}/revisions[/{id}]``: ``WP_REST_Revisions_Controller`` (WordPress 7.1.4).

Reading needs ``edit_post`` on the parent. Items carry ``author, date, date_gmt, id, modified,
modified_gmt, parent, slug, guid, title, content, excerpt, meta`` and a ``parent`` link; the
collection is newest first (``post_date DESC, ID DESC``), autosaves included, all rows unless
``per_page`` is given.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from broadsheet.content.dates import ZERO_DATE, mysql_to_rfc3339
from broadsheet.query.post_query import PostQuery, PostQueryArgs
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_prepare import fields_for_response, filter_by_context
from broadsheet.rest.controllers.post_schema import collection_base_params, context_param
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet, pagination_headers
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import DELETABLE, READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.posts import PostsController

__all__ = ["RevisionsController", "prepare_revision", "revision_schema"]

_FORCE_DESCRIPTION = "Required to be true, as revisions do not support trashing."


def revision_schema(parent: PostsController, *, title_suffix: str = "revision") -> dict[str, Any]:
    """``get_item_schema``: revision fields plus the parent's title/content/excerpt/guid/meta."""
    props: dict[str, Any] = {
        "author": {"description": "The ID for the author of the revision.", "type": "integer",
                   "context": ["view", "edit", "embed"]},
        "date": {"description": "The date the revision was published, in the site's timezone.", "type": "string",
                 "format": "date-time", "context": ["view", "edit", "embed"]},
        "date_gmt": {"description": "The date the revision was published, as GMT.", "type": "string",
                     "format": "date-time", "context": ["view", "edit"]},
        "guid": {"description": "GUID for the revision, as it exists in the database.", "type": "string",
                 "context": ["view", "edit"]},
        "id": {"description": "Unique identifier for the revision.", "type": "integer",
               "context": ["view", "edit", "embed"]},
        "modified": {"description": "The date the revision was last modified, in the site's timezone.",
                     "type": "string", "format": "date-time", "context": ["view", "edit"]},
        "modified_gmt": {"description": "The date the revision was last modified, as GMT.", "type": "string",
                         "format": "date-time", "context": ["view", "edit"]},
        "parent": {"description": "The ID for the parent of the revision.", "type": "integer",
                   "context": ["view", "edit", "embed"]},
        "slug": {"description": "An alphanumeric identifier for the revision unique to its type.", "type": "string",
                 "context": ["view", "edit", "embed"]},
    }
    parent_props = parent.get_item_schema()["properties"]
    for name in ("title", "content", "excerpt", "guid"):
        if name in parent_props:
            props[name] = copy.deepcopy(parent_props[name])
    # The meta fields of the parent type, registered or not (a type without custom-fields has none: []).
    props["meta"] = copy.deepcopy(parent_props["meta"]) if "meta" in parent_props else {
        "description": "Meta fields.", "type": "object", "context": ["view", "edit"], "properties": []}
    return {"$schema": "http://json-schema.org/draft-04/schema#", "title": f"{parent.post_type}-{title_suffix}",
            "type": "object", "properties": props}


def _date(gmt: str, local: str | None = None) -> str | None:
    """The revisions controller's ``prepare_date_response``: null when the GMT column is zero."""
    if gmt == ZERO_DATE:
        return None
    return mysql_to_rfc3339(local if local is not None else gmt)


def revision_common_fields(revision: WPPost, parent_id: int, included: Callable[[str], bool]) -> dict[str, Any]:
    """The fields every revision answer has (author, dates, id, parent), those ``_fields`` asks for."""
    out: dict[str, Any] = {}
    if included("author"):
        out["author"] = revision.post_author
    if included("date"):
        out["date"] = _date(revision.post_date_gmt, revision.post_date)
    if included("date_gmt"):
        out["date_gmt"] = _date(revision.post_date_gmt)
    if included("id"):
        out["id"] = revision.ID
    if included("modified"):
        out["modified"] = _date(revision.post_modified_gmt, revision.post_modified)
    if included("modified_gmt"):
        out["modified_gmt"] = _date(revision.post_modified_gmt)
    if included("parent"):
        out["parent"] = parent_id
    return out


def prepare_revision(parent: PostsController, revision: WPPost, request: RestRequest,
                     schema: dict[str, Any]) -> dict[str, Any]:
    """``prepare_item_for_response`` of a revision (or autosave)."""
    data = PostData.of(request)
    hooks = request.site.hooks
    fields = fields_for_response(request, schema["properties"])

    def included(name: str) -> bool:
        return is_field_included(name, fields)

    out: dict[str, Any] = revision_common_fields(revision, revision.post_parent, included)
    if included("slug"):
        out["slug"] = revision.post_name
    if included("guid"):
        out["guid"] = {}
        if included("guid.rendered"):
            out["guid"]["rendered"] = revision.guid
        if included("guid.raw"):
            out["guid"]["raw"] = revision.guid
    ctx = None

    def rctx() -> Any:
        nonlocal ctx
        if ctx is None:
            ctx = data.render_context(revision)
        return ctx

    if included("title"):
        out["title"] = {}
        if included("title.raw"):
            out["title"]["raw"] = revision.post_title
        if included("title.rendered"):
            from broadsheet.formatting.chains import render_title

            out["title"]["rendered"] = render_title(revision.post_title, rctx(), hooks)
    if included("content"):
        out["content"] = {}
        if included("content.raw"):
            out["content"]["raw"] = revision.post_content
        if included("content.rendered"):
            from broadsheet.formatting.chains import render_content

            out["content"]["rendered"] = render_content(revision.post_content, rctx(), hooks)
    if included("excerpt"):
        out["excerpt"] = {}
        if included("excerpt.raw"):
            out["excerpt"]["raw"] = revision.post_excerpt
        if included("excerpt.rendered"):
            out["excerpt"]["rendered"] = _the_excerpt(revision.post_excerpt, rctx(), hooks)
    if included("meta"):
        out["meta"] = parent.meta_value(revision, data, None)
    out = filter_by_context(out, schema["properties"], request.context)
    if included("_links") or included("_embedded"):
        links = LinkSet(request)
        if revision.post_parent:
            parent_post = data.post(revision.post_parent)
            from broadsheet.rest.controllers.post_links import route_for_post

            route = route_for_post(request, parent_post) if parent_post is not None else ""
            assert request.server is not None
            links.add("parent", request.server.rest_url(route))
            out["_links"] = links.compact()  # no parent (an autosave saved into its draft): no _links
    return out


def _the_excerpt(excerpt: str, ctx: Any, hooks: Any) -> str:
    """``prepare_excerpt_response``: ``the_excerpt`` on the stored excerpt only (no auto-excerpt)."""
    text = str(hooks.apply_filters("the_excerpt", excerpt, ctx))
    return text if text else ""


class RevisionsController:
    """Revisions of one post type (``WP_REST_Revisions_Controller``)."""

    rest_base = "revisions"

    def __init__(self, server: RestServer, parent: PostsController) -> None:
        self.server = server
        self.parent = parent
        self.namespace = parent.namespace
        self.parent_base = parent.rest_base
        self._schema: dict[str, Any] | None = None

    def get_item_schema(self) -> dict[str, Any]:
        if self._schema is None:
            self._schema = revision_schema(self.parent)
        return self._schema

    def get_collection_params(self) -> dict[str, dict[str, Any]]:
        params = collection_base_params()
        params["context"]["default"] = "view"
        del params["per_page"]["default"]
        params["exclude"] = {"description": "Ensure result set excludes specific IDs.", "type": "array",
                             "items": {"type": "integer"}, "default": []}
        params["include"] = {"description": "Limit result set to specific IDs.", "type": "array",
                             "items": {"type": "integer"}, "default": []}
        params["offset"] = {"description": "Offset the result set by a specific number of items.", "type": "integer"}
        params["order"] = {"description": "Order sort attribute ascending or descending.", "type": "string",
                           "default": "desc", "enum": ["asc", "desc"]}
        params["orderby"] = {"description": "Sort collection by object attribute.", "type": "string",
                             "default": "date",
                             "enum": ["date", "id", "include", "relevance", "slug", "include_slugs", "title"]}
        return params

    def register_routes(self) -> None:
        parent_arg = {"parent": {"description": "The ID for the parent of the revision.", "type": "integer"}}
        base = f"/{self.parent_base}/(?P<parent>[\\d]+)/{self.rest_base}"
        self.server.register_route(self.namespace, base, [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check,
                     {**parent_arg, **self.get_collection_params()}),
        ], schema=self.get_item_schema)
        id_args = {**parent_arg, "id": {"description": "Unique identifier for the revision.", "type": "integer"}}
        self.server.register_route(self.namespace, f"{base}/(?P<id>[\\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check,
                     {**id_args, "context": context_param("view")}),
            Endpoint(DELETABLE, self.delete_item, self.delete_item_permissions_check,
                     {**id_args, "force": {"type": "boolean", "default": False,
                                           "description": _FORCE_DESCRIPTION}}),
        ], schema=self.get_item_schema)

    # -- lookups -----------------------------------------------------------------------------
    def get_parent(self, request: RestRequest, parent_id: Any) -> Any:
        error = RestError("rest_post_invalid_parent", "Invalid post parent ID.", 404)
        try:
            pid = int(parent_id)
        except (TypeError, ValueError):
            raise error from None
        if pid <= 0:
            raise error
        parent = PostData.of(request).post(pid)
        if parent is None or parent.post_type != self.parent.post_type:
            raise error
        return parent

    def get_revision(self, request: RestRequest, revision_id: Any) -> Any:
        error = RestError("rest_post_invalid_id", "Invalid revision ID.", 404)
        try:
            rid = int(revision_id)
        except (TypeError, ValueError):
            raise error from None
        if rid <= 0:
            raise error
        revision = PostData.of(request).post(rid)
        if revision is None or revision.post_type != "revision":
            raise error
        return revision

    # -- permissions -----------------------------------------------------------------------------
    def get_items_permissions_check(self, request: RestRequest) -> Any:
        try:
            parent = self.get_parent(request, request.get_param("parent"))
        except RestError as error:
            return error
        if not PostData.of(request).can("edit_post", parent.ID):
            return forbidden(request, "rest_cannot_read", "Sorry, you are not allowed to view revisions of this post.")
        return True

    def get_item_permissions_check(self, request: RestRequest) -> Any:
        return self.get_items_permissions_check(request)

    def delete_item_permissions_check(self, request: RestRequest) -> Any:
        try:
            parent = self.get_parent(request, request.get_param("parent"))
        except RestError as error:
            return error
        data = PostData.of(request)
        if not data.can("delete_post", parent.ID):
            return forbidden(request, "rest_cannot_delete",
                             "Sorry, you are not allowed to delete revisions of this post.")
        try:
            revision = self.get_revision(request, request.get_param("id"))
        except RestError as error:
            return error
        allowed = self.get_items_permissions_check(request)
        if allowed is not True:
            return allowed
        if not data.can("delete_post", revision.ID):
            return forbidden(request, "rest_cannot_delete", "Sorry, you are not allowed to delete this revision.")
        return True

    # -- handlers ----------------------------------------------------------------------------------
    def get_items(self, request: RestRequest) -> RestResponse:
        parent = self.get_parent(request, request.get_param("parent"))
        orderby = request.get_param("orderby")
        if orderby == "relevance" and not request.get_param("search"):
            raise RestError("rest_no_search_term_defined",
                            "You need to define a search term to order by relevance.", 400)
        if orderby == "include" and not request.get_param("include"):
            raise RestError("rest_orderby_include_missing_include",
                            "You need to define an include parameter to order by include.", 400)
        args = PostQueryArgs(post_type="revision", post_status=["inherit"], posts_per_page=-1,
                             orderby="post_date ID", order="DESC")
        args.post_parent = parent.ID
        args.logged_in = request.user is not None
        args.post__not_in = [int(i) for i in request.get_param("exclude") or []]
        args.post__in = [int(i) for i in request.get_param("include") or []]
        offset = request.get_param("offset")
        args.offset = int(offset) if offset is not None else None
        args.order = str(request.get_param("order") or "desc").upper()
        if orderby:
            mapped = {"date": "post_date ID", "id": "ID", "include": "post__in", "slug": "post_name",
                      "include_slugs": "post_name__in", "title": "post_title"}
            args.orderby = mapped.get(str(orderby), str(orderby))
        page = int(request.get_param("page") or 1)
        args.paged = page
        per_page = request.get_param("per_page")
        if per_page is not None:
            args.posts_per_page = int(per_page)
        search = request.get_param("search")
        args.s = str(search) if search else ""
        requested_offset = args.offset
        if args.posts_per_page <= 0:
            args.offset = None  # WP_Query without a limit (nopaging) ignores the offset
        query = PostQuery(args, sort_key=getattr(request.site.db, "sort_key", None))
        tables = request.site.db.tables
        result = query.run(request.ctx.conn, tables, request.ctx.posts)
        total = result.found_posts
        if total < 1:
            total = query.count(request.ctx.conn, tables)
        if args.posts_per_page > 0:
            max_pages = math.ceil(total / args.posts_per_page)
        else:
            max_pages = 1 if total > 0 else 0
        off = requested_offset or 0
        if total > 0:
            if off >= total:
                raise RestError("rest_revision_invalid_offset_number",
                                "The offset number requested is larger than or equal to the number of available "
                                "revisions.", 400)
            if not off and page > max_pages:
                raise RestError("rest_revision_invalid_page_number",
                                "The page number requested is larger than the number of pages available.", 400)
        data = PostData.of(request)
        data.prime(result.posts, revisions=False)
        schema = self.get_item_schema()
        items = [self.prepare_item_for_response(r, request, schema) for r in result.posts]
        base = self.collection_url(request, parent)
        per = args.posts_per_page if args.posts_per_page > 0 else max(total, 1)
        headers = pagination_headers(request, base, total, per, page)
        headers["X-WP-TotalPages"] = max_pages
        return RestResponse(items, 200, headers)

    def get_item(self, request: RestRequest) -> Any:
        parent = self.get_parent(request, request.get_param("parent"))
        revision = self.get_revision(request, request.get_param("id"))
        if parent.ID != revision.post_parent:
            raise RestError("rest_revision_parent_id_mismatch",
                            f'The revision does not belong to the specified parent with id of "{parent.ID}"', 404)
        return self.prepare_item_for_response(revision, request, self.get_item_schema())

    def prepare_item_for_response(self, revision: WPPost, request: RestRequest, schema: dict[str, Any]) -> Any:
        """One revision in the request's context (``prepare_revision``)."""
        return prepare_revision(self.parent, revision, request, schema)

    def collection_url(self, request: RestRequest, parent: WPPost) -> str:
        """The collection's URL for the pagination ``Link`` header."""
        return self.server.rest_url(f"/{self.namespace}/{self.parent_base}/{parent.ID}/{self.rest_base}")

    def delete_item(self, request: RestRequest) -> Any:
        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported",
                            "Revisions do not support trashing. Set 'force=true' to delete.", 501)
        raise forbidden(request, "rest_cannot_delete", "Sorry, you are not allowed to delete this revision.")
