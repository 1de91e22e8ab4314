"""``/wp/v2/media``: ``WP_REST_Attachments_Controller`` (WordPress 7.1.4) on top of ``PostsController``.

Attachments are posts of type ``attachment`` with status ``inherit``: the collection filters by
``media_type``/``mime_type`` and searches file names too, items add the file fields
(``media_details``, ``source_url``…) and a ``wp:attached-to`` link, and readability follows the
parent post. Besides the collection and item routes it registers ``/post-process`` and ``/edit``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.post_types import PostType
from broadsheet.rest.controllers.media_prepare import attachment_fields
from broadsheet.rest.controllers.media_schema import (
    add_attachment_properties,
    attachment_collection_params,
    create_only_args,
    edit_media_item_args,
    get_media_types,
    post_process_args,
)
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_prepare import (
    fields_for_response,
    filter_by_context,
)
from broadsheet.rest.controllers.post_schema import (
    context_param,
    endpoint_args_for_schema,
    get_item_schema,
)
from broadsheet.rest.controllers.posts import PostsController
from broadsheet.rest.errors import RestError
from broadsheet.rest.request import RestRequest
from broadsheet.rest.routes import CREATABLE, DELETABLE, EDITABLE, READABLE, Endpoint
from broadsheet.rest.server import RestServer, forbidden

__all__ = ["AttachmentsController", "register_type"]

API = "https://api.w.org/"


class AttachmentsController(PostsController):
    """The REST controller of attachments (``WP_REST_Attachments_Controller``)."""

    # -- schema and routes ----------------------------------------------------------------------
    def _base_schema(self, rest_url: Any) -> dict[str, Any]:
        schema = get_item_schema(self.type, self.rest_taxonomies(), rest_url, self.public_statuses())
        return add_attachment_properties(schema)

    def get_item_schema(self) -> dict[str, Any]:
        """The item schema without ``links`` (cached; context filtering reads it)."""
        if self._schema is None:
            self._schema = self._base_schema(None)
        return self._schema

    def get_public_item_schema(self) -> dict[str, Any]:
        """The full schema for OPTIONS, with ``links`` under the site's current REST URL."""
        return self._base_schema(self.server.rest_url)

    def get_collection_params(self) -> dict[str, dict[str, Any]]:
        return attachment_collection_params(super().get_collection_params())

    def item_args(self) -> dict[str, dict[str, Any]]:
        """Args of the single GET: ``id`` and ``context`` (attachments have no excerpt or password)."""
        return {"id": {"description": "Unique identifier for the post.", "type": "integer"},
                "context": context_param("view")}

    def arg_options(self) -> dict[str, dict[str, Any]]:
        """``arg_options`` of the attachment properties on top of the posts ones."""
        from broadsheet.formatting.sanitize import sanitize_text_field

        off = {"sanitize_callback": None, "validate_callback": None}
        options = super().arg_options()
        options["alt_text"] = {"sanitize_callback": lambda value, *_: sanitize_text_field(str(value))}
        options["caption"] = dict(off)
        options["description"] = dict(off)
        return options

    def register_routes(self) -> None:
        """Collection, item, ``/post-process`` and ``/edit`` routes (no batching for attachments)."""
        ns, base = self.namespace, self.rest_base
        schema = self._base_schema(None)
        create_args = endpoint_args_for_schema(schema, "POST", self.arg_options())
        create_args.update(create_only_args())
        create_args["url"]["validate_callback"] = self.validate_sideload_url
        self.server.register_route(ns, f"/{base}", [
            Endpoint(READABLE, self.get_items, self.get_items_permissions_check, self.get_collection_params()),
            Endpoint(CREATABLE, self.create_item, self.create_item_permissions_check, create_args),
        ], schema=self.get_public_item_schema)
        id_arg = {"id": {"description": "Unique identifier for the post.", "type": "integer"}}
        self.server.register_route(ns, f"/{base}/(?P<id>[\\d]+)", [
            Endpoint(READABLE, self.get_item, self.get_item_permissions_check, self.item_args()),
            Endpoint(EDITABLE, self.update_item, self.update_item_permissions_check,
                     {**id_arg, **endpoint_args_for_schema(schema, "PUT", self.arg_options())}),
            Endpoint(DELETABLE, self.delete_item, self.delete_item_permissions_check,
                     {**id_arg, "force": {"type": "boolean", "default": False,
                                          "description": "Whether to bypass Trash and force deletion."}}),
        ], schema=self.get_public_item_schema)
        self.server.register_route(ns, f"/{base}/(?P<id>[\\d]+)/post-process", [
            Endpoint(CREATABLE, self.post_process_item, self.post_process_item_permissions_check,
                     post_process_args()),
        ])
        self.server.register_route(ns, f"/{base}/(?P<id>[\\d]+)/edit", [
            Endpoint(CREATABLE, self.edit_media_item, self.edit_media_item_permissions_check,
                     edit_media_item_args(schema["properties"])),
        ])

    def validate_sideload_url(self, value: Any, request: RestRequest, param: str) -> Any:
        """``url``: schema checks, then only public HTTP(S) hosts (``wp_http_validate_url``)."""
        from broadsheet.content.http_validation import site_http_validate_url
        from broadsheet.rest.schema import rest_validate_request_arg

        valid = rest_validate_request_arg(value, request, param)
        if isinstance(valid, RestError):
            return valid
        if site_http_validate_url(request.ctx.site, value) is False:
            return RestError("rest_invalid_url",
                             "Invalid URL. Provide a valid, publicly reachable HTTP or HTTPS image URL.", 400)
        return True

    # -- collection ---------------------------------------------------------------------------
    def prepare_items_query(self, query: Any, request: RestRequest) -> None:
        """``prepare_items_query``: ``inherit`` by default, MIME filters, and file names searched too."""
        args = query.args
        if not args.post_status:
            args.post_status = ["inherit"]
        media_types = get_media_types()
        wanted: list[str] = []
        kinds = request.get_param("media_type")
        if isinstance(kinds, list):
            for kind in kinds:
                wanted.extend(media_types.get(str(kind), ()))
        mimes = request.get_param("mime_type")
        if isinstance(mimes, list):
            for mime in mimes:
                top = str(mime).split("/", 1)[0]
                if str(mime) in media_types.get(top, ()):
                    wanted.append(str(mime))
        if wanted:
            args.post_mime_type = list(dict.fromkeys(wanted))
        if args.s:
            args.search_attachment_filename = True

    def check_read_permission(self, request: RestRequest, post: Any, _depth: int = 0) -> bool:
        """Readability follows the parent: the parents of every loaded attachment are read in one query first."""
        if _depth == 0 and post.post_type == "attachment" and post.post_parent:
            self.prime_parents(request)
        return super().check_read_permission(request, post, _depth)

    def prime_parents(self, request: RestRequest) -> None:
        """Load the parents of the attachments in the identity cache (a page's rows) in one query."""
        cache = request.ctx.posts
        wanted = {getattr(p, "post_parent", 0) for p in list(cache.values())
                  if p is not None and getattr(p, "post_type", "") == "attachment"}
        missing = [i for i in wanted if i and i not in cache]
        if missing:
            PostData.of(request).posts(missing)

    def get_item(self, request: RestRequest) -> Any:
        """``get_item``, with every attachment already in the identity cache primed in one batch first.

        Embedded ``wp:featuredmedia`` / ``wp:attached-to`` sub-requests of a collection share its
        cache: the first one loads terms, meta and revision counts for all of them, not one by one.
        """
        self.prime_loaded_attachments(request)
        return super().get_item(request)

    def prime_loaded_attachments(self, request: RestRequest) -> None:
        """Terms, meta and revision counts of the cached attachments not loaded yet, one query each."""
        data = PostData.of(request)
        ids = [i for i, p in list(request.ctx.posts.items())
               if p is not None and getattr(p, "post_type", "") == "attachment"
               and (i not in data.meta or i not in data.terms or i not in data.revisions)]
        if len(ids) > 1:
            data.prime(list(data.posts(ids).values()))

    # -- items ----------------------------------------------------------------------------------
    def prepare_item_for_response(self, post: Any, request: RestRequest) -> dict[str, Any]:
        """The posts fields, then the attachment fields, with ``_links`` (``wp:attached-to`` added) last."""
        out = super().prepare_item_for_response(post, request)
        links = out.pop("_links", None)
        data = PostData.of(request)
        schema = self.get_item_schema()
        fields = fields_for_response(request, schema["properties"])
        field_set = set(fields)

        def included(name: str) -> bool:
            # in_array($name, $fields): a nested ``_fields`` entry (caption.rendered) does not count.
            return name in field_set

        render_ctx = None

        def render() -> Any:
            nonlocal render_ctx
            if render_ctx is None:
                render_ctx = data.render_context(post)
                render_ctx.post_mime_type = post.post_mime_type
            return render_ctx

        extra = attachment_fields(post, request, data, included, render, self.file_size)
        out.update(filter_by_context(extra, schema["properties"], request.context))
        if links is not None:
            out["_links"] = links
        hooks = request.ctx.site.hooks
        if hooks.has_filter("rest_prepare_attachment"):
            out = hooks.apply_filters("rest_prepare_attachment", out, post, request)
        return out

    def prepare_links(self, request: RestRequest, post: Any, data: PostData) -> Any:
        """``prepare_links``: the post links plus ``wp:attached-to`` for an existing parent."""
        from broadsheet.rest.controllers.post_links import route_for_post

        links = super().prepare_links(request, post, data)
        if post.post_parent:
            parent = data.post(post.post_parent)
            if parent is not None:
                server = request.server
                assert server is not None
                links.add(API + "attached-to", server.rest_url(route_for_post(request, parent)), embeddable=True,
                          post_type=parent.post_type, id=parent.ID)
        return links

    def file_size(self, relative_path: str) -> int | None:
        """The size of a stored upload (``wp_filesize``), or None when the media store lacks it."""
        from broadsheet.content.media_storage import media_storage_for

        storage = media_storage_for(self.site)
        return storage.size(relative_path) if storage is not None else None

    # -- permissions ------------------------------------------------------------------------------
    def create_item_permissions_check(self, request: RestRequest) -> Any:
        """The posts checks (``upload_files`` is the type's create cap), then ``edit_post`` on the parent."""
        result = super().create_item_permissions_check(request)
        if result is not True:
            return result
        data = PostData.of(request)
        if not data.can("upload_files"):
            return RestError("rest_cannot_create", "Sorry, you are not allowed to upload media on this site.", 400)
        parent = request.get_param("post")
        if parent and not data.can("edit_post", _int(parent)):
            return forbidden(request, "rest_cannot_edit", "Sorry, you are not allowed to upload media to this post.")
        from broadsheet.rest.controllers.media_uploads import unsupported_image_type

        return unsupported_image_type(request) or True

    def post_process_item_permissions_check(self, request: RestRequest) -> Any:
        return self.update_item_permissions_check(request)

    def edit_media_item_permissions_check(self, request: RestRequest) -> Any:
        if not PostData.of(request).can("upload_files"):
            return forbidden(request, "rest_cannot_edit_image", "Sorry, you are not allowed to upload media on this site.")
        return self.update_item_permissions_check(request)

    # -- writes -----------------------------------------------------------------------------------
    def create_item(self, request: RestRequest) -> Any:
        """``POST /media``: store the upload and insert its attachment (``media_uploads``)."""
        from broadsheet.rest.controllers.media_uploads import create_attachment

        return create_attachment(self, request)

    def update_item(self, request: RestRequest) -> Any:
        """``update_item``: write the sent fields, then answer with the attachment in edit context."""
        from broadsheet.rest.controllers.media_writes import update_attachment

        post = self.get_post(request, request.get_param("id"))
        data = PostData.of(request)
        parent_id = _int(request.get_param("post"))
        parent = data.post(parent_id) if parent_id else None
        if parent is not None and parent.post_type in ("revision", "attachment"):
            raise RestError("rest_invalid_param", "Invalid parent type.", 400)
        author = request.get_param("author")
        if author and _int(author) != post.post_author and not _user_exists(request, _int(author)):
            raise RestError("rest_invalid_author", "Invalid author ID.", 400)
        # featured_media is accepted and ignored here: WordPress's attachments update_item reads an
        # undefined $schema, so its handle_featured_media never runs (observed: 200, featured_media 0).
        update_attachment(request, self, post)
        post = self.get_post(request, post.ID)
        request.set_param("context", "edit")
        data.prime([post])
        return self.prepare_item_for_response(post, request)

    def delete_item(self, request: RestRequest) -> Any:
        """Attachments are not trashed: 501 without ``force``, else the files and the row go (``previous`` kept)."""
        from broadsheet.rest.controllers.media_writes import delete_attachment

        post = self.get_post(request, request.get_param("id"))
        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported",
                            "The post does not support trashing. Set 'force=true' to delete.", 501)
        request.set_param("context", "edit")
        PostData.of(request).prime([post])
        previous = self.prepare_item_for_response(post, request)
        previous.pop("_links", None)  # WP_REST_Response::get_data() holds no links
        delete_attachment(request, post)
        return {"deleted": True, "previous": previous}

    def post_process_item(self, request: RestRequest) -> Any:
        """``create-image-subsizes``: generate the sub-sizes an upload is still missing."""
        from broadsheet.rest.controllers.media_uploads import post_process_attachment

        return post_process_attachment(self, request)

    def edit_media_item(self, request: RestRequest) -> Any:
        """Flip/rotate/crop the image into a new attachment (``media_edit``)."""
        from broadsheet.rest.controllers.media_edit import edit_media_item

        return edit_media_item(self, request)


def _user_exists(request: RestRequest, user_id: int) -> bool:
    from sqlalchemy import select

    users = request.ctx.site.db.tables.users
    return request.ctx.conn.execute(select(users.c.ID).where(users.c.ID == user_id)).first() is not None


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def register_type(server: RestServer, post_type: PostType) -> None:
    """The attachment routes (``posts.POST_TYPE_CONTROLLERS`` calls this in type registration order)."""
    AttachmentsController(server, post_type).register_routes()
