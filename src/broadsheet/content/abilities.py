"""The Abilities API registry and the core abilities of WordPress 7.1 (``wp-includes/abilities.php``).

An ability is a named, schema-described action (``core/get-site-info``) in a category (``site``).
Core registers two categories and three read-only abilities; this module holds them with their
input/output schemas (as ``wp_prepare_json_schema_for_client`` shows them) and their callbacks,
which read the site through an ``AbilityEnv`` the caller provides. The run pipeline (input
normalisation, schema validation, permission) lives with the REST controller that drives it.
"""

from __future__ import annotations

import platform
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

#: The WordPress release whose REST API broadsheet serves (``get_bloginfo( 'version' )``).
WP_VERSION = "7.1.4"

#: ``WP_Ability::$default_annotations``.
DEFAULT_ANNOTATIONS: dict[str, bool | None] = {"readonly": None, "destructive": None, "idempotent": None}


class AbilityEnv(Protocol):
    """What the core abilities read: the caller, the options and the server."""

    user: Any  # the current ``User``, or None for an anonymous caller

    def user_can(self, capability: str) -> bool: ...

    def option(self, name: str) -> Any: ...

    def user_meta(self, key: str) -> str: ...

    def home_url(self) -> str: ...

    def site_url(self) -> str: ...

    def environment_type(self) -> str: ...

    def db_server_info(self) -> str: ...


@dataclass(frozen=True)
class AbilityCategory:
    """``WP_Ability_Category``: ``{"slug", "label", "description", "meta"}``."""

    slug: str
    label: str
    description: str
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Ability:
    """``WP_Ability``: name, texts, schemas, meta and the two callbacks."""

    name: str
    label: str
    description: str
    category: str
    input_schema: Mapping[str, Any]
    output_schema: Mapping[str, Any]
    execute: Callable[[Any, AbilityEnv], Any]
    permission: Callable[[Any, AbilityEnv], bool]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def get_meta_item(self, key: str, default: Any = None) -> Any:
        return self.meta.get(key, default)


def normalize_meta(meta: Mapping[str, Any] | None) -> dict[str, Any]:
    """``WP_Ability::prepare_properties``' meta defaults: annotations filled in, ``show_in_rest`` from ``public``."""
    given = dict(meta or {})
    annotations = given.pop("annotations", None) or {}
    out: dict[str, Any] = {"annotations": {**DEFAULT_ANNOTATIONS, **annotations}, **given}
    show_in_rest = out.get("show_in_rest")
    out["show_in_rest"] = show_in_rest if show_in_rest is not None else out.get("public", False) or False
    out["public"] = out.get("public") if out.get("public") is not None else False
    return out  # array_merge( defaults, meta ): annotations first, then the caller's keys in order


# -- the core abilities -----------------------------------------------------------------------------
def _prop(type_: str, title: str, description: str, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "title": title, "description": description, **extra}


