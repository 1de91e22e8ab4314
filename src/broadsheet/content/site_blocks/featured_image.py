"""``core/post-featured-image``: the context post's thumbnail (WordPress 7.1.4).

The image is ``wp_get_attachment_image`` of the thumbnail at ``sizeSlug`` (``post-thumbnail``, the
full image here, by default), lazily loaded with ``auto`` sizes, styled by ``aspectRatio``,
``height`` and ``scale``; linked, it takes the post's title as ``alt``. Widths,
overlays (``dimRatio``, colours, gradients) and ``useFirstImageFromPost`` are not built yet
(``UnsupportedBlock``). Observed in ``tests/golden/cases-block-renderer.jsonl``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, UnsupportedBlock, context_post, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender, block_wrapper_attributes, php_int
from broadsheet.formatting.escape import esc_attr
from broadsheet.formatting.strip import strip_tags
from broadsheet.formatting.urls import esc_url

__all__ = ["blocks"]

_NOT_BUILT = ("width", "overlayColor", "customOverlayColor", "customGradient", "useFirstImageFromPost")


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The featured image block bound to ``site``."""

    def render_featured_image(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        unbuilt = [name for name in _NOT_BUILT if attributes.get(name)]
        if php_int(attributes.get("dimRatio") or 0):
            unbuilt.append("dimRatio")
        if unbuilt:
            raise UnsupportedBlock("core/post-featured-image", unbuilt[0])
        post = context_post(site, rendered)
        attachments = site.attachments()
        thumbnail = attachments.thumbnail_id(post.ID) if post is not None else 0
        if post is None or not thumbnail:
            return ""
        size = str(attributes.get("sizeSlug") or "post-thumbnail")
        style = ""
        if attributes.get("aspectRatio"):
            style += f"aspect-ratio:{attributes['aspectRatio']};width:100%;"
        if attributes.get("height"):
            style += f"height:{attributes['height']};"
        if attributes.get("scale"):
            style += f"object-fit:{attributes['scale']};"
        attr: dict[str, str] = {"class": f"attachment-{size} size-{size} wp-post-image"}
        if attributes.get("isLink"):  # the link's text: the image is announced by the post's title
            attr["alt"] = strip_tags(site.the_title(post)).strip()
        if style:
            attr["style"] = style
        attr.update({"decoding": "async", "loading": "lazy"})
        image = attachments.image(thumbnail, size, attr)
        if not image:
            return ""
        image = image.replace(' sizes="', ' sizes="auto, ', 1)
        if attributes.get("isLink"):
            rel = attributes.get("rel")
            rel_attr = f'rel="{esc_attr(str(rel))}"' if rel else ""
            image = (f'<a href="{esc_url(site.permalink(post))}" target="{esc_attr(str(attributes.get("linkTarget")))}" '
                     f"{rel_attr}>{image}</a>")
        wrapper = block_wrapper_attributes("core/post-featured-image", featured_image, attributes, {})
        return f"<figure {wrapper}>{image}</figure>"

    featured_image = registered_block("core/post-featured-image", render_featured_image)
    return {"core/post-featured-image": featured_image}
