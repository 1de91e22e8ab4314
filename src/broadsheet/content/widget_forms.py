"""What each core widget class does with an instance: ``update()`` (sanitise a new instance) and
``form()`` (the admin form HTML), as WordPress 7.1.4's ``wp-includes/widgets/class-wp-widget-*.php``.

A widget type without an entry here is a known gap (docs/rest.md): its form is not rendered and its
update keeps the new instance as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from broadsheet.content import widget_media
from broadsheet.formatting.escape import esc_attr, esc_html, esc_textarea
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.formatting.sanitize import sanitize_text_field
from broadsheet.formatting.urls import esc_url, sanitize_url


@dataclass(frozen=True)
class FieldNames:
    """``WP_Widget::get_field_id`` / ``get_field_name`` for one widget number."""

    id_base: str
    number: int

    def id(self, field: str) -> str:
        return f"widget-{self.id_base}-{self.number}-{field}"

    def name(self, field: str) -> str:
        return f"widget-{self.id_base}[{self.number}][{field}]"


@dataclass(frozen=True)
class FormContext:
    """What the nav menu and tag cloud forms list of the site."""

    #: ``admin_url()`` (``{siteurl}/wp-admin/``).
    admin_url: str = ""
    #: ``wp_get_nav_menus()``: (term id, name) by name.
    menus: tuple[tuple[int, str], ...] = ()
    #: ``get_taxonomies( [ 'show_tagcloud' => true ] )``: (name, plural label) in registration order.
    tagcloud_taxonomies: tuple[tuple[str, str], ...] = ()


#: ``update( $new_instance, $old_instance )`` given whether the user has ``unfiltered_html``.
Update = Callable[[Any, Any, bool], Any]
#: ``form( $instance )`` for the widget number in ``FieldNames``; None where not ported.
Form = Callable[[FieldNames, Any], "str | None"]


def _as_array(instance: Any) -> dict[Any, Any]:
    """``(array) $instance`` for the values a stored or decoded instance can hold."""
    if isinstance(instance, dict):
        return dict(instance)
    if isinstance(instance, list):
        return dict(enumerate(instance))
    if instance is None:
        return {}
    return {0: instance}


def _php_text(value: Any) -> str:
    """PHP's string conversion (an array becomes "Array")."""
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, (list, dict)):
        return "Array"
    return str(value)


def _sanitize_text(value: Any) -> str:
    """``sanitize_text_field``, which answers "" for arrays and objects."""
    return "" if isinstance(value, (list, dict)) else sanitize_text_field(_php_text(value))


# -- Block (WP_Widget_Block) ------------------------------------------------------------------------------
def block_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    """Keep the old instance, take ``content`` as given (``unfiltered_html``) or through kses."""
    instance = {"content": "", **_as_array(old)}
    content = _as_array(new).get("content")
    instance["content"] = content if unfiltered_html else wp_kses_post(_php_text(content))
    return instance


def block_form(names: FieldNames, instance: Any) -> str:
    content = {"content": "", **_as_array(instance)}["content"]
    return (f'<p>\n\t\t\t<label for="{names.id("content")}">\n\t\t\t\tBlock HTML:\t\t\t</label>\n'
            f'\t\t\t<textarea id="{names.id("content")}" name="{names.name("content")}" rows="6" cols="50" '
            f'class="widefat code">{esc_textarea(_php_text(content))}</textarea>\n\t\t</p>')


# -- helpers shared by the legacy forms -----------------------------------------------------------------------
def _checked(value: Any) -> str:
    """``checked( $value )``: compares as strings with ``true`` ("1")."""
    return " checked='checked'" if _php_text(value) == "1" else ""


def _selected(value: Any, current: str) -> str:
    return " selected='selected'" if _php_text(value) == current else ""


def _empty(value: Any) -> bool:
    """PHP ``empty()``."""
    return value in (None, False, 0, 0.0, "", "0", [], {})


