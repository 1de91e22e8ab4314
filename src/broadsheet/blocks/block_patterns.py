"""Registered block patterns: core's, then the active theme's ``patterns/*.php`` (WordPress 7.1.4).

``_register_core_block_patterns_and_categories`` registers the patterns of ``core_patterns.json``
(``generate_core_patterns.py``) with ``source: core``; ``_register_theme_block_patterns`` registers
each theme pattern file from its headers (``WP_Theme::get_block_patterns``), its content being what
the file prints (``themes.patterns``' restricted evaluator). ``get_all_registered`` applies block
hooks to every pattern's content. Remote patterns (WordPress.org) need outbound HTTP, which the
oracle blocks and broadsheet does not make, so none are registered on either.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from broadsheet.themes.block_templates import apply_block_hooks_to_content
from broadsheet.themes.patterns import PATTERN_HEADERS, render_pattern_file
from broadsheet.themes.theme import Theme, get_file_data

_LIST_PROPERTIES = ("categories", "keywords", "blockTypes", "postTypes", "templateTypes")


@cache
def core_patterns() -> tuple[dict[str, Any], ...]:
    """Core's patterns as registered: the file's array, ``source``, then ``name``."""
    listed = json.loads((Path(__file__).parent / "core_patterns.json").read_text(encoding="utf-8"))
    return tuple({**item["pattern"], "source": "core", "name": item["name"]} for item in listed)


def _wp_parse_list(value: str) -> list[str]:
    """``array_filter( wp_parse_list( … ) )``: split on commas and whitespace, drop empty and ``"0"``."""
    return [item for item in re.split(r"[\s,]+", value) if item and item != "0"]


def _pattern_headers(source: str) -> dict[str, Any] | None:
    """``WP_Theme::get_block_patterns`` for one file: its headers parsed, or None without slug or title."""
    pattern: dict[str, Any] = dict(get_file_data(source, PATTERN_HEADERS))
    if not pattern["slug"] or not pattern["title"]:
        return None
    for prop in _LIST_PROPERTIES:
        if pattern[prop]:
            pattern[prop] = _wp_parse_list(pattern[prop])
        else:
            del pattern[prop]
    if pattern["viewportWidth"]:
        match = re.match(r"\s*[+-]?\d+", pattern["viewportWidth"])
        pattern["viewportWidth"] = int(match.group()) if match else 0
    else:
        del pattern["viewportWidth"]
    if pattern["inserter"]:
        pattern["inserter"] = pattern["inserter"].lower() in ("yes", "true")
    else:
        del pattern["inserter"]
    return pattern


@cache
def _theme_pattern_files(theme: Theme) -> tuple[tuple[dict[str, Any], Path], ...]:
    """(headers, path) of the theme's pattern files, in ``scandir`` order (sorted names)."""
    folder = theme.directory / "patterns"
    found = []
    for path in sorted(folder.glob("*.php")) if folder.is_dir() else []:
        headers = _pattern_headers(path.read_text(encoding="utf-8"))
        if headers is not None:
            found.append((headers, path))
    return tuple(found)


@cache
def _registered(theme: Theme | None, template_uri: str) -> tuple[dict[str, Any], ...]:
    patterns: dict[str, dict[str, Any]] = {p["name"]: dict(p) for p in core_patterns()}
    if theme is not None:
        for headers, path in _theme_pattern_files(theme):
            if headers["slug"] in patterns:
                continue
            content = render_pattern_file(path.read_text(encoding="utf-8"), template_uri)
            patterns[headers["slug"]] = {**headers, "content": content, "name": headers["slug"]}
    stylesheet = theme.stylesheet if theme is not None else ""
    return tuple({**p, "content": apply_block_hooks_to_content(p["content"], stylesheet)} for p in patterns.values())


def get_all_registered(theme: Theme | None, template_uri: str) -> list[dict[str, Any]]:
    """``WP_Block_Patterns_Registry::get_all_registered``: every pattern, block hooks applied to its content."""
    return [dict(p) for p in _registered(theme, template_uri)]
