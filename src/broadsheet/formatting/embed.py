"""Embeds: the ``[embed]`` shortcode and auto-embedding of bare URLs, as WordPress 7.1.4 does them.

Port of ``WP_Embed`` (``wp-includes/class-wp-embed.php``) and core's embed handlers
(``wp_embed_handler_youtube``/``_audio``/``_video`` in ``wp-includes/embed.php``), WordPress
7.1.4. oEmbed goes through an optional ``OEmbedProvider``; without one (the vectors' setup,
where every HTTP request fails) an ``[embed]`` URL falls back to a plain link and a bare URL on
its own line stays plain text. Audio and video URLs become ``[audio]``/``[video]`` shortcodes,
which the ``do_shortcode`` pass (priority 11) renders later in the ``the_content`` chain.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote_plus

from broadsheet.formatting.media_shortcodes import (
    wp_get_audio_extensions,
    wp_get_video_extensions,
)
from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings
from broadsheet.formatting.shortcodes import ShortcodeRegistry

if TYPE_CHECKING:
    from broadsheet.hooks.registry import Hooks

__all__ = ["EmbedHandler", "OEmbedProvider", "WPEmbed", "autoembed", "run_shortcode", "wp_embed_defaults"]

#: An embed handler gets the regex match, the attributes (with defaults), the URL and the raw
#: attributes; it returns markup, or False to let the next handler (or oEmbed) try.
EmbedHandler = Callable[[re.Match[str], dict[str, Any], str, Any], "str | bool"]


class OEmbedProvider(Protocol):
    """Fetches oEmbed HTML for a URL (``wp_oembed_get``); None when there is none."""

    def get_html(self, url: str, args: dict[str, Any]) -> str | None:
        """The embed HTML for ``url``, or None."""
        ...


@dataclass
class _Handler:
    id: str
    regex: re.Pattern[str]
    callback: EmbedHandler


def wp_embed_defaults(url: str = "", content_width: int | None = None) -> dict[str, int]:
    """Default oEmbed size: the theme's content width (or 500) and 1.5 times that, at most 1000."""
    width = content_width or 500
    return {"width": width, "height": min(math.ceil(width * 1.5), 1000)}


_SPACES = " \t\n\r\f\v"  # PCRE's \s without /u (re's with re.ASCII)
_URL_RUN = re.compile(r"[^\s<>\"]+", re.ASCII)
_PARAGRAPH_END = re.compile(r"\s*</p>", re.IGNORECASE | re.ASCII)
_REST_OF_LINE_BLANK = re.compile(r"[ \t\r\f\v]*(?:\n|\Z)")
# WordPress's "(^|\s|>)https?://" (case-insensitive), matched at the "://": a literal first
# lets ``re`` skip from URL to URL and look back, where the plain pattern stops at every "h".
_URL_SCHEME_END = re.compile(
    r"://(?:(?<=[\s>][hH][tT][tT][pP]://)|(?<=^[hH][tT][tT][pP]://)"
    r"|(?<=[\s>][hH][tT][tT][pP][sS]://)|(?<=^[hH][tT][tT][pP][sS]://))",
    re.ASCII,
)


def _url_starts(content: str) -> Iterator[tuple[int, int]]:
    """Where ``(^|\\s|>)https?://`` matches: each URL's start and the end of its ``://``."""
    for found in _URL_SCHEME_END.finditer(content):
        at = found.start()
        yield (at - 4 if content[at - 1] in "pP" else at - 5), at + 3


def _looks_like_url(content: str) -> bool:
    """Whether ``(^|\\s|>)https?://`` matches somewhere in ``content``."""
    return _URL_SCHEME_END.search(content) is not None


def _could_be_embedded(content: str, start: int, after: int) -> bool:
    """Whether autoembed's patterns could match the URL at ``start`` (``after`` its ``://``): it
    ends a paragraph (``\\s*</p>`` follows), or only spaces share its line."""
    run = _URL_RUN.match(content, after)
    if run is None:
        return False
    if _PARAGRAPH_END.match(content, run.end()):
        return True
    line_start = content.rfind("\n", 0, start) + 1
    return not content[line_start:start].strip(_SPACES) and _REST_OF_LINE_BLANK.match(content, run.end()) is not None


