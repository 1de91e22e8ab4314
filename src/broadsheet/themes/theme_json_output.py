"""``WP_Theme_JSON::get_data`` (WordPress 7.1.4): raw data back in the shape a theme.json file has.

What the site editor's export writes (``themes/export.py``). Three changes to the raw data
(``themes/theme_json.py``): each node's presets, keyed by origin, become one list (the ``theme``
origin's, then the ``custom`` one's, a later preset replacing an earlier one of the same slug in its
place; ``default`` presets go); a node where every ``appearanceTools`` opt-in is set gets
``appearanceTools: true`` back instead of the opt-ins that are ``true`` (a group they empty goes);
and keys are sorted at every level (``wp_recursive_ksort``, PHP 8's ``ksort`` order).
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from broadsheet.themes.theme_json import (
    array_get,
    array_set,
    constants,
    is_php_array,
    is_php_numeric,
    php_empty,
    php_items,
    php_key,
    setting_nodes,
)

#: The origins ``get_data`` keeps, in the order their presets are laid down.
FLATTENED_ORIGINS = ("theme", "custom")
_UNSET = object()


def _flattened(presets: Any) -> list[dict[str, Any]]:
    """One node's presets keyed by origin as one list, by slug (see the module docstring)."""
    by_slug: dict[str, dict[str, Any]] = {}
    for origin in FLATTENED_ORIGINS:
        items = presets.get(origin) if isinstance(presets, dict) else None
        for _, item in php_items(items) if is_php_array(items) else []:
            rest = {str(k): v for k, v in php_items(item) if str(k) != "slug"} if is_php_array(item) else {}
            by_slug[php_key(array_get(item, ["slug"]))] = rest
    return [{"slug": slug, **rest} for slug, rest in by_slug.items()]


def _flatten_presets(output: dict[str, Any], nodes: list[list[str]]) -> None:
    for node in nodes:
        for preset in constants()["PRESETS_METADATA"]:
            path = node + list(preset["path"])
            presets = array_get(output, path)
            if presets is not None:
                array_set(output, path, _flattened(presets))


def _restore_appearance_tools(output: dict[str, Any], nodes: list[list[str]]) -> None:
    """Where every opt-in is set, ``appearanceTools: true`` replaces the opt-ins that are ``true``."""
    opt_ins = [list(path) for path in constants()["APPEARANCE_TOOLS_OPT_INS"]]
    for node in nodes:
        if any(array_get(output, node + path, _UNSET) is _UNSET for path in opt_ins):
            continue
        array_set(output, node + ["appearanceTools"], True)
        settings = array_get(output, node)
        for group, name in opt_ins:
            if array_get(settings, [group, name], _UNSET) is not True:
                continue
            del settings[group][name]
            if php_empty(settings[group]):
                del settings[group]


def _php_compare(a: str, b: str) -> int:
    """PHP 8's comparison of two array keys: numerically when both are numeric, else as strings."""
    if is_php_numeric(a) and is_php_numeric(b):
        x, y = float(a), float(b)
    else:
        x, y = a.encode("utf-8"), b.encode("utf-8")  # type: ignore[assignment]
    return (x > y) - (x < y)


def recursive_ksort(value: Any) -> Any:
    """``wp_recursive_ksort``: every object's keys sorted, at every level (lists keep their order)."""
    if isinstance(value, list):
        return [recursive_ksort(item) for item in value]
    if isinstance(value, dict):
        keys = sorted((str(k) for k in value), key=functools.cmp_to_key(_php_compare))
        items = [recursive_ksort(value[key]) for key in keys]
        if keys == [str(i) for i in range(len(keys))]:  # PHP's array 0…n-1 is a list
            return items if keys else {}
        return dict(zip(keys, items))
    return value


def get_data(raw: dict[str, Any]) -> dict[str, Any]:
    """``$theme_json->get_data()`` from its raw data (``get_raw_data``); ``raw`` is not changed."""
    output = dict(raw)
    if "settings" in output:  # the only part changed in place (recursive_ksort makes new objects)
        output["settings"] = copy.deepcopy(output["settings"])
    nodes = setting_nodes(output)
    _flatten_presets(output, nodes)
    _restore_appearance_tools(output, nodes)
    sorted_output: dict[str, Any] = recursive_ksort(output)
    return sorted_output
