"""``prepare_item_for_response`` of the posts controller: every field in WordPress 7.1.4's order.

Fields the request does not ask for (``_fields``) are not computed; the result is then filtered
by the schema's contexts. Rendering goes through the site's formatting chains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from broadsheet.content.dates import ZERO_DATE, get_gmt_from_date, gmt_from_local_by_offset, mysql_to_rfc3339
from broadsheet.content.permalinks import get_sample_permalink
from broadsheet.formatting.chains import render_content, render_excerpt, render_title
from broadsheet.formatting.sanitize import sanitize_html_class
from broadsheet.rest.controllers.post_data import PostData
from broadsheet.rest.controllers.post_links import item_links
from broadsheet.rest.fields import is_field_included, parse_fields
from broadsheet.rest.request import RestRequest

if TYPE_CHECKING:
    from broadsheet.query.post_rows import WPPost
    from broadsheet.rest.controllers.posts import PostsController

__all__ = ["prepare_post", "filter_by_context", "context_plan", "filter_by_plan", "class_list", "block_version",
           "fields_for_response"]

def block_version(content: str) -> int:
    """``block_version``: 1 when the content has block delimiters (``<!-- wp:``), else 0."""
    return 1 if "<!-- wp:" in content else 0


def fields_for_response(request: RestRequest, schema_properties: dict[str, Any]) -> list[str]:
    """``get_fields_for_response``: schema fields of this context (+ ``_links``), narrowed by ``_fields``."""
    context = request.context
    fields = [name for name, prop in schema_properties.items()
              if not prop.get("context") or context in prop["context"]]
    fields.append("_links")
    if request.has_param("_embed"):
        fields.append("_embedded")
    requested = parse_fields(request.get_param("_fields"))
    if not requested:
        return fields
    if "id" in fields:
        requested.append("id")
    return [f for f in requested if f in fields or f.split(".", 1)[0] in fields]


def filter_by_context(data: dict[str, Any], properties: dict[str, Any], context: str) -> dict[str, Any]:
    """``filter_response_by_context``: drop (nested) keys whose schema lacks ``context``."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        prop = properties.get(key)
        if prop is None:
            out[key] = value
            continue
        contexts = prop.get("context")
        if contexts is not None and context not in contexts:
            continue
        nested = prop.get("properties")
        if isinstance(value, dict) and nested:
            value = filter_by_context(value, nested, context)
        out[key] = value
    return out


#: A ``context_plan``: per schema key, True (keep), False (drop) or the plan of its nested properties.
ContextPlan = dict[str, Any]


def context_plan(properties: dict[str, Any], context: str) -> ContextPlan:
    """What ``filter_by_context`` decides for each key of ``properties`` in ``context``, worked out once."""
    plan: ContextPlan = {}
    for key, prop in properties.items():
        contexts = prop.get("context")
        if contexts is not None and context not in contexts:
            plan[key] = False
            continue
        nested = prop.get("properties")
        plan[key] = context_plan(nested, context) if nested and isinstance(nested, dict) else True
    return plan


