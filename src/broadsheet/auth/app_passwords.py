"""Application passwords as WordPress 7.1.4 stores and checks them (``WP_Application_Passwords``, ``wp_fast_hash``).

A user's passwords are the usermeta ``_application_passwords``: a PHP array of items
``{uuid, app_id, name, password, created, last_used, last_ip}`` (auth-and-permissions.md §2.1).
The functions here are pure over that decoded array, kept as ``{php_key: item}`` so a deletion
leaves the gap in keys PHP's ``unset`` leaves; :mod:`broadsheet.auth.store` reads and writes it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time as _time
import uuid as _uuid
from collections.abc import Mapping
from typing import Any

from broadsheet.auth.errors import AuthError
from broadsheet.auth.passwords import phpass_check

__all__ = [
    "DAY_IN_SECONDS",
    "OPTION_KEY_IN_USE",
    "PW_LENGTH",
    "USERMETA_KEY",
    "PasswordItems",
    "chunk_password",
    "create_application_password",
    "delete_application_password",
    "find_application_password",
    "generate_application_password",
    "items_from_meta",
    "items_to_meta",
    "match_application_password",
    "record_usage",
    "update_application_password",
    "wp_fast_hash",
    "wp_verify_fast_hash",
]

USERMETA_KEY = "_application_passwords"
OPTION_KEY_IN_USE = "using_application_passwords"
PW_LENGTH = 24
DAY_IN_SECONDS = 86400

_FAST_HASH_PREFIX = "$generic$"
_FAST_HASH_KEY = b"wp_fast_hash_6.8+"
_NOT_ALNUM = re.compile(r"[^a-zA-Z0-9]")
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

#: The decoded usermeta: PHP array key → item (an item is a PHP array: ``uuid``, ``name`` …).
PasswordItems = dict[Any, dict[str, Any]]

NOT_FOUND = AuthError("application_password_not_found", "Could not find an application password with that id.")
EMPTY_NAME = AuthError(
    "application_password_empty_name", "An application name is required to create an application password.", 400
)
DUPLICATE_NAME = AuthError("application_password_duplicate_name", "Each application name should be unique.", 409)


def wp_fast_hash(message: str | bytes) -> str:
    """``$generic$`` + base64url(BLAKE2b-240 keyed ``wp_fast_hash_6.8+``), as ``wp_fast_hash``."""
    raw = message.encode("utf-8") if isinstance(message, str) else message
    digest = hashlib.blake2b(raw, digest_size=30, key=_FAST_HASH_KEY).digest()
    return _FAST_HASH_PREFIX + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def wp_verify_fast_hash(message: str | bytes, stored: str) -> bool:
    """Check a fast hash; anything not ``$generic$`` is a pre-6.8 phpass hash (``wp_verify_fast_hash``)."""
    if not stored.startswith(_FAST_HASH_PREFIX):
        return phpass_check(message, stored)
    return hmac.compare_digest(wp_fast_hash(message).encode(), stored.encode("utf-8", "surrogateescape"))


def generate_application_password() -> str:
    """24 random characters from ``A-Z a-z 0-9`` (``wp_generate_password(24, false)``)."""
    return "".join(secrets.choice(_ALNUM) for _ in range(PW_LENGTH))


def chunk_password(raw: str) -> str:
    """The display form: alphanumerics only, in groups of four separated by spaces."""
    clean = _NOT_ALNUM.sub("", raw)
    return " ".join(clean[i : i + 4] for i in range(0, len(clean), 4))


def items_from_meta(value: Any) -> tuple[PasswordItems, bool]:
    """The decoded usermeta as items, and whether it needs saving (items without a uuid get one).

    Non-arrays read as no passwords (``get_user_application_passwords``).
    """
    if isinstance(value, list):
        raw: Mapping[Any, Any] = dict(enumerate(value))
    elif isinstance(value, Mapping):
        raw = value
    else:
        return {}, False
    items: PasswordItems = {}
    changed = False
    for key, item in raw.items():
        entry = dict(item) if isinstance(item, Mapping) else {}
        if "uuid" not in entry or entry["uuid"] is None:
            entry["uuid"] = str(_uuid.uuid4())
            changed = True
        items[key] = entry
    return items, changed


def items_to_meta(items: PasswordItems) -> list[dict[str, Any]] | dict[Any, dict[str, Any]]:
    """Items as the value to serialize: a list when the keys are 0..n-1, else the keyed array."""
    if list(items.keys()) == list(range(len(items))):
        return list(items.values())
    return dict(items)


def _next_key(items: PasswordItems) -> int:
    """PHP's ``$array[] =`` key: one past the largest integer key (0 when none)."""
    int_keys = [k for k in items if isinstance(k, int)]
    return max(int_keys) + 1 if int_keys else 0


