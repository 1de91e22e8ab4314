"""The list-type media shortcodes: ``[gallery]`` and ``[playlist]`` markup.

Ports of ``gallery_shortcode`` and ``wp_playlist_shortcode`` from ``wp-includes/media.php``
(WordPress 7.1.4), called by the handlers in ``media_shortcodes``. The attachments, their links
and images come from the handlers' ``AttachmentSource``.
"""

from __future__ import annotations

import json
import math
import re
from typing import TYPE_CHECKING, Any

from broadsheet.formatting.media_urls import wp_check_filetype
from broadsheet.formatting.sanitize import sanitize_html_class
from broadsheet.formatting.shortcodes import shortcode_atts

if TYPE_CHECKING:
    from broadsheet.formatting.media_shortcodes import Attachment, _MediaShortcodes

__all__ = ["render_gallery", "render_playlist", "tag_escape"]

_PHP_TRIM = " \t\n\r\0\x0b"
# WordPress's class is [^a-zA-Z0-9-_:], in which "9-_" is a range (":" … "_" included).
_NOT_TAG_CHAR = re.compile(r"[^a-zA-Z0-9-_:]")


def tag_escape(tag_name: str) -> str:
    """An HTML tag name reduced to safe characters and lowercased (``tag_escape``)."""
    return _NOT_TAG_CHAR.sub("", tag_name).lower()


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value not in ("", "0")
    return bool(value)


def _select(handlers: _MediaShortcodes, atts: dict[str, Any], mime_type: str) -> tuple[list[Attachment], int | None]:
    """The attachments a gallery or playlist lists, and the parent post id whose access counts."""
    source = handlers.attachments
    parent = int(_leading_int(atts["id"]))
    order, orderby = str(atts["order"]), str(atts["orderby"])
    if _truthy(atts["include"]):
        return source.query(mime_type=mime_type, order=order, orderby=orderby, include=str(atts["include"])), None
    if _truthy(atts["exclude"]):
        found = source.query(mime_type=mime_type, order=order, orderby=orderby, parent=parent,
                             exclude=str(atts["exclude"]))
        return found, parent
    return source.query(mime_type=mime_type, order=order, orderby=orderby, parent=parent), parent


_LEADING_INT = re.compile(r"[ \t\n\r\x0b\f]*([+-]?\d+)")


def _leading_int(value: Any) -> int:
    match = _LEADING_INT.match(str(value))
    return int(match.group(1)) if match else 0


def _with_ids(attr: dict[str | int, Any]) -> dict[str | int, Any]:
    """'ids' means 'include', ordered as listed unless an order is given."""
    attr = dict(attr)
    if _truthy(attr.get("ids", "")):
        if not _truthy(attr.get("orderby", "")):
            attr["orderby"] = "post__in"
        attr["include"] = attr["ids"]
    return attr


