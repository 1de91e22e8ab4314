"""The theme.json origins (``themes/theme_json_resolver.py``) for child themes.

None is bundled, so no golden covers them; the active theme's merged data is checked against the
oracle by the ``global-styles-themes`` suite (``tests/rest/test_global_styles.py``) and the merge
itself against WordPress's answers (``test_theme_json_merge.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from broadsheet.themes.theme import Theme, get_theme
from broadsheet.themes.theme_json_resolver import theme_data


def _child_theme(tmp_path: Path, theme_json: dict[str, Any] | None) -> Theme:
    parent = get_theme("twentytwentyfive")
    assert parent is not None
    directory = tmp_path / "child"
    directory.mkdir()
    if theme_json is not None:
        (directory / "theme.json").write_text(json.dumps(theme_json), encoding="utf-8")
    return Theme("child", directory, {**parent.headers, "Template": "twentytwentyfive"})


def test_child_theme_json_is_laid_over_its_parents(tmp_path: Path) -> None:
    child = _child_theme(tmp_path, {"version": 3, "settings": {"color": {"palette": [
        {"slug": "base", "color": "#123456", "name": "Base"}]}}, "styles": {"color": {"text": "red"}}})
    data, parent = theme_data(child), theme_data(get_theme("twentytwentyfive"))  # type: ignore[arg-type]
    assert data["settings"]["color"]["palette"]["theme"] == [{"slug": "base", "color": "#123456", "name": "Base"}]
    assert data["styles"]["color"] == {**parent["styles"]["color"], "text": "red"}
    assert data["settings"]["typography"]["fontFamilies"] == parent["settings"]["typography"]["fontFamilies"]


def test_child_theme_without_theme_json_reads_its_parents(tmp_path: Path) -> None:
    """Settings and top-level styles only: a child theme outside the bundle registers no block style
    partials (``blocks/theme_blocks.py`` finds themes in the bundle), so its block variations differ."""
    parent = get_theme("twentytwentyfive")
    assert parent is not None
    data, expected = theme_data(_child_theme(tmp_path, None)), theme_data(parent)
    assert data["settings"] == expected["settings"]
    assert {k: v for k, v in data["styles"].items() if k != "blocks"} == \
        {k: v for k, v in expected["styles"].items() if k != "blocks"}
