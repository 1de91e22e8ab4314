"""What the active theme adds to the block registry: block styles, pattern categories, supports, parts.

broadsheet runs no theme PHP. For the themes it knows, this module declares what the theme's
``init`` code registers on WordPress 7.1.4, transcribed from its functions.php
(``register_block_style``, ``register_block_pattern_category``, ``add_theme_support``), or taken
from its data files: template parts from ``theme.json``'s ``templateParts`` (in the order WordPress
lists the ``parts/`` folder) and the slug, title and block types of its ``styles/**/*.json`` block
style partials. An unknown theme contributes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TemplatePart:
    """A theme template part as ``get_block_templates( …, 'wp_template_part' )`` lists it."""

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
    template_parts: tuple[TemplatePart, ...] = ()
    #: (name, label, description) from ``register_block_pattern_category`` on ``init``.
    pattern_categories: tuple[tuple[str, str, str], ...] = ()
    is_block_theme: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


_CHECKMARK_CSS = ("\n\t\t\t\tul.is-style-checkmark-list {\n\t\t\t\t\tlist-style-type: \"\\2713\";\n\t\t\t\t}\n\n"
                  "\t\t\t\tul.is-style-checkmark-list li {\n\t\t\t\t\tpadding-inline-start: 1ch;\n\t\t\t\t}")

#: Twenty Twenty-Five 1.x (WordPress 7.1.4's bundled default theme): functions.php's
#: ``twentytwentyfive_post_format_setup`` / ``twentytwentyfive_block_styles``, its style partials and
#: its template parts (theme.json titles/areas; parts/ listed in the reference filesystem's order).
TWENTYTWENTYFIVE = ThemeBlocks(
    theme_supports=("post-formats", "block-templates", "block-template-parts"),
    block_styles=(("core/list", {"name": "checkmark-list", "label": "Checkmark", "inline_style": _CHECKMARK_CSS}),),
    style_partials=(
        ("text-display", "Display", ("core/heading", "core/paragraph")),          # styles/blocks/01-display.json
        ("text-subtitle", "Subtitle", ("core/heading", "core/paragraph")),        # styles/blocks/02-subtitle.json
        ("text-annotation", "Annotation", ("core/heading", "core/paragraph")),    # styles/blocks/03-annotation.json
        ("post-terms-1", "Pill shaped", ("core/post-terms",)),                     # styles/blocks/post-terms-1.json
    ) + tuple((f"section-{n}", f"Style {n}", ("core/group", "core/columns", "core/column"))
              for n in range(1, 6)),                                                # styles/sections/section-N.json
    template_parts=(
        TemplatePart("header", "Header", "header"),
        TemplatePart("sidebar", "Sidebar", "uncategorized"),
        TemplatePart("footer-columns", "Footer Columns", "footer"),
        TemplatePart("footer-newsletter", "Footer Newsletter", "footer"),
        TemplatePart("vertical-header", "Vertical site header", "header"),
        TemplatePart("header-large-title", "Header with large title", "header"),
        TemplatePart("footer", "Footer", "footer"),
    ),
    pattern_categories=(
        ("twentytwentyfive_page", "Pages", "A collection of full page layouts."),
        ("twentytwentyfive_post-format", "Post formats", "A collection of post format patterns."),
    ),
    is_block_theme=True,
)

KNOWN_THEMES: dict[str, ThemeBlocks] = {"twentytwentyfive": TWENTYTWENTYFIVE}
NO_THEME = ThemeBlocks()


def theme_blocks(options: dict[str, Any]) -> tuple[str, ThemeBlocks]:
    """(stylesheet, contributions) of the active theme named by the ``stylesheet`` option."""
    stylesheet = str(options.get("stylesheet") or "")
    return stylesheet, KNOWN_THEMES.get(stylesheet, NO_THEME)
