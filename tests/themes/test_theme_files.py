"""The bundled theme: header parsing, supports, file order and template ids."""

from __future__ import annotations

import pytest

from broadsheet.rest.controllers.templates import sanitize_template_id
from broadsheet.themes.features import rest_theme_supports
from broadsheet.themes.theme import get_file_data, get_theme


def test_header_fields_are_read_and_sanitised() -> None:
    theme = get_theme("twentytwentyfive")
    assert theme is not None
    assert theme.get("Name") == "Twenty Twenty-Five" and theme.get("Version") == "1.5"
    assert theme.get("Tags")[:2] == ["one-column", "custom-colors"]
    assert theme.display("Author") == '<a href="https://wordpress.org">the WordPress team</a>'
    assert theme.is_block_theme and theme.template == "twentytwentyfive"


def test_file_data_ignores_comment_closers_and_missing_headers() -> None:
    text = "/*\nTheme Name: X */\n * Version: 2 ?>\n"
    assert get_file_data(text, {"Name": "Theme Name", "Version": "Version", "Nope": "Nope"}) == {
        "Name": "X", "Version": "2", "Nope": ""}


@pytest.mark.parametrize("stylesheet", ["", "../etc", "a/b", "missing"])
def test_unknown_or_unsafe_stylesheets_are_no_theme(stylesheet: str) -> None:
    assert get_theme(stylesheet) is None


def test_templates_are_listed_in_the_recorded_directory_order() -> None:
    theme = get_theme("twentytwentyfive")
    assert theme is not None
    assert theme.folder_files("templates")[:3] == ["home.html", "404.html", "index.html"]


def test_supports_report_unsupported_features_as_false_and_formats_with_standard() -> None:
    theme = get_theme("twentytwentyfive")
    assert theme is not None
    supports = rest_theme_supports(theme, lambda name: True)
    assert supports["align-wide"] is False and supports["block-templates"] is True
    assert supports["formats"][0] == "standard" and "aside" in supports["formats"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("twentytwentyfive//single", "twentytwentyfive//single"),
    ("twentytwentyfive/single", "twentytwentyfive//single"),
    ("twentytwentyfive%2F%2Fpage", "twentytwentyfive//page"),
    ("single", "single"),
])
def test_template_ids_get_their_double_slash(raw: str, expected: str) -> None:
    assert sanitize_template_id(raw) == expected
