"""Site Health tests that make real HTTP requests to the site itself: loopback and page cache.

``WP_Site_Health::get_test_loopback_requests`` and ``get_test_page_cache`` (WordPress 7.1.4), with
WordPress's texts, statuses and badge. What is requested is broadsheet's own:

- loopback: WordPress POSTs to ``wp-cron.php`` because its scheduled events run over loopback;
  broadsheet serves no ``wp-cron.php``, so it asks for what it does serve, the REST index
  (``rest_url()``), with this request's cookies and Basic credentials, no-cache, 10 s timeout;
- page cache: three GETs of ``home_url('/')`` (with this request's Basic credentials), timed, and
  their client caching headers checked as WordPress checks them. broadsheet has no page cache
  drop-in (``advanced-cache.php``): its response cache covers the REST API, not the home page.

A single-process server cannot answer its own loopback while it handles this request: the
request then times out, as a PHP server with one worker does. Run several workers.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

from broadsheet.content.remote_http import RemoteError, RemoteResponse, wp_remote_request
from broadsheet.rest.controllers.site_health import basic_credentials, number_format
from broadsheet.rest.request import RestRequest

_PERFORMANCE = {"label": "Performance", "color": "blue"}
LOOPBACK_TIMEOUT = 10.0
#: ``site_status_good_response_time_threshold``'s default, in milliseconds.
GOOD_RESPONSE_TIME_THRESHOLD = 600
PAGE_CACHE_REQUESTS = 3


def _auth_headers(request: RestRequest) -> dict[str, str]:
    """The Basic credentials of this request, passed on as WordPress passes ``PHP_AUTH_USER``/``PW``."""
    import base64

    credentials = basic_credentials(request)
    if credentials is None:
        return {}
    return {"Authorization": "Basic " + base64.b64encode(":".join(credentials).encode()).decode("ascii")}


def _get(request: RestRequest, url: str, headers: dict[str, str], timeout: float, method: str = "GET") -> RemoteResponse:
    site = request.site
    return wp_remote_request(method, url, home=str(site.home), headers=headers, timeout=timeout,
                             loopback_address=site.config.loopback_address)


# -- loopback ----------------------------------------------------------------------------------------
def can_perform_loopback(request: RestRequest) -> tuple[str, str]:
    """``can_perform_loopback``: (status, message) of one request to the site's REST index."""
    headers = {"Cache-Control": "no-cache", **_auth_headers(request)}
    cookie = request.header("cookie")
    if cookie:
        headers["Cookie"] = cookie
    try:
        response = _get(request, request.site.rest_url("/"), headers, LOOPBACK_TIMEOUT)
    except RemoteError as error:
        return "critical", ("The loopback request to your site failed, this means features relying on them are not "
                            f"currently working as expected.<br>Error: {error.message} ({error.code})")
    if response.status != 200:
        return "recommended", (f"The loopback request returned an unexpected http status code, {response.status}, it "
                               "was not possible to determine if this will prevent features from working as expected.")
    return "good", "The loopback request to your site completed successfully."


def test_loopback_requests(request: RestRequest) -> dict[str, Any]:
    """``WP_Site_Health::get_test_loopback_requests``."""
    result: dict[str, Any] = {
        "label": "Your site can perform loopback requests",
        "status": "good",
        "badge": dict(_PERFORMANCE),
        "description": "<p>Loopback requests are used to run scheduled events, and are also used by the built-in "
                       "editors for themes and plugins to verify code stability.</p>",
        "actions": "",
        "test": "loopback_requests",
    }
    status, message = can_perform_loopback(request)
    result["status"] = status
    if status != "good":
        result["label"] = "Your site could not complete a loopback request"
        result["description"] += f"<p>{message}</p>"
    return result


# -- page cache --------------------------------------------------------------------------------------
def _hit(value: str) -> bool:
    return re.search(r"(^| |,)HIT(,| |$)", value, re.I) is not None


def _future_date(value: str) -> bool:
    try:
        return parsedate_to_datetime(value).timestamp() > time.time()
    except (TypeError, ValueError, IndexError, OverflowError):
        return False


def _positive_number(value: str) -> bool:
    try:
        return float(value.strip()) > 0
    except ValueError:
        return False


#: ``get_page_cache_headers``: each header, and whether its value says a cache answered (None: present is enough).
PAGE_CACHE_HEADERS: dict[str, Callable[[str], bool] | None] = {
    "cache-control": lambda v: re.search(r"max-age=[1-9]", v) is not None,
    "expires": _future_date,
    "age": _positive_number,
    "last-modified": None,
    "etag": None,
    "via": None,
    "x-cache-enabled": lambda v: v.lower() == "true",
    "x-cache-disabled": lambda v: v.lower() != "on",
    "cf-cache-status": _hit,
    "x-cache": _hit,
    "x-litespeed-cache": _hit,
    "x-srcache-store-status": lambda v: v.lower() == "store",
    "x-srcache-fetch-status": _hit,
    "x-cache-status": _hit,
    "x-proxy-cache": _hit,
    "x-varnish": lambda v: re.match(r"\d+ \d+", v) is not None,
}


