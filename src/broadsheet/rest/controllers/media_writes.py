"""Saving an uploaded attachment: ``prepare_item_for_database`` + ``wp_insert_attachment`` (WordPress 7.1.4).

The row gets WordPress's defaults for attachments (status ``inherit``, comments from
``default_comment_status``, pings closed, a unique slug from the title, the file URL as guid),
the request's writable fields (title, caption, description, slug, date, author, comment and ping
status, alt text, featured media) and its ``_wp_attached_file`` and ``_wp_attachment_metadata``
meta. Text fields are filtered by kses for callers without ``unfiltered_html``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.request import RestRequest
from broadsheet.rest.rollback import on_commit

if TYPE_CHECKING:
    from broadsheet.rest.controllers.media import AttachmentsController

__all__ = ["delete_attachment", "forget", "handle_featured_media", "insert_attachment", "update_attachment"]

_MYSQL = "%Y-%m-%d %H:%M:%S"


def _raw(value: Any) -> str | None:
    """A ``{"raw": …}`` object or a plain string, as ``prepare_item_for_database`` accepts both."""
    if isinstance(value, dict):
        value = value.get("raw")
    return None if value is None else str(value)


def _dates(request: RestRequest) -> tuple[str, str]:
    """(post_date, post_date_gmt): the sent ``date``/``date_gmt``, else now."""
    from broadsheet.content.dates import (
        get_gmt_from_date,
        local_from_request_date,
        wp_timezone,
    )

    options = request.ctx.options
    tz = wp_timezone(options)
    date = request.get_param("date")
    date_gmt = request.get_param("date_gmt")
    if isinstance(date, str) and date:
        local = local_from_request_date(date, options)
        if local:
            return local, get_gmt_from_date(local, options)
    if isinstance(date_gmt, str) and date_gmt:
        utc = local_from_request_date(date_gmt if date_gmt[-1:] in "Zz" else date_gmt + "Z", {"gmt_offset": 0})
        if utc:
            moment = datetime.strptime(utc, _MYSQL).replace(tzinfo=UTC)
            return moment.astimezone(tz).strftime(_MYSQL), utc
    now = datetime.now(UTC).replace(microsecond=0)
    return now.astimezone(tz).strftime(_MYSQL), now.strftime(_MYSQL)


def insert_attachment(request: RestRequest, controller: AttachmentsController, *, path: str, mime_type: str,
                      title: str, parent_id: int, metadata: dict[str, Any]) -> int:
    """Insert the attachment row and its meta; returns the new id."""
    from broadsheet.content.post_slugs import wp_unique_post_slug
    from broadsheet.formatting.kses import wp_kses_data, wp_kses_post
    from broadsheet.formatting.sanitize import sanitize_title
    from broadsheet.storage.meta import add_meta, update_meta

    data = PostData.of(request)
    conn, tables, options = request.ctx.conn, request.ctx.site.db.tables, request.ctx.options
    unfiltered = data.can("unfiltered_html")
    caption = _raw(request.get_param("caption")) or ""
    image_meta = metadata.get("image_meta") if isinstance(metadata, dict) else None
    if not caption and isinstance(image_meta, dict) and str(image_meta.get("caption") or "").strip():
        caption = str(image_meta["caption"])  # insert_attachment: the EXIF/IPTC caption by default
    description = _raw(request.get_param("description")) or ""
    if not unfiltered:
        title, caption, description = wp_kses_data(title), wp_kses_post(caption), wp_kses_post(description)
    author = request.get_param("author")
    author_id = int(author) if author else (request.user.ID if request.user is not None else 0)
    post_date, post_date_gmt = _dates(request)
    slug_param = request.get_param("slug")
    slug = str(slug_param) if slug_param else str(sanitize_title(title))
    slug = wp_unique_post_slug(conn, tables, slug, 0, "inherit", "attachment", parent_id,
                               permalink_structure=str(options.get("permalink_structure") or ""))
    comment_status = request.get_param("comment_status") or (
        "open" if str(options.get("default_comment_status") or "") == "open" else "closed")
    ping_status = request.get_param("ping_status") or "closed"
    source = data.attachment_source()
    guid = source.uploads_baseurl() + "/" + path
    values = {
        "post_author": author_id, "post_date": post_date, "post_date_gmt": post_date_gmt,
        "post_content": description, "post_title": title, "post_excerpt": caption, "post_status": "inherit",
        "comment_status": comment_status, "ping_status": ping_status, "post_password": "", "post_name": slug,
        "to_ping": "", "pinged": "", "post_modified": post_date, "post_modified_gmt": post_date_gmt,
        "post_content_filtered": "", "post_parent": parent_id, "guid": guid, "menu_order": 0,
        "post_type": "attachment", "post_mime_type": mime_type, "comment_count": 0,
    }
    attachment_id = int(conn.execute(insert(tables.posts).values(**values)).inserted_primary_key[0])
    # A -scaled/-rotated copy replaced the upload as the attached file (_wp_image_meta_replace_original).
    attached = str(metadata.get("file") or path) if isinstance(metadata, dict) else path
    add_meta(conn, "post", attachment_id, "_wp_attached_file", attached, tables=tables)
    alt = request.get_param("alt_text")
    if not alt and isinstance(image_meta, dict) and str(image_meta.get("alt") or "").strip():
        alt = str(image_meta["alt"])
    if alt:
        from broadsheet.formatting.sanitize import sanitize_text_field

        update_meta(conn, "post", attachment_id, "_wp_attachment_image_alt", sanitize_text_field(str(alt)),
                    tables=tables)
    template = request.get_param("template")
    if template:
        update_meta(conn, "post", attachment_id, "_wp_page_template", str(template), tables=tables)
    add_meta(conn, "post", attachment_id, "_wp_attachment_metadata", metadata, tables=tables)
    data.meta.pop(attachment_id, None)
    return attachment_id


def handle_featured_media(request: RestRequest, attachment_id: int, mime_type: str, file: str) -> None:
    """``handle_featured_media`` on create: only audio and video attachments take a poster (``_thumbnail_id``)."""
    from broadsheet.storage.meta import delete_meta, update_meta

    featured = request.get_param("featured_media")
    if featured is None:
        return
    kind = mime_type.split("/", 1)[0]
    if kind not in ("audio", "video"):
        from broadsheet.rest.errors import RestError

        raise RestError("rest_no_featured_media",
                        f"This site does not support post thumbnails on attachments with MIME type {mime_type}.", 400)
    conn, tables = request.ctx.conn, request.ctx.site.db.tables
    media_id = int(featured)
    if media_id:
        target = PostData.of(request).post(media_id)
        if target is None or target.post_type != "attachment":
            from broadsheet.rest.errors import RestError

            raise RestError("rest_invalid_featured_media", "Invalid featured media ID.", 400)
        update_meta(conn, "post", attachment_id, "_thumbnail_id", str(media_id), tables=tables)
    else:
        delete_meta(conn, "post", attachment_id, "_thumbnail_id", tables=tables)
    forget(request, attachment_id)


def update_attachment(request: RestRequest, controller: AttachmentsController, post: Any) -> None:
    """``update_item`` for an attachment: the sent fields written (``wp_update_post``), ``post_modified`` now."""
    from sqlalchemy import update

    from broadsheet.content.post_slugs import wp_unique_post_slug
    from broadsheet.formatting.kses import wp_kses_data, wp_kses_post
    from broadsheet.storage.meta import update_meta

    data = PostData.of(request)
    conn, tables, options = request.ctx.conn, request.ctx.site.db.tables, request.ctx.options
    unfiltered = data.can("unfiltered_html")
    values: dict[str, Any] = {}
    for param, column, kses in (("title", "post_title", wp_kses_data), ("caption", "post_excerpt", wp_kses_post),
                                ("description", "post_content", wp_kses_post)):
        if request.has_param(param):
            text = _raw(request.get_param(param))
            if text is not None:
                values[column] = text if unfiltered else kses(text)
    if request.has_param("post"):
        values["post_parent"] = int(request.get_param("post") or 0)
    author = request.get_param("author")
    if author:
        values["post_author"] = int(author)
    for param in ("comment_status", "ping_status"):
        value = request.get_param(param)
        if value:
            values[param] = str(value)
    if request.get_param("date") or request.get_param("date_gmt"):
        values["post_date"], values["post_date_gmt"] = _dates(request)
    status = controller.handle_status_param(request, post)
    if status is not None:
        # wp_insert_post: an attachment is only ever inherit, private or trash.
        values["post_status"] = status if status in ("private", "trash") else "inherit"
    slug = request.get_param("slug")
    if slug:
        values["post_name"] = wp_unique_post_slug(
            conn, tables, str(slug), post.ID, post.post_status, "attachment", values.get("post_parent", post.post_parent),
            permalink_structure=str(options.get("permalink_structure") or ""))
    now = datetime.now(UTC).replace(microsecond=0)
    from broadsheet.content.dates import wp_timezone

    values["post_modified"] = now.astimezone(wp_timezone(options)).strftime(_MYSQL)
    values["post_modified_gmt"] = now.strftime(_MYSQL)
    conn.execute(update(tables.posts).where(tables.posts.c.ID == post.ID).values(**values))
    if request.has_param("alt_text"):
        update_meta(conn, "post", post.ID, "_wp_attachment_image_alt", str(request.get_param("alt_text") or ""),
                    tables=tables)
    template = request.get_param("template")
    if template is not None:
        update_meta(conn, "post", post.ID, "_wp_page_template", str(template) or "default", tables=tables)
    forget(request, post.ID)


def forget(request: RestRequest, post_id: int) -> None:
    """Drop a changed attachment from the request's caches so the response reads it again."""
    data = PostData.of(request)
    request.ctx.posts.pop(post_id, None)
    data.meta.pop(post_id, None)
    source = data.attachment_source()
    getattr(source, "_metadata", {}).pop(post_id, None)
    getattr(source, "_meta", {}).pop(post_id, None)


