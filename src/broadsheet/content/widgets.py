"""Widgets and sidebars as WordPress 7.1.4 keeps them: widget classes, instances, ``sidebars_widgets``.

Widget instances live in the ``widget_{id_base}`` options (``WP_Widget::get_settings``) and their
placement in the ``sidebars_widgets`` option. ``retrieve_widgets`` is WordPress's reconciliation of
that option with the registered sidebars and widgets, which every sidebars request runs (and saves).
The themes broadsheet knows register no classic sidebars, so only ``wp_inactive_widgets`` shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from broadsheet.storage.options import Options


@dataclass(frozen=True)
class WidgetClass:
    """A ``WP_Widget`` subclass as ``register_widget`` registers it (``$widget_options``)."""

    id_base: str
    name: str
    #: As registered (translated source strings keep their HTML entities).
    description: str
    classname: str

    @property
    def option_name(self) -> str:
        return f"widget_{self.id_base}"


#: ``wp_widgets_init()``: the core widgets in registration order (Links only with the link manager).
CORE_WIDGETS: tuple[WidgetClass, ...] = (
    WidgetClass("pages", "Pages", "A list of your site&#8217;s Pages.", "widget_pages"),
    WidgetClass("calendar", "Calendar", "A calendar of your site&#8217;s posts.", "widget_calendar"),
    WidgetClass("archives", "Archives", "A monthly archive of your site&#8217;s Posts.", "widget_archive"),
    WidgetClass("media_audio", "Audio", "Displays an audio player.", "widget_media_audio"),
    WidgetClass("media_image", "Image", "Displays an image.", "widget_media_image"),
    WidgetClass("media_gallery", "Gallery", "Displays an image gallery.", "widget_media_gallery"),
    WidgetClass("media_video", "Video", "Displays a video from the media library or from YouTube, Vimeo, or "
                "another provider.", "widget_media_video"),
    WidgetClass("meta", "Meta", "Login, RSS, &amp; WordPress.org links.", "widget_meta"),
    WidgetClass("search", "Search", "A search form for your site.", "widget_search"),
    WidgetClass("text", "Text", "Arbitrary text.", "widget_text"),
    WidgetClass("categories", "Categories", "A list or dropdown of categories.", "widget_categories"),
    WidgetClass("recent-posts", "Recent Posts", "Your site&#8217;s most recent Posts.", "widget_recent_entries"),
    WidgetClass("recent-comments", "Recent Comments", "Your site&#8217;s most recent comments.",
                "widget_recent_comments"),
    WidgetClass("rss", "RSS", "Entries from any RSS or Atom feed.", "widget_rss"),
    WidgetClass("tag_cloud", "Tag Cloud", "A cloud of your most used tags.", "widget_tag_cloud"),
    WidgetClass("nav_menu", "Navigation Menu", "Add a navigation menu to your sidebar.", "widget_nav_menu"),
    WidgetClass("custom_html", "Custom HTML", "Arbitrary HTML code.", "widget_custom_html"),
    WidgetClass("block", "Block", "A widget containing a block.", "widget_block"),
)

INACTIVE = "wp_inactive_widgets"
_NUMBER = re.compile(r"^.+?-([0-9]+)$")


def widget_settings(options: dict[str, Any], widget: WidgetClass) -> dict[Any, Any]:
    """``WP_Widget::get_settings``: the instances by number (``_multiwidget`` and ``__i__`` dropped)."""
    settings = options.get(widget.option_name)
    if isinstance(settings, list):
        settings = dict(enumerate(settings))
    if not isinstance(settings, dict):
        return {}
    return {k: v for k, v in settings.items() if k not in ("_multiwidget", "__i__")}


def _is_numeric(key: Any) -> bool:
    return isinstance(key, int) or (isinstance(key, str) and bool(re.fullmatch(r"\s*[+-]?\d+(\.\d+)?", key)))


def registered_widget_ids(options: dict[str, Any]) -> list[str]:
    """``$wp_registered_widgets`` keys: each instance (``{id_base}-{n}``), or ``-1`` for a class without any."""
    ids: list[str] = []
    for widget in CORE_WIDGETS:
        numbers = [k for k in widget_settings(options, widget) if _is_numeric(k)]
        ids.extend(f"{widget.id_base}-{n}" for n in numbers) if numbers else ids.append(f"{widget.id_base}-1")
    return ids


def parse_widget_id(widget_id: str) -> tuple[str, int | None]:
    """``wp_parse_widget_id``: (id_base, number)."""
    match = re.fullmatch(r"(.+)-(\d+)", widget_id)
    return (match.group(1), int(match.group(2))) if match else (widget_id, None)


def retrieve_widgets(options: dict[str, Any], registered_sidebars: list[str], *,
                     sidebars_widgets: Any = None, also_registered: tuple[str, ...] = ()) -> dict[str, Any]:
    """``retrieve_widgets()``: drop unregistered widgets, map sidebars to the registered ones, collect
    lost instances in ``wp_inactive_widgets``; returns the new ``sidebars_widgets`` (with ``array_version``).

    ``registered_sidebars`` must be empty (no theme broadsheet knows registers classic sidebars): the
    slug-group mapping of ``wp_map_sidebars_widgets`` only matters between two themes with sidebars.
    ``sidebars_widgets`` replaces the stored option (WordPress reads a global that may be stale) and
    ``also_registered`` adds widgets registered during the request without saved settings.
    """
    current = options.get("sidebars_widgets") if sidebars_widgets is None else sidebars_widgets
    sidebars = {k: v for k, v in current.items() if k != "array_version"} if isinstance(current, dict) else {}
    if not sidebars:
        return {}
    allowed = registered_widget_ids(options) + [w for w in also_registered if w not in registered_widget_ids(options)]
    cleaned = {name: [w for w in _as_list(widgets) if w in allowed] if isinstance(widgets, (list, dict)) else widgets
               for name, widgets in sidebars.items()}
    mapped = _map_sidebars_widgets(cleaned, registered_sidebars)
    mapped = {k: (v if isinstance(v, list) else []) for k, v in mapped.items()}
    shown = [w for widgets in mapped.values() for w in widgets]
    lost = []
    for widget_id in allowed:
        if widget_id in shown:
            continue
        match = _NUMBER.match(widget_id)
        if match and int(match.group(1)) < 2:
            continue  # the "-1" stand-ins of classes without instances
        lost.append(widget_id)
    mapped[INACTIVE] = lost + list(mapped.get(INACTIVE, []))
    mapped["array_version"] = 3
    return mapped


def _as_list(value: Any) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else list(value)


def _map_sidebars_widgets(existing: dict[str, Any], registered: list[str]) -> dict[str, Any]:
    """``wp_map_sidebars_widgets`` when the theme registers no sidebars: everything becomes inactive."""
    if registered:
        raise NotImplementedError("mapping between registered sidebars")
    new: dict[str, Any] = {INACTIVE: []}
    rest = dict(existing)
    for name, widgets in existing.items():
        if name == INACTIVE or name.startswith("orphaned_widgets"):
            new[INACTIVE] = new[INACTIVE] + (_as_list(widgets) if isinstance(widgets, (list, dict)) else [widgets])
            del rest[name]
    for widgets in rest.values():
        if isinstance(widgets, (list, dict)) and widgets:
            new[INACTIVE] = new[INACTIVE] + _as_list(widgets)
    return new


def save_sidebars_widgets(store: Options, sidebars_widgets: dict[str, Any]) -> bool:
    """``wp_set_sidebars_widgets``: ``array_version`` 3 added when missing, then ``update_option``
    (False when the stored value was already that)."""
    value = dict(sidebars_widgets)
    value.setdefault("array_version", 3)
    return store.update("sidebars_widgets", value)


def get_widget_class(id_base: str) -> WidgetClass | None:
    """``WP_Widget_Factory::get_widget_object``: the registered class with that ``id_base``."""
    return next((w for w in CORE_WIDGETS if w.id_base == id_base), None)


def next_widget_id_number(id_base: str, registered_ids: list[str]) -> int:
    """``next_widget_id_number``: one more than the highest ``{id_base}-{n}`` (matched at the end only)."""
    pattern = re.compile(re.escape(id_base) + r"-([0-9]+)$")
    numbers = [int(m.group(1)) for m in (pattern.search(w) for w in registered_ids) if m]
    return max([1, *numbers]) + 1


def find_widgets_sidebar(sidebars: dict[str, list[Any]], widget_id: str) -> str | None:
    """``wp_find_widgets_sidebar``: the first sidebar listing the widget."""
    for sidebar_id, widget_ids in sidebars.items():
        if widget_id in [w for w in widget_ids if isinstance(w, str)]:
            return str(sidebar_id)
    return None


def assign_widget_to_sidebar(sidebars: dict[str, list[Any]], widget_id: str, sidebar_id: str) -> dict[str, list[Any]]:
    """``wp_assign_widget_to_sidebar``: out of every other sidebar, appended to ``sidebar_id`` (none when empty).

    Already in ``sidebar_id``, it is appended again: WordPress lists it twice then.
    """
    updated = {name: [w for w in widgets if not (w == widget_id and name != sidebar_id)]
               for name, widgets in sidebars.items()}
    if sidebar_id:
        updated[sidebar_id] = updated.get(sidebar_id, []) + [widget_id]
    return updated


def instance_of(options: dict[str, Any], widget: WidgetClass, number: int) -> Any:
    """``get_settings()[$number]``: the stored instance, or None."""
    settings = widget_settings(options, widget)
    return settings.get(number, settings.get(str(number)))


def save_widget_settings(store: Options, options: dict[str, Any], widget: WidgetClass,
                         changes: dict[int, Any | None]) -> None:
    """``WP_Widget::save_settings`` after ``update_callback``: set (or, for None, unset) instances by number,
    then ``_multiwidget`` last."""
    settings = widget_settings(options, widget)
    for number, instance in changes.items():
        key: Any = str(number) if str(number) in settings and number not in settings else number
        if instance is None:
            settings.pop(key, None)
        else:
            settings[key] = instance
    settings["_multiwidget"] = 1
    store.update(widget.option_name, settings)
