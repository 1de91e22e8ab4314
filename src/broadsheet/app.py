"""``create_app(settings)``: the ASGI application — wiring only."""

from __future__ import annotations

import gc
import logging
from typing import Any

from broadsheet.rest.errors import RestError
from broadsheet.rest.http import (
    HttpResponse,
    build_request,
    encode_response,
    invalid_jsonp_response,
    rest_route_of,
    route_type_error_response,
)
from broadsheet.rest.request import parse_php_query, php_array_to_python
from broadsheet.rest.rollback import run_commit_callbacks, run_rollback_callbacks
from broadsheet.site import Site, SiteConfig

log = logging.getLogger("broadsheet")
UPLOADS_PREFIX = "/wp-content/uploads/"
#: What WordPress answers when PHP dies: the same shape, so clients handle it the same way.
CRITICAL_ERROR = (b'{"code":"internal_server_error","message":"<p>There has been a critical error on this website.'
                  b'<\\/p>","data":{"status":500},"additional_errors":[]}')


class BroadsheetApp:
    """A plain ASGI app: REST requests go to the site's REST server; anything else is 404 for now."""

    def __init__(self, site: Site) -> None:
        self.site = site
        #: Freeze the heap at startup and after the first request (``freeze_heap``): set by the
        #: served app (``broadsheet.cli.asgi``), not in tests, where frozen apps would pile up.
        self.freezes_heap = False
        self._warm = False

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    if self.freezes_heap:
                        freeze_heap()
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        body = await self._read_body(receive, headers.get("content-length"))
        client = scope.get("client")
        response = self.handle(
            scope["method"], request_path(scope), scope.get("query_string", b"").decode("latin-1"),
            headers, body, client=client[0] if client else None,
        )
        await send({
            "type": "http.response.start", "status": response.status,
            "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers],
        })
        await send({"type": "http.response.body", "body": response.body})
        if self.freezes_heap and not self._warm:
            self._warm = True
            freeze_heap()  # what the first request built (route data, schemas, statements) stays

    def body_limit(self) -> int:
        """Largest request body kept: twice the upload limit plus 1 MB (multipart and base64 overhead)."""
        from broadsheet.rest.controllers.media_uploads import site_max_upload_size

        return 2 * site_max_upload_size(self.site) + 1024 * 1024

    async def _read_body(self, receive: Any, declared: str | None) -> bytes:
        """The request body, in one join (no quadratic concatenation); a body over ``body_limit`` is
        dropped, as PHP drops one over ``post_max_size`` (the handler then sees no data)."""
        limit = self.body_limit()
        declared = (declared or "").strip()
        if declared.isdigit() and (len(declared) > 18 or int(declared) > limit):
            return b""  # not read at all: the server closes the connection after the answer
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if chunk and size <= limit:
                chunks.append(chunk)
            more = message.get("more_body", False)
        return b"" if size > limit else b"".join(chunks)

    def handle(self, method: str, path: str, raw_query: str, headers: dict[str, str], body: bytes,
               *, client: str | None = "127.0.0.1") -> HttpResponse:
        """Serve one HTTP request synchronously (the database calls are sync; workers give parallelism).

        ``path`` is the raw request path, ``%xx`` escapes undecoded (see ``request_path``)."""
        try:
            return self._handle(method, path, raw_query, headers, body, client)
        except Exception:
            log.exception("unhandled error serving %s %s?%s", method, path, raw_query)
            return HttpResponse(500, [("Content-Type", "application/json; charset=UTF-8")], CRITICAL_ERROR)

    def _handle(self, method: str, path: str, raw_query: str, headers: dict[str, str], body: bytes,
                client: str | None) -> HttpResponse:
        query = php_array_to_python(parse_php_query(raw_query))
        route = rest_route_of(path, query)
        if route is None:
            return self._handle_web(method, path, query, headers, body, client)
        server = self.site.rest
        with self.site.db.engine.connect() as conn:
            if isinstance(route, RestError):
                return route_type_error_response(route, build_request(method, "/", raw_query, headers, body))
            request = build_request(method, route, raw_query, headers, body)
            request.remote_addr = client
            request.site = self.site
            request.ctx = self.site.context(conn)
            early = invalid_jsonp_response(server, request)
            if early is not None:
                return early
            try:
                response = server.serve(request)
                result = encode_response(server, request, response)
            except BaseException:
                run_rollback_callbacks(request.ctx)  # the connection closes uncommitted: undo files too
                raise
            # A failed write leaves nothing behind; reads and successful writes are kept.
            failed = response.status >= 400 and request.method not in ("GET", "HEAD", "OPTIONS")
            if conn.in_transaction():
                if failed:
                    conn.rollback()
                    self.site.invalidate_options()  # the write may have touched options (sticky, front page)
                else:
                    conn.commit()
            if failed:
                run_rollback_callbacks(request.ctx)  # e.g. the files of an upload whose insert failed
            else:
                run_commit_callbacks(request.ctx)  # e.g. the files of an attachment deleted for good
            return result


    def _handle_web(self, method: str, path: str, query: dict[str, Any], headers: dict[str, str],
                    body: bytes, client: str | None) -> HttpResponse:
        """Non-REST paths: the login form and the REST nonce endpoint; everything else is 404 for now."""
        from broadsheet.web.login import handle_login, handle_rest_nonce

        with self.site.db.engine.connect() as conn:
            if path == "/wp-login.php":
                status, out, payload = handle_login(self.site, conn, method, headers, body,
                                                    client)
                return HttpResponse(status, out, payload)
            if path == "/wp-admin/admin-ajax.php" and query.get("action") == "rest-nonce":
                status, out, payload = handle_rest_nonce(self.site, conn, headers)
                conn.commit()  # salts generated on first use must be kept, as WordPress keeps them
                return HttpResponse(status, out, payload)
            if path.startswith(UPLOADS_PREFIX) and method in ("GET", "HEAD"):
                return self._serve_upload(path[len(UPLOADS_PREFIX):], method)
        return HttpResponse(404, [("Content-Type", "text/plain; charset=UTF-8")], b"Not Found")

    def _serve_upload(self, relative: str, method: str) -> HttpResponse:
        """A file under the uploads root (what ``source_url`` points at); never outside it."""
        import mimetypes
        from urllib.parse import unquote

        from broadsheet.content.media_storage import UnsafePathError, media_storage_for

        storage = media_storage_for(self.site)
        not_found = HttpResponse(404, [("Content-Type", "text/plain; charset=UTF-8")], b"Not Found")
        if storage is None:
            return not_found
        path = unquote(relative)
        try:
            if not storage.exists(path):
                return not_found
            data = storage.read(path)
        except (UnsafePathError, OSError):
            return not_found
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        headers = [("Content-Type", kind), ("Content-Length", str(len(data))), ("X-Content-Type-Options", "nosniff")]
        return HttpResponse(200, headers, b"" if method == "HEAD" else data)


