"""A user created in broadsheet logs in to the real WordPress after ``db dump`` → ``restore-tables.php``.

Needs the oracle WordPress (``shared/oracle/setup-wordpress.sh``) and PHP, and it rewrites the
oracle's tables (then resets them), so it only runs when ``BROADSHEET_ORACLE_TESTS=1``.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from broadsheet.storage.dump import dump
from tests.rest.conftest import fixture_site_app

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("BROADSHEET_SHARED", ROOT.parent / "shared"))
WPREF_HOME = Path(os.environ.get("WPREF_HOME", "/opt/wpref"))
ORACLE = "http://127.0.0.1:8881"
ADMIN = json.loads((ROOT / "tests/data/oracle/credentials.json").read_text())["users"]["admin"]


def _oracle_reason() -> str | None:
    if os.environ.get("BROADSHEET_ORACLE_TESTS") != "1":
        return "set BROADSHEET_ORACLE_TESTS=1 to run (rewrites the oracle WordPress's tables)"
    if not shutil.which("php") or not (SHARED / "oracle/restore-tables.php").exists() or not (WPREF_HOME / "www").exists():
        return "needs php, shared/oracle and the oracle WordPress under WPREF_HOME"
    try:
        urllib.request.urlopen(ORACLE + "/wp-json/", timeout=5)
    except OSError as error:
        return f"oracle WordPress not answering at {ORACLE}: {error}"
    return None


pytestmark = pytest.mark.skipif(_oracle_reason() is not None, reason=str(_oracle_reason()))


def _request(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, Any, bytes]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any) -> None:
            return None

    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        response = urllib.request.build_opener(NoRedirect).open(request, timeout=30)
        return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_user_created_in_broadsheet_logs_in_to_wordpress(tmp_path: Path) -> None:
    basic = "Basic " + base64.b64encode(f"admin:{ADMIN['application_password']}".encode()).decode()
    with fixture_site_app("sqlite") as app:
        created = app.handle("POST", "/wp-json/wp/v2/users", "", {"authorization": basic, "content-type": "application/json"},
                             json.dumps({"username": "interop", "email": "interop@example.test",
                                         "password": "interop-password", "roles": ["author"]}).encode())
        assert created.status == 201, created.body
        user_id = json.loads(created.body)["id"]
        with app.site.db.engine.begin() as conn:
            from broadsheet.auth.store import AuthStore

            plain, _ = AuthStore(conn, app.site.db.tables).create_application_password(user_id, "interop")
        dump(app.site.db, tmp_path / "site.json")
    try:
        subprocess.run(["php", str(SHARED / "oracle/restore-tables.php"), str(WPREF_HOME / "www"), str(tmp_path / "site.json")],
                       check=True, capture_output=True, timeout=300)
        token = base64.b64encode(f"interop:{plain}".encode()).decode()
        status, _, body = _request(ORACLE + "/wp-json/wp/v2/users/me", headers={"Authorization": "Basic " + token})
        assert status == 200 and json.loads(body)["id"] == user_id
        form = urllib.parse.urlencode({"log": "interop", "pwd": "interop-password"}).encode()
        status, headers, _ = _request(ORACLE + "/wp-login.php", data=form,
                                      headers={"Cookie": "wordpress_test_cookie=WP%20Cookie%20check"})
        assert status == 302
        assert any("wordpress_logged_in_" in value for value in headers.get_all("Set-Cookie") or [])
    finally:
        subprocess.run(["bash", str(SHARED / "oracle/load-fixtures.sh"), "--reset", "--seed-post",
                        str(SHARED / "fixtures/seed-post.json")], env={**os.environ, "WPREF_HOME": str(WPREF_HOME)},
                       capture_output=True, timeout=600)
