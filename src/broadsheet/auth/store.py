"""``AuthStore``: the users, usermeta and options the auth layer reads and writes, through SQLAlchemy Core.

One instance serves one request or unit of work on an open ``Connection`` (the caller owns the
transaction). Users are loaded with their ``{prefix}capabilities`` and ``{prefix}user_level`` in
two queries, and many users at once in two queries too (:meth:`AuthStore.get_users`).
"""

from __future__ import annotations

import hashlib
import time as _time
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, func, select

from broadsheet.auth import app_passwords as ap
from broadsheet.auth.errors import AuthError
from broadsheet.auth.roles import Roles, User, build_user
from broadsheet.auth.salts import Salts, generate_password
from broadsheet.storage.meta import delete_meta, get_meta, load_meta, update_meta
from broadsheet.storage.options import Options
from broadsheet.storage.tables import WPTables

__all__ = ["AuthStore", "hash_token"]

_USER_FIELDS = {"id": "ID", "ID": "ID", "login": "user_login", "email": "user_email", "slug": "user_nicename"}


def hash_token(token: str) -> str:
    """The session-token verifier stored as the key of ``session_tokens`` (sha256 hex)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class AuthStore:
    """Users, usermeta and options for the auth layer on one connection."""

    def __init__(
        self,
        conn: Connection,
        tables: WPTables,
        *,
        options: Options | None = None,
        option_values: Mapping[str, Any] | None = None,
        config_salts: Mapping[str, str] | None = None,
    ) -> None:
        """``option_values``: an already-loaded options snapshot (unserialized), read before the table."""
        self.conn = conn
        self.tables = tables
        self.options = options or Options(tables, conn)
        self._option_values = option_values or {}
        self._roles: Roles | None = None
        self._users: dict[int, User] = {}
        self._salts: Salts | None = None
        self._config_salts = config_salts

    # -- options ------------------------------------------------------------------------
    def get_option(self, name: str, default: Any = None) -> Any:
        """The decoded option, or ``default``."""
        if name in self._option_values:
            return self._option_values[name]
        return self.options.get(name, default)

    def update_option(self, name: str, value: Any) -> None:
        """Write an option (``update_option``); the snapshot no longer answers for it."""
        self.options.update(name, value)
        if name in self._option_values:
            self._option_values = {k: v for k, v in self._option_values.items() if k != name}

    @property
    def roles(self) -> Roles:
        """The site's roles from ``{prefix}user_roles``."""
        if self._roles is None:
            value = self.get_option(f"{self.tables.prefix}user_roles", {})
            self._roles = Roles(value if isinstance(value, Mapping) else {})
        return self._roles

    @property
    def salts(self) -> Salts:
        """``wp_salt`` over the wp-config constants given, falling back to (and creating) options."""
        if self._salts is None:
            self._salts = Salts(self._config_salts, self.get_option, self.update_option)
        return self._salts

    # -- usermeta -----------------------------------------------------------------------
    def get_user_meta(self, user_id: int, key: str) -> Any:
        """The first value of ``key`` (unserialized), ``""`` when absent (``get_user_meta(..., true)``)."""
        return get_meta(self.conn, "user", user_id, key, single=True, tables=self.tables)

    def update_user_meta(self, user_id: int, key: str, value: Any) -> bool:
        """Set ``key`` on the user (``update_user_meta``); False when unchanged."""
        return bool(update_meta(self.conn, "user", user_id, key, value, tables=self.tables))

    def delete_user_meta(self, user_id: int, key: str) -> bool:
        """Remove every ``key`` row of the user."""
        return delete_meta(self.conn, "user", user_id, key, tables=self.tables)

    # -- users --------------------------------------------------------------------------
    def get_user(self, user_id: int) -> User | None:
        """The user with roles and caps, or None (``get_userdata``)."""
        if user_id <= 0:
            return None
        return self.get_users([user_id]).get(user_id)

    def get_user_by(self, field: str, value: Any) -> User | None:
        """``get_user_by('id'|'login'|'email'|'slug', value)``; login and email match case-insensitively."""
        column_name = _USER_FIELDS.get(field)
        if column_name is None or value in (None, ""):
            return None
        if column_name == "ID":
            try:
                return self.get_user(int(value))
            except (TypeError, ValueError):
                return None
        value = str(value).strip()
        t = self.tables.users
        column = t.c[column_name]
        row = self.conn.execute(select(t.c.ID).where(column == value).limit(1)).first()
        if row is None and field in ("login", "email"):
            # MySQL compares with a case-insensitive collation; do the same on other engines.
            row = self.conn.execute(select(t.c.ID).where(func.lower(column) == value.lower()).limit(1)).first()
        return None if row is None else self.get_user(int(row[0]))

    def get_users(self, user_ids: Iterable[int]) -> dict[int, User]:
        """Users by id in two queries (rows, then their capabilities/user_level meta); missing ids are absent."""
        wanted = [i for i in dict.fromkeys(int(u) for u in user_ids) if i > 0 and i not in self._users]
        if wanted:
            t = self.tables.users
            rows = {int(r._mapping["ID"]): dict(r._mapping) for r in self.conn.execute(select(t).where(t.c.ID.in_(wanted)))}
            caps_key = f"{self.tables.prefix}capabilities"
            level_key = f"{self.tables.prefix}user_level"
            meta = load_meta(self.conn, "user", rows, keys=[caps_key, level_key], unserialize=True, tables=self.tables)
            for uid, row in rows.items():
                own = meta.get(uid, {})
                caps = own.get(caps_key, [""])[0]
                level = own.get(level_key, [None])[0]
                self._users[uid] = build_user(row, caps, self.roles, level)
        return {i: self._users[i] for i in (int(u) for u in user_ids) if i in self._users}

    def forget_user(self, user_id: int) -> None:
        """Drop a cached user (after its row or caps change)."""
        self._users.pop(user_id, None)

    # -- application passwords ----------------------------------------------------------
    def get_application_passwords(self, user_id: int) -> ap.PasswordItems:
        """The user's items; ones missing a uuid get one and are saved (``get_user_application_passwords``)."""
        items, changed = ap.items_from_meta(self.get_user_meta(user_id, ap.USERMETA_KEY))
        if changed:
            self.set_application_passwords(user_id, items)
        return items

    def set_application_passwords(self, user_id: int, items: ap.PasswordItems) -> bool:
        """Save the user's items."""
        return self.update_user_meta(user_id, ap.USERMETA_KEY, ap.items_to_meta(items))

    def application_passwords_in_use(self) -> bool:
        """Whether any application password was ever created (option ``using_application_passwords``)."""
        value = self.get_option(ap.OPTION_KEY_IN_USE, False)
        return value not in (None, False, "", "0", 0)

    def create_application_password(
        self, user_id: int, name: str, app_id: str = "", *, now: int | None = None
    ) -> tuple[str, dict[str, Any]] | AuthError:
        """Create, save and mark application passwords as in use; (plain password, item) or an error."""
        result = ap.create_application_password(self.get_application_passwords(user_id), name, app_id, now=now)
        if isinstance(result, AuthError):
            return result
        plain, item, items = result
        self.set_application_passwords(user_id, items)
        if not self.application_passwords_in_use():
            self.update_option(ap.OPTION_KEY_IN_USE, True)
        return plain, item

    def update_application_password(self, user_id: int, uuid: str, name: str | None) -> AuthError | None:
        """Rename one item (name already sanitized); the not-found error, else None."""
        result = ap.update_application_password(self.get_application_passwords(user_id), uuid, name)
        if isinstance(result, AuthError):
            return result
        if result is not None:
            self.set_application_passwords(user_id, result)
        return None

    def delete_application_password(self, user_id: int, uuid: str) -> AuthError | None:
        """Delete one item; the not-found error, else None."""
        result = ap.delete_application_password(self.get_application_passwords(user_id), uuid)
        if isinstance(result, AuthError):
            return result
        self.set_application_passwords(user_id, result)
        return None

    def delete_all_application_passwords(self, user_id: int) -> int:
        """Delete every item of the user; how many there were."""
        items = self.get_application_passwords(user_id)
        if items:
            self.set_application_passwords(user_id, {})
        return len(items)

    def record_application_password_usage(
        self, user_id: int, uuid: str, ip: str | None, *, now: int | None = None
    ) -> AuthError | None:
        """Write ``last_used``/``last_ip`` (at most once a day); the not-found error, else None."""
        result = ap.record_usage(self.get_application_passwords(user_id), uuid, ip, now=now)
        if isinstance(result, AuthError):
            return result
        if result is not None:
            self.set_application_passwords(user_id, result)
        return None

    # -- sessions (WP_User_Meta_Session_Tokens) ------------------------------------------
    def get_sessions(self, user_id: int, *, now: float | None = None) -> dict[str, dict[str, Any]]:
        """Still-valid sessions by verifier; a bare int session is its expiration."""
        now = _time.time() if now is None else now
        raw = self.get_user_meta(user_id, "session_tokens")
        if not isinstance(raw, Mapping):
            return {}
        sessions: dict[str, dict[str, Any]] = {}
        for verifier, session in raw.items():
            entry = {"expiration": session} if isinstance(session, int) else dict(session or {})
            try:
                valid = int(entry.get("expiration") or 0) >= now
            except (TypeError, ValueError):
                valid = False
            if valid:
                sessions[str(verifier)] = entry
        return sessions

    def verify_session_token(self, user_id: int, token: str, *, now: float | None = None) -> bool:
        """Whether ``token`` names a live session of the user."""
        return hash_token(token) in self.get_sessions(user_id, now=now)

    def create_session(
        self, user_id: int, expiration: int, *, ip: str = "", ua: str = "", now: int | None = None
    ) -> str:
        """Start a session and return its 43-character token (``WP_Session_Tokens::create``)."""
        login = int(_time.time()) if now is None else now
        token = generate_password(43, False, False)
        sessions = self.get_sessions(user_id, now=login)
        sessions[hash_token(token)] = {"expiration": expiration, "ip": ip, "ua": ua, "login": login}
        self.update_user_meta(user_id, "session_tokens", sessions)
        return token

    def destroy_session(self, user_id: int, token: str) -> None:
        """End one session (``WP_Session_Tokens::destroy``)."""
        sessions = self.get_sessions(user_id)
        sessions.pop(hash_token(token), None)
        if sessions:
            self.update_user_meta(user_id, "session_tokens", sessions)
        else:
            self.delete_user_meta(user_id, "session_tokens")
