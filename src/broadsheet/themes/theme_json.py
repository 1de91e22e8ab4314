"""The sanitisation of theme.json data by ``new WP_Theme_JSON( $data, $origin )``.

Port of WordPress 7.1.4 ``class-wp-theme-json.php``: the constructor's schema migration check,
``unwrap_shared_block_style_variations``, ``sanitize`` / ``remove_keys_not_in_schema`` (keys that
are not in the schema go, boolean markers keep only booleans), ``maybe_opt_in_into_settings``
(``appearanceTools``) and the keying of presets and the spacing scale by origin, with the spacing
sizes the scale generates. The schema itself is WordPress's constants, dumped to
``theme_json_schema.json`` by ``tools/dump_theme_json_schema.php``.

Values are PHP arrays as JSON decodes them: ``dict`` for objects, ``list`` for lists; an object
whose keys are ``"0"`` … ``"n-1"`` in order is a list to PHP (see ``php_array``).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from broadsheet.formatting.sanitize import sanitize_title

_SCHEMA_FILE = Path(__file__).with_name("theme_json_schema.json")
_UNSET = object()
_INT_KEY = re.compile(r"^(0|-?[1-9][0-9]*)$")


@cache
def constants() -> dict[str, Any]:
    """``WP_Theme_JSON``'s schema constants (read once)."""
    data: dict[str, Any] = json.loads(_SCHEMA_FILE.read_text(encoding="utf-8"))
    return data


def php_array(value: Any) -> Any:
    """``json_decode( …, true )`` as PHP keeps it: ``{"0": a, "1": b}`` is the list ``[a, b]``."""
    if isinstance(value, dict):
        items = {str(k): php_array(v) for k, v in value.items()}
        if items and list(items) == [str(i) for i in range(len(items))]:
            return list(items.values())
        return items
    if isinstance(value, list):
        return [php_array(v) for v in value]
    return value


def php_empty(value: Any) -> bool:
    """PHP's ``empty()``."""
    return value is None or value is False or value == 0 and not isinstance(value, str) \
        or value in ("", "0") or (isinstance(value, (list, dict)) and not value)


def is_php_array(value: Any) -> bool:
    """PHP's ``is_array``: a decoded object or list."""
    return isinstance(value, (dict, list))


def _is_numeric_array(value: Any) -> bool:
    """``wp_is_numeric_array``: a PHP array whose keys are all integers."""
    if isinstance(value, list):
        return True
    return isinstance(value, dict) and all(_INT_KEY.match(k) for k in value)


def _key_exists(array: Any, key: Any) -> bool:
    if isinstance(array, list):
        return isinstance(key, int) and 0 <= key < len(array) or (
            isinstance(key, str) and bool(_INT_KEY.match(key)) and 0 <= int(key) < len(array))
    return isinstance(array, dict) and str(key) in array


def _get(array: Any, key: Any) -> Any:
    return array[int(key)] if isinstance(array, list) else array[str(key)]


def php_items(array: Any) -> Iterable[tuple[Any, Any]]:
    """``foreach ( $array as $key => $value )`` over a decoded object or list."""
    return enumerate(array) if isinstance(array, list) else array.items()


def array_get(array: Any, path: list[Any], default: Any = None) -> Any:
    """``_wp_array_get``."""
    for key in path:
        if not _key_exists(array, key):
            return default
        array = _get(array, key)
    return array


def array_set(array: dict[str, Any], path: list[str], value: Any) -> None:
    """``_wp_array_set``: creates (or replaces non-array) intermediate levels."""
    for key in path[:-1]:
        if not isinstance(array.get(key), dict):
            # A PHP list that gets a string key becomes an object with its indexes as keys.
            current = array.get(key)
            array[key] = {str(i): v for i, v in enumerate(current)} if isinstance(current, list) else {}
        array = array[key]
    array[path[-1]] = value


def setting_nodes(data: dict[str, Any]) -> list[list[str]]:
    """``get_setting_nodes`` (paths only): ``settings`` and each ``settings.blocks.{name}``."""
    if data.get("settings") is None:
        return []
    nodes = [["settings"]]
    blocks = array_get(data, ["settings", "blocks"])
    if is_php_array(blocks):
        nodes += [["settings", "blocks", str(name)] for name, _ in php_items(blocks)]
    return nodes


