"""Scheduled posts go live when their time comes (WordPress's ``publish_future_post`` cron event).

WordPress schedules one cron event per ``future`` post; broadsheet has no cron daemon, so due
posts are published on read (``maybe_publish_due_posts``, at most once a minute per process and
whenever the earliest scheduled time has passed) and by ``broadsheet cron``.
"""

from __future__ import annotations

import math
import time
from typing import Any

from sqlalchemy.engine import Connection

from broadsheet.content.posts import PostEnv, next_future_time, publish_due_posts

__all__ = ["RECHECK_SECONDS", "maybe_publish_due_posts", "run_cron", "schedule_check"]

#: How long a process trusts its idea of the next scheduled time (other processes may schedule posts).
RECHECK_SECONDS = 60.0
_ATTR = "_future_posts_next_check"


def schedule_check(site: Any, when: float) -> None:
    """Make the next read check run no later than ``when`` (unix time)."""
    setattr(site, _ATTR, min(getattr(site, _ATTR, 0.0), when))


def run_cron(conn: Connection, site: Any, options: Any) -> list[int]:
    """Publish every due scheduled post now; returns their ids (``broadsheet cron``)."""
    env = PostEnv(site=site, options=options)
    published = publish_due_posts(conn, env)
    upcoming = next_future_time(conn, env)
    setattr(site, _ATTR, min(time.time() + RECHECK_SECONDS, upcoming if upcoming is not None else math.inf))
    return published


def maybe_publish_due_posts(conn: Connection, site: Any, options: Any) -> list[int]:
    """``run_cron`` when this process's next check is due (no query otherwise)."""
    if time.time() < getattr(site, _ATTR, 0.0):
        return []
    return run_cron(conn, site, options)
