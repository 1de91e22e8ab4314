"""Comment, comments and query loop blocks as the block renderer shows them (WordPress 7.1.4).

The renderer gives a block no inner blocks and no ``commentId``, ``queryId`` or ``query`` context,
and a REST request is never ``is_singular()``: the comment blocks, the comments and query
paginations, "no results", the query and comments wrappers render nothing. What would need real
work answers ``UnsupportedBlock`` (a comment's context, inner content, the legacy comments
template, an open post's comment form; a protected post's form is empty). Observed in
``tests/golden/cases-block-renderer-context.jsonl``.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.site_blocks import BlockSite, Renderer, UnsupportedBlock, context_post, registered_block
from broadsheet.formatting.dynamic_blocks import DynamicBlock, DynamicRender

__all__ = ["blocks"]

#: Blocks that show their ``commentId`` context's comment: nothing without one.
COMMENT_BLOCKS = ("core/comment-author-name", "core/comment-content", "core/comment-date",
                  "core/comment-edit-link", "core/comment-reply-link")
#: Wrappers around their inner blocks: nothing when those render empty.
WRAPPERS = ("core/comments-pagination", "core/query-pagination", "core/query-no-results", "core/query")
#: Comment pagination links: ``get_next_comments_link`` and the others need ``is_singular()``.
COMMENT_PAGINATION = ("core/comments-pagination-next", "core/comments-pagination-numbers",
                      "core/comments-pagination-previous")


def _comment_block(name: str) -> Renderer:
    def render_comment_field(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if "commentId" in rendered.context:
            raise UnsupportedBlock(name, "commentId")  # a comment template's comment: not built yet
        return ""

    return render_comment_field


def _wrapper(name: str) -> Renderer:
    def render_wrapper(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if rendered.content.strip():
            raise UnsupportedBlock(name, "innerBlocks")
        return ""

    return render_wrapper


def _not_singular(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
    return ""  # a REST request is never is_singular()


def blocks(site: BlockSite) -> dict[str, DynamicBlock]:
    """The context-less comment and query blocks bound to ``site``."""

    def render_comments(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        if "postId" in rendered.context and attributes.get("legacy"):
            raise UnsupportedBlock("core/comments", "legacy")  # comments_template(): not built
        return ""  # the static rendering of no inner blocks

    def render_comments_form(attributes: dict[str, Any], rendered: DynamicRender, block: Any, ids: Any) -> str:
        post = context_post(site, rendered)
        if post is None or post.post_password:  # post_password_required(): the REST caller sends no cookie
            return ""
        if post.comment_status == "open":
            raise UnsupportedBlock("core/post-comments-form", "post_id")  # comment_form(): not built
        return ""  # comments closed: comment_form() prints nothing

    found = {name: registered_block(name, _comment_block(name)) for name in COMMENT_BLOCKS}
    found.update({name: registered_block(name, _wrapper(name)) for name in WRAPPERS})
    found.update({name: registered_block(name, _not_singular) for name in COMMENT_PAGINATION})
    found["core/comments"] = registered_block("core/comments", render_comments)
    found["core/post-comments-form"] = registered_block("core/post-comments-form", render_comments_form)
    return found
