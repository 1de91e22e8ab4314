"""``core/term-name``, ``core/term-description`` and ``core/term-count`` (WordPress 7.1.4).

Each shows the term of its ``termId``/``taxonomy`` context, else the queried term. The block
renderer passes neither (its context is the global post's, and a REST request queries no term),
so all three render nothing there. Observed in ``tests/golden/cases-block-renderer-more.jsonl``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, Renderer, UnsupportedBlock, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender

__all__ = ["blocks"]

NAMES = ("core/term-name", "core/term-description", "core/term-count")


def _renderer(name: str) -> Renderer:
    def render_term_field(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if "termId" in rendered.context and "taxonomy" in rendered.context:
            raise UnsupportedBlock(name, "termId")  # a term template's term: not built yet
        return ""  # no queried term in a REST request

    return render_term_field


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The three term blocks (they read no site data without a term)."""
    return {name: registered_block(name, _renderer(name)) for name in NAMES}
