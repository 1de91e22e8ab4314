"""Global styles: the golden-global-styles cases replayed, index entries, theme.json sanitisation.

Each suite's replay restores ``fixture-db.json`` into a fresh database per backend and runs
``tests/golden/cases-global-styles.jsonl`` in file order: its first case links the active theme,
which creates the user global styles post (id 2560889 on a fresh site), then reads and updates it;
``cases-global-styles-variations.jsonl`` reads the theme's style variations and
``cases-global-styles-theme-files.jsonl`` saves ``file:./`` background images (``wp:theme-file`` links),
``cases-global-styles-edge.jsonl`` odd user data and ``cases-global-styles-partials.jsonl`` block style
variations.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS
from tests.rest.conftest import fixture_site_app

BASE = "http://127.0.0.1:8881"
SUITES = ("global-styles", "global-styles-variations", "global-styles-theme-files", "global-styles-edge",
          "global-styles-partials")
#: Routes this module's controllers register (their index entries must equal WordPress's).
OWN_ROUTES = (
    "/wp/v2/global-styles/(?P<parent>[\\d]+)/revisions",
    "/wp/v2/global-styles/(?P<parent>[\\d]+)/revisions/(?P<id>[\\d]+)",
    "/wp/v2/global-styles/themes/(?P<stylesheet>[\\/\\s%\\w\\.\\(\\)\\[\\]\\@_\\-]+)/variations",
    "/wp/v2/global-styles/(?P<id>[\\/\\d+]+)",
)


@pytest.mark.parametrize("suite", SUITES)
@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_suite_replays_in_order(backend: str, suite: str) -> None:
    """Every case in file order on one freshly restored site (the updates make revisions)."""
    goldens, _ = golden_replay.compare.load(str(golden_replay.RECORDED / f"golden-{suite}.jsonl"))
    failures: list[str] = []
    with fixture_site_app(backend) as app:
        for case in golden_replay.record.read_cases(str(golden_replay.RECORDED / f"cases-{suite}.jsonl")):
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


@pytest.fixture(scope="module")
def app() -> Any:
    with fixture_site_app("sqlite") as built:
        yield built


def _index_routes(app: Any) -> dict[str, Any]:
    response = app.handle("GET", "/wp-json/", "", {"host": "127.0.0.1:8881"}, b"")
    return json.loads(response.body)["routes"]


def test_index_entries_equal_wordpress(app: Any) -> None:
    golden = golden_replay.goldens("core")["index"]["body"]["routes"]
    ours = _index_routes(app)
    for route in OWN_ROUTES:
        expected = json.dumps(golden[route]).replace(BASE, "{BASE}")
        assert json.dumps(ours[route]).replace(BASE, "{BASE}") == expected, route


def test_index_lists_own_routes_in_wordpress_relative_order(app: Any) -> None:
    golden = list(golden_replay.goldens("core")["index"]["body"]["routes"])
    ours = [r for r in _index_routes(app) if r in OWN_ROUTES or "/template-parts" in r or "/navigation" in r]
    assert ours == [r for r in golden if r in ours]
