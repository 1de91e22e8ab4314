"""Media (attachments): the golden-media cases replayed, uploads end to end, and the file helpers.

The replay restores ``fixture-db.json`` into SQLite with a temporary uploads directory and runs
``tests/golden/cases-media.jsonl`` in file order (reads, then the uploads, then a read of what was
uploaded), comparing with WordPress 7.1.4's recorded answers like ``compare.py``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS

BASE = "http://127.0.0.1:8881"
CASES = golden_replay.RECORDED / "cases-media.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-media.jsonl"


def _cases() -> list[dict[str, Any]]:
    return golden_replay.record.read_cases(str(CASES))


def _goldens() -> dict[str, dict[str, Any]]:
    loaded, _ = golden_replay.compare.load(str(GOLDENS))
    return loaded


def _app_with_uploads(tmp_path_factory: pytest.TempPathFactory, backend: str = "sqlite") -> Iterator[Any]:
    from broadsheet.content.media_storage import LocalMediaStorage, set_media_storage
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app(backend) as app:
        set_media_storage(app.site, LocalMediaStorage(tmp_path_factory.mktemp("uploads")))
        yield app


@pytest.fixture(scope="module")
def media_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The fixture site for the behaviour tests (the golden replay restores its own)."""
    yield from _app_with_uploads(tmp_path_factory)


