"""The media widgets (audio, image, gallery, video): ``WP_Widget_Media`` subclasses, WordPress 7.1.4.

Their instance is described by a schema (``get_instance_schema``): ``update()`` keeps each posted
field that validates against it and sanitises it, ``form()`` is one hidden input per field, and
``widget()`` shows nothing until an attachment or URL is chosen (the output with one is not ported).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.formatting.sanitize import sanitize_html_class, sanitize_text_field
from broadsheet.formatting.urls import sanitize_url

#: ``get_intermediate_image_sizes()`` of the bundled theme, then ``full`` and ``custom``.
_IMAGE_SIZES = ["thumbnail", "medium", "medium_large", "large", "1536x1536", "2048x2048", "full", "custom"]
_PRELOAD = ["none", "auto", "metadata"]


@dataclass(frozen=True)
class Field:
    """One ``get_instance_schema()`` entry: its JSON type, default and extra rules."""

    type: str
    default: Any
    enum: list[str] | None = None
    uri: bool = False
    minimum: int | None = None
    maximum: int | None = None
    sanitize: str | None = None  # "text", "kses", "tokens", "ids"
    items: dict[str, Any] = field(default_factory=dict)


def _text(default: str = "") -> Field:
    return Field("string", default, sanitize="text")


def _uri() -> Field:
    return Field("string", "", uri=True)


_COMMON = {"attachment_id": Field("integer", 0, minimum=0), "url": _uri(), "title": _text()}

#: The schemas by ``id_base``, in WordPress's field order (the subclass's fields, then the common ones).
SCHEMAS: dict[str, dict[str, Field]] = {
    "media_audio": {"preload": Field("string", "none", enum=_PRELOAD), "loop": Field("boolean", False),
                    **{ext: _uri() for ext in ("mp3", "ogg", "flac", "m4a", "wav")}, **_COMMON},
    "media_image": {
        "size": Field("string", "medium", enum=_IMAGE_SIZES), "width": Field("integer", 0, minimum=0),
        "height": Field("integer", 0, minimum=0), "caption": Field("string", "", sanitize="kses"), "alt": _text(),
        "link_type": Field("string", "custom", enum=["none", "file", "post", "custom"]), "link_url": _uri(),
        "image_classes": Field("string", "", sanitize="tokens"), "link_classes": Field("string", "", sanitize="tokens"),
        "link_rel": Field("string", "", sanitize="tokens"), "link_target_blank": Field("boolean", False),
        "image_title": _text(), **_COMMON},
    "media_gallery": {
        "title": _text(), "ids": Field("array", [], sanitize="ids", items={"type": "integer"}),
        "columns": Field("integer", 3, minimum=1, maximum=9),
        "size": Field("string", "thumbnail", enum=_IMAGE_SIZES),
        "link_type": Field("string", "post", enum=["post", "file", "none"]), "orderby_random": Field("boolean", False)},
    "media_video": {"preload": Field("string", "metadata", enum=_PRELOAD), "loop": Field("boolean", False),
                    "content": Field("string", "", sanitize="kses"),
                    **{ext: _uri() for ext in ("mp4", "m4v", "webm", "ogv", "flv")}, **_COMMON},
}

_INTEGER = re.compile(r"^\s*[+-]?\d+\s*$")


def _valid(value: Any, rule: Field) -> bool:
    """``rest_validate_value_from_schema`` for the types these schemas use."""
    if rule.type == "boolean":
        return isinstance(value, bool) or value in (0, 1, "0", "1", "true", "false")
    if rule.type == "integer":
        if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and _INTEGER.match(value))
                                           or (isinstance(value, float) and value.is_integer())):
            return False
        number = int(float(value))
        return (rule.minimum is None or number >= rule.minimum) and (rule.maximum is None or number <= rule.maximum)
    if rule.type == "array":
        items = _as_list(value)
        return items is not None and all(_valid(item, Field("integer", 0)) for item in items)
    if not isinstance(value, str):
        return False
    return rule.enum is None or value in rule.enum


def _as_list(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, str):
        return [part for part in re.split(r"[\s,]+", value) if part]
    return None


def _sanitize(value: Any, rule: Field) -> Any:
    if rule.type == "boolean":
        return value in (True, 1, "1", "true")
    if rule.type == "integer":
        return int(float(value))
    if rule.type == "array":
        ids = [abs(int(float(item))) for item in _as_list(value) or []]
        return list(dict.fromkeys(ids)) if rule.sanitize == "ids" else ids
    text = str(value)
    if rule.uri:
        text = sanitize_url(text)
    if rule.sanitize == "text":
        return sanitize_text_field(text)
    if rule.sanitize == "kses":
        return wp_kses_post(text)
    if rule.sanitize == "tokens":
        return " ".join(token for token in (sanitize_html_class(t) for t in re.split(r"\s+", text.strip())) if token)
    return text


def media_update(id_base: str, new: dict[Any, Any], old: dict[Any, Any]) -> dict[Any, Any]:
    """``WP_Widget_Media::update``: each posted field that validates, sanitised; others keep the old value."""
    instance = dict(old)
    for name, rule in SCHEMAS[id_base].items():
        if name not in new:
            continue
        value = new[name]
        if rule.type == "boolean" and value == "":
            value = False
        if _valid(value, rule):
            instance[name] = _sanitize(value, rule)
    return instance


def _form_value(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(_form_value(v) for v in value)
    if value is None or value is False:
        return ""
    return "1" if value is True else str(value)


def media_form(id_base: str, number: int, instance: dict[Any, Any]) -> str:
    """``WP_Widget_Media::form``: one hidden input per schema field (defaults filled in)."""
    inputs = []
    for name, rule in SCHEMAS[id_base].items():
        value = instance.get(name, rule.default)
        inputs.append(f'<input\n\t\t\t\ttype="hidden"\n\t\t\t\tdata-property="{name}"\n'
                      '\t\t\t\tclass="media-widget-instance-property"\n'
                      f'\t\t\t\tname="widget-{id_base}[{number}][{name}]"\n'
                      f'\t\t\t\tid="widget-{id_base}-{number}-{name}"\n'
                      f'\t\t\t\tvalue="{esc_attr(_form_value(value))}"\n\t\t\t/>')
    return "\n\t\t\t\t\t\t".join(inputs)


def gallery_ids(value: Any) -> list[int]:
    """The gallery's ``ids`` as integers (a list, or a comma-separated string)."""
    return [abs(int(float(item))) for item in _as_list(value) or [] if _valid(item, Field("integer", 0))]


def has_content(id_base: str, instance: dict[Any, Any]) -> bool:
    """Whether an attachment or URL is chosen (for the gallery: ids); without one ``widget()`` shows nothing.

    (With one, WordPress also checks the ids are attachments; broadsheet does not render those.)
    """
    if id_base == "media_gallery":
        return bool(_as_list(instance.get("ids")) or [])
    return not (instance.get("attachment_id") in (None, 0, "0", "", False) and instance.get("url") in (None, "", False))
