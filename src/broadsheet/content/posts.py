"""Post writes with WordPress's rules: ``wp_insert_post``, ``wp_update_post``, trash and delete (7.1.4, post.php).

Statuses (``future`` ↔ ``publish`` by date), site-local and GMT dates (floating drafts), unique
slugs (reserved words, siblings, ``__trashed``), the ``guid``, the default category, comment
and ping defaults, kses for callers without ``unfiltered_html``, and a revision after each
update. Everything runs on the caller's connection; the caller commits or rolls back.

Slug uniqueness holds under concurrency: ``lock_post_slugs`` takes one write lock (a no-op
``UPDATE`` of the ``siteurl`` option row) before the slug is chosen, so concurrent writers
choose one after another on SQLite, PostgreSQL and MariaDB; on MariaDB the slug lookups are
locking reads so they see rows committed after the transaction's snapshot.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from broadsheet.content.dates import (
    ZERO_DATE,
    current_time,
    get_date_from_gmt,
    get_gmt_from_date,
)
from broadsheet.content.post_revisions import load_post, save_post_revision
from broadsheet.content.post_slugs import wp_unique_post_slug
from broadsheet.content.post_terms import (
    get_object_term_ids,
    set_object_terms,
    update_term_counts,
)
from broadsheet.query.post_rows import WPPost
from broadsheet.storage.meta import add_meta, delete_meta, get_meta

__all__ = [
    "PostEnv",
    "PostError",
    "after_insert_post",
    "insert_post",
    "lock_post_slugs",
    "publish_due_posts",
    "publish_post",
    "update_post",
]

_FLOATING = ("draft", "pending", "auto-draft")
_DEFAULTS: dict[str, Any] = {
    "post_content": "", "post_content_filtered": "", "post_title": "", "post_excerpt": "", "post_status": "draft",
    "post_type": "post", "comment_status": "", "ping_status": "", "post_password": "", "to_ping": "",
    "pinged": "", "post_parent": 0, "menu_order": 0, "guid": "", "post_date": "", "post_date_gmt": "",
    "post_mime_type": "",
}


def _deny(_capability: str, *_args: Any) -> bool:
    return False


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class PostEnv:
    """What a post write needs besides the row: the site (db and registries), options and the caller."""

    site: Any
    options: MutableMapping[str, Any]
    user_id: int = 0
    #: ``current_user_can`` of the caller (meta capabilities take an object id).
    can: Callable[..., bool] = _deny
    #: ``get_permalink`` of a freshly saved row (the ``guid`` of a new post); ``?p={id}`` when None.
    permalink: Callable[[WPPost], str] | None = None
    now: Callable[[], datetime] = _utcnow
    #: Rows written in this transaction (callers drop them from their caches).
    touched: set[int] = field(default_factory=set)

    @property
    def db(self) -> Any:
        return self.site.db


@dataclass
class PostError(Exception):
    """A ``WP_Error`` from a post write (code, message, HTTP status)."""

    code: str
    message: str
    status: int = 400


#: SQLite gives up on a write lock after ``busy_timeout`` (5 s); a busy site waits this many times.
LOCK_ATTEMPTS = 12


def lock_post_slugs(conn: Connection, env: PostEnv) -> None:
    """Serialise slug allocation until the transaction ends (see the module docstring).

    On SQLite a writer may wait longer than ``busy_timeout`` behind others' requests (each holds
    the lock until its response is written); the lock statement is then retried, which is safe
    because a failed statement leaves the transaction as it was.
    """
    from sqlalchemy.exc import OperationalError

    opts = env.db.tables.options
    statement = update(opts).where(opts.c.option_name == "siteurl").values(option_value=opts.c.option_value)
    for attempt in range(LOCK_ATTEMPTS):
        try:
            conn.execute(statement)
            return
        except OperationalError as error:
            if env.db.dialect_name != "sqlite" or "locked" not in str(error) or attempt == LOCK_ATTEMPTS - 1:
                raise


def post_type_object(env: PostEnv, name: str) -> Any:
    return env.site.post_types.get(name)


def _supports(env: PostEnv, post_type: str, feature: str) -> bool:
    pt = post_type_object(env, post_type)
    return bool(pt is not None and pt.supports_feature(feature))


def taxonomies_of(env: PostEnv, post_type: str) -> list[Any]:
    return list(env.site.taxonomies.for_object_type(post_type))


def default_comment_status(env: PostEnv, post_type: str, kind: str = "comment") -> str:
    """``get_default_comment_status``: pages closed; types supporting comments/trackbacks follow the option."""
    feature, option = ("trackbacks", "ping") if kind == "pingback" else ("comments", "comment")
    if post_type == "page":
        return "closed"
    if _supports(env, post_type, feature):
        return str(env.options.get(f"default_{option}_status") or "closed")
    return "closed"


def _sanitize_fields(env: PostEnv, data: dict[str, Any]) -> None:
    """``sanitize_post(…, 'db')``: the ``*_save_pre`` filters (kses unless ``unfiltered_html``)."""
    from broadsheet.formatting.kses import wp_kses, wp_kses_post

    unfiltered = env.can("unfiltered_html")
    balance = str(env.options.get("use_balanceTags") or "0") not in ("", "0")
    if "post_title" in data:
        title = str(data["post_title"] or "")
        data["post_title"] = (title if unfiltered else wp_kses(title, "title_save_pre")).strip()
    for key in ("post_content", "post_excerpt", "post_content_filtered"):
        if key in data:
            value = str(data[key] or "")
            if not unfiltered:
                value = wp_kses_post(value)
            if balance and key != "post_content_filtered":
                from broadsheet.formatting.balance import force_balance_tags

                value = force_balance_tags(value)
            data[key] = value
    for key in ("post_status", "post_type", "comment_status", "ping_status"):
        if key in data and data[key] is not None:
            from broadsheet.formatting.sanitize import sanitize_key

            data[key] = sanitize_key(str(data[key]))


def _resolve_date(env: PostEnv, post_date: Any, post_date_gmt: Any) -> str | None:
    """``wp_resolve_post_date``: the given local date, else from the GMT one, else now; None if invalid."""
    if not post_date or post_date == ZERO_DATE:
        if not post_date_gmt or post_date_gmt == ZERO_DATE:
            post_date = current_time(env.options, env.now())[0]
        else:
            post_date = get_date_from_gmt(str(post_date_gmt), env.options)
    try:
        datetime.strptime(str(post_date)[:10], "%Y-%m-%d")
    except ValueError:
        return None
    return str(post_date)


def _seconds(mysql: str) -> float:
    try:
        return datetime.strptime(mysql[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return 0.0


def _trash_name(name: str) -> str:
    """``_truncate_post_slug(…, 191) . '__trashed'``."""
    return name[:191].rstrip("-") + "__trashed" if len(name) > 191 else name + "__trashed"


def add_trashed_suffix(conn: Connection, env: PostEnv, post: WPPost) -> str:
    """``wp_add_trashed_suffix_to_post_name_for_post``: remember the slug, then free it."""
    if post.post_name.endswith("__trashed"):
        return post.post_name
    add_meta(conn, "post", post.ID, "_wp_desired_post_slug", post.post_name, tables=env.db.tables)
    name = _trash_name(post.post_name)
    p = env.db.tables.posts
    conn.execute(update(p).where(p.c.ID == post.ID).values(post_name=name))
    env.touched.add(post.ID)
    return name


def _free_slug_from_trash(conn: Connection, env: PostEnv, name: str, post_id: int) -> None:
    """``wp_add_trashed_suffix_to_post_name_for_trashed_posts``: trashed posts give up a wanted slug."""
    from broadsheet.query.post_rows import post_columns, post_from_row

    p = env.db.tables.posts
    stmt = select(*post_columns(env.db.tables)).where(p.c.post_name == name, p.c.post_status == "trash",
                                                      p.c.ID != post_id)
    for row in conn.execute(stmt.with_for_update(read=True)).mappings().all():
        add_trashed_suffix(conn, env, post_from_row(row))


def _unique_slug(conn: Connection, env: PostEnv, slug: str, post_id: int, status: str, post_type: str,
                 parent: int) -> str:
    pt = post_type_object(env, post_type)
    return wp_unique_post_slug(conn, env.db.tables, slug, post_id, status, post_type, parent,
                               hierarchical=bool(pt is not None and pt.hierarchical),
                               permalink_structure=str(env.options.get("permalink_structure") or ""),
                               locking=True)


def unique_slug_as_published(conn: Connection, env: PostEnv, slug: str, post_id: int, post_type: str,
                             parent: int) -> str:
    """The REST controllers' call for drafts: ``wp_unique_post_slug`` as if the post were published."""
    lock_post_slugs(conn, env)
    return _unique_slug(conn, env, slug, post_id, "publish", post_type, parent)


