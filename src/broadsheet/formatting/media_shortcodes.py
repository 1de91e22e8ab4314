"""Core's media shortcodes: ``[caption]``, ``[audio]``, ``[video]``, ``[gallery]``, ``[playlist]``.

Ports of ``img_caption_shortcode``, ``wp_audio_shortcode``, ``wp_video_shortcode``,
``gallery_shortcode`` and ``wp_playlist_shortcode`` from ``wp-includes/media.php``
(WordPress 7.1.4). WordPress keeps per-request counters in ``static`` variables (the ``1`` in
``audio-100-1`` and in ``?_=1``); here they live in a ``MediaRenderState`` made per render.
Attachments are read through the ``AttachmentSource`` protocol, which storage implements; the
default ``NoAttachments`` finds none (as in the vectors' fresh install).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from broadsheet.formatting.media_urls import add_query_arg, remove_query_arg, set_url_scheme, wp_check_filetype
from broadsheet.formatting.sanitize import sanitize_html_class
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings
from broadsheet.formatting.shortcodes import ShortcodeRegistry, shortcode_atts

if TYPE_CHECKING:
    from broadsheet.hooks.registry import Hooks

__all__ = [
    "Attachment",
    "AttachmentSource",
    "MediaRenderState",
    "NoAttachments",
    "core_shortcodes",
    "do_shortcode_for_vectors",
    "wp_get_audio_extensions",
    "wp_get_video_extensions",
    "wp_mediaelement_fallback",
    "wp_validate_boolean",
]

AUDIO_EXTENSIONS = ("mp3", "ogg", "flac", "m4a", "wav")
VIDEO_EXTENSIONS = ("mp4", "m4v", "webm", "ogv", "flv")
_PHP_TRIM = " \t\n\r\0\x0b"


def wp_get_audio_extensions() -> list[str]:
    """Audio formats the ``[audio]`` shortcode plays (``wp_get_audio_extensions``)."""
    return list(AUDIO_EXTENSIONS)


def wp_get_video_extensions() -> list[str]:
    """Video formats the ``[video]`` shortcode plays (``wp_get_video_extensions``)."""
    return list(VIDEO_EXTENSIONS)


@dataclass(frozen=True)
class Attachment:
    """The fields of an attachment post the media shortcodes read."""

    id: int
    title: str = ""
    excerpt: str = ""  #: the caption
    content: str = ""  #: the description
    mime_type: str = ""


class AttachmentSource(Protocol):
    """Where the media shortcodes find attachments (filled in by storage)."""

    def query(self, *, mime_type: str, order: str, orderby: str, include: str = "",
              exclude: str = "", parent: int | None = None) -> list[Attachment]:
        """``get_posts``/``get_children`` for attachments (``include`` and ``exclude`` are id lists)."""
        ...

    def attached_media(self, kind: str, post_id: int) -> list[Attachment]:
        """``get_attached_media(kind, post_id)``: media of ``kind`` attached to the post."""
        ...

    def parent_is_readable(self, post_id: int) -> bool:
        """Whether the current user may see the post's attachments (readable, no password)."""
        ...

    def url(self, attachment_id: int) -> str:
        """``wp_get_attachment_url``."""
        ...

    def metadata(self, attachment_id: int) -> dict[str, Any]:
        """``wp_get_attachment_metadata``."""
        ...

    def link(self, attachment_id: int, size: str = "thumbnail", permalink: bool = False,
             attr: dict[str, str] | None = None) -> str:
        """``wp_get_attachment_link`` markup."""
        ...

    def image(self, attachment_id: int, size: str = "thumbnail", attr: dict[str, str] | None = None) -> str:
        """``wp_get_attachment_image`` markup."""
        ...

    def image_src(self, attachment_id: int, size: str) -> tuple[str, int, int] | None:
        """``wp_get_attachment_image_src``."""
        ...

    def thumbnail_id(self, post_id: int) -> int:
        """``get_post_thumbnail_id`` (0 if none)."""
        ...

    def mime_type_icon(self, attachment_id: int) -> str:
        """``wp_mime_type_icon($id, '.svg')``."""
        ...


