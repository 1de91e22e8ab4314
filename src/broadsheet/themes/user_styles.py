"""The user's global styles: the ``wp_global_styles`` post of a theme (``WP_Theme_JSON_Resolver``).

Port of ``get_user_data_from_wp_global_styles()`` and ``get_user_global_styles_post_id()``
(WordPress 7.1.4, ``class-wp-theme-json-resolver.php``): the latest published post with the theme's
``wp_theme`` term; for the active theme it is created on first use, as WordPress does when it links it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus

from sqlalchemy import select

#: ``WP_Theme_JSON::LATEST_SCHEMA``.
LATEST_SCHEMA = 3
POST_TYPE = "wp_global_styles"


def find_user_styles_post_id(conn: Any, db: Any, stylesheet: str) -> int | None:
    """The newest published ``wp_global_styles`` post of ``stylesheet`` (``wp_theme`` term by name)."""
    t = db.tables
    row = conn.execute(
        select(t.posts.c.ID)
        .join(t.term_relationships, t.term_relationships.c.object_id == t.posts.c.ID)
        .join(t.term_taxonomy, t.term_taxonomy.c.term_taxonomy_id == t.term_relationships.c.term_taxonomy_id)
        .join(t.terms, t.terms.c.term_id == t.term_taxonomy.c.term_id)
        .where(t.posts.c.post_type == POST_TYPE, t.posts.c.post_status == "publish",
               t.term_taxonomy.c.taxonomy == "wp_theme", t.terms.c.name == stylesheet)
        .order_by(t.posts.c.post_date.desc()).limit(1)
    ).first()
    return int(row[0]) if row else None


def user_styles_post_id(conn: Any, env: Any, stylesheet: str) -> int | None:
    """``get_user_global_styles_post_id()``: the post of ``stylesheet``, inserted when there is none."""
    from broadsheet.content.post_terms import set_object_terms
    from broadsheet.content.posts import PostError, insert_post

    found = find_user_styles_post_id(conn, env.db, stylesheet)
    if found is not None:
        return found
    try:
        post_id = insert_post(conn, env, {
            "post_content": '{"version": %d, "isGlobalStylesUserThemeJSON": true }' % LATEST_SCHEMA,
            "post_status": "publish",
            "post_title": "Custom Styles",
            "post_type": POST_TYPE,
            "post_name": f"wp-global-styles-{quote_plus(stylesheet)}",
        })
    except PostError:
        return None
    set_object_terms(conn, env.db, post_id, [stylesheet], "wp_theme", object_types=[POST_TYPE])
    return post_id
