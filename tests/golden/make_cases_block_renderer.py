"""Write ``cases-block-renderer.jsonl``: ``/wp/v2/block-renderer/{name}`` errors, permissions and renders.

Read-only (rendering writes nothing). Run from the repository root:
``python3 tests/golden/make_cases_block_renderer.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "cases-block-renderer.jsonl"
#: Cases that change the site first (recorded between two resets of the oracle).
WRITES_OUT = Path(__file__).parent / "cases-block-renderer-writes.jsonl"
#: Login/out, term and post navigation blocks (read-only, a suite of their own).
MORE_OUT = Path(__file__).parent / "cases-block-renderer-more.jsonl"
#: Comment, comments and query loop blocks, which get no comment, query or loop context here (read-only).
CONTEXT_OUT = Path(__file__).parent / "cases-block-renderer-context.jsonl"
ROUTE = "/wp-json/wp/v2/block-renderer/"


def case(name: str, block: str, auth: str = "admin", method: str = "POST", context: str | None = "edit",
         **params: Any) -> dict[str, Any]:
    """GET cases send everything in the query string; POST cases send attributes/post_id as JSON."""
    query: dict[str, Any] = {"context": context} if context else {}
    out: dict[str, Any] = {"name": f"block-renderer-{name}", "method": method, "path": ROUTE + block, "auth": auth}
    if method == "GET":
        query.update(params)
    elif params:
        out["body"] = params
    if query:
        out["query"] = query
    return out


def errors_and_permissions() -> list[dict[str, Any]]:
    cases = [case(f"role-{role}", "core/archives", role, "GET")
             for role in ("none", "subscriber", "contributor", "author", "editor")]
    cases += [
        case("no-context", "core/archives", method="GET", context=None),
        case("no-context-none", "core/archives", "none", "GET", context=None),
        case("context-view", "core/archives", method="GET", context="view"),
        case("unknown-block", "core/nope"),
        case("unknown-block-none", "core/nope", "none"),
        case("static-block", "core/paragraph"),
        case("uppercase-name", "Core/archives"),
        case("unknown-block-attributes", "core/nope", attributes={"x": 1}),
        case("attribute-type", "core/archives", attributes={"showPostCounts": "x"}),
        case("attribute-unknown", "core/archives", attributes={"foo": "x"}),
        case("attribute-support-removed", "core/site-title", attributes={"textAlign": "center"}),
        case("attributes-string", "core/archives", method="GET", attributes="x"),
        case("attributes-enum", "core/archives", attributes={"align": "middle"}),
        case("post-missing", "core/archives", post_id=999999),
        case("post-missing-none", "core/archives", "none", post_id=999999),
        case("post-id-string", "core/archives", method="GET", post_id="abc"),
        case("post-id-zero", "core/post-title", post_id=0),
        case("post-contributor-other", "core/post-title", "contributor", post_id=1),
        case("post-subscriber", "core/post-title", "subscriber", post_id=1),
        case("post-author-own", "core/post-title", "author", post_id=147),
        case("post-editor-private", "core/post-title", "editor", post_id=145),
        case("post-id-negative", "core/post-title", post_id=-1),
        case("post-id-float", "core/post-title", post_id=1.5),
        case("post-id-string-number", "core/post-title", method="GET", post_id="1"),
        case("post-id-null", "core/archives", post_id=None),
        case("attributes-list", "core/archives", attributes=[]),
        case("attributes-list-items", "core/archives", attributes=[1, 2]),
        case("attributes-null", "core/archives", attributes=None),
        case("attributes-nested-bad", "core/archives", attributes={"type": ["monthly"]}),
        case("attributes-lock", "core/site-title", attributes={"lock": {"move": True}, "metadata": {"name": "x"}}),
        case("attributes-number-string", "core/site-title", attributes={"level": "abc"}),
        case("attributes-query-string-json", "core/archives", method="GET", attributes={"type": "yearly"}),
        case("context-embed", "core/archives", context="embed"),
        {"name": "block-renderer-form-body", "method": "POST", "path": ROUTE + "core/archives", "auth": "admin",
         "query": {"context": "edit"}, "form": {"attributes[type]": "yearly", "attributes[showPostCounts]": "1"}},
        {"name": "block-renderer-bad-json", "method": "POST", "path": ROUTE + "core/archives", "auth": "admin",
         "query": {"context": "edit"}, "raw_body": "{not json", "content_type": "application/json"},
        {"name": "block-renderer-name-trailing-slash", "path": ROUTE + "core/archives/", "auth": "admin",
         "query": {"context": "edit"}},
        {"name": "block-renderer-name-one-part", "path": ROUTE + "archives", "auth": "admin", "query": {"context": "edit"}},
        {"name": "block-renderer-options", "method": "OPTIONS", "path": ROUTE + "core/archives", "auth": "admin"},
        {"name": "block-renderer-delete", "method": "DELETE", "path": ROUTE + "core/archives", "auth": "admin"},
    ]
    return cases


def site_identity() -> list[dict[str, Any]]:
    return [
        case("site-title", "core/site-title", method="GET"),
        case("site-title-level0", "core/site-title", attributes={"level": 0}),
        case("site-title-level3-text", "core/site-title", attributes={"level": 3, "isLink": False}),
        case("site-title-blank", "core/site-title", attributes={"linkTarget": "_blank", "className": "x  y"}),
        case("site-title-anchor", "core/site-title", attributes={"anchor": "top"}),
        case("site-title-level-string", "core/site-title", attributes={"level": "4"}),
        case("site-tagline-empty", "core/site-tagline"),
        case("site-logo-none", "core/site-logo"),
        case("site-logo-none-attributes", "core/site-logo", attributes={"width": 120, "isLink": False}),
    ]


def post_fields() -> list[dict[str, Any]]:
    cases = [case(f"post-title-{pid}", "core/post-title", post_id=pid)
             for pid in (1, 2, 25, 31, 141, 145, 148, 184, 2560884)]
    cases += [
        case("post-title-no-post", "core/post-title"),
        case("post-title-link-rel", "core/post-title", post_id=1,
             attributes={"isLink": True, "linkTarget": "_blank", "rel": "nofollow", "level": 0}),
        case("post-title-link", "core/post-title", post_id=58, attributes={"isLink": True, "className": "t"}),
        case("post-title-link-protected", "core/post-title", post_id=31, attributes={"isLink": True}),
        case("post-date", "core/post-date", post_id=25),
        case("post-date-format-link", "core/post-date", post_id=25, attributes={"format": "Y-m-d \\a\\t g:i a (D jS)", "isLink": True}),
        case("post-date-c", "core/post-date", post_id=1, attributes={"format": "c l N w z W t L y A G h H s"}),
        case("post-date-draft", "core/post-date", post_id=138),
        case("post-date-no-post", "core/post-date"),
        case("post-excerpt-handwritten", "core/post-excerpt", post_id=25),
        case("post-excerpt-generated", "core/post-excerpt", post_id=1),
        case("post-excerpt-long", "core/post-excerpt", post_id=17),
        case("post-excerpt-long-100", "core/post-excerpt", post_id=17, attributes={"excerptLength": 100}),
        case("post-excerpt-long-10", "core/post-excerpt", post_id=17, attributes={"excerptLength": 10}),
        case("post-excerpt-more-inline", "core/post-excerpt", post_id=1,
             attributes={"moreText": "More", "showMoreOnNewLine": False, "excerptLength": 5}),
        case("post-excerpt-more-newline", "core/post-excerpt", post_id=1, attributes={"moreText": "Read <b>on</b>"}),
        case("post-excerpt-protected", "core/post-excerpt", post_id=31),
        case("post-excerpt-shortcode", "core/post-excerpt", post_id=32),
        case("read-more", "core/read-more", post_id=1, attributes={"content": "Go", "linkTarget": "_blank"}),
        case("read-more-default", "core/read-more", post_id=58),
        case("read-more-untitled", "core/read-more", post_id=141),
        case("read-more-no-post", "core/read-more"),
        case("post-author-name", "core/post-author-name", post_id=1),
        case("post-author-name-link", "core/post-author-name", post_id=25, attributes={"isLink": True, "linkTarget": "_blank"}),
        case("post-author-name-no-post", "core/post-author-name"),
    ]
    return cases


def archives() -> list[dict[str, Any]]:
    cases = [case("archives", "core/archives", method="GET")]
    for kind in ("monthly", "yearly", "daily", "weekly", "postbypost", "alpha"):
        cases.append(case(f"archives-{kind}-counts", "core/archives", attributes={"type": kind, "showPostCounts": True}))
        cases.append(case(f"archives-{kind}-dropdown", "core/archives",
                          attributes={"type": kind, "displayAsDropdown": True, "showPostCounts": True}))
    cases += [
        case("archives-dropdown-class", "core/archives", attributes={"className": "my-c", "displayAsDropdown": True}),
        case("archives-dropdown-no-label", "core/archives", attributes={"displayAsDropdown": True, "showLabel": False}),
        case("archives-anchor", "core/archives", attributes={"anchor": "arch", "type": "yearly"}),
        case("archives-unknown-type", "core/archives", attributes={"type": "hourly"}),
        case("archives-with-post", "core/archives", post_id=1, attributes={"type": "yearly"}),
    ]
    return cases


def formatting_blocks() -> list[dict[str, Any]]:
    """Blocks rendered from their attributes alone (no saved markup is sent)."""
    cases = [case(name.split("/")[1], name) for name in (
        "core/heading", "core/list", "core/button", "core/image", "core/file", "core/video", "core/gallery",
        "core/shortcode", "core/footnotes", "core/block", "core/page-list", "core/navigation-link",
        "core/navigation-submenu")]
    cases += [
        case("heading-level", "core/heading", attributes={"level": 3, "className": "h"}),
        case("image-id", "core/image", attributes={"id": 5, "sizeSlug": "large"}),
        case("footnotes-post", "core/footnotes", post_id=1),
        case("block-ref-missing", "core/block", attributes={"ref": 999999}),
        case("page-list-parent", "core/page-list", attributes={"parentPageID": 184}),
        case("page-list-class", "core/page-list", attributes={"className": "pl", "anchor": "pages"}),
        case("navigation-link-label", "core/navigation-link",
             attributes={"label": "Docs", "url": "https://example.org/docs", "opensInNewTab": True}),
        case("navigation-link-page", "core/navigation-link",
             attributes={"label": "About", "type": "page", "id": 184, "kind": "post-type", "url": "http://127.0.0.1:8881/about/"}),
        case("navigation-submenu-label", "core/navigation-submenu", attributes={"label": "More", "url": "/more"}),
    ]
    return cases


def home_link_and_search() -> list[dict[str, Any]]:
    """``button-only`` search is not built (501 in ``tests/rest/test_block_renderer.py``), so not recorded."""
    return [
        case("home-link", "core/home-link"),
        case("home-link-label", "core/home-link",
             attributes={"label": "Start <b>x</b>", "opensInNewTab": True, "description": "d"}),
        case("home-link-empty-label", "core/home-link", attributes={"label": ""}),
        case("home-link-kses", "core/home-link",
             attributes={"label": "<script>x</script>H", "description": "<script>y</script>D"}),
        case("search", "core/search"),
        case("search-options", "core/search", attributes={
            "label": "Find", "showLabel": False, "placeholder": "Type", "buttonText": "Go",
            "buttonPosition": "button-inside"}),
        case("search-no-button-width", "core/search",
             attributes={"buttonUseIcon": True, "buttonPosition": "no-button", "width": 50, "widthUnit": "%"}),
        case("search-icon-escaping", "core/search", attributes={
            "buttonUseIcon": True, "buttonPosition": "button-inside", "label": "L <em>x</em> & \"q\"",
            "buttonText": "B <em>y</em> & \"q\"", "placeholder": "P \"q\" <b>"}),
        case("search-query", "core/search", attributes={"query": {"post_type": "page", "x": "<y>"}}),
        case("search-width-px", "core/search", attributes={"width": 300, "widthUnit": "px"}),
        case("search-width-no-unit", "core/search", attributes={"width": 300}),
        case("search-tag-name", "core/search", attributes={"tagName": "div"}),
        case("search-empty-label", "core/search", attributes={"label": "", "buttonText": ""}),
        case("search-twice-id", "core/search", method="GET", attributes={"buttonPosition": "button-inside"}),
    ]


def categories() -> list[dict[str, Any]]:
    variants = {
        "": {},
        "counts": {"showPostCounts": True},
        "hierarchy": {"showHierarchy": True},
        "hierarchy-counts": {"showPostCounts": True, "showHierarchy": True},
        "hierarchy-empty": {"showHierarchy": True, "showEmpty": True},
        "top-level-empty": {"showOnlyTopLevel": True, "showEmpty": True},
        "top-level-counts-hierarchy": {"showOnlyTopLevel": True, "showPostCounts": True, "showHierarchy": True},
        "empty-counts": {"showEmpty": True, "showPostCounts": True},
    }
    cases = []
    for label, attributes in variants.items():
        suffix = f"-{label}" if label else ""
        cases.append(case(f"categories{suffix}", "core/categories", attributes=attributes))
        cases.append(case(f"categories-dropdown{suffix}", "core/categories",
                          attributes={**attributes, "displayAsDropdown": True}))
    cases += [
        case("categories-dropdown-label", "core/categories",
             attributes={"displayAsDropdown": True, "label": "Pick", "showLabel": False}),
        case("categories-dropdown-empty-label", "core/categories", attributes={"displayAsDropdown": True, "label": ""}),
        case("categories-tags", "core/categories", attributes={"taxonomy": "post_tag", "showPostCounts": True}),
        case("categories-tags-dropdown", "core/categories",
             attributes={"taxonomy": "post_tag", "displayAsDropdown": True, "showHierarchy": True}),
        case("categories-unknown-taxonomy", "core/categories", attributes={"taxonomy": "nope"}),
        case("categories-unknown-taxonomy-dropdown", "core/categories",
             attributes={"taxonomy": "nope", "displayAsDropdown": True}),
        case("categories-format-empty", "core/categories", attributes={"taxonomy": "post_format"}),
        case("categories-class-anchor", "core/categories", attributes={"className": "c", "anchor": "cats"}),
    ]
    return cases


def post_terms_and_author() -> list[dict[str, Any]]:
    return [
        case("post-terms-category", "core/post-terms", post_id=25, attributes={"term": "category"}),
        case("post-terms-nested-category", "core/post-terms", post_id=58, attributes={"term": "category"}),
        case("post-terms-tags", "core/post-terms", post_id=25,
             attributes={"term": "post_tag", "separator": " | ", "prefix": "Tags: ", "suffix": "."}),
        case("post-terms-separator-markup", "core/post-terms", post_id=25,
             attributes={"term": "post_tag", "separator": " <b>&</b> ", "className": "pt"}),
        case("post-terms-none", "core/post-terms", post_id=2, attributes={"term": "category"}),
        case("post-terms-no-term", "core/post-terms", post_id=25),
        case("post-terms-unknown-taxonomy", "core/post-terms", post_id=25, attributes={"term": "nope"}),
        case("post-terms-not-viewable", "core/post-terms", post_id=25, attributes={"term": "nav_menu"}),
        case("post-terms-format", "core/post-terms", post_id=25, attributes={"term": "post_format"}),
        case("post-terms-no-post", "core/post-terms", attributes={"term": "category"}),
        case("post-author", "core/post-author", post_id=1, attributes={"showBio": True, "byline": "By"}),
        case("post-author-plain", "core/post-author", post_id=25),
        case("post-author-byline-markup", "core/post-author", post_id=1, attributes={"byline": "By <script>x</script> & <em>you</em>"}),
        case("post-author-link", "core/post-author", post_id=25,
             attributes={"isLink": True, "avatarSize": 24, "textAlign": "center", "showBio": True}),
        case("post-author-no-avatar", "core/post-author", post_id=1, attributes={"showAvatar": False}),
        case("post-author-no-post", "core/post-author"),
        case("post-author-biography", "core/post-author-biography", post_id=1),
        case("post-author-biography-empty", "core/post-author-biography", post_id=25),
        case("avatar-post", "core/avatar", post_id=1),
        case("avatar-user", "core/avatar", attributes={"userId": 3, "size": 48, "isLink": True, "linkTarget": "_blank"}),
        case("avatar-missing-user", "core/avatar", attributes={"userId": 999}),
        case("avatar-post-link", "core/avatar", post_id=25, attributes={"isLink": True, "className": "av"}),
        case("post-terms-prefix-markup", "core/post-terms", post_id=25,
             attributes={"term": "category", "prefix": "<em>In</em> & ", "suffix": " <b>!</b>"}),
        case("avatar-none", "core/avatar"),
    ]


def comments_and_tag_cloud() -> list[dict[str, Any]]:
    cases = []
    for post_id in (1, 2, 17, 31, 42, 145):
        cases.append(case(f"post-comments-count-{post_id}", "core/post-comments-count", post_id=post_id))
        cases.append(case(f"post-comments-link-{post_id}", "core/post-comments-link", post_id=post_id))
    cases += [
        case("post-comments-count-no-post", "core/post-comments-count"),
        case("post-comments-link-no-post", "core/post-comments-link"),
        case("tag-cloud", "core/tag-cloud"),
        # numberOfTags never cuts through terms of equal count: WordPress then keeps MariaDB's order.
        case("tag-cloud-categories", "core/tag-cloud", attributes={
            "taxonomy": "category", "showTagCounts": True, "numberOfTags": 100, "smallestFontSize": "10px",
            "largestFontSize": "20px"}),
        case("tag-cloud-few", "core/tag-cloud", attributes={"numberOfTags": 1, "className": "tc"}),
        case("tag-cloud-equal-sizes", "core/tag-cloud", attributes={"smallestFontSize": "1em", "largestFontSize": "1em"}),
        case("tag-cloud-bad-sizes", "core/tag-cloud", attributes={"smallestFontSize": "big", "largestFontSize": "1.5rem"}),
        case("tag-cloud-formats", "core/tag-cloud", attributes={"taxonomy": "post_format"}),
        case("tag-cloud-unknown-taxonomy", "core/tag-cloud", attributes={"taxonomy": "nope"}),
        case("tag-cloud-nav-menu", "core/tag-cloud", attributes={"taxonomy": "nav_menu"}),
    ]
    return cases


def latest_posts() -> list[dict[str, Any]]:
    """Full post content and featured images are not built (501 in ``tests/rest/test_block_renderer.py``)."""
    return [
        case("latest-posts", "core/latest-posts", method="GET"),
        case("latest-posts-excerpts", "core/latest-posts", attributes={
            "postsToShow": 3, "displayPostDate": True, "displayAuthor": True, "displayPostContent": True,
            "displayPostContentRadio": "excerpt", "excerptLength": 10, "order": "asc", "orderBy": "title"}),
        case("latest-posts-author", "core/latest-posts",
             attributes={"displayPostContent": True, "postsToShow": 4, "selectedAuthor": 2}),
        case("latest-posts-protected", "core/latest-posts",
             attributes={"displayPostContent": True, "selectedAuthor": 16, "displayAuthor": True, "postsToShow": 30}),
        case("latest-posts-category", "core/latest-posts", attributes={
            "displayPostContent": True, "postsToShow": 2, "categories": [{"id": 1}], "order": "asc"}),
        case("latest-posts-categories", "core/latest-posts",
             attributes={"categories": [{"id": 14}, {"id": 18}], "postsToShow": 20}),
        case("latest-posts-title-desc", "core/latest-posts",
             attributes={"postsToShow": 3, "orderBy": "title", "order": "desc", "displayPostDate": True}),
        case("latest-posts-none", "core/latest-posts", attributes={"selectedAuthor": 999, "className": "lp"}),
        case("latest-posts-hand-written", "core/latest-posts",
             attributes={"displayPostContent": True, "selectedAuthor": 14, "excerptLength": 3}),
    ]


def post_content() -> list[dict[str, Any]]:
    """A password-protected post is not built (501), so not recorded."""
    cases = [case(f"post-content-{post_id}", "core/post-content", post_id=post_id)
             for post_id in (1, 23, 25, 26, 32, 184, 2560884)]
    return cases + [case("post-content-no-post", "core/post-content"),
                    case("post-content-class", "core/post-content", post_id=1, attributes={"className": "pc"})]


def tagline_writes() -> list[dict[str, Any]]:
    """A tagline set through the settings route, then rendered (and set back)."""
    settings = {"method": "POST", "path": "/wp-json/wp/v2/settings", "auth": "admin"}
    return [
        {**settings, "name": "block-renderer-writes-set-tagline",
         "body": {"description": "Just <em>another</em> site & \"more\""}},
        case("writes-site-tagline", "core/site-tagline"),
        case("writes-site-tagline-level", "core/site-tagline", attributes={"level": 3, "className": "t"}),
        case("writes-site-tagline-level-string", "core/site-tagline", attributes={"level": "1"}),
        {**settings, "name": "block-renderer-writes-set-title", "body": {"title": "A & B <i>site</i>"}},
        case("writes-site-title", "core/site-title"),
        case("writes-site-title-text", "core/site-title", attributes={"isLink": False}),
        {**settings, "name": "block-renderer-writes-reset", "body": {"description": "", "title": "Reference"}},
        case("writes-site-tagline-empty-again", "core/site-tagline"),
    ]


def latest_comments() -> list[dict[str, Any]]:
    return [
        case("latest-comments", "core/latest-comments"),
        case("latest-comments-all", "core/latest-comments", attributes={"commentsToShow": 100}),
        case("latest-comments-full", "core/latest-comments", attributes={
            "commentsToShow": 100, "displayContent": "full", "displayAvatar": False, "displayDate": False}),
        case("latest-comments-bare", "core/latest-comments", attributes={
            "commentsToShow": 3, "displayContent": "none", "displayAvatar": False, "displayDate": False,
            "className": "lc"}),
    ]


def comments_title_and_breadcrumbs() -> list[dict[str, Any]]:
    cases = []
    for post_id in (1, 2, 17, 25, 31, 42, 145, 184, 187, 192):
        cases.append(case(f"comments-title-{post_id}", "core/comments-title", post_id=post_id))
        cases.append(case(f"breadcrumbs-{post_id}", "core/breadcrumbs", post_id=post_id))
    return cases + [
        case("comments-title-no-count", "core/comments-title", post_id=17, attributes={"showPostTitle": False, "level": 3}),
        case("comments-title-no-title", "core/comments-title", post_id=17, attributes={"showCommentsCount": False}),
        case("comments-title-neither", "core/comments-title", post_id=1,
             attributes={"showCommentsCount": False, "showPostTitle": False}),
        case("comments-title-no-post", "core/comments-title"),
        case("breadcrumbs-options", "core/breadcrumbs", post_id=58, attributes={"separator": ">", "showHomeItem": False}),
        case("breadcrumbs-no-current", "core/breadcrumbs", post_id=187,
             attributes={"showCurrentItem": False, "separator": "\u00bb", "className": "bc"}),
        case("breadcrumbs-no-post", "core/breadcrumbs"),
        case("breadcrumbs-attachment", "core/breadcrumbs", post_id=5),
    ]


def time_to_read() -> list[dict[str, Any]]:
    """Word counts over many posts (markup, entities, dashes, digits, non-Latin text); a
    password-protected post is not built (501), so not recorded."""
    cases = [case(f"time-to-read-words-{post_id}", "core/post-time-to-read", post_id=post_id,
                  attributes={"displayMode": "words"})
             for post_id in [*range(16, 31), *range(32, 72), 184, 2560884]]
    for post_id in (1, 25, 184, 2560884):
        cases.append(case(f"time-to-read-{post_id}", "core/post-time-to-read", post_id=post_id))
        cases.append(case(f"time-to-read-single-{post_id}", "core/post-time-to-read", post_id=post_id,
                          attributes={"displayAsRange": False, "averageReadingSpeed": 50}))
    return cases + [case("time-to-read-no-post", "core/post-time-to-read"),
                    case("time-to-read-fast", "core/post-time-to-read", post_id=2560884,
                         attributes={"averageReadingSpeed": 1000, "className": "ttr"})]


def featured_image() -> list[dict[str, Any]]:
    """Widths, overlays and first-image-from-post are not built (501), so not recorded."""
    cases = [case(f"featured-image-{post_id}", "core/post-featured-image", post_id=post_id)
             for post_id in (1, 16, 20, 24, 28, 32, 36, 2560884)]
    for size in ("thumbnail", "medium", "large", "full", "medium_large"):
        cases.append(case(f"featured-image-size-{size}", "core/post-featured-image", post_id=16,
                          attributes={"sizeSlug": size}))
    return cases + [
        case("featured-image-link", "core/post-featured-image", post_id=2560884, attributes={
            "isLink": True, "sizeSlug": "medium", "height": "200px", "aspectRatio": "16/9"}),
        case("featured-image-link-rel", "core/post-featured-image", post_id=20, attributes={
            "isLink": True, "rel": "nofollow", "linkTarget": "_blank", "scale": "contain", "className": "fi"}),
        case("featured-image-no-scale", "core/post-featured-image", post_id=24, attributes={"scale": ""}),
        case("featured-image-no-post", "core/post-featured-image"),
    ]


def query_title() -> list[dict[str, Any]]:
    cases = []
    for kind in ("archive", "search", "post-type"):
        cases.append(case(f"query-title-{kind}", "core/query-title", attributes={"type": kind}))
        cases.append(case(f"query-title-{kind}-post", "core/query-title", post_id=1, attributes={"type": kind}))
    return cases + [
        case("query-title-page-plain", "core/query-title", post_id=184,
             attributes={"type": "post-type", "showPrefix": False, "level": 2}),
        case("query-title-attachment", "core/query-title", post_id=5, attributes={"type": "post-type", "className": "q"}),
        case("query-title-no-type", "core/query-title", post_id=1),
    ]


def calendar() -> list[dict[str, Any]]:
    """Past months only: the current month marks today, which moves."""
    months = ((2023, 10), (2023, 11), (2023, 12), (2024, 1), (2024, 2), (2024, 6), (2024, 9), (2024, 10),
              (2025, 5), (2026, 2), (2000, 1))
    cases = [case(f"calendar-{year}-{month:02d}", "core/calendar", attributes={"month": month, "year": year})
             for year, month in months]
    return cases + [case("calendar-class", "core/calendar",
                         attributes={"month": 7, "year": 2024, "className": "cal", "anchor": "c"})]


def comment_template() -> list[dict[str, Any]]:
    """Every post's comment threads (approved, pingbacks, replies by users and the post's author)."""
    cases = [case(f"comment-template-{post_id}", "core/comment-template", post_id=post_id)
             for post_id in [1, *range(16, 140), 184]]
    return cases + [case("comment-template-no-post", "core/comment-template"),
                    case("comment-template-class", "core/comment-template", post_id=17, attributes={"className": "ct"}),
                    case("comment-template-contributor", "core/comment-template", "contributor", post_id=139)]


def alignment() -> list[dict[str, Any]]:
    """The ``align`` support: an ``align…`` class before the custom one, for any value."""
    return [
        case("align-archives", "core/archives", attributes={"align": "wide", "className": "my-c", "type": "yearly"}),
        case("align-site-title", "core/site-title", attributes={"align": "full", "className": "x", "anchor": "a"}),
        case("align-site-title-unlisted", "core/site-title", attributes={"align": "left"}),
        case("align-categories", "core/categories", attributes={"align": "left", "showOnlyTopLevel": True}),
        case("align-empty", "core/archives", attributes={"align": "", "type": "yearly"}),
        case("align-search", "core/search", attributes={"align": "center"}),
        case("align-post-title", "core/post-title", post_id=1, attributes={"align": "wide"}),
        case("align-latest-posts", "core/latest-posts", attributes={"align": "wide", "postsToShow": 2}),
        case("align-archives-dropdown", "core/archives", attributes={"align": "right", "displayAsDropdown": True}),
    ]


def presets() -> list[dict[str, Any]]:
    """Preset colour, font and border classes on blocks that serialize them on their wrapper."""
    return [
        case("presets-site-title", "core/site-title", attributes={
            "textColor": "accent-1", "backgroundColor": "base", "fontSize": "large", "fontFamily": "manrope",
            "className": "x", "align": "wide"}),
        case("presets-archives", "core/archives",
             attributes={"textColor": "accent-1", "type": "yearly", "gradient": "g1", "borderColor": "contrast"}),
        case("presets-post-title", "core/post-title", post_id=1, attributes={"backgroundColor": "base", "fontSize": "x-large"}),
        case("presets-camel-case", "core/categories", attributes={"textColor": "vividRed2", "fontSize": "XLarge",
                                                                  "showOnlyTopLevel": True}),
        case("presets-latest-posts", "core/latest-posts", attributes={"postsToShow": 1, "gradient": "a", "backgroundColor": "b"}),
        case("presets-tag-cloud", "core/tag-cloud", attributes={"numberOfTags": 1, "fontFamily": "mono", "borderColor": "x"}),
        case("presets-home-link", "core/home-link", attributes={"fontSize": "small"}),
    ]


def loginout() -> list[dict[str, Any]]:
    """Every role (the route needs ``edit_posts``), the redirect to the current URL (POST, GET with a query)."""
    cases = [case(f"more-loginout-{role}", "core/loginout", role)
             for role in ("none", "subscriber", "contributor", "author", "editor", "admin")]
    return cases + [
        case("more-loginout-get", "core/loginout", method="GET"),
        case("more-loginout-no-redirect", "core/loginout", attributes={"redirectToCurrent": False}),
        case("more-loginout-form", "core/loginout", attributes={"displayLoginAsForm": True}),
        case("more-loginout-form-no-redirect", "core/loginout", "editor",
             attributes={"displayLoginAsForm": True, "redirectToCurrent": False}),
        case("more-loginout-class", "core/loginout", attributes={"className": "mine", "redirectToCurrent": False}),
        case("more-loginout-post", "core/loginout", attributes={"redirectToCurrent": False}, post_id=1),
        case("more-loginout-post-redirect", "core/loginout", post_id=1),
        case("more-loginout-get-query", "core/loginout", method="GET", attributes={"displayLoginAsForm": "1"}),
    ]


def term_fields_and_post_navigation() -> list[dict[str, Any]]:
    """No term context nor queried term, no singular main query: what the renderer shows of these."""
    cases = []
    for block in ("term-name", "term-description", "term-count"):
        cases += [case(f"more-{block}-{role}", f"core/{block}", role) for role in ("none", "contributor", "admin")]
        cases += [case(f"more-{block}-post", f"core/{block}", post_id=1),
                  case(f"more-{block}-get", f"core/{block}", method="GET")]
    cases += [
        case("more-term-name-link", "core/term-name", attributes={"isLink": True, "level": 2}),
        case("more-term-count-square", "core/term-count", attributes={"bracketType": "square"}),
        case("more-term-description-align", "core/term-description", attributes={"textAlign": "center"}),
        case("more-term-name-bad-level", "core/term-name", attributes={"level": "x"}),
    ]
    cases += [case(f"more-post-navigation-link-{role}", "core/post-navigation-link", role)
              for role in ("none", "contributor", "admin")]
    return cases + [
        case("more-post-navigation-link-post", "core/post-navigation-link", post_id=1),
        case("more-post-navigation-link-previous-post", "core/post-navigation-link", post_id=1,
             attributes={"type": "previous", "showTitle": True, "arrow": "arrow"}),
        case("more-post-navigation-link-bad-type", "core/post-navigation-link", attributes={"type": "up"}),
        case("more-post-navigation-link-get", "core/post-navigation-link", method="GET"),
    ]


#: Blocks that read a comment, query or loop context the block renderer never gives them.
CONTEXT_BLOCKS = ("comment-author-name", "comment-content", "comment-date", "comment-edit-link", "comment-reply-link",
                  "comments-pagination", "comments-pagination-next", "comments-pagination-numbers",
                  "comments-pagination-previous", "query-pagination", "query-pagination-next",
                  "query-pagination-numbers", "query-pagination-previous", "query-total", "query-no-results",
                  "post-comments-form", "comments", "post-template", "query")


def paged_post(name: str, block: str, page: str, **attributes: Any) -> dict[str, Any]:
    """A POST render with ``attributes`` in its body and a ``query-page`` in its URL."""
    out = case(name, block, attributes=attributes)
    out["query"]["query-page"] = page
    return out


def context_blocks() -> list[dict[str, Any]]:
    """Each block for every role, with ``post_id`` (comments open, closed, a page), and as GET."""
    cases = []
    for block in CONTEXT_BLOCKS:
        name = f"core/{block}"
        cases += [case(f"context-{block}-{role}", name, role)
                  for role in ("none", "subscriber", "contributor", "author", "editor", "admin")]
        cases += [case(f"context-{block}-get", name, method="GET"),
                  case(f"context-{block}-post", name, post_id=1),
                  case(f"context-{block}-post-get", name, method="GET", post_id=1),
                  case(f"context-{block}-post-other", name, post_id=16),
                  case(f"context-{block}-page", name, post_id=2),
                  case(f"context-{block}-class", name, attributes={"className": "mine"})]
    return cases + [
        case("context-query-pagination-previous-page-2", "core/query-pagination-previous", method="GET",
             **{"query-page": 2}),
        case("context-query-pagination-previous-page-1", "core/query-pagination-previous", method="GET",
             **{"query-page": 1}),
        case("context-comments-legacy", "core/comments", attributes={"legacy": True}),
        case("context-comments-legacy-post", "core/comments", post_id=1, attributes={"legacy": True}),
        case("context-post-comments-form-protected", "core/post-comments-form", post_id=31),
        case("context-comment-date-format", "core/comment-date", post_id=1, attributes={"format": "Y", "isLink": True}),
        case("context-query-total-range", "core/query-total", "author", attributes={"displayType": "range-display"}),
        case("context-query-total-page-2", "core/query-total", method="GET", **{"query-page": 2}),
        case("context-query-pagination-next-label", "core/query-pagination-next", "contributor",
             attributes={"label": "More <b>posts</b>"}),
        case("context-query-pagination-numbers-mid-size", "core/query-pagination-numbers", "editor",
             attributes={"midSize": 0}),
        case("context-query-pagination-numbers-mid-size-5", "core/query-pagination-numbers", attributes={"midSize": 5}),
        case("context-query-pagination-numbers-get-attributes", "core/query-pagination-numbers", method="GET",
             attributes={"className": "a b"}),
        case("context-query-pagination-next-paged", "core/query-pagination-next", method="GET", paged=2),
        case("context-query-pagination-next-last", "core/query-pagination-next", method="GET", **{"query-page": 13}),
        case("context-query-pagination-next-beyond", "core/query-pagination-next", method="GET", **{"query-page": 20}),
        case("context-query-pagination-previous-beyond", "core/query-pagination-previous", method="GET",
             **{"query-page": 14}),
        case("context-query-pagination-previous-zero", "core/query-pagination-previous", method="GET",
             **{"query-page": 0}),
        case("context-query-pagination-numbers-page-2", "core/query-pagination-numbers", method="GET",
             **{"query-page": 2}),
        case("context-query-pagination-numbers-page-7", "core/query-pagination-numbers", "author", method="GET",
             **{"query-page": 7, "midSize": 1}),
        case("context-query-pagination-numbers-page-13-paged", "core/query-pagination-numbers", method="GET",
             paged=3, **{"query-page": 13}),
        case("context-query-pagination-numbers-beyond", "core/query-pagination-numbers", method="GET",
             post_id=1, **{"query-page": 30}),
        paged_post("context-query-total-range-page-3", "core/query-total", "3", displayType="range-display"),
        paged_post("context-query-total-range-last", "core/query-total", "13", displayType="range-display"),
        paged_post("context-query-total-range-zero", "core/query-total", "0", displayType="range-display"),
        paged_post("context-query-pagination-next-label-page-2", "core/query-pagination-next", "2", label="Go"),
        paged_post("context-query-pagination-previous-label", "core/query-pagination-previous", "3",
                   label="Back <i>", className="x"),
        case("context-query-pagination-next-double-zero", "core/query-pagination-next", method="GET",
             **{"query-page": "00"}),
        case("context-query-pagination-numbers-double-zero", "core/query-pagination-numbers", method="GET",
             paged="", **{"query-page": "00"}),
        case("context-query-pagination-previous-empty", "core/query-pagination-previous", method="GET",
             **{"query-page": ""}),
        paged_post("context-query-total-range-empty", "core/query-total", "", displayType="range-display"),
        case("context-query-total-page-abc", "core/query-total", method="GET", **{"query-page": "abc"}),
        case("context-post-template-wide", "core/post-template", "author", attributes={"align": "wide"}),
        case("context-post-template-grid", "core/post-template",
             attributes={"layout": {"type": "grid", "columnCount": 3}}),
        case("context-post-template-page-2", "core/post-template", method="GET", **{"query-page": 2}),
        case("context-comment-bad-attribute", "core/comment-content", attributes={"textAlign": 3}),
    ]


def main() -> None:
    cases = (errors_and_permissions() + site_identity() + post_fields() + archives() + formatting_blocks()
             + home_link_and_search() + categories() + post_terms_and_author() + comments_and_tag_cloud()
             + latest_posts() + post_content() + latest_comments() + comments_title_and_breadcrumbs()
             + time_to_read() + featured_image() + query_title() + calendar()
             + comment_template() + alignment() + presets())
    OUT.write_text("".join(json.dumps(c) + "\n" for c in cases), "utf-8")
    print(f"{len(cases)} cases -> {OUT}")
    writes = tagline_writes()
    WRITES_OUT.write_text("".join(json.dumps(c) + "\n" for c in writes), "utf-8")
    print(f"{len(writes)} cases -> {WRITES_OUT}")
    more = loginout() + term_fields_and_post_navigation()
    MORE_OUT.write_text("".join(json.dumps(c) + "\n" for c in more), "utf-8")
    print(f"{len(more)} cases -> {MORE_OUT}")
    context = context_blocks()
    CONTEXT_OUT.write_text("".join(json.dumps(c) + "\n" for c in context), "utf-8")
    print(f"{len(context)} cases -> {CONTEXT_OUT}")


if __name__ == "__main__":
    main()
