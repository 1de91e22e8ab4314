"""``the_widget()`` previews: each core widget class's ``widget()`` output with ``the_widget``'s default
wrapper (``<div class="widget {classname}">`` and ``<h2 class="widgettitle">``), WordPress 7.1.4.

Classes whose output needs the site's posts, terms, menus or a feed (archives, categories, pages,
recent posts/comments, calendar, tag cloud, meta; and media, RSS, navigation menu once something is
chosen) are not ported yet: ``the_widget`` answers None for them (a known gap, docs/rest.md).
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from broadsheet.content import widget_media
from broadsheet.content.widget_scripts import (
    archives_dropdown_script,
    categories_dropdown_script,
)
from broadsheet.content.widgets import WidgetClass
from broadsheet.formatting.autop import shortcode_unautop, wpautop
from broadsheet.formatting.blocks import parse_blocks
from broadsheet.formatting.chars import capital_P_dangit, convert_chars
from broadsheet.formatting.escape import esc_attr, esc_html
from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.texturize import wptexturize
from broadsheet.formatting.urls import esc_url


@dataclass(frozen=True)
class DisplaySite:
    """What previews read of the site: its home URL and a ``do_blocks`` for block widgets."""

    home: str
    do_blocks: Callable[[str], str]
    do_shortcode: Callable[[str], str]
    #: ``wp_get_archives`` monthly: (year, month, posts), newest first.
    monthly_archives: Callable[[], list[tuple[int, int, int]]] = lambda: []
    #: ``get_month_link( $year, $month )``.
    month_link: Callable[[int, int], str] = lambda year, month: ""
    #: The newest published posts: (``get_the_title``, permalink, ``get_the_date``), at most n.
    recent_posts: Callable[[int], list[tuple[str, str, str]]] = lambda number: []
    #: The newest approved comments on published posts: (author link HTML, comment link, post title);
    #: None where a link cannot be made (paged comments are not ported).
    recent_comments: Callable[[int], list[tuple[str, str, str]] | None] = lambda number: []
    #: ``get_pages`` (published pages) sorted by the given columns, ``exclude`` ids left out.
    pages: Callable[[list[str], list[int]], list[PageItem]] = lambda sort, exclude: []
    #: ``get_terms( 'category', hide_empty, orderby name )`` given hierarchical (empty parents of
    #: non-empty terms kept) and pad_counts (counts include descendants' posts).
    categories: Callable[[bool, bool], list[TermItem]] = lambda hierarchical, padded: []
    #: ``get_terms( $taxonomy, orderby count DESC, number 45 )``, and each taxonomy's plural label;
    #: a taxonomy not registered is absent from the labels.
    top_terms: Callable[[str], list[TermItem]] = lambda taxonomy: []
    taxonomy_labels: dict[str, str] = field(default_factory=dict)
    #: The meta widget's links for the (logged-in) caller: ``admin_url()``, ``wp_logout_url()`` (with its
    #: nonce) and the two feeds.
    #: Run a registered shortcode's handler directly (``wp_audio_shortcode( $attr )``, ``img_caption_shortcode``):
    #: (tag, attributes, content) → its output, None when it declines.
    shortcode: Callable[[str, dict[str, Any], str], str | None] = lambda tag, attr, content: None
    #: Whether every id is an attachment (``get_post_type( $id ) === 'attachment'``).
    are_attachments: Callable[[list[int]], bool] = lambda ids: False
    #: Whether a URL is this site's own (oEmbed would answer it from the site's posts: not ported).
    is_own_url: Callable[[str], bool] = lambda url: False
    #: ``get_calendar``'s month; None when the site has no published posts (no calendar at all).
    calendar: Callable[[], CalendarMonth | None] = lambda: None
    admin_url: str = ""
    logout_url: str = ""
    feed_url: str = ""
    comments_feed_url: str = ""


@dataclass(frozen=True)
class CalendarMonth:
    """What ``get_calendar`` shows for the current month: today (site time), the days with posts and
    the nearest months with posts before and after, with their links."""

    today: date
    week_begins: int
    days_with_posts: frozenset[int]
    previous: tuple[int, int] | None
    next: tuple[int, int] | None
    month_link: Callable[[int, int], str]
    day_link: Callable[[int, int, int], str]


@dataclass(frozen=True)
class TermItem:
    """A term as the category walker shows it: its raw name, post count and link."""

    id: int
    parent: int
    name: str
    count: int
    url: str


@dataclass(frozen=True)
class PageItem:
    """A page as the page walker shows it: its ``the_title`` output and permalink."""

    id: int
    parent: int
    title: str
    url: str


def _as_array(instance: Any) -> dict[Any, Any]:
    if isinstance(instance, dict):
        return dict(instance)
    if isinstance(instance, list):
        return dict(enumerate(instance))
    return {}


def _text(value: Any) -> str:
    """PHP's string conversion (an array becomes "Array")."""
    if value is None or value is False:
        return ""
    if isinstance(value, (list, dict)):
        return "Array"
    return "1" if value is True else str(value)


