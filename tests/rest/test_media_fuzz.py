"""Issue 5: hostile uploads never crash the server, never escape the uploads root, never leave files behind.

Hypothesis sends malformed multipart bodies (bad or mismatched boundaries, missing parts, truncated
bodies, huge headers), raw bodies with wrong or missing ``Content-Type`` / ``Content-Disposition``,
hostile file names (``../``, absolute paths, NUL, unicode, ``.php`` / ``.phtml`` / ``.svg``, double
extensions), bodies over a small ``max_upload_size`` and truncated JPEG/PNG data. After every
request: no crash, a WordPress-shaped error body, and the uploads root holds exactly the files of
the attachments in the database — nothing beside the root, nothing of a failed upload.

"Never a 500" means never a crash (``internal_server_error``): WordPress itself answers a refused
file type or an empty multipart file with status 500 (``rest_upload_sideload_error`` /
``rest_upload_unknown_error``, recorded in golden-media.jsonl), and broadsheet answers as it does.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import golden_replay

pytest.importorskip("PIL")

MAX_UPLOAD = 120_000
#: WordPress's own 500 answers for uploads (wp_handle_upload / wp_handle_sideload errors).
WORDPRESS_UPLOAD_500 = {"rest_upload_unknown_error", "rest_upload_sideload_error"}
#: WordPress's own 500 answers for image edits (edit_media_item and WP_Image_Editor errors).
WORDPRESS_EDIT_500 = {"rest_image_crop_failed", "rest_image_rotation_failed", "rest_image_flip_failed",
                      "image_save_error", "rest_unknown_image_file_type"}
EXECUTABLE_SUFFIXES = (".php", ".phtml", ".php3", ".php4", ".php5", ".php7", ".phar", ".pht", ".shtml", ".cgi",
                       ".pl", ".py", ".exe", ".htaccess", ".svg", ".svgz")


def _image(fmt: str, size: tuple[int, int], noise: bool = False) -> bytes:
    from PIL import Image

    image = Image.effect_noise(size, 50).convert("RGB") if noise else Image.new("RGB", size, (200, 80, 20))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


PNG = _image("PNG", (40, 30))
JPEG = _image("JPEG", (320, 240), noise=True)
GIF = _image("GIF", (16, 16))
BIG_PNG = _image("PNG", (260, 260), noise=True)  # over MAX_UPLOAD once compressed
assert len(BIG_PNG) > MAX_UPLOAD

SCRIPTS = [b"<?php system($_GET['c']); ?>", b"#!/bin/sh\nrm -rf /\n",
           b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', b"<html><script>alert(1)</script></html>",
           b"GIF89a<?php echo 1; ?>", b"\x89PNG\r\n\x1a\n<?php ?>", b"MZ\x90\x00\x03", b"%PDF-1.4\n%%EOF"]

HOSTILE_NAMES = [
    "../../escaped.png", "..\\..\\escaped.png", "../escaped.jpg", "/etc/passwd", "/tmp/abs.png", "C:\\evil.png",
    "a\x00.php.png", "photo.png\x00.php", "shell.php", "shell.phtml", "shell.php.jpg", "shell.jpg.php",
    "shell.php5", "x.svg", "x.svgz", "x.html", "index.htm", ".htaccess", "", ".", "..", "...", "con.png",
    "x" * 400 + ".png", "%2e%2e%2fescaped.png", "ünïcødé 写真.png", "emoji-😀.jpg", "space .png", "tab\t.png",
    "quote\".png", "semi;colon.png", "new\r\nline.png", "trailing.dot.", "UPPER.PNG", "double..png",
    "no-extension", "dir/sub/photo.png", "photo.png/", "#hash?.png", "-dash-.gif", "~backup.png~",
]

NAMES = st.one_of(st.sampled_from(HOSTILE_NAMES), st.sampled_from(["photo.png", "photo.jpg", "IMG_0001.JPG", "a.gif"]),
                  st.text(max_size=30),
                  st.tuples(st.text(max_size=12), st.sampled_from([".png", ".jpg", ".jpeg", ".gif", ".php",
                                                                   ".phtml", ".svg", ".php.png", ".png.php", ""]))
                  .map("".join))


@st.composite
def contents(draw: Any) -> bytes:
    """Valid, truncated, oversized, scripted or random file contents."""
    kind = draw(st.sampled_from(["png", "png", "jpeg", "jpeg", "gif", "truncated", "truncated", "big", "script",
                                 "random", "empty"]))
    if kind == "png":
        return PNG
    if kind == "jpeg":
        return JPEG
    if kind == "gif":
        return GIF
    if kind == "truncated":
        data = draw(st.sampled_from([PNG, JPEG, GIF]))
        return data[: draw(st.integers(min_value=0, max_value=len(data) - 1))]
    if kind == "big":
        return draw(st.sampled_from([BIG_PNG, JPEG + b"\0" * MAX_UPLOAD]))
    if kind == "script":
        return draw(st.sampled_from(SCRIPTS))
    if kind == "random":
        return draw(st.binary(max_size=600))
    return b""


CONTENT_TYPES = st.one_of(st.sampled_from([
    "image/png", "image/jpeg", "image/gif", "text/plain", "application/octet-stream", "application/x-php",
    "image/svg+xml", "text/html", "", "multipart/form-data", "multipart/form-data; boundary=", "image/png; x=\"",
    "application/json", "application/x-www-form-urlencoded",
]), st.text(max_size=30))


def _disposition(draw: Any, name: str) -> str | None:
    if draw(st.integers(min_value=0, max_value=2)):
        return f'attachment; filename="{name}"'
    return draw(st.one_of(
        st.sampled_from([f"attachment; filename={name}", "attachment", "inline; filename=", 'attachment; filename=""',
                         f'form-data; name="file"; filename="{name}"', f'attachment; filename="a.png"; filename="{name}"',
                         f"attachment; filename*=UTF-8''{name}"]),
        st.none(), st.text(max_size=40)))


def _claimed_type(draw: Any, data: bytes) -> str:
    """Mostly the type the bytes are, sometimes a wrong or junk one."""
    if draw(st.integers(min_value=0, max_value=2)):
        return {b"\x89P": "image/png", b"\xff\xd8": "image/jpeg", b"GI": "image/gif"}.get(data[:2], "image/png")
    return draw(CONTENT_TYPES)


@st.composite
def raw_uploads(draw: Any) -> tuple[dict[str, str], bytes]:
    """A raw-body upload (``upload_from_data``): mostly well formed, with hostile names and contents."""
    data = draw(contents())
    headers: dict[str, str] = {}
    if draw(st.integers(min_value=0, max_value=5)):
        headers["content-type"] = _claimed_type(draw, data)
    disposition = _disposition(draw, draw(NAMES))
    if disposition is not None:
        headers["content-disposition"] = disposition
    if not draw(st.integers(min_value=0, max_value=7)):
        headers["content-md5"] = draw(st.sampled_from(["0" * 32, "not-a-hash", ""]))
    return headers, data


@st.composite
def multipart_uploads(draw: Any) -> tuple[dict[str, str], bytes]:
    """A ``multipart/form-data`` upload: a file part and fields, sometimes broken in one of several ways."""
    boundary = draw(st.one_of(st.sampled_from(["fuzzBoundary42", "----WebKitFormBoundary7MA4YWxkTrZu0gW", "b"] * 3),
                              st.text(min_size=1, max_size=70),
                              st.sampled_from(["", "a b", '"quoted"', "-" * 80, "\u00e9t\u00e9"])))
    fields = ["file"] + draw(st.lists(st.sampled_from(["file", "title", "alt_text", "post", "file[]", "files", "",
                                                       "caption"]), max_size=2))
    if not draw(st.integers(min_value=0, max_value=7)):
        fields.remove("file")  # no file part at all
    parts: list[bytes] = []
    for field in draw(st.permutations(fields)):
        headers = f'Content-Disposition: form-data; name="{field}"'
        payload = draw(st.text(max_size=20)).encode("utf-8", "surrogatepass")
        if field.startswith("file"):
            payload = draw(contents())
            if draw(st.integers(min_value=0, max_value=5)):
                headers += f'; filename="{draw(NAMES)}"'
            if draw(st.integers(min_value=0, max_value=3)):
                headers += f"\r\nContent-Type: {_claimed_type(draw, payload)}"
        if not draw(st.integers(min_value=0, max_value=9)):
            headers += "\r\nX-Huge: " + "h" * draw(st.integers(min_value=1000, max_value=70_000))
        parts.append(f"--{boundary}\r\n{headers}\r\n\r\n".encode("utf-8", "surrogatepass") + payload + b"\r\n")
    body = b"".join(parts)
    if draw(st.integers(min_value=0, max_value=5)):
        body += f"--{boundary}--\r\n".encode("utf-8", "surrogatepass")
    mangle = draw(st.sampled_from(["none"] * 5 + ["truncate", "other-boundary", "no-boundary", "garbage"]))
    header_boundary = boundary.encode("utf-8", "surrogatepass").decode("latin-1")  # as a server decodes headers
    if mangle == "truncate" and body:
        body = body[: draw(st.integers(min_value=len(body) // 2, max_value=len(body) - 1))]
    elif mangle == "other-boundary":
        header_boundary += "x"
    elif mangle == "garbage":
        body = draw(st.binary(max_size=300)) + body
    ctype = "multipart/form-data" if mangle == "no-boundary" else f"multipart/form-data; boundary={header_boundary}"
    return {"content-type": ctype}, body


UPLOADS = st.one_of(raw_uploads(), multipart_uploads())
QUERIES = st.sampled_from([""] * 6 + ["post=19", "title=fuzzed", "generate_sub_sizes=false", "post=999999",
                           "alt_text=%00", "featured_media=1"])
WHO = st.sampled_from(["admin"] * 6 + ["editor", "author", "contributor", None])


@pytest.fixture(scope="module")
def fuzz_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    """The fixture site with an empty uploads root inside a folder of its own, and a small upload limit."""
    from broadsheet.content.media_storage import LocalMediaStorage, set_media_storage
    from tests.rest.conftest import fixture_site_app

    parent = tmp_path_factory.mktemp("fuzz-site")
    uploads = parent / "uploads"
    uploads.mkdir()
    with fixture_site_app("sqlite") as app:
        app.site.config.max_upload_size = MAX_UPLOAD
        set_media_storage(app.site, LocalMediaStorage(uploads))
        yield app, uploads


def attachment_files(app: Any) -> set[str]:
    """Every file the database's attachments name: attached file, original image, sub-sizes."""
    from sqlalchemy import select

    from broadsheet.storage.phpserial import unserialize

    pm = app.site.db.tables.postmeta
    files: set[str] = set()
    with app.site.db.engine.connect() as conn:
        rows = conn.execute(select(pm.c.post_id, pm.c.meta_key, pm.c.meta_value)
                            .where(pm.c.meta_key.in_(["_wp_attached_file", "_wp_attachment_metadata"]))).all()
    for _, key, value in rows:
        if key == "_wp_attached_file":
            files.add(str(value))
            continue
        meta = unserialize(value or "")
        if not isinstance(meta, dict) or not meta.get("file"):
            continue
        folder = str(meta["file"]).rpartition("/")[0]
        prefix = folder + "/" if folder else ""
        files.add(str(meta["file"]))
        if meta.get("original_image"):
            files.add(prefix + str(meta["original_image"]))
        sizes = meta.get("sizes")
        for size in (sizes.values() if isinstance(sizes, dict) else []):
            if isinstance(size, dict) and size.get("file"):
                files.add(prefix + str(size["file"]))
    return files


