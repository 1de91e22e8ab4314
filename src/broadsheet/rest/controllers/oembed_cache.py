"""oEmbed lookups outside a post: ``WP_Embed::shortcode``'s ``oembed_cache`` posts (WordPress 7.1.4).

With no post in context, ``WP_Embed`` caches each URL's oEmbed HTML in a published
``oembed_cache`` post named ``md5($url . serialize($attr))``; a failed lookup is cached as
``{{unknown}}``. broadsheet never fetches a provider (the reference WordPress blocks external
HTTP too), so a URL seen for the first time gets a ``{{unknown}}`` post, exactly as WordPress
stores it, and a cached answer — a failure, or HTML imported from a site that could fetch — is
served from that post.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select

from broadsheet.rest.request import RestRequest
from broadsheet.storage.phpserial import serialize

__all__ = ["OEmbedCache"]

UNKNOWN = "{{unknown}}"


class OEmbedCache:
    """The ``OEmbedProvider`` of ``WPEmbed`` for requests without a post (the oEmbed proxy)."""

    def __init__(self, request: RestRequest) -> None:
        self.request = request

    def get_html(self, url: str, args: dict[str, Any]) -> str | None:
        """The cached HTML for ``url``, or None after recording the failed lookup."""
        attr = {k: v for k, v in args.items() if k != "discover"}
        key = hashlib.md5((url + serialize(attr)).encode("utf-8")).hexdigest()
        cached = self._find(key)
        # WP_Embed::$usecache is true: any cached value is served, however old.
        if cached is not None and cached == UNKNOWN:
            return None
        if cached:
            return cached
        # wp_oembed_get($url, $attr) would ask the provider here: broadsheet makes no outbound requests.
        if cached is None:
            self._store(key)
        return None

    def _find(self, key: str) -> str | None:
        """``find_oembed_post_id``: the content of the published ``oembed_cache`` post named ``key``."""
        p = self.request.site.db.tables.posts
        row = self.request.ctx.conn.execute(
            select(p.c.post_content).where(p.c.post_type == "oembed_cache", p.c.post_name == key,
                                           p.c.post_status == "publish")
            .order_by(p.c.post_date.desc(), p.c.ID.desc()).limit(1)).first()
        return None if row is None else str(row[0] or "")

    def _store(self, key: str) -> None:
        from broadsheet.content.posts import insert_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env

        env = post_env(self.request)
        post_id = insert_post(self.request.ctx.conn, env, {
            "post_name": key, "post_status": "publish", "post_type": "oembed_cache", "post_content": UNKNOWN})
        forget_posts(self.request, [post_id, *env.touched])
