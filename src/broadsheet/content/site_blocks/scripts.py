"""Inline scripts the dropdown blocks print (``wp_get_inline_script_tag`` with a ``sourceURL``)."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["inline_script"]


def _script_json(value: Any) -> str:
    """``wp_json_encode($value, JSON_HEX_TAG | JSON_UNESCAPED_SLASHES)``."""
    text = json.dumps(value, separators=(",", ":"))
    return text.replace("\\/", "/").replace("<", "\\u003C").replace(">", "\\u003E")


def inline_script(function: str, args: list[Any], source_url: str) -> str:
    """``<script>`` running ``function`` (an arrow function's source) on ``args``, with its sourceURL."""
    return f"<script>\n( {function} )( {_script_json(args)} );\n//# sourceURL={source_url}\n</script>\n"
