"""Posts and pages, read side: collection filters, single items, permissions, revisions, autosaves.

Runs against the oracle fixture (``fixture-db.json``) restored on each backend; expected values
come from that fixture (and agree with the oracle's golden responses).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from tests import golden_replay

BASE = "http://127.0.0.1:8881"


@pytest.fixture(scope="module")
def app(fixture_db: Any) -> Iterator[Any]:
    """The ASGI app over the read-only restored fixture."""
    from broadsheet.app import create_app
    from broadsheet.bootstrap import register_defaults
    from broadsheet.site import Site, SiteConfig

    site = Site(fixture_db, SiteConfig())
    register_defaults(site)
    yield create_app(site=site)


def get(app: Any, path: str, query: str = "", auth: str | None = None) -> tuple[int, dict[str, str], Any]:
    headers = {"host": "127.0.0.1:8881", "accept": "application/json"}
    if auth:
        headers["authorization"] = golden_replay.record.auth_header(auth, golden_replay.credentials())
    response = app.handle("GET", path, query, headers, b"")
    kept = {k: v for k, v in response.headers}
    return response.status, kept, json.loads(response.body) if response.body else None


# -- collections ---------------------------------------------------------------------------------
def test_default_collection_is_newest_published_first_with_totals(app: Any) -> None:
    status, headers, body = get(app, "/wp-json/wp/v2/posts")
    assert status == 200
    assert headers["X-WP-Total"] == "123" and headers["X-WP-TotalPages"] == "13"
    assert [p["id"] for p in body[:3]] == [2560884, 136, 135]
    assert headers["Link"] == f'<{BASE}/wp-json/wp/v2/posts?page=2>; rel="next"'


def test_view_item_keys_are_in_wordpress_order(app: Any) -> None:
    _, _, body = get(app, "/wp-json/wp/v2/posts/16")
    assert list(body) == [
        "id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug", "status", "type", "link",
        "title", "content", "excerpt", "author", "featured_media", "comment_status", "ping_status",
        "sticky", "template", "format", "meta", "categories", "tags", "class_list", "_links"]
    assert body["meta"] == {"footnotes": ""}


def test_page_beyond_last_is_rest_post_invalid_page_number(app: Any) -> None:
    status, _, body = get(app, "/wp-json/wp/v2/posts", "page=100")
    assert status == 400 and body["code"] == "rest_post_invalid_page_number"


def test_category_filter_list_and_object_forms(app: Any) -> None:
    _, headers, body = get(app, "/wp-json/wp/v2/posts", "categories=9&_fields=id,categories")
    assert headers["X-WP-Total"] == "9"
    assert all(9 in p["categories"] for p in body)
    _, both, _ = get(app, "/wp-json/wp/v2/posts", "categories=9,10&_fields=id")
    assert both["X-WP-Total"] == "19"
    _, and_headers, and_body = get(app, "/wp-json/wp/v2/posts",
                                   "categories[terms][]=2&categories[terms][]=9&categories[operator]=AND&_fields=id,categories")
    assert int(and_headers["X-WP-Total"]) >= 1
    assert all({2, 9} <= set(p["categories"]) for p in and_body)


def test_category_exclude_and_tax_relation_or(app: Any) -> None:
    _, headers, body = get(app, "/wp-json/wp/v2/posts", "categories_exclude=9&per_page=100&_fields=id,categories")
    assert int(headers["X-WP-Total"]) == 123 - 9
    assert all(9 not in p["categories"] for p in body)
    _, or_headers, _ = get(app, "/wp-json/wp/v2/posts", "categories=9&tags=24&tax_relation=OR&_fields=id")
    _, tag_headers, _ = get(app, "/wp-json/wp/v2/posts", "tags=24&_fields=id")
    assert int(or_headers["X-WP-Total"]) > int(tag_headers["X-WP-Total"])


def test_terms_are_ordered_by_name(app: Any) -> None:
    _, _, body = get(app, "/wp-json/wp/v2/posts/26", "_fields=categories")
    assert body == {"categories": [21, 6, 2]}  # Football, Local, News


def test_search_excludes_minus_terms(app: Any) -> None:
    _, plain, found = get(app, "/wp-json/wp/v2/posts", "search=python&_fields=id,title")
    assert int(plain["X-WP-Total"]) > 0
    _, none, _ = get(app, "/wp-json/wp/v2/posts", "search=python -python&_fields=id")
    assert none["X-WP-Total"] == "0"


def test_orderby_include_keeps_the_include_order(app: Any) -> None:
    _, _, body = get(app, "/wp-json/wp/v2/posts", "include=40,20,30&orderby=include&_fields=id")
    assert [p["id"] for p in body] == [40, 20, 30]
    status, _, error = get(app, "/wp-json/wp/v2/posts", "orderby=include")
    assert status == 400 and error["code"] == "rest_orderby_include_missing_include"


def test_relevance_needs_a_search(app: Any) -> None:
    status, _, error = get(app, "/wp-json/wp/v2/posts", "orderby=relevance")
    assert status == 400 and error["code"] == "rest_no_search_term_defined"


def test_sticky_filters(app: Any) -> None:
    _, headers, body = get(app, "/wp-json/wp/v2/posts", "sticky=true&_fields=id,sticky")
    assert headers["X-WP-Total"] == "3" and all(p["sticky"] for p in body)
    _, first, front = get(app, "/wp-json/wp/v2/posts", "ignore_sticky=false&_fields=id,sticky")
    assert [p["sticky"] for p in front[:3]] == [True, True, True]
    assert first["X-WP-Total"] == "123"


def test_status_filter_needs_rights(app: Any) -> None:
    status, _, body = get(app, "/wp-json/wp/v2/posts", "status=draft")
    assert status == 400 and body["code"] == "rest_invalid_param"
    assert body["data"]["details"]["status"] == {
        "code": "rest_forbidden_status", "message": "Status is forbidden.", "data": {"status": 401}}
    status, _, drafts = get(app, "/wp-json/wp/v2/posts", "status=draft", auth="editor")
    assert status == 200 and drafts and all(p["status"] == "draft" for p in drafts)


def test_rows_dropped_by_permission_are_still_counted(app: Any) -> None:
    _, headers, body = get(app, "/wp-json/wp/v2/posts", "status=private", auth="author")
    assert headers["X-WP-Total"] == "3"
    assert len(body) < 3


def test_edit_context_needs_edit_posts(app: Any) -> None:
    status, _, body = get(app, "/wp-json/wp/v2/posts", "context=edit")
    assert status == 401 and body["code"] == "rest_forbidden_context"
    status, _, body = get(app, "/wp-json/wp/v2/posts", "context=edit", auth="subscriber")
    assert status == 403


def test_edit_context_has_raw_fields_and_actions(app: Any) -> None:
    _, _, body = get(app, "/wp-json/wp/v2/posts/26", "context=edit", auth="editor")
    assert body["title"]["raw"] == "Football: A Beginner's Guide"
    assert body["permalink_template"] == f"{BASE}/2023/11/29/%postname%/"
    assert body["generated_slug"] == "football-a-beginners-guide"
    assert "wp:action-publish" in body["_links"]


def test_date_filters_are_strict(app: Any) -> None:
    _, _, body = get(app, "/wp-json/wp/v2/posts", "after=2024-03-01T00:00:00&before=2024-04-01T00:00:00&_fields=id,date")
    assert body and all("2024-03-01T00:00:00" < p["date"] < "2024-04-01T00:00:00" for p in body)


def test_collection_query_count_does_not_grow_with_per_page(app: Any) -> None:
    engine = app.site.db.engine
    counts = []
    fields = "_fields=id,title,link,featured_media,categories,tags,sticky,format,class_list,_links"
    for per_page in (5, 50):
        statements: list[str] = []

        def record(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
            if "options" not in statement:  # the options snapshot refreshes on a timer
                statements.append(statement)

        get(app, "/wp-json/wp/v2/posts", f"per_page={per_page}&{fields}")  # warm the options snapshot
        event.listen(engine, "before_cursor_execute", record)
        try:
            get(app, "/wp-json/wp/v2/posts", f"per_page={per_page}&{fields}")
        finally:
            event.remove(engine, "before_cursor_execute", record)
        counts.append(len(statements))
    assert counts[0] == counts[1]


# -- single items ----------------------------------------------------------------------------------
def test_single_post_has_alternate_link_header(app: Any) -> None:
    status, headers, body = get(app, "/wp-json/wp/v2/posts/16")
    assert status == 200
    assert headers["Link"] == f'<{body["link"]}>; rel="alternate"; type=text/html'


def test_password_protected_post(app: Any) -> None:
    _, _, locked = get(app, "/wp-json/wp/v2/posts/31")
    assert locked["content"] == {"rendered": "", "protected": True}
    _, _, unlocked = get(app, "/wp-json/wp/v2/posts/31", "password=secret")
    assert unlocked["content"]["rendered"].startswith("<p>")
    assert "post-password-required" in unlocked["class_list"]
    status, _, error = get(app, "/wp-json/wp/v2/posts/31", "password=nope")
    assert status == 403 and error["code"] == "rest_post_incorrect_password"


def test_unreadable_and_unknown_posts(app: Any) -> None:
    assert get(app, "/wp-json/wp/v2/posts/137")[0] == 401  # draft
    assert get(app, "/wp-json/wp/v2/posts/148")[0] == 401  # future
    status, _, body = get(app, "/wp-json/wp/v2/posts/184")  # a page id on the posts route
    assert status == 404 and body["code"] == "rest_post_invalid_id"


def test_draft_links_are_plain_and_own_draft_is_editable(app: Any) -> None:
    status, headers, body = get(app, "/wp-json/wp/v2/posts/137", "context=edit", auth="author")
    assert status == 200
    assert body["link"] == f"{BASE}/?p=137"
    assert headers["Allow"] == "GET, POST, PUT, PATCH, DELETE"


# -- pages ---------------------------------------------------------------------------------------------
def test_pages_have_hierarchical_links_and_parent_filter(app: Any) -> None:
    _, _, page = get(app, "/wp-json/wp/v2/pages/185")
    assert page["link"] == f"{BASE}/about/team/"
    assert page["parent"] == 184 and "sticky" not in page and "format" not in page
    assert page["_links"]["up"] == [{"embeddable": True, "href": f"{BASE}/wp-json/wp/v2/pages/184"}]
    _, _, children = get(app, "/wp-json/wp/v2/pages", "parent=184&_fields=id,parent")
    assert children and all(p["parent"] == 184 for p in children)
    _, _, ordered = get(app, "/wp-json/wp/v2/pages", "menu_order=5&_fields=id,menu_order")
    assert ordered and all(p["menu_order"] == 5 for p in ordered)


# -- revisions and autosaves -------------------------------------------------------------------------
def test_revisions_need_edit_post_and_are_newest_first(app: Any) -> None:
    status, _, error = get(app, "/wp-json/wp/v2/posts/26/revisions")
    assert status == 401 and error["code"] == "rest_cannot_read"
    status, headers, body = get(app, "/wp-json/wp/v2/posts/26/revisions", auth="editor")
    assert status == 200 and headers["X-WP-Total"] == "3"
    assert [r["id"] for r in body] == [158, 157, 156]
    assert list(body[0]) == ["author", "date", "date_gmt", "id", "modified", "modified_gmt", "parent", "slug",
                             "guid", "title", "content", "excerpt", "meta", "_links"]


def test_revision_of_another_parent(app: Any) -> None:
    status, _, body = get(app, "/wp-json/wp/v2/posts/18/revisions/157", auth="admin")
    assert status == 404 and body["code"] == "rest_revision_parent_id_mismatch"


def test_autosaves_list_and_missing_autosave(app: Any) -> None:
    status, _, body = get(app, "/wp-json/wp/v2/posts/26/autosaves", auth="admin")
    assert status == 200 and isinstance(body, list)
    status, _, error = get(app, "/wp-json/wp/v2/posts/16/autosaves/1", auth="admin")
    assert status == 404 and error["code"] == "rest_post_no_autosave"


def test_excerpt_length_overrides_the_auto_excerpt_length(app: Any) -> None:
    _, _, body = get(app, "/wp-json/wp/v2/posts/16", "excerpt_length=5&_fields=excerpt")
    assert body["excerpt"]["rendered"].endswith(" [&hellip;]</p>\n")
    assert len(body["excerpt"]["rendered"].split()) == 6  # five words and the more marker


def test_rest_prepare_filter_of_the_post_type_sees_each_item(app: Any) -> None:
    """Pages fire ``rest_prepare_page`` (not ``rest_prepare_post``), as WordPress names the hook per type."""
    hooks = app.site.hooks

    def tag(data: dict[str, Any], post: Any, request: Any) -> dict[str, Any]:
        return {**data, "seen_type": post.post_type}

    def wrong(data: dict[str, Any], post: Any, request: Any) -> dict[str, Any]:
        return {**data, "seen_by_post_hook": True}

    hooks.add_filter("rest_prepare_page", tag, 10, 3)
    hooks.add_filter("rest_prepare_post", wrong, 10, 3)
    try:
        _, _, body = get(app, "/wp-json/wp/v2/pages", "_fields=id,seen_type,seen_by_post_hook")
    finally:
        hooks.remove_filter("rest_prepare_page", tag, 10)
        hooks.remove_filter("rest_prepare_post", wrong, 10)
    assert body and all(p["seen_type"] == "page" and "seen_by_post_hook" not in p for p in body)
