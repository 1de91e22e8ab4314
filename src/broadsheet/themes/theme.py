"""``WP_Theme`` for a bundled block theme: its ``style.css`` header, ``theme.json`` and files."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from broadsheet.formatting.kses import wp_kses
from broadsheet.formatting.texturize import wptexturize

BUNDLED = Path(__file__).parent / "bundled"

#: ``WP_Theme::$file_headers``: key -> header name in ``style.css``.
FILE_HEADERS = {
    "Name": "Theme Name", "ThemeURI": "Theme URI", "Description": "Description", "Author": "Author",
    "AuthorURI": "Author URI", "Version": "Version", "Template": "Template", "Status": "Status",
    "Tags": "Tags", "TextDomain": "Text Domain", "DomainPath": "Domain Path",
    "RequiresWP": "Requires at least", "RequiresPHP": "Requires PHP", "UpdateURI": "Update URI",
}
_NAME_TAGS: dict[str, Any] = {"abbr": {"title": True}, "acronym": {"title": True}, "code": True, "em": True,
                              "strong": True}
_TAGS_WITH_A: dict[str, Any] = {"a": {"href": True, "title": True}, **_NAME_TAGS}


def get_file_data(text: str, headers: dict[str, str]) -> dict[str, str]:
    """``get_file_data()``: each header's value from the first 8 KB of a file ('' when absent)."""
    head = text[:8192].replace("\r", "\n")
    found = {}
    for key, name in headers.items():
        match = re.search(r"^(?:[ \t]*<\?php)?[ \t/*#@]*" + re.escape(name) + r":(.*)$", head,
                          re.IGNORECASE | re.MULTILINE)
        found[key] = re.sub(r"\s*(?:\*/|\?>).*", "", match.group(1)).strip() if match else ""
    return found


def _sanitize_header(key: str, value: str) -> Any:
    """``WP_Theme::sanitize_header``."""
    if key == "Status" and not value:
        return "publish"
    if key in ("Name", "Status"):
        return wp_kses(value, _NAME_TAGS)
    if key in ("Author", "Description"):
        return wp_kses(value, _TAGS_WITH_A)
    if key == "Tags":
        return [t for t in (part.strip() for part in re.sub(r"<[^>]*>", "", value).split(",")) if t]
    if key in ("Version", "RequiresWP", "RequiresPHP", "UpdateURI"):
        return re.sub(r"<[^>]*>", "", value)
    return value


@dataclass(frozen=True)
class Theme:
    """One installed theme: ``stylesheet`` (its directory name) and the data files WordPress reads."""

    stylesheet: str
    directory: Path
    headers: dict[str, Any] = field(hash=False, compare=False)

    @property
    def template(self) -> str:
        """The parent theme's directory, or this theme's own."""
        return str(self.headers["Template"] or self.stylesheet)

    def get(self, key: str) -> Any:
        return self.headers[key]

    def display(self, key: str, markup: bool = True) -> Any:
        """``WP_Theme::display( $header, $markup, translate )`` for the REST fields (en_US)."""
        value = self.headers[key]
        if not markup:
            return value
        if key == "Name":
            return value or self.stylesheet
        if key == "Description":
            return wptexturize(value)
        if key == "Author":
            if self.headers["AuthorURI"]:
                return f'<a href="{self.display("AuthorURI")}">{value}</a>'
            return value or "Anonymous"
        if key == "Tags":
            return ", ".join(value)
        return value

    @property
    def is_block_theme(self) -> bool:
        """``WP_Theme::is_block_theme``: a ``templates/index.html`` file."""
        return (self.directory / "templates" / "index.html").is_file()

    @property
    def has_screenshot(self) -> bool:
        return (self.directory / "manifest.json").is_file() and "screenshot.png" in self.manifest().get("files", [])

    @cache  # noqa: B019 - one per bundled theme, which lives as long as the process
    def theme_json(self) -> dict[str, Any]:
        """The theme's ``theme.json`` as decoded (empty without one)."""
        path = self.directory / "theme.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    @cache  # noqa: B019
    def manifest(self) -> dict[str, Any]:
        """Facts about the theme's install the data files cannot tell (``manifest.json``)."""
        path = self.directory / "manifest.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    def folder_files(self, folder: str) -> list[str]:
        """File names under ``folder`` in the order WordPress's directory iterator found them there."""
        listed = self.manifest().get("readdir_order", {}).get(folder)
        if listed is not None:
            return [name for name in listed if (self.directory / folder / name).is_file()]
        path = self.directory / folder
        return sorted(p.name for p in path.iterdir()) if path.is_dir() else []


@cache
def get_theme(stylesheet: str) -> Theme | None:
    """``wp_get_theme( $stylesheet )`` among the bundled themes, or None when it does not exist."""
    if not stylesheet or "/" in stylesheet or stylesheet.startswith("."):
        return None
    directory = BUNDLED / stylesheet
    style = directory / "style.css"
    if not style.is_file():
        return None
    raw = get_file_data(style.read_text(encoding="utf-8"), FILE_HEADERS)
    headers = {key: _sanitize_header(key, value) for key, value in raw.items()}
    return Theme(stylesheet, directory, headers)


def installed_themes() -> list[Theme]:
    """``wp_get_themes()``: every bundled theme, by name as WordPress sorts them."""
    themes = [get_theme(p.name) for p in sorted(BUNDLED.iterdir()) if p.is_dir()]
    return sorted((t for t in themes if t is not None), key=lambda t: str(t.get("Name")).lower())


def active_stylesheet(site: Any) -> str:
    """``get_stylesheet()``: the ``stylesheet`` option."""
    return str(site.option("stylesheet") or "")


def active_theme(site: Any) -> Theme | None:
    """``wp_get_theme()``: the active theme, if its files are bundled."""
    return get_theme(active_stylesheet(site))


def theme_root_uri(site: Any, theme: Theme) -> str:
    """``get_stylesheet_directory_uri()`` for ``theme``."""
    return f"{site.siteurl}/wp-content/themes/{theme.stylesheet}"
