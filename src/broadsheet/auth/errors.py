"""``AuthError``: an authentication or authorization failure as ``WP_Error`` carries it.

The auth layer does not import ``rest``; the REST server turns an ``AuthError`` into its
``RestError`` (same code, message and status) in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AuthError"]


@dataclass(frozen=True)
class AuthError:
    """A ``WP_Error`` from the auth layer: ``code``, human ``message`` and HTTP ``status`` (None: unset)."""

    code: str
    message: str
    status: int | None = None

    def with_status(self, status: int) -> AuthError:
        """The same error with ``status`` set when it has none (``rest_application_password_check_errors``)."""
        return self if self.status is not None else AuthError(self.code, self.message, status)
