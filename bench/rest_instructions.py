"""Instructions per in-process REST request (callgrind): a load-independent ``profile_rest.py``.

    python bench/rest_instructions.py                                   # posts?per_page=10
    python bench/rest_instructions.py --target '/wp-json/wp/v2/posts/17'

Restores the fixture into a temporary SQLite file (``profile_rest.build_app``), serves the target
twice to warm up, then ``--requests`` more times; run under ``valgrind --tool=callgrind`` once
with none and once with that many, the difference divided by the count is one warm request. Wall
clock on this shared machine moves by 2x between runs; the instruction count does not. Each
target takes a couple of minutes. Run from the repository root with the project installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from formatting_instructions import callgrind_instructions  # bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent

#: Run by the Python under test: warm-up, then ``argv[2]`` more requests of ``argv[1]``.
_REQUESTS = """
import sys, tempfile
sys.path.insert(0, {bench!r})
from profile_rest import build_app
path, _, query = sys.argv[1].partition("?")
with tempfile.TemporaryDirectory() as tmp:
    app = build_app(tmp)
    for _ in range(2 + int(sys.argv[2])):
        response = app.handle("GET", path, query, {{"host": "127.0.0.1"}}, b"")
        if response.status != 200:
            sys.exit(f"{{sys.argv[1]}} answered {{response.status}}")
    app.site.db.engine.dispose()
"""


def per_request(target: str, requests: int) -> float:
    """Instructions of one warm request of ``target``."""
    script = _REQUESTS.format(bench=str(ROOT / "bench"))
    python = os.path.realpath(sys.executable)  # not a pyenv shim: valgrind must see the interpreter
    counts = [callgrind_instructions([python, "-c", script, target, str(n)], ROOT) for n in (0, requests)]
    return (counts[1] - counts[0]) / requests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", dest="targets", action="append", help="path?query (repeatable)")
    parser.add_argument("--requests", type=int, default=8, help="measured requests (default 8)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    for target in args.targets or ["/wp-json/wp/v2/posts?per_page=10"]:
        print(f"{target:44} {per_request(target, max(1, args.requests)) / 1e6:8.1f} M instructions per request")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