def _int(value: Any) -> int:
    """PHP ``(int)`` of a scalar."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    match = re.match(r"\s*[+-]?\d+", _php_text(value))
    return int(match.group(0)) if match else 0


def _title(new: dict[Any, Any]) -> str:
    return _sanitize_text(new.get("title"))


def _title_input(names: FieldNames, title: Any) -> str:
    return (f'<p>\n\t\t\t<label for="{names.id("title")}">Title:</label>\n\t\t\t<input class="widefat" '
            f'id="{names.id("title")}" name="{names.name("title")}" type="text" value="{esc_attr(_php_text(title))}" />'
            f'\n\t\t</p>')


# -- Search, Meta, Calendar: a title only ---------------------------------------------------------------------
def title_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    return {**_as_array(old), "title": _title(_as_array(new))}


def title_form(names: FieldNames, instance: Any) -> str:
    return _title_input(names, {"title": "", **_as_array(instance)}["title"])


# -- Text (WP_Widget_Text, visual mode) -----------------------------------------------------------------------------
def text_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = {"title": "", "text": "", "filter": False, "visual": None, **_as_array(new)}
    old = _as_array(old)
    instance = {**old, "title": _sanitize_text(new["title"])}
    instance["text"] = new["text"] if unfiltered_html else wp_kses_post(_php_text(new["text"]))
    instance["filter"] = not _empty(new["filter"])
    if old.get("filter") == "content" or new["filter"] == "content":
        instance["visual"] = True
    if new["visual"] is not None:
        instance["visual"] = not _empty(new["visual"])
    if not _empty(instance.get("visual")):
        instance["filter"] = True
    return instance


#: The markup TinyMCE keeps (``is_legacy_instance``'s allow list) and the elements that may be empty.
_VISUAL_SAFE = {"strong": (), "em": (), "b": (), "i": (), "u": (), "s": (), "ul": (), "ol": (), "li": (), "hr": (),
                "abbr": (), "acronym": (), "code": (), "dfn": (), "a": ("href",), "img": ("src", "alt")}
_SAFE_EMPTY = ("img", "hr", "iframe")
_VOID = ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr")
_PHP_TRIM = " \t\n\r\0\x0b"


class _VisualSniffer(HTMLParser):
    """Walks the text's elements as ``DOMDocument`` lists them; ``legacy`` once one TinyMCE could drop."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.legacy = False
        self.open: list[list[str]] = []  # [tag, its text content so far]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        allowed = _VISUAL_SAFE.get(tag)
        if allowed is None or any(name.lower() not in allowed for name, _ in attrs):
            self.legacy = True
        if tag in _VOID:
            self._close(tag, "")
        else:
            self.open.append([tag, ""])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                while len(self.open) > index:
                    name, text = self.open.pop()
                    self._close(name, text)
                return

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element[1] += data

    def _close(self, tag: str, text: str) -> None:
        if tag not in _SAFE_EMPTY and text.strip(_PHP_TRIM) == "":
            self.legacy = True

    def finish(self) -> bool:
        self.close()
        while self.open:
            name, text = self.open.pop()
            self._close(name, text)
        return self.legacy


def _is_legacy_text(instance: dict[Any, Any]) -> bool:
    """``is_legacy_instance``: whether the text widget needs its plain (non-visual) form."""
    if instance.get("visual") is not None:
        return _empty(instance["visual"])
    if instance.get("filter") == "content" or _empty(instance.get("text")):
        return False
    text = _php_text(instance["text"])
    if _empty(instance.get("filter")) and "\n" in text.strip(_PHP_TRIM):
        return True
    if "<!--" in text:
        return True
    sniffer = _VisualSniffer()
    sniffer.feed(text)
    return sniffer.finish()


def text_form(names: FieldNames, instance: Any) -> str:
    instance = {"title": "", "text": "", **_as_array(instance)}
    if _is_legacy_text(instance):
        return _legacy_text_form(names, instance)
    text = re.sub(r"</textarea", "&lt;/textarea", _php_text(instance["text"]), flags=re.I)
    hidden = '\n\t\t\t<input id="{id}" name="{name}" class="{field} sync-input" type="hidden" value="on">'
    return (f'<input id="{names.id("title")}" name="{names.name("title")}" class="title sync-input" type="hidden" '
            f'value="{esc_attr(_php_text(instance["title"]))}">\n\t\t\t<textarea id="{names.id("text")}" '
            f'name="{names.name("text")}" class="text sync-input" hidden>{text}</textarea>'
            + "".join(hidden.format(id=names.id(f), name=names.name(f), field=f) for f in ("filter", "visual")))


