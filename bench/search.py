#!/usr/bin/env python3
"""Search benchmark: ``GET /wp/v2/posts?search=…`` over a generated corpus, with the search index vs plain LIKE.

For each backend (SQLite, PostgreSQL) a fresh database gets ``tests/data/oracle/fixture-db.json``
plus ``--posts`` generated posts (``tests/storage/search_corpus.py``, with a long tail of rare
words), then each search is served in-process (``BroadsheetApp.handle``, the whole REST path) and
timed with the index (SQLite FTS5 trigram pre-filter, PostgreSQL pg_trgm GIN) and without it
(SQLite: the pre-filter switched off; PostgreSQL: the indexes dropped). Both answers must be
identical (ids, ``X-WP-Total``) or the run fails.

    python bench/search.py [--posts 50000] [--repeat 15] [--backends sqlite postgresql]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from broadsheet.app import create_app
from broadsheet.bootstrap import build_site
from broadsheet.site import SiteConfig
from broadsheet.storage.dump import restore
from broadsheet.storage.search_index import create_search_index, drop_search_index, mark_search_index
from tests.backends import fresh_database_url
from tests.storage.search_corpus import generate_posts, insert_posts, pseudo_words

FIXTURE = ROOT / "tests" / "data" / "oracle" / "fixture-db.json"
FIRST_ID = 100_000
HEADERS = {"host": "localhost:8881", "accept": "application/json"}


@dataclass
class Row:
    """One search's figures."""

    search: str
    total: int
    indexed_ms: float
    plain_ms: float


def searches(posts: list[Any]) -> list[str]:
    """The searches timed: rare, absent, common, phrase, exclusion and short terms."""
    plain = [p for p in posts if not p.post_content.startswith("<!--")]
    rare_one = plain[100].post_content.split()[-1]
    rare_two = f"{plain[200].post_content.split()[-1]} {plain[300].post_content.split()[-1]}"
    phrase = " ".join(plain[400].post_content.split()[-2:])
    return [rare_one, rare_two, "quokka", f'"{phrase}"', "coffee", "café -forest", "wordpress press", "ab"]


def get(app: Any, search: str) -> tuple[list[int], int]:
    """(ids, X-WP-Total) of the first page of ``/wp/v2/posts?search=``."""
    qs = urllib.parse.urlencode({"search": search, "_fields": "id"})
    response = app.handle("GET", "/wp-json/wp/v2/posts", qs, HEADERS, b"")
    if response.status != 200:
        raise RuntimeError(f"{search!r}: HTTP {response.status}: {response.body[:200]!r}")
    total = next(int(v) for k, v in response.headers if k.lower() == "x-wp-total")
    return [item["id"] for item in json.loads(response.body)], total


def timed(app: Any, search: str, repeat: int) -> tuple[float, tuple[list[int], int]]:
    """Median milliseconds of `repeat` requests (after one warm-up) and the answer."""
    answer = get(app, search)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        get(app, search)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), answer


def run_backend(backend: str, args: argparse.Namespace) -> list[Row]:
    """Load the corpus into a fresh `backend` database and time every search both ways."""
    rare = pseudo_words(20_000)
    posts = generate_posts(args.posts, first_id=FIRST_ID, rare=rare)
    with fresh_database_url(backend) as url:
        site = build_site(SiteConfig(database_url=url))
        db = site.db
        try:
            db.create_schema()
            restore(db, FIXTURE)
            start = time.perf_counter()
            with db.engine.begin() as conn:
                insert_posts(conn, db.tables.posts, posts)
                if backend == "postgresql":
                    conn.exec_driver_sql("ANALYZE")
            print(f"{backend}: {args.posts} posts inserted (index kept by the database) in "
                  f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
            site.invalidate_options()
            app = create_app(site=site)
            toggle = _toggle(backend, db)
            rows = []
            for search in searches(posts):
                indexed_ms, indexed = timed(app, search, args.repeat)
                toggle(False)
                plain_ms, plain = timed(app, search, args.repeat)
                toggle(True)
                if indexed != plain:
                    raise AssertionError(f"{backend} {search!r}: indexed {indexed} != plain {plain}")
                rows.append(Row(search, indexed[1], indexed_ms, plain_ms))
                print(f"  {search!r}: {indexed[1]} found, {indexed_ms:.1f} ms vs {plain_ms:.1f} ms", file=sys.stderr)
            return rows
        finally:
            db.dispose()


def _toggle(backend: str, db: Any) -> Callable[[bool], None]:
    """A switch between the search index and plain LIKE for `db`."""
    def sqlite(on: bool) -> None:
        mark_search_index(db.tables.posts, on)

    def postgresql(on: bool) -> None:
        start = time.perf_counter()
        with db.engine.begin() as conn:
            if on:
                create_search_index(conn, "postgresql", db.tables.posts)
            else:
                drop_search_index(conn, "postgresql", db.tables.posts)
        if on:
            print(f"    (GIN trigram indexes rebuilt in {time.perf_counter() - start:.1f} s)", file=sys.stderr)

    return sqlite if backend == "sqlite" else postgresql


def print_table(backend: str, rows: list[Row], args: argparse.Namespace) -> None:
    """A Markdown table of one backend's figures."""
    print(f"\n{backend}, {args.posts} generated posts + fixture, median of {args.repeat} requests "
          "(`/wp/v2/posts?search=…&_fields=id`):\n")
    print("| search | X-WP-Total | index ms | plain LIKE ms | speed-up |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| `{r.search}` | {r.total} | {r.indexed_ms:.1f} | {r.plain_ms:.1f} | {r.plain_ms / r.indexed_ms:.1f}× |")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for backend in args.backends:
        print_table(backend, run_backend(backend, args), args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
