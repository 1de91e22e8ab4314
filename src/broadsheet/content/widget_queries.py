"""The site data legacy widget previews list, read from the WordPress tables.

``wp_get_archives( [ 'type' => 'monthly' ] )``: published posts counted per month of ``post_date``,
newest first. The months are grouped here rather than in SQL: ``post_date`` is stored as text on
SQLite and as a date type elsewhere, and the previews are an admin-only, occasional request.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select


def monthly_archives(conn: Any, tables: Any) -> list[tuple[int, int, int]]:
    """(year, month, published posts) per month with posts, newest first."""
    posts = tables.posts
    rows = conn.execute(select(posts.c.post_date).where(posts.c.post_type == "post",
                                                        posts.c.post_status == "publish")).all()
    months = Counter((int(str(r.post_date)[:4]), int(str(r.post_date)[5:7])) for r in rows)
    return [(year, month, count) for (year, month), count in sorted(months.items(), reverse=True)]
