"""POST/PUT/DELETE on ``/wp/v2/posts`` and ``/wp/v2/pages``: outcomes, errors, transactions, concurrency."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import func, select

from tests import golden_replay
from tests.backends import BACKENDS
from tests.rest.conftest import fixture_site_app


@pytest.fixture(scope="module")
def app() -> Iterator[Any]:
    with fixture_site_app("sqlite") as built:
        yield built


def call(app: Any, method: str, path: str, auth: str = "editor", **case: Any) -> dict[str, Any]:
    """One request through the app, as the oracle's recorder would see it."""
    return golden_replay.run_case(app, {"name": "t", "method": method, "path": f"/wp-json/wp/v2{path}",
                                        "auth": auth, "record_headers": ["Location"], **case})


def count_posts(app: Any, **where: Any) -> int:
    p = app.site.db.tables.posts
    stmt = select(func.count()).select_from(p)
    for column, value in where.items():
        stmt = stmt.where(p.c[column] == value)
    with app.site.db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar() or 0)


def meta_of(app: Any, post_id: int) -> dict[str, list[str]]:
    m = app.site.db.tables.postmeta
    with app.site.db.engine.connect() as conn:
        out: dict[str, list[str]] = {}
        for key, value in conn.execute(select(m.c.meta_key, m.c.meta_value).where(m.c.post_id == post_id)):
            out.setdefault(key, []).append(value)
        return out


def test_create_answers_201_with_location_in_edit_context(app: Any) -> None:
    res = call(app, "POST", "/posts", body={"title": "Fresh -- start", "content": "Hello.", "status": "publish",
                                            "date": "2025-05-05T08:00:00", "categories": [9], "tags": [24]})
    assert res["status"] == 201
    body = res["body"]
    assert res["headers"]["Location"] == f"http://127.0.0.1:8881/wp-json/wp/v2/posts/{body['id']}"
    assert body["slug"] == "fresh-start" and body["status"] == "publish"
    assert body["title"] == {"raw": "Fresh -- start", "rendered": "Fresh &#8212; start"}
    assert body["categories"] == [9] and body["tags"] == [24]
    assert body["guid"]["raw"] == "http://127.0.0.1:8881/2025/05/05/fresh-start/"
    assert body["date"] == body["modified"] == "2025-05-05T08:00:00"


def test_create_errors_have_wordpress_codes(app: Any) -> None:
    assert call(app, "POST", "/posts", body={"title": "x", "id": 5})["body"]["code"] == "rest_post_exists"
    bad_author = call(app, "POST", "/posts", body={"title": "x", "author": 99999})
    assert (bad_author["status"], bad_author["body"]["code"]) == (400, "rest_invalid_author")
    both = call(app, "POST", "/posts", body={"title": "x", "sticky": True, "password": "pw"})
    assert (both["status"], both["body"]["message"]) == (400, "A post can not be sticky and have a password.")
    empty = call(app, "POST", "/posts", body={"status": "draft"})
    assert (empty["status"], empty["body"]["code"]) == (400, "empty_content")
    anonymous = call(app, "POST", "/pages", auth="none", body={"title": "x"})
    assert (anonymous["status"], anonymous["body"]["code"]) == (401, "rest_cannot_create")


def test_failed_validation_writes_nothing(app: Any) -> None:
    before = count_posts(app)
    res = call(app, "POST", "/posts", body={"title": "x", "status": "bogus"})
    assert res["status"] == 400 and res["body"]["code"] == "rest_invalid_param"
    assert count_posts(app) == before


