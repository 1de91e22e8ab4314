"""Properties of the hash and nonce helpers over arbitrary input (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from broadsheet.auth import app_passwords as ap
from broadsheet.auth.nonces import wp_create_nonce, wp_verify_nonce
from broadsheet.auth.passwords import check_password, phpass_crypt, phpass_hash
from broadsheet.auth.salts import Salts

ALNUM = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=24, max_size=24)
SEPARATORS = st.text(alphabet=" -_.:", max_size=3)


@given(ALNUM, st.lists(SEPARATORS, min_size=6, max_size=6))
def test_application_password_matches_whatever_the_separators(password: str, seps: list[str]) -> None:
    items = {0: {"uuid": "u", "name": "n", "password": ap.wp_fast_hash(password)}}
    chunks = ap.chunk_password(password).split(" ")
    supplied = "".join(sep + chunk for sep, chunk in zip(seps, chunks, strict=True))
    assert ap.match_application_password(items, supplied) is not None


@given(ALNUM, ALNUM)
def test_fast_hash_distinguishes_passwords(a: str, b: str) -> None:
    assert ap.wp_verify_fast_hash(b, ap.wp_fast_hash(a)) is (a == b)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=40), st.binary(min_size=6, max_size=6))
def test_phpass_hash_verifies_its_password_only(password: str, salt: bytes) -> None:
    hashed = phpass_hash(password, salt, 7)
    assert len(hashed) == 34 and phpass_crypt(password, hashed) == hashed
    assert check_password(password, hashed)
    assert not check_password(password + "x", hashed)


@given(st.integers(min_value=0, max_value=10**6), st.text(max_size=20), st.floats(min_value=1e9, max_value=4e9))
def test_fresh_nonce_always_verifies(uid: int, token: str, now: float) -> None:
    salts = Salts({"NONCE_KEY": "k", "NONCE_SALT": "s"})
    nonce = wp_create_nonce("wp_rest", uid, token, salts, now=now)
    assert wp_verify_nonce(nonce, "wp_rest", uid, token, salts, now=now) == 1
