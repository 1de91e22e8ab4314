"""Who is calling a REST request: the auth layer's answer, turned into ``request.user`` or a RestError."""

from __future__ import annotations

import time
from typing import Any

from broadsheet.auth.request_auth import RequestCredentials
from broadsheet.auth.request_auth import authenticate_request as auth_decide
from broadsheet.rest.errors import RestError
from broadsheet.rest.request import RestRequest


def authenticate_request(request: RestRequest) -> Any:
    """The current user (None for anonymous), or raise the authentication error WordPress answers."""
    headers = request.headers
    params = {**request.query, **request.body}  # $_REQUEST: query string and form body, never JSON
    if not ({"authorization", "cookie", "x-wp-nonce"} & headers.keys()) and "_wpnonce" not in params:
        return None  # the common anonymous case costs nothing
    credentials = RequestCredentials(headers=headers, params=params, method=request.method,
                                     remote_addr=headers.get("x-real-ip") or request.remote_addr,
                                     is_ssl=request.is_ssl)
    site = request.site
    result = auth_decide(credentials, request.ctx.auth_store(),
                         app_passwords_available=site.application_passwords_available(),
                         report_application_password_errors=site.config.strict_basic_auth,
                         throttle=site.config.login_throttle)
    request.auth = result
    if result.user is not None:
        request.ctx.users.setdefault(result.user.ID, result.user)
    if result.delay:
        time.sleep(result.delay)  # throttled: answer failed logins slowly
    if result.error is not None:
        error = result.error
        raise RestError(error.code, error.message, error.status)
    return result.user
