"""The icon registries of WordPress 7.1 (``WP_Icon_Collections_Registry``, ``WP_Icons_Registry``).

Core registers one collection, ``core``, and the icons of its manifest; the SVG markup is bundled in
``data/icon-library.json`` (copied from WordPress by ``tools/make_icon_library.py``) and sanitised
with WordPress's own small ``wp_kses`` allow list when loaded, as ``WP_Icons_Registry`` does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from broadsheet.formatting.kses import wp_kses

_LIBRARY = Path(__file__).parent / "data" / "icon-library.json"

#: ``WP_Icons_Registry::sanitize_icon_content``'s allow list (borrowed from twentytwenty).
_SVG_ALLOWED = {
    "svg": {"class": True, "xmlns": True, "width": True, "height": True, "viewbox": True,
            "aria-hidden": True, "role": True, "focusable": True},
    "path": {"fill": True, "fill-rule": True, "d": True, "transform": True},
    "polygon": {"fill": True, "fill-rule": True, "points": True, "transform": True, "focusable": True},
}


@dataclass(frozen=True)
class IconCollection:
    """A registered collection: ``{"slug", "label", "description"}``."""

    slug: str
    label: str
    description: str | None = None


@dataclass(frozen=True)
class Icon:
    """A registered icon: ``{"name": "core/arrow-left", "label", "content" (SVG), "collection"}``."""

    name: str
    label: str
    content: str
    collection: str


@dataclass(frozen=True)
class IconRegistry:
    """Collections and icons in registration order."""

    collections: tuple[IconCollection, ...]
    icons: tuple[Icon, ...]

    def collection(self, slug: str) -> IconCollection | None:
        return next((c for c in self.collections if c.slug == slug), None)

    def icon(self, name: str) -> Icon | None:
        return next((i for i in self.icons if i.name == name), None)

    def search(self, term: str) -> list[Icon]:
        """``get_registered_icons( $search )``: case-insensitive substring of the name or the label.

        An "empty" term in PHP's sense (``''`` or ``'0'``) matches everything.
        """
        if not term or term == "0":
            return list(self.icons)
        needle = term.lower()
        return [i for i in self.icons if needle in i.name.lower() or needle in i.label.lower()]


def sanitize_icon_content(content: str) -> str:
    """``WP_Icons_Registry::sanitize_icon_content``: kses with the SVG allow list."""
    return wp_kses(content, _SVG_ALLOWED)


@cache
def core_icon_registry() -> IconRegistry:
    """What ``_wp_register_default_icon_collections`` and ``_wp_register_default_icons`` register."""
    core = IconCollection("core", "WordPress", "Default icon collection.")
    data = json.loads(_LIBRARY.read_text(encoding="utf-8"))
    icons = []
    for entry in data["icons"]:
        content = sanitize_icon_content(entry["content"])
        if content:  # WordPress skips an icon whose markup sanitises to nothing
            icons.append(Icon(f"core/{entry['name']}", entry["label"], content, "core"))
    return IconRegistry((core,), tuple(icons))
