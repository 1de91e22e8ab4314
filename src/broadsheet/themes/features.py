"""Theme features: ``register_theme_feature`` (core's list) and the active theme's supports.

Port of ``create_initial_theme_features()`` and ``_add_default_theme_supports()`` (WordPress 7.1.4,
``wp-includes/theme.php``) for what ``/wp/v2/themes`` reports as ``theme_supports``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.themes.theme import Theme

#: (feature, REST name) in registration order; an unsupported feature reports ``false``.
REGISTERED_FEATURES: tuple[tuple[str, str], ...] = (
    ("align-wide", "align-wide"),
    ("automatic-feed-links", "automatic-feed-links"),
    ("block-templates", "block-templates"),
    ("block-template-parts", "block-template-parts"),
    ("custom-background", "custom-background"),
    ("custom-header", "custom-header"),
    ("custom-logo", "custom-logo"),
    ("customize-selective-refresh-widgets", "customize-selective-refresh-widgets"),
    ("dark-editor-style", "dark-editor-style"),
    ("disable-custom-colors", "disable-custom-colors"),
    ("disable-custom-font-sizes", "disable-custom-font-sizes"),
    ("disable-custom-gradients", "disable-custom-gradients"),
    ("disable-layout-styles", "disable-layout-styles"),
    ("editor-color-palette", "editor-color-palette"),
    ("editor-font-sizes", "editor-font-sizes"),
    ("editor-gradient-presets", "editor-gradient-presets"),
    ("editor-spacing-sizes", "editor-spacing-sizes"),
    ("editor-styles", "editor-styles"),
    ("html5", "html5"),
    ("post-formats", "formats"),
    ("post-thumbnails", "post-thumbnails"),
    ("responsive-embeds", "responsive-embeds"),
    ("title-tag", "title-tag"),
    ("wp-block-styles", "wp-block-styles"),
)

#: ``_add_default_theme_supports()``: what every block theme supports.
_BLOCK_THEME_DEFAULTS: dict[str, Any] = {
    "post-thumbnails": True,
    "responsive-embeds": True,
    "editor-styles": True,
    "html5": ["comment-form", "comment-list", "search-form", "gallery", "caption", "style", "script"],
    "automatic-feed-links": True,
}


def theme_supports(theme: Theme) -> dict[str, Any]:
    """``get_theme_support()`` of every feature ``theme`` has (block theme defaults, then its own)."""
    supports: dict[str, Any] = {}
    if theme.is_block_theme:
        supports.update(_BLOCK_THEME_DEFAULTS)
        supports["block-templates"] = True  # wp_is_block_theme(): _add_block_template_info's theme support
    supports.update(theme.manifest().get("theme_supports", {}))
    return supports


def _prepare(feature: str, support: Any) -> Any:
    """``prepare_theme_support`` / the ``formats`` prepare callback."""
    if feature == "post-formats":
        return ["standard", *(support if isinstance(support, list) else [])]
    return support


def rest_theme_supports(theme: Theme, included: Any) -> dict[str, Any]:
    """The ``theme_supports`` object: each registered feature by REST name, ``included(name)`` decides."""
    supports = theme_supports(theme)
    data: dict[str, Any] = {}
    for feature, name in REGISTERED_FEATURES:
        if not included(f"theme_supports.{name}"):
            continue
        data[name] = _prepare(feature, supports[feature]) if feature in supports else False
    return data
