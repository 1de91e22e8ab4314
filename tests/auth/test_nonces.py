"""Nonces and salts: ``wp_create_nonce``/``wp_verify_nonce`` ticks and ``wp_salt`` fallbacks."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from broadsheet.auth.nonces import wp_create_nonce, wp_nonce_tick, wp_verify_nonce
from broadsheet.auth.salts import Salts

CONSTANTS = {"NONCE_KEY": "nk-value", "NONCE_SALT": "ns-value", "AUTH_KEY": "ak", "AUTH_SALT": "as"}
T0 = 1_700_000_000.0
HALF_DAY = 43200


def _expected(tick: int, action: str, uid: int, token: str) -> str:
    """The formula of auth-and-permissions.md §1.3, computed independently."""
    key = ("nk-value" + "ns-value").encode()
    return hmac.new(key, f"{tick}|{action}|{uid}|{token}".encode(), hashlib.md5).hexdigest()[-12:-2]


@pytest.fixture()
def salts() -> Salts:
    return Salts(CONSTANTS)


def test_tick_is_ceil_of_half_days() -> None:
    assert wp_nonce_tick(HALF_DAY * 10) == 10
    assert wp_nonce_tick(HALF_DAY * 10 + 1) == 11


def test_nonce_matches_wordpress_formula(salts: Salts) -> None:
    nonce = wp_create_nonce("wp_rest", 3, "tok", salts, now=T0)
    assert nonce == _expected(wp_nonce_tick(T0), "wp_rest", 3, "tok")
    assert len(nonce) == 10


def test_nonce_verifies_in_its_tick_then_the_next(salts: Salts) -> None:
    start = HALF_DAY * 39352 + 1  # first second of a tick
    nonce = wp_create_nonce("wp_rest", 1, "tok", salts, now=start)
    assert wp_verify_nonce(nonce, "wp_rest", 1, "tok", salts, now=start) == 1
    assert wp_verify_nonce(nonce, "wp_rest", 1, "tok", salts, now=start + HALF_DAY - 1) == 1
    assert wp_verify_nonce(nonce, "wp_rest", 1, "tok", salts, now=start + HALF_DAY) == 2
    assert wp_verify_nonce(nonce, "wp_rest", 1, "tok", salts, now=start + 2 * HALF_DAY - 1) == 2
    assert wp_verify_nonce(nonce, "wp_rest", 1, "tok", salts, now=start + 2 * HALF_DAY) is False


@pytest.mark.parametrize(
    ("action", "uid", "token"),
    [pytest.param("other", 1, "tok", id="action"), pytest.param("wp_rest", 2, "tok", id="user"),
     pytest.param("wp_rest", 1, "", id="token")],
)
def test_nonce_is_bound_to_action_user_and_session(action: str, uid: int, token: str, salts: Salts) -> None:
    nonce = wp_create_nonce("wp_rest", 1, "tok", salts, now=T0)
    assert wp_verify_nonce(nonce, action, uid, token, salts, now=T0) is False


@pytest.mark.parametrize("bad", ["", "0", None, "ü" * 10, "0123456789"])
def test_empty_or_wrong_nonce_fails(bad: str | None, salts: Salts) -> None:
    assert wp_verify_nonce(bad, "wp_rest", 0, "", salts, now=T0) is False


def test_salt_prefers_constants(salts: Salts) -> None:
    assert salts.salt("nonce") == "nk-value" + "ns-value"
    assert salts.salt("auth") == "ak" + "as"


def test_salt_falls_back_to_stored_then_generated_options() -> None:
    options: dict[str, str] = {"logged_in_key": "stored-key"}
    salts = Salts({}, options.get, options.__setitem__)
    value = salts.salt("logged_in")
    assert value.startswith("stored-key") and len(options["logged_in_salt"]) == 64
    assert value == "stored-key" + options["logged_in_salt"]
    assert Salts({}, options.get, options.__setitem__).salt("logged_in") == value


def test_duplicated_and_sample_constants_are_ignored() -> None:
    options: dict[str, str] = {}
    salts = Salts(
        {"NONCE_KEY": "same", "NONCE_SALT": "same", "AUTH_KEY": "put your unique phrase here"},
        options.get,
        options.__setitem__,
    )
    assert salts.salt("nonce") == options["nonce_key"] + options["nonce_salt"]
    assert salts.salt("auth") == options["auth_key"] + options["auth_salt"]


def test_other_schemes_use_secret_key() -> None:
    salts = Salts({"SECRET_KEY": "sk"})
    assert salts.salt("custom") == "sk" + hmac.new(b"sk", b"custom", hashlib.md5).hexdigest()
