"""The block parser's output shape, serialization, and do_blocks on its own."""

from __future__ import annotations

import re

import pytest

from broadsheet.formatting.blocks import parse_blocks, serialize_blocks
from broadsheet.formatting.render_blocks import BlockPost, do_blocks


class _Ids:
    def __init__(self, post_id: int = 0, meta: dict[str, str] | None = None) -> None:
        self.count = 0
        self.post_id = post_id
        self.meta = meta or {}

    def get_post_meta(self, key: str) -> str:
        return self.meta.get(key, "")

    def attachment_metadata(self, attachment_id: int) -> dict[str, object]:
        return {"width": 640, "height": 360} if attachment_id == 9 else {}

    patterns: dict[int, BlockPost] = {
        5: BlockPost("wp_block", "publish", "", "<!-- wp:paragraph -->\n<p>Shared</p>\n<!-- /wp:paragraph -->"),
        6: BlockPost("wp_block", "publish", "", '<!-- wp:block {"ref":6} /-->x'),
        7: BlockPost("wp_block", "draft", "", "<!-- wp:paragraph --><p>Draft</p><!-- /wp:paragraph -->"),
    }
    in_progress: set[int] = set()

    def get_post(self, post_id: int) -> BlockPost | None:
        return self.patterns.get(post_id)

    def rendering_patterns(self) -> set[int]:
        return self.in_progress

    def page_source(self) -> None:
        return None

    def color_supported_blocks(self) -> set[str]:
        return set()

    def unique_id(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"


def test_freeform_text_is_a_block_without_a_name() -> None:
    assert parse_blocks("Just text") == [
        {"blockName": None, "attrs": {}, "innerBlocks": [], "innerHTML": "Just text", "innerContent": ["Just text"]}
    ]


def test_inner_blocks_leave_a_none_in_inner_content() -> None:
    doc = '<!-- wp:group --><div><!-- wp:paragraph {"a":1} --><p>x</p><!-- /wp:paragraph --></div><!-- /wp:group -->'
    [group] = parse_blocks(doc)
    assert group["blockName"] == "core/group"
    assert group["innerContent"] == ["<div>", None, "</div>"]
    assert group["innerHTML"] == "<div></div>"
    assert group["innerBlocks"][0]["attrs"] == {"a": 1}
    assert group["innerBlocks"][0]["innerContent"] == ["<p>x</p>"]


def test_void_block_and_namespaced_name() -> None:
    [block] = parse_blocks('<!-- wp:my-plugin/thing {"n":2} /-->')
    assert block == {"blockName": "my-plugin/thing", "attrs": {"n": 2}, "innerBlocks": [], "innerHTML": "",
                     "innerContent": []}


def test_invalid_json_attributes_become_none() -> None:
    [block] = parse_blocks("<!-- wp:paragraph {not json} --><p>x</p><!-- /wp:paragraph -->")
    assert block["attrs"] is None


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param('<!-- wp:paragraph {"align":"right"} --><p>x</p><!-- /wp:paragraph -->', id="attrs"),
        pytest.param("<!-- wp:my/void /-->", id="void"),
        pytest.param("a<!-- wp:group --><div><!-- wp:paragraph --><p>x</p><!-- /wp:paragraph --></div>"
                     "<!-- /wp:group -->b", id="nested"),
    ],
)
def test_serialize_round_trips(doc: str) -> None:
    assert serialize_blocks(parse_blocks(doc)) == doc


def test_do_blocks_drops_comments_and_marks_paragraphs() -> None:
    doc = "<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->"
    assert do_blocks(doc, _Ids()) == '\n<p class="wp-block-paragraph">A</p>\n'


def test_columns_get_the_stable_hashed_container_class() -> None:
    doc = '<!-- wp:columns -->\n<div class="wp-block-columns"></div>\n<!-- /wp:columns -->'
    assert do_blocks(doc, _Ids()) == (
        '\n<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-794e3cfa'
        ' wp-block-columns-is-layout-flex"></div>\n'
    )


def test_image_block_without_src_renders_nothing() -> None:
    assert do_blocks("<!-- wp:image -->\n<figure><img alt=x></figure>\n<!-- /wp:image -->", _Ids()) == ""


def test_footnotes_block_lists_the_posts_footnotes_meta() -> None:
    meta = {"footnotes": '[{"id":"n1","content":"Source."}]'}
    assert do_blocks("<!-- wp:footnotes /-->", _Ids(post_id=5, meta=meta)) == (
        '<ol class="wp-block-footnotes"><li id="n1">Source. <a href="#n1-link" '
        'aria-label="Jump to footnote reference 1">\u21a9\ufe0e</a></li></ol>'
    )


def test_footnotes_block_without_meta_renders_nothing() -> None:
    assert do_blocks("<!-- wp:footnotes /-->", _Ids(post_id=5)) == ""


def test_constrained_group_gets_global_padding() -> None:
    doc = '<!-- wp:group {"layout":{"type":"constrained"}} -->\n<div class="wp-block-group"></div>\n<!-- /wp:group -->'
    assert do_blocks(doc, _Ids()) == (
        '\n<div class="wp-block-group has-global-padding is-layout-constrained'
        ' wp-block-group-is-layout-constrained"></div>\n'
    )


def test_styled_variation_gets_a_numbered_instance_class() -> None:
    doc = (
        '<!-- wp:quote {"className":"is-style-plain"} -->\n<blockquote class="wp-block-quote is-style-plain">'
        "<p>x</p></blockquote>\n<!-- /wp:quote -->"
    )
    assert do_blocks(doc, _Ids()) == (
        '\n<blockquote class="wp-block-quote is-style-plain is-layout-flow wp-block-quote-is-layout-flow'
        ' is-style-plain--1"><p>x</p></blockquote>\n'
    )


