"""Excerpts generated from post content: ``wp_trim_excerpt`` and the helpers it runs.

Ports ``wp_trim_excerpt()``, ``excerpt_remove_blocks()``, ``_excerpt_render_inner_blocks()``,
``excerpt_remove_footnotes()`` (``wp-includes/formatting.php``, ``wp-includes/blocks.php``) and the
part of ``get_the_content()``/``generate_postdata()`` (``wp-includes/post-template.php``,
``wp-includes/query.php``) an excerpt reads, WordPress 7.1.4: outside the loop, first page only,
the teaser before ``<!--more-->`` with its tags balanced.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from broadsheet.formatting.balance import force_balance_tags
from broadsheet.formatting.blocks import ParsedBlock, has_blocks, parse_blocks
from broadsheet.formatting.render_blocks import BlockContext, render_block
from broadsheet.formatting.words import wp_trim_words

__all__ = [
    "EXCERPT_LENGTH",
    "EXCERPT_MORE",
    "excerpt_remove_blocks",
    "excerpt_remove_footnotes",
    "get_the_content_teaser",
    "wp_trim_excerpt",
]

#: ``_x('55', 'excerpt_length')`` in en_US, and the default ``excerpt_more``.
EXCERPT_LENGTH = 55
EXCERPT_MORE = " [&hellip;]"

_PHP_TRIM = " \t\n\r\0\x0b"
_MORE = re.compile(r"<!--more(.*?)?-->")
_MORE_BLOCK_DELIMITERS = re.compile(r"<!-- /?wp:more(.*?) -->")
_FOOTNOTE = re.compile(
    r'<sup data-fn="[^"]+" class="[^"]+">[ \t\n\x0b\f\r]*<a href="[^"]+" id="[^"]+">[0-9]+</a>[ \t\n\x0b\f\r]*</sup>'
)

#: Blocks whose rendered HTML may become excerpt text (``$allowed_inner_blocks``; None is classic text).
ALLOWED_INNER_BLOCKS: tuple[str | None, ...] = (
    None,
    "core/freeform",
    "core/heading",
    "core/html",
    "core/list",
    "core/media-text",
    "core/paragraph",
    "core/preformatted",
    "core/pullquote",
    "core/quote",
    "core/table",
    "core/verse",
)
#: Blocks whose inner blocks are searched for excerpt text (``excerpt_allowed_wrapper_blocks``).
ALLOWED_WRAPPER_BLOCKS: tuple[str, ...] = ("core/columns", "core/column", "core/group")


def _first_page(content: str) -> str:
    """The first page of ``content`` as ``generate_postdata`` splits it on ``<!--nextpage-->``."""
    if "<!--nextpage-->" not in content:
        return content
    content = content.replace("\n<!--nextpage-->\n", "<!--nextpage-->")
    content = content.replace("\n<!--nextpage-->", "<!--nextpage-->")
    content = content.replace("<!--nextpage-->\n", "<!--nextpage-->")
    content = content.replace("<!-- wp:nextpage -->", "").replace("<!-- /wp:nextpage -->", "")
    if content.startswith("<!--nextpage-->"):
        content = content[15:]
    return content.split("<!--nextpage-->")[0]


def _has_more_block(content: str) -> bool:
    """``has_block('more', $content)``: a ``core/more`` delimiter followed by a space."""
    return has_blocks(content) and ("<!-- wp:core/more " in content or "<!-- wp:more " in content)


def get_the_content_teaser(post_content: str) -> str:
    """``get_the_content('', false, $post)`` outside the loop: page 1, up to ``<!--more-->``."""
    content = _first_page(post_content)
    found = _MORE.search(content)
    if found is None:
        return content
    if _has_more_block(content):
        content = _MORE_BLOCK_DELIMITERS.sub("", content)
    parts = content.split(found.group(0), 1)
    output = parts[0]
    if len(parts) > 1:
        output = force_balance_tags(output)
    return output


def _render_inner_blocks(block: ParsedBlock, allowed: tuple[str | None, ...], ids: BlockContext) -> str:
    """``_excerpt_render_inner_blocks``: the allowed leaves of a wrapper block, rendered."""
    output = ""
    for inner in block["innerBlocks"]:
        if inner["blockName"] not in allowed:
            continue
        if not inner["innerBlocks"]:
            output += render_block(inner, ids)
        else:
            output += _render_inner_blocks(inner, allowed, ids)
    return output


def excerpt_remove_blocks(content: str, ids: BlockContext) -> str:
    """Keep only text-like blocks (rendered) and the text-like leaves of column/group wrappers."""
    if not has_blocks(content):
        return content
    allowed = ALLOWED_INNER_BLOCKS + ALLOWED_WRAPPER_BLOCKS
    output = ""
    for block in parse_blocks(content):
        if block["blockName"] not in allowed:
            continue
        if block["innerBlocks"]:
            if block["blockName"] in ALLOWED_WRAPPER_BLOCKS:
                output += _render_inner_blocks(block, allowed, ids)
                continue
            if any(
                inner["blockName"] not in ALLOWED_INNER_BLOCKS or inner["innerBlocks"] for inner in block["innerBlocks"]
            ):
                continue
        output += render_block(block, ids)
    return output


def excerpt_remove_footnotes(content: str) -> str:
    """Drop footnote reference markers (``<sup data-fn=…>``) so their numbers stay out of excerpts."""
    if "data-fn=" not in content:
        return content
    return _FOOTNOTE.sub("", content)


def wp_trim_excerpt(
    text: str,
    post_content: str,
    content_filters: Callable[[str], str],
    strip_shortcodes: Callable[[str], str],
    ids: BlockContext,
    *,
    excerpt_length: int = EXCERPT_LENGTH,
    excerpt_more: str = EXCERPT_MORE,
) -> str:
    """``text`` unchanged when it has any non-space; else an excerpt generated from ``post_content``.

    ``content_filters`` runs the ``the_content`` filters without ``do_blocks`` and
    ``wp_filter_content_tags`` (WordPress unhooks both for this call); ``strip_shortcodes`` is the
    registry's, so only registered shortcodes disappear.
    """
    if text.strip(_PHP_TRIM) != "":
        return text
    generated = get_the_content_teaser(post_content)
    generated = strip_shortcodes(generated)
    generated = excerpt_remove_blocks(generated, ids)
    generated = excerpt_remove_footnotes(generated)
    generated = content_filters(generated)
    generated = generated.replace("]]>", "]]&gt;")
    return wp_trim_words(generated, excerpt_length, excerpt_more)
