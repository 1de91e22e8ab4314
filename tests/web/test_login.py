"""Cookie login through ``wp-login.php``, the REST nonce, and the cookie + nonce REST rule."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.rest.conftest import fixture_site_app

FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def app() -> Iterator[Any]:
    with fixture_site_app("sqlite") as site_app:
        yield site_app


def _login(app: Any, body: bytes) -> Any:
    return app.handle("POST", "/wp-login.php", "", FORM, body)


def _logged_in_cookie(response: Any) -> str:
    return next(v.split(";")[0] for k, v in response.headers if k == "Set-Cookie" and "wordpress_logged_in_" in v)


def test_login_sets_wordpress_cookies_and_redirects(app: Any) -> None:
    response = _login(app, b"log=editor&pwd=editor-password&rememberme=forever")
    assert response.status == 302
    headers = response.headers
    assert ("Location", "http://127.0.0.1:8881/wp-admin/") in headers
    cookies = [v for k, v in headers if k == "Set-Cookie"]
    paths = sorted(re.search(r"path=([^;]+)", c).group(1) for c in cookies if c.startswith("wordpress_"))
    assert paths == ["/", "/", "/wp-admin", "/wp-content/plugins"]  # test cookie, logged_in, auth ×2
    logged_in = _logged_in_cookie(response)
    assert re.fullmatch(r"wordpress_logged_in_[0-9a-f]{32}=editor%7C\d+%7C\w+%7C[0-9a-f]{64}", logged_in)
    assert all("HttpOnly" in c for c in cookies)


def test_login_by_email_works_too(app: Any) -> None:
    assert _login(app, b"log=editor%40example.test&pwd=editor-password").status == 302


def test_wrong_password_shows_the_form_with_wordpress_error(app: Any) -> None:
    response = _login(app, b"log=editor&pwd=wrong")
    assert response.status == 200
    assert b"The password you entered for the username <strong>editor</strong> is incorrect." in response.body
    assert not any(k == "Set-Cookie" and "logged_in" in v for k, v in response.headers)


def test_cookie_needs_a_nonce_for_rest(app: Any) -> None:
    cookie = _logged_in_cookie(_login(app, b"log=editor&pwd=editor-password"))
    nonce = app.handle("GET", "/wp-admin/admin-ajax.php", "action=rest-nonce", {"cookie": cookie}, b"")
    assert nonce.status == 200 and re.fullmatch(rb"[0-9a-f]{10}", nonce.body)
    with_nonce = app.handle("GET", "/wp-json/wp/v2/users/me", "", {"cookie": cookie, "x-wp-nonce": nonce.body.decode()}, b"")
    assert with_nonce.status == 200 and json.loads(with_nonce.body)["id"] == 2
    assert ("X-WP-Nonce", nonce.body.decode()) in with_nonce.headers
    without = app.handle("GET", "/wp-json/wp/v2/users/me", "", {"cookie": cookie}, b"")
    assert without.status == 401 and json.loads(without.body)["code"] == "rest_not_logged_in"
    bad = app.handle("GET", "/wp-json/wp/v2/users/me", "", {"cookie": cookie, "x-wp-nonce": "0123456789"}, b"")
    assert bad.status == 403 and json.loads(bad.body)["code"] == "rest_cookie_invalid_nonce"


def test_rest_nonce_without_login_is_zero(app: Any) -> None:
    response = app.handle("GET", "/wp-admin/admin-ajax.php", "action=rest-nonce", {}, b"")
    assert response.body == b"0"