class NoAttachments:
    """An ``AttachmentSource`` with no attachments at all (a fresh install)."""

    def query(self, **_: Any) -> list[Attachment]:
        """No attachments match."""
        return []

    def attached_media(self, kind: str, post_id: int) -> list[Attachment]:
        """Nothing is attached."""
        return []

    def parent_is_readable(self, post_id: int) -> bool:
        """Every post is readable."""
        return True

    def url(self, attachment_id: int) -> str:
        """No URL."""
        return ""

    def metadata(self, attachment_id: int) -> dict[str, Any]:
        """No metadata."""
        return {}

    def link(self, attachment_id: int, size: str = "thumbnail", permalink: bool = False,
             attr: dict[str, str] | None = None) -> str:
        """``wp_get_attachment_link`` for a missing attachment."""
        return "Missing Attachment"

    def image(self, attachment_id: int, size: str = "thumbnail", attr: dict[str, str] | None = None) -> str:
        """No image."""
        return ""

    def image_src(self, attachment_id: int, size: str) -> tuple[str, int, int] | None:
        """No image."""
        return None

    def thumbnail_id(self, post_id: int) -> int:
        """No thumbnail."""
        return 0

    def mime_type_icon(self, attachment_id: int) -> str:
        """No icon."""
        return ""


@dataclass
class MediaRenderState:
    """Per-render state WordPress keeps in globals and statics: the post and instance counters."""

    post_id: int = 0
    is_feed: bool = False
    instances: dict[str, int] = field(default_factory=dict)  # a dict, not a Counter: made per request
    playlist_scripts_loaded: bool = False
    used_ids: set[str] = field(default_factory=set)

    def next_instance(self, kind: str) -> int:
        """Count one more ``kind`` shortcode (audio, video, gallery, playlist) and return its number."""
        count = self.instances[kind] = self.instances.get(kind, 0) + 1
        return count

    def unique_id(self, value: str) -> str:
        """``value`` the first time, then ``value-2``, ``value-3`` … so element ids stay unique."""
        candidate, suffix = value, 1
        while candidate in self.used_ids:
            suffix += 1
            candidate = f"{value}-{suffix}"
        self.used_ids.add(candidate)
        return candidate


def wp_validate_boolean(value: Any) -> bool:
    """PHP truthiness, except that the string 'false' (any case) is false (``wp_validate_boolean``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() == "false":
        return False
    return _php_truthy(value)


def _php_truthy(value: Any) -> bool:
    """PHP's ``(bool)``: '' and '0' are false for strings."""
    if isinstance(value, str):
        return value not in ("", "0")
    return bool(value)


_LEADING_INT = re.compile(r"[ \t\n\r\x0b\f]*([+-]?\d+)")
_LEADING_NUMBER = re.compile(r"[ \t\n\r\x0b\f]*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")
_HOST_AND_PATH = re.compile(r"^[^:/?#]+://([^/?#]*)([^?#]*)")