def _empty(value: Any) -> bool:
    return value in (None, False, 0, 0.0, "", "0", [], {})


def widget_title(title: str) -> str:
    """The ``widget_title`` filters: ``wptexturize``, ``convert_chars``, ``esc_html``."""
    return esc_html(convert_chars(wptexturize(title)))


def _heading(title: str) -> str:
    return f'<h2 class="widgettitle">{title}</h2>' if title else ""


def _wrap(classname: str, body: str) -> str:
    return f'<div class="widget {classname}">{body}</div>'


# -- per class ------------------------------------------------------------------------------------------------
def search_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    title = widget_title(_text(instance.get("title")) if not _empty(instance.get("title")) else "")
    form = (f'<form role="search" method="get" class="search-form" action="{esc_attr(site.home + "/")}">\n'
            '\t\t\t\t<label>\n\t\t\t\t\t<span class="screen-reader-text">Search for:</span>\n'
            '\t\t\t\t\t<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" />\n'
            '\t\t\t\t</label>\n\t\t\t\t<input type="submit" class="search-submit" value="Search" />\n\t\t\t</form>')
    return _wrap("widget_search", _heading(title) + form)


def custom_html_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    instance = {"title": "", "content": "", **instance}
    title = widget_title(_text(instance["title"]))
    # widget_text (balanceTags: off by default) then widget_custom_html_content (no default filters).
    content = _text(instance["content"])
    return (f'<div class="widget_text widget widget_custom_html">{_heading(title)}'
            f'<div class="textwidget custom-html-widget">{content}</div></div>')


def text_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    title = widget_title(_text(instance.get("title")) if not _empty(instance.get("title")) else "")
    text = _text(instance.get("text")) if not _empty(instance.get("text")) else ""
    visual = (not _empty(instance.get("visual")) and not _empty(instance.get("filter"))) or \
        instance.get("filter") == "content"
    if visual:
        # widget_text_content: capital_P_dangit (11), wptexturize, convert_smilies (20: no smilies in
        # the text broadsheet renders here), wpautop, shortcode_unautop, do_shortcode (11).
        text = shortcode_unautop(wpautop(wptexturize(text)))
        text = capital_P_dangit(site.do_shortcode(text))
    elif not _empty(instance.get("filter")):
        text = wpautop(text)
    return _wrap("widget_text", f'{_heading(title)}\t\t\t<div class="textwidget">{text}</div>\n\t\t')


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def archives_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    """Monthly archive links, or their dropdown with its inline script."""
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "Archives")
    after = (lambda count: f"&nbsp;({count})") if not _empty(instance.get("count")) else (lambda count: "")
    months = site.monthly_archives()
    if not _empty(instance.get("dropdown")):
        dropdown_id = "archives-dropdown--1"  # "{id_base}-dropdown-{number}": previews are number -1
        options = "".join(f"\t<option value='{esc_attr(site.month_link(year, month))}'> {_MONTHS[month - 1]} {year} "
                          f"{after(count)}</option>\n" for year, month, count in months)
        return (f'<div class="widget widget_archive">{_heading(title)}\t\t<label class="screen-reader-text" '
                f'for="{dropdown_id}">{title}</label>\n\t\t<select id="{dropdown_id}" name="archive-dropdown">'
                f'\n\t\t\t\n\t\t\t<option value="">Select Month</option>\n\t\t\t{options}\n\t\t</select>\n\n\t\t\t'
                f"{archives_dropdown_script(dropdown_id)}</div>")
    links = "".join(f"\t<li><a href='{site.month_link(year, month)}'>{_MONTHS[month - 1]} {year}</a>"
                    f"{after(count)}</li>\n" for year, month, count in months)
    return (f'<div class="widget widget_archive">{_heading(title)}\n\t\t\t<ul>\n\t\t\t\t{links}\t\t\t</ul>'
            "\n\n\t\t\t</div>")


