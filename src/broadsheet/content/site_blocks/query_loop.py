"""``core/query-total``, the query pagination links and ``core/post-template`` outside a query (WordPress 7.1.4).

Without a ``query`` context each block runs ``build_query_vars_from_query_block``'s default query:
the caller's readable posts (published ones, and private ones they may read), newest first,
``posts_per_page`` a page, whatever the ``query-page`` of the URL (which only moves the links and
the displayed range). A ``query-page`` or ``paged`` that is not digits, and array query arguments,
answer ``UnsupportedBlock``. The post template lists that query's first page (sticky posts first)
as empty ``<li>`` items with the posts' classes: the renderer gives it no inner blocks. Observed in ``tests/golden/cases-block-renderer-context.jsonl``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, func, or_, select

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, registered_block
from broadsheet.formatting.block_supports import wp_render_layout_support_flag
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_attr, esc_html
from broadsheet.formatting.media_urls import add_query_arg, parse_query_args
from broadsheet.formatting.urls import esc_url
from broadsheet.query.post_query import PostQuery, PostQueryArgs

__all__ = ["blocks"]

PAGE_KEY = "query-page"
_DIGITS = re.compile(r"[0-9]*", re.ASCII)


def _get_arg(site: BlockSite, name: str, key: str) -> str | None:
    """``$_GET[$key]`` (None when absent); only digits (or nothing) are built."""
    value = site.query_arg(key)
    if value is not None and (not isinstance(value, str) or not _DIGITS.fullmatch(value)):
        raise UnsupportedBlock(name, key)
    return value


def _empty_or_int(value: str | None) -> int | None:
    """``empty($value) ? null : (int) $value`` ("00" is not empty: 0)."""
    return None if value in (None, "", "0") else int(value or 0)


def _page_arg(site: BlockSite, name: str, rendered: DynamicRender) -> str | None:
    """The URL's ``query-page`` (refusing a query context and array query arguments, not built)."""
    if "query" in rendered.context or "queryId" in rendered.context:
        raise UnsupportedBlock(name, "query")
    if "[" in site.request_uri() or "%5B" in site.request_uri().upper():
        raise UnsupportedBlock(name, "query arguments")
    return _get_arg(site, name, PAGE_KEY)


def _page(site: BlockSite, name: str, rendered: DynamicRender) -> int:
    """``empty($_GET['query-page']) ? 1 : (int) $_GET['query-page']``."""
    page = _empty_or_int(_page_arg(site, name, rendered))
    return 1 if page is None else page


