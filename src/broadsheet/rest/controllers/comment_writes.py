"""Create, update and delete of comments over REST (``WP_REST_Comments_Controller`` write half)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, update

from broadsheet.content import comments as store
from broadsheet.content.dates import local_from_request_date
from broadsheet.formatting.escape import _wp_specialchars
from broadsheet.formatting.sanitize import sanitize_text_field
from broadsheet.formatting.urls import esc_url_raw
from broadsheet.rest.errors import RestError
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.server import forbidden

#: REST status words → ``comment_approved`` values (``handle_status_param``).
STATUS_WORDS = {"approved": "1", "approve": "1", "1": "1", "hold": "0", "0": "0", "spam": "spam", "unspam": "0",
                "trash": "trash", "untrash": "0"}


class CommentWrites:
    """Mixin of ``CommentsController``: write permissions and handlers."""

    def create_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        from broadsheet.rest.controllers.post_data import PostData

        if request.user is None:
            # Stock WordPress: anonymous comments over REST need a plugin (rest_allow_anonymous_comments).
            if not request.site.hooks.apply_filters("rest_allow_anonymous_comments", False, request) or \
                    str(request.ctx.options.get("comment_registration") or "0") not in ("", "0"):
                return RestError("rest_comment_login_required", "Sorry, you must be logged in to comment.", 401)
        moderator = current_user_can(request, "moderate_comments")
        if request.has_param("author") and (request.user is None or request.get_param("author") != request.user.ID) \
                and not moderator:
            return forbidden(request, "rest_comment_invalid_author", "Sorry, you are not allowed to edit 'author' for comments.")
        if request.has_param("author_ip") and not moderator and request.get_param("author_ip") != (request.remote_addr or ""):
            return forbidden(request, "rest_comment_invalid_author_ip", "Sorry, you are not allowed to edit 'author_ip' for comments.")
        if request.has_param("status") and not moderator:
            return forbidden(request, "rest_comment_invalid_status", "Sorry, you are not allowed to edit 'status' for comments.")
        post_id = request.get_param("post")
        no_post = RestError("rest_comment_invalid_post_id", "Sorry, you are not allowed to create this comment without a post.", 403)
        if not post_id:
            return no_post
        if isinstance(post_id, list):
            post_id = 1  # PHP's (int) of a non-empty array (the collection's post[] reaching this check via Allow)
        post = PostData.of(request).post(post_id)
        if post is None:
            return no_post
        if post.post_status == "draft":
            return RestError("rest_comment_draft_post", "Sorry, you are not allowed to create a comment on this post.", 403)
        if post.post_status == "trash":
            return RestError("rest_comment_trash_post", "Sorry, you are not allowed to create a comment on this post.", 403)
        if not self.check_read_post_permission(request, post):  # type: ignore[attr-defined]
            return forbidden(request, "rest_cannot_read_post", "Sorry, you are not allowed to read the post for this comment.")
        if post.comment_status != "open":
            return RestError("rest_comment_closed", "Sorry, comments are closed for this item.", 403)
        return True

    def create_item(self, request: RestRequest) -> RestResponse:
        if request.get_param("id"):
            raise RestError("rest_comment_exists", "Cannot create existing comment.", 400)
        kind = request.get_param("type")
        if kind and kind != "comment":
            raise RestError("rest_invalid_comment_type", "Cannot create a comment with that type.", 400)
        prepared = self._prepare_for_database(request)
        content = prepared.get("comment_content", "")
        if not isinstance(content, str) or not content.strip():
            raise RestError("rest_comment_content_invalid", "Invalid comment content.", 400)
        prepared.setdefault("comment_date_gmt", store.now_gmt())
        prepared.setdefault("comment_date", prepared["comment_date_gmt"])
        user = request.user
        if user is not None and not any(prepared.get(k) for k in ("user_id", "comment_author", "comment_author_email",
                                                                   "comment_author_url")):
            prepared.update(user_id=user.ID, comment_author=user.display_name, comment_author_email=user.user_email,
                            comment_author_url=user.user_url)
        if str(request.ctx.options.get("require_name_email") or "0") not in ("", "0") and (
                not prepared.get("comment_author") or not prepared.get("comment_author_email")):
            raise RestError("rest_comment_author_data_required",
                            "Creating a comment requires valid author name and email values.", 400)
        prepared.setdefault("comment_author_email", "")
        prepared.setdefault("comment_author_url", "")
        prepared.setdefault("comment_agent", request.header("user-agent") or "")
        prepared.setdefault("comment_author_IP", request.remote_addr or "127.0.0.1")
        prepared.setdefault("comment_parent", 0)
        prepared["comment_type"] = "comment"
        prepared["comment_approved"] = self._allow(request, prepared)
        prepared["comment_content"] = store.sanitize_comment_content(
            prepared["comment_content"], unfiltered_html=current_user_can(request, "unfiltered_html"))
        comment_id = store.insert_comment(request.ctx.conn, request.site.db, prepared)
        if request.has_param("status"):
            self._handle_status(request, request.get_param("status"), comment_id)
        request.ctx.extra.get("comments", {}).pop(comment_id, None)
        request.sanitized["id"] = comment_id
        request.set_param("context", "edit")
        request.sanitized["id"] = comment_id
        comment = self._get_comment(request)  # type: ignore[attr-defined]
        self.prime(request, [comment])  # type: ignore[attr-defined]
        if not current_user_can(request, "moderate_comments"):
            request.set_param("context", "view")
        data = self.prepare_item_for_response(comment, request)  # type: ignore[attr-defined]
        return RestResponse(data, 201, {"Location": request.site.rest_url(f"/wp/v2/comments/{comment_id}")})

    def _allow(self, request: RestRequest, prepared: dict[str, Any]) -> str:
        """``wp_allow_comment``: 409 duplicates, 400 floods, then approved or held."""
        conn, db = request.ctx.conn, request.site.db
        if store.is_duplicate(conn, db, prepared):
            raise RestError("comment_duplicate",
                            "Duplicate comment detected; it looks as though you&#8217;ve already said that!", 409)
        moderator = current_user_can(request, "moderate_comments")
        if not moderator and not current_user_can(request, "manage_options") and store.is_flood(
                conn, db, prepared, user_id=request.user.ID if request.user is not None else None):
            raise RestError("comment_flood", "You are posting comments too quickly. Slow down.", 400)
        from broadsheet.rest.controllers.post_data import PostData

        post = PostData.of(request).post(prepared["comment_post_ID"])
        if request.user is not None and (moderator or (post is not None and post.post_author == request.user.ID)):
            return "1"
        return "1" if store.passes_moderation(conn, db, prepared, request.ctx.options) else "0"

    def _prepare_for_database(self, request: RestRequest) -> dict[str, Any]:
        prepared: dict[str, Any] = {}
        content = request.get_param("content")
        if isinstance(content, str):
            prepared["comment_content"] = content
        elif isinstance(content, dict) and isinstance(content.get("raw"), str):
            prepared["comment_content"] = content["raw"]
        if request.has_param("post"):
            prepared["comment_post_ID"] = int(request.get_param("post") or 0)
        if request.has_param("parent"):
            prepared["comment_parent"] = int(request.get_param("parent") or 0)
        if request.has_param("author"):
            user = request.ctx.auth_store().get_user(int(request.get_param("author") or 0))
            if user is not None:
                prepared.update(user_id=user.ID, comment_author=user.display_name,
                                comment_author_email=user.user_email, comment_author_url=user.user_url)
            else:
                raise RestError("rest_comment_author_invalid", "Invalid comment author ID.", 400)
        if request.has_param("author_name"):
            prepared["comment_author"] = _wp_specialchars(sanitize_text_field(request.get_param("author_name") or ""))
        if request.has_param("author_email"):
            prepared["comment_author_email"] = (request.get_param("author_email") or "").strip()
        if request.has_param("author_url"):
            prepared["comment_author_url"] = esc_url_raw(request.get_param("author_url") or "")
        # Every write records the address and agent, unless a moderator says otherwise.
        if request.has_param("author_ip") and current_user_can(request, "moderate_comments"):
            prepared["comment_author_IP"] = request.get_param("author_ip")
        else:
            prepared["comment_author_IP"] = request.remote_addr or "127.0.0.1"
        if request.get_param("author_user_agent"):
            prepared["comment_agent"] = request.get_param("author_user_agent")
        elif request.header("user-agent"):
            prepared["comment_agent"] = request.header("user-agent")
        options = request.ctx.options
        if request.get_param("date"):
            local = local_from_request_date(request.get_param("date"), options)
            if local:
                from broadsheet.content.dates import get_gmt_from_date

                prepared["comment_date"], prepared["comment_date_gmt"] = local, get_gmt_from_date(local, options)
        elif request.get_param("date_gmt"):
            gmt = local_from_request_date(request.get_param("date_gmt"), {"timezone_string": "UTC", "gmt_offset": "0"})
            if gmt:
                from broadsheet.content.dates import wp_timezone
                import datetime as _dt

                parsed = _dt.datetime.strptime(gmt, "%Y-%m-%d %H:%M:%S").replace(tzinfo=_dt.timezone.utc)
                prepared["comment_date_gmt"] = gmt
                prepared["comment_date"] = parsed.astimezone(wp_timezone(options)).strftime("%Y-%m-%d %H:%M:%S")
        return prepared

    def _handle_status(self, request: RestRequest, status: Any, comment_id: int) -> None:
        value = STATUS_WORDS.get(str(status))
        if value is not None:
            store.set_status(request.ctx.conn, request.site.db, comment_id, value)

    # -- update -------------------------------------------------------------------------
    def update_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        comment = self._get_comment(request)  # type: ignore[attr-defined]
        if isinstance(comment, RestError):
            return comment
        if not current_user_can(request, "edit_comment", int(comment["comment_ID"])):
            return forbidden(request, "rest_cannot_edit", "Sorry, you are not allowed to edit this comment.")
        return True

    def update_item(self, request: RestRequest) -> dict[str, Any]:
        comment = self._get_comment(request)  # type: ignore[attr-defined]
        if isinstance(comment, RestError):
            raise comment
        cid = int(comment["comment_ID"])
        if request.has_param("type") and request.get_param("type") != comment["comment_type"]:
            raise RestError("rest_comment_invalid_type", "Sorry, you are not allowed to change the comment type.", 404)
        prepared = self._prepare_for_database(request)
        if "comment_post_ID" in prepared and prepared["comment_post_ID"] != int(comment["comment_post_ID"]):
            if not current_user_can(request, "edit_post", prepared["comment_post_ID"]) and \
                    not current_user_can(request, "moderate_comments"):
                raise forbidden(request, "rest_comment_invalid_post_id", "Sorry, you are not allowed to update the comment to this post.")
        if "comment_content" in prepared:
            if not prepared["comment_content"].strip():
                raise RestError("rest_comment_content_invalid", "Invalid comment content.", 400)
            prepared["comment_content"] = store.sanitize_comment_content(
                prepared["comment_content"], unfiltered_html=current_user_can(request, "unfiltered_html"))
        t = request.site.db.tables.comments
        if prepared:
            request.ctx.conn.execute(update(t).where(t.c.comment_ID == cid).values(**prepared))
        if request.has_param("status"):
            self._handle_status(request, request.get_param("status"), cid)
        store.update_comment_count(request.ctx.conn, request.site.db, int(comment["comment_post_ID"]))
        request.ctx.extra.get("comments", {}).pop(cid, None)
        request.set_param("context", "edit")
        fresh = self._get_comment(request)  # type: ignore[attr-defined]
        self.prime(request, [fresh])  # type: ignore[attr-defined]
        return self.prepare_item_for_response(fresh, request)  # type: ignore[attr-defined]

    # -- delete -------------------------------------------------------------------------
    def delete_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        comment = self._get_comment(request)  # type: ignore[attr-defined]
        if isinstance(comment, RestError):
            return comment
        if not current_user_can(request, "edit_comment", int(comment["comment_ID"])):
            return forbidden(request, "rest_cannot_delete", "Sorry, you are not allowed to delete this comment.")
        return True

    def delete_item(self, request: RestRequest) -> dict[str, Any]:
        comment = self._get_comment(request)  # type: ignore[attr-defined]
        if isinstance(comment, RestError):
            raise comment
        cid = int(comment["comment_ID"])
        self.prime(request, [comment])  # type: ignore[attr-defined]
        request.set_param("context", "edit")
        previous = self.prepare_item_for_response(comment, request)  # type: ignore[attr-defined]
        conn, db = request.ctx.conn, request.site.db
        if request.get_param("force"):
            previous.pop("_links", None)  # WordPress returns the previous data without its links
            t = db.tables
            conn.execute(delete(t.commentmeta).where(t.commentmeta.c.comment_id == cid))
            conn.execute(update(t.comments).where(t.comments.c.comment_parent == cid)
                         .values(comment_parent=int(comment["comment_parent"])))
            conn.execute(delete(t.comments).where(t.comments.c.comment_ID == cid))
            store.update_comment_count(conn, db, int(comment["comment_post_ID"]))
            return {"deleted": True, "previous": previous}
        if str(comment["comment_approved"]) == "trash":
            raise RestError("rest_already_trashed", "The comment has already been trashed.", 410)
        from broadsheet.storage.meta import update_meta

        update_meta(conn, "comment", cid, "_wp_trash_meta_status", str(comment["comment_approved"]), tables=db.tables)
        import time

        update_meta(conn, "comment", cid, "_wp_trash_meta_time", str(int(time.time())), tables=db.tables)
        store.set_status(conn, db, cid, "trash")
        request.ctx.extra.get("comments", {}).pop(cid, None)
        fresh = self._get_comment(request)  # type: ignore[attr-defined]
        return self.prepare_item_for_response(fresh, request)  # type: ignore[attr-defined]
