"""PHP ``date()`` formats as ``mysql2date`` / ``date_i18n`` apply them (WordPress 7.1.4, en_US).

``php_date("F j, Y", datetime(2026, 2, 1))`` → ``"February 1, 2026"``. A backslash escapes the next
character. The timezone characters ``e``/``T`` show ``tzname`` (the site's ``timezone_string``) when
given; without one they describe the fixed offset as WordPress names a manual ``gmt_offset``:
``+HH:MM``, and ``UTC`` for zero.
"""

from __future__ import annotations

import calendar
from datetime import datetime

__all__ = ["php_date", "mysql2date"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _offset(seconds: int, colon: bool) -> str:
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"


def _char(c: str, d: datetime, offset: int, tzname: str) -> str:
    hour12 = d.hour % 12 or 12
    table = {
        "d": f"{d.day:02d}", "D": _DAYS[d.weekday()][:3], "j": str(d.day), "l": _DAYS[d.weekday()],
        "N": str(d.isoweekday()), "S": _suffix(d.day), "w": str(d.isoweekday() % 7),
        "z": str(d.timetuple().tm_yday - 1), "W": f"{d.isocalendar()[1]:02d}", "F": _MONTHS[d.month - 1],
        "m": f"{d.month:02d}", "M": _MONTHS[d.month - 1][:3], "n": str(d.month),
        "t": str(calendar.monthrange(d.year, d.month)[1]), "L": "1" if calendar.isleap(d.year) else "0",
        "o": str(d.isocalendar()[0]), "Y": str(d.year), "y": f"{d.year % 100:02d}",
        "a": "am" if d.hour < 12 else "pm", "A": "AM" if d.hour < 12 else "PM", "g": str(hour12),
        "G": str(d.hour), "h": f"{hour12:02d}", "H": f"{d.hour:02d}", "i": f"{d.minute:02d}",
        "s": f"{d.second:02d}", "u": f"{d.microsecond:06d}", "v": f"{d.microsecond // 1000:03d}",
        "e": tzname, "I": "0", "O": _offset(offset, False),
        "P": _offset(offset, True), "p": "Z" if offset == 0 else _offset(offset, True),
        "T": tzname, "Z": str(offset),
        "U": str(calendar.timegm(d.timetuple()) - offset),
    }
    if c == "c":
        return php_date("Y-m-d\\TH:i:sP", d, offset, tzname)
    if c == "r":
        return php_date("D, d M Y H:i:s O", d, offset, tzname)
    return table.get(c, c)


def php_date(fmt: str, when: datetime, offset: int = 0, tzname: str | None = None) -> str:
    """``date( $fmt )`` of ``when`` (local time at ``offset`` seconds east of UTC, in zone ``tzname``)."""
    if tzname is None:
        tzname = "UTC" if offset == 0 else _offset(offset, True)
    out: list[str] = []
    escaped = False
    for c in fmt:
        if escaped:
            out.append(c)
            escaped = False
        elif c == "\\":
            escaped = True
        else:
            out.append(_char(c, when, offset, tzname))
    if escaped:
        out.append("\0")  # PHP copies the string's terminating NUL after a trailing backslash
    return "".join(out)


def mysql2date(fmt: str, mysql_date: str, offset: int = 0) -> str:
    """``mysql2date( $fmt, $date )``: "" for an empty or zero date."""
    if not mysql_date or mysql_date.startswith("0000-00-00"):
        return ""
    return php_date(fmt, datetime.strptime(mysql_date[:19], "%Y-%m-%d %H:%M:%S"), offset)
