"""A little demo content of our own for a new site (``broadsheet serve --demo``).

Written straight into the tables, the way WordPress's installer writes its first post, so a
fresh site has a front page of news to look at: a category, tags and three articles.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, insert, select, update

from broadsheet.formatting.sanitize import sanitize_title
from broadsheet.storage.engine import Database

DEMO_CATEGORY = "Newsroom"
DEMO_ARTICLES = [
    ("City council approves the new harbour plan",
     "<!-- wp:paragraph -->\n<p>After three hours of debate the council voted 7&ndash;2 for the plan.</p>\n"
     "<!-- /wp:paragraph -->\n\n<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n\n<!-- wp:paragraph -->\n"
     "<p>Work on the quay starts in spring; the ferry keeps running throughout.</p>\n<!-- /wp:paragraph -->",
     ["council", "harbour"]),
    ("Readers' corrections: how we fix our mistakes",
     "We publish every correction at the foot of the article it concerns.\n\n"
     "Spotted an error? Use the corrections form under any story -- we read every message.",
     ["corrections"]),
    ("Weekend weather: \"sunny spells\" and a chance of rain",
     "Expect sunny spells on Saturday... and showers by Sunday evening.", ["weather"]),
]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)


def _term(conn, db: Database, name: str, taxonomy: str) -> int:  # type: ignore[no-untyped-def]
    """The term_taxonomy_id of ``name`` in ``taxonomy``, created when missing."""
    t = db.tables
    slug = sanitize_title(name)
    found = conn.execute(
        select(t.term_taxonomy.c.term_taxonomy_id)
        .join(t.terms, t.term_taxonomy.c.term_id == t.terms.c.term_id)
        .where(t.terms.c.slug == slug, t.term_taxonomy.c.taxonomy == taxonomy)
    ).scalar()
    if found is not None:
        return int(found)
    term_id = conn.execute(insert(t.terms).values(name=name, slug=slug, term_group=0)).inserted_primary_key[0]
    return int(conn.execute(insert(t.term_taxonomy).values(
        term_id=term_id, taxonomy=taxonomy, description="", parent=0, count=0)).inserted_primary_key[0])


def add_demo_content(db: Database, *, author: int = 1) -> None:
    """Add the demo category, tags and articles (published over the last three days)."""
    t = db.tables
    with db.engine.begin() as conn:
        home = conn.execute(select(t.options.c.option_value).where(t.options.c.option_name == "home")).scalar() or ""
        category = _term(conn, db, DEMO_CATEGORY, "category")
        for age, (title, content, tags) in enumerate(DEMO_ARTICLES):
            when = _now() - timedelta(days=len(DEMO_ARTICLES) - age)
            stamp = when.strftime("%Y-%m-%d %H:%M:%S")
            slug = sanitize_title(title)
            post_id = conn.execute(insert(t.posts).values(
                post_author=author, post_date=stamp, post_date_gmt=stamp, post_content=content,
                post_title=title, post_excerpt="", post_status="publish", comment_status="open",
                ping_status="open", post_password="", post_name=slug, to_ping="", pinged="",
                post_modified=stamp, post_modified_gmt=stamp, post_content_filtered="", post_parent=0,
                guid="", menu_order=0, post_type="post", post_mime_type="", comment_count=0,
            )).inserted_primary_key[0]
            conn.execute(update(t.posts).where(t.posts.c.ID == post_id).values(guid=f"{home}/?p={post_id}"))
            for tt_id in [category, *(_term(conn, db, tag, "post_tag") for tag in tags)]:
                conn.execute(insert(t.term_relationships).values(object_id=post_id, term_taxonomy_id=tt_id,
                                                                 term_order=0))
        # term counts: published posts per term, as WordPress maintains them
        counts = dict(conn.execute(
            select(t.term_relationships.c.term_taxonomy_id, func.count())
            .join(t.posts, t.posts.c.ID == t.term_relationships.c.object_id)
            .where(t.posts.c.post_status == "publish", t.posts.c.post_type == "post")
            .group_by(t.term_relationships.c.term_taxonomy_id)
        ).all())
        for tt_id, count in counts.items():
            conn.execute(update(t.term_taxonomy).where(t.term_taxonomy.c.term_taxonomy_id == tt_id)
                         .values(count=count))
