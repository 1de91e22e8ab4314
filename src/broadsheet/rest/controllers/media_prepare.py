"""The attachment fields of ``WP_REST_Attachments_Controller::prepare_item_for_response`` (WordPress 7.1.4).

``attachment_fields`` computes, in WordPress's order, what the attachments controller adds to a
post response: ``description``, ``caption``, ``alt_text``, ``media_type``, ``mime_type``,
``media_details``, ``post``, ``source_url`` and the edit-only file and image fields. Rows and meta
come through the request's ``PostData`` (one batched meta load per page).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from broadsheet.content.image_sizes import (
    default_image_quality,
    missing_image_subsizes,
    registered_image_subsizes,
)
from broadsheet.formatting.media_urls import wp_check_filetype
from broadsheet.rest.encoding import JSONObject

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.post_data import PostData
    from broadsheet.rest.request import RestRequest

__all__ = ["attached_file", "attachment_fields", "original_image_path", "wp_attachment_is"]

_IMAGE_EXTENSIONS = ("jpg", "jpeg", "jpe", "gif", "png", "webp", "avif", "heic")

#: ``wp_default_image_output_mapping``: formats WordPress converts on save by default.
_OUTPUT_MAPPING = {"image/heic": "image/jpeg", "image/heif": "image/jpeg",
                   "image/heic-sequence": "image/jpeg", "image/heif-sequence": "image/jpeg"}


def attached_file(data: PostData, post: WPPost) -> str:
    """``get_attached_file`` relative to the uploads directory (the ``_wp_attached_file`` meta)."""
    return data.meta_single(post.ID, "_wp_attached_file")


def wp_attachment_is(kind: str, post: WPPost, file: str) -> bool:
    """``wp_attachment_is``: an attached file whose MIME type (or, for imports, extension) is ``kind``."""
    if not file:
        return False
    mime = str(post.post_mime_type or "")
    if mime.startswith(kind + "/"):
        return True
    ext, _ = wp_check_filetype(file)
    if not ext:
        return False
    if mime != "import":
        return kind == ext
    if kind == "image":
        return ext.lower() in _IMAGE_EXTENSIONS
    return kind == ext


def original_image_path(file: str, metadata: dict[str, Any], is_image: bool) -> str:
    """``wp_get_original_image_path``: the pre-``-scaled`` upload beside the attached file (images only)."""
    if not is_image or not file:
        return ""
    original = metadata.get("original_image")
    if not original:
        return file
    directory = file.rsplit("/", 1)[0] + "/" if "/" in file else ""
    return directory + str(original).rsplit("/", 1)[-1]


def _basename(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def _media_details(post: WPPost, data: PostData, metadata: dict[str, Any]) -> Any:
    """``media_details``: the metadata, sizes with ``mime_type`` and ``source_url``, then a synthetic ``full``."""
    if not metadata:
        return JSONObject()
    details = dict(metadata)
    sizes = details.get("sizes")
    if not sizes or not isinstance(sizes, dict):
        details["sizes"] = JSONObject()
        return details
    source = data.attachment_source()
    out_sizes: dict[str, Any] = {}
    for name, size_data in sizes.items():
        if not isinstance(size_data, dict):
            out_sizes[name] = size_data
            continue
        entry = dict(size_data)
        if "mime-type" in entry:
            entry["mime_type"] = entry.pop("mime-type")
        src = source.image_src(post.ID, str(name))
        if src is not None:
            entry["source_url"] = src[0]
        out_sizes[name] = entry
    full = source.image_src(post.ID, "full")
    if full is not None:
        out_sizes["full"] = {"file": _basename(full[0]), "width": full[1], "height": full[2],
                             "mime_type": post.post_mime_type, "source_url": full[0]}
    details["sizes"] = out_sizes
    return details


def _filesize(metadata: dict[str, Any], path: str, file_size: Callable[[str], int | None]) -> Any:
    """``get_attachment_filesize``: the metadata's ``filesize``, else the stored file's size, else null."""
    if "filesize" in metadata:
        return metadata["filesize"]
    return file_size(path) if path else None


def attachment_fields(post: WPPost, request: RestRequest, data: PostData, included: Callable[[str], bool],
                      render: Any, file_size: Callable[[str], int | None]) -> dict[str, Any]:
    """The attachment's own fields in WordPress's order (``render`` gives the per-post render context)."""
    hooks = request.ctx.site.hooks
    options = request.ctx.options
    out: dict[str, Any] = {}
    file = attached_file(data, post)
    source = data.attachment_source()
    metadata: dict[str, Any] = source.metadata(post.ID)
    is_image = wp_attachment_is("image", post, file)
    if included("description"):
        from broadsheet.formatting.chains import render_content

        out["description"] = {"raw": post.post_content, "rendered": render_content(post.post_content, render(), hooks)}
    if included("caption"):
        from broadsheet.formatting.chains import render_excerpt

        out["caption"] = {"raw": post.post_excerpt,
                          "rendered": render_excerpt(post.post_excerpt, post.post_content, render(), hooks)}
    if included("alt_text"):
        out["alt_text"] = data.meta_single(post.ID, "_wp_attachment_image_alt")
    if included("media_type"):
        out["media_type"] = "image" if is_image else "file"
    if included("mime_type"):
        out["mime_type"] = post.post_mime_type
    if included("media_details"):
        out["media_details"] = _media_details(post, data, metadata)
    if included("post"):
        out["post"] = post.post_parent or None
    if included("source_url"):
        out["source_url"] = source.url(post.ID)
    if included("missing_image_sizes"):
        missing = missing_image_subsizes(metadata, options) if is_image else []
        if not missing and post.post_mime_type == "application/pdf":
            # PDFs get previews of the fallback sizes (fallback_intermediate_image_sizes).
            sizes = metadata.get("sizes")
            have = sizes if isinstance(sizes, dict) else {}
            registered = [s.name for s in registered_image_subsizes(options)]
            missing = [n for n in registered if n in ("thumbnail", "medium", "large") and n not in have]
        out["missing_image_sizes"] = missing
    original = original_image_path(file, metadata, is_image)
    if included("filename"):
        path = original or file
        out["filename"] = _basename(path) if path else None
    if included("filesize"):
        out["filesize"] = _filesize(metadata, original or file, file_size)
    if is_image:
        if included("exif_orientation"):
            image_meta = metadata.get("image_meta")
            orientation = _int(image_meta.get("orientation")) if isinstance(image_meta, dict) else 0
            out["exif_orientation"] = orientation if orientation > 0 else 1
        mime = str(post.post_mime_type or "")
        output_mime = _OUTPUT_MAPPING.get(mime, mime)
        if included("image_output_format"):
            out["image_output_format"] = output_mime if output_mime != mime else None
        if included("image_save_progressive"):
            out["image_save_progressive"] = False
        if included("image_quality"):
            out["image_quality"] = {"default": default_image_quality(output_mime), "sizes": {}}
    return out


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
