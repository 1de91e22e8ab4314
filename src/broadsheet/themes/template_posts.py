"""Customised templates: ``wp_template`` / ``wp_template_part`` posts read back as block templates.

Port of ``_build_block_template_result_from_post()`` and the database half of
``get_block_templates()`` / ``get_block_template()`` (WordPress 7.1.4, ``block-template-utils.php``).
A post belongs to the theme named by its ``wp_theme`` term; a part's area is its
``wp_template_part_area`` term; ``origin`` and ``is_wp_suggestion`` are post meta.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from broadsheet.formatting.blocks import get_comment_delimited_block_content
from broadsheet.query.post_rows import WPPost, post_columns, post_from_row
from broadsheet.storage.meta import get_meta
from broadsheet.themes.block_templates import (
    WP_TEMPLATE,
    WP_TEMPLATE_PART,
    BlockTemplate,
    _remove_serialized_parent_block,
    apply_block_hooks_to_content,
    template_file,
)
from broadsheet.themes.template_types import DEFAULT_TEMPLATE_TYPES
from broadsheet.themes.theme import Theme

def _json_list(value: Any) -> Any:
    """``json_decode( $meta, true )`` of the ignored hooked blocks list (null when not JSON)."""
    import json

    try:
        return json.loads(str(value))
    except ValueError:
        return None


def _term_names(conn: Any, db: Any, object_id: int, taxonomy: str) -> list[str]:
    t = db.tables
    rows = conn.execute(
        select(t.terms.c.name)
        .join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)
        .join(t.term_relationships, t.term_relationships.c.term_taxonomy_id == t.term_taxonomy.c.term_taxonomy_id)
        .where(t.term_relationships.c.object_id == object_id, t.term_taxonomy.c.taxonomy == taxonomy)
        .order_by(t.terms.c.name))
    return [str(r[0]) for r in rows]


def build_from_post(conn: Any, site: Any, active: Theme | None, post: WPPost,
                    parent: WPPost | None = None) -> BlockTemplate | None:
    """``_build_block_template_result_from_post`` (None where WordPress returns a WP_Error).

    For a revision, ``parent`` is its template post: slug, type, terms and meta come from it.
    """
    from dataclasses import replace

    from broadsheet.themes.template_titles import derive_title

    db = site.db
    owner = parent if parent is not None else post
    post = replace(post, post_name=owner.post_name, post_type=owner.post_type)
    themes = _term_names(conn, db, owner.ID, "wp_theme")
    if not themes:
        return None
    theme_name = themes[0]
    file = template_file(active, post.post_type, post.post_name) if active is not None else None
    has_theme_file = active is not None and active.stylesheet == theme_name and file is not None
    origin = get_meta(conn, "post", owner.ID, "origin", single=True, tables=db.tables)
    suggestion = get_meta(conn, "post", owner.ID, "is_wp_suggestion", single=True, tables=db.tables)
    template = BlockTemplate(
        id=f"{theme_name}//{post.post_name}", theme=theme_name, slug=post.post_name, type=post.post_type,
        content=post.post_content, source="custom", origin=origin or None, title=post.post_title,
        description=post.post_excerpt, status=post.post_status, wp_id=post.ID, has_theme_file=has_theme_file,
        is_custom=not suggestion, author=post.post_author, modified=post.post_modified, date=post.post_date)
    if post.post_type == WP_TEMPLATE and has_theme_file and file is not None and file.post_types is not None:
        template.post_types = file.post_types
    if post.post_type == WP_TEMPLATE and template.slug in DEFAULT_TEMPLATE_TYPES:
        template.is_custom = False
    if post.post_type == WP_TEMPLATE_PART:
        areas = _term_names(conn, db, owner.ID, "wp_template_part_area")
        if areas:
            template.area = areas[0]
    if post.post_type == WP_TEMPLATE and not template.description and (
            not template.title or template.title == template.slug):
        derive_title(conn, site, template)
    if post.post_type == WP_TEMPLATE_PART:
        ignored = get_meta(conn, "post", post.ID, "_wp_ignored_hooked_blocks", single=True, tables=db.tables)
        attrs = {"metadata": {"ignoredHookedBlocks": _json_list(ignored)}} if ignored else {}
        wrapped = get_comment_delimited_block_content("core/template-part", attrs, template.content)
        template.content = _remove_serialized_parent_block(apply_block_hooks_to_content(wrapped, theme_name))
    else:
        template.content = apply_block_hooks_to_content(template.content, theme_name)
    return template


def _posts_of_theme(conn: Any, db: Any, template_type: str, theme: str, *, statuses: tuple[str, ...],
                    slug: str | None = None, wp_id: int | None = None, area: str | None = None,
                    slugs_in: tuple[str, ...] = (), limit: int | None = None) -> list[WPPost]:
    """``WP_Query`` of template posts with the theme's ``wp_theme`` term (newest first)."""
    t = db.tables
    theme_ids = (select(t.term_relationships.c.object_id)
                 .join(t.term_taxonomy, t.term_taxonomy.c.term_taxonomy_id == t.term_relationships.c.term_taxonomy_id)
                 .join(t.terms, t.terms.c.term_id == t.term_taxonomy.c.term_id)
                 .where(t.term_taxonomy.c.taxonomy == "wp_theme", t.terms.c.name == theme))
    stmt = select(*post_columns(t)).where(t.posts.c.post_type == template_type,
                                          t.posts.c.post_status.in_(statuses), t.posts.c.ID.in_(theme_ids))
    if area is not None:
        area_ids = (select(t.term_relationships.c.object_id)
                    .join(t.term_taxonomy,
                          t.term_taxonomy.c.term_taxonomy_id == t.term_relationships.c.term_taxonomy_id)
                    .join(t.terms, t.terms.c.term_id == t.term_taxonomy.c.term_id)
                    .where(t.term_taxonomy.c.taxonomy == "wp_template_part_area", t.terms.c.name == area))
        stmt = stmt.where(t.posts.c.ID.in_(area_ids))
    if slug is not None:
        stmt = stmt.where(t.posts.c.post_name == slug)
    if slugs_in:
        stmt = stmt.where(t.posts.c.post_name.in_(slugs_in))
    if wp_id is not None:
        stmt = stmt.where(t.posts.c.ID == wp_id)
    stmt = stmt.order_by(t.posts.c.post_date.desc())  # no tiebreaker, as WP_Query
    if limit is not None:
        stmt = stmt.limit(limit)
    return [post_from_row(row) for row in conn.execute(stmt).mappings()]


