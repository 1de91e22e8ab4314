"""Every hook the code fires is declared in ``hooks/names.py`` and described in ``docs/hooks.md``."""

from __future__ import annotations

import re
from pathlib import Path

from broadsheet.hooks.names import HOOKS

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "broadsheet"
# apply_filters("name" / do_action("name" / the shortcode/embed helpers' _filter("name"
_FIRED = re.compile(r"""(?:apply_filters|do_action|_filter)\(\s*f?["']([^"']+)["']""")


def _as_pattern(name: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]*\\\}", r"[^ ]+", re.escape(name)) + "$")


def fired_names() -> set[str]:
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        for name in _FIRED.findall(path.read_text(encoding="utf-8")):
            names.add(re.sub(r"\{[^}]*\}", "{x}", name))
    return names


def test_every_fired_hook_is_declared() -> None:
    patterns = [_as_pattern(re.sub(r"\{[^}]*\}", "{x}", n)) for n in HOOKS]
    missing = sorted(n for n in fired_names() if not any(p.match(n) for p in patterns))
    assert not missing, f"declare these in hooks/names.py: {missing}"


def test_every_declared_hook_is_documented() -> None:
    doc = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    missing = sorted(n for n in HOOKS if f"`{n}`" not in doc)
    assert not missing, f"describe these in docs/hooks.md: {missing}"
