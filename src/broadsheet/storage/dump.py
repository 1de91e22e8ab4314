"""Dump every table with the site's prefix to a "broadsheet-tables" JSON file, and restore one.

The file is the one WordPress's oracle writes (`shared/oracle/dump-tables.php`, 7.1.4), byte for
byte: tables alphabetically, rows by primary key one per line, integers as numbers, everything
else as the stored string, `schema` = MySQL's `SHOW CREATE TABLE` (rendered from our table
definitions on every backend, with the backend's AUTO_INCREMENT). Options `_transient_*` and
`_site_transient_*` are left out (caches), as the oracle does; the oracle's cron normalisation is not
applied.

`restore` validates the whole file first and then, in one transaction, empties and refills the
tables and sets the next ids; on any failure the database is left as it was (MariaDB's
`ALTER TABLE ... AUTO_INCREMENT` is DDL and commits, so it runs after the data is committed).
Tables of plugins (the prefix, but not WordPress's) are created from `schema` and restored on
MariaDB/MySQL; on SQLite and PostgreSQL they are skipped with a `DumpWarning`.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import io
import os
import re
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, column, delete, insert, inspect, select, table, text
from sqlalchemy import Table as SATable

from broadsheet.storage.dumpfile import (
    FORMAT,
    VERSION,
    DumpContents,
    DumpError,
    TableData,
    parse_dump,
    php_json,
    validate_dump,
)
from broadsheet.storage.engine import Database
from broadsheet.storage.schema_text import next_auto_increment, set_auto_increment_sql, show_create_table
from broadsheet.storage.search_index import is_index_table
from broadsheet.storage.types import format_wp_datetime

__all__ = ["DEFAULT_SOURCE", "DumpError", "DumpWarning", "RestoreReport", "dump", "dumps", "restore"]

DEFAULT_SOURCE = "WordPress 7.1.4"
"""The `source` we write: the WordPress version whose schema and data rules the tables follow."""

_INSERT_BATCH = 500
_INT_TYPE_RE = re.compile(r"^(tinyint|smallint|mediumint|int|integer|bigint)\b", re.IGNORECASE)


class DumpWarning(UserWarning):
    """A table that could not be dumped or restored on this backend (a plugin's, off MariaDB)."""


@dataclass
class RestoreReport:
    """What a restore did."""

    tables: list[str] = field(default_factory=list)
    rows: int = 0
    skipped: list[str] = field(default_factory=list)


def _q(name: str) -> str:
    """A MySQL identifier in backticks."""
    return "`" + name.replace("`", "``") + "`"


def _plain(value: Any) -> Any:
    """A driver value as the JSON scalar the oracle writes."""
    if isinstance(value, _dt.datetime):
        return format_wp_datetime(value)
    if isinstance(value, (_dt.date, _dt.time, _dt.timedelta, decimal.Decimal)):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    return value


def _table_chunk(name: str, columns: list[str], rows: Iterator[list[Any]]) -> str:
    """One table as dump-tables.php writes it."""
    lines = [php_json(r) for r in rows]
    body = ("\n" + ",\n".join(lines) + "\n") if lines else ""
    return f'{php_json(name)}: {{"columns": {php_json(columns)}, "rows": [{body}]}}'


def _known_table(conn: Connection, t: SATable, prefix: str, skip_transients: bool) -> tuple[str, str]:
    """(chunk, schema) of one of our tables."""
    columns = [c.name for c in t.columns]
    stmt = select(*t.columns).order_by(*t.primary_key.columns)
    if skip_transients and t.name == f"{prefix}options":
        stmt = stmt.where(
            ~t.c.option_name.startswith("_transient_", autoescape=True),
            ~t.c.option_name.startswith("_site_transient_", autoescape=True),
        )
    rows = (list(r) for r in conn.execute(stmt))
    chunk = _table_chunk(t.name, columns, rows)
    return chunk, show_create_table(t, next_auto_increment(conn, t))


def _mysql_other_table(conn: Connection, name: str) -> tuple[str, str]:
    """(chunk, schema) of a plugin's table on MariaDB/MySQL, as dump-tables.php reads it."""
    create = conn.execute(text(f"SHOW CREATE TABLE {_q(name)}")).one()[1]
    cols = conn.execute(text(f"SHOW COLUMNS FROM {_q(name)}")).all()
    names = [c[0] for c in cols]
    is_int = [bool(_INT_TYPE_RE.match(str(c[1]))) for c in cols]
    keys = conn.execute(text(f"SHOW KEYS FROM {_q(name)} WHERE Key_name = 'PRIMARY'")).mappings().all()
    order = [k["Column_name"] for k in sorted(keys, key=lambda k: int(k["Seq_in_index"]))] or names
    result = conn.execute(text(f"SELECT * FROM {_q(name)} ORDER BY " + ", ".join(_q(c) for c in order)))
    rows = (
        [int(v) if v is not None and is_int[i] else _plain(v) for i, v in enumerate(r)] for r in result
    )
    return _table_chunk(name, names, rows), str(create)


def _other_tables(conn: Connection, db: Database) -> list[str]:
    """Tables with the prefix that are not WordPress's (nor our search index, which is never dumped)."""
    names = inspect(conn).get_table_names()
    return sorted(n for n in names if n.startswith(db.prefix) and n not in db.tables.metadata.tables
                  and not is_index_table(n, db.prefix))


def dumps(db: Database, *, source: str = DEFAULT_SOURCE, skip_transients: bool = True) -> str:
    """The whole dump as a string (see `dump`)."""
    chunks: dict[str, str] = {}
    schema: dict[str, str] = {}
    with db.engine.connect() as base:
        conn = base
        if db.dialect_name == "sqlite":
            conn.exec_driver_sql("BEGIN")  # one read snapshot for all tables
        else:
            conn = base.execution_options(isolation_level="REPEATABLE READ")
        try:
            for t in db.tables:
                chunks[t.name], schema[t.name] = _known_table(conn, t, db.prefix, skip_transients)
            for name in _other_tables(conn, db):
                if db.dialect_name == "mysql":
                    chunks[name], schema[name] = _mysql_other_table(conn, name)
                else:
                    warnings.warn(f"{name}: plugin tables are only dumped on MariaDB/MySQL; skipped", DumpWarning,
                                  stacklevel=3)
        finally:
            conn.rollback()
    head = {"format": FORMAT, "version": VERSION, "source": source, "prefix": db.prefix}
    out = "{" + "".join(f"{php_json(k)}: {php_json(v)}, " for k, v in head.items())
    names = sorted(chunks)
    out += '"tables": {\n' + ",\n".join(chunks[n] for n in names) + "\n},\n"
    out += '"schema": {\n' + ",\n".join(f"{php_json(n)}: {php_json(schema[n])}" for n in names) + "\n}}\n"
    return out


def dump(db: Database, path_or_file: str | os.PathLike[str] | IO[Any], **options: Any) -> None:
    """Write every table with the site's prefix to a file in fixture-db.json's exact format.

    A path is written atomically (a temporary file renamed into place); a file object gets
    text or UTF-8 bytes according to its mode.
    """
    content = dumps(db, **options)
    if isinstance(path_or_file, (str, os.PathLike)):
        path = Path(path_or_file)
        fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(content)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return
    if isinstance(path_or_file, io.TextIOBase):
        path_or_file.write(content)
    else:
        path_or_file.write(content.encode("utf-8"))


def _read(path_or_file: str | os.PathLike[str] | IO[Any]) -> bytes | str:
    """The file's content."""
    if isinstance(path_or_file, (str, os.PathLike)):
        try:
            return Path(path_or_file).read_bytes()
        except OSError as exc:
            raise DumpError(f"cannot read {path_or_file}: {exc.strerror}") from None
    data: bytes | str = path_or_file.read()
    return data


def _insert_rows(conn: Connection, target: Any, data: TableData) -> None:
    """Insert a table's rows in batches."""
    for start in range(0, len(data.rows), _INSERT_BATCH):
        batch = [dict(zip(data.columns, row)) for row in data.rows[start : start + _INSERT_BATCH]]
        conn.execute(insert(target), batch)


def _prepare_other_tables(db: Database, contents: DumpContents, report: RestoreReport) -> list[TableData]:
    """Plugin tables we can restore (created from their schema on MariaDB); warn about the rest."""
    others = [d for d in contents.tables.values() if not d.known]
    if not others:
        return []
    if db.dialect_name != "mysql":
        for d in others:
            report.skipped.append(d.name)
            warnings.warn(f"{d.name}: plugin tables are only restored on MariaDB/MySQL; skipped", DumpWarning,
                          stacklevel=3)
        return []
    with db.engine.connect() as conn:
        existing = set(inspect(conn).get_table_names())
        for d in others:
            if d.name not in existing:
                try:
                    conn.exec_driver_sql(d.schema.replace("%", "%%"))
                except Exception as exc:
                    raise DumpError(f"table {d.name}: cannot create it from its schema: {exc}") from exc
        conn.commit()
    return others


def restore(db: Database, path_or_file: str | os.PathLike[str] | IO[Any]) -> RestoreReport:
    """Replace the tables' contents with a dump file's, all or nothing; raise DumpError if invalid."""
    contents = validate_dump(parse_dump(_read(path_or_file)), db.tables)
    report = RestoreReport()
    db.create_schema()
    others = _prepare_other_tables(db, contents, report)
    known = [d for d in contents.tables.values() if d.known]
    after_commit: list[str] = []
    current = ""
    with db.engine.connect() as conn:
        try:
            if db.dialect_name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            for d in known + others:
                current = d.name
                target: Any = db.tables.metadata.tables.get(d.name)
                if target is None:
                    target = table(d.name, *(column(c) for c in d.columns))
                conn.execute(delete(target))
                _insert_rows(conn, target, d)
                report.tables.append(d.name)
                report.rows += len(d.rows)
            current = ""
            for d in known:
                stmts = set_auto_increment_sql(conn, db.tables.metadata.tables[d.name], d.auto_increment)
                if db.dialect_name == "mysql":
                    after_commit.extend(stmts)
                else:
                    for stmt in stmts:
                        conn.exec_driver_sql(stmt)
            if db.dialect_name == "mysql":
                after_commit.extend(
                    f"ALTER TABLE {_q(d.name)} AUTO_INCREMENT = {d.auto_increment}" for d in others if d.auto_increment > 1
                )
            conn.commit()
        except DumpError:
            conn.rollback()
            raise
        except Exception as exc:
            conn.rollback()
            where = f" in table {current}" if current else ""
            raise DumpError(f"restore failed{where}; nothing was changed: {exc}") from exc
        for stmt in after_commit:
            conn.exec_driver_sql(stmt)
        conn.commit()
    report.tables.sort()
    return report
