"""`Database`: an engine, the WordPress tables and per-backend session settings (SQLite, PostgreSQL, MariaDB).

Sync SQLAlchemy 2 Core engines with small pools (the machines have few cores; DESIGN.md):
- SQLite: WAL journal, `busy_timeout`, `synchronous=NORMAL`, the Python collation `wp_unicode_520_ci`;
- MariaDB/MySQL: utf8mb4 with `utf8mb4_unicode_520_ci`, and the session `sql_mode` stripped of the
  modes WordPress strips (`wpdb::set_sql_mode`), so the zero date reads and writes;
- PostgreSQL: psycopg 3, an ICU collation `wp_unicode_520_ci` created by `create_schema`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.elements import ColumnElement

from broadsheet.storage import collation, like_ci
from broadsheet.storage.schema_text import show_create_table
from broadsheet.storage.search_index import create_search_index, detect_search_index, drop_search_index
from broadsheet.storage.tables import WPTables, make_tables

__all__ = ["DEFAULT_URL", "INCOMPATIBLE_SQL_MODES", "Database", "tables_for"]

DEFAULT_URL = "sqlite:///broadsheet.db"

INCOMPATIBLE_SQL_MODES = frozenset(
    {
        "NO_ZERO_DATE",
        "ONLY_FULL_GROUP_BY",
        "STRICT_TRANS_TABLES",
        "STRICT_ALL_TABLES",
        "TRADITIONAL",
        "ANSI",
        "NO_ZERO_IN_DATE",
    }
)
"""The sql_mode flags WordPress 7.1.4 removes (`wpdb::$incompatible_modes`)."""

_MYSQL_COLLATION = "utf8mb4_unicode_520_ci"
_PG_COLLATION_DDL = (
    f'CREATE COLLATION IF NOT EXISTS "{collation.COLLATION_NAME}" '
    "(provider = icu, locale = 'und-u-ks-level1', deterministic = false)"
)


def _strip_sql_mode(modes: str) -> str:
    """The sql_mode WordPress sets: the server's modes minus the incompatible ones."""
    return ",".join(m for m in modes.split(",") if m and m.upper() not in INCOMPATIBLE_SQL_MODES)