def request_path(scope: dict[str, Any]) -> str:
    """The path as the client sent it, ``%xx`` escapes kept: WordPress matches REST routes against the
    raw ``REQUEST_URI`` (``/wp/v2/posts/%31%37`` is no route there), and each controller decodes what it
    must. ``scope["path"]`` is already decoded, so it is only the fallback for servers without ``raw_path``."""
    raw = scope.get("raw_path")
    if raw:
        return raw.partition(b"?")[0].decode("utf-8", "replace")
    return scope.get("path", "/")


def freeze_heap() -> None:
    """Move every object alive now out of the cyclic garbage collector's reach (``gc.freeze``).

    The app's long-lived objects (routes, schemas, compiled patterns, SQLAlchemy's tables and
    caches) are otherwise walked by every full collection: about 50 ms each on this heap, a pause
    that lands on whichever request triggers it (the p99 tail). Frozen objects are still freed
    when their reference count drops; only cycles among them would outlive their use.
    """
    gc.collect()
    gc.freeze()


def create_app(config: SiteConfig | None = None, site: Site | None = None) -> BroadsheetApp:
    """Build the ASGI application for one site (database from ``config.database_url``)."""
    if site is None:
        from broadsheet.bootstrap import build_site

        site = build_site(config or SiteConfig())
    return BroadsheetApp(site)
