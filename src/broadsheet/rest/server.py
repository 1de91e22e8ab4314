"""The REST server: dispatch pipeline, permission checks, embedding, envelopes and the index.

One ``RestServer`` per site. ``serve`` runs the whole pipeline of rest-api.md §3.4 for an
HTTP request; ``dispatch`` runs one request (also used internally for ``_embed``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from broadsheet.rest import schema as arg_schema
from broadsheet.rest.encoding import EncodedDict
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import filter_fields, parse_fields
from broadsheet.rest.request import RestRequest, parse_php_query, php_array_to_python
from broadsheet.rest.response import RestResponse, ensure_response
from broadsheet.rest.routes import Endpoint, Route, RouteRegistry

if TYPE_CHECKING:
    from broadsheet.site import Site

_JSONP_OK = re.compile(r"^[\w\.]+$")
#: ``DataContext.extra`` key: embed requests built (and primed) ahead of their dispatch, by href.
_PENDING_EMBEDS = "pending_embeds"
NO_ROUTE = ("rest_no_route", "No route was found matching the URL and request method.")


def forbidden(request: RestRequest, code: str = "rest_forbidden",
              message: str = "Sorry, you are not allowed to do that.") -> RestError:
    """A permission error: 401 for anonymous callers, 403 for logged-in ones."""
    return RestError(code, message, 403 if request.user else 401)


class RestServer:
    """Routes plus the request pipeline for one site."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.registry = RouteRegistry()
        #: ``authenticate(request) -> user or None`` (may raise RestError); set by the app.
        self.authenticate: Callable[[RestRequest], Any] = lambda request: None
        #: ``GET /{namespace}`` handler; the index controller sets it.
        self.namespace_index: Callable[[RestRequest], Any] = lambda request: {}
        #: Batched loads for embedded links, by route key (``register_embed_primer``).
        self.embed_primers: dict[str, Callable[[list[RestRequest]], None]] = {}
        #: ``rest_pre_serve_request``: ``hook(request, data, status)`` may serve the response itself,
        #: returning ``(status, body, content_type)`` (the oEmbed XML format), or None to send JSON.
        self.pre_serve: list[Callable[[RestRequest, Any, int], tuple[int, bytes, str] | None]] = []
        #: ``route_data`` without schema by (route, REST base URL): static once routes are registered.
        self._route_data_memo: dict[tuple[str, str], dict[str, Any]] = {}
        #: ``routes_data`` without schema by (namespace, REST base URL), with its JSON bytes attached.
        self._routes_data_memo: dict[tuple[str | None, str], EncodedDict] = {}
        #: ``locate`` answers by (URL, REST base URL), for flat queries.
        self._located_memo: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}

    # -- registration -------------------------------------------------------------------
    def register_route(self, namespace: str, path: str, endpoints: list[Endpoint], *,
                       schema: Callable[[], dict[str, Any]] | None = None, override: bool = False) -> Route:
        """Register a route; a namespace's index route ``/{namespace}`` comes right before its first route."""
        self._route_data_memo.clear()
        self._routes_data_memo.clear()
        if namespace and namespace not in self.registry.namespaces:
            self.registry.register(namespace, "", [Endpoint(
                ("GET",), self._namespace_index, None,
                {"namespace": {"default": namespace}, "context": {"default": "view"}},
            )])
        return self.registry.register(namespace, path, endpoints, schema=schema, override=override)

    def _namespace_index(self, request: RestRequest) -> Any:
        return self.namespace_index(request)

    # -- URLs -------------------------------------------------------------------------
    def rest_url(self, path: str = "/") -> str:
        """The public URL of REST route ``path`` under the site's permalink mode."""
        return self.site.rest_url(path)

    def route_from_url(self, url: str) -> tuple[str, dict[str, Any]] | None:
        """(route, query) for a URL this server generated, or None when it is not a REST URL."""
        base = self.site.rest_url("/")
        if "\t" in url or "\r" in url or "\n" in url or url[:1] <= " ":
            query = parse_php_query(urlsplit(url).query)  # urlsplit's clean-up of pasted URLs
        else:
            query = parse_php_query(url.partition("#")[0].partition("?")[2])  # what urlsplit gives, faster
        if "rest_route" in query:
            route = query.pop("rest_route")
            return (route if isinstance(route, str) else "/"), query
        if not url.startswith(base.rstrip("/")):
            return None
        route = "/" + url[len(base.rstrip("/")):].split("?", 1)[0].lstrip("/")
        return route, query  # undecoded, as WordPress's WP_REST_Request::from_url keeps it

    def locate(self, url: str) -> tuple[str, dict[str, Any]] | None:
        """``route_from_url`` with the query as Python values (``php_array_to_python``): a fresh dict.

        A pure function of the URL and the REST base, kept per URL when the query is flat (links,
        hints and embeds locate the same hrefs on every request).
        """
        key = (url, self.site.rest_url("/"))
        found = self._located_memo.get(key)
        if found is None:
            located = self.route_from_url(url)
            if located is None:
                return None
            route, query = located[0], php_array_to_python(located[1])
            if not all(isinstance(v, str) for v in query.values()) or len(url) > 512:
                return route, query
            if len(self._located_memo) >= 4096:  # endless distinct URLs must not fill memory
                self._located_memo.clear()
            found = self._located_memo[key] = (route, query)
        return found[0], dict(found[1])

    # -- dispatch -------------------------------------------------------------------------
    def dispatch(self, request: RestRequest) -> RestResponse:
        """Match, validate, check permission and run the handler; errors become error responses."""
        request.server = self
        try:
            return ensure_response(self._dispatch(request))
        except RestError as error:
            return RestResponse.from_error(error)

    def _dispatch(self, request: RestRequest) -> Any:
        prepared: Endpoint | None = getattr(request, "prepared_endpoint", None)
        route: Route
        endpoint: Endpoint
        if prepared is not None and request.endpoint is prepared and request.route_obj is not None:
            route, endpoint, url_params = request.route_obj, prepared, request.url_params  # a primed embed
        else:
            match = self.registry.match(request.method, request.route)
            if match is None:
                raise RestError(*NO_ROUTE, 404)
            route, endpoint, url_params = match
        request.route_obj, request.endpoint, request.url_params = route, endpoint, url_params
        json_error = getattr(request, "json_error", None)
        if json_error is not None:
            raise json_error
        if getattr(request, "prepared_endpoint", None) is not endpoint:  # primed embeds were validated already
            self.prepare_args(request, endpoint)
        self.check_permission(request, endpoint)
        return endpoint.callback(request)

    def prepare_args(self, request: RestRequest, endpoint: Endpoint) -> None:
        """Required, validate and sanitise the endpoint's args (raises ``rest_invalid_param`` …)."""
        if not endpoint.args:
            return
        params = request.merged_params()
        request.sanitized = arg_schema.validate_request_args(endpoint.args, params, present=set(params), request=request)

    def check_permission(self, request: RestRequest, endpoint: Endpoint) -> None:
        if endpoint.permission_callback is None:
            return
        result = endpoint.permission_callback(request)
        if isinstance(result, RestError):
            raise result
        if result is not True:
            raise forbidden(request)

    def allowed_methods(self, request: RestRequest, route: Route) -> list[str]:
        """Methods of ``route`` whose permission check passes exactly for this request's caller."""
        allowed: list[str] = []
        for endpoint in route.endpoints:
            ok = True
            if endpoint.permission_callback is not None:
                try:
                    ok = endpoint.permission_callback(request) is True
                except RestError:
                    ok = False
            if ok:
                for method in endpoint.methods:
                    if method not in allowed:
                        allowed.append(method)
        return allowed

    def target_hints(self, href: str, parent: RestRequest) -> list[str] | None:
        """``targetHints.allow`` for a self link: route the URL and list the methods the caller may use."""
        cache = parent.ctx.target_hints if parent.ctx is not None else {}
        if href in cache:
            return cache[href]
        result: list[str] | None = None
        located = self.locate(href)
        if located is not None:
            route_path, query = located
            match = self.registry.match_route(route_path)
            if match is not None:
                route, url_params = match
                request = self.sub_request("GET", route_path, query, parent)
                request.route_obj, request.url_params = route, url_params
                endpoint = next((e for e in route.endpoints if "GET" in e.methods), route.endpoints[0])
                request.endpoint = endpoint
                try:
                    self.prepare_args(request, endpoint)
                except RestError:
                    request = None  # type: ignore[assignment]
                if request is not None:
                    result = self.allowed_methods(request, route) or None
        cache[href] = result
        return result

    def sub_request(self, method: str, route: str, query: dict[str, Any], parent: RestRequest) -> RestRequest:
        """A request made on behalf of ``parent`` (embedding, link hints): same caller and data context."""
        request = RestRequest(method, route, query=query)
        request.server = self
        request.user = parent.user
        request.ctx = parent.ctx
        request.site = parent.site
        return request

    # -- embedding ---------------------------------------------------------------------------
    def embed_links(self, data: dict[str, Any], embed: list[str] | None, request: RestRequest) -> dict[str, Any]:
        """Add ``_embedded`` to one item from its embeddable links (rest-api.md §8.3)."""
        links = data.get("_links")
        if not isinstance(links, dict):
            return data
        cache: dict[str, Any] = request.ctx.embed_cache if request.ctx is not None else {}
        embedded: dict[str, list[Any]] = {}
        for rel, items in links.items():
            if embed is not None and rel not in embed:
                continue
            entries: list[Any] = []
            any_embedded = False
            for link in items:
                if not link.get("embeddable"):
                    entries.append({})
                    continue
                href = link["href"]
                if href not in cache:
                    cache[href] = self._embed_one(href, request)
                entries.append(cache[href])
                # An empty embedded collection (no replies) does not make the relation appear.
                any_embedded = any_embedded or cache[href] not in ([], {}, None)
            if any_embedded:
                embedded[rel] = entries
        if embedded:
            data = dict(data)
            data["_embedded"] = embedded
        return data

    def _embed_one(self, href: str, parent: RestRequest) -> Any:
        pending = parent.ctx.extra.get(_PENDING_EMBEDS) if parent.ctx is not None else None
        request = pending.pop(href, None) if pending else None
        if request is None:
            request = self._embed_request(href, parent)
        if request is None:
            return {}
        response = self.dispatch(request)
        return response.data

    def _embed_request(self, href: str, parent: RestRequest) -> RestRequest | None:
        """The internal request that embeds ``href`` (``context=embed``, collections at their maximum page)."""
        located = self.locate(href)
        if located is None:
            return None
        route, query = located
        request = self.sub_request("GET", route, query, parent)
        request.is_embed = True
        if not query.get("context"):
            request.query["context"] = "embed"
        if not query.get("per_page"):
            match = self.registry.match("GET", route)
            request.embed_match = (match,)  # type: ignore[attr-defined]  # prime_embeds reuses it
            if match is not None:
                maximum = match[1].args.get("per_page", {}).get("maximum")
                if maximum is not None:
                    request.query["per_page"] = maximum
        return request

    # -- batched embedding ---------------------------------------------------------------------
    def register_embed_primer(self, route_key: str, primer: Callable[[list[RestRequest]], None]) -> None:
        """Let the controller of ``route_key`` load what a whole response's embeds need in one go.

        Before a response's links are embedded one internal request at a time, ``primer`` gets every
        such request to ``route_key`` at once (matched, args validated; invalid ones left out), so
        it can fill the request context's caches with a constant number of queries; each request
        is then dispatched as usual and must give the same answer it would have without priming.
        """
        self.embed_primers[route_key] = primer

    def prime_embeds(self, items: list[Any], embed: list[str] | None, parent: RestRequest) -> None:
        """Build the embed requests of ``items`` and hand them, grouped by route, to their primers."""
        if not self.embed_primers or parent.ctx is None:
            return
        cache = parent.ctx.embed_cache
        pending: dict[str, RestRequest] = parent.ctx.extra.setdefault(_PENDING_EMBEDS, {})
        groups: dict[str, list[RestRequest]] = {}
        for item in items:
            links = item.get("_links") if isinstance(item, dict) else None
            if not isinstance(links, dict):
                continue
            for rel, entries in links.items():
                if embed is not None and rel not in embed:
                    continue
                for link in entries:
                    href = link.get("href") if link.get("embeddable") else None
                    if href is None or href in cache or href in pending:
                        continue
                    request = self._embed_request(href, parent)
                    if request is None:
                        continue
                    known = getattr(request, "embed_match", None)
                    match = known[0] if known is not None else self.registry.match("GET", request.route)
                    if match is None or match[0].path not in self.embed_primers:
                        continue
                    request.route_obj, request.endpoint, request.url_params = match
                    try:
                        self.prepare_args(request, match[1])
                    except RestError:
                        continue
                    request.prepared_endpoint = match[1]  # type: ignore[attr-defined]
                    pending[href] = request
                    groups.setdefault(match[0].path, []).append(request)
        for route_key, requests in groups.items():
            self.embed_primers[route_key](requests)

    # -- HTTP pipeline -----------------------------------------------------------------------
    def serve(self, request: RestRequest) -> RestResponse:
        """Run authentication, dispatch and post-dispatch (Allow, _fields, _embed, _envelope)."""
        request.server = self
        query = request.query
        try:
            request.user = self.authenticate(request)
        except RestError as error:
            return self._finish(request, RestResponse.from_error(error), None)
        if request.method == "POST":
            override = query.get("_method") or request.header("x-http-method-override")
            if isinstance(override, str) and override:
                request.method = override.upper()
        if request.method == "OPTIONS":
            return self._finish(request, self._options(request), request.route_obj)
        response = self.dispatch(request)
        return self._finish(request, response, request.route_obj)

    def _finish(self, request: RestRequest, response: RestResponse, route: Route | None) -> RestResponse:
        if route is not None and "Allow" not in response.headers and request.route_obj is route:
            allowed = self.allowed_methods(request, route)
            if allowed:
                response.headers["Allow"] = ", ".join(allowed)
        if not response.is_error and "_fields" in request.query or (
            not response.is_error and request.has_param("_fields")
        ):
            fields = parse_fields(request.get_param("_fields"))
            if fields:
                response.data = filter_fields(response.data, fields)
        if "_embed" in request.query and not response.is_error:
            embed = parse_embed(request.query.get("_embed"))
            self.prime_embeds(response.data if isinstance(response.data, list) else [response.data], embed, request)
            if isinstance(response.data, list):
                response.data = [self.embed_links(item, embed, request) if isinstance(item, dict) else item
                                 for item in response.data]
            elif isinstance(response.data, dict):
                response.data = self.embed_links(response.data, embed, request)
        return response

    def _options(self, request: RestRequest) -> RestResponse:
        match = self.registry.match_route(request.route)
        if match is None:
            return RestResponse([])
        route, url_params = match
        request.route_obj, request.url_params = route, url_params
        data = self.route_data(route, with_schema=True)
        return RestResponse(data)

    # -- index ------------------------------------------------------------------------------
    def route_data(self, route: Route, *, with_schema: bool = False, base: str | None = None) -> dict[str, Any]:
        """The route object of the index / OPTIONS (rest-api.md §2.2).

        Without the schema it depends only on the registered route and the REST base URL, so it is
        built once per route (the index lists ~170 routes; building them all took 1 ms a request).
        Callers must not mutate the returned object.
        """
        if with_schema:
            return self._build_route_data(route, with_schema=True)
        key = (route.path, base if base is not None else self.rest_url("/"))
        data = self._route_data_memo.get(key)
        if data is None:
            data = self._route_data_memo[key] = self._build_route_data(route, with_schema=False)
        return data

    def _build_route_data(self, route: Route, *, with_schema: bool) -> dict[str, Any]:
        data: dict[str, Any] = {"namespace": route.namespace, "methods": route.methods, "endpoints": []}
        if with_schema and route.schema is not None:
            data["schema"] = public_schema(route.schema())
        for endpoint in route.endpoints:
            if not endpoint.show_in_index:
                continue
            item: dict[str, Any] = {"methods": list(endpoint.methods)}
            if endpoint.allow_batch is not None:
                item["allow_batch"] = {"v1": endpoint.allow_batch}
            item["args"] = arg_schema.args_for_index(endpoint.args)
            data["endpoints"].append(item)
        if with_schema and "schema" in data:
            data["schema"] = data.pop("schema")  # after the endpoints, before the links (as WordPress)
        if "(?P<" not in route.path:
            data["_links"] = {"self": [{"href": self.rest_url(route.path)}]}
        return data

    def routes_data(self, namespace: str | None = None, *, with_schema: bool = False) -> dict[str, Any]:
        """The index's route map (of ``namespace``, or all); without the schema, built and encoded once
        per REST base URL (encoding its ~90 KB was half of an index request's time)."""
        base = self.rest_url("/")
        if not with_schema:
            memo = self._routes_data_memo.get((namespace, base))
            if memo is None:
                memo = self._routes_data_memo[(namespace, base)] = EncodedDict.of(self._routes_data(namespace, base))
            return memo
        return self._routes_data(namespace, base, with_schema=True)

    def _routes_data(self, namespace: str | None, base: str, *, with_schema: bool = False) -> dict[str, Any]:
        return {
            path: self.route_data(route, with_schema=with_schema, base=base)
            for path, route in self.registry.routes.items()
            if route.show_in_index and (namespace is None or route.namespace == namespace)
        }


def public_schema(schema: Any) -> Any:
    """The item schema as OPTIONS shows it: ``arg_options`` (callbacks) removed at every level."""
    if isinstance(schema, dict):
        return {k: public_schema(v) for k, v in schema.items() if k != "arg_options"}
    if isinstance(schema, list):
        return [public_schema(v) for v in schema]
    return schema


def parse_embed(value: Any) -> list[str] | None:
    """``_embed``: None means embed everything; otherwise the listed (compact) relations."""
    if value is None or value is True or value in ("", "1", "true"):
        return None
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [str(v).strip() for v in value]
    return [v.strip() for v in re.split(r"[\s,]+", str(value)) if v.strip()]


def jsonp_callback_ok(name: str) -> bool:
    return bool(_JSONP_OK.match(name))
