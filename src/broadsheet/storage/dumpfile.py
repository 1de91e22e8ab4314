"""The "broadsheet-tables" JSON file: PHP-identical encoding and whole-file validation before a restore.

The format is the one `shared/oracle/dump-tables.php` writes (WordPress 7.1.4 oracle): a header,
`tables` (`columns` + `rows`, one row per line) and `schema` (`SHOW CREATE TABLE` per table),
encoded like PHP's `json_encode` with `JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from broadsheet.storage.schema_text import parse_auto_increment
from broadsheet.storage.tables import CORE_TABLES, WPTables
from broadsheet.storage.types import is_wp_datetime

__all__ = [
    "FORMAT",
    "VERSION",
    "DumpContents",
    "DumpError",
    "TableData",
    "parse_dump",
    "php_json",
    "validate_dump",
]

FORMAT = "broadsheet-tables"
VERSION = 1

_TEXT_BYTES = {"tinytext": 255, "text": 65535, "mediumtext": 16777215, "longtext": 4294967295}
_VARCHAR_RE = re.compile(r"varchar\((\d+)\)")
_INT_RANGES = {
    "bigint(20) unsigned": (0, 2**64 - 1),
    "bigint(20)": (-(2**63), 2**63 - 1),
    "bigint(10)": (-(2**63), 2**63 - 1),
    "int(11)": (-(2**31), 2**31 - 1),
}


class DumpError(ValueError):
    """A dump file that cannot be restored; the message says what is wrong and where."""


@dataclass
class TableData:
    """One table of a dump file: its column names, rows and `SHOW CREATE TABLE` text."""

    name: str
    columns: list[str]
    rows: list[list[Any]]
    schema: str
    known: bool
    auto_increment: int = 1


@dataclass
class DumpContents:
    """A validated dump file."""

    source: str
    prefix: str
    tables: dict[str, TableData] = field(default_factory=dict)


def php_json(value: Any) -> str:
    """`json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)` as PHP prints it."""
    out = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # PHP still escapes the JavaScript line terminators without JSON_UNESCAPED_LINE_TERMINATORS.
    return out.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def parse_dump(raw: bytes | str) -> Any:
    """Decode the file's bytes as UTF-8 JSON, or raise DumpError with the line and column."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DumpError(f"file is not UTF-8: invalid byte at offset {exc.start}") from None
    if not raw.strip():
        raise DumpError("file is empty")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DumpError(
            f"invalid JSON (truncated or corrupted file): {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None


def _check_value(table: str, row_no: int, column: Any, value: Any, pk_desc: str) -> None:
    """Check one value against its column's WordPress type."""
    where = f"table {table}, row {row_no}{pk_desc}, column {column.name}"
    if value is None:
        if not column.nullable:
            raise DumpError(f"{where}: NULL in a NOT NULL column")
        return
    wp_type: str = column.info["wp_type"]
    if wp_type in _INT_RANGES:
        if isinstance(value, bool) or not isinstance(value, int):
            raise DumpError(f"{where}: expected an integer ({wp_type}), got {json.dumps(value)[:60]}")
        low, high = _INT_RANGES[wp_type]
        if not low <= value <= high:
            raise DumpError(f"{where}: {value} is out of range for {wp_type}")
        return
    if not isinstance(value, str):
        raise DumpError(f"{where}: expected a string ({wp_type}), got {json.dumps(value)[:60]}")
    if wp_type == "datetime":
        if not is_wp_datetime(value):
            raise DumpError(f"{where}: expected a datetime 'YYYY-MM-DD HH:MM:SS', got {value[:40]!r}")
        return
    m = _VARCHAR_RE.fullmatch(wp_type)
    if m:
        if len(value) > int(m.group(1)):
            raise DumpError(f"{where}: {len(value)} characters is longer than {wp_type}")
        return
    limit = _TEXT_BYTES.get(wp_type)
    if limit is not None and len(value) > limit // 4 and len(value.encode("utf-8")) > limit:
        raise DumpError(f"{where}: value is longer than {wp_type} allows ({limit} bytes)")


def _check_known_rows(name: str, table: Table, columns: list[str], rows: list[Any]) -> None:
    """Row widths, value types, and primary/unique key duplicates of one of our tables."""
    cols = [table.c[c] for c in columns]
    pk_idx = [columns.index(c.name) for c in table.primary_key.columns]
    unique_keys = [
        [columns.index(c.name) for c in index.columns] for index in table.info.get("wp_keys", []) if index.unique
    ]
    seen_pk: set[tuple[Any, ...]] = set()
    seen_unique: list[set[tuple[Any, ...]]] = [set() for _ in unique_keys]
    for n, row in enumerate(rows):
        if not isinstance(row, list):
            raise DumpError(f"table {name}, row {n}: expected a JSON array, got {type(row).__name__}")
        if len(row) != len(columns):
            raise DumpError(f"table {name}, row {n}: has {len(row)} values, expected {len(columns)}")
        pk = tuple(row[i] for i in pk_idx)
        pk_desc = " (" + ", ".join(f"{columns[i]}={row[i]!r}" for i in pk_idx) + ")"
        for column, value in zip(cols, row):
            _check_value(name, n, column, value, pk_desc)
        if pk in seen_pk:
            raise DumpError(f"table {name}, row {n}{pk_desc}: duplicate primary key")
        seen_pk.add(pk)
        for seen, idx in zip(seen_unique, unique_keys):
            # MariaDB's unique keys compare case- and accent-insensitively; exact duplicates are certain clashes.
            key = tuple(row[i] for i in idx)
            if key in seen:
                raise DumpError(f"table {name}, row {n}{pk_desc}: duplicate unique key {key!r}")
            seen.add(key)


def _check_other_rows(name: str, columns: list[str], rows: list[Any]) -> None:
    """Row widths and scalar types of a table we do not know (a plugin's)."""
    for n, row in enumerate(rows):
        if not isinstance(row, list):
            raise DumpError(f"table {name}, row {n}: expected a JSON array, got {type(row).__name__}")
        if len(row) != len(columns):
            raise DumpError(f"table {name}, row {n}: has {len(row)} values, expected {len(columns)}")
        for column, value in zip(columns, row):
            if value is not None and (isinstance(value, (bool, float, list, dict))):
                raise DumpError(
                    f"table {name}, row {n}, column {column}: unexpected JSON {type(value).__name__}"
                )


def validate_dump(data: Any, tables: WPTables) -> DumpContents:
    """Check a whole parsed dump against our schema; raise DumpError at the first problem."""
    if not isinstance(data, dict):
        raise DumpError("not a broadsheet-tables file: the top level is not a JSON object")
    if data.get("format") != FORMAT:
        raise DumpError(f"not a broadsheet-tables file: format is {data.get('format')!r}")
    if data.get("version") != VERSION:
        raise DumpError(f"unsupported broadsheet-tables version {data.get('version')!r} (expected {VERSION})")
    prefix = data.get("prefix")
    if prefix != tables.prefix:
        raise DumpError(f"table prefix of the file ({prefix!r}) differs from the database's ({tables.prefix!r})")
    file_tables = data.get("tables")
    schema = data.get("schema")
    if not isinstance(file_tables, dict) or not isinstance(schema, dict):
        raise DumpError("'tables' and 'schema' must be JSON objects")
    missing = [tables.prefix + t for t in CORE_TABLES if tables.prefix + t not in file_tables]
    if missing:
        raise DumpError(f"the file lacks the WordPress table(s) {', '.join(missing)}")
    contents = DumpContents(source=str(data.get("source", "")), prefix=prefix)
    for name in sorted(file_tables):
        body = file_tables[name]
        if not name.startswith(tables.prefix):
            raise DumpError(f"table {name} does not have the prefix {tables.prefix!r}")
        if not isinstance(body, dict) or not isinstance(body.get("columns"), list) or not isinstance(
            body.get("rows"), list
        ):
            raise DumpError(f"table {name}: expected {{'columns': [...], 'rows': [...]}}")
        columns: list[Any] = body["columns"]
        if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
            raise DumpError(f"table {name}: column names must be distinct strings")
        create = schema.get(name)
        if not isinstance(create, str) or not create.startswith("CREATE TABLE"):
            raise DumpError(f"table {name}: no CREATE TABLE text in 'schema'")
        known = name in tables.metadata.tables
        if known:
            table = tables.metadata.tables[name]
            expected = [c.name for c in table.columns]
            if sorted(columns) != sorted(expected):
                extra = sorted(set(columns) - set(expected))
                lacking = sorted(set(expected) - set(columns))
                raise DumpError(f"table {name}: columns differ from WordPress's (unknown {extra}, missing {lacking})")
            _check_known_rows(name, table, columns, body["rows"])
        else:
            _check_other_rows(name, columns, body["rows"])
        contents.tables[name] = TableData(
            name=name,
            columns=list(columns),
            rows=body["rows"],
            schema=create,
            known=known,
            auto_increment=parse_auto_increment(create),
        )
    return contents
