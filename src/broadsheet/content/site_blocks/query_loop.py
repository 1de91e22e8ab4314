"""``core/query-total``, ``core/query-pagination-next`` and ``-numbers`` outside a query (WordPress 7.1.4).

Without a ``query`` context each block runs ``build_query_vars_from_query_block``'s default query:
the caller's readable posts (published ones, and private ones they may read), newest first,
``posts_per_page`` a page. Only the first page is built (a ``query-page`` or ``paged`` in the URL
answers ``UnsupportedBlock``). Observed in ``tests/golden/cases-block-renderer-context.jsonl``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, or_, select

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_html
from broadsheet.formatting.media_urls import add_query_arg, parse_query_args
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks"]

PAGE_KEY = "query-page"


def _first_page(site: BlockSite, name: str, rendered: DynamicRender) -> None:
    """Refuse what is not built: a query context, a later page, a ``paged`` or array query argument."""
    if "query" in rendered.context or "queryId" in rendered.context:
        raise UnsupportedBlock(name, "query")
    if site.query_arg(PAGE_KEY) is not None or site.query_arg("paged") is not None:
        raise UnsupportedBlock(name, PAGE_KEY)
    if "[" in site.request_uri() or "%5B" in site.request_uri().upper():
        raise UnsupportedBlock(name, "query arguments")


def _found_posts(site: BlockSite) -> tuple[int, int]:
    """``found_posts`` and ``posts_per_page`` of the default query (``WP_Query``'s logged-in statuses)."""
    per_page = php_int(site.options.get("posts_per_page") or 10)
    if per_page < 1:
        raise UnsupportedBlock("core/query", "posts_per_page")
    p = site.db.tables.posts
    private = p.c.post_status == "private"
    if not site.current_user_can("read_private_posts"):
        private = and_(private, p.c.post_author == site.current_user_id())
    found = site.conn.execute(select(func.count()).select_from(p).where(
        p.c.post_type == "post", or_(p.c.post_status == "publish", private))).scalar()
    return int(found or 0), per_page


def _page_numbers(total: int, mid_size: int, add_args: dict[str, str]) -> str:
    """``paginate_links`` on page 1: base ``%_%``, format ``?query-page=%#%``, no previous/next."""
    links, dots = [], False
    for n in range(1, total + 1):
        if n == 1:
            links.append(f'<span aria-current="page" class="page-numbers current">{n:,}</span>')
            dots = True
        elif n <= 1 + mid_size or n == total:  # end_size 1, current 1
            link = f"?{PAGE_KEY}={n}"
            for key, value in add_args.items():
                link = add_query_arg(key, value, link)
            links.append(f'<a class="page-numbers" href="{esc_url(link)}">{n:,}</a>')
            dots = True
        elif dots:
            links.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    return "\n".join(links)


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The three blocks bound to ``site``."""

    def render_total(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        _first_page(site, "core/query-total", rendered)
        found, per_page = _found_posts(site)
        if attributes.get("displayType") == "range-display":
            start, end = (0, 0) if found == 0 else (1, min(per_page, found))
            text = f"Displaying {start} of {found}" if start == end else f"Displaying {start} – {end} of {found}"
        else:
            text = f"{found} result found" if found == 1 else f"{found} results found"
        return f'<div {block_wrapper_attributes("core/query-total", total, attributes, {})}>{text}</div>'

    def render_next(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        _first_page(site, "core/query-pagination-next", rendered)
        found, per_page = _found_posts(site)
        if -(-found // per_page) <= 1:
            return ""
        label = esc_html(str(attributes["label"])) if attributes.get("label") else "Next Page"
        href = esc_url(add_query_arg(PAGE_KEY, "2", site.request_uri()))
        wrapper = block_wrapper_attributes("core/query-pagination-next", next_block, attributes, {})
        return f'<a href="{href}" {wrapper}>{label}</a>'

    def render_numbers(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        _first_page(site, "core/query-pagination-numbers", rendered)
        found, per_page = _found_posts(site)
        total = -(-found // per_page)
        if total < 2:
            return ""
        mid_size = php_int(attributes["midSize"]) if "midSize" in attributes else 2
        query = site.request_uri().partition("?")[2]
        add_args = parse_query_args(query)
        add_args.pop(PAGE_KEY, None)
        content = _page_numbers(total, mid_size if mid_size >= 0 else 2, add_args)
        wrapper = block_wrapper_attributes("core/query-pagination-numbers", numbers, attributes, {})
        return f"<div {wrapper}>{content}</div>"

    total = registered_block("core/query-total", render_total)
    next_block = registered_block("core/query-pagination-next", render_next)
    numbers = registered_block("core/query-pagination-numbers", render_numbers)
    return {"core/query-total": total, "core/query-pagination-next": next_block,
            "core/query-pagination-numbers": numbers}
