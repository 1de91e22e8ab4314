"""Nonces (``wp_create_nonce``, ``wp_verify_nonce``, ``wp_nonce_tick``) as WordPress 7.1.4's ``pluggable.php``.

A nonce is 10 hex characters of ``HMAC-MD5(NONCE_KEY.NONCE_SALT, "{tick}|{action}|{uid}|{token}")``
taken at ``[-12:-2]``; a tick is half the nonce life (12 h by default), and a nonce verifies during
its own tick (returns 1) and the next one (returns 2). ``token`` is the session token of the
logged-in cookie (``""`` without one).
"""

from __future__ import annotations

import hmac
import math
import time as _time

from broadsheet.auth.salts import Salts

__all__ = ["NONCE_LIFE", "wp_create_nonce", "wp_nonce_tick", "wp_verify_nonce"]

#: Default ``nonce_life`` (``DAY_IN_SECONDS``).
NONCE_LIFE = 86400


def wp_nonce_tick(now: float | None = None, nonce_life: int = NONCE_LIFE) -> int:
    """The current tick: ``ceil(time / (nonce_life / 2))``."""
    return math.ceil((_time.time() if now is None else now) / (nonce_life / 2))


def _nonce_for_tick(tick: int, action: str | int, user_id: int, token: str, salts: Salts) -> str:
    """The 10-character nonce of one tick."""
    return salts.wp_hash(f"{tick}|{action}|{user_id}|{token}", "nonce")[-12:-2]


def wp_create_nonce(
    action: str | int,
    user_id: int,
    token: str,
    salts: Salts,
    *,
    now: float | None = None,
    nonce_life: int = NONCE_LIFE,
) -> str:
    """A nonce for ``action`` bound to the user and session token (``wp_create_nonce``)."""
    return _nonce_for_tick(wp_nonce_tick(now, nonce_life), action, user_id, token, salts)


def wp_verify_nonce(
    nonce: str | None,
    action: str | int,
    user_id: int,
    token: str,
    salts: Salts,
    *,
    now: float | None = None,
    nonce_life: int = NONCE_LIFE,
) -> int | bool:
    """1 if made in this tick, 2 if in the previous one, else False (``wp_verify_nonce``).

    An empty nonce (including PHP's falsy ``"0"``) never verifies.
    """
    nonce = "" if nonce is None else str(nonce)
    if nonce in ("", "0"):
        return False
    given = nonce.encode("utf-8", "surrogateescape")
    tick = wp_nonce_tick(now, nonce_life)
    for age, candidate_tick in ((1, tick), (2, tick - 1)):
        if hmac.compare_digest(_nonce_for_tick(candidate_tick, action, user_id, token, salts).encode(), given):
            return age
    return False
