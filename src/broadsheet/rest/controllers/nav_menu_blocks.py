"""Classic menus as navigation blocks: ``WP_Classic_To_Block_Menu_Converter`` and what it reads.

Ports of ``wp_get_nav_menus``, ``wp_get_nav_menu_items``, ``wp_setup_nav_menu_item``,
``_wp_menu_item_classes_by_context`` (wp-includes/nav-menu*.php) and
``WP_Classic_To_Block_Menu_Converter::convert``, WordPress 7.1.4, as they run in a REST request:
no queried object, so no ``current-*`` classes except for a custom link to the request's own URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_plus

from sqlalchemy import select

from broadsheet.content.permalinks import term_link
from broadsheet.formatting.blocks import ParsedBlock, serialize_block, serialize_blocks
from broadsheet.rest.controllers.post_data import PostData, php_int
from broadsheet.rest.request import RestRequest
from broadsheet.storage.phpserial import maybe_unserialize

__all__ = ["NavMenu", "get_nav_menus", "classic_menu_to_blocks"]


@dataclass
class NavMenu:
    """A ``nav_menu`` term."""

    term_id: int
    term_taxonomy_id: int
    name: str
    slug: str
    count: int


@dataclass
class _Item:
    ID: int
    menu_order: int
    post_title: str
    post_excerpt: str
    post_content: str
    menu_item_parent: str = ""
    object_id: str = ""
    object: str = ""
    type: str = ""
    title: str = ""
    url: Any = ""
    target: str = ""
    attr_title: str = ""
    description: str = ""
    classes: list[Any] = field(default_factory=list)
    xfn: str = ""
    invalid: bool = False


def get_nav_menus(request: RestRequest) -> list[NavMenu]:
    """``wp_get_nav_menus``: every ``nav_menu`` term, by name."""
    from broadsheet.storage.collation import sort_key

    t, tt = request.site.db.tables.terms, request.site.db.tables.term_taxonomy
    rows = request.ctx.conn.execute(
        select(t.c.term_id, tt.c.term_taxonomy_id, t.c.name, t.c.slug, tt.c.count)
        .select_from(tt.join(t, t.c.term_id == tt.c.term_id)).where(tt.c.taxonomy == "nav_menu")).all()
    menus = [NavMenu(int(r.term_id), int(r.term_taxonomy_id), str(r.name), str(r.slug), int(r.count or 0))
             for r in rows]
    return sorted(menus, key=lambda m: sort_key(m.name))


def _meta(data: PostData, post_id: int, key: str) -> str:
    return data.meta_single(post_id, key)


def _menu_items(request: RestRequest, menu: NavMenu) -> list[_Item]:
    """``wp_get_nav_menu_items`` outside the admin: valid published items by ``menu_order``."""
    if menu.count <= 0:
        return []
    tables = request.site.db.tables
    p, tr = tables.posts, tables.term_relationships
    rows = request.ctx.conn.execute(
        select(p.c.ID, p.c.menu_order, p.c.post_title, p.c.post_excerpt, p.c.post_content)
        .select_from(p.join(tr, tr.c.object_id == p.c.ID))
        .where(tr.c.term_taxonomy_id == menu.term_taxonomy_id, p.c.post_type == "nav_menu_item",
               p.c.post_status == "publish")
        .order_by(p.c.menu_order, p.c.ID)).all()
    data = PostData.of(request)
    if rows:
        loaded = data.posts(int(r.ID) for r in rows)
        data.prime(list(loaded.values()), revisions=False)
    items = [_setup(request, data, _Item(int(r.ID), int(r.menu_order or 0), str(r.post_title or ""),
                                         str(r.post_excerpt or ""), str(r.post_content or ""))) for r in rows]
    items = [item for item in items if not item.invalid]
    items.sort(key=lambda item: item.menu_order)  # wp_list_sort is stable
    return items


def _setup(request: RestRequest, data: PostData, item: _Item) -> _Item:
    """``wp_setup_nav_menu_item`` for a ``nav_menu_item`` post."""
    from broadsheet.formatting.chains import render_title
    from broadsheet.formatting.words import wp_trim_words

    item.menu_item_parent = _meta(data, item.ID, "_menu_item_menu_item_parent")
    item.object_id = _meta(data, item.ID, "_menu_item_object_id")
    item.object = _meta(data, item.ID, "_menu_item_object")
    item.type = _meta(data, item.ID, "_menu_item_type")
    site = request.site
    if item.type == "post_type":
        post_type = site.post_types.get(item.object)
        if post_type is None:
            item.invalid = True
        original = data.post(php_int(item.object_id))
        if original is not None and data.effective_status(original) == "trash":
            item.invalid = True
        if original is not None:
            item.url = data.permalink(original)
            original_title = render_title(original.post_title, data.render_context(original), site.hooks)
        else:
            item.url, original_title, item.invalid = "", "", True
        if original_title == "":
            original_title = f"#{php_int(item.object_id)} (no title)"
        item.title = original_title if item.post_title == "" else item.post_title
    elif item.type == "post_type_archive":
        post_type = site.post_types.get(item.object)
        if post_type is not None:
            labels = getattr(post_type, "labels", None) or {}
            item.title = str(labels.get("archives", "")) if item.post_title == "" else item.post_title
        else:
            item.invalid = True
        item.url = _archive_link(request, data, item.object)
    elif item.type == "taxonomy":
        taxonomy = site.taxonomies.get(item.object)
        if taxonomy is None:
            item.invalid = True
        term = _term(request, php_int(item.object_id), item.object)
        if term is not None and taxonomy is not None:
            item.url = term_link(data.permalinks(), term_id=term[0], slug=term[2], taxonomy=item.object,
                                 ancestors=term[3], rewrite_slug=taxonomy.rewrite_slug)
            original_title = term[1]
        else:
            item.url, original_title, item.invalid = "", "", True
        if original_title == "":
            original_title = f"#{php_int(item.object_id)} (no title)"
        item.title = original_title if item.post_title == "" else item.post_title
    else:
        item.title = item.post_title
        item.url = _meta(data, item.ID, "_menu_item_url")
    item.target = _meta(data, item.ID, "_menu_item_target")
    item.attr_title = item.post_excerpt
    item.description = wp_trim_words(item.post_content, 200, settings=data.formatting_settings())
    classes = maybe_unserialize(_meta(data, item.ID, "_menu_item_classes"))
    if isinstance(classes, dict):
        classes = list(classes.values())
    item.classes = classes if isinstance(classes, list) else [classes]
    item.xfn = _meta(data, item.ID, "_menu_item_xfn")
    return item


def _archive_link(request: RestRequest, data: PostData, post_type: str) -> Any:
    """``get_post_type_archive_link``: only posts have an archive among broadsheet's types."""
    options = request.ctx.options
    if post_type != "post":
        return False
    posts_page = php_int(options.get("page_for_posts"))
    if options.get("show_on_front") == "page" and posts_page:
        page = data.post(posts_page)
        return data.permalink(page) if page is not None else False
    return str(options.get("home") or "").rstrip("/") + "/"


