"""The index's per-route data is built once, and rebuilt when routes or the REST base URL change."""

from __future__ import annotations

import json
from typing import Any

from broadsheet.rest.routes import Endpoint


def _index(app: Any) -> dict[str, Any]:
    response = app.handle("GET", "/wp-json/", "", {}, b"")
    assert response.status == 200
    return json.loads(response.body)


def test_a_route_registered_later_shows_in_the_index(sqlite_site_app: Any) -> None:
    before = _index(sqlite_site_app)
    assert "/bench-test/v1/ping" not in before["routes"]
    wp_v2 = json.loads(sqlite_site_app.handle("GET", "/wp-json/wp/v2", "", {}, b"").body)
    assert "/wp/v2/posts" in wp_v2["routes"]
    sqlite_site_app.site.rest.register_route("bench-test/v1", "/ping", [Endpoint(("GET",), lambda r: "pong")])
    after = _index(sqlite_site_app)
    assert after["routes"]["/bench-test/v1/ping"]["endpoints"] == [{"methods": ["GET"], "args": []}]
    assert "bench-test/v1" in after["namespaces"]
    namespace = json.loads(sqlite_site_app.handle("GET", "/wp-json/bench-test/v1", "", {}, b"").body)
    assert list(namespace["routes"]) == ["/bench-test/v1", "/bench-test/v1/ping"]


def _set_home(site: Any, home: str) -> None:
    """Write the ``home`` option as a settings write would, then drop the options snapshot."""
    from sqlalchemy import update

    options = site.db.tables.options
    with site.db.engine.begin() as conn:
        conn.execute(update(options).where(options.c.option_name == "home").values(option_value=home))
    site.invalidate_options()


def test_route_links_follow_a_new_home(sqlite_site_app: Any) -> None:
    site = sqlite_site_app.site
    old_home = site.home
    first = _index(sqlite_site_app)["routes"]["/wp/v2/posts"]["_links"]["self"][0]["href"]
    assert first == f"{old_home}/wp-json/wp/v2/posts"
    _set_home(site, "http://moved.example")
    try:
        moved = _index(sqlite_site_app)["routes"]["/wp/v2/posts"]["_links"]["self"][0]["href"]
        assert moved == "http://moved.example/wp-json/wp/v2/posts"
        assert site.rest_url("/wp/v2") == "http://moved.example/wp-json/wp/v2"
    finally:
        _set_home(site, old_home)
    assert _index(sqlite_site_app)["routes"]["/wp/v2/posts"]["_links"]["self"][0]["href"] == first


def test_a_path_routed_before_its_route_existed_is_routed_again(sqlite_site_app: Any) -> None:
    missing = sqlite_site_app.handle("GET", "/wp-json/bench-test/v2/echo/5", "", {}, b"")
    assert missing.status == 404 and json.loads(missing.body)["code"] == "rest_no_route"
    sqlite_site_app.site.rest.register_route("bench-test/v2", "/echo/(?P<id>[\\d]+)", [Endpoint(
        ("GET",), lambda request: {"id": request.url_params["id"]})])
    found = sqlite_site_app.handle("GET", "/wp-json/bench-test/v2/echo/5", "", {}, b"")
    assert (found.status, json.loads(found.body)) == (200, {"id": "5"})
    again = sqlite_site_app.handle("GET", "/wp-json/BENCH-test/v2/echo/6", "", {}, b"")
    assert json.loads(again.body) == {"id": "6"}
