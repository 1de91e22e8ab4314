"""The ``block-type`` item schema of ``WP_REST_Block_Types_Controller`` (WordPress 7.1.4).

Kept apart from the controller because ``prepare_item_for_response`` sanitises every field with it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: ``WP_REST_Block_Types_Controller::NAME_PATTERN``
NAME_PATTERN = "^[a-z][a-z0-9-]*/[a-z][a-z0-9-]*$"
EVERY = ["embed", "view", "edit"]

#: Fields WordPress 6.1 deprecated (the first of their ``*_handles``).
DEPRECATED_FIELDS = ("editor_script", "script", "view_script", "editor_style", "style")


def _ro(**spec: Any) -> dict[str, Any]:
    """A read-only property visible in every context (keys in WordPress's order)."""
    context = spec.pop("_context", True)
    out = dict(spec)
    if context:
        out["context"] = list(EVERY)
    out["readonly"] = True
    return out


def _handles(description: str) -> dict[str, Any]:
    return {"description": description, "type": ["array"], "default": [], "items": {"type": "string"},
            "context": list(EVERY), "readonly": True}


def _names(description: str) -> dict[str, Any]:
    return {"description": description, "type": ["array", "null"],
            "items": {"type": "string", "pattern": NAME_PATTERN}, "default": None, "context": list(EVERY),
            "readonly": True}


def _deprecated(description: str) -> dict[str, Any]:
    return {"description": description, "type": ["string", "null"], "default": None, "context": list(EVERY),
            "readonly": True}


def get_item_schema() -> dict[str, Any]:
    """The schema (a fresh copy: callers may change it)."""
    return _build_schema()


@cache
def cached_item_schema() -> dict[str, Any]:
    """The schema, built once; read-only."""
    return _build_schema()


def _build_schema() -> dict[str, Any]:
    inner_blocks = {
        "description": "The list of inner blocks used in the example.",
        "type": "array",
        "items": {"type": "object", "properties": {
            "name": {"description": "The name of the inner block.", "type": "string", "pattern": NAME_PATTERN,
                     "required": True},
            "attributes": {"description": "The attributes of the inner block.", "type": "object"},
            "innerBlocks": {"description": "A list of the inner block's own inner blocks. This is a recursive "
                                           "definition following the parent innerBlocks schema.", "type": "array"},
        }},
    }
    example = {"description": "Block example.", "type": ["object", "null"], "default": None, "properties": {
        "attributes": {"description": "The attributes used in the example.", "type": "object"},
        "innerBlocks": inner_blocks,
    }, "context": list(EVERY), "readonly": True}
    keywords = {"description": "Block keywords.", "type": "array", "items": {"type": "string"}, "default": [],
                "context": list(EVERY), "readonly": True}
    icon = {"description": "Icon of block type.", "type": ["string", "null"], "default": None,
            "context": list(EVERY), "readonly": True}
    category = {"description": "Block category.", "type": ["string", "null"], "default": None,
                "context": list(EVERY), "readonly": True}
    properties: dict[str, Any] = {
        "api_version": _ro(description="Version of block API.", type="integer", default=1),
        "title": _ro(description="Title of block type.", type="string", default=""),
        "name": {"description": "Unique name identifying the block type.", "type": "string", "pattern": NAME_PATTERN,
                 "required": True, "context": list(EVERY), "readonly": True},
        "description": _ro(description="Description of block type.", type="string", default=""),
        "icon": icon,
        "attributes": _ro(description="Block attributes.", type=["object", "null"], properties=[], default=None,
                          additionalProperties={"type": "object"}),
        "provides_context": _ro(description="Context provided by blocks of this type.", type="object", properties=[],
                                additionalProperties={"type": "string"}, default=[]),
        "uses_context": _ro(description="Context values inherited by blocks of this type.", type="array", default=[],
                            items={"type": "string"}),
        "selectors": _ro(description="Custom CSS selectors.", type="object", default=[], properties=[]),
        "supports": _ro(description="Block supports.", type="object", default=[], properties=[]),
        "category": category,
        "is_dynamic": _ro(description="Is the block dynamically rendered.", type="boolean", default=False),
        "editor_script_handles": _handles("Editor script handles."),
        "script_handles": _handles("Public facing and editor script handles."),
        "view_script_handles": _handles("Public facing script handles."),
        "view_script_module_ids": _handles("Public facing script module IDs."),
        "editor_style_handles": _handles("Editor style handles."),
        "style_handles": _handles("Public facing and editor style handles."),
        "view_style_handles": _handles("Public facing style handles."),
        "styles": {"description": "Block style variations.", "type": "array", "items": {"type": "object", "properties": {
            "name": {"description": "Unique name identifying the style.", "type": "string", "required": True},
            "label": {"description": "The human-readable label for the style.", "type": "string"},
            "inline_style": {"description": "Inline CSS code that registers the CSS class required for the style.",
                             "type": "string"},
            "style_handle": {"description": "Contains the handle that defines the block style.", "type": "string"},
        }}, "default": [], "context": list(EVERY), "readonly": True},
        "variations": {"description": "Block variations.", "type": "array", "items": {"type": "object", "properties": {
            "name": {"description": "The unique and machine-readable name.", "type": "string", "required": True},
            "title": {"description": "A human-readable variation title.", "type": "string", "required": True},
            "description": {"description": "A detailed variation description.", "type": "string", "required": False},
            "category": category,
            "icon": icon,
            "isDefault": {"description": "Indicates whether the current variation is the default one.",
                          "type": "boolean", "required": False, "default": False},
            "attributes": {"description": "The initial values for attributes.", "type": "object"},
            "innerBlocks": inner_blocks,
            "example": example,
            "scope": {"description": "The list of scopes where the variation is applicable. When not provided, it "
                                     "assumes all available scopes.", "type": ["array", "null"], "default": None,
                      "items": {"type": "string", "enum": ["block", "inserter", "transform"]}, "readonly": True},
            "keywords": keywords,
        }}, "readonly": True, "context": list(EVERY), "default": None},
        "textdomain": _ro(description="Public text domain.", type=["string", "null"], default=None),
        "parent": _names("Parent blocks."),
        "ancestor": _names("Ancestor blocks."),
        "allowed_blocks": _names("Allowed child block types."),
        "keywords": keywords,
        "example": example,
        "block_hooks": {"description": "This block is automatically inserted near any occurrence of the block types "
                                       "used as keys of this map, into a relative position given by the "
                                       "corresponding value.", "type": "object",
                        "patternProperties": {NAME_PATTERN: {"type": "string", "enum": ["before", "after",
                                                                                         "first_child", "last_child"]}},
                        "default": [], "context": list(EVERY), "readonly": True},
        "editor_script": _deprecated("Editor script handle. DEPRECATED: Use `editor_script_handles` instead."),
        "script": _deprecated("Public facing and editor script handle. DEPRECATED: Use `script_handles` instead."),
        "view_script": _deprecated("Public facing script handle. DEPRECATED: Use `view_script_handles` instead."),
        "editor_style": _deprecated("Editor style handle. DEPRECATED: Use `editor_style_handles` instead."),
        "style": _deprecated("Public facing and editor style handle. DEPRECATED: Use `style_handles` instead."),
    }
    return {"$schema": "http://json-schema.org/draft-04/schema#", "title": "block-type", "type": "object",
            "properties": properties}
