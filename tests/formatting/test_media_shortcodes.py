"""Core's media shortcodes: markup, per-render counters, and attachments through AttachmentSource."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from broadsheet.formatting.media_shortcodes import (
    Attachment,
    MediaRenderState,
    core_shortcodes,
    do_shortcode_for_vectors,
    wp_validate_boolean,
)
from broadsheet.formatting.media_urls import add_query_arg, remove_query_arg, set_url_scheme, wp_check_filetype
from broadsheet.hooks.registry import Hooks


def test_audio_counters_live_in_the_render_state() -> None:
    state = MediaRenderState(post_id=7)
    registry = core_shortcodes(state)
    out = registry.do_shortcode('[audio src="http://e.x/a.mp3"][audio src="http://e.x/b.ogg"]')
    assert 'id="audio-7-1"' in out and "a.mp3?_=1" in out
    assert 'id="audio-7-2"' in out and "b.ogg?_=2" in out
    # A new render starts again at 1.
    assert 'id="audio-7-1"' in core_shortcodes(MediaRenderState(post_id=7)).do_shortcode('[audio src="http://e.x/a.mp3"]')


def test_audio_with_unknown_extension_is_a_plain_link() -> None:
    assert do_shortcode_for_vectors('[audio src="http://e.x/a.txt"]') == (
        '<a class="wp-embedded-audio" href="http://e.x/a.txt">http://e.x/a.txt</a>'
    )


def test_audio_without_source_or_attachment_renders_nothing() -> None:
    assert do_shortcode_for_vectors("[audio]") == ""


def test_video_markup_matches_wordpress() -> None:
    out = do_shortcode_for_vectors('[video src="http://e.x/m.webm" muted="1" preload="bogus"]')
    assert out == (
        '<div style="width: 640px;" class="wp-video"><video class="wp-video-shortcode" id="video-100-1" '
        'width="640" height="360" muted controls="controls"><source type="video/webm" '
        'src="http://e.x/m.webm?_=1" /><a href="http://e.x/m.webm">http://e.x/m.webm</a></video></div>'
    )


def test_youtube_video_source_is_forced_to_https() -> None:
    out = do_shortcode_for_vectors('[video src="http://www.youtube.com/watch?v=abc&feature=share"]')
    assert '<source type="video/youtube" src="https://www.youtube.com/watch?v=abc&#038;_=1" />' in out


def test_video_is_shrunk_to_the_content_width() -> None:
    registry = core_shortcodes(MediaRenderState(post_id=1), content_width=320)
    out = registry.do_shortcode('[video src="http://e.x/m.mp4" width="640" height="360"]')
    assert 'width="320" height="180"' in out and "width: 320px;" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('[caption width="10" caption="Hi"]<img src="x">[/caption]',
                     '<figure style="width: 10px" class="wp-caption alignnone"><img src="x">'
                     '<figcaption class="wp-caption-text">Hi</figcaption></figure>', id="caption-attribute"),
        pytest.param('[caption width="10" caption_id="c_1"]<img src="x"> Hi[/caption]',
                     '<figure aria-describedby="c_1" style="width: 10px" class="wp-caption alignnone"><img src="x">'
                     '<figcaption id="c_1" class="wp-caption-text">Hi</figcaption></figure>', id="explicit-caption-id"),
        pytest.param('[wp_caption width="5"]<img src="x"> Old[/wp_caption]',
                     '<figure style="width: 5px" class="wp-caption alignnone"><img src="x">'
                     '<figcaption class="wp-caption-text">Old</figcaption></figure>', id="wp-caption-alias"),
    ],
)
def test_caption(text: str, expected: str) -> None:
    assert do_shortcode_for_vectors(text) == expected


def test_caption_without_html5_uses_div_and_extra_width() -> None:
    registry = core_shortcodes(MediaRenderState(post_id=1), html5=False)
    assert registry.do_shortcode('[caption id="a" width="10"]<img src="x"> Hi[/caption]') == (
        '<div id="a" style="width: 20px" class="wp-caption alignnone"><img aria-describedby="caption-a" src="x">'
        '<p id="caption-a" class="wp-caption-text">Hi</p></div>'
    )


def test_repeated_caption_ids_are_made_unique() -> None:
    text = '[caption id="x" width="1"]<img src="a"> A[/caption][caption id="x" width="1"]<img src="b"> B[/caption]'
    out = do_shortcode_for_vectors(text)
    assert 'id="x"' in out and 'id="x-2"' in out and 'id="caption-x-2"' in out


def test_caption_filter_can_replace_output() -> None:
    hooks = Hooks()
    hooks.add_filter("img_caption_shortcode", lambda out, attr, content: "CUSTOM", 10, 3)
    registry = core_shortcodes(MediaRenderState(), hooks=hooks)
    assert registry.do_shortcode('[caption width="1"]<img src="a"> A[/caption]') == "CUSTOM"


def test_embed_outside_the_content_pass_returns_nothing() -> None:
    assert do_shortcode_for_vectors("a[embed]http://e.x/[/embed]b") == "ab"


@dataclass
class FakeAttachments:
    """A tiny in-memory AttachmentSource."""

    items: list[Attachment] = field(default_factory=list)
    urls: dict[int, str] = field(default_factory=dict)
    meta: dict[int, dict[str, Any]] = field(default_factory=dict)
    queries: list[dict[str, Any]] = field(default_factory=list)

    def query(self, **kwargs: Any) -> list[Attachment]:
        self.queries.append(kwargs)
        kind = kwargs["mime_type"]
        return [a for a in self.items if a.mime_type.startswith(kind)]

    def attached_media(self, kind: str, post_id: int) -> list[Attachment]:
        return [a for a in self.items if a.mime_type.startswith(kind)]

    def parent_is_readable(self, post_id: int) -> bool:
        return post_id != 13

    def url(self, attachment_id: int) -> str:
        return self.urls.get(attachment_id, "")

    def metadata(self, attachment_id: int) -> dict[str, Any]:
        return self.meta.get(attachment_id, {})

    def link(self, attachment_id: int, size: str = "thumbnail", permalink: bool = False,
             attr: dict[str, str] | None = None) -> str:
        return f"<a href='/?attachment_id={attachment_id}'>{size}</a>"

    def image(self, attachment_id: int, size: str = "thumbnail", attr: dict[str, str] | None = None) -> str:
        return f"<img data-id='{attachment_id}'>"

    def image_src(self, attachment_id: int, size: str) -> tuple[str, int, int] | None:
        return None

    def thumbnail_id(self, post_id: int) -> int:
        return 0

    def mime_type_icon(self, attachment_id: int) -> str:
        return "http://e.x/icon.svg"


def test_gallery_lists_attachments_from_the_source() -> None:
    source = FakeAttachments(
        items=[Attachment(5, excerpt="Cap 'one'", mime_type="image/jpeg"), Attachment(6, mime_type="image/png")],
        meta={5: {"width": 10, "height": 20}},
    )
    registry = core_shortcodes(MediaRenderState(post_id=3), attachments=source)
    out = registry.do_shortcode("[gallery columns=2]")
    assert out.startswith("<div id='gallery-1' class='gallery galleryid-3 gallery-columns-2 gallery-size-thumbnail'>")
    assert "<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon portrait'>" in out
    assert "<figcaption class='wp-caption-text gallery-caption' id='gallery-1-5'>" in out
    assert "Cap &#8216;one&#8217;" in out
    assert "<div class='gallery-icon '>" in out
    assert out.endswith("\n\t\t</div>\n")
    assert source.queries[0]["parent"] == 3


def test_gallery_is_empty_without_attachments_or_access() -> None:
    assert do_shortcode_for_vectors("[gallery]") == ""
    source = FakeAttachments(items=[Attachment(5, mime_type="image/jpeg")])
    assert core_shortcodes(MediaRenderState(post_id=13), attachments=source).do_shortcode("[gallery]") == ""


def test_playlist_embeds_track_data_as_json() -> None:
    source = FakeAttachments(items=[Attachment(8, title="Song <1>", mime_type="audio/mpeg")],
                             urls={8: "http://e.x/s.mp3"}, meta={8: {"artist": "Me", "album": ""}})
    out = core_shortcodes(MediaRenderState(post_id=2), attachments=source).do_shortcode("[playlist]")
    assert out.startswith(
        '<div class="wp-playlist wp-audio-playlist wp-playlist-light">\n\t\t\t<div class="wp-playlist-current-item">'
    )
    assert '"title":"Song \\u003C1\\u003E"' in out
    assert '"src":"http://e.x/s.mp3","type":"audio/mpeg"' in out
    assert '"meta":{"artist":"Me"}' in out
    assert "<li><a href='/?attachment_id=8'>thumbnail</a></li>" in out


@pytest.mark.parametrize(
    ("value", "expected"),
    [("false", False), ("FALSE", False), ("0", False), ("", False), ("on", True), ("1", True), (True, True)],
)
def test_wp_validate_boolean(value: Any, expected: bool) -> None:
    assert wp_validate_boolean(value) is expected


@pytest.mark.parametrize(
    ("key", "value", "url", "expected"),
    [
        ("_", "1", "http://e.x/a.mp3", "http://e.x/a.mp3?_=1"),
        ("_", "2", "http://e.x/a.mp3?x=1#t", "http://e.x/a.mp3?x=1&_=2#t"),
        ("_", "1", "//e.x/a b.mp3", "//e.x/a b.mp3?_=1"),
        ("a", "", "http://e.x/?b=c%20d", "http://e.x/?b=c+d&a"),
    ],
)
def test_add_query_arg(key: str, value: str, url: str, expected: str) -> None:
    assert add_query_arg(key, value, url) == expected


def test_remove_query_arg_and_scheme() -> None:
    assert remove_query_arg("feature", "http://y.t/watch?v=1&feature=x") == "http://y.t/watch?v=1"
    assert set_url_scheme("//y.t/w", "https") == "https://y.t/w"


def test_wp_check_filetype() -> None:
    assert wp_check_filetype("http://e.x/a.MP3") == ("MP3", "audio/mpeg")
    assert wp_check_filetype("http://e.x/a.mp3?x") == (None, None)


def test_video_playlist_sizes_follow_content_width() -> None:
    source = FakeAttachments(items=[Attachment(9, mime_type="video/mp4")], urls={9: "http://e.x/v.mp4"},
                             meta={9: {"width": 1280, "height": 720}})
    registry = core_shortcodes(MediaRenderState(post_id=2), attachments=source, content_width=500)
    out = registry.do_shortcode('[playlist type="video" images="0"]')
    assert '<video controls="controls" preload="none" width="478"\n\t\t height="269"\t></video>' in out
    assert '"resized":{"width":478,"height":269.0}' in out
    assert '"original":{"width":1280,"height":720}' in out
