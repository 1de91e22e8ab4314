"""``current_user_can`` for REST handlers: the request's caller against ``auth.capabilities``."""

from __future__ import annotations

from typing import Any

from broadsheet.auth.capabilities import user_can
from broadsheet.rest.request import RestRequest


def current_user_can(request: RestRequest, capability: str, *args: Any) -> bool:
    """Whether the caller has ``capability`` (meta capabilities take an object id, as WordPress)."""
    if request.user is None:
        return capability == "exist" and False
    return bool(user_can(request.user, capability, *args, store=capability_store(request)))


def capability_store(request: RestRequest) -> Any:
    """The per-request object the capability code reads posts/terms/users through."""
    store = request.ctx.extra.get("capability_store") if request.ctx is not None else None
    if store is None:
        from broadsheet.content.capability_store import RequestCapabilityStore

        store = RequestCapabilityStore(request)
        if request.ctx is not None:
            request.ctx.extra["capability_store"] = store
    return store


def can_edit_any_rest_type(request: RestRequest) -> bool:
    """Whether the caller has ``edit_posts`` of some REST post type (types/statuses edit rules)."""
    if request.user is None:
        return False
    return any(current_user_can(request, t.cap["edit_posts"]) for t in request.site.post_types.rest_types())
