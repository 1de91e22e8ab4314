"""The oEmbed response of one of this site's posts: ``get_oembed_response_data`` and its rich part.

Port of ``get_oembed_response_data``, ``get_oembed_response_data_rich``, ``get_post_embed_html``,
``get_post_embed_url`` (wp-includes/embed.php) and the array-size branch of
``image_downsize``/``image_get_intermediate_size`` (wp-includes/media.php), WordPress 7.1.4.
The embed HTML carries a random 10-character secret (``wp_generate_password(10, false)``) and
WordPress's ``wp-embed.min.js`` inline, byte for byte.
"""

from __future__ import annotations

import math
import secrets
import string
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import select

from broadsheet.content.url_to_post import PostUrlResolver
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.media_urls import add_query_arg, wp_check_filetype
from broadsheet.formatting.srcset import wp_constrain_dimensions, wp_image_matches_ratio
from broadsheet.formatting.urls import esc_url, esc_url_raw
from broadsheet.rest.controllers.post_data import PostData, php_int
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest

__all__ = ["oembed_response_data", "post_id_for_url", "get_the_title", "DEFAULT_WIDTH"]

#: ``oembed_default_width``.
DEFAULT_WIDTH = 600
#: ``oembed_min_max_width``.
_MIN_WIDTH, _MAX_WIDTH = 200, 600
_SECRET_ALPHABET = string.ascii_letters + string.digits
_IMAGE_EXTENSIONS = ("jpg", "jpeg", "jpe", "gif", "png", "webp", "avif")


@cache
def _embed_script() -> str:
    """``wp-includes/js/wp-embed.min.js`` of WordPress 7.1.4, trimmed as ``get_post_embed_html`` reads it."""
    return resources.files("broadsheet.content").joinpath("assets/wp-embed.min.js").read_text("utf-8").strip()


def post_id_for_url(request: RestRequest, url: str) -> int:
    """``url_to_postid`` for the caller (its singular query hides what the caller may not see)."""
    resolver = PostUrlResolver(
        conn=request.ctx.conn, tables=request.site.db.tables, options=request.ctx.options,
        user_can=lambda cap, post_id: current_user_can(request, cap, post_id),
        logged_in=request.user is not None)
    post_id = resolver.url_to_postid(url)
    return php_int(request.site.hooks.apply_filters("oembed_request_post_id", post_id, url))


def _publicly_viewable_and_embeddable(data: PostData, post: Any) -> bool:
    """``is_post_publicly_viewable`` and ``is_post_embeddable`` (``embeddable`` defaults to ``public``)."""
    post_type = data.site.post_types.get(post.post_type)
    if post_type is None or not post_type.viewable:
        return False
    if data.effective_status(post) != "publish":
        return False
    return bool(getattr(post_type, "embeddable", post_type.public))


def oembed_response_data(request: RestRequest, post_id: int, width: Any) -> dict[str, Any] | None:
    """The oEmbed fields of post ``post_id`` at ``width`` (clamped to 200–600), or None when not embeddable."""
    data = PostData.of(request)
    post = data.post(post_id)
    if post is None or not _publicly_viewable_and_embeddable(data, post):
        return None
    width = min(max(abs(php_int(width)), _MIN_WIDTH), _MAX_WIDTH)
    height = max(math.ceil(width / 16 * 9), 200)
    options = request.ctx.options
    home = str(options.get("home") or "").rstrip("/")
    blogname = str(options.get("blogname") or "")
    title = get_the_title(request, data, post)
    out: dict[str, Any] = {
        "version": "1.0", "provider_name": blogname, "provider_url": home,
        "author_name": blogname, "author_url": home, "title": title, "type": "link",
    }
    author = _author(data, post.post_author)
    if author is not None:
        out["author_name"] = author[0]
        out["author_url"] = _author_url(data, post.post_author, author[1])
    return _rich(request, data, post, out, width, height, title, blogname)