def remove_keys_not_in_schema(tree: Any, schema: Any) -> Any:
    """``WP_Theme_JSON::remove_keys_not_in_schema``: keys not in the schema go; boolean markers keep
    only booleans; objects are filtered recursively (and go when emptied), lists item by item."""
    if not is_php_array(tree):
        return tree
    kept: list[tuple[Any, Any]] = []
    for key, value in php_items(tree):
        if not _key_exists(schema, key):
            continue
        rule = _get(schema, key)
        if isinstance(rule, bool):
            if not isinstance(value, bool):
                continue
        elif is_php_array(rule):
            if not is_php_array(value):
                continue
            if _is_numeric_array(value):
                item_rule = _get(rule, 0) if _key_exists(rule, 0) else None
                if is_php_array(item_rule):
                    value = [remove_keys_not_in_schema(v, item_rule) for v in value] if isinstance(value, list) \
                        else {k: remove_keys_not_in_schema(v, item_rule) for k, v in value.items()}
            else:
                value = remove_keys_not_in_schema(value, rule)
                if php_empty(value):
                    continue
        kept.append((key, value))
    if isinstance(tree, list) and [k for k, _ in kept] == list(range(len(kept))):
        return [v for _, v in kept]
    return {str(k): v for k, v in kept}


# -- viewport -----------------------------------------------------------------------------------
_BREAKPOINT = re.compile(r"^(?:\d+|\d*\.\d+)(?:px|em|rem)$")


def _breakpoint_px(value: Any) -> float | None:
    if not isinstance(value, str) or not _BREAKPOINT.match(value.strip()):
        return None
    value = value.strip()
    if value.endswith("rem"):
        return float(value[:-3]) * 16
    number = float(value[:-2])
    return number if value.endswith("px") else number * 16


def sanitize_viewport_settings(viewport: Any) -> dict[str, str]:
    """``WP_Theme_JSON::sanitize_viewport_settings``."""
    defaults: dict[str, str] = dict(constants()["DEFAULT_VIEWPORT_BREAKPOINTS"])
    if not isinstance(viewport, dict):
        return defaults
    found: dict[str, tuple[str, float]] = {}
    for name in defaults:
        value = viewport.get(name)
        px = _breakpoint_px(value)
        if px is not None:
            found[name] = (str(value).strip(), px)
    if not found:
        return defaults
    if len(found) == 1:
        name, (value, _) = next(iter(found.items()))
        return {name: value}
    sanitized = {"mobile": found["mobile"][0]}
    if "tablet" in found and found["mobile"][1] < found["tablet"][1]:
        sanitized["tablet"] = found["tablet"][0]
    return sanitized


def responsive_states(viewport: Any) -> list[str]:
    """The breakpoint states (``@mobile``, ``@tablet``) of ``get_viewport_media_queries``."""
    breakpoints = sanitize_viewport_settings(viewport)
    return [f"@{name}" for name in ("mobile", "tablet") if name in breakpoints]


# -- the schema ---------------------------------------------------------------------------------
def _styles_non_top_level() -> dict[str, Any]:
    styles = copy.deepcopy(constants()["VALID_STYLES"])
    for section in styles.values():
        if isinstance(section, dict):
            for prop in [p for p, v in section.items() if v == "top"]:
                del section[prop]
    return styles


