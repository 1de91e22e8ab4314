"""Undo work outside the database when a write request fails: callbacks run on rollback.

The app rolls back the transaction of a write request that ends in an error status (or raises).
Side effects the database cannot undo — files an upload stored before the request failed — are
registered here on the request's ``DataContext`` and undone then; a commit forgets them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

__all__ = ["discard_rollback_callbacks", "on_rollback", "run_rollback_callbacks"]

log = logging.getLogger("broadsheet")
_KEY = "rollback_callbacks"


def on_rollback(ctx: Any, callback: Callable[[], object]) -> None:
    """Run ``callback`` if this request's transaction is rolled back (nothing happens on commit)."""
    ctx.extra.setdefault(_KEY, []).append(callback)


def run_rollback_callbacks(ctx: Any) -> None:
    """The transaction was rolled back: undo the registered side effects, latest first."""
    callbacks = ctx.extra.pop(_KEY, [])
    for callback in reversed(callbacks):
        try:
            callback()
        except Exception:
            log.exception("rollback callback %r failed", callback)


def discard_rollback_callbacks(ctx: Any) -> None:
    """The transaction was committed: its side effects stay."""
    ctx.extra.pop(_KEY, None)
