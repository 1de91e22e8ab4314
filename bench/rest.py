#!/usr/bin/env python3
"""REST benchmark: broadsheet on the oracle fixture vs the reference WordPress, with wrk on loopback.

Restores ``tests/data/oracle/fixture-db.json`` into a temporary SQLite database (or the database
given by ``--database-url``, whose tables it replaces), starts ``broadsheet serve`` on 127.0.0.1,
then for each target runs ``wrk --latency`` against broadsheet and, when it answers, against
WordPress (``http://127.0.0.1:8881``), alternating, and prints requests/s, p99 and the ratio.

    python bench/rest.py [-d SECONDS] [-c CONNECTIONS] [-t THREADS] [--workers N] [--no-wordpress]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "oracle" / "fixture-db.json"
WORDPRESS = "http://127.0.0.1:8881"
TARGETS = (
    "/wp-json/wp/v2/posts?per_page=10",
    "/wp-json/wp/v2/posts/17",
    "/wp-json/wp/v2/posts?per_page=100&_embed",
    "/wp-json/",
)
#: A cheap request used to wait until a server has worked off the backlog of the previous run.
DRAIN_PATH = "/wp-json/wp/v2/types/post"
_P99 = re.compile(r"^\s+99(?:\.000)?%\s+([\d.]+)(us|ms|s)\b", re.M)
_TOTAL = re.compile(r"^\s*(\d+) requests in ([\d.]+)(us|ms|s|m)\b", re.M)
_NON2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_ERRORS = re.compile(r"Socket errors:.*?timeout (\d+)")
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


@dataclass
class Result:
    """One wrk run: successful responses per second, 99th-percentile latency and failures.

    ``rps`` counts only 2xx/3xx answers (wrk's own Requests/sec also counts errors, which a
    server under overload answers fast).
    """

    rps: float
    p99_ms: float
    non2xx: int
    timeouts: int
    requests: int = 0
    #: Median of sequential single requests (no concurrency), ms; None when not measured.
    single_ms: float | None = None


def parse_wrk(output: str) -> Result:
    """Requests/s, p99 (ms), non-2xx and timeout counts from ``wrk --latency`` output."""
    total = _TOTAL.search(output)
    p99 = _P99.search(output)
    if total is None or p99 is None:
        raise ValueError(f"cannot parse wrk output:\n{output}")
    requests = int(total.group(1))
    seconds = float(total.group(2)) * _UNIT_MS[total.group(3)] / 1000
    non2xx = int(m.group(1)) if (m := _NON2XX.search(output)) else 0
    timeouts = int(m.group(1)) if (m := _ERRORS.search(output)) else 0
    ok = max(requests - non2xx, 0)
    return Result(ok / seconds if seconds else 0.0, float(p99.group(1)) * _UNIT_MS[p99.group(2)],
                  non2xx, timeouts, requests)


def fetch(url: str, timeout: float = 30.0) -> tuple[int, float]:
    """(HTTP status, seconds) of one GET; status 0 when nothing answers."""
    status, seconds, _ = fetch_sized(url, timeout)
    return status, seconds


def fetch_sized(url: str, timeout: float = 30.0) -> tuple[int, float, int]:
    """(HTTP status, seconds, body bytes) of one GET; status 0 when nothing answers."""
    started = time.perf_counter()
    size = 0
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            size = len(response.read())
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except (OSError, ValueError):
        status = 0
    return status, time.perf_counter() - started, size


def post_total(base: str) -> str | None:
    """``X-WP-Total`` of ``/wp/v2/posts``: a cheap check that a server holds the fixture's posts."""
    try:
        with urllib.request.urlopen(base + "/wp-json/wp/v2/posts?per_page=1&_fields=id", timeout=30) as response:
            return response.headers.get("X-WP-Total")
    except (OSError, ValueError):
        return None


def wait_until_up(base: str, process: subprocess.Popen[bytes], limit: float = 60.0) -> None:
    """Poll ``/wp-json/`` until it answers 200 (bounded; fails if the server died)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"broadsheet exited with status {process.returncode} before answering")
        if fetch(base + "/wp-json/", timeout=5)[0] == 200:
            return
        time.sleep(0.25)
    raise SystemExit(f"broadsheet did not answer on {base} within {limit:.0f} s")


def drain(base: str, limit: float = 90.0) -> None:
    """Wait until a cheap request is fast again, so a slow server's queue does not eat the next run."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        status, seconds = fetch(base + DRAIN_PATH)
        if status == 200 and seconds < 0.15:
            return
        time.sleep(0.5)