def _schema(input_data: dict[str, Any], block_names: list[str],
            valid_variations: dict[str, list[str]]) -> dict[str, Any]:
    """The schema ``sanitize`` builds from the valid block, element and variation names."""
    c = constants()
    non_top = _styles_non_top_level()
    states = responsive_states(array_get(input_data, ["settings", "viewport"]))
    elements: dict[str, Any] = {}
    for element in c["ELEMENTS"]:
        elements[element] = dict(non_top)
        for pseudo in c["VALID_ELEMENT_PSEUDO_SELECTORS"].get(element, []):
            elements[element][pseudo] = non_top
        for state in states:
            elements[element][state] = non_top
    block_pseudo = c["VALID_BLOCK_PSEUDO_SELECTORS"]
    styles_blocks: dict[str, Any] = {}
    settings_blocks: dict[str, Any] = {}
    for block in block_names:
        settings_blocks[block] = {k: v for k, v in c["VALID_SETTINGS"].items()
                                  if k not in ("viewport", "blockVisibility")}
        node = dict(non_top)
        node["elements"] = elements
        for state in states:
            node[state] = {**non_top, "elements": elements}
            for pseudo in block_pseudo.get(block, []):
                node[state][pseudo] = non_top
        for pseudo in block_pseudo.get(block, []):
            node[pseudo] = non_top
        for custom_state in c["VALID_BLOCK_CUSTOM_STATES"].get(block, []):
            custom = dict(non_top)
            for pseudo in block_pseudo.get(block, []):
                custom[pseudo] = non_top
            node[custom_state] = custom
        styles_blocks[block] = node
    variation_styles = {**c["VALID_STYLES"], "blocks": styles_blocks, "elements": elements}
    for block in block_names:
        requested = array_get(input_data, ["styles", "blocks", block, "variations"])
        names: list[str] = []
        if not php_empty(requested) and isinstance(requested, dict) and block in valid_variations:
            names = [n for n in requested if n in valid_variations[block]]
        variations: dict[str, Any] = {}
        for name in names:
            schema = dict(variation_styles)
            for state in states:
                schema[state] = {**non_top, "elements": elements, "blocks": styles_blocks}
                for pseudo in block_pseudo.get(block, []):
                    schema[state][pseudo] = non_top
            for pseudo in block_pseudo.get(block, []):
                schema[pseudo] = non_top
            variations[name] = schema
        styles_blocks[block] = {**styles_blocks[block], "variations": variations}
    font_families = c["FONT_FAMILY_SCHEMA"]
    settings = {**c["VALID_SETTINGS"], "blocks": settings_blocks}
    settings["typography"] = {**settings["typography"], "fontFamilies": {
        "0": font_families[0], **{origin: font_families for origin in c["VALID_ORIGINS"]}}}
    return {"styles": {**c["VALID_STYLES"], "blocks": styles_blocks, "elements": elements}, "settings": settings}


def _convert_custom_properties(value: str) -> str:
    return "var(--wp--" + value[4:].replace("|", "--") + ")"


def resolve_custom_css_format(tree: Any) -> Any:
    """``var:preset|color|x`` values become ``var(--wp--preset--color--x)``."""
    if isinstance(tree, list):
        return [resolve_custom_css_format(v) for v in tree]
    if isinstance(tree, dict):
        return {k: _convert_custom_properties(v) if isinstance(v, str) and v.startswith("var:")
                else resolve_custom_css_format(v) for k, v in tree.items()}
    return tree


def sanitize(data: Any, block_names: list[str], valid_variations: dict[str, list[str]]) -> dict[str, Any]:
    """``WP_Theme_JSON::sanitize``: only the valid top-level keys, styles and settings in the schema."""
    if not isinstance(data, dict):
        return {}
    output = {k: v for k, v in data.items() if k in constants()["VALID_TOP_LEVEL_KEYS"]}
    schema = _schema(data, block_names, valid_variations)
    for subtree in ("styles", "settings"):
        if data.get(subtree) is None:
            continue
        if not is_php_array(data[subtree]):
            del output[subtree]
            continue
        result = remove_keys_not_in_schema(data[subtree], schema[subtree])
        if subtree == "settings" and isinstance(data[subtree], dict) and "viewport" in data[subtree]:
            if isinstance(result, list):
                result = {str(i): v for i, v in enumerate(result)}
            result["viewport"] = sanitize_viewport_settings(data[subtree]["viewport"])
        if php_empty(result):
            del output[subtree]
        else:
            output[subtree] = resolve_custom_css_format(result)
    return output


