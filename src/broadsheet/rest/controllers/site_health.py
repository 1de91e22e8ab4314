"""``/wp-site-health/v1``: the Site Health tests that describe broadsheet's own server.

``WP_REST_Site_Health_Controller`` (WordPress 7.1) with ``WP_Site_Health``'s texts. Each test runs
WordPress's logic on broadsheet's environment: HTTPS from the site's URLs (broadsheet makes no
HTTPS self-check, so it fails as a blocked request does), WordPress.org cannot be reached (no
outbound HTTP beyond the site's own host and editor-requested pages), the Authorization header of this very request, and the sizes of
broadsheet's installation, uploads and database. The loopback and page-cache tests
(``site_health_loopback``) and background-updates (``site_health_updates``) live in modules of their own.
"""

from __future__ import annotations

import os
import socket
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import broadsheet
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import Endpoint
from broadsheet.rest.server import RestServer

NAMESPACE = "wp-site-health/v1"
_SECURITY = {"label": "Security", "color": "blue"}
_NEW_TAB = ('<span class="screen-reader-text"> (opens in a new tab)</span>'
            '<span aria-hidden="true" class="dashicons dashicons-external"></span>')
#: ``wp_get_default_update_https_url``.
DEFAULT_UPDATE_HTTPS_URL = "https://developer.wordpress.org/advanced-administration/security/https/"
#: What ``wp_remote_get`` answers for a blocked URL; broadsheet makes no outbound HTTP request at all.
HTTP_BLOCKED = "User has blocked requests through HTTP to the URL: {url}."
#: Seconds the directory walk may take before reporting a timeout (WordPress: max_execution_time - 2).
SIZES_TIME_LIMIT = 28.0


def register(server: RestServer) -> None:
    from broadsheet.rest.controllers.site_health_loopback import test_loopback_requests, test_page_cache
    from broadsheet.rest.controllers.site_health_updates import test_background_updates

    tests = [("tests/background-updates", test_background_updates),
             ("tests/loopback-requests", test_loopback_requests), ("tests/https-status", test_https_status),
             ("tests/dotorg-communication", test_dotorg_communication),
             ("tests/authorization-header", test_authorization_header)]
    for path, handler in tests:
        _register_test(server, path, handler)
    server.register_route(NAMESPACE, "/directory-sizes", [
        Endpoint(("GET",), get_directory_sizes, _permission("directory_sizes"), {}),
    ])
    _register_test(server, "tests/page-cache", test_page_cache, schema=False)  # WordPress gives it none


def _register_test(server: RestServer, path: str, handler: Any, *, schema: bool = True) -> None:
    check = path.rsplit("/", 1)[-1].replace("-", "_")
    server.register_route(NAMESPACE, f"/{path}", [Endpoint(("GET",), handler, _permission(check), {})],
                          schema=get_item_schema if schema else None)


def _permission(check: str) -> Any:
    """``validate_request_permission``: ``view_site_health_checks`` (the ``site_health_test_rest_capability_*`` default)."""
    def permission(request: RestRequest) -> bool:
        return current_user_can(request, "view_site_health_checks")

    permission.__name__ = f"validate_request_permission_{check}"
    return permission


def _admin_url(request: RestRequest, path: str) -> str:
    return str(request.site.siteurl).rstrip("/") + "/wp-admin/" + path


def _learn_more(url: str, text: str) -> str:
    return f'<p><a href="{url}" target="_blank">{text}{_NEW_TAB}</a></p>'


# -- HTTPS -------------------------------------------------------------------------------------------
def _uses_https(url: str) -> bool:
    return url.lower().startswith("https://")


