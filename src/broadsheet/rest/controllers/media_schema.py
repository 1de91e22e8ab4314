"""Item schema, collection params and route args of the attachments controller (WordPress 7.1.4).

Ports ``WP_REST_Attachments_Controller::get_item_schema``, ``get_collection_params``,
``get_endpoint_args_for_item_schema`` (the create-only ``generate_sub_sizes``, ``convert_format``,
``url``), ``get_edit_media_item_args`` and ``get_media_types``. Key order is WordPress's: the
index and OPTIONS show it.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from broadsheet.content.image_sizes import registered_image_subsizes

__all__ = [
    "add_attachment_properties",
    "attachment_collection_params",
    "create_only_args",
    "edit_media_item_args",
    "get_media_types",
    "post_process_args",
]

_RAW_RENDERED = {
    "caption": ("The attachment caption.", "Caption for the attachment, as it exists in the database.",
                "HTML caption for the attachment, transformed for display.", ["view", "edit", "embed"]),
    "description": ("The attachment description.", "Description for the attachment, as it exists in the database.",
                    "HTML description for the attachment, transformed for display.", ["view", "edit"]),
}


def _raw_rendered(name: str) -> dict[str, Any]:
    """``caption`` / ``description``: ``{"raw": …, "rendered": …}`` objects."""
    description, raw, rendered, context = _RAW_RENDERED[name]
    return {"description": description, "type": "object", "context": list(context), "properties": {
        "raw": {"description": raw, "type": "string", "context": ["edit"]},
        "rendered": {"description": rendered, "type": "string", "context": list(context), "readonly": True},
    }}


def add_attachment_properties(schema: dict[str, Any], options: dict[str, Any] | None = None) -> dict[str, Any]:
    """The posts schema with the attachment fields appended, ``password`` removed and no registered meta."""
    props = schema["properties"]
    if "meta" in props:
        props["meta"] = {**props["meta"], "properties": {}}  # no meta registered for attachments
    props["alt_text"] = {"description": "Alternative text to display when attachment is not displayed.",
                         "type": "string", "context": ["view", "edit", "embed"]}
    props["caption"] = _raw_rendered("caption")
    props["description"] = _raw_rendered("description")
    props["media_type"] = {"description": "Attachment type.", "type": "string", "enum": ["image", "file"],
                           "context": ["view", "edit", "embed"], "readonly": True}
    props["mime_type"] = {"description": "The attachment MIME type.", "type": "string",
                          "context": ["view", "edit", "embed"], "readonly": True}
    props["media_details"] = {"description": "Details about the media file, specific to its type.",
                              "type": "object", "context": ["view", "edit", "embed"], "readonly": True}
    props["post"] = {"description": "The ID for the associated post of the attachment.", "type": "integer",
                     "context": ["view", "edit"]}
    props["source_url"] = {"description": "URL to the original attachment file.", "type": "string",
                           "format": "uri", "context": ["view", "edit", "embed"], "readonly": True}
    props["missing_image_sizes"] = {"description": "List of the missing image sizes of the attachment.",
                                    "type": "array", "items": {"type": "string"}, "context": ["edit"],
                                    "readonly": True}
    props["filename"] = {"description": "Original attachment file name.", "type": "string",
                         "context": ["view", "edit"], "readonly": True}
    props["filesize"] = {"description": "Attachment file size in bytes.", "type": ["integer", "null"],
                         "context": ["view", "edit"], "readonly": True}
    props["exif_orientation"] = {
        "description": "EXIF orientation value. Values 1-8 follow the EXIF specification, where 1 means no "
                       "rotation needed.", "type": "integer", "context": ["edit"], "readonly": True}
    size_quality = {s.name: {"type": "integer", "minimum": 1, "maximum": 100}
                    for s in registered_image_subsizes(options or {})}
    props["image_quality"] = {
        "description": "Encode quality (1-100) from the wp_editor_set_quality filter, resolved against the output "
                       "MIME type. The \"default\" value applies to the full-size image; \"sizes\" lists "
                       "per-registered-size overrides where the filtered value differs from \"default\".",
        "type": "object", "context": ["edit"], "readonly": True, "properties": {
            "default": {"type": "integer", "minimum": 1, "maximum": 100},
            "sizes": {"type": "object", "properties": size_quality}}}
    props["image_output_format"] = {
        "description": "The output MIME type this image should be converted to, based on the "
                       "image_editor_output_format filter. Null if no conversion is needed.",
        "type": ["string", "null"], "context": ["edit"], "readonly": True}
    props["image_save_progressive"] = {
        "description": "Whether to use progressive/interlaced encoding when saving this image.",
        "type": "boolean", "context": ["edit"], "readonly": True}
    props.pop("password", None)
    return schema


@cache
def get_media_types() -> dict[str, tuple[str, ...]]:
    """``get_media_types``: every known MIME type grouped by its top-level type (``image``: jpeg, gif…)."""
    from broadsheet.formatting.media_urls import wp_get_mime_types

    groups: dict[str, list[str]] = {}
    for mime in wp_get_mime_types().values():
        groups.setdefault(mime.split("/", 1)[0], []).append(mime)
    return {kind: tuple(mimes) for kind, mimes in groups.items()}


def attachment_collection_params(params: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The posts collection params with ``status`` defaulting to ``inherit``, plus ``media_type``/``mime_type``."""
    params["status"]["default"] = "inherit"
    params["status"]["items"]["enum"] = ["inherit", "private", "trash"]
    params["media_type"] = {"default": None,
                            "description": "Limit result set to attachments of a particular media type or media "
                                           "types.",
                            "type": "array", "items": {"type": "string", "enum": list(get_media_types())}}
    params["mime_type"] = {"default": None,
                           "description": "Limit result set to attachments of a particular MIME type or MIME types.",
                           "type": "array", "items": {"type": "string"}}
    return params


