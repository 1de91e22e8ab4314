"""Titles of customised templates saved without one (``_build_block_template_result_from_post``).

A ``wp_template`` post with no description and an empty title (or its slug as title) whose slug
targets an object (``author-…``, ``page-…``, ``single-{type}-…``, ``tag-…``, ``category-…``,
``taxonomy-{tax}-…``) is titled after that object, as WordPress 7.1.4's
``_wp_build_title_and_description_for_*_block_template`` do (en_US strings).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select

from broadsheet.themes.block_templates import BlockTemplate

DERIVED = re.compile(r"(author|page|single|tag|category|taxonomy)-(.+)")


def _single(conn: Any, site: Any, post_type: str, slug: str, template: BlockTemplate) -> bool:
    """``_wp_build_title_and_description_for_single_post_type_block_template``."""
    from broadsheet.formatting.sanitize import sanitize_title_for_query

    pt = site.post_types.get(post_type)
    singular = pt.singular_name if pt is not None else post_type
    posts = site.db.tables.posts
    row = conn.execute(select(posts.c.post_title).where(
        posts.c.post_type == post_type, posts.c.post_status == "publish",
        posts.c.post_name == sanitize_title_for_query(slug)).order_by(posts.c.post_date.desc()).limit(1)).first()
    if row is None:
        template.title = f"Not found: {singular} ({slug})"
        return False
    template.title = f"{singular}: {row[0]}"
    template.description = f"Template for {row[0]}"
    # WordPress then counts posts with the same title in a query of at most one post: never more than one.
    return True


def _taxonomy(conn: Any, site: Any, taxonomy: str, slug: str, template: BlockTemplate) -> bool:
    """``_wp_build_title_and_description_for_taxonomy_block_template``."""
    tax = site.taxonomies.get(taxonomy)
    singular = tax.singular_name if tax is not None else taxonomy
    t = site.db.tables
    joined = t.terms.join(t.term_taxonomy, t.term_taxonomy.c.term_id == t.terms.c.term_id)
    row = conn.execute(select(t.terms.c.name).select_from(joined).where(
        t.term_taxonomy.c.taxonomy == taxonomy, t.terms.c.slug == slug).order_by(t.terms.c.name).limit(1)).first()
    if row is None:
        template.title = f"Not found: {singular} ({slug})"
        return False
    name = str(row[0])
    template.title = f"{singular}: {name}"
    template.description = f"Template for {name}"
    same = conn.execute(select(func.count()).select_from(joined).where(
        t.term_taxonomy.c.taxonomy == taxonomy, t.terms.c.name == name)).scalar_one()
    if same > 1:
        template.title = f"{template.title} ({slug})"
    return True


def _editors_named(conn: Any, site: Any, column: str, value: str) -> list[str]:
    """``get_users( capability edit_posts, exact search on one column, fields display_name )``."""
    from broadsheet.query.user_query import UserQuery, query_users

    store = site.context(conn).auth_store()
    roles = [role.name for role in store.roles if role.has_cap("edit_posts")]
    # The roles granting the capability, or the capability given to the user directly (one LIKE each).
    query = UserQuery(roles=[*roles, "edit_posts"], search=value, search_columns=[column], number=0)
    rows = sorted(query_users(conn, site.db, query), key=lambda row: str(row["user_login"]))  # orderby login
    return [str(row["display_name"]) for row in rows]


def _author(conn: Any, site: Any, nice_name: str, template: BlockTemplate) -> None:
    users = _editors_named(conn, site, "user_nicename", nice_name)
    if not users:
        template.title = f"Deleted author: {nice_name}"
        return
    author_name = users[0]
    template.title = f"Author: {author_name}"
    template.description = f"Template for {author_name}"
    if len(_editors_named(conn, site, "display_name", author_name)) > 1:
        template.title = f"{template.title} ({nice_name})"


def derive_title(conn: Any, site: Any, template: BlockTemplate) -> None:
    """Title (and description) of a customised ``wp_template`` saved without them, from its slug."""
    match = DERIVED.match(template.slug)
    if match is None:
        return
    kind, rest = match.group(1), match.group(2)
    if kind == "author":
        _author(conn, site, rest, template)
    elif kind == "page":
        _single(conn, site, "page", rest, template)
    elif kind == "single":
        for pt in site.post_types.all():
            if rest.startswith(pt.name + "-") and _single(conn, site, pt.name, rest[len(pt.name) + 1:], template):
                break
    elif kind == "tag":
        _taxonomy(conn, site, "post_tag", rest, template)
    elif kind == "category":
        _taxonomy(conn, site, "category", rest, template)
    else:
        for tax in site.taxonomies.all():
            if rest.startswith(tax.name + "-") and _taxonomy(conn, site, tax.name, rest[len(tax.name) + 1:], template):
                break
