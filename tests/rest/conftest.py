"""REST fixtures: the fixture site restored into each backend, served in-process."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.backends import BACKENDS, fresh_database_url
from tests.conftest import ORACLE


@pytest.fixture(scope="session", params=BACKENDS)
def golden_app(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The ASGI app over ``fixture-db.json`` restored into a fresh database of one backend."""
    from broadsheet.app import create_app
    from broadsheet.bootstrap import build_site
    from broadsheet.site import SiteConfig
    from broadsheet.storage.dump import restore

    with fresh_database_url(request.param) as url:
        site = build_site(SiteConfig(database_url=url))
        site.db.create_schema()
        restore(site.db, ORACLE / "fixture-db.json")
        site.invalidate_options()
        app = create_app(site=site)
        app.backend = request.param
        yield app
        site.db.engine.dispose()
