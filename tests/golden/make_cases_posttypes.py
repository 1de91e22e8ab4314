"""Write ``cases-posttypes.jsonl``: blocks, navigation, menus, pattern categories and menu locations.

Reads of the empty collections for every role (and ``context=edit``), OPTIONS, bad ids and bad
params first; then writes, in an order that replays from one reset (ids are the fixture's next
ones: posts from 2560889, terms from 37199): a pattern category, patterns (blocks) by every role,
their reads, updates (a revision), trash and delete; a ``wp_navigation`` menu; classic menus with
``auto_add``, a name clash, a bad location, renames and delete. Run:
``python tests/golden/make_cases_posttypes.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROLES = ("none", "subscriber", "contributor", "author", "editor", "admin")
OUT = Path(__file__).parent / "cases-posttypes.jsonl"
MODIFIED = ["body.modified", "body.modified_gmt"]
NEXT_POST, NEXT_TERM = 2560889, 37199


def case(name: str, method: str, path: str, auth: str = "none", *, body: dict[str, Any] | None = None,
         query: dict[str, Any] | None = None, ignore: list[str] | None = None,
         form: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f"pt-{name}", "method": method, "path": f"/wp-json/wp/v2{path}", "auth": auth}
    if query:
        out["query"] = query
    if body is not None:
        out["body"] = body
    if form is not None:
        out["form"] = form
    if ignore:
        out["ignore"] = ignore
    return out


def reads() -> list[dict[str, Any]]:
    cases = []
    for base in ("blocks", "navigation", "menus", "wp_pattern_category", "menu-locations"):
        for role in ROLES:
            cases.append(case(f"{base}-list-{role}", "GET", f"/{base}", role))
        for role in ("contributor", "author", "editor", "admin"):
            cases.append(case(f"{base}-list-edit-{role}", "GET", f"/{base}", role, query={"context": "edit"}))
        cases.append(case(f"{base}-options", "OPTIONS", f"/{base}"))
    cases += [
        case("blocks-missing", "GET", "/blocks/999999", "admin"),
        case("blocks-post-id", "GET", "/blocks/1", "admin"),
        case("blocks-bad-per-page", "GET", "/blocks", "admin", query={"per_page": 0}),
        case("blocks-bad-status", "GET", "/blocks", "admin", query={"status": "bogus"}),
        case("blocks-draft-status-anon", "GET", "/blocks", query={"status": "draft"}),
        case("blocks-item-options", "OPTIONS", "/blocks/1"),
        case("blocks-revisions-missing-parent", "GET", "/blocks/999999/revisions", "admin"),
        case("blocks-autosaves-missing-parent", "GET", "/blocks/999999/autosaves", "admin"),
        case("navigation-missing", "GET", "/navigation/999999", "admin"),
        case("navigation-page-id", "GET", "/navigation/2", "admin"),
        case("navigation-bad-orderby", "GET", "/navigation", "admin", query={"orderby": "nope"}),
        case("navigation-item-options", "OPTIONS", "/navigation/1"),
        case("menus-category-id", "GET", "/menus/1", "admin"),
        case("menus-missing", "GET", "/menus/999999", "none"),
        case("menus-bad-orderby", "GET", "/menus", "admin", query={"orderby": "bogus"}),
        case("menus-item-options", "OPTIONS", "/menus/1"),
        case("patcat-category-id", "GET", "/wp_pattern_category/1"),
        case("patcat-bad-hide-empty", "GET", "/wp_pattern_category", query={"hide_empty": "maybe"}),
        case("patcat-item-options", "OPTIONS", "/wp_pattern_category/1"),
        case("menu-locations-item-none", "GET", "/menu-locations/primary"),
        case("menu-locations-item-editor", "GET", "/menu-locations/primary", "editor"),
        case("menu-locations-item-admin", "GET", "/menu-locations/primary", "admin"),
        case("menu-locations-item-options", "OPTIONS", "/menu-locations/primary"),
        case("menu-locations-bad-context", "GET", "/menu-locations", "admin", query={"context": "bogus"}),
    ]
    # Google Fonts' data is a URL on s.w.org, which the oracle cannot resolve (no DNS, no outbound HTTP).
    cases += [case(f"font-collections-list-{role}", "GET", "/font-collections", role) for role in ROLES]
    cases += [
        case("font-collections-slugs", "GET", "/font-collections", "admin", query={"_fields": "slug"}),
        case("font-collections-page-2", "GET", "/font-collections", "admin", query={"page": 2}),
        case("font-collections-head", "HEAD", "/font-collections", "admin"),
        case("font-collections-options", "OPTIONS", "/font-collections"),
        case("font-collections-google", "GET", "/font-collections/google-fonts", "admin"),
        case("font-collections-google-slug", "GET", "/font-collections/google-fonts", "admin",
             query={"_fields": "slug,_links"}),
        case("font-collections-google-editor", "GET", "/font-collections/google-fonts", "editor"),
        case("font-collections-missing", "GET", "/font-collections/nope", "admin"),
        case("font-collections-item-options", "OPTIONS", "/font-collections/google-fonts"),
    ]
    return cases


def pattern_categories() -> list[dict[str, Any]]:
    cat = NEXT_TERM
    cases = [case(f"patcat-create-{role}", "POST", "/wp_pattern_category", role,
                  body={"name": f"Heroes {role}", "description": "Big banners."})
             for role in ("none", "subscriber")]
    cases += [
        case("patcat-create-admin", "POST", "/wp_pattern_category", "admin",
             body={"name": "Heroes", "description": "Big banners."}),
        case("patcat-create-duplicate", "POST", "/wp_pattern_category", "admin", body={"name": "Heroes"}),
        case("patcat-read-none", "GET", f"/wp_pattern_category/{cat}"),
        case("patcat-list-after", "GET", "/wp_pattern_category", "none"),
        case("patcat-update-contributor", "POST", f"/wp_pattern_category/{cat}", "contributor",
             body={"description": "Changed."}),
        case("patcat-update-admin", "POST", f"/wp_pattern_category/{cat}", "admin", body={"slug": "hero-banners"}),
    ]
    return cases


def blocks() -> list[dict[str, Any]]:
    cat = NEXT_TERM
    author_block, admin_block = NEXT_POST, NEXT_POST + 1
    content = "<!-- wp:paragraph -->\n<p>Call to action</p>\n<!-- /wp:paragraph -->"
    cases = [case(f"blocks-create-{role}", "POST", "/blocks", role, body={
        "title": f"Pattern by {role}", "content": content, "status": "publish", "date": "2025-02-01T09:00:00"})
        for role in ("none", "subscriber", "contributor", "author")]
    cases += [
        case("blocks-create-admin", "POST", "/blocks", "admin", body={
            "title": "Unsynced hero", "content": content.replace("Call to action", "Hero &amp; more"),
            "status": "publish", "date": "2025-02-02T09:00:00", "excerpt": "A hero.",
            "wp_pattern_category": [cat], "meta": {"wp_pattern_sync_status": "unsynced"}}),
        case("blocks-create-bad-category", "POST", "/blocks", "admin", body={
            "title": "Bad", "wp_pattern_category": ["x"]}),
    ]
    for role in ROLES:
        cases.append(case(f"blocks-read-{role}", "GET", f"/blocks/{admin_block}", role))
    cases += [
        case("blocks-read-edit-author", "GET", f"/blocks/{admin_block}", "author", query={"context": "edit"}),
        case("blocks-read-edit-admin", "GET", f"/blocks/{admin_block}", "admin", query={"context": "edit"}),
        case("blocks-read-embed-admin", "GET", f"/blocks/{admin_block}", "admin", query={"context": "embed"}),
        case("blocks-read-fields", "GET", f"/blocks/{admin_block}", "admin", query={"_fields": "id,title"}),
        case("blocks-read-embedded", "GET", f"/blocks/{admin_block}", "admin", query={"_embed": "1"}),
        case("blocks-search", "GET", "/blocks", "admin", query={"search": "hero"}),
        case("blocks-head", "HEAD", "/blocks", "editor"),
        case("blocks-list-after-author", "GET", "/blocks", "author"),
        case("blocks-list-after-none", "GET", "/blocks", "none"),
        case("blocks-list-category", "GET", "/blocks", "editor", query={"wp_pattern_category": cat}),
        case("blocks-list-after-edit-admin", "GET", "/blocks", "admin", query={"context": "edit"}),
        case("blocks-patcat-count", "GET", f"/wp_pattern_category/{cat}", "none"),
        case("blocks-update-author-others", "POST", f"/blocks/{admin_block}", "author", body={"title": "Mine now"}),
        case("blocks-update-admin", "POST", f"/blocks/{admin_block}", "admin", body={
            "title": "Unsynced hero v2", "meta": {"wp_pattern_sync_status": "partial"}}, ignore=MODIFIED),
        case("blocks-update-clear-sync", "POST", f"/blocks/{admin_block}", "admin", body={
            "meta": {"wp_pattern_sync_status": ""}}, ignore=MODIFIED),
        case("blocks-revisions", "GET", f"/blocks/{admin_block}/revisions", "admin",
             ignore=["body.*.date", "body.*.date_gmt", "body.*.modified", "body.*.modified_gmt"]),
        case("blocks-update-editor-author-block", "POST", f"/blocks/{author_block}", "editor", body={
            "content": "<!-- wp:heading -->\n<h2>Edited</h2>\n<!-- /wp:heading -->"}, ignore=MODIFIED),
        case("blocks-delete-author-others", "DELETE", f"/blocks/{admin_block}", "author"),
        case("blocks-trash-admin", "DELETE", f"/blocks/{author_block}", "admin", ignore=MODIFIED),
        case("blocks-read-trashed-none", "GET", f"/blocks/{author_block}"),
        case("blocks-delete-force-admin", "DELETE", f"/blocks/{author_block}", "admin", query={"force": "true"},
             ignore=["body.previous.modified", "body.previous.modified_gmt"]),
    ]
    return cases


def navigation() -> list[dict[str, Any]]:
    nav = NEXT_POST + 4  # after the two patterns and the two revisions their updates made
    # A static block: broadsheet does not port the navigation-link render callback yet.
    link = "<!-- wp:spacer -->\n<div style=\"height:20px\" aria-hidden=\"true\" class=\"wp-block-spacer\"></div>\n<!-- /wp:spacer -->"
    cases = [case(f"navigation-create-{role}", "POST", "/navigation", role, body={
        "title": "Header", "content": link, "status": "publish", "date": "2025-03-01T08:00:00"})
        for role in ("none", "author", "editor", "admin")]
    cases += [case(f"navigation-read-{role}", "GET", f"/navigation/{nav}", role) for role in ("none", "admin")]
    cases += [
        case("navigation-read-embed", "GET", f"/navigation/{nav}", "none", query={"context": "embed"}),
        case("navigation-read-edit-admin", "GET", f"/navigation/{nav}", "admin", query={"context": "edit"}),
        case("navigation-list-after", "GET", "/navigation", "none"),
        case("navigation-update-author", "POST", f"/navigation/{nav}", "author", body={"title": "Mine"}),
        case("navigation-update-admin", "POST", f"/navigation/{nav}", "admin", body={"title": "Header v2"},
             ignore=MODIFIED),
        case("navigation-revisions-admin", "GET", f"/navigation/{nav}/revisions", "admin",
             ignore=["body.*.date", "body.*.date_gmt", "body.*.modified", "body.*.modified_gmt"]),
        case("navigation-revisions-author", "GET", f"/navigation/{nav}/revisions", "author"),
        case("navigation-revision-embed", "GET", f"/navigation/{nav}/revisions/{nav + 1}", "admin",
             query={"context": "embed"}, ignore=["body.date", "body.date_gmt"]),
        case("navigation-autosaves-admin", "GET", f"/navigation/{nav}/autosaves", "admin"),
        case("navigation-delete-force-admin", "DELETE", f"/navigation/{nav}", "admin", query={"force": "true"},
             ignore=["body.previous.modified", "body.previous.modified_gmt"]),
    ]
    return cases


def menus() -> list[dict[str, Any]]:
    menu = NEXT_TERM + 1
    cases = [case(f"menus-create-{role}", "POST", "/menus", role, body={"name": f"Main {role}"})
             for role in ("none", "contributor", "editor")]
    cases += [
        case("menus-create-admin", "POST", "/menus", "admin", body={
            "name": "Main menu", "description": "Top of every page.", "slug": "ignored-slug", "auto_add": True}),
        case("menus-create-duplicate", "POST", "/menus", "admin", body={"name": "Main menu"}),
        case("menus-create-empty-name", "POST", "/menus", "admin", body={"name": ""}),
        case("menus-create-no-name", "POST", "/menus", "admin", body={"description": "x"}),
        case("menus-create-bad-location", "POST", "/menus", "admin", body={"name": "Footer", "locations": ["primary"]}),
        case("menus-create-parent", "POST", "/menus", "admin", body={"name": "Child", "parent": 1}),
        case("menus-read-contributor", "GET", f"/menus/{menu}", "contributor"),
        case("menus-read-subscriber", "GET", f"/menus/{menu}", "subscriber"),
        case("menus-read-edit-editor", "GET", f"/menus/{menu}", "editor", query={"context": "edit"}),
        case("menus-read-edit-admin", "GET", f"/menus/{menu}", "admin", query={"context": "edit"}),
        case("menus-list-after", "GET", "/menus", "author"),
        case("menus-update-editor", "POST", f"/menus/{menu}", "editor", body={"name": "Nope"}),
        case("menus-update-rename", "POST", f"/menus/{menu}", "admin", body={"name": "Primary menu"}),
        case("menus-update-auto-add-off", "POST", f"/menus/{menu}", "admin", body={"auto_add": False}),
        case("menus-update-description", "POST", f"/menus/{menu}", "admin", body={"description": "Again."}),
        case("menus-update-empty-locations", "POST", f"/menus/{menu}", "admin", body={"locations": []}),
        case("menus-delete-no-force", "DELETE", f"/menus/{menu}", "admin"),
        case("menus-delete-editor", "DELETE", f"/menus/{menu}", "editor", query={"force": "true"}),
        case("menus-delete-force", "DELETE", f"/menus/{menu}", "admin", query={"force": "true"}),
        case("menus-read-deleted", "GET", f"/menus/{menu}", "admin"),
    ]
    return cases


def menu_items() -> list[dict[str, Any]]:
    """Items of every type in a menu of their own; deleting the menu deletes them.

    Each item gets its own ``menu_order``: WordPress sorts by it alone, and MariaDB returns ties in
    no fixed order."""
    menu, first = NEXT_TERM + 2, NEXT_POST + 6  # after the menus above, the navigation post and its revision
    custom, post_item, term_item, archive_item = first, first + 1, first + 2, first + 3
    cases = [case(f"menu-items-list-{role}", "GET", "/menu-items", role) for role in ROLES]
    cases += [case(f"menu-items-list-edit-{role}", "GET", "/menu-items", role, query={"context": "edit"})
              for role in ("contributor", "admin")]
    cases += [
        case("menu-items-options", "OPTIONS", "/menu-items"),
        case("menu-items-item-options", "OPTIONS", "/menu-items/1"),
        case("menu-items-missing", "GET", "/menu-items/999999", "admin"),
        case("menu-items-post-id", "GET", "/menu-items/1", "admin"),
        case("menu-items-bad-per-page", "GET", "/menu-items", "admin", query={"per_page": 101}),
        case("menu-items-bad-orderby", "GET", "/menu-items", "admin", query={"orderby": "bogus"}),
        case("menu-items-autosaves-missing", "GET", "/menu-items/999999/autosaves", "admin"),
        case("menu-items-menu-create", "POST", "/menus", "admin", body={"name": "Items menu"}),
    ]
    home = {"title": "Home", "url": " http://127.0.0.1:8881/ ", "menus": menu}
    cases += [case(f"menu-items-create-{role}", "POST", "/menu-items", role, body=home)
              for role in ("none", "contributor", "editor")]
    cases += [
        case("menu-items-create-custom", "POST", "/menu-items", "admin", body={
            **home, "classes": ["nav-home", "b c"], "xfn": "friend met", "attr_title": "Go <b>home</b>",
            "target": "_blank", "description": "The <em>start</em> page."}),
        case("menu-items-create-post", "POST", "/menu-items", "admin", body={
            "type": "post_type", "object_id": 18, "menus": menu, "parent": custom, "menu_order": 2}),
        case("menu-items-create-term", "POST", "/menu-items", "admin", body={
            "type": "taxonomy", "object_id": 13, "menus": menu, "title": "News", "status": "draft", "menu_order": 3}),
        case("menu-items-create-archive", "POST", "/menu-items", "admin", body={
            "type": "post_type_archive", "object": "post", "menus": menu, "menu_order": 9}),
        case("menu-items-create-no-url", "POST", "/menu-items", "admin", body={"title": "X", "menus": menu}),
        case("menu-items-create-empty", "POST", "/menu-items", "admin", body={"menus": menu}),
        case("menu-items-create-bad-post", "POST", "/menu-items", "admin", body={
            "type": "post_type", "object_id": 999999, "menus": menu}),
        case("menu-items-create-bad-term", "POST", "/menu-items", "admin", body={
            "type": "taxonomy", "object_id": 999999, "menus": menu}),
        case("menu-items-create-bad-archive", "POST", "/menu-items", "admin", body={
            "type": "post_type_archive", "object": "nope", "menus": menu}),
        case("menu-items-create-bad-menu", "POST", "/menu-items", "admin", body={**home, "menus": 999999}),
        case("menu-items-create-bad-target", "POST", "/menu-items", "admin", body={**home, "target": "_self"}),
        case("menu-items-create-bad-url", "POST", "/menu-items", "admin", body={**home, "url": "not a url",
                                                                                "menu_order": 5}),
        case("menu-items-list-admin-after", "GET", "/menu-items", "admin", query={"menus": menu}),
        case("menu-items-list-all-statuses", "GET", "/menu-items", "admin",
             query={"menus": menu, "status": "publish,draft", "context": "edit"}),
        case("menu-items-list-contributor-after", "GET", "/menu-items", "contributor"),
        case("menu-items-read-custom-contributor", "GET", f"/menu-items/{custom}", "contributor"),
        case("menu-items-read-custom-edit", "GET", f"/menu-items/{custom}", "admin", query={"context": "edit"}),
        case("menu-items-read-post-embed", "GET", f"/menu-items/{post_item}", "admin",
             query={"context": "embed"}),
        case("menu-items-read-post-edit", "GET", f"/menu-items/{post_item}", "admin", query={"context": "edit"}),
        case("menu-items-read-term-draft-author", "GET", f"/menu-items/{term_item}", "author"),
        case("menu-items-read-term-edit", "GET", f"/menu-items/{term_item}", "admin", query={"context": "edit"}),
        case("menu-items-read-archive", "GET", f"/menu-items/{archive_item}", "admin"),
        case("menu-items-read-fields", "GET", f"/menu-items/{custom}", "admin", query={"_fields": "id,title,url"}),
        case("menu-items-list-embedded", "GET", "/menu-items", "admin", query={"menus": menu, "_embed": "1"}),
        case("menu-items-list-order-desc", "GET", "/menu-items", "editor",
             query={"menus": menu, "order": "desc", "_fields": "id,menu_order"}),
        case("menu-items-menus-of-item", "GET", "/menus", "admin", query={"post": custom}),
        case("menu-items-head", "HEAD", f"/menu-items/{custom}", "author"),
        case("menu-items-autosaves", "GET", f"/menu-items/{custom}/autosaves", "admin"),
        case("menu-items-update-editor", "POST", f"/menu-items/{custom}", "editor", body={"title": "Nope"}),
        case("menu-items-update-custom", "POST", f"/menu-items/{custom}", "admin", body={
            "title": "Start", "menu_order": 4, "xfn": []}),
        case("menu-items-update-post-title", "POST", f"/menu-items/{post_item}", "admin", body={
            "title": {"raw": "Read this"}, "status": "publish"}),
        case("menu-items-update-term-publish", "POST", f"/menu-items/{term_item}", "admin", body={
            "status": "publish", "parent": term_item}),
        case("menu-items-delete-no-force", "DELETE", f"/menu-items/{archive_item}", "admin"),
        case("menu-items-delete-editor", "DELETE", f"/menu-items/{archive_item}", "editor", query={"force": "true"}),
        case("menu-items-delete-force", "DELETE", f"/menu-items/{archive_item}", "admin", query={"force": "true"}),
        case("menu-items-list-after-delete", "GET", "/menu-items", "admin", query={"menus": menu}),
        case("menu-items-menu-delete", "DELETE", f"/menus/{menu}", "admin", query={"force": "true"}),
        case("menu-items-read-after-menu-delete", "GET", f"/menu-items/{custom}", "admin"),
    ]
    return cases


def font_families() -> list[dict[str, Any]]:
    """Font families: settings sent as a JSON string, validated and sanitised; no trash."""
    family = NEXT_POST + 11  # after the five menu items

    def settings(**values: Any) -> str:
        return json.dumps(values)

    inter = settings(name="Inter", slug="inter", fontFamily="Inter, sans-serif",
                     preview="http://127.0.0.1:8881/inter.png")
    cases = [case(f"font-families-list-{role}", "GET", "/font-families", role) for role in ROLES]
    cases += [
        case("font-families-list-edit-admin", "GET", "/font-families", "admin", query={"context": "edit"}),
        case("font-families-options", "OPTIONS", "/font-families"),
        case("font-families-item-options", "OPTIONS", "/font-families/1"),
        case("font-families-post-id", "GET", "/font-families/1", "admin"),
        case("font-families-missing", "GET", "/font-families/999999", "none"),
        case("font-families-bad-orderby", "GET", "/font-families", "admin", query={"orderby": "date"}),
        case("font-families-bad-status", "GET", "/font-families", "admin", query={"status": "draft"}),
    ]
    cases += [case(f"font-families-create-{role}", "POST", "/font-families", role,
                   body={"font_family_settings": inter}) for role in ("none", "editor")]
    cases += [
        case("font-families-create-admin", "POST", "/font-families", "admin", body={"font_family_settings": inter}),
        case("font-families-create-form", "POST", "/font-families", "admin", form={
            "font_family_settings": settings(name="Open <b>Sans</b>", slug="Open Sans!",
                                             fontFamily="Open Sans, 'Helvetica Neue', serif"),
            "theme_json_version": "2"}),
        case("font-families-create-missing", "POST", "/font-families", "admin", body={}),
        case("font-families-create-bad-json", "POST", "/font-families", "admin",
             body={"font_family_settings": "{not json"}),
        case("font-families-create-not-string", "POST", "/font-families", "admin",
             body={"font_family_settings": {"name": "X"}}),
        case("font-families-create-no-font-family", "POST", "/font-families", "admin",
             body={"font_family_settings": settings(name="X", slug="x")}),
        case("font-families-create-extra", "POST", "/font-families", "admin",
             body={"font_family_settings": settings(name="X", slug="x", fontFamily="X", color="red")}),
        case("font-families-create-empty-name", "POST", "/font-families", "admin",
             body={"font_family_settings": settings(name="", slug="x", fontFamily="X")}),
        case("font-families-create-duplicate", "POST", "/font-families", "admin", body={"font_family_settings": inter}),
        case("font-families-create-bad-version", "POST", "/font-families", "admin",
             body={"font_family_settings": inter, "theme_json_version": 5}),
        case("font-families-read-admin", "GET", f"/font-families/{family}", "admin"),
        case("font-families-read-editor", "GET", f"/font-families/{family}", "editor"),
        case("font-families-read-embed", "GET", f"/font-families/{family}", "admin", query={"context": "embed"}),
        case("font-families-list-after", "GET", "/font-families", "admin"),
        case("font-families-list-fields", "GET", "/font-families", "admin",
             query={"_fields": "id,font_family_settings.slug", "orderby": "id", "order": "asc"}),
        case("font-families-list-slug", "GET", "/font-families", "admin", query={"slug": "inter"}),
        case("font-families-update-name", "POST", f"/font-families/{family}", "admin",
             body={"font_family_settings": settings(name="Inter Variable", preview="")}),
        case("font-families-update-slug", "POST", f"/font-families/{family}", "admin",
             body={"font_family_settings": settings(slug="other")}),
        case("font-families-update-missing", "POST", f"/font-families/{family}", "admin", body={}),
        case("font-families-update-editor", "POST", f"/font-families/{family}", "editor",
             body={"font_family_settings": settings(name="Nope")}),
        case("font-families-delete-no-force", "DELETE", f"/font-families/{family}", "admin"),
        case("font-families-delete-editor", "DELETE", f"/font-families/{family}", "editor", query={"force": "true"}),
        case("font-families-delete-force", "DELETE", f"/font-families/{family}", "admin", query={"force": "true"}),
        case("font-families-read-deleted", "GET", f"/font-families/{family}", "admin"),
    ]
    return cases


def last() -> list[dict[str, Any]]:
    """Last: a pattern's revision and autosave, then a create that WordPress inserts before it rejects the
    meta (broadsheet rolls the insert back, so the ids that follow would differ)."""
    block, revision = NEXT_POST + 1, NEXT_POST + 2
    dates = ["body.date", "body.date_gmt", "body.modified", "body.modified_gmt"]
    return [
        case("blocks-revision-read", "GET", f"/blocks/{block}/revisions/{revision}", "admin", ignore=dates),
        case("blocks-revision-read-edit", "GET", f"/blocks/{block}/revisions/{revision}", "admin",
             query={"context": "edit"}, ignore=dates),
        case("blocks-revision-wrong-parent", "GET", f"/blocks/{block + 5}/revisions/{revision}", "admin"),
        case("blocks-autosave-create", "POST", f"/blocks/{block}/autosaves", "admin",
             body={"title": "Autosaved hero", "content": "<p>Draft words</p>"}, ignore=dates),
        case("blocks-autosaves-list", "GET", f"/blocks/{block}/autosaves", "admin",
             ignore=["body.*.date", "body.*.date_gmt", "body.*.modified", "body.*.modified_gmt"]),
        case("blocks-revision-delete-editor", "DELETE", f"/blocks/{block}/revisions/{revision}", "editor",
             query={"force": "true"}),
        case("blocks-revision-delete", "DELETE", f"/blocks/{block}/revisions/{revision}", "admin",
             query={"force": "true"}, ignore=["body.previous.date", "body.previous.date_gmt",
                                              "body.previous.modified", "body.previous.modified_gmt"]),
        case("blocks-create-bad-sync-status", "POST", "/blocks", "admin", body={
        "title": "Bad", "meta": {"wp_pattern_sync_status": "sometimes"}}),
    ]


def main() -> None:
    cases = (reads() + pattern_categories() + blocks() + navigation() + menus() + menu_items() + font_families()
             + last())
    OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
