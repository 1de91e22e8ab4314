"""Collection parameters → ``WP_Query`` vars, as ``WP_REST_Posts_Controller::get_items`` maps them (7.1.4).

Includes ``prepare_tax_query`` (term lists or ``{terms, include_children, operator}`` objects,
``tax_relation``), the ``format`` clause, ``sticky`` and the orderby mappings of
``prepare_items_query``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from broadsheet.content.dates import local_from_request_date
from broadsheet.query.post_query import PostQuery, PostQueryArgs
from broadsheet.query.tax_query import TaxClause, TaxQuery
from broadsheet.rest.errors import RestError
from broadsheet.rest.request import RestRequest

if TYPE_CHECKING:
    from broadsheet.rest.controllers.post_data import PostData
    from broadsheet.rest.controllers.posts import PostsController

__all__ = ["build_query_args", "ORDERBY_MAPPINGS"]

#: ``prepare_items_query``: REST orderby values that name a different ``WP_Query`` orderby.
ORDERBY_MAPPINGS = {"id": "ID", "include": "post__in", "slug": "post_name", "include_slugs": "post_name__in",
                    "date": "post_date", "title": "post_title", "author": "post_author",
                    "modified": "post_modified", "parent": "post_parent"}


def _ints(value: Any) -> list[int]:
    if value is None:
        return []
    items = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else [value]
    out: list[int] = []
    for item in items:
        try:
            out.append(int(item))
        except (TypeError, ValueError):
            continue
    return out


def _is_list(value: Any) -> bool:
    """``rest_is_array``: a list, or a PHP array with only numeric keys (``wp_is_numeric_array``)."""
    if isinstance(value, (list, tuple)):
        return True
    return isinstance(value, dict) and all(isinstance(k, int) or str(k).lstrip("-").isdigit() for k in value)


def _list(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(value.values())
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _tax_clauses(controller: PostsController, request: RestRequest) -> TaxQuery | None:
    """``prepare_tax_query``: one clause per taxonomy include/exclude param."""
    relation = request.get_param("tax_relation")
    query = TaxQuery(relation=relation or "AND")
    has_query = bool(relation)
    for taxonomy in controller.rest_taxonomies():
        include = request.get_param(taxonomy.base)
        exclude = request.get_param(f"{taxonomy.base}_exclude")
        if include:
            terms: list[Any] = []
            children = False
            operator = "IN"
            if _is_list(include):
                terms = _list(include)
            elif isinstance(include, dict):
                terms = _list(include.get("terms") or [])
                children = bool(include.get("include_children"))
                if include.get("operator") == "AND":
                    operator = "AND"
            if terms:
                query.clauses.append(TaxClause(taxonomy.name, _ints(terms), "term_id", operator, children))
                has_query = True
        if exclude:
            terms = []
            children = False
            if _is_list(exclude):
                terms = _list(exclude)
            elif isinstance(exclude, dict):
                terms = _list(exclude.get("terms") or [])
                children = bool(exclude.get("include_children"))
            if terms:
                query.clauses.append(TaxClause(taxonomy.name, _ints(terms), "term_id", "NOT IN", children))
                has_query = True
    return query if has_query else None


def _format_clause(formats: list[str]) -> TaxQuery:
    """The ``format`` filter: ``standard`` = no format term; others by ``post-format-{x}`` slug (OR)."""
    group = TaxQuery(relation="OR")
    rest = [f for f in formats if f != "standard"]
    if "standard" in formats:
        group.clauses.append(TaxClause("post_format", [], "slug", "NOT EXISTS"))
    if rest:
        group.clauses.append(TaxClause("post_format", [f"post-format-{f}" for f in rest], "slug", "IN"))
    return group


def build_query_args(controller: PostsController, request: RestRequest, data: PostData,
                     statuses: list[str]) -> tuple[PostQuery, int]:
    """The ``PostQuery`` for a collection request and the requested page number."""
    registered = controller.get_collection_params()
    orderby = request.get_param("orderby")
    if orderby == "relevance" and not request.get_param("search"):
        raise RestError("rest_no_search_term_defined", "You need to define a search term to order by relevance.", 400)
    if orderby == "include" and not request.get_param("include"):
        raise RestError("rest_orderby_include_missing_include",
                        "You need to define an include parameter to order by include.", 400)

    def param(name: str) -> Any:
        return request.get_param(name) if name in registered else None

    options = request.ctx.options
    args = PostQueryArgs(post_type=controller.post_type, post_status=statuses)
    args.logged_in = request.user is not None
    args.author__in = _ints(param("author"))
    args.author__not_in = _ints(param("author_exclude"))
    args.post__not_in = _ints(param("exclude"))
    args.post__in = _ints(param("include"))
    ignore_sticky = param("ignore_sticky")
    args.ignore_sticky_posts = True if ignore_sticky is None else bool(ignore_sticky)
    menu_order = param("menu_order")
    args.menu_order = int(menu_order) if menu_order is not None else None
    offset = param("offset")
    args.offset = int(offset) if offset is not None else None
    args.order = str(param("order") or "desc").upper()
    page = int(param("page") or 1)
    args.paged = page
    args.post_parent__in = _ints(param("parent"))
    args.post_parent__not_in = _ints(param("parent_exclude"))
    search = param("search")
    args.s = str(search) if search else ""
    args.search_columns = [str(c) for c in (param("search_columns") or [])]
    slugs = param("slug")
    if slugs:
        from broadsheet.formatting.sanitize import sanitize_title_for_query

        items = slugs if isinstance(slugs, list) else [slugs]
        args.post_name__in = [sanitize_title_for_query(str(s)) for s in items]
    for name, column, op in (("before", "post_date", "<"), ("modified_before", "post_modified", "<"),
                             ("after", "post_date", ">"), ("modified_after", "post_modified", ">")):
        value = param(name)
        if value:
            local = local_from_request_date(str(value), options)
            if local is not None:
                args.date_query.append((column, op, local))
    per_page = param("per_page")
    args.posts_per_page = int(per_page) if per_page is not None else 10
    sticky = param("sticky")
    if sticky is not None:
        sticky_posts = data.sticky_posts()
        if sticky:
            args.post__in = ([s for s in sticky_posts if s in args.post__in] if args.post__in else sticky_posts) or [0]
        elif sticky_posts:
            args.post__not_in = args.post__not_in + sticky_posts
    if args.post__in:
        args.ignore_sticky_posts = True  # Include keeps its own order: no sticky posts prepended.
    if not args.ignore_sticky_posts:
        args.sticky_posts = data.sticky_posts()
    if param("search_semantics") == "exact":
        args.exact = True
    tax = _tax_clauses(controller, request)
    formats = param("format")
    if formats:
        group = _format_clause([str(f) for f in formats])
        if tax is not None:
            tax.clauses.append(TaxQuery(relation="AND", clauses=[group]))
        else:
            tax = group
    args.tax_query = tax
    if orderby:
        args.orderby = ORDERBY_MAPPINGS.get(str(orderby), str(orderby))
    sort_key = getattr(request.site.db, "sort_key", None)
    known = controller.site.statuses.names()
    return PostQuery(args, sort_key=sort_key, known_statuses=known), page
