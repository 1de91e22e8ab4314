"""Per-request data for post responses: rows, terms, meta, revision counts, links and render contexts.

One ``PostData`` lives on the request's ``DataContext`` (``ctx.extra``), so a collection, its
embedded sub-requests and its ``targetHints`` checks share every loaded row. ``prime(posts)``
loads what a page of posts needs with one query per kind (terms, meta, revisions, thumbnails).
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import or_, select

from broadsheet.content.permalinks import PermalinkSource, get_permalink
from broadsheet.formatting.chains import RenderContext, RequestState
from broadsheet.query.post_loaders import PostTerm, RevisionStats, load_post_meta, load_post_terms, load_revision_stats
from broadsheet.query.post_rows import WPPost, load_posts, post_columns, post_from_row
from broadsheet.rest.permissions import capability_store, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.storage.collation import sort_key

__all__ = ["PostData", "php_int"]


def php_int(value: Any) -> int:
    """PHP ``(int)`` of a stored string: leading integer digits, else 0."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    digits = ""
    for i, ch in enumerate(text):
        if ch.isdigit() or (i == 0 and ch in "+-"):
            digits += ch
        else:
            break
    try:
        return int(digits)
    except ValueError:
        return 0


class PostData:
    """Loaded posts and what their responses need, shared by one request and its sub-requests."""

    def __init__(self, request: RestRequest) -> None:
        self.request = request
        self.ctx = request.ctx
        self.site = request.site
        self.conn = request.ctx.conn
        self.tables = request.site.db.tables
        self.terms: dict[int, dict[str, list[PostTerm]]] = {}
        self.meta: dict[int, dict[str, list[str]]] = {}
        self.revisions: dict[int, RevisionStats] = {}
        self.nicenames: dict[int, str] = {}
        #: Password-protected posts this request may read (right ``password``, or edit access).
        self.unlocked: set[int] = set()
        self._attachments: Any = None
        #: ``post_name -> [(ID, post_type, post_parent)]`` for slug-uniqueness checks.
        self.slug_rows: dict[str, list[tuple[int, str, int]]] = {}
        self._settings: Any = None
        self._permalinks: PermalinkSource | None = None

    @classmethod
    def of(cls, request: RestRequest) -> PostData:
        """The request's ``PostData`` (created on first use, shared through ``ctx.extra``)."""
        data = request.ctx.extra.get("post_data")
        if data is None:
            data = cls(request)
            request.ctx.extra["post_data"] = data
        return data

    # -- rows ---------------------------------------------------------------------------
    def _normalise_cache(self, ids: Iterable[int]) -> None:
        """Rows other code put in ``ctx.posts`` (SQL rows) become ``WPPost``s."""
        cache = self.ctx.posts
        for i in ids:
            value = cache.get(i)
            if value is not None and not isinstance(value, WPPost):
                mapping = getattr(value, "_mapping", value)
                cache[i] = post_from_row(mapping)

    def posts(self, ids: Iterable[int]) -> dict[int, WPPost]:
        """Posts by id through the identity cache (one query for the missing ones)."""
        ids = [int(i) for i in ids]
        self._normalise_cache(ids)
        return load_posts(self.conn, self.tables, ids, self.ctx.posts)

    def post(self, post_id: Any) -> WPPost | None:
        """``get_post``: one post by id, or None."""
        if post_id.__class__ is int:
            found = self.ctx.posts.get(post_id)
            if found.__class__ is WPPost:
                return found  # already loaded (the common case: links, permissions and embeds re-read rows)
        try:
            post_id = int(post_id)
        except (TypeError, ValueError):
            return None
        if post_id <= 0:
            return None
        return self.posts([post_id]).get(post_id)

    # -- batched extras -------------------------------------------------------------------
    def prime(self, posts: Iterable[WPPost], *, revisions: bool = True) -> None:
        """Load terms, meta, revision counts and featured media of ``posts`` in one query each."""
        ids = [p.ID for p in posts]
        missing_terms = [i for i in ids if i not in self.terms]
        if missing_terms:
            key = self._name_key()
            self.terms.update(load_post_terms(self.conn, self.tables, missing_terms, name_key=key))
        missing_meta = [i for i in ids if i not in self.meta]
        if missing_meta:
            self.meta.update(load_post_meta(self.conn, self.tables, missing_meta))
        if revisions:
            missing_revs = [i for i in ids if i not in self.revisions]
            if missing_revs:
                self.revisions.update(load_revision_stats(self.conn, self.tables, missing_revs))
        thumbs = [self.thumbnail_id(i) for i in ids]
        thumbs = [t for t in thumbs if t > 0]
        missing = [t for t in dict.fromkeys(thumbs) if t > 0 and t not in self.ctx.posts]
        if missing:
            # The attachments and their parents (their status decides readability) in one query.
            p = self.tables.posts
            parents = select(p.c.post_parent).where(p.c.ID.in_(missing)).scalar_subquery()
            stmt = select(*post_columns(self.tables)).where(or_(p.c.ID.in_(missing), p.c.ID.in_(parents)))
            rows = [post_from_row(r) for r in self.conn.execute(stmt).mappings()]
            for row in rows:
                self.ctx.posts[row.ID] = row
            for t in missing:
                self.ctx.posts.setdefault(t, None)

    def _name_key(self) -> Any:
        return sort_key

    def prime_slugs(self, names: Iterable[str]) -> None:
        """Load the rows using each of ``names`` as ``post_name`` in one query."""
        wanted = [n for n in dict.fromkeys(names) if n and n not in self.slug_rows]
        if not wanted:
            return
        p = self.tables.posts
        for name in wanted:
            self.slug_rows[name] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            stmt = select(p.c.ID, p.c.post_name, p.c.post_type, p.c.post_parent).where(p.c.post_name.in_(chunk))
            for row in self.conn.execute(stmt):
                self.slug_rows.setdefault(str(row.post_name), []).append(
                    (int(row.ID), str(row.post_type), int(row.post_parent or 0)))

    def posts_named(self, name: str) -> list[tuple[int, str, int]]:
        """``(ID, post_type, post_parent)`` of the posts whose slug is ``name`` (cached)."""
        if name not in self.slug_rows:
            self.prime_slugs([name])
        return self.slug_rows.get(name, [])

    def post_terms(self, post_id: int, taxonomy: str) -> list[PostTerm]:
        """``get_the_terms``: the post's terms of ``taxonomy``, ordered by name."""
        if post_id not in self.terms:
            self.terms.update(load_post_terms(self.conn, self.tables, [post_id], name_key=self._name_key()))
        return list(self.terms.get(post_id, {}).get(taxonomy, []))

    def meta_values(self, post_id: int, key: str) -> list[str]:
        """Raw stored values of one meta key, in ``meta_id`` order."""
        if post_id not in self.meta:
            self.meta.update(load_post_meta(self.conn, self.tables, [post_id]))
        return list(self.meta.get(post_id, {}).get(key, []))

    def meta_single(self, post_id: int, key: str) -> str:
        """``get_post_meta($id, $key, true)`` for string values (``""`` when absent)."""
        values = self.meta_values(post_id, key)
        return "" if not values or values[0] is None else str(values[0])

    def thumbnail_id(self, post_id: int) -> int:
        """``get_post_thumbnail_id``: ``(int)`` of ``_thumbnail_id``."""
        return php_int(self.meta_single(post_id, "_thumbnail_id"))

    def revision_stats(self, post_id: int) -> RevisionStats:
        """``wp_get_latest_revision_id_and_total_count``."""
        if post_id not in self.revisions:
            self.revisions.update(load_revision_stats(self.conn, self.tables, [post_id]))
        return self.revisions[post_id]

    def sticky_posts(self) -> list[int]:
        """The ``sticky_posts`` option as ints."""
        value = self.ctx.options.get("sticky_posts")
        if isinstance(value, dict):
            value = list(value.values())
        if not isinstance(value, list):
            return []
        return [php_int(v) for v in value]

    def post_format(self, post: WPPost) -> str:
        """``get_post_format``: the first ``post_format`` term's slug without ``post-format-`` ("" if none)."""
        post_type = self.site.post_types.get(post.post_type)
        if post_type is None or not post_type.supports_feature("post-formats"):
            return ""
        terms = self.post_terms(post.ID, "post_format")
        return terms[0].slug.replace("post-format-", "") if terms else ""

    def author_nicename(self, user_id: int) -> str:
        if user_id not in self.nicenames:
            users = self.tables.users
            value = self.conn.execute(select(users.c.user_nicename).where(users.c.ID == user_id)).scalar()
            self.nicenames[user_id] = str(value or "")
        return self.nicenames[user_id]

    # -- capabilities ---------------------------------------------------------------------
    def can(self, capability: str, *args: Any) -> bool:
        """``current_user_can`` for this request's caller."""
        return current_user_can(self.request, capability, *args)

    def effective_status(self, post: WPPost) -> str:
        """``get_post_status``: attachments inherit their parent's status."""
        if post.post_type != "attachment":
            return post.post_status
        from broadsheet.auth.capabilities import PostRecord, get_post_status

        if post.post_parent:
            self.posts([post.post_parent])
        # get_sample_permalink's stand-in post has no record(): build the capability view here.
        record = post.record() if hasattr(post, "record") else PostRecord(
            ID=post.ID, post_type=post.post_type, post_status=post.post_status, post_author=post.post_author,
            post_parent=post.post_parent, post_password=getattr(post, "post_password", ""))
        return get_post_status(record, capability_store(self.request))

    # -- links and rendering ----------------------------------------------------------------
    def permalinks(self) -> PermalinkSource:
        """The permalink source over this request's caches and caller."""
        if self._permalinks is None:
            types = self.site.post_types

            def type_info(name: str) -> tuple[bool, bool]:
                post_type = types.get(name)
                if post_type is None:
                    return False, False
                return post_type.hierarchical, post_type.viewable

            def builtin(name: str) -> bool:
                post_type = types.get(name)
                return post_type is not None and post_type.builtin

            def categories(post_id: int) -> list[tuple[int, str, int]]:
                return [(t.term_id, t.slug, t.parent) for t in self.post_terms(post_id, "category")]

            def category(term_id: int) -> tuple[str, int] | None:
                tt, terms = self.tables.term_taxonomy, self.tables.terms
                row = self.conn.execute(
                    select(terms.c.slug, tt.c.parent).select_from(tt.join(terms, terms.c.term_id == tt.c.term_id))
                    .where(tt.c.term_id == term_id, tt.c.taxonomy == "category")).first()
                return (str(row[0]), int(row[1] or 0)) if row else None

            self._permalinks = PermalinkSource(
                options=self.ctx.options,
                get_post=self.post,
                post_categories=categories,
                get_category=category,
                author_nicename=self.author_nicename,
                can_read_post=lambda post: self.can("read_post", post.ID),
                post_type_info=type_info,
                is_builtin=lambda name: bool((t := types.get(name)) is not None and t.builtin),
                effective_status=self.effective_status,
            )
        return self._permalinks

    def permalink(self, post: WPPost) -> str:
        """``get_permalink``."""
        return get_permalink(self.permalinks(), post)

    def formatting_settings(self) -> Any:
        """``FormattingSettings`` from the site options (home, smilies, permalink structure)."""
        if self._settings is None:
            from broadsheet.formatting.settings import FormattingSettings

            options = self.ctx.options
            self._settings = FormattingSettings(
                home=str(options.get("home") or "").rstrip("/"),
                siteurl=str(options.get("siteurl") or "").rstrip("/"),
                use_smilies=str(options.get("use_smilies", "1")) not in ("", "0"),
                permalink_structure=str(options.get("permalink_structure") or ""),
            )
        return self._settings

    def attachment_source(self) -> Any:
        """The media shortcodes' ``AttachmentSource`` over this request's caches."""
        if self._attachments is None:
            from broadsheet.content.attachments import DatabaseAttachments
            from broadsheet.query.post_rows import remember

            def load_meta(ids: list[int]) -> dict[int, dict[str, list[Any]]]:
                missing = [i for i in ids if i not in self.meta]
                if missing:
                    self.meta.update(load_post_meta(self.conn, self.tables, missing))
                return {i: self.meta.get(i, {}) for i in ids}

            self._attachments = DatabaseAttachments(
                conn=self.conn, tables=self.tables, options=self.ctx.options, get_post=self.post,
                load_meta=load_meta, permalink=self.permalink, readable=self.attachments_readable,
                remember=lambda rows: remember(rows, self.ctx.posts))
        return self._attachments

    def attachments_readable(self, post_id: int) -> bool:
        """The gallery/playlist parent check: publicly viewable or readable, and not password-locked."""
        post = self.post(post_id)
        if post is None:
            return False
        post_type = self.site.post_types.get(post.post_type)
        viewable = post_type is not None and post_type.viewable and self.effective_status(post) == "publish"
        if not viewable and not self.can("read_post", post.ID):
            return False
        return not (post.post_password and post.ID not in self.unlocked)

    def render_context(self, post: WPPost) -> Any:
        """A ``RenderContext`` for one post sharing the request's shortcode and loading counters."""
        state = self.ctx.extra.get("render_state")
        if state is None:
            state = self.ctx.extra["render_state"] = RequestState()
        if post.ID not in self.meta:
            self.meta.update(load_post_meta(self.conn, self.tables, [post.ID]))
        meta = {key: values[0] for key, values in self.meta.get(post.ID, {}).items() if values}
        attachments = self.attachment_source()
        return RenderContext(post_id=post.ID, post_type=post.post_type, post_content=post.post_content,
                             post_mime_type=post.post_mime_type or "", settings=self.formatting_settings(),
                             attachments=attachments, request=state, post_meta=meta,
                             post_lookup=self.block_post, pages=self.page_source())

    def page_source(self) -> Any:
        """The page list block's ``PageSource`` for this request (queried on first use)."""
        source = self.ctx.extra.get("page_source")
        if source is None:
            from broadsheet.content.page_source import DatabasePages

            source = self.ctx.extra["page_source"] = DatabasePages(
                conn=self.conn, db=self.site.db, options=self.ctx.options, permalink=self.permalink)
        return source

    def block_post(self, post_id: int) -> Any:
        """``get_post`` for blocks that embed another post (synced patterns)."""
        from broadsheet.formatting.render_blocks import BlockPost

        other = self.post(post_id)
        if other is None:
            return None
        return BlockPost(other.post_type, other.post_status, other.post_password or "", other.post_content)
