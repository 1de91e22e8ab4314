"""The font library's collections (WordPress 7.1.4 ``WP_Font_Library``, ``WP_Font_Collection``).

Core registers one collection, Google Fonts, whose font families WordPress downloads from
``s.w.org`` the first time they are asked for. broadsheet makes no outbound HTTP request, so a
collection whose data is a URL answers WordPress's own loading errors: ``font_collection_json_missing``
when the URL does not pass ``wp_http_validate_url`` (its host does not resolve, or is private), else
``font_collection_request_error`` (what WordPress answers when the download fails).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from broadsheet.content.http_validation import site_http_validate_url

__all__ = ["FontCollection", "FontCollectionError", "core_font_collections"]


class FontCollectionError(Exception):
    """A ``WP_Error`` from loading a collection's data (code, message)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class FontCollection:
    """A registered collection: its slug and arguments; ``font_families`` is a URL to load on demand."""

    slug: str
    name: str
    font_families: str
    description: str = ""
    categories: list[dict[str, str]] = field(default_factory=list)

    def get_data(self, site: Any) -> dict[str, Any]:
        """``get_data`` on ``site``: the collection's data, or the loading error (FontCollectionError)."""
        if not site_http_validate_url(site, self.font_families):
            raise FontCollectionError("font_collection_json_missing",
                                      "Font collection JSON file is invalid or does not exist.")
        raise FontCollectionError("font_collection_request_error",
                                  f'Error fetching the font collection data from "{self.font_families}".')


def core_font_collections() -> list[FontCollection]:
    """``_wp_register_default_font_collections``: Google Fonts."""
    return [FontCollection(
        "google-fonts", "Google Fonts",
        "https://s.w.org/images/fonts/wp-7.1/collections/google-fonts-with-preview.json",
        "Install from Google Fonts. Fonts are copied to and served from your site.",
        [{"name": "Sans Serif", "slug": "sans-serif"}, {"name": "Display", "slug": "display"},
         {"name": "Serif", "slug": "serif"}, {"name": "Handwriting", "slug": "handwriting"},
         {"name": "Monospace", "slug": "monospace"}])]
