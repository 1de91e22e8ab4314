"""Item schema, collection parameters and endpoint args of the posts controller (WordPress 7.1.4).

Ports ``WP_REST_Posts_Controller::get_item_schema``, ``get_collection_params`` (with
``prepare_taxonomy_limit_schema``) and ``get_schema_links``, plus the generic
``get_endpoint_args_for_item_schema`` of ``WP_REST_Controller``. Key order is WordPress's: the
index, OPTIONS and argument validation messages all show it.
"""

from __future__ import annotations

import copy
from typing import Any, Callable

from broadsheet.content.post_types import PostType

__all__ = [
    "POST_FORMATS",
    "context_param",
    "collection_base_params",
    "get_item_schema",
    "get_collection_params",
    "endpoint_args_for_schema",
    "registered_meta_schema",
]

#: ``get_post_format_slugs()`` in order.
POST_FORMATS = ["standard", "aside", "chat", "gallery", "link", "image", "quote", "status", "video", "audio"]

#: Schema keywords copied from a property into an endpoint arg (``rest_get_allowed_schema_keywords``).
_ARG_KEYWORDS = (
    "title", "description", "default", "type", "format", "enum", "items", "properties", "additionalProperties",
    "patternProperties", "minProperties", "maxProperties", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
    "anyOf", "oneOf",
)


