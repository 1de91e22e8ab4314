"""User login password hashes as WordPress 7.1.4 writes and checks them (``wp-includes/pluggable.php``).

Formats accepted by :func:`check_password` (auth-and-permissions.md §2.2):

- ``$wp$2y$10$…``: bcrypt over ``base64(HMAC-SHA384(key='wp-sha384', msg=password))``, what 7.1.4 writes;
- ``$P$`` / ``$H$``: phpass portable (iterated MD5), written by WordPress before 6.8;
- ``$2y$`` / ``$2a$`` / ``$2b$``: plain bcrypt (PHP's ``password_verify``);
- ≤ 32 characters: legacy unsalted MD5 hex.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib

import bcrypt

__all__ = [
    "MAX_PASSWORD_BYTES",
    "check_password",
    "hash_password",
    "password_needs_rehash",
    "phpass_check",
    "phpass_crypt",
]

#: Passwords longer than this (in bytes) never verify and hash to ``*`` (WordPress 6.8+).
MAX_PASSWORD_BYTES = 4096
#: bcrypt cost WordPress asks ``password_hash`` for (PHP < 8.4 default, what the oracle writes).
DEFAULT_COST = 10

_ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_PHP_TRIM = " \t\n\r\0\x0b"
_BCRYPT_PREFIXES = ("$2y$", "$2a$", "$2b$")


def _to_bytes(password: str | bytes) -> bytes:
    """Passwords are bytes in PHP; ours are UTF-8 encoded strings."""
    return password.encode("utf-8") if isinstance(password, str) else password


def _prehash(password: bytes) -> bytes:
    """WordPress 6.8+'s bcrypt pre-hash: base64 of HMAC-SHA384 keyed ``wp-sha384`` (keeps >72-byte entropy)."""
    return base64.b64encode(hmac.new(b"wp-sha384", password, hashlib.sha384).digest())


def _bcrypt_verify(password: bytes, hashed: str) -> bool:
    """PHP ``password_verify`` for a bcrypt hash: crypt(3) sees at most 72 bytes, up to the first NUL."""
    password = password.split(b"\0", 1)[0][:72]
    try:
        return bcrypt.checkpw(password, hashed.encode("ascii"))
    except ValueError:
        return False


def hash_password(password: str | bytes, cost: int = DEFAULT_COST) -> str:
    """Hash a login password as ``wp_hash_password`` 7.1.4: ``'$wp' . bcrypt(prehash(trim(pw)))``."""
    raw = _to_bytes(password)
    if len(raw) > MAX_PASSWORD_BYTES:
        return "*"
    hashed = bcrypt.hashpw(_prehash(raw.strip(_PHP_TRIM.encode())), bcrypt.gensalt(cost, prefix=b"2b"))
    # PHP writes the ``$2y$`` identifier; the algorithm is identical to ``$2b$``.
    return "$wp$2y$" + hashed.decode("ascii")[4:]


def check_password(password: str | bytes, stored: str) -> bool:
    """Whether ``password`` matches ``stored``, as ``wp_check_password`` 7.1.4 (formats in the module doc)."""
    raw = _to_bytes(password)
    if len(stored.encode("utf-8", "surrogateescape")) <= 32:
        # Checked before the length limit, as WordPress does.
        return hmac.compare_digest(stored.encode("utf-8", "surrogateescape"), hashlib.md5(raw).hexdigest().encode())
    if len(raw) > MAX_PASSWORD_BYTES:
        return False
    if stored.startswith("$wp"):
        return _bcrypt_verify(_prehash(raw), stored[3:])
    if stored.startswith("$P$"):
        return phpass_check(raw, stored)
    if stored.startswith(_BCRYPT_PREFIXES):
        return _bcrypt_verify(raw, stored)
    if stored.startswith(("$argon2i$", "$argon2id$")):
        return _argon2_verify(raw, stored)
    # crypt(3) formats ($1$, $5$, $6$, DES) that PHP's password_verify also accepts are not supported.
    return False


def _argon2_verify(password: bytes, hashed: str) -> bool:
    """PHP ``password_verify`` for ``$argon2i$``/``$argon2id$`` hashes, when argon2-cffi is installed."""
    try:
        argon2 = importlib.import_module("argon2")
    except ImportError:
        return False
    try:
        return bool(argon2.PasswordHasher().verify(hashed, password))
    except (argon2.exceptions.Argon2Error, ValueError):
        return False


def password_needs_rehash(stored: str, cost: int = DEFAULT_COST) -> bool:
    """Whether a hash should be upgraded after a successful login, as ``wp_password_needs_rehash`` 7.1.4.

    Anything not ``$wp``-prefixed needs it; a ``$wp`` bcrypt hash needs it when its cost differs.
    """
    if not stored.startswith("$wp"):
        return True
    inner = stored[3:]
    if not inner.startswith("$2y$") or len(inner) < 7 or not inner[4:6].isdigit():
        return True
    return int(inner[4:6]) != cost


# -- phpass portable hashes (Openwall phpass 0.5, as bundled in wp-includes/class-phpass.php) ----


def _encode64(data: bytes, count: int) -> str:
    """phpass's little-endian 6-bit encoding of ``count`` bytes."""
    out = []
    i = 0
    while i < count:
        value = data[i]
        i += 1
        out.append(_ITOA64[value & 0x3F])
        if i < count:
            value |= data[i] << 8
        out.append(_ITOA64[(value >> 6) & 0x3F])
        if i >= count:
            break
        i += 1
        if i < count:
            value |= data[i] << 16
        out.append(_ITOA64[(value >> 12) & 0x3F])
        if i >= count:
            break
        i += 1
        out.append(_ITOA64[(value >> 18) & 0x3F])
    return "".join(out)


def phpass_crypt(password: str | bytes, setting: str) -> str:
    """phpass ``crypt_private``: the portable hash of ``password`` under ``setting``; ``*0``/``*1`` on bad settings."""
    raw = _to_bytes(password)
    failure = "*1" if setting[:2] == "*0" else "*0"
    if setting[:3] not in ("$P$", "$H$") or len(setting) < 12:
        return failure
    count_log2 = _ITOA64.find(setting[3])
    if count_log2 < 7 or count_log2 > 30:
        return failure
    salt = setting[4:12].encode("utf-8", "surrogateescape")
    if len(salt) != 8:
        return failure
    digest = hashlib.md5(salt + raw).digest()
    for _ in range(1 << count_log2):
        digest = hashlib.md5(digest + raw).digest()
    return setting[:12] + _encode64(digest, 16)


def phpass_check(password: str | bytes, stored: str) -> bool:
    """phpass ``CheckPassword`` in portable mode (passwords over 4096 bytes never match)."""
    raw = _to_bytes(password)
    if len(raw) > MAX_PASSWORD_BYTES:
        return False
    computed = phpass_crypt(raw, stored)
    if computed.startswith("*"):
        return False
    return hmac.compare_digest(computed.encode(), stored.encode("utf-8", "surrogateescape"))


def phpass_hash(password: str | bytes, salt: bytes, count_log2: int = 13) -> str:
    """A portable ``$P$`` hash with the given 6 random ``salt`` bytes (what WordPress < 6.8 wrote; ``B`` = 2^13)."""
    setting = "$P$" + _ITOA64[min(count_log2, 30)] + _encode64(salt, 6)
    return phpass_crypt(password, setting)
