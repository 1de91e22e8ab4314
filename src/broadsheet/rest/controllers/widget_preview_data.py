"""The site data the legacy widget previews show (``the_widget``), read for one request.

Each reader mirrors the WordPress query its widget runs (``WP_Query``, ``get_comments``,
``get_pages``, ``get_terms``) and hands ``content.widget_display`` finished titles and links.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from broadsheet.content import widget_display, widget_queries
from broadsheet.content.permalinks import PermalinkSource, day_link, feed_link, month_link, term_link
from broadsheet.rest.controllers.logout_url import wp_logout_url
from broadsheet.rest.request import RestRequest


def display_site(request: RestRequest) -> widget_display.DisplaySite:
    """The site as previews read it: home URL, and blocks/shortcodes rendered with no global post."""
    from broadsheet.formatting.chains import RenderContext, do_shortcode
    from broadsheet.formatting.render_blocks import do_blocks
    from broadsheet.rest.controllers.post_data import PostData

    data = PostData.of(request)
    ctx = RenderContext(post_id=0, post_type="", settings=data.formatting_settings(),
                        attachments=data.attachment_source(), pages=data.page_source())
    links = PermalinkSource(options=request.ctx.options)
    siteurl = str(request.ctx.options.get("siteurl") or "").rstrip("/")
    return widget_display.DisplaySite(
        home=str(request.ctx.options.get("home") or "").rstrip("/"),
        do_blocks=lambda text: do_blocks(text, ctx), do_shortcode=lambda text: do_shortcode(text, ctx),
        monthly_archives=lambda: widget_queries.monthly_archives(request.ctx.conn, request.site.db.tables),
        month_link=lambda year, month: month_link(links, year, month),
        recent_posts=lambda number: _recent_posts(request, data, number),
        recent_comments=lambda number: _recent_comments(request, data, number),
        pages=lambda columns, exclude: _pages(request, data, columns, exclude),
        categories=lambda hierarchical, padded: _categories(request, hierarchical, padded),
        top_terms=lambda taxonomy: _top_terms(request, taxonomy),
        taxonomy_labels={t.name: t.label for t in request.site.taxonomies.all()},
        calendar=lambda: _calendar(request, links),
        shortcode=lambda tag, attr, content: _run_shortcode(ctx, tag, attr, content),
        are_attachments=lambda ids: all(_post_type(data, i) == "attachment" for i in ids),
        is_own_url=lambda url: urlsplit(url).hostname == urlsplit(str(request.ctx.options.get("home") or "")).hostname,
        admin_url=f"{siteurl}/wp-admin/", logout_url=wp_logout_url(request),
        feed_url=feed_link(links, "rss2"), comments_feed_url=feed_link(links, "comments_rss2"))


def _post_type(data: Any, post_id: int) -> str | None:
    post = data.post(post_id)
    return post.post_type if post is not None else None


def _run_shortcode(ctx: Any, tag: str, attr: dict[str, Any], content: str) -> str | None:
    """A core shortcode's handler called directly, on the request's shortcode registry and counters."""
    handler = ctx.shortcode_registry.handler(tag)
    if handler is None:
        return None
    output = handler(attr, content, tag)
    return output if isinstance(output, str) else None


def _recent_posts(request: RestRequest, data: Any, number: int) -> list[tuple[str, str, str]]:
    """The recent posts widget's ``WP_Query``: published posts, newest first, stickies not lifted."""
    from broadsheet.formatting.php_date import mysql2date
    from broadsheet.query.post_query import PostQuery, PostQueryArgs
    from broadsheet.rest.controllers.oembed_data import get_the_title

    args = PostQueryArgs(post_type=["post"], post_status=["publish"], posts_per_page=number,
                         ignore_sticky_posts=True, logged_in=request.user is not None)
    db = request.site.db
    posts = PostQuery(args, sort_key=db.sort_key).run(request.ctx.conn, db.tables, request.ctx.posts).posts
    date_format = str(request.ctx.options.get("date_format") or "")
    offset = int(float(request.ctx.options.get("gmt_offset") or 0) * 3600)
    return [(get_the_title(request, data, post), data.permalink(post), mysql2date(date_format, str(post.post_date),
                                                                                  offset))
            for post in posts]


