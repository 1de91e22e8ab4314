"""``wp-login.php`` (cookie login) and ``admin-ajax.php?action=rest-nonce``, as WordPress 7.1.4 answers them.

A browser client logs in with a form POST, gets WordPress's auth and logged-in cookies, then
fetches a REST nonce to send as ``X-WP-Nonce`` (auth-and-permissions.md §1, §1.3).
"""

from __future__ import annotations

import html
import time
from email.utils import formatdate
from typing import Any
from urllib.parse import quote

from broadsheet.auth.cookies import LoginCookie, auth_cookie_name, parse_cookie_header, validate_auth_cookie, wp_parse_auth_cookie, wp_set_auth_cookie
from broadsheet.auth.errors import AuthError
from broadsheet.auth.login import authenticate_login
from broadsheet.auth.nonces import wp_create_nonce
from broadsheet.rest.request import parse_php_query, php_array_to_python

NO_CACHE = [("Expires", "Wed, 11 Jan 1984 05:00:00 GMT"),
            ("Cache-Control", "no-cache, must-revalidate, max-age=0, no-store, private")]
TEST_COOKIE = ("wordpress_test_cookie", "WP%20Cookie%20check")


def set_cookie_header(cookie: LoginCookie, now: int) -> str:
    """``setcookie()``'s header: the value URL-encoded, ``expires`` and ``Max-Age`` for persistent cookies."""
    parts = [f"{cookie.name}={quote(cookie.value, safe='')}"]
    if cookie.expires:
        parts.append("expires=" + formatdate(cookie.expires, usegmt=True).replace(" GMT", " GMT"))
        parts.append(f"Max-Age={cookie.expires - now}")
    parts.append(f"path={cookie.path}")
    if cookie.secure:
        parts.append("secure")
    parts.append("HttpOnly")
    return "; ".join(parts)


def _page(message: str = "") -> bytes:
    error = f'<div id="login_error" class="notice notice-error"><p>{message}</p></div>' if message else ""
    return (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Log In</title></head>'
        f'<body class="login"><div id="login">{error}'
        '<form name="loginform" id="loginform" action="wp-login.php" method="post">'
        '<p><label for="user_login">Username or Email Address</label>'
        '<input type="text" name="log" id="user_login" autocomplete="username"></p>'
        '<p><label for="user_pass">Password</label><input type="password" name="pwd" id="user_pass"></p>'
        '<p><input name="rememberme" type="checkbox" id="rememberme" value="forever"> Remember Me</p>'
        '<p><input type="submit" name="wp-submit" id="wp-submit" value="Log In"></p>'
        '</form></div></body></html>'
    ).encode()


def handle_login(site: Any, conn: Any, method: str, headers: dict[str, str], body: bytes,
                 remote_addr: str | None) -> tuple[int, list[tuple[str, str]], bytes]:
    """A login form POST: WordPress's cookies and a redirect, or the form again with the error."""
    out: list[tuple[str, str]] = [("Content-Type", "text/html; charset=UTF-8"), *NO_CACHE,
                                  ("Set-Cookie", f"{TEST_COOKIE[0]}={TEST_COOKIE[1]}; path=/; HttpOnly")]
    if method != "POST":
        return 200, out, _page()
    form = php_array_to_python(parse_php_query(body.decode("utf-8", "replace")))
    login = str(form.get("log") or "")
    password = str(form.get("pwd") or "")
    store = site.context(conn).auth_store()
    throttle = site.config.login_throttle
    if throttle is not None:
        decision = throttle.check(login, remote_addr)
        if not decision.allowed:
            return 429, [*out, ("Retry-After", str(decision.retry_after))], _page(
                "<strong>Error</strong>: Too many failed login attempts. Please try again later.")
        if decision.delay:
            time.sleep(decision.delay)
    result = authenticate_login(store, login, password)
    if isinstance(result, AuthError):
        if throttle is not None and login:
            throttle.failed(login, remote_addr)
        return 200, out, _page(result.message)
    if throttle is not None:
        throttle.succeeded(login, remote_addr)
    now = int(time.time())
    cookies = wp_set_auth_cookie(store, result, remember=form.get("rememberme") == "forever",
                                 ip=remote_addr or "", ua=headers.get("user-agent", ""), now=now)
    conn.commit()
    siteurl = str(site.option("siteurl", "") or "").rstrip("/")
    redirect = str(form.get("redirect_to") or f"{siteurl}/wp-admin/")
    out.extend(("Set-Cookie", set_cookie_header(c, now)) for c in cookies)
    out.extend([("X-Redirect-By", "WordPress"), ("Location", redirect)])
    return 302, out, b""


def handle_rest_nonce(site: Any, conn: Any, headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
    """``admin-ajax.php?action=rest-nonce``: a fresh ``wp_rest`` nonce for a logged-in cookie, else ``0``."""
    siteurl = str(site.option("siteurl", "") or "")
    value = parse_cookie_header(headers.get("cookie", "")).get(auth_cookie_name("logged_in", siteurl))
    store = site.context(conn).auth_store()
    user, _ = validate_auth_cookie(value, "logged_in", store)
    out = [("Content-Type", "text/html; charset=UTF-8"), *NO_CACHE]
    if user is None:
        return 400, out, b"0"
    parsed = wp_parse_auth_cookie(value, "logged_in")
    token = parsed.token if parsed else ""
    return 200, out, html.escape(wp_create_nonce("wp_rest", user.ID, token, store.salts)).encode()