def create_application_password(
    items: PasswordItems,
    name: str,
    app_id: str = "",
    *,
    now: int | None = None,
    password: str | None = None,
) -> tuple[str, dict[str, Any], PasswordItems] | AuthError:
    """A new password: (plain password, new item, new items), or the name errors WordPress returns.

    ``name`` must already be sanitized (``sanitize_text_field``) by the caller.
    """
    if not name:
        return EMPTY_NAME
    # WordPress 7.1.4 accepts a second password with an existing name (observed: tests/golden/golden-apppw.jsonl).
    plain = password or generate_application_password()
    item: dict[str, Any] = {
        "uuid": str(_uuid.uuid4()),
        "app_id": app_id or "",
        "name": name,
        "password": wp_fast_hash(plain),
        "created": int(_time.time()) if now is None else int(now),
        "last_used": None,
        "last_ip": None,
    }
    updated = dict(items)
    updated[_next_key(items)] = item
    return plain, item, updated


def find_application_password(items: PasswordItems, uuid: str) -> dict[str, Any] | None:
    """The item with ``uuid`` (``get_user_application_password``)."""
    for item in items.values():
        if item.get("uuid") == uuid:
            return item
    return None


def match_application_password(items: PasswordItems, supplied: str) -> dict[str, Any] | None:
    """The first item whose hash matches ``supplied`` with every non-alphanumeric character removed."""
    clean = _NOT_ALNUM.sub("", supplied)
    for item in items.values():
        stored = item.get("password")
        if isinstance(stored, str) and wp_verify_fast_hash(clean, stored):
            return item
    return None


def record_usage(
    items: PasswordItems, uuid: str, ip: str | None, *, now: int | None = None
) -> PasswordItems | None | AuthError:
    """Stamp ``last_used``/``last_ip`` at most once a day: new items, None when nothing changes, or not-found."""
    now = int(_time.time()) if now is None else int(now)
    for key, item in items.items():
        if item.get("uuid") != uuid:
            continue
        try:
            last_used = int(item.get("last_used") or 0)
        except (TypeError, ValueError):
            last_used = 0
        if last_used + DAY_IN_SECONDS > now:
            return None
        updated = dict(items)
        updated[key] = {**item, "last_used": now, "last_ip": ip}
        return updated
    return NOT_FOUND


def update_application_password(items: PasswordItems, uuid: str, name: str | None) -> PasswordItems | None | AuthError:
    """Rename an item: new items, None when unchanged, or not-found (``update_application_password``)."""
    for key, item in items.items():
        if item.get("uuid") != uuid:
            continue
        if not name or item.get("name") == name:
            return None
        updated = dict(items)
        updated[key] = {**item, "name": name}
        return updated
    return NOT_FOUND


def delete_application_password(items: PasswordItems, uuid: str) -> PasswordItems | AuthError:
    """Items without ``uuid`` (PHP ``unset``: the other keys stay as they were), or not-found."""
    for key, item in items.items():
        if item.get("uuid") == uuid:
            return {k: v for k, v in items.items() if k != key}
    return NOT_FOUND