def _unwrap_shared_variations(data: dict[str, Any], valid_variations: dict[str, list[str]]) -> dict[str, Any]:
    """``unwrap_shared_block_style_variations``: ``styles.variations`` copied into each block that has it."""
    shared = array_get(data, ["styles", "variations"])
    if php_empty(shared) or not valid_variations:
        return data
    data = copy.deepcopy(data)
    for block, names in valid_variations.items():
        for name in names:
            block_level = array_get(data, ["styles", "blocks", block, "variations", name], {})
            top_level = array_get(shared, [name], {})
            merged = array_replace_recursive(top_level, block_level)
            if not php_empty(merged):
                array_set(data, ["styles", "blocks", block, "variations", name], merged)
    styles = data["styles"]
    if isinstance(styles, dict):
        styles.pop("variations", None)
    return data


def array_replace_recursive(base: Any, replacement: Any) -> Any:
    """``array_replace_recursive`` on two arrays."""
    if not is_php_array(base) or not is_php_array(replacement):
        return copy.deepcopy(replacement if is_php_array(replacement) else base)
    out = {str(k): copy.deepcopy(v) for k, v in php_items(base)}
    for key, value in php_items(replacement):
        key = str(key)
        out[key] = array_replace_recursive(out[key], value) if key in out and is_php_array(out[key]) and is_php_array(value) \
            else copy.deepcopy(value)
    return php_array(out)


def _opt_in(context: dict[str, Any]) -> None:
    """``do_opt_in_into_settings``: what ``appearanceTools`` turns on, unless set."""
    for path in constants()["APPEARANCE_TOOLS_OPT_INS"]:
        if array_get(context, path, _UNSET) is _UNSET:
            array_set(context, path, True)
    context.pop("appearanceTools", None)


def _maybe_opt_in(data: dict[str, Any]) -> None:
    settings = data.get("settings")
    if not isinstance(settings, dict):
        return
    if settings.get("appearanceTools") is True:
        _opt_in(settings)
    blocks = settings.get("blocks")
    if isinstance(blocks, dict):
        for block in blocks.values():
            if isinstance(block, dict) and block.get("appearanceTools") is True:
                _opt_in(block)


def _key_by_origin(data: dict[str, Any], origin: str) -> None:
    """Presets (and the spacing scale) keyed by origin; the scale's sizes generated."""
    for node in setting_nodes(data):
        for preset in constants()["PRESETS_METADATA"]:
            path = node + preset["path"]
            value = array_get(data, path)
            if value is None:
                continue
            if _key_exists(value, 0) and not isinstance(value, dict) or isinstance(value, str) and value \
                    or isinstance(value, dict) and "0" in value or php_empty(value):
                array_set(data, path, {origin: value})
    scale = array_get(data, ["settings", "spacing", "spacingScale"])
    if scale is not None:
        keys = [str(k) for k, _ in php_items(scale)] if is_php_array(scale) else []
        if not set(keys) & set(constants()["VALID_ORIGINS"]):
            array_set(data, ["settings", "spacing", "spacingScale"], {origin: scale})
    scale = array_get(data, ["settings", "spacing", "spacingScale", origin])
    if scale is not None:
        sizes = array_get(data, ["settings", "spacing", "spacingSizes", origin], [])
        array_set(data, ["settings", "spacing", "spacingSizes", origin],
                  merge_spacing_sizes(compute_spacing_sizes(scale), sizes))


def is_php_numeric(value: Any) -> bool:
    """PHP's ``is_numeric``."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and bool(re.match(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$", value))


def _num(value: Any) -> float | int:
    if isinstance(value, (int, float)):
        return value
    number = float(value)
    return int(number) if re.match(r"^\s*[+-]?\d+\s*$", value) else number


def _php_str(value: Any) -> str:
    """PHP's string conversion of a number (``round()`` gives a float)."""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float):
        if value == int(value) and abs(value) < 1e15:
            return str(int(value)) if value != 0 else ("-0" if str(value).startswith("-") else "0")
        return repr(value)
    return str(value)


def _php_round(value: float, digits: int = 0) -> float:
    """PHP's ``round()``: half away from zero."""
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP))


