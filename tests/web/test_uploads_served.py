"""Uploaded media are served from ``/wp-content/uploads/`` (where ``source_url`` points), nothing outside it."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from PIL import Image

from tests.conftest import ORACLE
from tests.rest.conftest import fixture_site_app

ADMIN = json.loads((ORACLE / "credentials.json").read_text())["users"]["admin"]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_upload_is_served_at_its_source_url(tmp_path: Path) -> None:
    with fixture_site_app("sqlite") as app:
        app.site.config.uploads_dir = str(tmp_path / "uploads")
        headers = {"authorization": "Basic " + base64.b64encode(f"admin:{ADMIN['application_password']}".encode()).decode(),
                   "content-type": "image/png", "content-disposition": 'attachment; filename="red.png"'}
        created = app.handle("POST", "/wp-json/wp/v2/media", "", headers, _png())
        assert created.status == 201, created.body[:300]
        source = json.loads(created.body)["source_url"]
        path = "/" + source.split("://", 1)[1].split("/", 1)[1]
        served = app.handle("GET", path, "", {}, b"")
        assert served.status == 200 and served.body == _png()
        assert ("Content-Type", "image/png") in served.headers
        assert app.handle("HEAD", path, "", {}, b"").body == b""


def test_paths_outside_the_uploads_root_are_not_served(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("no")
    with fixture_site_app("sqlite") as app:
        app.site.config.uploads_dir = str(tmp_path / "uploads")
        for path in ("/wp-content/uploads/../secret.txt", "/wp-content/uploads/%2e%2e/secret.txt",
                     "/wp-content/uploads/missing.png"):
            assert app.handle("GET", path, "", {}, b"").status == 404