_URL_ON_OWN_LINE = re.compile(r"^(\s*)(https?://[^\s<>\"]+)(\s*)$", re.IGNORECASE | re.MULTILINE | re.ASCII)
_URL_IN_OWN_PARAGRAPH = re.compile(r"(<p(?: [^>]*)?>\s*)(https?://[^\s<>\"]+)(\s*</p>)", re.IGNORECASE | re.ASCII)
_LINE_BREAK_PLACEHOLDER = "<!-- wp-line-break -->"
# Core's handler patterns (wp_embed_register_handler calls in embed.php), compiled once.
_YOUTUBE_EMBED_URL = re.compile(r"https?://(www.)?youtube\.com/(?:v|embed)/([^/]+)", re.IGNORECASE)
_AUDIO_URL = re.compile(rf"^https?://.+?\.({'|'.join(wp_get_audio_extensions())})$", re.IGNORECASE | re.DOTALL)
_VIDEO_URL = re.compile(rf"^https?://.+?\.({'|'.join(wp_get_video_extensions())})$", re.IGNORECASE | re.DOTALL)


def autoembed_changes_nothing(content: str) -> bool:
    """Whether ``autoembed`` would return ``content`` unchanged, running no handler: no
    line-break placeholder, and no URL after a line start, space or ``>`` that stands alone on
    its line or ends a paragraph. Hiding the line breaks inside tags only joins lines, which
    adds no such URL (a joined line holds the placeholder's "<", which neither URL nor space is).
    """
    if _LINE_BREAK_PLACEHOLDER in content:
        return False
    return "://" not in content or not any(
        _could_be_embedded(content, start, after) for start, after in _url_starts(content)
    )


class WPEmbed:
    """``$wp_embed``: embed handlers, the ``[embed]`` shortcode and ``autoembed`` for one site."""

    def __init__(
        self,
        settings: FormattingSettings = VECTOR_SETTINGS,
        *,
        hooks: Hooks | None = None,
        oembed: OEmbedProvider | None = None,
        content_width: int | None = None,
    ) -> None:
        self.settings = settings
        self.hooks = hooks
        self.oembed = oembed
        self.content_width = content_width
        self.linkifunknown = True
        self.return_false_on_fail = False
        self.last_url = ""
        self.last_attr: Any = {}
        self._handlers: dict[int, list[_Handler]] = {}
        self._register_core_handlers()

    # -- handlers -------------------------------------------------------------------
    def register_handler(self, handler_id: str, regex: str | re.Pattern[str], callback: EmbedHandler,
                         priority: int = 10) -> None:
        """Handle URLs matching ``regex`` with ``callback`` before oEmbed (``wp_embed_register_handler``)."""
        pattern = regex if isinstance(regex, re.Pattern) else re.compile(regex)
        self.unregister_handler(handler_id, priority)
        self._handlers.setdefault(priority, []).append(_Handler(handler_id, pattern, callback))

    def unregister_handler(self, handler_id: str, priority: int = 10) -> None:
        """Remove a handler (``wp_embed_unregister_handler``)."""
        self._handlers[priority] = [h for h in self._handlers.get(priority, []) if h.id != handler_id]

    def _register_core_handlers(self) -> None:
        self.register_handler("youtube_embed_url", _YOUTUBE_EMBED_URL, self._youtube_handler)
        self.register_handler("audio", _AUDIO_URL, self._audio_handler, 9999)
        self.register_handler("video", _VIDEO_URL, self._video_handler, 9999)

    def _filter(self, name: str, value: Any, *args: Any) -> Any:
        return value if self.hooks is None else self.hooks.apply_filters(name, value, *args)

    def _youtube_handler(self, match: re.Match[str], attr: dict[str, Any], url: str, rawattr: Any) -> str:
        """``youtube.com/embed/ID`` URLs are embedded as their ``watch?v=ID`` form."""
        embed = self.autoembed("https://youtube.com/watch?v=" + _php_urlencode(match.group(2)))
        return str(self._filter("wp_embed_handler_youtube", embed, attr, url, rawattr))

    def _audio_handler(self, match: re.Match[str], attr: dict[str, Any], url: str, rawattr: Any) -> str:
        """Audio file URLs become an ``[audio]`` shortcode."""
        audio = f'[audio src="{_esc_url(url)}" /]'
        return str(self._filter("wp_embed_handler_audio", audio, attr, url, rawattr))

    def _video_handler(self, match: re.Match[str], attr: dict[str, Any], url: str, rawattr: Any) -> str:
        """Video file URLs become a ``[video]`` shortcode, sized if both dimensions were given."""
        raw = rawattr if isinstance(rawattr, dict) else {}
        dimensions = ""
        if _truthy(raw.get("width", "")) and _truthy(raw.get("height", "")):
            dimensions = f'width="{_php_int(raw["width"])}" height="{_php_int(raw["height"])}" '
        video = f'[video {dimensions} src="{_esc_url(url)}" /]'
        return str(self._filter("wp_embed_handler_video", video, attr, url, rawattr))

    def get_embed_handler_html(self, attr: Any, url: str) -> str | bool:
        """The first registered handler's markup for ``url``, or False if none claims it."""
        rawattr = attr
        merged = {**wp_embed_defaults(url, self.content_width), **(attr if isinstance(attr, dict) else {})}
        for priority in sorted(self._handlers):
            for handler in self._handlers[priority]:
                match = handler.regex.search(url)
                if match is None:
                    continue
                result = handler.callback(match, merged, url, rawattr)
                if result is not False:
                    return str(self._filter("embed_handler_html", result, url, merged))
        return False

    # -- the shortcode and autoembed -------------------------------------------------------
    def shortcode(self, attr: Any, url: str = "", tag: str = "embed") -> str | bool:
        """The ``[embed]`` handler: a handler's markup, oEmbed HTML, or a link to the URL."""
        atts = attr if isinstance(attr, dict) else {}
        if not _truthy(url) and _truthy(atts.get("src", "")):
            url = str(atts["src"])
        self.last_url = url
        if not _truthy(url):
            self.last_attr = attr
            return ""
        merged = {**wp_embed_defaults(url, self.content_width), **atts}
        self.last_attr = merged
        # KSES turns & into &amp;; undo that (#11311).
        url = url.replace("&amp;", "&")
        handled = self.get_embed_handler_html(attr, url)
        if handled is not False:
            return handled
        html = None
        if self.oembed is not None:
            html = self.oembed.get_html(url, {**merged, "discover": self._filter("embed_oembed_discover", True)})
        if html:
            return str(self._filter("embed_oembed_html", html, url, merged, None))
        return self.maybe_make_link(url)

    def maybe_make_link(self, url: str) -> str | bool:
        """A link to ``url`` (or the bare URL when auto-embedding) for an unknown embed."""
        if self.return_false_on_fail:
            return False
        if self.linkifunknown:
            from broadsheet.formatting.escape import esc_html

            output = f'<a href="{_esc_url(url)}">{esc_html(url)}</a>'
        else:
            output = url
        return str(self._filter("embed_maybe_make_link", output, url))

    def run_shortcode(self, content: str) -> str:
        """Run only ``[embed]`` over ``content`` (``the_content`` priority 8), ignoring HTML attributes."""
        registry = ShortcodeRegistry(self.hooks)
        registry.add_shortcode("embed", self.shortcode)
        return registry.do_shortcode(content, True)

    def autoembed(self, content: str) -> str:
        """Embed URLs that stand alone on a line or in a paragraph (``the_content`` priority 8)."""
        from broadsheet.formatting.html_split import wp_replace_in_html_tags

        # Line breaks inside HTML tags must not make a URL look like it is on its own line.
        content = wp_replace_in_html_tags(content, {"\n": _LINE_BREAK_PLACEHOLDER})
        if _looks_like_url(content):
            content = _URL_ON_OWN_LINE.sub(self._autoembed_callback, content)
            content = _URL_IN_OWN_PARAGRAPH.sub(self._autoembed_callback, content)
        return content.replace(_LINE_BREAK_PLACEHOLDER, "\n")

    def _autoembed_callback(self, match: re.Match[str]) -> str:
        """One auto-embedded URL: embedded if possible, else left as plain text."""
        previous = self.linkifunknown
        self.linkifunknown = False
        try:
            result = self.shortcode({}, match.group(2))
        finally:
            self.linkifunknown = previous
        return match.group(1) + php_strval(result) + match.group(3)


