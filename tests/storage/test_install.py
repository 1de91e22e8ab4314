"""install(): a fresh WordPress 7.1.4 site, written once."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from broadsheet.auth.passwords import check_password
from broadsheet.storage.dump import dumps
from broadsheet.storage.engine import Database
from broadsheet.storage.install import SALT_NAMES, install, is_installed
from broadsheet.storage.meta import load_meta
from broadsheet.storage.options import Options
from tests.conftest import ORACLE

ARGS: dict[str, Any] = {
    "url": "https://news.example.test/",
    "title": "Daily News",
    "admin_user": "editor.in.chief",
    "admin_email": "chief@example.test",
    "admin_password": "s3cret pass",
}


def _fixture_rows(table: str) -> list[dict[str, Any]]:
    data = json.loads((ORACLE / "fixture-db.json").read_text("utf-8"))["tables"][table]
    return [dict(zip(data["columns"], row)) for row in data["rows"]]


def test_install_writes_a_fresh_site(db: Database) -> None:
    assert not is_installed(db)
    assert install(db, **ARGS) is True
    assert is_installed(db)
    options = Options(db)
    assert options.get("siteurl") == options.get("home") == "https://news.example.test"
    assert options.get("blogname") == "Daily News"
    assert options.get("admin_email") == "chief@example.test"
    assert options.get("db_version") == "61833"
    assert options.get("sticky_posts") == []
    assert options.get("default_category") == "1"
    assert options.get("wp_page_for_privacy_policy") == "3"
    assert options.get("fresh_site") == "1"
    salts = {name: options.get(name) for name in SALT_NAMES}
    assert all(isinstance(v, str) and len(v) == 64 for v in salts.values())
    assert len(set(salts.values())) == len(SALT_NAMES)
    fixture_roles = next(r for r in _fixture_rows("wp_options") if r["option_name"] == "wp_user_roles")
    assert options.get_raw("wp_user_roles") == fixture_roles["option_value"]
    assert list(options.get("wp_user_roles")) == ["administrator", "editor", "author", "contributor", "subscriber"]
    assert "cron" in options.load_alloptions()

    t = db.tables
    with db.engine.connect() as conn:
        user = conn.execute(select(t.users)).one()._mapping
        assert (user["ID"], user["user_login"], user["user_nicename"], user["display_name"]) == (
            1, "editor.in.chief", "editor-in-chief", "editor.in.chief"
        )
        assert check_password("s3cret pass", user["user_pass"])
        meta = load_meta(conn, "user", [1])[1]
        assert list(meta)[:2] == ["nickname", "first_name"]
        assert meta["wp_capabilities"] == ['a:1:{s:13:"administrator";b:1;}'] and meta["wp_user_level"] == ["10"]
        posts = conn.execute(select(t.posts).order_by(t.posts.c.ID)).all()
        fixture_posts = {p["ID"]: p for p in _fixture_rows("wp_posts") if p["ID"] in (1, 2, 3)}
        for post in posts:
            p = post._mapping
            want = fixture_posts[p["ID"]]
            for key in ("post_title", "post_name", "post_status", "post_type", "comment_status", "comment_count"):
                assert p[key] == want[key], key
            assert p["post_content"] == want["post_content"].replace("http://127.0.0.1:8881", "https://news.example.test")
        assert [p._mapping["guid"] for p in posts] == [
            "https://news.example.test/?p=1",
            "https://news.example.test/?page_id=2",
            "https://news.example.test/?page_id=3",
        ]
        comment = conn.execute(select(t.comments)).one()._mapping
        assert comment["comment_content"] == _fixture_rows("wp_comments")[0]["comment_content"]
        assert conn.execute(select(t.terms.c.name, t.term_taxonomy.c.count).join(
            t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)).all() == [("Uncategorized", 1)]
        assert conn.execute(select(t.term_relationships.c.object_id)).scalars().all() == [1]


def test_install_twice_changes_nothing(db: Database) -> None:
    assert install(db, **ARGS) is True
    before = dumps(db)
    assert install(db, **{**ARGS, "title": "Other", "admin_password": "x"}) is False
    assert dumps(db) == before
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.tables.users)).scalar() == 1


def test_install_uses_the_table_prefix_inside_data() -> None:
    from tests.backends import fresh_database

    with fresh_database("sqlite", prefix="blog_") as db:
        install(db, **ARGS)
        assert Options(db).get("blog_user_roles")["subscriber"]["name"] == "Subscriber"
        with db.engine.connect() as conn:
            assert "blog_capabilities" in load_meta(conn, "user", [1])[1]
