"""Who the caller is: logged-in cookie + nonce, Basic with application passwords (auth-and-permissions.md §1)."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest

from broadsheet.auth import app_passwords as ap
from broadsheet.auth.cookies import (
    CookieStatus,
    auth_cookie_name,
    make_post_password_cookie,
    parse_cookie_header,
    pass_frag,
    post_password_cookie_name,
    post_password_required,
    validate_auth_cookie,
    wp_generate_auth_cookie,
    wp_set_auth_cookie,
)
from broadsheet.auth.nonces import wp_create_nonce
from broadsheet.auth.request_auth import (
    AuthResult,
    RequestCredentials,
    authenticate_request,
    basic_credentials,
    is_email,
)
from broadsheet.auth.store import AuthStore

NOW = 1_800_000_000
SITEURL = "http://127.0.0.1:8881"
ROLES = ["admin", "editor", "author", "contributor", "subscriber"]


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _auth(store: AuthStore, headers: dict[str, str], **kw: Any) -> AuthResult:
    params = kw.pop("params", None)
    method = kw.pop("method", "GET")
    creds = RequestCredentials(headers, params=params, method=method, remote_addr="203.0.113.9")
    return authenticate_request(creds, store, app_passwords_available=kw.pop("available", True), now=NOW, **kw)


def _login(store: AuthStore, user_id: int, *, expiration: int = NOW + 3600) -> tuple[str, str]:
    """A session and its logged_in cookie value, as wp_set_auth_cookie makes them."""
    user = store.get_user(user_id)
    assert user is not None
    token = store.create_session(user_id, expiration, now=NOW)
    return token, wp_generate_auth_cookie(user, expiration, token, store.salts, "logged_in")


def _cookie_header(value: str) -> dict[str, str]:
    return {"Cookie": f"other=1; {auth_cookie_name('logged_in', SITEURL)}={value}"}


# -- application passwords over Basic ---------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_application_password_authenticates_each_role(role: str, credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials[role]
    result = _auth(store, _basic(cred["username"], cred["application_password"]))
    assert result.user is not None and result.user.ID == cred["id"]
    assert result.method == "application_password" and result.error is None
    assert result.app_password_uuid == cred["application_uuid"]


def test_application_password_by_email_and_without_spaces(credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials["editor"]
    result = _auth(store, _basic("editor@example.test", cred["application_password"].replace(" ", "")))
    assert result.user is not None and result.user.ID == 2


def test_successful_use_is_recorded_once_a_day(credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials["author"]
    _auth(store, _basic("author", cred["application_password"]))
    item = store.get_user_meta(3, ap.USERMETA_KEY)[0]
    assert (item["last_used"], item["last_ip"]) == (NOW, "203.0.113.9")
    creds = RequestCredentials(_basic("author", cred["application_password"]), remote_addr="198.51.100.1")
    authenticate_request(creds, store, app_passwords_available=True, now=NOW + 60)
    assert store.get_user_meta(3, ap.USERMETA_KEY)[0]["last_ip"] == "203.0.113.9"


@pytest.mark.parametrize(
    ("user", "password", "code"),
    [
        pytest.param("admin", "wrong wrong wrong wrong", "incorrect_password", id="wrong-password"),
        pytest.param("admin", "admin-password", "incorrect_password", id="login-password"),
        pytest.param("nobody", "aafd a955 5bd2 b4c3 2188 25cb", "invalid_username", id="unknown-user"),
        pytest.param("nobody@example.test", "aafd a955 5bd2 b4c3 2188 25cb", "invalid_email", id="unknown-email"),
    ],
)
def test_bad_basic_credentials(user: str, password: str, code: str, store: AuthStore) -> None:
    stock = _auth(store, _basic(user, password))
    assert stock.user is None and stock.error is None and stock.method == "anonymous"
    strict = _auth(store, _basic(user, password), report_application_password_errors=True)
    assert strict.user is None and strict.error is not None
    assert (strict.error.code, strict.error.status) == (code, 401)


def test_unavailable_application_passwords_are_not_tried(credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials["admin"]
    result = _auth(store, _basic("admin", cred["application_password"]), available=False,
                   report_application_password_errors=True)
    assert result.user is None and result.error is None
    assert store.get_user_meta(1, ap.USERMETA_KEY)[0]["last_used"] is None


def test_not_in_use_means_no_basic_auth_at_all(credentials: dict[str, Any], store: AuthStore) -> None:
    store.update_option(ap.OPTION_KEY_IN_USE, "")
    result = _auth(store, _basic("admin", credentials["admin"]["application_password"]),
                   report_application_password_errors=True)
    assert result.user is None and result.error is None


def test_disabled_for_user(credentials: dict[str, Any], store: AuthStore) -> None:
    result = _auth(store, _basic("admin", credentials["admin"]["application_password"]),
                   available_for_user=lambda user: user.ID != 1, report_application_password_errors=True)
    assert result.error is not None and result.error.code == "application_passwords_disabled_for_user"


def test_application_password_user_skips_the_nonce_check(credentials: dict[str, Any], store: AuthStore) -> None:
    headers = {**_basic("admin", credentials["admin"]["application_password"]), "X-WP-Nonce": "bogus"}
    result = _auth(store, headers)
    assert result.user is not None and result.error is None and result.nonce is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param("Basic " + base64.b64encode(b"a:b:c").decode(), ("a", "b:c"), id="colon-in-password"),
        pytest.param("basic " + base64.b64encode(b"a:").decode(), ("a", ""), id="lowercase-scheme"),
        pytest.param("Basic " + base64.b64encode(b"nocolon").decode(), None, id="no-colon"),
        pytest.param("Bearer abc", None, id="not-basic"),
        pytest.param(None, None, id="absent"),
    ],
)
def test_basic_credentials(header: str | None, expected: tuple[str, str] | None) -> None:
    assert basic_credentials(header) == expected


@pytest.mark.parametrize(
    ("value", "valid"),
    [("admin@example.test", True), ("a@b.co", True), ("admin", False), ("a@b", False), ("a..b@x@y.z", False),
     ("x@-bad.com", False), ("x@bad..com", False), ("o'neil@example.test", True)],
)
def test_is_email(value: str, valid: bool) -> None:
    assert is_email(value) is valid


# -- cookies ----------------------------------------------------------------------------------


def test_pass_frag_uses_last_four_for_wp_hashes() -> None:
    assert pass_frag("$wp$2y$10$SXXy6OLKTDcHtwqB/YfPn.mjXhc6eTgvbL1gJ3Nlh46hC4d9x8pxa") == "8pxa"
    assert pass_frag("$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0") == "Twmf"
    assert pass_frag("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a") == "vGA1"


def test_cookie_name_carries_md5_of_siteurl() -> None:
    digest = hashlib.md5(SITEURL.encode()).hexdigest()
    assert auth_cookie_name("logged_in", SITEURL) == "wordpress_logged_in_" + digest
    assert auth_cookie_name("auth", SITEURL) == "wordpress_" + digest
    assert auth_cookie_name("secure_auth", SITEURL).startswith("wordpress_sec_")


def test_parse_cookie_header_like_php() -> None:
    assert parse_cookie_header("a=1; b=x%7Cy; a=2; c.d=3; bad") == {"a": "1", "b": "x|y", "c_d": "3"}


def test_valid_cookie_validates(store: AuthStore) -> None:
    _, value = _login(store, 3)
    user, status = validate_auth_cookie(value, "logged_in", store, now=NOW)
    assert status is CookieStatus.VALID and user is not None and user.ID == 3


def test_cookie_failures(store: AuthStore) -> None:
    _token, value = _login(store, 3, expiration=NOW - 10)
    assert validate_auth_cookie(value, "logged_in", store, now=NOW)[1] is CookieStatus.EXPIRED
    # POST requests get an hour's grace after expiry.
    assert validate_auth_cookie(value, "logged_in", store, method="POST", now=NOW)[1] is CookieStatus.BAD_SESSION_TOKEN
    _, value = _login(store, 3)
    assert validate_auth_cookie(value[:-1] + ("1" if value[-1] == "0" else "0"), "logged_in", store, now=NOW)[1] is CookieStatus.BAD_HASH
    assert validate_auth_cookie(value, "auth", store, now=NOW)[1] is CookieStatus.BAD_HASH
    assert validate_auth_cookie("x|y|z", "logged_in", store, now=NOW)[1] is CookieStatus.MALFORMED
    _login_name, exp, tok, mac = value.split("|")
    assert validate_auth_cookie(f"ghost|{exp}|{tok}|{mac}", "logged_in", store, now=NOW)[1] is CookieStatus.BAD_USERNAME


def test_password_change_invalidates_cookies(store: AuthStore) -> None:
    _, value = _login(store, 3)
    t = store.tables.users
    store.conn.execute(t.update().where(t.c.ID == 3).values(user_pass="$wp$2y$10$" + "x" * 49 + "ZZZZ"))
    store.forget_user(3)
    assert validate_auth_cookie(value, "logged_in", store, now=NOW)[1] is CookieStatus.BAD_HASH


def test_destroyed_session_invalidates_cookie(store: AuthStore) -> None:
    token, value = _login(store, 3)
    store.destroy_session(3, token)
    assert validate_auth_cookie(value, "logged_in", store, now=NOW)[1] is CookieStatus.BAD_SESSION_TOKEN


# -- cookie + nonce on REST requests -----------------------------------------------------------


def test_cookie_without_nonce_is_anonymous(store: AuthStore) -> None:
    _, value = _login(store, 2)
    result = _auth(store, _cookie_header(value))
    assert result.user is None and result.error is None and result.method == "anonymous"


@pytest.mark.parametrize("where", ["header", "query"])
def test_cookie_with_valid_nonce_authenticates(where: str, store: AuthStore) -> None:
    token, value = _login(store, 2)
    nonce = wp_create_nonce("wp_rest", 2, token, store.salts, now=NOW)
    headers = _cookie_header(value)
    params = None
    if where == "header":
        headers["X-WP-Nonce"] = nonce
    else:
        params = {"_wpnonce": nonce}
    result = _auth(store, headers, params=params)
    assert result.user is not None and result.user.ID == 2 and result.method == "cookie"
    assert result.error is None and result.nonce == nonce and result.session_token == token


def test_wpnonce_parameter_wins_over_header(store: AuthStore) -> None:
    token, value = _login(store, 2)
    good = wp_create_nonce("wp_rest", 2, token, store.salts, now=NOW)
    result = _auth(store, {**_cookie_header(value), "X-WP-Nonce": good}, params={"_wpnonce": "bad"})
    assert result.error is not None and result.error.code == "rest_cookie_invalid_nonce"


def test_cookie_with_bad_nonce_is_403(store: AuthStore) -> None:
    _, value = _login(store, 2)
    result = _auth(store, {**_cookie_header(value), "X-WP-Nonce": "0123456789"})
    assert result.error is not None
    assert (result.error.code, result.error.message, result.error.status) == (
        "rest_cookie_invalid_nonce", "Cookie check failed", 403)
    assert result.nocache


def test_nonce_without_cookie_is_403(store: AuthStore) -> None:
    result = _auth(store, {"X-WP-Nonce": "0123456789"})
    assert result.error is not None and result.error.code == "rest_cookie_invalid_nonce"


def test_anonymous_nonce_verifies_for_user_zero(store: AuthStore) -> None:
    nonce = wp_create_nonce("wp_rest", 0, "", store.salts, now=NOW)
    result = _auth(store, {"X-WP-Nonce": nonce})
    assert result.user is None and result.error is None and result.nonce == nonce


def test_nothing_sent_is_anonymous(store: AuthStore) -> None:
    result = _auth(store, {})
    assert result == AuthResult(None, None, "anonymous")


def test_cookie_user_is_not_replaced_by_basic(credentials: dict[str, Any], store: AuthStore) -> None:
    token, value = _login(store, 2)
    nonce = wp_create_nonce("wp_rest", 2, token, store.salts, now=NOW)
    headers = {**_cookie_header(value), "X-WP-Nonce": nonce,
               **_basic("admin", credentials["admin"]["application_password"])}
    result = _auth(store, headers)
    assert result.user is not None and result.user.ID == 2 and result.method == "cookie"


# -- post-password cookie ----------------------------------------------------------------------


def test_post_password_cookie_unlocks_matching_post() -> None:
    value = make_post_password_cookie("open sesame")
    assert value.startswith("$P$B") and len(value) == 34
    assert not post_password_required("open sesame", value)
    assert post_password_required("other", value)
    assert post_password_required("open sesame", None)
    assert not post_password_required("", None)
    assert post_password_cookie_name(SITEURL) == "wp-postpass_" + hashlib.md5(SITEURL.encode()).hexdigest()


def test_post_password_cookie_needs_wordpress_cost() -> None:
    # A valid phpass hash with another cost (here 2^11, "9") is not accepted: WordPress wants "$P$B".
    assert post_password_required("test12345", "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0")


def test_configured_secrets_are_used_without_touching_options(store: AuthStore) -> None:
    assert store.salts.salt("nonce") == (
        "wpref-nonce-key-0123456789abcdef0123456789abcdef" + "wpref-nonce-salt-0123456789abcdef0123456789abcde"
    )
    _auth(store, {"X-WP-Nonce": "0123456789"})
    assert store.get_option("nonce_key") is None and store.get_option("nonce_salt") is None


def test_missing_secrets_are_generated_into_options_once(fixture_db: Any) -> None:
    with fixture_db.engine.connect() as conn:
        trans = conn.begin()
        try:
            first = AuthStore(conn, fixture_db.tables).salts.salt("nonce")
            assert first == store_value(conn, fixture_db, "nonce_key") + store_value(conn, fixture_db, "nonce_salt")
            assert AuthStore(conn, fixture_db.tables).salts.salt("nonce") == first
        finally:
            trans.rollback()


def store_value(conn: Any, db: Any, name: str) -> str:
    t = db.tables.options
    return str(conn.execute(t.select().where(t.c.option_name == name)).first()._mapping["option_value"])


# -- wp_set_auth_cookie ------------------------------------------------------------------------


@pytest.mark.parametrize(("remember", "expires"), [(False, 0), (True, NOW + 14 * 86400 + 12 * 3600)])
def test_set_auth_cookie_makes_cookies_that_authenticate(remember: bool, expires: int, store: AuthStore) -> None:
    user = store.get_user(4)
    assert user is not None
    cookies = wp_set_auth_cookie(store, user, remember=remember, now=NOW)
    digest = hashlib.md5(SITEURL.encode()).hexdigest()
    assert [(c.name, c.path, c.expires, c.secure) for c in cookies] == [
        (f"wordpress_{digest}", "/wp-content/plugins", expires, False),
        (f"wordpress_{digest}", "/wp-admin", expires, False),
        (f"wordpress_logged_in_{digest}", "/", expires, False),
    ]
    logged_in = cookies[2].value
    assert logged_in.startswith("contributor|")
    assert validate_auth_cookie(cookies[0].value, "auth", store, now=NOW)[1] is CookieStatus.VALID
    token = logged_in.split("|")[2]
    nonce = wp_create_nonce("wp_rest", 4, token, store.salts, now=NOW)
    result = _auth(store, {"Cookie": f"{cookies[2].name}={logged_in}", "X-WP-Nonce": nonce})
    assert result.user is not None and result.user.ID == 4 and result.method == "cookie"
