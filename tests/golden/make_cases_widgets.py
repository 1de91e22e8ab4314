"""Write ``cases-widgets.jsonl``: ``/wp/v2/widgets`` CRUD and ``widget-types/{id}/encode|render``.

Reads per role, then writes in order on the fixture site (its five block widgets, which the first
request moves to ``wp_inactive_widgets``): block widgets first, then one widget of each legacy core
type created from a raw instance and read back with its admin form (``rendered_form``), then encode
and render per widget type. Every request writes (``retrieve_widgets`` saves), so the suite is
recorded right after a reset and the oracle is reset afterwards (README.md).

The ``encoded`` instances sent carry ``wp_hash`` made with the oracle's ``AUTH_KEY`` + ``AUTH_SALT``
(``tests/auth/conftest.py``): HMAC-MD5 of the PHP-serialized instance.
Run: ``PYTHONPATH=src:. python3 tests/golden/make_cases_widgets.py``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

from broadsheet.storage.phpserial import serialize
from tests.auth.conftest import TEST_SALTS

ROLES = ("none", "subscriber", "editor", "admin")
OUT = Path(__file__).parent / "cases-widgets.jsonl"

#: One raw instance per legacy core widget type (rss and the media types: see ``encode_cases``).
LEGACY = {
    "text": {"title": "Hello", "text": "Some <b>bold</b> text", "filter": True, "visual": True},
    "custom_html": {"title": "HTML", "content": "<p>hi</p>"},
    "archives": {"title": "Arch", "count": 1, "dropdown": 0},
    "categories": {"title": "Cats", "count": 1, "hierarchical": 1, "dropdown": 0},
    "recent-posts": {"title": "Recent", "number": 3, "show_date": True},
    "recent-comments": {"title": "Comments", "number": 4},
    "pages": {"title": "Pages", "sortby": "menu_order", "exclude": ""},
    "meta": {"title": "Meta"},
    "search": {"title": "Find"},
    "calendar": {"title": "Cal"},
    "tag_cloud": {"title": "Tags", "count": 0, "taxonomy": "post_tag"},
    "nav_menu": {"title": "Menu", "nav_menu": 0},
}
ALL_TYPES = ("archives", "block", "calendar", "categories", "custom_html", "media_audio", "media_gallery",
             "media_image", "media_video", "meta", "nav_menu", "pages", "recent-comments", "recent-posts", "rss",
             "search", "tag_cloud", "text")


def wp_hash(data: str) -> str:
    key = (TEST_SALTS["AUTH_KEY"] + TEST_SALTS["AUTH_SALT"]).encode()
    return hmac.new(key, data.encode("utf-8"), hashlib.md5).hexdigest()


def encoded(instance: Any) -> dict[str, str]:
    data = serialize(instance)
    return {"encoded": base64.b64encode(data.encode("utf-8")).decode(), "hash": wp_hash(data)}


def case(name: str, path: str, auth: str = "admin", *, method: str = "GET", query: dict[str, Any] | None = None,
         body: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f"widgets-{name}", "method": method, "path": f"/wp-json{path}", "auth": auth}
    if query:
        out["query"] = query
    if body is not None:
        out["body"] = body
    return out


def reads() -> list[dict[str, Any]]:
    out = [case(f"list-{role}", "/wp/v2/widgets", role) for role in ROLES]
    out += [
        case("list-edit", "/wp/v2/widgets", query={"context": "edit"}),
        case("list-embed", "/wp/v2/widgets", query={"context": "embed"}),
        case("list-inactive", "/wp/v2/widgets", query={"sidebar": "wp_inactive_widgets"}),
        case("list-unknown-sidebar", "/wp/v2/widgets", query={"sidebar": "sidebar-1"}),
        case("list-unknown-sidebar-anon", "/wp/v2/widgets", "none", query={"sidebar": "sidebar-1"}),
        case("list-fields", "/wp/v2/widgets", query={"_fields": "id,instance", "context": "edit"}),
        case("list-bad-context", "/wp/v2/widgets", query={"context": "nope"}),
        case("list-options", "/wp/v2/widgets", "none", method="OPTIONS"),
        case("item-options", "/wp/v2/widgets/block-2", "none", method="OPTIONS"),
        case("item-embed-links", "/wp/v2/widgets/block-2", query={"_embed": "1"}),
    ]
    out += [case(f"item-{role}", "/wp/v2/widgets/block-3", role) for role in ROLES]
    out += [
        case("item-edit", "/wp/v2/widgets/block-4", query={"context": "edit"}),
        case("item-edit-group", "/wp/v2/widgets/block-3", query={"context": "edit"}),
        case("item-unknown", "/wp/v2/widgets/block-99"),
        case("item-unknown-anon", "/wp/v2/widgets/block-99", "none"),
        case("item-no-number", "/wp/v2/widgets/block"),
        case("item-unknown-type", "/wp/v2/widgets/nope-2"),
    ]
    return out


def block_writes() -> list[dict[str, Any]]:
    para = "<!-- wp:paragraph --><p>New widget</p><!-- /wp:paragraph -->"
    return [
        *[case(f"create-{role}", "/wp/v2/widgets", role, method="POST",
               body={"id_base": "block", "instance": {"raw": {"content": para}}}) for role in ("none", "editor")],
        case("create-no-id-base", "/wp/v2/widgets", method="POST", body={"instance": {"raw": {"content": para}}}),
        case("create-unknown-type", "/wp/v2/widgets", method="POST", body={"id_base": "nope"}),
        case("create-bad-instance", "/wp/v2/widgets", method="POST", body={"id_base": "block", "instance": "x"}),
        case("create-empty-instance", "/wp/v2/widgets", method="POST", body={"id_base": "block", "instance": {}}),
        case("create-bad-hash", "/wp/v2/widgets", method="POST",
             body={"id_base": "block", "instance": {"encoded": encoded({"content": "x"})["encoded"], "hash": "0"}}),
        case("create-bad-sidebar", "/wp/v2/widgets", method="POST", body={"id_base": "block", "sidebar": 5}),
        case("create-block", "/wp/v2/widgets", method="POST", body={"id_base": "block", "instance": {"raw": {"content": para}}}),
        case("create-block-encoded", "/wp/v2/widgets", method="POST",
             body={"id_base": "block", "instance": encoded({"content": "<!-- wp:html --><b>é</b><!-- /wp:html -->"})}),
        case("create-block-sidebar", "/wp/v2/widgets", method="POST",
             body={"id_base": "block", "sidebar": "sidebar-1", "instance": {"raw": {"content": "<p>side</p>"}}}),
        case("create-block-form-data", "/wp/v2/widgets", method="POST",
             body={"id_base": "block", "form_data": "widget-block[10][content]=%3Cp%3Eform%3C%2Fp%3E"}),
        case("create-block-no-instance", "/wp/v2/widgets", method="POST", body={"id_base": "block"}),
        case("list-after-create", "/wp/v2/widgets", query={"context": "edit"}),
        case("update-none", "/wp/v2/widgets/block-2", "none", method="PUT", body={"instance": {"raw": {"content": "x"}}}),
        case("update-editor", "/wp/v2/widgets/block-2", "editor", method="PUT", body={"instance": {"raw": {"content": "x"}}}),
        case("update-raw", "/wp/v2/widgets/block-2", method="PUT",
             body={"instance": {"raw": {"content": "<!-- wp:paragraph --><p>Changed</p><!-- /wp:paragraph -->"}}}),
        case("update-encoded", "/wp/v2/widgets/block-3", method="POST", body={"instance": encoded({"content": "<p>enc</p>"})}),
        case("update-form-data", "/wp/v2/widgets/block-4", method="PATCH",
             body={"form_data": "widget-block[4][content]=%3Cp%3Eviaform%3C%2Fp%3E"}),
        case("update-sidebar", "/wp/v2/widgets/block-5", method="PUT", body={"sidebar": "sidebar-2"}),
        case("update-same-sidebar", "/wp/v2/widgets/block-6", method="PUT", body={"sidebar": "wp_inactive_widgets"}),
        case("update-nothing", "/wp/v2/widgets/block-6", method="PUT", body={}),
        case("update-unknown", "/wp/v2/widgets/block-99", method="PUT", body={"instance": {"raw": {"content": "x"}}}),
        case("update-bad-hash", "/wp/v2/widgets/block-2", method="PUT", body={"instance": {"encoded": "eA==", "hash": "1"}}),
        case("list-after-update", "/wp/v2/widgets", query={"context": "edit"}),
        case("delete-none", "/wp/v2/widgets/block-2", "none", method="DELETE"),
        case("delete-editor", "/wp/v2/widgets/block-2", "editor", method="DELETE", query={"force": "true"}),
        case("delete-unknown", "/wp/v2/widgets/block-99", method="DELETE"),
        case("delete-trash", "/wp/v2/widgets/block-5", method="DELETE"),
        case("delete-force", "/wp/v2/widgets/block-6", method="DELETE", query={"force": "true"}),
        case("delete-bad-force", "/wp/v2/widgets/block-2", method="DELETE", query={"force": "maybe"}),
        case("get-deleted", "/wp/v2/widgets/block-6"),
        case("list-after-delete", "/wp/v2/widgets", query={"context": "edit"}),
        case("sidebars-after-delete", "/wp/v2/sidebars"),
    ]


def legacy_writes() -> list[dict[str, Any]]:
    out = []
    for id_base, instance in LEGACY.items():
        out.append(case(f"create-{id_base}", "/wp/v2/widgets", method="POST",
                        body={"id_base": id_base, "instance": {"raw": instance}}))
        out.append(case(f"get-{id_base}", f"/wp/v2/widgets/{id_base}-2", query={"context": "edit"}))
    out.append(case("list-legacy", "/wp/v2/widgets"))
    return out


def encode_cases() -> list[dict[str, Any]]:
    out = [
        case("encode-none", "/wp/v2/widget-types/block/encode", "none", method="POST", body={}),
        case("encode-editor", "/wp/v2/widget-types/block/encode", "editor", method="POST", body={}),
        case("encode-unknown", "/wp/v2/widget-types/nope/encode", method="POST", body={}),
        case("encode-bad-hash", "/wp/v2/widget-types/block/encode", method="POST",
             body={"instance": {"encoded": "eA==", "hash": "1"}}),
        case("encode-raw-ignored", "/wp/v2/widget-types/block/encode", method="POST",
             body={"instance": {"raw": {"content": "<p>raw</p>"}}}),
        case("encode-block-paragraph", "/wp/v2/widget-types/block/encode", method="POST",
             body={"instance": encoded({"content": "<!-- wp:paragraph --><p>Enc</p><!-- /wp:paragraph -->"})}),
        case("encode-block-form", "/wp/v2/widget-types/block/encode", method="POST",
             body={"form_data": "widget-block[-1][content]=%3Cp%3EForm%3C%2Fp%3E"}),
        case("encode-block-number", "/wp/v2/widget-types/block/encode", method="POST", body={"number": 7}),
        case("render-none", "/wp/v2/widget-types/block/render", "none", method="POST", body={}),
        case("render-unknown", "/wp/v2/widget-types/nope/render", method="POST", body={}),
    ]
    for id_base in ALL_TYPES:
        out.append(case(f"encode-{id_base}", f"/wp/v2/widget-types/{id_base}/encode", method="POST", body={}))
        instance = LEGACY.get(id_base, {"content": "<p>Block</p>"} if id_base == "block" else {"title": "T"})
        out.append(case(f"encode-{id_base}-instance", f"/wp/v2/widget-types/{id_base}/encode", method="POST",
                        body={"instance": encoded(instance)}))
        out.append(case(f"render-{id_base}", f"/wp/v2/widget-types/{id_base}/render", method="POST",
                        body={"instance": encoded(instance)}))
    return out


def later_cases() -> list[dict[str, Any]]:
    """Legacy (non-visual) text widgets, a batch as the widgets editor saves, the dropdown previews,
    sidebars embedding their widgets and HEAD (appended last, so the cases before keep their state)."""
    legacy = {"title": "Old", "text": "Line one\nLine two", "filter": False, "visual": False}
    return [
        case("create-text-legacy", "/wp/v2/widgets", method="POST", body={"id_base": "text", "instance": {"raw": legacy}}),
        case("get-text-legacy", "/wp/v2/widgets/text-3", query={"context": "edit"}),
        *[case(f"encode-text-legacy-{name}", "/wp/v2/widget-types/text/encode", method="POST",
               body={"instance": encoded(instance)}) for name, instance in (
            ("comment", {"title": "C", "text": "<!-- note --><b>x</b>", "filter": True}),
            ("div", {"title": "D", "text": "<div>block</div>", "filter": True}),
            ("safe", {"title": "S", "text": "<b>bold</b> <a href=\"/x\">link</a>", "filter": True}),
            ("attr", {"title": "A", "text": "<b class=\"c\">bold</b>", "filter": True}),
            ("empty-el", {"title": "E", "text": "<b> </b>text", "filter": True}),
            ("breaks", {"title": "B", "text": "one\ntwo", "filter": False}),
        )],
        case("encode-text-legacy-form", "/wp/v2/widget-types/text/encode", method="POST",
             body={"form_data": "widget-text[3][title]=T&widget-text[3][text]=%3Cp%3Ea%3C%2Fp%3E&widget-text[3][visual]="}),
        case("batch-editor-save", "/batch/v1", method="POST", body={"requests": [
            {"method": "POST", "path": "/wp/v2/widgets",
             "body": {"id_base": "block", "sidebar": "wp_inactive_widgets", "instance": {"raw": {"content": "<p>b1</p>"}}}},
            {"method": "PUT", "path": "/wp/v2/widgets/block-3", "body": {"instance": {"raw": {"content": "<p>b2</p>"}}}},
            {"method": "DELETE", "path": "/wp/v2/widgets/block-4?force=true"},
            {"method": "POST", "path": "/wp/v2/widgets",
             "body": {"id_base": "block", "sidebar": "sidebar-1", "instance": {"raw": {"content": "<p>b3</p>"}}}},
        ]}),
        case("list-after-batch", "/wp/v2/widgets", query={"_fields": "id,sidebar"}),
        *[case(f"encode-{id_base}-{name}", f"/wp/v2/widget-types/{id_base}/encode", method="POST",
               body={"instance": encoded(instance)}) for id_base, name, instance in (
            ("archives", "dropdown", {"title": "", "count": 0, "dropdown": 1}),
            ("archives", "dropdown-count", {"title": "Arch", "count": 1, "dropdown": 1}),
            ("categories", "dropdown", {"title": "", "count": 0, "hierarchical": 0, "dropdown": 1}),
            ("categories", "dropdown-tree", {"title": "Cats", "count": 1, "hierarchical": 1, "dropdown": 1}),
        )],
        case("sidebars-embed-widgets", "/wp/v2/sidebars", query={"_embed": "1"}),
        case("sidebar-embed-widgets-edit", "/wp/v2/sidebars/wp_inactive_widgets", query={"_embed": "1", "context": "edit"}),
        case("list-head", "/wp/v2/widgets", method="HEAD"),
        case("update-null-instance", "/wp/v2/widgets/block-2", method="PUT", body={"instance": None}),
        case("update-null-form-data", "/wp/v2/widgets/block-2", method="PUT", body={"form_data": None}),
        case("create-null-instance", "/wp/v2/widgets", method="POST", body={"id_base": "block", "instance": None}),
        case("update-null-sidebar", "/wp/v2/widgets/block-2", method="PUT", body={"sidebar": None}),
        case("get-after-null-sidebar", "/wp/v2/widgets/block-2"),
        case("update-empty-sidebar", "/wp/v2/widgets/block-3", method="PUT", body={"sidebar": ""}),
        case("list-after-null-sidebar", "/wp/v2/widgets", query={"_fields": "id,sidebar"}),
        *[case(f"encode-{id_base}-{name}", f"/wp/v2/widget-types/{id_base}/encode", method="POST",
               body={"instance": encoded(instance)}) for id_base, name, instance in (
            ("media_image", "url", {"url": "http://example.test/a.png", "title": "Pic", "alt": "An image"}),
            ("media_image", "url-linked", {"url": "http://example.test/b.png", "width": 40, "height": 30,
                                           "link_type": "file", "link_url": "http://example.test/b.png",
                                           "caption": "Cap"}),
            ("media_audio", "url", {"url": "http://example.test/a.mp3", "title": "Song"}),
            ("media_video", "url", {"url": "http://example.test/v.mp4", "title": "Clip"}),
            ("media_video", "youtube", {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Tube"}),
            ("media_gallery", "ids", {"ids": [5, 6, 7], "columns": 2, "title": "Pics"}),
            ("media_gallery", "not-attachments", {"ids": [1, 5]}),
        )],
    ]


def main() -> None:
    cases = reads() + block_writes() + legacy_writes() + encode_cases() + later_cases()
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
