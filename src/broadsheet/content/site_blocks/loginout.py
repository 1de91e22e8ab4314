"""``core/loginout``: the caller's log out link (WordPress 7.1.4 ``render_block_core_loginout``).

The block renderer needs ``edit_posts``, so its caller is always logged in: the block is
``wp_loginout()``'s log out link, ``redirect_to`` the current URL when ``redirectToCurrent`` (the
default); ``displayLoginAsForm`` only changes what a logged-out visitor sees (not built:
``UnsupportedBlock``). Observed in ``tests/golden/cases-block-renderer-more.jsonl``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks"]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The login/out block bound to ``site``."""

    def render_loginout(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if not site.current_user_id():
            raise UnsupportedBlock("core/loginout", "logged-out")
        redirect = site.current_url() if attributes.get("redirectToCurrent") else ""
        link = f'<a href="{esc_url(site.logout_url(redirect))}">Log out</a>'
        wrapper = block_wrapper_attributes("core/loginout", loginout, attributes, {"class": "logged-in"})
        return f"<div {wrapper}>{link}</div>"

    loginout = registered_block("core/loginout", render_loginout)
    return {"core/loginout": loginout}
