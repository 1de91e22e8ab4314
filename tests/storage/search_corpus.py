"""A generated post corpus and random WordPress searches over it, for the search-index tests and bench.

Words mix ASCII, accents, case variants, non-BMP characters, LIKE wildcards and quotes; a few
posts share a date (order ties) or carry a password; searches cover single words, word pieces,
short terms, quoted phrases, exclusions, stopwords, long term lists, exact titles and column
subsets.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert

__all__ = ["CorpusPost", "SearchCase", "generate_posts", "insert_posts", "pseudo_words", "random_searches"]

_WORD_TEXT = (
    "apple banana coffee delta echo forest garden harbor island jungle kettle lantern meadow "
    "nectar orbit pepper quartz river saddle timber umbrella velvet walnut xylophone yonder zephyr "
    "word words wordpress press presse broadsheet search searching researcher index indexed "
    "café crème brûlée naïve façade résumé Ångström straße Straße ÉCOLE école niño Ürümqi İstanbul "
    "Ωmega ωmega Δelta 東京 😀smile smile😀 pre%cent 100% under_score a_b back\\slash it's "
    "\"quoted\" don't e-mail x y ab é ÿ "
    "the of and to in is on for with by at from about this that"
)
WORDS = _WORD_TEXT.split()

_JOINERS = (" ", " ", " ", ", ", ". ", " - ", "\n", " — ", "; ", "/")


def _variant(rng: random.Random, word: str) -> str:
    """The word in a random case (mostly as is)."""
    roll = rng.random()
    if roll < 0.12:
        return word.upper()
    if roll < 0.24:
        return word.title()
    if roll < 0.30:
        return word.swapcase()
    return word


def _text(rng: random.Random, low: int, high: int) -> str:
    """Random words joined by spaces and punctuation."""
    count = rng.randint(low, high)
    out: list[str] = []
    for i in range(count):
        if i:
            out.append(rng.choice(_JOINERS))
        out.append(_variant(rng, rng.choice(WORDS)))
    return "".join(out)


@dataclass
class CorpusPost:
    """The searchable fields of one generated post."""

    ID: int
    post_title: str
    post_excerpt: str
    post_content: str
    post_date: str
    post_status: str = "publish"
    post_type: str = "post"
    post_password: str = ""


def pseudo_words(count: int, *, seed: int = 3) -> list[str]:
    """`count` distinct made-up words (syllables), a long tail of rare words like real text has."""
    rng = random.Random(seed)
    syllables = [c + v for c in "bcdfghjklmnprstvz" for v in "aeiou"]
    found: dict[str, None] = {}
    while len(found) < count:
        found["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))] = None
    return list(found)


def generate_posts(count: int, *, seed: int = 5, first_id: int = 1, rare: list[str] | None = None) -> list[CorpusPost]:
    """`count` posts with random text; about 3 % share the previous post's date.

    With `rare`, each post's content also gets a few words drawn from that list.
    """
    rng = random.Random(seed)
    posts: list[CorpusPost] = []
    date = "2020-01-01 00:00:00"
    for n in range(count):
        if not posts or rng.random() > 0.03:
            day = rng.randint(0, 6 * 365)
            date = f"{2020 + day // 365:04d}-{day % 365 // 31 + 1:02d}-{day % 28 + 1:02d} " \
                   f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        content = _text(rng, 3, 60)
        if rare:
            content += " " + " ".join(rng.choice(rare) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.3:
            content = f"<!-- wp:paragraph -->\n<p>{content}</p>\n<!-- /wp:paragraph -->"
        posts.append(CorpusPost(
            ID=first_id + n,
            post_title=_text(rng, 1, 6),
            post_excerpt=_text(rng, 1, 12) if rng.random() < 0.3 else "",
            post_content=content,
            post_date=date,
            post_status=rng.choices(["publish", "draft", "private"], [85, 10, 5])[0],
            post_type=rng.choices(["post", "page"], [85, 15])[0],
            post_password="secret" if rng.random() < 0.05 else "",
        ))
    return posts


def _row(post: CorpusPost) -> dict[str, Any]:
    """A full wp_posts row for `post`."""
    return {
        "ID": post.ID, "post_author": 1, "post_date": post.post_date, "post_date_gmt": post.post_date,
        "post_content": post.post_content, "post_title": post.post_title, "post_excerpt": post.post_excerpt,
        "post_status": post.post_status, "post_password": post.post_password, "post_name": f"corpus-{post.ID}",
        "to_ping": "", "pinged": "", "post_modified": post.post_date, "post_modified_gmt": post.post_date,
        "post_content_filtered": "", "guid": f"http://example.org/?p={post.ID}", "post_type": post.post_type,
    }


def insert_posts(conn: Connection, posts_table: Any, posts: list[CorpusPost], batch: int = 1000) -> None:
    """Insert the posts in batches (the caller commits)."""
    for start in range(0, len(posts), batch):
        conn.execute(insert(posts_table), [_row(p) for p in posts[start:start + batch]])


@dataclass
class SearchCase:
    """One search: the string and the query settings around it."""

    s: str
    exact: bool = False
    columns: list[str] = field(default_factory=list)
    logged_in: bool = False
    orderby: str = "relevance"
    post_type: list[str] = field(default_factory=lambda: ["post"])
    post_status: list[str] = field(default_factory=lambda: ["publish"])


def _piece(rng: random.Random, word: str) -> str:
    """A substring of `word` (at least one character)."""
    if len(word) < 2:
        return word
    start = rng.randrange(len(word) - 1)
    return word[start:rng.randint(start + 1, len(word))]


def _search_string(rng: random.Random, posts: list[CorpusPost]) -> str:
    """A random search string of one of several shapes."""
    def word() -> str:
        return _variant(rng, rng.choice(WORDS))

    shape = rng.randrange(11)
    if shape == 0:
        return word()
    if shape == 1:
        return _variant(rng, _piece(rng, rng.choice(WORDS)))
    if shape == 2:
        return " ".join(word() for _ in range(rng.randint(2, 4)))
    if shape == 3:
        # A quoted phrase cut from a post, with maybe a word after it.
        text = rng.choice(posts).post_content.split()
        i = rng.randrange(max(len(text) - 1, 1))
        phrase = '"' + " ".join(text[i:i + 2]) + '"'
        return phrase + (" " + word() if rng.random() < 0.4 else "")
    if shape == 4:
        return f"{word()} -{word()}"
    if shape == 5:
        return f"-{word()}"
    if shape == 6:
        return rng.choice(["x", "ab", "é", "Ω", "😀", "%", "_", "\\", "it", "to", "de", "\"\"", "-", "--x"])
    if shape == 7:
        return rng.choice(["pre%", "%cent", "a_b", "_score", "back\\s", "it's", "don'", "100%", "e-mail"])
    if shape == 8:
        return " ".join(rng.choice(["the", "of", "and", "to", "in"]) for _ in range(rng.randint(1, 3)))
    if shape == 9:
        return " ".join(word() for _ in range(rng.randint(10, 12)))
    return _variant(rng, _piece(rng, rng.choice(posts).post_title))


def random_searches(posts: list[CorpusPost], count: int, *, seed: int = 7) -> Iterator[SearchCase]:
    """`count` random searches over `posts`, with varied settings."""
    rng = random.Random(seed)
    for _ in range(count):
        case = SearchCase(s=_search_string(rng, posts))
        roll = rng.random()
        if roll < 0.08:
            case.exact = True
            case.s = rng.choice(posts).post_title
        elif roll < 0.2:
            case.columns = rng.sample(["post_title", "post_excerpt", "post_content"], rng.randint(1, 2))
        case.logged_in = rng.random() < 0.3
        if rng.random() < 0.2:
            case.orderby = "post_date"
        if rng.random() < 0.2:
            case.post_type = ["post", "page"]
            case.post_status = ["publish", "private"]
        yield case
