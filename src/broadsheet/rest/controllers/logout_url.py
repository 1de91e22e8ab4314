"""``wp_logout_url()`` for the REST caller (WordPress 7.1.4), shared by the meta widget and ``core/loginout``."""

from __future__ import annotations

from broadsheet.rest.links import php_urlencode
from broadsheet.rest.request import RestRequest

__all__ = ["wp_logout_url"]


def wp_logout_url(request: RestRequest, redirect: str = "") -> str:
    """The login screen's logout action, ``redirect_to`` urlencoded, through ``wp_nonce_url`` (nonce
    ``log-out`` of the caller and its session token; ``&`` as ``&amp;``, as ``wp_nonce_url`` returns it)."""
    from broadsheet.auth.nonces import wp_create_nonce

    siteurl = str(request.ctx.options.get("siteurl") or "").rstrip("/")
    token = str(getattr(getattr(request, "auth", None), "session_token", "") or "")
    user_id = request.user.ID if request.user is not None else 0
    nonce = wp_create_nonce("log-out", user_id, token, request.ctx.auth_store().salts)
    redirect_to = f"&amp;redirect_to={php_urlencode(redirect)}" if redirect else ""
    return f"{siteurl}/wp-login.php?action=logout{redirect_to}&amp;_wpnonce={nonce}"
