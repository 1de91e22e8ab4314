"""``/wp/v2/widget-types/{id}/encode`` and ``/render``: ``WP_REST_Widget_Types_Controller`` (WordPress 7.1.4).

``encode`` runs the widget's ``update()`` on posted form data and answers its admin form, its preview
(``the_widget``) and the instance encoded with its ``wp_hash``. ``render`` answers the preview as a
whole HTML document (the theme's ``wp_head`` / ``wp_footer`` around the legacy widget block):
broadsheet has no ``wp_head``, a known gap (docs/rest.md).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from broadsheet.content import widget_display, widget_forms, widget_queries
from broadsheet.content.permalinks import PermalinkSource, month_link, term_link
from broadsheet.content import widgets as wd
from broadsheet.rest.controllers import widget_types, widgets
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import CREATABLE, Endpoint
from broadsheet.rest.server import RestServer

NAMESPACE = "wp/v2"
_ID_ARG = {"description": "The widget type id.", "type": "string", "required": True}
_INSTANCE_ARG = {"description": "Current instance settings of the widget.", "type": "object"}


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, r"/widget-types/(?P<id>[a-zA-Z0-9_-]+)/encode", [
        Endpoint(CREATABLE, encode_form_data, widget_types.get_item_permissions_check, {
            "id": dict(_ID_ARG), "instance": dict(_INSTANCE_ARG),
            "form_data": {"description": "Serialized widget form data to encode into instance settings.",
                          "type": "string", "sanitize_callback": widgets.sanitize_form_data},
        }),
    ])
    server.register_route(NAMESPACE, r"/widget-types/(?P<id>[a-zA-Z0-9_-]+)/render", [
        Endpoint(CREATABLE, render, widget_types.get_item_permissions_check,
                 {"id": dict(_ID_ARG), "instance": dict(_INSTANCE_ARG)}),
    ])


def _display_site(request: RestRequest) -> widget_display.DisplaySite:
    """The site as previews read it: home URL, and blocks/shortcodes rendered with no global post."""
    from broadsheet.formatting.chains import RenderContext, do_shortcode
    from broadsheet.formatting.render_blocks import do_blocks
    from broadsheet.rest.controllers.post_data import PostData

    data = PostData.of(request)
    ctx = RenderContext(post_id=0, post_type="", settings=data.formatting_settings(),
                        attachments=data.attachment_source(), pages=data.page_source())
    links = PermalinkSource(options=request.ctx.options)
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
        taxonomy_labels={t.name: t.label for t in request.site.taxonomies.all()})


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


def _widget(request: RestRequest) -> wd.WidgetClass:
    widget = wd.get_widget_class(str(request.get_param("id")))
    if widget is None:
        raise RestError("rest_invalid_widget", "Cannot preview a widget that does not extend WP_Widget.", 400)
    return widget


def _number(request: RestRequest) -> int:
    """The posted ``number`` when numeric (so the form's ids are predictable), else -1."""
    number = request.get_param("number")
    try:
        return int(float(str(number).strip())) if number is not None and not isinstance(number, (list, dict)) else -1
    except ValueError:
        return -1


def encode_form_data(request: RestRequest) -> dict[str, Any]:
    widget = _widget(request)
    number = _number(request)
    param = request.get_param("instance")
    instance: Any = widgets.decode_instance(request, param, raw_allowed=False) if isinstance(param, dict) else []
    form_data = request.get_param("form_data")
    posted = form_data.get(f"widget-{widget.id_base}") if isinstance(form_data, dict) else None
    if isinstance(posted, dict) and posted:
        new_instance = next(iter(posted.values()))
        instance = widget_forms.update_instance(widget.id_base, new_instance, instance,
                                                current_user_can(request, "unfiltered_html"))
    form = widget_forms.render_form(widget.id_base, number, instance, widgets.form_context(request, widget.id_base))
    preview = widget_display.the_widget(widget, instance, _display_site(request))
    if form is None or preview is None:
        raise _not_ported(widget)
    return {"form": form, "preview": preview, "instance": widgets.encode_instance(request, instance)}


def _not_ported(widget: wd.WidgetClass) -> RestError:
    """A widget class whose PHP form or output broadsheet has not ported (docs/rest.md): refused, not faked."""
    return RestError("rest_widget_type_not_supported",
                     f"Broadsheet cannot render the {widget.id_base} widget type yet.", 501)


def render(request: RestRequest) -> dict[str, Any]:
    widget = _widget(request)
    param = request.get_param("instance")
    instance: Any = widgets.decode_instance(request, param, raw_allowed=True) if isinstance(param, dict) else None
    preview = widget_display.preview_document(widget, instance, _display_site(request))
    if preview is None:
        raise _not_ported(widget)
    return {"preview": preview}


def _recent_comments(request: RestRequest, data: Any, number: int) -> list[tuple[str, str, str]] | None:
    """``get_comments``: approved comments of any type on published posts, newest first; each as
    ``get_comment_author_link``, ``get_comment_link`` and the post's ``get_the_title``."""
    from broadsheet.formatting.urls import esc_url
    from broadsheet.query.comment_query import CommentQuery, query_comments
    from broadsheet.rest.controllers.oembed_data import get_the_title

    if str(request.ctx.options.get("page_comments") or "") not in ("", "0"):
        return None  # comment links with cpage paging are not ported
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
        out.append((author, f"{data.permalink(post)}#comment-{row['comment_ID']}", get_the_title(request, data, post)))
    return out


def _pages(request: RestRequest, data: Any, columns: list[str], exclude: list[int]) -> list[widget_display.PageItem]:
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
