"""``core/archives``: ``wp_get_archives`` of published posts as a list or a dropdown.

Archive types ``monthly`` (default), ``yearly``, ``daily``, ``weekly`` (MySQL's ``WEEK()`` by the
site's ``start_of_week``), ``postbypost`` (newest first) and ``alpha`` (by title, in the site's
collation); any other type lists nothing. Behaviour observed on WordPress 7.1.4
(``tests/golden/cases-block-renderer.jsonl``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, func, select

from broadsheet.content.date_links import day_link, month_link, year_link
from broadsheet.formatting.php_date import php_date
from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.content.site_blocks.scripts import dropdown_function, inline_script
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.strip import strip_tags
from broadsheet.formatting.texturize import wptexturize
from broadsheet.formatting.urls import esc_url
from broadsheet.query.post_rows import post_columns, post_from_row
from broadsheet.storage.types import date_part

__all__ = ["blocks", "mysql_week", "published_posts"]

_SELECT_LABELS = {"yearly": "Select Year", "monthly": "Select Month", "weekly": "Select Week", "daily": "Select Day",
                  "postbypost": "Select Post", "alpha": "Select Post"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
#: The dropdown's navigation script: an arrow function of ``[dropdownId, homeUrl]``.
_DROPDOWN_FUNCTION = dropdown_function("""\t\t\t\tif ( dropdown.value ) {
\t\t\t\t\tlocation.href = dropdown.value;
\t\t\t\t}""")


class ArchiveLink(NamedTuple):
    """One archive entry: its URL, text and post count (None: counts are never shown)."""

    url: str
    text: str
    count: int | None


def mysql_week(day: date, start_of_week: int) -> int:
    """``_wp_mysql_week``: ``WEEK(d, 1)`` for Monday, ``WEEK(d, 0)`` for Sunday, else ``WEEK(shifted d, 0)``."""
    if start_of_week == 1:
        jan1 = date(day.year, 1, 1)
        first = jan1 - timedelta(days=jan1.weekday()) if jan1.weekday() <= 3 else jan1 + timedelta(days=7 - jan1.weekday())
        return (day - first).days // 7 + 1 if day >= first else 0
    if 2 <= start_of_week <= 6:
        day -= timedelta(days=start_of_week - 1)
    jan1 = date(day.year, 1, 1)
    first_sunday = jan1 + timedelta(days=(6 - jan1.weekday()) % 7)
    return (day - first_sunday).days // 7 + 1 if day >= first_sunday else 0


def _week_start(day: date, start_of_week: int) -> date:
    """``get_weekstartend``'s start: the last ``start_of_week`` day on or before ``day``."""
    weekday = (day.weekday() + 1) % 7  # PHP's w: Sunday 0
    return day - timedelta(days=(weekday - start_of_week) % 7)


def published_posts(site: BlockSite) -> ColumnElement[bool]:
    """``post_type = 'post' AND post_status = 'publish'``: the posts archives and the calendar count."""
    p = site.db.tables.posts
    return and_(p.c.post_type == "post", p.c.post_status == "publish")


def _date_groups(site: BlockSite, parts: tuple[str, ...]) -> list[tuple[int, ...]]:
    """``(year[, month[, day]], posts)`` per date group of published posts, newest first (one ``GROUP BY``)."""
    p = site.db.tables.posts
    keys = [date_part(site.db.dialect_name, p.c.post_date, part) for part in parts]
    stmt = (select(*keys, func.count(p.c.ID)).where(published_posts(site)).group_by(*keys)
            .order_by(*(key.desc() for key in keys)))
    return [tuple(int(value) for value in row) for row in site.conn.execute(stmt)]


def _weeks(days: list[tuple[int, ...]], start_of_week: int) -> Iterator[tuple[int, int, date, int]]:
    """``(week, year, newest day, posts)`` per ``WEEK()`` of the days with posts, newest first."""
    weeks: dict[tuple[int, int], list[Any]] = {}
    for year, month, day, count in days:
        when = date(year, month, day)
        entry = weeks.setdefault((mysql_week(when, start_of_week), year), [when, 0])
        entry[1] += count
    for (week, year), (newest, count) in weeks.items():
        yield week, year, newest, count


