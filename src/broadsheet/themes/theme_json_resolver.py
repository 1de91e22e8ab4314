"""The theme.json origins and their merge: ``WP_Theme_JSON_Resolver`` (WordPress 7.1.4).

``default`` is core's own ``theme.json`` (``bundled/core-theme.json``, a copy of WordPress 7.1.4's
``wp-includes/theme.json``); ``blocks`` the registered block types' ``supports.__experimentalStyle``
(and an empty ``blockGap`` for those with a default gap); ``theme`` the active theme's ``theme.json``
(over its parent's) with its block style partials (``styles/**`` with ``blockTypes``) and the
``style_data`` of the block styles it registers injected, laid over what its theme supports say
(``get_classic_theme_supports_block_editor_settings``). None of it depends on the database, so the
merge is made once per theme. Translation is a no-op: broadsheet serves en_US.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from broadsheet.blocks.theme_blocks import kebab_case
from broadsheet.themes.theme import Theme, get_theme
from broadsheet.themes.theme_json import (
    array_get,
    array_replace_recursive,
    array_set,
    constants,
    is_php_numeric,
    php_empty,
    theme_json_raw_data,
)
from broadsheet.themes.theme_json_merge import merge
from broadsheet.themes.user_styles import block_names, valid_block_style_variations

CORE_THEME_JSON = Path(__file__).with_name("bundled") / "core-theme.json"


def _remove_json_comments(value: Any) -> Any:
    """``remove_json_comments``: ``//`` keys go, at every level."""
    if isinstance(value, dict):
        return {k: _remove_json_comments(v) for k, v in value.items() if k != "//"}
    return value


def _variations(stylesheet: str, *, partials: bool) -> dict[str, list[str]]:
    return valid_block_style_variations({"stylesheet": stylesheet}, partials=partials)


def core_data(stylesheet: str) -> dict[str, Any]:
    """``get_core_data``: core's theme.json with the ``default`` origin."""
    data = json.loads(CORE_THEME_JSON.read_text(encoding="utf-8"))
    return theme_json_raw_data(data, "default", block_names(), _variations(stylesheet, partials=False))


def block_data(stylesheet: str) -> dict[str, Any]:
    """``get_block_data``: the block types' default styles with the ``blocks`` origin."""
    from broadsheet.blocks.registry import core_block_types

    config: dict[str, Any] = {"version": constants()["LATEST_SCHEMA"]}
    for block_type in core_block_types():
        supports = block_type.supports if isinstance(block_type.supports, dict) else {}
        if "__experimentalStyle" in supports and supports["__experimentalStyle"] is not None:
            array_set(config, ["styles", "blocks", block_type.name],
                      _remove_json_comments(copy.deepcopy(supports["__experimentalStyle"])))
        gap = array_get(supports, ["spacing", "blockGap", "__experimentalDefault"])
        path = ["styles", "blocks", block_type.name, "spacing", "blockGap"]
        if gap is not None and array_get(config, path) is None:
            array_set(config, path, None)
    return theme_json_raw_data(config, "blocks", block_names(), _variations(stylesheet, partials=False))


def _inject_variation(data: dict[str, Any], block: str, name: str, styles: Any) -> None:
    """A block style variation's styles under the block, overridden by the theme.json's shared
    (``styles.variations``) then block-level ones."""
    for override in (array_get(data, ["styles", "variations", name]),
                     array_get(data, ["styles", "blocks", block, "variations", name])):
        if not php_empty(override):
            styles = array_replace_recursive(styles, override)
    array_set(data, ["styles", "blocks", block, "variations", name], styles)


def _with_injected_variations(theme: Theme, data: dict[str, Any]) -> dict[str, Any]:
    """``inject_variations_from_block_style_variation_files`` then ``…_from_block_styles_registry``."""
    from broadsheet.blocks.theme_blocks import theme_blocks_of
    from broadsheet.themes.style_variations import get_style_variations

    data = copy.deepcopy(data)
    for variation in get_style_variations(theme, "block", _variations(theme.stylesheet, partials=False)):
        if php_empty(variation.get("styles")) or php_empty(variation.get("blockTypes")):
            continue
        name = variation["slug"] if variation.get("slug") is not None else kebab_case(str(variation["title"]))
        for block in variation["blockTypes"]:
            _inject_variation(data, str(block), str(name), copy.deepcopy(variation["styles"]))
    for block, style in theme_blocks_of(theme).block_styles:
        if not php_empty(style.get("style_data")):
            _inject_variation(data, block, str(style["name"]), copy.deepcopy(style["style_data"]))
    return data


def _theme_own_data(theme: Theme, raw: dict[str, Any]) -> dict[str, Any]:
    """``new WP_Theme_JSON( theme.json + injected variations )``, partials registered by then."""
    data = _with_injected_variations(theme, raw or {"version": constants()["LATEST_SCHEMA"]})
    return theme_json_raw_data(data, "theme", block_names(), _variations(theme.stylesheet, partials=True))


