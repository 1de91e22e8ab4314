"""The inline scripts of the archives and categories dropdown widgets, as WordPress 7.1.4 prints them
(``WP_Widget_Archives::widget`` / ``WP_Widget_Categories::widget``, GPL-2.0-or-later): each takes the
dropdown's id (JSON-encoded) and ends with a ``sourceURL`` naming the method.
"""

from __future__ import annotations

import json

_ARCHIVES = """( ( dropdownId ) => {
	const dropdown = document.getElementById( dropdownId );
	function onSelectChange() {
		setTimeout( () => {
			if ( 'escape' === dropdown.dataset.lastkey ) {
				return;
			}
			if ( dropdown.value ) {
				document.location.href = dropdown.value;
			}
		}, 250 );
	}
	function onKeyUp( event ) {
		if ( 'Escape' === event.key ) {
			dropdown.dataset.lastkey = 'escape';
		} else {
			delete dropdown.dataset.lastkey;
		}
	}
	function onClick() {
		delete dropdown.dataset.lastkey;
	}
	dropdown.addEventListener( 'keyup', onKeyUp );
	dropdown.addEventListener( 'click', onClick );
	dropdown.addEventListener( 'change', onSelectChange );
"""

_CATEGORIES = """( ( dropdownId ) => {
	const dropdown = document.getElementById( dropdownId );
	function onSelectChange() {
		setTimeout( () => {
			if ( 'escape' === dropdown.dataset.lastkey ) {
				return;
			}
			if ( dropdown.value && parseInt( dropdown.value ) > 0 && dropdown instanceof HTMLSelectElement ) {
				dropdown.parentElement.submit();
			}
		}, 250 );
	}
	function onKeyUp( event ) {
		if ( 'Escape' === event.key ) {
			dropdown.dataset.lastkey = 'escape';
		} else {
			delete dropdown.dataset.lastkey;
		}
	}
	function onClick() {
		delete dropdown.dataset.lastkey;
	}
	dropdown.addEventListener( 'keyup', onKeyUp );
	dropdown.addEventListener( 'click', onClick );
	dropdown.addEventListener( 'change', onSelectChange );
"""


def _tag(body: str, dropdown_id: str, method: str) -> str:
    """``wp_print_inline_script_tag``: the script, the call with the id, and its ``sourceURL``."""
    return (f"<script>\n{body}}})( {json.dumps(dropdown_id)} );\n\n//# sourceURL={method}\n</script>\n")


def archives_dropdown_script(dropdown_id: str) -> str:
    return _tag(_ARCHIVES, dropdown_id, "WP_Widget_Archives%3A%3Awidget")


def categories_dropdown_script(dropdown_id: str) -> str:
    return _tag(_CATEGORIES, dropdown_id, "WP_Widget_Categories%3A%3Awidget")
