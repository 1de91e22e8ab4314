"""Shared test fixtures and paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.backends import BACKENDS, database_fixture, fresh_database

DATA = Path(__file__).parent / "data"
VECTORS = DATA / "vectors"
ORACLE = DATA / "oracle"

#: `db`: a fresh, empty WordPress schema on each backend (sqlite, postgresql, mariadb), per test.
db = database_fixture()


@pytest.fixture(scope="session", params=BACKENDS)
def fixture_db(request: pytest.FixtureRequest) -> Iterator[Any]:
    """fixture-db.json restored once per backend per session, in its own database; treat as read-only."""
    from broadsheet.storage.dump import restore

    with fresh_database(request.param) as database:
        restore(database, ORACLE / "fixture-db.json")
        yield database
