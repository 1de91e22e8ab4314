"""Write ``cases-writes.jsonl``: the permission matrix of writes, every role × create/read/update/delete.

Roles run in the order anonymous, subscriber, contributor, author, editor, administrator on
posts, pages, categories, tags, users and comments. Updates and deletes target fixture objects
no other suite reads after this one; creates use fixed dates so responses are stable (only
clock-dependent values are ignored). Run: ``python tests/golden/make_cases_writes.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROLES = ("none", "subscriber", "contributor", "author", "editor", "admin")
OUT = Path(__file__).parent / "cases-writes.jsonl"
MODIFIED = ["body.modified", "body.modified_gmt"]
#: A post trashed earlier in the run was modified then.
PREVIOUS_MODIFIED = ["body.previous.modified", "body.previous.modified_gmt"]


def case(name: str, method: str, path: str, auth: str, *, body: dict[str, Any] | None = None,
         query: dict[str, Any] | None = None, ignore: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "method": method, "path": f"/wp-json/wp/v2{path}", "auth": auth}
    if query:
        out["query"] = query
    if body is not None:
        out["body"] = body
    if ignore:
        out["ignore"] = ignore
    return out


def posts() -> list[dict[str, Any]]:
    cases = []
    for role in ROLES:
        cases.append(case(f"writes-post-create-draft-{role}", "POST", "/posts", role, body={
            "title": f"Matrix {role} draft", "content": "Matrix body.", "status": "draft",
            "date": "2025-01-02T10:00:00", "tags": [47]}))
    for role in ROLES:
        cases.append(case(f"writes-post-create-publish-{role}", "POST", "/posts", role, body={
            "title": f"Matrix {role} published", "content": "Published body.", "status": "publish",
            "date": "2025-01-03T10:00:00", "categories": [13]}))
    for role in ROLES:
        cases.append(case(f"writes-post-read-draft-{role}", "GET", "/posts/137", role))
    for role in ROLES:
        cases.append(case(f"writes-post-read-private-edit-{role}", "GET", "/posts/146", role,
                          query={"context": "edit"}))
    for role in ROLES:
        cases.append(case(f"writes-post-update-draft-{role}", "POST", "/posts/139", role,
                          body={"title": f"Draft edited by {role}"}, ignore=MODIFIED))
    for role in ROLES:
        cases.append(case(f"writes-post-update-published-{role}", "POST", "/posts/18", role,
                          body={"excerpt": f"Excerpt set by {role}."}, ignore=MODIFIED))
    cases.append(case("writes-post-update-sticky-author", "POST", "/posts/18", "author", body={"sticky": True}))
    cases.append(case("writes-post-update-publish-contributor", "POST", "/posts/139", "contributor",
                      body={"status": "publish"}))
    cases += [
        case("writes-post-create-template-invalid", "POST", "/posts", "editor", body={"title": "T", "template": "bogus"}),
        case("writes-post-create-featured-media-invalid", "POST", "/posts", "editor", body={
            "title": "Featured nothing", "status": "publish", "date": "2025-01-05T10:00:00", "featured_media": 999999,
            "format": "aside", "comment_status": "closed", "ping_status": "closed", "excerpt": {"raw": "Ex"}}),
        case("writes-post-create-sticky-password", "POST", "/posts", "editor",
             body={"title": "S", "sticky": True, "password": "pw"}),
        case("writes-post-create-invalid-author", "POST", "/posts", "editor", body={"title": "A", "author": 999999}),
        case("writes-post-create-other-author-author", "POST", "/posts", "author", body={"title": "A", "author": 2}),
        case("writes-post-create-with-id", "POST", "/posts", "editor", body={"title": "A", "id": 18}),
        case("writes-post-create-empty", "POST", "/posts", "editor", body={"status": "draft"}),
        case("writes-post-create-private-contributor", "POST", "/posts", "contributor",
             body={"title": "P", "status": "private"}),
        case("writes-post-update-unknown", "POST", "/posts/999999", "editor", body={"title": "x"}),
        case("writes-post-update-password-sticky-post", "POST", "/posts/21", "editor", body={"password": "pw"}),
        case("writes-post-update-author-editor", "POST", "/posts/139", "editor", body={"author": 3},
             ignore=MODIFIED),
    ]
    autosave_clock = ["body.date", "body.date_gmt", *MODIFIED, "body.preview_link"]
    for role in ROLES:
        cases.append(case(f"writes-post-autosave-{role}", "POST", "/posts/137/autosaves", role,
                          body={"content": f"Autosaved by {role}.", "title": "Autosave title"}, ignore=autosave_clock))
    for role in ROLES:
        cases.append(case(f"writes-post-delete-pending-{role}", "DELETE", "/posts/142", role, ignore=MODIFIED))
    cases.append(case("writes-post-delete-pending-force-admin", "DELETE", "/posts/142", "admin",
                      query={"force": True}, ignore=PREVIOUS_MODIFIED))
    for role in ROLES:
        cases.append(case(f"writes-post-delete-published-{role}", "DELETE", "/posts/26", role, ignore=MODIFIED))
    return cases


def pages() -> list[dict[str, Any]]:
    cases = []
    for role in ROLES:
        cases.append(case(f"writes-page-create-{role}", "POST", "/pages", role, body={
            "title": f"Matrix {role} page", "content": "Page body.", "status": "publish",
            "date": "2025-01-04T10:00:00", "parent": 184}))
    cases += [
        case("writes-page-create-template-invalid", "POST", "/pages", "editor", body={"title": "T", "template": "x"}),
        case("writes-page-create-template", "POST", "/pages", "editor", body={
            "title": "No title template", "template": "page-no-title", "status": "publish",
            "date": "2025-01-06T10:00:00", "menu_order": 4}),
        case("writes-page-create-parent-invalid", "POST", "/pages", "editor", body={"title": "T", "parent": 999999}),
    ]
    for role in ROLES:
        cases.append(case(f"writes-page-read-draft-{role}", "GET", "/pages/197", role))
    for role in ROLES:
        cases.append(case(f"writes-page-update-pending-{role}", "POST", "/pages/198", role,
                          body={"title": f"Pending page edited by {role}", "menu_order": 3}, ignore=MODIFIED))
    for role in ROLES:
        cases.append(case(f"writes-page-delete-draft-{role}", "DELETE", "/pages/197", role, ignore=MODIFIED))
    cases.append(case("writes-page-delete-draft-force-admin", "DELETE", "/pages/197", "admin", query={"force": True},
                      ignore=PREVIOUS_MODIFIED))
    return cases


def terms(base: str, label: str, fixture_id: int, delete_id: int) -> list[dict[str, Any]]:
    cases = []
    for role in ROLES:
        cases.append(case(f"writes-{label}-create-{role}", "POST", f"/{base}", role,
                          body={"name": f"Matrix {role} {label}", "description": "Made by the matrix."}))
    for role in ROLES:
        cases.append(case(f"writes-{label}-read-edit-{role}", "GET", f"/{base}/{fixture_id}", role,
                          query={"context": "edit"}))
    for role in ROLES:
        cases.append(case(f"writes-{label}-update-{role}", "POST", f"/{base}/{fixture_id}", role,
                          body={"description": f"Described by {role}."}))
    cases.append(case(f"writes-{label}-delete-no-force-admin", "DELETE", f"/{base}/{delete_id}", "admin"))
    for role in ROLES:
        cases.append(case(f"writes-{label}-delete-{role}", "DELETE", f"/{base}/{delete_id}", role,
                          query={"force": True}))
    return cases


def users() -> list[dict[str, Any]]:
    cases = []
    for role in ROLES:
        cases.append(case(f"writes-user-create-{role}", "POST", "/users", role, body={
            "username": f"matrix_{role}", "email": f"matrix_{role}@example.test", "password": "Matrix-pass-123",
            "name": f"Matrix {role}"}, ignore=["body.registered_date"]))
    for role in ROLES:
        cases.append(case(f"writes-user-read-edit-{role}", "GET", "/users/4", role, query={"context": "edit"}))
    for role in ROLES:
        cases.append(case(f"writes-user-update-{role}", "POST", "/users/5", role,
                          body={"description": f"Bio written by {role}."}))
    cases.append(case("writes-user-update-roles-editor", "POST", "/users/2", "editor", body={"roles": ["administrator"]}))
    for role in ROLES:
        cases.append(case(f"writes-user-delete-{role}", "DELETE", "/users/24", role,
                          query={"force": True, "reassign": 1}))
    return cases


def comments() -> list[dict[str, Any]]:
    cases = []
    dates = ["body.date", "body.date_gmt"]
    for role in ROLES:
        cases.append(case(f"writes-comment-create-{role}", "POST", "/comments", role,
                          body={"post": 17, "content": f"Matrix comment from {role}."}, ignore=dates))
    for role in ROLES:
        cases.append(case(f"writes-comment-read-held-{role}", "GET", "/comments/4", role))
    for role in ROLES:
        cases.append(case(f"writes-comment-update-{role}", "POST", "/comments/2", role,
                          body={"content": f"Reworded by {role}."}))
    for role in ROLES:
        cases.append(case(f"writes-comment-delete-{role}", "DELETE", "/comments/5", role))
    cases.append(case("writes-comment-delete-force-admin", "DELETE", "/comments/5", "admin", query={"force": True}))
    return cases


def transitions() -> list[dict[str, Any]]:
    """Status, date and slug rules of wp_insert_post seen through REST (after the role matrix)."""
    clock = ["body.date", "body.date_gmt", *MODIFIED]
    return [
        case("writes-transition-publish-draft", "POST", "/posts/140", "editor", ignore=MODIFIED, body={
            "status": "publish", "date": "2024-02-02T10:00:00", "categories": [23]}),
        case("writes-transition-count-after-publish", "GET", "/categories/23", "none"),
        case("writes-transition-unpublish", "POST", "/posts/140", "editor", body={"status": "draft"}, ignore=MODIFIED),
        case("writes-transition-count-after-unpublish", "GET", "/categories/23", "none"),
        case("writes-transition-floating-draft", "POST", "/posts/141", "admin", body={"title": "Still floating"},
             ignore=clock),
        case("writes-transition-future-to-past", "POST", "/posts/148", "editor", ignore=MODIFIED,
             body={"date": "2024-01-01T00:00:00"}),
        case("writes-transition-publish-future-date", "POST", "/posts/149", "author", body={"status": "publish"},
             ignore=MODIFIED),
        case("writes-transition-date-gmt", "POST", "/posts/149", "author", ignore=MODIFIED,
             body={"date_gmt": "2099-07-01T10:00:00Z"}),
        case("writes-slug-taken", "POST", "/posts", "editor", body={
            "title": "Another hello", "slug": "hello-world", "status": "publish", "date": "2025-02-01T10:00:00"}),
        case("writes-slug-other-type", "POST", "/posts", "editor", body={
            "title": "Sample", "slug": "sample-page", "status": "publish", "date": "2025-02-02T10:00:00"}),
        case("writes-slug-page-sibling", "POST", "/pages", "editor", body={
            "title": "Sample again", "slug": "sample-page", "status": "publish", "date": "2025-02-03T10:00:00"}),
        case("writes-slug-page-child", "POST", "/pages", "editor", body={
            "title": "Sample child", "slug": "sample-page", "status": "publish", "parent": 184,
            "date": "2025-02-04T10:00:00"}),
        case("writes-slug-from-trash", "POST", "/posts", "editor", body={
            "title": "Football again", "slug": "football-a-beginners-guide", "status": "publish",
            "date": "2025-02-05T10:00:00"}),
        case("writes-slug-trashed-post", "GET", "/posts/26", "editor", query={"context": "edit"}, ignore=MODIFIED),
        case("writes-slug-feed", "POST", "/posts", "editor", body={
            "title": "Feed", "status": "publish", "date": "2025-02-06T10:00:00"}),
        case("writes-slug-draft-with-slug", "POST", "/posts", "editor", body={
            "title": "Draft slug", "slug": "hello-world", "status": "draft", "date": "2025-02-07T10:00:00"}),
    ]


def all_cases() -> list[dict[str, Any]]:
    return [*posts(), *pages(), *terms("categories", "category", 23, 5), *terms("tags", "tag", 47, 46), *users(),
            *comments(), *transitions()]


def main() -> None:
    lines = [json.dumps(c, ensure_ascii=False) for c in all_cases()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} cases written to {OUT}")


if __name__ == "__main__":
    main()
