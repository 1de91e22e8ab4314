"""The objects capability checks read, loaded through the request's connection and identity caches.

Implements ``auth.capabilities.CapabilityStore`` for one request: a post, term, comment or user
already loaded by a controller (``ctx.posts`` …) is reused, so checking ``read_post`` on every
item of a collection costs no extra queries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from broadsheet.auth.capabilities import CommentRecord, PostRecord, TermRecord
from broadsheet.auth.roles import User
from broadsheet.auth.type_caps import CapabilityPolicy
from broadsheet.storage.phpserial import maybe_unserialize


def _field(row: Any, name: str, default: Any = None) -> Any:
    if isinstance(row, dict):
        return row.get(name, default)
    mapping = getattr(row, "_mapping", None)
    if mapping is not None:
        return mapping.get(name, default)
    return getattr(row, name, default)


def post_record(row: Any) -> PostRecord:
    """A PostRecord from a ``wp_posts`` row (dict, Row or object)."""
    return PostRecord(
        ID=int(_field(row, "ID")),
        post_type=str(_field(row, "post_type", "post")),
        post_status=str(_field(row, "post_status", "publish")),
        post_author=int(_field(row, "post_author", 0) or 0),
        post_parent=int(_field(row, "post_parent", 0) or 0),
        post_password=str(_field(row, "post_password", "") or ""),
    )


def capability_policy(site: Any) -> CapabilityPolicy:
    """The site's registered types, taxonomies and statuses, as ``map_meta_cap`` reads them (cached)."""
    policy = getattr(site, "_capability_policy", None)
    if policy is None:
        policy = CapabilityPolicy(post_types=site.post_types, taxonomies=site.taxonomies, statuses=site.statuses)
        site._capability_policy = policy
    return policy


class RequestCapabilityStore:
    """``CapabilityStore`` over one request's ``DataContext``."""

    def __init__(self, request: Any) -> None:
        self.ctx = request.ctx
        self.site = request.site
        self.capability_policy = capability_policy(request.site)
        self.tables = request.site.db.tables
        self._records: dict[int, PostRecord | None] = {}
        self._meta: dict[tuple[int, str], Any] = {}
        self._users: dict[int, User | None] = {}

    # -- posts --------------------------------------------------------------------------
    def get_post(self, post_id: int) -> PostRecord | None:
        post_id = int(post_id)
        if post_id in self._records:
            return self._records[post_id]
        row = self.ctx.posts.get(post_id)
        if row is None:
            t = self.tables.posts
            row = self.ctx.conn.execute(select(t).where(t.c.ID == post_id)).first()
            if row is not None:
                self.ctx.posts[post_id] = row
        record = post_record(row) if row is not None else None
        self._records[post_id] = record
        return record

    def get_post_meta(self, post_id: int, key: str) -> Any:
        cache_key = (int(post_id), key)
        if cache_key not in self._meta:
            t = self.tables.postmeta
            value = self.ctx.conn.execute(
                select(t.c.meta_value).where(t.c.post_id == int(post_id), t.c.meta_key == key)
                .order_by(t.c.meta_id).limit(1)
            ).scalar()
            self._meta[cache_key] = "" if value is None else maybe_unserialize(value)
        return self._meta[cache_key]

    # -- terms, comments, options ----------------------------------------------------------
    def get_term(self, term_id: int) -> TermRecord | None:
        t = self.tables.term_taxonomy
        taxonomy = self.ctx.conn.execute(
            select(t.c.taxonomy).where(t.c.term_id == int(term_id)).limit(1)
        ).scalar()
        return TermRecord(int(term_id), taxonomy) if taxonomy is not None else None

    def get_comment(self, comment_id: int) -> CommentRecord | None:
        t = self.tables.comments
        row = self.ctx.conn.execute(
            select(t.c.comment_ID, t.c.comment_post_ID, t.c.user_id, t.c.comment_type)
            .where(t.c.comment_ID == int(comment_id))
        ).first()
        if row is None:
            return None
        return CommentRecord(int(row.comment_ID), int(row.comment_post_ID), int(row.user_id or 0),
                             row.comment_type or "comment")

    def get_option(self, name: str) -> Any:
        return self.ctx.options.get(name)

    # -- users --------------------------------------------------------------------------
    def get_user(self, user_id: int) -> User | None:
        user_id = int(user_id)
        if user_id not in self._users:
            cached = self.ctx.users.get(user_id)
            if cached is None:
                cached = self.ctx.auth_store().get_user(user_id)
            self._users[user_id] = cached
        return self._users[user_id]
