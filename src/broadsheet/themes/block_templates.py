"""Block templates and template parts of the active theme, as ``WP_Block_Template`` objects.

Port of ``get_block_templates()``, ``get_block_template()``, ``_get_block_templates_files()``,
``_build_block_template_result_from_file()`` and ``resolve_pattern_blocks()`` (WordPress 7.1.4,
``wp-includes/block-template-utils.php`` and ``blocks.php``) for the theme files. Core registers no
hooked blocks, so applying block hooks reduces to adding ``theme`` to template-part blocks while
the content is parsed and serialised again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from broadsheet.formatting.blocks import (
    ParsedBlock,
    get_comment_delimited_block_content,
    parse_blocks,
    serialize_blocks,
)
from broadsheet.formatting.sanitize import sanitize_text_field
from broadsheet.themes.patterns import Pattern, theme_patterns
from broadsheet.themes.template_types import DEFAULT_TEMPLATE_TYPES, UNCATEGORIZED, filter_template_part_area
from broadsheet.themes.theme import Theme

WP_TEMPLATE = "wp_template"
WP_TEMPLATE_PART = "wp_template_part"
#: ``get_block_theme_folders()`` of a theme with the current folder names.
FOLDERS = {WP_TEMPLATE: "templates", WP_TEMPLATE_PART: "parts"}


@dataclass
class BlockTemplate:
    """``WP_Block_Template``: a template (or part) from a theme file or a ``wp_template*`` post."""

    id: str
    theme: str
    slug: str
    type: str
    content: str = ""
    source: str = "theme"
    origin: str | None = None
    title: str = ""
    description: str = ""
    status: str = "publish"
    wp_id: int = 0
    has_theme_file: bool = False
    is_custom: bool = True
    author: int = 0
    area: str | None = None
    post_types: list[str] | None = None
    modified: str | None = None
    date: str | None = None


@dataclass
class _TemplateFile:
    slug: str
    path: Any
    title: str = ""
    area: str | None = None
    post_types: list[str] | None = field(default=None)


def _php_trim(text: str) -> str:
    return text.strip(" \t\n\r\0\x0b")


def _inject_theme(blocks: list[ParsedBlock], stylesheet: str) -> None:
    """``_inject_theme_attribute_in_template_part_block`` over every block, depth first."""
    for block in blocks:
        if block["blockName"] == "core/template-part":
            attrs = block["attrs"] if isinstance(block["attrs"], dict) else {}
            if "theme" not in attrs:
                attrs["theme"] = stylesheet
            block["attrs"] = attrs
        _inject_theme(block["innerBlocks"], stylesheet)


def apply_block_hooks_to_content(content: str, stylesheet: str) -> str:
    """``apply_block_hooks_to_content`` with no hooked blocks: parse, inject ``theme``, serialise."""
    blocks = parse_blocks(content)
    _inject_theme(blocks, stylesheet)
    return serialize_blocks(blocks)


def _remove_serialized_parent_block(serialized: str) -> str:
    start = serialized.find("-->") + 3
    end = serialized.rfind("<!--")
    return serialized[start:end]


def _custom_templates(theme: Theme) -> dict[str, dict[str, Any]]:
    """``WP_Theme_JSON::get_custom_templates``."""
    out: dict[str, dict[str, Any]] = {}
    for item in theme.theme_json().get("customTemplates") or []:
        if isinstance(item, dict) and "name" in item:
            out[item["name"]] = {"title": item.get("title", ""), "postTypes": item.get("postTypes", ["page"])}
    return out


def _template_parts_meta(theme: Theme) -> dict[str, dict[str, Any]]:
    """``WP_Theme_JSON::get_template_parts``."""
    out: dict[str, dict[str, Any]] = {}
    for item in theme.theme_json().get("templateParts") or []:
        if isinstance(item, dict) and "name" in item:
            out[item["name"]] = {"title": item.get("title", ""), "area": item.get("area", "")}
    return out


def _file_info(theme: Theme, template_type: str, slug: str, path: Any) -> _TemplateFile:
    """``_add_block_template_info`` / ``_add_block_template_part_area_info``."""
    info = _TemplateFile(slug=slug, path=path)
    if template_type == WP_TEMPLATE_PART:
        meta = _template_parts_meta(theme).get(slug)
        if meta is not None and meta.get("area"):
            info.title = meta["title"]
            info.area = filter_template_part_area(meta["area"])
        else:
            info.area = UNCATEGORIZED
    else:
        custom = _custom_templates(theme).get(slug)
        if custom is not None:
            info.title = custom["title"]
            info.post_types = custom["postTypes"]
    return info


def template_files(theme: Theme, template_type: str, *, area: str | None = None, post_type: str = "",
                   slugs_in: tuple[str, ...] = (), slugs_not_in: tuple[str, ...] = ()) -> list[_TemplateFile]:
    """``_get_block_templates_files`` for one theme (no parent theme among the bundled ones)."""
    folder = FOLDERS[template_type]
    files: dict[str, _TemplateFile] = {}
    for name in theme.folder_files(folder):
        if not name.endswith(".html"):
            continue
        slug = name[:-5]
        if (slugs_in and slug not in slugs_in) or slug in slugs_not_in or slug in files:
            continue
        info = _file_info(theme, template_type, slug, theme.directory / folder / name)
        if template_type == WP_TEMPLATE_PART:
            if area is None or area == info.area:
                files[slug] = info
            continue
        is_custom = slug not in DEFAULT_TEMPLATE_TYPES
        if not post_type or (info.post_types is not None and post_type in info.post_types):
            files[slug] = info
        if post_type and info.post_types is None and is_custom:
            files[slug] = info
    return list(files.values())


def template_file(theme: Theme, template_type: str, slug: str) -> _TemplateFile | None:
    """``_get_block_template_file``: the file of ``slug``, if it exists inside the theme's folder."""
    folder = theme.directory / FOLDERS[template_type]
    path = (folder / f"{slug}.html")
    try:
        resolved, root = path.resolve(strict=True), folder.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not str(resolved).startswith(str(root) + "/") or not resolved.is_file():
        return None
    return _file_info(theme, template_type, slug, resolved)


