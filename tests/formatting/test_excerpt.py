"""The pieces of wp_trim_excerpt: teaser, first page, blocks kept for excerpts, footnote markers."""

from __future__ import annotations

import pytest

from broadsheet.formatting.excerpt import (
    excerpt_remove_blocks,
    excerpt_remove_footnotes,
    get_the_content_teaser,
    wp_trim_excerpt,
)


class _Ids:
    post_id = 1

    def unique_id(self, prefix: str) -> str:
        return prefix + "1"

    def get_post_meta(self, key: str) -> str:
        return ""

    def attachment_metadata(self, attachment_id: int) -> dict[str, object]:
        return {}


@pytest.mark.parametrize(
    ("content", "teaser"),
    [
        pytest.param("One<!--more-->Two", "One", id="more"),
        pytest.param("<b>One<!--more Read on-->Two</b>", "<b>One</b>", id="teaser-tags-balanced"),
        pytest.param("Page one\n<!--nextpage-->\nPage two", "Page one", id="first-page-only"),
        pytest.param("<!--nextpage-->Only page", "Only page", id="leading-nextpage-ignored"),
        pytest.param("<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->Rest", "\n", id="more-block-delimiters-removed"),
        pytest.param("No more tag", "No more tag", id="whole-content"),
    ],
)
def test_teaser(content: str, teaser: str) -> None:
    assert get_the_content_teaser(content) == teaser


def test_only_text_blocks_and_wrapper_leaves_reach_the_excerpt() -> None:
    content = (
        "<!-- wp:paragraph --><p>Kept</p><!-- /wp:paragraph -->"
        '<!-- wp:image --><figure><img src="a.jpg"/></figure><!-- /wp:image -->'
        "<!-- wp:columns --><div><!-- wp:column --><div><!-- wp:heading --><h2>Inner</h2><!-- /wp:heading -->"
        "</div><!-- /wp:column --></div><!-- /wp:columns -->"
    )
    assert excerpt_remove_blocks(content, _Ids()) == (
        '<p class="wp-block-paragraph">Kept</p><h2 class="wp-block-heading">Inner</h2>'
    )


def test_a_list_with_list_item_blocks_is_left_out() -> None:
    content = "<!-- wp:list --><ul><!-- wp:list-item --><li>x</li><!-- /wp:list-item --></ul><!-- /wp:list -->"
    assert excerpt_remove_blocks(content, _Ids()) == ""


def test_footnote_markers_are_removed() -> None:
    text = 'Claim<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup>.'
    assert excerpt_remove_footnotes(text) == "Claim."


def test_a_written_excerpt_is_returned_untouched() -> None:
    assert wp_trim_excerpt(" Mine ", "Body", str.upper, str, _Ids()) == " Mine "


def test_generated_excerpt_runs_the_content_filters_and_cuts_at_55_words() -> None:
    body = " ".join(f"w{i}" for i in range(60)) + " ]]>"
    out = wp_trim_excerpt("", body, str.upper, lambda text: text, _Ids())
    assert out == " ".join(f"W{i}" for i in range(55)) + " [&hellip;]"
