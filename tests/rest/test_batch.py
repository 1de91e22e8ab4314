"""``/batch/v1``: the golden-batch cases replayed in order per backend, and its index entry.

The cases write (posts, pages, terms, a user), so each backend gets its own freshly restored
fixture site and the file runs in order, as it was recorded on a freshly reset WordPress 7.1.4.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS

CASES = golden_replay.RECORDED / "cases-batch.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-batch.jsonl"


@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_batch_cases_replay_in_order(backend: str) -> None:
    from tests.rest.conftest import fixture_site_app

    loaded, _ = golden_replay.compare.load(str(GOLDENS))
    failures: list[str] = []
    with fixture_site_app(backend) as app:
        for case in golden_replay.record.read_cases(str(CASES)):
            diffs = golden_replay.differences(loaded[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:4]))
    assert not failures, "\n".join(failures)


def _batch(app: Any, body: dict[str, Any], auth: str = "admin") -> tuple[int, Any]:
    headers = {"host": "127.0.0.1:8881", "content-type": "application/json",
               "authorization": golden_replay.record.auth_header(auth, golden_replay.credentials())}
    response = app.handle("POST", "/wp-json/batch/v1", "", headers, json.dumps(body).encode())
    return response.status, json.loads(response.body)


def test_a_failed_require_all_validate_batch_writes_nothing(sqlite_site_app: Any) -> None:
    status, body = _batch(sqlite_site_app, {"validation": "require-all-validate", "requests": [
        {"path": "/wp/v2/tags", "body": {"name": "never-made"}},
        {"path": "/wp/v2/tags", "body": {"name": ["not", "a", "string"]}},
    ]})
    assert status == 207 and body["failed"] == "validation" and body["responses"][0] is None
    response = sqlite_site_app.handle("GET", "/wp-json/wp/v2/tags", "search=never-made", {"host": "127.0.0.1:8881"},
                                      b"")
    assert json.loads(response.body) == []


def test_later_sub_requests_see_earlier_writes(sqlite_site_app: Any) -> None:
    status, body = _batch(sqlite_site_app, {"requests": [
        {"path": "/wp/v2/tags", "body": {"name": "batch-seen"}},
        {"path": "/wp/v2/tags", "body": {"name": "batch-seen"}},
    ]})
    assert status == 207
    assert [r["status"] for r in body["responses"]] == [201, 400]
    assert body["responses"][1]["body"]["code"] == "term_exists"
