"""``preset_supports.support_styles`` (and the style engine under it) against WordPress's PHP.

Random supports and attributes (presets, custom values, per-side borders and spacing, skipped
serialization, non-string values) go through ``wp_apply_{colors,typography,border,spacing}_support``
in ``php/style_supports_oracle.php`` and through the port; the classes and CSS must be identical.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from broadsheet.formatting.preset_supports import colors_support, support_styles
from tests.formatting.test_php_differential import ROOT

HARNESS = Path(__file__).parent / "php" / "style_supports_oracle.php"
pytestmark = pytest.mark.skipif(ROOT is None or shutil.which("php") is None,
                                reason="needs php and a WordPress 7.1.4 tree")
SEED, CASES = 20261126, 3000

_VALUES = ["#ff0000", "var:preset|color|accent-1", "var:preset|spacing|30", "var:preset|font-size|large",
           "var:preset|font-family|fira-code", "var:preset|text-decoration|underline", "20px", "1.5rem", "0", "",
           " 3px ", "12", 12, 1.5, 0, True, None, "uppercase", "<b>x</b>", "url(x)", "2em", "var:custom|x", "a;b:c"]
_SUPPORTS_FEATURES = {
    "color": ["text", "background", "gradients", "link"],
    "typography": ["fontSize", "lineHeight", "__experimentalFontFamily", "__experimentalFontWeight",
                   "__experimentalFontStyle", "__experimentalTextTransform", "__experimentalTextDecoration",
                   "__experimentalLetterSpacing", "__experimentalWritingMode", "textIndent", "textAlign",
                   "textColumns"],
    "__experimentalBorder": ["color", "radius", "style", "width"],
    "spacing": ["padding", "margin"],
    "background": ["gradient"],
}
_STYLE_KEYS = {
    "color": ["text", "background", "gradient"],
    "typography": ["fontSize", "lineHeight", "fontFamily", "fontWeight", "fontStyle", "textTransform",
                   "textDecoration", "letterSpacing", "writingMode", "textIndent", "textAlign", "textColumns"],
    "border": ["color", "radius", "style", "width", "top", "right", "bottom", "left"],
    "spacing": ["padding", "margin"],
    "background": ["gradient"],
}


def _value(rng: random.Random, key: str) -> Any:
    if key in ("top", "right", "bottom", "left", "padding", "margin", "radius") and rng.random() < 0.4:
        border_side = key in ("top", "right", "bottom", "left")
        sides = ("width", "color", "style") if border_side else ("top", "right", "bottom", "left", "topLeft")
        return {side: rng.choice(_VALUES) for side in rng.sample(sides, rng.randint(1, len(sides)))}
    return rng.choice(_VALUES)


def _case(rng: random.Random) -> dict[str, Any]:
    supports: dict[str, Any] = {}
    for name, features in _SUPPORTS_FEATURES.items():
        roll = rng.random()
        if roll < 0.15:
            supports[name] = True
        elif roll < 0.8:
            support: dict[str, Any] = {feature: rng.random() < 0.7 for feature in features}
            if rng.random() < 0.15:
                support["__experimentalSkipSerialization"] = (
                    True if rng.random() < 0.5 else rng.sample(features + ["fontFamily", "gradients"], 2))
            supports[name] = support
    attributes: dict[str, Any] = {}
    for preset in ("textColor", "backgroundColor", "gradient", "fontSize", "fontFamily", "borderColor"):
        if rng.random() < 0.3:
            attributes[preset] = rng.choice(["accent-1", "x", "fooBar2", "large"])
    if rng.random() < 0.85:
        attributes["style"] = {
            group: {key: _value(rng, key) for key in rng.sample(keys, rng.randint(1, min(4, len(keys))))}
            for group, keys in _STYLE_KEYS.items() if rng.random() < 0.6
        }
    return {"supports": supports, "attributes": attributes}


@cache
def _results() -> list[tuple[dict[str, Any], list[str]]]:
    rng = random.Random(SEED)
    cases = [_case(rng) for _ in range(CASES)]
    proc = subprocess.run(["php", str(HARNESS), str(ROOT)], input="".join(json.dumps(c) + "\n" for c in cases),
                          capture_output=True, text=True, encoding="utf-8", timeout=300, check=True)
    outputs = proc.stdout.splitlines()
    assert len(outputs) == len(cases), proc.stderr[-2000:]
    return [(case, json.loads(line)["out"]) for case, line in zip(cases, outputs)]


def test_support_styles_match_wordpress_php() -> None:
    mismatches = []
    for case, expected in _results():
        styles = support_styles(case["supports"], case["attributes"])
        if [styles.classnames, styles.css] != expected:
            mismatches.append((case, expected, styles))
    assert not mismatches, f"{len(mismatches)} mismatches, first: {mismatches[0]!r}"


def test_colour_support_turned_on_gives_the_submenu_container_its_colours() -> None:
    styles = colors_support({"color": True}, {"textColor": "a", "style": {"color": {"background": "#fff"}}})
    assert styles == ("has-text-color has-a-color has-background", "background-color:#fff;")