def _save(conn: Connection, env: PostEnv, postarr: dict[str, Any], before: WPPost | None,
          *, fire_after_hooks: bool = True) -> int:
    """The body of ``wp_insert_post`` for a new (``before`` None) or existing post."""
    from broadsheet.formatting.sanitize import sanitize_title

    db = env.db
    t = db.tables
    data = {**_DEFAULTS, **{k: v for k, v in postarr.items()}}
    _sanitize_fields(env, data)
    update_ = before is not None
    post_id = before.ID if before is not None else 0
    previous_status = before.post_status if before is not None else "new"
    post_type = str(data.get("post_type") or "post")
    title, content, excerpt = data["post_title"], data["post_content"], data["post_excerpt"]
    post_name: str | None = postarr.get("post_name", before.post_name if before is not None else None)
    if (post_type != "attachment" and not content and not title and not excerpt
            and all(_supports(env, post_type, f) for f in ("editor", "title", "excerpt"))):
        raise PostError("empty_content", "Content, title, and excerpt are empty.")
    status = str(data.get("post_status") or "draft")
    if post_type == "attachment" and status not in ("inherit", "private", "trash", "auto-draft"):
        status = "inherit"
    if status == "pending":
        pt = post_type_object(env, post_type)
        if (not update_ and pt is not None and not env.can(pt.cap["publish_posts"])) or (
                update_ and not env.can("publish_post", post_id)):
            post_name = ""
    if not post_name:
        post_name = sanitize_title(title) if status not in _FLOATING else ""
    else:
        post_name = sanitize_title(post_name)
    post_date = _resolve_date(env, data.get("post_date"), data.get("post_date_gmt"))
    if post_date is None:
        raise PostError("invalid_date", "Invalid date.")
    gmt_in = data.get("post_date_gmt")
    if not gmt_in or gmt_in == ZERO_DATE:
        post_date_gmt = ZERO_DATE if status in _FLOATING else get_gmt_from_date(post_date, env.options)
    else:
        post_date_gmt = str(gmt_in)
    now_local, now_gmt = current_time(env.options, env.now())
    if update_ or post_date == ZERO_DATE:
        modified, modified_gmt = now_local, now_gmt
    else:
        modified, modified_gmt = post_date, post_date_gmt
    if post_type != "attachment":
        ahead = _seconds(post_date_gmt) - _seconds(now_gmt)
        if status == "publish" and ahead >= 60:
            status = "future"
        elif status == "future" and ahead < 60:
            status = "publish"
    comment_status = data.get("comment_status") or (
        "closed" if update_ else default_comment_status(env, post_type))
    ping_status = data.get("ping_status") or default_comment_status(env, post_type, "pingback")
    password = "" if status == "private" else str(data.get("post_password") or "")
    parent = _check_hierarchy_for_loops(conn, env, int(data.get("post_parent") or 0), post_id)
    lock_post_slugs(conn, env)
    if previous_status == "trash" and status != "trash" and post_id:
        desired = get_meta(conn, "post", post_id, "_wp_desired_post_slug", True, tables=t)
        if desired:
            delete_meta(conn, "post", post_id, "_wp_desired_post_slug", tables=t)
            post_name = str(desired)
    if status != "trash" and post_name:
        _free_slug_from_trash(conn, env, post_name, post_id)
    if status == "trash" and previous_status not in ("trash", "new") and before is not None:
        post_name = add_trashed_suffix(conn, env, before)
    post_name = _unique_slug(conn, env, post_name, post_id, status, post_type, parent)
    author: Any = data.get("post_author")
    row = {
        "post_author": int(author if author is not None else env.user_id),
        "post_date": post_date, "post_date_gmt": post_date_gmt, "post_content": content,
        "post_content_filtered": data["post_content_filtered"], "post_title": title, "post_excerpt": excerpt,
        "post_status": status, "post_type": post_type, "comment_status": comment_status,
        "ping_status": ping_status, "post_password": password, "post_name": post_name,
        "to_ping": str(data.get("to_ping") or ""), "pinged": str(data.get("pinged") or ""),
        "post_modified": modified, "post_modified_gmt": modified_gmt, "post_parent": parent,
        "menu_order": int(data.get("menu_order") or 0), "post_mime_type": str(data.get("post_mime_type") or ""),
        "guid": str(before.guid if before is not None else data.get("guid") or ""),
    }
    if update_:
        conn.execute(update(t.posts).where(t.posts.c.ID == post_id).values(**row))
    else:
        key = conn.execute(insert(t.posts).values(**row, comment_count=0)).inserted_primary_key
        assert key is not None
        post_id = int(key[0])
    env.touched.add(post_id)
    if not post_name and status not in _FLOATING:
        post_name = _unique_slug(conn, env, sanitize_title(title, str(post_id)), post_id, status, post_type, parent)
        conn.execute(update(t.posts).where(t.posts.c.ID == post_id).values(post_name=post_name))
    _assign_default_terms(conn, env, post_id, post_type, status, postarr, update_)
    if not update_ and not row["guid"]:
        fresh = load_post(conn, db, post_id)
        guid = env.permalink(fresh) if env.permalink is not None and fresh is not None else ""
        guid = guid or f"{str(env.options.get('home') or '').rstrip('/')}/?p={post_id}"
        conn.execute(update(t.posts).where(t.posts.c.ID == post_id).values(guid=guid))
    if post_type != "attachment":
        _transition_post_status(conn, env, post_id, status, previous_status, post_type)
    if status == "future":
        from broadsheet.content.future_posts import schedule_check

        schedule_check(env.site, _seconds(post_date_gmt))
    if update_ and before is not None:
        _check_for_changed_slugs(conn, env, post_id, before, post_name, status, post_type)
    if fire_after_hooks and post_type != "attachment":
        after_insert_post(conn, env, post_id, update_)
    return post_id


