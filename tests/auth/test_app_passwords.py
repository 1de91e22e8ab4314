"""Application passwords: ``wp_fast_hash`` storage, verification and usage records (WordPress 7.1.4)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from broadsheet.auth import app_passwords as ap
from broadsheet.auth.errors import AuthError
from broadsheet.auth.store import AuthStore
from broadsheet.storage.phpserial import serialize

T = 1_700_000_000
ROLES = ["admin", "editor", "author", "contributor", "subscriber"]


def test_fast_hash_matches_the_oracle_example() -> None:
    assert ap.wp_fast_hash("aafda9555bd2b4c3218825cb") == "$generic$Kb8QL7Nl2eDfGtuh_bddnBUHMPRf8Rp-Z3OTYnUE"


@pytest.mark.parametrize("role", ROLES)
def test_fixture_application_password_verifies(role: str, credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials[role]
    items = store.get_application_passwords(cred["id"])
    spaced = cred["application_password"]
    for supplied in (spaced, spaced.replace(" ", ""), spaced.replace(" ", "-")):
        item = ap.match_application_password(items, supplied)
        assert item is not None and item["uuid"] == cred["application_uuid"]


@pytest.mark.parametrize("role", ROLES)
def test_wrong_application_passwords_do_not_verify(role: str, credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials[role]
    items = store.get_application_passwords(cred["id"])
    assert ap.match_application_password(items, cred["password"]) is None
    assert ap.match_application_password(items, cred["application_password"].upper()) is None
    assert ap.match_application_password(items, cred["application_password"][:-1]) is None
    other = credentials["admin" if role != "admin" else "editor"]["application_password"]
    assert ap.match_application_password(items, other) is None


def test_pre_68_phpass_application_hash_still_verifies() -> None:
    # Application passwords made before WordPress 6.8 were phpass hashes (known vector: "test12345").
    items = {0: {"uuid": "u", "name": "old", "password": "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0"}}
    assert ap.match_application_password(items, "test 1234 5") is not None
    assert ap.wp_verify_fast_hash("test12345", "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0")
    assert not ap.wp_verify_fast_hash("test12346", "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0")


def test_create_makes_24_alphanumerics_shown_chunked() -> None:
    result = ap.create_application_password({}, "My App", "", now=1700000000)
    assert not isinstance(result, AuthError)
    plain, item, items = result
    assert re.fullmatch(r"[A-Za-z0-9]{24}", plain)
    assert re.fullmatch(r"([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}", ap.chunk_password(plain))
    assert list(item) == ["uuid", "app_id", "name", "password", "created", "last_used", "last_ip"]
    assert item["password"].startswith("$generic$") and len(item["password"]) == 49
    assert item["created"] == 1700000000 and item["last_used"] is None and item["last_ip"] is None
    assert items == {0: item}
    assert ap.match_application_password(items, ap.chunk_password(plain)) is item


def test_create_rejects_empty_names_but_allows_a_repeated_name() -> None:
    """WordPress 7.1.4 creates a second password under an existing name (tests/golden/golden-apppw.jsonl)."""
    result = ap.create_application_password({}, "App", now=1)
    assert not isinstance(result, AuthError)
    items = result[2]
    assert ap.create_application_password(items, "") == AuthError(
        "application_password_empty_name", "An application name is required to create an application password.", 400
    )
    again = ap.create_application_password(items, "app")
    assert not isinstance(again, AuthError) and len(again[2]) == 2


def test_chunk_password_drops_non_alphanumerics() -> None:
    assert ap.chunk_password("abcd-EFGH ijkl_MNOPqr") == "abcd EFGH ijkl MNOP qr"


def test_usage_is_recorded_at_most_once_a_day() -> None:
    items = {0: {"uuid": "u1", "name": "a", "password": "x", "last_used": None, "last_ip": None}}
    first = ap.record_usage(items, "u1", "10.0.0.1", now=T)
    assert isinstance(first, dict) and first[0]["last_used"] == T and first[0]["last_ip"] == "10.0.0.1"
    assert ap.record_usage(first, "u1", "10.0.0.2", now=T + 86399) is None
    again = ap.record_usage(first, "u1", "10.0.0.2", now=T + 86400)
    assert isinstance(again, dict) and again[0]["last_ip"] == "10.0.0.2"
    assert isinstance(ap.record_usage(items, "nope", None), AuthError)


def test_delete_keeps_php_array_keys() -> None:
    items = {0: {"uuid": "a", "name": "A"}, 1: {"uuid": "b", "name": "B"}}
    left = ap.delete_application_password(items, "a")
    assert left == {1: {"uuid": "b", "name": "B"}}
    assert serialize(ap.items_to_meta(left)).startswith("a:1:{i:1;")  # type: ignore[arg-type]
    created = ap.create_application_password(left, "C", now=1)  # type: ignore[arg-type]
    assert not isinstance(created, AuthError) and list(created[2]) == [1, 2]


def test_update_renames_only_when_changed() -> None:
    items = {0: {"uuid": "a", "name": "A"}}
    assert ap.update_application_password(items, "a", "A") is None
    assert ap.update_application_password(items, "a", "B") == {0: {"uuid": "a", "name": "B"}}
    assert ap.update_application_password(items, "x", "B") == ap.NOT_FOUND


def test_items_without_uuid_get_one_and_are_saved(store: AuthStore) -> None:
    store.update_user_meta(5, ap.USERMETA_KEY, [{"name": "legacy", "password": "$P$x"}])
    items = store.get_application_passwords(5)
    uuid = items[0]["uuid"]
    assert re.fullmatch(r"[0-9a-f-]{36}", uuid)
    assert store.get_user_meta(5, ap.USERMETA_KEY)[0]["uuid"] == uuid


def test_store_create_saves_and_marks_in_use(store: AuthStore) -> None:
    store.update_option(ap.OPTION_KEY_IN_USE, "")
    created = store.create_application_password(22, "cli", "0b1f4c16-8b3e-4c1e-9a8e-1f2d3c4b5a69", now=1700000000)
    assert not isinstance(created, AuthError)
    plain, item = created
    assert store.application_passwords_in_use()
    saved = store.get_user_meta(22, ap.USERMETA_KEY)
    assert saved == [item] and item["app_id"] == "0b1f4c16-8b3e-4c1e-9a8e-1f2d3c4b5a69"
    assert ap.match_application_password(store.get_application_passwords(22), plain) is not None


def test_store_rename_delete_and_delete_all(store: AuthStore) -> None:
    first = store.create_application_password(23, "one", now=T)
    second = store.create_application_password(23, "two", now=T)
    assert not isinstance(first, AuthError) and not isinstance(second, AuthError)
    assert store.update_application_password(23, first[1]["uuid"], "uno") is None
    assert store.get_application_passwords(23)[0]["name"] == "uno"
    assert store.delete_application_password(23, first[1]["uuid"]) is None
    assert list(store.get_application_passwords(23)) == [1]
    assert store.delete_application_password(23, "missing") == ap.NOT_FOUND
    assert store.delete_all_application_passwords(23) == 1
    assert store.get_user_meta(23, ap.USERMETA_KEY) == []
    assert store.delete_all_application_passwords(23) == 0


def test_options_snapshot_is_read_first_and_dropped_on_write(fixture_db: Any) -> None:
    with fixture_db.engine.connect() as conn:
        trans = conn.begin()
        try:
            store = AuthStore(conn, fixture_db.tables, option_values={ap.OPTION_KEY_IN_USE: "", "siteurl": "x"})
            assert not store.application_passwords_in_use() and store.get_option("siteurl") == "x"
            store.update_option(ap.OPTION_KEY_IN_USE, "1")
            assert store.application_passwords_in_use()
        finally:
            trans.rollback()