def test_https_status(request: RestRequest) -> dict[str, Any]:
    """``WP_Site_Health::get_test_https_status``."""
    update_url = os.environ.get("WP_UPDATE_HTTPS_URL") or DEFAULT_UPDATE_HTTPS_URL
    result: dict[str, Any] = {
        "label": "Your website is using an active HTTPS connection",
        "status": "good",
        "badge": dict(_SECURITY),
        "description": "<p>An HTTPS connection is a more secure way of browsing the web. Many services now have HTTPS "
                       "as a requirement. HTTPS allows you to take advantage of new features that can increase site "
                       "speed, improve search rankings, and gain the trust of your visitors by helping to protect "
                       "their online privacy.</p>",
        "actions": _learn_more(DEFAULT_UPDATE_HTTPS_URL, "Learn more about why you should use HTTPS"),
        "test": "https_status",
    }
    site = request.site
    home_https, site_https = _uses_https(str(site.home)), _uses_https(str(site.siteurl))
    if home_https and site_https:
        return result
    result["status"] = "recommended"
    result["label"] = "Your website does not use HTTPS"
    home_link = _admin_url(request, "options-general.php") + "#home"
    siteurl_link = _admin_url(request, "options-general.php") + "#siteurl"
    accessing = "You are accessing this website using HTTPS, but your " if request.is_ssl else "Your "
    by_default = " by default" if request.is_ssl else ""
    if site_https:
        result["description"] = (f'<p>{accessing}<a href="{home_link}">Site Address</a> is not set up to use '
                                 f"HTTPS{by_default}.</p>")
    else:
        result["description"] = (f'<p>{accessing}<a href="{siteurl_link}">WordPress Address</a> and '
                                 f'<a href="{home_link}">Site Address</a> are not set up to use HTTPS{by_default}.</p>')
    # wp_is_https_supported() requests the https home page; with no outbound HTTP that request fails
    # ("HTTPS request failed."), so support is never detected and the host is the way forward.
    if update_url != DEFAULT_UPDATE_HTTPS_URL:
        result["description"] += (f'<p><a href="{update_url}" target="_blank">Talk to your web host about supporting '
                                  f"HTTPS for your website.{_NEW_TAB}</a></p>")
    else:
        result["description"] += "<p>Talk to your web host about supporting HTTPS for your website.</p>"
    return result


# -- WordPress.org --------------------------------------------------------------------------------------
def gethostbyname(host: str) -> str:
    """PHP's ``gethostbyname``: the IPv4 address, or the name itself when it does not resolve."""
    try:
        return socket.gethostbyname(host)
    except (OSError, UnicodeError):
        return host


def test_dotorg_communication(request: RestRequest) -> dict[str, Any]:
    """``WP_Site_Health::get_test_dotorg_communication``: the request to api.wordpress.org cannot be made."""
    return {
        "label": "Could not reach WordPress.org",
        "status": "critical",
        "badge": dict(_SECURITY),
        "description": "<p>Communicating with the WordPress servers is used to check for new versions, and to both "
                       "install and update WordPress core, themes or plugins.</p>"
                       '<p><span class="dashicons error" aria-hidden="true"></span><span class="screen-reader-text">'
                       "Error</span> Your site is unable to reach WordPress.org at "
                       f"{gethostbyname('api.wordpress.org')}, and returned the error: "
                       f"{HTTP_BLOCKED.format(url='https://api.wordpress.org')}</p>",
        "actions": _learn_more("https://wordpress.org/support/forums/", "Get help resolving this issue."),
        "test": "dotorg_communication",
    }


# -- Authorization header -----------------------------------------------------------------------------------
def basic_credentials(request: RestRequest) -> tuple[str, str] | None:
    """``$_SERVER['PHP_AUTH_USER']`` / ``PHP_AUTH_PW``: the request's Basic credentials, if any."""
    import base64
    import binascii

    header = request.header("authorization") or ""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "basic" or not token.strip():
        return None
    try:
        decoded = base64.b64decode(token.strip(), validate=False).decode("utf-8", errors="replace")
    except (binascii.Error, ValueError):
        return None
    if ":" not in decoded:
        return None
    user, _, password = decoded.partition(":")
    return user, password


def test_authorization_header(request: RestRequest) -> dict[str, Any]:
    """``WP_Site_Health::get_test_authorization_header``: the page sends ``user:pwd``; did it arrive?"""
    result: dict[str, Any] = {
        "label": "The Authorization header is working as expected",
        "status": "good",
        "badge": dict(_SECURITY),
        "description": "<p>The Authorization header is used by third-party applications you have approved for this "
                       "site. Without this header, those apps cannot connect to your site.</p>",
        "actions": "",
        "test": "authorization_header",
    }
    credentials = basic_credentials(request)
    if credentials is None:
        result["label"] = "The authorization header is missing"
    elif credentials != ("user", "pwd"):
        result["label"] = "The authorization header is invalid"
    else:
        return result
    result["status"] = "recommended"
    result["description"] += ("<p>If you are still seeing this warning after having tried the actions below, you may "
                              "need to contact your hosting provider for further assistance.</p>")
    # got_mod_rewrite() is false: broadsheet is not Apache.
    result["actions"] += _learn_more(
        "https://developer.wordpress.org/rest-api/frequently-asked-questions/#why-is-authentication-not-working",
        "Learn how to configure the Authorization header.")
    return result


