"""``content.posts``: wp_insert_post / wp_update_post / trash / delete rules on every backend.

Each test gets a freshly installed site; the concurrency tests create 50 posts with one title at
once (threads, then processes) and expect 50 distinct slugs and no error.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tests.backends import BACKENDS, fresh_database_url

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


def _build(url: str) -> Any:
    from broadsheet.bootstrap import build_site
    from broadsheet.site import SiteConfig

    return build_site(SiteConfig(database_url=url))


@pytest.fixture(params=BACKENDS)
def site(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A freshly installed site (admin is user 1) on each backend."""
    from broadsheet.storage.install import install

    with fresh_database_url(request.param) as url:
        built = _build(url)
        install(built.db, url="http://example.test", title="Test", admin_user="admin",
                admin_email="admin@example.test", admin_password="secret")
        built.invalidate_options()
        built.url = url
        try:
            yield built
        finally:
            built.db.dispose()


def _env(site: Any, conn: Any, *, user_id: int = 1, unfiltered: bool = True, now: datetime = NOW) -> Any:
    from broadsheet.content.posts import PostEnv

    return PostEnv(site=site, options=site.options(conn), user_id=user_id, can=lambda cap, *a: unfiltered, now=lambda: now)


def _row(site: Any, post_id: int) -> Any:
    p = site.db.tables.posts
    with site.db.engine.connect() as conn:
        return conn.execute(select(p).where(p.c.ID == post_id)).mappings().first()


def _meta(site: Any, post_id: int) -> dict[str, list[str]]:
    m = site.db.tables.postmeta
    with site.db.engine.connect() as conn:
        out: dict[str, list[str]] = {}
        for key, value in conn.execute(select(m.c.meta_key, m.c.meta_value).where(m.c.post_id == post_id)
                                       .order_by(m.c.meta_id)):
            out.setdefault(key, []).append(value)
        return out


def _insert(site: Any, postarr: dict[str, Any], **env: Any) -> int:
    from broadsheet.content.posts import insert_post

    with site.db.engine.begin() as conn:
        return insert_post(conn, _env(site, conn, **env), postarr)


def _count_posts(site: Any, **where: Any) -> int:
    p = site.db.tables.posts
    with site.db.engine.connect() as conn:
        stmt = select(func.count()).select_from(p)
        for column, value in where.items():
            stmt = stmt.where(p.c[column] == value)
        return int(conn.execute(stmt).scalar() or 0)


def test_published_post_gets_slug_guid_dates_and_default_category(site: Any) -> None:
    post_id = _insert(site, {"post_title": "Greetings Earth", "post_content": "x", "post_status": "publish",
                             "post_date": "2026-02-01 10:00:00"})
    row = _row(site, post_id)
    assert row["post_name"] == "greetings-earth"
    assert row["post_date_gmt"].__str__().startswith("2026-02-01 10:00:00")
    assert str(row["post_modified"]).startswith("2026-02-01 10:00:00")  # new posts: modified = date
    assert row["guid"] == f"http://example.test/?p={post_id}"
    assert row["comment_status"] == "open" and row["ping_status"] == "open"
    tt = site.db.tables.term_taxonomy
    rel = site.db.tables.term_relationships
    with site.db.engine.connect() as conn:
        assigned = conn.execute(select(tt.c.term_id, tt.c.count).join(
            rel, rel.c.term_taxonomy_id == tt.c.term_taxonomy_id).where(rel.c.object_id == post_id)).all()
    assert [(int(a), int(b)) for a, b in assigned] == [(1, 2)]  # Uncategorized: the install's post and this one


def test_draft_keeps_a_floating_date_and_no_slug(site: Any) -> None:
    post_id = _insert(site, {"post_title": "Draft title", "post_status": "draft"})
    row = _row(site, post_id)
    assert row["post_name"] == ""
    assert str(row["post_date_gmt"]).startswith("0000-00-00") or row["post_date_gmt"] in (None, "")


