"""The pattern PHP evaluator: the printing subset block themes use, and refusal of anything else."""

from __future__ import annotations

import pytest

from broadsheet.themes.patterns import UnsupportedPattern, render_pattern_file

URI = "http://example.org/wp-content/themes/t"


@pytest.mark.parametrize(("source", "expected"), [
    pytest.param("<p><?php esc_html_e( 'Blog', 'td' ); ?></p>", "<p>Blog</p>", id="esc_html_e"),
    pytest.param("<?php echo esc_html_x( 'It\\'s <b>', 'ctx', 'td' ); ?>", "It&#039;s &lt;b&gt;", id="escaped-quote"),
    pytest.param('a="<?php esc_attr_e( \'Say "hi"\', \'td\' ); ?>"', 'a="Say &quot;hi&quot;"', id="esc_attr_e"),
    pytest.param("<?php echo esc_url( get_template_directory_uri() ); ?>/x.webp", URI + "/x.webp", id="theme-uri"),
    pytest.param("<?php\nprintf(\n\t/* translators: %s: link */\n\tesc_html__( 'Made with %s', 'td' ),\n"
                 "\t'<a href=\"' . esc_url( __( 'https://wordpress.org', 'td' ) ) . '\">WP</a>'\n);\n?>",
                 'Made with <a href="https://wordpress.org">WP</a>', id="printf-concat"),
    pytest.param("<?php\n/**\n * Title: X\n */\n?>\n<!-- wp:paragraph -->", "<!-- wp:paragraph -->",
                 id="header-and-newline-after-close-tag"),
])
def test_prints_what_php_would(source: str, expected: str) -> None:
    assert render_pattern_file(source, URI) == expected


@pytest.mark.parametrize("source", [
    pytest.param("<?php echo get_bloginfo( 'name' ); ?>", id="unknown-function"),
    pytest.param("<?php echo $title; ?>", id="variable"),
    pytest.param("<?php if ( true ) { echo 'x'; } ?>", id="control-flow"),
    pytest.param("<?php echo \"double $quoted\"; ?>", id="double-quoted"),
    pytest.param("<?php printf( esc_html__( '%d items', 'td' ), 3 ); ?>", id="non-string-format"),
])
def test_refuses_other_php(source: str) -> None:
    with pytest.raises(UnsupportedPattern):
        render_pattern_file(source, URI)


def test_wp_kses_post_keeps_post_markup_and_drops_the_rest() -> None:
    source = "<?php echo wp_kses_post( _x( 'Otto <br><sub>IL</sub> <a href=\"#\" onclick=\"x()\">Hi</a>', 'c', 'td' ) ); ?>"
    assert render_pattern_file(source, URI) == 'Otto <br><sub>IL</sub> <a href="#">Hi</a>'


def test_every_bundled_pattern_evaluates() -> None:
    from broadsheet.themes.theme import get_theme

    theme = get_theme("twentytwentyfive")
    assert theme is not None
    files = sorted((theme.directory / "patterns").glob("*.php"))
    assert len(files) == 98
    for path in files:
        render_pattern_file(path.read_text(encoding="utf-8"), URI)
