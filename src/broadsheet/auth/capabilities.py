"""Meta capabilities (``map_meta_cap``) and capability checks (``user_can``), as WordPress 7.1.4's ``capabilities.php``.

``map_meta_cap`` turns a capability asked about an object (``edit_post`` of post 12) into the
primitive caps the user must hold (``edit_others_posts`` + ``edit_published_posts``);
``user_can`` then checks them against the user's ``allcaps`` (``WP_User::has_cap``). Objects are
read through a :class:`CapabilityStore`, so this module does no I/O itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from broadsheet.auth.roles import User, anonymous_user, php_truthy
from broadsheet.auth.type_caps import CapabilityPolicy
from broadsheet.hooks import Hooks

__all__ = [
    "CapabilityStore",
    "CommentRecord",
    "PostRecord",
    "TermRecord",
    "get_post_status",
    "is_protected_meta",
    "is_super_admin",
    "map_meta_cap",
    "user_can",
]

_DEFAULT_POLICY = CapabilityPolicy()
_BLOCK_CAPS = frozenset(
    {
        "edit_blocks",
        "edit_others_blocks",
        "publish_blocks",
        "read_private_blocks",
        "delete_blocks",
        "delete_private_blocks",
        "delete_published_blocks",
        "delete_others_blocks",
        "edit_private_blocks",
        "edit_published_blocks",
    }
)
_META_OBJECT_CAPS = frozenset(
    f"{verb}_{obj}_meta" for verb in ("edit", "delete", "add") for obj in ("post", "comment", "term", "user")
)
_FILE_MOD_CAPS = frozenset(
    {
        "update_plugins",
        "delete_plugins",
        "install_plugins",
        "upload_plugins",
        "update_themes",
        "delete_themes",
        "install_themes",
        "upload_themes",
        "update_core",
    }
)


@dataclass(frozen=True)
class PostRecord:
    """The post fields capability checks read."""

    ID: int
    post_type: str = "post"
    post_status: str = "publish"
    post_author: int = 0
    post_parent: int = 0
    post_password: str = ""


@dataclass(frozen=True)
class TermRecord:
    """The term fields capability checks read."""

    term_id: int
    taxonomy: str


@dataclass(frozen=True)
class CommentRecord:
    """The comment fields capability checks read."""

    comment_ID: int
    comment_post_ID: int
    user_id: int = 0
    comment_type: str = "comment"


class CapabilityStore(Protocol):
    """Read access to the objects ``map_meta_cap`` looks at."""

    def get_post(self, post_id: int) -> PostRecord | None:
        """The post, or None."""
        ...

    def get_post_meta(self, post_id: int, key: str) -> Any:
        """The single meta value (``""`` when absent), as ``get_post_meta($id, $key, true)``."""
        ...

    def get_term(self, term_id: int) -> TermRecord | None:
        """The term, or None."""
        ...

    def get_comment(self, comment_id: int) -> CommentRecord | None:
        """The comment, or None."""
        ...

    def get_option(self, name: str) -> Any:
        """The decoded option value, or None when absent."""
        ...

    def get_user(self, user_id: int) -> User | None:
        """The user with roles and caps, or None."""
        ...


def _php_int(value: Any) -> int:
    """PHP ``(int)`` of an option value: leading digits, else 0."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    match = re.match(r"\s*[+-]?\d+", str(value or ""))
    return int(match.group()) if match else 0


def is_protected_meta(meta_key: str) -> bool:
    """Whether a meta key is protected (starts with ``_`` once odd characters are removed)."""
    # PHP strips /[^\x20-\x7E\p{L}]/ first, so a leading control character does not hide the "_".
    sanitized = "".join(c for c in meta_key if " " <= c <= "~" or c.isalpha())
    return sanitized.startswith("_")


def get_post_status(post: PostRecord, store: CapabilityStore, _depth: int = 0) -> str:
    """A post's effective status; attachments with ``inherit`` take their parent's (``get_post_status``)."""
    status = post.post_status
    if post.post_type != "attachment":
        return status
    if status == "inherit":
        parent = store.get_post(post.post_parent) if post.post_parent else None
        if not post.post_parent or parent is None or post.ID == post.post_parent or _depth > 8:
            return "publish"
        parent_status = get_post_status(parent, store, _depth + 1)
        if parent_status == "trash":
            return str(store.get_post_meta(parent.ID, "_wp_trash_meta_status") or "publish")
        return parent_status
    if status not in ("private", "trash", "auto-draft"):
        return "publish"
    return status


def is_super_admin(user: User, store: CapabilityStore, policy: CapabilityPolicy = _DEFAULT_POLICY) -> bool:
    """Multisite: login listed in super admins. Single site: the user can ``delete_users``."""
    if not user.exists():
        return False
    if policy.multisite:
        return user.user_login in policy.super_admins
    return user_can(user, "delete_users", store=store, policy=policy)


