"""``wp_generate_attachment_metadata`` for uploads: image sub-sizes with Pillow, the metadata array.

Ports (WordPress 7.1.4, wp-admin/includes/image.php) ``wp_create_image_subsizes`` (big images
scaled to a ``-scaled`` copy, sub-sizes in WordPress's priority order ``medium, large, thumbnail,
medium_large`` then the rest), the crop rules of ``image_resize_dimensions``, the
``{name}-{w}x{h}.{ext}`` file names, and ``wp_read_image_metadata``'s ``image_meta`` defaults.
Files are read from and written to a ``MediaStorage``.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from broadsheet.content.image_sizes import (
    BIG_IMAGE_SIZE_THRESHOLD,
    default_image_quality,
    image_resize_dimensions,
    registered_image_subsizes,
)
from broadsheet.content.media_storage import MediaStorage
from broadsheet.formatting.srcset import wp_constrain_dimensions
from broadsheet.storage.phpserial import php_float_repr

__all__ = ["MAX_EDITOR_PIXELS", "editor_supports", "generate_attachment_metadata", "read_image_metadata"]

_PIL_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP",
                "image/bmp": "BMP", "image/tiff": "TIFF", "image/avif": "AVIF"}
_PRIORITY = ("medium", "large", "thumbnail", "medium_large")
_EXIF_ORIENTATION = 0x0112
#: Largest image decoded for sub-sizes: about what GD manages in WordPress's 256 MB image memory limit
#: (WP_MAX_MEMORY_LIMIT), and what keeps one upload's peak near 300 MB here (3 bytes a pixel, plus copies).
MAX_EDITOR_PIXELS = 50_000_000


def editor_supports(mime_type: str) -> bool:
    """``wp_image_editor_supports``: whether Pillow can open and save this image type here."""
    fmt = _PIL_FORMATS.get(mime_type)
    if fmt is None:
        return False
    try:
        from PIL import Image
    except ImportError:
        return False
    Image.init()
    return fmt in Image.SAVE and fmt in Image.OPEN


def _image_meta_defaults() -> dict[str, Any]:
    return {"aperture": "0", "credit": "", "camera": "", "caption": "", "created_timestamp": "0", "copyright": "",
            "focal_length": "0", "iso": "0", "shutter_speed": "0", "title": "", "orientation": "0",
            "keywords": [], "alt": ""}


def read_image_metadata(image: Any) -> dict[str, Any]:
    """``wp_read_image_metadata``: the defaults, filled from EXIF where present (strings, as PHP keeps them)."""
    meta = _image_meta_defaults()
    try:
        exif = image.getexif()
    except Exception:  # noqa: BLE001 - broken EXIF blocks are ignored, as PHP's exif_read_data warnings are
        return meta
    if not exif:
        return meta
    orientation = exif.get(_EXIF_ORIENTATION)
    if orientation:
        meta["orientation"] = str(int(orientation))
    for tag, key in ((0x013B, "credit"), (0x8298, "copyright"), (0x010E, "caption"), (0x0110, "camera")):
        value = exif.get(tag)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    details = exif.get_ifd(0x8769) if hasattr(exif, "get_ifd") else {}
    for tag, key in ((0x829D, "aperture"), (0x920A, "focal_length"), (0x829A, "shutter_speed")):
        value = details.get(tag)
        if value:
            try:
                number = float(value)
            except (TypeError, ValueError, ZeroDivisionError):
                continue
            # PHP's (string) of a float (precision 14); the aperture is rounded to 2 places first.
            meta[key] = php_float_repr(round(number, 2) if key == "aperture" else number, 14)
    iso = details.get(0x8827)
    if iso:
        meta["iso"] = str(iso[0] if isinstance(iso, tuple) else iso)
    digitized = details.get(0x9004)
    if isinstance(digitized, str) and digitized.strip():
        meta["created_timestamp"] = _exif_date_to_timestamp(digitized)
    if meta["caption"] and not meta["title"] and len(meta["caption"]) < 80:
        meta["title"] = meta["caption"]  # WordPress: a short description doubles as the title
    return meta


def _exif_date_to_timestamp(value: str) -> str:
    """``wp_exif_date2ts``: ``2024:05:06 07:08:09`` as a Unix timestamp (read as UTC), "0" if unreadable."""
    from datetime import UTC, datetime

    try:
        moment = datetime.strptime(value.strip()[:19], "%Y:%m:%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return "0"
    return str(int(moment.timestamp()))


def _save(image: Any, mime_type: str) -> bytes:
    out = io.BytesIO()
    fmt = _PIL_FORMATS[mime_type]
    params: dict[str, Any] = {}
    if fmt in ("JPEG", "WEBP", "AVIF"):
        params["quality"] = default_image_quality(mime_type)
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
    image.save(out, fmt, **params)
    return out.getvalue()


def _resized(image: Any, width: int, height: int, crop: bool) -> tuple[Any, int, int] | None:
    from PIL import Image

    dims = image_resize_dimensions(image.width, image.height, width, height, crop)
    if dims is None:
        return None
    _, _, src_x, src_y, dst_w, dst_h, src_w, src_h = dims
    region = image.crop((src_x, src_y, src_x + src_w, src_y + src_h)) if crop else image
    return region.resize((dst_w, dst_h), Image.Resampling.LANCZOS), dst_w, dst_h


def _split(path: str) -> tuple[str, str, str]:
    """(directory with slash, name without extension, extension)."""
    directory, _, basename = path.rpartition("/")
    name, dot, ext = basename.rpartition(".")
    if not dot:
        name, ext = basename, ""
    return (directory + "/" if directory else ""), name, ext


def _replace_original(storage: MediaStorage, meta: dict[str, Any], path: str, original: str, image: Any,
                      mime_type: str) -> None:
    """``_wp_image_meta_replace_original``: the edited copy becomes the main file; the upload is kept."""
    payload = _save(image, mime_type)
    try:
        storage.write(path, payload)
    except OSError:
        return  # the editor could not save the copy: the upload stays the main file, as in WordPress
    meta.update({"width": image.width, "height": image.height, "file": path, "filesize": len(payload),
                 "original_image": original})


def generate_attachment_metadata(storage: MediaStorage, relative_path: str, mime_type: str,
                                 options: Mapping[str, Any], *, generate_sub_sizes: bool = True) -> dict[str, Any]:
    """The ``_wp_attachment_metadata`` array of a stored upload (images get sub-sizes written beside it)."""
    data = storage.read(relative_path)
    if not mime_type.startswith("image/") or not editor_supports(mime_type):
        return {"filesize": len(data)}
    from PIL import Image, ImageOps

    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_EDITOR_PIXELS:
            # Too big to decode within a worker's memory (a "decompression bomb" PNG is a few kB): the
            # size from the header and no sub-sizes, as WordPress when its image editor cannot load it.
            return {"width": image.width, "height": image.height, "file": relative_path, "filesize": len(data),
                    "sizes": {}, "image_meta": _image_meta_defaults()}  # PNG's getexif() would decode it all
        image.load()
    except Exception:  # noqa: BLE001 - an unreadable image keeps its file size only, as WordPress
        return {"filesize": len(data)}
    image_meta = read_image_metadata(image)
    directory, name, ext = _split(relative_path)
    meta: dict[str, Any] = {"width": image.width, "height": image.height, "file": relative_path,
                            "filesize": len(data)}
    working: Any = image
    if generate_sub_sizes:
        rotated = None
        if image_meta["orientation"] not in ("0", "1"):
            rotated = ImageOps.exif_transpose(image)
            if rotated is not None and rotated is not image:
                image_meta["orientation"] = 1  # WordPress resets it to the integer 1
                working = rotated
                image.close()  # free the unrotated pixels now: a 12 MP photo is 36 MB per copy
            else:
                rotated = None
        if max(working.width, working.height) > BIG_IMAGE_SIZE_THRESHOLD:
            # wp_create_image_subsizes: a big image (rotated first if needed) becomes the -scaled copy.
            width, height = wp_constrain_dimensions(working.width, working.height, BIG_IMAGE_SIZE_THRESHOLD,
                                                    BIG_IMAGE_SIZE_THRESHOLD)
            _replace_original(storage, meta, f"{directory}{name}-scaled.{ext}", f"{name}.{ext}",
                              working.resize((width, height), Image.Resampling.LANCZOS), mime_type)
        elif rotated is not None:
            _replace_original(storage, meta, f"{directory}{name}-rotated.{ext}", f"{name}.{ext}", rotated, mime_type)
    sizes: dict[str, Any] = {}
    if generate_sub_sizes:
        registered = {s.name: s for s in registered_image_subsizes(options)}
        order = [n for n in _PRIORITY if n in registered] + [n for n in registered if n not in _PRIORITY]
        for size_name in order:
            size = registered[size_name]
            # _wp_make_subsizes resizes the (rotated) original, not the -scaled copy.
            made = _resized(working, size.width, size.height, size.crop)
            if made is None:
                continue
            resized, width, height = made
            file_name = f"{name}-{width}x{height}.{ext}"
            payload = _save(resized, mime_type)
            try:
                storage.write(directory + file_name, payload)
            except OSError:
                continue  # WP_Image_Editor::multi_resize skips a size it cannot save
            sizes[size_name] = {"file": file_name, "width": width, "height": height, "mime-type": mime_type,
                                "filesize": len(payload)}
    meta["sizes"] = sizes
    meta["image_meta"] = image_meta
    if "original_image" in meta:
        meta["original_image"] = meta.pop("original_image")  # WordPress appends it last
    return meta
