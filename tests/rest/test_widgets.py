"""``/wp/v2/widgets`` and ``widget-types/{id}/encode|render``: golden replay on each backend.

``tests/golden/cases-widgets.jsonl`` (written by ``make_cases_widgets.py``) writes: it is replayed in
order on a fresh fixture site per backend. The site is configured with the oracle's wp-config salts
(``tests/auth/conftest.py``) so that ``instance.hash`` (``wp_hash``: HMAC-MD5 of the serialized
instance keyed with ``AUTH_KEY`` + ``AUTH_SALT``) is WordPress's own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from tests import golden_replay
from tests.auth.conftest import TEST_SALTS
from tests.backends import BACKENDS, fresh_database_url
from tests.conftest import ORACLE

CASES = golden_replay.RECORDED / "cases-widgets.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-widgets.jsonl"

_ALL_TYPES = ("archives", "block", "calendar", "categories", "custom_html", "media_audio", "media_gallery",
              "media_image", "media_video", "meta", "nav_menu", "pages", "recent-comments", "recent-posts", "rss",
              "search", "tag_cloud", "text")
#: Widget classes whose ``widget()`` output (the encode ``preview``) is not ported.
_PREVIEW_NOT_PORTED: tuple[str, ...] = ()
#: Previews refused (501) for what they show: a gallery's attachment images (their loading attributes).
_REFUSED = {"widgets-encode-media_gallery-ids": "a gallery of attachments: 501 rest_widget_type_not_supported"}
#: The site-local time golden-widgets.jsonl was recorded at: the calendar widget shows that month and
#: marks that day, so the replay runs with the clock set to it (update it when recording again).
RECORDED_AT = datetime(2026, 11, 26, 13, 0)
#: The meta widget's logout link carries a nonce of the current 12-hour tick: compared with it masked
#: (``test_meta_logout_nonce_is_wordpress_one`` checks the nonce itself).
_NONCE_CASES = ("widgets-encode-meta", "widgets-encode-meta-instance")
_NONCE = re.compile(r"_wpnonce=[0-9a-f]{10}")


def _masked(record: dict[str, Any]) -> dict[str, Any]:
    masked: dict[str, Any] = json.loads(_NONCE.sub("_wpnonce=NONCE", json.dumps(record)))
    return masked

#: Known gaps (docs/rest.md), each with why; a case listed here must still differ.
EXPECTED_DIFFERENT: dict[str, str] = {
    **{f"widgets-render-{t}": "the render document wraps the preview in the theme's wp_head()/wp_footer() output "
       "(about 83 kB of styles and scripts), which broadsheet does not render"
       for t in _ALL_TYPES},
    **{f"widgets-encode-{t}{s}": f"the {t} widget's output is not ported: 501 rest_widget_type_not_supported"
       for t in _PREVIEW_NOT_PORTED for s in ("", "-instance")},
    **_REFUSED,
}


@pytest.fixture(scope="module", params=BACKENDS)
def widgets_app(request: pytest.FixtureRequest) -> Iterator[Any]:
    from broadsheet.app import create_app
    from broadsheet.bootstrap import build_site
    from broadsheet.site import SiteConfig
    from broadsheet.storage.dump import restore

    with fresh_database_url(request.param) as url:
        site = build_site(SiteConfig(database_url=url, secret_keys=dict(TEST_SALTS)))
        site.db.create_schema()
        restore(site.db, ORACLE / "fixture-db.json")
        site.invalidate_options()
        try:
            yield create_app(site=site)
        finally:
            site.db.engine.dispose()


def test_golden_widgets_cases_replay(widgets_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every recorded case answers as WordPress did, in order (the suite writes)."""
    from broadsheet.rest.controllers import widget_preview_data

    monkeypatch.setattr(widget_preview_data, "current_time", lambda options: RECORDED_AT)
    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    failures, now_equal, same = [], [], 0
    for case in golden_replay.record.read_cases(str(CASES)):
        ours = golden_replay.run_case(widgets_app, case)
        expected = goldens[case["name"]]
        if case["name"] in _NONCE_CASES:
            expected, ours = _masked(expected), _masked(ours)
        diffs = golden_replay.differences(expected, ours)
        if ours["status"] == 500 and goldens[case["name"]]["status"] != 500:
            failures.append(f"{case['name']}: 500 {ours.get('body')}")  # a crash, even in a known gap
        elif case["name"] in EXPECTED_DIFFERENT:
            if not diffs:
                now_equal.append(case["name"])
        elif diffs:
            failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
        else:
            same += 1
    assert not now_equal, f"now equal to the oracle, drop from EXPECTED_DIFFERENT: {now_equal}"
    assert not failures, f"{same} identical\n" + "\n".join(failures)


def _run(app: Any, method: str, path: str, body: Any = None) -> dict[str, Any]:
    case = {"name": "t", "method": method, "path": f"/wp-json{path}", "auth": "admin"}
    if body is not None:
        case["body"] = body
    return golden_replay.run_case(app, case)


def test_unported_widget_output_is_refused_not_faked(sqlite_site_app: Any) -> None:
    """An attachment chosen: the media widget's output (the attachment's markup) is not ported."""
    body = {"form_data": "widget-media_image[1][attachment_id]=5"}
    answer = _run(sqlite_site_app, "POST", "/wp/v2/widget-types/media_image/encode", body)
    assert (answer["status"], answer["body"]["code"]) == (501, "rest_widget_type_not_supported")


def test_render_wraps_the_preview_in_the_iframe_document(sqlite_site_app: Any) -> None:
    body = {"instance": {"raw": {"title": "Go"}}}
    preview = _run(sqlite_site_app, "POST", "/wp/v2/widget-types/search/render", body)["body"]["preview"]
    assert '<div class="site-content">\n\t\t\t\t<div class="widget widget_search"><h2 class="widgettitle">Go' \
        in preview.replace('id="content" ', "")
    assert preview.strip().endswith("</html>")


def test_instance_hash_is_made_with_the_sites_own_salts(sqlite_site_app: Any) -> None:
    """The fixture site without wp-config salts generates its own: the oracle's hash is refused."""
    oracle_made = {"encoded": "YTowOnt9", "hash": "1e7e1d033c48d0f9f870833644afdfe1"}  # a:0:{} (golden)
    refused = _run(sqlite_site_app, "POST", "/wp/v2/widget-types/block/encode", {"instance": oracle_made})
    assert (refused["status"], refused["body"]["code"]) == (400, "rest_invalid_widget")
    own = _run(sqlite_site_app, "POST", "/wp/v2/widget-types/block/encode", {})["body"]["instance"]
    assert own["hash"] != oracle_made["hash"]
    accepted = _run(sqlite_site_app, "POST", "/wp/v2/widget-types/block/encode",
                    {"instance": {"encoded": own["encoded"], "hash": own["hash"]}})
    assert accepted["status"] == 200


def test_meta_logout_nonce_is_wordpress_one(sqlite_site_app: Any) -> None:
    """``wp_create_nonce('log-out')`` for the caller (no session token under Basic auth) and this tick."""
    from broadsheet.auth.nonces import wp_verify_nonce
    from broadsheet.auth.store import AuthStore

    preview = _run(sqlite_site_app, "POST", "/wp/v2/widget-types/meta/encode", {})["body"]["preview"]
    match = re.search(r"_wpnonce=([0-9a-f]{10})", preview)
    assert match
    site = sqlite_site_app.site
    with site.db.engine.connect() as conn:  # the site's own (generated, stored) salts, as the request used
        salts = AuthStore(conn, site.db.tables).salts
        assert wp_verify_nonce(match.group(1), "log-out", 1, "", salts) == 1