def recent_posts_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "Recent Posts")
    number = abs(int(instance["number"])) if not _empty(instance.get("number")) and _is_int(instance["number"]) else 5
    posts = site.recent_posts(number or 5)
    if not posts:
        return ""
    show_date = not _empty(instance.get("show_date"))
    items = "".join(
        f'\t\t\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{esc_url(url)}">{post_title or "(no title)"}</a>\n'
        + (f'\t\t\t\t\t\t\t\t\t\t\t<span class="post-date">{date}</span>\n' if show_date else "")
        + "\t\t\t\t\t\t\t\t\t</li>\n" for post_title, url, date in posts)
    return (f'<div class="widget widget_recent_entries">\n\t\t{_heading(title)}\n\t\t<ul>\n{items}'
            "\t\t\t\t\t</ul>\n\n\t\t</div>")


def recent_comments_widget(instance: dict[Any, Any], site: DisplaySite) -> str | None:
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "Recent Comments")
    number = abs(int(float(str(instance["number"])))) if not _empty(instance.get("number")) and \
        _is_int(instance["number"]) else 5
    comments = site.recent_comments(number or 5)
    if comments is None:
        return None
    # The list id is "recentcomments" for the request's first instance (the only one a preview shows).
    items = "".join(f'<li class="recentcomments"><span class="comment-author-link">{author}</span> on '
                    f'<a href="{esc_url(link)}">{post_title}</a></li>' for author, link, post_title in comments)
    return f'<div class="widget widget_recent_comments">{_heading(title)}<ul id="recentcomments">{items}</ul></div>'


def pages_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "Pages")
    sortby = "menu_order" if _empty(instance.get("sortby")) else _text(instance["sortby"])
    columns = ["menu_order", "post_title"] if sortby == "menu_order" else [sortby]
    exclude = [int(part) for part in re.split(r"[\s,]+", _text(instance.get("exclude"))) if part.isdigit()]
    output = walk_pages(site.pages(columns, exclude))
    if not output:
        return ""
    return (f'<div class="widget widget_pages">{_heading(title)}\n\t\t\t<ul>\n\t\t\t\t{output}\t\t\t</ul>'
            "\n\n\t\t\t</div>")


def walk_pages(pages: list[PageItem]) -> str:
    """``walk_page_tree`` with ``Walker_Page``: nested ``<ul class='children'>``, orphans at the top level."""
    if not pages:
        return ""
    with_children = {page.parent for page in pages}
    root = 0 if any(page.parent == 0 for page in pages) else pages[0].parent
    children: dict[int, list[PageItem]] = {}
    for page in pages:
        if page.parent != root:
            children.setdefault(page.parent, []).append(page)
    out: list[str] = []

    def display(page: PageItem, depth: int) -> None:
        classes = "page_item page-item-%d" % page.id + (" page_item_has_children" if page.id in with_children else "")
        out.append("\t" * depth + f'<li class="{classes}"><a href="{esc_url(page.url)}">{page.title}</a>')
        kids = children.pop(page.id, [])
        if kids:
            out.append("\n" + "\t" * depth + "<ul class='children'>\n")
            for kid in kids:
                display(kid, depth + 1)
            out.append("\t" * depth + "</ul>\n")
        out.append("</li>\n")

    for page in [p for p in pages if p.parent == root]:
        display(page, 0)
    for orphans in list(children.values()):  # parents not listed (excluded): shown at the top level
        for page in orphans:
            display(page, 0)
    return "".join(out)


def categories_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    """The category list, or its dropdown form with the inline script (the first on the page: ``cat``)."""
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "Categories")
    hierarchical = not _empty(instance.get("hierarchical"))
    show_count = not _empty(instance.get("count"))
    terms = site.categories(hierarchical, show_count and hierarchical)  # both pad counts then
    if not _empty(instance.get("dropdown")):
        options = "".join(
            f'\t<option class="level-{depth}" value="{term.id}">{"&nbsp;" * 3 * depth}{term.name}'
            + (f"&nbsp;&nbsp;({term.count:,})" if show_count else "") + "</option>\n"
            for event, term, depth in _walk_terms(terms, hierarchical) if event == "start_el")
        return (f'<div class="widget widget_categories">{_heading(title)}<form action="{esc_url(site.home)}" '
                f'method="get"><label class="screen-reader-text" for="cat">{title}</label>'
                "<select  name='cat' id='cat' class='postform'>\n\t<option value='-1'>Select Category</option>\n"
                f"{options}</select>\n</form>{categories_dropdown_script('cat')}</div>")
    listing = walk_categories(terms, hierarchical, show_count)
    if not terms:
        listing = '<li class="cat-item-none">No categories</li>'
    return (f'<div class="widget widget_categories">{_heading(title)}\n\t\t\t<ul>\n\t\t\t\t{listing}\t\t\t</ul>'
            "\n\n\t\t\t</div>")


