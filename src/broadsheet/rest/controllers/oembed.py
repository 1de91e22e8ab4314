"""``/oembed/1.0/embed`` and ``/oembed/1.0/proxy`` (``WP_oEmbed_Controller``, WordPress 7.1.4).

``embed`` is this site's oEmbed provider: a URL of one of its posts gives that post's oEmbed data,
as JSON or (``format=xml``, ``_oembed_rest_pre_serve_request``) as XML. ``proxy`` lets editors
embed any URL: this site's own posts are answered locally; other URLs would need an outbound
oEmbed request, which broadsheet never makes (the reference WordPress blocks external HTTP too),
so they fall back to the classic embed handlers (audio/video files, YouTube embed URLs) and
otherwise answer ``oembed_invalid_url``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.formatting.oembed_xml import oembed_create_xml
from broadsheet.rest.controllers.oembed_data import DEFAULT_WIDTH, oembed_response_data, post_id_for_url
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.schema_types import absint
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "oembed/1.0"
_URL_ARG = {"description": "The URL of the resource for which to fetch oEmbed data.", "required": True,
            "type": "string", "format": "uri"}


def wp_oembed_ensure_format(value: Any) -> str:
    """``wp_oembed_ensure_format``: ``json`` or ``xml``, anything else becomes ``json``."""
    return value if value in ("json", "xml") else "json"


def _not_found() -> RestError:
    return RestError("oembed_invalid_url", "Not Found", 404)


def get_item(request: RestRequest) -> Any:
    """The oEmbed data of the post ``url`` points to, or ``oembed_invalid_url``."""
    post_id = post_id_for_url(request, str(request.get_param("url") or ""))
    data = oembed_response_data(request, post_id, request.get_param("maxwidth"))
    if not data:
        raise _not_found()
    return data


def get_proxy_item_permissions_check(request: RestRequest) -> Any:
    if not current_user_can(request, "edit_posts"):
        return forbidden(request, message="Sorry, you are not allowed to make proxied oEmbed requests.")
    return True


def get_proxy_item(request: RestRequest) -> Any:
    """Own posts' oEmbed data, else a classic embed handler's markup, else ``oembed_invalid_url``."""
    args = {k: v for k, v in request.merged_params().items() if k != "_wpnonce"}
    url = str(args.pop("url", "") or "")
    if "maxwidth" in args:
        args["width"] = args["maxwidth"]
    if "maxheight" in args:
        args["height"] = args["maxheight"]
    post_id = post_id_for_url(request, url)
    if post_id:
        data = oembed_response_data(request, post_id, args.get("width", 0))
        if data:
            return data
    # WP_oEmbed::get_data would fetch the provider (or discover one) over HTTP: never here.
    html = _embed_handler_html(request, args, url)
    if html:
        return {"provider_name": "Embed Handler", "html": html, "scripts": []}
    raise _not_found()


def _embed_handler_html(request: RestRequest, args: dict[str, Any], url: str) -> str:
    """``$wp_embed->get_embed_handler_html($args, $url)`` ("" when no handler claims the URL).

    A handler may auto-embed another URL (YouTube ``/embed/ID`` → ``watch?v=ID``); with no post in
    context its oEmbed lookup goes through the ``oembed_cache`` posts (``OEmbedCache``).
    """
    from broadsheet.formatting.embed import WPEmbed
    from broadsheet.rest.controllers.oembed_cache import OEmbedCache
    from broadsheet.rest.controllers.post_data import PostData

    embed = WPEmbed(PostData.of(request).formatting_settings(), hooks=request.site.hooks,
                    oembed=OEmbedCache(request))
    html = embed.get_embed_handler_html(args, url)
    return html if isinstance(html, str) else ""


def serve_xml(request: RestRequest, data: Any, status: int) -> tuple[int, bytes, str] | None:
    """``_oembed_rest_pre_serve_request``: ``GET /oembed/1.0/embed?format=xml`` is sent as XML."""
    if request.route != "/oembed/1.0/embed" or request.method != "GET":
        return None
    if request.merged_params().get("format") != "xml":
        return None
    charset = str(request.site.option("blog_charset", "UTF-8") or "UTF-8")
    xml = oembed_create_xml(data)
    if xml is None:
        return 501, b"Not Implemented", f"text/html; charset={charset}"
    return status, xml.encode("utf-8"), f"text/xml; charset={charset}"


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/embed", [Endpoint(READABLE, get_item, None, {
        "url": dict(_URL_ARG),
        "format": {"default": "json", "sanitize_callback": wp_oembed_ensure_format},
        "maxwidth": {"default": DEFAULT_WIDTH, "sanitize_callback": absint},
    })])
    server.register_route(NAMESPACE, "/proxy", [Endpoint(READABLE, get_proxy_item, get_proxy_item_permissions_check, {
        "url": dict(_URL_ARG),
        "format": {"description": "The oEmbed format to use.", "type": "string", "default": "json",
                   "enum": ["json", "xml"]},
        "maxwidth": {"description": "The maximum width of the embed frame in pixels.", "type": "integer",
                     "default": DEFAULT_WIDTH, "sanitize_callback": absint},
        "maxheight": {"description": "The maximum height of the embed frame in pixels.", "type": "integer",
                      "sanitize_callback": absint},
        "discover": {"description": "Whether to perform an oEmbed discovery request for unsanctioned providers.",
                     "type": "boolean", "default": True},
    })])
    server.pre_serve.append(serve_xml)