def _is_owner(post: PostRecord, user: User) -> bool:
    """``$post->post_author && $user_id === (int) $post->post_author``."""
    return bool(post.post_author) and user.ID == int(post.post_author)


def _post_object_caps(user: User, post: PostRecord, cap: Mapping[str, str], verb: str, store: CapabilityStore) -> list[str]:
    """The own/others' × status rule shared by ``edit_post`` and ``delete_post`` (verb: edit|delete)."""
    caps: list[str] = []
    if _is_owner(post, user):
        if post.post_status in ("publish", "future"):
            caps.append(cap[f"{verb}_published_posts"])
        elif post.post_status == "trash":
            before = store.get_post_meta(post.ID, "_wp_trash_meta_status")
            caps.append(cap[f"{verb}_published_posts" if before in ("publish", "future") else f"{verb}_posts"])
        else:
            caps.append(cap[f"{verb}_posts"])
    else:
        caps.append(cap[f"{verb}_others_posts"])
        if post.post_status in ("publish", "future"):
            caps.append(cap[f"{verb}_published_posts"])
        elif post.post_status == "private":
            caps.append(cap[f"{verb}_private_posts"])
    return caps


class _Mapper:
    """One ``map_meta_cap`` evaluation (carries the store, policy and hooks through recursion)."""

    def __init__(self, store: CapabilityStore, policy: CapabilityPolicy, hooks: Hooks | None) -> None:
        self.store = store
        self.policy = policy
        self.hooks = hooks

    def map(self, cap: str, user: User, args: tuple[Any, ...]) -> list[str]:
        """``map_meta_cap($cap, $user_id, ...$args)``."""
        caps = self._map(cap, user, args)
        if self.hooks is not None:
            caps = list(self.hooks.apply_filters("map_meta_cap", caps, cap, user.ID, list(args)))
        return caps

    def _super(self, user: User) -> bool:
        return is_super_admin(user, self.store, self.policy)

    def _map(self, cap: str, user: User, args: tuple[Any, ...]) -> list[str]:
        policy, store = self.policy, self.store
        multisite = policy.multisite
        if cap == "remove_user":
            if args and user.ID == _php_int(args[0]) and not self._super(user):
                return ["do_not_allow"]
            return ["remove_users"]
        if cap in ("promote_user", "add_users"):
            return ["promote_users"]
        if cap in ("edit_user", "edit_users"):
            if user.ID < 1:
                return ["do_not_allow"]
            if cap == "edit_user" and args and user.ID == _php_int(args[0]):
                return []
            if multisite:
                target = store.get_user(_php_int(args[0])) if args else None
                if (
                    not self._super(user) and cap == "edit_user" and target is not None and self._super(target)
                ) or not user_can(user, "manage_network_users", store=store, policy=policy, hooks=self.hooks):
                    return ["do_not_allow"]
            return ["edit_users"]
        if cap in ("delete_post", "delete_page", "edit_post", "edit_page", "read_post", "read_page", "publish_post"):
            return self._map_post(cap, user, args)
        if cap in _META_OBJECT_CAPS:
            return self._map_object_meta(cap, user, args)
        if cap == "edit_comment":
            if not args:
                return ["do_not_allow"]
            comment = store.get_comment(_php_int(args[0]))
            if comment is None:
                return ["do_not_allow"]
            post = store.get_post(comment.comment_post_ID)
            if post is not None:
                return self.map("edit_post", user, (post.ID,))
            return self.map("edit_posts", user, ())
        if cap == "unfiltered_upload":
            ok = policy.allow_unfiltered_uploads and (not multisite or self._super(user))
            return [cap] if ok else ["do_not_allow"]
        if cap in ("edit_css", "unfiltered_html"):
            if policy.disallow_unfiltered_html or (multisite and not self._super(user)):
                return ["do_not_allow"]
            return ["unfiltered_html"]
        if cap in ("edit_files", "edit_plugins", "edit_themes"):
            if policy.disallow_file_edit or policy.disallow_file_mods or (multisite and not self._super(user)):
                return ["do_not_allow"]
            return [cap]
        if cap in _FILE_MOD_CAPS:
            if policy.disallow_file_mods or (multisite and not self._super(user)):
                return ["do_not_allow"]
            return [{"upload_themes": "install_themes", "upload_plugins": "install_plugins"}.get(cap, cap)]
        if cap in ("install_languages", "update_languages"):
            if policy.disallow_file_mods or (multisite and not self._super(user)):
                return ["do_not_allow"]
            return ["install_languages"]
        if cap in ("activate_plugins", "deactivate_plugins", "activate_plugin", "deactivate_plugin"):
            # Multisite: the network's plugin menu setting is not modelled; require the network cap.
            return ["activate_plugins", "manage_network_plugins"] if multisite else ["activate_plugins"]
        if cap == "resume_plugin":
            return ["resume_plugins"]
        if cap == "resume_theme":
            return ["resume_themes"]
        if cap in ("delete_user", "delete_users"):
            return ["do_not_allow"] if multisite and not self._super(user) else ["delete_users"]
        if cap == "create_users":
            if not multisite or self._super(user) or php_truthy(store.get_option("add_new_users")):
                return [cap]
            return ["do_not_allow"]
        if cap == "manage_links":
            return [cap] if php_truthy(store.get_option("link_manager_enabled")) else ["do_not_allow"]
        if cap == "customize":
            return ["edit_theme_options"]
        if cap == "delete_site":
            return ["manage_options"] if multisite else ["do_not_allow"]
        if cap in ("edit_term", "delete_term", "assign_term"):
            return self._map_term(cap, user, args)
        if cap in ("manage_post_tags", "edit_categories", "edit_post_tags", "delete_categories", "delete_post_tags"):
            return ["manage_categories"]
        if cap in ("assign_categories", "assign_post_tags"):
            return ["edit_posts"]
        if cap in (
            "create_sites",
            "delete_sites",
            "manage_network",
            "manage_sites",
            "manage_network_users",
            "manage_network_plugins",
            "manage_network_themes",
            "manage_network_options",
            "upgrade_network",
        ):
            return [cap]
        if cap == "setup_network":
            return ["manage_network_options"] if multisite else ["manage_options"]
        if cap == "update_php":
            return ["do_not_allow"] if multisite and not self._super(user) else ["update_core"]
        if cap == "update_https":
            return ["do_not_allow"] if multisite and not self._super(user) else ["manage_options", "update_core"]
        if cap in ("export_others_personal_data", "erase_others_personal_data", "manage_privacy_options"):
            return ["manage_network"] if multisite else ["manage_options"]
        if cap in (
            "create_app_password",
            "list_app_passwords",
            "read_app_password",
            "edit_app_password",
            "delete_app_passwords",
            "delete_app_password",
        ):
            return self.map("edit_user", user, args[:1])
        meta_caps = policy.post_type_meta_caps()
        if cap in meta_caps:
            return self.map(meta_caps[cap], user, args)
        if cap in _BLOCK_CAPS:
            return [cap.replace("_blocks", "_posts")]
        return [cap]

    def _map_post(self, cap: str, user: User, args: tuple[Any, ...]) -> list[str]:
        """``edit_post`` / ``delete_post`` / ``read_post`` / ``publish_post`` (and the ``_page`` aliases)."""
        store = self.store
        if not args:
            return ["do_not_allow"]
        post = store.get_post(_php_int(args[0]))
        if post is None:
            return ["do_not_allow"]
        verb = cap.split("_", 1)[0]
        if post.post_type == "revision":
            if verb == "delete":
                return ["do_not_allow"]
            if verb in ("edit", "read"):
                parent = store.get_post(post.post_parent)
                if parent is None:
                    return ["do_not_allow"]
                post = parent
        if verb == "delete" and post.ID in (
            _php_int(store.get_option("page_for_posts")),
            _php_int(store.get_option("page_on_front")),
        ):
            return ["manage_options"]
        ptype = self.policy.post_type(post.post_type)
        if ptype is None:
            return ["edit_others_posts"]
        if verb == "publish":
            return [ptype.cap["publish_posts"]]
        if not ptype.map_meta_cap:
            # ``edit_page`` on such a type reads an absent property: PHP gets null, which nobody has.
            return [ptype.cap.get(cap, "do_not_allow")]
        if verb == "read":
            return self._map_read(user, post, ptype)
        caps = _post_object_caps(user, post, ptype.cap, verb, store)
        if _php_int(store.get_option("wp_page_for_privacy_policy")) == post.ID:
            caps += self.map("manage_privacy_options", user, ())
        return caps

    def _map_read(self, user: User, post: PostRecord, ptype: Any) -> list[str]:
        """``read_post``: public → read; own → read; private → read_private_posts; else as edit_post."""
        status = self.policy.status(get_post_status(post, self.store))
        if status is None:
            return ["edit_others_posts"]
        if status.public or _is_owner(post, user):
            return [ptype.cap["read"]]
        if status.private:
            return [ptype.cap["read_private_posts"]]
        return self.map("edit_post", user, (post.ID,))

    def _map_term(self, cap: str, user: User, args: tuple[Any, ...]) -> list[str]:
        """``edit_term`` / ``delete_term`` / ``assign_term`` through the taxonomy's caps."""
        if not args:
            return ["do_not_allow"]
        term_id = _php_int(args[0])
        term = self.store.get_term(term_id)
        if term is None:
            return ["do_not_allow"]
        tax = self.policy.taxonomy(term.taxonomy)
        if tax is None:
            return ["do_not_allow"]
        if cap == "delete_term" and term.term_id in (
            _php_int(self.store.get_option(f"default_{term.taxonomy}")),
            _php_int(self.store.get_option(f"default_term_{term.taxonomy}")),
        ):
            return ["do_not_allow"]
        return self.map(tax.cap[cap + "s"], user, (term_id,))

    def _object_subtype(self, object_type: str, object_id: int) -> str:
        """``get_object_subtype``: post type, taxonomy, ``comment`` or ``user``; ``""`` when missing."""
        if object_type == "post":
            post = self.store.get_post(object_id)
            return post.post_type if post else ""
        if object_type == "term":
            term = self.store.get_term(object_id)
            return term.taxonomy if term else ""
        if object_type == "comment":
            return "comment" if self.store.get_comment(object_id) else ""
        return "user" if self.store.get_user(object_id) else ""

    def _map_object_meta(self, cap: str, user: User, args: tuple[Any, ...]) -> list[str]:
        """``{edit,delete,add}_{post,comment,term,user}_meta``: edit the object, and the key unprotected."""
        object_type = cap.split("_")[1]
        if not args:
            return ["do_not_allow"]
        object_id = _php_int(args[0])
        subtype = self._object_subtype(object_type, object_id)
        if not subtype:
            return ["do_not_allow"]
        caps = self.map(f"edit_{object_type}", user, (object_id,))
        meta_key = args[1] if len(args) > 1 else None
        if meta_key:
            allowed = not is_protected_meta(str(meta_key))
            if self.hooks is not None:
                specific = f"auth_{object_type}_meta_{meta_key}_for_{subtype}"
                name = specific if self.hooks.has_filter(specific) else f"auth_{object_type}_meta_{meta_key}"
                allowed = self.hooks.apply_filters(name, allowed, meta_key, object_id, user.ID, cap, caps)
            if not allowed:
                caps = caps + [cap]
        return caps