def _legacy_text_form(names: FieldNames, instance: dict[Any, Any]) -> str:
    """The plain form: title, a notice suggesting the Custom HTML widget, the text and its auto-paragraph box."""
    if instance.get("visual") is None:
        message = ("This widget may contain code that may work better in the &#8220;Custom HTML&#8221; widget. "
                   "How about trying that widget instead?")
    else:
        message = ("This widget may have contained code that may work better in the &#8220;Custom HTML&#8221; "
                   "widget. If you have not yet, how about trying that widget instead?")
    return (f'<input id="{names.id("visual")}" name="{names.name("visual")}" class="visual" type="hidden" value="">'
            f'\n\t\t\t<p>\n\t\t\t\t<label for="{names.id("title")}">Title:</label>\n\t\t\t\t<input class="widefat" '
            f'id="{names.id("title")}" name="{names.name("title")}" type="text" '
            f'value="{esc_attr(_php_text(instance["title"]))}" />\n\t\t\t</p>\n\t\t\t'
            f'<div class="notice notice-info notice-alt inline"><p>{message}</p></div>\t\t\t<p>\n\t\t\t\t'
            f'<label for="{names.id("text")}">Content:</label>\n\t\t\t\t<textarea class="widefat" rows="16" '
            f'cols="20" id="{names.id("text")}" name="{names.name("text")}">'
            f'{esc_textarea(_php_text(instance["text"]))}</textarea>\n\t\t\t</p>\n\t\t\t<p>\n\t\t\t\t'
            f'<input id="{names.id("filter")}" name="{names.name("filter")}" type="checkbox"'
            f'{_checked(not _empty(instance.get("filter")))} />&nbsp;<label for="{names.id("filter")}">'
            "Automatically add paragraphs</label>\n\t\t\t</p>")


# -- Custom HTML ----------------------------------------------------------------------------------------------------
def custom_html_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = _as_array(new)
    instance = {"title": "", "content": "", **_as_array(old), "title": _title(new)}
    content = new.get("content")
    instance["content"] = content if unfiltered_html else wp_kses_post(_php_text(content))
    return instance


def custom_html_form(names: FieldNames, instance: Any) -> str:
    instance = {"title": "", "content": "", **_as_array(instance)}
    return (f'<input id="{names.id("title")}" name="{names.name("title")}" class="title sync-input" type="hidden" '
            f'value="{esc_attr(_php_text(instance["title"]))}" />\n\t\t<textarea id="{names.id("content")}" '
            f'name="{names.name("content")}" class="content sync-input" hidden>'
            f'{esc_textarea(_php_text(instance["content"]))}</textarea>')


# -- Archives, Categories -------------------------------------------------------------------------------------------
def archives_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = {"title": "", "count": 0, "dropdown": "", **_as_array(new)}
    return {**_as_array(old), "title": _title(new), "count": 0 if _empty(new["count"]) else 1,
            "dropdown": 0 if _empty(new["dropdown"]) else 1}


def _checkbox(names: FieldNames, field: str, label: str, checked: str, *, checked_last: bool = False) -> str:
    if checked_last:
        return (f'<input type="checkbox" class="checkbox" id="{names.id(field)}" name="{names.name(field)}"{checked} />'
                f'\n\t\t\t<label for="{names.id(field)}">{label}</label>')
    return (f'<input class="checkbox" type="checkbox"{checked} id="{names.id(field)}" name="{names.name(field)}" />'
            f'\n\t\t\t<label for="{names.id(field)}">{label}</label>')


def archives_form(names: FieldNames, instance: Any) -> str:
    instance = {"title": "", "count": 0, "dropdown": "", **_as_array(instance)}
    return (_title_input(names, instance["title"]) + "\n\t\t<p>\n\t\t\t"
            + _checkbox(names, "dropdown", "Display as dropdown", _checked(instance["dropdown"]))
            + "\n\t\t\t<br />\n\t\t\t" + _checkbox(names, "count", "Show post counts", _checked(instance["count"]))
            + "\n\t\t</p>")


def categories_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = _as_array(new)
    return {**_as_array(old), "title": _title(new),
            **{f: 0 if _empty(new.get(f)) else 1 for f in ("count", "hierarchical", "dropdown")}}


def categories_form(names: FieldNames, instance: Any) -> str:
    instance = {"title": "", **_as_array(instance)}
    flags = {f: _checked(not _empty(instance.get(f))) for f in ("dropdown", "count", "hierarchical")}
    boxes = [_checkbox(names, "dropdown", "Display as dropdown", flags["dropdown"], checked_last=True),
             _checkbox(names, "count", "Show post counts", flags["count"], checked_last=True),
             _checkbox(names, "hierarchical", "Show hierarchy", flags["hierarchical"], checked_last=True)]
    return (_title_input(names, instance["title"]) + "\n\n\t\t<p>\n\t\t\t"
            + "\n\t\t\t<br />\n\n\t\t\t".join(boxes) + "\n\t\t</p>")


