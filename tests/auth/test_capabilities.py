"""``map_meta_cap`` / ``user_can`` for the fixture roles (auth-and-permissions.md §3.3-3.4)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from broadsheet.auth.capabilities import (
    CommentRecord,
    PostRecord,
    TermRecord,
    is_protected_meta,
    map_meta_cap,
    user_can,
)
from broadsheet.auth.roles import User, anonymous_user
from broadsheet.auth.store import AuthStore
from broadsheet.auth.type_caps import CapabilityPolicy
from broadsheet.hooks import Hooks
from tests.auth.memory_store import MemoryCapabilityStore

ROLES = ["administrator", "editor", "author", "contributor", "subscriber"]
ROLE_IDS = {"administrator": 1, "editor": 2, "author": 3, "contributor": 4, "subscriber": 5}
OTHER_AUTHOR = 14  # author2, the author of "others'" posts
STATUSES = ["publish", "future", "draft", "pending", "private", "trash"]
ALL = set(ROLES)
STAFF = {"administrator", "editor"}
PUBLISHERS = STAFF | {"author"}
WRITERS = PUBLISHERS | {"contributor"}

#: (meta cap, whose post, status) → roles allowed; anonymous is never allowed anything here.
POST_MATRIX: dict[tuple[str, str, str], set[str]] = {}
for status in STATUSES:
    POST_MATRIX[("read_post", "others", status)] = ALL if status == "publish" else STAFF
    POST_MATRIX[("read_post", "own", status)] = ALL
    POST_MATRIX[("edit_post", "others", status)] = STAFF
    POST_MATRIX[("delete_post", "others", status)] = STAFF
    published = status in ("publish", "future")
    if status != "trash":
        POST_MATRIX[("edit_post", "own", status)] = PUBLISHERS if published else WRITERS
        POST_MATRIX[("delete_post", "own", status)] = PUBLISHERS if published else WRITERS
    POST_MATRIX[("publish_post", "others", status)] = PUBLISHERS
    POST_MATRIX[("publish_post", "own", status)] = PUBLISHERS


@pytest.fixture(scope="module")
def users(fixture_db) -> Iterator[dict[str, User]]:  # type: ignore[no-untyped-def]
    """The five reference users (built from the fixture database) and anonymous."""
    with fixture_db.engine.connect() as conn:
        store = AuthStore(conn, fixture_db.tables)
        loaded = store.get_users(ROLE_IDS.values())
        found = {role: loaded[uid] for role, uid in ROLE_IDS.items()}
        found[OTHER_AUTHOR] = store.get_user(OTHER_AUTHOR)  # type: ignore[index,assignment]
    found["anonymous"] = anonymous_user()
    yield found


def _post_store(role: str, whose: str, status: str, post_type: str = "post") -> tuple[MemoryCapabilityStore, int]:
    author = ROLE_IDS[role] if whose == "own" else OTHER_AUTHOR
    store = MemoryCapabilityStore(options={"default_category": "1", "page_on_front": "0"})
    store.add_post(PostRecord(10, post_type, status, author))
    return store, 10


@pytest.mark.parametrize(
    ("cap", "whose", "status", "role"),
    [
        pytest.param(cap, whose, status, role, id=f"{cap}-{whose}-{status}-{role}")
        for (cap, whose, status), role in itertools.product(POST_MATRIX, ROLES)
    ],
)
def test_post_meta_cap_matrix(cap: str, whose: str, status: str, role: str, users: dict[str, User]) -> None:
    store, post_id = _post_store(role, whose, status)
    expected = role in POST_MATRIX[(cap, whose, status)]
    assert user_can(users[role], cap, post_id, store=store) is expected


@pytest.mark.parametrize("cap", ["read_post", "edit_post", "delete_post", "publish_post"])
@pytest.mark.parametrize("status", STATUSES)
def test_anonymous_cannot_touch_posts(cap: str, status: str, users: dict[str, User]) -> None:
    store, post_id = _post_store("author", "others", status)
    assert user_can(users["anonymous"], cap, post_id, store=store) is False
    assert user_can(None, cap, post_id, store=store) is False


@pytest.mark.parametrize(
    ("before", "allowed"),
    [pytest.param("publish", PUBLISHERS, id="was-published"), pytest.param("draft", WRITERS, id="was-draft")],
)
@pytest.mark.parametrize("role", ROLES)
def test_own_trashed_post_uses_status_before_trash(before: str, allowed: set[str], role: str, users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    store.add_post(PostRecord(10, "post", "trash", ROLE_IDS[role]), _wp_trash_meta_status=before)
    assert user_can(users[role], "edit_post", 10, store=store) is (role in allowed)
    assert user_can(users[role], "delete_post", 10, store=store) is (role in allowed)


@pytest.mark.parametrize("role", ROLES)
def test_password_protected_published_post_is_readable(role: str, users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    store.add_post(PostRecord(10, "post", "publish", OTHER_AUTHOR, post_password="secret"))
    assert user_can(users[role], "read_post", 10, store=store)


@pytest.mark.parametrize(
    ("cap", "whose", "status", "allowed"),
    [
        pytest.param("edit_post", "others", "publish", STAFF, id="edit-others-page"),
        pytest.param("edit_post", "own", "draft", STAFF, id="edit-own-draft-page"),
        pytest.param("read_post", "others", "private", STAFF, id="read-others-private-page"),
        pytest.param("delete_post", "own", "publish", STAFF, id="delete-own-page"),
        pytest.param("publish_post", "own", "draft", STAFF, id="publish-page"),
    ],
)
@pytest.mark.parametrize("role", ROLES)
def test_pages_need_page_caps(cap: str, whose: str, status: str, allowed: set[str], role: str, users: dict[str, User]) -> None:
    store, post_id = _post_store(role, whose, status, "page")
    assert user_can(users[role], cap, post_id, store=store) is (role in allowed)


def test_revision_checks_parent_and_cannot_be_deleted(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    store.add_post(PostRecord(10, "post", "draft", ROLE_IDS["contributor"]))
    store.add_post(PostRecord(11, "revision", "inherit", ROLE_IDS["contributor"], post_parent=10))
    assert user_can(users["contributor"], "edit_post", 11, store=store)
    assert user_can(users["contributor"], "read_post", 11, store=store)
    assert not user_can(users["author"], "read_post", 11, store=store)
    assert map_meta_cap("delete_post", users["administrator"], 11, store=store) == ["do_not_allow"]
    assert not user_can(users["administrator"], "delete_post", 11, store=store)


def test_front_page_deletion_needs_manage_options(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore(options={"page_on_front": "7"})
    store.add_post(PostRecord(7, "page", "publish", ROLE_IDS["editor"]))
    assert map_meta_cap("delete_post", users["editor"], 7, store=store) == ["manage_options"]
    assert not user_can(users["editor"], "delete_post", 7, store=store)
    assert user_can(users["administrator"], "delete_post", 7, store=store)


def test_privacy_policy_page_needs_manage_privacy_options(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore(options={"wp_page_for_privacy_policy": "3"})
    store.add_post(PostRecord(3, "page", "draft", ROLE_IDS["editor"]))
    assert map_meta_cap("edit_post", users["editor"], 3, store=store) == ["edit_pages", "manage_options"]
    assert not user_can(users["editor"], "edit_post", 3, store=store)


@pytest.mark.parametrize(
    ("parent_status", "allowed"),
    [pytest.param("publish", ALL, id="published-parent"), pytest.param("private", STAFF, id="private-parent"),
     pytest.param(None, ALL, id="unattached")],
)
@pytest.mark.parametrize("role", ROLES)
def test_attachment_inherits_parent_status(parent_status: str | None, allowed: set[str], role: str, users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    if parent_status:
        store.add_post(PostRecord(10, "post", parent_status, OTHER_AUTHOR))
    store.add_post(PostRecord(20, "attachment", "inherit", OTHER_AUTHOR, post_parent=10 if parent_status else 0))
    assert user_can(users[role], "read_post", 20, store=store) is (role in allowed)


def test_missing_post_and_unregistered_type(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    store.add_post(PostRecord(5, "made_up_type", "publish", OTHER_AUTHOR))
    assert map_meta_cap("edit_post", users["administrator"], 99, store=store) == ["do_not_allow"]
    assert map_meta_cap("edit_post", users["administrator"], store=store) == ["do_not_allow"]
    assert map_meta_cap("read_post", users["editor"], 5, store=store) == ["edit_others_posts"]


def test_custom_post_type_meta_caps(users: dict[str, User]) -> None:
    policy = CapabilityPolicy()
    policy.register_post_type("book", ("book", "books"), map_meta_cap=True)
    store = MemoryCapabilityStore()
    store.add_post(PostRecord(5, "book", "draft", OTHER_AUTHOR))
    assert map_meta_cap("edit_book", users["editor"], 5, store=store, policy=policy) == ["edit_others_books"]
    # Unset, map_meta_cap is only on for post/page capability types without explicit capabilities.
    assert not policy.register_post_type("album", ("album", "albums")).map_meta_cap
    assert not policy.register_post_type("tape", capabilities={"edit_posts": "edit_tapes"}).map_meta_cap
    assert policy.register_post_type("note").map_meta_cap
    store.add_post(PostRecord(6, "album", "draft", OTHER_AUTHOR))
    assert map_meta_cap("edit_post", users["editor"], 6, store=store, policy=policy) == ["edit_album"]
    assert map_meta_cap("edit_blocks", users["editor"], store=store) == ["edit_posts"]


@pytest.fixture()
def term_store() -> MemoryCapabilityStore:
    store = MemoryCapabilityStore(options={"default_category": "1"})
    store.terms[1] = TermRecord(1, "category")
    store.terms[2] = TermRecord(2, "category")
    store.terms[3] = TermRecord(3, "post_tag")
    store.terms[4] = TermRecord(4, "nav_menu")
    return store


@pytest.mark.parametrize(
    ("cap", "term", "allowed"),
    [
        pytest.param("edit_term", 2, STAFF, id="edit-category"),
        pytest.param("delete_term", 2, STAFF, id="delete-category"),
        pytest.param("assign_term", 2, WRITERS, id="assign-category"),
        pytest.param("delete_term", 1, set(), id="delete-default-category"),
        pytest.param("edit_term", 3, STAFF, id="edit-tag"),
        pytest.param("assign_term", 3, WRITERS, id="assign-tag"),
        pytest.param("edit_term", 4, {"administrator"}, id="edit-menu"),
        pytest.param("edit_term", 99, set(), id="missing-term"),
        pytest.param("edit_categories", None, STAFF, id="edit-categories"),
        pytest.param("assign_post_tags", None, WRITERS, id="assign-post-tags"),
    ],
)
@pytest.mark.parametrize("role", ROLES)
def test_term_caps(cap: str, term: int | None, allowed: set[str], role: str, users: dict[str, User], term_store: MemoryCapabilityStore) -> None:
    args = () if term is None else (term,)
    assert user_can(users[role], cap, *args, store=term_store) is (role in allowed)


@pytest.mark.parametrize(
    ("cap", "target", "allowed"),
    [
        pytest.param("edit_user", "self", ALL, id="edit-self"),
        pytest.param("edit_user", "other", {"administrator"}, id="edit-other"),
        pytest.param("delete_user", "other", {"administrator"}, id="delete-user"),
        pytest.param("promote_user", "other", {"administrator"}, id="promote-user"),
        pytest.param("remove_user", "self", {"administrator"}, id="remove-self"),
        pytest.param("list_users", None, {"administrator"}, id="list-users"),
        pytest.param("create_users", None, {"administrator"}, id="create-users"),
        pytest.param("create_app_password", "self", ALL, id="app-password-self"),
        pytest.param("list_app_passwords", "other", {"administrator"}, id="app-password-other"),
        pytest.param("moderate_comments", None, STAFF, id="moderate-comments"),
        pytest.param("unfiltered_html", None, STAFF, id="unfiltered-html"),
        pytest.param("manage_options", None, {"administrator"}, id="manage-options"),
        pytest.param("upload_files", None, PUBLISHERS, id="upload-files"),
        pytest.param("read_private_posts", None, STAFF, id="read-private-posts"),
        pytest.param("edit_others_posts", None, STAFF, id="edit-others-posts"),
        pytest.param("publish_pages", None, STAFF, id="publish-pages"),
        pytest.param("manage_links", None, set(), id="link-manager-off"),
        pytest.param("install_languages", None, {"administrator"}, id="granted-install-languages"),
        pytest.param("view_site_health_checks", None, {"administrator"}, id="granted-site-health"),
        pytest.param("read", None, ALL, id="read"),
        pytest.param("exist", None, ALL, id="exist"),
        pytest.param("do_not_allow", None, set(), id="do-not-allow"),
    ],
)
@pytest.mark.parametrize("role", ROLES)
def test_user_and_site_caps(cap: str, target: str | None, allowed: set[str], role: str, users: dict[str, User]) -> None:
    store = MemoryCapabilityStore(options={"link_manager_enabled": "0"}, users={u.ID: u for u in users.values() if isinstance(u, User)})
    args = () if target is None else ((users[role].ID,) if target == "self" else (OTHER_AUTHOR,))
    assert user_can(users[role], cap, *args, store=store) is (role in allowed)


def test_anonymous_has_only_exist(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    assert user_can(None, "exist", store=store)
    assert not user_can(None, "read", store=store)
    assert not user_can(None, "edit_user", 0, store=store)


def test_disallow_unfiltered_html_denies_admins(users: dict[str, User]) -> None:
    policy = CapabilityPolicy(disallow_unfiltered_html=True)
    assert not user_can(users["administrator"], "unfiltered_html", store=MemoryCapabilityStore(), policy=policy)


def test_multisite_super_admin_has_everything_but_do_not_allow(users: dict[str, User]) -> None:
    policy = CapabilityPolicy(multisite=True, super_admins=("editor",))
    store = MemoryCapabilityStore()
    assert user_can(users["editor"], "manage_network", store=store, policy=policy)
    assert not user_can(users["editor"], "do_not_allow", store=store, policy=policy)
    assert not user_can(users["administrator"], "unfiltered_html", store=store, policy=policy)
    assert not user_can(users["administrator"], "delete_user", 5, store=store, policy=policy)


@pytest.mark.parametrize(("role", "allowed"), [(r, r in STAFF) for r in ROLES] + [("author-own", True)])
def test_edit_comment_follows_its_post(role: str, allowed: bool, users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    store.add_post(PostRecord(10, "post", "publish", OTHER_AUTHOR))
    store.add_post(PostRecord(11, "post", "publish", ROLE_IDS["author"]))
    store.comments[7] = CommentRecord(7, 10)
    store.comments[9] = CommentRecord(9, 11)
    store.comments[8] = CommentRecord(8, 999)  # orphaned: falls back to edit_posts
    if role == "author-own":
        assert user_can(users["author"], "edit_comment", 9, store=store)
    else:
        assert user_can(users[role], "edit_comment", 7, store=store) is allowed
    assert user_can(users["contributor"], "edit_comment", 8, store=store)
    assert not user_can(users["subscriber"], "edit_comment", 8, store=store)


def test_meta_caps_protect_underscore_keys(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    store.add_post(PostRecord(10, "post", "draft", ROLE_IDS["author"]))
    assert user_can(users["author"], "edit_post_meta", 10, "color", store=store)
    assert not user_can(users["author"], "edit_post_meta", 10, "_secret", store=store)
    assert not user_can(users["administrator"], "edit_post_meta", 10, "_secret", store=store)
    assert not user_can(users["administrator"], "edit_post_meta", 99, "color", store=store)
    hooks = Hooks()
    hooks.add_filter("auth_post_meta__secret_for_post", lambda allowed, *a: True, 10, 6)
    assert user_can(users["author"], "edit_post_meta", 10, "_secret", store=store, hooks=hooks)


@pytest.mark.parametrize(
    ("key", "protected"),
    [("_edit_lock", True), ("footnotes", False), ("\x01_hidden", True), (" _x", False), ("", False)],
)
def test_is_protected_meta(key: str, protected: bool) -> None:
    assert is_protected_meta(key) is protected


def test_filters_map_meta_cap_and_user_has_cap(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    hooks = Hooks()
    hooks.add_filter("map_meta_cap", lambda caps, cap, *a: ["manage_options"] if cap == "edit_thing" else caps, 10, 4)
    assert user_can(users["administrator"], "edit_thing", store=store, hooks=hooks)
    assert not user_can(users["editor"], "edit_thing", store=store, hooks=hooks)
    hooks.add_filter("user_has_cap", lambda allcaps, *a: {**allcaps, "manage_options": True}, 10, 4)
    assert user_can(users["editor"], "edit_thing", store=store, hooks=hooks)


def test_store_policy_is_used_when_none_given(users: dict[str, User]) -> None:
    store = MemoryCapabilityStore()
    store.capability_policy = CapabilityPolicy(disallow_unfiltered_html=True)  # type: ignore[attr-defined]
    assert not user_can(users["administrator"], "unfiltered_html", store=store)


def test_policy_accepts_the_sites_content_registries(users: dict[str, User]) -> None:
    from broadsheet.content.post_types import PostTypeRegistry
    from broadsheet.content.statuses import StatusRegistry
    from broadsheet.content.taxonomies import TaxonomyRegistry

    policy = CapabilityPolicy(post_types=PostTypeRegistry(), taxonomies=TaxonomyRegistry(), statuses=StatusRegistry())
    store, post_id = _post_store("author", "others", "private")
    store.terms[2] = TermRecord(2, "category")
    assert user_can(users["editor"], "read_post", post_id, store=store, policy=policy)
    assert not user_can(users["author"], "read_post", post_id, store=store, policy=policy)
    assert user_can(users["contributor"], "assign_term", 2, store=store, policy=policy)
    assert not user_can(users["author"], "edit_term", 2, store=store, policy=policy)
    assert user_can(users["editor"], "edit_posts", store=store, policy=policy)
