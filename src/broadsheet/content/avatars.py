"""Gravatar URLs as WordPress 7.1.4 builds them (``get_avatar_url``): SHA-256, always secure."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

AVATAR_SIZES = (24, 48, 96)


def avatar_url(email: str, size: int, options: Mapping[str, Any]) -> str:
    """``https://secure.gravatar.com/avatar/{sha256 of the trimmed lower-cased e-mail}?s=&d=&r=``."""
    return _avatar_base(email) + f"?s={size}" + _avatar_args(options)


def avatar_urls(email: str, options: Mapping[str, Any]) -> dict[str, str]:
    """``rest_get_avatar_urls``: one URL per REST avatar size, keyed by the size as a string."""
    base, args = _avatar_base(email), _avatar_args(options)  # hashed and quoted once for the three sizes
    return {str(size): f"{base}?s={size}{args}" for size in AVATAR_SIZES}


def _avatar_base(email: str) -> str:
    email = (email or "").strip().lower()
    digest = hashlib.sha256(email.encode("utf-8")).hexdigest() if email else ""
    return f"https://secure.gravatar.com/avatar/{digest}"


def _avatar_args(options: Mapping[str, Any]) -> str:
    """``&d=…&r=…`` after the size."""
    default = str(options.get("avatar_default") or "mystery")
    if default == "mystery":
        default = "mm"
    args = ""
    if default != "gravatar_default":
        args += "&d=" + quote(default, safe="")
    return args + "&r=" + quote(str(options.get("avatar_rating") or "g").lower(), safe="")


def show_avatars(options: Mapping[str, Any]) -> bool:
    return str(options.get("show_avatars", "1") or "") not in ("", "0")
