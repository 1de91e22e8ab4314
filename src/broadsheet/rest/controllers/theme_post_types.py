"""Routes of the theme-bound post types, dispatched by each type's ``rest_controller``.

WordPress registers every ``show_in_rest`` post type's routes in type registration order; this
module registers those of the types whose controllers live with the theme code (templates,
template parts, global styles), in that order. Merged with the routes-posttypes branch, this becomes one entry of
``posts.POST_TYPE_CONTROLLERS`` (``"templates": _lazy("templates", "register_type")``) and this
module goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from broadsheet.rest.server import RestServer


def _templates(server: RestServer, post_type: Any) -> None:
    from broadsheet.rest.controllers.templates import register_type

    register_type(server, post_type)


def _global_styles(server: RestServer, post_type: Any) -> None:
    from broadsheet.rest.controllers.global_styles import register_type

    register_type(server, post_type)


#: ``rest_controller`` -> function registering that post type's routes.
ROUTES_BY_REST_CONTROLLER: dict[str, Callable[[RestServer, Any], None]] = {
    "templates": _templates,
    "global_styles": _global_styles,
}


def register(server: RestServer) -> None:
    for post_type in server.site.post_types.rest_types():
        register_routes = ROUTES_BY_REST_CONTROLLER.get(post_type.rest_controller)
        if register_routes is not None:
            register_routes(server, post_type)
