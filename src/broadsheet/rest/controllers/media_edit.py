"""``POST /wp/v2/media/{id}/edit``: ``edit_media_item`` (WordPress 7.1.4) with Pillow.

The image named by ``src`` (the original, a sub-size or the ``-scaled`` copy of the attachment) is
flipped, rotated clockwise and cropped (``modifiers``, or the deprecated ``rotation``/``x``/``y``/
``width``/``height``), saved as ``{name}-edited.{ext}`` in this month's folder and inserted as a
new attachment whose metadata records ``parent_image``.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.errors import RestError
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse

if TYPE_CHECKING:
    from broadsheet.rest.controllers.media import AttachmentsController

__all__ = ["edit_media_item", "image_file_matches_image_meta"]

_SUPPORTED = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/heic")
_EDITED_SUFFIX = "-edited"
#: Largest crop canvas (WordPress sets no bound on the percentages; GD under its 256 MB admin memory
#: limit dies near here, and a worker must not allocate gigabytes for one request).
_MAX_EDIT_PIXELS = 40_000_000


def image_file_matches_image_meta(src: str, metadata: dict[str, Any], attached_file: str) -> bool:
    """``wp_image_file_matches_image_meta``: ``src`` names the file, one of its sizes or its original."""
    path = src.split("?", 1)[0].split("#", 1)[0]
    basename = path.rsplit("/", 1)[-1]
    if not basename:
        return False
    names = {attached_file.rsplit("/", 1)[-1], str(metadata.get("file") or "").rsplit("/", 1)[-1]}
    if metadata.get("original_image"):
        names.add(str(metadata["original_image"]))
    sizes = metadata.get("sizes")
    if isinstance(sizes, dict):
        names.update(str(s.get("file")) for s in sizes.values() if isinstance(s, dict) and s.get("file"))
    return basename in names


def _modifiers(request: RestRequest) -> list[dict[str, Any]]:
    """``modifiers`` as sent, else built from the deprecated args (``rest_image_not_edited`` when none)."""
    modifiers = request.get_param("modifiers")
    if modifiers is not None:
        return list(modifiers)
    out: list[dict[str, Any]] = []
    flip = request.get_param("flip")
    if isinstance(flip, dict) and ("horizontal" in flip or "vertical" in flip):
        out.append({"type": "flip", "args": {"flip": {"vertical": bool(flip.get("vertical")),
                                                      "horizontal": bool(flip.get("horizontal"))}}})
    if request.get_param("rotation"):
        out.append({"type": "rotate", "args": {"angle": request.get_param("rotation")}})
    box = [request.get_param(k) for k in ("x", "y", "width", "height")]
    if all(v is not None for v in box):
        out.append({"type": "crop", "args": dict(zip(("left", "top", "width", "height"), box, strict=True))})
    if not out:
        raise RestError("rest_image_not_edited",
                        "The image was not edited. Edit the image before applying the changes.", 400)
    return out


def _apply(image: Any, modifiers: list[dict[str, Any]]) -> Any:
    """Run the edits in order, as ``WP_Image_Editor`` flip/rotate/crop do."""
    from PIL import Image

    for modifier in modifiers:
        args = modifier.get("args") or {}
        kind = modifier.get("type")
        if kind == "flip":
            flip = args.get("flip") or {}
            if flip.get("vertical"):
                image = image.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
            if flip.get("horizontal"):
                image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        elif kind == "rotate":
            try:
                angle = float(args.get("angle") or 0) % 360
                if angle:
                    image = image.rotate(-angle, expand=True)  # clockwise, canvas grown as GD's imagerotate
            except (TypeError, ValueError, OverflowError, MemoryError):
                raise RestError("rest_image_rotation_failed", "Unable to rotate this image.", 500) from None
        elif kind == "crop":
            width, height = image.size
            try:
                x = round(width * float(args["left"]) / 100.0)
                y = round(height * float(args["top"]) / 100.0)
                w = round(width * float(args["width"]) / 100.0)
                h = round(height * float(args["height"]) / 100.0)
            except (KeyError, TypeError, ValueError, OverflowError):
                raise RestError("rest_image_crop_failed", "Unable to crop this image.", 500) from None
            if (w, h) != (width, height):
                if w <= 0 or h <= 0 or w * h > _MAX_EDIT_PIXELS:  # WP_Image_Editor::crop: "Image crop failed."
                    raise RestError("rest_image_crop_failed", "Unable to crop this image.", 500)
                try:
                    image = image.crop((x, y, x + w, y + h))
                except (ValueError, OverflowError, MemoryError, Image.DecompressionBombError):
                    raise RestError("rest_image_crop_failed", "Unable to crop this image.", 500) from None
    return image


def edit_media_item(controller: AttachmentsController, request: RestRequest) -> RestResponse:
    """Apply the edits to the attachment's image and insert the result as a new attachment (201)."""
    from PIL import ImageOps

    from broadsheet.content.image_metadata import generate_attachment_metadata
    from broadsheet.content.media_files import wp_unique_filename
    from broadsheet.content.media_storage import media_storage_for
    from broadsheet.rest.controllers.media_prepare import (
        attached_file,
        original_image_path,
        wp_attachment_is,
    )
    from broadsheet.rest.controllers.media_uploads import (
        file_name_taken,
        upload_storage,
        upload_subdir,
    )
    from broadsheet.rest.controllers.media_writes import forget, insert_attachment

    post = controller.get_post(request, request.get_param("id"))
    data = PostData.of(request)
    file = attached_file(data, post)
    metadata = data.attachment_source().metadata(post.ID)
    image_file = original_image_path(file, metadata, wp_attachment_is("image", post, file))
    if not metadata or not image_file or not image_file_matches_image_meta(str(request.get_param("src")), metadata,
                                                                           file):
        raise RestError("rest_unknown_attachment", "Unable to get meta information for file.", 404)
    if post.post_mime_type not in _SUPPORTED:
        raise RestError("rest_cannot_edit_file_type", "This type of file cannot be edited.", 400)
    modifiers = _modifiers(request)
    storage = media_storage_for(request.ctx.site)
    source_path = image_file if storage is not None and storage.exists(image_file) else file
    if storage is None or not storage.exists(source_path):
        raise RestError("rest_unknown_image_file_type", "Unable to edit this image.", 500)
    from PIL import Image

    image: Any
    try:
        image = Image.open(io.BytesIO(storage.read(source_path)))
        image.load()
    except Exception:  # noqa: BLE001 - any decoder failure is WordPress's "unable to edit"
        raise RestError("rest_unknown_image_file_type", "Unable to edit this image.", 500) from None
    source_format = image.format  # exif_transpose returns a copy, which has no format
    image = ImageOps.exif_transpose(image) or image  # edits run in the upright frame the client saw
    edited = _apply(image, modifiers)
    name, _, ext = image_file.rsplit("/", 1)[-1].rpartition(".")
    import re

    name = re.sub(r"-edited(-\d+)?$", _EDITED_SUFFIX, name) if re.search(r"-edited(-\d+)?$", name) \
        else name + _EDITED_SUFFIX
    subdir = upload_subdir(request, None)
    filename = wp_unique_filename(subdir, f"{name}.{ext}", lambda path: file_name_taken(request, storage, path),
                                  storage.listdir(subdir))
    path = f"{subdir}/{filename}" if subdir else filename
    out = io.BytesIO()
    fmt = (source_format or "PNG").upper()
    params = {"quality": 82} if fmt in ("JPEG", "WEBP") else {}
    if fmt == "JPEG" and edited.mode not in ("RGB", "L"):
        edited = edited.convert("RGB")
    try:
        edited.save(out, fmt, **params)
    except (OSError, ValueError):
        raise RestError("image_save_error", "Image Editor Save Failed", 500) from None
    written = upload_storage(request)  # the new files are deleted again if the request fails
    written.write(path, out.getvalue())
    new_meta = generate_attachment_metadata(written, path, post.post_mime_type, request.ctx.options)
    old_image_meta = metadata.get("image_meta")
    new_image_meta = new_meta.get("image_meta")
    if isinstance(old_image_meta, dict) and isinstance(new_image_meta, dict):
        for key, value in old_image_meta.items():
            if _php_empty(new_image_meta.get(key)) and not _php_empty(value):
                new_image_meta[key] = value
        if not _php_empty(new_image_meta.get("orientation")):
            new_image_meta["orientation"] = 1
    new_meta["parent_image"] = {"attachment_id": post.ID, "file": image_file}
    title = request.get_param("title")
    title_text = (title.get("raw") if isinstance(title, dict) else title) or post.post_title or name
    if not request.has_param("caption"):
        request.set_param("caption", post.post_excerpt)
    if not request.has_param("description"):
        request.set_param("description", post.post_content)
    if not request.has_param("alt_text"):
        alt = data.meta_single(post.ID, "_wp_attachment_image_alt")
        if alt:
            request.set_param("alt_text", alt)
    new_id = insert_attachment(request, controller, path=path, mime_type=post.post_mime_type, title=str(title_text),
                               parent_id=_int(request.get_param("post")), metadata=new_meta)
    forget(request, new_id)
    new_post = controller.get_post(request, new_id)
    request.set_param("context", "edit")
    data.prime([new_post])
    location = controller.server.rest_url(f"/{controller.namespace}/{controller.rest_base}/{new_id}")
    return RestResponse(controller.prepare_item_for_response(new_post, request), 201,
                        {"Location": location, "X-WP-Upload-Attachment-ID": str(new_id)})


def _php_empty(value: Any) -> bool:
    """PHP ``empty()``: "", "0", 0, empty arrays and null."""
    return value in (None, "", "0", 0, 0.0) or value == [] or value == {}


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
