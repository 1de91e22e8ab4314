"""WPDateTime: the zero date and every datetime read and written as `YYYY-MM-DD HH:MM:SS` on every backend."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from broadsheet.storage.engine import Database
from broadsheet.storage.types import ZERO_DATE, WPDateTime, date_part, format_wp_datetime, is_wp_datetime


def test_zero_date_is_the_default_and_reads_back_as_the_string(db: Database) -> None:
    posts = db.tables.posts
    with db.engine.begin() as conn:
        pid = conn.execute(insert(posts).values(post_title="draft", post_status="draft")).inserted_primary_key[0]
        row = conn.execute(select(posts.c.post_date, posts.c.post_date_gmt, posts.c.post_modified)
                           .where(posts.c.ID == pid)).one()
    assert tuple(row) == (ZERO_DATE, ZERO_DATE, ZERO_DATE)


def test_datetimes_round_trip_compare_and_sort_like_mysql(db: Database) -> None:
    posts = db.tables.posts
    dates = ["2024-01-01 08:00:00", ZERO_DATE, "2099-12-31 23:59:59", "2024-01-01 07:59:59"]
    with db.engine.begin() as conn:
        for i, d in enumerate(dates):
            conn.execute(insert(posts).values(post_title=f"p{i}", post_date=d, post_date_gmt=d))
        conn.execute(insert(posts).values(post_title="dt", post_date=dt.datetime(2024, 5, 6, 7, 8, 9, 123)))
        ordered = conn.execute(select(posts.c.post_date).order_by(posts.c.post_date)).scalars().all()
        zero = conn.execute(select(posts.c.post_title).where(posts.c.post_date_gmt == ZERO_DATE)
                            .where(posts.c.post_title.like("p%"))).scalars().all()
        later = conn.execute(select(posts.c.post_title).where(posts.c.post_date > "2024-01-01 07:59:59")
                             .order_by(posts.c.post_title)).scalars().all()
    assert ordered == sorted(dates + ["2024-05-06 07:08:09"])
    assert zero == ["p1"]
    assert later == ["dt", "p0", "p2"]


def test_date_part_groups_like_mysql_year_month_dayofmonth(db: Database) -> None:
    posts = db.tables.posts
    dates = ["2024-01-31 23:59:59", "2024-01-05 00:00:00", "0999-12-01 10:00:00", ZERO_DATE, "2024-01-05 12:00:00"]
    with db.engine.begin() as conn:
        conn.execute(insert(posts), [{"post_title": f"p{i}", "post_date": d} for i, d in enumerate(dates)])
        keys = [date_part(db.dialect_name, posts.c.post_date, part) for part in ("year", "month", "day")]
        rows = conn.execute(select(*keys, func.count()).group_by(*keys).order_by(*(k.desc() for k in keys))).all()
    assert [tuple(int(v) for v in row) for row in rows] == [(2024, 1, 31, 1), (2024, 1, 5, 2), (999, 12, 1, 1),
                                                             (0, 0, 0, 1)]


@pytest.mark.parametrize("bad", ["2024-01-01", "2024-01-01T00:00:00", "yesterday", "2024-01-01 00:00:00.5"])
def test_invalid_datetime_strings_are_refused_before_reaching_the_database(bad: str) -> None:
    with pytest.raises(ValueError):
        WPDateTime().process_bind_param(bad, None)  # type: ignore[arg-type]


def test_format_helpers() -> None:
    assert format_wp_datetime(dt.datetime(999, 1, 2, 3, 4, 5)) == "0999-01-02 03:04:05"
    assert format_wp_datetime(dt.date(2024, 2, 29)) == "2024-02-29 00:00:00"
    assert is_wp_datetime(ZERO_DATE) and not is_wp_datetime("0000-00-00")
