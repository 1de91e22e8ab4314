"""Permalinks of posts, pages, attachments, terms and authors (``get_permalink`` and friends).

Port of wp-includes/link-template.php (WordPress 7.1.4): ``get_permalink``,
``get_page_link``/``_get_page_link``, ``get_attachment_link``, ``get_post_permalink``,
``wp_force_plain_post_permalink``, ``get_sample_permalink`` (wp-admin/includes/post.php),
``get_term_link`` and ``get_author_posts_url``. Pure functions over a :class:`PermalinkSource`
(options plus how to look up posts, categories and authors), so any controller can use them.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = [
    "PermalinkSource",
    "PostLike",
    "get_permalink",
    "get_sample_permalink",
    "get_page_uri",
    "term_link",
    "author_link",
    "month_link",
    "day_link",
    "feed_link",
    "user_trailingslashit",
    "home_url",
]

#: Statuses whose posts keep plain links unless viewable (``wp_force_plain_post_permalink``).
_PUBLIC_STATUSES = ("publish",)
_PRIVATE_STATUSES = ("private",)
_PROTECTED_STATUSES = ("future", "draft", "pending")
_DATE_FLOATING_STATUSES = ("auto-draft", "draft", "pending", "future")
_REWRITE_TAGS = ("%year%", "%monthnum%", "%day%", "%hour%", "%minute%", "%second%", "%postname%",
                 "%post_id%", "%category%", "%author%", "%pagename%")


class PostLike(Protocol):
    """The post fields permalinks read."""

    ID: int
    post_type: str
    post_status: str
    post_name: str
    post_date: str
    post_parent: int
    post_author: int
    post_title: str


@dataclass
class PermalinkSource:
    """What building links needs: options and lookups (all may be served from request caches)."""

    options: Mapping[str, Any]
    get_post: Callable[[int], Any] = lambda post_id: None
    #: ``post_id -> [(term_id, slug, parent_term_id)]`` of its categories (for ``%category%``).
    post_categories: Callable[[int], list[tuple[int, str, int]]] = lambda post_id: []
    #: ``term_id -> (slug, parent_term_id)`` of a category (for ancestor paths).
    get_category: Callable[[int], tuple[str, int] | None] = lambda term_id: None
    author_nicename: Callable[[int], str] = lambda user_id: ""
    #: ``read_post`` for the current caller (private posts get pretty links only if readable).
    can_read_post: Callable[[Any], bool] = lambda post: False
    #: ``post_type -> (hierarchical, viewable)``; unknown types are treated as flat, viewable posts.
    post_type_info: Callable[[str], tuple[bool, bool]] = lambda post_type: (post_type == "page", True)
    #: Whether a type is built in (``_builtin``): core types other than page and attachment link as posts.
    is_builtin: Callable[[str], bool] = lambda post_type: post_type == "post"
    #: ``get_post_status`` for attachments (their effective status follows the parent).
    effective_status: Callable[[Any], str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def home(self) -> str:
        return str(self.options.get("home") or "").rstrip("/")

    @property
    def structure(self) -> str:
        return str(self.options.get("permalink_structure") or "")


def home_url(source: PermalinkSource, path: str = "") -> str:
    """``home_url($path)``: home plus ``/`` and the path without its leading slashes."""
    if not path:
        return source.home
    return source.home + "/" + path.lstrip("/")


def user_trailingslashit(source: PermalinkSource, url: str) -> str:
    """Trailing slash exactly when the permalink structure ends with one."""
    return url.rstrip("/") + "/" if source.structure.endswith("/") else url.rstrip("/")


def _status(source: PermalinkSource, post: Any) -> str:
    if source.effective_status is not None:
        return source.effective_status(post)
    return post.post_status


def force_plain_post_permalink(source: PermalinkSource, post: Any, sample: bool = False) -> bool:
    """``wp_force_plain_post_permalink``: unpublished (and unreadable private) posts keep plain links."""
    status = _status(source, post)
    if status in _PUBLIC_STATUSES:
        return False
    if status in _PRIVATE_STATUSES and source.can_read_post(post):
        return False
    if status in _PROTECTED_STATUSES and sample:
        return False
    return True


def _category_path(source: PermalinkSource, post: Any) -> str:
    """``%category%``: the lowest-id category with its ancestors' slugs (``get_category_parents``)."""
    cats = sorted(source.post_categories(post.ID), key=lambda c: c[0])
    if not cats:
        default = source.options.get("default_category")
        found = source.get_category(int(default or 0)) if default else None
        return found[0] if found else ""
    term_id, slug, parent = cats[0]
    parts = [slug]
    seen = {term_id}
    while parent and parent not in seen:
        seen.add(parent)
        found = source.get_category(parent)
        if found is None:
            break
        parts.insert(0, found[0])
        parent = found[1]
    return "/".join(parts)


