"""Test databases on every backend: a FRESH empty database per use, dropped afterwards.

`BACKENDS` names the backends; `fresh_database_url(name)` creates `bs_<random>` (a temporary file
for SQLite) and yields its URL; `database_fixture()` builds a pytest fixture parametrised over the
backends that yields a `Database`. An unreachable server skips the test with the reason, except
when the environment variable `CI` is `true`, where it is a failure. Server URLs can be changed
with `BROADSHEET_TEST_POSTGRESQL` and `BROADSHEET_TEST_MARIADB` (URLs without a database name).
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import pytest
from sqlalchemy.engine import make_url

__all__ = [
    "BACKENDS",
    "backend_urls",
    "database_fixture",
    "fresh_database",
    "fresh_database_url",
    "server_unavailable_reason",
]

BACKENDS = ("sqlite", "postgresql", "mariadb")


def backend_urls() -> dict[str, str]:
    """The server URL (no database name) each backend's test databases are created on."""
    return {
        "sqlite": "sqlite://",
        "postgresql": os.environ.get("BROADSHEET_TEST_POSTGRESQL", "postgresql+psycopg://postgres@127.0.0.1:5432/"),
        "mariadb": os.environ.get(
            "BROADSHEET_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306/?charset=utf8mb4"
        ),
    }


def _in_ci() -> bool:
    """True when unreachable servers must fail the run."""
    return os.environ.get("CI", "").lower() == "true"


def _pg_admin(url: str) -> Any:
    """An autocommit psycopg connection to the server's `postgres` database."""
    import psycopg

    u = make_url(url)
    return psycopg.connect(
        host=u.host or "127.0.0.1",
        port=u.port or 5432,
        user=u.username or "postgres",
        password=u.password or None,
        dbname="postgres",
        autocommit=True,
        connect_timeout=3,
    )


def _mysql_admin(url: str) -> Any:
    """A PyMySQL connection to the server without a database."""
    import pymysql

    u = make_url(url)
    return pymysql.connect(
        host=u.host or "127.0.0.1",
        port=u.port or 3306,
        user=u.username or "root",
        password=u.password or "",
        charset="utf8mb4",
        connect_timeout=3,
        autocommit=True,
    )


@cache
def server_unavailable_reason(backend: str) -> str | None:
    """Why `backend`'s server cannot be used (None when it can); checked once per session."""
    if backend == "sqlite":
        return None
    url = backend_urls()[backend]
    try:
        conn = _pg_admin(url) if backend == "postgresql" else _mysql_admin(url)
        conn.close()
    except Exception as exc:  # noqa: BLE001 - any connection problem means "unreachable"
        return f"{backend} server at {make_url(url).render_as_string(hide_password=True)} unreachable: {exc}"
    return None


def _require(backend: str) -> None:
    """Skip (or fail in CI) when the backend's server is unreachable."""
    reason = server_unavailable_reason(backend)
    if reason is None:
        return
    if _in_ci():
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    print(f"skipping: {reason}")
    pytest.skip(reason)


@contextmanager
def fresh_database_url(backend: str) -> Iterator[str]:
    """Create an empty database `bs_<random>` on `backend`, yield its URL, drop it afterwards."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; expected one of {BACKENDS}")
    _require(backend)
    name = f"bs_{secrets.token_hex(6)}"
    server = backend_urls()[backend]
    if backend == "sqlite":
        folder = tempfile.mkdtemp(prefix="bs_sqlite_")
        try:
            yield f"sqlite:///{folder}/{name}.db"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    if backend == "postgresql":
        with _pg_admin(server) as admin:
            admin.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
        try:
            yield make_url(server).set(database=name).render_as_string(hide_password=False)
        finally:
            with _pg_admin(server) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    admin = _mysql_admin(server)
    try:
        with admin.cursor() as cur:
            cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci")
    finally:
        admin.close()
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        admin = _mysql_admin(server)
        try:
            with admin.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        finally:
            admin.close()


@contextmanager
def fresh_database(backend: str, *, prefix: str = "wp_", schema: bool = True) -> Iterator[Any]:
    """A `Database` on a fresh database of `backend` (schema created unless `schema=False`)."""
    from broadsheet.storage.engine import Database

    with fresh_database_url(backend) as url:
        db = Database.from_url(url, prefix=prefix)
        try:
            if schema:
                db.create_schema()
            yield db
        finally:
            db.dispose()


def database_fixture(
    *, scope: str = "function", prefix: str = "wp_", schema: bool = True, name: str | None = None
) -> Callable[..., Any]:
    """A pytest fixture, parametrised over `BACKENDS`, yielding a fresh `Database`.

    Use in a conftest: `db = database_fixture()`; `session_db = database_fixture(scope="session")`.
    """

    @pytest.fixture(scope=scope, params=BACKENDS, name=name)  # type: ignore[call-overload]
    def _fixture(request: pytest.FixtureRequest) -> Iterator[Any]:
        with fresh_database(request.param, prefix=prefix, schema=schema) as db:
            yield db

    return _fixture
