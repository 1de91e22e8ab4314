"""Login throttling (beyond WordPress): slow down, then refuse, per user and per address."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from broadsheet.auth.request_auth import RequestCredentials, authenticate_request
from broadsheet.auth.store import AuthStore
from broadsheet.auth.throttle import (
    LoginThrottle,
    MemoryFailureCounter,
    RedisFailureCounter,
    ThrottleDecision,
    ThrottlePolicy,
)

POLICY = ThrottlePolicy(window=600, free_attempts=2, delay=1.0, max_delay=4.0, lockout_after=5, address_factor=2)
T = 1_800_000_000.0


def _fail(throttle: LoginThrottle, times: int, user: str = "admin", addr: str | None = "198.51.100.7") -> None:
    for _ in range(times):
        throttle.failed(user, addr, now=T)


def test_free_attempts_then_doubling_delay_then_lockout() -> None:
    throttle = LoginThrottle(policy=POLICY)
    decisions = []
    for _ in range(6):
        decisions.append(throttle.check("admin", None, now=T))
        throttle.failed("admin", None, now=T)
    assert decisions == [
        ThrottleDecision(True, 0.0), ThrottleDecision(True, 0.0), ThrottleDecision(True, 1.0),
        ThrottleDecision(True, 2.0), ThrottleDecision(True, 4.0), ThrottleDecision(False, 0.0, 600),
    ]


def test_lockout_ends_with_the_window() -> None:
    throttle = LoginThrottle(policy=POLICY)
    _fail(throttle, 5, addr=None)
    assert throttle.check("admin", None, now=T + 599) == ThrottleDecision(False, 0.0, 1)
    assert throttle.check("admin", None, now=T + 600) == ThrottleDecision(True, 0.0)


def test_usernames_are_counted_case_insensitively() -> None:
    throttle = LoginThrottle(policy=POLICY)
    _fail(throttle, 5, user="Admin", addr=None)
    assert not throttle.check(" admin", None, now=T).allowed


def test_address_is_limited_across_usernames() -> None:
    throttle = LoginThrottle(policy=POLICY)
    for i in range(10):
        throttle.failed(f"user{i}", "198.51.100.7", now=T)
    assert not throttle.check("someone-else", "198.51.100.7", now=T).allowed
    assert throttle.check("someone-else", "198.51.100.8", now=T).allowed


def test_success_clears_the_user_but_not_the_address() -> None:
    throttle = LoginThrottle(policy=POLICY)
    _fail(throttle, 4)
    throttle.succeeded("admin", "198.51.100.7")
    assert throttle.counter.count("user:admin", T) == (0, 0.0)
    assert throttle.counter.count("addr:198.51.100.7", T)[0] == 4


def test_memory_counter_prunes_closed_windows() -> None:
    counter = MemoryFailureCounter(max_keys=2)
    counter.hit("a", 10, now=0)
    counter.hit("b", 10, now=0)
    counter.hit("c", 10, now=20)
    assert counter.count("a", 20) == (0, 0.0) and counter.count("c", 20) == (1, 10.0)
    assert len(counter._windows) == 1


class FakeRedis:
    """Just enough of redis-py for the counter."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}
        self.ttls: dict[str, int] = {}

    def incr(self, name: str) -> int:
        self.values[name] = self.values.get(name, 0) + 1
        return self.values[name]

    def expire(self, name: str, seconds: int) -> None:
        self.ttls[name] = seconds

    def get(self, name: str) -> bytes | None:
        return None if name not in self.values else str(self.values[name]).encode()

    def ttl(self, name: str) -> int:
        return self.ttls.get(name, -1)

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_redis_counter_sets_expiry_once() -> None:
    redis = FakeRedis()
    throttle = LoginThrottle(RedisFailureCounter(redis), POLICY)
    _fail(throttle, 5, addr=None)
    assert redis.values == {"broadsheet:login-failures:user:admin": 5}
    assert redis.ttls == {"broadsheet:login-failures:user:admin": 600}
    assert throttle.check("admin", None, now=T) == ThrottleDecision(False, 0.0, 600)
    throttle.succeeded("admin", None)
    assert throttle.check("admin", None, now=T).allowed


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_request_authentication_counts_failures_and_refuses(credentials: dict[str, Any], store: AuthStore) -> None:
    throttle = LoginThrottle(policy=POLICY)

    def attempt(password: str) -> Any:
        creds = RequestCredentials(_basic("admin", password), remote_addr="198.51.100.7")
        return authenticate_request(creds, store, app_passwords_available=True, throttle=throttle, now=T)

    results = [attempt("wrong") for _ in range(5)]
    assert [r.delay for r in results] == [0.0, 0.0, 1.0, 2.0, 4.0]
    assert all(r.user is None and r.error is None for r in results)
    refused = attempt(credentials["admin"]["application_password"])
    assert refused.user is None and refused.retry_after == 600
    assert refused.error is not None and (refused.error.code, refused.error.status) == ("too_many_login_attempts", 429)


def test_request_success_resets_user_failures(credentials: dict[str, Any], store: AuthStore) -> None:
    throttle = LoginThrottle(policy=POLICY)
    _fail(throttle, 3)
    creds = RequestCredentials(_basic("admin", credentials["admin"]["application_password"]), remote_addr="198.51.100.7")
    result = authenticate_request(creds, store, app_passwords_available=True, throttle=throttle, now=T)
    assert result.user is not None and result.delay == 2.0
    assert throttle.check("admin", None, now=T) == ThrottleDecision(True, 0.0)


@pytest.mark.parametrize("window", [0.4, 1.0])
def test_redis_expiry_is_at_least_one_second(window: float) -> None:
    redis = FakeRedis()
    RedisFailureCounter(redis).hit("k", window, now=0)
    assert redis.ttls["broadsheet:login-failures:k"] == 1
