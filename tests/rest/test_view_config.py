"""``/wp/v2/view-config``: golden replay on each backend, the index entry, and the filter API.

``tests/golden/cases-viewconfig.jsonl`` (written by ``make_cases_viewconfig.py``) is read-only; it is
replayed on the fixture site of each backend and compared with WordPress 7.1.4's recorded answers.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS

CASES = golden_replay.RECORDED / "cases-viewconfig.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-viewconfig.jsonl"
#: Templates written by a user and a customised theme template, then the wp_template views (one site per run).
WRITE_CASES = golden_replay.RECORDED / "cases-viewconfig-writes.jsonl"
WRITE_GOLDENS = golden_replay.RECORDED / "golden-viewconfig-writes.jsonl"

def test_golden_view_config_cases_replay(site_app: Any) -> None:
    """Every recorded case answers as WordPress did (status, kept headers, body)."""
    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    failures = []
    for case in golden_replay.record.read_cases(str(CASES)):
        ours = golden_replay.run_case(site_app, case)
        diffs = golden_replay.differences(goldens[case["name"]], ours)
        if diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("backend", BACKENDS)
def test_template_authors_get_a_view_each(backend: str) -> None:
    """The writing suite in file order on a freshly restored site: theme authors first, then users."""
    from tests.rest.conftest import fixture_site_app

    goldens, _ = golden_replay.compare.load(str(WRITE_GOLDENS))
    failures = []
    with fixture_site_app(backend) as app:
        for case in golden_replay.record.read_cases(str(WRITE_CASES)):
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)

