"""The dynamic navigation blocks on their own: attribute preparation, wrapper attributes, context, pages.

The rendered markup itself is held to WordPress by ``tests/rest/test_navigation_blocks.py`` (recorded
cases); these cover the pieces the recordings cannot reach (a front page, orphans, no page source).
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.page_source import get_page_children
from broadsheet.formatting.dynamic_blocks import block_wrapper_attributes, prepare_attributes_for_render
from broadsheet.formatting.navigation_blocks import NAVIGATION_LINK, PageItem
from broadsheet.formatting.render_blocks import BlockPost, do_blocks


class _Pages:
    def __init__(self, pages: list[PageItem], front: int = 0) -> None:
        self._pages, self._front = pages, front

    def pages(self) -> list[PageItem]:
        return self._pages

    def front_page_id(self) -> int:
        return self._front


class _Ids:
    post_id = 0

    def __init__(self, pages: _Pages | None = None, posts: dict[int, BlockPost] | None = None) -> None:
        self.pages, self.posts = pages, posts or {}
        self.colored: set[str] = set()

    def unique_id(self, prefix: str) -> str:
        return prefix + "1"

    def get_post_meta(self, key: str) -> Any:
        return ""

    def attachment_metadata(self, attachment_id: int) -> dict[str, Any]:
        return {}

    def get_post(self, post_id: int) -> BlockPost | None:
        return self.posts.get(post_id)

    def rendering_patterns(self) -> set[int]:
        return set()

    def page_source(self) -> _Pages | None:
        return self.pages

    def color_supported_blocks(self) -> set[str]:
        return self.colored


PAGES = _Pages([PageItem(1, 0, "Home", "/"), PageItem(2, 0, "", "/untitled/"), PageItem(3, 1, "Child", "/child/")], front=1)


def test_invalid_attributes_are_dropped_then_defaulted() -> None:
    prepared = prepare_attributes_for_render(
        {"id": "abc", "opensInNewTab": "yes", "label": 5, "rel": None, "other": object}, NAVIGATION_LINK.attributes)
    assert prepared == {"other": object, "opensInNewTab": False}
    assert prepare_attributes_for_render({"id": " 12 ", "opensInNewTab": "TRUE"}, NAVIGATION_LINK.attributes) == {
        "id": " 12 ", "opensInNewTab": "TRUE"}


def test_wrapper_classes_put_the_extra_ones_first_once() -> None:
    html = block_wrapper_attributes("core/navigation-link", NAVIGATION_LINK,
                                    {"className": "a  wp-block-navigation-item", "anchor": 'x"y'}, {"class": " wp-block-navigation-item"})
    assert html == 'class="wp-block-navigation-item a wp-block-navigation-link" id="x&quot;y"'


def test_page_list_marks_the_front_page_and_titles_empty_pages() -> None:
    html = do_blocks("<!-- wp:page-list /-->", _Ids(PAGES))
    assert '<li class="wp-block-pages-list__item has-child menu-item-home">' in html
    assert 'href="/untitled/">(no title)</a>' in html
    assert '<li class="wp-block-pages-list__item "><a class="wp-block-pages-list__item__link" href="/child/">' in html


def test_page_list_without_a_page_source_renders_nothing() -> None:
    assert do_blocks('<!-- wp:page-list /-->', _Ids()) == ""
    assert do_blocks('<!-- wp:page-list {"parentPageID":"0"} /-->', _Ids(PAGES)) == ""


def test_submenu_context_reaches_nested_page_lists_only_through_is_parent_submenu() -> None:
    nested = do_blocks('<!-- wp:navigation-submenu {"label":"S"} --><!-- wp:page-list {"parentPageID":1} /-->'
                       '<!-- /wp:navigation-submenu -->', _Ids(PAGES))
    assert '<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu"><li ' in nested
    assert "wp-block-page-list" not in nested


def test_a_submenu_with_children_turns_colour_support_on_for_the_rest_of_the_request() -> None:
    doc = ('<!-- wp:navigation-submenu {"label":"S","textColor":"a","backgroundColor":"b","fontSize":"x"} -->'
           '<!-- wp:navigation-link {"label":"L","url":"/l"} /--><!-- /wp:navigation-submenu -->')
    ids = _Ids()
    first, second = do_blocks(doc, ids), do_blocks(doc, ids)
    colours = "has-text-color has-a-color has-background has-b-background-color"
    assert first.startswith('<li class="wp-block-navigation-item has-child wp-block-navigation-submenu has-x-font-size">')
    assert f'<ul class="wp-block-navigation__submenu-container {colours} wp-block-navigation-submenu has-x-font-size">' in first
    assert second.startswith(f'<li class="wp-block-navigation-item has-child wp-block-navigation-submenu {colours} has-x')
    assert do_blocks('<!-- wp:navigation-submenu {"label":"S","textColor":"a"} /-->', _Ids()) == (
        '<li class="wp-block-navigation-item wp-block-navigation-submenu"><a class="wp-block-navigation-item__content">'
        '<span class="wp-block-navigation-item__label">S</span></a></li>')


def test_links_to_unpublished_posts_hide_their_subtree() -> None:
    ids = _Ids(posts={4: BlockPost("page", "draft", "", ""), 5: BlockPost("post", "publish", "", "")})
    doc = ('<!-- wp:navigation-link {"label":"D","type":"page","id":4} /-->'
           '<!-- wp:navigation-link {"label":"P","kind":"post-type","id":5.0} /-->')
    html = do_blocks(doc, ids)
    assert ">D<" not in html and ">P<" in html


def test_get_page_children_walks_depth_first_and_drops_orphans() -> None:
    class Page:
        def __init__(self, ID: int, post_parent: int) -> None:
            self.ID, self.post_parent = ID, post_parent

    pages: list[Any] = [Page(1, 0), Page(2, 0), Page(3, 1), Page(4, 9), Page(5, 3)]
    assert [p.ID for p in get_page_children(0, pages)] == [1, 3, 5, 2]