def _walk_terms(terms: list[TermItem], hierarchical: bool) -> list[tuple[str, TermItem, int]]:
    """``Walker::walk`` over terms: ``start_el`` / ``start_lvl`` / ``end_lvl`` / ``end_el`` events with depths;
    flat unless hierarchical, where terms whose parent is not listed come after the tree, at the top."""
    events: list[tuple[str, TermItem, int]] = []
    if not hierarchical:
        for term in terms:
            events += [("start_el", term, 0), ("end_el", term, 0)]
        return events
    children: dict[int, list[TermItem]] = {}
    for term in terms:
        if term.parent:
            children.setdefault(term.parent, []).append(term)

    def display(term: TermItem, depth: int) -> None:
        events.append(("start_el", term, depth))
        kids = children.pop(term.id, [])
        if kids:
            events.append(("start_lvl", term, depth))
            for kid in kids:
                display(kid, depth + 1)
            events.append(("end_lvl", term, depth))
        events.append(("end_el", term, depth))

    for term in terms:
        if not term.parent:
            display(term, 0)
    for orphans in list(children.values()):
        for term in orphans:
            display(term, 0)
    return events


def walk_categories(terms: list[TermItem], hierarchical: bool, show_count: bool) -> str:
    """``wp_list_categories`` with ``Walker_Category`` (list style): flat, or nested ``<ul class='children'>``."""
    out: list[str] = []
    for event, term, depth in _walk_terms(terms, hierarchical):
        if event == "start_el":
            count = f" ({term.count:,})" if show_count else ""
            out.append(f'\t<li class="cat-item cat-item-{term.id}"><a href="{esc_url(term.url)}">'
                       f"{esc_attr(term.name)}</a>{count}\n")
        elif event == "start_lvl":
            out.append("\t" * depth + "<ul class='children'>\n")
        elif event == "end_lvl":
            out.append("\t" * depth + "</ul>\n")
        else:
            out.append("</li>\n")
    return "".join(out)


def tag_cloud_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    wanted = instance.get("taxonomy")
    taxonomy = wanted if not _empty(wanted) and wanted in site.taxonomy_labels else "post_tag"
    if not _empty(instance.get("title")):
        title = _text(instance["title"])
    else:
        title = "Tags" if taxonomy == "post_tag" else site.taxonomy_labels.get(taxonomy, "")
    cloud = generate_tag_cloud(site.top_terms(taxonomy), not _empty(instance.get("count")))
    if not cloud:
        return ""
    return _wrap("widget_tag_cloud", f'{_heading(widget_title(title))}<div class="tagcloud">{cloud}</div>\n')


def _natural_key(name: str) -> list[tuple[int, Any]]:
    """``strnatcasecmp`` order: digit runs by value, other runs by their ASCII-lowercased bytes."""
    parts = re.findall(rb"\d+|\D+", name.encode("utf-8"))
    return [(0, int(part)) if part.isdigit() else (1, part.lower()) for part in parts]


def generate_tag_cloud(terms: list[TermItem], show_count: bool) -> str:
    """``wp_generate_tag_cloud`` (flat format, 8–22pt, sorted by name): font sizes on a log scale of counts."""
    if not terms:
        return ""
    terms = sorted(terms, key=lambda term: _natural_key(term.name))
    scaled = [round(math.log10(term.count + 1) * 100) for term in terms]  # default_topic_count_scale
    low = min(scaled)
    spread = max(scaled) - low or 1
    step = 14 / spread if 14 % spread else 14 // spread  # PHP's "/" stays an integer when exact
    links = []
    for position, (term, count) in enumerate(zip(terms, scaled), 1):
        size = php_strval(8 + (count - low) * step)
        items = f"{term.count:,} item" + ("" if term.count == 1 else "s")
        tally = f'<span class="tag-link-count"> ({term.count})</span>' if show_count else ""
        links.append(f'<a href="{esc_url(term.url)}" class="tag-cloud-link tag-link-{term.id} '
                     f'tag-link-position-{position}" style="font-size: {esc_attr(size.replace(",", ".") + "pt")};" '
                     f'aria-label="{esc_attr(term.name)} ({esc_attr(items)})">{esc_html(term.name)}{tally}</a>')
    return "\n".join(links)


