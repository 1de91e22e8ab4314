"""Actions and filters with WordPress priorities (a port of the ``WP_Hook`` behaviour, 7.1.4).

A ``Hooks`` registry lives on the app (never an import-time global), so each test and each
site gets a fresh one. Callbacks at the same priority run in the order they were added.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any

Callback = Callable[..., Any]


class Hooks:
    """A registry of filters and actions keyed by hook name."""

    def __init__(self) -> None:
        self._callbacks: dict[str, dict[int, list[tuple[Callback, int]]]] = {}
        self._sorted: dict[str, list[tuple[Callback, int]]] = {}

    # -- registration -------------------------------------------------------------
    def add_filter(self, name: str, callback: Callback, priority: int = 10, accepted_args: int = 1) -> None:
        """Run ``callback`` on ``apply_filters(name, ...)`` at ``priority`` (lower runs first)."""
        self._callbacks.setdefault(name, {}).setdefault(priority, []).append((callback, accepted_args))
        self._sorted.pop(name, None)

    def remove_filter(self, name: str, callback: Callback, priority: int = 10) -> bool:
        """Remove one registration; returns whether it was there."""
        entries = self._callbacks.get(name, {}).get(priority, [])
        for i, (cb, _) in enumerate(entries):
            if cb == callback:
                del entries[i]
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
    def _chain(self, name: str) -> list[tuple[Callback, int]]:
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
        for callback, accepted in self._chain(name):
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
        other._callbacks = {n: {p: list(e) for p, e in prios.items()} for n, prios in kept}
        return other


def accepted_args_of(callback: Callback) -> int:
    """How many positional arguments ``callback`` takes (for registering plain functions)."""
    try:
        params = inspect.signature(callback).parameters.values()
    except (TypeError, ValueError):
        return 1
    return sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
