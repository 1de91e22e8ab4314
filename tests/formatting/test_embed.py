"""WP_Embed: the [embed] shortcode and autoembed, with oEmbed off (as in the vectors) and on."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.formatting.embed import WPEmbed, autoembed, run_shortcode, wp_embed_defaults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("[embed]https://example.com/video[/embed]",
                     '<a href="https://example.com/video">https://example.com/video</a>', id="unknown-url-linked"),
        pytest.param("[embed]example.com/a[/embed]", '<a href="http://example.com/a">example.com/a</a>',
                     id="scheme-added-by-esc-url"),
        pytest.param("[embed]http://e.x/?a=1&amp;b=2[/embed]",
                     '<a href="http://e.x/?a=1&#038;b=2">http://e.x/?a=1&amp;b=2</a>', id="amp-undone"),
        pytest.param("[embed]", "", id="no-url"),
        pytest.param('[embed src="http://e.x/p"]', '<a href="http://e.x/p">http://e.x/p</a>', id="src-attribute"),
        pytest.param("[embed]http://e.x/song.mp3[/embed]", '[audio src="http://e.x/song.mp3" /]', id="audio-file"),
        pytest.param("[embed]http://e.x/m.mp4[/embed]", '[video  src="http://e.x/m.mp4" /]', id="video-file"),
        pytest.param('[embed width="400" height="300"]http://e.x/m.mp4[/embed]',
                     '[video width="400" height="300"  src="http://e.x/m.mp4" /]', id="sized-video-file"),
        pytest.param("[embed]http://www.youtube.com/embed/ID1[/embed]", "https://youtube.com/watch?v=ID1",
                     id="youtube-embed-url"),
        pytest.param("[[embed]]", "[embed]", id="escaped"),
        pytest.param("[caption]x[/caption]", "[caption]x[/caption]", id="other-shortcodes-untouched"),
    ],
)
def test_run_shortcode(text: str, expected: str) -> None:
    assert run_shortcode(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a\nhttp://e.x/page\nb", "a\nhttp://e.x/page\nb", id="unknown-url-stays-text"),
        pytest.param("a\nhttp://e.x/s.mp3\nb", 'a\n[audio src="http://e.x/s.mp3" /]\nb', id="own-line-audio"),
        pytest.param("see http://e.x/s.mp3 now", "see http://e.x/s.mp3 now", id="inline-url-untouched"),
        pytest.param("<p>http://e.x/s.mp3</p>", '<p>[audio src="http://e.x/s.mp3" /]</p>', id="own-paragraph"),
        pytest.param('<a title="x\nhttp://e.x/s.mp3">t</a>', '<a title="x\nhttp://e.x/s.mp3">t</a>',
                     id="line-break-inside-tag-ignored"),
    ],
)
def test_autoembed(text: str, expected: str) -> None:
    assert autoembed(text) == expected


class FakeOEmbed:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def get_html(self, url: str, args: dict[str, Any]) -> str | None:
        self.calls.append((url, args))
        return "<iframe></iframe>" if "video" in url else None


def test_oembed_provider_is_asked_with_default_size() -> None:
    provider = FakeOEmbed()
    embed = WPEmbed(oembed=provider)
    assert embed.run_shortcode("[embed]https://v.x/video/1[/embed]") == "<iframe></iframe>"
    url, args = provider.calls[0]
    assert url == "https://v.x/video/1"
    assert args["width"] == 500 and args["height"] == 750 and args["discover"] is True
    assert embed.autoembed("x\nhttps://v.x/page\ny") == "x\nhttps://v.x/page\ny"


def test_embed_defaults_follow_content_width() -> None:
    assert wp_embed_defaults("", 800) == {"width": 800, "height": 1000}
