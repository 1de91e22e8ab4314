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

#: Fixed wp-config secrets for tests (WordPress reads these from wp-config.php).
TEST_SALTS = {
    name: f"test {name.lower()} value"
    for name in ("AUTH_KEY", "AUTH_SALT", "SECURE_AUTH_KEY", "SECURE_AUTH_SALT", "LOGGED_IN_KEY",
                 "LOGGED_IN_SALT", "NONCE_KEY", "NONCE_SALT")
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
