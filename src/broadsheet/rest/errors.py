"""``RestError``: the one API error, mirroring ``WP_Error`` as the REST server renders it."""

from __future__ import annotations

from typing import Any


class RestError(Exception):
    """An error answered as ``{"code","message","data"}`` with HTTP status ``data.status``.

    ``data`` is the WP_Error data; ``status`` is merged into it as ``data["status"]``. Pass
    ``data=None`` and ``status=None`` for errors WordPress renders with ``"data": null`` (HTTP 500).
    ``additional`` holds extra errors rendered under ``additional_errors``.
    """

    def __init__(
        self,
        code: str,
        message: str,
        status: int | None = 500,
        data: dict[str, Any] | None = None,
        additional: list[RestError] | None = None,
        extra_body: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        if status is not None:
            data = {"status": status, **(data or {})}
        self.data = data
        self.additional = additional or []
        #: Stray top-level keys some core errors carry (``term_exists`` has ``additional_data``).
        self.extra_body = extra_body or {}

    @property
    def status(self) -> int:
        """HTTP status: ``data.status`` when numeric, else 500 (as WordPress's error_to_response)."""
        if isinstance(self.data, dict) and isinstance(self.data.get("status"), int):
            return self.data["status"]
        for extra in self.additional:
            if isinstance(extra.data, dict) and isinstance(extra.data.get("status"), int):
                return extra.data["status"]
        return 500

    def to_dict(self) -> dict[str, Any]:
        """The error body: code, message, data (plus additional_errors when present)."""
        body: dict[str, Any] = {"code": self.code, "message": self.message, "data": self.data}
        if self.additional:
            body["additional_errors"] = [
                {"code": e.code, "message": e.message, "data": e.data} for e in self.additional
            ]
        body.update(self.extra_body)
        return body

    def __repr__(self) -> str:
        return f"RestError({self.code!r}, {self.message!r}, data={self.data!r})"
