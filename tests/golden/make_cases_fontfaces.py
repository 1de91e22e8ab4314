"""Write ``cases-fontfaces.jsonl``: the font faces of a font family (``/font-families/{id}/font-faces``).

Reads and errors before any family exists, then (ids are the fixture's next post ids, from 2560889)
a family, faces created from URLs and from uploaded font files (multipart), every settings error,
duplicates and wrong file types, reads per role and context, and deletes (force only); the family's
delete takes its remaining faces with it. Run: ``python tests/golden/make_cases_fontfaces.py``.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

ROLES = ("none", "subscriber", "contributor", "author", "editor", "admin")
OUT = Path(__file__).parent / "cases-fontfaces.jsonl"
FONTS = Path(__file__).parent / "fonts"
NEXT_POST = 2560889
FAMILY = NEXT_POST
SITE = "http://127.0.0.1:8881"
BOUNDARY = "broadsheetFontBoundary42"


def case(name: str, method: str, path: str, auth: str = "none", *, body: dict[str, Any] | None = None,
         query: dict[str, Any] | None = None, form: dict[str, Any] | None = None,
         multipart: bytes | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f"ff-{name}", "method": method, "path": f"/wp-json/wp/v2{path}", "auth": auth}
    if query:
        out["query"] = query
    if body is not None:
        out["body"] = body
    if form is not None:
        out["form"] = form
    if multipart is not None:
        out["raw_body_b64"] = base64.b64encode(multipart).decode()
        out["content_type"] = f"multipart/form-data; boundary={BOUNDARY}"
    return out


def settings(**values: Any) -> str:
    return json.dumps(values)


def multipart(fields: dict[str, str], files: dict[str, tuple[str, str, bytes]]) -> bytes:
    """A ``multipart/form-data`` body: text fields, then files as (file name, type, bytes)."""
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
             for name, value in fields.items()]
    for key, (filename, ctype, data) in files.items():
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{key}"; filename="{filename}"\r\n'
                     f"Content-Type: {ctype}\r\n\r\n".encode() + data + b"\r\n")
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def faces(family: int = FAMILY) -> str:
    return f"/font-families/{family}/font-faces"


def reads() -> list[dict[str, Any]]:
    cases = [case(f"list-missing-family-{role}", "GET", faces(999999), role) for role in ROLES]
    cases += [
        case("list-post-as-family", "GET", faces(1), "admin"),
        case("list-zero-family", "GET", faces(0), "admin"),
        case("item-missing-family", "GET", f"{faces(999999)}/1", "admin"),
        case("item-missing-family-anon", "GET", f"{faces(999999)}/1"),
        case("item-post-id", "GET", f"{faces(999999)}/1", "editor"),
        case("item-missing", "GET", f"{faces(999999)}/999998", "admin"),
        case("options", "OPTIONS", faces(1)),
        case("item-options", "OPTIONS", f"{faces(1)}/2"),
        case("delete-missing", "DELETE", f"{faces(999999)}/999998", "admin", query={"force": "true"}),
        case("create-missing-family", "POST", faces(999999), "admin",
             body={"font_face_settings": settings(fontFamily="Inter", src=f"{SITE}/inter.woff2")}),
        case("create-missing-family-anon", "POST", faces(999999),
             body={"font_face_settings": settings(fontFamily="Inter", src=f"{SITE}/inter.woff2")}),
    ]
    return cases


def writes() -> list[dict[str, Any]]:
    face_url, face_many, face_upload, face_ttf = NEXT_POST + 1, NEXT_POST + 2, NEXT_POST + 3, NEXT_POST + 4
    woff2 = (FONTS / "dashicons.woff2").read_bytes()
    ttf = (FONTS / "tinymce-small.ttf").read_bytes()
    woff = (FONTS / "tinymce-small.woff").read_bytes()
    inter = settings(fontFamily="Inter", fontStyle="normal", fontWeight="400", src=f"{SITE}/wp-content/inter.woff2")
    cases = [case("family-create", "POST", "/font-families", "admin", body={"font_family_settings": settings(
        name="Inter", slug="inter", fontFamily="Inter, sans-serif")})]
    cases += [case(f"list-empty-{role}", "GET", faces(), role) for role in ROLES]
    cases += [case(f"create-{role}", "POST", faces(), role, body={"font_face_settings": inter})
              for role in ("none", "subscriber", "editor")]
    cases += [
        case("create-url", "POST", faces(), "admin", body={"font_face_settings": inter}),
        case("create-many", "POST", faces(), "admin", body={"font_face_settings": settings(
            fontFamily="Inter, 'Helvetica Neue' <b>x</b>", fontStyle="italic", fontWeight=700, fontDisplay="swap",
            src=[" http://93.184.216.34/inter-italic.woff2", f"{SITE}/inter italic.woff"],
            fontStretch="condensed", unicodeRange="U+0000-00FF", preview=f"{SITE}/p.png",
            ascentOverride="90%", fontFeatureSettings='"liga" 1'), "theme_json_version": 2}),
        case("create-duplicate", "POST", faces(), "admin", body={"font_face_settings": settings(
            fontFamily="'inter'", fontWeight="normal", src="http://93.184.216.34/other.woff2")}),
        case("create-upload", "POST", faces(), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Inter", fontWeight="900", src="file-0")},
            {"file-0": ("Inter Black.woff2", "font/woff2", woff2)})),
        case("create-upload-ttf", "POST", faces(), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Inter", fontWeight="800", src=["file-0", "file-1"])},
            {"file-0": ("inter.ttf", "font/ttf", ttf), "file-1": ("inter.woff", "font/woff", woff)})),
        case("create-upload-png", "POST", faces(), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Inter", fontWeight="100", src="file-0")},
            {"file-0": ("inter.woff2", "font/woff2", base64.b64decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"))})),
        case("create-upload-text", "POST", faces(), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Inter", fontWeight="200", src="file-0")},
            {"file-0": ("inter.txt", "text/plain", b"not a font\n")})),
        case("create-upload-unused-file", "POST", faces(), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Inter", fontWeight="300", src=f"{SITE}/a.woff2")},
            {"file-0": ("inter.woff2", "font/woff2", woff2)})),
        case("create-missing-settings", "POST", faces(), "admin", body={}),
        case("create-bad-json", "POST", faces(), "admin", body={"font_face_settings": "{nope"}),
        case("create-not-string", "POST", faces(), "admin", body={"font_face_settings": {"fontFamily": "X"}}),
        case("create-no-src", "POST", faces(), "admin", body={"font_face_settings": settings(fontFamily="X")}),
        case("create-no-family", "POST", faces(), "admin",
             body={"font_face_settings": settings(src="http://93.184.216.34/x.woff2")}),
        case("create-empty-family", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="", src="http://93.184.216.34/x.woff2")}),
        case("create-empty-src", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src="")}),
        case("create-blank-src", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src=["http://93.184.216.34/x.woff2", "  "])}),
        case("create-bad-src", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src="nope.woff2")}),
        case("create-private-src", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src="http://10.0.0.1/x.woff2")}),
        case("create-src-number", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src=5)}),
        case("create-extra", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src="http://93.184.216.34/x.woff2", color="red")}),
        case("create-bad-display", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src="http://93.184.216.34/x.woff2",
                                                  fontDisplay="never")}),
        case("create-bad-weight", "POST", faces(), "admin",
             body={"font_face_settings": settings(fontFamily="X", src="http://93.184.216.34/x.woff2",
                                                  fontWeight=[400])}),
        case("create-bad-version", "POST", faces(), "admin",
             body={"font_face_settings": inter, "theme_json_version": 9}),
        case("create-form", "POST", faces(), "admin", form={"font_face_settings": settings(
            fontFamily="Inter", fontWeight="500", src="http://93.184.216.34/x.woff2")}),
        case("create-post-as-family", "POST", faces(1), "admin", body={"font_face_settings": settings(
            fontFamily="Inter", fontWeight="600", src="http://93.184.216.34/x.woff2")}),
    ]
    cases += [case(f"read-{role}", "GET", f"{faces()}/{face_url}", role) for role in ROLES]
    cases += [
        case("read-edit", "GET", f"{faces()}/{face_many}", "admin", query={"context": "edit"}),
        case("read-embed", "GET", f"{faces()}/{face_many}", "admin", query={"context": "embed"}),
        case("read-upload", "GET", f"{faces()}/{face_upload}", "admin"),
        case("read-ttf", "GET", f"{faces()}/{face_ttf}", "admin"),
        case("read-fields", "GET", f"{faces()}/{face_many}", "admin",
             query={"_fields": "id,font_face_settings.src"}),
        case("read-wrong-family", "GET", f"{faces(1)}/{face_url}", "admin"),
        case("read-family-as-face", "GET", f"{faces()}/{FAMILY}", "admin"),
        case("read-post-as-face", "GET", f"{faces()}/1", "admin"),
        case("read-bad-context", "GET", f"{faces()}/{face_url}", "admin", query={"context": "nope"}),
        case("list-admin", "GET", faces(), "admin"),
        case("list-editor", "GET", faces(), "editor"),
        case("list-anon", "GET", faces()),
        case("list-edit", "GET", faces(), "admin", query={"context": "edit"}),
        case("list-page", "GET", faces(), "admin", query={"per_page": 2, "page": 2}),
        case("list-include", "GET", faces(), "admin",
             query={"include": [face_upload, face_url], "orderby": "include"}),
        case("list-desc", "GET", faces(), "admin", query={"order": "desc", "_fields": "id,parent"}),
        case("list-bad-orderby", "GET", faces(), "admin", query={"orderby": "date"}),
        case("list-slug-ignored", "GET", faces(), "admin", query={"slug": "nope", "search": "x"}),
        case("list-exclude", "GET", faces(), "admin", query={"exclude": face_url, "_fields": "id"}),
        case("family-read", "GET", f"/font-families/{FAMILY}", "admin"),
        case("family-read-embed", "GET", f"/font-families/{FAMILY}", "admin", query={"_embed": "font_faces"}),
        case("delete-no-force", "DELETE", f"{faces()}/{face_url}", "admin"),
        case("delete-editor", "DELETE", f"{faces()}/{face_url}", "editor", query={"force": "true"}),
        case("delete-anon", "DELETE", f"{faces()}/{face_url}", query={"force": "true"}),
        case("delete-wrong-family", "DELETE", f"{faces(1)}/{face_url}", "admin", query={"force": "true"}),
        case("delete-url", "DELETE", f"{faces()}/{face_url}", "admin", query={"force": "true"}),
        case("read-deleted", "GET", f"{faces()}/{face_url}", "admin"),
        case("delete-again", "DELETE", f"{faces()}/{face_url}", "admin", query={"force": "true"}),
        case("delete-upload", "DELETE", f"{faces()}/{face_upload}", "admin", query={"force": "true"}),
        case("reupload-same-name", "POST", faces(), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Inter", fontWeight="900", src="file-0")},
            {"file-0": ("Inter Black.woff2", "font/woff2", woff2)})),
        case("list-after-deletes", "GET", faces(), "admin", query={"_fields": "id,font_face_settings.src"}),
        case("family-delete", "DELETE", f"/font-families/{FAMILY}", "admin", query={"force": "true"}),
        case("read-after-family-delete", "GET", f"{faces()}/{face_many}", "admin"),
        case("list-after-family-delete", "GET", faces(), "admin"),
    ]
    second = NEXT_POST + 7
    cases += [
        case("family-2-create", "POST", "/font-families", "admin", body={"font_family_settings": settings(
            name="Serif", slug="serif", fontFamily="Serif")}),
        case("create-upload-otf", "POST", faces(second), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Serif", src="file-0")},
            {"file-0": ("serif.otf", "font/otf", (FONTS / "minimal.otf").read_bytes())})),
        case("create-upload-ttf-as-otf", "POST", faces(second), "admin", multipart=multipart(
            {"font_face_settings": settings(fontFamily="Serif", fontWeight="700", src="file-0")},
            {"file-0": ("serif.otf", "font/otf", ttf)})),
        case("family-2-delete", "DELETE", f"/font-families/{second}", "admin", query={"force": "true"}),
    ]
    return cases


def main() -> None:
    with OUT.open("w") as out:
        for item in reads() + writes():
            out.write(json.dumps(item) + "\n")


if __name__ == "__main__":
    main()