def context_param(default: str | None = "view", schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """``get_context_param``: the ``context`` arg (enum: every context the schema uses, descending)."""
    from broadsheet.rest.schema import get_context_param

    schema = schema or {"properties": {"id": {"context": ["view", "edit", "embed"]}}}
    return get_context_param(schema, default=default) if default is not None else get_context_param(schema)


def collection_base_params(schema: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """``WP_REST_Controller::get_collection_params``: context, page, per_page, search."""
    from broadsheet.rest.schema import get_collection_params as base_params

    schema = schema or {"properties": {"id": {"context": ["view", "edit", "embed"]}}}
    params = base_params(schema)
    params["context"].pop("default", None)
    return params


def registered_meta_schema() -> dict[str, Any]:
    """The ``meta`` property: core's ``footnotes`` (string, single, default ``""``)."""
    return {
        "description": "Meta fields.",
        "type": "object",
        "context": ["view", "edit"],
        "properties": {"footnotes": {"type": "string", "title": "", "description": "", "default": ""}},
    }


def _ro(prop: dict[str, Any]) -> dict[str, Any]:
    prop["readonly"] = True
    return prop


def get_item_schema(post_type: PostType, rest_taxonomies: list[Any], rest_url: Callable[[str], str] | None,
                    statuses: list[str]) -> dict[str, Any]:
    """``get_item_schema`` for ``post_type`` (``statuses``: non-internal ones; ``links`` need ``rest_url``)."""
    props: dict[str, Any] = {
        "date": {"description": "The date the post was published, in the site's timezone.",
                 "type": ["string", "null"], "format": "date-time", "context": ["view", "edit", "embed"]},
        "date_gmt": {"description": "The date the post was published, as GMT.", "type": ["string", "null"],
                     "format": "date-time", "context": ["view", "edit"]},
        "guid": {"description": "The globally unique identifier for the post.", "type": "object",
                 "context": ["view", "edit"], "readonly": True, "properties": {
                     "raw": {"description": "GUID for the post, as it exists in the database.", "type": "string",
                             "context": ["edit"], "readonly": True},
                     "rendered": {"description": "GUID for the post, transformed for display.", "type": "string",
                                  "context": ["view", "edit"], "readonly": True}}},
        "id": {"description": "Unique identifier for the post.", "type": "integer",
               "context": ["view", "edit", "embed"], "readonly": True},
        "link": {"description": "URL to the post.", "type": "string", "format": "uri",
                 "context": ["view", "edit", "embed"], "readonly": True},
        "modified": {"description": "The date the post was last modified, in the site's timezone.",
                     "type": "string", "format": "date-time", "context": ["view", "edit"], "readonly": True},
        "modified_gmt": {"description": "The date the post was last modified, as GMT.", "type": "string",
                         "format": "date-time", "context": ["view", "edit"], "readonly": True},
        "slug": {"description": "An alphanumeric identifier for the post unique to its type.", "type": "string",
                 "context": ["view", "edit", "embed"]},
        "status": {"description": "A named status for the post.", "type": "string", "enum": list(statuses),
                   "context": ["view", "edit"]},
        "type": {"description": "Type of post.", "type": "string", "context": ["view", "edit", "embed"],
                 "readonly": True},
        "password": {"description": "A password to protect access to the content and excerpt.", "type": "string",
                     "context": ["edit"]},
    }
    if post_type.viewable and post_type.public:
        props["permalink_template"] = _ro({"description": "Permalink template for the post.", "type": "string",
                                           "context": ["edit"]})
        props["generated_slug"] = _ro({"description": "Slug automatically generated from the post title.",
                                       "type": "string", "context": ["edit"]})
        props["class_list"] = {"description": "An array of the class names for the post container element.",
                               "type": "array", "context": ["view", "edit"], "readonly": True,
                               "items": {"type": "string"}}
    if post_type.hierarchical:
        props["parent"] = {"description": "The ID for the parent of the post.", "type": "integer",
                           "context": ["view", "edit"]}
    for feature in supported_attributes(post_type):
        props.update(_feature_properties(feature))
    if post_type.name == "post":
        props["sticky"] = {"description": "Whether or not the post should be treated as sticky.",
                           "type": "boolean", "context": ["view", "edit"]}
    props["template"] = {"description": "The theme file to use to display the post.", "type": "string",
                         "context": ["view", "edit"]}
    for taxonomy in rest_taxonomies:
        props[taxonomy.base] = {
            "description": f"The terms assigned to the post in the {taxonomy.name} taxonomy.",
            "type": "array", "items": {"type": "integer"}, "context": ["view", "edit"],
        }
    schema: dict[str, Any] = {"$schema": "http://json-schema.org/draft-04/schema#", "title": post_type.name,
                              "type": "object", "properties": props}
    links = schema_links(post_type, rest_taxonomies, rest_url) if rest_url is not None else []
    if links:
        schema["links"] = links
    return schema


_FIXED_SCHEMAS = {
    "post": ["title", "editor", "author", "excerpt", "thumbnail", "comments", "revisions", "post-formats",
             "custom-fields"],
    "page": ["title", "editor", "author", "excerpt", "thumbnail", "comments", "revisions", "page-attributes",
             "custom-fields"],
    "attachment": ["title", "author", "comments", "revisions", "custom-fields", "thumbnail"],
}
_ATTRIBUTES = ("title", "editor", "author", "excerpt", "thumbnail", "comments", "revisions", "page-attributes",
               "post-formats", "custom-fields")


def supported_attributes(post_type: PostType) -> list[str]:
    """The schema-relevant features, in WordPress's order (core types use a fixed list)."""
    fixed = _FIXED_SCHEMAS.get(post_type.name)
    if fixed is not None:
        return [a for a in _ATTRIBUTES if a in fixed]
    return [a for a in _ATTRIBUTES if post_type.supports_feature(a)]


def _feature_properties(feature: str) -> dict[str, Any]:
    if feature == "title":
        return {"title": {"description": "The title for the post.", "type": "object",
                          "context": ["view", "edit", "embed"], "properties": {
                              "raw": {"description": "Title for the post, as it exists in the database.",
                                      "type": "string", "context": ["edit"]},
                              "rendered": {"description": "HTML title for the post, transformed for display.",
                                           "type": "string", "context": ["view", "edit", "embed"],
                                           "readonly": True}}}}
    if feature == "editor":
        return {"content": {"description": "The content for the post.", "type": "object",
                            "context": ["view", "edit"], "properties": {
                                "raw": {"description": "Content for the post, as it exists in the database.",
                                        "type": "string", "context": ["edit"]},
                                "rendered": {"description": "HTML content for the post, transformed for display.",
                                             "type": "string", "context": ["view", "edit"], "readonly": True},
                                "block_version": {
                                    "description": "Version of the content block format used by the post.",
                                    "type": "integer", "context": ["edit"], "readonly": True},
                                "protected": {"description": "Whether the content is protected with a password.",
                                              "type": "boolean", "context": ["view", "edit", "embed"],
                                              "readonly": True}}}}
    if feature == "author":
        return {"author": {"description": "The ID for the author of the post.", "type": "integer",
                           "context": ["view", "edit", "embed"]}}
    if feature == "excerpt":
        return {"excerpt": {"description": "The excerpt for the post.", "type": "object",
                            "context": ["view", "edit", "embed"], "properties": {
                                "raw": {"description": "Excerpt for the post, as it exists in the database.",
                                        "type": "string", "context": ["edit"]},
                                "rendered": {"description": "HTML excerpt for the post, transformed for display.",
                                             "type": "string", "context": ["view", "edit", "embed"],
                                             "readonly": True},
                                "protected": {"description": "Whether the excerpt is protected with a password.",
                                              "type": "boolean", "context": ["view", "edit", "embed"],
                                              "readonly": True}}}}
    if feature == "thumbnail":
        return {"featured_media": {"description": "The ID of the featured media for the post.", "type": "integer",
                                   "context": ["view", "edit", "embed"]}}
    if feature == "comments":
        return {
            "comment_status": {"description": "Whether or not comments are open on the post.", "type": "string",
                               "enum": ["open", "closed"], "context": ["view", "edit"]},
            "ping_status": {"description": "Whether or not the post can be pinged.", "type": "string",
                            "enum": ["open", "closed"], "context": ["view", "edit"]},
        }
    if feature == "page-attributes":
        return {"menu_order": {"description": "The order of the post in relation to other posts.",
                               "type": "integer", "context": ["view", "edit"]}}
    if feature == "post-formats":
        return {"format": {"description": "The format for the post.", "type": "string", "enum": list(POST_FORMATS),
                           "context": ["view", "edit"]}}
    if feature == "custom-fields":
        return {"meta": registered_meta_schema()}
    return {}


def schema_links(post_type: PostType, rest_taxonomies: list[Any],
                 rest_url: Callable[[str], str]) -> list[dict[str, Any]]:
    """``get_schema_links``: the action relations a client may find on an item."""
    href = rest_url(f"{post_type.rest_namespace}/{post_type.base}/{{id}}")
    links: list[dict[str, Any]] = []

    def action(rel: str, title: str, properties: dict[str, Any]) -> None:
        links.append({"rel": f"https://api.w.org/{rel}", "title": title, "href": href,
                      "targetSchema": {"type": "object", "properties": properties}})

    if post_type.name != "attachment":
        action("action-publish", "The current user can publish this post.",
               {"status": {"type": "string", "enum": ["publish", "future"]}})
    action("action-unfiltered-html", "The current user can post unfiltered HTML markup and JavaScript.",
           {"content": {"raw": {"type": "string"}}})
    if post_type.name == "post":
        action("action-sticky", "The current user can sticky this post.", {"sticky": {"type": "boolean"}})
    if post_type.supports_feature("author"):
        action("action-assign-author", "The current user can change the author on this post.",
               {"author": {"type": "integer"}})
    for tax in rest_taxonomies:
        items = {tax.base: {"type": "array", "items": {"type": "integer"}}}
        action(f"action-assign-{tax.base}", f"The current user can assign terms in the {tax.name} taxonomy.", items)
        action(f"action-create-{tax.base}", f"The current user can create terms in the {tax.name} taxonomy.",
               copy.deepcopy(items))
    return links


def endpoint_args_for_schema(schema: dict[str, Any], method: str,
                             arg_options: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """``get_endpoint_args_for_item_schema``: writable properties as args (defaults only on create).

    Every arg validates and sanitises by its schema unless ``arg_options`` (a property's
    ``arg_options`` in WordPress) replaces a callback; ``None`` switches it off.
    """
    from broadsheet.rest.schema import rest_sanitize_request_arg, rest_validate_request_arg

    args: dict[str, dict[str, Any]] = {}
    for name, prop in schema["properties"].items():
        if prop.get("readonly"):
            continue
        arg: dict[str, Any] = {"validate_callback": rest_validate_request_arg,
                               "sanitize_callback": rest_sanitize_request_arg}
        arg.update((arg_options or {}).get(name, {}))
        # WordPress sets a create's default and required first, then copies the schema keywords.
        if method == "POST" and "default" in prop:
            arg["default"] = copy.deepcopy(prop["default"])
        if method == "POST" and prop.get("required"):
            arg["required"] = True
        for keyword in _ARG_KEYWORDS:
            if keyword == "default":
                continue
            if keyword in prop:
                arg[keyword] = copy.deepcopy(prop[keyword])
        args[name] = arg
    return args


def _taxonomy_limit_schema(taxonomy: Any, exclude: bool) -> dict[str, Any]:
    """One ``{base}`` / ``{base}_exclude`` param: a term id list or ``{terms, include_children, operator}``."""
    props: dict[str, Any] = {
        "terms": {"description": "Term IDs.", "type": "array", "items": {"type": "integer"}, "default": []},
    }
    if taxonomy.hierarchical:
        props["include_children"] = {
            "description": "Whether to include child terms in the terms limiting the result set.",
            "type": "boolean", "default": False}
    if not exclude:
        props["operator"] = {"description": "Whether items must be assigned all or any of the specified terms.",
                             "type": "string", "enum": ["AND", "OR"], "default": "OR"}
    description = (f"Limit result set to items except those with specific terms assigned in the {taxonomy.base} "
                   "taxonomy." if exclude else
                   f"Limit result set to items with specific terms assigned in the {taxonomy.base} taxonomy.")
    return {
        "description": description,
        "type": ["object", "array"],
        "oneOf": [
            {"title": "Term ID List", "description": "Match terms with the listed IDs.", "type": "array",
             "items": {"type": "integer"}},
            {"title": "Term ID Taxonomy Query", "description": "Perform an advanced term query.", "type": "object",
             "properties": props, "additionalProperties": False},
        ],
    }


def get_collection_params(post_type: PostType, rest_taxonomies: list[Any], all_statuses: list[str],
                          sanitize_statuses: Callable[..., Any] | None = None) -> dict[str, dict[str, Any]]:
    """``get_collection_params`` for ``post_type`` in WordPress's key order."""
    params = collection_base_params()
    params["context"]["default"] = "view"
    params["after"] = {"description": "Limit response to posts published after a given ISO8601 compliant date.",
                       "type": "string", "format": "date-time"}
    params["modified_after"] = {
        "description": "Limit response to posts modified after a given ISO8601 compliant date.",
        "type": "string", "format": "date-time"}
    if post_type.supports_feature("author"):
        params["author"] = {"description": "Limit result set to posts assigned to specific authors.",
                            "type": "array", "items": {"type": "integer"}, "default": []}
        params["author_exclude"] = {"description": "Ensure result set excludes posts assigned to specific authors.",
                                    "type": "array", "items": {"type": "integer"}, "default": []}
    params["before"] = {"description": "Limit response to posts published before a given ISO8601 compliant date.",
                        "type": "string", "format": "date-time"}
    params["modified_before"] = {
        "description": "Limit response to posts modified before a given ISO8601 compliant date.",
        "type": "string", "format": "date-time"}
    params["exclude"] = {"description": "Ensure result set excludes specific IDs.", "type": "array",
                         "items": {"type": "integer"}, "default": []}
    params["include"] = {"description": "Limit result set to specific IDs.", "type": "array",
                         "items": {"type": "integer"}, "default": []}
    page_attributes = post_type.name == "page" or post_type.supports_feature("page-attributes")
    if page_attributes:
        params["menu_order"] = {"description": "Limit result set to posts with a specific menu_order value.",
                                "type": "integer"}
    params["search_semantics"] = {"description": "How to interpret the search input.", "type": "string",
                                  "enum": ["exact"]}
    params["offset"] = {"description": "Offset the result set by a specific number of items.", "type": "integer"}
    params["order"] = {"description": "Order sort attribute ascending or descending.", "type": "string",
                       "default": "desc", "enum": ["asc", "desc"]}
    orderby = ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs",
               "title"]
    if page_attributes:
        orderby.append("menu_order")
    params["orderby"] = {"description": "Sort collection by post attribute.", "type": "string", "default": "date",
                         "enum": orderby}
    if post_type.hierarchical or post_type.name == "attachment":
        params["parent"] = {"description": "Limit result set to items with particular parent IDs.",
                            "type": "array", "items": {"type": "integer"}, "default": []}
        params["parent_exclude"] = {
            "description": "Limit result set to all items except those of a particular parent ID.",
            "type": "array", "items": {"type": "integer"}, "default": []}
    params["search_columns"] = {"default": [], "description": "Array of column names to be searched.",
                                "type": "array",
                                "items": {"enum": ["post_title", "post_content", "post_excerpt"], "type": "string"}}
    params["slug"] = {"description": "Limit result set to posts with one or more specific slugs.", "type": "array",
                      "items": {"type": "string"}}
    params["status"] = {"default": "publish", "description": "Limit result set to posts assigned one or more statuses.",
                        "type": "array", "items": {"enum": [*all_statuses, "any"], "type": "string"}}
    if sanitize_statuses is not None:
        params["status"]["sanitize_callback"] = sanitize_statuses
    if rest_taxonomies:
        params["tax_relation"] = {"description": "Limit result set based on relationship between multiple taxonomies.",
                                  "type": "string", "enum": ["AND", "OR"]}
        for taxonomy in rest_taxonomies:
            params[taxonomy.base] = _taxonomy_limit_schema(taxonomy, exclude=False)
            params[f"{taxonomy.base}_exclude"] = _taxonomy_limit_schema(taxonomy, exclude=True)
    if post_type.name == "post":
        params["sticky"] = {"description": "Limit result set to items that are sticky.", "type": "boolean"}
        params["ignore_sticky"] = {"description": "Whether to ignore sticky posts or not.", "type": "boolean",
                                   "default": True}
    if post_type.supports_feature("post-formats"):
        params["format"] = {"description": "Limit result set to items assigned one or more given formats.",
                            "type": "array", "uniqueItems": True,
                            "items": {"enum": list(POST_FORMATS), "type": "string"}}
    return params
