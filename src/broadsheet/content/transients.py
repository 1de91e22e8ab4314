"""Site transients in ``wp_options``, as WordPress keeps them without a persistent object cache.

``set_site_transient(name, value, seconds)`` writes ``_site_transient_{name}`` and
``_site_transient_timeout_{name}`` (the Unix time it expires), both with autoload ``off``;
``get_site_transient`` answers None once that time has passed and deletes both rows. The names and
the autoload value are those WordPress 7.1.4 wrote for a ``url-details`` preview on the oracle.
"""

from __future__ import annotations

import time
from typing import Any

from broadsheet.storage.options import Options

__all__ = ["delete_site_transient", "get_site_transient", "set_site_transient"]

_VALUE = "_site_transient_"
_TIMEOUT = "_site_transient_timeout_"


def get_site_transient(store: Options, name: str, now: float | None = None) -> Any | None:
    """The value, or None when it is missing or has expired (an expired one is deleted)."""
    expires = store.get(_TIMEOUT + name, None)
    if expires is not None and _as_int(expires) < int(time.time() if now is None else now):
        delete_site_transient(store, name)
        return None
    return store.get(_VALUE + name, None)


def set_site_transient(store: Options, name: str, value: Any, expiration: int = 0, now: float | None = None) -> None:
    """Keep ``value`` for ``expiration`` seconds (0: until deleted)."""
    if expiration:
        store.update(_TIMEOUT + name, int(time.time() if now is None else now) + int(expiration), "off")
    store.update(_VALUE + name, value, "off")


def delete_site_transient(store: Options, name: str) -> None:
    store.delete(_VALUE + name)
    store.delete(_TIMEOUT + name)


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