def meta_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    """Site Admin, Log out, the feeds and WordPress.org (previews are for logged-in administrators)."""
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "Meta")
    return (f'<div class="widget widget_meta">{_heading(title)}\n\t\t<ul>\n\t\t\t'
            f'<li><a href="{site.admin_url}">Site Admin</a></li>\t\t\t'
            f'<li><a href="{esc_url(site.logout_url)}">Log out</a></li>\n\t\t\t'
            f'<li><a href="{esc_url(site.feed_url)}">Entries feed</a></li>\n\t\t\t'
            f'<li><a href="{esc_url(site.comments_feed_url)}">Comments feed</a></li>\n\n\t\t\t'
            '<li><a href="https://wordpress.org/">WordPress.org</a></li>\n\t\t</ul>\n\n\t\t</div>')


_WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def calendar_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    """The first calendar of a page (``id="calendar_wrap"``) around ``get_calendar()``."""
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "")
    month = site.calendar()
    table = get_calendar(month) if month is not None else ""
    return _wrap("widget_calendar", f'{_heading(title)}<div id="calendar_wrap" class="calendar_wrap">{table}</div>')


def get_calendar(cal: CalendarMonth) -> str:
    """``get_calendar()`` for the current month: initials header, linked days, previous/next months."""
    year, month = cal.today.year, cal.today.month
    first = date(year, month, 1)
    days = calendar.monthrange(year, month)[1]
    week = [_WEEKDAYS[(i + cal.week_begins) % 7] for i in range(7)]
    out = [f'<table id="wp-calendar" class="wp-calendar-table">\n\t<caption>{_MONTHS[month - 1]} {year}</caption>'
           "\n\t<thead>\n\t<tr>"]
    out += [f'\n\t\t<th scope="col" aria-label="{name}">{name[0]}</th>' for name in week]
    out.append("\n\t</tr>\n\t</thead>\n\t<tbody>\n\t<tr>")

    def weekday(day: date) -> int:  # calendar_week_mod( gmdate( 'w' ) - start_of_week )
        return ((day.isoweekday() % 7) - cal.week_begins) % 7

    if weekday(first) > 0:
        out.append(f'\n\t\t<td colspan="{weekday(first)}" class="pad">&nbsp;</td>')
    newrow = False
    for day in range(1, days + 1):
        if newrow:
            out.append("\n\t</tr>\n\t<tr>\n\t\t")
        newrow = False
        out.append('<td id="today">' if date(year, month, day) == cal.today else "<td>")
        if day in cal.days_with_posts:
            label = f"Posts published on {_MONTHS[month - 1]} {day}, {year}"
            out.append(f'<a href="{cal.day_link(year, month, day)}" aria-label="{esc_attr(label)}">{day}</a>')
        else:
            out.append(str(day))
        out.append("</td>")
        if weekday(date(year, month, day)) == 6:
            newrow = True
    after = first + timedelta(days=days)  # mktime( …, $day = last + 1 )
    pad = 7 - weekday(after)
    if 0 < pad < 7:
        out.append(f'\n\t\t<td class="pad" colspan="{pad}">&nbsp;</td>')
    out.append('\n\t</tr>\n\t</tbody>\n\t</table><nav aria-label="Previous and next months" class="wp-calendar-nav">')
    if cal.previous:
        link = cal.month_link(*cal.previous)
        out.append(f'\n\t\t<span class="wp-calendar-nav-prev"><a href="{link}">&laquo; '
                   f"{_MONTHS[cal.previous[1] - 1][:3]}</a></span>")
    else:
        out.append('\n\t\t<span class="wp-calendar-nav-prev">&nbsp;</span>')
    out.append('\n\t\t<span class="pad">&nbsp;</span>')
    if cal.next:
        link = cal.month_link(*cal.next)
        out.append(f'\n\t\t<span class="wp-calendar-nav-next"><a href="{link}">{_MONTHS[cal.next[1] - 1][:3]} '
                   "&raquo;</a></span>")
    else:
        out.append('\n\t\t<span class="wp-calendar-nav-next">&nbsp;</span>')
    out.append("\n\t</nav>")
    return "".join(out)