def _check_hierarchy_for_loops(conn: Connection, env: PostEnv, parent: int, post_id: int) -> int:
    """``wp_check_post_hierarchy_for_loops``: a parent that is the post or one of its descendants becomes 0."""
    if not parent or not post_id:
        return parent
    p = env.db.tables.posts
    seen: set[int] = set()
    current = parent
    while current and current not in seen:
        if current == post_id:
            return 0
        seen.add(current)
        current = int(conn.execute(select(p.c.post_parent).where(p.c.ID == current)).scalar() or 0)
    return parent


def _assign_default_terms(conn: Connection, env: PostEnv, post_id: int, post_type: str, status: str,
                          postarr: dict[str, Any], update_: bool) -> None:
    """``wp_set_post_categories`` in ``wp_insert_post``: the given categories, the current ones, or the default."""
    if not any(tax.name == "category" for tax in taxonomies_of(env, post_type)):
        return
    cats = [c for c in (postarr.get("post_category") or []) if c]
    if not cats and update_ and "post_category" not in postarr:
        tt = env.db.tables.term_taxonomy
        current = get_object_term_ids(conn, env.db, post_id, "category")
        if current:
            cats = [int(r[0]) for r in conn.execute(select(tt.c.term_id).where(tt.c.term_taxonomy_id.in_(current)))]
    if not cats:
        cats = [int(env.options.get("default_category") or 0)] if post_type == "post" and status != "auto-draft" else []
    set_object_terms(conn, env.db, post_id, [c for c in cats if c], "category", object_types=object_types(env, "category"))


