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


def main() -> None:
    cases = icons()
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "case names must be unique"
    OUT.write_text("".join(json.dumps(c) + "\n" for c in cases))
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
