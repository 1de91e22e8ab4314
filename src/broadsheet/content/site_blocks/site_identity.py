"""The site's identity: ``core/site-title``, ``core/site-tagline`` and ``core/site-logo``.

Title and tagline are the ``blogname`` and ``blogdescription`` options; the logo is the
``site_logo`` option or the theme's ``custom_logo`` mod, and renders nothing without one (a logo
image is not built yet: ``UnsupportedBlock``).

Behaviour observed on WordPress 7.1.4 (``tests/golden/cases-block-renderer.jsonl``): the heading
level is ``h{level}`` as given (even ``h0``); the tagline's level 0 is a paragraph.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_attr, esc_html
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks"]


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """Both blocks bound to ``site``."""

    def render_site_title(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        title = str(site.options.get("blogname") or "")
        if not title.strip():
            return ""
        if attributes.get("isLink"):
            target = attributes.get("linkTarget") or "_self"
            title = (f'<a href="{esc_url(site.home_url())}" target="{esc_attr(str(target))}" rel="home">'
                     f"{esc_html(title)}</a>")
        tag = f"h{php_int(attributes.get('level', 1))}"
        wrapper = block_wrapper_attributes("core/site-title", site_title, attributes, {})
        return f"<{tag} {wrapper}>{title}</{tag}>"

    def render_site_tagline(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        tagline = str(site.options.get("blogdescription") or "")
        if not tagline:
            return ""
        level = php_int(attributes.get("level", 0))
        tag = f"h{level}" if level else "p"
        wrapper = block_wrapper_attributes("core/site-tagline", site_tagline, attributes, {})
        return f"<{tag} {wrapper}>{tagline}</{tag}>"

    def render_site_logo(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        mods = site.options.get(f"theme_mods_{site.options.get('stylesheet') or ''}")
        logo = php_int(site.options.get("site_logo") or 0)
        if not logo and isinstance(mods, dict):
            logo = php_int(mods.get("custom_logo") or 0)
        if logo:
            raise UnsupportedBlock("core/site-logo", "site_logo")
        return ""

    site_title = registered_block("core/site-title", render_site_title)
    site_tagline = registered_block("core/site-tagline", render_site_tagline)
    site_logo = registered_block("core/site-logo", render_site_logo)
    return {"core/site-title": site_title, "core/site-tagline": site_tagline, "core/site-logo": site_logo}
