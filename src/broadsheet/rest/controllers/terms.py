"""``/wp/v2/categories``, ``/wp/v2/tags`` (and plugin taxonomies): ``WP_REST_Terms_Controller``, read side.

One ``TermsController`` per REST taxonomy served by the generic controller. Writes are
registered with WordPress's args and permission checks so the index, ``Allow`` and
``targetHints`` are right.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from broadsheet.content.permalinks import PermalinkSource, term_link
from broadsheet.content.taxonomies import Taxonomy
from broadsheet.query.term_query import TermQuery, count_terms, load_ancestor_slugs, load_term, query_terms
from broadsheet.query.term_query import _base as term_query_base, _order as term_query_order
from broadsheet.rest.controllers.common import CONTEXT_ARG, page_window
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet, pagination_headers
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.schema import get_collection_params
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.rest.controllers.term_writes import TermWrites  # noqa: E402

ID_ARG = {"description": "Unique identifier for the term.", "type": "integer"}


def register(server: RestServer) -> None:
    """Routes of every ``show_in_rest`` taxonomy, in registration order, by its ``rest_controller``."""
    for taxonomy in server.site.taxonomies.rest_taxonomies():
        if taxonomy.rest_controller == "terms":
            TermsController(taxonomy).register(server)
        elif taxonomy.rest_controller == "menus":
            from broadsheet.rest.controllers.menus import MenusController

            MenusController(taxonomy).register(server)


class TermsController(TermWrites):
    """The REST routes of one taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.namespace = taxonomy.rest_namespace
        self.base = taxonomy.base

    # -- routes -------------------------------------------------------------------------
    def register(self, server: RestServer) -> None:
        server.register_route(self.namespace, f"/{self.base}", [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check, self.collection_params(),
                     allow_batch=True),
            Endpoint(CREATABLE, self.create_item, self.create_item_permissions_check,
                     self.write_args(creating=True), allow_batch=True),
        ], schema=self.get_item_schema)
        server.register_embed_primer(f"/{self.namespace}/{self.base}", self.prime_embedded_post_terms)
        server.register_route(self.namespace, rf"/{self.base}/(?P<id>[\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check,
                     {"id": dict(ID_ARG), "context": dict(CONTEXT_ARG)}, allow_batch=True),
            Endpoint(EDITABLE, self.update_item, self.update_item_permissions_check,
                     {"id": dict(ID_ARG), **self.write_args(creating=False)}, allow_batch=True),
            Endpoint(DELETABLE, self.delete_item, self.delete_item_permissions_check, {
                "id": dict(ID_ARG),
                "force": {"type": "boolean", "default": False,
                          "description": "Required to be true, as terms do not support trashing."},
            }, allow_batch=True),
        ], schema=self.get_item_schema)

    def collection_params(self) -> dict[str, Any]:
        """``get_collection_params``: the query args of the collection route, in WordPress's order."""
        params: dict[str, Any] = {
            **get_collection_params(self.get_item_schema()),
            "exclude": {"description": "Ensure result set excludes specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
            "include": {"description": "Limit result set to specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
        }
        if not self.taxonomy.hierarchical:
            params["offset"] = {"description": "Offset the result set by a specific number of items.",
                                "type": "integer"}
        params["order"] = {"description": "Order sort attribute ascending or descending.", "type": "string",
                           "default": "asc", "enum": ["asc", "desc"]}
        params["orderby"] = {"description": "Sort collection by term attribute.", "type": "string",
                             "default": "name", "enum": ["id", "include", "name", "slug", "include_slugs",
                                                         "term_group", "description", "count"]}
        params["hide_empty"] = {"description": "Whether to hide terms not assigned to any posts.",
                                "type": "boolean", "default": False}
        if self.taxonomy.hierarchical:
            params["parent"] = {"description": "Limit result set to terms assigned to a specific parent.",
                                "type": "integer"}
        params["post"] = {"description": "Limit result set to terms assigned to a specific post.",
                          "type": "integer", "default": None}
        params["slug"] = {"description": "Limit result set to terms with one or more specific slugs.",
                          "type": "array", "items": {"type": "string"}}
        return params

    # -- permissions --------------------------------------------------------------------
    def _can(self, request: RestRequest, cap: str, *args: Any) -> bool:
        return current_user_can(request, cap, *args)

    def get_items_permissions_check(self, request: RestRequest) -> bool | RestError:
        post_id = request.get_param("post")
        if post_id:
            post = request.ctx.posts.get(post_id) or _load_post(request, post_id)
            if post is None:
                return RestError("rest_post_invalid_id", "Invalid post ID.", 400)
            if not self._can_read_terms_of(request, post):
                return forbidden(request, "rest_forbidden_context",
                                 "Sorry, you are not allowed to view terms for this post.")
        if request.context == "edit" and not self._can(request, self.taxonomy.cap["edit_terms"]):
            return forbidden(request, "rest_forbidden_context",
                             "Sorry, you are not allowed to edit terms in this taxonomy.")
        return True

    def _can_read_terms_of(self, request: RestRequest, post: Any) -> bool:
        """Terms of a post are public when the post is published in a REST type, else need ``read_post``."""
        post_type = request.site.post_types.get(post.post_type)
        if post_type is None or not post_type.show_in_rest:
            return False
        return post.post_status == "publish" or self._can(request, "read_post", int(post.ID))

    def _get_term(self, request: RestRequest) -> dict[str, Any] | RestError:
        term_id = request.get_param("id")
        error = RestError("rest_term_invalid", "Term does not exist.", 404)
        if not isinstance(term_id, int) or term_id <= 0:
            return error
        term = request.ctx.terms.get(term_id)
        if term is None:
            term = load_term(request.ctx.conn, request.site.db, term_id)
            if term is not None:
                request.ctx.terms[term_id] = term
        if term is None or term["taxonomy"] != self.taxonomy.name:
            return error
        return term

    def get_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        term = self._get_term(request)
        if isinstance(term, RestError):
            return term
        if request.context == "edit" and not self._can(request, "edit_term", term["term_id"]):
            return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit this term.")
        return True

    # -- reads --------------------------------------------------------------------------
    def _term_query(self, request: RestRequest) -> TermQuery:
        """The ``get_terms`` arguments of a collection request (built once per request and args:
        an embedded collection's primer and handler both need them)."""
        memo = getattr(request, "_term_query", None)
        if memo is not None and memo[0] is self and memo[1] is request.sanitized:
            return memo[2]  # type: ignore[no-any-return]
        query = self._build_term_query(request)
        request._term_query = (self, request.sanitized, query)  # type: ignore[attr-defined]
        return query

    def _build_term_query(self, request: RestRequest) -> TermQuery:
        per_page, page, offset = page_window(request)
        return TermQuery(
            taxonomy=self.taxonomy.name,
            hierarchical_taxonomy=self.taxonomy.hierarchical,
            include=list(request.get_param("include") or []),
            exclude=list(request.get_param("exclude") or []),
            slugs=list(request.get_param("slug") or []),
            search=request.get_param("search") or "",
            parent=request.get_param("parent") if self.taxonomy.hierarchical else None,
            object_ids=[request.get_param("post")] if request.get_param("post") else None,
            hide_empty=bool(request.get_param("hide_empty")),
            orderby=request.get_param("orderby") or "name",
            order=request.get_param("order") or "asc",
            number=per_page,
            offset=offset,
        )

    def get_items(self, request: RestRequest) -> RestResponse:
        per_page = int(request.get_param("per_page") or 10)
        page = int(request.get_param("page") or 1)
        query = self._term_query(request)
        conn, db = request.ctx.conn, request.site.db
        rows = primed_terms_of_post(request, query)
        if rows is None:
            rows = query_terms(conn, db, query)
        # An embedded collection's X-WP-Total is dropped: no COUNT(*) for it (embeds ask page 1).
        total = len(rows) if request.is_embed and page == 1 and len(rows) < per_page else (
            count_terms(conn, db, query))
        for row in rows:
            request.ctx.terms.setdefault(int(row["term_id"]), row)
        self._prime_ancestors(request, rows)
        items = []
        for row in rows:
            if request.context == "edit" and not self._can(request, "edit_term", row["term_id"]):
                continue
            items.append(self.prepare_item_for_response(row, request))
        headers = pagination_headers(request, request.site.rest_url(f"/{self.namespace}/{self.base}"),
                                     total, per_page, page)
        return RestResponse(items, headers=headers)

    def prime_embedded_post_terms(self, requests: list[RestRequest]) -> None:
        """Embed primer: the terms of every post a response embeds (``?post=N``), in one query."""
        queries = [self._term_query(request) for request in requests]
        prime_terms_of_posts(requests[0], queries)

    def get_item(self, request: RestRequest) -> dict[str, Any]:
        term = self._get_term(request)
        if isinstance(term, RestError):
            raise term
        self._prime_ancestors(request, [term])
        return self.prepare_item_for_response(term, request)

    def _prime_ancestors(self, request: RestRequest, rows: list[dict[str, Any]]) -> None:
        """Load the slugs of the taxonomy's terms once a term with a parent needs them (one query)."""
        if not self.taxonomy.hierarchical or "ancestors" in request.ctx.extra.get(f"terms:{self.taxonomy.name}", {}):
            return
        parents = {int(r["term_id"]): int(r["parent"]) for r in rows}
        if not any(parents.values()):
            return  # top-level terms only: nothing to load (yet)
        found = load_ancestor_slugs(request.ctx.conn, request.site.db, self.taxonomy.name, parents)
        request.ctx.extra[f"terms:{self.taxonomy.name}"] = {"ancestors": found}

    def _ancestors(self, request: RestRequest, term: dict[str, Any]) -> list[str]:
        self._prime_ancestors(request, [term])
        known = request.ctx.extra.get(f"terms:{self.taxonomy.name}", {}).get("ancestors", {})
        slugs: list[str] = []
        parent = int(term["parent"])
        seen: set[int] = set()
        while parent and parent in known and parent not in seen:
            seen.add(parent)
            slug, parent = known[parent]
            slugs.insert(0, slug)
        return slugs

    # -- representation -------------------------------------------------------------------
    def prepare_item_for_response(self, term: dict[str, Any], request: RestRequest) -> dict[str, Any]:
        """The term in the request's context, keys in WordPress's order.

        An embedded collection lists the same terms for many posts (``?post=N``): within one
        request each is prepared once per context and ``_fields`` (embeds only read, and only
        when no ``rest_prepare_{taxonomy}`` filter could tell the calls apart).
        """
        fields = parse_fields(request.get_param("_fields"))
        context = request.context
        term_id = int(term["term_id"])
        hook = f"rest_prepare_{self.taxonomy.name}"
        if not request.is_embed or request.site.hooks.has_filter(hook):
            return request.site.hooks.apply_filters(hook, self._prepare_term(term, request, fields, context),
                                                    term, request)
        memo = request.ctx.extra.setdefault(_PREPARED_TERMS, {})
        key = (self.taxonomy.name, term_id, context, tuple(fields))
        data = memo.get(key)
        if data is None:
            data = memo[key] = self._prepare_term(term, request, fields, context)
        return data

    def _prepare_term(self, term: dict[str, Any], request: RestRequest, fields: list[str],
                      context: str) -> dict[str, Any]:
        full = context in ("view", "edit")
        term_id = int(term["term_id"])
        data: dict[str, Any] = {}
        if is_field_included("id", fields):
            data["id"] = term_id
        if full and is_field_included("count", fields):
            data["count"] = int(term["count"])
        if full and is_field_included("description", fields):
            data["description"] = term["description"] or ""
        if is_field_included("link", fields):
            source = PermalinkSource(options=request.ctx.options)
            data["link"] = term_link(source, term_id=term_id, slug=term["slug"], taxonomy=self.taxonomy.name,
                                     ancestors=self._ancestors(request, term) if self.taxonomy.hierarchical else None,
                                     rewrite_slug=self.taxonomy.rewrite_slug,
                                     query_var=self.taxonomy.publicly_queryable)
        if is_field_included("name", fields):
            data["name"] = term["name"]
        if is_field_included("slug", fields):
            data["slug"] = term["slug"]
        if is_field_included("taxonomy", fields):
            data["taxonomy"] = self.taxonomy.name
        if self.taxonomy.hierarchical and full and is_field_included("parent", fields):
            data["parent"] = int(term["parent"])
        if full and is_field_included("meta", fields):
            data["meta"] = []
        if not fields or is_field_included("_links", fields) or is_field_included("_embedded", fields):
            data["_links"] = self.prepare_links(term, request)
        return data

    def prepare_links(self, term: dict[str, Any], request: RestRequest) -> dict[str, Any]:
        site = request.site
        term_id = int(term["term_id"])
        links = LinkSet(request)
        links.add("self", site.rest_url(f"/{self.namespace}/{self.base}/{term_id}"))
        links.add("collection", site.rest_url(f"/{self.namespace}/{self.base}"))
        links.add("about", site.rest_url(f"/wp/v2/taxonomies/{self.taxonomy.name}"))
        if self.taxonomy.hierarchical and int(term["parent"]):
            links.add("up", site.rest_url(f"/{self.namespace}/{self.base}/{int(term['parent'])}"), embeddable=True)
        for type_name in self.taxonomy.object_types:
            post_type = site.post_types.get(type_name)
            if post_type is None or not post_type.show_in_rest:
                continue
            links.add("https://api.w.org/post_type",
                      site.rest_url(f"/{post_type.rest_namespace}/{post_type.base}?{self.base}={term_id}"))
        return links.compact()

    def get_item_schema(self) -> dict[str, Any]:
        properties: dict[str, Any] = {
            "id": {"description": "Unique identifier for the term.", "type": "integer",
                   "context": ["view", "embed", "edit"], "readonly": True},
            "count": {"description": "Number of published posts for the term.", "type": "integer",
                      "context": ["view", "edit"], "readonly": True},
            "description": {"description": "HTML description of the term.", "type": "string",
                            "context": ["view", "edit"]},
            "link": {"description": "URL of the term.", "type": "string", "format": "uri",
                     "context": ["view", "embed", "edit"], "readonly": True},
            "name": {"description": "HTML title for the term.", "type": "string",
                     "context": ["view", "embed", "edit"], "required": True},
            "slug": {"description": "An alphanumeric identifier for the term unique to its type.",
                     "type": "string", "context": ["view", "embed", "edit"]},
            "taxonomy": {"description": "Type attribution for the term.", "type": "string",
                         "enum": [self.taxonomy.name], "context": ["view", "embed", "edit"], "readonly": True},
        }
        if self.taxonomy.hierarchical:
            properties["parent"] = {"description": "The parent term ID.", "type": "integer",
                                    "context": ["view", "edit"]}
        properties["meta"] = {"description": "Meta fields.", "type": "object", "context": ["view", "edit"],
                              "properties": []}
        return {"$schema": "http://json-schema.org/draft-04/schema#",
                "title": "category" if self.taxonomy.name == "category" else
                "tag" if self.taxonomy.name == "post_tag" else self.taxonomy.name,
                "type": "object", "properties": properties}


#: ``DataContext.extra`` key: embedded terms already prepared, by (taxonomy, ID, context, _fields).
_PREPARED_TERMS = "embedded_terms_prepared"
#: ``DataContext.extra`` key: terms of posts loaded by the embed primer, by query shape then post ID.
_PRIMED_TERMS = "embed_terms_of_posts"


#: ``TermQuery`` fields but its post: what makes two queries one shape.
_SHAPE_FIELDS = tuple(f.name for f in fields(TermQuery) if f.name != "object_ids")


def _shape(query: TermQuery) -> str:
    """The query without its post, as a key: requests of one shape share a batched load."""
    return repr(tuple(getattr(query, name) for name in _SHAPE_FIELDS))


def _batchable(query: TermQuery) -> bool:
    """One post, first page, no padding of empty parents: a batched load answers it exactly."""
    return (query.object_ids is not None and len(query.object_ids) == 1 and query.offset == 0
            and not query.hide_empty and query.number > 0 and query.orderby not in ("include", "include_slugs"))


def prime_terms_of_posts(request: RestRequest, queries: list[TermQuery]) -> None:
    """Load the terms of every post of ``queries`` (one taxonomy) with one query per query shape.

    ``term_relationships`` joined on the posts' IDs, ordered as ``query_terms`` orders one post's
    terms, so each post's rows come out as its own query would list them.
    """
    shapes: dict[str, list[TermQuery]] = {}
    for query in queries:
        if _batchable(query):
            shapes.setdefault(_shape(query), []).append(query)
    store: dict[str, dict[int, list[dict[str, Any]]]] = request.ctx.extra.setdefault(_PRIMED_TERMS, {})
    db = request.site.db
    rel = db.tables.term_relationships
    for key, group in shapes.items():
        post_ids = sorted({int(q.object_ids[0]) for q in group if q.object_ids})
        found: dict[int, list[dict[str, Any]]] = store.setdefault(key, {})
        post_ids = [pid for pid in post_ids if pid not in found]
        if not post_ids:
            continue
        shape = replace(group[0], object_ids=None)
        stmt = term_query_base(db, shape).add_columns(rel.c.object_id.label("_object_id")).join(
            rel, rel.c.term_taxonomy_id == db.tables.term_taxonomy.c.term_taxonomy_id).where(
            rel.c.object_id.in_(post_ids)).order_by(*term_query_order(db, shape))
        for pid in post_ids:
            found[pid] = []
        for row in request.ctx.conn.execute(stmt):
            mapping = dict(row._mapping)
            found[int(mapping.pop("_object_id"))].append(mapping)


def primed_terms_of_post(request: RestRequest, query: TermQuery) -> list[dict[str, Any]] | None:
    """The page ``query_terms`` would give for ``query``, when the embed primer loaded it."""
    if not request.is_embed or not _batchable(query) or query.object_ids is None:
        return None
    rows = request.ctx.extra.get(_PRIMED_TERMS, {}).get(_shape(query), {}).get(int(query.object_ids[0]))
    return None if rows is None else rows[:query.number]


def _load_post(request: RestRequest, post_id: int) -> Any:
    """The post row (cached on the request), or None."""
    from sqlalchemy import select

    t = request.site.db.tables.posts
    row = request.ctx.conn.execute(select(t).where(t.c.ID == post_id)).first()
    if row is not None:
        request.ctx.posts[post_id] = row
    return row
