"""A small ``WP_HTML_Tag_Processor``: find tags in HTML, read and change their attributes in place.

Port of the parts of ``wp-includes/html-api/class-wp-html-tag-processor.php`` (WordPress 7.1.4)
that block rendering and ``wp_filter_content_tags`` use: ``next_tag``, ``get_attribute``,
``set_attribute``, ``add_class`` and ``get_updated_html``. Like WordPress it edits only the bytes of
the attributes it changes, so everything else in the document stays exactly as written.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field

__all__ = ["TagProcessor", "VOID_ELEMENTS"]

_WS = " \t\f\r\n"
_NAME_END = re.compile(r"[ \t\f\r\n/>]")
_ATTR_NAME_END = re.compile(r"[=/> \t\f\r\n]")
_UNQUOTED_END = re.compile(r"[> \t\f\r\n]")
#: Everything up to the next tag: text, stray "<", comments ("<!-->", "<!--->", "-->", "--!>" ends),
#: "<!…>" and "<?…>" bogus comments, "</>" and "</ …>" (a closer not starting with a letter).
_NOT_A_TAG = re.compile(
    r"(?:[^<]++|<!--(?:>|->|.*?--!?>)|<![^>]*+>|<\?[^>]*+>|</(?![A-Za-z])[^>]*+>|<(?![A-Za-z/!?]))*+",
    re.DOTALL,
)
_RAWTEXT = {"IFRAME", "NOEMBED", "NOFRAMES", "STYLE", "XMP"}
_RCDATA = {"TEXTAREA", "TITLE"}
#: Where the text of SCRIPT, STYLE, TEXTAREA … ends: its closing tag.
_SPECIAL_CLOSERS = {
    name: re.compile(r"</" + name + r"[ \t\f\r\n/>]", re.IGNORECASE) for name in _RAWTEXT | _RCDATA | {"SCRIPT"}
}

#: Elements without a closing tag (``WP_HTML_Processor::is_void``).
VOID_ELEMENTS = frozenset(
    "AREA BASE BASEFONT BGSOUND BR COL EMBED FRAME HR IMG INPUT KEYGEN LINK META PARAM SOURCE TRACK WBR".split()
)


@dataclass
class _Attribute:
    name: str
    value_start: int
    value_length: int
    start: int
    length: int
    is_true: bool


@dataclass
class _Tag:
    name_start: int
    name_length: int
    ends_at: int
    is_closer: bool
    attributes: dict[str, _Attribute] = field(default_factory=dict)
    duplicates: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def _span(text: str, chars: str, at: int) -> int:
    """PHP ``strspn``: how many characters from ``at`` are in ``chars``."""
    end = at
    while end < len(text) and text[end] in chars:
        end += 1
    return end - at


def _cspan(pattern: re.Pattern[str], text: str, at: int) -> int:
    """PHP ``strcspn`` with the stop characters given as a one-character class."""
    found = pattern.search(text, at)
    return (found.start() if found else len(text)) - at


def _escape_attribute(value: str) -> str:
    """Escape a new attribute value for double quotes (the Tag Processor's ``set_attribute``)."""
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#039;")
    )


