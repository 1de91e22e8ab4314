"""Roles from ``wp_user_roles`` and users' allcaps (``WP_User::get_role_caps``)."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.auth.roles import Roles, build_user, compute_allcaps, php_truthy
from broadsheet.auth.store import AuthStore

STOCK_COUNTS = {"administrator": 61, "editor": 34, "author": 10, "contributor": 5, "subscriber": 2}
LEVELS = {"administrator": 10, "editor": 7, "author": 2, "contributor": 1, "subscriber": 0}


def test_fixture_roles_have_stock_cap_counts(store: AuthStore) -> None:
    roles = store.roles
    assert roles.role_names == {
        "administrator": "Administrator", "editor": "Editor", "author": "Author",
        "contributor": "Contributor", "subscriber": "Subscriber",
    }
    assert {r.name: len(r.capabilities) for r in roles} == STOCK_COUNTS


@pytest.mark.parametrize("key", ["admin", "editor", "author", "contributor", "subscriber"])
def test_fixture_user_allcaps_are_role_caps_plus_role_slug(key: str, credentials: dict[str, Any], store: AuthStore) -> None:
    cred = credentials[key]
    user = store.get_user(cred["id"])
    assert user is not None
    role = store.roles.get_role(cred["role"])
    assert role is not None
    assert user.roles == [cred["role"]]
    assert user.allcaps == {**role.capabilities, cred["role"]: True}
    assert user.level == user.user_level == LEVELS[cred["role"]]
    assert user.caps == {cred["role"]: True}  # REST extra_capabilities


def test_user_lookup_by_login_email_slug(store: AuthStore) -> None:
    assert store.get_user_by("login", "editor").ID == 2  # type: ignore[union-attr]
    assert store.get_user_by("login", "Editor").ID == 2  # type: ignore[union-attr]
    assert store.get_user_by("email", "AUTHOR@example.test").ID == 3  # type: ignore[union-attr]
    assert store.get_user_by("slug", "mary-jane-watson").ID == 16  # type: ignore[union-attr]
    assert store.get_user_by("login", "nobody") is None
    assert store.get_user(0) is None


def test_many_users_load_in_one_call(store: AuthStore) -> None:
    users = store.get_users(range(1, 30))
    assert sorted(users) == list(range(1, 26))
    assert users[16].display_name == "Mary Jane Watson"


ROLES = Roles(
    {
        "editor": {"name": "Editor", "capabilities": {"edit_posts": True, "publish_posts": True, "level_7": True}},
        "shop": {"name": "Shop", "capabilities": {"manage_shop": True, "edit_posts": False}},
    }
)


def test_own_caps_override_role_caps() -> None:
    user = build_user({"ID": 9}, {"editor": True, "publish_posts": False, "extra": True}, ROLES)
    assert user.roles == ["editor"]
    assert user.allcaps == {"edit_posts": True, "publish_posts": False, "level_7": True, "editor": True, "extra": True}
    assert user.level == 7


def test_later_roles_override_earlier_ones() -> None:
    roles, allcaps = compute_allcaps({"editor": True, "shop": True}, ROLES)
    assert roles == ["editor", "shop"]
    assert allcaps["edit_posts"] is False and allcaps["manage_shop"] is True


def test_role_listed_false_still_counts_as_role() -> None:
    # WordPress keeps every caps key naming a role in $roles, whatever its value.
    user = build_user({"ID": 9}, {"editor": False}, ROLES)
    assert user.roles == ["editor"]
    assert user.allcaps["edit_posts"] is True and user.allcaps["editor"] is False


@pytest.mark.parametrize("stored", ["", "garbage", None, 5])
def test_non_array_capabilities_mean_no_roles(stored: object) -> None:
    user = build_user({"ID": 9}, stored, ROLES)
    assert user.roles == [] and user.allcaps == {}


def test_roles_accept_list_of_cap_names() -> None:
    roles = Roles({"helper": {"name": "Helper", "capabilities": ["read", "edit_posts"]}})
    assert roles.get_role("helper").has_cap("edit_posts")  # type: ignore[union-attr]


@pytest.mark.parametrize(("value", "truthy"), [("0", False), ("", False), ("1", True), (0, False), (True, True), ([], False)])
def test_php_truthy(value: object, truthy: bool) -> None:
    assert php_truthy(value) is truthy
