"""``core/post-time-to-read``: the context post's reading time or word count (WordPress 7.1.4).

Words are ``wp_word_count`` of ``get_the_content()`` (page 1, the teaser and its more link). The
time is words / ``averageReadingSpeed`` rounded (at least 1 minute); as a range, from words / 1.2×
speed to words / 0.8× speed, one minute wide at least. A password-protected post (WordPress counts
its password form) is not built yet (``UnsupportedBlock``). Observed in ``cases-block-renderer.jsonl``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, context_post, registered_block
from broadsheet.content.site_blocks.post_content import get_the_content
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes
from broadsheet.formatting.word_count import wp_word_count

__all__ = ["blocks"]


def _php_round(value: float) -> int:
    """PHP's ``round``: halves away from zero."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def _minutes(count: int) -> str:
    return f"{count} minute" if count == 1 else f"{count} minutes"


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The time-to-read block bound to ``site``."""

    def render_time_to_read(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None:
            return ""
        if post.post_password:
            raise UnsupportedBlock("core/post-time-to-read", "post_id")
        words = wp_word_count(get_the_content(site, post))
        mode = attributes.get("displayMode", "time")
        if mode == "words":
            text = f"{words:,} word" if words == 1 else f"{words:,} words"
        elif mode == "time":
            speed = float(attributes.get("averageReadingSpeed") or 189)
            if attributes.get("displayAsRange"):
                low = max(1, _php_round(words / (speed * 1.2)))
                high = max(1, _php_round(words / (speed * 0.8)))
                if high <= low:
                    high = low + 1
                text = f"{low}–{high} minutes"
            else:
                text = _minutes(max(1, _php_round(words / speed)))
        else:
            raise UnsupportedBlock("core/post-time-to-read", "displayMode")
        wrapper = block_wrapper_attributes("core/post-time-to-read", time_to_read, attributes, {})
        return f"<div {wrapper}>{text}</div>"

    time_to_read = registered_block("core/post-time-to-read", render_time_to_read)
    return {"core/post-time-to-read": time_to_read}
