"""``_links`` of a post item: ``prepare_links`` and ``get_available_actions`` (WordPress 7.1.4).

Relations in core's order: self, collection, about, author, replies, version-history,
predecessor-version, up, wp:featuredmedia (only when readable), wp:attachment, wp:term, then
in ``context=edit`` the action relations the caller's capabilities allow (rest-api.md §8.2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from broadsheet.rest.links import LinkSet, add_query_args
from broadsheet.rest.request import RestRequest

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.post_data import PostData
    from broadsheet.rest.controllers.posts import PostsController

__all__ = ["prepare_links", "available_actions", "route_for_post"]

API = "https://api.w.org/"


def route_for_post(request: RestRequest, post: WPPost) -> str:
    """``rest_get_route_for_post``: ``/wp/v2/{rest_base}/{id}`` for REST types, else ``""``."""
    post_type = request.site.post_types.get(post.post_type)
    if post_type is None or not post_type.show_in_rest:
        return ""
    if post_type.name == "revision":
        return ""
    return f"/{post_type.rest_namespace}/{post_type.base}/{post.ID}"


def _featured_media_readable(data: PostData, media_id: int) -> bool:
    """``'publish' === get_post_status($id) || current_user_can('read_post', $id)``."""
    media = data.post(media_id)
    if media is not None and data.effective_status(media) == "publish":
        return True
    return data.can("read_post", media_id)


def prepare_links(controller: PostsController, request: RestRequest, post: WPPost, data: PostData) -> LinkSet:
    """The item's links (before the edit-context actions)."""
    server = request.server
    assert server is not None
    url = server.rest_url
    links = LinkSet(request)
    ptype = controller.type
    links.add("self", url(route_for_post(request, post) or f"/{controller.namespace}/{controller.rest_base}/{post.ID}"))
    links.add("collection", url(f"/{controller.namespace}/{controller.rest_base}"))
    links.add("about", url(f"/wp/v2/types/{controller.post_type}"))
    core = post.post_type in ("post", "page")
    if (core or ptype.supports_feature("author")) and post.post_author:
        links.add("author", url(f"/wp/v2/users/{post.post_author}"), embeddable=True)
    if core or ptype.supports_feature("comments"):
        links.add("replies", add_query_args(url("/wp/v2/comments"), {"post": post.ID}), embeddable=True)
    if core or ptype.supports_feature("revisions"):
        stats = data.revision_stats(post.ID)
        base = f"/{controller.namespace}/{controller.rest_base}/{post.ID}/revisions"
        links.add("version-history", url(base), count=stats.count)
        if stats.count > 0:
            links.add("predecessor-version", url(f"{base}/{stats.latest_id}"), id=stats.latest_id)
    if ptype.hierarchical and post.post_parent:
        parent = data.post(post.post_parent)
        parent_route = route_for_post(request, parent) if parent is not None else ""
        links.add("up", url(parent_route), embeddable=True)
    media_id = data.thumbnail_id(post.ID)
    if media_id and _featured_media_readable(data, media_id):
        media = data.post(media_id)
        route = route_for_post(request, media) if media is not None else ""
        links.add(API + "featuredmedia", url(route), embeddable=True)
    if post.post_type not in ("attachment", "nav_menu_item", "revision"):
        attachment_type = request.site.post_types.get("attachment")
        base = attachment_type.base if attachment_type is not None else "media"
        links.add(API + "attachment", add_query_args(url(f"/wp/v2/{base}"), {"parent": post.ID}))
    for taxonomy in request.site.taxonomies.for_object_type(post.post_type):
        if not taxonomy.show_in_rest:
            continue
        href = add_query_args(url(f"/{taxonomy.rest_namespace}/{taxonomy.base}"), {"post": post.ID})
        links.add(API + "term", href, taxonomy=taxonomy.name, embeddable=True)
    return links


def available_actions(controller: PostsController, request: RestRequest, post: WPPost, data: PostData) -> list[str]:
    """``get_available_actions``: action relations for ``context=edit``."""
    if request.context != "edit":
        return []
    rels: list[str] = []
    ptype = request.site.post_types.get(post.post_type) or controller.type
    cap = ptype.cap
    if controller.post_type != "attachment" and data.can(cap["publish_posts"]):
        rels.append(API + "action-publish")
    if data.can("unfiltered_html"):
        rels.append(API + "action-unfiltered-html")
    if ptype.name == "post" and data.can(cap["edit_others_posts"]) and data.can(cap["publish_posts"]):
        rels.append(API + "action-sticky")
    if ptype.supports_feature("author") and data.can(cap["edit_others_posts"]):
        rels.append(API + "action-assign-author")
    for tax in controller.rest_taxonomies():
        create_cap = tax.cap["edit_terms"] if tax.hierarchical else tax.cap["assign_terms"]
        if data.can(create_cap):
            rels.append(API + f"action-create-{tax.base}")
        if data.can(tax.cap["assign_terms"]):
            rels.append(API + f"action-assign-{tax.base}")
    return rels


def item_links(controller: PostsController, request: RestRequest, post: WPPost, data: PostData) -> dict[str, Any]:
    """The compacted ``_links`` object of one post, actions included."""
    links = controller.prepare_links(request, post, data)
    self_href = links.links["self"][0]["href"]
    for rel in available_actions(controller, request, post, data):
        links.add(rel, self_href)
    return links.compact()
