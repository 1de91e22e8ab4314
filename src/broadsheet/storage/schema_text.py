"""MySQL `SHOW CREATE TABLE` text for our tables, and each backend's next auto-increment id.

A dump's `schema` holds WordPress's (MariaDB 10.11) `SHOW CREATE TABLE` output; we render the same
text from the table definitions on every backend, with `AUTO_INCREMENT=` taken from the backend's
counter (`sqlite_sequence`, a PostgreSQL sequence, InnoDB's counter).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Column, Connection, Table, TextClause, func, select, text

from broadsheet.storage.tables import MYSQL_TABLE_OPTIONS

__all__ = [
    "auto_increment_column",
    "next_auto_increment",
    "parse_auto_increment",
    "set_auto_increment_sql",
    "show_create_table",
]

_AI_RE = re.compile(r"\) ENGINE=.* AUTO_INCREMENT=(\d+)", re.DOTALL)


def _q(name: str) -> str:
    """A MySQL identifier in backticks."""
    return "`" + name.replace("`", "``") + "`"


def _default_clause(col: Column[Any]) -> str:
    """The ` DEFAULT ...` part MariaDB prints for a column."""
    nullable = col.nullable
    server_default = col.server_default
    if server_default is None:
        return " DEFAULT NULL" if nullable else ""
    arg: Any = getattr(server_default, "arg", None)
    if isinstance(arg, TextClause):  # text("0"): a number
        return f" DEFAULT {arg.text}"
    return " DEFAULT '" + str(arg).replace("\\", "\\\\").replace("'", "''") + "'"


def auto_increment_column(table: Table) -> str | None:
    """The name of the table's AUTO_INCREMENT column, if any."""
    pk = list(table.primary_key.columns)
    if len(pk) == 1 and pk[0].autoincrement is True:
        return pk[0].name
    return None


def show_create_table(table: Table, auto_increment: int = 1) -> str:
    """The `SHOW CREATE TABLE` text MariaDB prints for `table` (AUTO_INCREMENT shown when > 1)."""
    ai_col = auto_increment_column(table)
    lines: list[str] = []
    for col in table.columns:
        line = f"  {_q(col.name)} {col.info['wp_type']}"
        if not col.nullable:
            line += " NOT NULL"
        if col.name == ai_col:
            line += " AUTO_INCREMENT"
        else:
            line += _default_clause(col)
        lines.append(line)
    lines.append("  PRIMARY KEY (" + ",".join(_q(c.name) for c in table.primary_key.columns) + ")")
    for index in table.info.get("wp_keys", []):
        lengths = index.dialect_options["mysql"]["length"] or {}
        cols = ",".join(
            _q(c.name) + (f"({lengths[c.name]})" if c.name in lengths else "") for c in index.columns
        )
        kind = "UNIQUE KEY" if index.unique else "KEY"
        lines.append(f"  {kind} {_q(index.info['wp_key'])} ({cols})")
    ai = f" AUTO_INCREMENT={auto_increment}" if ai_col and auto_increment > 1 else ""
    opts = MYSQL_TABLE_OPTIONS
    return (
        f"CREATE TABLE {_q(table.name)} (\n" + ",\n".join(lines) + "\n"
        f") ENGINE={opts['mysql_engine']}{ai} DEFAULT CHARSET={opts['mysql_charset']}"
        f" COLLATE={opts['mysql_collate']}"
    )


def parse_auto_increment(create_sql: str) -> int:
    """The `AUTO_INCREMENT=` value of a SHOW CREATE TABLE text (1 when absent)."""
    m = _AI_RE.search(create_sql)
    return int(m.group(1)) if m else 1


def _pg_sequence(conn: Connection, table: Table, column: str) -> str | None:
    """The sequence behind a PostgreSQL serial column."""
    quoted = '"' + table.name.replace('"', '""') + '"'
    return conn.execute(select(func.pg_get_serial_sequence(quoted, column))).scalar()


def next_auto_increment(conn: Connection, table: Table) -> int:
    """The id the next insert would get (never below max(id) + 1), as MySQL reports it."""
    col = auto_increment_column(table)
    if col is None:
        return 1
    top = conn.execute(select(func.max(table.c[col]))).scalar()
    floor = int(top) + 1 if top is not None else 1
    dialect = conn.dialect.name
    counter = 1
    if dialect == "sqlite":
        seq = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :n"), {"n": table.name}).scalar()
        counter = int(seq) + 1 if seq is not None else 1
    elif dialect == "postgresql":
        seq_name = _pg_sequence(conn, table, col)
        if seq_name:
            last, called = conn.execute(text(f"SELECT last_value, is_called FROM {seq_name}")).one()
            counter = int(last) + 1 if called else int(last)
    elif dialect in ("mysql", "mariadb"):
        row = conn.execute(text(f"SHOW CREATE TABLE {_q(table.name)}")).one()
        counter = parse_auto_increment(row[1])
    return max(counter, floor)


def set_auto_increment_sql(conn: Connection, table: Table, value: int) -> list[str]:
    """Statements that make the next id `value`; MySQL's are DDL (run them outside a transaction)."""
    col = auto_increment_column(table)
    if col is None:
        return []
    dialect = conn.dialect.name
    if dialect == "sqlite":
        name = table.name.replace("'", "''")
        stmts = [f"DELETE FROM sqlite_sequence WHERE name = '{name}'"]
        if value > 1:
            stmts.append(f"INSERT INTO sqlite_sequence (name, seq) VALUES ('{name}', {value - 1})")
        return stmts
    if dialect == "postgresql":
        seq_name = _pg_sequence(conn, table, col)
        if not seq_name:
            return []
        literal = "'" + seq_name.replace("'", "''") + "'"
        if value > 1:
            return [f"SELECT setval({literal}, {value - 1}, true)"]
        return [f"SELECT setval({literal}, 1, false)"]
    return [f"ALTER TABLE {_q(table.name)} AUTO_INCREMENT = {value}"]
