"""Inline scripts the dropdown blocks print (``wp_get_inline_script_tag`` with a ``sourceURL``)."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["dropdown_function", "inline_script"]

_DROPDOWN_FUNCTION = """( [ dropdownId, homeUrl ] ) => {
\t\tconst dropdown = document.getElementById( dropdownId );
\t\tfunction onSelectChange() {
\t\t\tsetTimeout( () => {
\t\t\t\tif ( 'escape' === dropdown.dataset.lastkey ) {
\t\t\t\t\treturn;
\t\t\t\t}
%s
\t\t\t}, 250 );
\t\t}
\t\tfunction onKeyUp( event ) {
\t\t\tif ( 'Escape' === event.key ) {
\t\t\t\tdropdown.dataset.lastkey = 'escape';
\t\t\t} else {
\t\t\t\tdelete dropdown.dataset.lastkey;
\t\t\t}
\t\t}
\t\tfunction onClick() {
\t\t\tdelete dropdown.dataset.lastkey;
\t\t}
\t\tdropdown.addEventListener( 'keyup', onKeyUp );
\t\tdropdown.addEventListener( 'click', onClick );
\t\tdropdown.addEventListener( 'change', onSelectChange );
\t}"""


def dropdown_function(navigate: str) -> str:
    """The dropdown blocks' script: ``navigate`` runs on a change not cancelled by Escape."""
    return _DROPDOWN_FUNCTION.replace("%s", navigate, 1)


def _script_json(value: Any) -> str:
    """``wp_json_encode($value, JSON_HEX_TAG | JSON_UNESCAPED_SLASHES)``."""
    text = json.dumps(value, separators=(",", ":"))
    return text.replace("\\/", "/").replace("<", "\\u003C").replace(">", "\\u003E")


def inline_script(function: str, args: list[Any], source_url: str) -> str:
    """``<script>`` running ``function`` (an arrow function's source) on ``args``, with its sourceURL."""
    return f"<script>\n( {function} )( {_script_json(args)} );\n//# sourceURL={source_url}\n</script>\n"
