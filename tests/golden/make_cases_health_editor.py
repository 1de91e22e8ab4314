"""Write ``cases-health-editor.jsonl``: Site Health's loopback, page-cache and background-updates
tests, ``wp-block-editor/v1/url-details`` and ``wp-block-editor/v1/export``.

Each route per role, its errors and OPTIONS. ``url-details`` fetches the pages of
``url-details/`` (copied to the oracle's document root at ``/bs-url-details/`` while recording;
served by the replay test at the same path). Run: ``python tests/golden/make_cases_health_editor.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from make_cases_health import case  # the same case shape (run as a script: its folder is on sys.path)

OUT = Path(__file__).parent / "cases-health-editor.jsonl"
PAGES = "http://127.0.0.1:8881/bs-url-details/"
ROLES = ("none", "subscriber", "contributor", "author", "editor", "admin")


def site_health() -> list[dict[str, Any]]:
    out = []
    #: What describes the machine, not the rules: the oracle's PHP installation (Debian's updater
    #: note, FTP ownership) and its measured response times; checked by the replay test instead.
    machine = {"background-updates": ["body.description"], "page-cache": ["body.label", "body.description"]}
    for test in ("background-updates", "loopback-requests", "page-cache"):
        path = f"/wp-site-health/v1/tests/{test}"
        for role in ("none", "subscriber", "editor", "admin"):
            out.append(case(f"health-{test}-{role}", path, role, ignore=machine.get(test) if role == "admin" else None))
        out.append(case(f"health-{test}-options", path, "none", method="OPTIONS"))
        out.append(case(f"health-{test}-post", path, "admin", method="POST"))
    out.append(case("health-loopback-requests-fields", "/wp-site-health/v1/tests/loopback-requests",
                    query={"_fields": "status,test"}))
    return out


def url_details() -> list[dict[str, Any]]:
    path = "/wp-block-editor/v1/url-details"
    out = [case(f"url-details-{role}", path, role, query={"url": PAGES + "full.html"}) for role in ROLES]
    for page in ("entities", "relative", "data-icon", "nohead", "body-only-end", "many", "plain", "empty", "missing"):
        out.append(case(f"url-details-page-{page}", path, "contributor", query={"url": f"{PAGES}{page}.html"}))
    out += [
        case("url-details-trailing-slash", path, query={"url": PAGES + "full.html/"}),
        case("url-details-query-string", path, query={"url": PAGES + "full.html?a=1&b=2"}),
        case("url-details-fields", path, query={"url": PAGES + "full.html", "_fields": "title,image"}),
        case("url-details-missing-url", path),
        case("url-details-missing-url-anon", path, "none"),
        case("url-details-empty-url", path, query={"url": ""}),
        case("url-details-not-a-url", path, query={"url": "notaurl"}),
        case("url-details-ftp", path, query={"url": "ftp://127.0.0.1:8881/x"}),
        case("url-details-javascript", path, query={"url": "javascript:alert(1)"}),
        case("url-details-localhost", path, query={"url": "http://localhost:8000/"}),
        case("url-details-other-port", path, query={"url": "http://127.0.0.1:9/"}),
        case("url-details-private-ip", path, query={"url": "http://10.0.0.1/"}),
        case("url-details-unresolvable", path, query={"url": "http://nothing.invalid/"}),
        case("url-details-credentials", path, query={"url": "http://user:pw@127.0.0.1:8881/bs-url-details/full.html"}),
        case("url-details-array", path, query={"url": ["a"]}),
        case("url-details-options", path, "none", method="OPTIONS"),
        case("url-details-post", path, "admin", method="POST", query={"url": PAGES + "full.html"}),
    ]
    return out


def export() -> list[dict[str, Any]]:
    path = "/wp-block-editor/v1/export"
    out = [case(f"export-{role}", path, role) for role in ROLES]
    out += [case("export-options", path, "none", method="OPTIONS"), case("export-post", path, method="POST"),
            case("editor-namespace", "/wp-block-editor/v1", "none")]
    return out


def main() -> None:
    cases = site_health() + url_details() + export()
    OUT.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
