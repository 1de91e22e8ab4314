"""The WordPress.org API requests WordPress makes for the block and pattern directories, and their failure.

Broadsheet makes no outbound HTTP request: it answers as WordPress 7.1.4 does with
``WP_HTTP_BLOCK_EXTERNAL`` set (the reference configuration), where ``WP_Http::request`` refuses
every external URL with ``http_request_not_executed``. The URLs are built exactly as WordPress builds
them, because they appear in the error messages.
"""

from __future__ import annotations

from typing import Any

from broadsheet.formatting.kses import wp_kses_bad_protocol
from broadsheet.formatting.php_strings import php_strval

#: The WordPress release whose behaviour broadsheet mirrors (``wp_get_wp_version()``).
WP_VERSION = "7.1.4"

#: ``plugins_api()``'s and ``WP_REST_Pattern_Directory_Controller``'s answer when the request fails.
UNEXPECTED_ERROR = ("An unexpected error occurred. Something may be wrong with WordPress.org or this "
                    "server&#8217;s configuration. If you continue to have problems, please try the "
                    '<a href="https://wordpress.org/support/forums/">support forums</a>.')


def build_query(data: dict[Any, Any], key: str = "") -> str:
    """``build_query()`` = ``_http_build_query( $data, null, '&', '', false )``: values are NOT encoded.

    Nested keys still get ``%5B``/``%5D``; ``None`` is skipped, ``False`` becomes ``0``.
    """
    parts: list[str] = []
    for k, v in data.items():
        name = f"{key}%5B{k}%5D" if key else str(k)
        if v is None:
            continue
        if v is False:
            v = "0"
        if isinstance(v, dict):
            parts.append(build_query(v, name))
        elif isinstance(v, (list, tuple)):
            parts.append(build_query(dict(enumerate(v)), name))
        else:
            parts.append(f"{name}={php_strval(v)}")
    return "&".join(parts)




def blocked_request_message(url: str) -> str:
    """``WP_Http::request``'s ``http_request_not_executed`` message for ``url`` (after its protocol check)."""
    return f"User has blocked requests through HTTP to the URL: {wp_kses_bad_protocol(url, ['http', 'https', 'ssl'])}."


def patterns_api_url(query_args: dict[str, Any]) -> str:
    """The pattern directory URL (``https`` since ``wp_http_supports( ssl )``)."""
    return "https://api.wordpress.org/patterns/1.0/?" + build_query(query_args)


def plugins_api_url(action: str, request: dict[str, Any], *, scheme: str = "http") -> str:
    """``plugins_api()``'s URL: ``add_query_arg( [action, request], …/plugins/info/1.2/ )``."""
    return f"{scheme}://api.wordpress.org/plugins/info/1.2/?" + build_query({"action": action, "request": request})
