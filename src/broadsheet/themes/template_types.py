"""Default template types and template part areas (``get_default_block_template_types()``,
``get_allowed_block_template_part_areas()``, WordPress 7.1.4, en_US), from ``template_types.json``."""

from __future__ import annotations

import json
from pathlib import Path

_DATA = json.loads((Path(__file__).parent / "template_types.json").read_text(encoding="utf-8"))

#: slug -> (title, description), in WordPress's order (post format archives last).
DEFAULT_TEMPLATE_TYPES: dict[str, tuple[str, str]] = {
    item["slug"]: (item["title"], item["description"]) for item in _DATA["default_template_types"]}

#: ``get_allowed_block_template_part_areas()``: area, label, description, icon, area_tag.
TEMPLATE_PART_AREAS: list[dict[str, str]] = _DATA["template_part_areas"]

UNCATEGORIZED = "uncategorized"


def default_template_types_for_rest() -> list[dict[str, str]]:
    """``default_template_types`` of ``/wp/v2/themes``: title, description, slug."""
    return [{"title": title, "description": description, "slug": slug}
            for slug, (title, description) in DEFAULT_TEMPLATE_TYPES.items()]


def filter_template_part_area(area: str) -> str:
    """``_filter_block_template_part_area``: a known area, else uncategorized."""
    return area if any(a["area"] == area for a in TEMPLATE_PART_AREAS) else UNCATEGORIZED
