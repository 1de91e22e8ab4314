"""``/wp/v2/block-renderer/{name}``: golden replay on each backend, and the blocks not rendered yet.

``tests/golden/cases-block-renderer.jsonl`` (written by ``make_cases_block_renderer.py``) is
read-only; it is replayed on the fixture site of each backend and compared with WordPress 7.1.4's
recorded answers. Dynamic blocks broadsheet cannot render yet answer 501
``rest_block_renderer_unsupported`` (``KNOWN_GAPS``, also listed in docs/rest.md) instead of HTML
that would differ from WordPress's.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from broadsheet.blocks import registry
from tests import golden_replay
from tests.backends import BACKENDS

CASES = golden_replay.RECORDED / "cases-block-renderer.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-block-renderer.jsonl"
#: Read-only renders of the login/out, term and post navigation blocks (``cases-block-renderer-more.jsonl``).
MORE_CASES = golden_replay.RECORDED / "cases-block-renderer-more.jsonl"
MORE_GOLDENS = golden_replay.RECORDED / "golden-block-renderer-more.jsonl"
#: The log out link carries a nonce of the current 12-hour tick: compared masked (checked by
#: ``test_loginout_nonce_is_wordpress_one``).
_NONCE = re.compile(r"_wpnonce=[0-9a-f]{10}")
#: Comment, comments and query loop blocks without their context (``cases-block-renderer-context.jsonl``).
CONTEXT_CASES = golden_replay.RECORDED / "cases-block-renderer-context.jsonl"
CONTEXT_GOLDENS = golden_replay.RECORDED / "golden-block-renderer-context.jsonl"
#: Recorded renders broadsheet refuses with 501 (besides the blocks of ``KNOWN_GAPS``): a query page
#: that is not digits, array query arguments, a grid post template, the legacy comments template, an
#: open post's comment form.
CONTEXT_NOT_BUILT = {f"block-renderer-context-{name}" for name in (
    "query-total-page-abc", "query-pagination-numbers-get-attributes", "post-template-grid", "comments-legacy-post",
    "post-comments-form-post", "post-comments-form-post-get")}
#: A tagline and title set through /wp/v2/settings, rendered, then set back (one site per run).
WRITE_CASES = golden_replay.RECORDED / "cases-block-renderer-writes.jsonl"
WRITE_GOLDENS = golden_replay.RECORDED / "golden-block-renderer-writes.jsonl"

#: Dynamic core blocks without a renderer yet (each answers 501 rest_block_renderer_unsupported).
KNOWN_GAPS = {
    "core/legacy-widget", "core/widget-group", "core/accordion", "core/accordion-item",
    "core/cover",
    "core/icon",
    "core/media-text", "core/navigation", "core/navigation-overlay-close", "core/pattern", "core/playlist",
    "core/playlist-track",
    "core/rss", "core/social-link", "core/tab-list", "core/tab-panel", "core/tabs",
    "core/template-part",
    "core/term-template", "core/post-comments",
}


def test_golden_block_renderer_cases_replay(site_app: Any) -> None:
    """Every recorded case answers as WordPress did (status, kept headers, body)."""
    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    failures = []
    for case in golden_replay.record.read_cases(str(CASES)):
        ours = golden_replay.run_case(site_app, case)
        diffs = golden_replay.differences(goldens[case["name"]], ours)
        if diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def _masked(record: dict[str, Any]) -> Any:
    return json.loads(_NONCE.sub("_wpnonce=NONCE", json.dumps(record)))


def test_golden_block_renderer_more_cases_replay(site_app: Any) -> None:
    """Login/out, term and post navigation renders answer as WordPress did (log out nonces masked)."""
    goldens, _ = golden_replay.compare.load(str(MORE_GOLDENS))
    failures = []
    for case in golden_replay.record.read_cases(str(MORE_CASES)):
        ours = golden_replay.run_case(site_app, case)
        diffs = golden_replay.differences(_masked(goldens[case["name"]]), _masked(ours))
        if diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def test_golden_block_renderer_context_cases_replay(site_app: Any) -> None:
    """Context-less comment and query blocks answer as WordPress did; what is not built answers 501
    where WordPress rendered (and the same 401/403 before that)."""
    goldens, _ = golden_replay.compare.load(str(CONTEXT_GOLDENS))
    failures = []
    for case in golden_replay.record.read_cases(str(CONTEXT_CASES)):
        golden, ours = goldens[case["name"]], golden_replay.run_case(site_app, case)
        gap = case["path"].rsplit("/block-renderer/", 1)[1] in KNOWN_GAPS or case["name"] in CONTEXT_NOT_BUILT
        if gap and golden["status"] == 200:
            if ours["status"] != 501 or ours["body"]["code"] != "rest_block_renderer_unsupported":
                failures.append(f"{case['name']}: expected 501, got {ours['status']}")
            continue
        diffs = golden_replay.differences(golden, ours)
        if diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def test_loginout_nonce_is_wordpress_one(sqlite_site_app: Any) -> None:
    """The log out link's nonce is ``wp_create_nonce('log-out')`` of the caller (no session token under Basic
    auth) and this tick; anonymous callers never reach the block (it needs ``edit_posts``)."""
    from broadsheet.auth.nonces import wp_verify_nonce
    from broadsheet.auth.store import AuthStore

    status, body = _render(sqlite_site_app, "core/loginout")
    match = re.search(r"_wpnonce=([0-9a-f]{10})", body["rendered"])
    assert status == 200 and match
    site = sqlite_site_app.site
    with site.db.engine.connect() as conn:
        assert wp_verify_nonce(match.group(1), "log-out", 1, "", AuthStore(conn, site.db.tables).salts) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_site_identity_after_settings_writes(backend: str) -> None:
    """The writing suite in file order on a freshly restored site."""
    from tests.rest.conftest import fixture_site_app

    goldens, _ = golden_replay.compare.load(str(WRITE_GOLDENS))
    failures = []
    with fixture_site_app(backend) as app:
        for case in golden_replay.record.read_cases(str(WRITE_CASES)):
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def _render(app: Any, block: str, attributes: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    case = {"name": "x", "method": "POST", "path": f"/wp-json/wp/v2/block-renderer/{block}", "auth": "admin",
            "query": {"context": "edit"}, "body": {"attributes": attributes or {}}}
    ours = golden_replay.run_case(app, case)
    return ours["status"], ours["body"]


def test_dynamic_blocks_without_renderer_answer_501(sqlite_site_app: Any) -> None:
    """Exactly the known gaps answer 501 naming the block; every other dynamic block renders."""
    unsupported = set()
    for block_type in registry.core_block_types():
        if not block_type.is_dynamic:
            continue
        status, body = _render(sqlite_site_app, block_type.name)
        if status == 501:
            assert body["code"] == "rest_block_renderer_unsupported"
            assert body["data"] == {"status": 501, "block": block_type.name}
            unsupported.add(block_type.name)
        else:
            assert status == 200, (block_type.name, body)
    assert unsupported == KNOWN_GAPS


@pytest.mark.parametrize(("block", "body", "attribute"), [
    pytest.param("core/site-title", {"attributes": {"style": {"color": {"text": "#f00"}}}}, "style", id="custom-style"),
    pytest.param("core/search", {"attributes": {"fontSize": "large"}}, "fontSize", id="preset-on-inner-elements"),
    pytest.param("core/calendar", {"attributes": {"month": 9, "year": 2024, "textColor": "t"}}, "textColor",
                 id="calendar-colours-on-table"),
    pytest.param("core/search", {"attributes": {"buttonPosition": "button-only"}}, "buttonPosition",
                 id="button-only-search"),
    pytest.param("core/latest-posts", {"attributes": {"displayFeaturedImage": True}}, "displayFeaturedImage",
                 id="latest-posts-featured-image"),
    pytest.param("core/latest-posts", {"attributes": {"displayPostContent": True, "displayPostContentRadio": "full_post"}},
                 "displayPostContentRadio", id="latest-posts-full-post"),
    pytest.param("core/post-featured-image", {"post_id": 16, "attributes": {"width": "50%"}}, "width",
                 id="featured-image-width"),
    pytest.param("core/post-featured-image", {"post_id": 16, "attributes": {"dimRatio": 50}}, "dimRatio",
                 id="featured-image-overlay"),
    pytest.param("core/breadcrumbs", {"post_id": 1, "attributes": {"prefersTaxonomy": True}}, "prefersTaxonomy",
                 id="breadcrumbs-taxonomy"),
    pytest.param("core/post-content", {"post_id": 31}, "post_id", id="protected-post-content"),
    pytest.param("core/post-time-to-read", {"post_id": 31}, "post_id", id="protected-time-to-read"),
])
def test_parts_not_built_answer_501(sqlite_site_app: Any, block: str, body: dict[str, Any], attribute: str) -> None:
    """What is not built is refused naming the block and attribute, never rendered otherwise."""
    case = {"name": "x", "method": "POST", "path": f"/wp-json/wp/v2/block-renderer/{block}", "auth": "admin",
            "query": {"context": "edit"}, "body": body}
    ours = golden_replay.run_case(sqlite_site_app, case)
    assert ours["status"] == 501
    assert ours["body"]["code"] == "rest_block_renderer_unsupported"
    assert json.dumps(ours["body"]["data"]) == json.dumps({"status": 501, "block": block, "attribute": attribute})


def test_calendar_without_month_shows_the_current_one_with_today_marked(sqlite_site_app: Any) -> None:
    """The default month moves with the clock (so it has no golden): the site-local month, today marked."""
    from datetime import datetime, timezone

    today = datetime.now(timezone.utc).date()  # the fixture site's timezone is UTC
    status, body = _render(sqlite_site_app, "core/calendar")
    assert status == 200
    assert f"<caption>{today:%B} {today.year}</caption>" in body["rendered"]
    assert f'<td id="today">{today.day}' in body["rendered"]


#: Date-grouped renders whose cost must not grow with the number of posts.
_DATE_RENDERS = [*(("core/archives", {"type": kind, "showPostCounts": True})
                   for kind in ("yearly", "monthly", "daily", "weekly")),
                 ("core/calendar", {"month": 9, "year": 2024})]


def post_reads(app: Any, block: str, attributes: dict[str, Any]) -> tuple[int, int]:
    """(queries on the posts table, rows they return) of one render, each query replayed to count its rows."""
    from sqlalchemy import event

    engine, table = app.site.db.engine, app.site.db.tables.posts.name
    seen: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if table in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        status, body = _render(app, block, attributes)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert status == 200, body
    with engine.connect() as conn:
        return len(seen), sum(len(conn.exec_driver_sql(sql, params).fetchall()) for sql, params in seen)


def add_posts_on_existing_days(app: Any, count: int) -> None:
    """``count`` published posts dated like the fixture's published posts (same days, so the same groups)."""
    from sqlalchemy import insert, select

    posts = app.site.db.tables.posts
    with app.site.db.engine.begin() as conn:
        dates = [row[0] for row in conn.execute(select(posts.c.post_date).distinct().where(
            posts.c.post_type == "post", posts.c.post_status == "publish"))]
        row = {"post_author": 1, "post_content": "", "post_excerpt": "", "post_status": "publish",
               "comment_status": "closed", "ping_status": "closed", "to_ping": "", "pinged": "",
               "post_content_filtered": "", "post_type": "post", "guid": ""}
        conn.execute(insert(posts), [
            {**row, "post_title": f"extra {n}", "post_name": f"extra-{n}", "post_date": dates[n % len(dates)],
             "post_date_gmt": dates[n % len(dates)], "post_modified": dates[n % len(dates)],
             "post_modified_gmt": dates[n % len(dates)]} for n in range(count)])


@pytest.mark.parametrize("backend", BACKENDS)
def test_archives_and_calendar_cost_groups_not_posts(backend: str) -> None:
    """Archives and calendar group dates in SQL: more posts on the same days add no query and no row."""
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app(backend) as app:
        post_reads(app, *_DATE_RENDERS[0])  # warm the per-site caches
        before = {block + str(attributes): post_reads(app, block, attributes) for block, attributes in _DATE_RENDERS}
        add_posts_on_existing_days(app, 300)
        after = {block + str(attributes): post_reads(app, block, attributes) for block, attributes in _DATE_RENDERS}
    assert after == before
