"""``do_blocks``: render parsed blocks to HTML the way WordPress 7.1.4 does for ``the_content``.

Ports ``do_blocks()``/``render_block()`` (``wp-includes/blocks.php``), ``WP_Block::render()`` and the
render callbacks and ``render_block_{name}`` filters of the core blocks that need no database
(``wp-includes/blocks/*.php``: paragraph, heading, list, button, image, gallery, video, file,
details, shortcode, footnotes, synced patterns). Block supports (layout, style variations, fluid typography) live in
``block_supports.py`` and ``typography.py``. Static blocks render their saved markup; block comments
disappear. Dynamic blocks that read the site's data (``DYNAMIC_BLOCKS``: the navigation blocks in
``navigation_blocks.py``) get their ancestors' block context and their inner blocks' HTML; other
blocks that query posts or list attachments from the database are left as saved.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from broadsheet.formatting.block_supports import (
    block_style_variation_class,
    block_style_variation_data,
    elements_class_name,
    elements_support_data,
    wp_render_layout_support_flag,
)
from broadsheet.formatting.blocks import ParsedBlock, parse_blocks
from broadsheet.formatting.dynamic_blocks import (
    DynamicBlock,
    DynamicRender,
    prepare_attributes_for_render,
)
from broadsheet.formatting.navigation_blocks import NAVIGATION_BLOCKS, PageSource
from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.tag_processor import TagProcessor
from broadsheet.formatting.typography import wp_render_typography_support

__all__ = ["BlockType", "BLOCK_TYPES", "BlockContext", "DYNAMIC_BLOCKS", "do_blocks", "dynamic_block", "render_block"]


class BlockPost(NamedTuple):
    """The fields of another post a block reads (a synced pattern's ``wp_block`` post)."""

    post_type: str
    post_status: str
    post_password: str
    post_content: str


class BlockContext(Protocol):
    """What block rendering reads of the request: the global post and the ``wp_unique_id()`` counter."""

    post_id: int

    def unique_id(self, prefix: str) -> str: ...

    def get_post_meta(self, key: str) -> Any: ...

    def attachment_metadata(self, attachment_id: int) -> dict[str, Any]: ...

    def get_post(self, post_id: int) -> BlockPost | None: ...

    def rendering_patterns(self) -> set[int]: ...

    def page_source(self) -> PageSource | None: ...

    def color_supported_blocks(self) -> set[str]: ...


@dataclass(frozen=True)
class BlockType:
    """What rendering needs to know of a registered block type."""

    layout_default: dict[str, Any] | None = None  # None: no layout support
    render: Callable[[dict[str, Any], str, ParsedBlock, BlockContext], str] | None = None
    attribute_defaults: tuple[tuple[str, Any], ...] = ()


# -- core render callbacks ---------------------------------------------------------------
_COMMENT = r"<!--(?:>|->|.*?--!?>)"
_COMMENTS = re.compile(r"(?:" + _COMMENT + r"|<![^>]*>|<\?[^>]*>)*", re.DOTALL)
_EMPTY_FIGCAPTION_REST = re.compile(r"(?:" + _COMMENT + r")*</figcaption(?:[ \t\f\r\n/][^>]*)?>", re.DOTALL | re.I)
_TAG_NAME_AT = re.compile(r"</?([A-Za-z][^ \t\f\r\n/>]*)")
_OBJECT_LABEL = re.compile(r'<object.+(?P<attribute>aria-label="(?P<filename>[^"]+)?")', re.IGNORECASE)


def _paragraph_add_class(content: str, block: ParsedBlock) -> str:
    """``block_core_paragraph_add_class`` (7.0): the first ``<p>`` gets ``wp-block-paragraph``."""
    return _add_class_to_first(content, {"P"}, "wp-block-paragraph")


def _render_heading(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``block_core_heading_render``: the first h1–h6 gets ``wp-block-heading``."""
    return _add_class_to_first(content, {"H1", "H2", "H3", "H4", "H5", "H6"}, "wp-block-heading")


def _add_class_to_first(content: str, tags: set[str], class_name: str) -> str:
    if not content:
        return content
    processor = TagProcessor(content)
    while processor.next_tag():
        if processor.get_tag() in tags:
            processor.add_class(class_name)
            break
    return processor.get_updated_html()


def _render_shortcode(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_shortcode``: the block's text goes through ``wpautop``."""
    from broadsheet.formatting.autop import wpautop

    return wpautop(content)


def _render_image(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_image``: no ``<img src>`` renders nothing; gallery images get ``data-id``;
    an empty ``<figcaption>`` is dropped."""
    if "<img" not in content.lower():
        return ""
    processor = TagProcessor(content)
    if not processor.next_tag("img") or not processor.get_attribute("src"):
        return ""
    if "data-id" in attributes:
        processor.set_attribute("data-id", php_strval(attributes["data-id"]))
    empty_caption: tuple[int, int] | None = None
    if processor.next_tag("figcaption") and not attributes.get("caption"):
        span = processor.tag_span()
        if span is not None:
            closer = _EMPTY_FIGCAPTION_REST.match(content, span[1])
            if closer is not None:
                empty_caption = (span[0], closer.end())
    output = processor.get_updated_html()
    if empty_caption is not None:
        # Attribute edits happen before the caption, so its offsets shift by the length change.
        shift = len(output) - len(content)
        start, end = empty_caption[0] + shift, empty_caption[1] + shift
        return output[:start] + output[end:]
    return output


def _render_list(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``block_core_list_render``: the first ``<ol>``/``<ul>`` gets ``wp-block-list``."""
    return _add_class_to_first(content, {"OL", "UL"}, "wp-block-list")


def _render_button(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_button``: a button link with no content (comments aside) renders nothing."""
    processor = TagProcessor(content)
    tag = None
    while processor.next_tag():
        tag = processor.get_tag()
        if tag in ("A", "BUTTON"):
            break
    span = processor.tag_span()
    if tag is None or span is None:
        return content
    rest = _COMMENTS.match(content, span[1])
    at = rest.end() if rest else span[1]
    if at >= len(content):
        return ""
    following = _TAG_NAME_AT.match(content, at)
    if following is not None and following.group(1).upper() == tag:
        return ""
    return content


def _render_video(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_video``: width, height and aspect ratio from the attachment's metadata."""
    attachment_id = attributes.get("id")
    if "<video" not in content or not isinstance(attachment_id, int) or isinstance(attachment_id, bool):
        return content
    if attachment_id <= 0:
        return content
    meta = ids.attachment_metadata(attachment_id)
    width, height = meta.get("width"), meta.get("height")
    if not (isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0):
        return content
    processor = TagProcessor(content)
    if not processor.next_tag("video"):
        return content
    processor.set_attribute("width", str(width))
    processor.set_attribute("height", str(height))
    style = processor.get_attribute("style")
    processor.set_attribute("style", f"aspect-ratio: {width} / {height};" + (style if isinstance(style, str) else ""))
    return processor.get_updated_html()


def _render_file(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_file``: a PDF preview's label, and its interactivity directives."""

    def label(match: re.Match[str]) -> str:
        filename = match.group("filename") or ""
        text = f"Embed of {filename}." if filename and filename != "PDF embed" else "PDF embed"
        return match.group(0).replace(match.group("attribute"), f'aria-label="{text}"')

    content = _OBJECT_LABEL.sub(label, content)
    if attributes.get("displayPreview"):
        processor = TagProcessor(content)
        processor.next_tag()
        processor.set_attribute("data-wp-interactive", "")
        processor.next_tag("object")
        processor.set_attribute("data-wp-style--display", "selectors.core.file.hasPdfPreview")
        return processor.get_updated_html()
    return content


def _details_images_low_priority(content: str, block: ParsedBlock) -> str:
    """``block_core_details_set_img_fetchpriority_low``: images in a closed details block load last."""
    attrs = block["attrs"] if isinstance(block["attrs"], dict) else {}
    if attrs.get("showContent"):
        return content
    processor = TagProcessor(content)
    while processor.next_tag("img"):
        processor.set_attribute("fetchpriority", "low")
    return processor.get_updated_html()


def _render_gallery(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``block_core_gallery_render``: the wrapper gets a unique ``wp-block-gallery-N`` class."""
    class_name = ids.unique_id("wp-block-gallery-")
    processor = TagProcessor(content)
    if processor.next_tag():
        processor.add_class(class_name)
    return processor.get_updated_html()




def _render_footnotes(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_footnotes``: the post's ``footnotes`` meta as a list with back-links."""
    if not ids.post_id:
        return ""
    raw = ids.get_post_meta("footnotes")
    if not raw or not isinstance(raw, str):
        return ""
    try:
        footnotes = json.loads(raw)
    except ValueError:
        return ""
    if not isinstance(footnotes, list) or not footnotes:
        return ""
    items = ""
    for index, footnote in enumerate(footnotes, 1):
        if not isinstance(footnote, dict):
            continue
        note_id, text = php_strval(footnote.get("id")), php_strval(footnote.get("content"))
        label = f"Jump to footnote reference {index}"
        items += f'<li id="{note_id}">{text} <a href="#{note_id}-link" aria-label="{label}">\u21a9\ufe0e</a></li>'
    custom = attributes.get("className")
    classes = f"{custom} wp-block-footnotes" if isinstance(custom, str) and custom else "wp-block-footnotes"
    return f'<ol class="{_escape_attribute(classes)}">{items}</ol>'


def _escape_attribute(value: str) -> str:
    """``esc_attr`` for a class list we built ourselves."""
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#039;").replace("<", "&lt;").replace(">", "&gt;")


def _render_synced_pattern(attributes: dict[str, Any], content: str, block: ParsedBlock, ids: BlockContext) -> str:
    """``render_block_core_block``: a synced pattern renders its ``wp_block`` post's blocks.

    Only published patterns without a password render; a pattern that includes itself renders
    nothing the second time (the ``$seen_refs`` guard, kept per request).
    """
    ref = attributes.get("ref")
    if not ref or not isinstance(ref, int | str) or not str(ref).isdigit():
        return ""
    ref = int(ref)
    pattern = ids.get_post(ref)
    if pattern is None or pattern.post_type != "wp_block":
        return ""
    seen = ids.rendering_patterns()
    if ref in seen or pattern.post_status != "publish" or pattern.post_password:
        return ""
    from broadsheet.formatting.embed import autoembed, run_shortcode

    seen.add(ref)
    try:
        text = autoembed(run_shortcode(pattern.post_content, ids), ids)
        return "".join(render_block(inner, ids) for inner in parse_blocks(text))
    finally:
        seen.discard(ref)


_FLOW: dict[str, Any] = {}

#: The core block types rendering has to know about (all others render their saved markup).
BLOCK_TYPES: dict[str, BlockType] = {
    "core/paragraph": BlockType(),
    "core/heading": BlockType(render=_render_heading),
    "core/shortcode": BlockType(render=_render_shortcode),
    "core/footnotes": BlockType(render=_render_footnotes),
    "core/block": BlockType(render=_render_synced_pattern),
    "core/list": BlockType(render=_render_list),
    "core/button": BlockType(render=_render_button),
    "core/video": BlockType(render=_render_video),
    "core/file": BlockType(render=_render_file),
    "core/image": BlockType(render=_render_image, attribute_defaults=(("linkDestination", "none"),)),
    "core/gallery": BlockType(layout_default={"type": "flex"}, render=_render_gallery),
    "core/group": BlockType(layout_default=_FLOW),
    "core/columns": BlockType(layout_default={"type": "flex", "flexWrap": "nowrap"}),
    "core/column": BlockType(layout_default=_FLOW),
    "core/quote": BlockType(layout_default=_FLOW),
    "core/cover": BlockType(layout_default=_FLOW),
    "core/buttons": BlockType(layout_default={"type": "flex"}),
    "core/details": BlockType(layout_default=_FLOW),
    "core/social-links": BlockType(layout_default={"type": "flex"}),
    "core/latest-posts": BlockType(layout_default=_FLOW),  # rendered by content/site_blocks/latest_posts.py
    "core/post-content": BlockType(layout_default=_FLOW),  # rendered by content/site_blocks/post_content.py
}

#: Blocks rendered from their attributes and the site's data (``render_callback`` in WordPress).
DYNAMIC_BLOCKS: dict[str, DynamicBlock] = {**NAVIGATION_BLOCKS}

#: ``render_block_{name}`` filters, which run after the ``render_block`` ones.
_NAMED_FILTERS: dict[str, Callable[[str, ParsedBlock], str]] = {
    "core/paragraph": _paragraph_add_class,
    "core/details": _details_images_low_priority,
}

# -- rendering ---------------------------------------------------------------------------
def _render_block_data(block: ParsedBlock, ids: BlockContext) -> ParsedBlock:
    """``render_block_data`` filters in WordPress's order: elements class, style variation number,
    gallery images' ``data-id``."""
    elements_support_data(block)
    block_style_variation_data(block, ids.unique_id)
    if block["blockName"] == "core/gallery":
        for inner in block["innerBlocks"]:
            attrs = inner["attrs"]
            if inner["blockName"] == "core/image" and isinstance(attrs, dict):
                if "data-id" not in attrs and "id" in attrs:
                    attrs["data-id"] = php_strval(attrs["id"])
    return block


@dataclass
class _Rendering:
    """A block whose inner content is being assembled (render_block keeps its own stack)."""

    block: ParsedBlock
    position: int = 0
    inner: int = 0
    parts: list[str] = field(default_factory=list)
    rendered_inner: list[str] = field(default_factory=list)  # each inner block's HTML, for dynamic blocks
    context: dict[str, Any] = field(default_factory=dict)  # the block context its ancestors provide


def dynamic_block(name: str | None, ids: BlockContext) -> DynamicBlock | None:
    """The dynamic block type rendering ``name``: a pure one, else one the request binds to its site."""
    if not name:
        return None
    # A context may bind blocks that read the site (``RenderContext.site_blocks``); others bind none.
    site_blocks: Mapping[str, DynamicBlock] = getattr(ids, "site_blocks", None) or {}
    return DYNAMIC_BLOCKS.get(name) or site_blocks.get(name)


def _child_context(frame: _Rendering, ids: BlockContext) -> dict[str, Any]:
    """The context a block's inner blocks see: its own plus what a dynamic block provides."""
    dynamic = dynamic_block(frame.block["blockName"], ids)
    if dynamic is None or not dynamic.provides_context:
        return frame.context
    return dynamic.child_context(prepare_attributes_for_render(frame.block["attrs"], dynamic.attributes), frame.context)


def _finish_block(frame: _Rendering, ids: BlockContext) -> str:
    """The block's render callback, then the ``render_block`` filters in WordPress's order."""
    block, content = frame.block, "".join(frame.parts)
    name = block["blockName"]
    block_type = BLOCK_TYPES.get(name) if name else None
    dynamic = dynamic_block(name, ids)
    if dynamic is not None:
        attributes = prepare_attributes_for_render(block["attrs"], dynamic.attributes)
        rendered = DynamicRender(content, frame.rendered_inner, dynamic.block_context(frame.context))
        content = dynamic.render(attributes, rendered, block, ids)
    elif block_type is not None and block_type.render is not None:
        attributes = dict(block_type.attribute_defaults)
        if isinstance(block["attrs"], dict):
            attributes.update(block["attrs"])
        content = block_type.render(attributes, content, block, ids)
    content = elements_class_name(content, block)
    content = wp_render_typography_support(content, block["attrs"])
    if block_type is not None:
        content = wp_render_layout_support_flag(content, block, block_type.layout_default)
    content = block_style_variation_class(content, block)
    named = _NAMED_FILTERS.get(name or "")
    return named(content, block) if named is not None else content


def render_block(block: ParsedBlock, ids: BlockContext, context: dict[str, Any] | None = None) -> str:
    """Render one parsed block and its inner blocks (``WP_Block::render``), however deep they nest.

    ``context`` is the block context available to the top block (``render_block``'s ``postId``/``postType``).
    """
    stack = [_Rendering(_render_block_data(block, ids), context=dict(context or {}))]
    while True:
        frame = stack[-1]
        chunks = frame.block["innerContent"]
        child: ParsedBlock | None = None
        while frame.position < len(chunks):
            chunk = chunks[frame.position]
            frame.position += 1
            if isinstance(chunk, str):
                frame.parts.append(chunk)
            elif frame.inner < len(frame.block["innerBlocks"]):
                child = frame.block["innerBlocks"][frame.inner]
                frame.inner += 1
                break
        if child is not None:
            stack.append(_Rendering(_render_block_data(child, ids), context=_child_context(frame, ids)))
            continue
        stack.pop()
        html = _finish_block(frame, ids)
        if not stack:
            return html
        stack[-1].parts.append(html)
        stack[-1].rendered_inner.append(html)


def do_blocks(content: str, ids: BlockContext) -> str:
    """Render every block in ``content``; text outside blocks passes through unchanged."""
    if "wp:" not in content:
        # No block delimiter: one freeform block, which no support or filter changes.
        return content
    return "".join(render_block(block, ids) for block in parse_blocks(content))
