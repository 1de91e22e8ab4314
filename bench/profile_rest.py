#!/usr/bin/env python3
"""Where a REST request's time goes: the bench targets served in-process over the fixture, profiled.

For each target: milliseconds per request (best of ``--repeat`` runs, no profiler), SQL statements
per request, and the share of profiled time spent in content formatting, SQL execution, links and
``targetHints``, embedding and JSON encoding (cumulative, so nested parts overlap: embedding
includes the embedded requests' formatting and SQL).

    python bench/profile_rest.py [--repeat N] [--target PATH?QUERY ...]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "oracle" / "fixture-db.json"
TARGETS = ("/wp-json/wp/v2/posts?per_page=10", "/wp-json/wp/v2/posts/17",
           "/wp-json/wp/v2/posts?per_page=100&_embed", "/wp-json/")
#: Profile buckets: label → (file suffix, function name) pairs whose cumulative time is summed.
BUCKETS: dict[str, tuple[tuple[str, str], ...]] = {
    "formatting": (("formatting/chains.py", "render_content"), ("formatting/chains.py", "render_excerpt"),
                   ("formatting/chains.py", "render_title")),
    "sql": (("sqlalchemy/engine/base.py", "execute"),),
    "links+hints": (("rest/controllers/post_links.py", "prepare_links"), ("rest/controllers/terms.py", "prepare_links"),
                    ("rest/controllers/comments.py", "prepare_links"), ("rest/controllers/users.py", "prepare_links")),
    "targetHints": (("rest/server.py", "target_hints"),),
    "embedding": (("rest/server.py", "embed_links"),),
    "json": (("rest/encoding.py", "json_encode"),),
}


def build_app(tmp: str) -> Any:
    """The app over the fixture restored into a fresh SQLite file."""
    from broadsheet.app import create_app
    from broadsheet.bootstrap import build_site
    from broadsheet.site import SiteConfig
    from broadsheet.storage.dump import restore

    site = build_site(SiteConfig(database_url=f"sqlite:///{tmp}/site.db", options_ttl=3600.0))
    site.db.create_schema()
    restore(site.db, FIXTURE)
    site.invalidate_options()
    return create_app(site=site)


def _bucket_seconds(stats: pstats.Stats, pairs: tuple[tuple[str, str], ...]) -> float:
    total = 0.0
    for (filename, _, name), row in stats.stats.items():  # type: ignore[attr-defined]
        if any(filename.endswith(suffix) and name == wanted for suffix, wanted in pairs):
            total += row[3]
    return total


def profile_target(app: Any, target: str, repeat: int) -> dict[str, Any]:
    """Timing, statement count and profile shares for one target."""
    path, _, query = target.partition("?")
    handle = lambda: app.handle("GET", path, query, {"host": "127.0.0.1"}, b"")  # noqa: E731
    response = handle()
    statements = []
    listener = lambda *args: statements.append(1)  # noqa: E731
    event.listen(app.site.db.engine, "before_cursor_execute", listener)
    handle()
    event.remove(app.site.db.engine, "before_cursor_execute", listener)
    runs = max(1, repeat)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(runs):
            handle()
        best = min(best, (time.perf_counter() - started) / runs)
    profiler = cProfile.Profile()
    profiler.enable()
    handle()
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    shares = {label: _bucket_seconds(stats, pairs) / total for label, pairs in BUCKETS.items()}
    return {"ms": best * 1000, "statements": len(statements), "status": response.status,
            "bytes": len(response.body), "shares": shares}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="requests per timing run (best of 3 runs)")
    parser.add_argument("--target", dest="targets", action="append", help="path?query (repeatable)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="broadsheet-profile-") as tmp:
        app = build_app(tmp)
        print(f"{'target':44} {'ms/req':>8} {'SQL':>5} {'bytes':>8}  " + " ".join(f"{b:>11}" for b in BUCKETS))
        for target in args.targets or TARGETS:
            result = profile_target(app, target, args.repeat if "_embed" not in target else 1)
            shares = " ".join(f"{result['shares'][b] * 100:10.0f}%" for b in BUCKETS)
            print(f"{target:44} {result['ms']:8.2f} {result['statements']:5d} {result['bytes']:8d}  {shares}")
        app.site.db.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
