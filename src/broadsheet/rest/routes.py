"""The route registry: namespaces, route patterns and their endpoints, matched as WordPress does.

Routes are tried in registration order; a route key is a PCRE pattern matched case-insensitively
against the whole path; the first endpoint whose methods include the request method wins, and a
path that matched with no method falls through to later routes (rest-api.md §1.2).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

READABLE = ("GET",)
CREATABLE = ("POST",)
EDITABLE = ("POST", "PUT", "PATCH")
DELETABLE = ("DELETE",)
ALLMETHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")

Handler = Callable[[Any], Any]


@dataclass
class Endpoint:
    """One handler of a route: its methods, callback, permission check and args schema."""

    methods: tuple[str, ...]
    callback: Handler
    permission_callback: Handler | None = None
    args: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: ``allow_batch`` in the index: None leaves it out, else ``{"v1": allow_batch}``.
    allow_batch: bool | None = None
    show_in_index: bool = True


@dataclass
class Route:
    """A route key (``/wp/v2/posts/(?P<id>[\\d]+)``) with its endpoints and item schema."""

    namespace: str
    path: str
    endpoints: list[Endpoint]
    schema: Callable[[], dict[str, Any]] | None = None
    show_in_index: bool = True
    regex: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        self.regex = re.compile("^" + self.path + "$", re.IGNORECASE)

    @property
    def methods(self) -> list[str]:
        """Union of the endpoints' methods, in order."""
        seen: list[str] = []
        for endpoint in self.endpoints:
            for method in endpoint.methods:
                if method not in seen:
                    seen.append(method)
        return seen


class RouteRegistry:
    """Every registered route, in registration order, grouped by namespace."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.namespaces: list[str] = []
        #: ``candidates`` by the namespaces that prefix a path; cleared when a route is registered.
        self._candidates_memo: dict[tuple[str, ...], list[Route]] = {}
        #: Every matching route of a path with its URL groups (bounded); cleared likewise.
        self._matches_memo: dict[str, tuple[tuple[Route, dict[str, str]], ...]] = {}

    def register(
        self,
        namespace: str,
        path: str,
        endpoints: list[Endpoint],
        *,
        schema: Callable[[], dict[str, Any]] | None = None,
        override: bool = False,
    ) -> Route:
        """Add ``endpoints`` under ``/{namespace}{path}``; merge with an existing route unless ``override``."""
        full = "/" + namespace.strip("/") + path if namespace else path
        self._candidates_memo.clear()
        self._matches_memo.clear()
        if namespace and namespace not in self.namespaces:
            self.namespaces.append(namespace)
        existing = self.routes.get(full)
        if existing is not None and not override:
            existing.endpoints.extend(endpoints)
            existing.schema = existing.schema or schema
            return existing
        route = Route(namespace=namespace, path=full, endpoints=list(endpoints), schema=schema)
        self.routes[full] = route
        return route

    def candidates(self, path: str) -> list[Route]:
        """Routes of the namespaces that prefix ``path`` (all routes when none does)."""
        trimmed = path.lstrip("/").lower() + "/"
        matching = tuple(ns for ns in self.namespaces if trimmed.startswith(ns.lower() + "/"))
        found = self._candidates_memo.get(matching)
        if found is None:
            if not matching:
                found = list(self.routes.values())
            else:
                found = [r for r in self.routes.values() if r.namespace in matching]
            self._candidates_memo[matching] = found
        return found

    def _matches(self, path: str) -> tuple[tuple[Route, dict[str, str]], ...]:
        """Routes whose pattern matches ``path`` with their named groups, in registration order.

        A pure function of the registry, so kept per path (links, hints and embeds route the same
        URLs again and again); callers copy the groups before handing them out.
        """
        found = self._matches_memo.get(path)
        if found is None:
            found = tuple((route, m.groupdict()) for route in self.candidates(path)
                          for m in (route.regex.match(path),) if m)
            if len(path) <= 256:  # a client's endless distinct long paths must not fill memory
                if len(self._matches_memo) >= 4096:
                    self._matches_memo.clear()
                self._matches_memo[path] = found
        return found

    def match(self, method: str, path: str) -> tuple[Route, Endpoint, dict[str, str]] | None:
        """The first route/endpoint for ``method`` on ``path``, with the named URL groups."""
        wanted = "GET" if method == "HEAD" else method
        for route, groups in self._matches(path):
            for endpoint in route.endpoints:
                if wanted in endpoint.methods:
                    params = {k: v for k, v in groups.items() if v is not None and not k.isdigit()}
                    return route, endpoint, params
        return None

    def match_route(self, path: str) -> tuple[Route, dict[str, str]] | None:
        """The first route whose pattern matches ``path``, whatever the method (OPTIONS, Allow)."""
        for route, groups in self._matches(path):
            return route, {k: v for k, v in groups.items() if v is not None}
        return None
