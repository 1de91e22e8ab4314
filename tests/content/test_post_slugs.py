"""``wp_unique_post_slug``: suffixes per type, per parent for pages, and reserved names."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert

from broadsheet.content.post_slugs import wp_unique_post_slug


def _add(db: Any, conn: Any, post_id: int, name: str, post_type: str = "post", parent: int = 0) -> None:
    conn.execute(insert(db.tables.posts).values(
        ID=post_id, post_name=name, post_type=post_type, post_parent=parent, post_status="publish",
        post_content="", post_title="", post_excerpt="", to_ping="", pinged="", post_content_filtered=""))


def test_unique_slugs(db: Any) -> None:
    with db.engine.begin() as conn:
        _add(db, conn, 1, "hello")
        _add(db, conn, 2, "hello-2")
        _add(db, conn, 3, "about", "page")
        tables = db.tables
        assert wp_unique_post_slug(conn, tables, "hello", 9, "publish", "post", 0) == "hello-3"
        assert wp_unique_post_slug(conn, tables, "hello", 1, "publish", "post", 0) == "hello"
        assert wp_unique_post_slug(conn, tables, "hello", 9, "draft", "post", 0) == "hello"
        # Pages are unique within their parent and do not collide with posts.
        assert wp_unique_post_slug(conn, tables, "hello", 9, "publish", "page", 0, hierarchical=True) == "hello"
        assert wp_unique_post_slug(conn, tables, "about", 9, "publish", "page", 0, hierarchical=True) == "about-2"
        assert wp_unique_post_slug(conn, tables, "about", 9, "publish", "page", 3, hierarchical=True) == "about"
        # Reserved names and numeric page slugs.
        assert wp_unique_post_slug(conn, tables, "feed", 9, "publish", "post", 0) == "feed-2"
        assert wp_unique_post_slug(conn, tables, "2", 9, "publish", "page", 0, hierarchical=True) == "2-2"
        assert wp_unique_post_slug(conn, tables, "12", 9, "publish", "post", 0,
                                   permalink_structure="/%year%/%postname%/") == "12-2"