def compute_spacing_sizes(scale: Any) -> list[dict[str, str]]:
    """``WP_Theme_JSON::compute_spacing_sizes``: the sizes a spacing scale generates."""
    if not isinstance(scale, dict):
        return []
    steps, medium, increment = scale.get("steps"), scale.get("mediumStep"), scale.get("increment")
    operator = scale.get("operator")
    if steps is None or not is_php_numeric(steps) or (isinstance(steps, int) and steps == 0) \
            or medium is None or not is_php_numeric(medium) or scale.get("unit") is None \
            or operator not in ("+", "*") or increment is None or not is_php_numeric(increment):
        return []
    unit = "%" if scale["unit"] == "%" else sanitize_title(str(scale["unit"]))
    steps, increment = _num(steps), _num(increment)
    current = _num(medium)
    mid = _php_round(steps / 2)
    below: list[dict[str, str]] = []
    x_small: int | None = None
    slug = 40
    remainder: float = 0
    count = mid - 1
    while steps > 1 and slug > 0 and count > 0:
        if operator == "+":
            current -= increment
        elif increment > 1:
            current /= increment
        else:
            current *= increment
        if current <= 0:
            remainder = count
            break
        name = "Small" if count == mid - 1 else f"{'' if x_small is None else x_small}X-Small"
        below.append({"name": name, "slug": str(slug), "size": _php_str(_php_round(current, 2)) + unit})
        if count == mid - 2:
            x_small = 2
        if count < mid - 2:
            x_small = (x_small or 0) + 1
        slug -= 10
        count -= 1
    sizes = list(reversed(below))
    sizes.append({"name": "Medium", "slug": "50", "size": _php_str(medium) + unit})
    current = _num(medium)
    x_large: int | None = None
    slug = 60
    above = (steps - mid) + remainder
    index = 0
    while index < above:
        if operator == "+":
            current = current + increment
        else:
            current = current * increment if increment >= 1 else current / increment
        name = "Large" if index == 0 else f"{'' if x_large is None else x_large}X-Large"
        sizes.append({"name": name, "slug": str(slug), "size": _php_str(_php_round(current, 2)) + unit})
        if index == 1:
            x_large = 2
        if index > 1:
            x_large = (x_large or 0) + 1
        slug += 10
        index += 1
    return sizes


def merge_spacing_sizes(base: list[dict[str, str]], incoming: Any) -> Any:
    """``merge_spacing_sizes``: keyed by slug (a missing one is PHP's ``null`` key, ``""``), incoming
    last, in ``ksort( SORT_NUMERIC )`` order."""
    if not base:
        return incoming
    merged: dict[str, Any] = {item["slug"]: item for item in base}
    for _, item in php_items(incoming) if is_php_array(incoming) else []:
        slug = array_get(item, ["slug"]) if isinstance(item, dict) else None
        merged[php_key(slug)] = item
    return [merged[k] for k in sorted(merged, key=_numeric_sort_key)]


def php_key(value: Any) -> str:
    """A value used as a PHP array key: null is ``""``, booleans 0/1, floats truncated."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value))
    return value if isinstance(value, str) else str(value)


def _numeric_sort_key(key: str) -> float:
    """``SORT_NUMERIC``: a key's leading number, 0 when it has none (Python's sort is stable, as PHP 8's)."""
    match = re.match(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", key)
    return float(match.group(0)) if match else 0.0


def theme_json_raw_data(data: Any, origin: str, block_names: list[str],
                        valid_variations: dict[str, list[str]]) -> dict[str, Any]:
    """``( new WP_Theme_JSON( $data, $origin ) )->get_raw_data()`` for data of the latest schema.

    Older schemas (versions 1 and 2) need WordPress's migrations, which are not ported: callers
    must check ``is_latest_schema`` first.
    """
    latest = constants()["LATEST_SCHEMA"]
    data = php_array(data)
    if not isinstance(data, dict) or "version" not in data or data["version"] is None:
        data = {"version": latest}
    data = dict(data)
    data["version"] = latest
    data = _unwrap_shared_variations(data, valid_variations)
    data = sanitize(data, block_names, valid_variations)
    _maybe_opt_in(data)
    _key_by_origin(data, origin)
    return data


def is_latest_schema(data: Any) -> bool:
    """Whether ``data`` needs no migration (no version means none: it becomes empty)."""
    if not isinstance(data, dict) or data.get("version") is None:
        return True
    return data["version"] not in (1, 2) and str(data["version"]) not in ("1", "2")