# -- Recent Posts, Recent Comments ----------------------------------------------------------------------------------
def recent_posts_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = _as_array(new)
    show_date = new.get("show_date")
    return {**_as_array(old), "title": _title(new), "number": _int(new.get("number")),
            "show_date": show_date is not None and not _empty(show_date)}


def _number_input(names: FieldNames, label: str, number: int) -> str:
    return (f'<p>\n\t\t\t<label for="{names.id("number")}">{label}</label>\n\t\t\t<input class="tiny-text" '
            f'id="{names.id("number")}" name="{names.name("number")}" type="number" step="1" min="1" value="{number}" '
            f'size="3" />\n\t\t</p>')


def recent_posts_form(names: FieldNames, instance: Any) -> str:
    instance = _as_array(instance)
    number = abs(_int(instance["number"])) if instance.get("number") is not None else 5
    show_date = instance.get("show_date") is not None and not _empty(instance["show_date"])
    return (_title_input(names, instance.get("title")) + "\n\n\t\t"
            + _number_input(names, "Number of posts to show:", number) + "\n\n\t\t<p>\n\t\t\t"
            + _checkbox(names, "show_date", "Display post date?", _checked(show_date)) + "\n\t\t</p>")


def recent_comments_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = _as_array(new)
    return {**_as_array(old), "title": _title(new), "number": abs(_int(new.get("number")))}


def recent_comments_form(names: FieldNames, instance: Any) -> str:
    instance = _as_array(instance)
    number = abs(_int(instance["number"])) if instance.get("number") is not None else 5
    return (_title_input(names, instance.get("title")) + "\n\n\t\t"
            + _number_input(names, "Number of comments to show:", number))


# -- Pages -------------------------------------------------------------------------------------------------------------
_PAGE_SORTS = (("post_title", "Page title"), ("menu_order", "Page order"), ("ID", "Page ID"))


def pages_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = _as_array(new)
    sortby = new.get("sortby")
    return {**_as_array(old), "title": _title(new),
            "sortby": sortby if sortby in [value for value, _ in _PAGE_SORTS] else "menu_order",
            "exclude": _sanitize_text(new.get("exclude"))}


def pages_form(names: FieldNames, instance: Any) -> str:
    instance = {"sortby": "post_title", "title": "", "exclude": "", **_as_array(instance)}
    options = "".join(f'\n\t\t\t\t<option value="{value}"{_selected(instance["sortby"], value)}>{label}</option>'
                      for value, label in _PAGE_SORTS)
    return (_title_input(names, instance["title"]) + "\n\n\t\t<p>\n\t\t\t"
            f'<label for="{names.id("sortby")}">Sort by:</label>\n\t\t\t<select name="{names.name("sortby")}" '
            f'id="{names.id("sortby")}" class="widefat">{options}\n\t\t\t</select>\n\t\t</p>\n\n\t\t<p>\n\t\t\t'
            f'<label for="{names.id("exclude")}">Exclude:</label>\n\t\t\t<input type="text" '
            f'value="{esc_attr(_php_text(instance["exclude"]))}" name="{names.name("exclude")}" '
            f'id="{names.id("exclude")}" class="widefat" />\n\t\t\t<br />\n\t\t\t'
            "<small>Page IDs, separated by commas.</small>\n\t\t</p>")


# -- Navigation Menu, Tag Cloud (updates only: their forms list the site's menus / taxonomies) -------------------------
def nav_menu_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = _as_array(new)
    instance: dict[Any, Any] = {}
    if not _empty(new.get("title")):
        instance["title"] = _sanitize_text(new["title"])
    if not _empty(new.get("nav_menu")):
        instance["nav_menu"] = _int(new["nav_menu"])
    return instance


def tag_cloud_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    new = _as_array(new)
    return {"title": _title(new), "count": 0 if _empty(new.get("count")) else 1,
            "taxonomy": re.sub(r"\\(.?)", r"\1", _php_text(new.get("taxonomy")))}


# -- RSS (the feed itself is not fetched: ``link`` stays empty and no error is recorded) ----------------------------
def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]*?>", "", text)


def rss_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    """``wp_widget_rss_process`` without ``fetch_feed``."""
    new = _as_array(new)
    items = _int(new.get("items"))
    flags = {f: _int(new[f]) if new.get(f) is not None else 0 for f in ("show_summary", "show_author", "show_date")}
    return {"title": _strip_tags(_php_text(new["title"])).strip() if new.get("title") is not None else "",
            "url": sanitize_url(_strip_tags(_php_text(new.get("url")))), "link": "",
            "items": items if 1 <= items <= 20 else 10, "error": False, **flags}


