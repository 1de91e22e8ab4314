"""The user's global styles: the ``wp_global_styles`` post of a theme (``WP_Theme_JSON_Resolver``).

Port of ``get_user_data_from_wp_global_styles()`` and ``get_user_global_styles_post_id()``
(WordPress 7.1.4, ``class-wp-theme-json-resolver.php``): the latest published post with the theme's
``wp_theme`` term; for the active theme it is created on first use, as WordPress does when it links it.
"""

from __future__ import annotations

import json
from functools import cache
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


def decode_user_config(raw: str) -> dict[str, Any] | None:
    """The post content as user theme.json, or None when it is not (``isGlobalStylesUserThemeJSON``)."""
    try:
        config = json.loads(raw)
    except ValueError:
        return None
    if isinstance(config, dict) and config.get("isGlobalStylesUserThemeJSON") is True:
        return config
    return None


def valid_block_style_variations(options: dict[str, Any], *, partials: bool = True) -> dict[str, list[str]]:
    """``get_valid_block_style_variations``: per block (in registration order), its block.json styles
    then those the active theme registers: ``register_block_style`` on ``init`` and, once
    ``wp_register_block_style_variations_from_theme_json_partials`` ran in the request (``partials``),
    its ``styles/**`` partials with ``blockTypes``."""
    from broadsheet.blocks.theme_blocks import theme_blocks

    _, theme = theme_blocks(options)
    registered = [(block, str(props["name"])) for block, props in theme.block_styles]
    if partials:
        registered += [(block, slug) for slug, _, blocks in theme.style_partials for block in blocks]
    variations: dict[str, list[str]] = {}
    for block, own in _core_block_styles().items():
        names = list(own)
        for name in (name for registered_block, name in registered if registered_block == block):
            if name not in names:
                names.append(name)
        if names:
            variations[block] = names
    return variations


_PARTIALS_REGISTERED = "block_style_partials_registered"


def register_block_style_partials(ctx: Any) -> None:
    """``wp_register_block_style_variations_from_theme_json_partials``: from now on in this request
    (``DataContext``), the theme's style partials are registered block style variations."""
    ctx.extra[_PARTIALS_REGISTERED] = True


def block_style_partials_registered(ctx: Any) -> bool:
    return bool(ctx.extra.get(_PARTIALS_REGISTERED))


def sanitized_user_config(raw: str, options: dict[str, Any], *, partials: bool) -> dict[str, Any] | None:
    """``( new WP_Theme_JSON( $config, 'custom' ) )->get_raw_data()`` of a user styles post, or None.

    ``partials``: whether the request registered the theme's block style partials (WordPress does
    before saving styles, and before showing a revision with block styles; not for a plain read)."""
    from broadsheet.themes.theme_json import theme_json_raw_data

    config = decode_user_config(raw)
    if config is None:
        return None
    variations = valid_block_style_variations(options, partials=partials)
    return theme_json_raw_data(config, "custom", block_names(), variations)


def block_names() -> list[str]:
    """The registered block types' names (``get_blocks_metadata`` keys): core's, in registration order."""
    return list(_core_block_styles())


@cache
def _core_block_styles() -> dict[str, tuple[str, ...]]:
    """Every core block name (registration order) with the style names of its block.json."""
    from broadsheet.blocks.registry import core_block_types

    return {t.name: tuple(str(style["name"]) for style in t.styles or []) for t in core_block_types()}
