"""Site-local and GMT dates as WordPress 7.1.4 converts them (wp-includes/functions.php, formatting.php).

The site timezone is ``timezone_string`` when set, else the fixed ``gmt_offset`` hours
(``wp_timezone``). Dates travel as MySQL strings ``Y-m-d H:i:s``; REST shows them as
``Y-m-dTH:i:s`` without an offset (``mysql_to_rfc3339``).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, Mapping

__all__ = [
    "ZERO_DATE",
    "wp_timezone",
    "mysql_to_rfc3339",
    "get_gmt_from_date",
    "gmt_from_local_by_offset",
    "local_from_request_date",
    "get_date_from_gmt",
    "current_time",
    "rest_get_date_with_gmt",
]

ZERO_DATE = "0000-00-00 00:00:00"
_MYSQL = "%Y-%m-%d %H:%M:%S"
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|z|[+-]\d{2}:?(?:\d{2})?)?$"
)


def _float(value: Any) -> float:
    try:
        return float(value or 0)
    except (TypeError, ValueError):
        return 0.0


def wp_timezone(options: Mapping[str, Any]) -> tzinfo:
    """The site timezone: ``timezone_string`` (IANA) or the ``gmt_offset`` as a fixed offset."""
    name = str(options.get("timezone_string") or "")
    if name:
        try:
            from zoneinfo import ZoneInfo

            return ZoneInfo(name)
        except (KeyError, ValueError, OSError):
            pass
    hours = _float(options.get("gmt_offset"))
    return timezone(timedelta(hours=hours))


def mysql_to_rfc3339(value: str | None) -> str | None:
    """``Y-m-d H:i:s`` → ``Y-m-dTH:i:s`` (no offset); None for a missing value."""
    if not value:
        return None
    return str(value)[:19].replace(" ", "T", 1)


def _parse_mysql(value: str) -> datetime | None:
    try:
        return datetime.strptime(str(value)[:19], _MYSQL)
    except ValueError:
        return None


def get_gmt_from_date(local: str, options: Mapping[str, Any]) -> str:
    """``get_gmt_from_date``: a site-local MySQL date converted to UTC."""
    parsed = _parse_mysql(local)
    if parsed is None:
        return ZERO_DATE
    aware = parsed.replace(tzinfo=wp_timezone(options))
    return aware.astimezone(timezone.utc).strftime(_MYSQL)


def gmt_from_local_by_offset(local: str, options: Mapping[str, Any]) -> str:
    """``post_modified`` minus ``gmt_offset`` hours (how the posts controller shims a zero ``modified_gmt``)."""
    parsed = _parse_mysql(local)
    if parsed is None:
        return ZERO_DATE
    return (parsed - timedelta(hours=_float(options.get("gmt_offset")))).strftime(_MYSQL)


def local_from_request_date(value: str, options: Mapping[str, Any]) -> str | None:
    """An ISO 8601 request date as a site-local MySQL date (``WP_Date_Query::build_mysql_datetime``).

    Without an offset the value is already site-local; ``Z``/``±hh:mm`` values are converted.
    """
    match = _ISO.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        naive = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    tz = wp_timezone(options)
    if not offset:
        return naive.strftime(_MYSQL)
    if offset in ("Z", "z"):
        given: tzinfo = timezone.utc
    else:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        given = timezone(sign * timedelta(hours=hours, minutes=minutes))
    return naive.replace(tzinfo=given).astimezone(tz).strftime(_MYSQL)


def get_date_from_gmt(gmt: str, options: Mapping[str, Any]) -> str:
    """``get_date_from_gmt``: a UTC MySQL date in the site timezone."""
    parsed = _parse_mysql(gmt)
    if parsed is None:
        return ZERO_DATE
    return parsed.replace(tzinfo=timezone.utc).astimezone(wp_timezone(options)).strftime(_MYSQL)


def current_time(options: Mapping[str, Any], now: datetime | None = None) -> tuple[str, str]:
    """``current_time('mysql')`` and ``current_time('mysql', true)``: (site-local, UTC) now."""
    utc = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return utc.astimezone(wp_timezone(options)).strftime(_MYSQL), utc.strftime(_MYSQL)


def rest_get_date_with_gmt(value: str, options: Mapping[str, Any], *, is_utc: bool = False) -> tuple[str, str] | None:
    """``rest_get_date_with_gmt``: (local, gmt) of a REST date; no offset means site-local (or UTC for ``date_gmt``)."""
    match = _ISO.match(str(value).strip())
    if not match or match.group(4) is None:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        naive = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if not offset:
        local = naive.strftime(_MYSQL)
        if is_utc:
            return get_date_from_gmt(local, options), local
        return local, get_gmt_from_date(local, options)
    if offset in ("Z", "z"):
        given: tzinfo = timezone.utc
    else:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        given = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
    utc = naive.replace(tzinfo=given).astimezone(timezone.utc).strftime(_MYSQL)
    return get_date_from_gmt(utc, options), utc
