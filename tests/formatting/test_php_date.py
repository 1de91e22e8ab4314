"""PHP ``date()`` formats (``mysql2date``) as WordPress 7.1.4 renders them in en_US."""

from __future__ import annotations

from datetime import datetime

import pytest

from broadsheet.formatting.php_date import mysql2date, php_date


@pytest.mark.parametrize(("fmt", "expected"), [
    pytest.param("F j, Y", "February 29, 2024", id="default-date-format"),
    pytest.param("g:i a", "1:05 pm", id="default-time-format"),
    pytest.param("Y-m-d H:i:s", "2024-02-29 13:05:09", id="mysql"),
    pytest.param("D, d M Y H:i:s O", "Thu, 29 Feb 2024 13:05:09 +0000", id="rfc2822"),
    pytest.param("jS \\o\\f F", "29th of February", id="escapes-and-suffix"),
    pytest.param("l N w z t L", "Thursday 4 4 59 29 1", id="day-and-year-facts"),
    pytest.param("c", "2024-02-29T13:05:09+00:00", id="iso8601"),
    # PHP 8.2's date("Y\\") gives "2024\0": a trailing backslash copies the format's terminating NUL.
    pytest.param("Y\\", "2024\0", id="trailing-backslash"),
])
def test_php_date_formats(fmt: str, expected: str) -> None:
    assert php_date(fmt, datetime(2024, 2, 29, 13, 5, 9)) == expected


def test_offsets_and_unix_time_follow_gmt_offset() -> None:
    assert php_date("P U", datetime(2024, 1, 1, 2, 0, 0), offset=2 * 3600) == "+02:00 1704067200"


def test_zero_date_is_empty() -> None:
    assert mysql2date("F j, Y", "0000-00-00 00:00:00") == ""
    assert mysql2date("F j, Y", "2026-02-01 10:00:00") == "February 1, 2026"
