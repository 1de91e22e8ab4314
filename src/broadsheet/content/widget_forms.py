"""What each core widget class does with an instance: ``update()`` (sanitise a new instance) and
``form()`` (the admin form HTML), as WordPress 7.1.4's ``wp-includes/widgets/class-wp-widget-*.php``.

A widget type without an entry here is a known gap (docs/rest.md): its form is not rendered and its
update keeps the new instance as given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from broadsheet.formatting.escape import esc_textarea
from broadsheet.formatting.kses import wp_kses_post


@dataclass(frozen=True)
class FieldNames:
    """``WP_Widget::get_field_id`` / ``get_field_name`` for one widget number."""

    id_base: str
    number: int

    def id(self, field: str) -> str:
        return f"widget-{self.id_base}-{self.number}-{field}"

    def name(self, field: str) -> str:
        return f"widget-{self.id_base}[{self.number}][{field}]"


def _as_array(instance: Any) -> dict[Any, Any]:
    """``(array) $instance`` for the values a stored or decoded instance can hold."""
    if isinstance(instance, dict):
        return dict(instance)
    if isinstance(instance, list):
        return dict(enumerate(instance))
    if instance is None:
        return {}
    return {0: instance}


def _php_text(value: Any) -> str:
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    return str(value)


# -- Block (WP_Widget_Block) ------------------------------------------------------------------------------
def block_update(new: Any, old: Any, unfiltered_html: bool) -> dict[Any, Any]:
    """Keep the old instance, take ``content`` as given (``unfiltered_html``) or through kses."""
    instance = {"content": "", **_as_array(old)}
    content = _as_array(new).get("content")
    instance["content"] = content if unfiltered_html else wp_kses_post(_php_text(content))
    return instance


def block_form(names: FieldNames, instance: Any) -> str:
    content = {"content": "", **_as_array(instance)}["content"]
    return (f'<p>\n\t\t\t<label for="{names.id("content")}">\n\t\t\t\tBlock HTML:\t\t\t</label>\n'
            f'\t\t\t<textarea id="{names.id("content")}" name="{names.name("content")}" rows="6" cols="50" '
            f'class="widefat code">{esc_textarea(_php_text(content))}</textarea>\n\t\t</p>')


Update = Callable[[Any, Any, bool], Any]
Form = Callable[[FieldNames, Any], str]

#: ``update()`` per ``id_base``.
UPDATES: dict[str, Update] = {"block": block_update}
#: ``form()`` per ``id_base`` (trimmed, as the REST API returns it).
FORMS: dict[str, Form] = {"block": block_form}


def update_instance(id_base: str, new: Any, old: Any, unfiltered_html: bool) -> Any:
    """``$widget->update( $new_instance, $old_instance )``."""
    update = UPDATES.get(id_base)
    return update(new, old, unfiltered_html) if update else new


def render_form(id_base: str, number: int, instance: Any) -> str | None:
    """``$widget->form( $instance )`` trimmed, or None where broadsheet lacks the form."""
    form = FORMS.get(id_base)
    return form(FieldNames(id_base, number), instance) if form else None