def filter_by_plan(data: dict[str, Any], plan: ContextPlan) -> dict[str, Any]:
    """``filter_by_context`` with the schema walk done ahead (``context_plan``); unknown keys stay."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        rule = plan.get(key, True)
        if rule is True:
            out[key] = value
        elif rule is not False:
            out[key] = filter_by_plan(value, rule) if isinstance(value, dict) else value
    return out


def class_list(post: WPPost, data: PostData, *, password_required: bool) -> list[str]:
    """``get_post_class``: the container classes (public taxonomies' terms last)."""
    site = data.site
    classes = [f"post-{post.ID}", post.post_type, f"type-{post.post_type}", f"status-{post.post_status}"]
    post_type = site.post_types.get(post.post_type)
    if post_type is not None and post_type.supports_feature("post-formats"):
        fmt = data.post_format(post)
        classes.append(f"format-{sanitize_html_class(fmt)}" if fmt else "format-standard")
    if password_required:
        classes.append("post-password-required")
    elif post.post_password:
        classes.append("post-password-protected")
    if data.thumbnail_id(post.ID) and post.post_type != "attachment" and not password_required:
        classes.append("has-post-thumbnail")
    classes.append("hentry")
    # A page of posts shares its terms: each term's class is worked out once per request.
    term_classes: dict[tuple[str, int, str], str] = data.ctx.extra.setdefault("post_class_terms", {})
    for taxonomy in site.taxonomies.all():
        if not taxonomy.public or post.post_type not in taxonomy.object_types:
            continue
        for term in data.post_terms(post.ID, taxonomy.name):
            if not term.slug:
                continue
            key = (taxonomy.name, term.term_id, term.slug)
            css = term_classes.get(key)
            if css is None:
                css = term_classes[key] = _term_class(taxonomy.name, term.term_id, term.slug)
            classes.append(css)
    seen: list[str] = []
    for css in classes:
        if css not in seen:
            seen.append(css)
    return seen


def _term_class(taxonomy: str, term_id: int, slug: str) -> str:
    """``get_post_class``'s class for one term (``tag-{slug}``, ``{taxonomy}-{slug}``)."""
    term_class = sanitize_html_class(slug, str(term_id))
    if term_class.lstrip("-").isdigit() or not term_class.strip("-"):
        term_class = str(term_id)
    if taxonomy == "post_tag":
        return f"tag-{term_class}"
    return sanitize_html_class(f"{taxonomy}-{term_class}", f"{taxonomy}-{term_id}")


def _date(post_date_gmt: str, post_date: str | None = None) -> str | None:
    """``prepare_date_response``: the local date when given, else the GMT one (None when zero)."""
    if post_date is not None:
        return mysql_to_rfc3339(post_date)
    if post_date_gmt == ZERO_DATE:
        return None
    return mysql_to_rfc3339(post_date_gmt)


def can_access_password_content(post: WPPost, request: RestRequest, data: PostData) -> bool:
    """``can_access_password_content``: edit context with ``edit_post``, or the right ``password``."""
    if not post.post_password:
        return False
    if request.context == "edit" and data.can("edit_post", post.ID):
        return True
    password = request.get_param("password")
    if not password:
        return False
    return isinstance(password, str) and password == post.post_password


class _Included(dict[str, bool]):
    """Whether a (dotted) field is in a request's response fields, each name worked out once."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__()
        self.fields = fields
        self.field_set = set(fields)
        self.narrowed = any("." in f for f in fields)

    def __missing__(self, name: str) -> bool:
        found = name in self.field_set or bool(self.narrowed and is_field_included(name, self.fields)) or (
            "." in name and name.split(".", 1)[0] in self.field_set)
        self[name] = found
        return found


#: ``_Included`` lookups by response fields: a pure function of them, shared by requests asking the same.
_INCLUDED: dict[tuple[str, ...], Any] = {}


def _included(fields: list[str]) -> Any:
    """``included(name)`` for these response fields."""
    key = tuple(fields)
    found = _INCLUDED.get(key)
    if found is None:
        if len(_INCLUDED) >= 256:  # clients' endless distinct _fields must not fill memory
            _INCLUDED.clear()
        found = _INCLUDED[key] = _Included(fields).__getitem__
    return found


def prepare_post(controller: PostsController, post: WPPost, request: RestRequest) -> dict[str, Any]:
    """The response data of one post (``_links`` last) for the request's context and ``_fields``."""
    data = PostData.of(request)
    options = request.ctx.options
    hooks = request.site.hooks
    schema = controller.get_item_schema()
    # The same for every item of a request: worked out for its first one.
    # (set_param may change the context in between: a write answers in ``edit``.)
    memo = getattr(request, "_post_fields", None)
    context = request.context
    if memo is None or memo[0] is not schema or memo[1] != context:
        fields = fields_for_response(request, schema["properties"])
        memo = request._post_fields = (schema, context, parse_fields(request.get_param("_fields")) or None,  # type: ignore[attr-defined]
                                       _included(fields))
    _, _, requested, included = memo

    out: dict[str, Any] = {}
    if included("id"):
        out["id"] = post.ID
    if included("date"):
        out["date"] = _date(post.post_date_gmt, post.post_date)
    if included("date_gmt"):
        gmt = get_gmt_from_date(post.post_date, options) if post.post_date_gmt == ZERO_DATE else post.post_date_gmt
        out["date_gmt"] = _date(gmt)
    if included("guid"):
        out["guid"] = {"rendered": post.guid, "raw": post.guid}
    if included("modified"):
        out["modified"] = _date(post.post_modified_gmt, post.post_modified)
    if included("modified_gmt"):
        gmt = (gmt_from_local_by_offset(post.post_modified, options) if post.post_modified_gmt == ZERO_DATE
               else post.post_modified_gmt)
        out["modified_gmt"] = _date(gmt)
    if included("password"):
        out["password"] = post.post_password
    if included("slug"):
        out["slug"] = post.post_name
    if included("status"):
        out["status"] = post.post_status
    if included("type"):
        out["type"] = post.post_type
    if included("link"):
        out["link"] = data.permalink(post)
    render_ctx = None

    def rctx() -> Any:
        nonlocal render_ctx
        if render_ctx is None:
            render_ctx = data.render_context(post)
        return render_ctx

    if included("title"):
        out["title"] = {}
        if included("title.raw"):
            out["title"]["raw"] = post.post_title
        if included("title.rendered"):
            out["title"]["rendered"] = render_title(post.post_title, rctx(), hooks)
    unlocked = can_access_password_content(post, request, data)
    if unlocked:
        data.unlocked.add(post.ID)
    else:
        data.unlocked.discard(post.ID)
    password_required = bool(post.post_password) and not unlocked
    if included("content"):
        out["content"] = {}
        if included("content.raw"):
            out["content"]["raw"] = post.post_content
        if included("content.rendered"):
            if password_required:
                out["content"]["rendered"] = ""
            else:
                        out["content"]["rendered"] = render_content(post.post_content, rctx(), hooks)
        if included("content.protected"):
            out["content"]["protected"] = bool(post.post_password)
        if included("content.block_version"):
            out["content"]["block_version"] = block_version(post.post_content)
    if included("excerpt"):
        rendered = ""
        if not password_required:
            ctx = rctx()
            length = request.get_param("excerpt_length")
            if length is not None:
                ctx.excerpt_length = length  # read by the excerpt step when it supports overrides
            rendered = render_excerpt(post.post_excerpt, post.post_content, ctx, hooks)
        out["excerpt"] = {"raw": post.post_excerpt, "rendered": rendered, "protected": bool(post.post_password)}
    if included("author"):
        out["author"] = post.post_author
    if included("featured_media"):
        out["featured_media"] = data.thumbnail_id(post.ID)
    if included("parent"):
        out["parent"] = post.post_parent
    if included("menu_order"):
        out["menu_order"] = post.menu_order
    if included("comment_status"):
        out["comment_status"] = post.comment_status
    if included("ping_status"):
        out["ping_status"] = post.ping_status
    if included("sticky"):
        out["sticky"] = post.ID in data.sticky_posts()
    if included("template"):
        template = data.meta_single(post.ID, "_wp_page_template")
        out["template"] = "" if not template or template == "default" else template
    if included("format"):
        out["format"] = data.post_format(post) or "standard"
    if included("meta"):
        out["meta"] = controller.meta_value(post, data, requested)
    for taxonomy in controller.rest_taxonomies():
        if included(taxonomy.base):
            out[taxonomy.base] = [t.term_id for t in data.post_terms(post.ID, taxonomy.name)]
    ptype = controller.type
    from broadsheet.rest.controllers.posts import generated_slug

    if ptype.viewable and ptype.public:
        wants_template, wants_slug = included("permalink_template"), included("generated_slug")
        if wants_template or wants_slug:
            template_link, generated = get_sample_permalink(
                data.permalinks(), post, generated_slug(post), controller.unique_slug_for(request))
            if wants_template:
                out["permalink_template"] = template_link
            if wants_slug:
                out["generated_slug"] = generated
        if included("class_list"):
            # The REST password filter is gone by now: only edit access unlocks (check_password_required).
            required_now = bool(post.post_password) and not (
                request.context == "edit" and data.can("edit_post", post.ID))
            out["class_list"] = class_list(post, data, password_required=required_now)
    out = controller.filter_response_by_context(out, request.context)
    if included("_links") or included("_embedded"):
        out["_links"] = item_links(controller, request, post, data)
    content = out.get("content")
    if post.post_type in _BLOCK_HOOKS_TYPES and isinstance(content, dict) and content.get("raw"):
        # apply_block_hooks_to_content serializes the parsed blocks again (attributes re-encoded,
        # empty blocks self-closing); no core block is hooked, so nothing is inserted.
        from broadsheet.formatting.blocks import has_blocks, parse_blocks, serialize_blocks

        if has_blocks(content["raw"]):
            content["raw"] = serialize_blocks(parse_blocks(content["raw"]))
    if post.post_type in _BLOCK_HOOKS_TYPES and isinstance(content, dict) and content.get("raw") \
            and content.get("rendered"):  # "If the rendered content was previously empty, we leave it like that."
        # insert_hooked_blocks_into_rest_response renders the raw content once more (so shortcode
        # counters such as gallery-N advance twice per post in edit context).
        content["rendered"] = render_content(content["raw"], rctx(), hooks)
    hook = f"rest_prepare_{post.post_type}"  # rest_prepare_post, rest_prepare_page, … as WordPress
    if hooks.has_filter(hook):
        out = hooks.apply_filters(hook, out, post, request)
    return out


#: Types whose REST responses get block hooks applied (``rest_block_hooks_post_types``).
_BLOCK_HOOKS_TYPES = ("post", "page", "wp_block", "wp_navigation")
