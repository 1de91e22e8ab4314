"""A fresh WordPress 7.1.4 site: what `wp_install()` writes (`wp-admin/includes/upgrade.php`, `schema.php`).

Options (`populate_options`, `populate_roles` and the install defaults) come from
`install_defaults.json`, taken from the oracle's freshly installed site and parametrised by URL,
title and e-mail; salts are random. Then the admin user and its usermeta, the category
"Uncategorized", the "Hello world!" post with its first comment, the "Sample Page" and the draft
"Privacy Policy" page, with WordPress's texts. Installing an installed site changes nothing.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import secrets
import string
import time
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import Connection, insert, inspect, select

from broadsheet.auth.passwords import hash_password
from broadsheet.storage.engine import Database
from broadsheet.storage.phpserial import serialize
from broadsheet.storage.types import format_wp_datetime

__all__ = ["SALT_NAMES", "install", "is_installed"]

SALT_NAMES = tuple(f"{scheme}_{kind}" for scheme in ("auth", "secure_auth", "logged_in", "nonce") for kind in ("key", "salt"))
"""Options `wp_salt()` creates when wp-config.php defines no keys."""

_SALT_CHARS = string.ascii_letters + string.digits + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"
_MONTH_IN_SECONDS = 30 * 86400


@lru_cache(maxsize=1)
def _defaults() -> dict[str, Any]:
    """The fresh-install data shipped with the package."""
    raw = resources.files("broadsheet.storage").joinpath("install_defaults.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _salt() -> str:
    """A 64-character secret like `wp_generate_password(64, true, true)`."""
    return "".join(secrets.choice(_SALT_CHARS) for _ in range(64))


def _nicename(login: str) -> str:
    """`user_nicename` for a plain login (`sanitize_title` of it, at most 50 characters)."""
    slug = re.sub(r"[\s.]+", "-", login.strip().lower()[:50])
    slug = re.sub(r"[^a-z0-9_\-]", "", slug)
    return re.sub(r"-+", "-", slug).strip("-") or "admin"


def _insert_id(conn: Connection, stmt: Any) -> int:
    """Run an INSERT and return the new row's id."""
    key = conn.execute(stmt).inserted_primary_key
    if key is None or key[0] is None:
        raise RuntimeError("the database returned no id for an insert")
    return int(key[0])


def is_installed(db: Database, conn: Connection | None = None) -> bool:
    """True when the options table exists and holds `siteurl` (WordPress's `is_blog_installed`)."""
    if conn is None:
        with db.engine.connect() as c:
            return is_installed(db, c)
    options = db.tables.options
    if not inspect(conn).has_table(options.name):
        return False
    return conn.execute(select(options.c.option_id).where(options.c.option_name == "siteurl")).first() is not None


def _cron(now: int) -> str:
    """The cron option of a fresh site: WordPress's recurring events, all due now."""
    events = _defaults()["cron_events"]
    return serialize({now: events, "version": 2})


def install(
    db: Database,
    *,
    url: str,
    title: str,
    admin_user: str,
    admin_email: str,
    admin_password: str,
    now: _dt.datetime | None = None,
) -> bool:
    """Install a fresh site (schema included); False, and nothing written, if it is installed already."""
    db.create_schema()
    url = url.rstrip("/")
    moment = (now or _dt.datetime.now(_dt.UTC)).replace(microsecond=0)
    stamp = format_wp_datetime(moment)
    unix = int(moment.timestamp()) if now else int(time.time())
    data = _defaults()
    t = db.tables
    prefix = db.prefix
    with db.engine.begin() as conn:
        if is_installed(db, conn):
            return False
        user_id = _insert_id(
            conn,
            insert(t.users).values(
                user_login=admin_user,
                user_pass=hash_password(admin_password),
                user_nicename=_nicename(admin_user),
                user_email=admin_email,
                user_url="",
                user_registered=stamp,
                user_activation_key="",
                user_status=0,
                display_name=admin_user,
            )
        )
        conn.execute(
            insert(t.usermeta),
            [
                {
                    "user_id": user_id,
                    "meta_key": key.replace("{prefix}", prefix),
                    "meta_value": admin_user if value == "{login}" else value,
                }
                for key, value in data["usermeta"]
            ],
        )
        term_id = _insert_id(
            conn,
            insert(t.terms).values(name=data["category"]["name"], slug=data["category"]["slug"], term_group=0)
        )
        tt_id = _insert_id(
            conn,
            insert(t.term_taxonomy).values(term_id=term_id, taxonomy="category", description="", parent=0, count=1)
        )
        post_ids: list[int] = []
        for post in data["posts"]:
            values = dict(post)
            values["post_content"] = post["post_content"].replace("{url}", url)
            post_id = _insert_id(
                conn,
                insert(t.posts).values(
                    post_author=user_id,
                    post_date=stamp,
                    post_date_gmt=stamp,
                    post_modified=stamp,
                    post_modified_gmt=stamp,
                    post_excerpt="",
                    to_ping="",
                    pinged="",
                    post_content_filtered="",
                    guid="",
                    comment_count=1 if post["post_type"] == "post" else 0,
                    **values,
                )
            )
            query = "p" if post["post_type"] == "post" else "page_id"
            conn.execute(t.posts.update().where(t.posts.c.ID == post_id).values(guid=f"{url}/?{query}={post_id}"))
            post_ids.append(int(post_id))
            if post["post_type"] == "page":
                conn.execute(insert(t.postmeta).values(post_id=post_id, meta_key="_wp_page_template", meta_value="default"))
        first_post, privacy_page = post_ids[0], post_ids[2]
        conn.execute(insert(t.term_relationships).values(object_id=first_post, term_taxonomy_id=tt_id, term_order=0))
        _insert_id(
            conn,
            insert(t.comments).values(
                comment_post_ID=first_post,
                comment_author_IP="",
                comment_date=stamp,
                comment_date_gmt=stamp,
                comment_karma=0,
                comment_agent="",
                comment_parent=0,
                user_id=0,
                **data["comment"],
            )
        )
        filled = {
            "{url}": url,
            "{title}": title,
            "{email}": admin_email,
            "{admin_email_lifespan}": str(unix + 6 * _MONTH_IN_SECONDS),
            "{cron}": _cron(unix),
            "{default_category}": str(term_id),
            "{privacy_page}": str(privacy_page),
        }
        rows = [
            {"option_name": name.replace("{prefix}", prefix), "option_value": filled.get(value, value), "autoload": auto}
            for name, value, auto in data["options"]
        ]
        rows += [{"option_name": name, "option_value": _salt(), "autoload": "auto"} for name in SALT_NAMES]
        conn.execute(insert(t.options), rows)
    return True