_YOUTUBE = re.compile(r"^https?://(?:www\.)?(?:youtube\.com/watch|youtu\.be/)")
_VIMEO = re.compile(r"^https?://(.+\.)?vimeo\.com/.*")


def media_widget(id_base: str, instance: dict[Any, Any], site: DisplaySite) -> str | None:
    """A media widget with a URL chosen (attachments are not ported): its title, then ``render_media``."""
    instance = {**{name: rule.default for name, rule in widget_media.SCHEMAS[id_base].items()}, **instance}
    if id_base == "media_gallery":
        ids = [int(i) for i in widget_media.gallery_ids(instance.get("ids"))]
        if not ids or not site.are_attachments(ids):
            return ""  # has_content(): every id must be an attachment
    elif not _empty(instance.get("attachment_id")):
        return None  # the attachment's markup (wp_get_attachment_image, its URL) is not ported
    media = {"media_image": _image_media, "media_audio": _audio_media, "media_video": _video_media,
             "media_gallery": _gallery_media}.get(id_base)
    body = media(instance, site) if media else None
    if body is None:
        return None
    title = widget_title(_text(instance["title"]) if not _empty(instance.get("title")) else "")
    return _wrap(f"widget_{id_base}", _heading(title) + body)


def _image_media(instance: dict[Any, Any], site: DisplaySite) -> str | None:
    """``WP_Widget_Media_Image::render_media`` for a URL: an ``<img>`` (lazy-loaded, as WordPress's loading
    optimisation treats a widget image), linked and captioned as set."""
    if _empty(instance.get("url")) or not _empty(instance.get("link_target_blank")):
        return None if not _empty(instance.get("url")) else ""
    width, height = instance.get("width"), instance.get("height")
    attrs = {"class": "image " + _text(instance.get("image_classes")), "src": _text(instance["url"]),
             "alt": _text(instance.get("alt")), "width": "" if width == 0 else _text(width),
             "height": "" if height == 0 else _text(height), "decoding": "async", "loading": "lazy"}
    image = "<img" + "".join(f' {name}="{esc_attr(value)}"' for name, value in attrs.items()) + " />"
    link_type, url = instance.get("link_type"), ""
    if link_type == "file":
        url = _text(instance["url"])
    elif link_type == "custom" and not _empty(instance.get("link_url")):
        url = _text(instance["link_url"])
    if url:
        link = f'<a href="{esc_url(url)}"'
        if not _empty(instance.get("link_classes")):
            link += f' class="{esc_attr(_text(instance["link_classes"]))}"'
        if not _empty(instance.get("link_rel")):
            link += f' rel="{esc_attr(_text(instance["link_rel"]))}"'
        image = f"{link}>{image}</a>"
    if not _empty(instance.get("caption")):
        captioned = site.shortcode("caption", {"width": width, "caption": instance["caption"]}, image)
        if captioned is None:
            return None
        image = captioned
    return image


def _audio_media(instance: dict[Any, Any], site: DisplaySite) -> str | None:
    """``wp_audio_shortcode`` with the instance and its URL as ``src``."""
    return site.shortcode("audio", {**instance, "src": instance.get("url")}, "")


def _video_media(instance: dict[Any, Any], site: DisplaySite) -> str | None:
    """YouTube and Vimeo go through ``wp_video_shortcode`` (made fluid: ``inject_video_max_width_style``);
    any other URL through ``wp_oembed_get``, which broadsheet never sends out (as the reference, whose
    outbound HTTP is blocked): nothing."""
    src = _text(instance.get("url"))
    if site.is_own_url(src):
        return None  # an embed of the site's own post is not ported
    if not (_YOUTUBE.match(src) or _VIMEO.match(src)):
        return ""
    html = site.shortcode("video", {**instance, "src": src}, _text(instance.get("content")))
    if html is None:
        return None
    html = re.sub(r'\sheight="\d+"', "", html)
    html = re.sub(r'\swidth="\d+"', "", html)
    return re.sub(r"(?<=width:)\s*\d+px(?=;?)", "100%", html)


def _gallery_media(instance: dict[Any, Any], site: DisplaySite) -> str | None:
    """Not ported: outside ``the_content`` WordPress's attachment images carry their loading attributes
    (``decoding``, ``loading``, ``sizes="auto, …"``), which broadsheet's gallery markup leaves to the
    content filters."""
    return None


