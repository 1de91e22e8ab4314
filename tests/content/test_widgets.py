"""Widget instances and ``retrieve_widgets``: lost and unregistered widgets, sidebars of another theme."""

from __future__ import annotations

from broadsheet.content.widgets import parse_widget_id, registered_widget_ids, retrieve_widgets
from broadsheet.content.wporg_api import build_query

BLOCKS = {2: {"content": "a"}, 3: {"content": "b"}, "_multiwidget": 1}


def test_registered_ids_use_instance_numbers_or_a_stand_in() -> None:
    ids = registered_widget_ids({"widget_block": BLOCKS})
    assert ids[0] == "pages-1" and ids[-2:] == ["block-2", "block-3"]


def test_widgets_of_unregistered_sidebars_become_inactive() -> None:
    options = {"widget_block": BLOCKS,
               "sidebars_widgets": {"wp_inactive_widgets": [], "sidebar-1": ["block-3", "nope-4"], "array_version": 3}}
    assert retrieve_widgets(options, []) == {"wp_inactive_widgets": ["block-2", "block-3"], "array_version": 3}


def test_nothing_to_retrieve_without_sidebars_widgets() -> None:
    assert retrieve_widgets({"widget_block": BLOCKS}, []) == {}


def test_parse_widget_id() -> None:
    assert parse_widget_id("recent-posts-12") == ("recent-posts", 12)
    assert parse_widget_id("custom") == ("custom", None)


def test_build_query_does_not_encode_values() -> None:
    assert build_query({"a": "b c", "slug": ["x", "y"], "f": False, "n": None}) == \
        "a=b c&slug%5B0%5D=x&slug%5B1%5D=y&f=0"


def test_assigning_a_widget_moves_it_and_appends_it_again_to_its_own_sidebar() -> None:
    from broadsheet.content.widgets import assign_widget_to_sidebar

    sidebars = {"wp_inactive_widgets": ["block-2", "block-3"], "sidebar-1": ["block-4"]}
    assert assign_widget_to_sidebar(sidebars, "block-4", "wp_inactive_widgets") == {
        "wp_inactive_widgets": ["block-2", "block-3", "block-4"], "sidebar-1": []}
    assert assign_widget_to_sidebar(sidebars, "block-2", "wp_inactive_widgets")["wp_inactive_widgets"] == [
        "block-2", "block-3", "block-2"]
    assert assign_widget_to_sidebar(sidebars, "block-2", "")["wp_inactive_widgets"] == ["block-3"]


def test_next_widget_number_matches_the_id_base_at_the_end_only() -> None:
    from broadsheet.content.widgets import next_widget_id_number

    assert next_widget_id_number("block", ["block-2", "block-9", "text-12"]) == 10
    assert next_widget_id_number("posts", ["recent-posts-4"]) == 5  # WordPress's unanchored match
    assert next_widget_id_number("search", ["search-1"]) == 2


def test_calendar_starts_its_weeks_on_start_of_week_and_links_days_with_posts() -> None:
    from datetime import date

    from broadsheet.content.widget_display import CalendarMonth, get_calendar

    month = CalendarMonth(today=date(2026, 2, 10), week_begins=0, days_with_posts=frozenset({1, 28}),
                          previous=None, next=(2026, 3), month_link=lambda y, m: f"/m/{y}/{m}",
                          day_link=lambda y, m, d: f"/d/{d}")
    table = get_calendar(month)
    assert table.index('aria-label="Sunday">S</th>') < table.index('aria-label="Monday">M</th>')
    assert '<td><a href="/d/1"' in table.split("<tbody>")[1].split("</tr>")[0]  # Feb 1, 2026 is a Sunday
    assert '<td><a href="/d/1" aria-label="Posts published on February 1, 2026">1</a></td>' in table
    assert '<td id="today">10</td>' in table
    assert '<a href="/m/2026/3">Mar &raquo;</a>' in table
    assert '<span class="wp-calendar-nav-prev">&nbsp;</span>' in table
