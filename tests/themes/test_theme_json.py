"""``WP_Theme_JSON`` sanitisation (``themes/theme_json.py``): PHP array semantics and the schema rules."""

from __future__ import annotations

import json
from typing import Any

import pytest

from broadsheet.themes.theme_json import (
    compute_spacing_sizes,
    php_array,
    remove_keys_not_in_schema,
    sanitize_viewport_settings,
    theme_json_raw_data,
)
from broadsheet.themes.user_styles import block_names

CORE_SCALE = {"operator": "*", "increment": 1.5, "steps": 7, "mediumStep": 1.5, "unit": "rem"}


def _raw(data: dict[str, Any], origin: str = "custom") -> dict[str, Any]:
    return theme_json_raw_data({"version": 3, **data}, origin, block_names(), {"core/button": ["outline"]})


def test_core_spacing_scale_generates_the_default_sizes_the_oracle_lists() -> None:
    """Core theme.json's scale, as ``/global-styles/themes/twentytwentyfive`` lists its default sizes."""
    assert compute_spacing_sizes(CORE_SCALE) == [
        {"name": "2X-Small", "slug": "20", "size": "0.44rem"}, {"name": "X-Small", "slug": "30", "size": "0.67rem"},
        {"name": "Small", "slug": "40", "size": "1rem"}, {"name": "Medium", "slug": "50", "size": "1.5rem"},
        {"name": "Large", "slug": "60", "size": "2.25rem"}, {"name": "X-Large", "slug": "70", "size": "3.38rem"},
        {"name": "2X-Large", "slug": "80", "size": "5.06rem"}]


@pytest.mark.parametrize("scale", [
    pytest.param({**CORE_SCALE, "steps": 0}, id="zero-steps"),
    pytest.param({**CORE_SCALE, "operator": "-"}, id="bad-operator"),
    pytest.param({k: v for k, v in CORE_SCALE.items() if k != "unit"}, id="no-unit"),
    pytest.param("7", id="not-an-object"),
])
def test_an_incomplete_spacing_scale_generates_nothing(scale: Any) -> None:
    assert compute_spacing_sizes(scale) == []


def test_objects_with_sequential_integer_keys_are_lists_to_php() -> None:
    assert php_array({"0": "a", "1": {"0": "b"}}) == ["a", ["b"]]
    assert php_array({"1": "a"}) == {"1": "a"}


def test_boolean_markers_keep_only_booleans() -> None:
    schema = {"lightbox": {"enabled": True, "allowEditing": True}}
    tree = {"lightbox": {"enabled": "yes", "allowEditing": False}}
    assert remove_keys_not_in_schema(tree, schema) == {"lightbox": {"allowEditing": False}}


def test_a_list_losing_items_keeps_its_indexes_as_an_object() -> None:
    assert remove_keys_not_in_schema(["a", "b"], ["x"]) == ["a"]
    assert remove_keys_not_in_schema({"0": "a", "2": "c"}, {"2": None}) == {"2": "c"}


def test_unknown_keys_blocks_and_elements_are_dropped_and_emptied_objects_go() -> None:
    raw = _raw({"styles": {"color": {"text": "red", "nope": 1}, "bogus": {"a": 1},
                           "blocks": {"core/paragraph": {"color": {"text": "blue"}}, "x/y": {"color": {}}},
                           "elements": {"link": {"color": {"text": "green"}}, "nope": {"color": {"text": "x"}}}},
                "unknownTop": 1})
    assert list(raw) == ["version", "styles"]
    assert raw["styles"] == {"color": {"text": "red"}, "blocks": {"core/paragraph": {"color": {"text": "blue"}}},
                             "elements": {"link": {"color": {"text": "green"}}}}


def test_preset_references_become_css_variables() -> None:
    raw = _raw({"styles": {"color": {"text": "var:preset|color|contrast"}}})
    assert raw["styles"]["color"]["text"] == "var(--wp--preset--color--contrast)"


def test_appearance_tools_turn_on_what_is_unset_and_presets_are_keyed_by_origin() -> None:
    raw = _raw({"settings": {"appearanceTools": True, "border": {"color": False},
                             "color": {"palette": [{"slug": "a", "color": "#000", "name": "A"}]}}}, origin="theme")
    settings = raw["settings"]
    assert "appearanceTools" not in settings
    assert settings["border"]["color"] is False
    assert all(settings["border"][key] is True for key in ("radius", "style", "width"))
    assert settings["color"]["palette"] == {"theme": [{"slug": "a", "color": "#000", "name": "A"}]}


def test_registered_block_style_variations_are_kept_and_shared_ones_unwrapped() -> None:
    raw = _raw({"styles": {"variations": {"outline": {"color": {"text": "red"}}, "nope": {"color": {"text": "x"}}},
                           "blocks": {"core/button": {"variations": {"other": {"color": {"text": "y"}}}}}}})
    assert raw["styles"] == {"blocks": {"core/button": {"variations": {"outline": {"color": {"text": "red"}}}}}}


def test_breakpoint_states_follow_the_viewport_setting() -> None:
    assert sanitize_viewport_settings(None) == {"mobile": "480px", "tablet": "782px"}
    assert sanitize_viewport_settings({"mobile": "50em", "tablet": "600px"}) == {"mobile": "50em"}
    raw = _raw({"settings": {"viewport": {"tablet": "900px"}},
                "styles": {"blocks": {"core/group": {"@mobile": {"color": {"text": "a"}},
                                                     "@tablet": {"color": {"text": "b"}}}}}})
    assert raw["settings"]["viewport"] == {"tablet": "900px"}
    assert json.dumps(raw["styles"]) == '{"blocks": {"core/group": {"@tablet": {"color": {"text": "b"}}}}}'


def test_data_without_a_version_is_dropped() -> None:
    assert theme_json_raw_data({"styles": {"color": {"text": "red"}}}, "custom", block_names(), {}) == {"version": 3}
