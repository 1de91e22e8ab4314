"""An entity's default view configuration (the admin's DataViews): built, then filtered per entity.

Port of ``WP_View_Config_Data`` and ``wp_get_entity_view_config()`` (WordPress 7.1.4,
``wp-includes/class-wp-view-config-data.php`` and ``view-config.php``). The configuration is PHP
arrays in WordPress; here a PHP list is a ``list``, an associative array a ``dict``, and an empty
one either (PHP cannot tell them apart, so neither do the shape checks below).
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from broadsheet.formatting.php_strings import php_strval
from broadsheet.hooks.registry import Hooks

LATEST_VERSION = 1
CONFIG_KEYS = ("default_view", "default_layouts", "view_list", "form")
_IDENTITY_KEYS = ("id", "slug", "field")
_SHAPE_MISMATCH = ("A view configuration patch value must match the shape of the value it patches: a list merges "
                   "into a list, and an associative array into an associative array.")

log = logging.getLogger(__name__)


def _doing_it_wrong(method: str, message: str) -> None:
    """``_doing_it_wrong``: a notice for the developer, the configuration is left as it was."""
    log.warning("%s was called incorrectly. %s", method, message)


def _is_array(value: Any) -> bool:
    return isinstance(value, (list, dict))


def _is_list(value: Any) -> bool:
    """``array_is_list``: a list, or an empty array of either kind."""
    return isinstance(value, list) or (isinstance(value, dict) and not value)


def _is_empty_array(value: Any) -> bool:
    return _is_array(value) and not value




def _is_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


def hook_name(kind: str, name: str) -> str:
    """``wp_get_entity_view_config_hook_name``: ``get_entity_view_config_{kind}_{name}``, lowercased."""
    return f"get_entity_view_config_{kind}_{name}".lower()


class ViewConfigData:
    """``WP_View_Config_Data``: the configuration a ``get_entity_view_config_*`` callback changes."""

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = config
        self._defaults = copy.deepcopy(config)

    def apply_filters(self, hooks: Hooks, kind: str, name: str, *extra: Any) -> dict[str, Any]:
        """Run the entity's filter, then keep only the documented keys (in the configuration's order).

        ``extra`` is broadsheet's: the request, for core's callbacks that read the site."""
        hooks.apply_filters(hook_name(kind, name), self, {"kind": kind, "name": name}, *extra)
        return {key: value for key, value in self._config.items() if key in CONFIG_KEYS}

    # -- the write methods callbacks use ---------------------------------------------------------
    def set(self, patch: dict[str, Any], version: int) -> ViewConfigData:
        """Replace each named top-level key wholesale (nested ``None`` still drops what it names)."""
        return self._apply(patch, version, "WP_View_Config_Data::set", "set")

    def replace(self, patch: dict[str, Any], version: int) -> ViewConfigData:
        """As ``merge``, but a list in the patch replaces the current list wholesale."""
        return self._apply(patch, version, "WP_View_Config_Data::replace", "replace")

    def merge(self, patch: dict[str, Any], version: int) -> ViewConfigData:
        """Merge a partial configuration: scalars replace, maps merge by key, lists by member identity."""
        return self._apply(patch, version, "WP_View_Config_Data::merge", "merge")

    def remove(self, spec: list[Any] | dict[str, Any], version: int) -> ViewConfigData:
        """Delete what ``spec`` names; a top-level key named in a list resets to its default."""
        if version <= 0 or version > LATEST_VERSION:
            _doing_it_wrong("WP_View_Config_Data::remove",
                            "A view configuration patch must declare a supported schema version.")
            return self
        items = [(value, value) for value in spec] if _is_list(spec) else list(spec.items())  # type: ignore[union-attr]
        spec_is_list = _is_list(spec)
        for key, value in items:
            if key not in CONFIG_KEYS:
                _doing_it_wrong("WP_View_Config_Data::remove",
                                f'"{key}" is not a documented view configuration key.')
                continue
            if spec_is_list:
                self._config[key] = copy.deepcopy(self._defaults.get(key, []))
            elif key in self._config:
                self._config[key] = _remove_properties(self._config[key], value)
        return self

    def _apply(self, patch: dict[str, Any], version: int, method: str, mode: str) -> ViewConfigData:
        if version <= 0 or version > LATEST_VERSION:
            _doing_it_wrong(method, "A view configuration patch must declare a supported schema version.")
            return self
        for key, value in patch.items():
            if key not in CONFIG_KEYS:
                _doing_it_wrong(method, f'"{key}" is not a documented view configuration key.')
                continue
            if value is None:
                self._config[key] = copy.deepcopy(self._defaults.get(key, []))
            elif mode == "set":
                self._config[key] = _strip_nulls(value)
            else:
                self._config[key] = _merge_properties(self._config.get(key, []), value, mode == "replace")
        return self


def _strip_nulls(value: Any) -> Any:
    """Every ``None`` property dropped, recursively (a list keeps its remaining members in order)."""
    if isinstance(value, list):
        return [_strip_nulls(item) for item in value if item is not None]
    if isinstance(value, dict):
        return {key: _strip_nulls(item) for key, item in value.items() if item is not None}
    return copy.deepcopy(value)


def _merge_properties(current: Any, incoming: Any, replace_lists: bool) -> Any:
    """``merge_properties``: merge ``incoming`` into ``current`` by value shape."""
    if not _is_array(incoming):
        return incoming
    if _is_list(incoming):
        if incoming and _is_array(current) and not _is_list(current):
            _doing_it_wrong("WP_View_Config_Data::merge_properties", _SHAPE_MISMATCH)
            return current
        if replace_lists:
            return _strip_nulls(list(incoming))
        if not incoming:
            return current
        return _merge_list_by_identity(list(current) if _is_array(current) and _is_list(current) else [],
                                       list(incoming))
    if isinstance(current, list) and current:
        _doing_it_wrong("WP_View_Config_Data::merge_properties", _SHAPE_MISMATCH)
        return current
    result = dict(current) if isinstance(current, dict) else {}
    for key, value in incoming.items():
        if value is None:
            result.pop(key, None)
            continue
        result[key] = _merge_properties(result.get(key, []), value, replace_lists)
    return result


def _merge_list_by_identity(current: list[Any], incoming: list[Any]) -> list[Any]:
    """Members with a known identity merge in place; the others are appended (``None`` is dropped)."""
    result = current
    for item in incoming:
        if item is None:
            continue
        identity = _identity(item)
        index = None
        if identity is not None:
            index = next((i for i, existing in enumerate(result) if _identity(existing) == identity), None)
        if index is None:
            result.append(_strip_nulls(item))
        else:
            result[index] = _merge_properties(result[index], item, False)
    return result


def _identity(item: Any) -> str | None:
    """``list_item_identity``: a scalar itself, a map its first ``id`` / ``slug`` / ``field``."""
    if _is_scalar(item):
        return php_strval(item)
    if isinstance(item, dict) and item:
        for key in _IDENTITY_KEYS:
            if item.get(key) is not None and _is_scalar(item[key]):
                return php_strval(item[key])
    return None


def _remove_properties(current: Any, spec: Any) -> Any:
    """``remove_properties``: a list names entries to delete, a map recurses into named entries."""
    if not _is_array(current) or not _is_array(spec):
        return current
    current_is_list = _is_list(current)
    current = list(current) if current_is_list else dict(current)
    if _is_list(spec):
        for name in spec:
            if current_is_list:
                key = php_strval(name) if _is_scalar(name) else None
                index = next((i for i, member in enumerate(current) if _identity(member) == key), None)
                if index is not None:
                    del current[index]
            elif _is_scalar(name):
                current.pop(name, None)
    else:
        for name, subspec in spec.items():
            if current_is_list:
                for i, member in enumerate(current):
                    if _identity(member) == php_strval(name):
                        current[i] = _remove_properties(member, subspec)
                        break
            elif name in current:
                current[name] = _remove_properties(current[name], subspec)
    return current


def default_posttype_form() -> dict[str, Any]:
    """``_wp_get_default_posttype_form``: the form of a post type without one of its own."""
    def field(field_id: str, layout: str, position: str) -> dict[str, Any]:
        return {"id": field_id, "layout": {"type": layout, "labelPosition": position}}

    return {
        "layout": {"type": "panel"},
        "fields": [
            field("featured_media", "regular", "none"),
            field("post-content-info", "regular", "none"),
            field("excerpt", "panel", "top"),
            {"id": "status", "label": "Status",
             "children": [field("status", "regular", "none"), "scheduled_date", "password", "sticky"]},
            "date", "slug", "author", "template",
            {"id": "discussion", "label": "Discussion",
             "children": [field("comment_status", "regular", "none"), "ping_status"]},
            "parent", "format", "revisions",
        ],
    }


def get_entity_view_config(hooks: Hooks, kind: str, name: str, all_items_title: str | None,
                           *extra: Any) -> dict[str, Any]:
    """``wp_get_entity_view_config``: the shared defaults through the entity's filter.

    ``all_items_title`` is the post type's ``all_items`` label for a ``postType`` entity, if any."""
    config = {
        "default_view": {"type": "table", "filters": [], "sort": {"field": "title", "direction": "asc"},
                         "perPage": 20, "fields": ["author", "status"], "titleField": "title"},
        "default_layouts": {"table": {}, "grid": {}, "list": {}},
        "view_list": [{"title": all_items_title or "All items", "slug": "all"}],
        "form": default_posttype_form() if kind == "postType" else {},
    }
    return ViewConfigData(config).apply_filters(hooks, kind, name, *extra)