def template_posts(conn: Any, site: Any, active: Theme, template_type: str, *, wp_id: int | None = None,
                   area: str | None = None, slugs_in: tuple[str, ...] = ()) -> list[BlockTemplate]:
    """The active theme's customised templates (published, or any editable status with ``wp_id``)."""
    statuses = ("auto-draft", "draft", "publish") if wp_id is not None else ("publish",)
    posts = _posts_of_theme(conn, site.db, template_type, active.stylesheet, statuses=statuses, wp_id=wp_id,
                            area=area if template_type == WP_TEMPLATE_PART else None, slugs_in=slugs_in,
                            limit=len(set(slugs_in)) if slugs_in else None)
    return [t for t in (build_from_post(conn, site, active, p) for p in posts) if t is not None]


def template_post(conn: Any, site: Any, active: Theme | None, template_type: str, theme: str,
                  slug: str) -> BlockTemplate | None:
    """``get_block_template``'s query: the newest post of ``theme//slug`` in any status but inherit."""
    posts = _posts_of_theme(conn, site.db, template_type, theme,
                            statuses=("auto-draft", "draft", "publish", "trash"), slug=slug, limit=1)
    return build_from_post(conn, site, active, posts[0]) if posts else None


def get_block_templates(conn: Any, site: Any, active: Theme, template_type: str, *, wp_id: int | None = None,
                        area: str | None = None, post_type: str = "",
                        slugs_in: tuple[str, ...] = ()) -> list[BlockTemplate]:
    """``get_block_templates``: customised posts first, then the theme files they do not replace."""
    from broadsheet.themes import block_templates as files

    result: list[BlockTemplate] = []
    for template in template_posts(conn, site, active, template_type, wp_id=wp_id, area=area, slugs_in=slugs_in):
        if post_type and not template.is_custom:
            continue
        if post_type and template.post_types is not None and post_type not in template.post_types:
            continue
        result.append(template)
    if wp_id is not None:
        return result
    replaced = tuple(t.slug for t in result)
    for info in files.template_files(active, template_type, area=area, slugs_in=slugs_in, slugs_not_in=replaced):
        if not post_type or (info.post_types is not None and post_type in info.post_types):
            result.append(files.build_from_file(active, info, template_type))
        elif info.post_types is None:
            candidate = files.build_from_file(active, info, template_type)
            if candidate.slug not in DEFAULT_TEMPLATE_TYPES:
                result.append(candidate)
    return result