def _editor_settings_data(theme: Theme, has_theme_json: bool) -> dict[str, Any]:
    """``get_from_editor_settings( get_classic_theme_supports_block_editor_settings() )``, and for a
    theme without theme.json the classic theme's defaults."""
    from broadsheet.themes.features import theme_supports

    supports = theme_supports(theme)

    def support(feature: str) -> Any:  # get_theme_support(): false when unsupported
        return supports.get(feature, False)

    def first(feature: str) -> Any:  # current( (array) get_theme_support() )
        value = support(feature)
        if isinstance(value, list):
            return value[0] if value else False
        return value

    settings: dict[str, Any] = {}
    array_set(settings, ["color", "custom"], not support("disable-custom-colors"))
    array_set(settings, ["color", "customGradient"], not support("disable-custom-gradients"))
    array_set(settings, ["typography", "customFontSize"], not support("disable-custom-font-sizes"))
    array_set(settings, ["typography", "lineHeight"], support("custom-line-height"))
    units = support("custom-units")
    array_set(settings, ["spacing", "units"], ["px", "em", "rem", "vh", "vw", "%"] if units is True else units)
    for feature, path in (("editor-color-palette", ["color", "palette"]),
                          ("editor-gradient-presets", ["color", "gradients"]),
                          ("editor-font-sizes", ["typography", "fontSizes"])):
        value = first(feature)
        if value is not False and value is not None:
            if feature == "editor-font-sizes" and isinstance(value, list):
                value = [{**size, "size": f"{size['size']}px"} if isinstance(size, dict)
                         and is_php_numeric(size.get("size")) else size for size in value]
            array_set(settings, path, value)
    array_set(settings, ["spacing", "padding"], support("custom-spacing"))
    spacing_sizes = first("editor-spacing-sizes")
    if spacing_sizes is not False and spacing_sizes is not None:
        array_set(settings, ["spacing", "spacingSizes"], spacing_sizes)
    if not has_theme_json:
        _classic_theme_defaults(settings, supports)
    return {"version": constants()["LATEST_SCHEMA"], "settings": settings}


def _classic_theme_defaults(settings: dict[str, Any], supports: dict[str, Any]) -> None:
    """A theme without theme.json: its custom presets turn the default ones off, unless it asks for them."""
    for path, preset, feature in ((["color", "defaultPalette"], ["color", "palette"], "default-color-palette"),
                                  (["color", "defaultGradients"], ["color", "gradients"], "default-gradient-presets"),
                                  (["typography", "defaultFontSizes"], ["typography", "fontSizes"],
                                   "default-font-sizes"),
                                  (["spacing", "defaultSpacingSizes"], ["spacing", "spacingSizes"],
                                   "default-spacing-sizes")):
        array_set(settings, path, array_get(settings, preset) is None or feature in supports)
    array_set(settings, ["shadow", "defaultPresets"], False)
    if "link-color" in supports:
        array_set(settings, ["color", "link"], True)
    if "border" in supports:
        for side in ("color", "radius", "style", "width"):
            array_set(settings, ["border", side], True)
    if "appearance-tools" in supports:
        settings["appearanceTools"] = True


def theme_data(theme: Theme, *, with_supports: bool = True) -> dict[str, Any]:
    """``get_theme_data()``: the theme's data over its parent's, over its theme supports unless
    ``with_supports`` is false (the site editor's export leaves them out).

    The theme's theme.json is ``get_file_path( 'theme.json' )``: its own, else its parent's (which
    is then not merged a second time)."""
    parent = get_theme(theme.template) if theme.template != theme.stylesheet else None
    own, parents = _decoded(theme), _decoded(parent) if parent is not None else {}
    data = _theme_own_data(theme, own or parents)
    if own and parents:
        data = merge(theme_json_raw_data(parents, "theme", block_names(),
                                         _variations(theme.stylesheet, partials=True)), data)
    if not with_supports:
        return data
    supports = theme_json_raw_data(_editor_settings_data(theme, bool(own or parents)), "theme", block_names(),
                                   _variations(theme.stylesheet, partials=True))
    return merge(supports, data)


@cache
def bundled_theme_data(stylesheet: str, *, with_supports: bool = True) -> dict[str, Any]:
    """``theme_data`` of a bundled theme (empty for an unknown one), made once: its files do not
    change while the process runs. Shared: do not change it."""
    theme = get_theme(stylesheet)
    return theme_data(theme, with_supports=with_supports) if theme is not None else {}


def _decoded(theme: Theme) -> dict[str, Any]:
    """The theme's own theme.json as an object (empty without one)."""
    raw = theme.theme_json()
    return raw if isinstance(raw, dict) else {}


@cache
def merged_theme_data(stylesheet: str) -> dict[str, Any]:
    """``get_merged_data( 'theme' )->get_raw_data()``: default, then blocks, then the theme. Shared:
    do not change it."""
    result = theme_json_raw_data({}, "theme", [], {})
    result = merge(result, core_data(stylesheet))
    result = merge(result, block_data(stylesheet))
    if get_theme(stylesheet) is not None:
        result = merge(result, bundled_theme_data(stylesheet))
    return result
