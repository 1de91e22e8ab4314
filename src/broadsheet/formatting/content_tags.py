"""``wp_filter_content_tags``: loading hints on the ``<img>`` and ``<iframe>`` tags of rendered content.

Port of ``wp_filter_content_tags()``, ``wp_img_tag_add_loading_optimization_attrs()``,
``wp_iframe_tag_add_loading_attr()`` and ``wp_get_loading_optimization_attributes()``
(``wp-includes/media.php``, WordPress 7.1.4) for content rendered outside the main loop, as the REST
API renders it: every image with a ``src`` gets ``decoding="async"``; images and iframes with both
``width`` and ``height`` get ``loading="lazy"``. Images of an attachment (class ``wp-image-N``)
also get ``width``/``height`` and ``srcset``/``sizes`` from its metadata, read through
:class:`AttachmentMeta` (``srcset.py``); lazy images with ``sizes`` get ``auto,`` in front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from broadsheet.formatting.srcset import (
    AttachmentMeta,
    wp_img_tag_add_auto_sizes,
    wp_img_tag_add_srcset_and_sizes_attr,
    wp_img_tag_add_width_and_height_attr,
)
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings

__all__ = ["AttachmentMeta", "LoadingState", "wp_filter_content_tags"]

_TAGS = re.compile(r"<(img|iframe)[ \t\n\x0b\f\r][^>]+>")
_IMAGE_ID = re.compile(r"wp-image-([0-9]+)", re.IGNORECASE)
_WIDTH = re.compile(r""" width=["']([0-9]+)["']""")
_HEIGHT = re.compile(r""" height=["']([0-9]+)["']""")
_LOADING = re.compile(r""" loading=["']([A-Za-z]+)["']""")
_FETCHPRIORITY = re.compile(r""" fetchpriority=["']([A-Za-z]+)["']""")
_DECODING = re.compile(r""" decoding=["']([A-Za-z]+)["']""")
_MIN_PRIORITY_PIXELS = 50000


@dataclass
class LoadingState:
    """Per-render state of the loading optimisation (``wp_high_priority_element_flag``)."""

    high_priority_available: bool = True


def _loading_optimization_attributes(
    tag_name: str, attr: dict[str, Any], context: str, state: LoadingState
) -> dict[str, str]:
    """``wp_get_loading_optimization_attributes`` outside the loop and main query."""
    attrs: dict[str, str] = {}
    if tag_name not in ("img", "iframe") or context == "template":
        return attrs
    if tag_name == "img":
        attrs["decoding"] = attr["decoding"] if attr.get("decoding") is not None else "async"
    if attr.get("width") is None or attr.get("height") is None:
        return attrs
    in_viewport: bool | None = None
    if attr.get("loading") is not None:
        in_viewport = attr["loading"] != "lazy"
    if attr.get("fetchpriority") == "high":
        if in_viewport is False:
            attrs["fetchpriority"] = "high"
        else:
            in_viewport = True
    if in_viewport:
        _maybe_add_fetchpriority_high(attrs, tag_name, attr, state)
    else:
        attrs["loading"] = "lazy"
    return attrs


def _maybe_add_fetchpriority_high(attrs: dict[str, str], tag_name: str, attr: dict[str, Any], state: LoadingState) -> None:
    """``wp_maybe_add_fetchpriority_high_attr``: the first big in-viewport image gets priority."""
    if tag_name != "img":
        return
    if attr.get("fetchpriority") is not None:
        if attr["fetchpriority"] == "high":
            attrs["fetchpriority"] = "high"
            state.high_priority_available = False
        return
    if attrs.get("loading") == "lazy" or not state.high_priority_available:
        return
    if _MIN_PRIORITY_PIXELS <= attr["width"] * attr["height"]:
        attrs["fetchpriority"] = "high"
        state.high_priority_available = False


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(1) if found else None


def _add_image_loading_attrs(image: str, context: str, state: LoadingState) -> str:
    """``wp_img_tag_add_loading_optimization_attrs``."""
    width = _first(_WIDTH, image)
    height = _first(_HEIGHT, image)
    loading = _first(_LOADING, image)
    fetchpriority = _first(_FETCHPRIORITY, image)
    decoding = _first(_DECODING, image)
    attrs = _loading_optimization_attributes(
        "img",
        {
            "width": int(width) if width is not None else None,
            "height": int(height) if height is not None else None,
            "loading": loading,
            "fetchpriority": fetchpriority,
            "decoding": decoding,
        },
        context,
        state,
    )
    if ' src="' not in image:
        return image
    if not decoding and attrs.get("decoding") in ("async", "sync", "auto"):
        image = image.replace("<img", f'<img decoding="{attrs["decoding"]}"')
    if ' width="' not in image or ' height="' not in image:
        return image
    if not loading and attrs.get("loading"):
        image = image.replace("<img", f'<img loading="{attrs["loading"]}"')
    if not fetchpriority and attrs.get("fetchpriority"):
        image = image.replace("<img", f'<img fetchpriority="{attrs["fetchpriority"]}"')
    return image


def _add_iframe_loading_attr(iframe: str, context: str, state: LoadingState) -> str:
    """``wp_iframe_tag_add_loading_attr``."""
    attrs = _loading_optimization_attributes(
        "iframe",
        {
            "width": 100 if ' width="' in iframe else None,
            "height": 100 if ' height="' in iframe else None,
            "loading": None,
        },
        context,
        state,
    )
    if ' src="' not in iframe or ' width="' not in iframe or ' height="' not in iframe:
        return iframe
    value = attrs.get("loading")
    if value:
        return iframe.replace("<iframe", f'<iframe loading="{value}"')
    return iframe


def wp_filter_content_tags(
    content: str,
    context: str = "the_content",
    state: LoadingState | None = None,
    attachments: AttachmentMeta | None = None,
    settings: FormattingSettings = VECTOR_SETTINGS,
) -> str:
    """Add size, ``srcset`` and loading attributes to the images and iframes in ``content``."""
    first = _TAGS.search(content)  # most content has no image: no iterator, no list
    if first is None:
        return content
    matches = list(_TAGS.finditer(content, first.start()))
    state = state if state is not None else LoadingState()
    images: dict[str, int] = {}
    iframes: set[str] = set()
    for match in matches:
        tag, name = match.group(0), match.group(1)
        if name == "img":
            found = _IMAGE_ID.search(tag)
            images[tag] = int(found.group(1)) if found else 0
        else:
            iframes.add(tag)
    for match in matches:
        tag = match.group(0)
        if tag in images:
            filtered = tag
            attachment_id = images[tag]
            meta = attachments.metadata(attachment_id) if attachments is not None and attachment_id > 0 else {}
            if meta and " width=" not in filtered and " height=" not in filtered:
                filtered = wp_img_tag_add_width_and_height_attr(filtered, meta)
            if meta and " srcset=" not in filtered:
                filtered = wp_img_tag_add_srcset_and_sizes_attr(filtered, meta, settings)
            filtered = _add_image_loading_attrs(filtered, context, state)
            filtered = wp_img_tag_add_auto_sizes(filtered)
            if filtered != tag:
                content = content.replace(tag, filtered)
            del images[tag]
        elif tag in iframes:
            filtered = tag
            if " loading=" not in filtered:
                filtered = _add_iframe_loading_attr(filtered, context, state)
            if filtered != tag:
                content = content.replace(tag, filtered)
            iframes.discard(tag)
    return content
