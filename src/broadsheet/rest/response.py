"""``RestResponse``: data, status and headers of one dispatched REST request."""

from __future__ import annotations

from typing import Any

from broadsheet.rest.errors import RestError


class RestResponse:
    """What a handler returns (or what ``ensure_response`` makes of its plain return value)."""

    def __init__(self, data: Any = None, status: int = 200, headers: dict[str, Any] | None = None) -> None:
        self.data = data
        self.status = status
        self.headers: dict[str, Any] = dict(headers or {})
        self.is_error = False

    @classmethod
    def from_error(cls, error: RestError) -> RestResponse:
        response = cls(error.to_dict(), error.status)
        response.is_error = True
        return response


def ensure_response(value: Any) -> RestResponse:
    """Wrap a handler's return value (data, RestResponse or RestError) as a RestResponse."""
    if isinstance(value, RestResponse):
        return value
    if isinstance(value, RestError):
        return RestResponse.from_error(value)
    return RestResponse(value)
