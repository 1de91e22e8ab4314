"""`Options`: WordPress's `get_option`/`add_option`/`update_option`/`delete_option` over `wp_options`.

Port of WordPress 7.1.4 `wp-includes/option.php` semantics: one query loads every autoloaded
option (`wp_load_alloptions`, autoload values `on`, `yes`, `auto`, `auto-on`); other options are
read one by one and remembered, missing ones too (`notoptions`). Values are stored with
`maybe_serialize` and read with `maybe_unserialize`. New options get autoload `auto`
(`on`/`off` when the caller says so), as `wp_determine_option_autoload_value` decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from broadsheet.storage.engine import Database, tables_for
from broadsheet.storage.phpserial import maybe_serialize, maybe_unserialize
from broadsheet.storage.tables import WPTables

__all__ = ["AUTOLOAD_VALUES", "Options", "autoload_value"]

AUTOLOAD_VALUES = ("yes", "on", "auto-on", "auto")
"""`wp_autoload_values_to_autoload()`: autoload column values loaded with all options."""

_MAX_AUTOLOAD_BYTES = 150000  # `wp_max_autoloaded_option_size` default


def autoload_value(autoload: bool | str | None, serialized: str) -> str:
    """Port of `wp_determine_option_autoload_value()`: the autoload column for a new/changed option."""
    if autoload is True or autoload in ("on", "yes"):
        return "on"
    if autoload is False or autoload in ("off", "no"):
        return "off"
    if len(serialized.encode("utf-8")) > _MAX_AUTOLOAD_BYTES:
        return "auto-off"
    return "auto"


class Options:
    """Options of one site, read through a small per-instance cache.

    Use with an open `Connection` (`Options(db, conn)`; the caller owns the transaction) or
    alone (`Options(db)`; each write runs in its own transaction). Keep an instance for one
    request or one unit of work: the cache is not shared with other processes.
    """

    def __init__(self, db: Database | WPTables, conn: Connection | None = None) -> None:
        self._db = db if isinstance(db, Database) else None
        self._tables = db.tables if isinstance(db, Database) else db
        self._conn = conn
        self._raw: dict[str, str] = {}
        self._autoload: dict[str, str] = {}
        self._missing: set[str] = set()
        self._alloptions_loaded = False

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        """The caller's connection, or a new transaction on the database."""
        if self._conn is not None:
            yield self._conn
            return
        if self._db is None:
            raise LookupError("Options built from tables alone need a Connection")
        with self._db.engine.begin() as conn:
            yield conn

    def load_alloptions(self) -> dict[str, str]:
        """Load every autoloaded option (one query) and return them raw, as `wp_load_alloptions`."""
        if not self._alloptions_loaded:
            t = self._tables.options
            with self._connection() as conn:
                rows = conn.execute(
                    select(t.c.option_name, t.c.option_value, t.c.autoload).where(
                        t.c.autoload.in_(AUTOLOAD_VALUES)
                    )
                ).all()
            for name, value, autoload in rows:
                self._raw[name] = value
                self._autoload[name] = autoload
            self._alloptions_loaded = True
        return {k: v for k, v in self._raw.items() if self._autoload.get(k) in AUTOLOAD_VALUES}

    def _load_one(self, name: str) -> str | None:
        """The raw value of `name` (None when there is no such row), cached either way."""
        if name in self._raw:
            return self._raw[name]
        if name in self._missing:
            return None
        self.load_alloptions()
        if name in self._raw:
            return self._raw[name]
        t = self._tables.options
        with self._connection() as conn:
            row = conn.execute(
                select(t.c.option_value, t.c.autoload).where(t.c.option_name == name).limit(1)
            ).first()
        if row is None:
            self._missing.add(name)
            return None
        value: str = row[0]
        self._raw[name], self._autoload[name] = value, row[1]
        return value

    def get_raw(self, name: str) -> str | None:
        """The stored text of an option, or None when it does not exist."""
        return self._load_one(name)

    def get(self, name: str, default: Any = False) -> Any:
        """Port of `get_option()`: the unserialized value, or `default` (WordPress: false)."""
        raw = self._load_one(name.strip())
        if raw is None:
            return default
        return maybe_unserialize(raw)

    def exists(self, name: str) -> bool:
        """Whether a row named `name` exists."""
        return self._load_one(name) is not None

    def add(self, name: str, value: Any = "", autoload: bool | str | None = None) -> bool:
        """Port of `add_option()`: insert unless the option exists; False when it does."""
        name = name.strip()
        if not name or self._load_one(name) is not None:
            return False
        stored = maybe_serialize(value)
        auto = autoload_value(autoload, stored)
        t = self._tables.options
        with self._connection() as conn:
            conn.execute(insert(t).values(option_name=name, option_value=stored, autoload=auto))
        self._remember(name, stored, auto)
        return True

    def update(self, name: str, value: Any, autoload: bool | str | None = None) -> bool:
        """Port of `update_option()`: write a changed value (adding the option if missing)."""
        name = name.strip()
        if not name:
            return False
        old = self._load_one(name)
        if old is None:
            return self.add(name, value, autoload)
        stored = maybe_serialize(value)
        if stored == old:  # WordPress returns early: autoload is not changed either
            return False
        changes: dict[str, str] = {"option_value": stored}
        if autoload is not None:
            auto = autoload_value(autoload, stored)
            if auto != self._autoload.get(name):
                changes["autoload"] = auto
        t = self._tables.options
        with self._connection() as conn:
            conn.execute(update(t).where(t.c.option_name == name).values(**changes))
        self._remember(name, changes.get("option_value", old), changes.get("autoload", self._autoload[name]))
        return True

    def delete(self, name: str) -> bool:
        """Port of `delete_option()`: remove the row; False when there was none."""
        name = name.strip()
        t = self._tables.options
        with self._connection() as conn:
            deleted = conn.execute(delete(t).where(t.c.option_name == name)).rowcount
        self._raw.pop(name, None)
        self._autoload.pop(name, None)
        self._missing.add(name)
        return bool(deleted)

    def _remember(self, name: str, stored: str, autoload: str) -> None:
        """Cache a value just written."""
        self._raw[name] = stored
        self._autoload[name] = autoload
        self._missing.discard(name)

    @classmethod
    def for_connection(cls, conn: Connection, tables: WPTables | None = None) -> Options:
        """Options over an open connection from a `Database` (the prefix is found from it)."""
        return cls(tables_for(conn, tables), conn)
