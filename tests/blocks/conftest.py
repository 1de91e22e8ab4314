from tests.rest.conftest import sqlite_site_app  # noqa: F401  (the fixture site, for variation tests)
