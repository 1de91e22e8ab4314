"""``WP_Theme_JSON::merge`` (``themes/theme_json_merge.py``) against WordPress's own answers.

``data/theme-json-merge-cases.json`` lists layers (theme.json data and origin); WordPress merged
each case's layers into an empty ``WP_Theme_JSON`` in order, and ``tools/theme_json_merge_vectors.php``
recorded the raw data it ended with (``data/theme-json-merge-vectors.json``). Compared as JSON,
key order included.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from broadsheet.themes.theme_json import theme_json_raw_data
from broadsheet.themes.theme_json_merge import merge

DATA = Path(__file__).parent / "data"
CASES = json.loads((DATA / "theme-json-merge-cases.json").read_text(encoding="utf-8"))
VECTORS = json.loads((DATA / "theme-json-merge-vectors.json").read_text(encoding="utf-8"))["vectors"]


def _php_json(value: Any) -> Any:
    """As PHP's ``json_encode`` shows it: an empty array is ``[]`` whether it was an object or not."""
    if isinstance(value, dict):
        return {k: _php_json(v) for k, v in value.items()} if value else []
    if isinstance(value, list):
        return [_php_json(v) for v in value]
    return value


@pytest.mark.parametrize("case", [pytest.param(c, id=c["name"]) for c in CASES["cases"]])
def test_merge_answers_what_wordpress_answers(case: dict[str, Any]) -> None:
    result = theme_json_raw_data({}, "theme", [], {})
    for layer in case["layers"]:
        result = merge(result, theme_json_raw_data(layer["data"], layer["origin"], CASES["blocks"], {}))
    assert json.dumps(_php_json(result)) == json.dumps(VECTORS[case["name"]])


def test_merge_leaves_its_arguments_alone() -> None:
    base = theme_json_raw_data(CASES["cases"][1]["layers"][0]["data"], "default", CASES["blocks"], {})
    incoming = theme_json_raw_data(CASES["cases"][1]["layers"][1]["data"], "theme", CASES["blocks"], {})
    before = json.dumps([base, incoming])
    merge(base, incoming)
    assert json.dumps([base, incoming]) == before
