#!/usr/bin/env python3
"""Upload benchmark: ``POST /wp/v2/media`` throughput of broadsheet vs the reference WordPress.

Restores ``tests/data/oracle/fixture-db.json`` into a temporary SQLite database, starts
``broadsheet serve`` on 127.0.0.1 with a temporary uploads folder, and uploads a 1-megapixel JPEG
and a 100 KB PNG as raw bodies (``Content-Disposition: attachment``), first one client at a time,
then two concurrent clients; it prints uploads/s and MB/s (10^6 bytes of upload per second). When
WordPress answers on http://127.0.0.1:8881 (credentials in ``/opt/wpref/credentials.json``) the
same uploads go to it in the same run, with the ratio, and the oracle is reset afterwards (its
fixture reloaded). Last, ``posts?_embed&per_page=10`` (featured media embedded) is timed on both.

    python bench/uploads.py [--count N] [--workers N] [--no-wordpress] [--no-reset]
"""

from __future__ import annotations

import argparse
import base64
import importlib.util
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORDPRESS_CREDENTIALS = Path("/opt/wpref/credentials.json")
FIXTURE_CREDENTIALS = ROOT / "tests" / "data" / "oracle" / "credentials.json"
RESET_COMMAND = ["bash", "/work/shared/oracle/load-fixtures.sh", "--reset", "--seed-post",
                 "/work/shared/fixtures/seed-post.json"]
EMBED_PATH = "/wp-json/wp/v2/posts?_embed&per_page=10"


def _load_rest_bench() -> Any:
    """``bench/rest.py`` as a module: the same server start/stop, port and wrk helpers."""
    spec = importlib.util.spec_from_file_location("bench_rest", Path(__file__).with_name("rest.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_rest"] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


rest = _load_rest_bench()


@dataclass
class Run:
    """One series of uploads: how many succeeded, how long it took, the bytes sent."""

    label: str
    ok: int
    failed: int
    seconds: float
    bytes_sent: int
    latencies_ms: list[float]

    @property
    def per_second(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.bytes_sent / self.seconds / 1e6 if self.seconds else 0.0


def make_files() -> dict[str, tuple[str, bytes]]:
    """A noisy 1 MP JPEG (compresses like a photo) and a ~100 KB PNG: name -> (MIME type, bytes)."""
    from PIL import Image, ImageFilter

    noise = Image.effect_noise((1155, 866), 60).filter(ImageFilter.GaussianBlur(1))
    gradient = Image.linear_gradient("L").resize(noise.size)
    photo = Image.merge("RGB", (noise, gradient, Image.eval(noise, lambda v: 255 - v)))
    jpeg = io.BytesIO()
    photo.save(jpeg, "JPEG", quality=90)
    png = io.BytesIO()
    Image.effect_noise((220, 190), 40).convert("RGB").save(png, "PNG")
    return {"jpeg-1mp": ("image/jpeg", jpeg.getvalue()), "png-100kb": ("image/png", png.getvalue())}


def basic_auth(credentials: Path, who: str = "admin") -> str:
    user = json.loads(credentials.read_text())["users"][who]
    token = f"{user['username']}:{user['application_password']}".encode()
    return "Basic " + base64.b64encode(token).decode("ascii")


def upload(base: str, auth: str, mime: str, data: bytes, name: str, timeout: float = 120.0) -> tuple[int, float]:
    """(status, seconds) of one raw-body upload."""
    request = urllib.request.Request(base + "/wp-json/wp/v2/media", data=data, method="POST", headers={
        "Content-Type": mime, "Content-Disposition": f'attachment; filename="{name}"', "Authorization": auth})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


def run_uploads(base: str, auth: str, kind: str, mime: str, data: bytes, count: int, clients: int,
                limit: float) -> Run:
    """``count`` uploads by ``clients`` concurrent clients (stops early after ``limit`` seconds)."""
    latencies: list[float] = []
    results: list[int] = []
    lock = threading.Lock()
    deadline = time.monotonic() + limit
    ext = "jpg" if mime == "image/jpeg" else "png"

    def one(index: int) -> None:
        if time.monotonic() > deadline:
            return
        status, seconds = upload(base, auth, mime, data, f"bench-{kind}-{clients}-{index}.{ext}")
        with lock:
            results.append(status)
            latencies.append(seconds * 1000)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, range(count)))
    seconds = time.perf_counter() - started
    ok = sum(1 for s in results if s == 201)
    return Run(f"{kind} x{clients}", ok, len(results) - ok, seconds, ok * len(data), latencies)


def embed_timing(base: str, count: int) -> tuple[float | None, int]:
    """(median ms of ``count`` one-at-a-time GETs of EMBED_PATH, body bytes)."""
    status, _, size = rest.fetch_sized(base + EMBED_PATH)
    if status != 200:
        return None, 0
    return rest.sequential_ms(base + EMBED_PATH, count, size), size


def wrk_embed(base: str, args: argparse.Namespace) -> float | None:
    """Requests/s of EMBED_PATH under ``wrk -c4`` (None when wrk is missing)."""
    import shutil

    if shutil.which("wrk") is None:
        return None
    wrk_args = argparse.Namespace(threads=2, connections=4, warmup=2, duration=args.wrk_seconds, verbose=False)
    result = rest.run_wrk(base, EMBED_PATH, wrk_args)
    return float(result.rps)


def series(base: str, auth: str, files: dict[str, tuple[str, bytes]], args: argparse.Namespace,
           log: Callable[[str], None]) -> list[Run]:
    runs = []
    for kind, (mime, data) in files.items():
        for clients in (1, 2):
            log(f"  {base} {kind} x{clients} ...")
            runs.append(run_uploads(base, auth, kind, mime, data, args.count, clients, args.limit))
    return runs


