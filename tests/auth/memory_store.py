"""An in-memory ``CapabilityStore`` for capability tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from broadsheet.auth.capabilities import CommentRecord, PostRecord, TermRecord
from broadsheet.auth.roles import User


@dataclass
class MemoryCapabilityStore:
    """Posts, terms, comments, users and options held in dicts."""

    posts: dict[int, PostRecord] = field(default_factory=dict)
    postmeta: dict[tuple[int, str], Any] = field(default_factory=dict)
    terms: dict[int, TermRecord] = field(default_factory=dict)
    comments: dict[int, CommentRecord] = field(default_factory=dict)
    users: dict[int, User] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    def add_post(self, post: PostRecord, **meta: Any) -> PostRecord:
        self.posts[post.ID] = post
        for key, value in meta.items():
            self.postmeta[(post.ID, key)] = value
        return post

    def get_post(self, post_id: int) -> PostRecord | None:
        return self.posts.get(post_id)

    def get_post_meta(self, post_id: int, key: str) -> Any:
        return self.postmeta.get((post_id, key), "")

    def get_term(self, term_id: int) -> TermRecord | None:
        return self.terms.get(term_id)

    def get_comment(self, comment_id: int) -> CommentRecord | None:
        return self.comments.get(comment_id)

    def get_option(self, name: str) -> Any:
        return self.options.get(name)

    def get_user(self, user_id: int) -> User | None:
        return self.users.get(user_id)
