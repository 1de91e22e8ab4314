"""The site editor's theme export: ``wp_generate_block_templates_export_file`` (WordPress 7.1.4).

A zip of the active theme's files (less ``wp_is_theme_directory_ignored`` ones and broadsheet's
own ``manifest.json``), every template and template part as the site shows them (customised
ones win over the theme's files) and a ``theme.json``: the theme's data as the resolver builds it
(``themes/theme_json_resolver.py``, without its theme supports) with the user's global styles
merged over it (``themes/theme_json_merge.py``), given back by ``get_data``
(``themes/theme_json_output.py``) and pretty-printed with tabs. WordPress builds the zip with PHP's
``ZipArchive``; this uses ``zipfile``.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from broadsheet.formatting.blocks import ParsedBlock, parse_blocks, serialize_blocks
from broadsheet.themes.theme import Theme

#: The schema URL's ``wp/X.Y`` (``substr( $wp_version, 0, 3 )``).
WP_VERSION = "7.1.4"
#: ``wp_is_theme_directory_ignored``: these path prefixes are never exported.
IGNORED_PREFIXES = (".DS_Store", ".svn", ".git", ".hg", ".bzr", "node_modules", "vendor")
#: Files in broadsheet's bundled theme directories that are broadsheet's, not the theme's.
NOT_THEME_FILES = ("manifest.json",)


def wp_is_theme_directory_ignored(path: str) -> bool:
    """Whether a theme file's relative path starts with one of the ignored names (as WordPress, a bare prefix)."""
    return path.startswith(IGNORED_PREFIXES)


def theme_files(theme: Theme) -> list[tuple[str, bytes]]:
    """(relative path, bytes) of the theme's files, in a stable order."""
    root = theme.directory
    out = []
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and relative not in NOT_THEME_FILES and not wp_is_theme_directory_ignored(relative):
            out.append((relative, path.read_bytes()))
    return out


def _remove_theme_attribute(blocks: list[ParsedBlock]) -> None:
    """``_remove_theme_attribute_from_template_part_block``, through the whole tree."""
    for block in blocks:
        attrs = block.get("attrs")
        if block.get("blockName") == "core/template-part" and isinstance(attrs, dict):
            attrs.pop("theme", None)
        _remove_theme_attribute(block.get("innerBlocks") or [])


def template_export_content(content: str) -> str:
    """A template's content as exported: its template parts no longer name a theme."""
    blocks = parse_blocks(content)
    _remove_theme_attribute(blocks)
    return serialize_blocks(blocks)


# -- theme.json -----------------------------------------------------------------------------------------
def export_theme_json(theme: Theme, user_config: dict[str, Any] | None) -> str:
    """The exported ``theme.json`` text: the theme's data (without its theme supports) with the
    user's (``get_user_data``, raw) merged over it, as ``get_data`` gives it back."""
    from broadsheet.themes.theme_json_merge import merge
    from broadsheet.themes.theme_json_output import get_data
    from broadsheet.themes.theme_json_resolver import bundled_theme_data

    # The exported theme is the active one, always bundled: its data is made once. Without user
    # styles WordPress merges an empty ``custom`` origin (``version`` only), which changes nothing.
    data = bundled_theme_data(theme.stylesheet, with_supports=False)
    data = get_data(merge(data, user_config) if user_config else data)
    if data.get("version"):
        data = {"$schema": f"https://schemas.wp.org/wp/{WP_VERSION[:3]}/theme.json", **data}
    return _pretty_json(data)


def _pretty_json(value: Any, level: int = 0) -> str:
    """``wp_json_encode( …, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE )``,
    indented with tabs as the export's ``preg_replace( '~(?:^|\\G)\\h{4}~m', "\\t", … )`` leaves it:
    an empty PHP array is ``[]``, floats as PHP writes them (``1.0`` is ``1``), U+2028 and U+2029 stay
    escaped (no ``JSON_UNESCAPED_LINE_TERMINATORS``)."""
    from broadsheet.rest.encoding import php_float_repr

    if isinstance(value, (dict, list)):
        if not value:
            return "[]"
        inner = "\t" * (level + 1)
        if isinstance(value, dict):
            items = [f"{inner}{_json_string(str(key))}: {_pretty_json(item, level + 1)}" for key, item in value.items()]
            return "{\n" + ",\n".join(items) + "\n" + "\t" * level + "}"
        items = [inner + _pretty_json(item, level + 1) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + "\t" * level + "]"
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, float):
        return php_float_repr(value)
    return json.dumps(value)  # null, true, false, integers


def _json_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def build_export_zip(theme: Theme, templates: list[tuple[str, str]], parts: list[tuple[str, str]],
                     user_config: dict[str, Any] | None) -> bytes:
    """The zip: ``templates/`` and ``parts/`` first, the theme's files, then the generated entries
    (a generated entry replaces the theme's file of the same name, in its place, as ``ZipArchive`` does)."""
    entries: dict[str, bytes | None] = {"templates/": None, "parts/": None}
    for name, data in theme_files(theme):
        entries[name] = data
    for slug, content in templates:
        entries[f"templates/{slug}.html"] = template_export_content(content).encode("utf-8")
    for slug, content in parts:
        entries[f"parts/{slug}.html"] = content.encode("utf-8")
    entries["theme.json"] = export_theme_json(theme, user_config).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            if data is None:
                archive.writestr(zipfile.ZipInfo(name), b"")
            else:
                archive.writestr(name, data)
    return buffer.getvalue()
