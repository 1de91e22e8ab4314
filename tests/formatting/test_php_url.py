"""``php_parse_url``: the answers of PHP 8.2's ``parse_url`` (computed by PHP on the oracle host) for tricky paths."""

from __future__ import annotations

from typing import Any

import pytest

from broadsheet.formatting.php_url import php_parse_url

VECTORS = [
    pytest.param('http:///x', None, id='v00'),
    pytest.param('///x', None, id='v01'),
    pytest.param('//', None, id='v02'),
    pytest.param('//a', {'host': 'a'}, id='v03'),
    pytest.param('/a//b', {'path': '/a//b'}, id='v04'),
    pytest.param('http://a:99999/', None, id='v05'),
    pytest.param('http://a:abc/', None, id='v06'),
    pytest.param('http://a:/x', {'scheme': 'http', 'host': 'a', 'path': '/x'}, id='v07'),
    pytest.param('http://:80/x', None, id='v08'),
    pytest.param('http://@/x', None, id='v09'),
    pytest.param('http://a:0/', {'scheme': 'http', 'host': 'a', 'port': 0, 'path': '/'}, id='v10'),
    pytest.param('x://y', {'scheme': 'x', 'host': 'y'}, id='v11'),
    pytest.param('/wp/v2/tags:5', None, id='v12'),
    pytest.param('/wp/v2/tags?x=1:2', {'path': '/wp/v2/tags', 'query': 'x=1:2'}, id='v13'),
    pytest.param('a:b', {'scheme': 'a', 'path': 'b'}, id='v14'),
    pytest.param('//:80', None, id='v15'),
    pytest.param('http://[::1]/x', {'scheme': 'http', 'host': '[::1]', 'path': '/x'}, id='v16'),
    pytest.param('http://a b/', {'scheme': 'http', 'host': 'a b', 'path': '/'}, id='v17'),
    pytest.param('/x?y=//z', {'path': '/x', 'query': 'y=//z'}, id='v18'),
    pytest.param(':80', None, id='v19'),
    pytest.param('/:80', None, id='v20'),
    pytest.param('/a:65536', None, id='v21'),
    pytest.param('a:65536/x', None, id='v22'),
    pytest.param('localhost:80', {'host': 'localhost', 'port': 80}, id='v23'),
    pytest.param('/wp/v2/x:99999', None, id='v24'),
    pytest.param('/wp/v2/posts', {'path': '/wp/v2/posts'}, id='v25'),
    pytest.param('/wp/v2/posts?_fields=id,title', {'path': '/wp/v2/posts', 'query': '_fields=id,title'}, id='v26'),
    pytest.param('http://127.0.0.1:8881/wp/v2/tags/1?force=1#frag', {'scheme': 'http', 'host': '127.0.0.1', 'port': 8881, 'path': '/wp/v2/tags/1', 'query': 'force=1', 'fragment': 'frag'}, id='v27'),
    pytest.param('mailto:a@b.c', {'scheme': 'mailto', 'path': 'a@b.c'}, id='v28'),
    pytest.param('file:///etc/passwd', {'scheme': 'file', 'path': '/etc/passwd'}, id='v29'),
    pytest.param('file:///c:/x', {'scheme': 'file', 'path': 'c:/x'}, id='v30'),
    pytest.param('http://user:pw@host:8080/p?q#f', {'scheme': 'http', 'host': 'host', 'port': 8080, 'user': 'user', 'pass': 'pw', 'path': '/p', 'query': 'q', 'fragment': 'f'}, id='v31'),
    pytest.param('http://u@h/p', {'scheme': 'http', 'host': 'h', 'user': 'u', 'path': '/p'}, id='v32'),
    pytest.param('?a=b', {'query': 'a=b'}, id='v33'),
    pytest.param('#x', {'fragment': 'x'}, id='v34'),
    pytest.param('', {'path': ''}, id='v35'),
    pytest.param('/', {'path': '/'}, id='v36'),
    pytest.param('/p#', {'path': '/p', 'fragment': ''}, id='v37'),
    pytest.param('/p?', {'path': '/p', 'query': ''}, id='v38'),
    pytest.param('http://h?x', {'scheme': 'http', 'host': 'h', 'query': 'x'}, id='v39'),
    pytest.param('http://h#y', {'scheme': 'http', 'host': 'h', 'fragment': 'y'}, id='v40'),
    pytest.param('http://h:', {'scheme': 'http', 'host': 'h'}, id='v41'),
    pytest.param('http://h:123456/', None, id='v42'),
    pytest.param('a:123456', {'scheme': 'a', 'path': '123456'}, id='v43'),
    pytest.param('a:12/x', {'host': 'a', 'port': 12, 'path': '/x'}, id='v44'),
    pytest.param('a:1234567/x', {'scheme': 'a', 'path': '1234567/x'}, id='v45'),
    pytest.param('//h:80/p', {'host': 'h', 'port': 80, 'path': '/p'}, id='v46'),
    pytest.param('/a/b:c/d', {'path': '/a/b:c/d'}, id='v47'),
    pytest.param('x:y:z', {'scheme': 'x', 'path': 'y:z'}, id='v48'),
    pytest.param('http://h/a:b', {'scheme': 'http', 'host': 'h', 'path': '/a:b'}, id='v49'),
    pytest.param('1http://x', {'scheme': '1http', 'host': 'x'}, id='v50'),
    pytest.param('ht tp://x', {'path': 'ht tp://x'}, id='v51'),
    pytest.param('/wp/v2/tags/9999?_method=DELETE&a[]=1', {'path': '/wp/v2/tags/9999', 'query': '_method=DELETE&a[]=1'}, id='v52'),
]


@pytest.mark.parametrize(("url", "expected"), VECTORS)
def test_php_parse_url_matches_php(url: str, expected: Any) -> None:
    assert php_parse_url(url) == expected