# -- directory sizes -----------------------------------------------------------------------------------------
def number_format(number: float, decimals: int) -> str:
    """PHP ``number_format`` (en_US): half away from zero, ``,`` thousands, ``.`` decimals."""
    rounded = Decimal(repr(float(number))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{rounded:,.{decimals}f}"


def size_format(size: int, decimals: int = 0) -> str:
    """``size_format``: the largest binary unit the size reaches (``90.86 MB``), ``0 B`` for nothing."""
    if size == 0:
        return number_format(0, decimals) + " B"
    for unit, power in (("YB", 8), ("ZB", 7), ("EB", 6), ("PB", 5), ("TB", 4), ("GB", 3), ("MB", 2), ("KB", 1),
                        ("B", 0)):
        magnitude = 1024 ** power
        if size >= magnitude:
            return f"{number_format(size / magnitude, decimals)} {unit}"
    return number_format(size, decimals) + " B"


class _Timeout(Exception):
    pass


def recurse_dirsize(directory: Path, exclude: list[Path], deadline: float) -> int | None:
    """``recurse_dirsize``: bytes of the files under ``directory`` (excluded directories skipped); None if unreadable."""
    if directory in exclude or not directory.is_dir() or not os.access(directory, os.R_OK):
        return None
    size = 0
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return None
    for entry in entries:
        if time.monotonic() > deadline:
            raise _Timeout
        try:
            if entry.is_file():
                size += entry.stat().st_size
            elif entry.is_dir():
                size += recurse_dirsize(Path(entry.path), exclude, deadline) or 0
        except OSError:
            continue
    return size


def installation_paths(request: RestRequest) -> dict[str, Path | None]:
    """The directories WordPress measures, as broadsheet has them: its own package, no themes, plugins or fonts."""
    from broadsheet.content.media_storage import media_storage_for

    storage = media_storage_for(request.site)
    uploads = getattr(storage, "root", None)
    return {
        "wordpress_size": Path(broadsheet.__file__).resolve().parent,
        "themes_size": None,
        "plugins_size": None,
        "uploads_size": Path(uploads) if uploads is not None else None,
        "fonts_size": None,
    }


def _measured(size: int) -> dict[str, Any]:
    """``{"size": "90.86 MB", "debug": "90.86 MB (95271104 bytes)", "raw": 95271104}`` (no ``raw`` for 0)."""
    text = size_format(size, 2)
    data: dict[str, Any] = {"size": text, "debug": f"{text} ({size} bytes)"}
    if size:
        data["raw"] = size
    return data


def get_directory_sizes(request: RestRequest) -> dict[str, Any]:
    """``WP_Debug_Data::get_sizes`` as the REST controller returns it (``raw`` only when non-zero)."""
    paths = installation_paths(request)
    exclude = [p for name, p in paths.items() if name != "wordpress_size" and p is not None]
    deadline = time.monotonic() + SIZES_TIME_LIMIT
    total: int | None = 0
    sizes: dict[str, Any] = {"raw": 0}
    for name, path in paths.items():
        if path is None or not path.is_dir():
            sizes[name] = {"size": "The directory does not exist.", "debug": "directory not found"}
            continue
        try:
            measured = recurse_dirsize(path, exclude if name == "wordpress_size" else [], deadline)
        except _Timeout:
            sizes[name] = {"size": "The directory size calculation has timed out. Usually caused by a very large "
                                   "number of sub-directories and files.", "debug": "timeout while calculating size"}
            total = None
            continue
        if measured is None:
            sizes[name] = {"size": "The size cannot be calculated. The directory is not accessible. Usually caused "
                                   "by invalid permissions.", "debug": "not accessible"}
            total = None
            continue
        total = None if total is None else total + measured
        sizes[name] = _measured(measured)
    db_size = request.site.db.database_size(request.ctx.conn)
    sizes["database_size"] = _measured(db_size) if db_size > 0 else {"size": "Not available", "debug": "not available"}
    if total is None or db_size <= 0:  # WordPress's "Total size is not available" becomes this error
        raise RestError("not_available", "Directory sizes could not be returned.", 500)
    sizes["total_size"] = _measured(total + db_size)
    return sizes


def get_item_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "wp-site-health-test",
        "type": "object",
        "properties": {
            "test": {"type": "string", "description": "The name of the test being run.", "readonly": True},
            "label": {"type": "string", "description": "A label describing the test.", "readonly": True},
            "status": {"type": "string", "description": "The status of the test.",
                       "enum": ["good", "recommended", "critical"], "readonly": True},
            "badge": {
                "type": "object", "description": "The category this test is grouped in.",
                "properties": {
                    "label": {"type": "string", "readonly": True},
                    "color": {"type": "string", "enum": ["blue", "orange", "red", "green", "purple", "gray"],
                              "readonly": True},
                },
                "readonly": True,
            },
            "description": {"type": "string", "description": "A more descriptive explanation of what the test looks "
                                                             "for, and why it is important for the user.",
                            "readonly": True},
            "actions": {"type": "string", "description": "HTML containing an action to direct the user to where they "
                                                         "can resolve the issue.", "readonly": True},
        },
    }
