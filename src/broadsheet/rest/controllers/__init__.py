"""One controller module per resource; ``register_routes`` registers them in WordPress's order.

The order matters: the index lists routes in registration order, and matching tries them in
that order (rest-api.md §1.2, the golden index).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from broadsheet.rest.server import RestServer

#: Controller modules, in the order WordPress 7.1.4 registers their routes.
CONTROLLERS = (
    "index",        # /, namespace indexes
    "batch",        # /batch/v1
    "oembed",       # /oembed/1.0/embed, /oembed/1.0/proxy
    "posts",        # every show_in_rest post type in registration order (posts.POST_TYPE_CONTROLLERS)
    "types",
    "statuses",
    "taxonomies",
    "terms",        # categories, tags
    "users",
    "application_passwords",
    "comments",
    "search",
    "block_renderer",  # block-renderer/{name}
    "block_types",  # block-types
    "settings",
    "themes",       # themes (+ stylesheet)
    "plugins",      # none installed (broadsheet runs no PHP plugins)
    "sidebars",
    "widget_types",  # widget-types, widget-types/{id}, encode, render
    "widgets",
    "directories",  # block-directory/search, pattern-directory/patterns
    "block_patterns",  # block-patterns/categories (block-patterns/patterns: not served)
    "site_health",  # /wp-site-health/v1
    "url_details",  # /wp-block-editor/v1/url-details
    "menu_locations",
    "edit_site_export",  # /wp-block-editor/v1/export
    "navigation_fallback",  # /wp-block-editor/v1/navigation-fallback
    "font_collections",
    "abilities",    # /wp-abilities/v1 (after block-editor, menu-locations, font-collections)
    "icons",        # icons, icon-collections
    "view_config",
)


def register_routes(server: RestServer) -> None:
    """Import each controller module that exists and let it register its routes."""
    for name in CONTROLLERS:
        try:
            module = importlib.import_module(f"broadsheet.rest.controllers.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"broadsheet.rest.controllers.{name}":
                continue  # not built yet
            raise
        module.register(server)
