"""Classic menu items (``nav_menu_item`` posts): ``wp_setup_nav_menu_item`` and ``wp_update_nav_menu_item``
(WordPress 7.1.4 ``nav-menu.php``).

An item is a post whose ``_menu_item_*`` meta say what it points at: a custom URL, a post of some
type (``post_type``), a term (``taxonomy``) or a type's archive (``post_type_archive``). Its title,
URL and validity are resolved from that object when it is read; the menu it belongs to is its
``nav_menu`` term.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from broadsheet.formatting.sanitize import sanitize_html_class, sanitize_key
from broadsheet.formatting.urls import sanitize_url
from broadsheet.formatting.words import wp_trim_words
from broadsheet.storage.phpserial import maybe_unserialize

__all__ = ["MenuItem", "MenuItemLookups", "menu_item_post_fields", "menu_item_meta", "setup_nav_menu_item"]


@dataclass
class MenuItem:
    """``wp_setup_nav_menu_item``'s decorated post: what the REST controller answers."""

    ID: int
    post_status: str
    title: str
    url: Any  # False for an archive link of a type without an archive, as WordPress
    attr_title: str
    description: str
    type: str
    type_label: str
    object: str
    object_id: str
    menu_item_parent: str
    menu_order: int
    target: str
    classes: list[Any]
    xfn: str
    invalid: bool = False


@dataclass
class MenuItemLookups:
    """What resolving an item's object needs (served from the request's caches)."""

    meta: Callable[[int, str], list[Any]]
    get_post: Callable[[int], Any]
    post_title: Callable[[Any], str]
    permalink: Callable[[Any], str]
    post_type: Callable[[str], Any]
    post_type_labels: Callable[[Any], dict[str, Any]]
    post_type_archive_link: Callable[[str], Any]
    taxonomy: Callable[[str], Any]
    taxonomy_labels: Callable[[Any], dict[str, Any]]
    get_term: Callable[[int, str], dict[str, Any] | None]
    term_link: Callable[[dict[str, Any], Any], str]
    extra: dict[str, Any] = field(default_factory=dict)


def _single(lookups: MenuItemLookups, post_id: int, key: str) -> Any:
    values = lookups.meta(post_id, key)
    return maybe_unserialize(values[0]) if values and values[0] is not None else ""


def setup_nav_menu_item(post: Any, lookups: MenuItemLookups) -> MenuItem:
    """``wp_setup_nav_menu_item`` for a ``nav_menu_item`` post (outside the admin: no post states)."""
    post_id = int(post.ID)
    item_type = str(_single(lookups, post_id, "_menu_item_type"))
    obj = str(_single(lookups, post_id, "_menu_item_object"))
    object_id = str(_single(lookups, post_id, "_menu_item_object_id"))
    invalid = False
    if item_type == "post_type":
        post_type = lookups.post_type(obj)
        if post_type is not None:
            type_label = str(lookups.post_type_labels(post_type)["singular_name"])
        else:
            type_label, invalid = obj, True
        original = lookups.get_post(_int(object_id)) if _int(object_id) > 0 else None
        if original is not None and original.post_status == "trash":
            invalid = True
        if original is not None:
            url = lookups.permalink(original)
            original_title = lookups.post_title(original)
        else:
            url, original_title, invalid = "", "", True
        if original_title == "":
            original_title = f"#{object_id} (no title)"
        title = original_title if post.post_title == "" else post.post_title
    elif item_type == "post_type_archive":
        post_type = lookups.post_type(obj)
        if post_type is not None:
            title = str(lookups.post_type_labels(post_type)["archives"]) if post.post_title == "" else post.post_title
        else:
            title, invalid = post.post_title, True
        type_label = "Post Type Archive"
        url = lookups.post_type_archive_link(obj)
    elif item_type == "taxonomy":
        taxonomy = lookups.taxonomy(obj)
        if taxonomy is not None:
            type_label = str(lookups.taxonomy_labels(taxonomy)["singular_name"])
        else:
            type_label, invalid = obj, True
        term = lookups.get_term(_int(object_id), obj)
        if term is not None:
            url = lookups.term_link(term, taxonomy)
            original_title = str(term["name"])
        else:
            url, original_title, invalid = "", "", True
        if original_title == "":
            original_title = f"#{object_id} (no title)"
        title = original_title if post.post_title == "" else post.post_title
    else:
        type_label, title = "Custom Link", post.post_title
        url = str(_single(lookups, post_id, "_menu_item_url"))
    classes = _single(lookups, post_id, "_menu_item_classes")
    if isinstance(classes, dict):
        classes = list(classes.values())
    return MenuItem(
        ID=post_id, post_status=post.post_status, title=title, url=url, attr_title=post.post_excerpt,
        description=wp_trim_words(post.post_content, 200), type=item_type, type_label=type_label, object=obj,
        object_id=object_id, menu_item_parent=str(_single(lookups, post_id, "_menu_item_menu_item_parent")),
        menu_order=int(post.menu_order), target=str(_single(lookups, post_id, "_menu_item_target")),
        classes=classes if isinstance(classes, list) else [classes], xfn=str(_single(lookups, post_id, "_menu_item_xfn")),
        invalid=invalid)


def menu_item_post_fields(args: dict[str, Any], original_title: str | None, original_parent: int) -> dict[str, Any]:
    """``wp_update_nav_menu_item``: the post row of an item (title cleared when it equals the object's)."""
    description = str(args["menu-item-description"])
    title = str(args["menu-item-title"])
    if args["menu-item-type"] != "custom":
        if original_title is not None and title == original_title:
            title = ""
        if title == "" and description == "":
            description = " "  # "Hack to get wp to create a post object when too many properties are empty."
    return {"menu_order": int(args["menu-item-position"]), "post_content": description,
            "post_excerpt": str(args["menu-item-attr-title"]), "post_parent": original_parent,
            "post_title": title, "post_type": "nav_menu_item"}


def menu_item_meta(args: dict[str, Any], item_id: int) -> list[tuple[str, Any]]:
    """The ``_menu_item_*`` meta ``wp_update_nav_menu_item`` writes, in its order."""
    item_type = str(args["menu-item-type"])
    object_id, obj = args["menu-item-object-id"], args["menu-item-object"]
    if item_type == "custom":
        object_id, obj = item_id, "custom"
    parent = _int(args["menu-item-parent-id"])
    if parent == item_id:
        parent = 0
    classes = [sanitize_html_class(c) for c in str(args["menu-item-classes"]).split(" ")]
    xfn = " ".join(sanitize_html_class(x) for x in str(args["menu-item-xfn"]).split(" "))
    url = str(args["menu-item-url"])
    return [("_menu_item_type", sanitize_key(item_type)), ("_menu_item_menu_item_parent", str(parent)),
            ("_menu_item_object_id", str(_int(object_id))), ("_menu_item_object", sanitize_key(obj)),
            ("_menu_item_target", sanitize_key(args["menu-item-target"])), ("_menu_item_classes", classes),
            ("_menu_item_xfn", xfn), ("_menu_item_url", sanitize_url(url.strip() if item_type == "custom" else ""))]


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
