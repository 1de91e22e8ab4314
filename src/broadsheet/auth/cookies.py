"""Login cookies (``wp_generate_auth_cookie``, ``wp_parse_auth_cookie``, ``wp_validate_auth_cookie``), WordPress 7.1.4.

A cookie value is ``login|expiration|token|hmac`` where
``hmac = HMAC-SHA256(key, "login|expiration|token")`` and
``key = HMAC-MD5(wp_salt(scheme), "login|pass_frag|expiration|token")``; ``pass_frag`` is four
characters of the password hash, so changing the password logs every session out
(auth-and-permissions.md §1). The cookie names carry ``COOKIEHASH = md5(siteurl)``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import time as _time
from dataclasses import dataclass
from enum import Enum
from urllib.parse import unquote_plus, urlsplit

from broadsheet.auth.passwords import phpass_check, phpass_hash
from broadsheet.auth.roles import User
from broadsheet.auth.salts import Salts
from broadsheet.auth.store import AuthStore

__all__ = [
    "HOUR_IN_SECONDS",
    "CookieStatus",
    "ParsedCookie",
    "auth_cookie_name",
    "cookie_hash",
    "make_post_password_cookie",
    "parse_cookie_header",
    "pass_frag",
    "post_password_cookie_name",
    "post_password_required",
    "validate_auth_cookie",
    "wp_generate_auth_cookie",
    "wp_parse_auth_cookie",
    "wp_set_auth_cookie",
]

HOUR_IN_SECONDS = 3600
DAY_IN_SECONDS = 86400
_HOST_PART = re.compile(r"https?://[^/]+", re.IGNORECASE)


class CookieStatus(str, Enum):
    """The outcome ``wp_validate_auth_cookie`` announces (``auth_cookie_*`` actions)."""

    MALFORMED = "malformed"
    EXPIRED = "expired"
    BAD_USERNAME = "bad_username"
    BAD_HASH = "bad_hash"
    BAD_SESSION_TOKEN = "bad_session_token"
    VALID = "valid"


@dataclass(frozen=True)
class ParsedCookie:
    """The four parts of an auth cookie plus its scheme."""

    username: str
    expiration: str
    token: str
    hmac: str
    scheme: str


def cookie_hash(siteurl: str) -> str:
    """``COOKIEHASH``: md5 of the ``siteurl`` option as stored."""
    return hashlib.md5(siteurl.encode("utf-8")).hexdigest()


def auth_cookie_name(scheme: str, siteurl: str) -> str:
    """``LOGGED_IN_COOKIE`` / ``AUTH_COOKIE`` / ``SECURE_AUTH_COOKIE`` for ``scheme``."""
    prefix = {"logged_in": "wordpress_logged_in_", "secure_auth": "wordpress_sec_"}.get(scheme, "wordpress_")
    return prefix + cookie_hash(siteurl)


def parse_cookie_header(header: str) -> dict[str, str]:
    """Cookies as PHP's ``$_COOKIE`` sees them: URL-decoded, ``.``/space in names become ``_``, first one wins."""
    cookies: dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if not sep or not name:
            continue
        name = unquote_plus(name).replace(".", "_").replace(" ", "_")
        cookies.setdefault(name, unquote_plus(value))
    return cookies


def pass_frag(user_pass: str) -> str:
    """Four characters of the hash: [8:12] for ``$P$``/``$2y$`` hashes, else the last four (``$wp$2y$``)."""
    if user_pass.startswith(("$P$", "$2y$")):
        return user_pass[8:12]
    return user_pass[-4:]


def _cookie_hmac(username: str, frag: str, expiration: str | int, token: str, scheme: str, salts: Salts) -> str:
    """The hmac field for one cookie."""
    key = salts.wp_hash(f"{username}|{frag}|{expiration}|{token}", scheme)
    return hmac.new(key.encode(), f"{username}|{expiration}|{token}".encode(), hashlib.sha256).hexdigest()


def wp_generate_auth_cookie(user: User, expiration: int, token: str, salts: Salts, scheme: str = "auth") -> str:
    """The cookie value for ``user`` (``wp_generate_auth_cookie``); the session token must exist already."""
    mac = _cookie_hmac(user.user_login, pass_frag(user.user_pass), expiration, token, scheme, salts)
    return f"{user.user_login}|{expiration}|{token}|{mac}"


def wp_parse_auth_cookie(value: str | None, scheme: str) -> ParsedCookie | None:
    """Split a cookie value into its four parts; None when empty or not four parts."""
    if not value:
        return None
    parts = value.split("|")
    if len(parts) != 4:
        return None
    return ParsedCookie(parts[0], parts[1], parts[2], parts[3], scheme)


