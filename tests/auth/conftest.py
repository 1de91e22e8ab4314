"""Auth fixtures: the oracle's fixture site in SQLite, an ``AuthStore`` per test (rolled back)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from broadsheet.auth.store import AuthStore
from broadsheet.storage.dump import restore
from broadsheet.storage.engine import Database
from tests.conftest import ORACLE

#: The oracle's wp-config secrets (shared/oracle/setup-wordpress.sh), so cookies and nonces made
#: here are the ones the reference WordPress would make.
TEST_SALTS = {
    "AUTH_KEY": "wpref-auth-key-0123456789abcdef0123456789abcdef",
    "SECURE_AUTH_KEY": "wpref-secure-auth-key-0123456789abcdef012345678",
    "LOGGED_IN_KEY": "wpref-logged-in-key-0123456789abcdef0123456789ab",
    "NONCE_KEY": "wpref-nonce-key-0123456789abcdef0123456789abcdef",
    "AUTH_SALT": "wpref-auth-salt-0123456789abcdef0123456789abcdef",
    "SECURE_AUTH_SALT": "wpref-secure-auth-salt-0123456789abcdef01234567",
    "LOGGED_IN_SALT": "wpref-logged-in-salt-0123456789abcdef0123456789a",
    "NONCE_SALT": "wpref-nonce-salt-0123456789abcdef0123456789abcde",
}


@pytest.fixture(scope="session")
def credentials() -> dict[str, Any]:
    """The oracle's plaintext credentials, one user per role."""
    return json.loads((ORACLE / "credentials.json").read_text())["users"]


@pytest.fixture(scope="session")
def fixture_db() -> Iterator[Database]:
    """The fixture site restored into an in-memory SQLite database."""
    db = Database.from_url("sqlite://")
    restore(db, ORACLE / "fixture-db.json")
    yield db
    db.dispose()


@pytest.fixture()
def store(fixture_db: Database) -> Iterator[AuthStore]:
    """An ``AuthStore`` in a transaction that is rolled back after the test."""
    with fixture_db.engine.connect() as conn:
        trans = conn.begin()
        try:
            yield AuthStore(conn, fixture_db.tables, config_salts=TEST_SALTS)
        finally:
            trans.rollback()
