"""``POST /wp/v2/media``: uploads as ``WP_REST_Attachments_Controller::create_item`` takes them (7.1.4).

A raw body with ``Content-Type`` and ``Content-Disposition`` (``upload_from_data``) or a multipart
``file`` field (``upload_from_file``) is checked (size, type by content, allowed types), stored under
``YYYY/MM/`` with a unique name through the site's ``MediaStorage``, inserted as an ``inherit``
attachment (``wp_insert_attachment``) and given its ``_wp_attachment_metadata`` (sub-sizes made
with Pillow). Errors are WordPress's ``rest_upload_*`` ones.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.errors import RestError
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.rollback import on_rollback, run_commit_callbacks

if TYPE_CHECKING:
    from broadsheet.rest.controllers.media import AttachmentsController

__all__ = [
    "DEFAULT_MAX_UPLOAD_SIZE",
    "create_attachment",
    "download_url",
    "ensure_multipart_parsed",
    "file_name_taken",
    "get_filename_from_disposition",
    "post_process_attachment",
    "Upload",
    "site_max_upload_size",
    "store_upload",
    "unsupported_image_type",
    "upload_storage",
    "upload_subdir",
]

#: ``wp_max_upload_size`` when the site sets none (PHP's default ``upload_max_filesize`` is 2 MB; hosts raise it).
DEFAULT_MAX_UPLOAD_SIZE = 64 * 1024 * 1024


@dataclass
class Upload:
    """An upload before it is stored: its client name, claimed type and bytes."""

    name: str
    type: str
    data: bytes


# -- request parsing ------------------------------------------------------------------------------
def ensure_multipart_parsed(request: RestRequest) -> bool:
    """Fill ``request.body``/``request.files`` from a ``multipart/form-data`` body (as PHP's ``$_POST``/``$_FILES``).

    Returns True when it parsed something now, so the caller re-validates the args.
    """
    if request.files or getattr(request, "_multipart_done", False):
        return False
    request._multipart_done = True  # type: ignore[attr-defined]
    ctype = request.content_type()
    if not ctype.lower().startswith("multipart/form-data") or not request.raw_body:
        return False
    from broadsheet.rest.controllers.media_multipart import parse_multipart

    fields, files = parse_multipart(request.raw_body, ctype)
    if fields:
        request.body = {**fields, **request.body}
    request.files = files
    return True


def get_filename_from_disposition(values: list[str]) -> str | None:
    """``get_filename_from_disposition``: the last ``filename=`` of the header values, unquoted."""
    filename = None
    for value in values:
        value = value.strip()
        if ";" not in value:
            continue
        attributes: dict[str, str] = {}
        for part in value.split(";", 1)[1].split(";"):
            if "=" not in part:
                continue
            key, val = part.split("=", 1)
            attributes[key.strip()] = val.strip()
        if not attributes.get("filename"):
            continue
        filename = attributes["filename"].strip()
        if len(filename) >= 2 and filename.startswith('"') and filename.endswith('"'):
            filename = filename[1:-1]
    return filename


def unsupported_image_type(request: RestRequest) -> RestError | None:
    """An uploaded image type the editor cannot resize (HEIC/HEIF and SVG pass, as in WordPress)."""
    from broadsheet.content.image_metadata import editor_supports

    if ensure_multipart_parsed(request):
        _revalidate(request)
    upload = request.files.get("file")
    mime = str(upload.get("type") or "") if isinstance(upload, dict) else ""
    if not mime.startswith("image/") or mime in ("image/heic", "image/heif", "image/svg+xml"):
        return None
    if not editor_supports(mime):
        return RestError("rest_upload_image_type_not_supported",
                         "The web server cannot generate responsive image sizes for this image. Convert it to JPEG "
                         "or PNG before uploading.", 400)
    return None


def _revalidate(request: RestRequest) -> None:
    """Validate the endpoint's args again now that the multipart fields are known."""
    server, endpoint = request.server, request.endpoint
    if server is not None and endpoint is not None:
        server.prepare_args(request, endpoint)


# -- the upload ------------------------------------------------------------------------------------
def site_max_upload_size(site: Any) -> int:
    """``wp_max_upload_size``: ``SiteConfig.max_upload_size``, else ``BROADSHEET_MAX_UPLOAD_SIZE``, else 64 MB."""
    configured = getattr(getattr(site, "config", None), "max_upload_size", None) \
        or os.environ.get("BROADSHEET_MAX_UPLOAD_SIZE")
    try:
        return int(configured) if configured else DEFAULT_MAX_UPLOAD_SIZE
    except ValueError:
        return DEFAULT_MAX_UPLOAD_SIZE


def _max_upload_size(request: RestRequest) -> int:
    return site_max_upload_size(request.ctx.site)


def _upload_from_request(request: RestRequest) -> Upload:
    """``upload_from_file`` / ``upload_from_data``: the upload, or the ``rest_upload_*`` error."""
    upload = request.files.get("file") if request.files else None
    if request.files:
        if not isinstance(upload, dict):
            raise RestError("rest_upload_no_data", "No data supplied.", 400)
        if upload.get("error") or not upload.get("data"):
            raise RestError("rest_upload_unknown_error", "File is empty. Please upload something more substantial. "
                            "This error could also be caused by uploads being disabled in your php.ini or by "
                            "post_max_size being defined as smaller than upload_max_filesize in php.ini.", 500)
        content = bytes(upload["data"])
        md5 = request.header("content-md5")
        if md5 and md5.strip() != hashlib.md5(content).hexdigest():
            raise RestError("rest_upload_hash_mismatch", "Content hash did not match expected.", 412)
        return Upload(str(upload.get("name") or ""), str(upload.get("type") or ""), content)
    # PHP gives no raw body for multipart requests (php://input is empty for multipart/form-data).
    multipart = request.content_type().lower().startswith("multipart/form-data")
    data = b"" if multipart else request.raw_body
    if not data:
        raise RestError("rest_upload_no_data", "No data supplied.", 400)
    content_type = request.header("content-type")
    if not content_type:
        raise RestError("rest_upload_no_content_type", "No Content-Type supplied.", 400)
    disposition = request.header("content-disposition")
    if not disposition:
        raise RestError("rest_upload_no_content_disposition", "No Content-Disposition supplied.", 400)
    filename = get_filename_from_disposition([disposition])
    if not filename:
        raise RestError("rest_upload_invalid_disposition",
                        "Invalid Content-Disposition supplied. Content-Disposition needs to be formatted as "
                        "`attachment; filename=\"image.png\"` or similar.", 400)
    md5 = request.header("content-md5")
    if md5 and md5.strip() != hashlib.md5(data).hexdigest():
        raise RestError("rest_upload_hash_mismatch", "Content hash did not match expected.", 412)
    return Upload(filename, content_type, data)


def _upload_from_url(request: RestRequest) -> Upload:
    """``create_item_from_url``: a public image fetched by the server (the URL was validated as an arg)."""
    from broadsheet.formatting.media_urls import wp_check_filetype

    url = str(request.get_param("url"))
    filename = urlsplit(url).path.rsplit("/", 1)[-1]  # wp_basename of the raw path: "%20" stays encoded
    if not filename:
        raise RestError("rest_invalid_url", "Could not determine a filename from the provided URL.", 400)
    _, mime = wp_check_filetype(filename)
    if not mime or not mime.startswith("image/"):
        raise RestError("rest_invalid_url", "The provided URL does not point to a supported image file.", 400)
    limit = _max_upload_size(request)
    data = download_url(request.ctx.site, url, limit + 1 if limit else 0)
    request.files = {}  # media_handle_sideload: the title comes from the file name, as for raw uploads
    return Upload(filename, mime, data)


#: How much of a failed download's body WordPress puts in its error (``download_url_error_max_body_size``).
ERROR_BODY_BYTES = 1024


def download_url(site: Any, url: str, max_bytes: int = 0, timeout: float = 10.0) -> bytes:
    """``download_url`` for sideloads: ``wp_safe_remote_get``. No answer is ``http_request_failed``;
    an answer other than 200 is ``http_<status>`` (HTTP 500) carrying the status and the body's first KB."""
    from broadsheet.content.remote_http import RemoteError, wp_safe_remote_get

    try:
        response = wp_safe_remote_get(site, url, timeout=timeout, limit=max_bytes)
    except RemoteError as error:
        raise RestError("http_request_failed", error.message, 500) from None
    if response.status != 200:
        sample = response.body[:ERROR_BODY_BYTES].decode("utf-8", "php_json_question_mark")
        raise RestError(f"http_{response.status}", response.reason.strip(), None,
                        {"code": response.status, "body": sample})
    return response.body


def _question_mark(error: UnicodeDecodeError) -> tuple[str, int]:
    """A cut or invalid UTF-8 sequence becomes "?", as ``wp_json_encode`` turns it (one per sequence)."""
    return "?", error.end


codecs.register_error("php_json_question_mark", _question_mark)


def store_upload(request: RestRequest, upload: Upload, time: str | None, error_code: str, *,
           mimes: dict[str, str] | None = None, subdir: str | None = None) -> tuple[str, str]:
    """``wp_handle_sideload``/``wp_handle_upload``: (relative path, MIME type) of the stored file.

    ``mimes`` and ``subdir`` are the ``mimes`` override and the filtered ``upload_dir`` (font files).
    """
    from broadsheet.content.media_files import (
        get_allowed_mime_types,
        wp_check_filetype_and_ext,
        wp_unique_filename,
    )
    storage = upload_storage(request)
    if storage is None:
        raise RestError(error_code, "Unable to create directory uploads. Is its parent directory writable by the "
                        "server?", 500)
    limit = _max_upload_size(request)
    if limit and len(upload.data) > limit:
        raise RestError("rest_upload_file_too_big",
                        f"This file is too big. Files must be less than {limit // 1024:,} KB in size.", 400)
    data = PostData.of(request)
    allowed = mimes if mimes is not None else get_allowed_mime_types(unfiltered_html=data.can("unfiltered_html"))
    name = upload.name  # sanitize_file_name drops separators: "../../etc/x.png" is stored as "etcx.png"
    check = wp_check_filetype_and_ext(upload.data, name, allowed)
    if check.proper_filename:
        name = check.proper_filename
    if not check.type or not check.ext:
        raise RestError(error_code, "Sorry, you are not allowed to upload this file type.", 500)
    if subdir is None:
        subdir = upload_subdir(request, time)
    claimed: set[str] = set()
    existing = storage.listdir(subdir)
    for _ in range(100):
        filename = wp_unique_filename(subdir, name,
                                      lambda path: path in claimed or file_name_taken(request, storage, path),
                                      existing)
        path = f"{subdir}/{filename}" if subdir else filename
        try:
            storage.write_new(path, upload.data)  # exclusive: a concurrent upload of the same name loses the race
        except FileExistsError:
            claimed.add(path)
            continue
        except OSError:  # e.g. a name longer than the file system takes: WordPress's failed move_uploaded_file
            raise RestError(error_code, f"The uploaded file could not be moved to wp-content/uploads"
                            f"{'/' + subdir if subdir else ''}.", 500) from None
        return path, check.type
    raise RestError(error_code, "Could not find a free file name for the upload.", 500)


def upload_storage(request: RestRequest) -> Any:
    """The site's media storage, each file written through it deleted again if the request fails."""
    from broadsheet.content.media_storage import WriteTrackingStorage, media_storage_for

    storage = media_storage_for(request.ctx.site)
    if storage is None:
        return None

    def remember(path: str) -> None:
        on_rollback(request.ctx, lambda: storage.delete(path))

    return WriteTrackingStorage(storage, remember)


def upload_subdir(request: RestRequest, time: str | None) -> str:
    """``wp_upload_dir($time)['subdir']``: ``YYYY/MM`` unless year/month folders are off."""
    if str(request.ctx.options.get("uploads_use_yearmonth_folders", "1") or "") in ("", "0"):
        return ""
    if time and len(time) >= 7:
        return f"{time[:4]}/{time[5:7]}"
    from broadsheet.content.dates import wp_timezone

    now = datetime.now(wp_timezone(request.ctx.options))
    return now.strftime("%Y/%m")


def file_name_taken(request: RestRequest, storage: Any, path: str) -> bool:
    """A file name in use: stored already, or an attachment's file (the fixture's files may be elsewhere)."""
    if storage.exists(path):
        return True
    from sqlalchemy import select

    pm = request.ctx.site.db.tables.postmeta
    stmt = select(pm.c.meta_id).where(pm.c.meta_key == "_wp_attached_file", pm.c.meta_value == path).limit(1)
    return request.ctx.conn.execute(stmt).first() is not None


def create_attachment(controller: AttachmentsController, request: RestRequest) -> RestResponse:
    """``create_item``: store the upload, insert the attachment, generate its metadata; 201 in edit context."""
    from broadsheet.content.image_metadata import generate_attachment_metadata
    from broadsheet.rest.controllers.media_writes import (
        handle_featured_media,
        insert_attachment,
    )

    if ensure_multipart_parsed(request):
        _revalidate(request)
    data = PostData.of(request)
    parent_id = _int(request.get_param("post"))
    parent = data.post(parent_id) if parent_id else None
    if parent_id and parent is not None and parent.post_type in ("revision", "attachment"):
        raise RestError("rest_invalid_param", "Invalid parent type.", 400)
    upload = _upload_from_url(request) if request.get_param("url") else _upload_from_request(request)
    time = None
    if parent is not None and parent.post_type != "page" and parent.post_date[:4] > "0000":
        time = parent.post_date
    error_code = "rest_upload_unknown_error" if request.files else "rest_upload_sideload_error"
    path, mime = store_upload(request, upload, time, error_code)
    storage = upload_storage(request)
    assert storage is not None
    options = request.ctx.options
    metadata = generate_attachment_metadata(storage, path, mime, options,
                                            generate_sub_sizes=request.get_param("generate_sub_sizes") is not False)
    title = _title(request, upload, path, metadata)
    attachment_id = insert_attachment(request, controller, path=path, mime_type=mime, title=title,
                                      parent_id=parent_id, metadata=metadata)
    if request.get_param("featured_media") is not None:
        # WordPress has inserted the attachment when handle_featured_media refuses: it stays, files too.
        request.ctx.conn.commit()
        run_commit_callbacks(request.ctx)
        handle_featured_media(request, attachment_id, mime, path)
    post = controller.get_post(request, attachment_id)
    request.set_param("context", "edit")
    data.prime([post])
    body = controller.prepare_item_for_response(post, request)
    location = controller.server.rest_url(f"/{controller.namespace}/{controller.rest_base}/{attachment_id}")
    # X-WP-Upload-Attachment-ID lets a client resume sub-size generation (post-process) after a failure.
    return RestResponse(body, 201, {"Location": location, "X-WP-Upload-Attachment-ID": str(attachment_id)})


def _title(request: RestRequest, upload: Upload, path: str, metadata: dict[str, Any]) -> str:
    """The title sent, else the image's EXIF title, else the client file name without its extension."""
    from broadsheet.formatting.sanitize import sanitize_text_field

    title = request.get_param("title")
    if isinstance(title, dict):
        title = title.get("raw")
    if title:
        return str(title)
    image_meta = metadata.get("image_meta") if isinstance(metadata, dict) else None
    if isinstance(image_meta, dict):
        from broadsheet.formatting.sanitize import sanitize_title

        exif_title = str(image_meta.get("title") or "").strip()
        if exif_title and not str(sanitize_title(exif_title)).isdigit():
            return exif_title
    if request.files and upload.name and "." in upload.name:
        candidate = sanitize_text_field(upload.name[: upload.name.rfind(".")])
        if candidate:
            return str(candidate)
    basename = path.rsplit("/", 1)[-1]
    return basename.rsplit(".", 1)[0] if "." in basename else basename


def post_process_attachment(controller: AttachmentsController, request: RestRequest) -> RestResponse:
    """``post_process_item``: (re)generate the missing sub-sizes of an uploaded image."""
    from broadsheet.content.image_metadata import generate_attachment_metadata
    from broadsheet.content.media_storage import media_storage_for
    from broadsheet.storage.meta import update_meta

    post = controller.get_post(request, request.get_param("id"))
    data = PostData.of(request)
    path = data.meta_single(post.ID, "_wp_attached_file")
    storage = media_storage_for(request.ctx.site)
    if not path or storage is None or not storage.exists(path):
        raise RestError("rest_unknown_attachment", "Unable to get meta information for file.", 404)
    from broadsheet.rest.controllers.media_prepare import (
        original_image_path,
        wp_attachment_is,
    )

    # wp_update_image_subsizes works from the original upload (before any -scaled/-rotated copy).
    original = original_image_path(path, data.attachment_source().metadata(post.ID),
                                   wp_attachment_is("image", post, path))
    source = original if original and storage.exists(original) else path
    metadata = generate_attachment_metadata(storage, source, post.post_mime_type, request.ctx.options)
    tables = request.ctx.site.db.tables
    update_meta(request.ctx.conn, "post", post.ID, "_wp_attached_file", str(metadata.get("file") or source),
                tables=tables)
    update_meta(request.ctx.conn, "post", post.ID, "_wp_attachment_metadata", metadata, tables=tables)
    from broadsheet.rest.controllers.media_writes import forget

    forget(request, post.ID)
    post = controller.get_post(request, post.ID)
    request.set_param("context", "edit")
    data.prime([post])
    return RestResponse(controller.prepare_item_for_response(post, request))


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
