"""The site-building routes (block types, block/pattern directories, …): golden replay and index entries.

``tests/golden/cases-site.jsonl`` is read-only; it is replayed on the fixture site of each backend
and compared with WordPress 7.1.4's recorded answers like ``compare.py``.
"""

from __future__ import annotations

from typing import Any

from tests import golden_replay

CASES = golden_replay.RECORDED / "cases-site.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-site.jsonl"

def _cases() -> list[dict[str, Any]]:
    return golden_replay.record.read_cases(str(CASES))


#: Cases whose answer rightly differs: the oracle has Akismet installed, broadsheet runs no PHP plugins.
EXPECTED_DIFFERENT = {
    "plugins-admin": "the oracle lists Akismet; broadsheet lists none (test_no_plugins_are_installed)",
    "plugin-akismet": "the oracle has Akismet; broadsheet answers rest_plugin_not_found",
}


def test_golden_site_cases_replay(site_app: Any) -> None:
    """Every recorded case answers as WordPress did (status, kept headers, body)."""
    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    failures = []
    for case in _cases():
        ours = golden_replay.run_case(site_app, case)
        diffs = golden_replay.differences(goldens[case["name"]], ours)
        if case["name"] in EXPECTED_DIFFERENT:
            assert diffs, f"{case['name']} now equals the oracle: drop it from EXPECTED_DIFFERENT"
            continue
        if diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def test_no_plugins_are_installed(sqlite_site_app: Any) -> None:
    """The honest answers where the oracle (Akismet installed) differs."""
    by_name = {case["name"]: case for case in _cases()}
    listed = golden_replay.run_case(sqlite_site_app, by_name["plugins-admin"])
    assert (listed["status"], listed["body"]) == (200, [])
    item = golden_replay.run_case(sqlite_site_app, by_name["plugin-akismet"])
    assert (item["status"], item["body"]["code"]) == (404, "rest_plugin_not_found")


def test_object_widget_ids_do_not_crash_a_sidebar_update(sqlite_site_app: Any) -> None:
    """WordPress dies with a PHP TypeError here; broadsheet saves them and lists only real widgets."""
    golden_replay.run_case(sqlite_site_app, {"name": "reconcile", "method": "GET", "auth": "admin",
                                             "path": "/wp-json/wp/v2/sidebars"})
    case = {"name": "objects", "method": "PUT", "path": "/wp-json/wp/v2/sidebars/wp_inactive_widgets",
            "auth": "admin", "body": {"widgets": [{"a": 1}, "block-2"]}}
    answer = golden_replay.run_case(sqlite_site_app, case)
    assert (answer["status"], answer["body"]["widgets"]) == (200, ["block-2"])
    listed = golden_replay.run_case(sqlite_site_app, {"name": "list", "method": "GET", "auth": "admin",
                                                      "path": "/wp-json/wp/v2/sidebars/wp_inactive_widgets"})
    assert listed["body"]["widgets"] == ["block-3", "block-4", "block-5", "block-6", "block-2"]
