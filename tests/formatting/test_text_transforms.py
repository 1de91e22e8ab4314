"""Behaviours of the core text transforms beyond the vectors' fixed settings and arguments."""

from __future__ import annotations

import pytest

from broadsheet.formatting.autop import shortcode_unautop, wpautop
from broadsheet.formatting.chars import capital_P_dangit, convert_chars
from broadsheet.formatting.escape import (
    ENT_COMPAT,
    ENT_NOQUOTES,
    ENT_QUOTES,
    ENT_XML1,
    _wp_specialchars,
    esc_html,
    esc_textarea,
    wp_check_invalid_utf8,
    wp_specialchars_decode,
)
from broadsheet.formatting.html_split import (
    php_strtr,
    wp_html_split,
    wp_replace_in_html_tags,
)
from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings
from broadsheet.formatting.smilies import convert_smilies
from broadsheet.formatting.texturize import wptexturize


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"Hello" -- it\'s me...', "&#8220;Hello&#8221; &#8212; it&#8217;s me&#8230;",
                 id="quotes-dash-ellipsis"),
    pytest.param("<pre>\"raw\" -- text</pre> \"cooked\"", "<pre>\"raw\" -- text</pre> &#8220;cooked&#8221;",
                 id="pre-untouched"),
    pytest.param("9x9 and 0x1F", "9&#215;9 and 0x1F", id="times-but-not-hex"),
    pytest.param("It's 9\" long", "It&#8217;s 9&#8243; long", id="double-prime"),
    pytest.param("a & b <a href=\"?x=1&y=2\">", "a &#038; b <a href=\"?x=1&#038;y=2\">",
                 id="ampersands-in-text-and-tags"),
])
def test_wptexturize(text: str, expected: str) -> None:
    assert wptexturize(text) == expected


def test_wptexturize_leaves_registered_shortcode_tags_alone() -> None:
    text = '[gallery ids="1,2"] "quoted"'
    assert wptexturize(text).startswith('[gallery ids="1,2"]')
    assert wptexturize(text, shortcode_tags=()).startswith("[gallery ids=&#8221;1,2")


def test_wpautop_paragraphs_and_line_breaks() -> None:
    assert wpautop("one\ntwo\n\nthree") == "<p>one<br />\ntwo</p>\n<p>three</p>\n"
    assert wpautop("one\ntwo\n\nthree", False) == "<p>one\ntwo</p>\n<p>three</p>\n"
    assert wpautop("one\ntwo", "0") == "<p>one\ntwo</p>\n"


def test_wpautop_keeps_pre_and_newlines_inside_tags() -> None:
    text = "<pre>a\n\nb</pre>\n\n<a\nhref=x>c</a>"
    assert wpautop(text) == "<pre>a\n\nb</pre>\n<p><a\nhref=x>c</a></p>\n"


def test_shortcode_unautop_uses_the_given_tag_names() -> None:
    assert shortcode_unautop("<p>[gallery]</p>") == "[gallery]"
    assert shortcode_unautop("<p>[foo]</p>") == "<p>[foo]</p>"
    assert shortcode_unautop("<p>[foo]x[/foo] </p>", shortcode_tags=("foo",)) == "[foo]x[/foo]"


def test_wp_html_split_and_replace_in_html_tags() -> None:
    assert wp_html_split("a<b>c<!-- d -->e") == ["a", "<b>", "c", "<!-- d -->", "e"]
    assert wp_replace_in_html_tags("x\n<a\nb>", {"\n": " "}) == "x\n<a b>"
    assert php_strtr("abab", {"a": "b", "ab": "X"}) == "XX"


def test_convert_chars_and_capital_p_dangit() -> None:
    assert convert_chars("a & b &amp; &#038; &é;") == "a &#038; b &amp; &#038; &#038;é;"
    assert capital_P_dangit("Wordpress and (Wordpress)") == "Wordpress and (WordPress)"
    assert capital_P_dangit("Wordpress", in_title=True) == "WordPress"


def test_convert_smilies_follows_settings() -> None:
    assert convert_smilies("hi :) <code>:)</code>") == "hi \U0001f642 <code>:)</code>"
    assert convert_smilies("hi :)", settings=FormattingSettings(use_smilies=False)) == "hi :)"
    img = convert_smilies(":mrgreen:", settings=FormattingSettings(siteurl="https://cdn.test"))
    assert img.startswith('<img src="https://cdn.test/wp-includes/images/smilies/mrgreen.png"')


@pytest.mark.parametrize(("style", "expected"), [
    pytest.param(ENT_NOQUOTES, "<&quot;&#039;&#34;&#x27;&amp;", id="noquotes"),
    pytest.param(ENT_COMPAT, "<\"&#039;\"&#x27;&amp;", id="compat"),
    pytest.param(ENT_QUOTES, "<\"'\"'&amp;", id="quotes"),
    pytest.param("single", "<&quot;'&#34;'&amp;", id="single"),
])
def test_wp_specialchars_decode_quote_styles(style: int | str, expected: str) -> None:
    assert wp_specialchars_decode("&lt;&quot;&#039;&#34;&#x27;&amp;amp;", style) == expected


def test_escaping_keeps_or_encodes_entities() -> None:
    assert esc_html("&amp; &hellip; &bogus; <b>") == "&amp; &hellip; &amp;bogus; &lt;b&gt;"
    assert esc_textarea("&amp; <b>") == "&amp;amp; &lt;b&gt;"
    assert _wp_specialchars("it's \"x\"", "double") == "it's &quot;x&quot;"
    assert _wp_specialchars("it's", ENT_XML1) == "it&apos;s"


def test_wp_check_invalid_utf8_rejects_lone_surrogates() -> None:
    assert wp_check_invalid_utf8("ok") == "ok"
    assert wp_check_invalid_utf8("bad\ud800") == ""
    assert wp_check_invalid_utf8("bad\ud800", True) == "bad\ufffd\ufffd\ufffd"
    assert wp_check_invalid_utf8("bad\ud800", settings=FormattingSettings(charset="ISO-8859-1")) \
        == "bad\ud800"
    assert VECTOR_SETTINGS.charset == "UTF-8"
