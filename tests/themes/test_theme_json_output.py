"""``get_data`` (``themes/theme_json_output.py``) as the site editor's export writes it.

``theme-json-get-data.json`` is what WordPress writes for the bundled theme's data merged with each
user global styles of ``cases-theme-json-get-data.json`` (``theme_json_get_data.php``, read-only on the
oracle): both origins' presets, presets without a slug, ``appearanceTools`` restored at the top and in a
block, the spacing scale, PHP's key order and lists, ``[]`` for an empty object, unescaped slashes and
Unicode, block variations and elements, unknown keys dropped.
"""

from __future__ import annotations

import json

import pytest

from broadsheet.themes.export import export_theme_json
from broadsheet.themes.theme import get_theme
from broadsheet.themes.theme_json import theme_json_raw_data
from broadsheet.themes.theme_json_output import get_data, recursive_ksort
from broadsheet.themes.user_styles import block_names, valid_block_style_variations
from tests.golden_replay import RECORDED

CASES = {case["name"]: case["user"] for case in json.loads(
    (RECORDED / "cases-theme-json-get-data.json").read_text(encoding="utf-8"))}
EXPECTED = json.loads((RECORDED / "theme-json-get-data.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("expected", [pytest.param(e, id=e["name"]) for e in EXPECTED])
def test_export_theme_json_is_wordpress_get_data(expected: dict[str, str]) -> None:
    theme = get_theme("twentytwentyfive")
    assert theme is not None
    variations = valid_block_style_variations({"stylesheet": theme.stylesheet}, partials=False)
    user = theme_json_raw_data(CASES[expected["name"]], "custom", block_names(), variations)
    assert export_theme_json(theme, user) == expected["theme.json"]


def test_get_data_leaves_the_raw_data_unchanged() -> None:
    raw = {"version": 3, "settings": {"color": {"palette": {"theme": [{"slug": "a", "color": "#000"}]}}}}
    before = json.dumps(raw)
    assert get_data(raw)["settings"]["color"]["palette"] == [{"slug": "a", "color": "#000"}]
    assert json.dumps(raw) == before


def test_recursive_ksort_orders_keys_as_php() -> None:
    """Numeric keys numerically, others by bytes; keys 0…n-1 make a list."""
    assert list(recursive_ksort({"b": 1, "10": 2, "2": 3, "B": 4})) == ["2", "10", "B", "b"]
    assert recursive_ksort({"1": "one", "0": "zero"}) == ["zero", "one"]
