#!/usr/bin/env python3
"""Formatting benchmark: microseconds per KB of the ``the_content`` chain, broadsheet vs WordPress's PHP.

Runs every input of ``tests/data/vectors/the_content.jsonl`` through
``broadsheet.formatting.conformance.call("the_content", args)`` for several passes and reports
the best pass; where ``php`` and the oracle's WordPress (``/opt/wpref/www``) exist, runs the same
inputs through WordPress's own ``apply_filters('the_content', …)`` (``bench/php/the_content_bench.php``)
in the same run, and prints the ratio.

    python bench/formatting.py [--passes N] [--vectors FILE] [--wordpress DIR] [--no-php]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "data" / "vectors" / "the_content.jsonl"
PHP_BENCH = Path(__file__).resolve().parent / "php" / "the_content_bench.php"
WORDPRESS_DIR = Path("/opt/wpref/www")


@dataclass
class Timing:
    """Best pass over all inputs, and how many outputs equal the vectors'."""

    inputs: int
    kbytes: float
    seconds: float
    identical: int
    errors: int = 0

    @property
    def us_per_kb(self) -> float:
        return self.seconds * 1e6 / self.kbytes


def load_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def shared_registry_renderer() -> Callable[[str, list[Any]], str]:
    """``the_content`` as a REST request renders each post: one hooks registry, a fresh context per post.

    ``conformance.call`` builds a new registry with every default filter for each vector (so no
    counter carries over); a server builds it once, so this is the per-post cost it pays.
    """
    from broadsheet.formatting.chains import VECTOR_POST_ID, RenderContext, register_default_filters, render_content
    from broadsheet.formatting.settings import VECTOR_SETTINGS
    from broadsheet.hooks import Hooks

    hooks = Hooks()
    register_default_filters(hooks, VECTOR_SETTINGS)

    def render(fn: str, args: list[Any]) -> str:
        ctx = RenderContext(post_id=VECTOR_POST_ID, post_content=args[0], settings=VECTOR_SETTINGS)
        return render_content(args[0], ctx, hooks)

    return render


def bench_python(cases: list[dict], passes: int, fn: str, call: Callable[[str, list[Any]], str] | None = None) -> Timing:
    """Best of ``passes`` passes of the broadsheet chain over every input (exceptions are counted, not timed out)."""
    if call is None:
        from broadsheet.formatting.conformance import call

    best = float("inf")
    identical = errors = 0
    for number in range(passes):
        elapsed = 0.0
        for case in cases:
            started = time.perf_counter()
            try:
                out = call(fn, case["args"])
            except Exception:  # noqa: BLE001 - a port bug must not stop the benchmark; it is reported
                out = None
                if number == 0:
                    errors += 1
            elapsed += time.perf_counter() - started
            if number == 0 and out == case["out"]:
                identical += 1
        best = min(best, elapsed)
    size = sum(len(case["args"][0].encode("utf-8")) for case in cases) / 1024
    return Timing(len(cases), size, best, identical, errors)


def bench_php(vectors: Path, passes: int, wordpress: Path) -> Timing:
    """The same inputs through WordPress's PHP (one process, all passes; best pass)."""
    done = subprocess.run(["php", str(PHP_BENCH), str(wordpress), str(vectors), str(passes)],
                          check=True, capture_output=True, text=True, timeout=600)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return Timing(report["inputs"], report["bytes"] / 1024, min(report["passes"]), report["identical"])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5, help="passes over the inputs; the best counts (default 5)")
    parser.add_argument("--vectors", type=Path, default=VECTORS, help=f"vector file (default {VECTORS.name})")
    parser.add_argument("--wordpress", type=Path, default=WORDPRESS_DIR, help=f"WordPress tree (default {WORDPRESS_DIR})")
    parser.add_argument("--no-php", action="store_true", help="broadsheet only")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    cases = load_cases(args.vectors)
    fn = cases[0]["fn"] if cases else "the_content"
    ours = bench_python(cases, args.passes, fn)
    shared = bench_python(cases, args.passes, fn, shared_registry_renderer()) if fn.startswith("the_content") else None
    theirs = None
    if not args.no_php and shutil.which("php") and (args.wordpress / "wp-load.php").exists():
        theirs = bench_php(args.vectors, args.passes, args.wordpress)
    elif not args.no_php:
        print(f"# php or {args.wordpress}/wp-load.php missing: broadsheet only", file=sys.stderr)
    print(f"# {fn} over {args.vectors.name}: {ours.inputs} inputs, {ours.kbytes:.0f} KB; best of {args.passes} "
          f"passes; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{'engine':12} {'µs/KB':>9} {'ms/pass':>9} {'identical':>11} {'errors':>7}")
    print(f"{'broadsheet':12} {ours.us_per_kb:9.1f} {ours.seconds * 1000:9.1f} "
          f"{ours.identical:>5}/{ours.inputs:<5} {ours.errors:>7}   conformance.call (fresh registry per input)")
    if shared is not None:
        print(f"{'broadsheet':12} {shared.us_per_kb:9.1f} {shared.seconds * 1000:9.1f} "
              f"{shared.identical:>5}/{shared.inputs:<5} {shared.errors:>7}   one registry, fresh context per input (REST path)")
    if theirs is not None:
        print(f"{'php':12} {theirs.us_per_kb:9.1f} {theirs.seconds * 1000:9.1f} "
              f"{theirs.identical:>5}/{theirs.inputs:<5} {'-':>7}")
        for label, timing in (("conformance.call", ours), ("REST path", shared)):
            if timing is not None:
                ratio = theirs.us_per_kb / timing.us_per_kb
                print(f"# ratio PHP time / broadsheet time, {label}: {ratio:.2f}x "
                      f"({'faster' if ratio >= 1 else 'slower'} than PHP)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
