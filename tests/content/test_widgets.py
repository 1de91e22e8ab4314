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