def _normalise_url(url: str | URL) -> URL:
    """Pick our drivers (psycopg 3, PyMySQL) and utf8mb4 when the URL leaves them open."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    elif u.drivername in ("mysql", "mariadb"):
        u = u.set(drivername=f"{u.drivername}+pymysql")
    if u.get_backend_name() in ("mysql", "mariadb") and "charset" not in u.query:
        u = u.update_query_dict({"charset": "utf8mb4"})
    return u


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    """Per-connection SQLite settings: WAL, busy timeout, NORMAL sync, recursive triggers, our collation and LIKE fold."""
    dbapi_conn.create_collation(collation.COLLATION_NAME, collation.compare)
    like_ci.register_sqlite_functions(dbapi_conn)
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        # A REPLACE that deletes a row then fires the delete trigger of the search index too.
        cur.execute("PRAGMA recursive_triggers = ON")
    finally:
        cur.close()


def _mysql_on_connect(dbapi_conn: Any, _record: Any) -> None:
    """Per-connection MariaDB settings as `wpdb` makes them: utf8mb4 + 520 collation, relaxed sql_mode."""
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"SET NAMES utf8mb4 COLLATE {_MYSQL_COLLATION}")
        cur.execute("SELECT @@SESSION.sql_mode")
        row = cur.fetchone()
        cur.execute("SET SESSION sql_mode = %s", (_strip_sql_mode(row[0] if row else ""),))
    finally:
        cur.close()


def tables_for(conn: Connection, tables: WPTables | None = None) -> WPTables:
    """The tables of the Database `conn` came from (or `tables` when given)."""
    if tables is not None:
        return tables
    found = conn.info.get("wp_tables")
    if found is None:
        raise LookupError("connection is not from a broadsheet Database; pass tables= explicitly")
    return found  # type: ignore[no-any-return]


class Database:
    """A WordPress database: `.engine`, `.tables` (prefix-aware), `.prefix`, `.dialect_name`.

    `dialect_name` is `"sqlite"`, `"postgresql"` or `"mysql"` (MySQL and MariaDB alike; see
    `is_mariadb`).
    """

    def __init__(self, engine: Engine, prefix: str = "wp_") -> None:
        self.engine = engine
        self.prefix = prefix
        self.tables: WPTables = make_tables(prefix)
        name = engine.dialect.name
        self.dialect_name = "mysql" if name in ("mysql", "mariadb") else name
        tables = self.tables

        def _remember_tables(_dbapi_conn: Any, record: Any, *_: Any) -> None:
            record.info["wp_tables"] = tables  # lets options/meta find the prefix from a Connection

        event.listen(engine, "checkout", _remember_tables)
        if self.dialect_name == "sqlite":
            # An existing file's FTS5 search index is used without create_schema (storage/search_index.py).
            event.listen(engine, "first_connect", lambda dbapi_conn, _record: detect_search_index(dbapi_conn, tables.posts))

    @classmethod
    def from_url(
        cls, url: str | URL = DEFAULT_URL, prefix: str = "wp_", *, pool_size: int = 4, echo: bool = False
    ) -> Database:
        """Build the engine for `url` with our per-backend settings and a small pool."""
        u = _normalise_url(url)
        backend = u.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo}
        if backend == "sqlite":
            memory = u.database in (None, "", ":memory:")
            if memory:
                kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
            else:
                kwargs.update(pool_size=pool_size, max_overflow=pool_size, connect_args={"check_same_thread": False})
        else:
            kwargs.update(pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True, pool_recycle=3600)
        engine = create_engine(u, **kwargs)
        if backend == "sqlite":
            event.listen(engine, "connect", _sqlite_on_connect)
        elif backend in ("mysql", "mariadb"):
            event.listen(engine, "connect", _mysql_on_connect)
        return cls(engine, prefix)

    @property
    def is_mariadb(self) -> bool:
        """True on a MariaDB server (dialect `mysql`)."""
        return bool(getattr(self.engine.dialect, "is_mariadb", False))

    def server_info(self, conn: Any) -> str:
        """The database server's vendor and version (``$wpdb->db_server_info()``).

        MySQL/MariaDB: ``VERSION()`` as the driver reports it (``10.11.6-MariaDB-0+deb12u1``);
        the others are prefixed with the product's name (``PostgreSQL 16.4``, ``SQLite 3.46.1``).
        """
        if self.dialect_name == "mysql":
            return str(conn.exec_driver_sql("SELECT VERSION()").scalar() or "")
        if self.dialect_name == "postgresql":
            return "PostgreSQL " + str(conn.exec_driver_sql("SHOW server_version").scalar() or "")
        if self.dialect_name == "sqlite":
            return "SQLite " + str(conn.exec_driver_sql("SELECT sqlite_version()").scalar() or "")
        return ""

    def database_size(self, conn: Any) -> int:
        """Bytes of data and indexes of the database's tables (``WP_Debug_Data::get_database_size``).

        MySQL/MariaDB: ``SHOW TABLE STATUS`` data + index lengths, as WordPress; PostgreSQL: the
        tables of the current schema with their indexes and TOAST; SQLite: the database file's pages.
        """
        if self.dialect_name == "mysql":
            rows = conn.exec_driver_sql("SHOW TABLE STATUS").mappings().all()
            return int(sum(int(r.get("Data_length") or 0) + int(r.get("Index_length") or 0) for r in rows))
        if self.dialect_name == "postgresql":
            return int(conn.exec_driver_sql(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r', 'm', 'p') AND n.nspname = current_schema()").scalar() or 0)
        if self.dialect_name == "sqlite":
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar() or 0
            return int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 0)
        return 0

    def create_schema(self) -> None:
        """Create the collation (PostgreSQL), every missing table and index, and the search index; safe to repeat."""
        with self.engine.begin() as conn:
            if self.dialect_name == "postgresql":
                conn.execute(text(_PG_COLLATION_DDL))
            if self.dialect_name == "mysql":
                # WordPress's own DDL, keys in its order and names (SHOW CREATE TABLE reads back the same)
                present = set(inspect(conn).get_table_names())
                for table in self.tables:
                    if table.name not in present:
                        conn.exec_driver_sql(show_create_table(table).replace("%", "%%"))
            else:
                self.tables.metadata.create_all(conn, checkfirst=True)
            create_search_index(conn, self.dialect_name, self.tables.posts)

    def drop_schema(self) -> None:
        """Drop our tables (those present); other tables with the prefix are left alone."""
        with self.engine.begin() as conn:
            drop_search_index(conn, self.dialect_name, self.tables.posts)
            self.tables.metadata.drop_all(conn, checkfirst=True)

    def collated(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        """`column` under MariaDB's utf8mb4_unicode_520_ci semantics, for ORDER BY and `==`.

        `db.collated(users.c.user_login) == "ADMIN"` matches `admin` on every backend, as
        WordPress's lookups do on MySQL. Not for LIKE (PostgreSQL refuses nondeterministic
        collations there; use `like_ci`).
        """
        if self.dialect_name == "mysql":
            return column.collate(_MYSQL_COLLATION)
        return column.collate(collation.COLLATION_NAME)

    def sort_key(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        """An ORDER BY expression ordering text as MariaDB's utf8mb4_unicode_520_ci does."""
        return self.collated(column)

    def like_ci(self, column: ColumnElement[Any], pattern: str) -> ColumnElement[bool]:
        """`column LIKE pattern` as MariaDB's utf8mb4_unicode_520_ci decides it (`storage/like_ci.py`).

        `pattern` is escaped with `esc_like` (backslash escapes); `%` and `_` are wildcards.
        """
        return like_ci.like_ci(column, pattern)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.engine.url.render_as_string(hide_password=True)!r}, prefix={self.prefix!r})"