def run_wrk(base: str, path: str, args: argparse.Namespace) -> Result:
    """Warm up, then one measured ``wrk`` run against ``base + path``.

    wrk stops sending when its time is up but the server still works off what was queued (32 slow
    requests can take a while), so each run starts and ends with ``drain``.
    """
    common = ["wrk", f"-t{args.threads}", f"-c{args.connections}", "--timeout", "30s"]
    if args.warmup > 0:
        subprocess.run([*common, f"-d{args.warmup}s", base + path], check=True, capture_output=True)
        drain(base)
    done = subprocess.run([*common, f"-d{args.duration}s", "--latency", base + path],
                          check=True, capture_output=True, text=True)
    if args.verbose:
        print(done.stdout, file=sys.stderr)
    drain(base)
    return parse_wrk(done.stdout)


def sequential_ms(url: str, count: int, size: int | None = None) -> float | None:
    """Median time of ``count`` one-at-a-time GETs (bounded to 60 s): the latency with no queue.

    With ``size`` (the server's first answer), answers whose body differs from it by more than 10 % do
    not count: the data changed under the run (someone reset the shared oracle).
    """
    times: list[float] = []
    deadline = time.monotonic() + 60
    while len(times) < count and time.monotonic() < deadline:
        status, seconds, got = fetch_sized(url)
        if status == 200 and (size is None or abs(got - size) <= size / 10):
            times.append(seconds * 1000)
    return statistics.median(times) if times else None


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def restore_fixture(database_url: str) -> None:
    """``broadsheet db restore`` of the oracle fixture into ``database_url``."""
    subprocess.run([sys.executable, "-m", "broadsheet", "--database-url", database_url,
                    "db", "restore", str(FIXTURE)], check=True, stdout=subprocess.DEVNULL)


