"""The default filter chains on a Hooks registry: plugins can change them, renders share nothing."""

from __future__ import annotations

from broadsheet.formatting.chains import (
    RenderContext,
    RequestState,
    register_default_filters,
    render_content,
    render_excerpt,
    render_title,
)
from broadsheet.formatting.settings import FormattingSettings
from broadsheet.formatting.texturize import wptexturize
from broadsheet.hooks import Hooks

GALLERY = '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery"></figure>\n<!-- /wp:gallery -->'


def _site() -> Hooks:
    hooks = Hooks()
    register_default_filters(hooks, FormattingSettings())
    return hooks


def test_the_title_curls_quotes_by_default() -> None:
    assert render_title('"Hi" there', RenderContext(post_id=1), _site()) == "&#8220;Hi&#8221; there"


def test_removing_wptexturize_from_the_title_leaves_quotes_straight() -> None:
    hooks = _site()
    assert hooks.remove_filter("the_title", wptexturize, 10)
    assert render_title('"Hi" there ', RenderContext(post_id=1), hooks) == '"Hi" there'


def test_a_plugin_filter_runs_at_its_priority() -> None:
    hooks = _site()
    hooks.add_filter("the_title", lambda title: title + " -- x", 9)  # before wptexturize: dashes curl
    hooks.add_filter("the_title", lambda title: title + " -- y", 12)  # after: left alone
    assert render_title("A", RenderContext(post_id=1), hooks) == "A &#8212; x -- y"


def test_a_step_can_be_moved_to_another_priority() -> None:
    hooks = _site()
    hooks.remove_filter("the_title", wptexturize, 10)
    hooks.add_filter("the_title", lambda title: title.replace("'", '"'), 10)
    hooks.add_filter("the_title", wptexturize, 12)
    assert render_title("'quoted'", RenderContext(post_id=1), hooks) == "&#8220;quoted&#8221;"


def test_settings_bound_steps_are_removable_through_the_returned_defaults() -> None:
    hooks = Hooks()
    defaults = register_default_filters(hooks, FormattingSettings())
    assert hooks.remove_filter("the_content", defaults.convert_smilies, 20)
    assert hooks.has_filter("the_content", defaults.convert_smilies) is False


def test_block_content_is_not_wrapped_in_paragraphs() -> None:
    raw = "<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\nLoose text"
    out = render_content(raw, RenderContext(post_id=1), _site())
    assert out == '\n<p class="wp-block-paragraph">One</p>\n\n\nLoose text'


def test_classic_content_after_block_content_gets_paragraphs_again() -> None:
    hooks, ctx = _site(), RenderContext(post_id=1)
    render_content("<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->", ctx, hooks)
    assert render_content("Two", ctx, hooks) == "<p>Two</p>\n"


def test_removing_do_blocks_keeps_block_comments_and_wpautop() -> None:
    hooks = Hooks()
    defaults = register_default_filters(hooks, FormattingSettings())
    hooks.remove_filter("the_content", defaults.do_blocks, 9)
    out = render_content("<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->", RenderContext(post_id=1), hooks)
    assert "<!-- wp:paragraph -->" in out and 'class="wp-block-paragraph"' not in out


def test_removing_wpautop_from_the_content() -> None:
    hooks = Hooks()
    defaults = register_default_filters(hooks, FormattingSettings())
    hooks.remove_filter("the_content", defaults.wpautop, 10)
    assert render_content("One\n\nTwo", RenderContext(post_id=1), hooks) == "One\n\nTwo"


def test_two_requests_do_not_share_counters() -> None:
    hooks = _site()
    first, second = RenderContext(post_id=1), RenderContext(post_id=2)
    assert "wp-block-gallery-1" in render_content(GALLERY, first, hooks)
    assert "wp-block-gallery-2" in render_content(GALLERY, first, hooks)
    assert "wp-block-gallery-1" in render_content(GALLERY, second, hooks)


def test_posts_of_one_request_share_its_counters() -> None:
    hooks, request = _site(), RequestState()
    assert "wp-block-gallery-1" in render_content(GALLERY, RenderContext(post_id=1, request=request), hooks)
    assert "wp-block-gallery-2" in render_content(GALLERY, RenderContext(post_id=2, request=request), hooks)


def test_after_a_block_post_wpautop_runs_after_shortcode_unautop() -> None:
    hooks, request = _site(), RequestState()
    classic = "Text\n\n[video src=\"http://example.org/v.mp4\"]"
    alone = render_content(classic, RenderContext(post_id=1), hooks)
    assert "<p><div" not in alone
    render_content("<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->", RenderContext(post_id=2, request=request), hooks)
    after = render_content(classic, RenderContext(post_id=3, request=request), hooks)
    assert "<p><div" in after


def test_generated_excerpt_cuts_at_the_more_tag() -> None:
    content = "First part.<!--more-->Second part."
    assert render_excerpt("", content, RenderContext(post_id=1), _site()) == "<p>First part.</p>\n"


def test_a_written_excerpt_is_used_as_it_is() -> None:
    assert render_excerpt("Mine", "Content", RenderContext(post_id=1), _site()) == "<p>Mine</p>\n"


class _OneAttachment:
    """An attachment source that knows attachment 7 (an image) only."""

    def url(self, attachment_id: int) -> str:
        return "http://example.org/wp-content/uploads/a.jpg" if attachment_id == 7 else ""

    def link(self, attachment_id: int, size: str = "thumbnail", permalink: bool = False, attr: object = None) -> str:
        return f"<a href='{self.url(attachment_id)}'><img width=\"3\" height=\"2\" src=\"x-{size}.jpg\" alt=\"\" /></a>"

    def metadata(self, attachment_id: int) -> dict[str, object]:
        return {}

    def thumbnail_id(self, post_id: int) -> int:
        return 0


def test_attachment_description_starts_with_the_linked_medium_image() -> None:
    ctx = RenderContext(post_id=7, post_type="attachment", post_mime_type="image/jpeg",
                        attachments=_OneAttachment())  # type: ignore[arg-type]
    assert render_content("Desc", ctx, _site()) == (
        '<p class="attachment"><a href=\'http://example.org/wp-content/uploads/a.jpg\'><img loading="lazy" '
        'decoding="async" width="3" height="2" src="x-medium.jpg" alt="" /></a></p>\n<p>Desc</p>\n'
    )


def test_excerpt_length_override_shortens_the_generated_excerpt() -> None:
    ctx = RenderContext(post_id=1, excerpt_length=3)
    assert render_excerpt("", "one two three four five", ctx, _site()) == "<p>one two three [&hellip;]</p>\n"


def test_smiley_images_use_the_render_contexts_site_url() -> None:
    settings = FormattingSettings(home="https://news.example", siteurl="https://news.example")
    out = render_content(":mrgreen:", RenderContext(post_id=1, settings=settings), _site())
    assert 'src="https://news.example/wp-includes/images/smilies/mrgreen.png"' in out