def files_on_disk(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def send(app: Any, headers: dict[str, str], body: bytes, query: str = "", who: str | None = "admin") -> Any:
    sent = {"host": "127.0.0.1:8881", "accept": "application/json", **headers}
    if who:
        sent["authorization"] = golden_replay.record.auth_header(who, golden_replay.credentials())
    return app.handle("POST", "/wp-json/wp/v2/media", query, sent, body)


def check_response_and_disk(app: Any, uploads: Path, response: Any,
                            allowed_500: set[str] = WORDPRESS_UPLOAD_500) -> dict[str, Any]:
    """The invariants of issue 5 after one upload request; returns the decoded body."""
    body = json.loads(response.body)
    if response.status >= 400:
        assert isinstance(body, dict) and set(body) >= {"code", "message", "data"}, body
        assert isinstance(body["code"], str) and isinstance(body["message"], str)
        assert body["data"]["status"] == response.status, body
        assert response.status != 500 or body["code"] in allowed_500, body
        assert body["code"] != "internal_server_error"
    else:
        assert response.status == 201, body
        stored = body["media_details"].get("file") or ""
        assert (uploads / stored).is_file() if stored else True
        assert not body["source_url"].lower().endswith(EXECUTABLE_SUFFIXES), body["source_url"]
    assert [p.name for p in uploads.parent.iterdir()] == ["uploads"], "a file was written beside the uploads root"
    on_disk = files_on_disk(uploads)
    assert on_disk <= attachment_files(app), f"left behind: {sorted(on_disk - attachment_files(app))}"
    assert not [p for p in on_disk if p.endswith(".part")]
    return body


def test_hostile_uploads_never_crash_escape_or_leave_files(fuzz_site: tuple[Any, Path]) -> None:
    app, uploads = fuzz_site

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(UPLOADS, QUERIES, WHO)
    def check(upload: tuple[dict[str, str], bytes], query: str, who: str | None) -> None:
        headers, body = upload
        check_response_and_disk(app, uploads, send(app, headers, body, query, who))

    check()


@pytest.mark.parametrize("name", [pytest.param(n, id=repr(n)[:40]) for n in HOSTILE_NAMES])
@pytest.mark.parametrize("payload", [pytest.param(PNG, id="png"), pytest.param(SCRIPTS[0], id="php")])
def test_hostile_file_names_stay_inside_the_root(fuzz_site: tuple[Any, Path], name: str, payload: bytes) -> None:
    app, uploads = fuzz_site
    response = send(app, {"content-type": "image/png", "content-disposition": f'attachment; filename="{name}"'},
                    payload)
    body = check_response_and_disk(app, uploads, response)
    if payload is PNG and response.status == 201:
        stored = body["media_details"]["file"]
        assert stored.endswith(".png") and ".." not in stored and "\x00" not in stored
        assert (uploads / stored).resolve().is_relative_to(uploads.resolve())
    if payload is not PNG:
        assert response.status >= 400, body  # a script is never stored, whatever its name


def test_oversized_upload_is_refused_and_not_stored(fuzz_site: tuple[Any, Path]) -> None:
    app, uploads = fuzz_site
    response = send(app, {"content-type": "image/png", "content-disposition": 'attachment; filename="big.png"'},
                    BIG_PNG)
    body = check_response_and_disk(app, uploads, response)
    assert response.status == 400 and body["code"] == "rest_upload_file_too_big"
    assert not [p for p in files_on_disk(uploads) if "big" in p]


@pytest.mark.parametrize("data", [pytest.param(PNG[:60], id="png"), pytest.param(JPEG[:900], id="jpeg")])
def test_truncated_image_is_kept_as_a_file_without_sizes(fuzz_site: tuple[Any, Path], data: bytes) -> None:
    app, uploads = fuzz_site
    response = send(app, {"content-type": "image/png", "content-disposition": 'attachment; filename="cut.png"'},
                    data)
    body = check_response_and_disk(app, uploads, response)
    if response.status == 201:  # WordPress keeps an image it cannot read, with its size only
        assert body["media_details"].get("sizes", {}) in ({}, [])


NUMBER = st.one_of(st.integers(min_value=-10, max_value=10_000), st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([0, 0.01, 0.5, 99.99, 100, 100.01, "50", "abc", None, True, [], {}]))
MODIFIER = st.one_of(
    st.fixed_dictionaries({"type": st.just("rotate"), "args": st.fixed_dictionaries({"angle": NUMBER})}),
    st.fixed_dictionaries({"type": st.just("flip"), "args": st.fixed_dictionaries({"flip": st.fixed_dictionaries(
        {"horizontal": st.one_of(st.booleans(), NUMBER), "vertical": st.one_of(st.booleans(), NUMBER)})})}),
    st.fixed_dictionaries({"type": st.just("crop"), "args": st.fixed_dictionaries(
        {"left": NUMBER, "top": NUMBER, "width": NUMBER, "height": NUMBER})}),
    st.dictionaries(st.sampled_from(["type", "args", "x"]), st.one_of(st.text(max_size=8), NUMBER), max_size=3),
)


def test_hostile_image_edits_never_crash_or_leave_files(fuzz_site: tuple[Any, Path]) -> None:
    """``/media/{id}/edit`` with random modifiers (and the deprecated args): the same invariants."""
    app, uploads = fuzz_site
    created = send(app, {"content-type": "image/jpeg", "content-disposition": 'attachment; filename="edit-me.jpg"'},
                   JPEG)
    source = check_response_and_disk(app, uploads, created)
    auth = golden_replay.record.auth_header("admin", golden_replay.credentials())
    headers = {"host": "127.0.0.1:8881", "accept": "application/json", "content-type": "application/json",
               "authorization": auth}

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(MODIFIER, max_size=3), st.dictionaries(
        st.sampled_from(["rotation", "x", "y", "width", "height", "flip", "src", "post"]), NUMBER, max_size=3),
        st.booleans())
    def check(modifiers: list[Any], legacy: dict[str, Any], use_modifiers: bool) -> None:
        payload: dict[str, Any] = {"src": source["source_url"], **legacy}
        if use_modifiers:
            payload["modifiers"] = modifiers
        try:
            body = json.dumps(payload).encode()
        except ValueError:
            return
        response = app.handle("POST", f"/wp-json/wp/v2/media/{source['id']}/edit", "", headers, body)
        assert response.status != 500 or json.loads(response.body)["code"] != "internal_server_error", \
            (payload, response.body[:300])
        check_response_and_disk(app, uploads, response, WORDPRESS_EDIT_500)

    check()


