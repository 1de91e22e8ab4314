"""The dynamic blocks navigation posts hold: ``core/page-list``, ``core/navigation-link``, ``core/navigation-submenu``.

Ports ``render_block_core_page_list``, ``render_block_core_navigation_link`` and
``render_block_core_navigation_submenu`` (``wp-includes/blocks/*.php``, WordPress 7.1.4) as they render
outside a ``core/navigation`` block (a ``wp_navigation`` post's content): no submenu icons, submenus
open on hover, and nothing is the queried object (a REST request queries none), so no item is current.
Pages come from a ``PageSource``; another post's status from ``BlockContext.get_post``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from urllib.parse import unquote

from broadsheet.formatting.dynamic_blocks import (
    DynamicBlock,
    DynamicRender,
    block_wrapper_attributes,
    is_numeric,
    php_int,
)
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.formatting.php_url import php_parse_url
from broadsheet.formatting.preset_supports import colors_support
from broadsheet.formatting.tag_processor import TagProcessor
from broadsheet.formatting.urls import esc_url

if TYPE_CHECKING:
    from broadsheet.formatting.blocks import ParsedBlock
    from broadsheet.formatting.render_blocks import BlockContext

__all__ = ["NAVIGATION_BLOCKS", "PageItem", "PageSource"]


class PageItem(NamedTuple):
    """A published page as the page list shows it."""

    ID: int
    post_parent: int
    post_title: str
    link: str


class PageSource(Protocol):
    """Where the page list finds the site's pages (filled in by the content layer)."""

    def pages(self) -> list[PageItem]:
        """``get_pages(['sort_column' => 'menu_order,post_title'])``: published pages in that order."""
        ...

    def front_page_id(self) -> int:
        """``(int) get_option('page_on_front')``."""
        ...


# -- core/page-list ----------------------------------------------------------------------
def _page_list_items(pages: list[PageItem], children: dict[int, list[PageItem]], is_nested: bool,
                     front_page_id: int, depth: int = 0) -> str:
    """``block_core_page_list_render_nested_page_list`` outside a navigation block."""
    markup = ""
    for page in pages:
        css_class = ""
        kids = children.get(page.ID)
        if kids:
            css_class += " has-child"
        if (0 < depth and not is_nested) or is_nested:
            css_class += " "  # the (empty) overlay colour classes of a submenu level
        if page.ID == front_page_id:
            css_class += " menu-item-home"
        title = page.post_title if page.post_title not in ("", "0") else "(no title)"
        markup += f'<li class="wp-block-pages-list__item{esc_attr(css_class)}">'
        markup += (f'<a class="wp-block-pages-list__item__link" href="{esc_url(page.link)}">'
                   f"{wp_kses_post(title)}</a>")
        if kids:
            markup += '<ul class="wp-block-navigation__submenu-container">'
            markup += _page_list_items(kids, children, is_nested, front_page_id, depth + 1)
            markup += "</ul>"
        markup += "</li>"
    return markup