def test_publish_with_a_future_date_is_scheduled_and_past_future_is_published(site: Any) -> None:
    later = (NOW + timedelta(days=2)).strftime("%Y-%m-%d %H:%M:%S")
    earlier = (NOW - timedelta(days=2)).strftime("%Y-%m-%d %H:%M:%S")
    assert _row(site, _insert(site, {"post_title": "A", "post_status": "publish", "post_date": later}))[
        "post_status"] == "future"
    assert _row(site, _insert(site, {"post_title": "B", "post_status": "future", "post_date": earlier}))[
        "post_status"] == "publish"


def test_due_scheduled_posts_are_published_by_cron(site: Any) -> None:
    from broadsheet.content.future_posts import run_cron

    post_id = _insert(site, {"post_title": "Soon", "post_status": "future", "post_date": "2099-01-01 00:00:00"})
    assert _row(site, post_id)["post_status"] == "future"
    with site.db.engine.begin() as conn:
        assert run_cron(conn, site, site.options(conn)) == []  # not due yet (cron uses the real clock)
    p = site.db.tables.posts
    with site.db.engine.begin() as conn:
        conn.execute(p.update().where(p.c.ID == post_id).values(post_date_gmt="2000-01-01 00:00:00"))
    with site.db.engine.begin() as conn:
        assert run_cron(conn, site, site.options(conn)) == [post_id]
    assert _row(site, post_id)["post_status"] == "publish"


def test_duplicate_titles_get_numbered_slugs_and_reserved_words_a_suffix(site: Any) -> None:
    slugs = [_row(site, _insert(site, {"post_title": "Same", "post_status": "publish"}))["post_name"]
             for _ in range(3)]
    assert slugs == ["same", "same-2", "same-3"]
    assert _row(site, _insert(site, {"post_title": "Feed", "post_status": "publish"}))["post_name"] == "feed-2"


def test_page_slugs_are_unique_among_siblings_only(site: Any) -> None:
    parent_a = _insert(site, {"post_title": "A", "post_type": "page", "post_status": "publish"})
    parent_b = _insert(site, {"post_title": "B", "post_type": "page", "post_status": "publish"})
    one = _insert(site, {"post_title": "Child", "post_type": "page", "post_status": "publish", "post_parent": parent_a})
    two = _insert(site, {"post_title": "Child", "post_type": "page", "post_status": "publish", "post_parent": parent_b})
    three = _insert(site, {"post_title": "Child", "post_type": "page", "post_status": "publish", "post_parent": parent_a})
    assert [_row(site, i)["post_name"] for i in (one, two, three)] == ["child", "child", "child-2"]
    assert _row(site, one)["comment_status"] == "closed"  # pages default to closed comments


def test_a_page_cannot_become_its_own_descendant(site: Any) -> None:
    from broadsheet.content.posts import update_post

    top = _insert(site, {"post_title": "Top", "post_type": "page", "post_status": "publish"})
    child = _insert(site, {"post_title": "Kid", "post_type": "page", "post_status": "publish", "post_parent": top})
    with site.db.engine.begin() as conn:
        update_post(conn, _env(site, conn), top, {"post_parent": child})
    assert _row(site, top)["post_parent"] == 0


def test_changed_slug_of_a_published_post_is_remembered(site: Any) -> None:
    from broadsheet.content.posts import update_post

    post_id = _insert(site, {"post_title": "Old name", "post_status": "publish"})
    with site.db.engine.begin() as conn:
        update_post(conn, _env(site, conn), post_id, {"post_name": "new-name"})
    assert _row(site, post_id)["post_name"] == "new-name"
    assert _meta(site, post_id)["_wp_old_slug"] == ["old-name"]


def test_update_saves_a_revision_only_when_content_changes(site: Any) -> None:
    from broadsheet.content.posts import update_post

    post_id = _insert(site, {"post_title": "Rev", "post_content": "one", "post_status": "publish"})
    for content in ("two", "two", "three"):
        with site.db.engine.begin() as conn:
            update_post(conn, _env(site, conn), post_id, {"post_content": content})
    p = site.db.tables.posts
    with site.db.engine.connect() as conn:
        revisions = conn.execute(select(p.c.post_name, p.c.post_content, p.c.post_status).where(
            p.c.post_parent == post_id, p.c.post_type == "revision").order_by(p.c.ID)).all()
    assert [tuple(r) for r in revisions] == [(f"{post_id}-revision-v1", "two", "inherit"),
                                             (f"{post_id}-revision-v1", "three", "inherit")]


