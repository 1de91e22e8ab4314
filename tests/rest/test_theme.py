"""Themes and block templates: the golden-theme cases replayed, index entries, template content.

The replay restores ``fixture-db.json`` into a fresh database per backend and runs
``tests/golden/cases-theme.jsonl`` in file order: its first linked theme creates the user global
styles post (id 2560889 on a fresh site), as the oracle did right after a reset.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS
from tests.rest.conftest import fixture_site_app

SUITES = {
    name: (golden_replay.RECORDED / f"cases-{name}.jsonl", golden_replay.RECORDED / f"golden-{name}.jsonl")
    for name in ("theme", "templates", "template-writes", "template-revisions")
}

def _suite(name: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    cases_path, goldens_path = SUITES[name]
    goldens, _ = golden_replay.compare.load(str(goldens_path))
    return golden_replay.record.read_cases(str(cases_path)), goldens


@pytest.mark.parametrize("suite", list(SUITES))
@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_suite_replays_in_order(backend: str, suite: str) -> None:
    """Every case of a suite in file order on one freshly restored site (links and writes change it)."""
    cases, goldens = _suite(suite)
    failures: list[str] = []
    with fixture_site_app(backend) as app:
        for case in cases:
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


@pytest.fixture(scope="module")
def app() -> Any:
    with fixture_site_app("sqlite") as built:
        yield built


def test_user_styles_post_is_created_once_with_its_theme_term(app: Any) -> None:
    from broadsheet.themes.user_styles import find_user_styles_post_id

    headers = {"host": "127.0.0.1:8881",
               "authorization": golden_replay.record.auth_header("editor", golden_replay.credentials())}
    first = json.loads(app.handle("GET", "/wp-json/wp/v2/themes/twentytwentyfive", "", headers, b"").body)
    second = json.loads(app.handle("GET", "/wp-json/wp/v2/themes", "status[]=active", headers, b"").body)
    href = first["_links"]["wp:user-global-styles"][0]["href"]
    assert second[0]["_links"]["wp:user-global-styles"][0]["href"] == href
    with app.site.db.engine.connect() as conn:
        post_id = find_user_styles_post_id(conn, app.site.db, "twentytwentyfive")
        row = conn.execute(app.site.db.tables.posts.select().where(
            app.site.db.tables.posts.c.ID == post_id)).mappings().one()
    assert href.endswith(f"/global-styles/{post_id}")
    assert (row["post_name"], row["post_title"], row["post_author"]) == (
        "wp-global-styles-twentytwentyfive", "Custom Styles", 2)
    assert row["post_content"] == '{"version": 3, "isGlobalStylesUserThemeJSON": true }'
