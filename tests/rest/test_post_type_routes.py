"""Routes of the other post types and taxonomies: menu items, blocks, navigation, font families, menus,
pattern categories, menu locations; and the font collections.

``tests/golden/cases-posttypes.jsonl`` (reads of every role, OPTIONS, errors, then writes that
create, read back, update and delete) is replayed in file order on a freshly restored site per
backend and compared with WordPress 7.1.4's recorded answers; the index entries of these routes
must equal the golden index's.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests import golden_replay
from tests.backends import BACKENDS

CASES = golden_replay.RECORDED / "cases-posttypes.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-posttypes.jsonl"


def _cases() -> list[dict[str, Any]]:
    return golden_replay.record.read_cases(str(CASES))


def _goldens() -> dict[str, dict[str, Any]]:
    loaded, _ = golden_replay.compare.load(str(GOLDENS))
    return loaded


@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_posttypes_cases_replay_in_order(backend: str) -> None:
    """Every case in file order on one freshly restored site (the writes depend on the order)."""
    from tests.rest.conftest import fixture_site_app

    failures: list[str] = []
    goldens = _goldens()
    with fixture_site_app(backend) as app:
        app.site.resolve_host = lambda host: None  # the oracle resolves no host name (font collections)
        for case in _cases():
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


def _our_index(app: Any) -> dict[str, Any]:
    response = app.handle("GET", "/wp-json/", "", {"host": "127.0.0.1:8881"}, b"")
    return json.loads(response.body)["routes"]


def test_block_keeps_rendered_out_and_sync_status_on_top(sqlite_site_app: Any) -> None:
    from tests.rest.test_media import call

    status, _, body = call(sqlite_site_app, "POST", "/wp-json/wp/v2/blocks", auth="admin", body=json.dumps({
        "title": "Synced", "content": "<p>x</p>", "status": "publish",
        "meta": {"wp_pattern_sync_status": "partial"}}).encode(), headers={"content-type": "application/json"})
    assert status == 201
    assert "rendered" not in body["title"] and "rendered" not in body["content"]
    assert body["wp_pattern_sync_status"] == "partial" and "wp_pattern_sync_status" not in body["meta"]
    assert list(body)[-2:] == ["wp_pattern_sync_status", "_links"]


def test_every_rest_type_with_a_known_controller_has_routes_and_no_other(sqlite_site_app: Any) -> None:
    """``POST_TYPE_CONTROLLERS`` decides: a type whose controller is listed is served, the others are absent."""
    from broadsheet.rest.controllers.posts import POST_TYPE_CONTROLLERS

    ours = _our_index(sqlite_site_app)
    for post_type in sqlite_site_app.site.post_types.rest_types():
        prefix = f"/{post_type.rest_namespace}/{post_type.base}"
        served = any(route == prefix or route.startswith(prefix + "/") for route in ours)  # global-styles: items only
        assert served == (post_type.rest_controller in POST_TYPE_CONTROLLERS), post_type.name


def _json_call(app: Any, method: str, path: str, body: dict[str, Any] | None = None, query: str = "") -> Any:
    from tests.rest.test_media import call

    return call(app, method, path, query, auth="admin", body=json.dumps(body or {}).encode(),
                headers={"content-type": "application/json"})


def test_menu_locations_follow_the_theme_mod_when_a_theme_registers_some() -> None:
    """twentytwentyfive registers no location (so the oracle cannot show this): a site that does assigns,
    lists and frees them as ``handle_locations``, the locations controller and ``wp_delete_nav_menu`` do."""
    from tests.rest.conftest import fixture_site_app

    with fixture_site_app("sqlite") as app:
        app.site.registered_nav_menus = {"primary": "Primary menu", "footer": "Footer menu"}
        status, _, menu = _json_call(app, "POST", "/wp-json/wp/v2/menus", {"name": "Top", "locations": ["primary"]})
        assert status == 201 and menu["locations"] == ["primary"]
        assert list(menu["_links"])[-2:] == ["wp:menu-location", "curies"]
        assert menu["_links"]["wp:menu-location"] == [
            {"embeddable": True, "href": "http://127.0.0.1:8881/wp-json/wp/v2/menu-locations/primary"}]
        _, _, locations = _json_call(app, "GET", "/wp-json/wp/v2/menu-locations")
        assert list(locations) == ["primary", "footer"]
        assert locations["primary"]["menu"] == menu["id"] and locations["footer"]["menu"] == 0
        assert locations["primary"]["_links"]["wp:menu"][0]["href"].endswith(f"/menus/{menu['id']}")
        status, _, moved = _json_call(app, "POST", f"/wp-json/wp/v2/menus/{menu['id']}", {"locations": ["footer"]})
        assert status == 200 and moved["locations"] == ["footer"]
        status, _, error = _json_call(app, "POST", "/wp-json/wp/v2/menus", {"name": "Side", "locations": ["side"]})
        assert status == 400 and error["data"]["params"]["locations"] == "Invalid menu location."
        _json_call(app, "DELETE", f"/wp-json/wp/v2/menus/{menu['id']}", query="force=true")
        _, _, location = _json_call(app, "GET", "/wp-json/wp/v2/menu-locations/footer")
        assert location["menu"] == 0


def test_deleting_a_menu_deletes_its_items(sqlite_site_app: Any) -> None:
    _, _, menu = _json_call(sqlite_site_app, "POST", "/wp-json/wp/v2/menus", {"name": "Doomed"})
    status, _, item = _json_call(sqlite_site_app, "POST", "/wp-json/wp/v2/menu-items",
                                 {"title": "Away", "url": "https://example.org/", "menus": menu["id"]})
    assert status == 201 and item["menus"] == menu["id"] and item["object_id"] == item["id"]
    _json_call(sqlite_site_app, "DELETE", f"/wp-json/wp/v2/menus/{menu['id']}", query="force=true")
    status, _, _ = _json_call(sqlite_site_app, "GET", f"/wp-json/wp/v2/menu-items/{item['id']}")
    assert status == 404
