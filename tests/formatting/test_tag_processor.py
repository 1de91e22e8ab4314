"""The small Tag Processor and wp_filter_content_tags: only the changed attribute bytes move."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from broadsheet.formatting.content_tags import LoadingState, wp_filter_content_tags
from broadsheet.formatting.srcset import wp_img_tag_add_auto_sizes
from broadsheet.formatting.tag_processor import TagProcessor


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>x</p>", '<p class="new">x</p>', id="added-after-tag-name"),
        pytest.param("<p style='a'>x</p>", "<p class=\"new\" style='a'>x</p>", id="before-other-attributes"),
        pytest.param("<p class=old>x</p>", '<p class="old new">x</p>', id="unquoted-rewritten"),
        pytest.param('<p class="new  old">x</p>', '<p class="new  old">x</p>', id="already-there-untouched"),
        pytest.param('<p class="a\tb">x</p>', '<p class="a\tb new">x</p>', id="spacing-kept"),
    ],
)
def test_add_class_to_first_paragraph(html: str, expected: str) -> None:
    processor = TagProcessor(html)
    assert processor.next_tag("p")
    processor.add_class("new")
    assert processor.get_updated_html() == expected


def test_tags_inside_comments_and_scripts_are_skipped() -> None:
    processor = TagProcessor("<!-- <p> --><script>'<p>'</script><textarea><p></textarea><p id=x>")
    assert processor.next_tag("p")
    assert processor.get_attribute("id") == "x"


def test_first_duplicate_attribute_wins_and_set_removes_the_rest() -> None:
    processor = TagProcessor('<img data-id="1" data-id="2">')
    assert processor.next_tag("img")
    assert processor.get_attribute("data-id") == "1"
    processor.set_attribute("data-id", "3")
    assert processor.get_updated_html() == '<img data-id="3" >'


def test_images_get_decoding_and_sized_ones_lazy_loading() -> None:
    html = '<img src="a.png"><img src="b.png" width="10" height="10"><iframe src="c" width="1" height="1"></iframe>'
    assert wp_filter_content_tags(html) == (
        '<img decoding="async" src="a.png"><img loading="lazy" decoding="async" src="b.png" width="10" height="10">'
        '<iframe loading="lazy" src="c" width="1" height="1"></iframe>'
    )


def test_an_eager_large_image_takes_the_one_high_priority() -> None:
    html = '<img src="a" width="400" height="400" loading="eager"><img src="b" width="400" height="400" loading="eager">'
    assert wp_filter_content_tags(html, state=LoadingState()) == (
        '<img fetchpriority="high" decoding="async" src="a" width="400" height="400" loading="eager">'
        '<img decoding="async" src="b" width="400" height="400" loading="eager">'
    )


class _Meta:
    def metadata(self, attachment_id: int) -> dict[str, object]:
        if attachment_id != 4:
            return {}
        return {
            "width": 1200, "height": 800, "file": "2024/01/landscape.jpg",
            "sizes": {
                "medium": {"file": "landscape-300x200.jpg", "width": 300, "height": 200, "mime-type": "image/jpeg"},
                "large": {"file": "landscape-1024x683.jpg", "width": 1024, "height": 683, "mime-type": "image/jpeg"},
                "thumbnail": {"file": "landscape-150x150.jpg", "width": 150, "height": 150, "mime-type": "image/jpeg"},
            },
        }


def test_attachment_images_get_srcset_and_auto_sizes() -> None:
    from broadsheet.formatting.settings import FormattingSettings

    up = "http://example.org/wp-content/uploads/2024/01/"
    html = f'<img src="{up}landscape-300x200.jpg" width="300" height="200" class="wp-image-4" />'
    out = wp_filter_content_tags(html, attachments=_Meta(), settings=FormattingSettings())
    assert out == (
        f'<img loading="lazy" decoding="async" src="{up}landscape-300x200.jpg" width="300" height="200" '
        f'class="wp-image-4" srcset="{up}landscape-300x200.jpg 300w, {up}landscape-1024x683.jpg 1024w, '
        f'{up}landscape.jpg 1200w" sizes="auto, (max-width: 300px) 100vw, 300px" />'
    )


def test_attachment_image_without_size_gets_its_files_dimensions() -> None:
    up = "http://example.org/wp-content/uploads/2024/01/"
    out = wp_filter_content_tags(f'<img src="{up}landscape-150x150.jpg" class="wp-image-4">', attachments=_Meta())
    assert out.startswith('<img loading="lazy" decoding="async" width="150" height="150" src=')


def _auto_sizes_reference(image: str) -> str:
    """``wp_img_tag_add_auto_sizes`` without its name pre-check: the Tag Processor on every image."""
    processor = TagProcessor(image)
    if not processor.next_tag("img"):
        return image
    loading, width, sizes = (processor.get_attribute(name) for name in ("loading", "width", "sizes"))
    if not isinstance(loading, str) or loading.strip(" \t\f\r\n").lower() != "lazy":
        return image
    if not isinstance(width, str) or width == "" or not isinstance(sizes, str):
        return image
    if sizes.split(",", 1)[0].strip(" \t\f\r\n").lower() == "auto":
        return image
    processor.set_attribute("sizes", f"auto, {sizes}")
    return processor.get_updated_html()


_NAMES = st.sampled_from(["loading", "LOADING", "LoAdInG", "sizes", "Sizes", "S\u0130ZES", "width", "WIDTH", "src", "x"])
_VALUES = st.sampled_from(["", "=lazy", "='lazy'", '=" LAZY"', "=&#108;azy", "=eager", "=auto", "='auto, 9px'",
                           '="100vw"', "=5", "=''", "='50vw'", "="])
_IMAGES = st.tuples(
    st.sampled_from(["<img", "<IMG", "<p><img", "<!-- <img -->"]),
    st.lists(st.tuples(st.sampled_from([" ", "\n", "/"]), _NAMES, _VALUES).map("".join), max_size=6),
    st.sampled_from([">", " />", ""]),
).map(lambda parts: parts[0] + "".join(parts[1]) + parts[2])


@settings(max_examples=1000, deadline=None)
@given(image=_IMAGES)
def test_auto_sizes_name_precheck_skips_only_unchanged_images(image: str) -> None:
    assert wp_img_tag_add_auto_sizes(image) == _auto_sizes_reference(image)
