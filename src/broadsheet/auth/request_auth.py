"""Who is calling: the current user of a REST request, as WordPress 7.1.4 decides it.

Order (auth-and-permissions.md §1): the auth cookie, then the ``logged_in`` cookie
(``determine_current_user``), then HTTP Basic with an application password; then the REST
authentication-error stage runs the application-password check and the cookie/nonce check
(``rest_application_password_check_errors`` at 90, ``rest_cookie_check_errors`` at 100).

A cookie only authenticates with a valid ``_wpnonce``/``X-WP-Nonce`` (CSRF protection): without a
nonce the request is downgraded to anonymous, with a bad one it fails with 403
``rest_cookie_invalid_nonce``. Wrong Basic credentials leave the caller anonymous, as observed on
the oracle, unless ``report_application_password_errors`` asks for WordPress's 401 errors.
"""

from __future__ import annotations

import base64
import binascii
import re
import time as _time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from broadsheet.auth import app_passwords as ap
from broadsheet.auth.cookies import (
    CookieStatus,
    auth_cookie_name,
    parse_cookie_header,
    validate_auth_cookie,
    wp_parse_auth_cookie,
)
from broadsheet.auth.errors import AuthError
from broadsheet.auth.nonces import wp_create_nonce, wp_verify_nonce
from broadsheet.auth.roles import User
from broadsheet.auth.store import AuthStore
from broadsheet.auth.throttle import THROTTLED, LoginThrottle

__all__ = ["AuthResult", "RequestCredentials", "authenticate_request", "basic_credentials", "is_email"]

REST_NONCE_ACTION = "wp_rest"

INVALID_NONCE = AuthError("rest_cookie_invalid_nonce", "Cookie check failed", 403)
INCORRECT_PASSWORD = AuthError("incorrect_password", "The provided password is an invalid application password.")
INVALID_EMAIL = AuthError(
    "invalid_email", "<strong>Error</strong>: Unknown email address. Check again or try your username."
)
INVALID_USERNAME = AuthError(
    "invalid_username", "<strong>Error</strong>: Unknown username. Check again or try your email address."
)
APP_PASSWORDS_DISABLED = AuthError("application_passwords_disabled", "Application passwords are not available.")
APP_PASSWORDS_DISABLED_FOR_USER = AuthError(
    "application_passwords_disabled_for_user",
    "Application passwords are not available for your account. Please contact the site administrator for assistance.",
)

_LOCAL_PART = re.compile(r"^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN_SUB = re.compile(r"^[a-z0-9-]+$", re.IGNORECASE)
_PHP_WS = " \t\n\r\0\x0b"


@dataclass(frozen=True)
class RequestCredentials:
    """What a request offers to prove identity; header names are matched case-insensitively."""

    headers: Mapping[str, str]
    #: ``$_REQUEST``: query string and form body parameters (for ``_wpnonce``).
    params: Mapping[str, Any] | None = None
    method: str = "GET"
    remote_addr: str | None = None
    is_ssl: bool = False
    #: Parsed cookies; when None they are read from the ``Cookie`` header.
    cookies: Mapping[str, str] | None = None

    def header(self, name: str) -> str | None:
        """A header's value, any case."""
        lname = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lname:
                return value
        return None

    def cookie_jar(self) -> Mapping[str, str]:
        """The request's cookies as ``$_COOKIE``."""
        if self.cookies is not None:
            return self.cookies
        return parse_cookie_header(self.header("cookie") or "")


@dataclass
class AuthResult:
    """The outcome: the user (None: anonymous), an error to answer with, and how the user came."""

    user: User | None
    error: AuthError | None = None
    #: ``"cookie"``, ``"application_password"`` or ``"anonymous"``.
    method: str = "anonymous"
    #: A fresh nonce for the ``X-WP-Nonce`` response header (after a valid nonce).
    nonce: str | None = None
    #: Whether to send no-cache headers (an invalid nonce).
    nocache: bool = False
    #: The application password used (``…/application-passwords/introspect``).
    app_password_uuid: str | None = None
    #: The logged-in cookie's session token (binds nonces), ``""`` without one.
    session_token: str = ""
    #: Login throttling (opt-in): seconds to pause before answering, and ``Retry-After`` when refused.
    delay: float = 0.0
    retry_after: int | None = None


def is_email(email: str) -> bool:
    """``is_email`` (WordPress 7.1.4 ``formatting.php``): a loose syntax check, no DNS."""
    if len(email.encode("utf-8")) < 6 or email.find("@", 1) == -1:
        return False
    local, domain = email.split("@", 1)
    if not _LOCAL_PART.match(local) or ".." in domain:
        return False
    if domain.strip(_PHP_WS + ".") != domain:
        return False
    subs = domain.split(".")
    if len(subs) < 2:
        return False
    return all(sub.strip(_PHP_WS + "-") == sub and _DOMAIN_SUB.match(sub) for sub in subs)


def basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    """``PHP_AUTH_USER``/``PHP_AUTH_PW`` from ``Authorization: Basic …`` (split at the first colon)."""
    if not authorization or authorization[:6].lower() != "basic ":
        return None
    token = authorization[6:].strip()
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=False)
    except (binascii.Error, ValueError):
        return None
    text = decoded.decode("utf-8", "surrogateescape")
    if ":" not in text:
        return None
    user, password = text.split(":", 1)
    return user, password


