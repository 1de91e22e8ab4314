#!/usr/bin/env python3
"""How much of a REST request is the content formatting chains, in broadsheet and in WordPress.

For each target, the same request served in process on both sides (broadsheet over the fixture
restored into a temporary SQLite file; WordPress through ``rest_do_request`` after it has loaded,
``bench/php/rest_formatting_share.php``), the median request time and the median time spent in
the ``the_title``, ``the_content`` and excerpt chains; and WordPress's median one-at-a-time HTTP
latency, which is what ``bench/rest.py`` compares against. The last column is the time broadsheet
would have to answer in for 20x WordPress's HTTP latency, beside broadsheet's own formatting time:
where the formatting alone is over that budget, 20x needs faster formatting, not a faster server.

    python bench/formatting_share.py [--requests N] [--target PATH?QUERY ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from profile_rest import build_app  # noqa: E402

TARGETS = ("/wp-json/wp/v2/posts?per_page=10", "/wp-json/wp/v2/posts/17", "/wp-json/wp/v2/posts?per_page=100&_embed")
WORDPRESS = Path("/opt/wpref/www")
ORACLE = "http://127.0.0.1:8881"


class ChainTimer:
    """Wraps the chains' entry points; time in nested runs (the excerpt's the_content) counts once."""

    NAMES = ("render_title", "render_content", "render_excerpt")

    def __init__(self) -> None:
        from broadsheet.formatting import chains

        self.chains = chains
        self.saved = {name: getattr(chains, name) for name in self.NAMES}
        self.depth = 0
        self.seconds = 0.0

    def _wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.depth += 1
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.depth -= 1
                if not self.depth:
                    self.seconds += time.perf_counter() - started
        return timed

    def _binders(self, name: str) -> list[Any]:
        """The chains module and every loaded broadsheet module that imported ``name`` from it."""
        original = self.saved[name]
        return [module for key, module in list(sys.modules.items())
                if key.startswith("broadsheet") and getattr(module, name, None) is original]

    def __enter__(self) -> ChainTimer:
        self.patched = [(module, name) for name in self.NAMES for module in self._binders(name)]
        for module, name in self.patched:
            setattr(module, name, self._wrap(self.saved[name]))
        return self

    def __exit__(self, *exc: object) -> None:
        for module, name in self.patched:
            setattr(module, name, self.saved[name])


def broadsheet_figures(app: Any, target: str, requests: int) -> tuple[float, float]:
    """(median request ms, median formatting ms) in process."""
    path, _, query = target.partition("?")
    handle = lambda: app.handle("GET", path, query, {"host": "127.0.0.1:8881"}, b"")  # noqa: E731
    handle()
    totals, formatting = [], []
    with ChainTimer() as timer:
        for _ in range(requests):
            timer.seconds = 0.0
            started = time.perf_counter()
            handle()
            totals.append((time.perf_counter() - started) * 1000)
            formatting.append(timer.seconds * 1000)
    return statistics.median(totals), statistics.median(formatting)


def wordpress_figures(target: str, requests: int) -> tuple[float, float] | None:
    """(median request ms, median formatting ms) of WordPress in process, or None without php/WordPress."""
    if not shutil.which("php") or not (WORDPRESS / "wp-load.php").exists():
        return None
    path, _, query = target.partition("?")
    route = path[len("/wp-json"):]
    script = ROOT / "bench" / "php" / "rest_formatting_share.php"
    out = subprocess.run(["php", str(script), str(WORDPRESS), route, query, str(requests)],
                         capture_output=True, text=True, timeout=600, check=True).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return statistics.median(data["request_ms"]), statistics.median(data["formatting_ms"])


def wordpress_http_ms(target: str, requests: int) -> float | None:
    """WordPress's median one-at-a-time HTTP latency (bootstrap included), or None if it is down."""
    times = []
    try:
        for _ in range(requests + 1):
            started = time.perf_counter()
            with urllib.request.urlopen(ORACLE + target, timeout=60) as response:
                response.read()
            times.append((time.perf_counter() - started) * 1000)
    except OSError:
        return None
    return statistics.median(times[1:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10, help="requests per target and side (median)")
    parser.add_argument("--target", dest="targets", action="append", help="path?query (repeatable)")
    args = parser.parse_args(argv)
    print(f"{'target':44} {'bs ms':>7} {'bs fmt':>7} {'wp ms':>7} {'wp fmt':>7} {'wp http':>8} {'20x budget':>10}")
    with tempfile.TemporaryDirectory(prefix="broadsheet-share-") as tmp:
        app = build_app(tmp)
        for target in args.targets or TARGETS:
            runs = args.requests if "_embed" not in target else max(3, args.requests // 3)
            bs_ms, bs_fmt = broadsheet_figures(app, target, runs)
            wp = wordpress_figures(target, runs)
            http = wordpress_http_ms(target, runs)
            wp_ms, wp_fmt = wp if wp else (float("nan"), float("nan"))
            budget = http / 20 if http else float("nan")
            print(f"{target:44} {bs_ms:7.1f} {bs_fmt:7.1f} {wp_ms:7.1f} {wp_fmt:7.1f} "
                  f"{http if http else float('nan'):8.1f} {budget:10.1f}")
        app.site.db.engine.dispose()
    print("ms: medians; bs/wp ms = whole request in process, fmt = title/content/excerpt chains, "
          "wp http = WordPress one at a time over HTTP, 20x budget = wp http / 20")
    return 0


if __name__ == "__main__":
    sys.exit(main())
