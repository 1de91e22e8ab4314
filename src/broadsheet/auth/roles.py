"""Roles and users with their capabilities, as WordPress 7.1.4's ``WP_Roles``, ``WP_Role`` and ``WP_User``.

Roles live in the option ``{prefix}user_roles``; a user's roles and per-user caps in the usermeta
``{prefix}capabilities`` (auth-and-permissions.md §3.1). ``allcaps`` is the union of the caps of
every role the user has, then the user's own entries (which override, and include the role slugs
themselves). Checking a capability against an object goes through :mod:`broadsheet.auth.capabilities`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Role", "Roles", "User", "anonymous_user", "build_user", "compute_allcaps", "php_empty", "php_truthy"]

_LEVEL_CAP = re.compile(r"^level_(10|[0-9])$", re.IGNORECASE)


def php_truthy(value: Any) -> bool:
    """PHP's boolean conversion (``"0"`` and ``""`` are false, as are empty arrays and 0)."""
    if isinstance(value, str):
        return value not in ("", "0")
    return bool(value)


def php_empty(value: Any) -> bool:
    """PHP's ``empty()`` on a present value."""
    return not php_truthy(value)


def _cap_map(value: Any) -> dict[str, Any]:
    """A PHP array of caps as a dict; a list (``add_role`` with cap names) becomes ``{name: True}``.

    Keys are stringified: PHP turns numeric-string keys into ints, which never name a role.
    """
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return {str(i): v for i, v in enumerate(value)}
    return {}


@dataclass(frozen=True)
class Role:
    """One role: its slug, display name and capability map (``WP_Role``)."""

    name: str
    display_name: str
    capabilities: Mapping[str, Any]

    def has_cap(self, cap: str) -> bool:
        """Whether the role grants ``cap`` (``WP_Role::has_cap`` without the filter)."""
        return php_truthy(self.capabilities.get(cap, False))


class Roles:
    """The site's roles, built from the decoded ``{prefix}user_roles`` option (``WP_Roles``)."""

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._roles: dict[str, Role] = {}
        for slug, entry in (data or {}).items():
            if not isinstance(entry, Mapping):
                continue
            caps = entry.get("capabilities", {})
            if isinstance(caps, (list, tuple)) and all(isinstance(c, str) for c in caps):
                # WordPress 6.9+ add_role() accepts a list of cap names.
                caps = {c: True for c in caps}
            self._roles[str(slug)] = Role(str(slug), str(entry.get("name", "")), _cap_map(caps))

    def __iter__(self) -> Any:
        return iter(self._roles.values())

    def __len__(self) -> int:
        return len(self._roles)

    def is_role(self, slug: str) -> bool:
        """Whether ``slug`` names a role."""
        return slug in self._roles

    def get_role(self, slug: str) -> Role | None:
        """The role called ``slug``, if any."""
        return self._roles.get(slug)

    @property
    def role_names(self) -> dict[str, str]:
        """``{slug: display name}`` in stored order (``WP_Roles::$role_names``)."""
        return {slug: role.display_name for slug, role in self._roles.items()}

    def to_option(self) -> dict[str, dict[str, Any]]:
        """The roles as the ``{prefix}user_roles`` option value."""
        return {r.name: {"name": r.display_name, "capabilities": dict(r.capabilities)} for r in self._roles.values()}


@dataclass
class User:
    """A user with its roles and capabilities (``WP_User``); ``ID == 0`` is the anonymous visitor."""

    ID: int
    user_login: str = ""
    user_nicename: str = ""
    user_email: str = ""
    user_url: str = ""
    user_registered: str = ""
    user_status: int = 0
    display_name: str = ""
    user_pass: str = field(default="", repr=False)
    user_activation_key: str = field(default="", repr=False)
    #: The user's own ``{prefix}capabilities`` entries (roles and extra caps), as stored
    #: (the REST ``extra_capabilities`` field).
    caps: dict[str, Any] = field(default_factory=dict)
    #: Slugs of the user's roles, in stored order.
    roles: list[str] = field(default_factory=list)
    #: Every capability the user has, role caps first, own caps overriding (REST ``capabilities``).
    allcaps: dict[str, Any] = field(default_factory=dict, repr=False)
    #: Highest ``level_N`` cap in ``allcaps`` (``WP_User::$level``).
    level: int = 0
    #: The legacy ``{prefix}user_level`` usermeta, when loaded.
    user_level: int | None = None

    def exists(self) -> bool:
        """Whether this is a real user (``WP_User::exists``)."""
        return self.ID != 0


def anonymous_user() -> User:
    """The logged-out visitor (``new WP_User(0)``): no roles, no caps."""
    return User(ID=0)


def compute_allcaps(caps: Mapping[str, Any], roles: Roles) -> tuple[list[str], dict[str, Any]]:
    """``WP_User::get_role_caps``: (role slugs found among the keys of ``caps``, merged allcaps)."""
    role_slugs = [key for key in caps if roles.is_role(key)]
    allcaps: dict[str, Any] = {}
    for slug in role_slugs:
        role = roles.get_role(slug)
        if role is not None:
            allcaps.update(role.capabilities)
    allcaps.update(caps)
    return role_slugs, allcaps


def user_level_from_caps(allcaps: Iterable[str]) -> int:
    """The highest ``level_N`` among the cap names (``WP_User::level_reduction``)."""
    level = 0
    for cap in allcaps:
        match = _LEVEL_CAP.match(cap)
        if match:
            level = max(level, int(match.group(1)))
    return level


def build_user(row: Mapping[str, Any], capabilities: Any, roles: Roles, user_level: Any = None) -> User:
    """A :class:`User` from a ``wp_users`` row and its decoded ``{prefix}capabilities`` usermeta."""
    caps = _cap_map(capabilities)
    role_slugs, allcaps = compute_allcaps(caps, roles)
    level: int | None
    try:
        level = int(user_level) if user_level not in (None, "") else None
    except (TypeError, ValueError):
        level = 0
    return User(
        ID=int(row["ID"]),
        user_login=str(row.get("user_login") or ""),
        user_nicename=str(row.get("user_nicename") or ""),
        user_email=str(row.get("user_email") or ""),
        user_url=str(row.get("user_url") or ""),
        user_registered=str(row.get("user_registered") or ""),
        user_status=int(row.get("user_status") or 0),
        display_name=str(row.get("display_name") or ""),
        user_pass=str(row.get("user_pass") or ""),
        user_activation_key=str(row.get("user_activation_key") or ""),
        caps=caps,
        roles=role_slugs,
        allcaps=allcaps,
        level=user_level_from_caps(allcaps),
        user_level=level,
    )
