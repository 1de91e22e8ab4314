"""``/wp/v2/global-styles/{parent}/revisions[/{id}]``: ``WP_REST_Global_Styles_Revisions_Controller``.

WordPress 7.1.4. Read-only (no delete route). The parent must hold user theme.json; each revision is
shown as its sanitised ``settings`` and ``styles`` (when it has any) and its author, dates, id and
parent. Paging takes ``page``, ``per_page`` and ``offset`` only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from broadsheet.rest.controllers.post_prepare import fields_for_response, filter_by_context
from broadsheet.rest.controllers.post_schema import context_param
from broadsheet.rest.controllers.revisions import RevisionsController, revision_common_fields
from broadsheet.rest.encoding import JSONObject
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.themes.style_variations import resolved_theme_uris
from broadsheet.themes.user_styles import (
    block_style_partials_registered,
    decode_user_config,
    register_block_style_partials,
    sanitized_user_config,
)

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.global_styles import GlobalStylesController

_DATE_TIME = {"type": "string", "format": "date-time"}


def _user_config(raw: str) -> dict[str, Any]:
    """``get_decoded_global_styles_json``: the decoded user theme.json, else a 404."""
    config = decode_user_config(raw)
    if config is None:
        raise RestError("rest_global_styles_not_found", "Cannot find user global styles revisions.", 404)
    return config


class GlobalStylesRevisionsController(RevisionsController):
    """Revisions of a user global styles post."""

    parent: GlobalStylesController  # type: ignore[assignment]

    def get_item_schema(self) -> dict[str, Any]:
        """The revision schema without guid/slug/meta/content/title, plus the parent's properties."""
        if self._schema is None:
            every, full = ["view", "edit", "embed"], ["view", "edit"]
            parent_properties = self.parent.schema()["properties"]
            properties: dict[str, Any] = {
                "author": {"description": "The ID for the author of the revision.", "type": "integer",
                           "context": every},
                "date": {"description": "The date the revision was published, in the site's timezone.",
                         **_DATE_TIME, "context": every},
                "date_gmt": {"description": "The date the revision was published, as GMT.", **_DATE_TIME,
                             "context": full},
                "id": parent_properties["id"],
                "modified": {"description": "The date the revision was last modified, in the site's timezone.",
                             **_DATE_TIME, "context": full},
                "modified_gmt": {"description": "The date the revision was last modified, as GMT.", **_DATE_TIME,
                                 "context": full},
                "parent": {"description": "The ID for the parent of the revision.", "type": "integer",
                           "context": every},
                "styles": parent_properties["styles"],
                "settings": parent_properties["settings"],
            }
            self._schema = {"$schema": "http://json-schema.org/draft-04/schema#",
                            "title": f"{self.parent.post_type}-revision", "type": "object",
                            "properties": properties}
        return self._schema

    def get_collection_params(self) -> dict[str, dict[str, Any]]:
        params = super().get_collection_params()
        for name in ("exclude", "include", "search", "order", "orderby"):
            params.pop(name, None)
        return params

    def register_routes(self) -> None:
        base = f"/{self.parent_base}/(?P<parent>[\\d]+)/{self.rest_base}"
        self.server.register_route(self.namespace, base, [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check, {
                "parent": {"description": "The ID for the parent of the revision.", "type": "integer"},
                **self.get_collection_params()}),
        ], schema=self.get_item_schema)
        self.server.register_route(self.namespace, f"{base}/(?P<id>[\\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check, {
                "parent": {"description": "The ID for the parent of the global styles revision.",
                           "type": "integer"},
                "id": {"description": "Unique identifier for the global styles revision.", "type": "integer"},
                "context": context_param("view")}),
        ], schema=self.get_item_schema)

    def get_items(self, request: RestRequest) -> RestResponse:
        parent = self.get_parent(request, request.get_param("parent"))
        _user_config(parent.post_content)
        return super().get_items(request)

    def prepare_item_for_response(self, revision: WPPost, request: RestRequest, schema: dict[str, Any]) -> Any:
        if request.method == "HEAD":
            return {}
        parent = self.get_parent(request, request.get_param("parent"))
        stored = _user_config(revision.post_content)
        fields = fields_for_response(request, schema["properties"])

        def included(name: str) -> bool:
            return is_field_included(name, fields)

        data: dict[str, Any] = {}
        config: dict[str, Any] | None = None
        if stored.get("styles") or stored.get("settings"):
            styles = stored.get("styles")
            if isinstance(styles, dict) and styles.get("blocks"):
                register_block_style_partials(request.ctx)
            config = sanitized_user_config(revision.post_content, request.ctx.options,
                                           partials=block_style_partials_registered(request.ctx)) or {}
            if included("settings"):
                data["settings"] = config.get("settings") or JSONObject()
            if included("styles"):
                data["styles"] = config.get("styles") or JSONObject()
        data.update(revision_common_fields(revision, parent.ID, included))
        data = filter_by_context(data, schema["properties"], request.context)
        uris = resolved_theme_uris(request.site, config)
        if uris:
            links = LinkSet(request)
            for uri in uris:
                links.add("https://api.w.org/theme-file", uri["href"], **{k: v for k, v in uri.items() if k != "href"})
            data["_links"] = links.compact()
        return data