def test_trash_frees_the_slug_and_remembers_status(site: Any) -> None:
    from broadsheet.content.post_trash import trash_post

    post_id = _insert(site, {"post_title": "Gone", "post_status": "publish"})
    with site.db.engine.begin() as conn:
        trash_post(conn, _env(site, conn), post_id)
    row = _row(site, post_id)
    assert (row["post_status"], row["post_name"]) == ("trash", "gone__trashed")
    meta = _meta(site, post_id)
    assert meta["_wp_trash_meta_status"] == ["publish"]
    assert meta["_wp_desired_post_slug"] == ["gone"]
    assert int(meta["_wp_trash_meta_time"][0]) == int(NOW.timestamp())
    assert _row(site, _insert(site, {"post_title": "Gone", "post_status": "publish"}))["post_name"] == "gone"


def test_forced_delete_removes_meta_terms_comments_and_revisions(site: Any) -> None:
    from broadsheet.content.post_trash import delete_post
    from broadsheet.content.posts import update_post

    post_id = _insert(site, {"post_title": "Doomed", "post_content": "a", "post_status": "publish"})
    with site.db.engine.begin() as conn:
        update_post(conn, _env(site, conn), post_id, {"post_content": "b"})
        c = site.db.tables.comments
        conn.execute(c.insert().values(comment_post_ID=post_id, comment_content="hi", comment_approved="1",
                                       comment_date="2026-01-01 00:00:00", comment_date_gmt="2026-01-01 00:00:00",
                                       comment_author="x", comment_author_email="", comment_author_url="",
                                       comment_author_IP="", comment_agent="", comment_type="comment"))
    assert _count_posts(site, post_parent=post_id, post_type="revision") == 1
    with site.db.engine.begin() as conn:
        delete_post(conn, _env(site, conn), post_id, force=True)
    t = site.db.tables
    with site.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.posts).where(
            (t.posts.c.ID == post_id) | (t.posts.c.post_parent == post_id))).scalar() == 0
        assert conn.execute(select(func.count()).select_from(t.postmeta).where(
            t.postmeta.c.post_id == post_id)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(t.term_relationships).where(
            t.term_relationships.c.object_id == post_id)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(t.comments).where(
            t.comments.c.comment_post_ID == post_id)).scalar() == 0
        count = conn.execute(select(t.term_taxonomy.c.count).where(t.term_taxonomy.c.term_id == 1)).scalar()
    assert int(count) == 1  # the install's Hello World post only


def test_kses_filters_title_and_content_without_unfiltered_html(site: Any) -> None:
    post_id = _insert(site, {"post_title": "<b>Bold</b> <script>x</script>Title",
                             "post_content": "<p onclick=\"x()\">Hi</p><script>alert(1)</script>",
                             "post_status": "draft"}, unfiltered=False)
    row = _row(site, post_id)
    assert row["post_title"] == "<b>Bold</b> xTitle"
    assert row["post_content"] == "<p>Hi</p>alert(1)"
    trusted = _insert(site, {"post_title": "T", "post_content": "<script>ok()</script>", "post_status": "draft"})
    assert _row(site, trusted)["post_content"] == "<script>ok()</script>"


def test_empty_post_is_refused(site: Any) -> None:
    from broadsheet.content.posts import PostError

    with pytest.raises(PostError) as caught:
        _insert(site, {"post_status": "draft"})
    assert caught.value.code == "empty_content"


def test_a_write_failing_half_way_leaves_no_rows(site: Any) -> None:
    from broadsheet.content.posts import insert_post

    before = _count_posts(site)
    with pytest.raises(RuntimeError), site.db.engine.begin() as conn:
        insert_post(conn, _env(site, conn), {"post_title": "Half", "post_status": "publish"})
        raise RuntimeError("failed after the insert")
    assert _count_posts(site) == before
    # a constraint violation half-way (duplicate option name)
    with pytest.raises(IntegrityError), site.db.engine.begin() as conn:
        insert_post(conn, _env(site, conn), {"post_title": "Half", "post_status": "publish"})
        opts = site.db.tables.options
        conn.execute(opts.insert().values(option_name="siteurl", option_value="x", autoload="on"))
    assert _count_posts(site) == before


