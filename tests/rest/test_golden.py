"""Every oracle case replayed against broadsheet on the restored fixture, on each backend.

Cases run in file order (writes last, as recorded after one reset). A case that still differs is
listed in ``golden_expected_diffs.txt`` as ``<name> <reason>`` and runs as a strict xfail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests import golden_replay

EXPECTED = Path(__file__).parent / "golden_expected_diffs.txt"


def _expected_diffs() -> dict[str, str]:
    if not EXPECTED.exists():
        return {}
    out = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(" ")
            out[name] = reason.strip()
    return out


EXPECTED_DIFFS = _expected_diffs()


# Extra (read-only) cases first: the core file ends with writes and must replay from one reset;
# the writes matrix was recorded after replaying extra and core on the oracle, so it comes last.
ALL_CASES = [pytest.param(suite, case, id=f"{suite}:{case['name']}")
             for suite in ("extra", "editor", "core", "writes", "apppw") for case in golden_replay.cases(suite)]


@pytest.mark.parametrize(("suite", "case"), ALL_CASES)
def test_golden_case(golden_app: Any, suite: str, case: dict[str, Any]) -> None:
    expected = golden_replay.goldens(suite)[case["name"]]
    actual = golden_replay.run_case(golden_app, case)
    diffs = golden_replay.differences(expected, actual)
    reason = EXPECTED_DIFFS.get(case["name"])
    if reason is not None:
        if diffs:
            pytest.xfail(reason)
        pytest.fail(f"{case['name']} is now identical: remove it from {EXPECTED.name}")
    assert not diffs, "\n".join(diffs[:10])