def render_gallery(handlers: _MediaShortcodes, attr: dict[str | int, Any], instance: int) -> str:
    """``gallery_shortcode`` output for one ``[gallery]``."""
    from broadsheet.formatting.kses import wp_kses_allowed_html
    from broadsheet.formatting.texturize import wptexturize

    attr = _with_ids(attr)
    output = handlers._filter("post_gallery", "", attr, instance)
    if output:
        return str(output)
    html5 = handlers.html5
    atts = shortcode_atts(
        {"order": "ASC", "orderby": "menu_order ID", "id": handlers.state.post_id,
         "itemtag": "figure" if html5 else "dl", "icontag": "div" if html5 else "dt",
         "captiontag": "figcaption" if html5 else "dd", "columns": 3, "size": "thumbnail",
         "include": "", "exclude": "", "link": ""},
        attr, "gallery", handlers.hooks,
    )
    post_id = _leading_int(atts["id"])
    attachments, parent = _select(handlers, atts, "image")
    if parent and not handlers.attachments.parent_is_readable(parent):
        return ""
    if not attachments:
        return ""
    size = str(atts["size"])
    source = handlers.attachments

    if handlers.state.is_feed:
        out = "\n"
        for attachment in attachments:
            if _truthy(atts["link"]):
                if atts["link"] == "none":
                    out += source.image(attachment.id, size, None)
                else:
                    out += source.link(attachment.id, size, permalink=False)
            else:
                out += source.link(attachment.id, size, permalink=True)
            out += "\n"
        return out

    valid = wp_kses_allowed_html("post")
    itemtag = tag_escape(str(atts["itemtag"]))
    captiontag = tag_escape(str(atts["captiontag"]))
    icontag = tag_escape(str(atts["icontag"]))
    itemtag = itemtag if itemtag in valid else "dl"
    captiontag = captiontag if captiontag in valid else "dd"
    icontag = icontag if icontag in valid else "dt"

    columns = _leading_int(atts["columns"])
    itemwidth = math.floor(100 / columns) if columns > 0 else 100
    float_side = "right" if handlers.is_rtl else "left"
    selector = f"gallery-{instance}"
    gallery_style = ""
    if handlers._filter("use_default_gallery_style", not html5):
        gallery_style = (
            f"\n\t\t<style>\n\t\t\t#{selector} {{\n\t\t\t\tmargin: auto;\n\t\t\t}}\n"
            f"\t\t\t#{selector} .gallery-item {{\n\t\t\t\tfloat: {float_side};\n\t\t\t\tmargin-top: 10px;\n"
            f"\t\t\t\ttext-align: center;\n\t\t\t\twidth: {itemwidth}%;\n\t\t\t}}\n"
            f"\t\t\t#{selector} img {{\n\t\t\t\tborder: 2px solid #cfcfcf;\n\t\t\t}}\n"
            f"\t\t\t#{selector} .gallery-caption {{\n\t\t\t\tmargin-left: 0;\n\t\t\t}}\n"
            "\t\t\t/* see gallery_shortcode() in wp-includes/media.php */\n\t\t</style>\n\t\t"
        )
    size_class = sanitize_html_class(size)
    gallery_div = (f"<div id='{selector}' class='gallery galleryid-{post_id} gallery-columns-{columns} "
                   f"gallery-size-{size_class}'>")
    out = str(handlers._filter("gallery_style", gallery_style + gallery_div))

    count = 0
    for attachment in attachments:
        caption = attachment.excerpt.strip(_PHP_TRIM)
        image_attr = {"aria-describedby": f"{selector}-{attachment.id}"} if caption else None
        if atts["link"] == "file":
            image_output = source.link(attachment.id, size, permalink=False, attr=image_attr)
        elif atts["link"] == "none":
            image_output = source.image(attachment.id, size, image_attr)
        else:
            image_output = source.link(attachment.id, size, permalink=True, attr=image_attr)
        meta = source.metadata(attachment.id)
        orientation = ""
        if meta.get("height") is not None and meta.get("width") is not None:
            orientation = "portrait" if meta["height"] > meta["width"] else "landscape"
        out += f"<{itemtag} class='gallery-item'>"
        out += f"\n\t\t\t<{icontag} class='gallery-icon {orientation}'>\n\t\t\t\t{image_output}\n\t\t\t</{icontag}>"
        if captiontag and caption:
            out += (f"\n\t\t\t\t<{captiontag} class='wp-caption-text gallery-caption' id='{selector}-{attachment.id}'>"
                    f"\n\t\t\t\t{wptexturize(attachment.excerpt)}\n\t\t\t\t</{captiontag}>")
        out += f"</{itemtag}>"
        if not html5 and columns > 0:
            count += 1
            if count % columns == 0:
                out += '<br style="clear: both" />'
    if not html5 and columns > 0 and count % columns != 0:
        out += "\n\t\t\t<br style='clear: both' />"
    return out + "\n\t\t</div>\n"


_ID3_KEYS = ("artist", "album", "genre", "year", "length_formatted")


def _json_for_script(data: Any) -> str:
    """``wp_json_encode($data, JSON_HEX_TAG | JSON_UNESCAPED_SLASHES)``."""
    encoded = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return encoded.replace("<", "\\u003C").replace(">", "\\u003E")