def archive_links(site: BlockSite, kind: str) -> list[ArchiveLink]:
    """``wp_get_archives``' entries of one type."""
    source = site.permalinks()
    if kind in ("monthly", "yearly", "daily", "weekly"):
        date_format = str(site.options.get("date_format") or "")
        if kind == "yearly":
            return [ArchiveLink(year_link(source, y), str(y), n) for y, n in _date_groups(site, ("year",))]
        if kind == "monthly":
            return [ArchiveLink(month_link(source, y, m), f"{_MONTHS[m - 1]} {y}", n)
                    for y, m, n in _date_groups(site, ("year", "month"))]
        days = _date_groups(site, ("year", "month", "day"))
        if kind == "daily":
            return [ArchiveLink(day_link(source, y, m, d), php_date(date_format, datetime(y, m, d)), n)
                    for y, m, d, n in days]
        start_of_week = php_int(site.options.get("start_of_week") or 0)
        links = []
        for week, year, newest, n in _weeks(days, start_of_week):
            start = _week_start(newest, start_of_week)
            text = (php_date(date_format, datetime.combine(start, datetime.min.time())) + "&#8211;"
                    + php_date(date_format, datetime.combine(start + timedelta(days=6), datetime.min.time())))
            links.append(ArchiveLink(site.home_url("/") + f"?m={year}&w={week}", text, n))
        return links
    if kind in ("postbypost", "alpha"):
        p = site.db.tables.posts
        order = ([site.db.sort_key(p.c.post_title).asc()] if kind == "alpha"
                 else [p.c.post_date.desc(), p.c.ID.desc()])
        stmt = (select(*post_columns(site.db.tables)).where(published_posts(site))
                .order_by(*order))
        posts = [post_from_row(row) for row in site.conn.execute(stmt).mappings()]
        return [ArchiveLink(site.permalink(post), strip_tags(site.filtered_title(post)) if post.post_title else str(post.ID),
                            None) for post in posts]
    return []


def _link_html(link: ArchiveLink, show_count: bool, dropdown: bool) -> str:
    """``get_archives_link`` in the ``html`` or ``option`` format."""
    after = f"&nbsp;({link.count})" if show_count and link.count is not None else ""
    text, url = wptexturize(link.text), esc_url(link.url)
    if dropdown:
        return f"\t<option value='{url}'> {text} {after}</option>\n"
    return f"\t<li><a href='{url}'>{text}</a>{after}</li>\n"


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The archives block bound to ``site``."""

    def render_archives(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        kind = str(attributes.get("type") or "monthly")
        show_count = bool(attributes.get("showPostCounts"))
        links = archive_links(site, kind)
        if attributes.get("displayAsDropdown"):
            dropdown_id = ids.unique_id("wp-block-archives-")
            label_class = "wp-block-archives__label" + ("" if attributes.get("showLabel") else " screen-reader-text")
            options = "".join(_link_html(link, show_count, True) for link in links)
            wrapper = block_wrapper_attributes("core/archives", archives, attributes,
                                               {"class": "wp-block-archives-dropdown"})
            return (f'<div {wrapper}><label for="{dropdown_id}" class="{label_class}">Archives</label>\n'
                    f'\t\t<select id="{dropdown_id}" name="archive-dropdown">\n'
                    f'\t\t<option value="">{_SELECT_LABELS.get(kind, "Select Post")}</option>{options}</select>'
                    + inline_script(_DROPDOWN_FUNCTION, [dropdown_id, site.home_url()],
                                    "block_core_archives_build_dropdown_script") + "</div>")
        wrapper = block_wrapper_attributes("core/archives", archives, attributes, {"class": "wp-block-archives-list"})
        if not links:
            return f"<div {wrapper}>No archives to show.</div>"
        return f"<ul {wrapper}>" + "".join(_link_html(link, show_count, False) for link in links) + "</ul>"

    archives = registered_block("core/archives", render_archives)
    return {"core/archives": archives}