def _embed_for(ctx: Any) -> WPEmbed:
    """The ``WPEmbed`` a render uses: ``ctx.embed`` if the render context carries one, else a default."""
    embed = getattr(ctx, "embed", None)
    if isinstance(embed, WPEmbed):
        return embed
    return WPEmbed(getattr(ctx, "settings", VECTOR_SETTINGS))


def run_shortcode(content: str, ctx: Any = None) -> str:
    """``WP_Embed::run_shortcode`` for a render context (``the_content`` priority 8)."""
    return _embed_for(ctx).run_shortcode(content)


def autoembed(content: str, ctx: Any = None) -> str:
    """``WP_Embed::autoembed`` for a render context (``the_content`` priority 8)."""
    return _embed_for(ctx).autoembed(content)


def _esc_url(url: str) -> str:
    from broadsheet.formatting.urls import esc_url

    return esc_url(url)


def _php_urlencode(text: str) -> str:
    """PHP's ``urlencode``."""
    return quote_plus(text.encode("utf-8", "surrogatepass"), safe="").replace("~", "%7E")


def _truthy(value: Any) -> bool:
    """PHP's ``! empty()`` for a shortcode attribute value."""
    if isinstance(value, str):
        return value not in ("", "0")
    return bool(value)


_LEADING_INT = re.compile(r"[ \t\n\r\x0b\f]*([+-]?\d+)")


def _php_int(value: Any) -> int:
    """PHP's ``(int)`` cast of an attribute value."""
    match = _LEADING_INT.match(str(value))
    return int(match.group(1)) if match else 0


