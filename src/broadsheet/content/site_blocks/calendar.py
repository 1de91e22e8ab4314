"""``core/calendar``: a month of the site's published posts (``get_calendar``, WordPress 7.1.4).

The block's ``month`` and ``year`` pick the month (both needed), else the current site-local month,
whose today cell is marked. Weeks start on the ``start_of_week`` option; days with posts link to
their day archive; the navigation links the nearest earlier and later months with posts.
Observed in ``tests/golden/cases-block-renderer.jsonl`` (past months only: today moves).
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select

from broadsheet.content.date_links import day_link, month_link
from broadsheet.content.dates import wp_timezone
from broadsheet.content.site_blocks import BlockSite, registered_block
from broadsheet.content.site_blocks.archives import published_posts
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.urls import esc_url
from broadsheet.storage.types import date_part

__all__ = ["blocks", "get_calendar"]

_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")  # PHP's w order
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _column(day: date, start_of_week: int) -> int:
    """The day's column (0-6) in a week starting on ``start_of_week`` (PHP's ``w``: Sunday 0)."""
    return ((day.weekday() + 1) % 7 - start_of_week) % 7


def _days_with_posts(site: BlockSite, first: str, last: str) -> set[int]:
    """``SELECT DISTINCT DAYOFMONTH(post_date)`` of the published posts between two local datetimes."""
    p = site.db.tables.posts
    day = date_part(site.db.dialect_name, p.c.post_date, "day")
    stmt = select(day).distinct().where(published_posts(site), p.c.post_date >= first, p.c.post_date <= last)
    return {int(row[0]) for row in site.conn.execute(stmt)}


def _adjacent_month(site: BlockSite, bound: str, later: bool) -> tuple[int, int] | None:
    """``(year, month)`` of the oldest published post after ``bound`` (``later``), else the newest before it."""
    p = site.db.tables.posts
    dialect = site.db.dialect_name
    stmt = (select(date_part(dialect, p.c.post_date, "year"), date_part(dialect, p.c.post_date, "month"))
            .where(published_posts(site), p.c.post_date > bound if later else p.c.post_date < bound)
            .order_by(p.c.post_date.asc() if later else p.c.post_date.desc()).limit(1))
    row = site.conn.execute(stmt).first()
    return (int(row[0]), int(row[1])) if row is not None else None


def get_calendar(site: BlockSite, year: int, month: int, today: date | None) -> str:
    """The calendar table and its month navigation."""
    start_of_week = php_int(site.options.get("start_of_week") or 0) % 7
    days_in_month = _calendar.monthrange(year, month)[1]
    first_moment = f"{year:04d}-{month:02d}-01 00:00:00"
    last_moment = f"{year:04d}-{month:02d}-{days_in_month:02d} 23:59:59"
    with_posts = _days_with_posts(site, first_moment, last_moment)
    previous = _adjacent_month(site, first_moment, later=False)
    following = _adjacent_month(site, last_moment, later=True)
    source = site.permalinks()
    html = (f'<table id="wp-calendar" class="wp-calendar-table">\n\t<caption>{_MONTHS[month - 1]} {year}</caption>\n'
            "\t<thead>\n\t<tr>")
    for offset in range(7):
        name = _DAYS[(start_of_week + offset) % 7]
        html += f'\n\t\t<th scope="col" aria-label="{esc_attr(name)}">{name[0]}</th>'
    html += "\n\t</tr>\n\t</thead>\n\t<tbody>\n\t<tr>"
    first = _column(date(year, month, 1), start_of_week)
    if first:
        html += f'\n\t\t<td colspan="{first}" class="pad">&nbsp;</td>'
    for day in range(1, days_in_month + 1):
        current = date(year, month, day)
        if day > 1 and _column(current, start_of_week) == 0:
            html += "\n\t</tr>\n\t<tr>\n\t\t"
        html += '<td id="today">' if current == today else "<td>"
        if day in with_posts:
            label = f"Posts published on {_MONTHS[month - 1]} {day}, {year}"
            html += f'<a href="{esc_url(day_link(source, year, month, day))}" aria-label="{esc_attr(label)}">{day}</a>'
        else:
            html += str(day)
        html += "</td>"
    last = _column(date(year, month, days_in_month), start_of_week)
    if last != 6:
        html += f'\n\t\t<td class="pad" colspan="{6 - last}">&nbsp;</td>'
    html += '\n\t</tr>\n\t</tbody>\n\t</table><nav aria-label="Previous and next months" class="wp-calendar-nav">'
    if previous is not None:
        html += (f'\n\t\t<span class="wp-calendar-nav-prev"><a href="{esc_url(month_link(source, *previous))}">'
                 f"&laquo; {_MONTHS[previous[1] - 1][:3]}</a></span>")
    else:
        html += '\n\t\t<span class="wp-calendar-nav-prev">&nbsp;</span>'
    html += '\n\t\t<span class="pad">&nbsp;</span>'
    if following is not None:
        html += (f'\n\t\t<span class="wp-calendar-nav-next"><a href="{esc_url(month_link(source, *following))}">'
                 f"{_MONTHS[following[1] - 1][:3]} &raquo;</a></span>")
    else:
        html += '\n\t\t<span class="wp-calendar-nav-next">&nbsp;</span>'
    return html + "\n\t</nav>"


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The calendar block bound to ``site``."""

    def render_calendar(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        today = datetime.now(timezone.utc).astimezone(wp_timezone(site.options)).date()
        month, year = attributes.get("month"), attributes.get("year")
        if month and year and 1 <= php_int(month) <= 12 and php_int(year) > 0:
            shown_year, shown_month = php_int(year), php_int(month)
        else:
            shown_year, shown_month = today.year, today.month
        wrapper = block_wrapper_attributes("core/calendar", calendar_block, attributes, {})
        return f"<div {wrapper}>{get_calendar(site, shown_year, shown_month, today)}</div>"

    calendar_block = registered_block("core/calendar", render_calendar)
    return {"core/calendar": calendar_block}
