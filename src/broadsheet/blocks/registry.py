"""The block type registry: core block types as ``register_block_type_from_metadata`` builds them (7.1.4).

The core types come from ``core_blocks.json`` (WordPress's ``block.json`` files, see
``generate_core_blocks``), turned into ``BlockType`` objects exactly as WordPress does at ``init``:
asset handles, ``blockHooks``, the global ``lock``/``metadata`` attributes, then every block
support's attributes (``supports.py``). Variations and theme block styles depend on the site (its
post types, taxonomies and active theme) and are computed per request (``variations.py``).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from broadsheet.blocks.supports import register_support_attributes

DATA = Path(__file__).with_name("core_blocks.json")

#: ``register_block_type_from_metadata``'s ``$property_mappings`` (block.json key → property).
PROPERTY_MAPPINGS = {
    "apiVersion": "api_version", "name": "name", "title": "title", "category": "category", "parent": "parent",
    "ancestor": "ancestor", "icon": "icon", "description": "description", "keywords": "keywords",
    "attributes": "attributes", "providesContext": "provides_context", "usesContext": "uses_context",
    "selectors": "selectors", "supports": "supports", "styles": "styles", "variations": "variations",
    "example": "example", "allowedBlocks": "allowed_blocks",
}
_SCRIPT_FIELDS = {"editorScript": "editor_script_handles", "script": "script_handles",
                  "viewScript": "view_script_handles"}
_STYLE_FIELDS = {"editorStyle": "editor_style_handles", "style": "style_handles", "viewStyle": "view_style_handles"}
_HOOK_POSITIONS = {"before": "before", "after": "after", "firstChild": "first_child", "lastChild": "last_child"}
GLOBAL_ATTRIBUTES = {"lock": {"type": "object"}, "metadata": {"type": "object"}}


@dataclass(eq=False)
class BlockType:
    """``WP_Block_Type``: the properties the REST API reads, with WordPress's defaults."""

    name: str
    api_version: int = 1
    title: str = ""
    category: str | None = None
    parent: list[str] | None = None
    ancestor: list[str] | None = None
    allowed_blocks: list[str] | None = None
    icon: str | None = None
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    textdomain: str | None = None
    styles: list[dict[str, Any]] = field(default_factory=list)
    variations: list[dict[str, Any]] | None = None
    selectors: dict[str, Any] = field(default_factory=dict)
    supports: dict[str, Any] | None = None
    example: dict[str, Any] | None = None
    render_callback: bool = False
    attributes: dict[str, Any] = field(default_factory=dict)
    uses_context: list[str] = field(default_factory=list)
    provides_context: dict[str, Any] | None = None
    block_hooks: dict[str, str] = field(default_factory=dict)
    editor_script_handles: list[str] = field(default_factory=list)
    script_handles: list[str] = field(default_factory=list)
    view_script_handles: list[str] = field(default_factory=list)
    view_script_module_ids: list[str] = field(default_factory=list)
    editor_style_handles: list[str] = field(default_factory=list)
    style_handles: list[str] = field(default_factory=list)
    view_style_handles: list[str] = field(default_factory=list)

    @property
    def is_dynamic(self) -> bool:
        """``WP_Block_Type::is_dynamic``: it has a render callback."""
        return self.render_callback

    @property
    def namespace(self) -> str:
        return self.name.split("/", 1)[0]

    def deprecated_handle(self, name: str) -> str | None:
        """``editor_script`` … ``style``: the first of the matching ``*_handles`` (``__get`` + ``array_shift``)."""
        handles: list[str] = getattr(self, f"{name}_handles")
        return handles[0] if handles else None


def _php_arrays(value: Any) -> Any:
    """block.json decoded as PHP does (``associative``): ``{}`` is an empty array."""
    if isinstance(value, dict):
        return {k: _php_arrays(v) for k, v in value.items()} if value else []
    if isinstance(value, list):
        return [_php_arrays(v) for v in value]
    return value


def generate_block_asset_handle(block_name: str, field_name: str, index: int = 0) -> str:
    """``generate_block_asset_handle`` for core blocks (``wp-block-{name}[-editor|-view][-N]``)."""
    handle = block_name.replace("core/", "wp-block-")
    if field_name.startswith("editor"):
        handle += "-editor"
    if field_name.startswith("view"):
        handle += "-view"
    if index > 0:
        handle += f"-{index + 1}"
    return handle