def _php_int(value: Any) -> int:
    """PHP's ``(int)`` cast: leading digits of a string, 0 otherwise."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    match = _LEADING_INT.match(str(value))
    return int(match.group(1)) if match else 0


def _esc_attr(text: str) -> str:
    from broadsheet.formatting.escape import esc_attr

    return esc_attr(text)


def _esc_html(text: str) -> str:
    from broadsheet.formatting.escape import esc_html

    return esc_html(text)


def _esc_url(url: str) -> str:
    from broadsheet.formatting.urls import esc_url

    return esc_url(url)


def wp_mediaelement_fallback(url: str) -> str:
    """The no-JavaScript link inside ``<audio>``/``<video>`` (``wp_mediaelement_fallback``)."""
    escaped = _esc_url(url)
    return f'<a href="{escaped}">{escaped}</a>'


def _as_atts(attr: Any) -> dict[str | int, Any]:
    """Shortcode attributes as a dict (a shortcode without attributes passes '')."""
    return dict(attr) if isinstance(attr, dict) else {}


# -- [caption] ---------------------------------------------------------------------------------
_CAPTIONED_IMAGE = re.compile(r"((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*)", re.IGNORECASE | re.DOTALL | re.ASCII)


@dataclass
class _MediaShortcodes:
    """Core's media handlers bound to one registry, render state and attachment source."""

    registry: ShortcodeRegistry
    state: MediaRenderState
    settings: FormattingSettings
    attachments: AttachmentSource
    hooks: Hooks | None = None
    html5: bool = True
    content_width: int | None = None
    is_rtl: bool = False

    def _filter(self, name: str, value: Any, *args: Any) -> Any:
        return value if self.hooks is None else self.hooks.apply_filters(name, value, *args)

    def img_caption_shortcode(self, attr: Any, content: str = "", tag: str = "caption") -> str:
        """A captioned image: ``<figure … class="wp-caption …">…<figcaption>`` (``img_caption_shortcode``)."""
        atts_in = _as_atts(attr)
        if "caption" not in atts_in:
            # Text before the (linked) image is dropped, as WordPress's unanchored preg_match does.
            match = _CAPTIONED_IMAGE.search(content) if content else None
            if match is not None:
                content = match.group(1)
                atts_in["caption"] = match.group(2).strip(_PHP_TRIM)
        elif "<" in str(atts_in["caption"]):
            from broadsheet.formatting.kses import wp_kses

            atts_in["caption"] = wp_kses(str(atts_in["caption"]), "post")

        output = self._filter("img_caption_shortcode", "", atts_in, content)
        if output:
            return str(output)

        atts = shortcode_atts(
            {"id": "", "caption_id": "", "align": "alignnone", "width": "", "caption": "", "class": ""},
            atts_in, "caption", self.hooks,
        )
        width = _php_int(atts["width"])
        if width < 1 or not _php_truthy(atts["caption"]):
            return content

        id_attr = caption_id_attr = describedby = ""
        if _php_truthy(atts["id"]):
            # WordPress 7.1 keeps figure ids unique on a page (a repeated id gets "-2", "-3" …).
            atts["id"] = self.state.unique_id(sanitize_html_class(str(atts["id"])))
            id_attr = f'id="{_esc_attr(atts["id"])}" '
        if _php_truthy(atts["caption_id"]):
            atts["caption_id"] = self.state.unique_id(sanitize_html_class(str(atts["caption_id"])))
        elif _php_truthy(atts["id"]):
            atts["caption_id"] = "caption-" + atts["id"].replace("_", "-")
        if _php_truthy(atts["caption_id"]):
            caption_id_attr = f'id="{_esc_attr(atts["caption_id"])}" '
            describedby = f'aria-describedby="{_esc_attr(atts["caption_id"])}" '

        classes = f"wp-caption {atts['align']} {atts['class']}".strip(_PHP_TRIM)
        # HTML5 captions never added the extra 10px to the image width.
        caption_width = self._filter("img_caption_shortcode_width", width if self.html5 else width + 10,
                                     atts, content)
        style = f'style="width: {_php_int(caption_width)}px" ' if caption_width else ""
        inner = self.registry.do_shortcode(content)
        if self.html5:
            return (f'<figure {id_attr}{describedby}{style}class="{_esc_attr(classes)}">{inner}'
                    f'<figcaption {caption_id_attr}class="wp-caption-text">{atts["caption"]}</figcaption></figure>')
        inner = inner.replace("<img ", "<img " + describedby)
        return (f'<div {id_attr}{style}class="{_esc_attr(classes)}">{inner}'
                f'<p {caption_id_attr}class="wp-caption-text">{atts["caption"]}</p></div>')

    # -- [audio] / [video] ----------------------------------------------------------------------
    def _attribute_strings(self, html_atts: dict[str, Any], keep_empty: bool) -> str:
        """Attributes as WordPress 7.1.4 writes them: booleans bare, preload only if a known value."""
        parts: list[str] = []
        for name, value in html_atts.items():
            if name in ("loop", "autoplay", "muted") and value is True:
                parts.append(_esc_attr(name))
            elif name == "preload" and _php_truthy(value):
                if value in ("none", "metadata", "auto"):
                    parts.append(f'{_esc_attr(name)}="{_esc_attr(str(value))}"')
            elif keep_empty or _php_truthy(value):
                parts.append(f'{_esc_attr(name)}="{_esc_attr(_php_str(value))}"')
        return " ".join(parts)

    def _sources(self, atts: dict[str, Any], types: list[str], instance: int,
                 special: dict[str, str] | None = None) -> tuple[str, str]:
        """The ``<source>`` elements and the first media URL (for the fallback link)."""
        html = ""
        fileurl = ""
        for fallback in types:
            value = atts.get(fallback, "")
            if not _php_truthy(value):
                continue
            if not fileurl:
                fileurl = str(value)
            mime = (special or {}).get(fallback) or wp_check_filetype(str(value))[1]
            url = add_query_arg("_", str(instance), str(value))
            html += f'<source type="{_php_str(mime)}" src="{_esc_url(url)}" />'
        return html, fileurl

    def _format_or_attached_source(self, kind: str, atts: dict[str, Any], default_types: list[str]) -> bool:
        """No ``src`` given: True when a format attribute (``mp3``, ``mp4``, …) holds a file of its type,
        else the post's first attached ``kind`` becomes ``src``; False when there is none."""
        for ext in default_types:
            if _php_truthy(atts[ext]) and (wp_check_filetype(str(atts[ext]))[0] or "").lower() == ext:
                return True
        attached = self.attachments.attached_media(kind, self.state.post_id)
        if not attached:
            return False
        atts["src"] = self.attachments.url(attached[0].id)
        if not atts["src"]:
            return False
        default_types.insert(0, "src")
        return True

    def wp_audio_shortcode(self, attr: Any, content: str = "", tag: str = "audio") -> str | None:
        """An ``<audio>`` player with one ``<source>`` per given format (``wp_audio_shortcode``)."""
        instance = self.state.next_instance("audio")
        override = self._filter("wp_audio_shortcode_override", "", attr, content, instance)
        if override != "":
            return str(override)

        default_types = wp_get_audio_extensions()
        defaults: dict[str, Any] = {"src": "", "loop": "", "autoplay": "", "muted": "false", "preload": "none",
                                    "class": "wp-audio-shortcode", "style": "width: 100%;"}
        defaults.update({ext: "" for ext in default_types})
        atts = shortcode_atts(defaults, _as_atts(attr), "audio", self.hooks)

        if _php_truthy(atts["src"]):
            ext = wp_check_filetype(str(atts["src"]))[0]
            if (ext or "").lower() not in default_types:
                return (f'<a class="wp-embedded-audio" href="{_esc_url(str(atts["src"]))}">'
                        f'{_esc_html(str(atts["src"]))}</a>')
            default_types.insert(0, "src")
        elif not self._format_or_attached_source("audio", atts, default_types):
            return None

        atts["class"] = self._filter("wp_audio_shortcode_class", atts["class"], atts)
        html_atts: dict[str, Any] = {
            "class": atts["class"],
            "id": f"audio-{self.state.post_id}-{instance}",
            "loop": wp_validate_boolean(atts["loop"]),
            "autoplay": wp_validate_boolean(atts["autoplay"]),
            "muted": wp_validate_boolean(atts["muted"]),
            "preload": atts["preload"],
            "style": atts["style"],
        }
        for name in ("loop", "autoplay", "preload", "muted"):
            if not _php_truthy(html_atts[name]):
                del html_atts[name]
        html = f'<audio {self._attribute_strings(html_atts, keep_empty=True)} controls="controls">'
        sources, fileurl = self._sources(atts, default_types, instance)
        html += sources + wp_mediaelement_fallback(fileurl) + "</audio>"
        return str(self._filter("wp_audio_shortcode", html, atts, None, self.state.post_id, "mediaelement"))

    _YOUTUBE = re.compile(r"^https?://(?:www\.)?(?:youtube\.com/watch|youtu\.be/)")
    _VIMEO = re.compile(r"^https?://(.+\.)?vimeo\.com/.*")

    def wp_video_shortcode(self, attr: Any, content: str = "", tag: str = "video") -> str | None:
        """A ``<video>`` player in a ``div.wp-video`` sized to the video (``wp_video_shortcode``)."""
        instance = self.state.next_instance("video")
        override = self._filter("wp_video_shortcode_override", "", attr, content, instance)
        if override != "":
            return str(override)

        default_types = wp_get_video_extensions()
        defaults: dict[str, Any] = {"src": "", "poster": "", "loop": "", "autoplay": "", "muted": "false",
                                    "preload": "metadata", "width": 640, "height": 360, "class": "wp-video-shortcode"}
        defaults.update({ext: "" for ext in default_types})
        atts = shortcode_atts(defaults, _as_atts(attr), "video", self.hooks)

        # If the video is bigger than the theme.
        if self.content_width and _php_number(atts["width"]) > self.content_width:
            atts["height"] = _php_round(_php_number(atts["height"]) * self.content_width / _php_number(atts["width"]))
            atts["width"] = self.content_width

        is_vimeo = is_youtube = False
        src = str(atts["src"])
        if _php_truthy(atts["src"]):
            is_vimeo = bool(self._VIMEO.match(src))
            is_youtube = bool(self._YOUTUBE.match(src))
            if not is_youtube and not is_vimeo:
                ext = wp_check_filetype(src)[0]
                if (ext or "").lower() not in default_types:
                    return f'<a class="wp-embedded-video" href="{_esc_url(src)}">{_esc_html(src)}</a>'
            default_types.insert(0, "src")
        elif not self._format_or_attached_source("video", atts, default_types):
            return None

        # MediaElement.js has trouble with some YouTube and Vimeo URL forms (#40866, #40977).
        if is_youtube:
            atts["src"] = set_url_scheme(remove_query_arg("feature", str(atts["src"])), "https")
        elif is_vimeo:
            vimeo = _HOST_AND_PATH.match(str(atts["src"]))
            host, path = (vimeo.group(1), vimeo.group(2)) if vimeo else ("", "")
            atts["src"] = add_query_arg("loop", "1" if _php_truthy(atts["loop"]) else "0", f"https://{host}{path}")

        atts["class"] = self._filter("wp_video_shortcode_class", atts["class"], atts)
        html_atts: dict[str, Any] = {
            "class": atts["class"],
            "id": f"video-{self.state.post_id}-{instance}",
            "width": abs(_php_int(atts["width"])),
            "height": abs(_php_int(atts["height"])),
            "poster": _esc_url(str(atts["poster"])),
            "loop": wp_validate_boolean(atts["loop"]),
            "autoplay": wp_validate_boolean(atts["autoplay"]),
            "muted": wp_validate_boolean(atts["muted"]),
            "preload": atts["preload"],
        }
        for name in ("poster", "loop", "autoplay", "preload", "muted"):
            if not _php_truthy(html_atts[name]):
                del html_atts[name]
        html = f'<video {self._attribute_strings(html_atts, keep_empty=False)} controls="controls">'
        special = {"src": "video/youtube"} if is_youtube else {"src": "video/vimeo"} if is_vimeo else None
        sources, fileurl = self._sources(atts, default_types, instance, special)
        html += sources
        if content:
            if "\n" in content:
                content = content.replace("\r\n", "").replace("\n", "").replace("\t", "")
            html += content.strip(_PHP_TRIM)
        html += wp_mediaelement_fallback(fileurl) + "</video>"
        width_rule = f"width: {_php_int(atts['width'])}px;" if _php_truthy(atts["width"]) else ""
        output = f'<div style="{width_rule}" class="wp-video">{html}</div>'
        return str(self._filter("wp_video_shortcode", output, atts, None, self.state.post_id, "mediaelement"))

    # -- [gallery] / [playlist] ---------------------------------------------------------------------
    def gallery_shortcode(self, attr: Any, content: str = "", tag: str = "gallery") -> str:
        """The images attached to a post as a gallery grid (``gallery_shortcode``)."""
        from broadsheet.formatting.media_lists import render_gallery

        return render_gallery(self, _as_atts(attr), self.state.next_instance("gallery"))

    def wp_playlist_shortcode(self, attr: Any, content: str = "", tag: str = "playlist") -> str:
        """An audio or video playlist of a post's attachments (``wp_playlist_shortcode``)."""
        from broadsheet.formatting.media_lists import render_playlist

        return render_playlist(self, _as_atts(attr), self.state.next_instance("playlist"))


