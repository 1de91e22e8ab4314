"""Regenerate ``src/broadsheet/content/data/icon-library.json`` from a WordPress tree.

WordPress 7.1 registers its ``core`` icon collection from ``wp-includes/assets/icon-library-manifest.php``
(name -> label, file) and the SVG files in ``wp-includes/images/icon-library/``. This copies them,
in manifest order and unmodified (the sanitising ``wp_kses`` runs when broadsheet loads them), with
their provenance. Usage: ``python3 tools/make_icon_library.py /opt/wpref/www``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/broadsheet/content/data/icon-library.json"
_ENTRY = re.compile(
    r"'(?P<name>[^']+)'\s*=>\s*array\(\s*'label'\s*=>\s*_x\(\s*'(?P<label>(?:[^'\\]|\\.)*)'\s*,\s*'icon label'\s*\)\s*,"
    r"\s*'filePath'\s*=>\s*'(?P<file>[^']+)'\s*,\s*\)",
)


def main(www: str) -> None:
    includes = Path(www) / "wp-includes"
    manifest = (includes / "assets/icon-library-manifest.php").read_text()
    icons = []
    for m in _ENTRY.finditer(manifest):
        svg = (includes / "images/icon-library" / m["file"]).read_text()
        icons.append({"name": m["name"], "label": m["label"].replace("\\'", "'"), "content": svg})
    version = re.search(r"\$wp_version = '([^']+)'", (includes / "version.php").read_text())
    OUT.write_text(json.dumps({
        "source": f"WordPress {version[1] if version else '?'} wp-includes/assets/icon-library-manifest.php "
                  "and wp-includes/images/icon-library/*.svg (GPL-2.0-or-later)",
        "icons": icons,
    }, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(icons)} icons -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/opt/wpref/www")