def object_types(env: PostEnv, taxonomy: str) -> list[str]:
    tax = env.site.taxonomies.get(taxonomy)
    return list(getattr(tax, "object_types", None) or getattr(tax, "object_type", None) or ["post"])


def _transition_post_status(conn: Connection, env: PostEnv, post_id: int, new: str, old: str, post_type: str) -> None:
    """``wp_transition_post_status`` defaults: recount terms on (un)publishing; ``_publish_post_hook`` for posts."""
    db = env.db
    if new == "publish" or old == "publish":
        for tax in taxonomies_of(env, post_type):
            tt_ids = get_object_term_ids(conn, db, post_id, tax.name)
            if tt_ids:
                update_term_counts(conn, db, tt_ids, object_types(env, tax.name))
    if new == "publish" and post_type == "post":
        if str(env.options.get("default_pingback_flag") or "") not in ("", "0"):
            add_meta(conn, "post", post_id, "_pingme", "1", unique=True, tables=db.tables)
        add_meta(conn, "post", post_id, "_encloseme", "1", unique=True, tables=db.tables)


def _check_for_changed_slugs(conn: Connection, env: PostEnv, post_id: int, before: WPPost, name: str, status: str,
                             post_type: str) -> None:
    """``wp_check_for_changed_slugs``: a published post whose slug changed keeps the old one in ``_wp_old_slug``."""
    if before.post_name == name or status != "publish" or before.post_status != "publish":
        return
    if post_type_object(env, post_type) is not None and post_type_object(env, post_type).hierarchical:
        return
    t = env.db.tables
    old = [str(v) for v in get_meta(conn, "post", post_id, "_wp_old_slug", tables=t)]
    if before.post_name and before.post_name not in old:
        add_meta(conn, "post", post_id, "_wp_old_slug", before.post_name, tables=t)
    if name in old:
        delete_meta(conn, "post", post_id, "_wp_old_slug", name, tables=t)


