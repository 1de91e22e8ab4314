"""``/wp/v2/global-styles/themes/{stylesheet}``: the golden-global-styles-themes cases replayed, and the merge.

The route answers the active theme's theme.json merged over the blocks' and core's
(``themes/theme_json_resolver.py``); the cases (read-only) cover every role, contexts, ``_fields``,
other, missing, malformed and encoded stylesheets, ``OPTIONS``, ``HEAD`` and a wrong method. The merge
itself is checked against WordPress's answers in ``tests/themes/test_theme_json_merge.py``; child themes
(none bundled, so no golden) here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from broadsheet.themes.theme import Theme, get_theme
from broadsheet.themes.theme_json_resolver import theme_data
from tests import golden_replay
from tests.backends import BACKENDS
from tests.rest.conftest import fixture_site_app

SUITE = "global-styles-themes"


@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_suite_replays(backend: str) -> None:
    goldens, _ = golden_replay.compare.load(str(golden_replay.RECORDED / f"golden-{SUITE}.jsonl"))
    failures: list[str] = []
    with fixture_site_app(backend) as app:
        for case in golden_replay.record.read_cases(str(golden_replay.RECORDED / f"cases-{SUITE}.jsonl")):
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


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
