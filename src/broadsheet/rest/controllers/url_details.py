"""``GET /wp-block-editor/v1/url-details`` (``WP_REST_URL_Details_Controller``, WordPress 7.1.4).

The editor's link previews: the page at ``url`` is fetched (``wp_safe_remote_get``: only URLs
``wp_http_validate_url`` allows, redirects re-checked, 150 KB read) and its ``<head>`` read with
WordPress's own patterns for the title, the icon, the description and the Open Graph image.
Relative icon and image URLs are made absolute against ``scheme://host/`` (WordPress drops the port
there too). Each fetched page is kept for an hour in the site transient
``g_url_details_response_<md5 of the URL>``, as WordPress keeps it.
"""

from __future__ import annotations

import hashlib
import re
from html.entities import name2codepoint
from typing import Any

from broadsheet.content.http_validation import site_http_validate_url
from broadsheet.content.remote_http import RemoteError, wp_safe_remote_get
from broadsheet.content.transients import get_site_transient, set_site_transient
from broadsheet.formatting.php_url import php_parse_url
from broadsheet.formatting.strip import wp_strip_all_tags
from broadsheet.formatting.urls import sanitize_url
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer
from broadsheet.storage.options import Options

NAMESPACE = "wp-block-editor/v1"
#: ``limit_response_size``: 150 KB of the page is read.
RESPONSE_LIMIT = 150 * 1024
#: The site transient holding a fetched page: this prefix and the URL's MD5, kept for an hour.
CACHE_PREFIX = "g_url_details_response_"
CACHE_SECONDS = 3600
#: WordPress's version, which its user agent names (``WP-URLDetails/7.1.4``).
WP_VERSION = "7.1.4"


def register(server: RestServer) -> None:
    args = {"url": {"description": "The URL to process.", "type": "string", "format": "uri", "required": True,
                    "validate_callback": _validate_url, "sanitize_callback": _sanitize_url}}
    server.register_route(NAMESPACE, "/url-details", [
        Endpoint(READABLE, parse_url_details, permissions_check, args),
    ])  # WordPress puts its schema inside the endpoint, where it is not used: OPTIONS shows none


def _validate_url(value: Any, request: RestRequest, param: str) -> bool:
    """``wp_http_validate_url`` as the arg's validate callback (a URL it accepts is valid)."""
    return site_http_validate_url(request.site, value) is not False


def _sanitize_url(value: Any, request: RestRequest, param: str) -> str:
    return sanitize_url(str(value))


def permissions_check(request: RestRequest) -> Any:
    """``edit_posts``, or the ``edit_posts`` capability of any REST post type."""
    if current_user_can(request, "edit_posts"):
        return True
    for post_type in request.site.post_types.rest_types():
        if current_user_can(request, post_type.cap["edit_posts"]):
            return True
    return RestError("rest_cannot_view_url_details", "Sorry, you are not allowed to process remote URLs.",
                     403 if request.user else 401)


def get_remote_url(request: RestRequest, url: str) -> str:
    """The page's body (``wp_safe_remote_get``); a non-200 answer or an empty body is a 404 error.

    A body fetched in the last hour is answered from its site transient, as WordPress does.
    """
    store = Options(request.site.db, request.ctx.conn)
    cache_key = CACHE_PREFIX + hashlib.md5(url.encode("utf-8")).hexdigest()
    cached = get_site_transient(store, cache_key)
    if isinstance(cached, str) and cached:
        return cached
    body = _fetch(request, url)
    set_site_transient(store, cache_key, body, CACHE_SECONDS)
    return body


def _fetch(request: RestRequest, url: str) -> str:
    site = request.site
    agent = f"WP-URLDetails/{WP_VERSION} (+{site.home})"
    try:
        response = wp_safe_remote_get(site, url, timeout=5.0, limit=RESPONSE_LIMIT, user_agent=agent)
    except RemoteError:
        response = None
    if response is None or response.status != 200:
        raise RestError("no_response", "URL not found. Response returned a non-200 status code for this URL.", 404)
    if not response.body:
        raise RestError("no_content", "Unable to retrieve body from response at this URL.", 404)
    return response.body.decode("utf-8", errors="replace")


def parse_url_details(request: RestRequest) -> dict[str, Any]:
    url = str(request.get_param("url") or "").rstrip("/\\")
    if not url:
        raise RestError("rest_invalid_url", "Invalid URL", 404)
    head = get_document_head(get_remote_url(request, url))
    metas = get_meta_with_content_elements(head)
    return {"title": get_title(head), "icon": get_icon(head, url), "description": get_description(metas),
            "image": get_image(metas, url)}


# -- reading the page ------------------------------------------------------------------------------
_ENTITY = re.compile(r"&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));")


