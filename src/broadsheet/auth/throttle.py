"""Login throttling: failed logins counted per user and per address; slow down, then refuse, for a window.

WordPress core does not throttle (plugins do); broadsheet offers it as an option beyond WordPress,
off unless a :class:`LoginThrottle` is passed to :func:`broadsheet.auth.request_auth.authenticate_request`,
so default responses stay WordPress's. Counters are fixed windows: the first failure opens a
window of ``policy.window`` seconds and every failure in it counts. The in-process counter suits one
worker; :class:`RedisFailureCounter` shares the counts between workers and hosts.
"""

from __future__ import annotations

import math
import threading
import time as _time
from dataclasses import dataclass
from typing import Any, Protocol

from broadsheet.auth.errors import AuthError

__all__ = [
    "THROTTLED",
    "FailureCounter",
    "LoginThrottle",
    "MemoryFailureCounter",
    "RedisFailureCounter",
    "ThrottleDecision",
    "ThrottlePolicy",
]

#: The answer to a refused attempt (not a WordPress error: WordPress has no throttling).
THROTTLED = AuthError("too_many_login_attempts", "Too many failed login attempts. Please try again later.", 429)


class FailureCounter(Protocol):
    """Where failure counts live: ``hit`` opens or extends a window, ``count`` reads it."""

    def hit(self, key: str, window: float, now: float) -> int:
        """Record one failure under ``key``; the number of failures in the current window."""
        ...

    def count(self, key: str, now: float) -> tuple[int, float]:
        """(failures in the current window, seconds until it closes); (0, 0) when none."""
        ...

    def reset(self, key: str) -> None:
        """Forget ``key``'s failures."""
        ...


class MemoryFailureCounter:
    """Counts in this process's memory (thread-safe); expired windows are pruned as keys accumulate."""

    def __init__(self, max_keys: int = 100_000) -> None:
        self._windows: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()
        self._max_keys = max_keys

    def hit(self, key: str, window: float, now: float) -> int:
        with self._lock:
            count, ends = self._windows.get(key, (0, 0.0))
            if ends <= now:
                count, ends = 0, now + window
            self._windows[key] = (count + 1, ends)
            if len(self._windows) > self._max_keys:
                self._prune(now)
            return count + 1

    def count(self, key: str, now: float) -> tuple[int, float]:
        with self._lock:
            count, ends = self._windows.get(key, (0, 0.0))
        return (count, ends - now) if ends > now else (0, 0.0)

    def reset(self, key: str) -> None:
        with self._lock:
            self._windows.pop(key, None)

    def _prune(self, now: float) -> None:
        """Drop closed windows (the lock is held)."""
        for key in [k for k, (_, ends) in self._windows.items() if ends <= now]:
            del self._windows[key]


class RedisFailureCounter:
    """Counts in Redis (any client with ``incr``, ``expire``, ``get``, ``ttl``, ``delete``), shared by workers.

    The window is Redis's key expiry, so ``now`` is not used: the server's clock decides.
    """

    def __init__(self, client: Any, prefix: str = "broadsheet:login-failures:") -> None:
        self._client = client
        self._prefix = prefix

    def hit(self, key: str, window: float, now: float) -> int:
        name = self._prefix + key
        count = int(self._client.incr(name))
        if count == 1:
            self._client.expire(name, max(1, math.ceil(window)))
        return count

    def count(self, key: str, now: float) -> tuple[int, float]:
        name = self._prefix + key
        value = self._client.get(name)
        if value is None:
            return 0, 0.0
        ttl = int(self._client.ttl(name))
        return int(value), float(max(ttl, 0))

    def reset(self, key: str) -> None:
        self._client.delete(self._prefix + key)


@dataclass(frozen=True)
class ThrottlePolicy:
    """How many failures are free, how the delay grows, and when attempts are refused."""

    #: Seconds a window of failures lasts (from the first failure in it).
    window: float = 900.0
    #: Failures answered at full speed.
    free_attempts: int = 3
    #: Delay after the first failure beyond the free ones; it doubles with each further failure.
    delay: float = 1.0
    max_delay: float = 30.0
    #: Failures of one user after which attempts are refused until the window closes.
    lockout_after: int = 10
    #: An address may fail this many times more than a user (addresses are shared behind NAT).
    address_factor: int = 5


@dataclass(frozen=True)
class ThrottleDecision:
    """Whether to try the credentials, after how long a pause, and when a refused caller may retry."""

    allowed: bool
    delay: float = 0.0
    retry_after: int = 0


class LoginThrottle:
    """Per-user and per-address failure counting with a :class:`ThrottlePolicy`."""

    def __init__(self, counter: FailureCounter | None = None, policy: ThrottlePolicy | None = None) -> None:
        self.counter: FailureCounter = counter or MemoryFailureCounter()
        self.policy = policy or ThrottlePolicy()

    @staticmethod
    def _keys(username: str, address: str | None) -> list[tuple[str, int]]:
        """(counter key, lockout multiplier) for the user and, when known, the address."""
        keys = [("user:" + username.strip().lower(), 1)]
        if address:
            keys.append(("addr:" + address, 0))
        return keys

    def _limit(self, multiplier: int) -> tuple[int, int]:
        """(free attempts, lockout threshold) for a user key (1) or an address key (0)."""
        factor = 1 if multiplier else self.policy.address_factor
        return self.policy.free_attempts * factor, self.policy.lockout_after * factor

    def check(self, username: str, address: str | None, *, now: float | None = None) -> ThrottleDecision:
        """Before checking credentials: refuse while locked out, else the pause to make first."""
        now = _time.time() if now is None else now
        delay = 0.0
        for key, multiplier in self._keys(username, address):
            failures, remaining = self.counter.count(key, now)
            free, lockout = self._limit(multiplier)
            if failures >= lockout:
                return ThrottleDecision(False, 0.0, max(1, math.ceil(remaining)))
            if failures >= free:
                step = self.policy.delay * 2 ** (failures - free)
                delay = max(delay, min(step, self.policy.max_delay))
        return ThrottleDecision(True, delay)

    def failed(self, username: str, address: str | None, *, now: float | None = None) -> None:
        """Count a failed attempt against the user and the address."""
        now = _time.time() if now is None else now
        for key, _ in self._keys(username, address):
            self.counter.hit(key, self.policy.window, now)

    def succeeded(self, username: str, address: str | None) -> None:
        """A successful login clears the user's failures (the address keeps its count)."""
        self.counter.reset(self._keys(username, address)[0][0])
