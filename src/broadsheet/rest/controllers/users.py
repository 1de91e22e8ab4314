"""``/wp/v2/users`` and ``/wp/v2/users/me``: ``WP_REST_Users_Controller``, read side.

Callers without ``list_users`` only see users with published posts in a REST post type
(resources.md §7); the write endpoints are registered with WordPress's args and permission
checks so the index, ``Allow`` and ``targetHints`` are right.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from broadsheet.auth.roles import User
from broadsheet.content.avatars import avatar_urls, show_avatars
from broadsheet.content.permalinks import PermalinkSource, author_link
from broadsheet.query.user_query import SEARCH_COLUMNS, UserQuery, count_published_posts, count_users, query_users
from broadsheet.rest.controllers.common import CONTEXT_ARG, page_window
from broadsheet.rest.errors import RestError
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.links import LinkSet, pagination_headers
from broadsheet.rest.permissions import can_edit_any_rest_type, current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.schema import rest_get_endpoint_args_for_schema
from broadsheet.rest.schema import get_collection_params
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden
from broadsheet.storage.meta import load_meta

NAMESPACE = "wp/v2"
USER_META_KEYS = ("first_name", "last_name", "nickname", "description", "locale")


def register(server: RestServer) -> None:
    controller = UsersController()
    server.register_route(NAMESPACE, "/users", [
        Endpoint(READABLE, controller.get_items, controller.get_items_permissions_check,
                 controller.collection_params(server), allow_batch=True),
        Endpoint(CREATABLE, controller.create_item, controller.create_item_permissions_check,
                 controller.write_args(creating=True), allow_batch=True),
    ], schema=controller.get_item_schema)
    id_arg = {"id": {"description": "Unique identifier for the user.", "type": "integer"}}
    server.register_route(NAMESPACE, r"/users/(?P<id>[\d]+)", [
        Endpoint(READABLE, controller.get_item, controller.get_item_permissions_check,
                 {**id_arg, "context": dict(CONTEXT_ARG)}, allow_batch=True),
        Endpoint(EDITABLE, controller.update_item, controller.update_item_permissions_check,
                 {**id_arg, **controller.write_args(creating=False)}, allow_batch=True),
        Endpoint(DELETABLE, controller.delete_item, controller.delete_item_permissions_check,
                 {**id_arg, **controller.delete_args()}, allow_batch=True),
    ], schema=controller.get_item_schema)
    server.register_embed_primer(f"/{NAMESPACE}/users/(?P<id>[\\d]+)", controller.prime_embedded_users)
    server.register_route(NAMESPACE, "/users/me", [
        Endpoint(READABLE, controller.get_current_item, None, {"context": dict(CONTEXT_ARG)}),
        Endpoint(EDITABLE, controller.update_current_item, controller.update_current_item_permissions_check,
                 controller.write_args(creating=False)),
        Endpoint(DELETABLE, controller.delete_current_item, controller.delete_current_item_permissions_check,
                 controller.delete_args()),
    ], schema=controller.get_item_schema)


_ILLEGAL_USERNAME = ("This username is invalid because it uses illegal characters. Please enter only letters, "
                     "numbers, spaces, _, -, @, or .")


def check_username(value: Any, request: Any = None, param: str = "username") -> bool | RestError:
    """``check_username``: what ``validate_username`` accepts (strict ``sanitize_user`` leaves it as is)."""
    from broadsheet.formatting.sanitize import sanitize_user

    username = str(value)
    if not username or sanitize_user(username, True) != username:
        return RestError("rest_user_invalid_username", _ILLEGAL_USERNAME, 400)
    return True


def check_username_sanitize(value: Any, request: Any = None, param: str = "username") -> Any:
    return str(value).strip() if isinstance(value, str) else value


def check_user_password(value: Any, request: Any = None, param: str = "password") -> bool | RestError:
    """``check_user_password``: not empty, and no backslash."""
    password = str(value)
    if not password:
        return RestError("rest_user_invalid_password", "Passwords cannot be empty.", 400)
    if "\\" in password:
        return RestError("rest_user_invalid_password", 'Passwords cannot contain the "\\" character.', 400)
    return True


def check_password_sanitize(value: Any, request: Any = None, param: str = "password") -> Any:
    return value


def _rest_post_types(request: RestRequest) -> list[str]:
    return [t.name for t in request.site.post_types.rest_types()]


class UsersController:
    """The users routes."""

    # -- args ---------------------------------------------------------------------------
    def collection_params(self, server: RestServer) -> dict[str, Any]:
        types = [t.name for t in server.site.post_types.rest_types()]
        return {
            **get_collection_params(self.get_item_schema()),
            "exclude": {"description": "Ensure result set excludes specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
            "include": {"description": "Limit result set to specific IDs.", "type": "array",
                        "items": {"type": "integer"}, "default": []},
            "offset": {"description": "Offset the result set by a specific number of items.", "type": "integer"},
            "order": {"default": "asc", "description": "Order sort attribute ascending or descending.",
                      "enum": ["asc", "desc"], "type": "string"},
            "orderby": {"default": "name", "description": "Sort collection by user attribute.",
                        "enum": ["id", "include", "name", "registered_date", "slug", "include_slugs", "email", "url"],
                        "type": "string"},
            "slug": {"description": "Limit result set to users with one or more specific slugs.", "type": "array",
                     "items": {"type": "string"}},
            "roles": {"description": "Limit result set to users matching at least one specific role provided. Accepts csv list or single role.",
                      "type": "array", "items": {"type": "string"}},
            "capabilities": {"description": "Limit result set to users matching at least one specific capability provided. Accepts csv list or single capability.",
                             "type": "array", "items": {"type": "string"}},
            "who": {"description": "Limit result set to users who are considered authors.", "type": "string",
                    "enum": ["authors"]},
            "has_published_posts": {"description": "Limit result set to users who have published posts.",
                                    "type": ["boolean", "array"],
                                    "items": {"type": "string", "enum": {t: t for t in types}}},
            "search_columns": {"default": [], "description": "Array of column names to be searched.", "type": "array",
                               "items": {"enum": ["email", "name", "id", "username", "slug"], "type": "string"}},
        }

    def write_args(self, *, creating: bool) -> dict[str, Any]:
        """The item schema's writable fields as args (``get_endpoint_args_for_item_schema``)."""
        return rest_get_endpoint_args_for_schema(self.get_item_schema(),
                                                 "POST" if creating else ("POST", "PUT", "PATCH"))

    def delete_args(self) -> dict[str, Any]:
        return {
            "force": {"type": "boolean", "default": False,
                      "description": "Required to be true, as users do not support trashing."},
            "reassign": {"type": "integer", "description": "Reassign the deleted user's posts and links to this user ID.",
                         "required": True},
        }

    # -- permissions --------------------------------------------------------------------
    def get_items_permissions_check(self, request: RestRequest) -> bool | RestError:
        can_list = current_user_can(request, "list_users")
        if request.get_param("roles") and not can_list:
            return forbidden(request, "rest_user_cannot_view", "Sorry, you are not allowed to filter users by role.")
        if request.get_param("capabilities") and not can_list:
            return forbidden(request, "rest_user_cannot_view",
                             "Sorry, you are not allowed to filter users by capability.")
        if request.context == "edit" and not can_list:
            return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit users.")
        if request.get_param("orderby") in ("email", "registered_date") and not can_list:
            return forbidden(request, "rest_forbidden_orderby", "Sorry, you are not allowed to order users by this parameter.")
        if request.get_param("who") == "authors" and not can_edit_any_rest_type(request):
            return forbidden(request, "rest_forbidden_who", "Sorry, you are not allowed to query users by this parameter.")
        return True

    def _get_user(self, request: RestRequest, user_id: Any) -> User | RestError:
        error = RestError("rest_user_invalid_id", "Invalid user ID.", 404)
        if not isinstance(user_id, int) or user_id <= 0:
            return error
        user = request.ctx.users.get(user_id) or request.ctx.auth_store().get_user(user_id)
        if user is None:
            return error
        request.ctx.users[user_id] = user
        return user

    def get_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        user = self._get_user(request, request.get_param("id"))
        if isinstance(user, RestError):
            return user
        if request.user is not None and request.user.ID == user.ID:
            return True
        can_edit = current_user_can(request, "edit_user", user.ID)
        if request.context == "edit" and not can_edit:
            return forbidden(request, "rest_forbidden_context", "Sorry, you are not allowed to edit this user.")
        if not can_edit and not current_user_can(request, "list_users") and not self._has_published_posts(request, user.ID):
            return forbidden(request, "rest_user_cannot_view", "Sorry, you are not allowed to list users.")
        return True

    def _has_published_posts(self, request: RestRequest, user_id: int) -> bool:
        cache = request.ctx.extra.setdefault("user_has_posts", {})
        if user_id not in cache:
            cache[user_id] = count_published_posts(request.ctx.conn, request.site.db, user_id,
                                                   _rest_post_types(request)) > 0
        return cache[user_id]

    def _prime_published_posts(self, request: RestRequest, user_ids: list[int]) -> None:
        """``_has_published_posts`` of many users: one grouped query instead of a count each."""
        cache = request.ctx.extra.setdefault("user_has_posts", {})
        missing = [u for u in user_ids if u not in cache]
        if not missing:
            return
        posts = request.site.db.tables.posts
        stmt = select(posts.c.post_author).where(
            posts.c.post_author.in_(missing), posts.c.post_status == "publish",
            posts.c.post_type.in_(_rest_post_types(request) or [""])).group_by(posts.c.post_author)
        authors = {int(row[0]) for row in request.ctx.conn.execute(stmt)}
        for user_id in missing:
            cache[user_id] = user_id in authors

    def prime_embedded_users(self, requests: list[RestRequest]) -> None:
        """Embed primer: the users (their meta and published-posts flags) of a response's ``author`` links."""
        ids = sorted({uid for r in requests if isinstance(uid := r.get_param("id"), int) and uid > 0})
        if not ids:
            return
        request = requests[0]
        missing = [u for u in ids if u not in request.ctx.users]
        if missing:
            request.ctx.users.update(request.ctx.auth_store().get_users(missing))
        found = [u for u in ids if u in request.ctx.users]
        self._prime_meta(request, found)
        if not current_user_can(request, "list_users"):
            self._prime_published_posts(request, found)

    def create_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        if not current_user_can(request, "create_users"):
            return forbidden(request, "rest_cannot_create_user", "Sorry, you are not allowed to create new users.")
        return True

    def update_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        user = self._get_user(request, request.get_param("id"))
        if isinstance(user, RestError):
            return user
        if request.has_param("roles") and not current_user_can(request, "promote_user", user.ID):
            return forbidden(request, "rest_cannot_edit_roles", "Sorry, you are not allowed to edit roles of this user.")
        if not current_user_can(request, "edit_user", user.ID):
            return forbidden(request, "rest_cannot_edit", "Sorry, you are not allowed to edit this user.")
        return True

    def delete_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        user = self._get_user(request, request.get_param("id"))
        if isinstance(user, RestError):
            return user
        if not current_user_can(request, "delete_user", user.ID):
            return forbidden(request, "rest_user_cannot_delete", "Sorry, you are not allowed to delete this user.")
        return True

    def update_current_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        if request.user is None:
            return RestError("rest_not_logged_in", "You are not currently logged in.", 401)
        request.sanitized["id"] = request.user.ID
        return self.update_item_permissions_check(request)

    def delete_current_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        if request.user is None:
            return RestError("rest_not_logged_in", "You are not currently logged in.", 401)
        request.sanitized["id"] = request.user.ID
        return self.delete_item_permissions_check(request)

    # -- reads --------------------------------------------------------------------------
    def get_items(self, request: RestRequest) -> RestResponse:
        per_page, page, offset = page_window(request)
        can_list = current_user_can(request, "list_users")
        query = UserQuery(
            include=list(request.get_param("include") or []), exclude=list(request.get_param("exclude") or []),
            slugs=list(request.get_param("slug") or []), roles=list(request.get_param("roles") or []),
            capabilities=list(request.get_param("capabilities") or []),
            orderby=request.get_param("orderby") or "name", order=request.get_param("order") or "asc",
            number=per_page, offset=offset,
            authors_only=request.get_param("who") == "authors",
        )
        published = request.get_param("has_published_posts")
        if published is True:
            query.has_published_posts = _rest_post_types(request)
        elif isinstance(published, list) and published:
            query.has_published_posts = list(published)
        if not can_list and not query.authors_only:
            # who=authors (allowed to post editors) lists every author, published or not (observed on 7.1.4)
            query.has_published_posts = _rest_post_types(request)
        search = request.get_param("search")
        if search:
            query.search = f"*{search}*"
            columns = [SEARCH_COLUMNS[c] for c in request.get_param("search_columns") or [] if c in SEARCH_COLUMNS]
            if not can_list:
                columns = [c for c in columns if c != "user_email"] or ["ID", "user_login", "user_nicename", "display_name"]
            query.search_columns = columns
        conn, db = request.ctx.conn, request.site.db
        rows = query_users(conn, db, query)
        # An embedded collection's X-WP-Total is dropped: no COUNT(*) when the page shows them all.
        total = len(rows) if request.is_embed and query.offset == 0 and len(rows) < per_page else (
            count_users(conn, db, query))
        users = request.ctx.auth_store().get_users([int(r["ID"]) for r in rows])
        request.ctx.users.update(users)
        self._prime_meta(request, list(users))
        if not can_list:  # targetHints ask get_item_permissions_check of each listed user
            if query.has_published_posts == _rest_post_types(request):
                request.ctx.extra.setdefault("user_has_posts", {}).update(dict.fromkeys(users, True))
            self._prime_published_posts(request, list(users))
        items = []
        for row in rows:
            user = users.get(int(row["ID"]))
            if user is None:
                continue
            if request.context == "edit" and not current_user_can(request, "edit_user", user.ID):
                continue
            items.append(self.prepare_item_for_response(user, request))
        headers = pagination_headers(request, request.site.rest_url("/wp/v2/users"), total, per_page, page)
        return RestResponse(items, headers=headers)

    def get_item(self, request: RestRequest) -> dict[str, Any]:
        user = self._get_user(request, request.get_param("id"))
        if isinstance(user, RestError):
            raise user
        return self.prepare_item_for_response(user, request)

    def get_current_item(self, request: RestRequest) -> dict[str, Any]:
        if request.user is None:
            raise RestError("rest_not_logged_in", "You are not currently logged in.", 401)
        return self.prepare_item_for_response(request.user, request)

    def _prime_meta(self, request: RestRequest, user_ids: list[int]) -> None:
        cache = request.ctx.extra.setdefault("user_meta", {})
        missing = [u for u in user_ids if u not in cache]
        if missing:
            prefix = request.site.db.prefix
            keys = [*USER_META_KEYS, f"{prefix}persisted_preferences"]
            cache.update(load_meta(request.ctx.conn, "user", missing, keys=keys, unserialize=True,
                                   tables=request.site.db.tables))

    def _meta(self, request: RestRequest, user_id: int, key: str) -> Any:
        self._prime_meta(request, [user_id])
        values = request.ctx.extra["user_meta"].get(user_id, {}).get(key)
        return values[0] if values else ""

    # -- representation -------------------------------------------------------------------
    def prepare_item_for_response(self, user: User, request: RestRequest) -> dict[str, Any]:
        """The user in the request's context, keys in WordPress's order."""
        fields = parse_fields(request.get_param("_fields"))
        context = request.context
        edit = context == "edit"
        options = request.ctx.options
        data: dict[str, Any] = {}

        def want(name: str, contexts: tuple[str, ...]) -> bool:
            return context in contexts and is_field_included(name, fields)

        everywhere = ("embed", "view", "edit")
        if want("id", everywhere):
            data["id"] = user.ID
        if want("username", ("edit",)):
            data["username"] = user.user_login
        if want("name", everywhere):
            data["name"] = user.display_name
        if want("first_name", ("edit",)):
            data["first_name"] = self._meta(request, user.ID, "first_name")
        if want("last_name", ("edit",)):
            data["last_name"] = self._meta(request, user.ID, "last_name")
        if want("email", ("edit",)):
            data["email"] = user.user_email
        if want("url", everywhere):
            data["url"] = user.user_url
        if want("description", everywhere):
            data["description"] = self._meta(request, user.ID, "description")
        if want("link", everywhere):
            data["link"] = author_link(PermalinkSource(options=options), user.ID, user.user_nicename)
        if want("locale", ("edit",)):
            data["locale"] = self._meta(request, user.ID, "locale") or str(options.get("WPLANG") or "") or "en_US"
        if want("nickname", ("edit",)):
            data["nickname"] = self._meta(request, user.ID, "nickname")
        if want("slug", everywhere):
            data["slug"] = user.user_nicename
        if want("roles", ("edit",)):
            data["roles"] = list(user.roles)
        if want("registered_date", ("edit",)):
            data["registered_date"] = user.user_registered.replace(" ", "T") + "+00:00"
        if want("capabilities", ("edit",)):
            from broadsheet.rest.encoding import JSONObject

            data["capabilities"] = JSONObject({k: bool(v) for k, v in user.allcaps.items()})
        if want("extra_capabilities", ("edit",)):
            from broadsheet.rest.encoding import JSONObject

            data["extra_capabilities"] = JSONObject({k: bool(v) for k, v in user.caps.items()})
        if want("avatar_urls", everywhere) and show_avatars(options):
            data["avatar_urls"] = avatar_urls(user.user_email, options)
        if want("meta", ("view", "edit")):
            if edit:
                prefs = self._meta(request, user.ID, f"{request.site.db.prefix}persisted_preferences")
                data["meta"] = {"persisted_preferences": prefs if isinstance(prefs, dict) and prefs else []}
            else:
                data["meta"] = []
        if not fields or is_field_included("_links", fields) or is_field_included("_embedded", fields):
            links = LinkSet(request)
            links.add("self", request.site.rest_url(f"/wp/v2/users/{user.ID}"))
            links.add("collection", request.site.rest_url("/wp/v2/users"))
            data["_links"] = links.compact()
        return request.site.hooks.apply_filters("rest_prepare_user", data, user, request)

    def get_item_schema(self) -> dict[str, Any]:
        everywhere = ["embed", "view", "edit"]
        return {
            "$schema": "http://json-schema.org/draft-04/schema#", "title": "user", "type": "object",
            "properties": {
                "id": {"description": "Unique identifier for the user.", "type": "integer", "context": everywhere, "readonly": True},
                "username": {"description": "Login name for the user.", "type": "string", "context": ["edit"], "required": True,
                             "arg_options": {"sanitize_callback": check_username_sanitize, "validate_callback": check_username}},
                "name": {"description": "Display name for the user.", "type": "string", "context": everywhere},
                "first_name": {"description": "First name for the user.", "type": "string", "context": ["edit"]},
                "last_name": {"description": "Last name for the user.", "type": "string", "context": ["edit"]},
                "email": {"description": "The email address for the user.", "type": "string", "format": "email", "context": ["edit"], "required": True},
                "url": {"description": "URL of the user.", "type": "string", "format": "uri", "context": everywhere},
                "description": {"description": "Description of the user.", "type": "string", "context": everywhere},
                "link": {"description": "Author URL of the user.", "type": "string", "format": "uri", "context": everywhere, "readonly": True},
                "locale": {"description": "Locale for the user.", "type": "string", "enum": ["", "en_US"], "context": ["edit"]},
                "nickname": {"description": "The nickname for the user.", "type": "string", "context": ["edit"]},
                "slug": {"description": "An alphanumeric identifier for the user.", "type": "string", "context": everywhere},
                "registered_date": {"description": "Registration date for the user.", "type": "string", "format": "date-time", "context": ["edit"], "readonly": True},
                "roles": {"description": "Roles assigned to the user.", "type": "array", "items": {"type": "string"}, "context": ["edit"]},
                "password": {"description": "Password for the user (never included).", "type": "string", "context": [], "required": True,
                             "arg_options": {"sanitize_callback": check_password_sanitize, "validate_callback": check_user_password}},
                "capabilities": {"description": "All capabilities assigned to the user.", "type": "object", "context": ["edit"], "readonly": True},
                "extra_capabilities": {"description": "Any extra capabilities assigned to the user.", "type": "object", "context": ["edit"], "readonly": True},
                "avatar_urls": {"description": "Avatar URLs for the user.", "type": "object", "context": everywhere, "readonly": True,
                                "properties": {str(s): {"description": f"Avatar URL with image size of {s} pixels.", "type": "string", "format": "uri", "context": everywhere} for s in (24, 48, 96)}},
                "meta": {"description": "Meta fields.", "type": "object", "context": ["view", "edit"], "properties": {
                    "persisted_preferences": {
                        "type": "object", "title": "", "description": "", "default": [], "context": ["edit"],
                        "properties": {"_modified": {"description": "The date and time the preferences were updated.",
                                                     "type": "string", "format": "date-time", "readonly": False}},
                        "additionalProperties": True}}},
            },
        }

    # -- writes (issue: users and auth) -------------------------------------------------
    def create_item(self, request: RestRequest) -> Any:
        from broadsheet.rest.controllers.user_writes import create_user

        return create_user(self, request)

    def update_item(self, request: RestRequest) -> Any:
        from broadsheet.rest.controllers.user_writes import update_user

        return update_user(self, request)

    def delete_item(self, request: RestRequest) -> Any:
        from broadsheet.rest.controllers.user_writes import delete_user

        return delete_user(self, request)

    def update_current_item(self, request: RestRequest) -> Any:
        request.sanitized["id"] = request.user.ID
        return self.update_item(request)

    def delete_current_item(self, request: RestRequest) -> Any:
        request.sanitized["id"] = request.user.ID
        return self.delete_item(request)
