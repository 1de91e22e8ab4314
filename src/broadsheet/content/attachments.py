"""Attachments for the media shortcodes, read from the database (``formatting.media_shortcodes.AttachmentSource``).

Ports of ``wp_get_attachment_url``, ``wp_get_attachment_metadata``, ``image_downsize`` /
``wp_get_attachment_image_src``, ``wp_get_attachment_image``, ``wp_get_attachment_link``,
``get_children``/``get_posts`` for attachments and ``get_attached_media`` (wp-includes/media.php,
post.php, post-template.php; WordPress 7.1.4). Rows and meta come through callables so a REST
request's identity caches serve them; each query result's meta is loaded in one batch.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from broadsheet.storage.tables import WPTables

__all__ = ["DatabaseAttachments"]

_IMAGE_EXTENSIONS = ("jpg", "jpeg", "jpe", "gif", "png", "webp", "avif", "heic", "bmp", "ico", "tif", "tiff")


def _php_round(value: float) -> int:
    return int(math.floor(value + 0.5)) if value >= 0 else -int(math.floor(-value + 0.5))


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


@dataclass
class DatabaseAttachments:
    """An ``AttachmentSource`` over ``wp_posts``/``wp_postmeta`` for one request."""

    conn: Connection
    tables: WPTables
    options: Mapping[str, Any]
    #: ``get_post(id)`` through the request's identity cache (rows with WordPress's column names).
    get_post: Callable[[int], Any]
    #: ``{post_id: {meta_key: [raw values]}}`` loader for many ids at once.
    load_meta: Callable[[list[int]], dict[int, dict[str, list[Any]]]]
    #: ``get_permalink`` of a post row.
    permalink: Callable[[Any], str]
    #: Whether the caller may see a post's attachments (readable and not password-locked).
    readable: Callable[[int], bool] = lambda post_id: True
    #: Rows fetched by a query are handed to the identity cache.
    remember: Callable[[list[Any]], None] = lambda rows: None
    _meta: dict[int, dict[str, list[Any]]] = field(default_factory=dict)
    _queries: dict[tuple[Any, ...], list[int]] = field(default_factory=dict)
    _metadata: dict[int, dict[str, Any]] = field(default_factory=dict)

    # -- meta -----------------------------------------------------------------------------------
    def _prime(self, ids: list[int]) -> None:
        missing = [i for i in ids if i not in self._meta]
        if missing:
            self._meta.update(self.load_meta(missing))

    def _single(self, post_id: int, key: str) -> Any:
        self._prime([post_id])
        values = self._meta.get(post_id, {}).get(key) or []
        return values[0] if values else ""

    def metadata(self, attachment_id: int) -> dict[str, Any]:
        """``wp_get_attachment_metadata``: the unserialised ``_wp_attachment_metadata`` (``{}`` if none)."""
        from broadsheet.storage.phpserial import maybe_unserialize

        if attachment_id not in self._metadata:
            value = maybe_unserialize(self._single(attachment_id, "_wp_attachment_metadata"))
            self._metadata[attachment_id] = _plain(value) if isinstance(value, dict) else {}
        return self._metadata[attachment_id]

    def image_alt(self, attachment_id: int) -> str:
        """The image's alternative text (``_wp_attachment_image_alt``, tags stripped, trimmed)."""
        return _strip_tags(str(self._single(attachment_id, "_wp_attachment_image_alt") or "")).strip()

    def thumbnail_id(self, post_id: int) -> int:
        """``get_post_thumbnail_id``."""
        return _int(self._single(post_id, "_thumbnail_id"))

    # -- URLs -----------------------------------------------------------------------------------
    def uploads_baseurl(self) -> str:
        """``wp_get_upload_dir()['baseurl']``: ``upload_url_path`` or ``{siteurl}/wp-content/uploads``."""
        custom = str(self.options.get("upload_url_path") or "").rstrip("/")
        if custom:
            return custom
        return str(self.options.get("siteurl") or "").rstrip("/") + "/wp-content/uploads"

    def url(self, attachment_id: int) -> str:
        """``wp_get_attachment_url``: uploads URL of ``_wp_attached_file``, else the guid."""
        post = self.get_post(attachment_id)
        if post is None or post.post_type != "attachment":
            return ""
        file = str(self._single(attachment_id, "_wp_attached_file") or "")
        if file:
            if file.startswith(("http://", "https://")):
                return file
            return self.uploads_baseurl() + "/" + file
        return str(post.guid or "")

    def _is_image(self, attachment_id: int, url: str) -> bool:
        post = self.get_post(attachment_id)
        mime = str(getattr(post, "post_mime_type", "") or "")
        if mime.startswith("image/"):
            return True
        ext = url.rsplit(".", 1)[-1].lower() if "." in url else ""
        return ext in _IMAGE_EXTENSIONS

    def image_src(self, attachment_id: int, size: str) -> tuple[str, int, int] | None:
        """``wp_get_attachment_image_src`` (``image_downsize`` with the editor size constraint)."""
        url = self.url(attachment_id)
        if not url:
            return None
        meta = self.metadata(attachment_id)
        if not self._is_image(attachment_id, url):
            return None
        width = height = 0
        sizes = meta.get("sizes")
        data = sizes.get(size) if isinstance(sizes, dict) and isinstance(size, str) else None
        if isinstance(data, dict) and data.get("file"):
            basename = url.rsplit("/", 1)[-1]
            url = url[: len(url) - len(basename)] + str(data["file"])
            width, height = _int(data.get("width")), _int(data.get("height"))
        if not width and not height and "width" in meta and "height" in meta:
            width, height = _int(meta["width"]), _int(meta["height"])
        width, height = self._constrain_for_editor(width, height, size)
        return url, width, height

    def _constrain_for_editor(self, width: int, height: int, size: str) -> tuple[int, int]:
        """``image_constrain_size_for_editor`` for the registered sizes (no theme content width)."""
        from broadsheet.formatting.srcset import wp_constrain_dimensions

        names = {"thumb": "thumbnail", "thumbnail": "thumbnail", "medium": "medium",
                 "medium_large": "medium_large", "large": "large"}
        name = names.get(size)
        if name is None:
            if size in ("1536x1536", "2048x2048"):
                max_w = max_h = int(size.split("x")[0])
                return wp_constrain_dimensions(width, height, max_w, max_h)
            return width, height
        max_w = _int(self.options.get(f"{name}_size_w"))
        max_h = _int(self.options.get(f"{name}_size_h"))
        return wp_constrain_dimensions(width, height, max_w, max_h)

    # -- markup ---------------------------------------------------------------------------------
    def image(self, attachment_id: int, size: str = "thumbnail", attr: dict[str, str] | None = None) -> str:
        """``wp_get_attachment_image`` inside post content (loading attributes are left to the content filter)."""
        from broadsheet.formatting.escape import esc_attr
        from broadsheet.formatting.srcset import wp_calculate_image_srcset

        found = self.image_src(attachment_id, size)
        if found is None:
            return ""
        src, width, height = found
        attributes: dict[str, str] = {"src": src, "class": f"attachment-{size} size-{size}",
                                      "alt": self.image_alt(attachment_id)}
        for key, value in (attr or {}).items():
            attributes[key] = value
        if not attributes.get("srcset"):
            meta = self.metadata(attachment_id)
            if meta:
                settings = _UploadSettings(self.options)
                srcset = wp_calculate_image_srcset((abs(width), abs(height)), src, meta, settings)  # type: ignore[arg-type]
                sizes = f"(max-width: {width}px) 100vw, {width}px" if width else ""
                if srcset and (sizes or attributes.get("sizes")):
                    attributes["srcset"] = srcset
                    if not attributes.get("sizes"):
                        attributes["sizes"] = sizes
        hw = ""
        if width:
            hw += f'width="{width}" '
        if height:
            hw += f'height="{height}" '
        html = f"<img {hw}".rstrip()
        for name, value in attributes.items():
            html += f' {name}="{esc_attr(str(value))}"'
        return html + " />"

    def link(self, attachment_id: int, size: str = "thumbnail", permalink: bool = False,
             attr: dict[str, str] | None = None) -> str:
        """``wp_get_attachment_link``: the image (or title) linked to the file or the attachment page."""
        from broadsheet.formatting.escape import esc_html
        from broadsheet.formatting.urls import esc_url

        post = self.get_post(attachment_id)
        url = self.url(attachment_id) if post is not None and post.post_type == "attachment" else ""
        if not url:
            return "Missing Attachment"
        if permalink:
            url = self.permalink(post)
        text = self.image(attachment_id, size, attr) if size and size != "none" else ""
        if not text.strip():
            text = post.post_title
        if not text.strip():
            file = str(self._single(attachment_id, "_wp_attached_file") or "")
            name = file.rsplit("/", 1)[-1]
            text = esc_html(name.rsplit(".", 1)[0] if "." in name else name)
        return f"<a href='{esc_url(url)}'>{text}</a>"

    def mime_type_icon(self, attachment_id: int) -> str:
        """``wp_mime_type_icon($id, '.svg')`` for the default icon set."""
        post = self.get_post(attachment_id)
        mime = str(getattr(post, "post_mime_type", "") or "")
        kind = mime.split("/", 1)[0] if mime else "default"
        icon = {"audio": "audio", "video": "video", "image": "default", "text": "text",
                "application": "document"}.get(kind, "default")
        return str(self.options.get("siteurl") or "").rstrip("/") + f"/wp-includes/images/media/{icon}.svg"

    # -- queries --------------------------------------------------------------------------------
    def query(self, *, mime_type: str, order: str, orderby: str, include: str = "", exclude: str = "",
              parent: int | None = None) -> list[Any]:
        """``get_posts``/``get_children`` for inherit-status attachments of a MIME type (memoised)."""
        memo = (mime_type, order, orderby, include, exclude, parent)
        if memo in self._queries:
            return self._attachments(self._queries[memo])
        ids_in = _id_list(include)
        if include and not ids_in:
            return []
        ids_out = _id_list(exclude) if exclude else []
        by_parent = parent is not None and not include
        desc = order.upper() == "DESC"
        keys = tuple(orderby.split()) if orderby else ("menu_order", "ID")
        # post__in: the order of the ids, as ORDER BY FIELD/CASE would give (IDs are unique).
        in_given_order = keys == ("post__in",) and bool(ids_in)
        order_keys = None if in_given_order else keys
        shape = ("attachments", bool(mime_type), bool(ids_in), bool(ids_out), by_parent, order_keys, desc)
        stmt = self.tables.hot_select(shape, lambda: self._query_statement(
            bool(mime_type), bool(ids_in), bool(ids_out), by_parent, order_keys, desc))
        params: dict[str, Any] = {}
        if mime_type:
            params["mime"] = mime_type.replace("%", "") + ("/%" if "/" not in mime_type else "")
        if ids_in:
            params["ids_in"] = ids_in
        if ids_out:
            params["ids_out"] = ids_out
        if by_parent:
            params["parent"] = parent
        from broadsheet.query.post_rows import POST_COLUMNS, post_from_row

        rows = [post_from_row(dict(zip(POST_COLUMNS, row))) for row in stmt.rows(self.conn, params)]
        if in_given_order:
            position = {pid: i for i, pid in enumerate(ids_in)}
            rows.sort(key=lambda row: position[row.ID])
        self.remember(rows)
        self._queries[memo] = [r.ID for r in rows]
        return self._attachments(self._queries[memo])

    def _query_statement(self, mime: bool, ids_in: bool, ids_out: bool, by_parent: bool,
                         keys: tuple[str, ...] | None, desc: bool) -> Any:
        """``query``'s statement for one shape, its values in bind parameters (built once per shape)."""
        from sqlalchemy import bindparam

        from broadsheet.query.post_rows import post_columns

        p = self.tables.posts
        stmt = select(*post_columns(self.tables)).where(p.c.post_type == "attachment", p.c.post_status == "inherit")
        if mime:
            stmt = stmt.where(p.c.post_mime_type.like(bindparam("mime")))
        if ids_in:
            stmt = stmt.where(p.c.ID.in_(bindparam("ids_in", expanding=True)))
        if ids_out:
            stmt = stmt.where(p.c.ID.not_in(bindparam("ids_out", expanding=True)))
        if by_parent:
            stmt = stmt.where(p.c.post_parent == bindparam("parent"))
        if keys is None:
            return stmt  # post__in: ordered in Python
        columns = {"menu_order": p.c.menu_order, "ID": p.c.ID, "id": p.c.ID, "date": p.c.post_date,
                   "post_date": p.c.post_date, "title": p.c.post_title, "post_title": p.c.post_title,
                   "name": p.c.post_name, "modified": p.c.post_modified}
        order_cols = [(column.desc() if desc else column.asc()) for key in keys
                      if (column := columns.get(key)) is not None]
        if not order_cols:
            order_cols = [p.c.post_date.desc() if desc else p.c.post_date.asc()]
        return stmt.order_by(*order_cols)

    def attached_media(self, kind: str, post_id: int) -> list[Any]:
        """``get_attached_media``: children of ``post_id`` whose MIME type starts with ``kind``."""
        return self.query(mime_type=kind, order="ASC", orderby="menu_order", parent=post_id)

    def parent_is_readable(self, post_id: int) -> bool:
        return self.readable(post_id)

    def _attachments(self, ids: list[int]) -> list[Any]:
        from broadsheet.formatting.media_shortcodes import Attachment

        self._prime(ids)
        out = []
        for i in ids:
            post = self.get_post(i)
            if post is None:
                continue
            out.append(Attachment(id=post.ID, title=post.post_title, excerpt=post.post_excerpt,
                                  content=post.post_content, mime_type=post.post_mime_type))
        return out


@dataclass(frozen=True)
class _UploadSettings:
    """The settings ``wp_calculate_image_srcset`` reads (the site URL for the uploads base)."""

    options: Mapping[str, Any]

    @property
    def siteurl(self) -> str:
        return str(self.options.get("siteurl") or "")

    @property
    def home(self) -> str:
        return str(self.options.get("home") or "")


def _strip_tags(text: str) -> str:
    import re

    return re.sub(r"<[^>]*>", "", text)


def _id_list(value: str) -> list[int]:
    import re

    return [int(v) for v in re.split(r"[\s,]+", str(value)) if v.strip().lstrip("-").isdigit() and int(v) > 0]


def _plain(value: Any) -> Any:
    """PHP arrays as Python: int-keyed maps stay dicts (sizes are keyed by name anyway)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
