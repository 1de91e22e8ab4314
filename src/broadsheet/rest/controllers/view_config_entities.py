"""Core's view configurations for ``page``, ``wp_block``, ``wp_template_part`` and ``wp_template``.

Port of ``_wp_get_entity_view_config_posttype_*`` (WordPress 7.1.4, ``wp-includes/view-config.php``),
hooked on ``get_entity_view_config_posttype_{name}`` at priority 5 as ``default-filters.php`` does.
Each callback also receives the request (broadsheet's third filter argument) to read the site.
"""

from __future__ import annotations

import re
from typing import Any

from broadsheet.blocks.pattern_categories import registered_pattern_categories
from broadsheet.blocks.theme_blocks import theme_blocks
from broadsheet.content.view_config import ViewConfigData
from broadsheet.hooks.registry import Hooks
from broadsheet.query.term_query import TermQuery, query_terms
from broadsheet.rest.request import RestRequest
from broadsheet.themes.template_types import TEMPLATE_PART_AREAS

#: The areas listed first, in this order (``$preferred_order``).
_PREFERRED_AREAS = ("header", "footer", "sidebar", "navigation-overlay", "uncategorized")


def _locked(field: str, operator: str, value: str) -> dict[str, Any]:
    """A view that shows only the items whose ``field`` matches (a filter the user cannot remove)."""
    return {"filters": [{"field": field, "operator": operator, "value": value, "isLocked": True}]}


def _form_field(field_id: str, layout: str, position: str) -> dict[str, Any]:
    return {"id": field_id, "layout": {"type": layout, "labelPosition": position}}


def page_view_config(data: ViewConfigData, entity: dict[str, str], request: RestRequest) -> ViewConfigData:
    """``_wp_get_entity_view_config_posttype_page``: a list of pages plus one view per status."""
    table_layout = {"styles": {"author": {"align": "start"}}}
    default_view = {"type": "list", "filters": [], "perPage": 20, "sort": {"field": "title", "direction": "asc"},
                    "showLevels": True, "titleField": "title", "mediaField": "featured_media",
                    "fields": ["author", "status"]}
    statuses = (("Published", "published", "publish"), ("Scheduled", "future", "future"),
                ("Drafts", "drafts", "draft"), ("Pending", "pending", "pending"), ("Private", "private", "private"))
    view_list: list[dict[str, Any]] = [{"title": title, "slug": slug, "view": _locked("status", "isAny", status)}
                                       for title, slug, status in statuses]
    trash = {"type": "table", "layout": table_layout, **_locked("status", "isAny", "trash")}
    view_list.append({"title": "Trash", "slug": "trash", "view": trash})
    data.set({"default_view": default_view,
              "default_layouts": {"table": {"layout": table_layout}, "grid": {}, "list": {}}}, 1)
    # Appended to the base "all items" view, which keeps its post-type-specific title.
    data.merge({"view_list": view_list}, 1)
    return data


def _natural_key(label: str) -> tuple[tuple[int, Any], ...]:
    """``SORT_NATURAL | SORT_FLAG_CASE``: case-insensitive, digit runs compared as numbers."""
    return tuple((0, int(chunk)) if chunk.isdigit() else (1, chunk)
                 for chunk in re.findall(r"\d+|\D+", label.lower()))


def pattern_categories_for_views(request: RestRequest) -> list[tuple[str, str]]:
    """(slug, label) of the registered pattern categories, ``uncategorized`` and the user's
    ``wp_pattern_category`` terms (a slug taken again takes the new label), sorted by label."""
    _, theme = theme_blocks(request.ctx.options)
    categories = {category["name"]: category["label"] for category in registered_pattern_categories(theme)}
    categories.setdefault("uncategorized", "Uncategorized")
    terms = query_terms(request.ctx.conn, request.site.db, TermQuery("wp_pattern_category", number=0))
    for term in terms:
        categories[str(term["slug"])] = str(term["name"])
    # asort is stable: equal labels keep their order.
    return sorted(categories.items(), key=lambda item: _natural_key(item[1]))


