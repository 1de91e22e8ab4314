"""Argument definitions and link shapes several controllers share."""

from __future__ import annotations

from typing import Any

from broadsheet.rest.links import LinkSet
from broadsheet.rest.request import RestRequest

CONTEXT_ARG: dict[str, Any] = {
    "description": "Scope under which the request is made; determines fields present in response.",
    "type": "string",
    "enum": ["view", "embed", "edit"],
    "default": "view",
}


def context_arg(default: str = "view", values: tuple[str, ...] = ("view", "embed", "edit")) -> dict[str, Any]:
    """The ``context`` arg with the schema's contexts (sorted descending, as WordPress lists them)."""
    return {**CONTEXT_ARG, "enum": list(values), "default": default}


def page_window(request: RestRequest) -> tuple[int, int, int]:
    """(per_page, page, row offset) of a collection request: a non-empty ``offset`` wins, else the page's
    first row (``empty( $request['offset'] )`` in WordPress's terms, users and comments controllers)."""
    per_page = int(request.get_param("per_page") or 10)
    page = int(request.get_param("page") or 1)
    offset = request.get_param("offset")
    return per_page, page, int(offset) if offset else (page - 1) * per_page


def links_for_registry_item(request: RestRequest, collection: str, items: str) -> dict[str, Any]:
    """``collection`` + ``wp:items`` links of a type or taxonomy."""
    links = LinkSet(request)
    links.add("collection", request.site.rest_url(collection))
    links.add("https://api.w.org/items", request.site.rest_url(items))
    return links.compact()
