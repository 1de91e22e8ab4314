"""``WP_Theme_JSON::merge``: one origin's sanitised theme.json laid over the data below it (WordPress 7.1.4).

Both sides are raw data as ``themes/theme_json.py`` builds them (presets and the spacing scale keyed
by origin). The merge is PHP's ``array_replace_recursive`` with four exceptions, as WordPress makes
them: the spacing sizes are regenerated from the scale flattened over every layer so far; a node's
``spacing.units`` and each origin's preset list are replaced whole (not merged by index); theme
presets without a name take the default preset's of the same slug (font sizes, spacing sizes), and
theme presets whose slug is a default one go when the defaults may not be overridden
(``defaultPalette`` and the like); a node's background image is replaced whole.
"""

from __future__ import annotations

import copy
from typing import Any

from broadsheet.themes.theme_json import (
    array_get,
    array_replace_recursive,
    array_set,
    compute_spacing_sizes,
    constants,
    is_php_array,
    merge_spacing_sizes,
    php_items,
    setting_nodes,
)

_SETTINGS = ["settings"]


def _style_nodes(data: dict[str, Any]) -> list[list[str]]:
    """``get_block_nodes( …, include_node_paths_only )`` then ``styles``: each block and its elements."""
    nodes: list[list[str]] = []
    blocks = array_get(data, ["styles", "blocks"])
    for name, node in php_items(blocks) if is_php_array(blocks) else []:
        nodes.append(["styles", "blocks", str(name)])
        elements = array_get(node, ["elements"]) if is_php_array(node) else None
        for element, _ in php_items(elements) if is_php_array(elements) else []:
            if array_get(elements, [element]) is not None:
                nodes.append(["styles", "blocks", str(name), "elements", str(element)])
    nodes.append(["styles"])
    return nodes


def _default_slugs(data: dict[str, Any], node: list[str]) -> dict[str, Any]:
    """``get_default_slugs``: the slugs of the ``default`` origin's presets under ``node``, by preset path."""
    slugs: dict[str, Any] = {}
    for preset in constants()["PRESETS_METADATA"]:
        items = array_get(data, node + preset["path"] + ["default"])
        if items is None:
            continue
        found = [array_get(item, ["slug"]) for _, item in (php_items(items) if is_php_array(items) else [])]
        array_set(slugs, list(preset["path"]), [slug for slug in found if slug is not None])
    return slugs


def _filter_slugs(items: Any, slugs: list[Any]) -> Any:
    """``filter_slugs``: the presets whose slug is not one of ``slugs`` (those without a slug go too)."""
    if not slugs:
        return items
    kept = []
    for _, item in php_items(items) if is_php_array(items) else []:
        slug = array_get(item, ["slug"]) if is_php_array(item) else None
        if slug is not None and not any(type(slug) is type(s) and slug == s for s in slugs):
            kept.append(item)
    return kept


def _name_from_defaults(data: dict[str, Any], slug: Any, base_path: list[str]) -> Any:
    """``get_name_from_defaults``: the name of the default preset with this slug, else None."""
    defaults = array_get(data, base_path + ["default"])
    if not defaults or not is_php_array(defaults):
        return None
    for _, item in php_items(defaults):
        if is_php_array(item) and array_get(item, ["slug"]) == slug:
            return array_get(item, ["name"])
    return None


def _merge_spacing_scales(data: dict[str, Any], incoming: dict[str, Any]) -> None:
    """Regenerates ``incoming``'s spacing sizes per origin from the scale flattened over the lower layers."""
    flattened: dict[str, Any] = {}
    for origin in constants()["VALID_ORIGINS"]:
        scale_path = ["settings", "spacing", "spacingScale", origin]
        below = array_get(data, scale_path, {})
        flattened = {**flattened, **({str(k): v for k, v in php_items(below)} if is_php_array(below) else {})}
        scale = array_get(incoming, scale_path)
        if scale is None:
            continue
        flattened = {**flattened, **({str(k): v for k, v in php_items(scale)} if is_php_array(scale) else {})}
        sizes_path = ["settings", "spacing", "spacingSizes", origin]
        sizes = array_get(incoming, sizes_path, [])
        array_set(incoming, sizes_path, merge_spacing_sizes(compute_spacing_sizes(flattened), sizes))


def _prevents_override(data: dict[str, Any], node: list[str], rule: Any) -> Any:
    """A preset's ``prevent_override``: the node's setting (``color.defaultPalette``…), else the global one."""
    if not isinstance(rule, list):
        return rule
    return array_get(data, node + rule, array_get(data, ["settings", *rule]))


def _replace_presets(data: dict[str, Any], incoming: dict[str, Any]) -> None:
    """Each node's ``spacing.units`` and every origin's presets replaced whole by the incoming ones."""
    global_slugs = _default_slugs(data, list(_SETTINGS))
    for node in setting_nodes(incoming):
        units = array_get(incoming, node + ["spacing", "units"])
        if units is not None:
            array_set(data, node + ["spacing", "units"], units)
        for preset in constants()["PRESETS_METADATA"]:
            prevent = _prevents_override(data, node, preset["prevent_override"])
            base_path = node + list(preset["path"])
            for origin in constants()["VALID_ORIGINS"]:
                content = array_get(incoming, base_path + [origin])
                if content is None:
                    continue
                if origin == "theme" and preset["use_default_names"] and is_php_array(content):
                    content = copy.deepcopy(content)
                    for key, item in php_items(content):
                        if is_php_array(item) and array_get(item, ["name"]) is None:
                            name = _name_from_defaults(data, array_get(item, ["slug"]), base_path)
                            if name is not None:
                                item["name"] = name
                if origin == "theme" and prevent:
                    node_slugs = _default_slugs(data, node)
                    slugs = list(array_get(global_slugs, preset["path"], []) or []) \
                        + list(array_get(node_slugs, preset["path"], []) or [])
                    content = _filter_slugs(content, slugs)
                array_set(data, base_path + [origin], content)


def _replace_background_images(data: dict[str, Any], incoming: dict[str, Any]) -> None:
    """A style node's ``background.backgroundImage`` is one definition: the incoming one replaces it."""
    path = list(constants()["BACKGROUND_IMAGE_PATH"])
    for node in _style_nodes(data):
        image = array_get(incoming, node + path)
        if image is not None:
            array_set(data, node + path, copy.deepcopy(image))


def merge(data: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """``$data->merge( $incoming )`` on raw data: a new dict, neither argument changed."""
    incoming = copy.deepcopy(incoming)
    merged = array_replace_recursive(data, incoming)
    if not isinstance(merged, dict):  # both empty: PHP's empty array
        merged = {}
    _merge_spacing_scales(merged, incoming)
    _replace_presets(merged, incoming)
    _replace_background_images(merged, incoming)
    return merged