def get_block_template(conn: Any, site: Any, active: Theme | None, template_id: str,
                       template_type: str) -> BlockTemplate | None:
    """``get_block_template``: the customised post of ``theme//slug``, else the active theme's file."""
    from broadsheet.themes.block_templates import get_block_file_template

    parts = template_id.split("//", 1)
    if len(parts) < 2:
        return None
    found = template_post(conn, site, active, template_type, parts[0], parts[1])
    if found is not None:
        return found
    return get_block_file_template(active, template_id, template_type) if active is not None else None


def get_template_hierarchy(site: Any, slug: str, is_custom: bool = False, template_prefix: str = "") -> list[str]:
    """``get_template_hierarchy``: the template slugs to try for ``slug``, most specific first."""
    if slug == "index":
        return ["index"]
    if is_custom:
        return ["page", "singular", "index"]
    if slug == "front-page":
        return ["front-page", "home", "index"]
    hierarchy = [slug]
    if template_prefix:
        kind = template_prefix.split("-")[0]
        if template_prefix not in (slug, kind):
            hierarchy.append(template_prefix)
        if slug != kind:
            hierarchy.append(kind)
    elif match := re.match(r"^(author|category|archive|tag|page)-.+$", slug, re.DOTALL):
        hierarchy.append(match.group(1))
    elif match := re.match(r"^(taxonomy|single)-(.+)$", slug, re.DOTALL):
        kind, rest = match.group(1), match.group(2)
        items = ([pt.name for pt in site.post_types.all()] if kind == "single"
                 else [tax.name for tax in site.taxonomies.all()])
        for item in items:
            if not rest.startswith(item):
                continue
            if rest == item:
                hierarchy.append(kind)
                break
            if len(rest) > len(item) + 1:
                hierarchy += [f"{kind}-{item}", kind]
                break
    if slug.startswith(("author", "taxonomy", "category", "tag")) or slug == "date":
        hierarchy.append("archive")
    if slug == "attachment":
        hierarchy.append("single")
    if slug.startswith(("single", "page")) or slug == "attachment":
        hierarchy.append("singular")
    hierarchy.append("index")
    return hierarchy


def resolve_block_template(conn: Any, site: Any, active: Theme, template_type: str,
                           hierarchy: list[str]) -> BlockTemplate | None:
    """``resolve_block_template( $type, $hierarchy, '' )``: the first existing ``wp_template`` of the list."""
    if not template_type:
        return None
    slugs = [_strip_template_file_suffix(s) for s in (hierarchy or [template_type])]
    templates = get_block_templates(conn, site, active, WP_TEMPLATE, slugs_in=tuple(slugs))
    priority = {slug: index for index, slug in enumerate(slugs)}  # array_flip: a repeated slug's last index
    templates.sort(key=lambda t: priority.get(t.slug, 0))
    return templates[0] if templates else None


def _strip_template_file_suffix(name: str) -> str:
    """``_strip_template_file_suffix``: ``page.php`` or ``page.html`` -> ``page``."""
    return re.sub(r"\.(php|html)$", "", name)