def _recent_comments(request: RestRequest, data: Any, number: int) -> list[tuple[str, str, str]]:
    """``get_comments``: approved comments of any type on published posts, newest first; each as
    ``get_comment_author_link``, ``get_comment_link`` and the post's ``get_the_title``."""
    from broadsheet.content.comment_links import get_comment_link
    from broadsheet.formatting.urls import esc_url
    from broadsheet.query.comment_query import CommentQuery, query_comments
    from broadsheet.rest.controllers.oembed_data import get_the_title

    rows = query_comments(request.ctx.conn, request.site.db,
                          CommentQuery(status="approve", type="all", number=number, post_status=["publish"]))
    home_host = urlsplit(str(request.ctx.options.get("home") or "")).hostname or ""
    out = []
    for row in rows:
        post = data.post(int(row["comment_post_ID"]))
        if post is None:
            continue
        author = str(row["comment_author"] or "") or "Anonymous"
        raw_url = str(row["comment_author_url"] or "")
        url = esc_url("" if raw_url == "http://" else raw_url, ["http", "https"])
        if url and url != "http://":
            internal = (urlsplit(url).hostname or "").lower() == home_host.lower()
            rel = "ugc" if internal else "ugc external nofollow"
            author = f'<a href="{url}" class="url" rel="{rel}">{author}</a>'
        link = get_comment_link(request.ctx.conn, request.site.db, row, data.permalink(post), request.ctx.options)
        out.append((author, link, get_the_title(request, data, post)))
    return out


def _pages(request: RestRequest, data: Any, columns: list[str],
           exclude: list[int]) -> list[widget_display.PageItem]:
    """``get_pages``: published pages ordered by ``columns`` (ascending), each titled through ``the_title``
    (``#ID (no title)`` when empty)."""
    from broadsheet.formatting.chains import render_title
    from broadsheet.query.post_query import PostQuery, PostQueryArgs
    from broadsheet.storage.collation import sort_key

    db = request.site.db
    args = PostQueryArgs(post_type=["page"], post_status=["publish"], post__not_in=exclude, posts_per_page=-1,
                         orderby="ID", order="ASC", logged_in=request.user is not None)
    pages = PostQuery(args, sort_key=db.sort_key).run(request.ctx.conn, db.tables, request.ctx.posts).posts
    keys = {"menu_order": lambda p: p.menu_order, "post_title": lambda p: sort_key(p.post_title),
            "ID": lambda p: p.ID}
    pages = sorted(pages, key=lambda p: tuple(keys.get(c, keys["post_title"])(p) for c in columns))
    items = []
    for page in pages:
        title = render_title(page.post_title, data.render_context(page), request.site.hooks)
        items.append(widget_display.PageItem(page.ID, int(page.post_parent or 0), title or f"#{page.ID} (no title)",
                                             data.permalink(page)))
    return items


def _categories(request: RestRequest, hierarchical: bool, padded: bool) -> list[widget_display.TermItem]:
    """The non-empty categories by name (with ``hierarchical``, also empty parents of non-empty ones);
    ``padded``: counts include the descendants' posts."""
    from broadsheet.query.term_query import TermQuery, pad_term_counts, query_terms

    db = request.site.db
    rows = query_terms(request.ctx.conn, db, TermQuery(taxonomy="category", hierarchical_taxonomy=hierarchical,
                                                       hide_empty=True, orderby="name", number=0))
    counts = pad_term_counts(request.ctx.conn, db, rows, ["post"]) if padded else {}
    return _term_items(request, "category", rows, counts)


