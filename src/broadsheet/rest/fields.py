"""``_fields``: keep only the requested keys (dot paths for nested keys), as ``rest_filter_response_fields``."""

from __future__ import annotations

import re
from typing import Any

_SPLIT = re.compile(r"[\s,]+")


def parse_fields(value: Any) -> list[str]:
    """The ``_fields`` list: comma/space separated string or array (``wp_parse_list``)."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        items = [str(v) for v in value if isinstance(v, (str, int, float))]
    else:
        items = _SPLIT.split(str(value))
    return [i.strip() for i in items if i.strip()]


def is_field_included(field: str, fields: list[str] | None) -> bool:
    """Whether ``field`` (or a nested path under/above it) is requested (``rest_is_field_included``)."""
    if not fields:
        return True
    for requested in fields:
        if requested == field:
            return True
        if requested.startswith(field + "."):
            return True
        if field.startswith(requested + "."):
            return True
    return False


def _keyed(fields: list[str]) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for field in fields:
        node = tree
        parts = field.split(".")
        for i, part in enumerate(parts):
            if i == len(parts) - 1:
                node[part] = True
            else:
                existing = node.get(part)
                if existing is True:
                    break  # 'a' given before 'a.b': 'a' wins
                node = node.setdefault(part, {})
    return tree


def _intersect(data: Any, tree: dict[str, Any]) -> Any:
    if not isinstance(data, dict):
        return data
    out: dict[str, Any] = {}
    for key, value in data.items():
        rule = tree.get(key)
        if rule is True:
            out[key] = value
        elif isinstance(rule, dict) and isinstance(value, dict):
            out[key] = _intersect(value, rule)
    return out


def filter_fields(data: Any, fields: list[str]) -> Any:
    """Apply a parsed ``_fields`` list to one object or to each element of a list.

    Any ``_links…`` path keeps all links (they are not narrowed). A single object also keeps
    them for ``_embedded`` (WordPress adds its links after filtering, when either is asked for);
    list items keep them only for ``_links`` — ``_fields=id,_embedded`` on a collection yields
    only ids (observed on 7.1.4).
    """
    if not fields:
        return data
    tree = _keyed(fields)
    wants_links = any(f == "_links" or f.startswith("_links.") for f in fields)
    if isinstance(data, list):
        if wants_links:
            tree["_links"] = True
        return [_intersect(item, tree) for item in data]
    if wants_links or any(f == "_embedded" or f.startswith("_embedded.") for f in fields):
        tree["_links"] = True
    return _intersect(data, tree)