def _asset_handles(metadata: dict[str, Any], field_name: str) -> list[str]:
    """``register_block_style_handle`` / ``register_block_script_handle`` for a core block's field."""
    value = metadata.get(field_name)
    if not value:
        return []
    values = value if isinstance(value, list) else [value]
    handles = []
    for index, handle in enumerate(values):
        if not handle:
            continue
        # Core blocks name their first asset by convention; the others are given as handles.
        handles.append(generate_block_asset_handle(metadata["name"], field_name, index) if index == 0 else handle)
    return handles


def from_metadata(metadata: dict[str, Any], dynamic: bool) -> BlockType:
    """``register_block_type_from_metadata`` for a core block (its ``block.json`` decoded)."""
    metadata = _php_arrays(copy.deepcopy(metadata))
    short = metadata["name"].replace("core/", "", 1)
    metadata.setdefault("style", f"wp-block-{short}")
    metadata.setdefault("editorStyle", f"wp-block-{short}-editor")
    settings: dict[str, Any] = {}
    for key, prop in PROPERTY_MAPPINGS.items():
        if metadata.get(key) is not None:
            settings[prop] = metadata[key]
    for key, prop in {**_SCRIPT_FIELDS, **_STYLE_FIELDS}.items():
        if metadata.get(key):
            settings[prop] = _asset_handles(metadata, key)
    if metadata.get("viewScriptModule"):
        modules = metadata["viewScriptModule"]
        settings["view_script_module_ids"] = [m for m in (modules if isinstance(modules, list) else [modules]) if m]
    if metadata.get("blockHooks"):
        settings["block_hooks"] = {anchor: _HOOK_POSITIONS[pos] for anchor, pos in metadata["blockHooks"].items()
                                   if anchor != metadata["name"] and pos in _HOOK_POSITIONS}
    settings["render_callback"] = dynamic
    return _build(settings)


def from_args(args: dict[str, Any]) -> BlockType:
    """``register_block_type( $name, $args )`` with PHP-style arguments (the legacy post-comments type)."""
    settings = {k: v for k, v in _php_arrays(copy.deepcopy(args)).items() if k not in ("style", "editor_style")}
    for deprecated in ("style", "editor_style"):
        if deprecated in args:
            value = args[deprecated]
            settings[f"{deprecated}_handles"] = list(value) if isinstance(value, list) else [value]
    settings["render_callback"] = True
    return _build(settings)


def _build(settings: dict[str, Any]) -> BlockType:
    """``WP_Block_Type::set_props``: global attributes, the ``register_block_type_args`` filters."""
    attributes = settings.get("attributes")
    settings["attributes"] = dict(attributes) if isinstance(attributes, dict) else {}
    for key, schema in GLOBAL_ATTRIBUTES.items():
        settings["attributes"].setdefault(key, dict(schema))
    _mark_auto_generate_control_attributes(settings)
    if settings.get("selectors") == []:
        settings["selectors"] = {}
    return BlockType(**settings)


def _mark_auto_generate_control_attributes(settings: dict[str, Any]) -> None:
    """``wp_mark_auto_generate_control_attributes`` (supports.autoRegister)."""
    supports = settings.get("supports")
    if not isinstance(supports, dict) or not supports.get("autoRegister"):
        return
    for schema in settings["attributes"].values():
        if not isinstance(schema, dict) or schema.get("source") or schema.get("role") == "local":
            continue
        if schema.get("type") in ("string", "number", "integer", "boolean"):
            schema["autoGenerateControl"] = True


@cache
def core_block_types() -> tuple[BlockType, ...]:
    """Every core block type in registration order, block supports' attributes added (``init`` 22)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    types = []
    for entry in data["blocks"]:
        if "legacy_args" in entry:
            types.append(from_args(entry["legacy_args"]))
        else:
            types.append(from_metadata(entry["metadata"], entry["dynamic"]))
    for block_type in types:
        supports = block_type.supports if isinstance(block_type.supports, dict) else {}
        register_support_attributes(block_type.attributes, supports)
    return tuple(types)


def get_registered(name: str) -> BlockType | None:
    """``WP_Block_Type_Registry::get_registered``."""
    return next((t for t in core_block_types() if t.name == name), None)
