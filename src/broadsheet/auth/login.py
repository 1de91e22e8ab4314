"""Logging in with a login password (``wp_authenticate``), and setting one (``wp_set_password``), WordPress 7.1.4.

The REST API never accepts login passwords (only application passwords); this serves the CLI and a
future login form. As WordPress 6.8+, a successful login upgrades an old hash (phpass, MD5, plain
bcrypt) to the current ``$wp$2y$`` format.
"""

from __future__ import annotations

from broadsheet.auth.errors import AuthError
from broadsheet.auth.passwords import (
    check_password,
    hash_password,
    password_needs_rehash,
)
from broadsheet.auth.request_auth import is_email
from broadsheet.auth.roles import User
from broadsheet.auth.store import AuthStore

__all__ = ["authenticate_login", "set_password"]

_PHP_TRIM = " \t\n\r\0\x0b"


def set_password(store: AuthStore, user_id: int, password: str) -> str:
    """Store a new hash of ``password`` and clear the reset key (``wp_set_password``); returns the hash.

    Every login cookie of the user stops validating (its ``pass_frag`` changes).
    """
    hashed = hash_password(password)
    t = store.tables.users
    store.conn.execute(t.update().where(t.c.ID == user_id).values(user_pass=hashed, user_activation_key=""))
    store.forget_user(user_id)
    return hashed


def _incorrect(label: str, value: str, lostpassword_url: str) -> AuthError:
    """The ``incorrect_password`` error of the username and email checks."""
    return AuthError(
        "incorrect_password",
        f"<strong>Error</strong>: The password you entered for the {label} <strong>{value}</strong> is incorrect."
        f' <a href="{lostpassword_url}">Lost your password?</a>',
    )


def authenticate_login(
    store: AuthStore, username: str, password: str, *, lostpassword_url: str = "/wp-login.php?action=lostpassword"
) -> User | AuthError:
    """The user a login name or email and password identify, or WordPress's error (``wp_authenticate``).

    ``wp_authenticate_username_password`` runs first, then ``wp_authenticate_email_password``
    (which may replace an unknown-username error when the name is an email address).
    """
    username = " ".join(username.split())
    password = password.strip(_PHP_TRIM)
    if not username or not password:
        if not username:
            return AuthError("empty_username", "<strong>Error</strong>: The username field is empty.")
        return AuthError("empty_password", "<strong>Error</strong>: The password field is empty.")
    result: User | AuthError
    user = store.get_user_by("login", username)
    if user is None:
        result = AuthError(
            "invalid_username",
            f"<strong>Error</strong>: The username <strong>{username}</strong> is not registered on this site."
            " If you are unsure of your username, try your email address instead.",
        )
    elif not check_password(password, user.user_pass):
        result = _incorrect("username", username, lostpassword_url)
    else:
        result = user
    if isinstance(result, AuthError) and is_email(username):
        by_email = store.get_user_by("email", username)
        if by_email is None:
            result = AuthError("invalid_email", "Unknown email address. Check again or try your username.")
        elif not check_password(password, by_email.user_pass):
            result = _incorrect("email address", username, lostpassword_url)
        else:
            result = by_email
    if isinstance(result, User) and password_needs_rehash(result.user_pass):
        set_password(store, result.ID, password)
        refreshed = store.get_user(result.ID)
        result = refreshed if refreshed is not None else result
    return result
