"""Create, update and delete of terms over REST (``WP_REST_Terms_Controller`` write half)."""

from __future__ import annotations

from typing import Any

from broadsheet.content.terms import TermError, delete_term, insert_term, update_term
from broadsheet.rest.errors import RestError
from broadsheet.rest.schema import rest_get_endpoint_args_for_schema
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.server import forbidden


def _as_rest(error: TermError) -> RestError:
    return RestError(error.code, error.message, error.status, error.data, extra_body=error.extra_body)


class TermWrites:
    """Mixin of ``TermsController``: the write endpoints' args, permissions and handlers."""

    taxonomy: Any
    namespace: str
    base: str

    def write_args(self, *, creating: bool) -> dict[str, Any]:
        """The item schema's writable fields as args (``get_endpoint_args_for_item_schema``)."""
        return rest_get_endpoint_args_for_schema(self.get_item_schema(),  # type: ignore[attr-defined]
                                                 "POST" if creating else ("POST", "PUT", "PATCH"))

    # -- permissions ----------------------------------------------------------------------
    def create_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        cap = self.taxonomy.cap["edit_terms"] if self.taxonomy.hierarchical else self.taxonomy.cap["assign_terms"]
        if not current_user_can(request, cap):
            return forbidden(request, "rest_cannot_create", "Sorry, you are not allowed to create terms in this taxonomy.")
        return True

    def update_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        term = self._get_term(request)  # type: ignore[attr-defined]
        if isinstance(term, RestError):
            return term
        if not current_user_can(request, "edit_term", term["term_id"]):
            return forbidden(request, "rest_cannot_update", "Sorry, you are not allowed to edit this term.")
        return True

    def delete_item_permissions_check(self, request: RestRequest) -> bool | RestError:
        term = self._get_term(request)  # type: ignore[attr-defined]
        if isinstance(term, RestError):
            return term
        if not current_user_can(request, "delete_term", term["term_id"]):
            return forbidden(request, "rest_cannot_delete", "Sorry, you are not allowed to delete this term.")
        return True

    # -- handlers ---------------------------------------------------------------------------
    def _unfiltered(self, request: RestRequest) -> bool:
        return current_user_can(request, "unfiltered_html")

    def create_item(self, request: RestRequest) -> RestResponse:
        if request.has_param("parent") and not self.taxonomy.hierarchical:
            raise RestError("rest_taxonomy_not_hierarchical", "Cannot set parent term, taxonomy is not hierarchical.", 400)
        try:
            term_id = insert_term(
                request.ctx.conn, request.site.db, self.taxonomy.name, name=request.get_param("name") or "",
                hierarchical=self.taxonomy.hierarchical, slug=request.get_param("slug") or "",
                description=request.get_param("description") or "", parent=int(request.get_param("parent") or 0),
                unfiltered_html=self._unfiltered(request))
        except TermError as error:
            raise _as_rest(error) from error
        request.site.invalidate_options()
        request.ctx.terms.pop(term_id, None)
        request.ctx.extra.pop(f"terms:{self.taxonomy.name}", None)
        request.set_param("context", "edit")
        request.url_params["id"] = term_id
        request.sanitized["id"] = term_id
        term = self._get_term(request)  # type: ignore[attr-defined]
        data = self.prepare_item_for_response(term, request)  # type: ignore[attr-defined]
        location = request.site.rest_url(f"/{self.namespace}/{self.base}/{term_id}")
        return RestResponse(data, 201, {"Location": location})

    def update_item(self, request: RestRequest) -> dict[str, Any]:
        term = self._get_term(request)  # type: ignore[attr-defined]
        if isinstance(term, RestError):
            raise term
        if request.has_param("parent") and not self.taxonomy.hierarchical:
            raise RestError("rest_taxonomy_not_hierarchical", "Cannot set parent term, taxonomy is not hierarchical.", 400)
        changes = {k: request.get_param(k) for k in ("name", "slug", "description", "parent") if request.has_param(k)}
        try:
            update_term(request.ctx.conn, request.site.db, int(term["term_id"]), self.taxonomy.name,
                        hierarchical=self.taxonomy.hierarchical, changes=changes,
                        unfiltered_html=self._unfiltered(request))
        except TermError as error:
            raise _as_rest(error) from error
        request.ctx.terms.pop(int(term["term_id"]), None)
        request.ctx.extra.pop(f"terms:{self.taxonomy.name}", None)
        request.set_param("context", "edit")
        fresh = self._get_term(request)  # type: ignore[attr-defined]
        return self.prepare_item_for_response(fresh, request)  # type: ignore[attr-defined]

    def delete_item(self, request: RestRequest) -> dict[str, Any]:
        term = self._get_term(request)  # type: ignore[attr-defined]
        if isinstance(term, RestError):
            raise term
        if not request.get_param("force"):
            raise RestError("rest_trash_not_supported",
                            f"Terms do not support trashing. Set 'force=true' to delete.", 501)
        if self.taxonomy.name == "category" and int(term["term_id"]) == int(request.ctx.options.get("default_category") or 0):
            raise RestError("rest_cannot_delete", "Sorry, you are not allowed to delete this term.", 403)
        request.set_param("context", "edit")
        previous = self.prepare_item_for_response(term, request)  # type: ignore[attr-defined]
        previous.pop("_links", None)  # WordPress returns the previous data without its links
        delete_term(request.ctx.conn, request.site.db, int(term["term_id"]), self.taxonomy.name,
                    hierarchical=self.taxonomy.hierarchical)
        request.site.invalidate_options()
        return {"deleted": True, "previous": previous}
