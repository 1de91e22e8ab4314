"""Secret keys and salts (``wp_salt``, ``wp_hash``) as WordPress 7.1.4's ``wp-includes/pluggable.php``.

The keys come from ``wp-config.php`` constants (``AUTH_KEY``, ``LOGGED_IN_SALT``, …). A constant that
is missing, empty, left at the sample phrase or duplicated is replaced by a generated value stored in
the options ``{scheme}_key`` / ``{scheme}_salt`` (``secret_key`` for other schemes), so a PHP front end
sharing the database and broadsheet sign and check the same cookies and nonces
(auth-and-permissions.md §1.3).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["SCHEMES", "Salts", "generate_password"]

#: Schemes with their own KEY/SALT constant pair.
SCHEMES = ("auth", "secure_auth", "logged_in", "nonce")
_CONSTANT_GROUPS = ("AUTH", "SECURE_AUTH", "LOGGED_IN", "NONCE", "SECRET")
_SAMPLE_PHRASE = "put your unique phrase here"

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_SPECIAL = "!@#$%^&*()"
_EXTRA_SPECIAL = "-_ []{}<>~`+=,.;:/?|"


def generate_password(length: int = 12, special_chars: bool = True, extra_special_chars: bool = False) -> str:
    """Random password from WordPress's alphabets, as ``wp_generate_password`` (CSPRNG)."""
    chars = _ALNUM + (_SPECIAL if special_chars else "") + (_EXTRA_SPECIAL if extra_special_chars else "")
    return "".join(secrets.choice(chars) for _ in range(length))


class Salts:
    """Resolves ``wp_salt(scheme)`` from config constants, falling back to (and creating) options.

    ``get_option(name)`` returns the stored value or a falsy value; ``update_option(name, value)``
    persists a generated one. Results are cached per instance, as ``wp_salt``'s static cache.
    """

    def __init__(
        self,
        constants: Mapping[str, str] | None = None,
        get_option: Callable[[str], Any] | None = None,
        update_option: Callable[[str, str], Any] | None = None,
    ) -> None:
        self._constants = {k: v for k, v in (constants or {}).items() if v}
        self._get_option = get_option or (lambda name: None)
        self._update_option = update_option or (lambda name, value: None)
        self._cache: dict[str, str] = {}
        self._duplicated = self._find_duplicates()

    def _find_duplicates(self) -> set[str]:
        """Values that must not be used: the sample phrase and any value two constants share."""
        seen: dict[str, int] = {}
        for first in _CONSTANT_GROUPS:
            for second in ("KEY", "SALT"):
                value = self._constants.get(f"{first}_{second}")
                if value:
                    seen[value] = seen.get(value, 0) + 1
        return {value for value, count in seen.items() if count > 1} | {_SAMPLE_PHRASE}

    def _constant(self, name: str) -> str:
        """A usable constant's value, or ``""``."""
        value = self._constants.get(name, "")
        return value if value and value not in self._duplicated else ""

    def _option(self, name: str) -> str:
        """A stored secret, generated and saved when missing."""
        value = self._get_option(name)
        if not value:
            value = generate_password(64, True, True)
            self._update_option(name, value)
        return str(value)

    def salt(self, scheme: str = "auth") -> str:
        """The key+salt string for ``scheme`` (``wp_salt``)."""
        cached = self._cache.get(scheme)
        if cached is not None:
            return cached
        key = self._constant("SECRET_KEY")
        salt = self._constant("SECRET_SALT") if scheme == "auth" else ""
        if scheme in SCHEMES:
            key = self._constant(f"{scheme.upper()}_KEY") or key or self._option(f"{scheme}_key")
            salt = self._constant(f"{scheme.upper()}_SALT") or salt or self._option(f"{scheme}_salt")
        else:
            key = key or self._option("secret_key")
            salt = hmac.new(key.encode(), scheme.encode(), hashlib.md5).hexdigest()
        self._cache[scheme] = key + salt
        return self._cache[scheme]

    def wp_hash(self, data: str, scheme: str = "auth", algo: str = "md5") -> str:
        """``wp_hash``: hex HMAC of ``data`` keyed with ``wp_salt(scheme)``."""
        return hmac.new(self.salt(scheme).encode("utf-8"), data.encode("utf-8"), algo).hexdigest()
