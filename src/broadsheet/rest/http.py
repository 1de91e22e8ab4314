"""HTTP ⇄ REST: build a ``RestRequest`` from an HTTP request, and encode a ``RestResponse`` as WordPress sends it.

Handles what happens around the server proper (rest-api.md §1.1, §4, §5): where the route comes
from (``/wp-json/…``, ``/index.php/wp-json/…``, ``?rest_route=``), JSON and form bodies,
``_envelope``, ``_jsonp``, ``_pretty``, HEAD, and the headers every REST response carries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from broadsheet.rest.encoding import json_encode
from broadsheet.rest.errors import RestError
from broadsheet.rest.request import RestRequest, parse_php_query, php_array_to_python
from broadsheet.rest.response import RestResponse
from broadsheet.rest.server import RestServer, jsonp_callback_ok

REST_PREFIXES = ("/wp-json", "/index.php/wp-json")
NO_CACHE = {
    "Expires": "Wed, 11 Jan 1984 05:00:00 GMT",
    "Cache-Control": "no-cache, must-revalidate, max-age=0, no-store, private",
}


@dataclass
class HttpResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def rest_route_of(path: str, query: dict[str, Any]) -> str | None | RestError:
    """The REST route a request addresses, None when it is not a REST request."""
    if "rest_route" in query and path in ("/", "/index.php", ""):
        route = query["rest_route"]
        if not isinstance(route, str):
            return RestError("rest_path_invalid_type", "The REST route parameter must be a string.", 400)
        return _normalise_route(route)
    for prefix in REST_PREFIXES:
        if path == prefix or path.startswith(prefix + "/"):
            return _normalise_route(path[len(prefix):])  # raw: WordPress matches routes undecoded
    return None


def _normalise_route(route: str) -> str:
    route = "/" + route.lstrip("/") if route else "/"
    if len(route) > 1:
        route = route.rstrip("/") or "/"
    return route


def _reject_constant(name: str) -> Any:
    """PHP's ``json_decode`` knows no ``NaN``/``Infinity``: a body using them is invalid JSON."""
    raise ValueError(name)


def build_request(method: str, route: str, raw_query: str, headers: dict[str, str], body: bytes) -> RestRequest:
    """A RestRequest from the HTTP pieces, parsing JSON / urlencoded bodies as WordPress does."""
    query = php_array_to_python(parse_php_query(raw_query))
    query.pop("rest_route", None)
    request = RestRequest(method, route, query=query, headers=headers, raw_body=body)
    request.raw_query = raw_query
    request.json_error = None
    if body:
        if request.is_json_content_type():
            try:
                parsed = json.loads(body, parse_constant=_reject_constant)
            except (ValueError, UnicodeDecodeError):
                request.json_error = RestError(
                    "rest_invalid_json", "Invalid JSON body passed.", 400,
                    {"json_error_code": 4, "json_error_message": "Syntax error"},
                )
            else:
                request.json = parsed if isinstance(parsed, dict) else {}
                request.json_raw = parsed
        else:
            ctype = request.content_type().split(";")[0].strip().lower()
            if ctype in ("", "application/x-www-form-urlencoded"):
                try:
                    request.body = php_array_to_python(parse_php_query(body.decode("utf-8", "replace")))
                except ValueError:
                    request.body = {}
            elif ctype == "multipart/form-data":  # PHP fills $_POST and $_FILES before any route runs
                from broadsheet.rest.controllers.media_multipart import parse_multipart

                request.body, request.files = parse_multipart(body, request.content_type())
            request._multipart_done = True  # type: ignore[attr-defined]
    return request


def invalid_jsonp_response(server: RestServer, request: RestRequest) -> HttpResponse | None:
    """The answer to a bad ``_jsonp`` callback name, checked before anything is dispatched."""
    jsonp = request.query.get("_jsonp")
    if jsonp is None or (isinstance(jsonp, str) and jsonp_callback_ok(jsonp)):
        return None
    body = json_encode({"code": "rest_callback_invalid", "message": "Invalid JSONP callback function."})
    return _http(400, _global_headers(server, request), body,
                 f"application/javascript; charset={_charset(server)}", request.method)


def route_type_error_response(error: RestError, request: RestRequest) -> HttpResponse:
    """``rest_route`` that is not a string: WordPress's die handler, before the REST server runs."""
    accept = (request.header("accept") or "") + (request.header("content-type") or "")
    if "json" in accept:
        body = json_encode({**error.to_dict(), "additional_errors": []})
        return _http(error.status, {}, body, "application/json; charset=UTF-8", request.method)
    html = f"<html><body><p>{error.message}</p></body></html>".encode()
    return _http(error.status, {}, html, "text/html; charset=utf-8", request.method)


def _charset(server: RestServer) -> str:
    return str(server.site.option("blog_charset", "UTF-8") or "UTF-8")


def _global_headers(server: RestServer, request: RestRequest) -> dict[str, Any]:
    """The headers every REST response carries (rest-api.md §5.2), before the response's own."""
    headers: dict[str, Any] = {
        "X-Robots-Tag": "noindex",
        "Link": f'<{server.rest_url("/")}>; rel="https://api.w.org/"',
        "X-Content-Type-Options": "nosniff",
        "Access-Control-Expose-Headers": "X-WP-Total, X-WP-TotalPages, Link",
        "Access-Control-Allow-Headers": "Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type",
    }
    origin = request.header("origin")
    if origin is not None:
        headers.update({
            "Access-Control-Allow-Origin": origin or "null",
            "Access-Control-Allow-Methods": "OPTIONS, GET, POST, PUT, PATCH, DELETE",
            "Access-Control-Allow-Credentials": "true",
        })
    headers["Vary"] = "Origin"
    if request.user:
        headers.update(NO_CACHE)
    auth = request.auth
    if auth is not None and getattr(auth, "nonce", None):
        headers["X-WP-Nonce"] = auth.nonce
    if auth is not None and getattr(auth, "nocache", False):
        headers.update(NO_CACHE)
    if auth is not None and getattr(auth, "retry_after", None):
        headers["Retry-After"] = str(auth.retry_after)
    return headers


def encode_response(server: RestServer, request: RestRequest, response: RestResponse) -> HttpResponse:
    """Headers, envelope, JSONP and JSON encoding of a served response."""
    charset = _charset(server)
    headers = _global_headers(server, request)
    headers.update(response.headers)
    status = response.status
    data = response.data
    query = request.query

    if "_envelope" in query:
        # The response's own headers travel in the body only (rest-api.md §4).
        data = {"body": data, "status": status, "headers": dict(response.headers) or []}
        status = 200
        headers = _global_headers(server, request)

    for pre_serve in server.pre_serve:
        served = pre_serve(request, data, status)
        if served is not None:
            return _http(served[0], headers, served[1], served[2], request.method)

    pretty = request.has_param("_pretty")
    jsonp = query.get("_jsonp")
    if isinstance(jsonp, str):
        body = b"/**/" + jsonp.encode() + b"(" + json_encode(data, pretty=pretty) + b")"
        return _http(status, headers, body, f"application/javascript; charset={charset}", request.method)

    body = b"" if status == 204 or data is None else json_encode(data, pretty=pretty)
    return _http(status, headers, body, f"application/json; charset={charset}", request.method)


def _http(status: int, headers: dict[str, Any], body: bytes, content_type: str, method: str) -> HttpResponse:
    out = [("Content-Type", content_type)]
    out.extend((k, str(v)) for k, v in headers.items())
    if method == "HEAD":
        body = b""
    return HttpResponse(status, out, body)
