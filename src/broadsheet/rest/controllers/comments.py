"""``/wp/v2/comments``: ``WP_REST_Comments_Controller`` — reads, and the permission rules of writes.

Writes (create, moderate, trash) live in ``comment_writes.py``.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from broadsheet.content.avatars import avatar_urls, show_avatars
from broadsheet.content.comment_links import get_comment_link
from broadsheet.content.dates import local_from_request_date, mysql_to_rfc3339
from broadsheet.formatting.comment_chain import render_comment_text
from broadsheet.query.comment_query import CommentQuery, count_comments, load_comment, parents_with_children, query_comments
from broadsheet.rest.controllers.comment_writes import CommentWrites
from broadsheet.rest.controllers.common import CONTEXT_ARG, page_window
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_prepare import can_access_password_content
from broadsheet.rest.controllers.posts import PostsController
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet, pagination_headers
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.schema import get_collection_params
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import rest_get_endpoint_args_for_schema
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp/v2"
STATUS_NAMES = {"1": "approved", "0": "hold"}
#: ``DataContext.extra`` key: comments of posts loaded by the embed primer, by query shape then post ID.
_PRIMED_COMMENTS = "embed_comments_of_posts"


def _batch_key(query: CommentQuery) -> tuple[str, int] | None:
    """``("post", N)`` (replies of a post) or ``("parent", N)`` (children of a comment) when a batched
    load answers ``query`` exactly: one post or one parent, first page, ordered by a column."""
    if query.offset != 0 or query.number <= 0 or (query.orderby == "include" and query.include):
        return None
    if len(query.post_ids) == 1 and not query.parents:
        return ("post", int(query.post_ids[0]))
    if len(query.parents) == 1 and not query.post_ids:
        return ("parent", int(query.parents[0]))
    return None


#: ``CommentQuery`` fields but its posts and parents: what makes two queries one shape.
_SHAPE_FIELDS = tuple(f.name for f in fields(CommentQuery) if f.name not in ("post_ids", "parents"))


def _shape(query: CommentQuery, by: str) -> str:
    """The query without its post or parent, as a key: requests of one shape share a batched load."""
    return by + repr(tuple(getattr(query, name) for name in _SHAPE_FIELDS))


def _primed_comments_of_post(request: RestRequest, query: CommentQuery) -> list[dict[str, Any]] | None:
    """The page ``query_comments`` would give for ``query``, when the embed primer loaded it."""
    key = _batch_key(query) if request.is_embed else None
    if key is None:
        return None
    rows = request.ctx.extra.get(_PRIMED_COMMENTS, {}).get(_shape(query, key[0]), {}).get(key[1])
    return None if rows is None else rows[:query.number]


def register(server: RestServer) -> None:
    controller = CommentsController()
    schema = controller.get_item_schema
    server.register_route(NAMESPACE, "/comments", [
        Endpoint(READABLE, controller.get_items, controller.get_items_permissions_check, controller.collection_params()),
        Endpoint(CREATABLE, controller.create_item, controller.create_item_permissions_check,
                 rest_get_endpoint_args_for_schema(schema(), "POST")),
    ], schema=schema)
    server.register_embed_primer(f"/{NAMESPACE}/comments", controller.prime_embedded_replies)
    server.register_embed_primer(f"/{NAMESPACE}/comments/(?P<id>[\\d]+)", controller.prime_embedded_items)
    id_arg = {"id": {"description": "Unique identifier for the comment.", "type": "integer"}}
    password_arg = {"password": {"description": "The password for the parent post of the comment (if the post is password protected).",
                                 "type": "string"}}
    server.register_route(NAMESPACE, r"/comments/(?P<id>[\d]+)", [
        Endpoint(READABLE, controller.get_item, controller.get_item_permissions_check,
                 {**id_arg, "context": dict(CONTEXT_ARG), **password_arg}),
        Endpoint(EDITABLE, controller.update_item, controller.update_item_permissions_check,
                 {**id_arg, **rest_get_endpoint_args_for_schema(schema(), ("POST", "PUT", "PATCH"))}),
        Endpoint(DELETABLE, controller.delete_item, controller.delete_item_permissions_check, {
            **id_arg,
            "force": {"type": "boolean", "default": False, "description": "Whether to bypass Trash and force deletion."},
            **password_arg,
        }),
    ], schema=schema)


class CommentsController(CommentWrites):
    """The comments routes."""

    def collection_params(self) -> dict[str, Any]:
        def ids(description: str, default: Any = None) -> dict[str, Any]:
            arg: dict[str, Any] = {"description": description, "type": "array", "items": {"type": "integer"}}
            if default is not None:
                arg = {"default": default, **arg}
            return arg

        return {
            **get_collection_params(self.get_item_schema()),
            "after": {"description": "Limit response to comments published after a given ISO8601 compliant date.",
                      "type": "string", "format": "date-time"},
            "author": ids("Limit result set to comments assigned to specific user IDs. Requires authorization."),
            "author_exclude": ids("Ensure result set excludes comments assigned to specific user IDs. Requires authorization."),
            "author_email": {"default": None, "description": "Limit result set to that from a specific author email. Requires authorization.",
                             "format": "email", "type": "string"},
            "before": {"description": "Limit response to comments published before a given ISO8601 compliant date.",
                       "type": "string", "format": "date-time"},
            "exclude": {"description": "Ensure result set excludes specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
            "include": {"description": "Limit result set to specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
            "offset": {"description": "Offset the result set by a specific number of items.", "type": "integer"},
            "order": {"description": "Order sort attribute ascending or descending.", "type": "string",
                      "default": "desc", "enum": ["asc", "desc"]},
            "orderby": {"description": "Sort collection by comment attribute.", "type": "string", "default": "date_gmt",
                        "enum": ["date", "date_gmt", "id", "include", "post", "parent", "type"]},
            "parent": ids("Limit result set to comments of specific parent IDs.", []),
            "parent_exclude": ids("Ensure result set excludes specific parent IDs.", []),
            "post": ids("Limit result set to comments assigned to specific post IDs.", []),
            "status": {"default": "approve", "description": "Limit result set to comments assigned a specific status. Requires authorization.",
                       "type": "string"},
            "type": {"default": "comment", "description": "Limit result set to comments assigned a specific type. Requires authorization.",
                     "type": "string"},
            "password": {"description": "The password for the post if it is password protected.", "type": "string"},
        }

    # -- post readability -----------------------------------------------------------------
    def check_read_post_permission(self, request: RestRequest, post: Any) -> bool:
        """Readable post; a password-protected one only for a single post/comment with the password."""
        post_type = request.site.post_types.get(post.post_type)
        if post_type is None or not post_type.show_in_rest:
            return False
        posts = request.get_param("post")
        requested_post = bool(posts) and (not isinstance(posts, list) or len(posts) == 1)  # one post asked for
        requested_comment = bool(request.get_param("id"))
        unlocked = (requested_post or requested_comment) and can_access_password_content(post, request, PostData.of(request))
        if post.post_password and not unlocked:
            return current_user_can(request, "edit_post", post.ID)
        return PostsController(request.server, post_type).check_read_permission(request, post)

    def check_read_permission(self, request: RestRequest, comment: dict[str, Any]) -> bool:
        post_id = int(comment["comment_post_ID"])
        if post_id:
            post = PostData.of(request).post(post_id)
            if post is not None and self.check_read_post_permission(request, post) and str(comment["comment_approved"]) == "1":
                return True
        if request.user is None:
            return False
        if not post_id and not current_user_can(request, "moderate_comments"):
            return False
        if int(comment["user_id"] or 0) and int(comment["user_id"]) == request.user.ID:
            return True
        return current_user_can(request, "edit_comment", int(comment["comment_ID"]))

    # -- permissions --------------------------------------------------------------------
    def get_items_permissions_check(self, request: RestRequest) -> bool | RestError:
        posts = request.get_param("post") or []
        for post_id in posts if isinstance(posts, list) else [posts]:  # (array) $request['post']
            post = PostData.of(request).post(post_id)
            if post_id and post is not None and not self.check_read_post_permission(request, post):
                return forbidden(request, "rest_cannot_read_post", "Sorry, you are not allowed to read the post for this comment.")
            if post_id == 0 and not current_user_can(request, "moderate_comments"):
                return forbidden(request, "rest_cannot_read", "Sorry, you are not allowed to read comments without a post.")
        if request.context == "edit" and not current_user_can(request, "moderate_comments"):
            return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit comments.")
        if not current_user_can(request, "edit_posts"):
            forbidden_params = []
            for param in ("author", "author_exclude", "author_email", "type", "status"):
                value = request.get_param(param)
                if param == "status":
                    if value != "approve":
                        forbidden_params.append(param)
                elif param == "type":
                    if value != "comment":
                        forbidden_params.append(param)
                elif value:
                    forbidden_params.append(param)
            if forbidden_params:
                return forbidden(request, "rest_forbidden_param", "Query parameter not permitted: " + ", ".join(forbidden_params))
        return True

    def _get_comment(self, request: RestRequest) -> dict[str, Any] | RestError:
        comment_id = request.get_param("id")
        if not isinstance(comment_id, int) or comment_id <= 0:
            return RestError("rest_comment_invalid_id", "Invalid comment ID.", 404)
        cache = request.ctx.extra.setdefault("comments", {})
        comment = cache.get(comment_id)
        if comment is None:
            comment = load_comment(request.ctx.conn, request.site.db, comment_id)
            if comment is None:
                return RestError("rest_comment_invalid_id", "Invalid comment ID.", 404)
            cache[comment_id] = comment
        post_id = int(comment["comment_post_ID"])
        if post_id and PostData.of(request).post(post_id) is None:
            return RestError("rest_post_invalid_id", "Invalid post ID.", 404)
        return comment

    def get_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        comment = self._get_comment(request)
        if isinstance(comment, RestError):
            return comment
        if request.context == "edit" and not current_user_can(request, "moderate_comments"):
            return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit comments.")
        post = PostData.of(request).post(int(comment["comment_post_ID"]))
        if not self.check_read_permission(request, comment):
            return forbidden(request, "rest_cannot_read", "Sorry, you are not allowed to read this comment.")
        if post is not None and not self.check_read_post_permission(request, post):
            return forbidden(request, "rest_cannot_read_post", "Sorry, you are not allowed to read the post for this comment.")
        return True

    # -- reads --------------------------------------------------------------------------
    def _comment_query(self, request: RestRequest) -> CommentQuery:
        """The ``WP_Comment_Query`` arguments of a collection request (built once per request and
        args: an embedded collection's primer and handler both need them)."""
        memo = getattr(request, "_comment_query", None)
        if memo is not None and memo[0] is self and memo[1] is request.sanitized:
            return memo[2]  # type: ignore[no-any-return]
        query = self._build_comment_query(request)
        request._comment_query = (self, request.sanitized, query)  # type: ignore[attr-defined]
        return query

    def _build_comment_query(self, request: RestRequest) -> CommentQuery:
        per_page, page, offset = page_window(request)
        options = request.ctx.options
        after, before = request.get_param("after"), request.get_param("before")
        return CommentQuery(
            post_ids=list(request.get_param("post") or []), parents=list(request.get_param("parent") or []),
            parent_exclude=list(request.get_param("parent_exclude") or []),
            authors=list(request.get_param("author") or []), author_exclude=list(request.get_param("author_exclude") or []),
            author_email=request.get_param("author_email") or "", include=list(request.get_param("include") or []),
            exclude=list(request.get_param("exclude") or []), status=request.get_param("status") or "approve",
            type=request.get_param("type") or "comment", search=request.get_param("search") or "",
            after=local_from_request_date(after, options) if after else None,
            before=local_from_request_date(before, options) if before else None,
            orderby=request.get_param("orderby") or "date_gmt", order=request.get_param("order") or "desc",
            number=per_page, offset=offset,
        )

    def get_items(self, request: RestRequest) -> RestResponse:
        per_page = int(request.get_param("per_page") or 10)
        page = int(request.get_param("page") or 1)
        query = self._comment_query(request)
        conn, db = request.ctx.conn, request.site.db
        rows = _primed_comments_of_post(request, query)
        if rows is None:
            rows = query_comments(conn, db, query)
        # An embedded collection's X-WP-Total is dropped: no COUNT(*) when the page shows them all.
        total = len(rows) if request.is_embed and query.offset == 0 and len(rows) < per_page else (
            count_comments(conn, db, query))
        self.prime(request, rows)
        items = [self.prepare_item_for_response(row, request) for row in rows if self.check_read_permission(request, row)]
        headers = pagination_headers(request, request.site.rest_url("/wp/v2/comments"), total, per_page, page)
        return RestResponse(items, headers=headers)

    def prime_embedded_replies(self, requests: list[RestRequest]) -> None:
        """Embed primer: the comments of every post a response embeds (``?post=N``), in one query."""
        shapes: dict[str, tuple[str, CommentQuery, set[int]]] = {}
        for request in requests:
            query = self._comment_query(request)
            key = _batch_key(query)
            if key is not None:
                shapes.setdefault(_shape(query, key[0]), (key[0], query, set()))[2].add(key[1])
        if not shapes:
            return
        request = requests[0]
        store: dict[str, dict[int, list[dict[str, Any]]]] = request.ctx.extra.setdefault(_PRIMED_COMMENTS, {})
        loaded: list[dict[str, Any]] = []
        for shape, (by, query, wanted) in shapes.items():
            found = store.setdefault(shape, {})
            ids = sorted(wanted - found.keys())
            if not ids:
                continue
            batch = replace(query, post_ids=ids) if by == "post" else replace(query, parents=ids)
            rows = query_comments(request.ctx.conn, request.site.db, replace(batch, number=0, offset=0))
            for i in ids:
                found[i] = []
            column = "comment_post_ID" if by == "post" else "comment_parent"
            for row in rows:
                found[int(row[column])].append(row)
            loaded.extend(rows)
        self.prime(request, loaded)

    def prime_embedded_items(self, requests: list[RestRequest]) -> None:
        """Embed primer: the comments a response embeds by ID (``in-reply-to``), in one query."""
        request = requests[0]
        cache = request.ctx.extra.setdefault("comments", {})
        ids = sorted({i for r in requests if isinstance(i := r.get_param("id"), int) and i > 0} - cache.keys())
        if not ids:
            return
        rows = query_comments(request.ctx.conn, request.site.db,
                              CommentQuery(include=ids, status="any", type="all", orderby="id", order="asc", number=0))
        self.prime(request, rows)

    def prime(self, request: RestRequest, rows: list[dict[str, Any]]) -> None:
        """Posts, authors and reply flags of a page of comments: one query each."""
        cache = request.ctx.extra.setdefault("comments", {})
        for row in rows:
            cache.setdefault(int(row["comment_ID"]), row)
        PostData.of(request).posts({int(r["comment_post_ID"]) for r in rows if int(r["comment_post_ID"])})
        users = {int(r["user_id"]) for r in rows if int(r["user_id"] or 0)}
        if users:
            request.ctx.users.update(request.ctx.auth_store().get_users(users))
        flags = request.ctx.extra.setdefault("comment_children", {})
        missing = [int(r["comment_ID"]) for r in rows if int(r["comment_ID"]) not in flags]
        having = parents_with_children(request.ctx.conn, request.site.db, missing)
        for cid in missing:
            flags[cid] = cid in having

    def get_item(self, request: RestRequest) -> dict[str, Any]:
        comment = self._get_comment(request)
        if isinstance(comment, RestError):
            raise comment
        self.prime(request, [comment])
        return self.prepare_item_for_response(comment, request)

    # -- representation -------------------------------------------------------------------
    def prepare_item_for_response(self, comment: dict[str, Any], request: RestRequest) -> dict[str, Any]:
        """The comment in the request's context, keys in WordPress's order."""
        fields = parse_fields(request.get_param("_fields"))
        context = request.context
        everywhere, full, edit = ("view", "edit", "embed"), ("view", "edit"), ("edit",)
        options = request.ctx.options

        def want(name: str, contexts: tuple[str, ...]) -> bool:
            return context in contexts and is_field_included(name, fields)

        cid = int(comment["comment_ID"])
        post_id = int(comment["comment_post_ID"])
        user_id = int(comment["user_id"] or 0)
        data: dict[str, Any] = {}
        if want("id", everywhere):
            data["id"] = cid
        if want("post", full):
            data["post"] = post_id
        if want("parent", everywhere):
            data["parent"] = int(comment["comment_parent"])
        if want("author", everywhere):
            data["author"] = user_id
        if want("author_name", everywhere):
            data["author_name"] = comment["comment_author"]
        if want("author_email", edit):
            data["author_email"] = comment["comment_author_email"]
        if want("author_url", everywhere):
            data["author_url"] = comment["comment_author_url"]
        if want("author_ip", edit):
            data["author_ip"] = comment["comment_author_IP"]
        if want("author_user_agent", edit):
            data["author_user_agent"] = comment["comment_agent"]
        if want("date", everywhere):
            data["date"] = mysql_to_rfc3339(comment["comment_date"])
        if want("date_gmt", full):
            data["date_gmt"] = mysql_to_rfc3339(comment["comment_date_gmt"])
        if want("content", everywhere):
            content: dict[str, Any] = {"rendered": render_comment_text(request.site.hooks, comment["comment_content"])}
            if context == "edit":
                content["raw"] = comment["comment_content"]
            data["content"] = content
        if want("link", everywhere):
            post = PostData.of(request).post(post_id)
            base = PostData.of(request).permalink(post) if post is not None else ""
            data["link"] = get_comment_link(request.ctx.conn, request.site.db, comment, base, options)
        if want("status", full):
            approved = str(comment["comment_approved"])
            data["status"] = STATUS_NAMES.get(approved, approved)
        if want("type", everywhere):
            data["type"] = comment["comment_type"] or "comment"
        if want("author_avatar_urls", everywhere) and show_avatars(options):
            email = comment["comment_author_email"]
            if user_id and user_id in request.ctx.users:
                email = request.ctx.users[user_id].user_email
            data["author_avatar_urls"] = avatar_urls(email, options)
        if want("meta", full):
            data["meta"] = {"_wp_note_status": self._note_status(request, comment)}
        if not fields or is_field_included("_links", fields) or is_field_included("_embedded", fields):
            data["_links"] = self.prepare_links(comment, request)
        return request.site.hooks.apply_filters("rest_prepare_comment", data, comment, request)

    def _note_status(self, request: RestRequest, comment: dict[str, Any]) -> Any:
        """Registered meta ``_wp_note_status``: ``resolved``/``reopen`` on notes, else null ("" fails its enum)."""
        if comment["comment_type"] != "note":
            return None
        from broadsheet.storage.meta import get_meta

        value = get_meta(request.ctx.conn, "comment", int(comment["comment_ID"]), "_wp_note_status", single=True,
                         tables=request.site.db.tables)
        return value if value in ("resolved", "reopen") else None

    def prepare_links(self, comment: dict[str, Any], request: RestRequest) -> dict[str, Any]:
        site = request.site
        cid = int(comment["comment_ID"])
        links = LinkSet(request)
        links.add("self", site.rest_url(f"/wp/v2/comments/{cid}"))
        links.add("collection", site.rest_url("/wp/v2/comments"))
        user_id = int(comment["user_id"] or 0)
        if user_id:
            links.add("author", site.rest_url(f"/wp/v2/users/{user_id}"), embeddable=True)
        post_id = int(comment["comment_post_ID"])
        if post_id:
            post = PostData.of(request).post(post_id)
            post_type = site.post_types.get(post.post_type) if post is not None else None
            if post is not None and post_type is not None:
                links.add("up", site.rest_url(f"/{post_type.rest_namespace}/{post_type.base}/{post_id}"),
                          embeddable=True, post_type=post.post_type)
        parent = int(comment["comment_parent"])
        if parent:
            links.add("in-reply-to", site.rest_url(f"/wp/v2/comments/{parent}"), embeddable=True)
        if request.ctx.extra.get("comment_children", {}).get(cid):
            query = f"?parent={cid}&type=note&status=all" if comment["comment_type"] == "note" else f"?parent={cid}"
            links.add("children", site.rest_url(f"/wp/v2/comments{query}"), embeddable=True)
        return links.compact()

    def get_item_schema(self) -> dict[str, Any]:
        everywhere, full, edit = ["view", "edit", "embed"], ["view", "edit"], ["edit"]
        return {
            "$schema": "http://json-schema.org/draft-04/schema#", "title": "comment", "type": "object",
            "properties": {
                "id": {"description": "Unique identifier for the comment.", "type": "integer", "context": everywhere, "readonly": True},
                "author": {"description": "The ID of the user object, if author was a user.", "type": "integer", "context": everywhere},
                "author_email": {"description": "Email address for the comment author.", "type": "string", "format": "email", "context": edit},
                "author_ip": {"description": "IP address for the comment author.", "type": "string", "format": "ip", "context": edit},
                "author_name": {"description": "Display name for the comment author.", "type": "string", "context": everywhere},
                "author_url": {"description": "URL for the comment author.", "type": "string", "format": "uri", "context": everywhere},
                "author_user_agent": {"description": "User agent for the comment author.", "type": "string", "context": edit},
                "content": {"description": "The content for the comment.", "type": "object", "context": everywhere,
                            # a string or {raw}: neither validated nor sanitised as an object
                            "arg_options": {"sanitize_callback": None, "validate_callback": None}, "properties": {
                    "raw": {"description": "Content for the comment, as it exists in the database.", "type": "string", "context": edit},
                    "rendered": {"description": "HTML content for the comment, transformed for display.", "type": "string",
                                 "context": everywhere, "readonly": True}}},
                "date": {"description": "The date the comment was published, in the site's timezone.", "type": "string",
                         "format": "date-time", "context": everywhere},
                "date_gmt": {"description": "The date the comment was published, as GMT.", "type": "string", "format": "date-time",
                             "context": full},
                "link": {"description": "URL to the comment.", "type": "string", "format": "uri", "context": everywhere, "readonly": True},
                "parent": {"description": "The ID for the parent of the comment.", "type": "integer", "context": everywhere, "default": 0},
                "post": {"description": "The ID of the associated post object.", "type": "integer", "context": full, "default": 0},
                "status": {"description": "State of the comment.", "type": "string", "context": full},
                "type": {"description": "Type of the comment.", "type": "string", "context": everywhere, "readonly": True},
                "author_avatar_urls": {"description": "Avatar URLs for the comment author.", "type": "object", "context": everywhere,
                                       "readonly": True, "properties": {str(s): {"description": f"Avatar URL with image size of {s} pixels.",
                                                                               "type": "string", "format": "uri", "context": everywhere} for s in (24, 48, 96)}},
                "meta": {"description": "Meta fields.", "type": "object", "context": full, "properties": {
                    "_wp_note_status": {"type": "string", "title": "", "description": "Note resolution status", "default": "",
                                        "enum": ["resolved", "reopen"]}}},
            },
        }
