"""PHP's ``date()`` format characters in English (``date_i18n``/``wp_date`` on an ``en_US`` site).

Dates are naive site-local ``datetime``s with a fixed UTC offset in seconds; ``T``/``e`` show the
site's timezone name. Format characters per https://www.php.net/manual/en/datetime.format.php.
"""

from __future__ import annotations

import calendar
from datetime import datetime

__all__ = ["php_date"]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _offset(seconds: int, colon: bool) -> str:
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"


def _char(ch: str, when: datetime, offset: int, tzname: str) -> str:  # noqa: C901 - one branch per character
    hour12 = when.hour % 12 or 12
    iso_year, iso_week, iso_day = when.isocalendar()
    table: dict[str, object] = {
        "d": f"{when.day:02d}", "D": _DAYS[when.weekday()][:3], "j": when.day, "l": _DAYS[when.weekday()],
        "N": iso_day, "S": _suffix(when.day), "w": (when.weekday() + 1) % 7, "z": when.timetuple().tm_yday - 1,
        "W": f"{iso_week:02d}", "F": _MONTHS[when.month - 1], "m": f"{when.month:02d}",
        "M": _MONTHS[when.month - 1][:3], "n": when.month, "t": calendar.monthrange(when.year, when.month)[1],
        "L": int(calendar.isleap(when.year)), "o": iso_year, "Y": when.year, "y": f"{when.year % 100:02d}",
        "a": "am" if when.hour < 12 else "pm", "A": "AM" if when.hour < 12 else "PM", "g": hour12,
        "G": when.hour, "h": f"{hour12:02d}", "H": f"{when.hour:02d}", "i": f"{when.minute:02d}",
        "s": f"{when.second:02d}", "u": f"{when.microsecond:06d}", "v": f"{when.microsecond // 1000:03d}",
        "e": tzname, "I": 0, "O": _offset(offset, False), "P": _offset(offset, True),
        "p": "Z" if offset == 0 else _offset(offset, True), "T": tzname, "Z": offset,
        "U": int(calendar.timegm(when.timetuple())) - offset,
    }
    if ch == "c":
        return when.strftime("%Y-%m-%dT%H:%M:%S") + _offset(offset, True)
    if ch == "r":
        return f"{_DAYS[when.weekday()][:3]}, {when.day:02d} {_MONTHS[when.month - 1][:3]} {when.year} " \
               f"{when.strftime('%H:%M:%S')} {_offset(offset, False)}"
    return str(table[ch]) if ch in table else ch


def php_date(fmt: str, when: datetime, offset: int = 0, tzname: str = "UTC") -> str:
    """``date($fmt)`` of ``when`` (site-local), ``\\`` escaping the next character."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            i += 2
            continue
        out.append(_char(ch, when, offset, tzname))
        i += 1
    return "".join(out)