def _edit(app: Any, attachment: dict[str, Any], modifiers: list[dict[str, Any]]) -> Any:
    headers = {"host": "127.0.0.1:8881", "accept": "application/json", "content-type": "application/json",
               "authorization": golden_replay.record.auth_header("admin", golden_replay.credentials())}
    body = json.dumps({"src": attachment["source_url"], "modifiers": modifiers}).encode()
    return app.handle("POST", f"/wp-json/wp/v2/media/{attachment['id']}/edit", "", headers, body)


@pytest.mark.parametrize("modifiers", [
    pytest.param([{"type": "crop", "args": {"left": 10, "top": 10, "width": 0, "height": 50}}], id="zero-width"),
    pytest.param([{"type": "crop", "args": {"left": 0, "top": 0, "width": 0.01, "height": 0.01}}], id="under-a-pixel"),
    pytest.param([{"type": "crop", "args": {"left": 4e16, "top": 0, "width": 1, "height": 1}}], id="far-away"),
    pytest.param([{"type": "crop", "args": {"left": 0, "top": 0, "width": 1e6, "height": 1e6}}], id="gigapixel"),
])
def test_impossible_crops_answer_wordpress_crop_error(fuzz_site: tuple[Any, Path], modifiers: list[Any]) -> None:
    app, uploads = fuzz_site
    source = check_response_and_disk(app, uploads, send(
        app, {"content-type": "image/jpeg", "content-disposition": 'attachment; filename="crop-me.jpg"'}, JPEG))
    response = _edit(app, source, modifiers)
    body = check_response_and_disk(app, uploads, response, WORDPRESS_EDIT_500)
    assert (response.status, body["code"]) == (500, "rest_image_crop_failed")


