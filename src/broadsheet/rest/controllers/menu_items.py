"""``/wp/v2/menu-items``: classic menu items, ``WP_REST_Menu_Items_Controller`` (WordPress 7.1.4).

A posts controller over ``nav_menu_item`` with its own schema (what the item points at instead of
post fields), ``check_has_read_only_access`` on reads, no trash, and writes through
``wp_update_nav_menu_item`` (``content.nav_menu_items``): the item's fields live in
``_menu_item_*`` meta and its menu is its ``nav_menu`` term (``menus``).
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.nav_menu_items import (
    MenuItem,
    MenuItemLookups,
    menu_item_meta,
    menu_item_post_fields,
    setup_nav_menu_item,
)
from broadsheet.content.post_types import PostType
from broadsheet.formatting.sanitize import sanitize_html_class, sanitize_key, sanitize_text_field
from broadsheet.formatting.urls import sanitize_url
from broadsheet.rest.controllers.menus import can_read_menus
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_prepare import fields_for_response
from broadsheet.rest.controllers.post_schema import schema_links
from broadsheet.rest.controllers.posts import PostsController, register_with
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.server import RestServer

__all__ = ["MenuItemsController", "register_type"]

_VIEW = ["view", "edit", "embed"]


def _parse_list(value: Any) -> list[str]:
    """``wp_parse_list``: an array as is, a string split on commas and spaces."""
    if isinstance(value, list):
        return [str(v) for v in value]
    import re

    return [v for v in re.split(r"[\s,]+", str(value)) if v]


def _sanitize_classes(value: Any) -> list[str]:
    return [sanitize_html_class(v) for v in _parse_list(value)]


def _validate_url(url: Any) -> Any:
    if url == "" or sanitize_url(str(url)):
        return True
    return RestError("rest_invalid_url", "Invalid URL.", None)


class MenuItemsController(PostsController):
    """The REST controller of ``nav_menu_item``."""

    # -- schema -------------------------------------------------------------------------------
    def build_item_schema(self, rest_url: Any) -> dict[str, Any]:
        props: dict[str, Any] = {
            "title": {"description": "The title for the object.", "type": ["string", "object"], "context": _VIEW,
                      "properties": {
                          "raw": {"description": "Title for the object, as it exists in the database.",
                                  "type": "string", "context": ["edit"]},
                          "rendered": {"description": "HTML title for the object, transformed for display.",
                                       "type": "string", "context": _VIEW, "readonly": True}}},
            "id": {"description": "Unique identifier for the object.", "type": "integer", "default": 0,
                   "minimum": 0, "context": _VIEW, "readonly": True},
            "type_label": {"description": "The singular label used to describe this type of menu item.",
                           "type": "string", "context": _VIEW, "readonly": True},
            "type": {"description": 'The family of objects originally represented, such as "post_type" or "taxonomy".',
                     "type": "string", "enum": ["taxonomy", "post_type", "post_type_archive", "custom"],
                     "context": _VIEW, "default": "custom"},
            "status": {"description": "A named status for the object.", "type": "string",
                       "enum": self.public_statuses(), "default": "publish", "context": _VIEW},
            "parent": {"description": "The ID for the parent of the object.", "type": "integer", "minimum": 0,
                       "default": 0, "context": _VIEW},
            "attr_title": {"description": "Text for the title attribute of the link element for this menu item.",
                           "type": "string", "context": _VIEW},
            "classes": {"description": "Class names for the link element of this menu item.", "type": "array",
                        "items": {"type": "string"}, "context": _VIEW},
            "description": {"description": "The description of this menu item.", "type": "string", "context": _VIEW},
            "menu_order": {"description": "The DB ID of the nav_menu_item that is this item's menu parent, if any, "
                                          "otherwise 0.", "context": _VIEW, "type": "integer", "minimum": 1,
                           "default": 1},
            "object": {"description": 'The type of object originally represented, such as "category", "post", or '
                                      '"attachment".', "context": _VIEW, "type": "string"},
            "object_id": {"description": "The database ID of the original object this menu item represents, for "
                                         "example the ID for posts or the term_id for categories.",
                          "context": _VIEW, "type": "integer", "minimum": 0, "default": 0},
            "target": {"description": "The target attribute of the link element for this menu item.",
                       "type": "string", "context": _VIEW, "enum": ["_blank", ""]},
            "url": {"description": "The URL to which this menu item points.", "type": "string", "format": "uri",
                    "context": _VIEW},
            "xfn": {"description": "The XFN relationship expressed in the link of this menu item.", "type": "array",
                    "items": {"type": "string"}, "context": _VIEW},
            "invalid": {"description": "Whether the menu item represents an object that no longer exists.",
                        "context": _VIEW, "type": "boolean", "readonly": True},
        }
        for taxonomy in self.rest_taxonomies():
            prop: dict[str, Any] = {"description": f"The terms assigned to the object in the {taxonomy.name} taxonomy.",
                                    "type": "array", "items": {"type": "integer"}, "context": ["view", "edit"]}
            if taxonomy.name == "nav_menu":
                prop["type"] = "integer"
                del prop["items"]
            props[taxonomy.base] = prop
        props["meta"] = {"description": "Meta fields.", "type": "object", "context": ["view", "edit"],
                         "properties": []}
        schema: dict[str, Any] = {"$schema": "http://json-schema.org/draft-04/schema#", "title": self.post_type,
                                  "type": "object", "properties": props}
        if rest_url is not None:
            links = schema_links(self.type, self.rest_taxonomies(), rest_url)
            links.append({"rel": "https://api.w.org/menu-item-object", "title": "Get linked object.",
                          "href": rest_url(f"{self.namespace}/{self.rest_base}/{{id}}"),
                          "targetSchema": {"type": "object", "properties": {"object": {"type": "integer"}}}})
            schema["links"] = links
        return schema

    def arg_options(self) -> dict[str, dict[str, Any]]:
        return {
            "attr_title": {"sanitize_callback": lambda value: sanitize_text_field(str(value))},
            "classes": {"sanitize_callback": _sanitize_classes},
            "description": {"sanitize_callback": lambda value: sanitize_text_field(str(value))},
            "object": {"sanitize_callback": sanitize_key},
            "url": {"validate_callback": _validate_url},
            "xfn": {"sanitize_callback": _sanitize_classes},
        }

    def get_collection_params(self) -> dict[str, dict[str, Any]]:
        params = super().get_collection_params()
        params["menu_order"] = {"description": "Limit result set to posts with a specific menu_order value.",
                                "type": "integer"}
        params["order"] = {"description": "Order sort attribute ascending or descending.", "type": "string",
                           "default": "asc", "enum": ["asc", "desc"]}
        params["orderby"] = {"description": "Sort collection by object attribute.", "type": "string",
                             "default": "menu_order", "enum": ["author", "date", "id", "include", "modified",
                                                               "parent", "relevance", "slug", "include_slugs",
                                                               "title", "menu_order"]}
        params["per_page"] = {**params["per_page"], "default": 100}
        return params

    # -- permissions ------------------------------------------------------------------------------
    def get_items_permissions_check(self, request: RestRequest) -> Any:
        allowed = super().get_items_permissions_check(request)
        return allowed if allowed is not True else can_read_menus(request, "menu items")

    def get_item_permissions_check(self, request: RestRequest) -> Any:
        allowed = super().get_item_permissions_check(request)
        return allowed if allowed is not True else can_read_menus(request, "menu items")

    # -- reading ----------------------------------------------------------------------------------
    def lookups(self, request: RestRequest) -> MenuItemLookups:
        """``wp_setup_nav_menu_item``'s lookups over this request's caches."""
        from broadsheet.content.permalinks import PermalinkSource, term_link
        from broadsheet.formatting.chains import render_title
        from broadsheet.query.term_query import load_term
        from broadsheet.rest.controllers.taxonomies import taxonomy_labels
        from broadsheet.rest.controllers.types import post_type_labels

        data = PostData.of(request)
        site = request.site

        def get_term(term_id: int, taxonomy: str) -> dict[str, Any] | None:
            term = load_term(request.ctx.conn, site.db, term_id) if term_id > 0 else None
            return term if term is not None and term["taxonomy"] == taxonomy else None

        def link(term: dict[str, Any], taxonomy: Any) -> str:
            ancestors: list[str] = []
            parent = int(term["parent"])
            while parent and taxonomy is not None and taxonomy.hierarchical and len(ancestors) < 50:
                row = load_term(request.ctx.conn, site.db, parent)
                if row is None:
                    break
                ancestors.insert(0, str(row["slug"]))
                parent = int(row["parent"])
            return term_link(PermalinkSource(options=request.ctx.options), term_id=int(term["term_id"]),
                             slug=str(term["slug"]), taxonomy=str(term["taxonomy"]),
                             ancestors=ancestors if taxonomy is not None and taxonomy.hierarchical else None,
                             rewrite_slug=getattr(taxonomy, "rewrite_slug", None),
                             query_var=bool(getattr(taxonomy, "publicly_queryable", True)))

        def archive_link(name: str) -> Any:
            """``get_post_type_archive_link``: the posts page or home for posts, False without an archive."""
            post_type = site.post_types.get(name)
            if name == "post":
                page_for_posts = _int(request.ctx.options.get("page_for_posts"))
                posts_page = data.post(page_for_posts) if page_for_posts else None
                if request.ctx.options.get("show_on_front") == "page" and posts_page is not None:
                    return data.permalink(posts_page)
                return site.home
            if post_type is None or not post_type.has_archive:
                return False
            structure = str(request.ctx.options.get("permalink_structure") or "")
            slug = post_type.has_archive if isinstance(post_type.has_archive, str) else name
            return f"{site.home}/{slug}/" if structure else f"{site.home}/?post_type={name}"

        return MenuItemLookups(
            meta=data.meta_values, get_post=data.post,
            post_title=lambda post: render_title(post.post_title, data.render_context(post), site.hooks),
            permalink=data.permalink, post_type=site.post_types.get, post_type_labels=post_type_labels,
            post_type_archive_link=archive_link, taxonomy=site.taxonomies.get, taxonomy_labels=taxonomy_labels,
            get_term=get_term, term_link=link)

    def menu_item(self, request: RestRequest, post: Any) -> MenuItem:
        return setup_nav_menu_item(post, self.lookups(request))

    def menu_id(self, request: RestRequest, item_id: int) -> int:
        """``get_menu_id``: the item's first ``nav_menu`` term."""
        terms = PostData.of(request).post_terms(item_id, "nav_menu")
        return int(terms[0].term_id) if terms else 0

    def prepare_item_for_response(self, post: Any, request: RestRequest) -> dict[str, Any]:
        """The item's fields in WordPress's order, filtered by context, then the links."""
        schema = self.get_item_schema()
        fields = fields_for_response(request, schema["properties"])
        item = self.menu_item(request, post)
        out: dict[str, Any] = {}

        def included(name: str) -> bool:
            return is_field_included(name, fields)

        if included("id"):
            out["id"] = item.ID
        if included("title"):
            out["title"] = {}
        if included("title.raw"):
            out["title"]["raw"] = item.title
        if included("title.rendered"):
            from broadsheet.formatting.chains import render_title

            out["title"]["rendered"] = render_title(item.title, PostData.of(request).render_context(post),
                                                    request.site.hooks)
        for name, value in (("status", item.post_status), ("url", item.url), ("attr_title", item.attr_title),
                            ("description", item.description), ("type", item.type),
                            ("type_label", item.type_label), ("object", item.object),
                            ("object_id", abs(_int(item.object_id))), ("parent", _int(item.menu_item_parent)),
                            ("menu_order", item.menu_order), ("target", item.target),
                            ("classes", list(item.classes)),
                            ("xfn", [sanitize_html_class(x) for x in item.xfn.split(" ")]),
                            ("invalid", item.invalid)):
            if included(name):
                out[name] = value
        if included("meta"):
            out["meta"] = []
        for taxonomy in self.rest_taxonomies():
            if included(taxonomy.base):
                ids = [t.term_id for t in PostData.of(request).post_terms(post.ID, taxonomy.name)]
                out[taxonomy.base] = (ids[0] if ids else 0) if taxonomy.name == "nav_menu" else ids
        out = self.filter_response_by_context(out, request.context)
        if included("_links") or included("_embedded"):
            from broadsheet.rest.controllers.post_links import item_links

            out["_links"] = item_links(self, request, post, PostData.of(request))
        return out

    def prepare_links(self, request: RestRequest, post: Any, data: PostData) -> Any:
        """The posts controller's links, then the linked object (``menu-item-object``)."""
        from broadsheet.rest.controllers.post_links import prepare_links, route_for_post

        links = prepare_links(self, request, post, data)
        item = self.menu_item(request, post)
        object_id = _int(item.object_id)
        if not object_id:
            return links
        path, kind = "", ""
        if item.type == "post_type":
            target = data.post(object_id)
            if target is not None:
                path, kind = route_for_post(request, target), target.post_type
        elif item.type == "taxonomy":
            from broadsheet.query.term_query import load_term

            term = load_term(request.ctx.conn, request.site.db, object_id)
            taxonomy = request.site.taxonomies.get(term["taxonomy"]) if term is not None else None
            if term is not None and taxonomy is not None and taxonomy.show_in_rest:
                path, kind = f"/{taxonomy.rest_namespace}/{taxonomy.base}/{object_id}", str(term["taxonomy"])
        if path and kind:
            links.add("https://api.w.org/menu-item-object", self.server.rest_url(path),
                      **{item.type: kind, "embeddable": True})
        return links

    # -- writes -----------------------------------------------------------------------------------
    def prepare_item_for_database(self, request: RestRequest) -> dict[str, Any]:  # type: ignore[override]
        """The ``menu-item-*`` array ``wp_update_nav_menu_item`` takes (``rest_pre_insert_nav_menu_item``)."""
        item_id = _int(request.get_param("id"))
        existing = PostData.of(request).post(item_id) if item_id else None
        if existing is not None and existing.post_type == "nav_menu_item":
            item = self.menu_item(request, existing)
            prepared: dict[str, Any] = {
                "menu-item-db-id": item_id, "menu-item-object-id": item.object_id, "menu-item-object": item.object,
                "menu-item-parent-id": item.menu_item_parent,
                "menu-item-position": 1 if item.menu_order == 0 else item.menu_order,
                "menu-item-type": item.type, "menu-item-title": item.title, "menu-item-url": item.url,
                "menu-item-description": item.description, "menu-item-attr-title": item.attr_title,
                "menu-item-target": item.target, "menu-item-classes": list(item.classes),
                "menu-item-xfn": item.xfn.split(" "), "menu-item-status": item.post_status,
                "menu-id": self.menu_id(request, item_id)}
        else:
            prepared = {"menu-id": 0, "menu-item-db-id": 0, "menu-item-object-id": 0, "menu-item-object": "",
                        "menu-item-parent-id": 0, "menu-item-position": 1, "menu-item-type": "custom",
                        "menu-item-title": "", "menu-item-url": "", "menu-item-description": "",
                        "menu-item-attr-title": "", "menu-item-target": "", "menu-item-classes": [],
                        "menu-item-xfn": [], "menu-item-status": "publish"}
        mapping = {"menu-item-db-id": "id", "menu-item-object-id": "object_id", "menu-item-object": "object",
                   "menu-item-parent-id": "parent", "menu-item-position": "menu_order", "menu-item-type": "type",
                   "menu-item-url": "url", "menu-item-description": "description",
                   "menu-item-attr-title": "attr_title", "menu-item-target": "target",
                   "menu-item-classes": "classes", "menu-item-xfn": "xfn", "menu-item-status": "status"}
        for original, param in mapping.items():
            if request.get_param(param) is not None:
                prepared[original] = request.get_param(param)
        menus = request.get_param("menus")
        if menus:
            prepared["menu-id"] = abs(_int(menus))
        title = request.get_param("title")
        if title is not None:
            if isinstance(title, str):
                prepared["menu-item-title"] = title
            elif isinstance(title, dict) and title.get("raw"):
                prepared["menu-item-title"] = title["raw"]
        errors: list[RestError] = []
        if not prepared["menu-item-object"]:
            if prepared["menu-item-type"] == "taxonomy":
                from broadsheet.query.term_query import load_term

                term = load_term(request.ctx.conn, request.site.db, abs(_int(prepared["menu-item-object-id"])))
                if term is None:
                    errors.append(RestError("rest_term_invalid_id", "Invalid term ID.", 400))
                else:
                    prepared["menu-item-object"] = term["taxonomy"]
            elif prepared["menu-item-type"] == "post_type":
                target = PostData.of(request).post(abs(_int(prepared["menu-item-object-id"])))
                if target is None:
                    errors.append(RestError("rest_post_invalid_id", "Invalid post ID.", 400))
                else:
                    prepared["menu-item-object"] = target.post_type
        if prepared["menu-item-type"] == "post_type_archive" and (
                not prepared["menu-item-object"] or request.site.post_types.get(prepared["menu-item-object"]) is None):
            errors.append(RestError("rest_post_invalid_type", "Invalid post type.", 400))
        if prepared["menu-item-type"] == "custom":
            if prepared["menu-item-title"] == "":
                errors.append(RestError("rest_title_required",
                                        "The title is required when using a custom menu item type.", 400))
            if not prepared["menu-item-url"]:
                errors.append(RestError("rest_url_required",
                                        "The url is required when using a custom menu item type.", 400))
        if errors:
            first, *rest = errors
            raise RestError(first.code, first.message, 400, additional=rest)
        for key in ("menu-item-xfn", "menu-item-classes"):
            prepared[key] = " ".join(str(v) for v in prepared[key])
        if prepared["menu-item-status"] != "publish":
            prepared["menu-item-status"] = "draft"
        return prepared

    def _save(self, request: RestRequest, prepared: dict[str, Any]) -> int:
        """``wp_update_nav_menu_item( $menu_id, $db_id, $args, false )``."""
        from broadsheet.content.post_terms import set_object_terms
        from broadsheet.content.posts import PostError, insert_post, update_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env, post_write_error
        from broadsheet.storage.meta import delete_meta, update_meta

        conn, site = request.ctx.conn, request.site
        data = PostData.of(request)
        menu_id, item_id = _int(prepared["menu-id"]), _int(prepared["menu-item-db-id"])
        existing = data.post(item_id) if item_id else None
        if item_id and (existing is None or existing.post_type != "nav_menu_item"):
            raise RestError("update_nav_menu_item_failed", "The given object ID is not that of a menu item.", 400)
        menu = self._menu_term(request, menu_id)
        if menu is None and menu_id != 0:
            raise RestError("invalid_menu_id", "Invalid menu ID.", 400)
        args = dict(prepared)
        if menu_id == 0:
            args["menu-item-position"] = 1
        elif _int(args["menu-item-position"]) == 0:
            args["menu-item-position"] = self._next_position(request, menu_id)
        original_parent = existing.post_parent if existing is not None else 0
        original_title: str | None = None
        item_type = args["menu-item-type"]
        if item_type != "custom":
            args["menu-item-url"] = ""
            original_title = ""
            if item_type == "taxonomy":
                from broadsheet.query.term_query import load_term

                term = load_term(conn, site.db, _int(args["menu-item-object-id"]))
                if term is not None and term["taxonomy"] == args["menu-item-object"]:
                    original_parent, original_title = int(term["parent"]), str(term["name"])
            elif item_type == "post_type":
                original = data.post(_int(args["menu-item-object-id"]))
                if original is not None:
                    original_parent, original_title = int(original.post_parent), original.post_title
            elif item_type == "post_type_archive":
                from broadsheet.rest.controllers.types import post_type_labels

                post_type = site.post_types.get(str(args["menu-item-object"]))
                if post_type is not None:
                    original_title = str(post_type_labels(post_type)["archives"])
        post = menu_item_post_fields(args, original_title, int(original_parent))
        env = post_env(request)
        try:
            if not item_id:
                post["post_status"] = "publish" if args["menu-item-status"] == "publish" else "draft"
                item_id = insert_post(conn, env, post, fire_after_hooks=False)
        except PostError as error:
            raise post_write_error(error) from error
        if menu is not None and menu_id not in [t.term_id for t in data.post_terms(item_id, "nav_menu")]:
            set_object_terms(conn, site.db, item_id, [menu_id], "nav_menu", object_types=["nav_menu_item"])
        tables = site.db.tables
        for key, value in menu_item_meta(args, item_id):
            update_meta(conn, "post", item_id, key, value, tables=tables)
        if menu_id == 0:
            import time

            update_meta(conn, "post", item_id, "_menu_item_orphaned", str(int(time.time())), tables=tables)
        else:
            delete_meta(conn, "post", item_id, "_menu_item_orphaned", tables=tables)
        if _int(prepared["menu-item-db-id"]):
            post["post_status"] = "draft" if args["menu-item-status"] == "draft" else "publish"
            try:
                update_post(conn, env, item_id, post, fire_after_hooks=False)
            except PostError as error:
                raise post_write_error(error) from error
        forget_posts(request, env.touched | {item_id})
        return item_id

    def _menu_term(self, request: RestRequest, menu_id: int) -> dict[str, Any] | None:
        from broadsheet.query.term_query import load_term

        term = load_term(request.ctx.conn, request.site.db, menu_id) if menu_id > 0 else None
        return term if term is not None and term["taxonomy"] == "nav_menu" else None

    def _next_position(self, request: RestRequest, menu_id: int) -> int:
        """One past the last item's ``menu_order`` (``wp_get_nav_menu_items``, publish and draft)."""
        from sqlalchemy import func, select

        t = request.site.db.tables
        found = request.ctx.conn.execute(
            select(func.count(), func.max(t.posts.c.menu_order))
            .select_from(t.posts.join(t.term_relationships, t.term_relationships.c.object_id == t.posts.c.ID)
                         .join(t.term_taxonomy, t.term_taxonomy.c.term_taxonomy_id
                               == t.term_relationships.c.term_taxonomy_id))
            .where(t.term_taxonomy.c.term_id == menu_id, t.term_taxonomy.c.taxonomy == "nav_menu",
                   t.posts.c.post_type == "nav_menu_item", t.posts.c.post_status.in_(["publish", "draft"]))).first()
        count = int(found[0]) if found else 0
        return 1 + int(found[1]) if count else 0

    def create_item(self, request: RestRequest) -> RestResponse:
        if request.get_param("id"):
            raise RestError("rest_post_exists", "Cannot create existing post.", 400)
        item_id = self._save(request, self.prepare_item_for_database(request))
        return self._answer(request, item_id, 201)

    def update_item(self, request: RestRequest) -> RestResponse:
        self.get_post(request, request.get_param("id"))
        item_id = self._save(request, self.prepare_item_for_database(request))
        return self._answer(request, item_id, 200)

    def _answer(self, request: RestRequest, item_id: int, status: int) -> RestResponse:
        request.set_param("context", "edit")
        post = self.get_post(request, item_id)
        data = self.prepare_item_for_response(post, request)
        headers = {"Location": self.server.rest_url(f"/{self.namespace}/{self.rest_base}/{item_id}")} if status == 201 else {}
        return RestResponse(data, status, headers)

    def delete_item(self, request: RestRequest) -> RestResponse:
        from broadsheet.content.post_trash import delete_post
        from broadsheet.rest.controllers.post_writes import forget_posts, post_env

        post = self.get_post(request, request.get_param("id"))
        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported",
                            "Menu items do not support trashing. Set 'force=true' to delete.", 501)
        previous = self.prepare_item_for_response(post, request)
        previous.pop("_links", None)
        env = post_env(request)
        delete_post(request.ctx.conn, env, post.ID, force=True)
        forget_posts(request, env.touched | {post.ID})
        return RestResponse({"deleted": True, "previous": previous})


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def register_type(server: RestServer, post_type: PostType) -> None:
    register_with(server, MenuItemsController(server, post_type))
