"""``/wp/v2/block-patterns/patterns``: core's and the theme's patterns, golden replay and index entry.

``tests/golden/cases-patterns.jsonl`` is read-only; it is replayed on the fixture site of each backend
and compared with WordPress 7.1.4's recorded answers.
"""

from __future__ import annotations

from typing import Any

from tests import golden_replay

CASES = golden_replay.RECORDED / "cases-patterns.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-patterns.jsonl"
ROUTE = "/wp/v2/block-patterns/patterns"


def test_golden_pattern_cases_replay(site_app: Any) -> None:
    """Every recorded case answers as WordPress did (status, kept headers, body)."""
    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    failures = []
    for case in golden_replay.record.read_cases(str(CASES)):
        diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(site_app, case))
        if diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def test_core_patterns_come_first_with_their_categories_migrated(sqlite_site_app: Any) -> None:
    case = {"name": "p", "method": "GET", "path": "/wp-json" + ROUTE, "auth": "admin",
            "query": {"_fields": "name,categories,source"}}
    body = golden_replay.run_case(sqlite_site_app, case)["body"]
    assert body[0] == {"name": "core/query-standard-posts", "categories": ["posts"], "source": "core"}
    assert "source" not in body[11] and body[11]["name"].startswith("twentytwentyfive/")
