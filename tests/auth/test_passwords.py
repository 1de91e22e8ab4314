"""Login password hashes: WordPress 7.1.4's ``$wp$2y$``, phpass ``$P$``, plain bcrypt and legacy MD5."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.auth.passwords import (
    check_password,
    hash_password,
    password_needs_rehash,
    phpass_crypt,
    phpass_hash,
)
from broadsheet.auth.store import AuthStore

# Hashes made by other implementations (not by our hasher): phpass's own test program,
# passlib's documentation, PHP's manual, the bcrypt reference vectors and WordPress sites.
KNOWN_HASHES = [
    pytest.param("test12345", "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", id="phpass-test-program"),
    pytest.param("password", "$P$8ohUJ.1sdFw09/bMaAQPTGDNi2BIUt1", id="phpass-passlib-doc"),
    pytest.param("rasmuslerdorf", "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a", id="bcrypt-2y-php-manual"),
    pytest.param("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", id="bcrypt-2a-reference"),
    pytest.param("password", "5f4dcc3b5aa765d61d8327deb882cf99", id="md5-legacy"),
    # $wp$2y$ hashes written by WordPress >= 6.8 sites, published in third-party test suites.
    pytest.param("Na101918!", "$wp$2y$10$y6/UfA/WhvVLZK6RxBSJE./L6YpJN8ChGg15a0Pqry/bTGsDuMR1q", id="wp-bcrypt-a"),
    pytest.param("password", "$wp$2y$10$/ktG/bzsEU/Ag7umrbqsTeiSLAJ4IXWjA5ZaN/ZBjqQZ.oNDEP1Vm", id="wp-bcrypt-b"),
]


@pytest.mark.parametrize(("password", "stored"), KNOWN_HASHES)
def test_known_hash_verifies(password: str, stored: str) -> None:
    assert check_password(password, stored)


@pytest.mark.parametrize(("password", "stored"), KNOWN_HASHES)
def test_known_hash_rejects_other_password(password: str, stored: str) -> None:
    assert not check_password(password + "x", stored)
    assert not check_password("", stored)


@pytest.mark.parametrize("role", ["admin", "editor", "author", "contributor", "subscriber"])
def test_fixture_login_password_verifies_against_wordpress_hash(
    role: str, credentials: dict[str, Any], store: AuthStore
) -> None:
    user = store.get_user(credentials[role]["id"])
    assert user is not None and user.user_pass.startswith("$wp$2y$10$")
    assert check_password(credentials[role]["password"], user.user_pass)
    assert not check_password(credentials[role]["password"] + " ", user.user_pass)
    assert not check_password(credentials["admin"]["password"] + "!", user.user_pass)


def test_application_password_is_not_a_login_password(credentials: dict[str, Any], store: AuthStore) -> None:
    user = store.get_user(1)
    assert user is not None
    assert not check_password(credentials["admin"]["application_password"], user.user_pass)


def test_hash_password_writes_prefixed_bcrypt_cost_10() -> None:
    hashed = hash_password("s3cret")
    assert hashed.startswith("$wp$2y$10$") and len(hashed) == 63
    assert check_password("s3cret", hashed)
    assert not check_password("s3cret!", hashed)


def test_hash_password_trims_but_check_does_not() -> None:
    hashed = hash_password("  padded\n")
    assert check_password("padded", hashed)
    assert not check_password("  padded\n", hashed)


def test_prehash_keeps_bytes_beyond_72() -> None:
    base = "a" * 80
    hashed = hash_password(base)
    assert check_password(base, hashed)
    assert not check_password("a" * 79 + "b", hashed)


def test_plain_bcrypt_only_sees_72_bytes() -> None:
    # PHP's password_verify (crypt) truncates at 72 bytes; so must we.
    stored = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a"
    assert not check_password("rasmuslerdorf" + "x" * 100, stored)


def test_overlong_passwords_never_verify() -> None:
    long = "p" * 4097
    assert hash_password(long) == "*"
    assert not check_password(long, "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0")
    assert not check_password(long, hash_password("p"))


def test_phpass_hash_round_trip_and_layout() -> None:
    hashed = phpass_hash("hello", b"\x00\x01\x02\x03\x04\x05")
    assert hashed.startswith("$P$B") and len(hashed) == 34
    assert check_password("hello", hashed)
    assert phpass_crypt("hello", hashed) == hashed


@pytest.mark.parametrize(
    "setting", [pytest.param("$X$B12345678", id="bad-id"), pytest.param("$P$112345678", id="count-too-low"),
                pytest.param("$P$B1234", id="short-salt")]
)
def test_phpass_bad_settings_fail(setting: str) -> None:
    assert phpass_crypt("x", setting) == "*0"
    assert not check_password("x", setting + "x" * 30)


def test_phpass_h_prefix_checks_like_p() -> None:
    p_hash = "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0"
    h_hash = phpass_crypt("test12345", "$H$" + p_hash[3:12])
    assert h_hash[3:] == p_hash[3:]


@pytest.mark.parametrize(
    ("stored", "needs"),
    [
        pytest.param("$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", True, id="phpass"),
        pytest.param("5f4dcc3b5aa765d61d8327deb882cf99", True, id="md5"),
        pytest.param("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a", True, id="plain-bcrypt"),
        pytest.param("$wp$2y$10$SXXy6OLKTDcHtwqB/YfPn.mjXhc6eTgvbL1gJ3Nlh46hC4d9x8pxa", False, id="wp-bcrypt-10"),
        pytest.param("$wp$2y$12$SXXy6OLKTDcHtwqB/YfPn.mjXhc6eTgvbL1gJ3Nlh46hC4d9x8pxa", True, id="wp-bcrypt-12"),
    ],
)
def test_password_needs_rehash(stored: str, needs: bool) -> None:
    assert password_needs_rehash(stored) is needs


def test_argon2_hashes_verify_when_argon2_cffi_is_installed() -> None:
    argon2 = pytest.importorskip("argon2")
    stored = argon2.PasswordHasher().hash("secret")
    assert check_password("secret", stored) and not check_password("other", stored)


def test_unsupported_crypt_formats_do_not_verify() -> None:
    assert not check_password("password", "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/")