def _term(request: RestRequest, term_id: int, taxonomy: str) -> tuple[int, str, str, list[str]] | None:
    """``get_term``: (id, name, slug, ancestor slugs) of a term of ``taxonomy``."""
    t, tt = request.site.db.tables.terms, request.site.db.tables.term_taxonomy
    conn = request.ctx.conn

    def load(tid: int) -> Any:
        return conn.execute(select(t.c.term_id, t.c.name, t.c.slug, tt.c.parent)
                            .select_from(tt.join(t, t.c.term_id == tt.c.term_id))
                            .where(tt.c.term_id == tid, tt.c.taxonomy == taxonomy)).first()

    row = load(term_id)
    if row is None:
        return None
    ancestors: list[str] = []
    parent = int(row.parent or 0)
    while parent and len(ancestors) < 50:
        up = load(parent)
        if up is None:
            break
        ancestors.insert(0, str(up.slug))
        parent = int(up.parent or 0)
    return int(row.term_id), str(row.name), str(row.slug), ancestors


def _classes_by_context(request: RestRequest, items: list[_Item]) -> None:
    """``_wp_menu_item_classes_by_context`` with no queried object (a REST request)."""
    options = request.ctx.options
    home = str(options.get("home") or "").rstrip("/")
    front_page_id = php_int(options.get("page_on_front"))
    privacy_page_id = php_int(options.get("wp_page_for_privacy_policy"))
    posts_page_id = php_int(options.get("page_for_posts"))
    scheme = "https" if home.startswith("https:") else "http"
    host = request.header("host") or ""
    request_uri = "/wp-json" + request.route + (f"?{request.raw_query}" if request.raw_query else "")
    root_relative = request_uri.rstrip("/")
    current_url = re.sub(r"^\w+://", scheme + "://", "http://" + host + root_relative)
    indexless = re.sub(r"index\.php$", "", current_url).rstrip("/")
    matches = [current_url, unquote_plus(current_url), indexless, unquote_plus(indexless), root_relative,
               unquote_plus(root_relative)]
    for item in items:
        classes = list(item.classes)
        classes += ["menu-item", f"menu-item-type-{item.type}", f"menu-item-object-{item.object}"]
        if item.type == "post_type" and front_page_id == php_int(item.object_id):
            classes.append("menu-item-home")
        if item.type == "post_type" and privacy_page_id == php_int(item.object_id):
            classes.append("menu-item-privacy-policy")
        if item.object == "custom" and host:
            url = str(item.url or "")
            raw_item_url = url[:url.index("#")] if url.find("#") > 0 else url
            item_url = re.sub(r"^\w+://", scheme + "://", raw_item_url.rstrip("/"))
            if raw_item_url and item_url in matches:
                classes.append("current-menu-item")
                if home in (current_url.rstrip("/"), indexless.rstrip("/")):
                    classes.append("current_page_item")
            if item_url.rstrip("/") == home:
                classes.append("menu-item-home")
        if posts_page_id and item.type == "post_type" and posts_page_id == php_int(item.object_id):
            classes.append("current_page_parent")
        seen: list[Any] = []
        for css in classes:
            if css not in seen:
                seen.append(css)
        item.classes = seen


