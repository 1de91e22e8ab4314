"""``POST /batch/v1``: several write requests in one (``WP_REST_Server::serve_batch_request_v1``, 7.1.4).

Every sub-request is matched and its args validated first; only endpoints registered with
``allow_batch`` may be used. With ``validation: require-all-validate`` one invalid sub-request
stops the batch before anything runs (``failed: validation``); otherwise each runs in order, as
its caller, and its answer comes back enveloped (``body``, ``status``, ``headers``) in a 207.
"""

from __future__ import annotations

from typing import Any

from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import filter_fields, parse_fields
from broadsheet.formatting.php_url import php_parse_url
from broadsheet.rest.request import RestRequest, parse_php_query, php_array_to_python
from broadsheet.rest.response import RestResponse
from broadsheet.rest.rollback import adopt_transaction_callbacks
from broadsheet.rest.routes import CREATABLE, Endpoint, Route
from broadsheet.rest.server import NO_ROUTE, RestServer

#: ``rest_get_max_batch_size``.
MAX_BATCH_SIZE = 25
MULTI_STATUS = 207

BATCH_ARGS: dict[str, dict[str, Any]] = {
    "validation": {"type": "string", "enum": ["require-all-validate", "normal"], "default": "normal"},
    "requests": {
        "required": True,
        "type": "array",
        "maxItems": MAX_BATCH_SIZE,
        "items": {
            "type": "object",
            "properties": {
                "method": {"type": "string", "enum": ["POST", "PUT", "PATCH", "DELETE"], "default": "POST"},
                "path": {"type": "string", "required": True},
                "body": {"type": "object", "properties": {}, "additionalProperties": True},
                "headers": {"type": "object", "properties": {},
                            "additionalProperties": {"type": ["string", "array"], "items": {"type": "string"}}},
            },
        },
    },
}


class _Prepared:
    """One sub-request after matching and validation: its route/endpoint, or the error found."""

    def __init__(self, request: RestRequest | None, error: RestError | None = None) -> None:
        self.request = request
        self.route: Route | None = None
        self.endpoint: Endpoint | None = None
        self.error = error


def _sub_request(parent: RestRequest, args: dict[str, Any]) -> RestRequest | RestError:
    """The ``WP_REST_Request`` of one batch item: method, path, query, body params and headers."""
    parsed = php_parse_url(str(args.get("path", "")))
    if parsed is None:
        return RestError("parse_path_failed", "Could not parse the path.", 400)
    raw_query = str(parsed.get("query", ""))
    query = php_array_to_python(parse_php_query(raw_query)) if raw_query not in ("", "0") else {}
    sent = args.get("headers")
    headers: dict[str, Any] = sent if isinstance(sent, dict) else {}
    request = RestRequest(str(args.get("method") or "POST"), str(parsed.get("path", "")), query=query,
                          headers={k: ", ".join(v) if isinstance(v, list) else str(v) for k, v in headers.items()})
    body = args.get("body")
    if isinstance(body, dict) and body:
        request.body = body
    request.server = parent.server
    request.user = parent.user
    request.auth = parent.auth
    request.site = parent.site
    request.remote_addr = parent.remote_addr
    request.is_ssl = parent.is_ssl
    return request


def _fresh_context(request: RestRequest) -> Any:
    """A new data context for a sub-request, keeping the HTTP request's ``request_state``."""
    if request.ctx is None:
        return None
    ctx = request.site.context(request.ctx.conn)
    ctx.request_state = request.ctx.request_state
    return ctx


def _prepare(server: RestServer, request: RestRequest) -> _Prepared:
    """Match, check ``allow_batch`` and validate (``has_valid_params`` + ``sanitize_params``)."""
    prepared = _Prepared(request)
    match = server.registry.match(request.method, request.route)
    if match is None:
        prepared.error = RestError(*NO_ROUTE, 404)
        return prepared
    route, endpoint, url_params = match
    prepared.route, prepared.endpoint = route, endpoint
    request.route_obj, request.endpoint, request.url_params = route, endpoint, url_params
    if not endpoint.allow_batch:
        prepared.error = RestError("rest_batch_not_allowed", "The requested route does not support batch requests.",
                                   400)
        return prepared
    request.ctx = _fresh_context(request)
    try:
        server.prepare_args(request, endpoint)
    except RestError as error:
        prepared.error = error
        return prepared
    request.prepared_endpoint = endpoint  # type: ignore[attr-defined]
    return prepared


def _envelope(response: RestResponse) -> dict[str, Any]:
    """``envelope_response($response, false)->get_data()``."""
    return {"body": response.data, "status": response.status, "headers": dict(response.headers) or []}


def _run(server: RestServer, prepared: _Prepared) -> RestResponse:
    """``respond_to_request`` then ``rest_post_dispatch`` (``Allow``, ``_fields``) for one sub-request."""
    request = prepared.request
    assert request is not None
    if prepared.route is None:
        return RestResponse.from_error(prepared.error or RestError(*NO_ROUTE, 404))
    if prepared.error is not None:
        response = RestResponse.from_error(prepared.error)
    else:
        response = server.dispatch(request)
    allowed = server.allowed_methods(request, prepared.route)
    if allowed and "Allow" not in response.headers:
        response.headers["Allow"] = ", ".join(allowed)
    if not response.is_error and request.has_param("_fields"):
        fields = parse_fields(request.get_param("_fields"))
        if fields:
            response.data = filter_fields(response.data, fields)
    return response


def serve_batch_request_v1(batch: RestRequest) -> RestResponse:
    server = batch.server
    assert server is not None
    items: list[_Prepared] = []
    for args in batch.get_param("requests") or []:
        made = _sub_request(batch, args if isinstance(args, dict) else {})
        if isinstance(made, RestError):
            items.append(_Prepared(None, made))
            continue
        made.ctx = batch.ctx
        items.append(_prepare(server, made))
    has_error = any(item.error is not None for item in items)
    if has_error and batch.get_param("validation") == "require-all-validate":
        responses = [_envelope(RestResponse.from_error(item.error)) if item.error is not None else None
                     for item in items]
        return RestResponse({"failed": "validation", "responses": responses}, MULTI_STATUS)
    out: list[dict[str, Any]] = []
    for item in items:
        if item.request is None:
            out.append(_envelope(RestResponse.from_error(item.error)))  # type: ignore[arg-type]
            continue
        # Fresh caches: an earlier sub-request may have changed what this one reads.
        item.request.ctx = _fresh_context(item.request)
        out.append(_envelope(_run(server, item)))
        if item.request.ctx is not None and batch.ctx is not None:
            adopt_transaction_callbacks(batch.ctx, item.request.ctx)
    return RestResponse({"responses": out}, MULTI_STATUS)


def register(server: RestServer) -> None:
    server.register_route("", "/batch/v1", [Endpoint(CREATABLE, serve_batch_request_v1, None, BATCH_ARGS)])
