"""Saving an uploaded attachment: ``prepare_item_for_database`` + ``wp_insert_attachment`` (WordPress 7.1.4).

The row gets WordPress's defaults for attachments (status ``inherit``, comments from
``default_comment_status``, pings closed, a unique slug from the title, the file URL as guid),
the request's writable fields (title, caption, description, slug, date, author, comment and ping
status, alt text, featured media) and its ``_wp_attached_file`` and ``_wp_attachment_metadata``
meta. Text fields are filtered by kses for callers without ``unfiltered_html``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.request import RestRequest

if TYPE_CHECKING:
    from broadsheet.rest.controllers.media import AttachmentsController

__all__ = ["insert_attachment"]

_MYSQL = "%Y-%m-%d %H:%M:%S"


def _raw(value: Any) -> str | None:
    """A ``{"raw": …}`` object or a plain string, as ``prepare_item_for_database`` accepts both."""
    if isinstance(value, dict):
        value = value.get("raw")
    return None if value is None else str(value)


def _dates(request: RestRequest) -> tuple[str, str]:
    """(post_date, post_date_gmt): the sent ``date``/``date_gmt``, else now."""
    from broadsheet.content.dates import get_gmt_from_date, local_from_request_date, wp_timezone

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
            moment = datetime.strptime(utc, _MYSQL).replace(tzinfo=timezone.utc)
            return moment.astimezone(tz).strftime(_MYSQL), utc
    now = datetime.now(timezone.utc).replace(microsecond=0)
    return now.astimezone(tz).strftime(_MYSQL), now.strftime(_MYSQL)


def insert_attachment(request: RestRequest, controller: AttachmentsController, *, path: str, mime_type: str,
                      title: str, parent_id: int, metadata: dict[str, Any]) -> int:
    """Insert the attachment row and its meta; returns the new id."""
    from broadsheet.content.post_slugs import wp_unique_post_slug
    from broadsheet.formatting.kses import wp_kses_data, wp_kses_post
    from broadsheet.formatting.sanitize import sanitize_title
    from broadsheet.storage.meta import add_meta, update_meta

    data = PostData.of(request)
    conn, tables, options = request.ctx.conn, request.site.db.tables, request.ctx.options
    unfiltered = data.can("unfiltered_html")
    caption = _raw(request.get_param("caption")) or ""
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
    add_meta(conn, "post", attachment_id, "_wp_attached_file", path, tables=tables)
    alt = request.get_param("alt_text")
    image_meta = metadata.get("image_meta") if isinstance(metadata, dict) else None
    if not alt and isinstance(image_meta, dict) and str(image_meta.get("alt") or "").strip():
        alt = str(image_meta["alt"])
    if alt:
        from broadsheet.formatting.sanitize import sanitize_text_field

        update_meta(conn, "post", attachment_id, "_wp_attachment_image_alt", sanitize_text_field(str(alt)),
                    tables=tables)
    featured = request.get_param("featured_media")
    if featured:
        update_meta(conn, "post", attachment_id, "_thumbnail_id", str(int(featured)), tables=tables)
    template = request.get_param("template")
    if template:
        update_meta(conn, "post", attachment_id, "_wp_page_template", str(template), tables=tables)
    add_meta(conn, "post", attachment_id, "_wp_attachment_metadata", metadata, tables=tables)
    data.meta.pop(attachment_id, None)
    return attachment_id
