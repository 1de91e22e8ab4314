"""``/wp/v2/{templates|template-parts}/{id}/autosaves[/{rev}]``: ``WP_REST_Template_Autosaves_Controller``.

WordPress 7.1.4. Autosaves of customised templates: a POST stores the caller's autosave revision
(templates are published, so never saved in place); items look like template revisions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from broadsheet.rest.controllers.autosaves import AutosavesController
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_schema import context_param
from broadsheet.rest.controllers.template_revisions import _PARENT_ARG, TemplateRevisionsController
from broadsheet.rest.controllers.templates import ID_PATTERN, sanitize_template_id
from broadsheet.rest.errors import RestError
from broadsheet.rest.links import LinkSet
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import CREATABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import rest_get_endpoint_args_for_schema

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.templates import TemplatesController

_ID_ARG: dict[str, dict[str, Any]] = {
    "id": {"description": "The id of a template", "type": "string", "sanitize_callback": sanitize_template_id}}


class TemplateAutosavesController(AutosavesController):
    """Autosaves of customised templates or template parts."""

    parent: TemplatesController  # type: ignore[assignment]
    revisions: TemplateRevisionsController

    def get_item_schema(self) -> dict[str, Any]:
        """The template revisions' schema."""
        return self.revisions.get_item_schema()

    def register_routes(self) -> None:
        template_id = ID_PATTERN[7:-1]
        schema = self.parent.schema()
        self.server.register_route(self.namespace, f"/{self.parent_base}/(?P<id>{template_id})/{self.rest_base}", [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check,
                     {**_ID_ARG, "context": context_param("view")}),
            Endpoint(CREATABLE, self.create_item, self.create_item_permissions_check,
                     {**_ID_ARG, **rest_get_endpoint_args_for_schema(schema, EDITABLE)}),
        ], schema=self.get_item_schema)
        self.server.register_route(
            self.namespace, f"/{self.parent_base}/(?P<parent>{template_id})/{self.rest_base}/(?P<id>[\\d]+)", [
                Endpoint(READABLE, self.get_item, self.get_item_permissions_check, {
                    **_PARENT_ARG,
                    "id": {"description": "The ID for the autosave.", "type": "integer"},
                    "context": context_param("view"),
                }),
            ], schema=self.get_item_schema)

    def get_item(self, request: RestRequest) -> dict[str, Any]:
        """``wp_get_post_autosave`` of the template's post, whoever wrote it."""
        from broadsheet.content.post_revisions import get_post_autosave

        parent = self.get_parent(request, request.get_param("parent"))
        autosave = get_post_autosave(request.ctx.conn, request.site.db, parent.ID)
        if autosave is None:
            raise RestError("rest_post_no_autosave", "There is no autosave revision for this template.", 404)
        return self.prepare(autosave, request, self.get_item_schema())

    def prepare_autosave_fields(self, request: RestRequest, post: Any) -> dict[str, Any]:
        """The template's post fields as the request changes them."""
        template = self.parent._template(request, str(request.get_param("id")))
        prepared = dict(self.parent.prepare_item_for_database(request, template)["post"])
        prepared["ID"] = post.ID
        return prepared

    def prepare(self, autosave: WPPost, request: RestRequest, schema: dict[str, Any]) -> dict[str, Any]:
        """A template revision's representation, linked under ``autosaves``."""
        data = self.revisions.prepare_item_for_response(autosave, request, schema)
        if "_links" in data:
            links = LinkSet(request)
            site = request.site
            template_id = data.get("id") or self._template_id(request, autosave)
            links.add("self", site.rest_url(
                f"/{self.namespace}/{self.parent_base}/{template_id}/{self.rest_base}/{autosave.ID}"))
            links.add("parent", site.rest_url(f"/{self.namespace}/{self.parent_base}/{template_id}"))
            data["_links"] = links.compact()
        return data

    def _template_id(self, request: RestRequest, autosave: WPPost) -> str:
        from broadsheet.themes.template_posts import build_from_post
        from broadsheet.themes.theme import active_theme

        owner = PostData.of(request).post(autosave.post_parent)
        built = build_from_post(request.ctx.conn, request.site, active_theme(request.site), autosave, owner)
        return built.id if built is not None else ""
