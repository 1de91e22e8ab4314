"""A theme's style variations: ``WP_Theme_JSON_Resolver::get_style_variations()`` (WordPress 7.1.4).

The JSON files under the theme's ``styles/`` folder, recursively (a child theme's first, then the
parent's not shadowed by a child file of the same name), in ``ksort`` order of their paths. The
``theme`` scope keeps files without ``blockTypes`` (those with it are block style partials). Each
is sanitised as ``new WP_Theme_JSON( $file )`` (``theme`` origin) and titled by its file name when
it has no title. Translation is a no-op: broadsheet serves en_US.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from broadsheet.themes.theme import Theme, active_theme, get_theme
from broadsheet.themes.theme_json import php_empty, theme_json_raw_data
from broadsheet.themes.user_styles import block_names, valid_block_style_variations


def _json_files(directory: Path) -> dict[str, Path]:
    if not directory.is_dir():
        return {}
    return {str(path): path for path in directory.rglob("*") if path.is_file() and path.suffix.lower() == ".json"}


@cache
def theme_style_variations(stylesheet: str) -> tuple[dict[str, Any], ...]:
    """The theme's style variations of the ``theme`` scope, as the REST route lists them (its block
    style partials registered). Made once per theme: a bundled theme's files do not change while the
    process runs. Shared: do not change them."""
    theme = get_theme(stylesheet)
    if theme is None:
        return ()
    valid = valid_block_style_variations({"stylesheet": stylesheet}, partials=True)
    return tuple(get_style_variations(theme, "theme", valid))


def get_style_variations(theme: Theme, scope: str, valid: dict[str, list[str]]) -> list[dict[str, Any]]:
    """``get_style_variations( $scope )`` of ``theme``: ``theme`` keeps the files without ``blockTypes``,
    ``block`` (the block style partials) those with it; ``valid``: the block style variations
    registered when WordPress sanitises them."""
    files = _json_files(theme.directory / "styles")
    if theme.template != theme.stylesheet:
        parent = get_theme(theme.template)
        if parent is not None:
            child_names = {Path(p).name for p in files}
            files.update({p: f for p, f in _json_files(parent.directory / "styles").items()
                          if Path(p).name not in child_names})
    names = block_names()
    variations = []
    for key in sorted(files):
        try:
            decoded = json.loads(files[key].read_text(encoding="utf-8"))
        except ValueError:
            continue
        if not isinstance(decoded, dict) or (decoded.get("blockTypes") is not None) != (scope == "block"):
            continue
        variation = theme_json_raw_data(decoded, "theme", names, valid)
        if php_empty(variation.get("title")):
            variation["title"] = files[key].stem
        variations.append(variation)
    return variations


def get_theme_file_uri(site: Any, file: str) -> str:
    """``get_theme_file_uri``: the file in the child theme when it has it, else in the parent."""
    from broadsheet.themes.theme import theme_root_uri

    theme = active_theme(site)
    if theme is None:
        return f"{site.siteurl}/wp-content/themes/{file.lstrip('/')}"
    file = file.lstrip("/")
    if not file:
        return theme_root_uri(site, theme)
    parent = get_theme(theme.template) if theme.template != theme.stylesheet else None
    if parent is None or (theme.directory / file).exists():
        return f"{theme_root_uri(site, theme)}/{file}"
    return f"{theme_root_uri(site, parent)}/{file}"


_PLACEHOLDER = "file:./"


def theme_file_references(data: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(url, target) of the (sanitised) data's ``file:./`` background images, top level then per block."""
    from broadsheet.themes.theme_json import array_get

    if data is None:
        return []
    found: list[tuple[Any, str]] = [(array_get(data, ["styles", "background", "backgroundImage", "url"]),
                                     "styles.background.backgroundImage.url")]
    blocks = array_get(data, ["styles", "blocks"])
    if isinstance(blocks, dict):
        found += [(array_get(styles, ["background", "backgroundImage", "url"]),
                   f"styles.blocks.{name}.background.backgroundImage.url") for name, styles in blocks.items()]
    return [(url, target) for url, target in found if isinstance(url, str) and url.startswith(_PLACEHOLDER)]


def resolved_theme_uris(site: Any, data: dict[str, Any] | None) -> list[dict[str, Any]]:
    """``WP_Theme_JSON_Resolver::get_resolved_theme_uris``: the ``file:./`` background images of the
    (sanitised) data as ``wp:theme-file`` links."""
    from broadsheet.formatting.media_urls import wp_check_filetype
    from broadsheet.formatting.urls import sanitize_url

    uris = []
    for url, target in theme_file_references(data):
        _, mime = wp_check_filetype(url)
        uris.append({"name": url, "target": target, "type": mime if mime is not None else False,
                     "href": sanitize_url(get_theme_file_uri(site, url.replace(_PLACEHOLDER, "")))})
    return uris