def rss_form(names: FieldNames, instance: Any) -> str:
    """``wp_widget_rss_form`` with every input shown (its ids are ``rss-{field}-{number}``)."""
    args = _as_array(instance)
    if _empty(args):
        args = {"title": "", "url": "", "items": 10, "error": False, "show_summary": 0, "show_author": 0,
                "show_date": 0}
    items = _int(args.get("items") if args.get("items") is not None else 0)
    items = items if 1 <= items <= 20 else 10
    flags = {f: _int(args[f]) if args.get(f) is not None else 1 for f in ("show_summary", "show_author", "show_date")}
    n = names.number
    out = ""
    if not _empty(args.get("error")):
        out += f'<p class="widget-error"><strong>RSS Error:</strong> {esc_attr(_php_text(args["error"]))}</p>'
    url = esc_url(_php_text(args.get("url"))) if args.get("url") is not None else ""
    out += (f'\t<p><label for="rss-url-{n}">Enter the RSS feed URL here:</label>\n\t<input class="widefat" '
            f'id="rss-url-{n}" name="widget-rss[{n}][url]" type="text" value="{url}" /></p>\n'
            f'\t<p><label for="rss-title-{n}">Give the feed a title (optional):</label>\n\t<input class="widefat" '
            f'id="rss-title-{n}" name="widget-rss[{n}][title]" type="text" '
            f'value="{esc_attr(_php_text(args.get("title")))}" /></p>\n'
            f'\t<p><label for="rss-items-{n}">How many items would you like to display?</label>\n'
            f'\t<select id="rss-items-{n}" name="widget-rss[{n}][items]">\n\t'
            + "".join(f"<option value='{i}' {_selected(items, str(i))}>{i}</option>" for i in range(1, 21))
            + "\t</select></p>\n\t<p>\n")
    for field, slug, label in (("show_summary", "show-summary", "Display item content?"),
                               ("show_author", "show-author", "Display item author if available?"),
                               ("show_date", "show-date", "Display item date?")):
        out += (f'\t\t\t<input id="rss-{slug}-{n}" name="widget-rss[{n}][{field}]" type="checkbox" value="1" '
                f'{_checked(flags[field])} />\n\t\t<label for="rss-{slug}-{n}">{label}</label><br />\n')
    return (out + "\t\t</p>").strip()


def nav_menu_form(names: FieldNames, instance: Any, context: FormContext) -> str:
    instance = _as_array(instance)
    title, nav_menu = instance.get("title"), instance.get("nav_menu")
    hidden = ' style="display:none" '
    create_url = context.admin_url + "nav-menus.php"
    options = "".join(f'\t\t\t\t\t\t<option value="{term_id}" {_selected(nav_menu, str(term_id))}>\n'
                      f"\t\t\t\t\t\t\t{esc_html(name)}\t\t\t\t\t\t</option>\n\t\t\t\t\t"
                      for term_id, name in context.menus)
    return (f'<p class="nav-menu-widget-no-menus-message" {hidden if context.menus else ""}>\n\t\t\t'
            f'No menus have been created yet. <a href="{esc_attr(create_url)}">Create some</a>.'
            f'\t\t</p>\n\t\t<div class="nav-menu-widget-form-controls" {"" if context.menus else hidden}>\n\t\t\t<p>\n'
            f'\t\t\t\t<label for="{names.id("title")}">Title:</label>\n\t\t\t\t<input type="text" class="widefat" '
            f'id="{names.id("title")}" name="{names.name("title")}" value="{esc_attr(_php_text(title))}" />\n'
            f'\t\t\t</p>\n\t\t\t<p>\n\t\t\t\t<label for="{names.id("nav_menu")}">Select Menu:</label>\n'
            f'\t\t\t\t<select id="{names.id("nav_menu")}" name="{names.name("nav_menu")}">\n'
            f'\t\t\t\t\t<option value="0">&mdash; Select &mdash;</option>\n\t\t\t\t\t{options}\t\t\t\t</select>'
            "\n\t\t\t</p>\n\t\t\t\t\t</div>")


