"""``GET /wp-block-editor/v1/export`` (``WP_REST_Edit_Site_Export_Controller``, WordPress 7.1.4).

Sends the active theme, with the site's templates, parts and global styles, as
``{stylesheet}.zip`` (``broadsheet.themes.export``). WordPress writes the zip straight to the
client and exits, so the answer is the zip, never JSON (``_envelope`` included). WordPress answers
500 ``missing_zip_package`` where PHP lacks ``ZipArchive`` (the oracle does); broadsheet always can.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import READABLE, Endpoint
from broadsheet.rest.server import RestServer

NAMESPACE = "wp-block-editor/v1"
ROUTE = f"/{NAMESPACE}/export"


@dataclass
class ExportZip:
    """The zip a successful export sends instead of JSON."""

    data: bytes


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/export", [Endpoint(READABLE, export, permissions_check, {})])
    server.pre_serve.append(serve_zip)


def permissions_check(request: RestRequest) -> Any:
    if current_user_can(request, "export"):
        return True
    return RestError("rest_cannot_export_templates",
                     "Sorry, you are not allowed to export templates and template parts.", 403 if request.user else 401)


def _user_config(request: RestRequest, stylesheet: str) -> dict[str, Any] | None:
    """``WP_Theme_JSON_Resolver::get_user_data()``: the theme's user global styles, sanitised, if any."""
    from broadsheet.themes.user_styles import find_user_styles_post_id, sanitized_user_config

    conn, db = request.ctx.conn, request.site.db
    post_id = find_user_styles_post_id(conn, db, stylesheet)
    if post_id is None:
        return None
    posts = db.tables.posts
    raw = conn.execute(select(posts.c.post_content).where(posts.c.ID == post_id)).scalar()
    return sanitized_user_config(str(raw or ""), request.ctx.options, partials=False)


def export(request: RestRequest) -> Any:
    """``export``: the zip of the active theme, or a 500 when there is no theme to export."""
    from broadsheet.themes.export import build_export_zip
    from broadsheet.themes.template_posts import get_block_templates
    from broadsheet.themes.theme import active_theme

    theme = active_theme(request.site)
    if theme is None:
        raise RestError("unable_to_create_zip", "Unable to open export file (archive) for writing.", 500)
    conn = request.ctx.conn
    templates = [(t.slug, t.content) for t in get_block_templates(conn, request.site, theme, "wp_template")]
    parts = [(t.slug, t.content) for t in get_block_templates(conn, request.site, theme, "wp_template_part")]
    data = build_export_zip(theme, templates, parts, _user_config(request, theme.stylesheet))
    return RestResponse(ExportZip(data), 200, {"Content-Disposition": f"attachment; filename={theme.stylesheet}.zip"})


def serve_zip(request: RestRequest, data: Any, status: int) -> tuple[int, bytes, str] | None:
    """A successful export is sent as ``application/zip`` (also under ``_envelope``)."""
    if isinstance(data, dict) and isinstance(data.get("body"), ExportZip):
        data = data["body"]
    if isinstance(data, ExportZip):
        return 200, data.data, "application/zip"
    return None
