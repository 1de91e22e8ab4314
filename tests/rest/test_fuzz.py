"""Random paths and query strings against every route: always WordPress's error shape, never a 500.

Hypothesis builds paths from the registered route patterns (numbers, ``me``, junk) and query
strings from the routes' own argument names plus junk, with hostile values. Time-bounded.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SEGMENT = st.one_of(st.integers(min_value=-3, max_value=3_000_000).map(str), st.just("me"),
                    st.text(min_size=0, max_size=12))
VALUE = st.one_of(
    st.text(max_size=20), st.integers(min_value=-(2 ** 70), max_value=2 ** 70).map(str),
    st.sampled_from(["", "true", "false", "null", "[]", "{}", "1e309", "-1", "0", "NaN", "%00", "../../etc",
                     "<script>", "' OR 1=1 --", "edit", "embed", "view", "any", "desc", "include", "relevance"]),
)
ARG_NAMES = ["context", "page", "per_page", "search", "after", "before", "author", "include", "exclude", "offset",
             "order", "orderby", "slug", "status", "categories", "tags", "sticky", "parent", "post", "type",
             "subtype", "hide_empty", "roles", "who", "_fields", "_embed", "_envelope", "_jsonp", "password",
             "categories[terms]", "categories[operator]", "include[]", "slug[]", "_method", "force",
             "modified_after", "tax_relation", "search_columns[]", "has_published_posts", "menu_order"]


def _route_paths(app: Any) -> list[str]:
    """Concrete-able route templates, e.g. ``/wp/v2/posts/{}``."""
    templates = []
    for route in app.site.rest.registry.routes:
        templates.append(re.sub(r"\(\?P<[^>]+>(?:[^()]|\([^()]*\))*\)", "{}", route))
    return templates


@st.composite
def requests(draw: Any, templates: list[str]) -> tuple[str, str, str]:
    template = draw(st.sampled_from(templates))
    path = template
    while "{}" in path:
        path = path.replace("{}", quote(draw(SEGMENT), safe=""), 1)
    pairs = draw(st.lists(st.tuples(st.one_of(st.sampled_from(ARG_NAMES), st.text(max_size=8)), VALUE), max_size=6))
    query = "&".join(f"{quote(k, safe='[]')}={quote(v, safe='')}" for k, v in pairs)
    method = draw(st.sampled_from(["GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "DELETE", "PUT"]))
    return method, "/wp-json" + path, query


def test_random_requests_never_fail_with_a_500(sqlite_site_app: Any) -> None:
    app = sqlite_site_app
    templates = _route_paths(app)

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(requests(templates))
    def check(req: tuple[str, str, str]) -> None:
        method, path, query = req
        response = app.handle(method, path, query, {"content-type": "application/x-www-form-urlencoded"}, b"")
        assert response.status != 500, (method, path, query, response.body[:300])
        content_type = dict(response.headers).get("Content-Type", "")
        if response.status >= 400 and response.body and content_type.startswith("application/json"):
            body = json.loads(response.body)
            assert {"code", "message"} <= set(body), (method, path, query, body)

    check()