def test_edited_jpeg_is_saved_as_jpeg(fuzz_site: tuple[Any, Path]) -> None:
    from PIL import Image

    app, uploads = fuzz_site
    source = check_response_and_disk(app, uploads, send(
        app, {"content-type": "image/jpeg", "content-disposition": 'attachment; filename="format.jpg"'}, JPEG))
    response = _edit(app, source, [{"type": "rotate", "args": {"angle": 90}}])
    body = check_response_and_disk(app, uploads, response)
    with Image.open(uploads / body["media_details"]["file"]) as image:
        assert (image.format, image.size) == ("JPEG", (240, 320))


def test_an_upload_never_writes_over_a_file_named_like_its_sub_size(fuzz_site: tuple[Any, Path]) -> None:
    """``photo-150x150.png`` uploaded first keeps its bytes when ``photo.png`` arrives (WordPress 5.3+)."""
    app, uploads = fuzz_site
    first = check_response_and_disk(app, uploads, send(
        app, {"content-type": "image/png", "content-disposition": 'attachment; filename="clash-150x150.png"'}, PNG))
    second = check_response_and_disk(app, uploads, send(
        app, {"content-type": "image/jpeg", "content-disposition": 'attachment; filename="clash.png"'},
        _image("PNG", (400, 300))))
    assert (uploads / first["media_details"]["file"]).read_bytes() == PNG
    assert second["media_details"]["file"].endswith("/clash-1.png")
    assert second["media_details"]["sizes"]["thumbnail"]["file"] == "clash-1-150x150.png"