def _rich(request: RestRequest, data: PostData, post: Any, out: dict[str, Any], width: int, height: int,
          title: str, blogname: str) -> dict[str, Any]:
    """``get_oembed_response_data_rich``: size, embed HTML and the thumbnail of the featured image."""
    out["width"], out["height"], out["type"] = width, height, "rich"
    out["html"] = _embed_html(request, data, post, width, height, title, blogname)
    thumbnail_id = data.thumbnail_id(post.ID) if post.post_type != "attachment" else 0
    if post.post_type == "attachment":
        if _attachment_is(data, post, "image"):
            thumbnail_id = post.ID
        elif _attachment_is(data, post, "video"):
            thumbnail_id = data.thumbnail_id(post.ID)
            out["type"] = "video"
    if thumbnail_id:
        src = _image_src_for_width(data, thumbnail_id, width)
        if src is not None:
            out["thumbnail_url"], out["thumbnail_width"], out["thumbnail_height"] = src
    return out


def get_the_title(request: RestRequest, data: PostData, post: Any) -> str:
    """``get_the_title`` outside the admin: password-protected titles get the ``Protected:`` prefix."""
    from broadsheet.formatting.chains import render_title

    title = post.post_title
    if post.post_password:
        title = f"Protected: {title}"
    elif post.post_status == "private":
        title = f"Private: {title}"
    return render_title(title, data.render_context(post), request.site.hooks)


def _author(data: PostData, user_id: int) -> tuple[str, str] | None:
    """``(display_name, user_nicename)`` of the post's author, None when there is no such user."""
    users = data.tables.users
    row = data.conn.execute(
        select(users.c.display_name, users.c.user_nicename).where(users.c.ID == user_id)).first()
    if row is None:
        return None
    data.nicenames[user_id] = str(row.user_nicename or "")
    return str(row.display_name or ""), str(row.user_nicename or "")


def _author_url(data: PostData, user_id: int, nicename: str) -> str:
    """``get_author_posts_url``."""
    from broadsheet.content.permalinks import author_link

    return author_link(data.permalinks(), user_id, nicename)


def _embed_url(request: RestRequest, data: PostData, post: Any) -> str:
    """``get_post_embed_url``: ``{permalink}embed/``, or ``?embed=true`` without pretty links or on a path clash."""
    permalink = data.permalink(post)
    options = request.ctx.options
    structure = str(options.get("permalink_structure") or "")
    embed_url = permalink.rstrip("/") + "/" + ("embed/" if structure.endswith("/") else "embed")
    home = str(options.get("home") or "").rstrip("/")
    conflict = 0
    if structure:
        resolver = PostUrlResolver(conn=data.conn, tables=data.tables, options=options)
        public_types = tuple(t.name for t in request.site.post_types.all() if t.public)
        conflict = resolver.get_page_by_path(embed_url.replace(home, ""), public_types)
    if not structure or conflict:
        embed_url = add_query_arg("embed", "true", permalink)
    return esc_url_raw(embed_url)


def _embed_html(request: RestRequest, data: PostData, post: Any, width: int, height: int, title: str,
                blogname: str) -> str:
    """``get_post_embed_html``: the blockquote fallback, the sandboxed iframe and the host script."""
    secret = "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(10))
    embed_url = _embed_url(request, data, post) + f"#?secret={secret}"
    output = (f'<blockquote class="wp-embedded-content" data-secret="{esc_attr(secret)}">'
              f'<a href="{esc_url(data.permalink(post))}">{title}</a></blockquote>')
    iframe_title = esc_attr(f"&#8220;{title}&#8221; &#8212; {blogname}")
    output += (f'<iframe sandbox="allow-scripts" security="restricted" src="{esc_url(embed_url)}" '
               f'width="{width}" height="{height}" title="{iframe_title}" data-secret="{esc_attr(secret)}" '
               'frameborder="0" marginwidth="0" marginheight="0" scrolling="no" class="wp-embedded-content">'
               '</iframe>')
    siteurl = str(request.ctx.options.get("siteurl") or "").rstrip("/")
    script = _embed_script() + "\n//# sourceURL=" + esc_url_raw(f"{siteurl}/wp-includes/js/wp-embed.min.js")
    output += f"<script>\n{script}\n</script>\n"
    return str(request.site.hooks.apply_filters("embed_html", output, post, width, height))


