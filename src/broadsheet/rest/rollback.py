"""Work outside the database that must follow its transaction: undone on rollback, or done on commit.

The app rolls back the transaction of a write request that ends in an error status (or raises).
Side effects the database cannot undo are tied to that outcome on the request's ``DataContext``:

- ``on_rollback``: files an upload stored before the request failed are deleted again;
- ``on_commit``: files of a deleted attachment or font face are removed only once the rows are
  gone for good, so a delete that fails after its file step leaves the files its rows still name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

__all__ = ["adopt_transaction_callbacks", "discard_rollback_callbacks", "on_commit", "on_rollback",
           "run_commit_callbacks", "run_rollback_callbacks"]

log = logging.getLogger("broadsheet")
_ROLLBACK = "rollback_callbacks"
_COMMIT = "commit_callbacks"


def on_rollback(ctx: Any, callback: Callable[[], object]) -> None:
    """Run ``callback`` if this request's transaction is rolled back (nothing happens on commit)."""
    ctx.extra.setdefault(_ROLLBACK, []).append(callback)


def on_commit(ctx: Any, callback: Callable[[], object]) -> None:
    """Run ``callback`` once this request's transaction is committed (nothing happens on rollback)."""
    ctx.extra.setdefault(_COMMIT, []).append(callback)


def adopt_transaction_callbacks(ctx: Any, inner: Any) -> None:
    """``inner`` ran on ``ctx``'s transaction with caches of its own (a batch item): what must follow
    the transaction's outcome is ``ctx``'s to run."""
    for key in (_ROLLBACK, _COMMIT):
        if inner.extra.get(key):
            ctx.extra.setdefault(key, []).extend(inner.extra.pop(key))


def _run(callbacks: list[Callable[[], object]]) -> None:
    for callback in callbacks:
        try:
            callback()
        except Exception:
            log.exception("transaction callback %r failed", callback)


def run_rollback_callbacks(ctx: Any) -> None:
    """The transaction was rolled back: undo the registered side effects, latest first; drop the
    ones that waited for a commit."""
    ctx.extra.pop(_COMMIT, None)
    _run(list(reversed(ctx.extra.pop(_ROLLBACK, []))))


def discard_rollback_callbacks(ctx: Any) -> None:
    """The transaction was committed: its side effects stay (see ``run_commit_callbacks``)."""
    ctx.extra.pop(_ROLLBACK, None)


def run_commit_callbacks(ctx: Any) -> None:
    """The transaction was committed: side effects stay, and the deferred ones run, in order."""
    discard_rollback_callbacks(ctx)
    _run(ctx.extra.pop(_COMMIT, []))
