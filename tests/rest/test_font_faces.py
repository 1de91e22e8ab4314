"""Font faces (``/font-families/{id}/font-faces``): the golden-fontfaces cases replayed, and their files.

``tests/golden/cases-fontfaces.jsonl`` (reads and errors per role, a family, faces from URLs and
from uploaded font files, every settings error, duplicates, wrong file types, reads, deletes) is
replayed in file order on a freshly restored site per backend with a temporary uploads directory,
and compared with WordPress 7.1.4's recorded answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS

CASES = golden_replay.RECORDED / "cases-fontfaces.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-fontfaces.jsonl"

def _app(backend: str, uploads: Path) -> Iterator[Any]:
    from broadsheet.content.media_storage import LocalMediaStorage, set_media_storage
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app(backend) as app:
        app.site.resolve_host = lambda host: None  # the oracle resolves no host name
        set_media_storage(app.site, LocalMediaStorage(uploads))
        yield app


@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_fontfaces_cases_replay_in_order(backend: str, tmp_path: Path) -> None:
    """Every case in file order on one freshly restored site (the writes depend on the order)."""
    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    failures: list[str] = []
    for app in _app(backend, tmp_path):
        for case in golden_replay.record.read_cases(str(CASES)):
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)
    assert not list((tmp_path / "fonts").iterdir()), "every uploaded font file is deleted with its face"


@pytest.mark.parametrize(("settings", "slug"), [
    pytest.param({"fontFamily": "Inter"}, "inter;normal;400;100%;U+0-10FFFF", id="defaults"),
    pytest.param({"fontFamily": "'Open Sans', serif", "fontStyle": "Italic", "fontWeight": "bold",
                  "fontStretch": "semi-condensed", "unicodeRange": "u+0-ff"},
                 "open sans,serif;italic;700;87.5%;U+0-FF", id="keywords-and-quotes"),
    pytest.param({"fontFamily": "A;B", "fontWeight": 300, "fontStretch": "ultra-expanded"},
                 "ab;normal;300;200%;U+0-10FFFF", id="separator-dropped-int-weight"),
])
def test_font_face_slug_normalises_like_wordpress(settings: dict[str, Any], slug: str) -> None:
    from broadsheet.rest.controllers.font_faces import get_font_face_slug

    assert get_font_face_slug(settings) == slug


@pytest.mark.parametrize(("base", "expected"), [
    pytest.param("http://h/wp-json/wp/v2/posts", "http://h/wp-json/wp/v2/posts?per_page=2&page=3", id="pretty"),
    pytest.param("http://h/index.php?rest_route=/wp/v2/posts",
                 "http://h/index.php?rest_route=/wp/v2/posts&per_page=2&page=3", id="plain"),
    pytest.param("http://h/wp-json/wp/v2/font-families/(?P<font_family_id>[\\d]+)/font-faces",
                 "http://h/wp-json/wp/v2/font-families/(?P<font_family_id>%5B\\d%5D&per_page=2&page=3",
                 id="route-regex-as-add_query_arg-reads-it"),
])
def test_pagination_link_keeps_the_base_query_as_add_query_arg(base: str, expected: str) -> None:
    from broadsheet.rest.links import _with_page

    assert _with_page(base, {"per_page": "2"}, 3) == expected


def test_deleting_a_family_deletes_every_face_not_only_the_listed_99(tmp_path: Path) -> None:
    """The family answer lists at most 99 faces (``get_font_face_ids``); its delete removes them all
    (``_wp_after_delete_font_family`` takes every child)."""
    import json

    from sqlalchemy import func, insert, select

    auth = {"host": "127.0.0.1:8881", "accept": "application/json", "content-type": "application/json",
            "authorization": golden_replay.record.auth_header("admin", golden_replay.credentials())}
    for app in _app("sqlite", tmp_path):
        settings = json.dumps({"name": "Many", "slug": "many", "fontFamily": "Many"})
        created = app.handle("POST", "/wp-json/wp/v2/font-families", "", auth,
                             json.dumps({"font_family_settings": settings}).encode())
        assert created.status == 201, created.body
        family = json.loads(created.body)["id"]
        posts = app.site.db.tables.posts
        row = {"post_author": 1, "post_date": "2026-01-01 00:00:00", "post_date_gmt": "2026-01-01 00:00:00",
               "post_content": "{}", "post_excerpt": "", "post_status": "publish", "comment_status": "closed",
               "ping_status": "closed", "post_modified": "2026-01-01 00:00:00",
               "post_modified_gmt": "2026-01-01 00:00:00", "to_ping": "", "pinged": "",
               "post_content_filtered": "", "post_parent": family, "post_type": "wp_font_face", "guid": ""}
        with app.site.db.engine.begin() as conn:
            conn.execute(insert(posts), [{**row, "post_title": f"face {n}", "post_name": f"face-{n}"}
                                         for n in range(101)])
        listed = json.loads(app.handle("GET", f"/wp-json/wp/v2/font-families/{family}", "", auth, b"").body)
        assert len(listed["font_faces"]) == 99
        deleted = app.handle("DELETE", f"/wp-json/wp/v2/font-families/{family}", "force=true", auth, b"")
        assert deleted.status == 200, deleted.body
        with app.site.db.engine.connect() as conn:
            left = conn.execute(select(func.count()).where(posts.c.post_parent == family)).scalar_one()
        assert left == 0
