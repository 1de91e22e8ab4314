"""``php_urlencode`` / ``php_build_query`` against what PHP 8.2 printed.

``php -r 'echo urlencode("a~b c*"), " ", http_build_query(["k"=>"a~b"]);'`` → ``a%7Eb+c%2A k=a%7Eb``.
"""

from __future__ import annotations

from broadsheet.rest.links import php_build_query, php_urlencode


def test_urlencode_encodes_tilde_and_star_and_writes_spaces_as_plus() -> None:
    assert php_urlencode("a~b c*") == "a%7Eb+c%2A"


def test_build_query_encodes_values_as_urlencode() -> None:
    assert php_build_query({"k": "a~b"}) == "k=a%7Eb"