def render_playlist(handlers: _MediaShortcodes, attr: dict[str | int, Any], instance: int) -> str:
    """``wp_playlist_shortcode`` output for one ``[playlist]``."""
    from broadsheet.formatting.media_shortcodes import _esc_attr, _php_round, wp_validate_boolean

    attr = _with_ids(attr)
    output = handlers._filter("post_playlist", "", attr, instance)
    if output:
        return str(output)
    atts = shortcode_atts(
        {"type": "audio", "order": "ASC", "orderby": "menu_order ID", "id": handlers.state.post_id,
         "include": "", "exclude": "", "style": "light", "tracklist": True, "tracknumbers": True,
         "images": True, "artists": True},
        attr, "playlist", handlers.hooks,
    )
    if atts["type"] != "audio":
        atts["type"] = "video"
    attachments, parent = _select(handlers, atts, atts["type"])
    if parent and not handlers.attachments.parent_is_readable(parent):
        return ""
    if not attachments:
        return ""
    source = handlers.attachments
    if handlers.state.is_feed:
        return "\n" + "".join(source.link(a.id) + "\n" for a in attachments)

    default_width, default_height = 640, 360
    content_width = handlers.content_width
    theme_width = content_width - 22 if content_width else default_width
    # PHP's round() returns a float, which the JSON keeps as e.g. 338.0.
    theme_height: float = _php_round(default_height * theme_width / default_width) if content_width else default_height
    data: dict[str, Any] = {
        "type": atts["type"],
        "tracklist": wp_validate_boolean(atts["tracklist"]),
        "tracknumbers": wp_validate_boolean(atts["tracknumbers"]),
        "images": wp_validate_boolean(atts["images"]),
        "artists": wp_validate_boolean(atts["artists"]),
    }
    tracks = []
    for attachment in attachments:
        url = source.url(attachment.id)
        track: dict[str, Any] = {"src": url, "type": wp_check_filetype(url)[1] or False,
                                 "title": attachment.title, "caption": attachment.excerpt,
                                 "description": attachment.content, "meta": {}}
        meta = source.metadata(attachment.id)
        if meta:
            track["meta"] = {key: meta[key] for key in _ID3_KEYS if _truthy(meta.get(key))}
            if atts["type"] == "video":
                if _truthy(meta.get("width")) and _truthy(meta.get("height")):
                    width, height = meta["width"], meta["height"]
                    theme_height = _php_round(height * theme_width / width)
                else:
                    width, height = default_width, default_height
                track["dimensions"] = {"original": {"width": width, "height": height},
                                       "resized": {"width": theme_width, "height": theme_height}}
        if _truthy(atts["images"]):
            thumb_id = source.thumbnail_id(attachment.id)
            if thumb_id:
                for key, size in (("image", "full"), ("thumb", "thumbnail")):
                    found = source.image_src(thumb_id, size)
                    if found is not None:
                        track[key] = {"src": found[0], "width": found[1], "height": found[2]}
            else:
                icon = {"src": source.mime_type_icon(attachment.id), "width": 48, "height": 64}
                track["image"] = dict(icon)
                track["thumb"] = dict(icon)
        if not track["meta"]:
            track["meta"] = []  # PHP's empty array encodes as []
        tracks.append(track)
    data["tracks"] = tracks

    safe_type = _esc_attr(str(atts["type"]))
    safe_style = _esc_attr(str(atts["style"]))
    handlers.state.playlist_scripts_loaded = True
    out = f'<div class="wp-playlist wp-{safe_type}-playlist wp-playlist-{safe_style}">\n\t'
    if atts["type"] == "audio":
        out += '\t\t<div class="wp-playlist-current-item"></div>\n\t'
    out += f'\t<{safe_type} controls="controls" preload="none" width="{int(theme_width)}"\n\t\t'
    if safe_type == "video":
        out += f' height="{int(theme_height)}"'
    out += f"\t></{safe_type}>\n\t<div class=\"wp-playlist-next\"></div>\n\t<div class=\"wp-playlist-prev\"></div>\n"
    out += "\t<noscript>\n\t<ol>\n\t\t"
    out += "".join(f"<li>{source.link(a.id)}</li>" for a in attachments)
    out += "\t</ol>\n\t</noscript>\n\t"
    out += f'<script type="application/json" class="wp-playlist-script">{_json_for_script(data)}</script>\n</div>\n\t'
    return out
