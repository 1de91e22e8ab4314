"""Differential checks against PHP itself (skipped when no ``php`` binary is installed).

The hashes broadsheet writes must verify in PHP, and PHP-made hashes in broadsheet, so a PHP
WordPress and broadsheet can share one database. The PHP snippets are the primitive calls
WordPress 7.1.4 makes (``password_hash``/``password_verify`` around the ``wp-sha384`` pre-hash,
``sodium_crypto_generichash`` for ``wp_fast_hash``, ``hash_hmac`` for nonces).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from broadsheet.auth.app_passwords import wp_fast_hash
from broadsheet.auth.nonces import wp_create_nonce
from broadsheet.auth.passwords import check_password, hash_password
from broadsheet.auth.salts import Salts

PHP = shutil.which("php")
pytestmark = pytest.mark.skipif(PHP is None, reason="php is not installed")

PASSWORDS = ["admin-password", "  padded  ", "ünïcödé ✓", "x" * 100, "quote'\"\\", ""]


def _php(code: str, data: Any) -> Any:
    """Run ``code`` with ``$in`` decoded from ``data``; it must echo JSON."""
    script = "$in = json_decode(stream_get_contents(STDIN), true);\n" + code
    out = subprocess.run([PHP, "-r", script], input=json.dumps(data), capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_our_wp_hashes_verify_in_php() -> None:
    cases = [[pw, hash_password(pw)] for pw in PASSWORDS if pw.strip()]
    verdicts = _php(
        """
        $out = [];
        foreach ($in as [$pw, $hash]) {
            $pre = base64_encode(hash_hmac('sha384', trim($pw), 'wp-sha384', true));
            $out[] = str_starts_with($hash, '$wp') && password_verify($pre, substr($hash, 3));
        }
        echo json_encode($out);
        """,
        cases,
    )
    assert verdicts == [True] * len(cases)


def test_php_wp_hashes_verify_here() -> None:
    hashes = _php(
        """
        $out = [];
        foreach ($in as $pw) {
            $pre = base64_encode(hash_hmac('sha384', trim($pw), 'wp-sha384', true));
            $out[] = '$wp' . password_hash($pre, PASSWORD_BCRYPT, ['cost' => 4]);
        }
        echo json_encode($out);
        """,
        PASSWORDS,
    )
    for pw, hashed in zip(PASSWORDS, hashes, strict=True):
        assert check_password(pw.strip(" \t\n\r\0\x0b"), hashed)
        assert not check_password(pw + "!", hashed)


def test_plain_bcrypt_agrees_with_php_password_verify() -> None:
    cases = _php(
        """
        $out = [];
        foreach ($in as $pw) { $out[] = [$pw, password_hash($pw, PASSWORD_BCRYPT, ['cost' => 4])]; }
        echo json_encode($out);
        """,
        [pw for pw in PASSWORDS if "\0" not in pw],
    )
    for pw, hashed in cases:
        assert check_password(pw, hashed)
        assert not check_password(pw + "!", hashed) or len(pw.encode()) >= 72  # bcrypt sees 72 bytes only


def test_fast_hash_matches_sodium() -> None:
    messages = ["aafda9555bd2b4c3218825cb", "", "x" * 64]
    expected = _php(
        """
        $out = [];
        foreach ($in as $m) {
            $out[] = '$generic$' . sodium_bin2base64(
                sodium_crypto_generichash($m, 'wp_fast_hash_6.8+', 30), SODIUM_BASE64_VARIANT_URLSAFE_NO_PADDING);
        }
        echo json_encode($out);
        """,
        messages,
    )
    assert [wp_fast_hash(m) for m in messages] == expected


def test_nonce_matches_php_arithmetic() -> None:
    now = 1_700_000_123
    salts = Salts({"NONCE_KEY": "k", "NONCE_SALT": "s"})
    expected = _php(
        """
        $i = ceil($in['now'] / (86400 / 2));
        echo json_encode(substr(hash_hmac('md5', $i . '|wp_rest|7|tok', 'ks'), -12, 10));
        """,
        {"now": now},
    )
    assert wp_create_nonce("wp_rest", 7, "tok", salts, now=now) == expected
