"""Link objects: relations, curies, ``targetHints`` on self links, and pagination headers."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from broadsheet.rest.request import RestRequest

CURIE_PREFIX = "https://api.w.org/"
CURIES = [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}]


class LinkSet:
    """Builds a ``_links`` object: ``add(rel, href, **attributes)`` in emission order."""

    def __init__(self, request: RestRequest) -> None:
        self.request = request
        self.links: dict[str, list[dict[str, Any]]] = {}

    def add(self, rel: str, href: str, **attributes: Any) -> LinkSet:
        """Append a link; attributes come first, then ``href`` (self links get ``targetHints``)."""
        link: dict[str, Any] = dict(attributes)
        link["href"] = href
        if rel == "self":
            hints = self.request.server.target_hints(href, self.request) if self.request.server else None
            if hints:
                link["targetHints"] = {"allow": hints}
        self.links.setdefault(rel, []).append(link)
        return self

    def compact(self) -> dict[str, list[dict[str, Any]]]:
        """Relations with the ``https://api.w.org/`` prefix become ``wp:…``; ``curies`` last when used."""
        out: dict[str, list[dict[str, Any]]] = {}
        used = False
        for rel, links in self.links.items():
            if rel.startswith(CURIE_PREFIX):
                rel = "wp:" + rel[len(CURIE_PREFIX):]
                used = True
            out[rel] = links
        if used:
            out["curies"] = [dict(c) for c in CURIES]
        return out


#: Text ``quote`` returns unchanged whatever ``safe`` is (letters, digits and ``_.-~``).
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*\Z")


def _quote(text: str, safe: str) -> str:
    """``urllib.parse.quote``, skipped for the ids and plain words links mostly carry."""
    return text if _UNQUOTED.match(text) else quote(text, safe=safe)


def add_query_args(url: str, args: dict[str, Any]) -> str:
    """Append ``args`` to ``url`` as ``add_query_arg`` does for plain values."""
    if not args:
        return url
    joined = "&".join(f"{_quote(str(k), '[]')}={_quote(str(v), '')}" for k, v in args.items())
    return url + ("&" if "?" in url else "?") + joined


def php_urlencode(value: Any) -> str:
    """PHP ``urlencode``: everything but ``A-Za-z0-9-_.`` percent-encoded, spaces as ``+``."""
    if value is True:
        value = "1"
    elif value is False or value is None:
        value = ""
    # quote() never encodes "~" (unreserved since RFC 3986); PHP's urlencode writes "%7E".
    return quote(str(value), safe="-_.").replace("~", "%7E").replace("%20", "+")


def php_build_query(params: dict[str, Any], prefix: str | None = None) -> str:
    """PHP ``http_build_query`` over already-plain values (``k[0]=v`` for lists, ``k[a]=v`` for maps)."""
    parts: list[str] = []
    for key, value in params.items():
        name = f"{prefix}[{key}]" if prefix is not None else str(key)
        if isinstance(value, dict):
            parts.append(php_build_query(value, name))
        elif isinstance(value, (list, tuple)):
            parts.append(php_build_query(dict(enumerate(value)), name))
        elif value is None:
            continue
        else:
            parts.append(f"{php_urlencode(name)}={php_urlencode(value)}")
    return "&".join(p for p in parts if p)


def pagination_headers(
    request: RestRequest, base_url: str, total: int, per_page: int, page: int, *, clamp_prev: bool = True
) -> dict[str, Any]:
    """``X-WP-Total``, ``X-WP-TotalPages`` and the prev/next ``Link`` header for a collection."""
    pages = math.ceil(total / per_page) if per_page else 0
    headers: dict[str, Any] = {"X-WP-Total": total, "X-WP-TotalPages": pages}
    links = []
    params = request.query_params_for_links()
    if page > 1:
        prev_page = page - 1
        if clamp_prev and prev_page > pages:
            prev_page = pages
        links.append(f'<{_with_page(base_url, params, prev_page)}>; rel="prev"')
    if pages > page:
        links.append(f'<{_with_page(base_url, params, page + 1)}>; rel="next"')
    if links:
        headers["Link"] = ", ".join(links)
    return headers


_EMPTY_VALUE = re.compile(r"=(&|$)")


def _with_page(base_url: str, params: dict[str, Any], page: int) -> str:
    """The collection URL with the request's query args, ``page`` replaced in place or appended.

    As ``add_query_arg``, an empty value loses its ``=`` (``sticky=&page=2`` → ``sticky&page=2``).
    """
    merged = dict(params)
    merged["page"] = page
    if "?" not in base_url:
        return _EMPTY_VALUE.sub(r"\1", base_url + "?" + php_build_query(merged))
    # The base's own query (plain permalinks' rest_route, or a route regex's "(?P<...>" in a nested
    # rest_base such as font faces') is parsed by parse_str and written back unencoded, as add_query_arg does.
    from broadsheet.rest.request import parse_php_query, php_array_to_python

    base, _, query = base_url.partition("?")
    existing = php_array_to_python(parse_php_query(query))
    parts = [php_build_query({key: merged.pop(key)}) if key in merged else _raw_build_query({key: value})
             for key, value in existing.items()]
    parts.append(php_build_query(merged))
    return _EMPTY_VALUE.sub(r"\1", base + "?" + "&".join(part for part in parts if part))


def _raw_build_query(params: dict[str, Any], prefix: str | None = None) -> str:
    """WordPress's ``build_query``: ``_http_build_query`` without encoding (nested keys as ``k%5Bsub%5D``)."""
    parts: list[str] = []
    for key, value in params.items():
        name = f"{prefix}%5B{key}%5D" if prefix is not None else str(key)
        if isinstance(value, dict):
            parts.append(_raw_build_query(value, name))
        elif isinstance(value, (list, tuple)):
            parts.append(_raw_build_query({str(i): item for i, item in enumerate(value)}, name))
        elif value is not None:
            parts.append(f"{name}={'1' if value is True else '' if value is False else value}")
    return "&".join(part for part in parts if part)