def _top_terms(request: RestRequest, taxonomy_name: str) -> list[widget_display.TermItem]:
    """``wp_tag_cloud``'s query: the 45 non-empty terms with the most posts."""
    from broadsheet.query.term_query import TermQuery, query_terms

    taxonomy = request.site.taxonomies.get(taxonomy_name)
    hierarchical = bool(taxonomy and taxonomy.hierarchical)
    rows = query_terms(request.ctx.conn, request.site.db, TermQuery(
        taxonomy=taxonomy_name, hierarchical_taxonomy=hierarchical, hide_empty=True, orderby="count",
        order="desc", number=45))
    return _term_items(request, taxonomy_name, rows, {})


def _term_items(request: RestRequest, taxonomy_name: str, rows: list[dict[str, Any]],
                counts: dict[int, int]) -> list[widget_display.TermItem]:
    """Terms with their ``get_term_link`` (ancestor slugs for a hierarchical taxonomy)."""
    from broadsheet.query.term_query import load_ancestor_slugs

    taxonomy = request.site.taxonomies.get(taxonomy_name)
    hierarchical = bool(taxonomy and taxonomy.hierarchical)
    known = load_ancestor_slugs(request.ctx.conn, request.site.db, taxonomy_name,
                                {int(r["term_id"]): int(r["parent"]) for r in rows}) if hierarchical else {}
    source = PermalinkSource(options=request.ctx.options)
    items = []
    for row in rows:
        ancestors: list[str] = []
        parent, seen = int(row["parent"]), set()
        while parent and parent in known and parent not in seen:
            seen.add(parent)
            slug, parent = known[parent]
            ancestors.insert(0, slug)
        url = term_link(source, term_id=int(row["term_id"]), slug=str(row["slug"]), taxonomy=taxonomy_name,
                        ancestors=ancestors if hierarchical else None,
                        rewrite_slug=taxonomy.rewrite_slug if taxonomy else None,
                        query_var=taxonomy.publicly_queryable if taxonomy else True)
        items.append(widget_display.TermItem(int(row["term_id"]), int(row["parent"]), str(row["name"]),
                                             counts.get(int(row["term_id"]), int(row["count"])), url))
    return items


def current_time(options: Any) -> datetime:
    """``current_time( 'mysql' )`` as a datetime: now in the site's timezone (``timezone_string``, else
    ``gmt_offset``)."""
    now = datetime.now(timezone.utc)
    name = str(options.get("timezone_string") or "")
    if name:
        try:
            return now.astimezone(ZoneInfo(name)).replace(tzinfo=None)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return (now + timedelta(hours=float(options.get("gmt_offset") or 0))).replace(tzinfo=None)


def _calendar(request: RestRequest, links: PermalinkSource) -> widget_display.CalendarMonth | None:
    """``get_calendar``'s queries for the current month (published posts only)."""
    from sqlalchemy import select

    posts = request.site.db.tables.posts
    conn = request.ctx.conn
    published = (posts.c.post_type == "post", posts.c.post_status == "publish")
    if conn.execute(select(posts.c.ID).where(*published).limit(1)).first() is None:
        return None
    today = current_time(request.ctx.options).date()
    start = f"{today.year:04d}-{today.month:02d}-01"
    last = (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    end = f"{last.isoformat()} 23:59:59"

    def month_of(row: Any) -> tuple[int, int] | None:
        return (int(str(row[0])[:4]), int(str(row[0])[5:7])) if row is not None else None

    previous = conn.execute(select(posts.c.post_date).where(*published, posts.c.post_date < f"{start} 00:00:00")
                            .order_by(posts.c.post_date.desc()).limit(1)).first()
    following = conn.execute(select(posts.c.post_date).where(*published, posts.c.post_date > end)
                             .order_by(posts.c.post_date.asc()).limit(1)).first()
    days = conn.execute(select(posts.c.post_date).where(*published, posts.c.post_date >= f"{start} 00:00:00",
                                                        posts.c.post_date <= end)).all()
    return widget_display.CalendarMonth(
        today=today, week_begins=int(request.ctx.options.get("start_of_week") or 0),
        days_with_posts=frozenset(int(str(row[0])[8:10]) for row in days), previous=month_of(previous),
        next=month_of(following), month_link=lambda year, month: month_link(links, year, month),
        day_link=lambda year, month, day: day_link(links, year, month, day))