@pytest.mark.parametrize(("name", "files", "clash"), [
    pytest.param("photo.png", ["photo-150x150.png"], True, id="sub-size"),
    pytest.param("photo.png", ["PHOTO-1x1.PNG"], True, id="case-insensitive"),
    pytest.param("photo.png", ["photo-scaled.png", "x.png"], True, id="scaled"),
    pytest.param("photo.png", ["photo-rotated.png"], True, id="rotated"),
    pytest.param("photo.png", ["photo-150x150.jpg"], False, id="other-extension"),
    pytest.param("photo.png", ["photo-edited.png", "photo.png.png"], False, id="not-a-size"),
    pytest.param(".png", ["-150x150.png"], False, id="no-name"),
])
def test_wp_check_existing_file_names(name: str, files: list[str], clash: bool) -> None:
    from broadsheet.content.media_files import _wp_check_existing_file_names

    assert _wp_check_existing_file_names(name, files) is clash


def test_unique_filename_numbers_an_image_past_sub_size_look_alikes() -> None:
    from broadsheet.content.media_files import wp_unique_filename

    existing = ["photo-150x150.png", "photo-1-300x200.png"]
    assert wp_unique_filename("2026/11", "photo.png", lambda path: False, existing) == "photo-2.png"
    assert wp_unique_filename("2026/11", "photo.pdf", lambda path: False, ["photo-150x150.pdf"]) == "photo.pdf"