def test_a_create_failing_after_the_insert_is_rolled_back(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.rest.controllers import post_writes
    from broadsheet.rest.errors import RestError

    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise RestError("rest_test_failure", "Failed while assigning terms.", 400)

    monkeypatch.setattr(post_writes, "set_object_terms", fail)
    before = count_posts(app)
    res = call(app, "POST", "/posts", body={"title": "Half written", "status": "publish", "tags": [24]})
    assert (res["status"], res["body"]["code"]) == (400, "rest_test_failure")
    assert count_posts(app) == before
    assert count_posts(app, post_title="Half written") == 0


def test_a_constraint_violation_half_way_is_rolled_back(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.rest.controllers import post_writes

    def violate(conn: Any, db: Any, *_args: Any, **_kwargs: Any) -> None:
        opts = db.tables.options
        conn.execute(opts.insert().values(option_name="siteurl", option_value="x", autoload="on"))

    monkeypatch.setattr(post_writes, "set_object_terms", violate)
    before = count_posts(app)
    res = call(app, "POST", "/posts", body={"title": "Constraint", "status": "publish", "tags": [24]})
    assert res["status"] == 500
    assert count_posts(app) == before
    assert call(app, "GET", "/posts/1", auth="none")["status"] == 200  # the site still serves


def test_update_changes_only_sent_fields_and_saves_a_revision(app: Any) -> None:
    created = call(app, "POST", "/posts", body={"title": "Before", "content": "Body", "status": "publish",
                                                "excerpt": "Keep me"})["body"]
    res = call(app, "POST", f"/posts/{created['id']}", body={"title": "After"})
    assert res["status"] == 200
    assert res["body"]["title"]["raw"] == "After" and res["body"]["excerpt"]["raw"] == "Keep me"
    assert res["body"]["slug"] == "before"  # the slug stays
    revisions = call(app, "GET", f"/posts/{created['id']}/revisions")["body"]
    assert [r["slug"] for r in revisions] == [f"{created['id']}-revision-v1"]
    assert revisions[0]["title"]["rendered"] == "After"


def test_sticky_is_stored_in_the_option(app: Any) -> None:
    created = call(app, "POST", "/posts", body={"title": "Pinned", "status": "publish", "sticky": True})["body"]
    assert created["sticky"] is True
    assert created["id"] in app.site.options()["sticky_posts"]
    res = call(app, "PUT", f"/posts/{created['id']}", body={"sticky": False})
    assert res["body"]["sticky"] is False
    app.site.invalidate_options()
    assert created["id"] not in app.site.options()["sticky_posts"]


def test_draft_with_null_date_floats_and_future_date_schedules(app: Any) -> None:
    draft = call(app, "POST", "/posts", body={"title": "Floating", "status": "draft"})["body"]
    p = app.site.db.tables.posts
    with app.site.db.engine.connect() as conn:
        gmt = conn.execute(select(p.c.post_date_gmt).where(p.c.ID == draft["id"])).scalar()
    assert str(gmt).startswith("0000-00-00")
    scheduled = call(app, "POST", "/posts", body={"title": "Later", "status": "publish",
                                                  "date": "2099-05-01T10:00:00"})["body"]
    assert scheduled["status"] == "future"


def test_due_scheduled_post_is_published_on_read(app: Any) -> None:
    scheduled = call(app, "POST", "/posts", body={"title": "Due soon", "status": "future",
                                                  "date": "2099-06-01T10:00:00"})["body"]
    p = app.site.db.tables.posts
    with app.site.db.engine.begin() as conn:
        conn.execute(p.update().where(p.c.ID == scheduled["id"]).values(post_date_gmt="2001-01-01 00:00:00"))
    app.site._future_posts_next_check = 0.0
    res = call(app, "GET", f"/posts/{scheduled['id']}", auth="none")
    assert res["status"] == 200 and res["body"]["status"] == "publish"


def test_trash_then_force_delete(app: Any) -> None:
    created = call(app, "POST", "/posts", body={"title": "Binned", "status": "publish", "content": "x"})["body"]
    trashed = call(app, "DELETE", f"/posts/{created['id']}")
    assert (trashed["status"], trashed["body"]["status"], trashed["body"]["slug"]) == (200, "trash", "binned__trashed")
    assert meta_of(app, created["id"])["_wp_trash_meta_status"] == ["publish"]
    again = call(app, "DELETE", f"/posts/{created['id']}")
    assert (again["status"], again["body"]["code"]) == (410, "rest_already_trashed")
    gone = call(app, "DELETE", f"/posts/{created['id']}", query={"force": True})
    assert gone["status"] == 200 and gone["body"]["deleted"] is True
    assert gone["body"]["previous"]["id"] == created["id"] and "_links" not in gone["body"]["previous"]
    assert count_posts(app, ID=created["id"]) == 0 and count_posts(app, post_parent=created["id"]) == 0
    assert meta_of(app, created["id"]) == {}


def test_contributor_cannot_publish_but_saves_pending_without_slug(app: Any) -> None:
    refused = call(app, "POST", "/posts", auth="contributor", body={"title": "Mine", "status": "publish"})
    assert (refused["status"], refused["body"]["code"]) == (403, "rest_cannot_publish")
    pending = call(app, "POST", "/posts", auth="contributor", body={"title": "Mine", "status": "pending",
                                                                    "slug": "wanted"})["body"]
    assert pending["status"] == "pending" and pending["slug"] == ""


def test_page_parent_must_exist(app: Any) -> None:
    res = call(app, "POST", "/pages", body={"title": "Orphan", "parent": 999999})
    assert (res["status"], res["body"]["message"]) == (400, "Invalid post parent ID.")
    child = call(app, "POST", "/pages", body={"title": "Child page", "parent": 184, "status": "publish"})["body"]
    assert child["parent"] == 184 and child["link"].endswith("/child-page/")


def test_autosave_of_own_draft_updates_it_and_others_get_a_revision(app: Any) -> None:
    draft = call(app, "POST", "/posts", auth="author", body={"title": "Autosaved", "content": "v1"})["body"]
    own = call(app, "POST", f"/posts/{draft['id']}/autosaves", auth="author", body={"content": "v2"})
    assert own["status"] == 200 and own["body"]["id"] == draft["id"]
    assert call(app, "GET", f"/posts/{draft['id']}", auth="author", query={"context": "edit"})[
        "body"]["content"]["raw"] == "v2"
    other = call(app, "POST", f"/posts/{draft['id']}/autosaves", auth="editor", body={"content": "v3"})
    assert other["status"] == 200 and other["body"]["parent"] == draft["id"]
    assert other["body"]["slug"] == f"{draft['id']}-autosave-v1" and other["body"]["content"]["raw"] == "v3"
    same = call(app, "POST", f"/posts/{draft['id']}/autosaves", auth="editor", body={"content": "v2"})
    assert same["body"]["id"] == other["body"]["id"]  # one autosave per user, overwritten


# -- concurrency on every backend ----------------------------------------------------------------

#: Fewer threads than the engine's pool (4 + 4 overflow): a request that reloads the site's options
#: takes a second pooled connection while holding its write lock (see the report on site.options).
THREADS = 4

def _slugs(app: Any, title: str) -> list[str]:
    p = app.site.db.tables.posts
    with app.site.db.engine.connect() as conn:
        return [str(r[0]) for r in conn.execute(select(p.c.post_name).where(p.c.post_title == title))]


def _create_in_process(url: str, title: str, count: int) -> list[int]:
    """Build the app on ``url`` in this process and create ``count`` posts titled ``title``."""
    from broadsheet.app import create_app
    from broadsheet.site import SiteConfig

    built = create_app(SiteConfig(database_url=url))
    try:
        return [call(built, "POST", "/posts", body={"title": title, "status": "publish"})["status"]
                for _ in range(count)]
    finally:
        built.site.db.engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_fifty_concurrent_creates_get_distinct_slugs(backend: str) -> None:
    with fixture_site_app(backend) as built:
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            statuses = list(pool.map(lambda _: call(built, "POST", "/posts", body={
                "title": "Same title", "status": "publish"})["status"], range(50)))
        assert statuses == [201] * 50
        slugs = _slugs(built, "Same title")
        assert len(slugs) == 50 and len(set(slugs)) == 50
        assert set(slugs) == {"same-title", *(f"same-title-{n}" for n in range(2, 51))}
        url = built.site.db.engine.url.render_as_string(hide_password=False)
        with multiprocessing.get_context("spawn").Pool(5) as pool:
            results = pool.starmap(_create_in_process, [(url, "Process title", 10)] * 5)
        assert [s for r in results for s in r] == [201] * 50
        slugs = _slugs(built, "Process title")
        assert len(slugs) == 50 and len(set(slugs)) == 50
