"""The text transforms against WordPress 7.1.4's own PHP, on thousands of generated inputs.

Runs only where PHP and a WordPress 7.1.4 tree are present (the reference install from
``shared/oracle``: ``$WPREF_HOME/www``, ``~/.local/share/broadsheet-oracle/www`` or
``/opt/wpref/www``; or ``$WORDPRESS_ROOT``). The inputs are seeded, so a failure reproduces.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from broadsheet.formatting import escape
from broadsheet.formatting.autop import shortcode_unautop, wpautop
from broadsheet.formatting.chars import capital_P_dangit, convert_chars
from broadsheet.formatting.html_split import wp_html_split, wp_replace_in_html_tags
from broadsheet.formatting.smilies import convert_smilies
from broadsheet.formatting.strip import strip_tags, wp_strip_all_tags
from broadsheet.formatting.texturize import wptexturize
from broadsheet.formatting.words import wp_trim_words

HARNESS = Path(__file__).parent / "php" / "formatting_oracle.php"
CASES_PER_FUNCTION = 400
SEED = 20240715


def _wordpress_root() -> Path | None:
    candidates = [os.environ.get("WORDPRESS_ROOT")]
    if os.environ.get("WPREF_HOME"):
        candidates.append(f"{os.environ['WPREF_HOME']}/www")
    candidates += [str(Path.home() / ".local/share/broadsheet-oracle/www"), "/opt/wpref/www"]
    for candidate in filter(None, candidates):
        version = Path(candidate) / "wp-includes" / "version.php"
        if version.is_file() and "$wp_version = '7.1.4';" in version.read_text(encoding="utf-8"):
            return Path(candidate)
    return None


ROOT = _wordpress_root()
pytestmark = pytest.mark.skipif(ROOT is None or shutil.which("php") is None,
                                reason="needs php and a WordPress 7.1.4 tree")

# Pieces aimed at the corners of WordPress's patterns, plus random code points in between.
TOKENS = [
    "<", ">", "</", "<p>", "</p>", "<p ", "<P>", "<br />", "<br>", "<br/>", "<pre>", "</pre>",
    "<!--", "-->", "<![CDATA[", "]]>", "[", "]", "[/", "[caption", "[caption]", "[/caption]",
    '[gallery ids="1"]', "[code]", "[/code]", "[[", "]]", "/", "'", '"', "''", "``", "-", "--",
    "---", " - ", " -- ", "...", "x", "xn--", "9", "0", "1.5", "12", "'99", "99'", '9"', " ", "\n",
    "\n\n", "\r\n", "\r", "\t", "\xa0", "&nbsp;", "&", "&amp;", "&#039;", "&#x27;", "&quot;", "&lt;",
    "&hellip;", "&apos;", "&foo;", "&#1234567;", "&#x110000;", ":)", ":-)", ";)", ":mrgreen:", "8-)",
    ":???:", "<code>", "</code>", "<kbd>", "<tt>", "<script>", "</script>", "<style>", "</style>",
    "<textarea>", "</textarea>", "<svg>", "</svg>", "<blockquote>", "</blockquote>",
    '<blockquote a=">">', "<p><blockquote", "<object>", "</object>", "<param name=x>", "<audio>",
    "[audio]", "<source src=x>", "<figcaption>", "<option>", "</option>", "<div>", "</div>", "<li>",
    "<hr />", '<a href="?a=1&b=2">', "</a>", " (tm)", "'tis", "'cause", "Wordpress", " Wordpress",
    "(Wordpress", "é", "中文", "😀", "\u2028", "=", "a", "it's", "2x4", "0x1F", "'0.42'", '"42"', "(",
    ")", ".", ",", ";", "?", "\x00", "\x0b", "<address>", "</address>", "<!--more-->", "&#8217;",
    "&#038;", "&#38;", "&#x26;", "&#0060;", "&#34;", "&#X22;",
]

PORTS: dict[str, Callable[..., Any]] = {
    "wptexturize": wptexturize,
    "wpautop": wpautop,
    "shortcode_unautop": shortcode_unautop,
    "wp_replace_in_html_tags": wp_replace_in_html_tags,
    "wp_html_split": wp_html_split,
    "convert_chars": convert_chars,
    "capital_P_dangit": capital_P_dangit,
    "convert_smilies": convert_smilies,
    "esc_html": escape.esc_html,
    "esc_attr": escape.esc_attr,
    "esc_textarea": escape.esc_textarea,
    "wp_specialchars_decode": escape.wp_specialchars_decode,
    "_wp_specialchars": escape._wp_specialchars,
}

# Tag stripping and word trimming, on their own seeded inputs (so the cases above stay the same),
# with the pieces that steer PHP's strip_tags state machine too.
STRIP_PORTS: dict[str, Callable[..., Any]] = {
    "strip_tags": strip_tags,
    "wp_strip_all_tags": wp_strip_all_tags,
    "wp_trim_words": wp_trim_words,
}
STRIP_TOKENS = TOKENS + [
    "<!", "<!-", "<!DOCTYPE html>", "<!doctype", "DocType", "<?", "?>", "<?php ", "<?xml ", "<?XmL", "( ", ")",
    "\\", "\\'", '\\"', "< ", "<\t", "<<", ">>", "<a href='x>y'>", "<b title=\">\">", "-->", "->", "e",
]


def _text(rng: random.Random, tokens: list[str] = TOKENS) -> str:
    pieces = []
    for _ in range(rng.randint(0, 60)):
        if rng.random() < 0.1:
            pieces.append("".join(chr(rng.choice((rng.randint(32, 126), rng.randint(0xA0, 0x2FFF),
                                                   rng.randint(0x1F300, 0x1F6FF))))
                                  for _ in range(rng.randint(1, 4))))
        else:
            pieces.append(rng.choice(tokens))
    return "".join(pieces)


def _args(fn: str, rng: random.Random, text: str) -> list[Any]:
    if fn == "wpautop":
        return [text, rng.choice((True, False))]
    if fn == "wp_replace_in_html_tags":
        return [text, rng.choice(({"\n": " "}, {"<": "&lt;", ">": "&gt;", "\n": "X"},
                                  {"--": "&#8212;", "-": "&#8211;"}, {"a": "b", "ab": "c"}))]
    if fn == "wp_specialchars_decode":
        return [text, rng.choice((0, 2, 3, "single", "double", 7))]
    if fn == "_wp_specialchars":
        return [text, rng.choice((0, 2, 3, "single", "double", 16, 7)), False, rng.choice((False, True))]
    if fn == "wp_strip_all_tags":
        return [text, rng.choice((False, True))]
    if fn == "wp_trim_words":
        return [text, rng.choice((0, 1, 3, 55, -1, "4"))]
    return [text]


@cache
def _results() -> list[tuple[str, list[Any], Any]]:
    rng = random.Random(SEED)
    cases = [{"fn": fn, "args": _args(fn, rng, _text(rng))}
             for _ in range(CASES_PER_FUNCTION) for fn in PORTS]
    strip_rng = random.Random(SEED + 1)
    cases += [{"fn": fn, "args": _args(fn, strip_rng, _text(strip_rng, STRIP_TOKENS))}
              for _ in range(CASES_PER_FUNCTION) for fn in STRIP_PORTS]
    proc = subprocess.run(
        ["php", "-d", "memory_limit=1G", str(HARNESS), str(ROOT)],
        input="".join(json.dumps(case) + "\n" for case in cases),
        capture_output=True, text=True, encoding="utf-8", timeout=600, check=True,
    )
    outputs = proc.stdout.splitlines()
    assert len(outputs) == len(cases), proc.stderr[-2000:]
    return [(case["fn"], case["args"], json.loads(line)["out"]) for case, line in zip(cases, outputs)]


@pytest.mark.parametrize("fn", sorted(PORTS | STRIP_PORTS))
def test_port_matches_wordpress_php(fn: str) -> None:
    port = (PORTS | STRIP_PORTS)[fn]
    mismatches = [(args, expected, port(*args))
                  for name, args, expected in _results() if name == fn]
    mismatches = [m for m in mismatches if m[1] != m[2]]
    assert not mismatches, f"{len(mismatches)} mismatches, first: {mismatches[0]!r}"
