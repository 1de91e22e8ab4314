"""Classic navigation menus: locations and the ``auto_add`` option (WordPress 7.1.4 ``nav-menu.php``).

A menu is a ``nav_menu`` term. Where it is displayed is the ``nav_menu_locations`` theme mod
(``theme_mods_{stylesheet}``), limited to the locations the theme registers
(``register_nav_menus``); ``nav_menu_options['auto_add']`` lists the menus new top-level pages
join. twentytwentyfive registers no location, so ``registered_nav_menus`` is empty unless a
plugin or theme sets ``site.registered_nav_menus``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.storage.options import Options

__all__ = ["get_menu_auto_add", "get_nav_menu_locations", "registered_nav_menus", "set_menu_auto_add",
           "set_nav_menu_locations"]


def registered_nav_menus(site: Any) -> dict[str, str]:
    """``get_registered_nav_menus``: location slug -> description, in registration order."""
    return dict(getattr(site, "registered_nav_menus", {}) or {})


def _theme_mods_name(options: Any) -> str:
    return f"theme_mods_{options.get('stylesheet') or ''}"


def get_nav_menu_locations(options: Any) -> dict[str, int]:
    """``get_nav_menu_locations``: location -> menu id (the theme mod, ``[]`` when unset)."""
    mods = options.get(_theme_mods_name(options))
    locations = mods.get("nav_menu_locations") if isinstance(mods, dict) else None
    return {str(k): int(v) for k, v in locations.items()} if isinstance(locations, dict) else {}


def set_nav_menu_locations(store: Options, options: Any, locations: dict[str, int]) -> None:
    """``set_theme_mod('nav_menu_locations', …)``."""
    name = _theme_mods_name(options)
    mods = store.get(name, {})
    mods = dict(mods) if isinstance(mods, dict) else {}
    mods["nav_menu_locations"] = dict(locations)
    store.update(name, mods)


def _nav_menu_options(options: Any) -> dict[str, Any]:
    value = options.get("nav_menu_options")
    value = dict(value) if isinstance(value, dict) else {"auto_add": []}
    auto_add = value.get("auto_add")
    if isinstance(auto_add, dict):  # a PHP list unserialises as {0: …}
        auto_add = list(auto_add.values())
    value["auto_add"] = [int(v) for v in auto_add] if isinstance(auto_add, list) else []
    return value


def get_menu_auto_add(options: Any, menu_id: int) -> bool:
    """Whether ``menu_id`` is in ``nav_menu_options['auto_add']``."""
    return menu_id in _nav_menu_options(options)["auto_add"]


def set_menu_auto_add(store: Options, options: Any, menu_id: int, auto_add: bool) -> None:
    """``handle_auto_add``: add or remove ``menu_id``, then ``update_option('nav_menu_options')``."""
    value = _nav_menu_options(options)
    ids = value["auto_add"]
    if auto_add and menu_id not in ids:
        ids.append(menu_id)
    elif not auto_add and menu_id in ids:
        ids.remove(menu_id)
    store.update("nav_menu_options", value)
