"""Column types shared by the WordPress tables (WordPress 7.1.4 `wp-admin/includes/schema.php`)."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, cast, func, literal_column
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

__all__ = ["ZERO_DATE", "WPDateTime", "date_part", "format_wp_datetime", "is_wp_datetime"]

ZERO_DATE = "0000-00-00 00:00:00"
"""WordPress's "no date" value (floating drafts' `post_date_gmt`, every datetime column's default)."""

#: MySQL's function and the (start, length) of the part in the stored ``YYYY-MM-DD HH:MM:SS`` string.
_DATE_PARTS = {"year": ("year", 1, 4), "month": ("month", 6, 2), "day": ("dayofmonth", 9, 2)}

_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\Z")


def is_wp_datetime(value: object) -> bool:
    """True when `value` is a `YYYY-MM-DD HH:MM:SS` string (the zero date included)."""
    return isinstance(value, str) and _DATETIME_RE.match(value) is not None


def format_wp_datetime(value: _dt.datetime | _dt.date) -> str:
    """Format a datetime as MySQL prints a DATETIME (no fraction, zero-padded year)."""
    if isinstance(value, _dt.datetime):
        return (
            f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
        )
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} 00:00:00"


def date_part(dialect_name: str, column: Any, part: str) -> ColumnElement[int]:
    """``YEAR(column)``, ``MONTH(column)`` or ``DAYOFMONTH(column)`` of a `WPDateTime` column, on every backend.

    MySQL/MariaDB call the function on the DATETIME; elsewhere the digits are cut from the stored
    string. Positions are inlined (no bound parameters) so PostgreSQL sees the same expression in
    ``SELECT`` and ``GROUP BY``.
    """
    name, start, length = _DATE_PARTS[part]
    if dialect_name == "mysql":
        return getattr(func, name)(column)  # type: ignore[no-any-return]
    return cast(func.substr(column, literal_column(str(start)), literal_column(str(length))), Integer)


class WPDateTime(TypeDecorator[str]):
    """A WordPress `datetime` column whose Python value is always the string `YYYY-MM-DD HH:MM:SS`.

    MariaDB/MySQL store a real DATETIME (the session's sql_mode allows the zero date, as
    WordPress's `wpdb::set_sql_mode` makes it); SQLite and PostgreSQL store a fixed-width
    19-character string, which sorts and compares like the date and keeps `0000-00-00 00:00:00`.
    """

    impl = String(19)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """DATETIME on MySQL/MariaDB, VARCHAR(19) elsewhere."""
        if dialect.name in ("mysql", "mariadb"):
            return dialect.type_descriptor(mysql.DATETIME())
        return dialect.type_descriptor(String(19))

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        """Accept the WordPress string (or a datetime) and reject anything else before it is stored."""
        if value is None:
            return None
        if isinstance(value, (_dt.datetime, _dt.date)):
            return format_wp_datetime(value)
        if is_wp_datetime(value):
            return str(value)
        raise ValueError(f"not a WordPress datetime (YYYY-MM-DD HH:MM:SS): {value!r}")

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        """Return the stored value as the WordPress string whatever the driver handed back."""
        if value is None:
            return None
        if isinstance(value, (_dt.datetime, _dt.date)):
            return format_wp_datetime(value)
        if isinstance(value, (bytes, bytearray)):
            value = value.decode("ascii")
        text = str(value)
        # PyMySQL returns invalid/zero dates as the raw string; fractions never occur in WordPress data.
        return text[:19] if len(text) > 19 and text[19] == "." else text