def _php_str(value: Any) -> str:
    """PHP's string conversion for attribute values (true → '1', false/None → '')."""
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    return str(value)


def _php_number(value: Any) -> float:
    """A numeric reading of ``value`` for comparisons, as PHP 8 compares numeric strings."""
    if isinstance(value, int | float):
        return value
    match = _LEADING_NUMBER.match(str(value))
    return float(match.group(1)) if match else 0.0


def _php_round(value: float) -> float:
    """PHP's ``round()``: halves away from zero."""
    return float(int(value + 0.5)) if value >= 0 else -float(int(-value + 0.5))


def _return_false(attr: Any, content: str, tag: str) -> bool:
    """``__return_false``: what ``[embed]`` does outside the ``the_content`` embed pass."""
    return False


def core_shortcodes(
    state: MediaRenderState | None = None,
    settings: FormattingSettings = VECTOR_SETTINGS,
    attachments: AttachmentSource | None = None,
    *,
    hooks: Hooks | None = None,
    html5: bool = True,
    content_width: int | None = None,
    is_rtl: bool = False,
) -> ShortcodeRegistry:
    """A registry with core's shortcodes: caption, wp_caption, gallery, playlist, audio, video, embed.

    ``[embed]`` is registered as WordPress does, returning nothing; the real embed pass is
    ``broadsheet.formatting.embed.run_shortcode`` in the ``the_content`` chain (priority 8).
    ``html5`` and ``content_width`` are the theme's (twentytwentyfive: HTML5 captions, no width).
    """
    registry = ShortcodeRegistry(hooks)
    handlers = _MediaShortcodes(
        registry, state or MediaRenderState(), settings, attachments or NoAttachments(), hooks,
        html5=html5, content_width=content_width, is_rtl=is_rtl,
    )
    # Core's names are valid, so they skip add_shortcode's checks (this runs once per request).
    registry.add_shortcodes({
        "wp_caption": handlers.img_caption_shortcode,
        "caption": handlers.img_caption_shortcode,
        "gallery": handlers.gallery_shortcode,
        "playlist": handlers.wp_playlist_shortcode,
        "audio": handlers.wp_audio_shortcode,
        "video": handlers.wp_video_shortcode,
        "embed": _return_false,
    })
    return registry


#: The vectors' global post (see tests/data/vectors/README.md).
VECTOR_POST_ID = 100


def do_shortcode_for_vectors(text: str) -> str:
    """``do_shortcode($text)`` as the vectors ran it: core's shortcodes, global post 100, fresh counters."""
    registry = core_shortcodes(MediaRenderState(post_id=VECTOR_POST_ID), VECTOR_SETTINGS)
    return registry.do_shortcode(text)

