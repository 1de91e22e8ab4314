#!/usr/bin/env python3
"""Instructions per REST request, in process, under callgrind: a load-independent speed figure.

Wall-clock figures on the shared 2-core machine move by 2x between runs; valgrind's instruction
counts do not. This starts one Python under ``valgrind --tool=callgrind``, serves each target
in process (``bench/profile_rest.py``'s app over the restored fixture, no HTTP) once to warm it,
then (heap frozen, as served workers do) ``--requests`` more times between two ``callgrind_control --dump`` calls, and reports the
instructions of that stretch divided by the requests (an empty stretch's count, i.e. the dump's
own cost, subtracted). ``PYTHONHASHSEED=0`` keeps string hashing, and so dict and set
layouts, the same from run to run.

    python bench/rest_instructions.py                       # bench/profile_rest.py's four targets
    python bench/rest_instructions.py --requests 3 --target '/wp-json/wp/v2/posts/17'
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Run by the Python under valgrind: argv = out dir, requests, targets...
_CHILD = """
import gc, os, subprocess, sys, tempfile
sys.path.insert(0, {root!r})
from bench.profile_rest import build_app
requests = int(sys.argv[1])
def dump(label):
    subprocess.run(["callgrind_control", "--dump=" + label, str(os.getpid())], capture_output=True, check=True)
with tempfile.TemporaryDirectory() as tmp:
    app = build_app(tmp)
    dump("setup")
    dump("empty")
    for index, target in enumerate(sys.argv[2:]):
        path, _, query = target.partition("?")
        handle = lambda: app.handle("GET", path, query, {{"host": "127.0.0.1"}}, b"")
        response = handle()
        if response.status != 200:
            sys.exit(f"{{target}}: status {{response.status}}")
        gc.collect()
        gc.freeze()  # as served workers do (app.freeze_heap): no full collection of the warm heap inside the stretch
        dump(f"warm-{{index}}")
        for _ in range(requests):
            handle()
        dump(f"target-{{index}}")
    app.site.db.engine.dispose()
"""


def _dumps(out_dir: Path) -> dict[str, int]:
    """Each dump's trigger label → its instruction total."""
    totals = {}
    for path in out_dir.glob("callgrind.out.*"):
        text = path.read_text()
        label = re.search(r"^desc: Trigger: dump (\S+)", text, re.M)
        total = re.search(r"^summary:\s+(\d+)", text, re.M)
        if label and total:
            totals[label.group(1)] = int(total.group(1))
    return totals


def measure(targets: list[str], requests: int) -> dict[str, float]:
    """Target → instructions per request."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("valgrind (with callgrind_control) is needed: apt-get install valgrind")
    with tempfile.TemporaryDirectory(prefix="broadsheet-callgrind-") as tmp:
        out_dir = Path(tmp)
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_dir}/callgrind.out",
                   os.path.realpath(sys.executable), "-c", _CHILD.format(root=str(ROOT)), str(requests), *targets]
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
        if result.returncode != 0:
            sys.exit(f"the measured run failed:\n{result.stderr[-3000:]}")
        totals = _dumps(out_dir)
    empty = totals["empty"]
    return {target: (totals[f"target-{index}"] - empty) / requests for index, target in enumerate(targets)}


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from bench.profile_rest import TARGETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10, help="measured requests per target (default 10; a fifth of it for _embed)")
    parser.add_argument("--target", dest="targets", action="append", help="path?query (repeatable)")
    args = parser.parse_args(argv)
    targets = args.targets or list(TARGETS)
    cheap = [t for t in targets if "_embed" not in t]
    heavy = [t for t in targets if "_embed" in t]
    results = {}
    if cheap:
        results.update(measure(cheap, args.requests))
    if heavy:
        results.update(measure(heavy, max(1, args.requests // 5)))
    print(f"{'target':44} {'instructions/request':>22}")
    for target in targets:
        print(f"{target:44} {results[target] / 1e6:20.2f} M")
    return 0


if __name__ == "__main__":
    sys.exit(main())
