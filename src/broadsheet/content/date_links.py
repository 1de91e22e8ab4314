"""Links to date archives: ``get_year_link``, ``get_month_link``, ``get_day_link`` (WordPress 7.1.4).

Pretty links follow ``WP_Rewrite::get_date_permastruct``: the date tags in the order the permalink
structure uses them (``%year%/%monthnum%/%day%`` by default) after its front, moved under ``date/``
when ``%post_id%`` is among the structure's first three tags. Plain permalinks use ``?m=``.
"""

from __future__ import annotations

import re

from broadsheet.content.permalinks import PermalinkSource, home_url, user_trailingslashit

__all__ = ["year_link", "month_link", "day_link"]

_ENDIANS = ("%year%/%monthnum%/%day%", "%day%/%monthnum%/%year%", "%monthnum%/%day%/%year%")


def _date_structure(structure: str) -> str:
    endian = next((e for e in _ENDIANS if e in structure), _ENDIANS[0])
    front = structure[:structure.index("%")] if "%" in structure else structure
    if "%post_id%" in re.findall(r"%.+?%", structure)[:3]:
        front += "date/"
    return front + endian


def _pretty(source: PermalinkSource, drop: tuple[str, ...], values: dict[str, str]) -> str:
    path = _date_structure(source.structure)
    for tag in drop:
        path = path.replace(tag, "")
    path = re.sub(r"/+", "/", path)
    for tag, value in values.items():
        path = path.replace(tag, value)
    return home_url(source, user_trailingslashit(source, path))


def year_link(source: PermalinkSource, year: int) -> str:
    if not source.structure:
        return home_url(source, f"?m={year}")
    return _pretty(source, ("%monthnum%", "%day%"), {"%year%": str(year)})


def month_link(source: PermalinkSource, year: int, month: int) -> str:
    if not source.structure:
        return home_url(source, f"?m={year}{month:02d}")
    return _pretty(source, ("%day%",), {"%year%": str(year), "%monthnum%": f"{month:02d}"})


def day_link(source: PermalinkSource, year: int, month: int, day: int) -> str:
    if not source.structure:
        return home_url(source, f"?m={year}{month:02d}{day:02d}")
    return _pretty(source, (), {"%year%": str(year), "%monthnum%": f"{month:02d}", "%day%": f"{day:02d}"})