# -- the thumbnail: image_downsize($id, [$width, 0]) ------------------------------------------------
def _attachment_is(data: PostData, post: Any, kind: str) -> bool:
    """``wp_attachment_is``: by MIME type, else by the attached file's extension."""
    file = data.meta_single(post.ID, "_wp_attached_file")
    if not file:
        return False
    if str(post.post_mime_type or "").startswith(kind + "/"):
        return True
    ext, _ = wp_check_filetype(file)
    if not ext:
        return False
    if post.post_mime_type != "import":
        return kind == ext
    return kind == "image" and ext in _IMAGE_EXTENSIONS


def _image_src_for_width(data: PostData, attachment_id: int, width: int) -> tuple[str, int, int] | None:
    """``wp_get_attachment_image_src($id, [$width, 0])``: the smallest fitting size, constrained to ``width``."""
    attachment = data.post(attachment_id)
    if attachment is None or attachment.post_type != "attachment":
        return None
    source = data.attachment_source()
    url = source.url(attachment_id)
    meta = source.metadata(attachment_id)
    basename = url.rsplit("/", 1)[-1]
    img_w = img_h = 0
    if not _attachment_is(data, attachment, "image"):
        full = (meta.get("sizes") or {}).get("full") if isinstance(meta.get("sizes"), dict) else None
        if not isinstance(full, dict):
            return None
        url = url[: len(url) - len(basename)] + str(full.get("file", ""))
        basename = str(full.get("file", ""))
        img_w, img_h = php_int(full.get("width")), php_int(full.get("height"))
    intermediate = _intermediate_size(meta, (width, 0))
    if intermediate is not None:
        url = url.replace(basename, str(intermediate["file"])) if basename else url
        img_w, img_h = intermediate["width"], intermediate["height"]
    if not img_w and not img_h and "width" in meta and "height" in meta:
        img_w, img_h = php_int(meta["width"]), php_int(meta["height"])
    if not url:
        return None
    img_w, img_h = wp_constrain_dimensions(img_w, img_h, width, 0)
    return url, img_w, img_h


def _intermediate_size(meta: dict[str, Any], size: tuple[int, int]) -> dict[str, Any] | None:
    """``image_get_intermediate_size`` for an array size: same-ratio sizes at least as big, smallest first."""
    sizes = meta.get("sizes")
    if not isinstance(sizes, dict) or not sizes:
        return None
    full_w, full_h = php_int(meta.get("width")), php_int(meta.get("height"))
    if "file" not in meta and isinstance(sizes.get("full"), dict):
        full_w, full_h = php_int(sizes["full"].get("width")), php_int(sizes["full"].get("height"))
    candidates: dict[int, dict[str, Any]] = {}
    for entry in sizes.values():
        if not isinstance(entry, dict):
            continue
        w, h = php_int(entry.get("width")), php_int(entry.get("height"))
        if w == size[0] and h == size[1]:
            candidates[w * h] = entry
            break
        if w >= size[0] and h >= size[1]:
            if size[0] == 0 or size[1] == 0:
                same = wp_image_matches_ratio(w, h, full_w, full_h)
            else:
                same = wp_image_matches_ratio(w, h, size[0], size[1])
            if same:
                candidates[w * h] = entry
    chosen: dict[str, Any] | None
    if candidates:
        chosen = candidates[min(candidates)]
    else:
        thumb = sizes.get("thumbnail")
        if isinstance(thumb, dict) and size[0] <= php_int(thumb.get("width")) and size[1] <= php_int(
                thumb.get("width")):
            chosen = thumb
        else:
            return None
    if not chosen.get("file"):
        return None
    w, h = wp_constrain_dimensions(php_int(chosen.get("width")), php_int(chosen.get("height")), size[0], size[1])
    return {"file": chosen["file"], "width": w, "height": h}
