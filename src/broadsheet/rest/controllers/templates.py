"""``/wp/v2/templates`` and ``/wp/v2/template-parts``: the active theme's block templates (reads).

``WP_REST_Templates_Controller`` (WordPress 7.1.4) for ``wp_template`` and ``wp_template_part``:
the collection, one template by ``theme//slug`` id, and their writes: saving a theme template
customises it into a ``wp_template`` post (origin ``theme``), which deleting reverts; a new slug
creates a custom template. Not yet here (see docs/themes.md): ``lookup``, revisions, autosaves.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

from broadsheet.content.dates import mysql_to_rfc3339
from broadsheet.rest.controllers.common import context_arg
from broadsheet.rest.controllers.post_prepare import fields_for_response, filter_by_context
from broadsheet.rest.encoding import JSONObject
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.schema import rest_get_endpoint_args_for_schema
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.themes.block_templates import (
    WP_TEMPLATE,
    WP_TEMPLATE_PART,
    BlockTemplate,
    content_for_response,
    get_block_file_template,
)
from broadsheet.themes.template_posts import (
    get_block_template,
    get_block_templates,
    get_template_hierarchy,
    resolve_block_template,
)
from broadsheet.themes.template_types import UNCATEGORIZED, filter_template_part_area
from broadsheet.themes.theme import active_stylesheet, active_theme, get_theme, theme_root_uri

NAMESPACE = "wp/v2"
#: The theme part of an id (a theme directory, maybe one level deep), then the template name.
ID_PATTERN = r'(?P<id>([^\/:<>\*\?"\|]+(?:\/[^\/:<>\*\?"\|]+)?)[\/\w%-]+)'


@cache
def get_item_schema(post_type: str) -> dict[str, Any]:
    """The ``wp_template`` / ``wp_template_part`` schema (``schemas/<type>.json``, WordPress's declaration)."""
    return json.loads((Path(__file__).parent / "schemas" / f"{post_type}.json").read_text(encoding="utf-8"))


def sanitize_template_id(value: Any, *_: Any) -> str:
    """``_sanitize_template_id``: url-decoded; ``theme/slug`` becomes ``theme//slug``."""
    template_id = unquote_plus(str(value))
    last = template_id.rfind("/")
    if last < 0 or (last > 0 and template_id[last - 1] == "/"):
        return template_id
    return template_id[:last] + "/" + template_id[last:]


class TemplatesController:
    """Routes of one template post type (``rest_base`` templates or template-parts)."""

    namespace = NAMESPACE

    def __init__(self, server: RestServer, post_type: Any) -> None:
        self.server = server
        self.post_type = post_type.name
        self.rest_base = post_type.rest_base

    def schema(self) -> dict[str, Any]:
        return get_item_schema(self.post_type)

    def register_routes(self) -> None:
        base = f"/{self.rest_base}"
        schema = self.schema()
        self.server.register_route(NAMESPACE, base, [
            Endpoint(READABLE, self.get_items, self.read_permissions_check, {
                "context": context_arg(),
                "wp_id": {"description": "Limit to the specified post id.", "type": "integer"},
                "area": {"description": "Limit to the specified template part area.", "type": "string"},
                "post_type": {"description": "Post type to get the templates for.", "type": "string"},
            }),
            Endpoint(CREATABLE, self.create_item, self.write_permissions_check,
                     rest_get_endpoint_args_for_schema(schema, "POST")),
        ], schema=self.schema)
        self.server.register_route(NAMESPACE, f"{base}/lookup", [
            Endpoint(READABLE, self.get_template_fallback, self.read_permissions_check, {
                "slug": {"description": "The slug of the template to get the fallback for", "type": "string",
                         "required": True},
                "is_custom": {"description": "Indicates if a template is custom or part of the template hierarchy",
                              "type": "boolean"},
                "template_prefix": {"description": "The template prefix for the created template. This is used to "
                                                   "extract the main template type, e.g. in `taxonomy-books` "
                                                   "extracts the `taxonomy`", "type": "string"},
            }),
        ])
        id_arg = {"id": {"description": "The id of a template", "type": "string",
                         "sanitize_callback": sanitize_template_id}}
        self.server.register_route(NAMESPACE, f"{base}/{ID_PATTERN}", [
            Endpoint(READABLE, self.get_item, self.read_permissions_check, {**id_arg, "context": context_arg()}),
            Endpoint(EDITABLE, self.update_item, self.write_permissions_check,
                     {**id_arg, **rest_get_endpoint_args_for_schema(schema, EDITABLE)}),
            Endpoint(DELETABLE, self.delete_item, self.write_permissions_check, {**id_arg, "force": {
                "type": "boolean", "default": False, "description": "Whether to bypass Trash and force deletion."}}),
        ], schema=self.schema)

    # -- permissions ------------------------------------------------------------------------------
    def read_permissions_check(self, request: RestRequest) -> bool | RestError:
        """``get_items_permissions_check`` / ``get_item_permissions_check``: any REST type's editors."""
        if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
            return True
        return forbidden(request, "rest_cannot_manage_templates",
                         "Sorry, you are not allowed to access the templates on this site.")

    def write_permissions_check(self, request: RestRequest) -> bool | RestError:
        """``permissions_check``: writes need ``edit_theme_options``."""
        if current_user_can(request, "edit_theme_options"):
            return True
        return forbidden(request, "rest_cannot_manage_templates",
                         "Sorry, you are not allowed to access the templates on this site.")

    #: ``update_item_permissions_check`` is ``permissions_check`` too (the autosaves controller asks it).
    update_item_permissions_check = write_permissions_check

    # -- reads ------------------------------------------------------------------------------------
    def _template(self, request: RestRequest, template_id: str) -> BlockTemplate | None:
        return get_block_template(request.ctx.conn, request.site, active_theme(request.site), template_id,
                                  self.post_type)

    def get_items(self, request: RestRequest) -> list[dict[str, Any]]:
        if request.method == "HEAD":
            return []
        theme = active_theme(request.site)
        if theme is None:
            return []
        wp_id = request.get_param("wp_id")
        templates = get_block_templates(request.ctx.conn, request.site, theme, self.post_type,
                                        wp_id=int(wp_id) if wp_id is not None else None,
                                        area=request.get_param("area"),
                                        post_type=str(request.get_param("post_type") or ""))
        return [self.prepare_item_for_response(t, request) for t in templates]

    def get_item(self, request: RestRequest) -> dict[str, Any]:
        template_id = str(request.get_param("id"))
        if request.get_param("source") in ("theme", "plugin"):
            theme = active_theme(request.site)
            template = get_block_file_template(theme, template_id, self.post_type) if theme else None
        else:
            template = self._template(request, template_id)
        if template is None:
            raise RestError("rest_template_not_found", "No templates exist with that id.", 404)
        return self.prepare_item_for_response(template, request)

    def get_template_fallback(self, request: RestRequest) -> Any:
        """``lookup``: the first template of the slug's hierarchy that has content (``{}`` when none)."""
        theme = active_theme(request.site)
        if theme is None:
            return JSONObject()
        site, conn = request.site, request.ctx.conn
        slug = str(request.get_param("slug"))
        hierarchy = get_template_hierarchy(site, slug, bool(request.get_param("is_custom")),
                                           str(request.get_param("template_prefix") or ""))
        while True:
            fallback = resolve_block_template(conn, site, theme, slug, hierarchy)
            hierarchy.pop(0)
            if not hierarchy or (fallback is not None and fallback.content):
                break
        return self.prepare_item_for_response(fallback, request) if fallback is not None else JSONObject()

    # -- writes -----------------------------------------------------------------------------------
    def prepare_item_for_database(self, request: RestRequest, template: BlockTemplate | None) -> dict[str, Any]:
        """``prepare_item_for_database``: post fields, ``tax_input`` and ``meta_input`` of the change."""
        changes: dict[str, Any] = {}
        tax: dict[str, Any] = {}
        meta: dict[str, Any] = {}
        if template is None:
            changes.update(post_type=self.post_type, post_status="publish")
            tax["wp_theme"] = request.get_param("theme") or active_stylesheet(request.site)
        elif template.source != "custom":
            changes.update(post_name=template.slug, post_type=self.post_type, post_status="publish")
            tax["wp_theme"] = template.theme
            meta["origin"] = template.source
        else:
            changes.update(post_name=template.slug, ID=template.wp_id, post_status="publish")
        content = request.get_param("content")
        if content is not None:
            if isinstance(content, str):
                changes["post_content"] = content
            elif isinstance(content, dict) and content.get("raw") is not None:
                changes["post_content"] = content["raw"]
        elif template is not None and template.source != "custom":
            changes["post_content"] = template.content
        title = request.get_param("title")
        if title is not None:
            if isinstance(title, str):
                changes["post_title"] = title
            elif isinstance(title, dict) and title.get("raw"):
                changes["post_title"] = title["raw"]
        elif template is not None and template.source != "custom":
            changes["post_title"] = template.title
        description = request.get_param("description")
        if description is not None:
            changes["post_excerpt"] = description
        elif template is not None and template.source != "custom":
            changes["post_excerpt"] = template.description
        if self.post_type == WP_TEMPLATE_PART:
            area = request.get_param("area")
            if area is not None:
                tax["wp_template_part_area"] = filter_template_part_area(str(area))
            elif template is not None and template.source != "custom" and template.area:
                tax["wp_template_part_area"] = filter_template_part_area(template.area)
            elif template is None or not template.area:
                tax["wp_template_part_area"] = UNCATEGORIZED
        author = request.get_param("author")
        if author:
            author_id = int(author)
            if (request.user.ID if request.user else 0) != author_id and not _user_exists(request, author_id):
                raise RestError("rest_invalid_author", "Invalid author ID.", 400)
            changes["post_author"] = author_id
        return {"post": changes, "tax": tax, "meta": meta}

    def _save(self, request: RestRequest, prepared: dict[str, Any], *, update: bool) -> int:
        """``wp_insert_post`` / ``wp_update_post`` with the terms and meta; WP_Error -> 400 (or 500)."""
        from broadsheet.content.post_terms import set_object_terms
        from broadsheet.content.posts import PostError, insert_post, update_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env, post_write_error
        from broadsheet.storage.meta import update_meta

        env = post_env(request)
        conn = request.ctx.conn
        post = dict(prepared["post"])
        try:
            if update:
                post_id = update_post(conn, env, int(post.pop("ID")), post, fire_after_hooks=False)
            else:
                post_id = insert_post(conn, env, post, fire_after_hooks=False)
        except PostError as error:
            raise post_write_error(error) from error
        for taxonomy, terms in prepared["tax"].items():
            set_object_terms(conn, request.site.db, post_id, [terms], taxonomy, object_types=[self.post_type])
        for key, value in prepared["meta"].items():
            update_meta(conn, "post", post_id, key, value, tables=request.site.db.tables)
        forget_posts(request, env.touched)
        return post_id

    def _after_insert(self, request: RestRequest, post_id: int, update: bool) -> None:
        from broadsheet.content.posts import after_insert_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env

        env = post_env(request)
        after_insert_post(request.ctx.conn, env, post_id, update)
        forget_posts(request, env.touched)

    def create_item(self, request: RestRequest) -> RestResponse:
        prepared = self.prepare_item_for_database(request, None)
        prepared["post"]["post_name"] = request.get_param("slug")
        post_id = self._save(request, prepared, update=False)
        theme = active_theme(request.site)
        found = get_block_templates(request.ctx.conn, request.site, theme, self.post_type,
                                    wp_id=post_id) if theme else []
        if not found:
            raise RestError("rest_template_insert_error", "No templates exist with that id.", 400)
        template = self._template(request, found[0].id)
        assert template is not None
        self._after_insert(request, post_id, False)
        data = self.prepare_item_for_response(template, request)
        location = request.site.rest_url(f"/{NAMESPACE}/{self.rest_base}/{template.id}")
        return RestResponse(data, 201, {"Location": location})

    def update_item(self, request: RestRequest) -> dict[str, Any]:
        template_id = str(request.get_param("id"))
        template = self._template(request, template_id)
        if template is None:
            raise RestError("rest_template_not_found", "No templates exist with that id.", 404)
        if request.get_param("source") == "theme":
            from broadsheet.content.post_trash import delete_post
            from broadsheet.rest.controllers.post_writes import forget_posts, post_env

            if template.wp_id:
                env = post_env(request)
                delete_post(request.ctx.conn, env, template.wp_id, force=True)
                forget_posts(request, env.touched)
            request.set_param("context", "edit")
            reverted = self._template(request, template_id)
            return self.prepare_item_for_response(reverted, request) if reverted else {}
        prepared = self.prepare_item_for_database(request, template)
        update = template.source == "custom"
        post_id = self._save(request, prepared, update=update)
        saved = self._template(request, template_id)
        assert saved is not None
        request.set_param("context", "edit")
        self._after_insert(request, post_id, update)
        return self.prepare_item_for_response(saved, request)

    def delete_item(self, request: RestRequest) -> dict[str, Any]:
        from broadsheet.content.post_trash import delete_post, trash_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env

        template = self._template(request, str(request.get_param("id")))
        if template is None:
            raise RestError("rest_template_not_found", "No templates exist with that id.", 404)
        if template.source != "custom":
            raise RestError("rest_invalid_template", "Templates based on theme files can't be removed.", 400)
        env = post_env(request)
        request.set_param("context", "edit")
        if request.get_param("force"):
            previous = self.prepare_item_for_response(template, request)
            previous.pop("_links", None)  # WP_REST_Response::get_data(): the links are not data
            result = delete_post(request.ctx.conn, env, template.wp_id, force=True)
            response: dict[str, Any] = {"deleted": True, "previous": previous}
        else:
            if template.status == "trash":
                raise RestError("rest_template_already_trashed", "The template has already been deleted.", 410)
            result = trash_post(request.ctx.conn, env, template.wp_id)
            forget_posts(request, env.touched)
            template.status = "trash"
            response = self.prepare_item_for_response(template, request)
        forget_posts(request, env.touched)
        if result is None:
            raise RestError("rest_cannot_delete", "The template cannot be deleted.", 500)
        return response

    # -- representation ---------------------------------------------------------------------------
    def prepare_item_for_response(self, template: BlockTemplate, request: RestRequest) -> dict[str, Any]:
        """Fields in WordPress's order, filtered by context; links with the caller's action rels."""
        if request.method == "HEAD":
            return {}
        site = request.site
        theme = get_theme(template.theme) or active_theme(site)
        assert theme is not None
        template_uri = theme_root_uri(site, get_theme(theme.template) or theme)
        schema = self.schema()
        fields = fields_for_response(request, schema["properties"])

        def included(name: str) -> bool:
            return is_field_included(name, fields)

        data: dict[str, Any] = {}
        if included("id"):
            data["id"] = template.id
        if included("theme"):
            data["theme"] = template.theme
        if included("content"):
            data["content"] = {}
        if included("content.raw"):
            data["content"]["raw"] = content_for_response(template, theme, template_uri)
        if included("content.block_version"):
            data["content"]["block_version"] = 1 if "<!-- wp:" in data["content"].get("raw", template.content) else 0
        if included("slug"):
            data["slug"] = template.slug
        if included("source"):
            data["source"] = template.source
        if included("origin"):
            data["origin"] = template.origin
        if included("type"):
            data["type"] = template.type
        if included("description"):
            data["description"] = template.description
        if included("title"):
            data["title"] = {}
        if included("title.raw"):
            data["title"]["raw"] = template.title
        if included("title.rendered"):
            data["title"]["rendered"] = _rendered_title(template, request)
        if included("status"):
            data["status"] = template.status
        if included("wp_id"):
            data["wp_id"] = template.wp_id
        if included("has_theme_file"):
            data["has_theme_file"] = template.has_theme_file
        if included("is_custom") and template.type == WP_TEMPLATE:
            data["is_custom"] = template.is_custom
        if included("author"):
            data["author"] = template.author
        if included("area") and template.type != WP_TEMPLATE:
            data["area"] = template.area
        if included("modified"):
            data["modified"] = mysql_to_rfc3339(template.modified) if template.modified else None
        if included("date"):
            data["date"] = mysql_to_rfc3339(template.date) if template.date else None
        if included("author_text"):
            data["author_text"] = template_author_text(template, theme, request)
        if included("original_source"):
            data["original_source"] = template_original_source(template)
        data = filter_by_context(data, schema["properties"], request.context)
        if included("_links") or included("_embedded"):
            data["_links"] = self._prepare_links(template, request)
        return data

    def _prepare_links(self, template: BlockTemplate, request: RestRequest) -> dict[str, Any]:
        site = request.site
        links = LinkSet(request)
        self_href = site.rest_url(f"/{NAMESPACE}/{self.rest_base}/{template.id}")
        links.add("self", self_href)
        links.add("collection", site.rest_url(f"/{NAMESPACE}/{self.rest_base}"))
        links.add("about", site.rest_url(f"/{NAMESPACE}/types/{self.post_type}"))
        current = self._template(request, template.id)
        if current is not None and current.wp_id:
            from broadsheet.rest.controllers.post_data import PostData

            stats = PostData.of(request).revision_stats(current.wp_id)
            base = f"/{NAMESPACE}/{self.rest_base}/{template.id}/revisions"
            links.add("version-history", site.rest_url(base), count=stats.count)
            if stats.count > 0:
                links.add("predecessor-version", site.rest_url(f"{base}/{stats.latest_id}"), id=stats.latest_id)
        post_type = site.post_types.get(self.post_type)
        if post_type is not None and current_user_can(request, post_type.cap["publish_posts"]):
            links.add("https://api.w.org/action-publish", self_href)
        if current_user_can(request, "unfiltered_html"):
            links.add("https://api.w.org/action-unfiltered-html", self_href)
        return links.compact()


def template_original_source(template: BlockTemplate) -> str:
    """``get_wp_templates_original_source_field``."""
    if template.has_theme_file and (template.origin == "theme" or (
            not template.origin and template.source in ("theme", "custom"))):
        return "theme"
    if template.origin == "plugin":
        return "plugin"
    if not template.has_theme_file and template.source == "custom" and not template.author:
        return "site"
    return "user"


def template_author_text(template: BlockTemplate, theme: Any, request: RestRequest) -> str:
    """``get_wp_templates_author_text_field``."""
    source = template_original_source(template)
    if source == "theme":
        named = get_theme(template.theme)
        return str((named.get("Name") if named else "") or template.theme)
    if source == "plugin":
        return template.theme
    if source == "site":
        return str(request.site.option("blogname", ""))
    name = _display_name(request, template.author)
    return name if name is not None else "Unknown author"


def _rendered_title(template: BlockTemplate, request: RestRequest) -> str:
    """``title.rendered``: ``the_title`` filters for a customised template, the title as is otherwise."""
    if not template.wp_id:
        return template.title
    from broadsheet.formatting.chains import render_title
    from broadsheet.rest.controllers.post_data import PostData

    data = PostData.of(request)
    post = data.post(template.wp_id)
    if post is None:
        return template.title
    return render_title(template.title, data.render_context(post), request.site.hooks)


def _display_name(request: RestRequest, user_id: int) -> str | None:
    """The user's ``display_name``, or None when there is no such user."""
    from sqlalchemy import select

    if user_id <= 0:
        return None
    users = request.site.db.tables.users
    row = request.ctx.conn.execute(select(users.c.display_name).where(users.c.ID == user_id)).first()
    return str(row[0]) if row is not None else None


def _user_exists(request: RestRequest, user_id: int) -> bool:
    return _display_name(request, user_id) is not None


def register_type(server: RestServer, post_type: Any) -> None:
    """The routes of ``wp_template`` or ``wp_template_part`` (dispatched by its ``rest_controller``):
    revisions, autosaves, then the template routes, as WordPress registers them."""
    from broadsheet.rest.controllers.template_revisions import TemplateRevisionsController

    from broadsheet.rest.controllers.template_autosaves import TemplateAutosavesController

    controller = TemplatesController(server, post_type)
    revisions = TemplateRevisionsController(server, controller)  # type: ignore[arg-type]
    revisions.register_routes()
    TemplateAutosavesController(server, controller, revisions).register_routes()  # type: ignore[arg-type]
    controller.register_routes()