class TagProcessor:
    """Walk the tags of an HTML string and change attributes of the current one."""

    def __init__(self, html: str) -> None:
        self.html = html
        self._at = 0
        self._tag: _Tag | None = None
        self._edits: list[tuple[int, int, str]] = []
        self._class_updates: dict[str, bool] = {}

    # -- scanning -----------------------------------------------------------------
    def next_tag(self, tag_name: str | None = None, *, tag_closers: bool = False, class_name: str | None = None) -> bool:
        """Move to the next tag (optionally only ``tag_name``; closers only if asked)."""
        wanted = tag_name.upper() if tag_name else None
        while True:
            self._flush_class_updates()
            tag = self._parse_next_tag()
            if tag is None:
                self._tag = None
                return False
            self._tag = tag
            name = self.get_tag() or ""
            if not tag.is_closer:
                self._skip_special_contents(name)
            if tag.is_closer and not tag_closers:
                continue
            if wanted is not None and name != wanted:
                continue
            if class_name is not None and not self.has_class(class_name):
                continue
            return True

    def _parse_next_tag(self) -> _Tag | None:
        html = self.html
        length = len(html)
        # Text, comments, doctypes and bogus comments are skipped in one (linear, possessive) match.
        at = _NOT_A_TAG.match(html, self._at).end()  # type: ignore[union-attr]
        if at + 1 >= length:
            self._at = length
            return None
        is_closer = html[at + 1] == "/"
        start = at + 1 + (1 if is_closer else 0)
        if not (start < length and html[start].isascii() and html[start].isalpha()):
            # An unclosed comment or bogus comment runs to the end of the document.
            self._at = length
            return None
        name_length = _cspan(_NAME_END, html, start)
        tag = _Tag(start, name_length, -1, is_closer)
        self._at = start + name_length
        if not self._parse_attributes(tag):
            self._at = length
            return None
        close = html.find(">", self._at)
        if close == -1:
            self._at = length
            return None
        tag.ends_at = close
        self._at = close + 1
        return tag

    def _parse_attributes(self, tag: _Tag) -> bool:
        html = self.html
        length = len(html)
        while True:
            at = self._at + _span(html, _WS + "/", self._at)
            self._at = at
            if at >= length:
                return False
            if html[at] == "=":
                name_length = 1 + _cspan(_ATTR_NAME_END, html, at + 1)
            else:
                name_length = _cspan(_ATTR_NAME_END, html, at)
            if name_length == 0 or at + name_length >= length:
                return True
            start = at
            name = html[at : at + name_length]
            at += name_length
            at += _span(html, _WS, at)
            if at >= length:
                return False
            is_true = False
            if html[at] == "=":
                at += 1
                at += _span(html, _WS, at)
                if at >= length:
                    return False
                quote = html[at]
                if quote in "\"'":
                    value_start = at + 1
                    end_quote = html.find(quote, value_start)
                    if end_quote == -1:
                        return False
                    value_length = end_quote - value_start
                    end = end_quote + 1
                else:
                    value_start = at
                    value_length = _cspan(_UNQUOTED_END, html, at)
                    end = value_start + value_length
                at = end
            else:
                value_start, value_length, end, is_true = at, 0, at, True
            self._at = at
            if at >= length:
                return False
            if tag.is_closer:
                continue
            key = name.lower()
            if key in tag.attributes:
                tag.duplicates.setdefault(key, []).append((start, end))
                continue
            tag.attributes[key] = _Attribute(name, value_start, value_length, start, end - start, is_true)

    def _skip_special_contents(self, name: str) -> None:
        """Jump over the text of SCRIPT, STYLE, TEXTAREA … so tags inside it are not seen."""
        closer = _SPECIAL_CLOSERS.get(name)
        if closer is not None:
            found = closer.search(self.html, self._at)
            self._at = found.start() if found else len(self.html)
        elif name == "PLAINTEXT":
            self._at = len(self.html)

    # -- reading ------------------------------------------------------------------
    def get_tag(self) -> str | None:
        """The current tag's name in upper case (``None`` when not on a tag)."""
        if self._tag is None:
            return None
        return self.html[self._tag.name_start : self._tag.name_start + self._tag.name_length].upper()

    def tag_span(self) -> tuple[int, int] | None:
        """Where the current tag starts (its ``<``) and ends (after its ``>``) in the original HTML."""
        if self._tag is None:
            return None
        start = self._tag.name_start - (2 if self._tag.is_closer else 1)
        return start, self._tag.ends_at + 1

    def is_tag_closer(self) -> bool:
        """Whether the current tag is a closing tag."""
        return self._tag is not None and self._tag.is_closer

    def get_attribute(self, name: str) -> str | bool | None:
        """The decoded value of ``name`` (True for a bare attribute, None when absent)."""
        if self._tag is None or self._tag.is_closer:
            return None
        key = name.lower()
        if key == "class" and self._class_updates:
            return self._class_value()[0]
        attribute = self._tag.attributes.get(key)
        if attribute is None:
            return None
        if attribute.is_true:
            return True
        raw = self.html[attribute.value_start : attribute.value_start + attribute.value_length]
        return _html.unescape(raw) if "&" in raw else raw

    def has_class(self, wanted: str) -> bool:
        """Whether the current tag's class list holds ``wanted``."""
        value = self.get_attribute("class")
        return isinstance(value, str) and wanted in value.split()

    # -- changing -----------------------------------------------------------------
    def set_attribute(self, name: str, value: str | bool) -> bool:
        """Set (or add, right after the tag name) attribute ``name`` on the current tag."""
        tag = self._tag
        if tag is None or tag.is_closer:
            return False
        text = name if value is True else f'{name}="{_escape_attribute(str(value))}"'
        key = name.lower()
        attribute = tag.attributes.get(key)
        if attribute is not None:
            self._edits.append((attribute.start, attribute.start + attribute.length, text))
            for start, end in tag.duplicates.pop(key, []):
                self._edits.append((start, end, ""))
        else:
            insert_at = tag.name_start + tag.name_length
            self._edits.append((insert_at, insert_at, " " + text))
        return True

    def add_class(self, class_name: str) -> bool:
        """Add ``class_name`` to the current tag's class list (kept once, appended at the end)."""
        if self._tag is None or self._tag.is_closer:
            return False
        self._class_updates.setdefault(class_name, True)
        return True

    def _class_value(self) -> tuple[str, bool]:
        """The class attribute after pending additions (spacing kept) and whether anything was added."""
        assert self._tag is not None
        attribute = self._tag.attributes.get("class")
        existing = ""
        if attribute is not None and not attribute.is_true:
            raw = self.html[attribute.value_start : attribute.value_start + attribute.value_length]
            existing = _html.unescape(raw) if "&" in raw else raw
        out = ""
        seen: set[str] = set()
        at = 0
        while at < len(existing):
            ws = _span(existing, _WS, at)
            ws_text = existing[at : at + ws]
            at += ws
            end = at
            while end < len(existing) and existing[end] not in _WS:
                end += 1
            if end == at:
                break
            name = existing[at:end]
            at = end
            if name in seen:
                continue
            seen.add(name)
            if out:
                out += ws_text
            out += name
        modified = False
        for name in self._class_updates:
            if name not in seen:
                seen.add(name)
                modified = True
                out += (" " if out else "") + name
        return out, modified

    def _flush_class_updates(self) -> None:
        """Write pending ``add_class`` calls into the current tag's class attribute."""
        if not self._class_updates or self._tag is None:
            self._class_updates = {}
            return
        value, modified = self._class_value()
        self._class_updates = {}
        if modified:
            self.set_attribute("class", value)

    def get_updated_html(self) -> str:
        """The document with every change so far applied."""
        self._flush_class_updates()
        if not self._edits:
            return self.html
        parts: list[str] = []
        at = 0
        for start, end, text in sorted(self._edits, key=lambda edit: (edit[0], edit[1])):
            parts.append(self.html[at:start])
            parts.append(text)
            at = max(at, end)
        parts.append(self.html[at:])
        return "".join(parts)
