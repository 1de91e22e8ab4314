"""The ``the_content``, ``the_title``, ``get_the_excerpt`` and ``the_excerpt`` filter chains.

Registers WordPress 7.1.4's default filters (``wp-includes/default-filters.php``) on a
:class:`~broadsheet.hooks.Hooks` registry with WordPress's priorities, so a plugin can add, remove or
reorder a step exactly as in PHP::

    hooks = Hooks()
    defaults = register_default_filters(hooks, FormattingSettings())
    hooks.remove_filter("the_title", wptexturize)          # plain functions: removed by themselves
    hooks.remove_filter("the_content", defaults.convert_smilies, 20)   # settings-bound steps

State WordPress keeps in globals and statics lives in objects passed to the filters as their
second argument, never in module globals, so concurrent requests share nothing: a
:class:`RenderContext` per post rendered (ID, type, content) and a :class:`RequestState` per HTTP
request (``audio-100-1``/``?_=1``/``wp-block-gallery-N`` counters, where ``wpautop`` sits). A REST
collection renders its posts in order, each field as WordPress does (title, content, excerpt)::

    request = RequestState()
    for post in posts:
        ctx = RenderContext(post_id=post.id, post_type=post.type, post_content=post.content,
                            settings=site_settings, attachments=source, post_meta=meta, request=request)
        title = render_title(post.title, ctx, hooks)
        content = render_content(post.content, ctx, hooks)   # '' instead when a password is required
        excerpt = render_excerpt(post.excerpt, post.content, ctx, hooks)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from broadsheet.formatting.autop import shortcode_unautop, wpautop
from broadsheet.formatting.blocks import has_blocks
from broadsheet.formatting.chars import capital_P_dangit, convert_chars, php_trim
from broadsheet.formatting.content_tags import LoadingState, wp_filter_content_tags
from broadsheet.formatting.dynamic_blocks import DynamicBlock
from broadsheet.formatting.embed import autoembed_changes_nothing
from broadsheet.formatting.excerpt import EXCERPT_LENGTH, EXCERPT_MORE, wp_trim_excerpt
from broadsheet.formatting.media_shortcodes import (
    AttachmentSource,
    MediaRenderState,
    core_shortcodes,
    wp_get_audio_extensions,
    wp_get_video_extensions,
)
from broadsheet.formatting.media_urls import wp_check_filetype
from broadsheet.formatting.navigation_blocks import PageSource
from broadsheet.formatting.render_blocks import BlockPost
from broadsheet.formatting.render_blocks import do_blocks as _do_blocks
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings
from broadsheet.formatting.shortcodes import ShortcodeRegistry
from broadsheet.formatting.smilies import convert_smilies
from broadsheet.formatting.texturize import wptexturize
from broadsheet.hooks.registry import Callback, Hooks

__all__ = [
    "ContentRun",
    "DefaultFilters",
    "RenderContext",
    "RequestState",
    "register_default_filters",
    "render_content",
    "render_excerpt",
    "render_title",
    "vector_do_shortcode",
    "vector_excerpt",
    "vector_the_content",
    "vector_the_excerpt",
    "vector_the_title",
]

#: The vectors' global post (``tests/data/vectors/README.md``).
VECTOR_POST_ID = 100


@dataclass
class RequestState:
    """What WordPress keeps in globals and statics for one HTTP request, shared by its renders.

    A collection request renders many posts in one PHP process, so its counters run on from post to
    post (``audio-49-8``, ``gallery-8``), and once a post with blocks has been rendered ``wpautop``
    sits after ``shortcode_unautop`` for the rest of the request (``_restore_wpautop_hook`` re-adds
    it at the end of priority 10).
    """

    media: MediaRenderState = field(default_factory=MediaRenderState)
    loading: LoadingState = field(default_factory=LoadingState)
    unique_ids: int = 0
    wpautop_moved: bool = False
    shortcodes: ShortcodeRegistry | None = None
    patterns_in_progress: set[int] = field(default_factory=set)
    wp_embed: Any = None  # the request's ``$wp_embed`` (embed.WPEmbed), made on first use
    #: Block types a render turned colour support on for (``$block->block_type->supports['color'] = true``).
    color_supported: set[str] = field(default_factory=set)


@dataclass
class ContentRun:
    """What one ``render_content`` of a post saw, so its excerpt can reuse the work (same request).

    WordPress runs the ``the_content`` filters again for a generated excerpt, without
    ``do_blocks`` and ``wp_filter_content_tags``. When the excerpt's text is the raw content and
    every step before ``wp_filter_content_tags`` is a pure function of it (no block, no ``[``, no
    line for ``autoembed``, not an attachment, the default chain), that second run reaches the
    value ``wp_filter_content_tags`` received here (``before_tags``), with no side effect skipped.
    """

    hooks: Hooks
    raw: str
    wpautop_moved: bool  # the request's wpautop placement when the run started
    post_type: str  # the post's type during the run (an attachment gets its file prepended)
    open: bool = True  # the run is in progress: its steps record into it
    shortcode_free: bool = False  # do_shortcode's input held no "[" (it returned it unchanged)
    before_tags: str | None = None  # the value wp_filter_content_tags received


@dataclass
class RenderContext:
    """One post being rendered (ID, type, content) and the request state it shares."""

    post_id: int = 0
    post_type: str = "post"
    post_content: str = ""
    post_mime_type: str = ""
    settings: FormattingSettings = VECTOR_SETTINGS
    attachments: AttachmentSource | None = None
    request: RequestState = field(default_factory=RequestState)
    post_meta: dict[str, Any] = field(default_factory=dict)  # single meta values of the post (footnotes)
    excerpt_length: int | None = None  # the REST ``excerpt_length`` override of the ``excerpt_length`` filter
    excerpt_more: str | None = None  # an ``excerpt_more`` filter's answer (the post excerpt block's '')
    post_lookup: Callable[[int], BlockPost | None] | None = None  # get_post() for synced patterns
    pages: PageSource | None = None  # the site's published pages, for the page list block
    wpautop_off: bool = False  # do_blocks saw blocks during the current the_content call
    #: Dynamic blocks that read the site's data, bound to the request (the block renderer's).
    site_blocks: Mapping[str, DynamicBlock] = field(default_factory=dict)
    content_run: ContentRun | None = None  # this post's last render_content, for its excerpt

    def __post_init__(self) -> None:
        self.activate()

    def activate(self) -> None:
        """Make this post the global post for the request's shortcode handlers."""
        self.request.media.post_id = self.post_id

    @property
    def embed(self) -> Any:
        """The request's ``WPEmbed`` (``$wp_embed``), which ``embed.run_shortcode``/``autoembed`` use."""
        if self.request.wp_embed is None:
            from broadsheet.formatting.embed import WPEmbed

            self.request.wp_embed = WPEmbed(self.settings)
        return self.request.wp_embed

    @property
    def media(self) -> MediaRenderState:
        """The request's media counters (``audio-100-1``, ``?_=1``)."""
        return self.request.media

    @property
    def loading(self) -> LoadingState:
        """The request's loading-optimisation state."""
        return self.request.loading

    @property
    def shortcode_registry(self) -> ShortcodeRegistry:
        """The shortcodes this request runs (core's, bound to the request's counters), made on first use."""
        if self.request.shortcodes is None:
            self.request.shortcodes = core_shortcodes(self.request.media, self.settings, self.attachments)
        return self.request.shortcodes

    def unique_id(self, prefix: str) -> str:
        """``wp_unique_id($prefix)``: one counter for the whole request, shared by every prefix."""
        self.request.unique_ids += 1
        return f"{prefix}{self.request.unique_ids}"

    def get_post_meta(self, key: str) -> Any:
        """``get_post_meta($post_id, $key, true)``: the value, or '' when unset."""
        return self.post_meta.get(key, "")

    def get_post(self, post_id: int) -> BlockPost | None:
        """``get_post($id)`` for blocks that show another post (synced patterns); None if unknown."""
        return self.post_lookup(post_id) if self.post_lookup is not None else None

    def page_source(self) -> PageSource | None:
        """The site's pages for ``core/page-list``; None renders no page list."""
        return self.pages

    def rendering_patterns(self) -> set[int]:
        """The synced patterns being rendered right now in this request (recursion guard)."""
        return self.request.patterns_in_progress

    def color_supported_blocks(self) -> set[str]:
        """The block types whose colour support a render turned on for the rest of this request."""
        return self.request.color_supported

    def attachment_metadata(self, attachment_id: int) -> dict[str, Any]:
        """``wp_get_attachment_metadata($id)``: {} without an attachment source or metadata."""
        return self.attachments.metadata(attachment_id) if self.attachments is not None else {}


# -- steps that need the render context (registered with accepted_args=2) ---------------
def embed_run_shortcode(content: str, ctx: RenderContext) -> str:
    """Priority 8: ``WP_Embed::run_shortcode`` — only ``[embed]`` runs, before other shortcodes."""
    if "[embed" not in content:  # do_shortcode() finds no [embed] tag and returns content as it is
        return content
    from broadsheet.formatting.embed import run_shortcode

    return run_shortcode(content, ctx)


def embed_autoembed(content: str, ctx: RenderContext) -> str:
    """Priority 8: ``WP_Embed::autoembed`` — URLs alone on a line become embeds (or stay text)."""
    if autoembed_changes_nothing(content):
        return content
    from broadsheet.formatting.embed import autoembed

    return autoembed(content, ctx)


def _attachment_is(kind: str, ctx: RenderContext, url: str) -> bool:
    """``wp_attachment_is($kind, $post)``: by MIME type, else by the file's extension."""
    if not url:
        return False
    if ctx.post_mime_type.startswith(kind + "/"):
        return True
    ext, _ = wp_check_filetype(url)
    if not ext:
        return False
    if ctx.post_mime_type != "import":
        return kind == ext
    if kind == "audio":
        return ext in wp_get_audio_extensions()
    if kind == "video":
        return ext in wp_get_video_extensions()
    if kind == "image":
        return ext in ("jpg", "jpeg", "jpe", "gif", "png", "webp", "avif", "heic")
    return kind == ext


def prepend_attachment(content: str, ctx: RenderContext) -> str:
    """Priority 10: an attachment's page shows its file (player, or medium image linked) first."""
    if ctx.post_type != "attachment" or ctx.attachments is None:
        return content
    attachments = ctx.attachments
    url = attachments.url(ctx.post_id)
    if _attachment_is("video", ctx, url):
        meta = attachments.metadata(ctx.post_id)
        atts = {"src": url}
        if meta.get("width") and meta.get("height"):
            atts["width"], atts["height"] = str(int(meta["width"])), str(int(meta["height"]))
        thumbnail = attachments.thumbnail_id(ctx.post_id)
        if thumbnail:
            atts["poster"] = attachments.url(thumbnail)
        shown = _run_media_shortcode("video", atts, ctx)
    elif _attachment_is("audio", ctx, url):
        shown = _run_media_shortcode("audio", {"src": url}, ctx)
    else:
        shown = '<p class="attachment">' + attachments.link(ctx.post_id, "medium", False) + "</p>"
    return f"{shown}\n{content}"


def _run_media_shortcode(tag: str, atts: dict[str, str], ctx: RenderContext) -> str:
    """``wp_video_shortcode($atts)`` / ``wp_audio_shortcode($atts)`` through the request's registry."""
    text = "[" + tag + "".join(f' {name}="{value}"' for name, value in atts.items()) + "]"
    return ctx.shortcode_registry.do_shortcode(text)


def do_shortcode(content: str, ctx: RenderContext) -> str:
    """Priority 11: run the registered shortcodes (after wpautop, so their HTML is not wrapped)."""
    run = ctx.content_run
    if run is not None and run.open:
        run.shortcode_free = "[" not in content
    if "[" not in content:  # do_shortcode() returns such content as it is
        return content
    return ctx.shortcode_registry.do_shortcode(content)


def content_filter_content_tags(content: str, ctx: RenderContext) -> str:
    """Priority 12 on ``the_content``: loading hints on images and iframes."""
    run = ctx.content_run
    if run is not None and run.open:
        run.before_tags = content
    return wp_filter_content_tags(content, "the_content", ctx.loading, ctx.attachments, ctx.settings)


def excerpt_filter_content_tags(content: str, ctx: RenderContext) -> str:
    """Priority 12 on ``the_excerpt``: loading hints on images and iframes."""
    return wp_filter_content_tags(content, "the_excerpt", ctx.loading, ctx.attachments, ctx.settings)


def wp_replace_insecure_home_url(content: str, settings: FormattingSettings) -> str:
    """On an HTTPS site, rewrite ``http://`` links to the home URL (plain and JSON-escaped) to https."""
    if not (settings.home.startswith("https://") and settings.siteurl.startswith("https://")):
        return content
    https_url = settings.home
    http_url = https_url.replace("https://", "http://")
    content = content.replace(http_url, https_url)
    return content.replace(http_url.replace("/", "\\/"), https_url.replace("/", "\\/"))


class DefaultFilters:
    """The registry-bound default steps; its bound methods are what ``remove_filter`` needs.

    Steps that read site options use the render context's settings (this request's options) and
    fall back to the settings given at registration when called without a context.
    """

    def __init__(self, hooks: Hooks, settings: FormattingSettings) -> None:
        self.hooks = hooks
        self.settings = settings

    def do_blocks(self, content: str, ctx: RenderContext) -> str:
        """Priority 9: render blocks; content with blocks turns ``wpautop`` off for this call."""
        if "wp:" not in content:  # no block delimiter: do_blocks returns it, and has_blocks is false
            return content
        output = _do_blocks(content, ctx)
        if has_blocks(content) and self.hooks.has_filter("the_content", self.wpautop) is not False:
            ctx.wpautop_off = True
            ctx.request.wpautop_moved = True
        return output

    def wpautop(self, content: str, ctx: RenderContext) -> str:
        """Priority 10: ``wpautop``, unless ``do_blocks`` removed it or moved it after the other steps."""
        if ctx.wpautop_off or ctx.request.wpautop_moved:
            return content
        return wpautop(content)

    def wpautop_restored(self, content: str, ctx: RenderContext) -> str:
        """Last at priority 10: ``wpautop`` where ``_restore_wpautop_hook`` puts it back."""
        if ctx.request.wpautop_moved and not ctx.wpautop_off and self.hooks.has_filter("the_content", self.wpautop):
            return wpautop(content)
        return content

    def _settings_for(self, ctx: Any) -> FormattingSettings:
        """The render's settings (the site's options for this request), else the registry's."""
        return ctx.settings if isinstance(ctx, RenderContext) else self.settings

    def convert_smilies(self, text: str, ctx: RenderContext | None = None) -> str:
        """Smilies to emoji or images (``use_smilies``, images under the site's URL)."""
        return convert_smilies(text, settings=self._settings_for(ctx))

    def replace_insecure_home_url(self, text: str, ctx: RenderContext | None = None) -> str:
        """``wp_replace_insecure_home_url`` with the site's URLs."""
        return wp_replace_insecure_home_url(text, self._settings_for(ctx))

    def title_capital_P_dangit(self, title: str) -> str:  # noqa: N802 - WordPress's name
        """``capital_P_dangit`` as it runs on ``the_title`` (only the bare word is fixed)."""
        return capital_P_dangit(title, in_title=True)

    def content_chain(self) -> list[Callback]:
        """The ``the_content`` callbacks ``register_default_filters`` adds, in their order."""
        return [
            embed_run_shortcode, embed_autoembed, self.do_blocks, wptexturize, self.wpautop, shortcode_unautop,
            prepend_attachment, self.replace_insecure_home_url, self.wpautop_restored, capital_P_dangit,
            do_shortcode, content_filter_content_tags, self.convert_smilies,
        ]

    def reusable_content(self, content: str, ctx: RenderContext) -> str | None:
        """What the excerpt's ``the_content`` run would have before ``convert_smilies``, if this
        post's ``render_content`` already computed it (see :class:`ContentRun`); else None."""
        run = ctx.content_run
        if (
            run is None
            or run.open
            or not run.shortcode_free
            or run.before_tags is None
            or run.hooks is not self.hooks
            or run.wpautop_moved != ctx.request.wpautop_moved
            or run.raw != content
            or not _steps_before_tags_are_pure(run)
            or self.hooks.callbacks("the_content") != self.content_chain()
        ):
            return None
        return run.before_tags

    def wp_trim_excerpt(self, text: str, ctx: RenderContext) -> str:
        """``get_the_excerpt`` at 10: generate an excerpt from the post content when none is set."""

        def content_filters(content: str) -> str:
            ctx.wpautop_off = False
            before_smilies = self.reusable_content(content, ctx)
            if before_smilies is not None:
                return self.convert_smilies(before_smilies, ctx)
            without = self.hooks.copy(("the_content",))  # the only hook run on it
            without.remove_filter("the_content", content_filter_content_tags, 12)
            without.remove_filter("the_content", self.do_blocks, 9)
            return str(without.apply_filters("the_content", content, ctx))

        registry = ctx.shortcode_registry
        length = EXCERPT_LENGTH if ctx.excerpt_length is None else int(ctx.excerpt_length)
        more = EXCERPT_MORE if ctx.excerpt_more is None else ctx.excerpt_more
        return wp_trim_excerpt(
            text, ctx.post_content, content_filters, registry.strip_shortcodes, ctx, excerpt_length=length,
            excerpt_more=more,
        )


def register_default_filters(hooks: Hooks, settings: FormattingSettings = VECTOR_SETTINGS) -> DefaultFilters:
    """Register WordPress's default content, title and excerpt filters on ``hooks``."""
    defaults = DefaultFilters(hooks, settings)
    smilies = (defaults.convert_smilies, 2)
    insecure_home_url = (defaults.replace_insecure_home_url, 2)
    # {priority: ((callback, accepted_args), ...)}, in default-filters.php's order.
    hooks.add_filters("the_content", {
        8: ((embed_run_shortcode, 2), (embed_autoembed, 2)),
        9: ((defaults.do_blocks, 2),),
        10: ((wptexturize, 1), (defaults.wpautop, 2), (shortcode_unautop, 1), (prepend_attachment, 2),
             insecure_home_url, (defaults.wpautop_restored, 2)),
        11: ((capital_P_dangit, 1), (do_shortcode, 2)),
        12: ((content_filter_content_tags, 2),),
        20: (smilies,),
    })
    hooks.add_filters("the_title", {
        10: ((wptexturize, 1), (convert_chars, 1), (php_trim, 1)),
        11: ((defaults.title_capital_P_dangit, 1),),
    })
    hooks.add_filters("get_the_excerpt", {10: ((defaults.wp_trim_excerpt, 2),)})
    hooks.add_filters("the_excerpt", {
        10: ((wptexturize, 1), smilies, (convert_chars, 1), (wpautop, 1), (shortcode_unautop, 1), insecure_home_url),
        12: ((excerpt_filter_content_tags, 2),),
    })
    return defaults


# -- what the REST layer calls ------------------------------------------------------------
def render_title(title: str, ctx: RenderContext, hooks: Hooks) -> str:
    """``title.rendered``: ``apply_filters('the_title', $title, $post_id)``."""
    ctx.activate()
    return str(hooks.apply_filters("the_title", title, ctx.post_id))


def render_content(raw: str, ctx: RenderContext, hooks: Hooks) -> str:
    """``content.rendered``: ``apply_filters('the_content', $raw)`` for the context's post."""
    ctx.activate()
    ctx.wpautop_off = False
    run = ContentRun(hooks, raw, ctx.request.wpautop_moved, ctx.post_type)
    ctx.content_run = run
    try:
        return str(hooks.apply_filters("the_content", raw, ctx))
    finally:
        run.open = False
        ctx.wpautop_off = False


def _steps_before_tags_are_pure(run: ContentRun) -> bool:
    """Whether the default steps before priority 12 only rewrote the run's text (see :class:`ContentRun`):
    no shortcode or ``[embed]`` ran, ``autoembed`` and ``do_blocks`` returned it unchanged (so no
    embed cache, counter or wpautop placement changed) and no attachment was prepended."""
    raw = run.raw
    return (
        "[" not in raw
        and "wp:" not in raw
        and run.post_type != "attachment"
        and autoembed_changes_nothing(raw)
    )


def render_excerpt(excerpt: str, content: str, ctx: RenderContext, hooks: Hooks) -> str:
    """``excerpt.rendered``: ``the_excerpt`` over ``get_the_excerpt`` (generated from ``content`` if empty)."""
    ctx.activate()
    ctx.post_content = content
    text = hooks.apply_filters("get_the_excerpt", excerpt, ctx)
    return str(hooks.apply_filters("the_excerpt", text, ctx))


# -- vector adapters (see formatting/conformance.py) ------------------------------------------
def _vector_setup(post_content: str = "") -> tuple[RenderContext, Hooks, DefaultFilters]:
    """A fresh registry and context as each vector ran: global post 100, nothing counted yet."""
    hooks = Hooks()
    defaults = register_default_filters(hooks, VECTOR_SETTINGS)
    ctx = RenderContext(post_id=VECTOR_POST_ID, post_content=post_content, settings=VECTOR_SETTINGS)
    return ctx, hooks, defaults


def vector_the_content(raw: str) -> str:
    """``apply_filters('the_content', $raw)`` with global post 100 and fresh counters."""
    ctx, hooks, _ = _vector_setup(raw)
    return render_content(raw, ctx, hooks)


def vector_the_title(title: str) -> str:
    """``apply_filters('the_title', $title, 100)``."""
    ctx, hooks, _ = _vector_setup()
    return render_title(title, ctx, hooks)


def vector_excerpt(content: str) -> str:
    """``wp_trim_excerpt('', $post)`` for a post whose content is ``content``."""
    ctx, _, defaults = _vector_setup(content)
    return defaults.wp_trim_excerpt("", ctx)


def vector_the_excerpt(content: str, excerpt: str) -> str:
    """``apply_filters('the_excerpt', apply_filters('get_the_excerpt', $excerpt, $post))``."""
    ctx, hooks, _ = _vector_setup(content)
    return render_excerpt(excerpt, content, ctx, hooks)


def vector_do_shortcode(text: str) -> str:
    """``do_shortcode($text)`` with core's shortcodes, global post 100 and fresh counters."""
    ctx, _, _ = _vector_setup(text)
    return ctx.shortcode_registry.do_shortcode(text)
