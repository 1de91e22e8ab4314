"""User writes with WordPress's rules (``wp_insert_user``, ``wp_update_user``, ``wp_delete_user``, 7.1.4).

Work on one connection; the caller owns the transaction. Names are stored as WordPress stores
them (display name escaped), passwords hashed as 7.1.4 hashes them, caps as serialized usermeta.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from broadsheet.auth.passwords import hash_password
from broadsheet.formatting.escape import _wp_specialchars
from broadsheet.formatting.kses import wp_kses_data
from broadsheet.formatting.sanitize import sanitize_text_field, sanitize_title, sanitize_user
from broadsheet.storage.engine import Database
from broadsheet.storage.meta import update_meta
from broadsheet.storage.phpserial import serialize

#: usermeta every new user gets, in the order wp_insert_user writes them
DEFAULT_USERMETA = ("nickname", "first_name", "last_name", "description", "rich_editing", "syntax_highlighting",
                    "infinite_scrolling", "comment_shortcuts", "admin_color", "use_ssl", "show_admin_bar_front",
                    "locale")


@dataclass
class UserError(Exception):
    """A ``WP_Error`` of a user write; ``status`` None renders ``"data": null`` (HTTP 500), as WordPress."""

    code: str
    message: str
    status: int | None = None


def sanitize_person_name(text: str) -> str:
    """``pre_user_display_name`` & co: text-field sanitising, basic kses, ``&``/``<``/``>`` escaped."""
    return _wp_specialchars(wp_kses_data(sanitize_text_field(text)))


def _unique_nicename(conn: Connection, db: Database, base: str, exclude: int = 0) -> str:
    users = db.tables.users
    base = base[:50] or "user"
    candidate, number = base, 2
    while conn.execute(select(users.c.ID).where(users.c.user_nicename == candidate, users.c.ID != exclude)
                       .limit(1)).first() is not None:
        suffix = f"-{number}"
        candidate = base[: 50 - len(suffix)] + suffix
        number += 1
    return candidate


def _taken(conn: Connection, db: Database, column: str, value: str, exclude: int = 0) -> bool:
    users = db.tables.users
    col = users.c[column]
    return conn.execute(select(users.c.ID).where(func.lower(col) == value.lower(), users.c.ID != exclude)
                        .limit(1)).first() is not None


def set_roles(conn: Connection, db: Database, user_id: int, roles: list[str], role_levels: dict[str, int]) -> None:
    """``WP_User::set_role`` for each role: ``{prefix}capabilities`` and ``{prefix}user_level``."""
    caps = {role: True for role in roles}
    update_meta(conn, "user", user_id, f"{db.prefix}capabilities", caps, tables=db.tables)
    level = max((role_levels.get(r, 0) for r in roles), default=0)
    update_meta(conn, "user", user_id, f"{db.prefix}user_level", str(level), tables=db.tables)


def insert_user(conn: Connection, db: Database, *, login: str, email: str, password: str, roles: list[str],
                role_levels: dict[str, int], display_name: str = "", nickname: str = "", first_name: str = "",
                last_name: str = "", description: str = "", url: str = "", nicename: str = "",
                locale: str = "") -> int:
    """``wp_insert_user``: the new user's id; UserError as WordPress reports it."""
    login = sanitize_user(login, True).strip()
    if not login:
        raise UserError("empty_user_login", "Cannot create a user with an empty login name.")
    if len(login) > 60:
        raise UserError("user_login_too_long", "Username may not be longer than 60 characters.")
    if _taken(conn, db, "user_login", login):
        raise UserError("existing_user_login", "Sorry, that username already exists!")
    if email and _taken(conn, db, "user_email", email):
        raise UserError("existing_user_email", "Sorry, that email address is already used!")
    nice = sanitize_title(nicename or login)
    if nicename and _taken(conn, db, "user_nicename", nice):
        raise UserError("existing_user_nicename", "Sorry, that username already exists!")
    nice = _unique_nicename(conn, db, nice)
    users = db.tables.users
    now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    user_id = int(conn.execute(insert(users).values(
        user_login=login, user_pass=hash_password(password), user_nicename=nice, user_email=email,
        user_url=url, user_registered=now, user_activation_key="", user_status=0,
        display_name=sanitize_person_name(display_name or login),
    )).inserted_primary_key[0])
    values = {"nickname": sanitize_person_name(nickname or login), "first_name": sanitize_person_name(first_name),
              "last_name": sanitize_person_name(last_name), "description": description, "rich_editing": "true",
              "syntax_highlighting": "true", "infinite_scrolling": "true", "comment_shortcuts": "false",
              "admin_color": "modern", "use_ssl": "0", "show_admin_bar_front": "true", "locale": locale}
    um = db.tables.usermeta
    conn.execute(insert(um), [{"user_id": user_id, "meta_key": key, "meta_value": values[key]}
                              for key in DEFAULT_USERMETA])
    conn.execute(insert(um).values(user_id=user_id, meta_key=f"{db.prefix}capabilities",
                                   meta_value=serialize({r: True for r in roles})))
    conn.execute(insert(um).values(user_id=user_id, meta_key=f"{db.prefix}user_level",
                                   meta_value=str(max((role_levels.get(r, 0) for r in roles), default=0))))
    conn.execute(insert(um).values(user_id=user_id, meta_key="dismissed_wp_pointers", meta_value=""))
    return user_id