def _post_link(source: PermalinkSource, post: Any, leavename: bool, sample: bool) -> str:
    structure = source.structure
    if structure and not force_plain_post_permalink(source, post, sample):
        date = (post.post_date or "0000-00-00 00:00:00")[:19]
        year, month, day = date[0:4], date[5:7], date[8:10]
        hour, minute, second = date[11:13], date[14:16], date[17:19]
        replacements = {
            "%year%": year, "%monthnum%": month, "%day%": day, "%hour%": hour, "%minute%": minute,
            "%second%": second, "%post_id%": str(post.ID),
        }
        if not leavename:
            replacements["%postname%"] = post.post_name
            replacements["%pagename%"] = post.post_name
        if "%category%" in structure:
            replacements["%category%"] = _category_path(source, post)
        if "%author%" in structure:
            replacements["%author%"] = source.author_nicename(post.post_author)
        link = structure
        for tag in _REWRITE_TAGS:
            if tag in replacements:
                link = link.replace(tag, replacements[tag])
        return user_trailingslashit(source, home_url(source, link))
    return home_url(source, f"?p={post.ID}")


def get_post_ancestors(source: PermalinkSource, post: Any) -> list[Any]:
    """Parents of ``post``, nearest first, stopping at a loop (``get_post_ancestors``)."""
    ancestors: list[Any] = []
    seen = {post.ID}
    parent_id = post.post_parent
    while parent_id and parent_id not in seen:
        parent = source.get_post(parent_id)
        if parent is None:
            break
        ancestors.append(parent)
        seen.add(parent_id)
        parent_id = parent.post_parent
    return ancestors


def get_page_uri(source: PermalinkSource, post: Any) -> str:
    """``get_page_uri``: the slugs of the ancestors and the page, joined by ``/``."""
    uri = post.post_name
    for parent in get_post_ancestors(source, post):
        if parent.post_name:
            uri = parent.post_name + "/" + uri
    return uri


def _page_link(source: PermalinkSource, post: Any, leavename: bool, sample: bool, *, front: bool = True) -> str:
    """``get_page_link`` (``front=False``: ``_get_page_link``, which ignores ``page_on_front``)."""
    options = source.options
    if front and (options.get("show_on_front") == "page" and str(options.get("page_on_front") or "0") == str(post.ID)):
        return home_url(source, "/")
    force_plain = force_plain_post_permalink(source, post, sample)
    if source.structure and (not force_plain or sample):
        link = "%pagename%" if leavename else get_page_uri(source, post)
        return user_trailingslashit(source, home_url(source, link))
    return home_url(source, f"?page_id={post.ID}")