def validate_auth_cookie(
    value: str | None,
    scheme: str,
    store: AuthStore,
    *,
    method: str = "GET",
    now: float | None = None,
) -> tuple[User | None, CookieStatus]:
    """The user a cookie proves, and the status (``wp_validate_auth_cookie``); POSTs get an hour's grace."""
    parsed = wp_parse_auth_cookie(value, scheme)
    if parsed is None:
        return None, CookieStatus.MALFORMED
    now = _time.time() if now is None else now
    try:
        expiration = int(parsed.expiration)
    except ValueError:
        expiration = 0
    grace = HOUR_IN_SECONDS if method.upper() == "POST" else 0
    if expiration + grace < now:
        return None, CookieStatus.EXPIRED
    user = store.get_user_by("login", parsed.username)
    if user is None:
        return None, CookieStatus.BAD_USERNAME
    expected = _cookie_hmac(
        parsed.username, pass_frag(user.user_pass), parsed.expiration, parsed.token, scheme, store.salts
    )
    if not hmac.compare_digest(expected.encode(), parsed.hmac.encode("utf-8", "surrogateescape")):
        return None, CookieStatus.BAD_HASH
    if not store.verify_session_token(user.ID, parsed.token, now=now):
        return None, CookieStatus.BAD_SESSION_TOKEN
    return user, CookieStatus.VALID


# -- the post-password cookie (wp-login.php?action=postpass, post_password_required) -------------


def post_password_cookie_name(siteurl: str) -> str:
    """``wp-postpass_{COOKIEHASH}``: set when a visitor unlocks a protected post on the front end."""
    return "wp-postpass_" + cookie_hash(siteurl)


def make_post_password_cookie(password: str) -> str:
    """The cookie value WordPress sets: a phpass ``$P$B`` hash of the post password."""
    return phpass_hash(password, os.urandom(6), 13)


def post_password_required(post_password: str, cookie_value: str | None) -> bool:
    """Whether a protected post stays locked for this visitor (``post_password_required``, cookie part)."""
    if not post_password:
        return False
    if not cookie_value or not cookie_value.startswith("$P$B"):
        return True
    return not phpass_check(post_password, cookie_value)


# -- setting the login cookies (wp_set_auth_cookie) ---------------------------------------------


@dataclass(frozen=True)
class LoginCookie:
    """One ``Set-Cookie`` WordPress sends at login; ``expires`` 0 means a session cookie. Always HttpOnly."""

    name: str
    value: str
    expires: int
    path: str
    secure: bool


def _cookie_path(url: str) -> str:
    """``COOKIEPATH``-style path: the URL without scheme and host, with a trailing slash."""
    return _HOST_PART.sub("", url + "/", count=1)


def wp_set_auth_cookie(
    store: AuthStore,
    user: User,
    *,
    remember: bool = False,
    secure: bool = False,
    ip: str = "",
    ua: str = "",
    now: int | None = None,
) -> list[LoginCookie]:
    """Start a session and return the cookies ``wp_set_auth_cookie`` sets (auth ×2, logged_in ×1 or ×2).

    Remembered logins last 14 days (cookies kept 12 hours longer); others 2 days, as session cookies.
    """
    now = int(_time.time()) if now is None else now
    expiration = now + (14 if remember else 2) * DAY_IN_SECONDS
    expire = expiration + 12 * HOUR_IN_SECONDS if remember else 0
    token = store.create_session(user.ID, expiration, ip=ip, ua=ua, now=now)
    siteurl = str(store.get_option("siteurl", "") or "")
    home = str(store.get_option("home", "") or "")
    scheme = "secure_auth" if secure else "auth"
    auth_value = wp_generate_auth_cookie(user, expiration, token, store.salts, scheme)
    logged_in_value = wp_generate_auth_cookie(user, expiration, token, store.salts, "logged_in")
    secure_logged_in = secure and urlsplit(home).scheme == "https"
    site_path, home_path = _cookie_path(siteurl.rstrip("/")), _cookie_path(home.rstrip("/"))
    auth_name, logged_in_name = auth_cookie_name(scheme, siteurl), auth_cookie_name("logged_in", siteurl)
    cookies = [
        LoginCookie(auth_name, auth_value, expire, site_path + "wp-content/plugins", secure),
        LoginCookie(auth_name, auth_value, expire, site_path + "wp-admin", secure),
        LoginCookie(logged_in_name, logged_in_value, expire, home_path, secure_logged_in),
    ]
    if home_path != site_path:
        cookies.append(LoginCookie(logged_in_name, logged_in_value, expire, site_path, secure_logged_in))
    return cookies
