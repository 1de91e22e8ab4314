"""``/wp/v2/search``: ``WP_REST_Search_Controller`` with the post, term and post-format handlers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from broadsheet.content.permalinks import PermalinkSource, term_link
from broadsheet.content.post_formats import POST_FORMAT_NAMES
from broadsheet.formatting.chains import render_title
from broadsheet.query.post_query import PostQuery, PostQueryArgs
from broadsheet.query.term_query import TermQuery, count_terms, load_ancestor_slugs, query_terms
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet, pagination_headers
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.schema import get_collection_params
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer

NAMESPACE = "wp/v2"
POST_FORMATS = POST_FORMAT_NAMES


def register(server: RestServer) -> None:
    controller = SearchController(server)
    server.register_route(NAMESPACE, "/search", [
        Endpoint(READABLE, controller.get_items, None, controller.collection_params()),
    ], schema=controller.get_item_schema)


class SearchController:
    """Search across posts, terms or post formats; results point at the found objects."""

    def __init__(self, server: RestServer) -> None:
        self.site = server.site

    def post_subtypes(self) -> list[str]:
        """Searchable post types: public REST types except attachments."""
        return [t.name for t in self.site.post_types.rest_types()
                if t.public and t.name != "attachment" and not t.exclude_from_search]

    def term_subtypes(self) -> list[str]:
        return [t.name for t in self.site.taxonomies.rest_taxonomies() if t.public and t.rest_controller == "terms"]

    def collection_params(self) -> dict[str, Any]:
        return {
            **get_collection_params(self.get_item_schema()),
            "type": {"default": "post", "description": "Limit results to items of an object type.", "type": "string",
                     "enum": ["post", "term", "post-format"]},
            "subtype": {"default": "any", "description": "Limit results to items of one or more object subtypes.",
                        "type": "array", "items": {"enum": [*self.post_subtypes(), *self.term_subtypes(), "any"],
                                                   "type": "string"}},
            "exclude": {"description": "Ensure result set excludes specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
            "include": {"description": "Limit result set to specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
        }

    def _subtypes(self, request: RestRequest, allowed: list[str]) -> list[str]:
        wanted = request.get_param("subtype") or ["any"]
        if not isinstance(wanted, list):
            wanted = [wanted]
        if "any" in wanted:
            return allowed
        return [s for s in wanted if s in allowed]

    def get_items(self, request: RestRequest) -> RestResponse:
        kind = request.get_param("type") or "post"
        per_page = int(request.get_param("per_page") or 10)
        page = int(request.get_param("page") or 1)
        if kind == "term":
            results, total = self._search_terms(request, per_page, page)
        elif kind == "post-format":
            results, total = self._search_formats(request, per_page, page)
        else:
            results, total = self._search_posts(request, per_page, page)
        # WordPress takes the total from the page it got: a page past the end is [] with totals 0,
        # and its prev link is not clamped (rest-api.md §7).
        headers = pagination_headers(request, request.site.rest_url("/wp/v2/search"), total, per_page, page,
                                     clamp_prev=False)
        return RestResponse(results, headers=headers)

    # -- handlers -------------------------------------------------------------------------
    def _search_posts(self, request: RestRequest, per_page: int, page: int) -> tuple[list[Any], int]:
        from broadsheet.rest.controllers.post_data import PostData

        types = self._subtypes(request, self.post_subtypes())
        args = PostQueryArgs(post_type=types or [""], post_status=["publish"], s=request.get_param("search") or "",
                             post__in=list(request.get_param("include") or []),
                             post__not_in=list(request.get_param("exclude") or []),
                             orderby="relevance" if request.get_param("search") else "post_date",
                             posts_per_page=per_page, paged=page, ignore_sticky_posts=True,
                             logged_in=request.user is not None)
        db = request.site.db
        result = PostQuery(args, sort_key=db.sort_key).run(request.ctx.conn, db.tables, request.ctx.posts)
        data = PostData.of(request)
        fields = parse_fields(request.get_param("_fields"))
        items = []
        for post in result.posts:
            item: dict[str, Any] = {}
            if is_field_included("id", fields):
                item["id"] = post.ID
            if is_field_included("title", fields):
                item["title"] = render_title(post.post_title, data.render_context(post), request.site.hooks)
            if is_field_included("url", fields):
                item["url"] = data.permalink(post)
            if is_field_included("type", fields):
                item["type"] = "post"
            if is_field_included("subtype", fields):
                item["subtype"] = post.post_type
            post_type = request.site.post_types.get(post.post_type)
            if post_type is not None and (not fields or is_field_included("_links", fields)
                                          or is_field_included("_embedded", fields)):
                base = f"/{post_type.rest_namespace}/{post_type.base}"
                links = LinkSet(request)
                links.add("self", request.site.rest_url(f"{base}/{post.ID}"), embeddable=True)
                links.add("about", request.site.rest_url(f"/wp/v2/types/{post.post_type}"))
                links.add("collection", request.site.rest_url("/wp/v2/search"))
                item["_links"] = links.compact()
            items.append(item)
        return items, result.found_posts

    def _search_terms(self, request: RestRequest, per_page: int, page: int) -> tuple[list[Any], int]:
        taxonomies = self._subtypes(request, self.term_subtypes())
        conn, db = request.ctx.conn, request.site.db
        rows: list[dict[str, Any]] = []
        total = 0
        # get_terms over several taxonomies at once: collect, then order by name and page.
        for name in taxonomies:
            taxonomy = request.site.taxonomies.get(name)
            if taxonomy is None:
                continue
            query = TermQuery(taxonomy=name, hierarchical_taxonomy=taxonomy.hierarchical,
                              search=request.get_param("search") or "", include=list(request.get_param("include") or []),
                              exclude=list(request.get_param("exclude") or []), number=0)
            rows.extend(query_terms(conn, db, query))
            total += count_terms(conn, db, query)
        from broadsheet.storage.collation import sort_key

        rows.sort(key=lambda r: sort_key(r["name"]))
        page_rows = rows[(page - 1) * per_page: page * per_page]
        fields = parse_fields(request.get_param("_fields"))
        source = PermalinkSource(options=request.ctx.options)
        items = []
        for row in page_rows:
            taxonomy = request.site.taxonomies.get(row["taxonomy"])
            assert taxonomy is not None
            ancestors: list[str] = []
            if taxonomy.hierarchical:
                known = load_ancestor_slugs(conn, db, taxonomy.name, {int(row["term_id"]): int(row["parent"])})
                parent = int(row["parent"])
                while parent and parent in known and len(ancestors) < 50:
                    slug, parent = known[parent]
                    ancestors.insert(0, slug)
            item: dict[str, Any] = {}
            if is_field_included("id", fields):
                item["id"] = int(row["term_id"])
            if is_field_included("title", fields):
                item["title"] = row["name"]
            if is_field_included("url", fields):
                item["url"] = term_link(source, term_id=int(row["term_id"]), slug=row["slug"], taxonomy=taxonomy.name,
                                        ancestors=ancestors, rewrite_slug=taxonomy.rewrite_slug,
                                        query_var=taxonomy.publicly_queryable)
            if is_field_included("type", fields):
                item["type"] = taxonomy.name  # WordPress puts the taxonomy here, and no subtype
            if not fields or is_field_included("_links", fields) or is_field_included("_embedded", fields):
                links = LinkSet(request)
                links.add("self", request.site.rest_url(f"/{taxonomy.rest_namespace}/{taxonomy.base}/{row['term_id']}"),
                          embeddable=True)
                links.add("about", request.site.rest_url(f"/wp/v2/taxonomies/{taxonomy.name}"))
                links.add("collection", request.site.rest_url("/wp/v2/search"))
                item["_links"] = links.compact()
            items.append(item)
        return items, total

    def _search_formats(self, request: RestRequest, per_page: int, page: int) -> tuple[list[Any], int]:
        """Formats in use whose slug or label contains the search."""
        t = request.site.db.tables
        used = [str(slug)[len("post-format-"):] for (slug,) in request.ctx.conn.execute(
            select(t.terms.c.slug).join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)
            .where(t.term_taxonomy.c.taxonomy == "post_format", t.term_taxonomy.c.count > 0))]
        search = (request.get_param("search") or "").lower()
        found = [f for f in POST_FORMATS if f in used and (not search or search in f or search in POST_FORMATS[f].lower())]
        page_items = found[(page - 1) * per_page: page * per_page]
        home = str(request.ctx.options.get("home") or "").rstrip("/")
        pretty = bool(request.ctx.options.get("permalink_structure"))
        items = []
        for slug in page_items:
            url = f"{home}/type/{slug}/" if pretty else f"{home}/?post_format={slug}"
            items.append({"id": slug, "title": POST_FORMATS[slug], "url": url, "type": "post-format",
                          "_links": LinkSet(request).add("collection", request.site.rest_url("/wp/v2/search")).compact()})
        return items, len(found)

    def get_item_schema(self) -> dict[str, Any]:
        everywhere = ["view", "embed"]
        return {
            "$schema": "http://json-schema.org/draft-04/schema#", "title": "search-result", "type": "object",
            "properties": {
                "id": {"description": "Unique identifier for the object.", "type": ["integer", "string"],
                       "context": everywhere, "readonly": True},
                "title": {"description": "The title for the object.", "type": "string", "context": everywhere, "readonly": True},
                "url": {"description": "URL to the object.", "type": "string", "format": "uri", "context": everywhere, "readonly": True},
                "type": {"description": "Object type.", "type": "string", "enum": ["post", "term", "post-format"],
                         "context": everywhere, "readonly": True},
                "subtype": {"description": "Object subtype.", "type": "string", "enum": ["post", "page", "category", "post_tag"],
                            "context": everywhere, "readonly": True},
            },
        }