def _attachment_link(source: PermalinkSource, post: Any, leavename: bool) -> str:
    """``get_attachment_link``: under the parent's link when attached, else ``{home}/{slug}/``."""
    parent = source.get_post(post.post_parent) if post.post_parent else None
    parent_valid = not post.post_parent or (
        parent is not None and post.post_parent != post.ID and source.post_type_info(parent.post_type)[1])
    link = ""
    if force_plain_post_permalink(source, post) or not parent_valid:
        link = ""
    elif source.structure and parent is not None:
        hierarchical, _ = source.post_type_info(parent.post_type)
        page_parent = hierarchical and parent.post_type == "page"
        parent_link = (_page_link(source, parent, False, False, front=False) if page_parent
                       else get_permalink(source, parent))
        numeric = post.post_name.isdigit()
        name = ("attachment/" + post.post_name) if numeric or "%category%" in source.structure else post.post_name
        if "?" not in parent_link:
            link = user_trailingslashit(source, parent_link.rstrip("/") + "/%postname%")
            if not leavename:
                link = link.replace("%postname%", name)
    elif source.structure and not leavename:
        link = home_url(source, user_trailingslashit(source, post.post_name))
    return link or home_url(source, f"/?attachment_id={post.ID}")


def _custom_link(source: PermalinkSource, post: Any, leavename: bool, sample: bool) -> str:
    """``get_post_permalink`` for other types: ``{home}/{type}/{slug}/`` or ``?{type}={slug}``."""
    hierarchical, _ = source.post_type_info(post.post_type)
    if source.structure and not force_plain_post_permalink(source, post, sample):
        slug = f"%{post.post_type}%" if leavename else (
            get_page_uri(source, post) if hierarchical else post.post_name)
        return user_trailingslashit(source, home_url(source, f"{post.post_type}/{slug}"))
    if post.post_name and not force_plain_post_permalink(source, post, sample):
        return home_url(source, f"?{post.post_type}={post.post_name}")
    return home_url(source, f"?post_type={post.post_type}&p={post.ID}")


def get_permalink(source: PermalinkSource, post: Any, *, leavename: bool = False, sample: bool = False) -> str:
    """``get_permalink``: the public URL of a post of any type."""
    if post.post_type == "page":
        return _page_link(source, post, leavename, sample)
    if post.post_type == "attachment":
        return _attachment_link(source, post, leavename)
    if post.post_type == "post" or source.is_builtin(post.post_type):
        return _post_link(source, post, leavename, sample)  # wp_block, wp_navigation, … as WordPress
    return _custom_link(source, post, leavename, sample)


@dataclass
class _SamplePost:
    """A copy of the post with the fields ``get_sample_permalink`` overrides."""

    ID: int
    post_type: str
    post_status: str
    post_name: str
    post_date: str
    post_parent: int
    post_author: int
    post_title: str


def get_sample_permalink(source: PermalinkSource, post: Any, slug: str,
                         unique_slug: Callable[[Any], str]) -> tuple[str, str]:
    """``get_sample_permalink($post, $title, '')``: (link template with ``%postname%``, generated slug).

    ``slug`` is the title's sanitised slug; ``unique_slug(sample_post)`` applies ``wp_unique_post_slug``.
    """
    sample = _SamplePost(post.ID, post.post_type, post.post_status, post.post_name, post.post_date,
                         post.post_parent, post.post_author, post.post_title)
    if sample.post_status in _DATE_FLOATING_STATUSES:
        sample.post_status = "publish"
    sample.post_name = slug
    sample.post_name = unique_slug(sample)
    link = get_permalink(source, sample, leavename=True, sample=True)
    link = link.replace(f"%{sample.post_type}%", "%pagename%")
    hierarchical, _ = source.post_type_info(sample.post_type)
    if hierarchical:
        uri = get_page_uri(source, sample).rstrip("/")
        uri = uri[: uri.rfind("/")] if "/" in uri else ""
        uri = uri.rstrip("/")
        if uri:
            uri += "/"
        link = link.replace("%pagename%", f"{uri}%pagename%")
    return link, sample.post_name


