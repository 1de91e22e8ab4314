"""The site's published pages for the page list block (``formatting.navigation_blocks.PageSource``).

Ports ``get_pages(['sort_column' => 'menu_order,post_title', 'order' => 'asc'])`` with its default
``hierarchical`` walk (``get_page_children(0, ...)``, ``wp-includes/post.php``, WordPress 7.1.4): one
query, ordered as MariaDB's collation orders titles; a page under an unpublished parent is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from broadsheet.formatting.navigation_blocks import PageItem
from broadsheet.query.post_rows import WPPost, post_columns, post_from_row
from broadsheet.storage.engine import Database

__all__ = ["DatabasePages"]


def get_page_children(page_id: int, pages: list[WPPost]) -> list[WPPost]:
    """``get_page_children``: the descendants of ``page_id``, depth first, siblings in query order."""
    children: dict[int, list[WPPost]] = {}
    for page in pages:
        children.setdefault(page.post_parent, []).append(page)
    found: list[WPPost] = []
    to_look = list(reversed(children.get(page_id, [])))
    while to_look:
        page = to_look.pop()
        found.append(page)
        to_look.extend(reversed(children.get(page.ID, [])))
    return found


@dataclass
class DatabasePages:
    """A ``PageSource`` over ``wp_posts`` for one request (the query runs once, on first use)."""

    conn: Connection
    db: Database
    options: Mapping[str, Any]
    permalink: Callable[[WPPost], str]
    _pages: list[PageItem] | None = field(default=None, init=False)

    def pages(self) -> list[PageItem]:
        """Published pages reachable from the top level, ordered by ``menu_order`` then title."""
        if self._pages is None:
            p = self.db.tables.posts
            stmt = (select(*post_columns(self.db.tables))
                    .where(p.c.post_type == "page", p.c.post_status == "publish")
                    .order_by(p.c.menu_order.asc(), self.db.sort_key(p.c.post_title).asc()))
            rows = [post_from_row(row) for row in self.conn.execute(stmt).mappings()]
            self._pages = [PageItem(page.ID, page.post_parent, page.post_title, self.permalink(page))
                           for page in get_page_children(0, rows)]
        return self._pages

    def front_page_id(self) -> int:
        """``(int) get_option('page_on_front')``."""
        try:
            return int(self.options.get("page_on_front") or 0)
        except (TypeError, ValueError):
            return 0