def _to_blocks(items: list[_Item], by_parent: dict[str, list[_Item]]) -> list[ParsedBlock]:
    blocks: list[ParsedBlock] = []
    for item in items:
        children = by_parent.get(str(item.ID))
        class_name = " ".join(_php_str(c) for c in item.classes) if item.classes else None
        attrs = {
            "className": class_name,
            "description": item.description,
            "id": item.object_id if item.object != "custom" else None,
            "kind": item.type.replace("_", "-"),
            "label": item.title,
            "opensInNewTab": item.target == "_blank",
            "rel": item.xfn if item.xfn != "" else None,
            "title": item.attr_title,
            "type": item.object,
            "url": item.url,
        }
        inner = _to_blocks(children, by_parent) if children else []
        blocks.append({
            "blockName": "core/navigation-submenu" if children else "core/navigation-link",
            "attrs": attrs, "innerBlocks": inner, "innerHTML": "",
            "innerContent": [serialize_block(block) for block in inner],
        })
    return blocks


def _array_key(value: str) -> str:
    """A PHP array key: decimal integer strings become integers ("007" and "" stay strings)."""
    return str(int(value)) if re.fullmatch(r"-?[1-9][0-9]*|0", value) else value


def _php_str(value: Any) -> str:
    if value is None or value is False:
        return ""
    return "1" if value is True else str(value)


def classic_menu_to_blocks(request: RestRequest, menu: NavMenu) -> str:
    """``WP_Classic_To_Block_Menu_Converter::convert``: the menu's items as serialized blocks ("" if none)."""
    items = _menu_items(request, menu)
    if not items:
        return ""
    _classes_by_context(request, items)
    by_parent: dict[str, list[_Item]] = {}
    for item in items:
        by_parent.setdefault(_array_key(item.menu_item_parent), []).append(item)
    return serialize_blocks(_to_blocks(by_parent.get("0", []), by_parent))
