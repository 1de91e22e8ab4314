"""``core/archives``: not built yet (placeholder so the family list imports)."""

from __future__ import annotations

from broadsheet.content.site_blocks import BlockSite
from broadsheet.formatting.dynamic_blocks import DynamicBlock

__all__ = ["blocks"]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    return {}