def authenticate_application_password(
    store: AuthStore,
    username: str,
    password: str,
    *,
    available: bool,
    available_for_user: Callable[[User], bool] | None = None,
    remote_addr: str | None = None,
    now: int | None = None,
) -> tuple[User, dict[str, Any]] | AuthError | None:
    """``wp_authenticate_application_password`` for an API request: (user, item), an error, or None if unused."""
    if not store.application_passwords_in_use():
        return None
    user = store.get_user_by("login", username)
    if user is None and is_email(username):
        user = store.get_user_by("email", username)
    if user is None:
        return INVALID_EMAIL if is_email(username) else INVALID_USERNAME
    if not available:
        return APP_PASSWORDS_DISABLED
    if available_for_user is not None and not available_for_user(user):
        return APP_PASSWORDS_DISABLED_FOR_USER
    item = ap.match_application_password(store.get_application_passwords(user.ID), password)
    if item is None:
        return INCORRECT_PASSWORD
    store.record_application_password_usage(user.ID, str(item["uuid"]), remote_addr, now=now)
    return user, item


def _nonce_param(credentials: RequestCredentials) -> str | None:
    """``$_REQUEST['_wpnonce']``, else the ``X-WP-Nonce`` header; None when neither is sent."""
    params = credentials.params or {}
    if "_wpnonce" in params and params["_wpnonce"] is not None:
        value = params["_wpnonce"]
        return value if isinstance(value, str) else "Array" if isinstance(value, (list, dict)) else str(value)
    return credentials.header("x-wp-nonce")


def authenticate_request(
    credentials: RequestCredentials,
    store: AuthStore,
    *,
    app_passwords_available: bool,
    available_for_user: Callable[[User], bool] | None = None,
    report_application_password_errors: bool = False,
    throttle: LoginThrottle | None = None,
    now: float | None = None,
) -> AuthResult:
    """Decide the current user of a REST request, and any authentication error, as WordPress 7.1.4.

    With a ``throttle`` (beyond WordPress), failed Basic logins are counted per user and address:
    the result asks for a pause, then attempts are refused with 429 until the window closes.
    """
    now = _time.time() if now is None else now
    siteurl = str(store.get_option("siteurl", "") or "")
    cookies = credentials.cookie_jar()

    # determine_current_user: wp_validate_auth_cookie (auth / secure_auth), then the logged_in cookie.
    user: User | None = None
    cookie_status: CookieStatus | None = None
    auth_scheme = "secure_auth" if credentials.is_ssl else "auth"
    user, cookie_status = validate_auth_cookie(
        cookies.get(auth_cookie_name(auth_scheme, siteurl)), auth_scheme, store, method=credentials.method, now=now
    )
    logged_in_value = cookies.get(auth_cookie_name("logged_in", siteurl))
    if user is None and logged_in_value:
        user, cookie_status = validate_auth_cookie(
            logged_in_value, "logged_in", store, method=credentials.method, now=now
        )
    parsed_logged_in = wp_parse_auth_cookie(logged_in_value, "logged_in")
    token = parsed_logged_in.token if parsed_logged_in else ""
    method = "cookie" if user is not None else "anonymous"

    # wp_validate_application_password (only when nobody was found and app passwords are available).
    app_status: tuple[User, dict[str, Any]] | AuthError | None = None
    delay = 0.0
    if user is None and app_passwords_available:
        basic = basic_credentials(credentials.header("authorization"))
        if basic is not None and throttle is not None:
            decision = throttle.check(basic[0], credentials.remote_addr, now=now)
            if not decision.allowed:
                return AuthResult(None, THROTTLED, "anonymous", session_token=token, retry_after=decision.retry_after)
            delay = decision.delay
        if basic is not None:
            app_status = authenticate_application_password(
                store,
                basic[0],
                basic[1],
                available=app_passwords_available,
                available_for_user=available_for_user,
                remote_addr=credentials.remote_addr,
                now=int(now),
            )
            if isinstance(app_status, tuple):
                user, method = app_status[0], "application_password"
            if throttle is not None and isinstance(app_status, tuple):
                throttle.succeeded(basic[0], credentials.remote_addr)
            elif throttle is not None and isinstance(app_status, AuthError):
                throttle.failed(basic[0], credentials.remote_addr, now=now)

    # rest_authentication_errors, priority 90: application passwords.
    if isinstance(app_status, tuple):
        uuid = str(app_status[1]["uuid"])
        return AuthResult(user, None, method, app_password_uuid=uuid, session_token=token, delay=delay)
    if isinstance(app_status, AuthError) and report_application_password_errors:
        return AuthResult(None, app_status.with_status(401), "anonymous", session_token=token, delay=delay)

    # Priority 100: cookie + nonce. Skipped for a user logged in some other way.
    if cookie_status is not CookieStatus.VALID and user is not None:
        return AuthResult(user, None, method, session_token=token)
    nonce = _nonce_param(credentials)
    if nonce is None:
        return AuthResult(None, None, "anonymous", session_token=token, delay=delay)
    uid = user.ID if user is not None else 0
    if not wp_verify_nonce(nonce, REST_NONCE_ACTION, uid, token, store.salts, now=now):
        return AuthResult(user, INVALID_NONCE, method, nocache=True, session_token=token, delay=delay)
    fresh = wp_create_nonce(REST_NONCE_ACTION, uid, token, store.salts, now=now)
    return AuthResult(user, None, method, nonce=fresh, session_token=token, delay=delay)
