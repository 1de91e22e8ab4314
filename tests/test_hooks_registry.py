"""``Hooks``: the bulk registration and the one-argument fast path keep ``add_filter``'s meaning."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.hooks import Hooks


def _recorder(log: list[tuple[str, tuple[Any, ...]]], name: str) -> Any:
    def callback(*args: Any) -> Any:
        log.append((name, args))
        return f"{args[0] if args else ''}{name}"
    return callback


def test_add_filters_registers_like_add_filter_calls_in_order() -> None:
    one, bulk = Hooks(), Hooks()
    a, b, c = (lambda v: v + "a"), (lambda v: v + "b"), (lambda v: v + "c")
    one.add_filter("x", c, 20)
    one.add_filter("x", a, 10)
    one.add_filter("x", b, 10)
    bulk.add_filter("x", c, 20)
    bulk.add_filters("x", {10: ((a, 1), (b, 1))})
    assert bulk.callbacks("x") == one.callbacks("x") == [a, b, c]
    assert bulk.apply_filters("x", "") == "abc"
    assert bulk.has_filter("x", b) == 10


def test_copies_and_removals_do_not_share_registrations() -> None:
    hooks = Hooks()
    a, b = (lambda v: v + "a"), (lambda v: v + "b")
    table = {10: ((a, 1), (b, 1))}
    hooks.add_filters("x", table)
    table[10] = ((b, 1),)
    assert hooks.callbacks("x") == [a, b]
    other = hooks.copy()
    assert other.remove_filter("x", a, 10)
    assert hooks.callbacks("x") == [a, b] and other.callbacks("x") == [b]
    other.add_filter("x", a, 10)
    assert hooks.callbacks("x") == [a, b] and other.callbacks("x") == [b, a]


@pytest.mark.parametrize("extra", [(), ("ctx",), ("ctx", 7)], ids=["no-args", "one-arg", "two-args"])
@pytest.mark.parametrize("accepted", [-1, 0, 1, 2, 3, 4])
def test_each_callback_gets_its_accepted_args_of_the_call(accepted: int, extra: tuple[Any, ...]) -> None:
    log: list[tuple[str, tuple[Any, ...]]] = []
    hooks = Hooks()
    hooks.add_filter("x", _recorder(log, "f"), 10, accepted)
    hooks.apply_filters("x", "v", *extra)
    assert log == [("f", ("v", *extra)[:accepted])]