def create_only_args() -> dict[str, dict[str, Any]]:
    """Args only ``POST /media`` takes: ``generate_sub_sizes``, ``convert_format`` and ``url``."""
    return {
        "generate_sub_sizes": {"type": "boolean", "default": True, "description": "Whether to generate image sub sizes."},
        "convert_format": {"type": "boolean", "default": True, "description": "Whether to convert image formats."},
        "url": {"type": "string", "format": "uri",
                "description": "URL of an external image to sideload into the media library, instead of uploading "
                               "a file."},
    }


def post_process_args() -> dict[str, dict[str, Any]]:
    """``/media/{id}/post-process``: the attachment id and the one known action."""
    return {
        "id": {"description": "Unique identifier for the attachment.", "type": "integer"},
        "action": {"type": "string", "enum": ["create-image-subsizes"], "required": True},
    }


def _modifier(title: str, kind: str, type_description: str, args_description: str,
              required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"title": title, "properties": {
        "type": {"description": type_description, "type": "string", "enum": [kind]},
        "args": {"description": args_description, "type": "object", "required": required, "properties": properties},
    }}


def _percentage(description: str) -> dict[str, Any]:
    return {"description": description, "type": "number"}


def edit_media_item_args(item_props: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``get_edit_media_item_args``: ``src``, ``modifiers`` (flip/rotate/crop), the deprecated crop args, then
    the writable caption/description/title/post/alt_text properties of the item schema."""
    flip = _modifier("Flip", "flip", "Flip type.", "Flip arguments.", ["flip"], {"flip": {
        "description": "Flip direction.", "type": "object", "required": ["horizontal", "vertical"], "properties": {
            "horizontal": {"description": "Whether to flip in the horizontal direction.", "type": "boolean"},
            "vertical": {"description": "Whether to flip in the vertical direction.", "type": "boolean"}}}})
    rotate = _modifier("Rotation", "rotate", "Rotation type.", "Rotation arguments.", ["angle"], {
        "angle": {"description": "Angle to rotate clockwise in degrees.", "type": "number"}})
    crop = _modifier("Crop", "crop", "Crop type.", "Crop arguments.", ["left", "top", "width", "height"], {
        "left": _percentage("Horizontal position from the left to begin the crop as a percentage of the image "
                            "width."),
        "top": _percentage("Vertical position from the top to begin the crop as a percentage of the image height."),
        "width": _percentage("Width of the crop as a percentage of the image width."),
        "height": _percentage("Height of the crop as a percentage of the image height.")})
    deprecated = "DEPRECATED: Use `modifiers` instead."
    args: dict[str, dict[str, Any]] = {
        "src": {"description": "URL to the edited image file.", "type": "string", "format": "uri", "required": True},
        "modifiers": {"description": "Array of image edits.", "type": "array", "minItems": 1, "items": {
            "description": "Image edit.", "type": "object", "required": ["type", "args"],
            "oneOf": [flip, rotate, crop]}},
        "rotation": {"description": f"The amount to rotate the image clockwise in degrees. {deprecated}",
                     "type": "integer", "minimum": 0, "exclusiveMinimum": True, "maximum": 360,
                     "exclusiveMaximum": True},
    }
    for axis, text in (("x", "the x position to start the crop from"), ("y", "the y position to start the crop from"),
                       ("width", "the width to crop the image to"), ("height", "the height to crop the image to")):
        args[axis] = {"description": f"As a percentage of the image, {text}. {deprecated}", "type": "number",
                      "minimum": 0, "maximum": 100}
    for name in ("caption", "description", "title", "post", "alt_text"):
        prop = item_props.get(name)
        if prop is not None:
            args[name] = {k: copy.deepcopy(v) for k, v in prop.items() if k not in ("context", "readonly")}
    return args