def _array_key(value: Any) -> int | None:
    """The integer key PHP's ``array_key_exists`` looks up for a validated ``integer`` attribute."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"-?[1-9][0-9]*|0", value):
        return int(value)
    return None  # a non-canonical numeric string stays a string key, and no page id is one


def _render_page_list(attributes: dict[str, Any], rendered: DynamicRender, block: ParsedBlock,
                      ids: BlockContext) -> str:
    """``render_block_core_page_list``: the published pages as nested lists, from ``parentPageID`` down."""
    source = ids.page_source()
    all_pages = source.pages() if source is not None else []
    if not all_pages:
        return ""
    top_level: list[PageItem] = []
    children: dict[int, list[PageItem]] = {}
    for page in all_pages:
        if page.post_parent:
            children.setdefault(page.post_parent, []).append(page)
        else:
            top_level.append(page)
    nested = top_level
    parent = attributes.get("parentPageID", 0)
    if not (type(parent) is int and parent == 0):  # ``0 !== $parent_page_id``: "0" and 0.0 are parents too
        parent_id = _array_key(parent)
        if parent_id is None or parent_id not in children:
            return ""
        nested = children[parent_id]
    assert source is not None
    is_nested = bool(rendered.context.get("core/isInsideSubmenu"))
    items = _page_list_items(nested, children, is_nested, source.front_page_id())
    if is_nested:
        return items
    wrapper = block_wrapper_attributes("core/page-list", PAGE_LIST, attributes, {"class": "", "style": ""})
    return f"<ul {wrapper}>{items}</ul>"


# -- core/navigation-link and core/navigation-submenu ------------------------------------
def _item_should_render(attributes: dict[str, Any], ids: BlockContext) -> bool:
    """``block_core_shared_navigation_item_should_render``: links to posts that are not published hide."""
    item_id = attributes.get("id")
    has_id = "id" in attributes and item_id is not None and is_numeric(item_id)
    is_post_type = attributes.get("kind") == "post-type" or attributes.get("type") in ("post", "page")
    if is_post_type and has_id:
        post_id = php_int(item_id)
        post = ids.get_post(post_id) if post_id > 0 else None
        if post is None or post.post_status != "publish":
            return False
    return True


def _maybe_urldecode(url: str) -> str:
    """``block_core_navigation_link_maybe_urldecode``: a URL whose query values are still encoded is decoded."""
    parts = php_parse_url(url)
    query = parts.get("query") if parts else None
    if not isinstance(query, str):
        return url
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        if "[" in unquote(key.replace("+", " ")):
            continue  # parse_str makes an array of it, which is never checked
        value = unquote(value.replace("+", " "))
        if value in ("", "0"):
            continue
        if unquote(value) != value:
            return unquote(url)
    return url


def _anchor_attributes(attributes: dict[str, Any], href: str | None) -> str:
    """The ``<a>`` attributes both blocks append after the class: href, target, rel, title."""
    html = f' href="{esc_url(href)}"' if href is not None else ""
    if attributes.get("opensInNewTab") is True:
        html += ' target="_blank"  '
    if isinstance(attributes.get("rel"), str):
        html += f' rel="{esc_attr(attributes["rel"])}"'
    elif attributes.get("nofollow"):
        html += ' rel="nofollow"'
    if isinstance(attributes.get("title"), str):
        html += f' title="{esc_attr(attributes["title"])}"'
    return html


def _label_and_description(attributes: dict[str, Any]) -> str:
    label = attributes.get("label")
    html = '<span class="wp-block-navigation-item__label">'
    html += wp_kses_post(label) if isinstance(label, str) else ""
    html += "</span>"
    description = attributes.get("description")
    if description not in (None, "", "0", False, 0):
        html += f'<span class="wp-block-navigation-item__description">{wp_kses_post(str(description))}</span>'
    return html


def _has_label(attributes: dict[str, Any]) -> bool:
    return attributes.get("label") not in (None, "", "0", False, 0)


def _render_navigation_link(attributes: dict[str, Any], rendered: DynamicRender, block: ParsedBlock,
                            ids: BlockContext) -> str:
    """``render_block_core_navigation_link``: an ``<li>`` with the link and its inner items as a submenu."""
    if not _item_should_render(attributes, ids) or not _has_label(attributes):
        return ""
    inner = "".join(rendered.inner_blocks)
    has_submenu = bool(inner.strip(" \t\n\r\0\x0b"))
    extra = " wp-block-navigation-item" + (" has-child" if has_submenu else "")
    wrapper = block_wrapper_attributes("core/navigation-link", NAVIGATION_LINK, attributes, {"class": extra})
    url = attributes.get("url")
    href = _maybe_urldecode(url) if isinstance(url, str) else None
    html = f'<li {wrapper}><a class="wp-block-navigation-item__content" {_anchor_attributes(attributes, href)}>'
    html += _label_and_description(attributes) + "</a>"
    if has_submenu:
        html += f'<ul class="wp-block-navigation__submenu-container">{inner}</ul>'
    return html + "</li>"


def _render_navigation_submenu(attributes: dict[str, Any], rendered: DynamicRender, block: ParsedBlock,
                               ids: BlockContext) -> str:
    """``render_block_core_navigation_submenu``: a link item whose inner items open on hover."""
    if not _item_should_render(attributes, ids) or not _has_label(attributes):
        return ""
    inner = "".join(rendered.inner_blocks)
    has_submenu = bool(inner.strip(" \t\n\r\0\x0b"))
    classes = "wp-block-navigation-item" + (" has-child" if has_submenu else "")
    colored = ids.color_supported_blocks()
    block_type = _SUBMENU_WITH_COLOR if "core/navigation-submenu" in colored else NAVIGATION_SUBMENU
    wrapper = block_wrapper_attributes("core/navigation-submenu", block_type, attributes, {"class": classes})
    url = attributes.get("url")
    href = url if isinstance(url, str) and url not in ("", "0") else None
    html = f'<li {wrapper}><a class="wp-block-navigation-item__content"{_anchor_attributes(attributes, href)}>'
    html += _label_and_description(attributes) + "</a>"
    if has_submenu:
        if inner.find("current-menu-item") > 0:
            processor = TagProcessor(html)
            while processor.next_tag(class_name="wp-block-navigation-item"):
                processor.add_class("current-menu-ancestor")
            html = processor.get_updated_html()
        # WordPress turns colour support on for the block type, for the rest of the request, to get
        # wp_apply_colors_support's classes (a parent navigation's overlay colours are never in the
        # context here: no core/navigation block renders around these).
        colored.add("core/navigation-submenu")
        colors = colors_support(_SUBMENU_WITH_COLOR.supports, attributes)
        container = " ".join(c for c in ("wp-block-navigation__submenu-container", colors.classnames) if c)
        ul = block_wrapper_attributes("core/navigation-submenu", _SUBMENU_WITH_COLOR, attributes,
                                      {"class": container, "style": colors.css})
        html += f"<ul {ul}>{inner}</ul>"
    return html + "</li>"


_LINK_ATTRIBUTES: dict[str, dict[str, Any]] = {
    "label": {"type": "string"}, "type": {"type": "string"}, "description": {"type": "string"},
    "rel": {"type": "string"}, "id": {"type": "number"}, "opensInNewTab": {"type": "boolean", "default": False},
    "url": {"type": "string"}, "title": {"type": "string"}, "kind": {"type": "string"},
}
#: block.json's ``typography`` support, which all three blocks declare (preset font size and family).
_TYPOGRAPHY = {"fontSize": True, "lineHeight": True, "__experimentalFontFamily": True,
               "__experimentalFontWeight": True, "__experimentalFontStyle": True,
               "__experimentalTextTransform": True, "__experimentalTextDecoration": True,
               "__experimentalLetterSpacing": True}
_PRESENTATION_CONTEXT = ("textColor", "customTextColor", "backgroundColor", "customBackgroundColor",
                         "overlayTextColor", "customOverlayTextColor", "overlayBackgroundColor",
                         "customOverlayBackgroundColor", "fontSize", "customFontSize", "showSubmenuIcon")

PAGE_LIST = DynamicBlock(
    render=_render_page_list,
    attributes={"parentPageID": {"type": "integer", "default": 0}},
    uses_context=(*_PRESENTATION_CONTEXT, "style", "openSubmenusOnClick", "submenuVisibility", "core/isInsideSubmenu"),
    supports={"typography": _TYPOGRAPHY, "color": {"text": True, "background": True, "link": True, "gradients": True},
              "__experimentalBorder": {"radius": True, "color": True, "width": True, "style": True},
              "spacing": {"padding": True, "margin": True}},
)
NAVIGATION_LINK = DynamicBlock(
    render=_render_navigation_link,
    attributes={**_LINK_ATTRIBUTES, "isTopLevelLink": {"type": "boolean"}},
    uses_context=(*_PRESENTATION_CONTEXT, "maxNestingLevel", "style"),
    supports={"typography": _TYPOGRAPHY},
)
NAVIGATION_SUBMENU = DynamicBlock(
    render=_render_navigation_submenu,
    attributes={**_LINK_ATTRIBUTES, "isTopLevelItem": {"type": "boolean"},
                "isParentSubmenu": {"type": "boolean", "default": True}},
    uses_context=(*_PRESENTATION_CONTEXT, "maxNestingLevel", "openSubmenusOnClick", "submenuVisibility", "style"),
    provides_context={"core/isInsideSubmenu": "isParentSubmenu"},
    supports={"typography": _TYPOGRAPHY},
)
#: ``core/navigation-submenu`` once a submenu with children has set ``supports['color'] = true``.
_SUBMENU_WITH_COLOR = replace(NAVIGATION_SUBMENU, supports={**NAVIGATION_SUBMENU.supports, "color": True})

#: The dynamic blocks of this module, by block name.
NAVIGATION_BLOCKS: dict[str, DynamicBlock] = {
    "core/page-list": PAGE_LIST,
    "core/navigation-link": NAVIGATION_LINK,
    "core/navigation-submenu": NAVIGATION_SUBMENU,
}
