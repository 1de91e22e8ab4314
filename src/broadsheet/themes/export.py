"""The site editor's theme export: ``wp_generate_block_templates_export_file`` (WordPress 7.1.4).

A zip of the active theme's files (less ``wp_is_theme_directory_ignored`` ones and broadsheet's
own ``manifest.json``), every template and template part as the site shows them (customised
ones win over the theme's files) and a ``theme.json`` of the theme's data with the user's global
styles, written as WordPress writes it: keys sorted, ``var:preset|…`` references resolved to
``var(--wp--preset--…)``, the theme's block style partials (``styles/**``) under their blocks,
pretty-printed with tabs. WordPress builds the zip with PHP's ``ZipArchive``; this uses ``zipfile``.
"""

from __future__ import annotations

import io
import json
import re
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
_PRESET_REFERENCE = re.compile(r"^var:preset\|([^|]+)\|(.+)$")


def _exported(value: Any) -> Any:
    """Keys sorted at every level, ``var:preset|color|base`` as ``var(--wp--preset--color--base)``."""
    if isinstance(value, dict):
        return {key: _exported(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_exported(item) for item in value]
    if isinstance(value, str) and value.startswith("var:"):
        return "var(--wp--" + value[4:].replace("|", "--") + ")"
    return value


def _is_preset_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, dict) and "slug" in item for item in value)


def _origin_presets(value: Any) -> Any:
    """User presets are keyed by origin (``{"custom": [...]}``): ``get_data`` keeps ``theme`` then ``custom``."""
    if isinstance(value, dict) and value and set(value) <= {"default", "theme", "custom"} \
            and all(isinstance(v, list) for v in value.values()):
        return [*value.get("theme", []), *value.get("custom", [])]
    return value


def _merge(base: Any, incoming: Any, in_settings: bool = False) -> Any:
    """User data over theme data: objects merge key by key; preset lists under ``settings`` are
    flattened by slug as ``get_data`` does (a user preset replaces the theme's of the same slug in
    place, new ones come after); anything else is replaced."""
    if in_settings:
        incoming = _origin_presets(incoming)
    if isinstance(base, dict) and isinstance(incoming, dict):
        merged = dict(base)
        for key, value in incoming.items():
            merged[key] = _merge(base[key], value, in_settings or key == "settings") if key in base else (
                _merge(None, value, in_settings or key == "settings"))
        return merged
    if isinstance(incoming, dict) and base is None:
        return {key: _merge(None, value, in_settings) for key, value in incoming.items()}
    if in_settings and _is_preset_list(incoming) and (base is None or _is_preset_list(base)):
        by_slug = {str(item["slug"]): item for item in base or []}
        by_slug.update({str(item["slug"]): item for item in incoming})
        return list(by_slug.values())
    return incoming


def _with_style_partials(data: dict[str, Any], theme: Theme) -> dict[str, Any]:
    """The theme's ``styles/**`` block style partials as ``styles.blocks[block].variations[slug]``."""
    from broadsheet.blocks.theme_blocks import style_partial_files

    for slug, blocks, styles in style_partial_files(theme):
        for block in blocks:
            variations = data.setdefault("styles", {}).setdefault("blocks", {}).setdefault(block, {})
            variations.setdefault("variations", {})[slug] = styles
    return data


def export_theme_json(theme: Theme, user_config: dict[str, Any] | None) -> str:
    """The exported ``theme.json`` text."""
    data = json.loads(json.dumps(theme.theme_json()))  # a deep copy
    data.pop("$schema", None)
    data = _with_style_partials(data, theme)
    if user_config:
        user = {k: v for k, v in user_config.items() if k not in ("isGlobalStylesUserThemeJSON", "version")}
        data = _merge(data, user)
    data = _exported(data)
    if data.get("version"):
        data = {"$schema": f"https://schemas.wp.org/wp/{WP_VERSION[:3]}/theme.json", **data}
    text = json.dumps(data, indent=4, ensure_ascii=False)
    return _tabs(text)


def _tabs(text: str) -> str:
    """``preg_replace( '~(?:^|\\G)\\h{4}~m', "\\t", … )``: each leading run of four spaces becomes a tab."""
    out = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        out.append("\t" * (indent // 4) + " " * (indent % 4) + stripped)
    return "\n".join(out)


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