def _caching_headers(response: RemoteResponse) -> list[str]:
    """The caching headers of one response that say a cache is there (PHP's ``empty`` skips ``""`` and ``"0"``)."""
    found = []
    for name, check in PAGE_CACHE_HEADERS.items():
        values = response.header(name)
        if not values or (len(values) == 1 and values[0] in ("", "0")):
            continue
        if check is None or any(check(v) for v in values):
            found.append(name)
    return found


class _PageCacheError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def get_page_cache_detail(request: RestRequest) -> tuple[str, list[str], float]:
    """``get_page_cache_detail``: (status, caching headers seen, median response time in ms)."""
    headers = _auth_headers(request)
    url = str(request.site.home).rstrip("/") + "/"
    seen: list[str] = []
    timings: list[float] = []
    for _ in range(PAGE_CACHE_REQUESTS):
        start = time.perf_counter()
        try:
            response = _get(request, url, headers, 5.0)
        except RemoteError as error:
            raise _PageCacheError(error.code, error.message) from None
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            raise _PageCacheError(f"http_{response.status}", response.reason)
        seen += [name for name in _caching_headers(response) if name not in seen]
        timings.append(elapsed)
    median = sorted(timings, reverse=True)[len(timings) // 2]
    if median and median < GOOD_RESPONSE_TIME_THRESHOLD:
        status = "good" if seen else "recommended"
    else:
        status = "critical"
    return status, seen, median


def _page_cache_description() -> str:
    codes = "</code>, <code>".join(PAGE_CACHE_HEADERS)
    return ("<p>Page cache enhances the speed and performance of your site by saving and serving static pages instead "
            "of calling for a page every time a user visits.</p><p>Page cache is detected by looking for an active "
            "page cache plugin as well as making three requests to the homepage and looking for one or more of the "
            f"following HTTP client caching response headers:</p><code>{codes}.</code>")


_YES = '<span class="dashicons dashicons-yes-alt" aria-hidden="true"></span> '
_WARNING = '<span class="dashicons dashicons-warning" aria-hidden="true"></span> '


def test_page_cache(request: RestRequest) -> dict[str, Any]:
    """``WP_Site_Health::get_test_page_cache`` (its keys in WordPress's order: badge first)."""
    from broadsheet.formatting.kses import wp_kses_post

    result: dict[str, Any] = {
        "badge": dict(_PERFORMANCE),
        "description": _page_cache_description(),
        "test": "page_cache",
        "status": "good",
        "label": "",
        "actions": '<p><a href="https://developer.wordpress.org/advanced-administration/performance/optimization/'
                   '#caching" target="_blank" rel="noreferrer">Learn more about page cache<span '
                   'class="screen-reader-text"> (opens in a new tab)</span><span aria-hidden="true" class="dashicons '
                   'dashicons-external"></span></a></p>',
    }
    try:
        status, headers, response_time = get_page_cache_detail(request)
    except _PageCacheError as error:
        result["label"] = "Unable to detect the presence of page cache"
        result["status"] = "recommended"
        info = ("Unable to detect page cache due to possible loopback request problem. Please verify that the loopback "
                f"request test is passing. Error: {error.message} (Code: {error.code})")
        result["description"] = wp_kses_post(f"<p>{info}</p>") + result["description"]
        return result
    result["status"] = status
    result["label"] = {
        "recommended": "Page cache is not detected but the server response time is OK",
        "good": "Page cache is detected and the server response time is good",
    }.get(status) or ("Page cache is not detected and the server response time is slow" if not headers
                      else "Page cache is detected but the server response time is still slow")
    threshold = number_format(GOOD_RESPONSE_TIME_THRESHOLD, 0)
    summary = []
    if not response_time:
        summary.append('<span class="dashicons dashicons-dismiss" aria-hidden="true"></span> Server response time '
                       "could not be determined. Verify that loopback requests are working.")
    else:
        measured = number_format(response_time, 0)
        if response_time < GOOD_RESPONSE_TIME_THRESHOLD:
            summary.append(f"{_YES}Median server response time was {measured} milliseconds. This is less than the "
                           f"recommended {threshold} milliseconds threshold.")
        else:
            summary.append(f"{_WARNING}Median server response time was {measured} milliseconds. It should be less "
                           f"than the recommended {threshold} milliseconds threshold.")
        if not headers:
            summary.append(f"{_WARNING}No client caching response headers were detected.")
        else:
            count = len(headers)
            were = ("There was %d client caching response header detected:" if count == 1
                    else "There were %d client caching response headers detected:") % count
            summary.append(f"{_YES.rstrip()} {were} <code>" + "</code>, <code>".join(headers) + "</code>.")
    if not headers:  # no advanced-cache.php drop-in: "a page cache plugin was detected" is never said
        summary.append(f"{_WARNING}A page cache plugin was not detected.")
    result["description"] += "<ul><li>" + "</li><li>".join(summary) + "</li></ul>"
    return result