def _policy(store: CapabilityStore, policy: CapabilityPolicy | None) -> CapabilityPolicy:
    """The explicit policy, else the store's ``capability_policy`` (site registries), else core's."""
    return policy or getattr(store, "capability_policy", None) or _DEFAULT_POLICY


def map_meta_cap(
    cap: str,
    user: User,
    *args: Any,
    store: CapabilityStore,
    policy: CapabilityPolicy | None = None,
    hooks: Hooks | None = None,
) -> list[str]:
    """The primitive capabilities ``user`` needs for ``cap`` on the object in ``args`` (``map_meta_cap``)."""
    return _Mapper(store, _policy(store, policy), hooks).map(cap, user, args)


def _default_grants(allcaps: dict[str, Any], user: User, store: CapabilityStore, policy: CapabilityPolicy) -> None:
    """WordPress's own ``user_has_cap`` filters: install_languages, resume_*, view_site_health_checks."""
    if any(php_truthy(allcaps.get(c)) for c in ("update_core", "install_plugins", "install_themes")):
        allcaps["install_languages"] = True
    if php_truthy(allcaps.get("activate_plugins")):
        allcaps["resume_plugins"] = True
    if php_truthy(allcaps.get("switch_themes")):
        allcaps["resume_themes"] = True
    if php_truthy(allcaps.get("install_plugins")) and (not policy.multisite or is_super_admin(user, store, policy)):
        allcaps["view_site_health_checks"] = True


def user_can(
    user: User | None,
    cap: str,
    *args: Any,
    store: CapabilityStore,
    policy: CapabilityPolicy | None = None,
    hooks: Hooks | None = None,
) -> bool:
    """Whether ``user`` (None: anonymous) has ``cap``, meta caps resolved against ``args`` (``WP_User::has_cap``)."""
    policy = _policy(store, policy)
    user = user or anonymous_user()
    caps = _Mapper(store, policy, hooks).map(cap, user, args)
    if policy.multisite and is_super_admin(user, store, policy):
        return "do_not_allow" not in caps
    capabilities = dict(user.allcaps)
    _default_grants(capabilities, user, store, policy)
    if hooks is not None:
        capabilities = dict(hooks.apply_filters("user_has_cap", capabilities, caps, [cap, user.ID, *args], user))
    capabilities["exist"] = True
    capabilities.pop("do_not_allow", None)
    return all(php_truthy(capabilities.get(c)) for c in caps)