def _max_pages(site: BlockSite) -> int:
    found, per_page = _found_posts(site)
    return -(-found // per_page)


def _per_page(site: BlockSite) -> int:
    per_page = php_int(site.options.get("posts_per_page") or 10)
    if per_page < 1:
        raise UnsupportedBlock("core/query", "posts_per_page")
    return per_page


def _readable(site: BlockSite) -> Any:
    """``WP_Query``'s logged-in statuses: published posts, private ones the caller may read."""
    p = site.db.tables.posts
    private = p.c.post_status == "private"
    if not site.current_user_can("read_private_posts"):
        private = and_(private, p.c.post_author == site.current_user_id())
    return or_(p.c.post_status == "publish", private)


def _found_posts(site: BlockSite) -> tuple[int, int]:
    """``found_posts`` and ``posts_per_page`` of the default query."""
    per_page, p = _per_page(site), site.db.tables.posts
    found = site.conn.execute(select(func.count()).select_from(p).where(p.c.post_type == "post", _readable(site))).scalar()
    return int(found or 0), per_page


class _ReadableQuery(PostQuery):
    """The default query's first page: ``PostQuery`` with the caller's private posts."""

    def __init__(self, site: BlockSite) -> None:
        args = PostQueryArgs(post_status=["publish", "private"], posts_per_page=_per_page(site),
                             ignore_sticky_posts=False, sticky_posts=site.sticky_posts(), logged_in=True)
        super().__init__(args, sort_key=getattr(site.db, "sort_key", None))
        self.readable = _readable(site)

    def where(self, conn: Any, tables: Any) -> list[Any]:
        return [*super().where(conn, tables), self.readable]


def _page_numbers(total: int, current: int, mid_size: int, add_args: dict[str, str]) -> str:
    """``paginate_links``: base ``%_%``, format ``?query-page=%#%``, end size 1, no previous/next."""
    links, dots = [], False
    for n in range(1, total + 1):
        if n == current:
            links.append(f'<span aria-current="page" class="page-numbers current">{n:,}</span>')
            dots = True
        elif n <= 1 or current - mid_size <= n <= current + mid_size or n == total:
            link = "" if n == 1 else f"?{PAGE_KEY}={n}"
            for key, value in add_args.items():
                link = add_query_arg(key, value, link)
            links.append(f'<a class="page-numbers" href="{esc_url(link)}">{n:,}</a>')
            dots = True
        elif dots:
            links.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    return "\n".join(links)


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The query total and pagination links bound to ``site``."""

    def render_total(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        page = _page_arg(site, "core/query-total", rendered)
        current = 1 if page is None else int(page or 0)  # ``(int) ($_GET[...] ?? 1)``: "0" stays 0
        found, per_page = _found_posts(site)
        if attributes.get("displayType") == "range-display":
            start = 0 if found == 0 else (current - 1) * per_page + 1
            end = min(start + per_page - 1, found)
            text = f"Displaying {start} of {found}" if start == end else f"Displaying {start} – {end} of {found}"
        else:
            text = f"{found} result found" if found == 1 else f"{found} results found"
        return f'<div {block_wrapper_attributes("core/query-total", total, attributes, {})}>{text}</div>'

    def render_next(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        page = _page(site, "core/query-pagination-next", rendered)
        max_pages = _max_pages(site)
        if not max_pages or max_pages == page:
            return ""
        return _link("core/query-pagination-next", next_block, attributes, page + 1, "Next Page")

    def render_previous(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        page = _page(site, "core/query-pagination-previous", rendered)
        if not 1 < page <= _max_pages(site):
            return ""
        return _link("core/query-pagination-previous", previous, attributes, page - 1, "Previous Page")

    def _link(name: str, block_type: DynamicBlock, attributes: dict[str, Any], page: int, default: str) -> str:
        label = esc_html(str(attributes["label"])) if attributes.get("label") else default
        href = esc_url(add_query_arg(PAGE_KEY, str(page), site.request_uri()))
        return f'<a href="{href}" {block_wrapper_attributes(name, block_type, attributes, {})}>{label}</a>'

    def render_numbers(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        name = "core/query-pagination-numbers"
        page = _page(site, name, rendered)
        total = _max_pages(site)
        if total < 2:
            return ""
        mid_size = php_int(attributes["midSize"]) if "midSize" in attributes else 2
        add_args = {} if page == 1 else {"cst": ""}  # a non-empty link for page 1 (core ticket 53868)
        paged = _empty_or_int(_get_arg(site, name, "paged"))
        if paged:
            add_args = {"paged": str(paged)}
        # get_pagenum_link() drops ``paged``; paginate_links() drops its format's ``query-page``.
        url_args = parse_query_args(site.request_uri().partition("?")[2])
        add_args.update((key, value) for key, value in url_args.items() if key not in ("paged", PAGE_KEY))
        content = _page_numbers(total, max(1, page), mid_size if mid_size >= 0 else 2, add_args)
        wrapper = block_wrapper_attributes("core/query-pagination-numbers", numbers, attributes, {})
        return f"<div {wrapper}>{content}</div>"

    def render_post_template(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if "query" in rendered.context or "queryId" in rendered.context:
            raise UnsupportedBlock("core/post-template", "query")
        if rendered.content.strip() or block.get("innerBlocks"):
            raise UnsupportedBlock("core/post-template", "innerBlocks")
        if "layout" in attributes:
            raise UnsupportedBlock("core/post-template", "layout")  # grid columns: not built
        posts = _ReadableQuery(site).run(site.conn, site.db.tables).posts
        if not posts:
            return ""
        items = "".join(f'<li class="{esc_attr(" ".join(["wp-block-post", *site.post_class(post)]))}"></li>'
                        for post in posts)
        html = f'<ul {block_wrapper_attributes("core/post-template", template, attributes, {})}>{items}</ul>'
        return wp_render_layout_support_flag(html, block, {})  # the layout support's default: flow

    total = registered_block("core/query-total", render_total)
    template = registered_block("core/post-template", render_post_template)
    next_block = registered_block("core/query-pagination-next", render_next)
    previous = registered_block("core/query-pagination-previous", render_previous)
    numbers = registered_block("core/query-pagination-numbers", render_numbers)
    return {"core/query-total": total, "core/query-pagination-next": next_block,
            "core/query-pagination-numbers": numbers, "core/query-pagination-previous": previous,
            "core/post-template": template}
