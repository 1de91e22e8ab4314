"""Instructions per pass of the ``the_content`` chain, broadsheet against WordPress's PHP (callgrind).

Wall-clock ratios on a shared 2-core machine move by 2x between runs; instruction counts do not
(valgrind counts them, whatever else runs). For each side this runs the same inputs twice under
``valgrind --tool=callgrind`` — once with one more pass than the other — and reports the
difference: the instructions of one warm pass, start-up and loading excluded.

    python bench/formatting_instructions.py                 # both sides (needs valgrind, php, /opt/wpref/www)
    python bench/formatting_instructions.py --no-php

broadsheet's pass is the REST path (``bench/formatting.py``'s shared registry renderer, a fresh
render context per input); PHP's is ``bench/php/the_content_bench.php`` (WordPress's own
``apply_filters('the_content', …)``). Run from the repository root with the project installed.
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
VECTORS = ROOT / "tests" / "data" / "vectors" / "the_content.jsonl"
WORDPRESS_DIR = Path("/opt/wpref/www")

#: Run by the Python under test: a warm pass (checked against the vectors), then ``argv[1]`` passes.
_PYTHON_PASSES = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from bench.formatting import load_cases, shared_registry_renderer
cases = load_cases(Path({vectors!r}))
render = shared_registry_renderer()
wrong = sum(render("the_content", c["args"]) != c["out"] for c in cases)
if wrong:
    sys.exit(f"{{wrong}} outputs differ from the vectors")
for _ in range(int(sys.argv[1])):
    for c in cases:
        render("the_content", c["args"])
"""


def callgrind_instructions(command: list[str], workdir: Path) -> int:
    """Total instructions callgrind counted for ``command`` (its ``summary`` line)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
                                cwd=workdir, capture_output=True, text=True, env={**os.environ})
        if result.returncode != 0:
            sys.exit(f"{command[0]} failed under valgrind:\n{result.stderr[-2000:]}")
        match = re.search(r"^summary:\s+(\d+)", out.read_text(), re.M)
        if match is None:
            sys.exit("callgrind wrote no summary line")
        return int(match.group(1))


def python_pass(vectors: Path) -> int:
    """Instructions of one warm broadsheet pass (a run with one pass minus a run with none)."""
    script = _PYTHON_PASSES.format(root=str(ROOT), vectors=str(vectors))
    python = os.path.realpath(sys.executable)  # not a pyenv shim: valgrind must see the interpreter
    counts = [callgrind_instructions([python, "-c", script, str(n)], ROOT) for n in (0, 1)]
    return counts[1] - counts[0]


def php_pass(vectors: Path, wordpress: Path) -> int:
    """Instructions of one warm PHP pass (a run with two passes minus a run with one)."""
    bench = ROOT / "bench" / "php" / "the_content_bench.php"
    counts = [callgrind_instructions(["php", str(bench), str(wordpress), str(vectors), str(n)], ROOT) for n in (1, 2)]
    return counts[1] - counts[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vectors", type=Path, default=VECTORS, help=f"vector file (default {VECTORS.name})")
    parser.add_argument("--wordpress", type=Path, default=WORDPRESS_DIR, help=f"WordPress tree (default {WORDPRESS_DIR})")
    parser.add_argument("--no-php", action="store_true", help="broadsheet only")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    ours = python_pass(args.vectors)
    print(f"broadsheet  {ours / 1e6:8.0f} M instructions per pass ({args.vectors.name})")
    if args.no_php or shutil.which("php") is None or not (args.wordpress / "wp-load.php").exists():
        print("WordPress PHP: skipped (--no-php, or php / the WordPress tree is missing)")
        return 0
    theirs = php_pass(args.vectors, args.wordpress)
    print(f"WordPress   {theirs / 1e6:8.0f} M instructions per pass")
    print(f"ratio (PHP / broadsheet) {theirs / ours:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