def _date_permastruct(source: PermalinkSource) -> str:
    """``WP_Rewrite::get_date_permastruct``: the front, then year, month and day in the structure's order."""
    structure = source.structure
    front = structure[:structure.index("%")] if "%" in structure else structure
    if "%post_id%" in re.findall(r"%.+?%", structure)[:3]:
        front += "date/"  # date tags may not overlap %post_id%: they move under /date/
    endian = next((e for e in ("%year%/%monthnum%/%day%", "%day%/%monthnum%/%year%", "%monthnum%/%day%/%year%")
                   if e in structure), "%year%/%monthnum%/%day%")
    return front + endian


def month_link(source: PermalinkSource, year: int, month: int) -> str:
    """``get_month_link``: the month permastruct (``WP_Rewrite::get_month_permastruct``) or ``?m=YYYYMM``."""
    if not source.structure:
        return home_url(source, f"?m={year}{month:02d}")
    path = re.sub(r"/+", "/", _date_permastruct(source).replace("%day%", "") + "/")
    path = path.replace("%year%", str(year)).replace("%monthnum%", f"{month:02d}")
    return home_url(source, user_trailingslashit(source, path))


def day_link(source: PermalinkSource, year: int, month: int, day: int) -> str:
    """``get_day_link``: the date permastruct or ``?m=YYYYMMDD``."""
    if not source.structure:
        return home_url(source, f"?m={year}{month:02d}{day:02d}")
    path = _date_permastruct(source).replace("%year%", str(year)).replace("%monthnum%", f"{month:02d}")
    return home_url(source, user_trailingslashit(source, path.replace("%day%", f"{day:02d}")))


def feed_link(source: PermalinkSource, feed: str = "") -> str:
    """``get_feed_link``: ``{home}/feed/`` (``comments_rss2``: ``/comments/feed/``) or ``?feed=…``.

    rss2 is the default feed: its pretty link has no feed name.
    """
    if not source.structure:
        feed = (feed or "rss2").replace("comments_", "comments-")
        return home_url(source, f"?feed={feed}")
    root = "index.php/" if source.structure.lstrip("/").startswith("index.php") else ""
    permastruct = f"{root}feed/%feed%"
    if "comments_" in feed:
        feed = feed.replace("comments_", "")
        permastruct = f"{root}comments/feed/%feed%"
    path = re.sub(r"/+", "/", "/" + permastruct.replace("%feed%", "" if feed == "rss2" else feed))
    return home_url(source, user_trailingslashit(source, path))


def term_link(source: PermalinkSource, *, term_id: int, slug: str, taxonomy: str,
              ancestors: list[str] | None = None, rewrite_slug: str | None = None,
              query_var: bool = True) -> str:
    """``get_term_link``: ``{home}/{base}/{ancestors}/{slug}/`` or the plain query form
    (``?taxonomy=…&term=…`` for a taxonomy without a query var: not publicly queryable)."""
    options = source.options
    if taxonomy == "category":
        base = str(options.get("category_base") or "") or "category"
    elif taxonomy == "post_tag":
        base = str(options.get("tag_base") or "") or "tag"
    else:
        base = rewrite_slug or taxonomy
    if source.structure and (taxonomy in ("category", "post_tag") or rewrite_slug):
        path = "/".join([*(ancestors or []), slug]) if taxonomy == "category" else slug
        return user_trailingslashit(source, home_url(source, f"{base.strip('/')}/{path}"))
    if taxonomy == "category":
        return home_url(source, f"?cat={term_id}")
    if taxonomy == "post_tag":
        return home_url(source, f"?tag={slug}")
    if not query_var:
        return home_url(source, f"?taxonomy={taxonomy}&term={slug}")
    return home_url(source, f"?{taxonomy}={slug}")


def author_link(source: PermalinkSource, user_id: int, nicename: str) -> str:
    """``get_author_posts_url``: ``{home}/author/{nicename}/`` or ``{home}/?author={id}``."""
    if source.structure:
        return user_trailingslashit(source, home_url(source, f"author/{nicename}"))
    return home_url(source, f"?author={user_id}")
