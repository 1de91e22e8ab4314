"""Actions and filters with WordPress priorities (a port of the ``WP_Hook`` behaviour, 7.1.4).

A ``Hooks`` registry lives on the app (never an import-time global), so each test and each
site gets a fresh one. Callbacks at the same priority run in the order they were added.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Callback = Callable[..., Any]
Entry = tuple[Callback, int]  # a callback and its accepted_args


class Hooks:
    """A registry of filters and actions keyed by hook name."""

    def __init__(self) -> None:
        # Each priority's entries are a tuple, replaced (never changed) on add and remove, so a
        # registration table and a copy() can share them.
        self._callbacks: dict[str, dict[int, tuple[Entry, ...]]] = {}
        self._sorted: dict[str, list[Entry]] = {}

    # -- registration -------------------------------------------------------------
    def add_filter(self, name: str, callback: Callback, priority: int = 10, accepted_args: int = 1) -> None:
        """Run ``callback`` on ``apply_filters(name, ...)`` at ``priority`` (lower runs first)."""
        self.add_filters(name, {priority: ((callback, accepted_args),)})

    def add_filters(self, name: str, table: Mapping[int, tuple[Entry, ...]]) -> None:
        """``add_filter`` for each ``(callback, accepted_args)`` of each priority, in order.

        One call for a whole default table: where a fresh registry is built per render (the
        conformance vectors), registration costs a fraction of one call per callback. The
        entries are tuples, so the registry keeps them as they are.
        """
        prios = self._callbacks.get(name)
        if prios is None:
            self._callbacks[name] = dict(table)
        else:
            for priority, entries in table.items():
                prios[priority] = prios.get(priority, ()) + entries
        self._sorted.pop(name, None)

    def remove_filter(self, name: str, callback: Callback, priority: int = 10) -> bool:
        """Remove one registration; returns whether it was there."""
        prios = self._callbacks.get(name, {})
        entries = prios.get(priority, ())
        for i, (cb, _) in enumerate(entries):
            if cb == callback:
                prios[priority] = entries[:i] + entries[i + 1:]
                self._sorted.pop(name, None)
                return True
        return False

    def remove_all_filters(self, name: str, priority: int | None = None) -> None:
        """Remove every callback of ``name`` (or only those at ``priority``)."""
        if priority is None:
            self._callbacks.pop(name, None)
        else:
            self._callbacks.get(name, {}).pop(priority, None)
        self._sorted.pop(name, None)

    def has_filter(self, name: str, callback: Callback | None = None) -> bool | int:
        """Without ``callback``: whether anything is hooked. With it: its priority, or False."""
        prios = self._callbacks.get(name, {})
        if callback is None:
            return any(prios.values())
        for prio, entries in prios.items():
            if any(cb == callback for cb, _ in entries):
                return prio
        return False

    add_action = add_filter
    remove_action = remove_filter
    remove_all_actions = remove_all_filters
    has_action = has_filter

    # -- running ------------------------------------------------------------------
    def _chain(self, name: str) -> list[Entry]:
        chain = self._sorted.get(name)
        if chain is None:
            chain = [entry for prio in sorted(self._callbacks.get(name, {})) for entry in self._callbacks[name][prio]]
            self._sorted[name] = chain
        return chain

    def callbacks(self, name: str) -> list[Callback]:
        """The callbacks of ``name`` in the order ``apply_filters`` runs them."""
        return [callback for callback, _ in self._chain(name)]

    def apply_filters(self, name: str, value: Any, *args: Any) -> Any:
        """Pass ``value`` through every callback of ``name``; each gets up to ``accepted_args`` arguments."""
        chain = self._sorted.get(name)
        if chain is None:
            chain = self._chain(name)
        if len(args) == 1:
            # The shape of the content filters (text, render context): no argument tuple per call.
            arg = args[0]
            for callback, accepted in chain:
                if accepted == 1:
                    value = callback(value)
                elif accepted > 1:
                    value = callback(value, arg)
                else:
                    value = callback(*((value, arg)[:accepted]))
            return value
        for callback, accepted in chain:
            value = callback(*((value, *args)[:accepted]))
        return value

    def do_action(self, name: str, *args: Any) -> None:
        """Call every callback of ``name`` with up to ``accepted_args`` of ``args``."""
        for callback, accepted in self._chain(name):
            callback(*args[:accepted])

    def copy(self, names: Iterable[str] | None = None) -> Hooks:
        """An independent registry with the same registrations (only those of ``names`` if given)."""
        other = Hooks()
        kept = self._callbacks.items() if names is None else [(n, self._callbacks.get(n, {})) for n in names]
        other._callbacks = {n: dict(prios) for n, prios in kept}
        return other


def accepted_args_of(callback: Callback) -> int:
    """How many positional arguments ``callback`` takes (for registering plain functions)."""
    try:
        params = inspect.signature(callback).parameters.values()
    except (TypeError, ValueError):
        return 1
    return sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
