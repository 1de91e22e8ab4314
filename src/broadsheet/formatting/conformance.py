"""Run a formatting function or chain by the name a vector file uses.

``call(fn, args)`` is the one entry point every vector test goes through: it resolves ``fn``
to the port (module:function below) and calls it with the vector's ``args`` under
``VECTOR_SETTINGS``. Chains (``the_content`` …) have ``vector_*`` adapters in ``chains.py``
that set up the vectors' global post (ID 100) and fresh per-call counters.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

#: vector ``fn`` → "module:function" inside ``broadsheet.formatting``.
FUNCTIONS: dict[str, str] = {
    "wptexturize": "texturize:wptexturize",
    "wpautop": "autop:wpautop",
    "shortcode_unautop": "autop:shortcode_unautop",
    "wp_replace_in_html_tags": "html_split:wp_replace_in_html_tags",
    "convert_chars": "chars:convert_chars",
    "capital_P_dangit": "chars:capital_P_dangit",
    "convert_smilies": "smilies:convert_smilies",
    "esc_html": "escape:esc_html",
    "esc_attr": "escape:esc_attr",
    "esc_url": "urls:esc_url",
    "make_clickable": "clickable:make_clickable",
    "wp_strip_all_tags": "strip:wp_strip_all_tags",
    "force_balance_tags": "balance:force_balance_tags",
    "balanceTags": "balance:balanceTags",
    "wp_kses": "kses:wp_kses",
    "wp_kses_post": "kses:wp_kses_post",
    "remove_accents": "accents:remove_accents",
    "sanitize_title": "sanitize:sanitize_title",
    "sanitize_title_with_dashes": "sanitize:sanitize_title_with_dashes",
    "wp_trim_words": "words:wp_trim_words",
    "do_shortcode": "chains:vector_do_shortcode",
    "strip_shortcodes": "shortcodes:strip_shortcodes",
    "excerpt": "chains:vector_excerpt",
    "the_excerpt": "chains:vector_the_excerpt",
    "the_title": "chains:vector_the_title",
    "the_content": "chains:vector_the_content",
    "the_content_blocks": "chains:vector_the_content",
}

_resolved: dict[str, Callable[..., str]] = {}


def resolve(fn: str) -> Callable[..., str]:
    """The Python callable behind vector function name ``fn`` (ImportError if not ported yet)."""
    found = _resolved.get(fn)
    if found is None:
        module_name, attr = FUNCTIONS[fn].split(":")
        module = importlib.import_module(f"broadsheet.formatting.{module_name}")
        found = _resolved[fn] = getattr(module, attr)
    return found


def call(fn: str, args: list[Any]) -> str:
    """Run WordPress function or chain ``fn`` with a vector line's ``args``."""
    return resolve(fn)(*args)