def update_user(conn: Connection, db: Database, user_id: int, changes: dict[str, Any]) -> None:
    """``wp_update_user`` for the given REST-side fields."""
    users = db.tables.users
    row: dict[str, Any] = {}
    if "email" in changes:
        if _taken(conn, db, "user_email", changes["email"], exclude=user_id):
            raise UserError("existing_user_email", "Sorry, that email address is already used!")
        row["user_email"] = changes["email"]
    if "url" in changes:
        row["user_url"] = changes["url"]
    if "name" in changes:
        row["display_name"] = sanitize_person_name(changes["name"])
    if "slug" in changes:
        nice = sanitize_title(changes["slug"])
        if _taken(conn, db, "user_nicename", nice, exclude=user_id):
            raise UserError("existing_user_nicename", "Sorry, that username already exists!")
        row["user_nicename"] = nice[:50]
    if "password" in changes:
        row["user_pass"] = hash_password(changes["password"])
    if row:
        conn.execute(update(users).where(users.c.ID == user_id).values(**row))
    for key in ("first_name", "last_name", "nickname"):
        if key in changes:
            update_meta(conn, "user", user_id, key, sanitize_person_name(changes[key]), tables=db.tables)
    for key in ("description", "locale"):
        if key in changes:
            update_meta(conn, "user", user_id, key, changes[key], tables=db.tables)


def delete_user(conn: Connection, db: Database, user_id: int, reassign: int | None) -> None:
    """``wp_delete_user``: posts go to ``reassign`` (or are deleted with the user's other content)."""
    t = db.tables
    if reassign:
        conn.execute(update(t.posts).where(t.posts.c.post_author == user_id).values(post_author=reassign))
        conn.execute(update(t.links).where(t.links.c.link_owner == user_id).values(link_owner=reassign))
    else:
        ids = [r[0] for r in conn.execute(select(t.posts.c.ID).where(t.posts.c.post_author == user_id))]
        if ids:
            conn.execute(delete(t.postmeta).where(t.postmeta.c.post_id.in_(ids)))
            conn.execute(delete(t.term_relationships).where(t.term_relationships.c.object_id.in_(ids)))
            conn.execute(delete(t.posts).where(t.posts.c.ID.in_(ids)))
    conn.execute(delete(t.usermeta).where(t.usermeta.c.user_id == user_id))
    conn.execute(delete(t.users).where(t.users.c.ID == user_id))
