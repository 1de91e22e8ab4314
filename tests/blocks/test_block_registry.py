"""The block type registry: core data, block supports' attributes, variations and theme styles."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.blocks import registry
from broadsheet.blocks.supports import block_has_support, register_support_attributes
from broadsheet.blocks.theme_blocks import NO_THEME, TemplatePart, template_parts, theme_blocks_of
from broadsheet.blocks.variations import BlockStyles, navigation_link_variations, template_part_variations
from broadsheet.themes.theme import get_theme

_TT5 = get_theme("twentytwentyfive")
assert _TT5 is not None
TWENTYTWENTYFIVE = theme_blocks_of(_TT5)


@pytest.mark.parametrize(("supports", "expected"), [
    pytest.param({}, ["className", "style"], id="no-supports-custom-css-default"),
    pytest.param({"customClassName": False, "customCSS": False}, [], id="nothing"),
    pytest.param({"align": True, "customCSS": False}, ["align", "className"], id="align"),
    pytest.param({"color": True, "customCSS": False}, ["className", "style", "backgroundColor", "textColor"],
                 id="color-true"),
    pytest.param({"color": {"text": False, "gradients": True}, "customCSS": False},
                 ["className", "style", "backgroundColor", "gradient"], id="color-partial"),
    pytest.param({"typography": {"fontSize": True}, "customCSS": False}, ["className", "style", "fontSize"],
                 id="font-size"),
    pytest.param({"__experimentalBorder": {"color": True}, "customCSS": False},
                 ["className", "style", "borderColor"], id="border-color"),
    pytest.param({"shadow": True, "customCSS": False}, ["className"], id="shadow-adds-nothing-new"),
    pytest.param({"anchor": True, "ariaLabel": True, "layout": {}, "customCSS": False},
                 ["className", "layout", "ariaLabel", "anchor"], id="anchor-aria-layout"),
])
def test_support_attributes_in_wordpress_order(supports: dict[str, Any], expected: list[str]) -> None:
    assert list(register_support_attributes({}, supports)) == expected


def test_block_has_support_treats_empty_array_as_supported() -> None:
    assert block_has_support({"layout": []}, "layout")
    assert not block_has_support({"layout": False}, "layout")
    assert block_has_support({"filter": {"duotone": True}}, ["filter", "duotone"])


def test_core_registry_order_and_dynamic_flags() -> None:
    types = registry.core_block_types()
    names = [t.name for t in types]
    assert names[:3] == ["core/legacy-widget", "core/widget-group", "core/accordion"]
    assert names[-1] == "core/post-comments" and len(names) == 116
    paragraph = registry.get_registered("core/paragraph")
    assert paragraph is not None and not paragraph.is_dynamic
    assert list(paragraph.attributes)[-5:] == ["gradient", "fontSize", "fontFamily", "borderColor", "anchor"]
    assert paragraph.style_handles == ["wp-block-paragraph"]
    page_list_item = registry.get_registered("core/page-list-item")
    assert page_list_item is not None and page_list_item.editor_style_handles == ["wp-block-page-list-item-editor"]


def test_legacy_post_comments_keeps_its_extra_style_handles() -> None:
    block = registry.get_registered("core/post-comments")
    assert block is not None
    assert block.style_handles == ["wp-block-post-comments", "wp-block-buttons", "wp-block-button"]
    assert block.deprecated_handle("style") == "wp-block-post-comments"
    assert block.deprecated_handle("editor_style") is None


def test_theme_partials_register_only_new_names_once() -> None:
    styles = BlockStyles(TWENTYTWENTYFIVE)
    assert [s["name"] for s in styles.for_block("core/group")] == []
    styles.register_theme_partials()
    styles.register_theme_partials()
    assert [s["name"] for s in styles.for_block("core/group")] == [f"section-{n}" for n in range(1, 6)]
    assert [s["name"] for s in styles.for_block("core/list")] == ["checkmark-list"]


def test_template_part_areas_lose_inserter_scope_when_the_theme_has_parts() -> None:
    parts = [TemplatePart("header", "Header", "header"), TemplatePart("sidebar", "Sidebar", "uncategorized"),
             TemplatePart("footer", "Footer", "footer")]
    with_parts = template_part_variations(("twentytwentyfive", TWENTYTWENTYFIVE), lambda: parts)
    assert [v["scope"] for v in with_parts[:2]] == [[], []]
    assert with_parts[3]["name"] == "instance_sidebar" and with_parts[3]["icon"] == "layout"
    without = template_part_variations(("other", NO_THEME))
    assert [v["name"] for v in without] == ["area_header", "area_footer"]
    assert all(v["scope"] == ["inserter"] for v in without)


def test_post_format_link_needs_theme_support(sqlite_site_app: Any) -> None:
    site = sqlite_site_app.site
    assert [v["name"] for v in navigation_link_variations(site, TWENTYTWENTYFIVE)] == [
        "post", "page", "category", "tag", "post_format"]
    assert "post_format" not in [v["name"] for v in navigation_link_variations(site, NO_THEME)]


def test_theme_contributions_come_from_the_theme_bundle() -> None:
    """Supports, functions.php registrations (manifest) and style partials (styles/**/*.json)."""
    assert {"post-formats", "block-templates"} <= set(TWENTYTWENTYFIVE.theme_supports)
    assert [name for name, _ in TWENTYTWENTYFIVE.block_styles] == ["core/list"]
    assert [name for name, _, _ in TWENTYTWENTYFIVE.pattern_categories] == [
        "twentytwentyfive_page", "twentytwentyfive_post-format"]
    assert [slug for slug, _, _ in TWENTYTWENTYFIVE.style_partials] == [
        "text-display", "text-subtitle", "text-annotation", "post-terms-1",
        *(f"section-{n}" for n in range(1, 6))]


def test_template_parts_are_the_active_themes_files_in_readdir_order(sqlite_site_app: Any) -> None:
    site = sqlite_site_app.site
    with site.db.engine.connect() as conn:
        parts = template_parts(conn, site)
    assert [(p.slug, p.area) for p in parts] == [
        ("header", "header"), ("sidebar", "uncategorized"), ("footer-columns", "footer"),
        ("footer-newsletter", "footer"), ("vertical-header", "header"), ("header-large-title", "header"),
        ("footer", "footer")]