def _is_int(value: Any) -> bool:
    try:
        int(float(str(value)))
    except ValueError:
        return False
    return True


#: The legacy class each block maps to in the block widget's wrapper (``get_dynamic_classname``).
_BLOCK_CLASSNAMES = {
    "core/paragraph": "widget_text", "core/calendar": "widget_calendar", "core/search": "widget_search",
    "core/html": "widget_custom_html", "core/archives": "widget_archive", "core/latest-posts": "widget_recent_entries",
    "core/latest-comments": "widget_recent_comments", "core/tag-cloud": "widget_tag_cloud",
    "core/categories": "widget_categories", "core/audio": "widget_media_audio", "core/video": "widget_media_video",
    "core/image": "widget_media_image", "core/gallery": "widget_media_gallery", "core/rss": "widget_rss",
}


def block_widget(instance: dict[Any, Any], site: DisplaySite) -> str:
    content = _text({"content": "", **instance}["content"])
    blocks = parse_blocks(content)
    first = blocks[0]["blockName"] if blocks else None
    extra = _BLOCK_CLASSNAMES.get(first) if isinstance(first, str) else None
    classname = "widget_block" + (f" {extra}" if extra else "")
    # widget_block_content: do_blocks (9), do_shortcode (11), wp_filter_content_tags (12: nothing to tag here).
    return _wrap(classname, site.do_shortcode(site.do_blocks(content)))


_WIDGETS: dict[str, Callable[[dict[Any, Any], DisplaySite], str | None]] = {
    "search": search_widget, "custom_html": custom_html_widget, "text": text_widget, "block": block_widget,
    "archives": archives_widget, "recent-posts": recent_posts_widget, "recent-comments": recent_comments_widget,
    "pages": pages_widget, "categories": categories_widget, "tag_cloud": tag_cloud_widget, "meta": meta_widget,
    "calendar": calendar_widget,
}


def _shows_nothing(id_base: str, instance: dict[Any, Any]) -> bool:
    """The classes whose ``widget()`` returns early: no media chosen, no feed URL, no menu."""
    if id_base in widget_media.SCHEMAS:
        return not widget_media.has_content(id_base, instance)
    if id_base == "rss":
        url = _text(instance.get("url")) if not _empty(instance.get("url")) else ""
        while url and not url.lower().startswith("http"):
            url = url[1:]  # WordPress strips leading characters until "http"
        return not _empty(instance.get("error")) or not url
    if id_base == "nav_menu":
        return _empty(instance.get("nav_menu"))
    return False


def the_widget(widget: WidgetClass, instance: Any, site: DisplaySite) -> str | None:
    """``the_widget()`` output, trimmed; None for the classes not ported."""
    if _shows_nothing(widget.id_base, _as_array(instance)):
        return ""
    display = _WIDGETS.get(widget.id_base)
    if widget.id_base in widget_media.SCHEMAS:
        output = media_widget(widget.id_base, _as_array(instance), site)
    else:
        output = display(_as_array(instance), site) if display is not None else None
    return output.strip() if output is not None else None


def preview_document(widget: WidgetClass, instance: Any, site: DisplaySite) -> str | None:
    """The ``render`` route's iframe document around the preview, without the theme's ``wp_head`` /
    ``wp_footer`` output (not rendered by broadsheet)."""
    preview = the_widget(widget, instance, site)
    if preview is None:
        return None
    return (
        "\t\t<!doctype html>\n\t\t<html lang=\"en-US\">\n\t\t<head>\n\t\t\t<meta charset=\"UTF-8\" />\n"
        "\t\t\t<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        "\t\t\t<link rel=\"profile\" href=\"https://gmpg.org/xfn/11\" />\n"
        "\t\t\t<style>\n\t\t\t\t/* Reset theme styles */\n\t\t\t\thtml, body, #page, #content {\n"
        "\t\t\t\t\tpadding: 0 !important;\n\t\t\t\t\tmargin: 0 !important;\n\t\t\t\t}\n\t\t\t</style>\n"
        "\t\t</head>\n\t\t<body>\n\t\t<div id=\"page\" class=\"site\">\n"
        "\t\t\t<div id=\"content\" class=\"site-content\">\n"
        f"\t\t\t\t{preview}\t\t\t</div><!-- #content -->\n\t\t</div><!-- #page -->\n\t\t</body>\n\t\t</html>\n\t\t")
