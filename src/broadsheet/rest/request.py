"""``RestRequest``: one REST request's method, route, parameter bags and caller, as ``WP_REST_Request``.

Parameters are looked up in WordPress's order (rest-api.md §3.1): JSON body, form body (for
POST/PUT/PATCH/DELETE), query string, URL placeholders, then the endpoint's defaults.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus

if TYPE_CHECKING:
    from broadsheet.rest.routes import Endpoint, Route
    from broadsheet.rest.server import RestServer

_BRACKETS = re.compile(r"\[([^\]]*)\]")
_JSON_TYPE = re.compile(r"^application/([\w!#\$&-\^\.\+]+\+)?json(;.*)?$", re.I)
_BODY_METHODS = ("POST", "PUT", "PATCH", "DELETE")


def parse_php_query(query: str) -> dict[str, Any]:
    """Parse a query string as PHP's ``parse_str``: ``a[]=1&a[]=2``, ``a[k]=v``; '.' and ' ' in names become '_'."""
    out: dict[str, Any] = {}
    if not query:
        return out
    for pair in query.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        name = unquote_plus(name)
        value = unquote_plus(value)
        _php_assign(out, name, value)
    return out


def _php_assign(out: dict[str, Any], name: str, value: Any) -> None:
    """Assign ``value`` into ``out`` under a PHP-style bracketed name."""
    bracket = name.find("[")
    if bracket > 0 and "]" in name[bracket:]:
        base, rest = name[:bracket], name[bracket:]
        keys: list[str] = []
        pos = 0
        while pos < len(rest) and rest[pos] == "[":
            m = _BRACKETS.match(rest, pos)
            if not m:
                break
            keys.append(m.group(1))
            pos = m.end()
    else:
        base, keys = name, []
    base = base.replace(".", "_").replace(" ", "_")
    if bracket > 0:
        base = base.replace("[", "_")
    if not base:
        return
    if not keys:
        out[base] = value
        return
    container: Any = out.get(base)
    if not isinstance(container, dict):
        container = out[base] = {}
    for i, key in enumerate(keys):
        last = i == len(keys) - 1
        if key == "":
            key_index: Any = _next_index(container)
        else:
            key_index = int(key) if re.fullmatch(r"-?(0|[1-9]\d*)", key) else key
        if last:
            container[key_index] = value
        else:
            nxt = container.get(key_index)
            if not isinstance(nxt, dict):
                nxt = container[key_index] = {}
            container = nxt


def _next_index(container: dict[Any, Any]) -> int:
    ints = [k for k in container if isinstance(k, int)]
    return max(ints) + 1 if ints else 0


def php_array_to_python(value: Any) -> Any:
    """Turn dicts with keys 0..n-1 (PHP lists from query strings) into Python lists, recursively."""
    if isinstance(value, dict):
        converted = {k: php_array_to_python(v) for k, v in value.items()}
        if converted and list(converted) == list(range(len(converted))):
            return list(converted.values())
        return {str(k): v for k, v in converted.items()}
    return value


class RestRequest:
    """A request to the REST server: built from HTTP, from a link (embedding), or internally."""

    def __init__(
        self,
        method: str,
        route: str,
        *,
        query: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        raw_body: bytes = b"",
        files: dict[str, Any] | None = None,
    ) -> None:
        self.method = method.upper()
        self.route = route
        self.query: dict[str, Any] = query or {}
        self.body: dict[str, Any] = body or {}
        self.json: dict[str, Any] | None = json if isinstance(json, dict) else None
        self.json_raw = json
        self.headers: dict[str, str] = {k.lower().replace("_", "-"): v for k, v in (headers or {}).items()}
        self.raw_body = raw_body
        self.files = files or {}
        self.url_params: dict[str, Any] = {}
        self.defaults: dict[str, Any] = {}
        #: Validated and sanitised values of the endpoint's declared args.
        self.sanitized: dict[str, Any] = {}
        self.server: RestServer | None = None
        self.route_obj: Route | None = None
        self.endpoint: Endpoint | None = None
        self.user: Any = None
        self.ctx: Any = None  # the per-request data context (connection, identity caches)
        self.is_embed = False
        self.raw_query = ""
        self.remote_addr: str | None = None
        self.is_ssl = False
        #: The auth layer's full answer (method, nonce, app password uuid), when credentials were sent.
        self.auth: Any = None

    # -- parameter lookup ------------------------------------------------------------
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def is_json_content_type(self) -> bool:
        return bool(_JSON_TYPE.match(self.content_type().strip()))

    def _bags(self) -> list[dict[str, Any]]:
        bags: list[dict[str, Any]] = []
        if self.json is not None:
            bags.append(self.json)
        if self.method in _BODY_METHODS:
            bags.append(self.body)
        bags.extend((self.query, self.url_params, self.defaults))
        return bags

    def has_param(self, key: str) -> bool:
        return any(key in bag for bag in self._bags())

    def get_param(self, key: str, default: Any = None) -> Any:
        """The value of ``key`` after validation (declared args) or as sent (others)."""
        # The bags of ``_bags`` in its order, without building the list: this runs tens of
        # thousands of times in an embedding request.
        if key in self.sanitized:
            return self.sanitized[key]
        if self.json is not None and key in self.json:
            return self.json[key]
        if self.method in _BODY_METHODS and key in self.body:
            return self.body[key]
        if key in self.query:
            return self.query[key]
        if key in self.url_params:
            return self.url_params[key]
        if key in self.defaults:
            return self.defaults[key]
        return default

    def __getitem__(self, key: str) -> Any:
        return self.get_param(key)

    def __contains__(self, key: str) -> bool:
        return key in self.sanitized or self.has_param(key)

    def set_param(self, key: str, value: Any) -> None:
        """Set ``key`` in the first bag of the lookup order (as ``WP_REST_Request::set_param``)."""
        self.sanitized.pop(key, None)
        if self.json is not None:
            self.json[key] = value
        elif self.method in _BODY_METHODS:
            self.body[key] = value
        else:
            self.query[key] = value

    def merged_params(self) -> dict[str, Any]:
        """Every parameter, the winning source's value for each name."""
        merged: dict[str, Any] = {}
        for bag in reversed(self._bags()):
            merged.update(bag)
        merged.update(self.sanitized)
        return merged

    def query_params_for_links(self) -> dict[str, Any]:
        """The query-string bag with validated values in place (what pagination links repeat)."""
        return {k: self.sanitized.get(k, v) if k in self.sanitized else v for k, v in self.query.items()
                if k != "rest_route"}

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower().replace("_", "-"), default)

    @property
    def context(self) -> str:
        value = self.get_param("context")
        return value if isinstance(value, str) and value else "view"
