"""``core/search``: the search form (WordPress 7.1.4, observed in ``cases-block-renderer.jsonl``).

The ``button-only`` position (an Interactivity API toggle) is not built yet: it raises
``UnsupportedBlock`` rather than rendering something else.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, registered_block
from broadsheet.formatting.dynamic_blocks import (
    DynamicBlock,
    DynamicRender,
    block_wrapper_attributes,
)
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.formatting.php_strings import php_strval
from broadsheet.formatting.strip import wp_strip_all_tags
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks"]

_SEARCH_ICON = """<svg class="search-icon" viewBox="0 0 24 24" width="24" height="24">
\t\t\t\t\t<path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8 3.8 1.1 1.1 3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5zm0 10.5c-2.5 0-4.5-2-4.5-4.5s2-4.5 4.5-4.5 4.5 2 4.5 4.5-2 4.5-4.5 4.5z"></path>
\t\t\t\t</svg>"""




def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The search block bound to ``site``."""

    def render_search(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        position = str(attributes.get("buttonPosition") or "button-outside")
        if position == "button-only":
            raise UnsupportedBlock("core/search", "buttonPosition")
        input_id = ids.unique_id("wp-block-search__input-")
        label = attributes.get("label", "Search")
        label_html = wp_kses_post(label) if isinstance(label, str) and label else "Search"
        label_class = "wp-block-search__label"
        if not attributes.get("showLabel") or not label:
            label_class += " screen-reader-text"
        classes = [f"wp-block-search__{position}"]
        use_icon = bool(attributes.get("buttonUseIcon"))
        if position != "no-button":
            classes.append("wp-block-search__icon-button" if use_icon else "wp-block-search__text-button")
        width, unit = attributes.get("width"), attributes.get("widthUnit")
        style = f' style="width: {php_strval(width)}{unit}"' if width and unit else ""
        field = (f'<input class="wp-block-search__input" id="{input_id}" '
                 f'placeholder="{esc_attr(str(attributes.get("placeholder") or ""))}" value="" type="search" name="s" required />')
        query = attributes.get("query")
        if isinstance(query, dict):
            field += "".join(f'<input type="hidden" name="{esc_attr(str(k))}" value="{esc_attr(php_strval(v))}" />'
                             for k, v in query.items())
        button = ""
        if position != "no-button":
            text = attributes.get("buttonText", "Search")
            text = text if isinstance(text, str) else ""
            content = _SEARCH_ICON if use_icon else wp_kses_post(text)
            icon_class = " has-icon" if use_icon else ""
            button = (f'<button aria-label="{esc_attr(wp_strip_all_tags(text))}" '
                      f'class="wp-block-search__button{icon_class} wp-element-button" type="submit" >{content}</button>')
        wrapper = block_wrapper_attributes("core/search", search, attributes, {"class": " ".join(classes)})
        return (f'<form role="search" method="get" action="{esc_url(site.home_url("/"))}" {wrapper} >'
                f'<label class="{label_class}" for="{input_id}" >{label_html}</label>'
                f'<div class="wp-block-search__inside-wrapper" {style}>{field}{button}</div></form>')

    search = registered_block("core/search", render_search)
    return {"core/search": search}
