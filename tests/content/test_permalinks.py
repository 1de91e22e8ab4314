"""Permalinks: pretty and plain post links, unpublished posts, page hierarchy, front page, attachments, terms, authors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from broadsheet.content.permalinks import (
    PermalinkSource,
    author_link,
    get_permalink,
    get_sample_permalink,
    term_link,
)

HOME = "http://example.org"


@dataclass
class P:
    ID: int
    post_type: str = "post"
    post_status: str = "publish"
    post_name: str = ""
    post_date: str = "2024-03-05 10:20:30"
    post_parent: int = 0
    post_author: int = 1
    post_title: str = ""


def source(structure: str = "/%year%/%monthnum%/%day%/%postname%/", posts: dict[int, Any] | None = None,
           **options: Any) -> PermalinkSource:
    posts = posts or {}
    return PermalinkSource(options={"home": HOME, "permalink_structure": structure, **options},
                           get_post=posts.get, author_nicename=lambda uid: "ada")


def test_pretty_post_link_replaces_date_and_name_tags() -> None:
    post = P(5, post_name="hello")
    assert get_permalink(source(), post) == f"{HOME}/2024/03/05/hello/"
    assert get_permalink(source("/%post_id%-%author%"), post) == f"{HOME}/5-ada"


@pytest.mark.parametrize("status", ["draft", "pending", "future", "trash", "auto-draft"])
def test_unpublished_posts_get_plain_links(status: str) -> None:
    assert get_permalink(source(), P(7, post_status=status, post_name="x")) == f"{HOME}/?p=7"


def test_private_post_is_pretty_only_for_readers() -> None:
    post = P(8, post_status="private", post_name="secret")
    assert get_permalink(source(), post) == f"{HOME}/?p=8"
    readable = source()
    readable.can_read_post = lambda p: True
    assert get_permalink(readable, post) == f"{HOME}/2024/03/05/secret/"


def test_plain_permalinks() -> None:
    assert get_permalink(source(""), P(5, post_name="hello")) == f"{HOME}/?p=5"
    assert get_permalink(source(""), P(6, post_type="page", post_name="about")) == f"{HOME}/?page_id=6"


def test_page_link_includes_ancestors_and_front_page_is_home() -> None:
    posts = {1: P(1, post_type="page", post_name="about"), 2: P(2, post_type="page", post_name="team", post_parent=1)}
    leaf = P(3, post_type="page", post_name="alice", post_parent=2)
    assert get_permalink(source(posts=posts), leaf) == f"{HOME}/about/team/alice/"
    front = source(posts=posts, show_on_front="page", page_on_front="3")
    assert get_permalink(front, leaf) == f"{HOME}/"


def test_attachment_links() -> None:
    posts = {24: P(24, post_name="music")}
    attached = P(10, post_type="attachment", post_status="inherit", post_name="photo-one", post_parent=24)
    src = source(posts=posts)
    src.effective_status = lambda p: "publish"
    assert get_permalink(src, attached) == f"{HOME}/2024/03/05/music/photo-one/"
    loose = P(11, post_type="attachment", post_status="inherit", post_name="loose")
    assert get_permalink(src, loose) == f"{HOME}/loose/"
    assert get_permalink(source(""), loose) == f"{HOME}/?attachment_id=11"


def test_sample_permalink_keeps_the_name_tag_and_publishes_drafts() -> None:
    draft = P(9, post_status="draft", post_title="Draft: x")
    link, slug = get_sample_permalink(source(), draft, "draft-x", lambda sample: sample.post_name)
    assert (link, slug) == (f"{HOME}/2024/03/05/%postname%/", "draft-x")
    posts = {1: P(1, post_type="page", post_name="about")}
    page = P(4, post_type="page", post_name="team", post_parent=1)
    link, _ = get_sample_permalink(source(posts=posts), page, "team", lambda sample: sample.post_name)
    assert link == f"{HOME}/about/%pagename%/"


def test_term_and_author_links() -> None:
    assert term_link(source(), term_id=3, slug="news", taxonomy="category", ancestors=["world"]) == \
        f"{HOME}/category/world/news/"
    assert term_link(source(), term_id=4, slug="python", taxonomy="post_tag") == f"{HOME}/tag/python/"
    assert term_link(source(""), term_id=3, slug="news", taxonomy="category") == f"{HOME}/?cat=3"
    assert term_link(source(""), term_id=4, slug="python", taxonomy="post_tag") == f"{HOME}/?tag=python"
    assert author_link(source(), 2, "ada") == f"{HOME}/author/ada/"
    assert author_link(source(""), 2, "ada") == f"{HOME}/?author=2"


def test_core_types_other_than_pages_and_media_use_the_posts_structure() -> None:
    """``get_permalink`` sends only non-``_builtin`` types to ``get_post_permalink`` (an oembed_cache guid)."""
    src = source()
    src.is_builtin = lambda name: name in ("post", "page", "attachment", "oembed_cache")
    assert get_permalink(src, P(9, post_type="oembed_cache", post_name="abc")) == f"{HOME}/2024/03/05/abc/"
    assert get_permalink(src, P(9, post_type="book", post_name="abc")) == f"{HOME}/book/abc/"


@pytest.mark.parametrize(("structure", "expected"), [
    pytest.param("/%year%/%monthnum%/%day%/%postname%/", "http://example.test/2026/02/", id="dated"),
    pytest.param("/%postname%/", "http://example.test/2026/02/", id="postname"),
    pytest.param("/archives/%post_id%", "http://example.test/archives/date/2026/02", id="post-id-moves-dates"),
    pytest.param("", "http://example.test/?m=202602", id="plain"),
])
def test_month_link_follows_the_date_permastruct(structure: str, expected: str) -> None:
    from broadsheet.content.permalinks import PermalinkSource, month_link

    source = PermalinkSource(options={"home": "http://example.test", "permalink_structure": structure})
    assert month_link(source, 2026, 2) == expected


@pytest.mark.parametrize(("structure", "feed", "expected"), [
    pytest.param("/%year%/%monthnum%/%day%/%postname%/", "rss2", "http://example.test/feed/", id="pretty"),
    pytest.param("/%postname%/", "comments_rss2", "http://example.test/comments/feed/", id="pretty-comments"),
    pytest.param("/%postname%/", "atom", "http://example.test/feed/atom/", id="pretty-atom"),
    pytest.param("/index.php/%postname%", "rss2", "http://example.test/index.php/feed", id="path-info"),
    pytest.param("", "comments_rss2", "http://example.test/?feed=comments-rss2", id="plain"),
])
def test_feed_link_follows_the_feed_permastruct(structure: str, feed: str, expected: str) -> None:
    from broadsheet.content.permalinks import PermalinkSource, feed_link

    source = PermalinkSource(options={"home": "http://example.test", "permalink_structure": structure})
    assert feed_link(source, feed) == expected


def test_day_link_follows_the_date_permastruct() -> None:
    from broadsheet.content.permalinks import PermalinkSource, day_link

    pretty = PermalinkSource(options={"home": "http://example.test", "permalink_structure": "/%postname%/"})
    plain = PermalinkSource(options={"home": "http://example.test", "permalink_structure": ""})
    assert day_link(pretty, 2026, 2, 1) == "http://example.test/2026/02/01/"
    assert day_link(plain, 2026, 2, 1) == "http://example.test/?m=20260201"
