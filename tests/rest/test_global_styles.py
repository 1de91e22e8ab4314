"""Global styles: the golden-global-styles cases replayed, index entries, theme.json sanitisation.

Each suite's replay restores ``fixture-db.json`` into a fresh database per backend and runs
``tests/golden/cases-global-styles.jsonl`` in file order: its first case links the active theme,
which creates the user global styles post (id 2560889 on a fresh site), then reads and updates it;
``cases-global-styles-variations.jsonl`` reads the theme's style variations and
``cases-global-styles-theme-files.jsonl`` saves ``file:./`` background images (``wp:theme-file`` links),
``cases-global-styles-edge.jsonl`` odd user data, ``cases-global-styles-partials.jsonl`` block style
variations and ``cases-global-styles-themes.jsonl`` the theme's merged theme.json
(``/global-styles/themes/{stylesheet}``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS
from tests.rest.conftest import fixture_site_app

SUITES = ("global-styles", "global-styles-variations", "global-styles-theme-files", "global-styles-edge",
          "global-styles-partials", "global-styles-themes")


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

