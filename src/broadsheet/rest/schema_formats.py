"""The schema ``format`` checks: date-time, hex-color, email, ip and uuid, as WordPress 7.1.4 runs them.

Ports of ``rest_parse_date``, ``rest_get_date_with_gmt``, ``rest_parse_hex_color`` and
``rest_is_ip_address`` (``wp-includes/rest-api.php``), ``sanitize_hex_color`` and ``is_email``
(``formatting.php``), ``wp_is_uuid`` (``functions.php``) and Requests' ``Ipv6::check_ipv6``.
PHP's ``$`` also matches before a final newline, and so does Python's: the patterns keep it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from broadsheet.formatting.php_strings import php_strval

_RFC3339 = re.compile(
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?"
    r"(Z|[+-][0-9]{2}(?::[0-9]{2})?)?$"
)
_FORCE_UTC = re.compile(r"[+-][0-9]+:?[0-9]+$")
_HAS_TIMEZONE = re.compile(r"(Z|[+-][0-9]{2}(:[0-9]{2})?)$")
_HEX_COLOR = re.compile(r"^#([A-Fa-f0-9]{3}){1,2}$")
_IPV4 = re.compile(
    r"^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$"
)
_HEX_PART = re.compile(r"[0-9A-Fa-f]{1,4}\Z")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_EMAIL_LOCAL = re.compile(r"^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_EMAIL_SUB = re.compile(r"^[a-zA-Z0-9-]+$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (month may overflow, day may be 0..31)."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    y = year - (month <= 2)
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + (day - 1)


def rest_parse_date(date: Any, force_utc: bool = False) -> int | None:
    """``rest_parse_date``: the Unix timestamp of an RFC 3339 date, or None when PHP would say false.

    Like ``strtotime`` the fields may overflow (Feb 30 → Mar 1, hour 24, second 60) but not
    beyond timelib's ranges (month ≤ 12, day ≤ 31, hour ≤ 24, minute ≤ 59, second ≤ 60); dates
    without an offset are UTC (WordPress runs PHP in UTC). A result of 0 is returned as 0, which
    callers treat as invalid, as ``! rest_parse_date()`` does.
    """
    text = php_strval(date)
    if force_utc:
        text = _FORCE_UTC.sub("+00:00", text, count=1)
    match = _RFC3339.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    if month > 12 or day > 31 or hour > 24 or minute > 59 or second > 60:
        return None
    offset = 0
    zone = match.group(7)
    if zone and zone not in ("Z",):
        sign = -1 if zone[0] == "-" else 1
        hours, _, minutes = zone[1:].partition(":")
        offset = sign * (int(hours) * 3600 + int(minutes or 0) * 60)
    days = _days_from_civil(year, month, day)
    return days * 86400 + hour * 3600 + minute * 60 + second - offset


def rest_get_date_with_gmt(date: str, is_utc: bool = False, tz: tzinfo = UTC) -> tuple[str, str] | None:
    """``rest_get_date_with_gmt``: (local, UTC) as ``Y-m-d H:i:s`` in site timezone ``tz``, or None."""
    has_timezone = _HAS_TIMEZONE.search(date) is not None
    timestamp = rest_parse_date(date)
    if not timestamp:
        return None
    try:
        moment = _EPOCH + timedelta(seconds=timestamp)
        if not is_utc and not has_timezone:
            local = moment.replace(tzinfo=tz)
            utc = local.astimezone(UTC)
        else:
            utc = moment
            local = moment.astimezone(tz)
    except (OverflowError, ValueError):
        return None
    fmt = "%Y-%m-%d %H:%M:%S"
    return local.strftime(fmt), utc.strftime(fmt)


def rest_parse_hex_color(color: Any) -> str | None:
    """``rest_parse_hex_color``: ``#rgb`` / ``#rrggbb`` or None."""
    text = php_strval(color)
    return text if _HEX_COLOR.match(text) else None


def sanitize_hex_color(color: Any) -> str | None:
    """``sanitize_hex_color``: "" stays "", a valid 3/6-digit hex color is kept, anything else is None."""
    if color == "":
        return ""
    return rest_parse_hex_color(color)


def _check_ipv6(ip: str) -> bool:
    """Requests' ``Ipv6::check_ipv6``: eight hex groups, or six plus a dotted IPv4 tail, after '::' expansion."""
    if ip.count("::") == 1:
        left, right = ip.split("::")
        c1 = -1 if left == "" else left.count(":")
        c2 = -1 if right == "" else right.count(":")
        if "." in right:
            c2 += 1
        if c1 == -1 and c2 == -1:
            ip = "0:0:0:0:0:0:0:0"
        elif c1 == -1:
            if 7 - c2 < 0:
                return False  # PHP's str_repeat() throws here
            ip = ip.replace("::", "0:" * (7 - c2))
        elif c2 == -1:
            if 7 - c1 < 0:
                return False
            ip = ip.replace("::", ":0" * (7 - c1))
        else:
            if 6 - c2 - c1 < 0:
                return False
            ip = ip.replace("::", ":" + "0:" * (6 - c2 - c1))
    if "." in ip:
        cut = ip.rfind(":")
        v6, v4 = (ip[:cut], ip[cut + 1:]) if cut >= 0 else ("", ip[1:])
    else:
        v6, v4 = ip, ""
    groups = v6.split(":")
    quads = v4.split(".")
    if not ((len(groups) == 8 and len(quads) == 1) or (len(groups) == 6 and len(quads) == 4)):
        return False
    if not all(_HEX_PART.match(group) for group in groups):
        return False
    if len(quads) == 4:
        for quad in quads:
            if not quad.isascii() or not re.fullmatch(r"0|[1-9][0-9]*", quad) or int(quad) > 255:
                return False
    return True


def rest_is_ip_address(ip: Any) -> str | None:
    """``rest_is_ip_address``: the address when it is a valid IPv4 or IPv6 address, else None."""
    text = php_strval(ip)
    if _IPV4.match(text) or _check_ipv6(text):
        return text
    return None


def wp_is_uuid(uuid: Any) -> bool:
    """``wp_is_uuid``: a lowercase 8-4-4-4-12 hex UUID string."""
    return isinstance(uuid, str) and _UUID.match(uuid) is not None


def is_email(email: Any) -> str | None:
    """``is_email``: the address when WordPress's permissive checks accept it, else None."""
    text = php_strval(email)
    if len(text.encode("utf-8")) < 6:
        return None
    if text.find("@", 1) == -1:
        return None
    local, domain = text.split("@", 1)
    if not _EMAIL_LOCAL.match(local):
        return None
    if ".." in domain:
        return None
    if domain.strip(" \t\n\r\0\x0b.") != domain:
        return None
    subs = domain.split(".")
    if len(subs) < 2:
        return None
    for sub in subs:
        if sub.strip(" \t\n\r\0\x0b-") != sub or not _EMAIL_SUB.match(sub):
            return None
    return text