def start_server(database_url: str, port: int, workers: int, http: str, server: str) -> subprocess.Popen[bytes]:
    """``broadsheet serve`` in its own process group (so its workers stop with it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "broadsheet", "--database-url", database_url,
         "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--http", http,
         "--server", server],
        start_new_session=True, stdout=subprocess.DEVNULL,
    )


def stop_server(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's own process group, SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


def _fmt(result: Result | None) -> tuple[str, str]:
    if result is None:
        return "-", "-"
    if result.rps == 0:
        return "0 done", "-"
    flag = f" ({result.non2xx + result.timeouts} err)" if (result.non2xx or result.timeouts) else ""
    return f"{result.rps:.1f}{flag}", f"{result.p99_ms:.1f}"


def benchmark(args: argparse.Namespace, base: str, wordpress: str | None) -> list[tuple[str, Result, Result | None]]:
    """Each target on broadsheet then WordPress, in turn; checks every target answers 200 first.

    Someone may reset the shared oracle meanwhile (a fresh install has 1 post, and answers fast):
    WordPress's post count is checked after each of its runs, and a run where it changed is dropped.
    """
    expected = post_total(base)
    rows = []
    for path in args.targets:
        servers = [("broadsheet", base)] + ([("wordpress", wordpress)] if wordpress else [])
        results: dict[str, Result] = {}
        sizes: dict[str, int] = {}
        for name, server in servers:
            status, _, size = fetch_sized(server + path)
            if status != 200:
                raise SystemExit(f"{name}: GET {server}{path} answered {status}")
            sizes[name] = size
            print(f"  {name:10} {path} ...", file=sys.stderr, flush=True)
            results[name] = run_wrk(server, path, args)
            results[name].single_ms = sequential_ms(server + path, args.sequential, sizes[name])
            if name == "wordpress" and post_total(server) != expected:
                print(f"# WordPress's posts changed during {path} (now {post_total(server)}, fixture {expected}): "
                      "its figures for this target are dropped", file=sys.stderr)
                del results[name]
        if len(sizes) == 2 and abs(sizes["broadsheet"] - sizes["wordpress"]) > sizes["wordpress"] / 10:
            print(f"# {path}: the answers differ in size (broadsheet {sizes['broadsheet']} bytes, WordPress "
                  f"{sizes['wordpress']}): not the same work", file=sys.stderr)
        rows.append((path, results["broadsheet"], results.get("wordpress")))
    return rows


def print_table(rows: list[tuple[str, Result, Result | None]], args: argparse.Namespace, workers: int) -> None:
    print(f"# wrk -t{args.threads} -c{args.connections} -d{args.duration}s --latency "
          f"(after {args.warmup} s warm-up); broadsheet: {args.server}, {workers} worker(s), http {args.http}, {args.database_label}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores")
    print(f"{'target':44} {'bs req/s':>14} {'bs p99 ms':>10} {'wp req/s':>14} {'wp p99 ms':>10} {'ratio':>7}"
          f" {'bs 1-by-1 ms':>13} {'wp 1-by-1 ms':>13}")
    for path, ours, theirs in rows:
        ratio = f"{ours.rps / theirs.rps:.1f}x" if theirs and theirs.rps else "-"
        single = [f"{r.single_ms:.1f}" if r is not None and r.single_ms is not None else "-" for r in (ours, theirs)]
        print(f"{path:44} {_fmt(ours)[0]:>14} {_fmt(ours)[1]:>10} {_fmt(theirs)[0]:>14} {_fmt(theirs)[1]:>10} {ratio:>7}"
              f" {single[0]:>13} {single[1]:>13}")
    if any(r.rps == 0 for _, ours, theirs in rows for r in (ours, theirs) if r):
        print("# 0 done = no request finished within the run: raise -d (each request of that target is slow)")
    if any(r.non2xx or r.timeouts for _, ours, theirs in rows for r in (ours, theirs) if r):
        print("# (N err) = N responses were not 2xx/3xx or timed out; req/s counts successful ones only (-v: raw wrk)")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-d", "--duration", type=int, default=10, help="seconds per measured run (default 10)")
    parser.add_argument("-c", "--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument("-t", "--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("-w", "--warmup", type=int, default=3, help="warm-up seconds before each run (default 3)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="broadsheet worker processes (default: cores)")
    parser.add_argument("--http", choices=("auto", "h11", "httptools"), default="auto",
                        help="broadsheet's HTTP parser (uvicorn; default auto: httptools when installed)")
    parser.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn",
                        help="broadsheet's ASGI server (granian must be installed)")
    parser.add_argument("--database-url", help="restore the fixture into this database instead of a temp SQLite "
                        "(its tables are replaced)")
    parser.add_argument("--wordpress", default=WORDPRESS, help=f"reference WordPress (default {WORDPRESS})")
    parser.add_argument("--no-wordpress", action="store_true", help="benchmark broadsheet only")
    parser.add_argument("--target", dest="targets", action="append", help="a path to benchmark (repeatable; "
                        "default: the four of issue 2)")
    parser.add_argument("--sequential", type=int, default=10,
                        help="also time this many one-at-a-time requests per target and server (median; 0: off)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print raw wrk output to stderr")
    args = parser.parse_args(argv)
    args.targets = args.targets or list(TARGETS)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 1
    for url in (args.wordpress,):
        if not re.match(r"^http://(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$", url.rstrip("/")):
            print(f"refusing non-loopback URL {url}", file=sys.stderr)
            return 2
    wordpress = None
    if not args.no_wordpress and fetch(args.wordpress.rstrip("/") + "/wp-json/", timeout=10)[0] == 200:
        wordpress = args.wordpress.rstrip("/")
    elif not args.no_wordpress:
        print(f"# WordPress does not answer on {args.wordpress}: broadsheet only", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="broadsheet-bench-") as tmp:
        database_url = args.database_url or f"sqlite:///{tmp}/site.db"
        args.database_label = "given database" if args.database_url else "SQLite"
        restore_fixture(database_url)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        process = start_server(database_url, port, args.workers, args.http, args.server)
        try:
            wait_until_up(base, process)
            expected = post_total(base)
            if wordpress and post_total(wordpress) != expected:
                print(f"# WordPress does not hold the fixture ({post_total(wordpress)} posts, broadsheet "
                      f"{expected}): reload it (../shared/oracle/load-fixtures.sh); broadsheet only", file=sys.stderr)
                wordpress = None
            rows = benchmark(args, base, wordpress)
            if wordpress and post_total(wordpress) != expected:
                print(f"# WARNING: WordPress's posts changed during the run (now {post_total(wordpress)}, "
                      f"fixture {expected}): its figures are not comparable")
        finally:
            stop_server(process)
    print_table(rows, args, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
