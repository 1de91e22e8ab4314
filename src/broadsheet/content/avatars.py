"""Gravatar URLs as WordPress 7.1.4 builds them (``get_avatar_url``): SHA-256, always secure."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

AVATAR_SIZES = (24, 48, 96)


def avatar_url(email: str, size: int, options: Mapping[str, Any]) -> str:
    """``https://secure.gravatar.com/avatar/{sha256 of the trimmed lower-cased e-mail}?s=&d=&r=``."""
    email = (email or "").strip().lower()
    digest = hashlib.sha256(email.encode("utf-8")).hexdigest() if email else ""
    default = str(options.get("avatar_default") or "mystery")
    if default == "mystery":
        default = "mm"
    query = [f"s={size}"]
    if default != "gravatar_default":
        query.append("d=" + quote(default, safe=""))
    query.append("r=" + quote(str(options.get("avatar_rating") or "g").lower(), safe=""))
    return f"https://secure.gravatar.com/avatar/{digest}?" + "&".join(query)


def avatar_urls(email: str, options: Mapping[str, Any]) -> dict[str, str]:
    """``rest_get_avatar_urls``: one URL per REST avatar size, keyed by the size as a string."""
    return {str(size): avatar_url(email, size, options) for size in AVATAR_SIZES}


def show_avatars(options: Mapping[str, Any]) -> bool:
    return str(options.get("show_avatars", "1") or "") not in ("", "0")