def html_entity_decode(text: str) -> str:
    """PHP ``html_entity_decode( $s, ENT_QUOTES )`` (HTML 4.01's named entities, ``&#039;``; not ``&apos;``)."""
    def one(match: re.Match[str]) -> str:
        dec, hexa, name = match.groups()
        if name is not None:
            return chr(name2codepoint[name]) if name in name2codepoint else match.group(0)
        code = int(dec) if dec is not None else int(hexa, 16)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return match.group(0)
        return chr(code)

    return _ENTITY.sub(one, text) if "&" in text else text


def prepare_metadata_for_output(text: str) -> str:
    return wp_strip_all_tags(html_entity_decode(text))


def get_document_head(html: str) -> str:
    """From ``<head`` to ``</head>`` (or ``<body``), with WordPress's ``substr`` quirk: the end is a length."""
    start = html.find("<head")
    if start < 0:
        return html
    end = html.find("</head>")
    if end < 0:
        end = html.find("<body")
        if end < 0:
            return html
    return html[start:start + end] + "</head>"


def get_title(head: str) -> str:
    match = re.search(r"<title[^>]*>(.*?)<\s*/\s*title>", head, re.I | re.S)
    if not match or not match.group(1) or match.group(1) == "0":
        return ""
    return prepare_metadata_for_output(match.group(1).strip(" \t\n\r\0\x0b"))


# PHP's ``U`` (ungreedy) flag swaps lazy and greedy quantifiers: these are WordPress's patterns so swapped.
_ICON_LINK = re.compile(r"<link\s[^>]*?rel=(?:[\"']?)\s*?(?:icon|shortcut icon|icon shortcut)\s*?(?:[\"']?)[^>]*?/??>",
                        re.I | re.S)
_HREF = re.compile(r"href=([\"']?)([^\" >]*)\1[^>]*?", re.I | re.S)
_META = re.compile(r"<meta\s[^>]*?content=([\"']?)(.*?)\1[^>]*?/??>", re.I | re.S)


def get_icon(head: str, url: str) -> str:
    element = _ICON_LINK.search(head)
    if not element:
        return ""
    href = _HREF.search(element.group(0).strip())
    if not href or not href.group(2) or href.group(2) == "0":
        return ""
    icon = href.group(2).strip(" \t\n\r\0\x0b")
    parsed = php_parse_url(icon)
    if parsed is not None and parsed.get("scheme") == "data":
        return icon
    return _absolute(icon, url)


def _absolute(relative: str, url: str) -> str:
    """``WP_Http::make_absolute_url`` against the page's ``scheme://host/`` (no port, as WordPress)."""
    parsed = php_parse_url(url)
    if parsed is None or "scheme" not in parsed or "host" not in parsed:
        return relative
    return make_absolute_url(relative, f"{parsed['scheme']}://{parsed['host']}/")


def make_absolute_url(maybe_relative: str, url: str) -> str:
    """``WP_Http::make_absolute_url``: ``maybe_relative`` resolved against ``url`` with WordPress's rules."""
    base = php_parse_url(url) if url else None
    rel = php_parse_url(maybe_relative)
    if not base or not rel or rel.get("scheme"):
        return maybe_relative
    absolute = f"{base.get('scheme', '')}://"
    source = rel if "host" in rel else base
    absolute += str(source.get("host", ""))
    if "port" in source:
        absolute += f":{source['port']}"
    path = str(base.get("path") or "/")
    rel_path = str(rel.get("path") or "")
    if rel_path and rel_path[0] == "/":
        path = rel_path
    elif rel_path and rel_path != "0":
        path = path[:path.rfind("/") + 1] + rel_path
        while path.find("../") > 1:
            path, count = re.subn(r"[^/]+/\.\./", "", path)
            if count == 0:
                break
        path = re.sub(r"^/(\.\./)+", "", path)
    if rel.get("query") not in (None, "", "0"):
        path += f"?{rel['query']}"
    if rel.get("fragment") not in (None, "", "0"):
        path += f"#{rel['fragment']}"
    return absolute + "/" + path.lstrip("/")


def get_meta_with_content_elements(head: str) -> list[tuple[str, str]]:
    """Every ``<meta … content=…>`` element: (the element, its content)."""
    return [(m.group(0), m.group(2)) for m in _META.finditer(head)]


def get_metadata_from_meta_element(metas: list[tuple[str, str]], attr: str, value: str) -> str:
    """The content of the first element whose ``attr`` matches ``value``."""
    pattern = re.compile(attr + r"=([\"']?)\s*?" + value + r"\s*?\1", re.I | re.S)
    for element, content in metas:
        if pattern.search(element):
            return content.strip(" \t\n\r\0\x0b")
    return ""


def get_description(metas: list[tuple[str, str]]) -> str:
    if not metas:
        return ""
    description = get_metadata_from_meta_element(metas, "name", "(?:description|og:description)")
    return prepare_metadata_for_output(description) if description else ""


def get_image(metas: list[tuple[str, str]], url: str) -> str:
    image = get_metadata_from_meta_element(metas, "property", "(?:og:image|og:image:url)")
    return _absolute(image, url) if image else ""