def delete_attachment(request: RestRequest, post: Any) -> None:
    """``wp_delete_attachment($id, true)``: files, meta, comments, term links, thumbnails pointing at it, the row."""
    from sqlalchemy import delete, select

    from broadsheet.content.media_storage import media_storage_for

    data = PostData.of(request)
    conn, tables = request.ctx.conn, request.ctx.site.db.tables
    source = data.attachment_source()
    metadata = source.metadata(post.ID)
    path = data.meta_single(post.ID, "_wp_attached_file")
    storage = media_storage_for(request.ctx.site)
    if storage is not None and path and not path.startswith(("http://", "https://")):
        directory = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        files = [path]
        sizes = metadata.get("sizes") if isinstance(metadata, dict) else None
        if isinstance(sizes, dict):
            files.extend(directory + str(s.get("file")) for s in sizes.values() if isinstance(s, dict) and s.get("file"))
        if isinstance(metadata, dict) and metadata.get("original_image"):
            files.append(directory + str(metadata["original_image"]))
        unshared = [file for file in dict.fromkeys(files) if not _file_shared(request, file, post.ID)]
        for file in unshared:  # once the rows are gone for good: a failed delete keeps its files
            on_commit(request.ctx, partial(storage.delete, file))
    pm, c, cm, tr = tables.postmeta, tables.comments, tables.commentmeta, tables.term_relationships
    conn.execute(delete(pm).where(pm.c.meta_key == "_thumbnail_id", pm.c.meta_value == str(post.ID)))
    comment_ids = [r[0] for r in conn.execute(select(c.c.comment_ID).where(c.c.comment_post_ID == post.ID))]
    if comment_ids:
        conn.execute(delete(cm).where(cm.c.comment_id.in_(comment_ids)))
        conn.execute(delete(c).where(c.c.comment_ID.in_(comment_ids)))
    conn.execute(delete(tr).where(tr.c.object_id == post.ID))
    conn.execute(delete(pm).where(pm.c.post_id == post.ID))
    conn.execute(delete(tables.posts).where(tables.posts.c.ID == post.ID))
    forget(request, post.ID)


def _file_shared(request: RestRequest, path: str, post_id: int) -> bool:
    """Another attachment uses the same file (``wp_delete_attachment_files`` keeps shared files)."""
    from sqlalchemy import select

    pm = request.ctx.site.db.tables.postmeta
    stmt = select(pm.c.meta_id).where(pm.c.meta_key == "_wp_attached_file", pm.c.meta_value == path,
                                      pm.c.post_id != post_id).limit(1)
    return request.ctx.conn.execute(stmt).first() is not None
