"""Write ``cases-health.jsonl``: the icons, icon-collections, abilities, view-config and site-health routes.

Each route per role (anonymous, subscriber, contributor, author, editor, administrator where the
answer depends on it), its errors (unknown names, bad params) and OPTIONS. Read-only, except the
ability runs, which only read. Run: ``python tests/golden/make_cases_health.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROLES = ("none", "subscriber", "contributor", "author", "editor", "admin")
OUT = Path(__file__).parent / "cases-health.jsonl"


def case(name: str, path: str, auth: str = "admin", *, method: str = "GET", query: dict[str, Any] | None = None,
         body: Any = None, ignore: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "method": method, "path": f"/wp-json{path}", "auth": auth}
    if query:
        out["query"] = query
    if body is not None:
        out["body"] = body
    if ignore:
        out["ignore"] = ignore
    return out


def icons() -> list[dict[str, Any]]:
    out = [case(f"icons-list-{role}", "/wp/v2/icons", role) for role in ROLES]
    out += [case(f"icon-collections-{role}", "/wp/v2/icon-collections", role) for role in ROLES]
    for name, query in [
        ("search-arrow", {"search": "arrow"}), ("search-upper", {"search": "ARROW-UP"}),
        ("search-label", {"search": "symbol (@"}), ("search-zero", {"search": "0"}),
        ("search-none-found", {"search": "zzz"}), ("search-empty", {"search": ""}),
        ("collection-core", {"collection": "core"}), ("collection-unknown", {"collection": "nope"}),
        ("collection-bad-pattern", {"collection": "Bad!"}), ("per-page-ignored", {"per_page": 2, "page": 3}),
        ("per-page-zero", {"per_page": 0}), ("context-bad", {"context": "bogus"}),
        ("context-embed", {"context": "embed", "search": "left"}), ("fields", {"_fields": "name,label", "search": "up"}),
        ("search-percent", {"search": "%"}), ("search-unicode", {"search": "é"}), ("search-tags", {"search": "<b>arrow</b>"}),
        ("search-spaces", {"search": "  arrow   left "}), ("fields-content", {"_fields": "content", "search": "at-symbol"}),
        ("collection-empty", {"collection": ""}), ("search-array", {"search": ["a"]}),
    ]:
        out.append(case(f"icons-{name}", "/wp/v2/icons", query=query))
    out += [
        case("icons-in-collection", "/wp/v2/icons/core", query={"search": "chevron"}),
        case("icons-in-collection-unknown", "/wp/v2/icons/nope"),
        case("icons-in-collection-query-wins", "/wp/v2/icons/core", query={"collection": "other"}),
        case("icons-in-collection-subscriber", "/wp/v2/icons/core", "subscriber"),
        case("icon-item", "/wp/v2/icons/core/arrow-left"),
        case("icon-item-author", "/wp/v2/icons/core/at-symbol", "author"),
        case("icon-item-contributor-embed", "/wp/v2/icons/core/at-symbol", "contributor", query={"context": "embed"}),
        case("icon-item-unknown", "/wp/v2/icons/core/no-such-icon"),
        case("icon-item-unknown-collection", "/wp/v2/icons/other/arrow-left"),
        case("icon-item-uppercase", "/wp/v2/icons/CORE/arrow-left"),
        case("icon-item-none", "/wp/v2/icons/core/arrow-left", "none"),
        case("icon-item-subscriber", "/wp/v2/icons/core/arrow-left", "subscriber"),
        case("icon-item-context-bad", "/wp/v2/icons/core/arrow-left", query={"context": "x"}),
        case("icon-collection-item", "/wp/v2/icon-collections/core"),
        case("icon-collection-item-embed", "/wp/v2/icon-collections/core", "contributor", query={"context": "embed"}),
        case("icon-collection-item-unknown", "/wp/v2/icon-collections/nope"),
        case("icon-collection-item-none", "/wp/v2/icon-collections/core", "none"),
        case("icon-collections-per-page-bad", "/wp/v2/icon-collections", query={"per_page": 101}),
        case("icons-options", "/wp/v2/icons", "none", method="OPTIONS"),
        case("icons-collection-options", "/wp/v2/icons/core", "none", method="OPTIONS"),
        case("icon-item-options", "/wp/v2/icons/core/arrow-left", "admin", method="OPTIONS"),
        case("icon-collections-options", "/wp/v2/icon-collections", "subscriber", method="OPTIONS"),
        case("icon-collection-item-options", "/wp/v2/icon-collections/core", "none", method="OPTIONS"),
    ]
    return out


#: Values that describe the server, not the site (PHP vs Python, the database server): not compared.
ENV_IGNORE = ["body.php_version", "body.db_server_info"]
RUN = "/wp-abilities/v1/abilities/core/get-{}/run"


def abilities() -> list[dict[str, Any]]:
    out = []
    for role in ROLES:
        out.append(case(f"abilities-list-{role}", "/wp-abilities/v1/abilities", role))
        out.append(case(f"ability-categories-{role}", "/wp-abilities/v1/categories", role))
        out.append(case(f"ability-run-user-info-{role}", RUN.format("user-info"), role))
        out.append(case(f"ability-run-site-info-{role}", RUN.format("site-info"), role))
        out.append(case(f"ability-run-environment-{role}", RUN.format("environment-info"), role, ignore=ENV_IGNORE))
    for name, query in [
        ("category-site", {"category": "site"}), ("category-user", {"category": "USER"}),
        ("category-unknown", {"category": "nope"}), ("namespace-core", {"namespace": "core"}),
        ("namespace-slash", {"namespace": "core/"}), ("namespace-other", {"namespace": "other"}),
        ("meta-readonly", {"meta": {"annotations": {"readonly": "true"}}}),
        ("meta-destructive", {"meta": {"annotations": {"destructive": "true"}}}),
        ("meta-public", {"meta": {"public": "1"}}),
        ("meta-show-in-rest-false", {"meta": {"show_in_rest": "0"}}),
        ("meta-unknown-key", {"meta": {"nope": "1"}}),
        ("page-2", {"per_page": 1, "page": 2}), ("page-1-of-3", {"per_page": 1, "category": "site"}),
        ("page-out-of-range", {"page": 5}), ("per-page-bad", {"per_page": 0}), ("per-page-max", {"per_page": 101}),
        ("context-embed", {"context": "embed"}), ("context-edit", {"context": "edit"}),
        ("context-bad", {"context": "x"}), ("fields", {"_fields": "name,category"}),
        ("fields-links", {"_fields": "name,_links"}),
        ("namespace-with-slash-part", {"namespace": "core/get"}), ("namespace-upper", {"namespace": "CORE"}),
        ("namespace-zero", {"namespace": "0"}), ("category-zero", {"category": "0"}),
        ("meta-readonly-false", {"meta": {"annotations": {"readonly": "false"}}}),
        ("meta-readonly-empty", {"meta": {"annotations": {"readonly": ""}}}),
        ("meta-readonly-bad", {"meta": {"annotations": {"readonly": "maybe"}}}),
        ("meta-annotations-scalar", {"meta": {"annotations": "x"}}),
        ("meta-scalar", {"meta": "x"}), ("meta-empty", {"meta": ""}),
        ("meta-two-conditions", {"meta": {"annotations": {"readonly": "1", "idempotent": "true"}}}),
        ("meta-extra-annotation", {"meta": {"annotations": {"other": "1"}}}),
        ("per-page-2-page-2", {"per_page": 2, "page": 2}), ("page-zero", {"page": 0}),
        ("embed", {"_embed": "1"}),
    ]:
        out.append(case(f"abilities-{name}", "/wp-abilities/v1/abilities", query=query))
    for name, query in [("page-2", {"per_page": 1, "page": 2}), ("context-embed", {"context": "embed"}),
                        ("per-page-bad", {"per_page": "x"}), ("page-out-of-range", {"page": 3})]:
        out.append(case(f"ability-categories-{name}", "/wp-abilities/v1/categories", "subscriber", query=query))
    out += [
        case("ability-category-site", "/wp-abilities/v1/categories/site", "subscriber"),
        case("ability-category-user-embed", "/wp-abilities/v1/categories/user", query={"context": "embed"}),
        case("ability-category-unknown", "/wp-abilities/v1/categories/nope"),
        case("ability-category-uppercase", "/wp-abilities/v1/categories/SITE"),
        case("ability-category-none", "/wp-abilities/v1/categories/site", "none"),
        case("ability-item", "/wp-abilities/v1/abilities/core/get-site-info", "subscriber"),
        case("ability-item-embed", "/wp-abilities/v1/abilities/core/get-user-info", query={"context": "embed"}),
        case("ability-item-unknown", "/wp-abilities/v1/abilities/core/nope"),
        case("ability-item-uppercase", "/wp-abilities/v1/abilities/CORE/get-site-info"),
        case("ability-item-none", "/wp-abilities/v1/abilities/core/get-site-info", "none"),
        case("ability-item-trailing-slash", "/wp-abilities/v1/abilities/core/get-site-info/"),
        case("ability-run-unknown", "/wp-abilities/v1/abilities/core/nope/run"),
        case("ability-run-unknown-none", "/wp-abilities/v1/abilities/core/nope/run", "none"),
        case("ability-run-fields", RUN.format("site-info"), query={"input": {"fields": ["version", "name", "language"]}}),
        case("ability-run-fields-duplicate", RUN.format("site-info"), query={"input": {"fields": ["url", "url"]}}),
        case("ability-run-fields-empty", RUN.format("user-info"), "author", query={"input": {"fields": ""}}),
        case("ability-run-user-fields", RUN.format("user-info"), "contributor",
             query={"input": {"fields": ["roles", "id", "locale"]}}),
        case("ability-run-env-fields", RUN.format("environment-info"),
             query={"input": {"fields": ["wp_version", "environment"]}}),
        case("ability-run-bad-field", RUN.format("site-info"), query={"input": {"fields": ["nope"]}}),
        case("ability-run-bad-field-none", RUN.format("site-info"), "none", query={"input": {"fields": ["nope"]}}),
        case("ability-run-extra-key", RUN.format("user-info"), "subscriber", query={"input": {"other": "1"}}),
        case("ability-run-input-string", RUN.format("site-info"), query={"input": "abc"}),
        case("ability-run-input-empty", RUN.format("site-info"), query={"input": ""}),
        case("ability-run-fields-not-array", RUN.format("site-info"), query={"input": {"fields": {"a": "name"}}}),
        case("ability-run-post", RUN.format("site-info"), method="POST", body={"input": {"fields": ["name"]}}),
        case("ability-run-post-none", RUN.format("site-info"), "none", method="POST"),
        case("ability-run-delete", RUN.format("user-info"), "subscriber", method="DELETE"),
        case("ability-run-put", RUN.format("user-info"), "subscriber", method="PUT", body={"input": {}}),
        case("ability-run-method-override", RUN.format("site-info"), method="POST", query={"_method": "GET"}),
        case("ability-run-fields-filter", RUN.format("site-info"), query={"_fields": "name", "input": {"fields": ["name", "url"]}}),
        {**case("ability-run-query-over-json", RUN.format("site-info"), method="POST",
                query={"_method": "GET", "input": {"fields": ["name"]}}),
         "raw_body": json.dumps({"input": {"fields": ["url"]}}), "content_type": "application/json"},
        {**case("ability-run-json-only-on-get", RUN.format("site-info"), method="POST", query={"_method": "GET"}),
         "raw_body": json.dumps({"input": {"fields": ["nope"]}}), "content_type": "application/json"},
        case("ability-run-head", RUN.format("site-info"), method="HEAD"),
        case("ability-run-name-bad-chars", "/wp-abilities/v1/abilities/core/get_site_info/run"),
        case("abilities-index", "/wp-abilities/v1", "none"),
        case("abilities-options", "/wp-abilities/v1/abilities", "none", method="OPTIONS"),
        case("ability-item-options", "/wp-abilities/v1/abilities/core/get-site-info", "none", method="OPTIONS"),
        case("ability-run-options", RUN.format("site-info"), "admin", method="OPTIONS"),
        case("ability-categories-options", "/wp-abilities/v1/categories", "subscriber", method="OPTIONS"),
        case("ability-category-options", "/wp-abilities/v1/categories/site", "none", method="OPTIONS"),
    ]
    return out


#: The site-health routes broadsheet implements (the loopback, page-cache and background-updates tests
#: need outbound HTTP or WordPress's updater; see docs).
HEALTH = ("tests/https-status", "tests/dotorg-communication", "tests/authorization-header", "directory-sizes")
#: Sizes describe the server's files and database, not the site: compared by the tests' own checks.
SIZES_IGNORE = [f"body.{name}" for name in ("wordpress_size", "themes_size", "plugins_size", "uploads_size",
                                              "fonts_size", "database_size", "total_size")]


def site_health() -> list[dict[str, Any]]:
    out = []
    for route in HEALTH:
        slug = route.rsplit("/", 1)[-1]
        for role in ROLES:
            ignore = SIZES_IGNORE if route == "directory-sizes" and role == "admin" else None
            out.append(case(f"health-{slug}-{role}", f"/wp-site-health/v1/{route}", role, ignore=ignore))
        out.append(case(f"health-{slug}-options", f"/wp-site-health/v1/{route}", "none", method="OPTIONS"))
        out.append(case(f"health-{slug}-post", f"/wp-site-health/v1/{route}", "admin", method="POST"))
    out += [
        case("health-https-status-fields", "/wp-site-health/v1/tests/https-status", query={"_fields": "status,test"}),
        case("health-https-status-context", "/wp-site-health/v1/tests/https-status", query={"context": "embed"}),
        case("health-authorization-header-options-admin", "/wp-site-health/v1/tests/authorization-header",
             method="OPTIONS"),
    ]
    return out


def main() -> None:
    cases = icons() + abilities() + site_health()
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "case names must be unique"
    OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
