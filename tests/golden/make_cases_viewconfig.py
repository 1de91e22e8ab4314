"""Writes cases-viewconfig.jsonl: /wp/v2/view-config per role, entity kind and name, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

PATH = "/wp-json/wp/v2/view-config"
ROLES = ("none", "subscriber", "contributor", "author", "editor", "admin")
#: (kind, name) asked of every role.
EVERY_ROLE = (("postType", "post"), ("postType", "page"), ("postType", "wp_block"), ("postType", "wp_template"),
              ("taxonomy", "category"), ("root", "site"), ("widget", "anything"))
#: (kind, name) asked of an administrator only.
ADMIN_ONLY = (("postType", "attachment"), ("postType", "wp_template_part"), ("postType", "nav_menu_item"),
              ("postType", "wp_navigation"), ("postType", "wp_global_styles"), ("postType", "wp_font_family"),
              ("postType", "wp_font_face"), ("postType", "revision"), ("postType", "customize_changeset"),
              ("postType", "nope"), ("postType", "Page"), ("postType", ""), ("PostType", "page"),
              ("POSTTYPE", "WP_BLOCK"), ("taxonomy", "post_tag"), ("taxonomy", "nav_menu"),
              ("taxonomy", "wp_pattern_category"), ("taxonomy", "post_format"), ("taxonomy", "link_category"),
              ("taxonomy", "nope"), ("root", "anything"), ("", ""), ("postType ", "page"))
#: (kind, name) asked of an editor, whose capabilities differ from an administrator's for them.
EDITOR_ONLY = (("postType", "wp_template_part"), ("postType", "wp_navigation"), ("postType", "wp_global_styles"),
               ("postType", "wp_font_family"), ("taxonomy", "nav_menu"), ("taxonomy", "wp_pattern_category"),
               ("postType", "attachment"))
AUTHOR_ONLY = (("taxonomy", "post_tag"), ("postType", "attachment"), ("taxonomy", "wp_pattern_category"))


def _case(name: str, auth: str, query: dict[str, object] | None = None, method: str = "GET") -> dict[str, object]:
    case: dict[str, object] = {"name": name, "method": method, "path": PATH}
    if query is not None:
        case["query"] = query
    case["auth"] = auth
    return case


def _slug(kind: str, name: str) -> str:
    return f"{kind or 'empty'}-{name or 'empty'}".replace(" ", "_")


def cases() -> list[dict[str, object]]:
    out = []
    for role in ROLES:
        for kind, name in EVERY_ROLE:
            out.append(_case(f"viewconfig-{_slug(kind, name)}-{role}", role, {"kind": kind, "name": name}))
    for auth, pairs in (("admin", ADMIN_ONLY), ("editor", EDITOR_ONLY), ("author", AUTHOR_ONLY)):
        for kind, name in pairs:
            out.append(_case(f"viewconfig-{_slug(kind, name)}-{auth}-only", auth, {"kind": kind, "name": name}))
    out += [
        _case("viewconfig-missing-both-admin", "admin", {}),
        _case("viewconfig-missing-both-none", "none", {}),
        _case("viewconfig-missing-name-admin", "admin", {"kind": "postType"}),
        _case("viewconfig-missing-kind-admin", "admin", {"name": "post"}),
        _case("viewconfig-kind-array-admin", "admin", {"kind[]": "postType", "name": "post"}),
        _case("viewconfig-name-array-admin", "admin", {"kind": "postType", "name[]": "post"}),
        _case("viewconfig-fields-admin", "admin", {"kind": "postType", "name": "page", "_fields": "kind,name,version"}),
        _case("viewconfig-fields-nested-admin", "admin",
              {"kind": "postType", "name": "page", "_fields": "default_view.sort,view_list"}),
        _case("viewconfig-context-edit-admin", "admin", {"kind": "postType", "name": "post", "context": "edit"}),
        _case("viewconfig-envelope-admin", "admin", {"kind": "root", "name": "site", "_envelope": "1"}),
        _case("viewconfig-post-admin", "admin", {"kind": "postType", "name": "post"}, "POST"),
        _case("viewconfig-options-none", "none", None, "OPTIONS"),
        _case("viewconfig-options-admin", "admin", None, "OPTIONS"),
    ]
    return out


_NOW = ["body.date", "body.modified", "body.date_gmt", "body.modified_gmt"]


def template_write_cases() -> list[dict[str, object]]:
    """Templates by a user (twice: one view per author) and a customised theme template, then the views;
    then template parts created and customised in the database, as core/template-part's variations list them."""
    content = "<!-- wp:paragraph --><p>View config</p><!-- /wp:paragraph -->"
    out: list[dict[str, object]] = []
    for slug, title in (("vc-landing", "Landing"), ("vc-promo", "Promo")):
        out.append({"name": f"vcw-create-{slug}", "method": "POST", "path": "/wp-json/wp/v2/templates", "auth": "admin",
                    "body": {"slug": slug, "title": title, "content": content, "author": 2}, "ignore": _NOW})
    out.append({"name": "vcw-customise-page", "method": "POST", "path": "/wp-json/wp/v2/templates/twentytwentyfive//page",
                "auth": "admin", "body": {"content": content}, "ignore": _NOW})
    for role in ("admin", "editor"):
        out.append(_case(f"vcw-wp_template-{role}", role, {"kind": "postType", "name": "wp_template"}))
    # A part created in the database joins the theme's in core/template-part's variations.
    out.append({"name": "vcw-create-part", "method": "POST", "path": "/wp-json/wp/v2/template-parts", "auth": "admin",
                "body": {"slug": "vc-banner", "title": "Banner", "area": "footer", "content": content}, "ignore": _NOW})
    out.append({"name": "vcw-customise-header", "method": "POST",
                "path": "/wp-json/wp/v2/template-parts/twentytwentyfive//header", "auth": "admin",
                "body": {"title": "Site header", "content": content}, "ignore": _NOW})
    out.append({"name": "vcw-template-part-variations", "method": "GET",
                "path": "/wp-json/wp/v2/block-types/core/template-part", "query": {"_fields": "name,variations"},
                "auth": "admin"})
    out.append(_case("vcw-wp_template_part-admin", "admin", {"kind": "postType", "name": "wp_template_part"}))
    return out


if __name__ == "__main__":
    here = Path(__file__).parent
    for target, written in (("cases-viewconfig.jsonl", cases()), ("cases-viewconfig-writes.jsonl", template_write_cases())):
        (here / target).write_text("".join(json.dumps(c) + "\n" for c in written), encoding="utf-8")