def build_from_file(theme: Theme, info: _TemplateFile, template_type: str) -> BlockTemplate:
    """``_build_block_template_result_from_file``."""
    stylesheet = theme.stylesheet
    template = BlockTemplate(id=f"{stylesheet}//{info.slug}", theme=stylesheet, slug=info.slug, type=template_type,
                             content=info.path.read_text(encoding="utf-8"), source="theme",
                             title=info.title or info.slug, has_theme_file=True, is_custom=True)
    if template_type == WP_TEMPLATE and info.slug in DEFAULT_TEMPLATE_TYPES:
        template.title, template.description = DEFAULT_TEMPLATE_TYPES[info.slug]
        template.is_custom = False
    if template_type == WP_TEMPLATE and info.post_types is not None:
        template.post_types = info.post_types
    if template_type == WP_TEMPLATE_PART and info.area is not None:
        template.area = info.area
    if template_type == WP_TEMPLATE_PART:
        wrapped = get_comment_delimited_block_content("core/template-part", {}, template.content)
        template.content = _remove_serialized_parent_block(apply_block_hooks_to_content(wrapped, stylesheet))
    else:
        template.content = apply_block_hooks_to_content(template.content, stylesheet)
    return template


@cache
def _patterns(theme: Theme, template_uri: str) -> dict[str, Pattern]:
    return theme_patterns(theme, template_uri)


def _pattern_metadata(block: ParsedBlock, pattern: Pattern) -> None:
    attrs = block["attrs"] if isinstance(block["attrs"], dict) else {}
    metadata = attrs.get("metadata") if isinstance(attrs.get("metadata"), dict) else {}
    metadata = dict(metadata or {})
    metadata["patternName"] = pattern.slug
    for key, value in (("name", pattern.title), ("description", pattern.description or metadata.get("description")),
                       ("categories", pattern.categories or metadata.get("categories"))):
        if value:
            metadata[key] = [sanitize_text_field(v) for v in value] if isinstance(value, list) else (
                sanitize_text_field(value))
    attrs["metadata"] = metadata
    block["attrs"] = attrs


def resolve_pattern_blocks(blocks: list[ParsedBlock], patterns: dict[str, Pattern], stylesheet: str,
                           seen: set[str] | None = None, parent_inner: list[Any] | None = None) -> list[ParsedBlock]:
    """``resolve_pattern_blocks``: ``core/pattern`` blocks replaced by their pattern's blocks (recursively)."""
    seen = set() if seen is None else seen
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block["blockName"] == "core/pattern":
            attrs = block["attrs"] if isinstance(block["attrs"], dict) else {}
            slug = attrs.get("slug")
            if not slug:
                i += 1
                continue
            if slug in seen:
                del blocks[i]
                continue
            pattern = patterns.get(slug)
            if pattern is None:
                i += 1
                continue
            inserted = parse_blocks(_php_trim(apply_block_hooks_to_content(pattern.content, stylesheet)))
            if len(inserted) == 1:
                _pattern_metadata(inserted[0], pattern)
            seen.add(slug)
            inserted = resolve_pattern_blocks(inserted, patterns, stylesheet, seen, None)
            seen.discard(slug)
            blocks[i:i + 1] = inserted
            if parent_inner:
                nulls = [k for k, chunk in enumerate(parent_inner) if chunk is None]
                at = nulls[i]
                parent_inner[at:at + 1] = [None] * len(inserted)
            i += len(inserted)
        else:
            if block["innerBlocks"]:
                inner = list(block["innerContent"])
                block["innerBlocks"] = resolve_pattern_blocks(block["innerBlocks"], patterns, stylesheet, seen, inner)
                block["innerContent"] = inner
            i += 1
    return blocks


def content_for_response(template: BlockTemplate, theme: Theme, template_uri: str) -> str:
    """The template's content with its pattern blocks resolved, as the REST controller answers it."""
    return resolve_content_patterns(template.content, theme, template_uri)


def resolve_content_patterns(content: str, theme: Theme, template_uri: str) -> str:
    """``serialize_blocks( resolve_pattern_blocks( parse_blocks( $content ) ) )`` with the theme's patterns."""
    blocks = resolve_pattern_blocks(parse_blocks(content), _patterns(theme, template_uri), theme.stylesheet)
    return serialize_blocks(blocks)


def get_block_file_template(theme: Theme, template_id: str, template_type: str) -> BlockTemplate | None:
    """``get_block_file_template``: ``theme//slug`` from the active theme's files."""
    parts = template_id.split("//", 1)
    if len(parts) < 2:
        return None
    stylesheet, slug = parts
    if stylesheet != theme.stylesheet:
        return None
    info = template_file(theme, template_type, slug)
    return build_from_file(theme, info, template_type) if info is not None else None
