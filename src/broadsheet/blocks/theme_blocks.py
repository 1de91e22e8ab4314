"""What the active theme adds to the block registry: block styles, pattern categories, supports, parts.

broadsheet runs no theme PHP; everything here is read from the theme bundle (``themes/``), the one
description of a theme: supports from ``themes.features`` (block theme defaults and the manifest's
``add_theme_support`` calls), what functions.php registers on ``init`` (``register_block_style``,
``register_block_pattern_category``) from the manifest, block style partials from the theme's
``styles/**/*.json`` files, and template parts from ``get_block_templates()`` (the theme's
``parts/`` and the parts customised or created in the database). A theme that is not bundled
contributes nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from broadsheet.themes.features import theme_supports
from broadsheet.themes.theme import Theme, get_theme


@dataclass(frozen=True)
class TemplatePart:
    """A template part as ``get_block_templates( …, 'wp_template_part' )`` lists it."""

    slug: str
    title: str
    area: str
    description: str = ""


@dataclass(frozen=True)
class ThemeBlocks:
    """One theme's contributions to the block registry."""

    theme_supports: tuple[str, ...] = ()
    #: (block name, style properties) the theme registers on ``init``, in registration order.
    block_styles: tuple[tuple[str, dict[str, Any]], ...] = ()
    #: The theme's block style partials (``styles/**/*.json`` with ``blockTypes``), in ``ksort`` order of
    #: their paths: (slug, title, block types). WordPress registers them when it first resolves the
    #: theme's theme.json data in a request (``WP_Theme_JSON_Resolver::get_theme_data``).
    style_partials: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    #: (name, label, description) from ``register_block_pattern_category`` on ``init``.
    pattern_categories: tuple[tuple[str, str, str], ...] = ()
    is_block_theme: bool = False


NO_THEME = ThemeBlocks()
#: Lists the active theme's template parts when asked (they may come from the database).
TemplatePartsLoader = Callable[[], Sequence[TemplatePart]]


def kebab_case(title: str) -> str:
    """``_wp_to_kebab_case`` for a partial's title without a slug."""
    return "-".join(re.findall(r"[a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", title).lower()))


def _style_partial_data(theme: Theme) -> list[tuple[str, str, dict[str, Any]]]:
    """``get_style_variations( 'block' )``: (slug, title, data) of the files with block types and styles, by path."""
    root = theme.directory / "styles"
    partials = []
    for path in sorted(root.rglob("*.json"), key=lambda p: p.as_posix()) if root.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data.get("blockTypes") or not data.get("styles"):
            continue
        title = str(data.get("title") or path.stem)
        partials.append((str(data.get("slug") or kebab_case(title)), title, data))
    return partials


def _style_partials(theme: Theme) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The partials as ``wp_register_block_style_variations_from_theme_json_partials`` registers them."""
    return tuple((name, title, tuple(data["blockTypes"])) for name, title, data in _style_partial_data(theme))


@cache
def theme_blocks_of(theme: Theme) -> ThemeBlocks:
    """A bundled theme's contributions, from its files and manifest."""
    manifest = theme.manifest()
    return ThemeBlocks(
        theme_supports=tuple(theme_supports(theme)),
        block_styles=tuple((item["block"], dict(item["style"])) for item in manifest.get("block_styles", [])),
        style_partials=_style_partials(theme),
        pattern_categories=tuple((c["name"], c["label"], c["description"])
                                 for c in manifest.get("pattern_categories", [])),
        is_block_theme=theme.is_block_theme,
    )


def theme_blocks(options: dict[str, Any]) -> tuple[str, ThemeBlocks]:
    """(stylesheet, contributions) of the active theme named by the ``stylesheet`` option."""
    stylesheet = str(options.get("stylesheet") or "")
    theme = get_theme(stylesheet)
    return stylesheet, theme_blocks_of(theme) if theme is not None else NO_THEME


def template_parts(conn: Any, site: Any) -> list[TemplatePart]:
    """``get_block_templates( array(), 'wp_template_part' )`` of the active theme, as parts."""
    from broadsheet.themes.template_posts import get_block_templates
    from broadsheet.themes.theme import active_theme

    theme = active_theme(site)
    if theme is None:
        return []
    return [TemplatePart(t.slug, t.title, t.area or "uncategorized", t.description)
            for t in get_block_templates(conn, site, theme, "wp_template_part")]