_CHILD = textwrap.dedent("""
    import os, sys
    from broadsheet.bootstrap import build_site
    from broadsheet.content.posts import PostEnv, insert_post
    from broadsheet.site import SiteConfig
    site = build_site(SiteConfig(database_url=sys.argv[1]))
    conn = site.db.engine.connect()
    conn.begin()
    insert_post(conn, PostEnv(site=site, options=site.options(conn), user_id=1, can=lambda *a: True),
                {"post_title": "Killed", "post_content": "x", "post_status": "publish"})
    print("inserted", flush=True)
    os._exit(3)
""")


def test_process_killed_mid_transaction_leaves_no_partial_rows(site: Any) -> None:
    before = _count_posts(site)
    result = subprocess.run([sys.executable, "-c", _CHILD, site.url], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 3 and "inserted" in result.stdout, result.stderr
    reopened = _build(site.url)
    try:
        with reopened.db.engine.connect() as conn:
            p = reopened.db.tables.posts
            assert conn.execute(select(func.count()).select_from(p)).scalar() == before
            assert conn.execute(select(func.count()).select_from(p).where(p.c.post_title == "Killed")).scalar() == 0
            if reopened.db.dialect_name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert _insert(site, {"post_title": "After", "post_status": "publish"})  # the database still writes
    finally:
        reopened.db.dispose()


def _create_same_title(url: str, count: int) -> list[str]:
    """Create ``count`` posts titled "Concurrent" one transaction each; return their slugs."""
    from broadsheet.content.posts import PostEnv, insert_post

    built = _build(url)
    slugs = []
    try:
        for _ in range(count):
            with built.db.engine.begin() as conn:
                post_id = insert_post(conn, PostEnv(site=built, options=built.options(conn), user_id=1,
                                                    can=lambda *a: True),
                                      {"post_title": "Concurrent", "post_content": "x", "post_status": "publish"})
            with built.db.engine.connect() as conn:
                p = built.db.tables.posts
                slugs.append(str(conn.execute(select(p.c.post_name).where(p.c.ID == post_id)).scalar()))
    finally:
        built.db.dispose()
    return slugs


def _all_slugs(site: Any) -> list[str]:
    p = site.db.tables.posts
    with site.db.engine.connect() as conn:
        return [str(r[0]) for r in conn.execute(select(p.c.post_name).where(p.c.post_title == "Concurrent"))]


def test_fifty_concurrent_creates_in_threads_get_distinct_slugs(site: Any) -> None:
    from broadsheet.content.posts import PostEnv, insert_post

    def create(_: int) -> int:
        with site.db.engine.begin() as conn:
            return insert_post(conn, PostEnv(site=site, options=site.options(conn), user_id=1, can=lambda *a: True),
                               {"post_title": "Concurrent", "post_content": "x", "post_status": "publish"})

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(create, range(50)))
    assert len(set(ids)) == 50
    slugs = _all_slugs(site)
    assert len(slugs) == 50 and len(set(slugs)) == 50
    assert set(slugs) == {"concurrent", *(f"concurrent-{n}" for n in range(2, 51))}


def test_fifty_concurrent_creates_in_processes_get_distinct_slugs(site: Any) -> None:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(5) as pool:
        results = pool.starmap(_create_same_title, [(site.url, 10)] * 5)
    assert sum(len(r) for r in results) == 50
    slugs = _all_slugs(site)
    assert len(slugs) == 50 and len(set(slugs)) == 50


def test_broadsheet_cron_publishes_due_posts(site: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from broadsheet.cli.main import main

    post_id = _insert(site, {"post_title": "Cron me", "post_status": "future", "post_date": "2099-01-01 00:00:00"})
    p = site.db.tables.posts
    with site.db.engine.begin() as conn:
        conn.execute(p.update().where(p.c.ID == post_id).values(post_date_gmt="2001-01-01 00:00:00"))
    assert main(["--database-url", site.url, "cron"]) == 0
    assert capsys.readouterr().out.strip() == f"Published 1 scheduled post(s): {post_id}"
    assert _row(site, post_id)["post_status"] == "publish"
