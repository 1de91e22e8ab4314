"""``/wp/v2/{templates|template-parts}/{id}/revisions[/{rev}]``: ``WP_REST_Template_Revisions_Controller``.

WordPress 7.1.4. The parent is a template id (``theme//slug``); only customised templates (a
``wp_template*`` post) have revisions. A revision is shown as its template (built from the revision
row with the parent's slug, terms and meta) plus ``parent``, linked to itself and its template.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_prepare import fields_for_response, filter_by_context
from broadsheet.rest.controllers.post_schema import context_param
from broadsheet.rest.controllers.revisions import _FORCE_DESCRIPTION, RevisionsController
from broadsheet.rest.controllers.templates import ID_PATTERN, sanitize_template_id
from broadsheet.rest.errors import RestError
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import DELETABLE, READABLE, Endpoint
from broadsheet.rest.server import forbidden
from broadsheet.themes.template_posts import build_from_post, get_block_template
from broadsheet.themes.theme import active_theme

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.templates import TemplatesController

_PARENT_ARG: dict[str, dict[str, Any]] = {"parent": {"description": "The id of a template", "type": "string",
                          "sanitize_callback": sanitize_template_id}}


class TemplateRevisionsController(RevisionsController):
    """Revisions of customised templates or template parts."""

    parent: TemplatesController  # type: ignore[assignment]

    def get_item_schema(self) -> dict[str, Any]:
        """The parent's template schema plus ``parent``."""
        if self._schema is None:
            schema = copy.deepcopy(self.parent.schema())
            schema["properties"]["parent"] = {"description": "The ID for the parent of the revision.",
                                              "type": "integer", "context": ["view", "edit", "embed"]}
            self._schema = schema
        return self._schema

    def register_routes(self) -> None:
        base = f"/{self.parent_base}/(?P<parent>{ID_PATTERN[7:-1]})/{self.rest_base}"
        self.server.register_route(self.namespace, base, [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check,
                     {**_PARENT_ARG, **self.get_collection_params()}),
        ], schema=self.get_item_schema)
        id_args: dict[str, dict[str, Any]] = {
            **_PARENT_ARG, "id": {"description": "Unique identifier for the revision.", "type": "integer"}}
        self.server.register_route(self.namespace, f"{base}/(?P<id>[\\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check,
                     {**id_args, "context": context_param("view")}),
            Endpoint(DELETABLE, self.delete_item, self.delete_item_permissions_check,
                     {**id_args, "force": {"type": "boolean", "default": False, "description": _FORCE_DESCRIPTION}}),
        ], schema=self.get_item_schema)

    def get_parent(self, request: RestRequest, parent_id: Any) -> Any:
        """The template's post: 404 without a template, 400 for a theme file (it has no revisions)."""
        template = get_block_template(request.ctx.conn, request.site, active_theme(request.site), str(parent_id),
                                      self.parent.post_type)
        if template is None:
            raise RestError("rest_post_invalid_parent", "Invalid template parent ID.", 404)
        if template.wp_id <= 0:
            raise RestError("rest_invalid_template", "Templates based on theme files can't have revisions.", 400)
        post = PostData.of(request).post(template.wp_id)
        if post is None:
            raise RestError("rest_post_invalid_parent", "Invalid template parent ID.", 404)
        return post

    def collection_url(self, request: RestRequest, parent: WPPost) -> str:
        """WordPress formats the parent with ``%d``: a template id becomes 0."""
        return self.server.rest_url(f"/{self.namespace}/{self.parent_base}/0/{self.rest_base}")

    def prepare_item_for_response(self, revision: WPPost, request: RestRequest, schema: dict[str, Any]) -> Any:
        data_source = PostData.of(request)
        owner = data_source.post(revision.post_parent)
        template = build_from_post(request.ctx.conn, request.site, active_theme(request.site), revision, owner)
        if template is None:
            raise RestError("template_missing_theme", "No theme is defined for this template.", 500)
        data = self.parent.prepare_item_for_response(template, request)
        if request.method == "HEAD":
            return data
        data.pop("_links", None)
        fields = fields_for_response(request, schema["properties"])
        if "parent" in fields:
            data["parent"] = revision.post_parent
        data = filter_by_context(data, schema["properties"], request.context)
        if "_links" in fields or "_embedded" in fields:
            links = LinkSet(request)
            site = request.site
            links.add("self", site.rest_url(
                f"/{self.namespace}/{self.parent_base}/{template.id}/{self.rest_base}/{template.wp_id}"))
            links.add("parent", site.rest_url(f"/{self.namespace}/{self.parent_base}/{template.id}"))
            data["_links"] = links.compact()
        return data

    def delete_item_permissions_check(self, request: RestRequest) -> Any:
        try:
            parent = self.get_parent(request, request.get_param("parent"))
        except RestError as error:
            return error
        if not PostData.of(request).can("delete_post", parent.ID):
            return forbidden(request, "rest_cannot_delete",
                             "Sorry, you are not allowed to delete revisions of this post.")
        try:
            self.get_revision(request, request.get_param("id"))
        except RestError as error:
            return error
        if not current_user_can(request, "edit_theme_options"):
            return forbidden(request, "rest_cannot_delete", "Sorry, you are not allowed to delete this revision.")
        return True

    def delete_item(self, request: RestRequest) -> Any:
        """``WP_REST_Revisions_Controller::delete_item``: only with ``force``; answers the deleted revision."""
        from broadsheet.content.post_trash import delete_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env

        revision = self.get_revision(request, request.get_param("id"))
        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported",
                            "Revisions do not support trashing. Set 'force=true' to delete.", 501)
        previous = self.prepare_item_for_response(revision, request, self.get_item_schema())
        previous.pop("_links", None)
        env = post_env(request)
        if delete_post(request.ctx.conn, env, revision.ID, force=True) is None:
            raise RestError("rest_cannot_delete", "The post cannot be deleted.", 500)
        forget_posts(request, {revision.ID, *env.touched})
        return {"deleted": True, "previous": previous}