def reset_oracle() -> bool:
    """Reload the oracle's fixture (others compare against it); True when it worked."""
    env = {**os.environ, "WPREF_HOME": "/opt/wpref"}
    done = subprocess.run(RESET_COMMAND, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"# oracle reset FAILED ({done.returncode}): {done.stderr[-500:]}", file=sys.stderr)
    return done.returncode == 0


def print_report(files: dict[str, tuple[str, bytes]], ours: list[Run], theirs: list[Run] | None,
                 embed: dict[str, tuple[float | None, int, float | None]], args: argparse.Namespace) -> None:
    print(f"# bench/uploads.py: {args.count} uploads per series (at most {args.limit:.0f} s), raw body, admin "
          f"Application Password; broadsheet: {args.workers} worker(s), {args.server}, SQLite, local disk; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores")
    print("# files: " + ", ".join(f"{kind} {len(data) / 1e3:.0f} kB" for kind, (_, data) in files.items()))
    print(f"{'series':16} {'bs up/s':>8} {'bs MB/s':>8} {'bs p50 ms':>10} {'wp up/s':>8} {'wp MB/s':>8}"
          f" {'wp p50 ms':>10} {'ratio':>6}")
    for index, run in enumerate(ours):
        other = theirs[index] if theirs else None
        ratio = f"{run.per_second / other.per_second:.1f}x" if other and other.per_second else "-"
        cells = [f"{run.per_second:.1f}", f"{run.mb_per_second:.2f}",
                 f"{statistics.median(run.latencies_ms):.0f}" if run.latencies_ms else "-"]
        if other:
            cells += [f"{other.per_second:.1f}", f"{other.mb_per_second:.2f}",
                      f"{statistics.median(other.latencies_ms):.0f}" if other.latencies_ms else "-"]
        else:
            cells += ["-", "-", "-"]
        failed = "".join(f" ({r.failed} failed on {name})" for name, r in (("bs", run), ("wp", other))
                         if r is not None and r.failed)
        print(f"{run.label:16} {cells[0]:>8} {cells[1]:>8} {cells[2]:>10} {cells[3]:>8} {cells[4]:>8}"
              f" {cells[5]:>10} {ratio:>6}{failed}")
    print(f"{'GET ' + EMBED_PATH[9:]:44} {'1-by-1 ms':>10} {'bytes':>8} {'wrk -c4 req/s':>14}")
    for name, (median, size, rps) in embed.items():
        print(f"  {name:42} {median if median is None else round(median, 1)!s:>10} {size:>8} "
              f"{'-' if rps is None else round(rps, 1)!s:>14}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20, help="uploads per series (default 20)")
    parser.add_argument("--limit", type=float, default=90.0, help="seconds at most per series (default 90)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="broadsheet workers (default: cores)")
    parser.add_argument("--http", choices=("auto", "h11", "httptools"), default="auto")
    parser.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn",
                        help="broadsheet's ASGI server (as bench/rest.py; granian must be installed)")
    parser.add_argument("--wordpress", default=rest.WORDPRESS)
    parser.add_argument("--no-wordpress", action="store_true", help="benchmark broadsheet only")
    parser.add_argument("--no-reset", action="store_true", help="do not reset the oracle after uploading to it")
    parser.add_argument("--sequential", type=int, default=20, help="one-at-a-time GETs of the _embed listing")
    parser.add_argument("--wrk-seconds", type=int, default=5, help="wrk run of the _embed listing (0: off)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    wordpress = None
    if not args.no_wordpress:
        if not args.wordpress.startswith(("http://127.", "http://localhost")):
            print(f"refusing non-loopback URL {args.wordpress}", file=sys.stderr)
            return 2
        if rest.fetch(args.wordpress.rstrip("/") + "/wp-json/", timeout=10)[0] == 200:
            wordpress = args.wordpress.rstrip("/")
        else:
            print(f"# WordPress does not answer on {args.wordpress}: broadsheet only", file=sys.stderr)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    files = make_files()
    embed: dict[str, tuple[float | None, int, float | None]] = {}
    theirs: list[Run] | None = None
    with tempfile.TemporaryDirectory(prefix="broadsheet-bench-uploads-") as tmp:
        database_url = f"sqlite:///{tmp}/site.db"
        rest.restore_fixture(database_url)
        port = rest.free_port()
        base = f"http://127.0.0.1:{port}"
        os.environ["BROADSHEET_UPLOADS_DIR"] = f"{tmp}/uploads"  # inherited by `broadsheet serve`
        process = rest.start_server(database_url, port, args.workers, args.http, args.server)
        try:
            rest.wait_until_up(base, process)
            if wordpress and rest.post_total(wordpress) != rest.post_total(base):
                log(f"# WordPress holds {rest.post_total(wordpress)} posts, the fixture {rest.post_total(base)}: "
                    "the _embed listings are not the same work")
            for name, server in (("broadsheet", base), ("wordpress", wordpress)):
                if server:  # the listing before any upload: the fixture's posts and their featured media
                    log(f"  {server}{EMBED_PATH} ...")
                    median, size = embed_timing(server, args.sequential)
                    embed[name] = (median, size, wrk_embed(server, args) if args.wrk_seconds else None)
            ours = series(base, basic_auth(FIXTURE_CREDENTIALS), files, args, log)
        finally:
            rest.stop_server(process)
    if wordpress:
        try:
            theirs = series(wordpress, basic_auth(WORDPRESS_CREDENTIALS), files, args, log)
        finally:
            if not args.no_reset:
                log("  resetting the oracle ...")
                reset_oracle()
    print_report(files, ours, theirs, embed, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
