"""Registered image sub-sizes and the resize geometry WordPress 7.1.4 uses for them.

Ports of ``wp_get_registered_image_subsizes`` (wp-includes/media.php), ``image_resize_dimensions``
(media.php), ``wp_get_missing_image_subsizes`` (wp-admin/includes/image.php) and the default
encode quality of ``WP_Image_Editor::get_default_quality``. Pure functions over the site's
options and an attachment's metadata; the upload path and the REST fields share them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from broadsheet.formatting.srcset import wp_constrain_dimensions

__all__ = [
    "BIG_IMAGE_SIZE_THRESHOLD",
    "ImageSize",
    "default_image_quality",
    "image_resize_dimensions",
    "missing_image_subsizes",
    "registered_image_subsizes",
]

#: ``big_image_size_threshold``: larger originals are scaled down to a ``-scaled`` copy.
BIG_IMAGE_SIZE_THRESHOLD = 2560

#: Sizes core registers with ``add_image_size`` (``_wp_add_additional_image_sizes``), in order.
_ADDITIONAL_SIZES = (("1536x1536", 1536, 1536, False), ("2048x2048", 2048, 2048, False))


@dataclass(frozen=True)
class ImageSize:
    """One registered sub-size: ``{"width": 150, "height": 150, "crop": true}``."""

    name: str
    width: int
    height: int
    crop: bool


def _int_option(options: Mapping[str, Any], name: str, default: int) -> int:
    value = options.get(name)
    try:
        return int(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def registered_image_subsizes(options: Mapping[str, Any]) -> list[ImageSize]:
    """``wp_get_registered_image_subsizes``: thumbnail, medium, medium_large, large, then the extra sizes."""
    defaults = {"thumbnail": (150, 150), "medium": (300, 300), "medium_large": (768, 0), "large": (1024, 1024)}
    sizes: list[ImageSize] = []
    for name, (width, height) in defaults.items():
        crop = name == "thumbnail" and str(options.get("thumbnail_crop", "1") or "") not in ("", "0")
        sizes.append(ImageSize(name, _int_option(options, f"{name}_size_w", width),
                               _int_option(options, f"{name}_size_h", height), crop))
    sizes.extend(ImageSize(name, w, h, crop) for name, w, h, crop in _ADDITIONAL_SIZES)
    # A size with neither dimension is skipped (image_size_names are kept only when usable).
    return [s for s in sizes if s.width or s.height]


def _php_round(value: float) -> int:
    return math.floor(value + 0.5) if value >= 0 else -math.floor(-value + 0.5)


def image_resize_dimensions(orig_w: int, orig_h: int, dest_w: int, dest_h: int,
                            crop: bool | tuple[str, str] = False) -> tuple[int, ...] | None:
    """``image_resize_dimensions``: ``(0, 0, src_x, src_y, dst_w, dst_h, src_w, src_h)`` or None (no resize)."""
    if orig_w <= 0 or orig_h <= 0:
        return None
    if dest_w <= 0 and dest_h <= 0:
        return None
    if crop:
        aspect = orig_w / orig_h
        new_w = min(dest_w, orig_w)
        new_h = min(dest_h, orig_h)
        if not new_w:
            new_w = _php_round(new_h * aspect)
        if not new_h:
            new_h = _php_round(new_w / aspect)
        ratio = max(new_w / orig_w, new_h / orig_h)
        crop_w = _php_round(new_w / ratio)
        crop_h = _php_round(new_h / ratio)
        x, y = crop if isinstance(crop, tuple) else ("center", "center")
        s_x = 0 if x == "left" else (orig_w - crop_w if x == "right" else math.floor((orig_w - crop_w) / 2))
        s_y = 0 if y == "top" else (orig_h - crop_h if y == "bottom" else math.floor((orig_h - crop_h) / 2))
    else:
        crop_w, crop_h, s_x, s_y = orig_w, orig_h, 0, 0
        new_w, new_h = wp_constrain_dimensions(orig_w, orig_h, dest_w, dest_h)
    # wp_fuzzy_number_match: within one pixel of the original is "the same size".
    if abs(new_w - orig_w) <= 1 and abs(new_h - orig_h) <= 1:
        return None
    return 0, 0, int(s_x), int(s_y), int(new_w), int(new_h), int(crop_w), int(crop_h)


def missing_image_subsizes(metadata: Mapping[str, Any], options: Mapping[str, Any],
                           original_size: tuple[int, int] | None = None) -> list[str]:
    """``wp_get_missing_image_subsizes`` (for an image): sizes the original could give but has not."""
    registered = registered_image_subsizes(options)
    if not metadata:
        return [s.name for s in registered]
    if original_size is not None:
        full_w, full_h = original_size
    else:
        full_w, full_h = _to_int(metadata.get("width")), _to_int(metadata.get("height"))
    have = metadata.get("sizes")
    have_names = set(have) if isinstance(have, Mapping) else set()
    return [s.name for s in registered
            if image_resize_dimensions(full_w, full_h, s.width, s.height, s.crop) and s.name not in have_names]


def default_image_quality(mime_type: str) -> int:
    """``WP_Image_Editor::get_default_quality``: 86 for WebP, else the editor default 82."""
    return 86 if mime_type == "image/webp" else 82


def _to_int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
