"""tests/backends.py itself: fresh databases are created and dropped; unreachable servers skip, or fail in CI."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from tests import backends


def test_fresh_database_is_empty_and_dropped_afterwards() -> None:
    with backends.fresh_database("sqlite", schema=False) as db:
        assert inspect(db.engine).get_table_names() == []
        url = str(db.engine.url)
    assert url.startswith("sqlite:///") and url.endswith(".db")


@pytest.mark.parametrize("backend", ["postgresql", "mariadb"])
def test_server_databases_are_dropped(backend: str) -> None:
    if backends.server_unavailable_reason(backend):
        pytest.skip(backends.server_unavailable_reason(backend) or "")
    with backends.fresh_database_url(backend) as url:
        name = url.rsplit("/", 1)[1].split("?")[0]
        assert name.startswith("bs_")
    if backend == "postgresql":
        with backends._pg_admin(backends.backend_urls()[backend]) as admin:
            assert admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None
    else:
        admin = backends._mysql_admin(backends.backend_urls()[backend])
        with admin.cursor() as cur:
            assert cur.execute("SHOW DATABASES LIKE %s", (name,)) == 0
        admin.close()


@pytest.mark.parametrize(("ci", "outcome"), [("", pytest.skip.Exception), ("true", pytest.fail.Exception)])
def test_unreachable_server_skips_or_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type[BaseException]
) -> None:
    monkeypatch.setenv("BROADSHEET_TEST_POSTGRESQL", "postgresql+psycopg://nobody@127.0.0.1:1/")
    monkeypatch.setenv("CI", ci)
    backends.server_unavailable_reason.cache_clear()
    try:
        with pytest.raises(outcome, match="unreachable"), backends.fresh_database_url("postgresql"):
            pass
    finally:
        monkeypatch.undo()
        backends.server_unavailable_reason.cache_clear()
