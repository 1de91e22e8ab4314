"""``ViewConfigData``'s merge / replace / set / remove, against vectors WordPress 7.1.4's own class computed.

``view_config_vectors.json``: each base configuration, the calls a filter callback makes on it, and
the configuration ``WP_View_Config_Data::apply_filters`` returned (run by PHP 8.2 with
``class-wp-view-config-data.php`` and stubs for the i18n and notice functions), as PHP encoded it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from broadsheet.content.view_config import ViewConfigData, hook_name
from broadsheet.hooks.registry import Hooks
from broadsheet.rest.encoding import json_encode

VECTORS = json.loads((Path(__file__).parent / "view_config_vectors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("vector", [pytest.param(v, id=f"vector-{i}") for i, v in enumerate(VECTORS)])
def test_patches_apply_as_wordpress_applies_them(vector: dict[str, Any]) -> None:
    hooks = Hooks()

    def callback(data: ViewConfigData) -> ViewConfigData:
        for method, patch, version in vector["ops"]:
            getattr(data, method)(patch, version)
        return data

    hooks.add_filter(hook_name("postType", "x"), callback)
    result = ViewConfigData(vector["base"]).apply_filters(hooks, "postType", "x")
    assert json_encode(result) == json.dumps(vector["expected"], separators=(",", ":")).encode()


def test_hook_names_are_lowercased() -> None:
    assert hook_name("postType", "WP_Block") == "get_entity_view_config_posttype_wp_block"


def test_the_base_configuration_is_not_shared_with_the_defaults() -> None:
    """A merge into a nested value leaves the defaults a later ``None`` resets to untouched."""
    data = ViewConfigData({"default_view": {"fields": ["a"]}, "default_layouts": {}, "view_list": [], "form": {}})
    data.merge({"default_view": {"fields": ["b"]}}, 1).merge({"default_view": None}, 1)
    assert data.apply_filters(Hooks(), "k", "n")["default_view"] == {"fields": ["a"]}