def wp_block_view_config(data: ViewConfigData, entity: dict[str, str], request: RestRequest) -> ViewConfigData:
    """``_wp_get_entity_view_config_posttype_wp_block``: a grid of patterns, one view per category."""
    grid_layout = {"badgeFields": ["sync-status"]}
    view_list = [{"title": "All patterns", "slug": "all-patterns"}, {"title": "My patterns", "slug": "my-patterns"}]
    view_list += [{"title": label, "slug": slug} for slug, label in pattern_categories_for_views(request)]
    data.set({
        "default_view": {"type": "grid", "perPage": 20, "titleField": "title", "mediaField": "preview",
                         "fields": ["sync-status"], "filters": [], "layout": grid_layout},
        "default_layouts": {"table": {"layout": {"styles": {"author": {"width": "1%"}}}},
                            "grid": {"layout": grid_layout}},
        "view_list": view_list,
        "form": {"layout": {"type": "panel"},
                 "fields": [_form_field("excerpt", "panel", "top"), _form_field("post-content-info", "regular", "none"),
                            "sync-status", "revisions"]},
    }, 1)
    return data


def _ordered_areas() -> list[dict[str, str]]:
    """``get_allowed_block_template_part_areas()``, the preferred areas first in their order."""
    preferred = sorted((a for a in TEMPLATE_PART_AREAS if a["area"] in _PREFERRED_AREAS),
                       key=lambda a: _PREFERRED_AREAS.index(a["area"]))
    return preferred + [a for a in TEMPLATE_PART_AREAS if a["area"] not in _PREFERRED_AREAS]


def wp_template_part_view_config(data: ViewConfigData, entity: dict[str, str],
                                 request: RestRequest) -> ViewConfigData:
    """``_wp_get_entity_view_config_posttype_wp_template_part``: a grid of parts, one view per area."""
    view_list: list[dict[str, Any]] = [{"title": "All template parts", "slug": "all-parts"}]
    view_list += [{"title": area["label"], "slug": area["area"], "view": _locked("area", "is", area["area"])}
                  for area in _ordered_areas()]
    data.set({
        "default_view": {"type": "grid", "perPage": 20, "titleField": "title", "mediaField": "preview",
                         "fields": ["author"], "filters": [], "layout": {}},
        "default_layouts": {"table": {"layout": {"styles": {"author": {"width": "1%"}}}}, "grid": {"layout": {}}},
        "view_list": view_list,
        "form": {"layout": {"type": "panel"},
                 "fields": [_form_field("last_edited_date", "panel", "none"), "revisions"]},
    }, 1)
    return data


def _template_author_views(request: RestRequest) -> list[dict[str, Any]]:
    """One view per author of the site's templates: theme, plugin and site authors before users."""
    from broadsheet.rest.controllers.templates import template_author_text, template_original_source
    from broadsheet.themes.template_posts import get_block_templates
    from broadsheet.themes.theme import active_theme

    theme = active_theme(request.site)
    templates = get_block_templates(request.ctx.conn, request.site, theme, "wp_template") if theme else []
    seen: set[str] = set()
    registered: list[dict[str, Any]] = []
    users: list[dict[str, Any]] = []
    for template in templates:
        text = template_author_text(template, theme, request)
        if not text or text in seen:
            continue
        seen.add(text)
        entry = {"title": text, "slug": text, "view": _locked("author", "is", text)}
        (users if template_original_source(template) == "user" else registered).append(entry)
    return registered + users


def wp_template_view_config(data: ViewConfigData, entity: dict[str, str], request: RestRequest) -> ViewConfigData:
    """``_wp_get_entity_view_config_posttype_wp_template``: a grid of templates, one view per author."""
    data.set({
        "default_view": {"type": "grid", "perPage": 20, "sort": {"field": "title", "direction": "asc"},
                         "titleField": "title", "descriptionField": "description", "mediaField": "preview",
                         "fields": ["author", "active", "slug", "theme"], "filters": [], "showMedia": True},
        "default_layouts": {"table": {"showMedia": False}, "grid": {"showMedia": True},
                            "list": {"showMedia": False}},
        "view_list": [{"title": "All templates", "slug": "all"}, *_template_author_views(request)],
        "form": {"layout": {"type": "panel"},
                 "fields": [_form_field("description", "panel", "top"),
                            _form_field("description_readonly", "regular", "none"),
                            _form_field("last_edited_date", "panel", "none"), "revisions",
                            # Fields of the home/index template summary that edit other entities.
                            "posts_page_title", "posts_per_page", "default_comment_status"]},
    }, 1)
    return data


CORE_VIEW_CONFIGS = {
    "page": page_view_config,
    "wp_block": wp_block_view_config,
    "wp_template_part": wp_template_part_view_config,
    "wp_template": wp_template_view_config,
}


def register_core_view_configs(hooks: Hooks) -> None:
    """``default-filters.php``: core's callbacks run at priority 5, before third parties' default 10."""
    for post_type, callback in CORE_VIEW_CONFIGS.items():
        hooks.add_filter(f"get_entity_view_config_posttype_{post_type}", callback, 5, 3)
