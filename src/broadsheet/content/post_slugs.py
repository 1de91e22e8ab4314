"""``wp_unique_post_slug``: a slug no sibling uses, with ``-2``, ``-3``… suffixes (WordPress 7.1.4, post.php).

Posts must be unique per type, pages within their parent (and against attachments), attachments
across every type; feed names, ``embed`` and slugs that look like date archives or page numbers
get a suffix too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import Connection, select

from broadsheet.storage.tables import WPTables

__all__ = ["wp_unique_post_slug"]

_FEEDS = ("feed", "rdf", "rss", "rss2", "atom")
_PAGINATED = re.compile(r"^(page)?\d+$")
_DIGITS = re.compile(r"^[0-9]+$")


def _truncate(slug: str, length: int) -> str:
    """``_truncate_post_slug`` for ASCII/percent-encoded slugs: cut and drop trailing dashes."""
    if len(slug) > length:
        slug = slug[:length]
    return slug.rstrip("-")


def _date_conflict(slug: str, permalink_structure: str) -> bool:
    """A numeric post slug that would be read as a date archive under the permalink structure."""
    if not _DIGITS.match(slug):
        return False
    parts = [p for p in permalink_structure.split("/") if p]
    try:
        postname_index = parts.index("%postname%")
    except ValueError:
        return False
    value = int(slug)
    if postname_index == 0:
        return True
    previous = parts[postname_index - 1]
    if previous == "%year%" and 1 <= value <= 12:
        return True
    if previous == "%monthnum%" and 1 <= value <= 31:
        return True
    if previous == "%day%" and 1 <= value <= 31:
        return True
    return False


def wp_unique_post_slug(conn: Connection, tables: WPTables, slug: str, post_id: int, post_status: str,
                        post_type: str, post_parent: int, *, hierarchical: bool = False,
                        permalink_structure: str = "", current_name: str | None = None,
                        lookup: Callable[[str], list[tuple[int, str, int]]] | None = None,
                        locking: bool = False) -> str:
    """The slug to store for a post: ``slug`` itself when free, else the first free ``slug-N``.

    ``lookup(name)`` may serve the ``(ID, post_type, post_parent)`` rows named ``name`` from a
    prefetched batch; by default each candidate is one query. ``locking`` makes those queries
    locking reads, which see rows committed after the transaction's snapshot (MariaDB).
    """
    if post_status in ("draft", "pending", "auto-draft") or (post_status == "inherit" and post_type == "revision"):
        return slug
    if post_type == "user_request":
        return slug
    p = tables.posts

    def taken(candidate: str) -> bool:
        if lookup is not None:
            for other_id, other_type, other_parent in lookup(candidate):
                if other_id == post_id:
                    continue
                if post_type == "attachment":
                    return True
                if hierarchical:
                    if other_type in (post_type, "attachment") and other_parent == post_parent:
                        return True
                elif other_type == post_type:
                    return True
            return False
        stmt = select(p.c.post_name).where(p.c.post_name == candidate, p.c.ID != post_id)
        if post_type == "attachment":
            pass
        elif hierarchical:
            if post_type == "nav_menu_item":
                return False
            stmt = stmt.where(p.c.post_type.in_([post_type, "attachment"]), p.c.post_parent == post_parent)
        else:
            stmt = stmt.where(p.c.post_type == post_type)
        stmt = stmt.limit(1)
        if locking:
            stmt = stmt.with_for_update(read=True)
        return conn.execute(stmt).first() is not None

    if hierarchical and post_type == "nav_menu_item":
        return slug

    def conflicts(candidate: str, first: bool) -> bool:
        if taken(candidate):
            return True
        if not first:
            return False
        if candidate in _FEEDS or candidate == "embed":
            return True
        if hierarchical and post_type != "attachment" and _PAGINATED.match(candidate):
            return True
        if (post_type == "post" and current_name != candidate
                and _date_conflict(candidate, permalink_structure)):
            return True
        return False

    if not conflicts(slug, True):
        return slug
    suffix = 2
    while True:
        candidate = _truncate(slug, 200 - (len(str(suffix)) + 1)) + f"-{suffix}"
        if not taken(candidate):
            return candidate
        suffix += 1