_SITE_INFO = {
    "name": _prop("string", "Site Title", "The site title."),
    "description": _prop("string", "Tagline", "The site tagline."),
    "url": _prop("string", "Site Address (URL)",
                 "The public URL where visitors access the site. May differ from the WordPress installation URL."),
    "wpurl": _prop("string", "WordPress Address (URL)",
                   "The URL where WordPress core files are served. May differ from the public site URL."),
    "admin_email": _prop("string", "Administration Email Address", "The site administrator email address."),
    "charset": _prop("string", "Site Charset", "The site character encoding."),
    "language": _prop("string", "Site Language", "The site locale in dash form (e.g. en-US)."),
    "version": _prop("string", "WordPress Version", "The WordPress core version running on this site."),
}
_USER_INFO = {
    "id": _prop("integer", "User ID", "Unique identifier for the user."),
    "display_name": _prop("string", "Display Name", "Public-facing name selected by the user."),
    "user_nicename": _prop("string", "User Nicename", "URL-friendly slug for the user. Defaults to the username."),
    "user_login": _prop("string", "Username", "Login identifier for the user. Cannot be changed once set."),
    "roles": _prop("array", "Roles",
                   "Roles assigned to the user, such as administrator, editor, author, contributor, or subscriber.",
                   items={"type": "string"}),
    "locale": _prop("string", "Language", "Locale code for the user, such as en_US."),
    "first_name": _prop("string", "First Name", "Given name."),
    "last_name": _prop("string", "Last Name", "Family name."),
    "nickname": _prop("string", "Nickname", "Informal name. Defaults to the username."),
    "description": _prop("string", "Biographical Info", "User-authored biography. May be empty."),
    "user_url": _prop("string", "Website", "Personal website URL."),
}
_ENVIRONMENT_INFO = {
    "environment": _prop("string", "Environment Type", "The site's runtime environment classification.",
                         enum=["production", "staging", "development", "local"]),
    "php_version": _prop("string", "PHP Version", "The PHP runtime version executing WordPress."),
    "db_server_info": _prop("string", "Database Server Info",
                            "The database server vendor and version string reported by the driver."),
    "wp_version": _prop("string", "WordPress Version", "The WordPress core version running on this site."),
}
_READONLY_PUBLIC = {"annotations": {"readonly": True, "destructive": False, "idempotent": True}, "public": True}


def _fields_input(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The ``{"fields": [...]}`` input schema every core ability takes."""
    return {
        "type": "object",
        "properties": {"fields": {
            "type": "array", "items": {"type": "string", "enum": list(fields)},
            "description": "Optional: Limit response to specific fields. If omitted, all fields are returned.",
        }},
        "additionalProperties": False,
        "default": {},
    }


def _output(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": dict(fields), "additionalProperties": False}


def _requested(input_: Any, fields: Mapping[str, Any]) -> list[str]:
    """``! empty( $input['fields'] ) ? $input['fields'] : all``."""
    wanted = input_.get("fields") if isinstance(input_, dict) else None
    if isinstance(wanted, dict):
        wanted = list(wanted.values())
    return [str(f) for f in wanted] if wanted else list(fields)


def get_locale(env: AbilityEnv) -> str:
    """``get_locale``: the ``WPLANG`` option, else ``en_US``."""
    return str(env.option("WPLANG") or "") or "en_US"


def _site_info(input_: Any, env: AbilityEnv) -> dict[str, Any]:
    """The requested ``get_bloginfo`` fields, in the order asked for (a repeated field once)."""
    bloginfo: dict[str, Callable[[], str]] = {
        "name": lambda: str(env.option("blogname") or ""),
        "description": lambda: str(env.option("blogdescription") or ""),
        "url": env.home_url,
        "wpurl": env.site_url,
        "admin_email": lambda: str(env.option("admin_email") or ""),
        "charset": lambda: str(env.option("blog_charset") or "") or "UTF-8",
        "language": lambda: get_locale(env).replace("_", "-"),
        "version": lambda: WP_VERSION,
    }
    return {name: bloginfo[name]() for name in _requested(input_, _SITE_INFO)}


def _user_info(input_: Any, env: AbilityEnv) -> dict[str, Any]:
    """The current user's profile, limited to the requested fields (in the profile's order)."""
    user = env.user
    everything: dict[str, Any] = {
        "id": user.ID,
        "display_name": user.display_name,
        "user_nicename": user.user_nicename,
        "user_login": user.user_login,
        "roles": list(user.roles),
        "locale": env.user_meta("locale") or get_locale(env),
        "first_name": env.user_meta("first_name"),
        "last_name": env.user_meta("last_name"),
        "nickname": env.user_meta("nickname"),
        "description": env.user_meta("description"),
        "user_url": user.user_url,
    }
    wanted = set(_requested(input_, _USER_INFO))
    return {k: v for k, v in everything.items() if k in wanted}


def _environment_info(input_: Any, env: AbilityEnv) -> dict[str, Any]:
    """The runtime: environment type, the language runtime's version, the database server, the WordPress API version.

    ``php_version`` reports the runtime that executes broadsheet (``Python 3.12.3``): there is no PHP.
    """
    wanted = set(_requested(input_, _ENVIRONMENT_INFO))
    everything: dict[str, Callable[[], str]] = {
        "environment": env.environment_type,
        "php_version": lambda: f"Python {platform.python_version()}",
        "db_server_info": env.db_server_info,
        "wp_version": lambda: WP_VERSION,
    }
    return {k: compute() for k, compute in everything.items() if k in wanted}


def _can_manage_options(input_: Any, env: AbilityEnv) -> bool:
    return env.user_can("manage_options")


def _is_logged_in(input_: Any, env: AbilityEnv) -> bool:
    return env.user is not None


@dataclass(frozen=True)
class AbilitiesRegistry:
    """Categories and abilities in registration order (``WP_Abilities_Registry`` and its categories twin)."""

    categories: tuple[AbilityCategory, ...]
    abilities: tuple[Ability, ...]

    def category(self, slug: str) -> AbilityCategory | None:
        return next((c for c in self.categories if c.slug == slug), None)

    def ability(self, name: str) -> Ability | None:
        return next((a for a in self.abilities if a.name == name), None)

    def query(self, *, category: str = "", namespace: str = "", meta: Mapping[str, Any] | None = None) -> list[Ability]:
        """``wp_get_abilities``: by category, by name prefix (``namespace/``), by meta (AND, nested)."""
        prefix = namespace.rstrip("/") + "/" if namespace else ""
        return [
            a for a in self.abilities
            if (not category or a.category == category)
            and (not prefix or a.name.startswith(prefix))
            and (not meta or match_meta(a.meta, meta))
        ]


def match_meta(meta: Mapping[Any, Any], conditions: Mapping[Any, Any]) -> bool:
    """``_wp_get_abilities_match_meta``: every condition key present with a strictly equal value."""
    for key, value in conditions.items():
        if key not in meta:
            return False
        if isinstance(value, (dict, list)):
            wanted: Mapping[Any, Any] = value if isinstance(value, dict) else dict(enumerate(value))
            if not isinstance(meta[key], dict) or not match_meta(meta[key], wanted):
                return False
        elif not _php_identical(meta[key], value):
            return False
    return True


def _php_identical(left: Any, right: Any) -> bool:
    """PHP's ``===``: same type and value (``True !== 1``)."""
    return type(left) is type(right) and left == right