@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_media_cases_replay_in_order(backend: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every case of cases-media.jsonl, in file order on one freshly restored site (writes depend on order).

    One test per backend (not one per case) so that pytest-xdist cannot split the sequence.
    """
    failures: list[str] = []
    goldens = _goldens()
    for app in _app_with_uploads(tmp_path_factory, backend):
        for case in _cases():
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def call(app: Any, method: str, path: str, query: str = "", *, auth: str | None = None, body: bytes = b"",
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
    sent = {"host": "127.0.0.1:8881", "accept": "application/json"}
    if auth:
        sent["authorization"] = golden_replay.record.auth_header(auth, golden_replay.credentials())
    sent.update({k.lower(): v for k, v in (headers or {}).items()})
    response = app.handle(method, path, query, sent, body)
    return response.status, dict(response.headers), json.loads(response.body) if response.body else None


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 160)).save(out, "PNG")
    return out.getvalue()


# -- reads -------------------------------------------------------------------------------------
def test_single_image_fields_follow_resources_md_order(media_app: Any) -> None:
    status, headers, body = call(media_app, "GET", "/wp-json/wp/v2/media/4")
    assert status == 200
    assert list(body)[-11:] == ["description", "caption", "alt_text", "media_type", "mime_type", "media_details",
                                "post", "source_url", "filename", "filesize", "_links"]
    assert body["media_details"]["sizes"]["medium"]["mime_type"] == "image/jpeg"
    assert list(body["media_details"]["sizes"])[-1] == "full"
    assert "filesize" not in body["media_details"]["sizes"]["full"]
    assert body["_links"]["wp:attached-to"] == [{"embeddable": True, "post_type": "post", "id": 19,
                                                 "href": f"{BASE}/wp-json/wp/v2/posts/19"}]
    assert headers["Link"].endswith('rel="alternate"; type=text/html')


def test_unattached_media_has_null_post_and_no_attached_to_link(media_app: Any) -> None:
    _, _, body = call(media_app, "GET", "/wp-json/wp/v2/media/6")
    assert body["post"] is None
    assert "wp:attached-to" not in body["_links"]


def test_image_without_sub_sizes_has_empty_sizes_object(media_app: Any) -> None:
    response = media_app.handle("GET", "/wp-json/wp/v2/media/9", "", {"host": "127.0.0.1:8881"}, b"")
    assert b'"sizes":{}' in response.body  # icon.png (64x64): {} as WordPress's stdClass, not []


def test_edit_context_adds_image_fields_for_editors_only(media_app: Any) -> None:
    status, _, body = call(media_app, "GET", "/wp-json/wp/v2/media/4", "context=edit", auth="admin")
    assert status == 200
    assert body["missing_image_sizes"] == [] and body["exif_orientation"] == 1
    assert body["image_quality"] == {"default": 82, "sizes": []}
    status, _, body = call(media_app, "GET", "/wp-json/wp/v2/media/4", "context=edit", auth="author")
    assert status == 403 and body["code"] == "rest_forbidden_context"


def test_pdf_reports_fallback_sizes_as_missing(media_app: Any) -> None:
    _, _, body = call(media_app, "GET", "/wp-json/wp/v2/media/14", "context=edit", auth="admin")
    assert body["media_type"] == "file"
    assert body["missing_image_sizes"] == ["thumbnail", "medium", "large"]
    assert "exif_orientation" not in body


def test_media_type_and_mime_type_filters(media_app: Any) -> None:
    _, headers, body = call(media_app, "GET", "/wp-json/wp/v2/media", "media_type=application&_fields=id")
    assert [m["id"] for m in body] == [14] and headers["X-WP-Total"] == "1"
    _, _, body = call(media_app, "GET", "/wp-json/wp/v2/media", "mime_type[]=image/gif&_fields=id,mime_type")
    assert body == [{"id": 7, "mime_type": "image/gif"}]


def test_search_matches_the_attached_file_name(media_app: Any) -> None:
    _, _, body = call(media_app, "GET", "/wp-json/wp/v2/media", "search=report-2024&_fields=id")
    assert [m["id"] for m in body] == [14]


def test_publish_status_is_not_a_media_status(media_app: Any) -> None:
    status, _, body = call(media_app, "GET", "/wp-json/wp/v2/media", "status=publish", auth="admin")
    assert status == 400
    assert body["data"]["params"]["status"] == "status[0] is not one of inherit, private, and trash."


def test_featured_media_embeds_resolve_on_posts(media_app: Any) -> None:
    _, _, body = call(media_app, "GET", "/wp-json/wp/v2/posts/16", "_embed=wp:featuredmedia")
    embedded = body["_embedded"]["wp:featuredmedia"][0]
    assert embedded["id"] == 4 and embedded["type"] == "attachment"
    assert list(embedded)[-5:] == ["media_type", "mime_type", "media_details", "source_url", "_links"]


def test_collection_query_count_does_not_grow_with_per_page(media_app: Any) -> None:
    from tests.rest.test_query_count import QueryCounter

    media_app.site.config.options_ttl = 3600.0
    call(media_app, "GET", "/wp-json/wp/v2/media", "per_page=1")
    counts = []
    for per_page in (2, 13):
        with QueryCounter(media_app.site.db.engine) as counter:
            call(media_app, "GET", "/wp-json/wp/v2/media", f"per_page={per_page}")
        counts.append(counter.count)
    assert counts[0] == counts[1]


def test_delete_without_force_is_not_supported(media_app: Any) -> None:
    status, _, body = call(media_app, "DELETE", "/wp-json/wp/v2/media/5", auth="admin")
    assert status == 501 and body["code"] == "rest_trash_not_supported"


# -- uploads -------------------------------------------------------------------------------------
def _raw_upload(app: Any, data: bytes, filename: str, ctype: str, query: str = "", auth: str = "admin",
                extra: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
    headers = {"content-type": ctype, "content-disposition": f'attachment; filename="{filename}"', **(extra or {})}
    return call(app, "POST", "/wp-json/wp/v2/media", query, auth=auth, body=data, headers=headers)


def test_raw_upload_stores_file_sub_sizes_and_metadata(media_app: Any) -> None:
    from broadsheet.content.media_storage import media_storage_for

    status, headers, body = _raw_upload(media_app, _png(800, 600), "Wide Image.png", "image/png", "post=19")
    assert status == 201
    assert headers["Location"] == f"{BASE}/wp-json/wp/v2/media/{body['id']}"
    assert headers["X-WP-Upload-Attachment-ID"] == str(body["id"])
    assert body["source_url"] == f"{BASE}/wp-content/uploads/2023/11/Wide-Image.png"
    assert body["title"]["raw"] == "Wide-Image" and body["post"] == 19
    sizes = body["media_details"]["sizes"]
    assert list(sizes) == ["medium", "thumbnail", "medium_large", "full"]
    assert (sizes["thumbnail"]["width"], sizes["thumbnail"]["height"]) == (150, 150)
    assert (sizes["medium"]["width"], sizes["medium"]["height"]) == (300, 225)
    storage = media_storage_for(media_app.site)
    assert storage.exists("2023/11/Wide-Image-150x150.png") and storage.exists("2023/11/Wide-Image.png")
    again = _raw_upload(media_app, _png(800, 600), "Wide Image.png", "image/png", "post=19")[2]
    assert again["source_url"].endswith("/2023/11/Wide-Image-1.png")


def test_multipart_upload_takes_form_fields(media_app: Any) -> None:
    boundary = "xYzBoundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nForm title\r\n'.encode(),
             f'--{boundary}\r\nContent-Disposition: form-data; name="alt_text"\r\n\r\nAlt words\r\n'.encode(),
             f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.png"\r\n'
             "Content-Type: image/png\r\n\r\n".encode() + _png(60, 40) + b"\r\n",
             f"--{boundary}--\r\n".encode()]
    status, _, body = call(media_app, "POST", "/wp-json/wp/v2/media", auth="admin", body=b"".join(parts),
                           headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert status == 201
    assert body["title"]["raw"] == "Form title" and body["alt_text"] == "Alt words"
    assert body["media_details"]["sizes"] == {}


def test_text_upload_has_file_details_only(media_app: Any) -> None:
    status, _, body = _raw_upload(media_app, b"hello\n", "notes.txt", "text/plain")
    assert status == 201
    assert body["media_type"] == "file" and body["mime_type"] == "text/plain"
    assert body["media_details"] == {"filesize": 6, "sizes": []} or body["media_details"] == {"filesize": 6,
                                                                                              "sizes": {}}
    assert body["filesize"] == 6 and body["filename"].startswith("notes")


@pytest.mark.parametrize(("payload", "name", "ctype"), [
    pytest.param(b"<?php echo 1;", "evil.jpg", "image/jpeg", id="php-named-jpg"),
    pytest.param(b"<?php echo 1;", "shell.php", "application/x-php", id="php"),
    pytest.param(b"MZ\x90\x00binary", "tool.exe", "application/octet-stream", id="exe"),
    pytest.param(b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "x.svg",
                 "image/svg+xml", id="svg-script"),
])
def test_dangerous_uploads_are_refused(media_app: Any, payload: bytes, name: str, ctype: str) -> None:
    status, _, body = _raw_upload(media_app, payload, name, ctype)
    assert status == 500
    assert body == {"code": "rest_upload_sideload_error", "message": "Sorry, you are not allowed to upload this "
                    "file type.", "data": {"status": 500}}


def test_upload_checks_hash_and_disposition(media_app: Any) -> None:
    data = _png(10, 10)
    status, _, body = _raw_upload(media_app, data, "a.png", "image/png", extra={"content-md5": "0" * 32})
    assert (status, body["code"]) == (412, "rest_upload_hash_mismatch")
    status, _, body = _raw_upload(media_app, data, "a.png", "image/png",
                                  extra={"content-md5": hashlib.md5(data).hexdigest()})
    assert status == 201
    status, _, body = call(media_app, "POST", "/wp-json/wp/v2/media", auth="admin", body=data,
                           headers={"content-type": "image/png", "content-disposition": "inline"})
    assert (status, body["code"]) == (400, "rest_upload_invalid_disposition")


def test_upload_too_big_is_refused(media_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROADSHEET_MAX_UPLOAD_SIZE", "100")
    status, _, body = _raw_upload(media_app, _png(100, 100), "big.png", "image/png")
    assert (status, body["code"]) == (400, "rest_upload_file_too_big")


def test_upload_name_cannot_leave_the_uploads_directory(media_app: Any, tmp_path: Path) -> None:
    status, _, body = _raw_upload(media_app, _png(20, 20), "../../outside.png", "image/png", "post=19")
    assert status == 201
    assert body["source_url"].endswith("/2023/11/outside.png")


def test_subscribers_cannot_upload(media_app: Any) -> None:
    status, _, body = _raw_upload(media_app, _png(5, 5), "a.png", "image/png", auth="subscriber")
    assert (status, body["code"]) == (403, "rest_cannot_create")


# -- helpers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("given", "expected"), [
    pytest.param("My Photo.JPG", "My-Photo.JPG", id="spaces"),
    pytest.param("../../etc/passwd.png", "etcpasswd.png", id="traversal"),
    pytest.param("report.exe.pdf", "report.exe_.pdf", id="inner-executable-extension"),
    pytest.param("archive.tar.gz", "archive.tar.gz", id="known-inner-extension"),
    pytest.param("jpg", "unnamed-file.jpg", id="extension-only"),
])
def test_sanitize_file_name(given: str, expected: str) -> None:
    from broadsheet.content.media_files import sanitize_file_name

    assert sanitize_file_name(given) == expected


def test_wp_unique_filename_numbers_and_lowercases_extension() -> None:
    from broadsheet.content.media_files import wp_unique_filename

    taken = {"2026/11/photo.jpg", "2026/11/photo-1.jpg"}
    assert wp_unique_filename("2026/11", "photo.JPG", taken.__contains__) == "photo-2.jpg"
    assert wp_unique_filename("2026/11", "other.png", taken.__contains__) == "other.png"


def test_content_decides_the_type() -> None:
    from broadsheet.content.media_files import (
        get_allowed_mime_types,
        wp_check_filetype_and_ext,
    )

    allowed = get_allowed_mime_types()
    check = wp_check_filetype_and_ext(_png(4, 4), "wrong.jpg", allowed)
    assert (check.ext, check.type, check.proper_filename) == ("png", "image/png", "wrong.png")
    assert wp_check_filetype_and_ext(b"<?php x", "a.jpg", allowed).type is None
    assert wp_check_filetype_and_ext(b"<html>", "a.html", allowed).type is None  # no unfiltered_html
    assert wp_check_filetype_and_ext(b"%PDF-1.4", "a.pdf", allowed).type == "application/pdf"


def test_filename_from_disposition() -> None:
    from broadsheet.rest.controllers.media_uploads import get_filename_from_disposition

    assert get_filename_from_disposition(['attachment; filename="a b.png"']) == "a b.png"
    assert get_filename_from_disposition(["attachment; filename=x.jpg; size=3"]) == "x.jpg"
    assert get_filename_from_disposition(["attachment"]) is None


def test_local_storage_refuses_paths_outside_its_root(tmp_path: Path) -> None:
    from broadsheet.content.media_storage import LocalMediaStorage, UnsafePathError

    storage = LocalMediaStorage(tmp_path / "uploads")
    storage.write("2026/11/a.txt", b"x")
    assert storage.size("2026/11/a.txt") == 1
    for bad in ("../escape.txt", "/etc/passwd", "2026/../../x", "a\x00b"):
        with pytest.raises(UnsafePathError):
            storage.write(bad, b"x")
        assert storage.exists(bad) is False


@pytest.mark.parametrize(("orig", "dest", "crop", "expected"), [
    pytest.param((1200, 800), (150, 150), True, (0, 0, 200, 0, 150, 150, 800, 800), id="thumbnail-crop"),
    pytest.param((1200, 800), (300, 300), False, (0, 0, 0, 0, 300, 200, 1200, 800), id="medium-fit"),
    pytest.param((300, 200), (300, 300), False, None, id="same-size"),
    pytest.param((100, 80), (150, 150), True, None, id="smaller-than-crop"),
])
def test_image_resize_dimensions(orig: tuple[int, int], dest: tuple[int, int], crop: bool,
                                 expected: tuple[int, ...] | None) -> None:
    from broadsheet.content.image_sizes import image_resize_dimensions

    assert image_resize_dimensions(*orig, *dest, crop) == expected


def test_missing_sub_sizes() -> None:
    from broadsheet.content.image_sizes import missing_image_subsizes

    meta = {"width": 1600, "height": 400, "sizes": {"medium": {}, "thumbnail": {}}}
    assert missing_image_subsizes(meta, {}) == ["medium_large", "large", "1536x1536"]


def test_multipart_parser_reads_fields_and_files() -> None:
    from broadsheet.rest.controllers.media_multipart import parse_multipart

    body = (b'--b\r\nContent-Disposition: form-data; name="meta[k]"\r\n\r\nv\r\n'
            b'--b\r\nContent-Disposition: form-data; name="file"; filename="x.bin"\r\n'
            b"Content-Type: application/octet-stream\r\n\r\n\x00\x01\r\n--b--\r\n")
    fields, files = parse_multipart(body, "multipart/form-data; boundary=b")
    assert fields == {"meta": {"k": "v"}}
    assert files["file"]["name"] == "x.bin" and files["file"]["data"] == b"\x00\x01"


def test_base64_case_bodies_are_pngs() -> None:
    """The recorded upload cases carry real images (the oracle decoded them with GD)."""
    for case in _cases():
        if case.get("content_type") == "image/png" and "raw_body_b64" in case:
            assert base64.b64decode(case["raw_body_b64"]).startswith(b"\x89PNG")


# -- edit and post-process -------------------------------------------------------------------------
def _uploaded_jpeg(app: Any, width: int = 1200, height: int = 800) -> dict[str, Any]:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "JPEG")
    status, _, body = _raw_upload(app, out.getvalue(), "pic.jpg", "image/jpeg")
    assert status == 201
    return dict(body)


def test_edit_rotates_and_crops_into_a_new_attachment(media_app: Any) -> None:
    original = _uploaded_jpeg(media_app)
    src = original["media_details"]["sizes"]["medium"]["source_url"]
    modifiers = [{"type": "rotate", "args": {"angle": 90}},
                 {"type": "crop", "args": {"left": 0, "top": 0, "width": 50, "height": 50}}]
    status, headers, body = call(media_app, "POST", f"/wp-json/wp/v2/media/{original['id']}/edit", auth="admin",
                                 body=json.dumps({"src": src, "modifiers": modifiers}).encode(),
                                 headers={"content-type": "application/json"})
    assert status == 201 and body["id"] != original["id"]
    assert headers["Location"].endswith(f"/wp/v2/media/{body['id']}")
    assert body["source_url"].rsplit("/", 1)[-1].startswith("pic") and "-edited" in body["source_url"]
    assert (body["media_details"]["width"], body["media_details"]["height"]) == (400, 600)
    assert body["media_details"]["parent_image"]["attachment_id"] == original["id"]
    assert body["title"]["raw"] == original["title"]["raw"]


def test_edit_needs_a_known_src_and_an_edit(media_app: Any) -> None:
    original = _uploaded_jpeg(media_app, 300, 200)
    path = f"/wp-json/wp/v2/media/{original['id']}/edit"
    json_headers = {"content-type": "application/json"}
    status, _, body = call(media_app, "POST", path, auth="admin", headers=json_headers,
                           body=json.dumps({"src": "http://elsewhere.test/other.jpg", "rotation": 90}).encode())
    assert (status, body["code"]) == (404, "rest_unknown_attachment")
    status, _, body = call(media_app, "POST", path, auth="admin", headers=json_headers,
                           body=json.dumps({"src": original["source_url"]}).encode())
    assert (status, body["code"]) == (400, "rest_image_not_edited")


def test_post_process_regenerates_missing_sizes(media_app: Any) -> None:
    from broadsheet.content.media_storage import media_storage_for

    original = _uploaded_jpeg(media_app)
    storage = media_storage_for(media_app.site)
    thumb = original["media_details"]["sizes"]["thumbnail"]["source_url"].split("/uploads/", 1)[1]
    storage.delete(thumb)
    status, _, body = call(media_app, "POST", f"/wp-json/wp/v2/media/{original['id']}/post-process", auth="admin",
                           body=json.dumps({"action": "create-image-subsizes"}).encode(),
                           headers={"content-type": "application/json"})
    assert status == 200 and "thumbnail" in body["media_details"]["sizes"]
    assert storage.exists(thumb)


def test_forced_delete_removes_the_files(media_app: Any) -> None:
    from broadsheet.content.media_storage import media_storage_for

    original = _uploaded_jpeg(media_app, 400, 300)
    storage = media_storage_for(media_app.site)
    files = [original["media_details"]["file"]] + [
        original["media_details"]["file"].rsplit("/", 1)[0] + "/" + size["file"]
        for name, size in original["media_details"]["sizes"].items() if name != "full"]
    assert all(storage.exists(f) for f in files)
    status, _, body = call(media_app, "DELETE", f"/wp-json/wp/v2/media/{original['id']}", "force=true", auth="admin")
    assert status == 200 and body["deleted"] is True and "_links" not in body["previous"]
    assert not any(storage.exists(f) for f in files)
    assert call(media_app, "GET", f"/wp-json/wp/v2/media/{original['id']}")[0] == 404


# -- sideloading from a URL ---------------------------------------------------------------------------
def test_url_on_a_private_host_is_refused(media_app: Any) -> None:
    status, _, body = call(media_app, "POST", "/wp-json/wp/v2/media", auth="admin",
                           body=json.dumps({"url": "http://10.0.0.1/wp-content/uploads/x.png"}).encode(),
                           headers={"content-type": "application/json"})
    assert status == 400 and body["code"] == "rest_invalid_param"
    assert body["data"]["details"]["url"]["code"] == "rest_invalid_url"


@contextmanager
def site_host_answering(app: Any, status: int, content_type: str, payload: bytes) -> Iterator[None]:
    """A local server playing the site's own host (``loopback_address``), answering every GET alike."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            return

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    previous = app.site.config.loopback_address
    app.site.config.loopback_address = f"127.0.0.1:{server.server_port}"
    try:
        yield
    finally:
        app.site.config.loopback_address = previous
        server.shutdown()


def test_url_sideload_fetches_and_stores_the_image(media_app: Any) -> None:
    """The site's own host is a valid URL (as in WordPress); a local server plays it."""
    with site_host_answering(media_app, 200, "image/png", _png(320, 240)):
        url = f"{str(media_app.site.home).rstrip('/')}/images/remote%20pic.png"
        status, _, body = call(media_app, "POST", "/wp-json/wp/v2/media", auth="admin",
                               body=json.dumps({"url": url}).encode(), headers={"content-type": "application/json"})
        assert status == 201, body
        # sanitize_file_name drops "%" before it looks for "%20", as WordPress does.
        assert body["source_url"].endswith("/remote20pic.png") and body["mime_type"] == "image/png"
        status, _, body = call(media_app, "POST", "/wp-json/wp/v2/media", auth="admin",
                               body=json.dumps({"url": url.replace(".png", ".pdf")}).encode(),
                               headers={"content-type": "application/json"})
        assert (status, body["code"]) == (400, "rest_invalid_url")


def _media_total(app: Any) -> str:
    return call(app, "GET", "/wp-json/wp/v2/media", "_fields=id", auth="admin")[1]["X-WP-Total"]


def test_url_answering_404_is_an_http_404_error_with_the_first_kb_of_the_body(media_app: Any) -> None:
    """As the oracle answered for its own missing file: HTTP 500, ``http_404``, the reason phrase as the
    message and ``{"code": 404, "body": <first 1024 bytes>}``; a UTF-8 sequence cut at the end is "?"."""
    page = ("x" * 1023 + "\u00e9 not found").encode()  # the "é" straddles byte 1024
    before = _media_total(media_app)
    with site_host_answering(media_app, 404, "text/html; charset=UTF-8", page):
        url = f"{str(media_app.site.home).rstrip('/')}/nope/x.png"
        status, _, body = call(media_app, "POST", "/wp-json/wp/v2/media", auth="admin",
                               body=json.dumps({"url": url}).encode(), headers={"content-type": "application/json"})
    assert status == 500
    assert body == {"code": "http_404", "message": "Not Found",
                    "data": {"code": 404, "body": "x" * 1023 + "?"}}
    assert _media_total(media_app) == before  # nothing stored


def test_media_of_a_draft_is_hidden_from_anonymous_callers_but_counted(media_app: Any) -> None:
    status, _, body = _raw_upload(media_app, _png(30, 30), "draft-pic.png", "image/png", "post=138")
    assert status == 201 and body["post"] == 138
    media_id = body["id"]
    status, headers, body = call(media_app, "GET", "/wp-json/wp/v2/media", "parent=138")
    assert status == 200 and body == [] and headers["X-WP-Total"] == "1"
    status, _, body = call(media_app, "GET", f"/wp-json/wp/v2/media/{media_id}")
    assert status == 401 and body["code"] == "rest_forbidden"
    _, _, body = call(media_app, "GET", "/wp-json/wp/v2/media", "parent=138", auth="admin")
    assert [m["id"] for m in body] == [media_id]


def test_big_image_gets_a_scaled_copy_as_its_main_file(media_app: Any) -> None:
    from broadsheet.content.media_storage import media_storage_for

    status, _, body = _raw_upload(media_app, _png(3000, 1500), "huge.png", "image/png", "post=19")
    assert status == 201
    details = body["media_details"]
    assert details["file"] == "2023/11/huge-scaled.png" and details["original_image"] == "huge.png"
    assert (details["width"], details["height"]) == (2560, 1280)
    assert body["filename"] == "huge.png" and body["source_url"].endswith("/2023/11/huge-scaled.png")
    assert "2048x2048" in details["sizes"]
    assert details["sizes"]["2048x2048"]["file"] == "huge-2048x1024.png"
    assert media_storage_for(media_app.site).exists("2023/11/huge.png")  # type: ignore[union-attr]


def test_multipart_without_a_file_is_no_data(media_app: Any) -> None:
    body = b'--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nOnly a title\r\n--b--\r\n'
    status, _, answer = call(media_app, "POST", "/wp-json/wp/v2/media", auth="admin", body=body,
                             headers={"content-type": "multipart/form-data; boundary=b"})
    assert (status, answer["code"]) == (400, "rest_upload_no_data")


def test_image_meta_reads_exif_as_wordpress() -> None:
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    from broadsheet.content.image_metadata import read_image_metadata

    image = Image.new("RGB", (8, 8))
    exif = Image.Exif()
    exif[0x0110] = "Camera X"
    exif[0x010E] = "A short description"
    details = exif.get_ifd(0x8769)
    details[0x829D] = IFDRational(56, 10)
    details[0x920A] = IFDRational(35, 1)
    details[0x829A] = IFDRational(1, 3)
    details[0x9004] = "2024:05:06 07:08:09"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    meta = read_image_metadata(Image.open(io.BytesIO(out.getvalue())))
    assert meta["camera"] == "Camera X" and meta["title"] == meta["caption"] == "A short description"
    assert (meta["aperture"], meta["focal_length"], meta["shutter_speed"]) == ("5.6", "35", "0.33333333333333")
    assert meta["created_timestamp"] == "1714979289"


def test_storage_write_new_is_exclusive(tmp_path: Path) -> None:
    from broadsheet.content.media_storage import LocalMediaStorage

    storage = LocalMediaStorage(tmp_path)
    storage.write_new("2026/11/a.png", b"1")
    with pytest.raises(FileExistsError):
        storage.write_new("2026/11/a.png", b"2")
    assert storage.read("2026/11/a.png") == b"1"
