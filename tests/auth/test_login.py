"""Login with a login password (``wp_authenticate``) and the upgrade of old hashes on success."""

from __future__ import annotations

from typing import Any

import bcrypt
import pytest

from broadsheet.auth.errors import AuthError
from broadsheet.auth.login import authenticate_login, set_password
from broadsheet.auth.passwords import check_password
from broadsheet.auth.store import AuthStore


@pytest.mark.parametrize("role", ["admin", "editor", "author", "contributor", "subscriber"])
def test_fixture_users_log_in_by_login_and_email(role: str, credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials[role]
    for name in (cred["username"], f"{cred['username']}@example.test"):
        user = authenticate_login(store, name, cred["password"])
        assert not isinstance(user, AuthError) and user.ID == cred["id"]


@pytest.mark.parametrize(
    ("name", "password", "code"),
    [
        pytest.param("", "x", "empty_username", id="empty-username"),
        pytest.param("admin", "  ", "empty_password", id="empty-password"),
        pytest.param("nobody", "x", "invalid_username", id="unknown-login"),
        pytest.param("nobody@example.test", "x", "invalid_email", id="unknown-email"),
        pytest.param("admin", "wrong", "incorrect_password", id="wrong-password"),
        pytest.param("admin@example.test", "wrong", "incorrect_password", id="wrong-password-by-email"),
        pytest.param("admin", "aafd a955 5bd2 b4c3 2188 25cb", "incorrect_password", id="application-password"),
    ],
)
def test_login_errors(name: str, password: str, code: str, store: AuthStore) -> None:
    result = authenticate_login(store, name, password)
    assert isinstance(result, AuthError) and result.code == code


def test_wrong_password_message_names_the_user(store: AuthStore) -> None:
    result = authenticate_login(store, "admin", "wrong", lostpassword_url="http://x.test/lost")
    assert isinstance(result, AuthError)
    assert result.message == (
        "<strong>Error</strong>: The password you entered for the username <strong>admin</strong> is incorrect."
        ' <a href="http://x.test/lost">Lost your password?</a>'
    )


@pytest.mark.parametrize(
    "old_hash",
    [
        pytest.param("$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", id="phpass"),
        pytest.param(bcrypt.hashpw(b"test12345", bcrypt.gensalt(4)).decode().replace("$2b$", "$2y$"), id="plain-bcrypt"),
        pytest.param("c06db68e819be6ec3d26c6038d8e8d1f", id="md5"),
    ],
)
def test_old_hashes_are_upgraded_on_login(old_hash: str, store: AuthStore) -> None:
    t = store.tables.users
    store.conn.execute(t.update().where(t.c.ID == 22).values(user_pass=old_hash))
    store.forget_user(22)
    user = authenticate_login(store, "subscriber2", "test12345")
    assert not isinstance(user, AuthError)
    assert user.user_pass.startswith("$wp$2y$10$") and check_password("test12345", user.user_pass)


def test_current_hashes_are_left_alone(credentials: dict[str, Any], store: AuthStore) -> None:
    before = store.get_user(2).user_pass  # type: ignore[union-attr]
    authenticate_login(store, "editor", credentials["editor"]["password"])
    store.forget_user(2)
    assert store.get_user(2).user_pass == before  # type: ignore[union-attr]


def test_set_password_replaces_hash_and_reset_key(store: AuthStore) -> None:
    t = store.tables.users
    store.conn.execute(t.update().where(t.c.ID == 5).values(user_activation_key="123:abc"))
    hashed = set_password(store, 5, "new-secret")
    user = store.get_user(5)
    assert user is not None and user.user_pass == hashed and user.user_activation_key == ""
    assert check_password("new-secret", hashed)
