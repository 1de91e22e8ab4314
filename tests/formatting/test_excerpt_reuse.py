"""A generated excerpt reusing its post's ``render_content`` run gives what running the chain again gives.

Every vector input and every fixture post is rendered as a REST collection renders posts (one
request, title-less: content, then excerpt), once with the reuse and once with it disabled; the
excerpts, the contents and the request state left behind must be the same.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from broadsheet.formatting.chains import (
    VECTOR_POST_ID,
    DefaultFilters,
    RenderContext,
    RequestState,
    register_default_filters,
    render_content,
    render_excerpt,
)
from broadsheet.formatting.settings import VECTOR_SETTINGS
from broadsheet.hooks.registry import Hooks

DATA = Path(__file__).resolve().parent.parent / "data"
VECTOR_FILES = ("the_content", "the_content_blocks", "excerpt", "the_excerpt")


def _vector_contents() -> list[str]:
    contents = []
    for name in VECTOR_FILES:
        for line in (DATA / "vectors" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            args = json.loads(line)["args"]
            if isinstance(args[0], str):
                contents.append(args[0])
    return contents


def _fixture_posts() -> list[tuple[int, str, str]]:
    table = json.loads((DATA / "oracle" / "fixture-db.json").read_text(encoding="utf-8"))["tables"]["wp_posts"]
    rows = [dict(zip(table["columns"], row)) for row in table["rows"]]
    return [(int(r["ID"]), r["post_type"], r["post_content"]) for r in rows if r["post_type"] in ("post", "page")]


def _render_all(posts: list[tuple[int, str, str]], reuse: bool) -> tuple[list[tuple[str, str]], str, int]:
    """(content, excerpt) per post in one request, the request state after, and the reuses."""
    hooks = Hooks()
    defaults = register_default_filters(hooks, VECTOR_SETTINGS)
    reused = 0
    original = defaults.reusable_content

    def counted(content: str, ctx: RenderContext) -> str | None:
        nonlocal reused
        found = original(content, ctx)
        reused += found is not None
        return found

    defaults.reusable_content = counted  # type: ignore[method-assign]
    request = RequestState()
    outputs = []
    for post_id, post_type, content in posts:
        ctx = RenderContext(post_id=post_id, post_type=post_type, post_content=content,
                            settings=VECTOR_SETTINGS, request=request)
        rendered = render_content(content, ctx, hooks)
        if not reuse:
            ctx.content_run = None
        outputs.append((rendered, render_excerpt("", content, ctx, hooks)))
    return outputs, _state(request), reused


def _state(request: RequestState) -> str:
    """The request state the next post would see (counters, placements, loading flag)."""
    fields: dict[str, Any] = {
        "media": vars(request.media), "loading": vars(request.loading), "unique_ids": request.unique_ids,
        "wpautop_moved": request.wpautop_moved,
    }
    return repr(fields)


@pytest.mark.parametrize("source", ["vectors", "fixture"])
def test_reused_excerpts_equal_the_excerpts_of_a_second_run(source: str) -> None:
    if source == "vectors":
        posts = [(VECTOR_POST_ID, "post", content) for content in _vector_contents()]
    else:
        posts = _fixture_posts()
    with_reuse, state_with, reused = _render_all(posts, reuse=True)
    without_reuse, state_without, not_reused = _render_all(posts, reuse=False)
    assert not_reused == 0
    assert reused >= len(posts) // 4, "the reuse should apply to most plain posts"
    mismatches = [(post, a, b) for post, a, b in zip(posts, with_reuse, without_reuse) if a != b]
    assert not mismatches, f"{len(mismatches)} differ, first: {mismatches[0]!r}"
    assert state_with == state_without


def test_no_reuse_once_a_plugin_changes_the_content_chain() -> None:
    hooks = Hooks()
    defaults: DefaultFilters = register_default_filters(hooks, VECTOR_SETTINGS)
    ctx = RenderContext(post_id=1, post_content="Plain text.", settings=VECTOR_SETTINGS)
    render_content("Plain text.", ctx, hooks)
    assert defaults.reusable_content("Plain text.", ctx) is not None
    hooks.add_filter("the_content", str.upper, 10)
    assert defaults.reusable_content("Plain text.", ctx) is None
    assert render_excerpt("", "Plain text.", ctx, hooks) == "<p>PLAIN TEXT.</p>\n"


PLAIN_POSTS = st.lists(st.sampled_from([
    "Word", " ", "\n", "\n\n", "'", '"', "--", "...", ":)", ";-)", "8O", "x", "9", "<p>", "</p>", "<div>", "</div>",
    "<b>", "</b>", "<pre>", "</pre>", "<code>", "</code>", "<br />", "<!--more-->", "<!--nextpage-->", "<!-- c -->",
    "&", "&nbsp;", "<img src=\"a.jpg\" width=\"800\" height=\"600\">", "Wordpress", "http://example.org/x",
    "\nhttps://example.com/watch\n", "<script>", "</script>", "é", "😀", "<sup data-fn=\"a\" class=\"b\">",
]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(PLAIN_POSTS, min_size=1, max_size=3))
def test_reuse_never_changes_what_a_request_renders(texts: list[str]) -> None:
    posts = [(VECTOR_POST_ID, "post", text) for text in texts]
    with_reuse, state_with, _ = _render_all(posts, reuse=True)
    without_reuse, state_without, _ = _render_all(posts, reuse=False)
    assert with_reuse == without_reuse
    assert state_with == state_without


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("A [gallery] here.", id="shortcode"),
        pytest.param("<!-- wp:paragraph --><p>Block</p><!-- /wp:paragraph -->", id="blocks"),
        pytest.param("Watch:\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n", id="autoembed-line"),
    ],
)
def test_no_reuse_when_a_step_does_more_than_rewrite(content: str) -> None:
    hooks = Hooks()
    defaults = register_default_filters(hooks, VECTOR_SETTINGS)
    ctx = RenderContext(post_id=1, post_content=content, settings=VECTOR_SETTINGS)
    render_content(content, ctx, hooks)
    assert defaults.reusable_content(content, ctx) is None


def test_a_registry_copy_of_some_hooks_holds_only_those_and_is_independent() -> None:
    hooks = Hooks()
    hooks.add_filter("the_content", str.upper, 10)
    hooks.add_filter("the_title", str.lower, 10)
    copied = hooks.copy(("the_content", "the_excerpt"))
    copied.remove_filter("the_content", str.upper, 10)
    assert hooks.callbacks("the_content") == [str.upper]
    assert copied.callbacks("the_content") == [] and copied.callbacks("the_excerpt") == []
    assert not copied.has_filter("the_title")
