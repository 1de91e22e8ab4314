"""The dynamic navigation blocks (``core/page-list``, ``core/navigation-link``, ``core/navigation-submenu``)
rendered in ``wp_navigation`` posts: ``cases-navblocks.jsonl`` creates one post per case on the fixture
site (POST /wp/v2/navigation, answered with its ``content.rendered``), then reads them all back.

Each backend replays the whole file on its own freshly restored fixture site, as the oracle did
right after a reset, so the created ids match.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS

GOLDEN = golden_replay.RECORDED


def _replay(app: Any, suite: str) -> tuple[int, list[str]]:
    loaded, _ = golden_replay.compare.load(str(GOLDEN / f"golden-{suite}.jsonl"))
    cases = golden_replay.record.read_cases(str(GOLDEN / f"cases-{suite}.jsonl"))
    failures = []
    for case in cases:
        diffs = golden_replay.differences(loaded[case["name"]], golden_replay.run_case(app, case))
        if diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:4]))
    return len(cases), failures


@pytest.mark.parametrize("backend", BACKENDS)
def test_navigation_posts_render_their_blocks_as_wordpress(backend: str) -> None:
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app(backend) as app:
        count, failures = _replay(app, "navblocks")
        assert count == 32
        assert not failures, "\n".join(failures)


@pytest.mark.parametrize("backend", BACKENDS)
def test_page_list_marks_the_static_front_page(backend: str) -> None:
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app(backend) as app:
        count, failures = _replay(app, "navblocks-front")
        assert count == 3
        assert not failures, "\n".join(failures)


@pytest.mark.parametrize("backend", BACKENDS)
def test_styled_navigation_blocks_get_their_supports_classes_and_styles(backend: str) -> None:
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app(backend) as app:
        count, failures = _replay(app, "navblocks-styles")
        assert count == 4
        assert not failures, "\n".join(failures)