def tag_cloud_form(names: FieldNames, instance: Any, context: FormContext) -> str:
    instance = _as_array(instance)
    title = "" if _empty(instance.get("title")) else instance["title"]
    count = instance.get("count") is not None and not _empty(instance["count"])
    taxonomies = context.tagcloud_taxonomies
    wanted = instance.get("taxonomy")
    current = wanted if not _empty(wanted) and wanted in [name for name, _ in taxonomies] else "post_tag"
    out = (f'<p>\n\t\t\t<label for="{names.id("title")}">Title:</label>\n\t\t\t<input type="text" class="widefat" '
           f'id="{names.id("title")}" name="{names.name("title")}" value="{esc_attr(_php_text(title))}" />\n\t\t</p>\n'
           "\t\t")
    hidden = f'<input type="hidden" id="{names.id("taxonomy")}" name="{names.name("taxonomy")}" value="{{}}" />'
    if not taxonomies:
        return (out + "\t\t\t\t" + hidden.format("") + "\n\t\t\t\t<p>\n\t\t\t\t\tThe tag cloud will not be "
                "displayed since there are no taxonomies that support the tag cloud widget.\t\t\t\t</p>").strip()
    if len(taxonomies) == 1:
        out += "\t\t\t\t" + hidden.format(esc_attr(taxonomies[0][0])) + "\n\t\t\t\t"
    else:
        options = "".join(f'\t\t\t\t\t\t\t\t\t\t\t<option value="{esc_attr(name)}" {_selected(name, current)}>\n'
                          f"\t\t\t\t\t\t\t{esc_html(label)}\t\t\t\t\t\t</option>\n" for name, label in taxonomies)
        out += (f'\t\t\t\t<p>\n\t\t\t\t\t<label for="{names.id("taxonomy")}">Taxonomy:</label>\n'
                f'\t\t\t\t\t<select class="widefat" id="{names.id("taxonomy")}" name="{names.name("taxonomy")}">\n'
                f"{options}\t\t\t\t\t\t\t\t\t\t</select>\n\t\t\t\t</p>\n\t\t\t\t")
    return (out + f'\t\t\t<p>\n\t\t\t\t<input type="checkbox" class="checkbox" id="{names.id("count")}" '
            f'name="{names.name("count")}" {_checked(count)} />\n\t\t\t\t<label for="{names.id("count")}">'
            "Show tag counts</label>\n\t\t\t</p>")


def _media_update(id_base: str) -> Update:
    return lambda new, old, unfiltered_html: widget_media.media_update(id_base, _as_array(new), _as_array(old))


def _media_form(names: FieldNames, instance: Any) -> str:
    return widget_media.media_form(names.id_base, names.number, _as_array(instance))


#: ``update()`` per ``id_base``.
UPDATES: dict[str, Update] = {
    "block": block_update, "search": title_update, "meta": title_update, "calendar": title_update,
    "text": text_update, "custom_html": custom_html_update, "archives": archives_update,
    "categories": categories_update, "recent-posts": recent_posts_update,
    "recent-comments": recent_comments_update, "pages": pages_update, "nav_menu": nav_menu_update,
    "tag_cloud": tag_cloud_update, "rss": rss_update,
    **{id_base: _media_update(id_base) for id_base in widget_media.SCHEMAS},
}
#: ``form()`` per ``id_base`` (trimmed, as the REST API returns it).
FORMS: dict[str, Form] = {
    "block": block_form, "search": title_form, "meta": title_form, "calendar": title_form, "text": text_form,
    "custom_html": custom_html_form, "archives": archives_form, "categories": categories_form,
    "recent-posts": recent_posts_form, "recent-comments": recent_comments_form, "pages": pages_form,
    "rss": rss_form, **{id_base: _media_form for id_base in widget_media.SCHEMAS},
}


def update_instance(id_base: str, new: Any, old: Any, unfiltered_html: bool) -> Any:
    """``$widget->update( $new_instance, $old_instance )``."""
    update = UPDATES.get(id_base)
    return update(new, old, unfiltered_html) if update else new


#: The forms that list the site's menus or taxonomies.
CONTEXT_FORMS: dict[str, Callable[[FieldNames, Any, FormContext], str]] = {
    "nav_menu": nav_menu_form, "tag_cloud": tag_cloud_form,
}


def render_form(id_base: str, number: int, instance: Any, context: FormContext | None = None) -> str | None:
    """``$widget->form( $instance )`` trimmed, or None where broadsheet lacks the form."""
    names = FieldNames(id_base, number)
    if id_base in CONTEXT_FORMS:
        return CONTEXT_FORMS[id_base](names, instance, context or FormContext())
    form = FORMS.get(id_base)
    return form(names, instance) if form else None
