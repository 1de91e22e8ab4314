"""``/wp/v2/templates`` and ``/wp/v2/template-parts``: the active theme's block templates (reads).

``WP_REST_Templates_Controller`` (WordPress 7.1.4) for ``wp_template`` and ``wp_template_part``:
the collection and one template by ``theme//slug`` id, from the theme's files. Not yet here (see
docs/themes.md): ``lookup``, revisions and autosaves, writes (which customise a template into a
``wp_template`` post) and reading such posts back.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

from broadsheet.rest.controllers.common import context_arg
from broadsheet.rest.controllers.post_prepare import fields_for_response, filter_by_context
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.links import LinkSet
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.themes.block_templates import (
    WP_TEMPLATE,
    BlockTemplate,
    content_for_response,
    get_block_file_template,
    get_block_templates,
)
from broadsheet.themes.theme import active_theme, get_theme, theme_root_uri

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

    def __init__(self, server: RestServer, post_type: Any) -> None:
        self.server = server
        self.post_type = post_type.name
        self.rest_base = post_type.rest_base

    def schema(self) -> dict[str, Any]:
        return get_item_schema(self.post_type)

    def register_routes(self) -> None:
        base = f"/{self.rest_base}"
        self.server.register_route(NAMESPACE, base, [
            Endpoint(READABLE, self.get_items, self.permissions_check, {
                "context": context_arg(),
                "wp_id": {"description": "Limit to the specified post id.", "type": "integer"},
                "area": {"description": "Limit to the specified template part area.", "type": "string"},
                "post_type": {"description": "Post type to get the templates for.", "type": "string"},
            }),
        ], schema=self.schema)
        self.server.register_route(NAMESPACE, f"{base}/{ID_PATTERN}", [
            Endpoint(READABLE, self.get_item, self.permissions_check, {
                "id": {"description": "The id of a template", "type": "string",
                       "sanitize_callback": sanitize_template_id},
                "context": context_arg(),
            }),
        ], schema=self.schema)

    # -- permissions ------------------------------------------------------------------------------
    def permissions_check(self, request: RestRequest) -> bool | RestError:
        """``get_items_permissions_check`` / ``get_item_permissions_check``: any REST type's editors."""
        if current_user_can(request, "edit_posts") or can_edit_any_rest_type(request):
            return True
        return forbidden(request, "rest_cannot_manage_templates",
                         "Sorry, you are not allowed to access the templates on this site.")

    # -- reads ------------------------------------------------------------------------------------
    def get_items(self, request: RestRequest) -> list[dict[str, Any]]:
        if request.method == "HEAD":
            return []
        theme = active_theme(request.site)
        if theme is None or request.get_param("wp_id") is not None:
            return []  # no wp_template posts are read yet: a wp_id query finds no theme file
        area = request.get_param("area")
        templates = get_block_templates(theme, self.post_type, area=area if area is not None else None,
                                        post_type=str(request.get_param("post_type") or ""))
        return [self.prepare_item_for_response(t, request) for t in templates]

    def get_item(self, request: RestRequest) -> dict[str, Any]:
        theme = active_theme(request.site)
        template = get_block_file_template(theme, str(request.get_param("id")), self.post_type) if theme else None
        if template is None:
            raise RestError("rest_template_not_found", "No templates exist with that id.", 404)
        return self.prepare_item_for_response(template, request)

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
            data["title"]["rendered"] = template.title
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
            data["modified"] = template.modified
        if included("date"):
            data["date"] = template.date
        if included("author_text"):
            data["author_text"] = _author_text(template, theme)
        if included("original_source"):
            data["original_source"] = _original_source(template)
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
        post_type = site.post_types.get(self.post_type)
        if post_type is not None and current_user_can(request, post_type.cap["publish_posts"]):
            links.add("https://api.w.org/action-publish", self_href)
        if current_user_can(request, "unfiltered_html"):
            links.add("https://api.w.org/action-unfiltered-html", self_href)
        return links.compact()


def _original_source(template: BlockTemplate) -> str:
    """``get_wp_templates_original_source_field``."""
    if template.has_theme_file and (template.origin == "theme" or (
            not template.origin and template.source in ("theme", "custom"))):
        return "theme"
    if template.origin == "plugin":
        return "plugin"
    if not template.has_theme_file and template.source == "custom" and not template.author:
        return "site"
    return "user"


def _author_text(template: BlockTemplate, theme: Any) -> str:
    """``get_wp_templates_author_text_field`` for theme templates (the only ones read so far)."""
    if _original_source(template) == "theme":
        return str(theme.get("Name") or template.theme)
    return ""


def register_for_post_type(server: RestServer, post_type: Any) -> None:
    """The routes of ``wp_template`` or ``wp_template_part`` (dispatched by its ``rest_controller``)."""
    TemplatesController(server, post_type).register_routes()
