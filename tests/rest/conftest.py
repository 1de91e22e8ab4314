"""REST fixtures: the fixture site restored into each backend, served in-process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.backends import BACKENDS, fresh_database_url
from tests.conftest import ORACLE


@contextmanager
def fixture_site_app(backend: str) -> Iterator[Any]:
    """The ASGI app over ``fixture-db.json`` restored into a fresh database of ``backend``."""
    from broadsheet.app import create_app
    from broadsheet.bootstrap import build_site
    from broadsheet.site import SiteConfig
    from broadsheet.storage.dump import restore

    with fresh_database_url(backend) as url:
        site = build_site(SiteConfig(database_url=url))
        site.db.create_schema()
        restore(site.db, ORACLE / "fixture-db.json")
        site.invalidate_options()
        app = create_app(site=site)
        app.backend = backend
        try:
            yield app
        finally:
            site.db.engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def golden_app(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The fixture site on each backend; the golden replay writes to it, in case order."""
    with fixture_site_app(request.param) as app:
        yield app


@pytest.fixture(scope="module", params=BACKENDS)
def site_app(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The fixture site on each backend, fresh for each test module that uses it."""
    with fixture_site_app(request.param) as app:
        yield app


@pytest.fixture(scope="module")
def sqlite_site_app() -> Iterator[Any]:
    """The fixture site on SQLite, fresh for each test module that uses it."""
    with fixture_site_app("sqlite") as app:
        yield app
