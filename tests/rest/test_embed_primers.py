"""``RestServer.register_embed_primer``: a controller sees all of a response's embed requests at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

USER_ROUTE = r"/wp/v2/users/(?P<id>[\d]+)"
CATEGORIES_ROUTE = "/wp/v2/categories"


@pytest.fixture()
def app(sqlite_site_app: Any) -> Iterator[Any]:
    yield sqlite_site_app
    sqlite_site_app.site.rest.embed_primers.clear()


def _get(app: Any, path: str, raw_query: str) -> Any:
    response = app.handle("GET", f"/wp-json{path}", raw_query, {}, b"")
    assert response.status == 200
    return response


def test_primer_gets_every_embed_request_of_its_route_once_before_dispatch(app: Any) -> None:
    calls: list[list[Any]] = []
    app.site.rest.register_embed_primer(USER_ROUTE, lambda requests: calls.append(list(requests)))
    _get(app, "/wp/v2/posts", "per_page=20&_embed=author")
    assert len(calls) == 1
    routes = [request.route for request in calls[0]]
    assert len(routes) == len(set(routes)) > 1, "one request per distinct author href"
    assert all(r.startswith("/wp/v2/users/") for r in routes)
    assert all(request.is_embed and request.get_param("context") == "embed" for request in calls[0])
    assert all(request.url_params.get("id") for request in calls[0]), "requests arrive matched"


def test_primer_requests_carry_validated_args(app: Any) -> None:
    seen: list[Any] = []
    app.site.rest.register_embed_primer(CATEGORIES_ROUTE, seen.extend)
    _get(app, "/wp/v2/posts", "per_page=5&_embed=wp:term")
    assert seen
    assert all(isinstance(request.get_param("post"), int) for request in seen)
    assert all(request.get_param("per_page") == 100 for request in seen)


def test_a_primed_response_is_byte_identical(app: Any) -> None:
    plain = _get(app, "/wp/v2/posts", "per_page=10&_embed").body
    app.site.rest.register_embed_primer(USER_ROUTE, lambda requests: None)
    app.site.rest.register_embed_primer(CATEGORIES_ROUTE, lambda requests: None)
    assert _get(app, "/wp/v2/posts", "per_page=10&_embed").body == plain


def test_without_embed_no_primer_runs(app: Any) -> None:
    calls: list[Any] = []
    app.site.rest.register_embed_primer(USER_ROUTE, calls.append)
    _get(app, "/wp/v2/posts", "per_page=5")
    _get(app, "/wp/v2/posts", "per_page=5&_embed=replies")
    assert calls == []
