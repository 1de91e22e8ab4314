"""Regenerate ``core_patterns.json`` from a WordPress tree: ``python -m broadsheet.blocks.generate_core_patterns WP_DIR``.

``_register_core_block_patterns_and_categories()`` (WordPress 7.1.4, ``wp-includes/block-patterns.php``)
registers the patterns that ``wp-includes/block-patterns/<name>.php`` files return, in the order of its
``$core_block_patterns`` list. Those files only build an array of strings with ``__()``, ``_x()``,
``esc_html()`` and ``esc_attr()``; PHP's CLI evaluates them here, for en_US (the msgid is the
translation; the escapers are WordPress's for text without entities, ``htmlspecialchars`` with
``ENT_QUOTES``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).with_name("core_patterns.json")

_PHP = r"""
function __( $text, $domain = 'default' ) { return $text; }
function _x( $text, $context, $domain = 'default' ) { return $text; }
function esc_html( $text ) { return htmlspecialchars( $text, ENT_QUOTES, 'UTF-8' ); }
function esc_attr( $text ) { return htmlspecialchars( $text, ENT_QUOTES, 'UTF-8' ); }
$out = array();
foreach ( json_decode( $argv[2] ) as $name ) {
	$out[] = array( 'name' => 'core/' . $name, 'pattern' => require $argv[1] . '/wp-includes/block-patterns/' . $name . '.php' );
}
echo json_encode( $out );
"""


def core_pattern_names(wp_dir: Path) -> list[str]:
    """The ``$core_block_patterns`` list, in registration order."""
    source = (wp_dir / "wp-includes" / "block-patterns.php").read_text(encoding="utf-8")
    listed = re.search(r"\$core_block_patterns\s*=\s*array\((.*?)\);", source, re.DOTALL)
    assert listed is not None, "no $core_block_patterns list"
    return re.findall(r"'([a-z0-9-]+)'", listed.group(1))


def main(wp_dir: str) -> None:
    root = Path(wp_dir)
    run = subprocess.run(["php", "-r", _PHP, "--", str(root), json.dumps(core_pattern_names(root))],
                         capture_output=True, text=True, check=True)
    patterns = json.loads(run.stdout)
    OUT.write_text(json.dumps(patterns, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