def test_custom_font_size_becomes_fluid() -> None:
    doc = (
        '<!-- wp:paragraph {"style":{"typography":{"fontSize":"28px"}}} -->\n'
        '<p style="font-size:28px">Big</p>\n<!-- /wp:paragraph -->'
    )
    assert do_blocks(doc, _Ids()) == (
        '\n<p class="wp-block-paragraph" style="font-size:clamp(17.905px, 1.119rem + ((1vw - 3.2px) * 0.99), 28px);">'
        "Big</p>\n"
    )


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        # WordPress's own test values (maximum viewport 1600px).
        pytest.param("1.75rem", "clamp(1.119rem, 1.119rem + ((1vw - 0.2rem) * 0.789), 1.75rem)", id="rem"),
        pytest.param("28px", "clamp(17.905px, 1.119rem + ((1vw - 3.2px) * 0.789), 28px)", id="px"),
        pytest.param("14px", "14px", id="at-the-minimum"),
    ],
)
def test_fluid_font_size_formula(size: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.formatting import typography

    monkeypatch.setattr(typography, "WIDE_SIZE", "1600px")
    assert typography.wp_get_typography_font_size_value(size) == expected


def test_deeply_nested_blocks_render_without_recursion_limits() -> None:
    depth = 3000
    doc = '<!-- wp:group --><div class="wp-block-group">' * depth + "x" + "</div><!-- /wp:group -->" * depth
    out = do_blocks(doc, _Ids())
    assert out.count(" is-layout-flow ") == depth and "<!--" not in out


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param("<!-- wp:list -->\n<ol><li>a</li></ol>\n<!-- /wp:list -->",
                     '\n<ol class="wp-block-list"><li>a</li></ol>\n', id="list-class"),
        pytest.param('<!-- wp:button -->\n<div class="wp-block-button"><a class="wp-block-button__link"></a></div>'
                     "\n<!-- /wp:button -->", "", id="empty-button"),
        pytest.param('<!-- wp:button -->\n<div class="wp-block-button"><a href="x">Go</a></div>\n<!-- /wp:button -->',
                     '\n<div class="wp-block-button"><a href="x">Go</a></div>\n', id="button"),
        pytest.param('<!-- wp:image -->\n<figure class="wp-block-image"><img src="a.jpg" alt=""/><figcaption>'
                     '</figcaption></figure>\n<!-- /wp:image -->',
                     '\n<figure class="wp-block-image"><img src="a.jpg" alt=""/></figure>\n', id="empty-figcaption"),
        pytest.param('<!-- wp:video {"id":9} -->\n<figure class="wp-block-video"><video controls src="v.mp4">'
                     "</video></figure>\n<!-- /wp:video -->",
                     '\n<figure class="wp-block-video"><video width="640" height="360" '
                     'style="aspect-ratio: 640 / 360;" controls src="v.mp4"></video></figure>\n', id="video-dimensions"),
        pytest.param('<!-- wp:details -->\n<details class="wp-block-details"><summary>s</summary>'
                     '<img src="a.jpg"></details>\n<!-- /wp:details -->',
                     '\n<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow">'
                     '<summary>s</summary><img fetchpriority="low" src="a.jpg"></details>\n', id="closed-details"),
    ],
)
def test_core_block_render_callbacks(doc: str, expected: str) -> None:
    assert do_blocks(doc, _Ids()) == expected


def test_block_with_link_colour_gets_an_elements_class() -> None:
    doc = (
        '<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"red"}}}}} -->\n'
        '<p class="has-link-color">x</p>\n<!-- /wp:paragraph -->'
    )
    out = do_blocks(doc, _Ids())
    assert re.fullmatch(r'\n<p class="has-link-color wp-elements-[0-9a-f]{32} wp-block-paragraph">x</p>\n', out)


def test_php_serialize_of_a_parsed_block_shape() -> None:
    from broadsheet.formatting.block_supports import _php_serialize

    value = {"a": 1, "b": [True, None, 1.5, "é"], "7": 2.0}
    assert _php_serialize(value) == 'a:3:{s:1:"a";i:1;s:1:"b";a:4:{i:0;b:1;i:1;N;i:2;d:1.5;i:3;s:2:"é";}i:7;d:2;}'


def test_unterminated_attribute_delimiters_are_plain_text() -> None:
    doc = '<!-- wp:a {"a":1} ' * 5000  # quadratic for a naive scan; bench/ measures the speed
    [block] = parse_blocks(doc)
    assert block["blockName"] is None and block["innerHTML"] == doc


def test_attributes_end_at_the_first_brace_before_the_comment_end() -> None:
    [block] = parse_blocks('<!-- wp:a {"a":"} -->"} -->x')
    assert block["blockName"] == "core/a" and block["attrs"] is None
    assert block["innerHTML"] == '"} -->x'


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        pytest.param(5, '\n<p class="wp-block-paragraph">Shared</p>\n', id="published"),
        pytest.param(6, "x", id="includes-itself"),
        pytest.param(7, "", id="draft"),
        pytest.param(8, "", id="missing"),
    ],
)
def test_synced_pattern_renders_its_blocks(ref: int, expected: str) -> None:
    assert do_blocks(f'<!-- wp:block {{"ref":{ref}}} /-->', _Ids()) == expected


def test_empty_and_list_shaped_objects_serialise_as_php_arrays() -> None:
    """PHP decodes block attributes to arrays, so ``{}`` and ``{"0": …}`` are written back as lists."""
    from broadsheet.formatting.blocks import serialize_block_attributes

    assert serialize_block_attributes({"border": {"top": {}, "radius": {"0": "a", "1": "b"}}, "x": {"1": "c"}}) == (
        '{"border":{"top":[],"radius":["a","b"]},"x":{"1":"c"}}')
