"""Comment ``link`` fields under comment paging, against WordPress 7.1.4's ``get_comment_link``.

``tests/golden/comment-links.json`` holds the link of every fixture comment under 26 settings of
``permalink_structure``, ``page_comments``, ``default_comments_page``, ``thread_comments`` and
``comments_per_page``, printed by the oracle (``php tests/golden/comment_links.php /opt/wpref/www``,
options changed inside a rolled-back transaction). Each setting is written to the site's options
and every comment is read back through ``/wp/v2/comments`` as the administrator.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import update

from tests import golden_replay

GOLDEN = Path(__file__).parent.parent / "golden" / "comment-links.json"
STATUSES = ("approve", "hold", "spam", "trash")
TYPES = ("comment", "pingback")


def _set_options(app: Any, options: dict[str, str]) -> None:
    o = app.site.db.tables.options
    with app.site.db.engine.begin() as conn:
        for name, value in options.items():
            conn.execute(update(o).where(o.c.option_name == name).values(option_value=value))
    app.site.invalidate_options()


def _links(app: Any) -> dict[str, str]:
    """Every comment's ``link`` (each status and type, as the administrator)."""
    links: dict[str, str] = {}
    for status in STATUSES:
        for kind in TYPES:
            answer = golden_replay.run_case(app, {
                "name": "links", "method": "GET", "path": "/wp-json/wp/v2/comments", "auth": "admin",
                "query": {"status": status, "type": kind, "per_page": 100, "context": "edit", "_fields": "id,link"},
            })
            assert answer["status"] == 200, answer
            links.update({str(item["id"]): item["link"] for item in answer["body"]})
    return links


def test_comment_links_match_wordpress_under_every_paging_setting(site_app: Any) -> None:
    settings = json.loads(GOLDEN.read_text(encoding="utf-8"))
    keys = ("permalink_structure", "page_comments", "default_comments_page", "thread_comments", "comments_per_page")
    original = {}
    o = site_app.site.db.tables.options
    with site_app.site.db.engine.connect() as conn:
        for row in conn.execute(o.select().where(o.c.option_name.in_(keys))):
            original[row.option_name] = row.option_value
    try:
        differences = []
        for setting in settings:
            _set_options(site_app, setting["options"])
            got = _links(site_app)
            assert set(got) == set(setting["links"])  # every fixture comment was read
            differences += [(setting["options"], cid, link, got[cid])
                            for cid, link in setting["links"].items() if got[cid] != link]
        assert not differences, differences[:5]
        assert any("comment-page-2/" in link for s in settings for link in s["links"].values())
        assert any("&cpage=2#" in link for s in settings for link in s["links"].values())
    finally:
        _set_options(site_app, original)