@cache
def core_abilities_registry() -> AbilitiesRegistry:
    """What ``wp_register_core_ability_categories`` and ``wp_register_core_abilities`` register."""
    categories = (
        AbilityCategory("site", "Site", "Abilities that retrieve or modify site information and settings."),
        AbilityCategory("user", "User", "Abilities that retrieve or modify user information and settings."),
    )
    abilities = (
        Ability(
            "core/get-site-info", "Get Site Information",
            "Returns site information configured in WordPress. By default returns all fields, or optionally a "
            "filtered subset.",
            "site", _fields_input(_SITE_INFO), _output(_SITE_INFO), _site_info, _can_manage_options,
            normalize_meta(_READONLY_PUBLIC),
        ),
        Ability(
            "core/get-user-info", "Get User Information",
            "Returns profile details for the current authenticated user to support personalization, auditing, and "
            "access-aware behavior. By default returns all fields, or optionally a filtered subset.",
            "user", _fields_input(_USER_INFO), _output(_USER_INFO), _user_info, _is_logged_in,
            normalize_meta(_READONLY_PUBLIC),
        ),
        Ability(
            "core/get-environment-info", "Get Environment Info",
            "Returns core details about the site's runtime context for diagnostics and compatibility (environment, "
            "PHP runtime, database server info, WordPress version). By default returns all fields, or optionally a "
            "filtered subset.",
            "site", _fields_input(_ENVIRONMENT_INFO), _output(_ENVIRONMENT_INFO), _environment_info,
            _can_manage_options, normalize_meta(_READONLY_PUBLIC),
        ),
    )
    return AbilitiesRegistry(categories, abilities)
