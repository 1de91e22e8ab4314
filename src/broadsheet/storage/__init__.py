"""The storage layer: WordPress 7.1.4's tables on SQLite, PostgreSQL and MariaDB (no HTTP here).

Modules: `tables` (schema), `types` (WPDateTime), `engine` (Database), `collation`
(utf8mb4_unicode_520_ci ordering), `phpserial` (PHP serialize), `options`, `meta`, `dump`
(dump/restore as JSON), `install` (a fresh site).
"""

from broadsheet.storage.engine import Database
from broadsheet.storage.tables import WPTables, make_tables

__all__ = ["Database", "WPTables", "make_tables"]