def after_insert_post(conn: Connection, env: PostEnv, post_id: int, update_: bool) -> None:
    """``wp_after_insert_post``: on updates, the revision (``wp_save_post_revision_on_insert``)."""
    if not update_:
        return
    post = load_post(conn, env.db, post_id)
    if post is None:
        return
    revision = save_post_revision(conn, env.db, post_id, author_id=env.user_id, options=env.options,
                                  supports_revisions=_supports(env, post.post_type, "revisions"))
    if revision:
        env.touched.add(revision)


def insert_post(conn: Connection, env: PostEnv, postarr: dict[str, Any], *, fire_after_hooks: bool = True) -> int:
    """``wp_insert_post`` for a new post: returns its id; raises PostError as WordPress returns WP_Error."""
    return _save(conn, env, dict(postarr), None, fire_after_hooks=fire_after_hooks)


def update_post(conn: Connection, env: PostEnv, post_id: int, changes: dict[str, Any], *,
                fire_after_hooks: bool = True) -> int:
    """``wp_update_post``: the stored row merged with ``changes``; drafts keep a floating date unless one is sent."""
    before = load_post(conn, env.db, post_id)
    if before is None:
        raise PostError("invalid_post", "Invalid post ID.")
    clear_date = (before.post_status in _FLOATING and not changes.get("edit_date")
                  and before.post_date_gmt == ZERO_DATE)
    merged = {k: getattr(before, k) for k in (*_DEFAULTS, "post_author", "post_name") if hasattr(before, k)}
    merged.update({k: v for k, v in changes.items() if k != "edit_date"})
    if clear_date:
        merged["post_date"] = current_time(env.options, env.now())[0]
        merged["post_date_gmt"] = ""
    return _save(conn, env, merged, before, fire_after_hooks=fire_after_hooks)


def publish_post(conn: Connection, env: PostEnv, post_id: int) -> bool:
    """``wp_publish_post``: status to ``publish`` (default category if it has none), counts, revision."""
    post = load_post(conn, env.db, post_id)
    if post is None or post.post_status == "publish":
        return False
    default = int(env.options.get("default_category") or 0)
    if (default and any(tax.name == "category" for tax in taxonomies_of(env, post.post_type))
            and not get_object_term_ids(conn, env.db, post_id, "category")):
        set_object_terms(conn, env.db, post_id, [default], "category", object_types=object_types(env, "category"))
    p = env.db.tables.posts
    conn.execute(update(p).where(p.c.ID == post_id).values(post_status="publish"))
    env.touched.add(post_id)
    _transition_post_status(conn, env, post_id, "publish", post.post_status, post.post_type)
    after_insert_post(conn, env, post_id, True)
    return True


def publish_due_posts(conn: Connection, env: PostEnv, limit: int = 100) -> list[int]:
    """``check_and_publish_future_post`` for every ``future`` post whose GMT date has come."""
    p = env.db.tables.posts
    now_gmt = current_time(env.options, env.now())[1]
    rows = conn.execute(select(p.c.ID).where(p.c.post_status == "future", p.c.post_date_gmt <= now_gmt)
                        .order_by(p.c.post_date_gmt).limit(limit)).all()
    published = []
    for (post_id,) in rows:
        if publish_post(conn, env, int(post_id)):
            published.append(int(post_id))
    return published


def next_future_time(conn: Connection, env: PostEnv) -> float | None:
    """Unix time of the earliest scheduled post (None when nothing is scheduled)."""
    p = env.db.tables.posts
    value = conn.execute(select(p.c.post_date_gmt).where(p.c.post_status == "future")
                         .order_by(p.c.post_date_gmt).limit(1)).scalar()
    return _seconds(str(value)) if value else None

