"""Shortcodes: a registry of ``[tag]`` handlers and the parser that runs them (WordPress 7.1.4).

Port of ``wp-includes/shortcodes.php`` (WordPress 7.1.4). Instead of the ``$shortcode_tags``
global, a ``ShortcodeRegistry`` holds the handlers, so each site, request or test has its own.

The match is the one ``get_shortcode_regex()`` describes (six groups: ``[[`` escape, tag,
attribute text, self-closing ``/``, enclosed content, ``]]`` escape), found by a linear scanner
rather than one big backtracking regex, so adversarial input (``[tag a="`` a megabyte long)
costs linear time. ``get_shortcode_regex()`` still returns WordPress's pattern for callers
that want it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from broadsheet.formatting.php_strings import php_strval

if TYPE_CHECKING:
    from broadsheet.hooks.registry import Hooks

__all__ = [
    "CORE_SHORTCODE_TAGS",
    "ShortcodeAtts",
    "ShortcodeCallback",
    "ShortcodeMatch",
    "ShortcodeRegistry",
    "get_shortcode_atts_regex",
    "shortcode_atts",
    "shortcode_parse_atts",
    "strip_shortcodes",
    "unescape_invalid_shortcodes",
]

#: Parsed attributes: names (lowercased) to values, plus positional values under int keys.
ShortcodeAtts = dict[str | int, str]
#: A handler gets the parsed attributes ('' when there were none), the content and the tag.
ShortcodeCallback = Callable[[Any, str, str], Any]

#: The tags core registers (``strip_shortcodes`` with no registry removes these).
CORE_SHORTCODE_TAGS = ("wp_caption", "caption", "gallery", "playlist", "audio", "video", "embed")

_PHP_TRIM = " \t\n\r\0\x0b"
_INVALID_TAG = re.compile(r"[<>&/\[\]\x00-\x20=]")
_TAG_NAMES_IN_CONTENT = re.compile(r"\[([^<>&/\[\]\x00-\x20=]+)")


@dataclass(frozen=True, slots=True)
class ShortcodeMatch:
    """One match of the shortcode pattern, with WordPress's six groups by name."""

    full: str  #: m[0]
    open_escape: str  #: m[1], '[' for ``[[tag]]``
    tag: str  #: m[2]
    attr_text: str  #: m[3]
    self_closing: str  #: m[4], '/' for ``[tag /]``
    content: str  #: m[5], '' when the shortcode encloses nothing
    close_escape: str  #: m[6], ']' for ``[[tag]]``
    start: int
    end: int

    def groups(self) -> list[str]:
        """The match as PHP's ``$m`` array."""
        return [self.full, self.open_escape, self.tag, self.attr_text, self.self_closing,
                self.content, self.close_escape]


class _Scanner:
    """Finds shortcode matches for a fixed list of tag names, left to right, in linear time."""

    def __init__(self, tagnames: tuple[str, ...]) -> None:
        alternatives = "|".join(re.escape(tag) for tag in tagnames)
        self._opening = re.compile(r"\[(\[?)(" + alternatives + r")(?![\w-])", re.ASCII)

    def finditer(self, text: str) -> Iterator[ShortcodeMatch]:
        """Every non-overlapping match, as ``preg_replace_callback`` would visit them."""
        next_close: dict[str, int] = {}
        position = 0
        while True:
            opening = self._opening.search(text, position)
            if opening is None:
                return
            tag = opening.group(2)
            tag_end = opening.end()
            bracket = text.find("]", tag_end)
            if bracket == -1:
                return  # Every shortcode needs a ']' later on; there is none.
            content = ""
            if bracket > tag_end and text[bracket - 1] == "/":
                attr_text, self_closing, end = text[tag_end:bracket - 1], "/", bracket + 1
            else:
                attr_text, self_closing, end = text[tag_end:bracket], "", bracket + 1
                closing = self._find_closing(text, tag, end, next_close)
                if closing != -1:
                    content = text[end:closing]
                    end = closing + len(tag) + 3
            close_escape = "]" if text.startswith("]", end) else ""
            end += len(close_escape)
            yield ShortcodeMatch(
                text[opening.start():end], opening.group(1), tag, attr_text, self_closing,
                content, close_escape, opening.start(), end,
            )
            position = end

    @staticmethod
    def _find_closing(text: str, tag: str, start: int, cache: dict[str, int]) -> int:
        """Where the first ``[/tag]`` at or after ``start`` begins (-1 if none); cached per tag."""
        known = cache.get(tag)
        if known is not None and (known == -1 or known >= start):
            return known
        found = text.find(f"[/{tag}]", start)
        cache[tag] = found
        return found

    def sub(self, text: str, callback: Callable[[ShortcodeMatch], str]) -> tuple[str, int]:
        """Replace every match by ``callback(match)``; also returns how many there were."""
        out: list[str] = []
        last = 0
        count = 0
        for match in self.finditer(text):
            out.append(text[last:match.start])
            out.append(callback(match))
            last = match.end
            count += 1
        if not count:
            return text, 0
        out.append(text[last:])
        return "".join(out), count


@lru_cache(maxsize=128)
def _scanner(tagnames: tuple[str, ...]) -> _Scanner:
    """The (stateless) scanner for ``tagnames``, shared by every registry: requests build their own
    registries, and would otherwise build its pattern again each time."""
    return _Scanner(tagnames)


def get_shortcode_atts_regex() -> str:
    """WordPress's attribute pattern (``get_shortcode_atts_regex``), for Python's ``re``."""
    return _ATTS_PATTERN


_ATTS_PATTERN = (
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"""
    r"""|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)"""
)
_ATTS = re.compile(_ATTS_PATTERN, re.ASCII)
_NBSP_ZWSP = re.compile("[\u00a0\u200b]+")
_BALANCED_TAGS = re.compile(r"[^<]*+(?:<[^>]*+>[^<]*+)*+")
_PHP_INT_KEY = re.compile(r"-?[1-9][0-9]*|0")
_C_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)", re.DOTALL)
_C_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "v": "\v", "b": "\b", "f": "\f"}


def _stripcslashes_one(match: re.Match[str]) -> str:
    """One C escape as PHP's ``stripcslashes`` reads it."""
    escape = match.group(1)
    if escape in _C_SIMPLE:
        return _C_SIMPLE[escape]
    if escape[0] == "x" and len(escape) > 1:
        return chr(int(escape[1:], 16))
    if escape[0] in "01234567":
        return chr(int(escape, 8) & 0xFF)
    return escape


def _stripcslashes(text: str) -> str:
    """PHP's ``stripcslashes``: undo C-style backslash escapes."""
    if "\\" not in text:
        return text
    return _C_ESCAPE.sub(_stripcslashes_one, text)  # a lone trailing backslash stays, as in PHP


def _php_key(name: str) -> str | int:
    """A PHP array key: decimal-integer strings become ints, as PHP does."""
    return int(name) if _PHP_INT_KEY.fullmatch(name) and abs(int(name)) < 2**63 else name


def shortcode_parse_atts(text: str) -> ShortcodeAtts | str:
    """Attributes of a shortcode's opening tag (``shortcode_parse_atts``); '' or the text if there are none."""
    atts: ShortcodeAtts = {}
    text = _NBSP_ZWSP.sub(" ", text)
    next_index = 0
    found = False
    for m in _ATTS.finditer(text):
        found = True
        for name_group in (1, 3, 5):
            name = m.group(name_group)
            if name and name != "0":  # PHP's empty() also rejects "0"
                key = _php_key(name.lower())
                atts[key] = _stripcslashes(m.group(name_group + 1))
                if isinstance(key, int):
                    next_index = max(next_index, key + 1)
                break
        else:
            value = next((v for v in (m.group(7), m.group(8)) if v), m.group(9))
            if value is None:
                continue  # '' or "" with nothing inside adds no attribute
            atts[next_index] = _stripcslashes(value)
            next_index += 1
    if not found:
        return text.lstrip(_PHP_TRIM)
    for key, value in atts.items():
        # Reject values holding an unclosed HTML element.
        if "<" in value and not _BALANCED_TAGS.fullmatch(value):
            atts[key] = ""
    return atts


def shortcode_atts(
    pairs: dict[str, Any],
    atts: ShortcodeAtts | str | None,
    shortcode: str = "",
    hooks: Hooks | None = None,
) -> dict[str, Any]:
    """The supported attributes ``pairs`` with the user's values where given (``shortcode_atts``)."""
    given: dict[str | int, Any]
    if atts is None:
        given = {}
    elif isinstance(atts, str):
        given = {0: atts}
    else:
        given = dict(atts)
    out = {name: given.get(name, default) for name, default in pairs.items()}
    if shortcode and hooks is not None:
        out = hooks.apply_filters(f"shortcode_atts_{shortcode}", out, pairs, atts, shortcode)
    return out


def unescape_invalid_shortcodes(content: str) -> str:
    """Put back the ``[`` and ``]`` that ``do_shortcodes_in_html_tags`` encoded."""
    return content.replace("&#91;", "[").replace("&#93;", "]")


_ENCODE_BRACKETS = str.maketrans({"[": "&#91;", "]": "&#93;"})
_ODD_TAG_START = re.compile(r"^<\s*\[\[?[^\[\]]+\]")
_ELEMENT_NAME = re.compile(r"[a-zA-Z0-9]+")


class ShortcodeRegistry:
    """Registered shortcode handlers and the functions that run them (``$shortcode_tags``)."""

    def __init__(self, hooks: Hooks | None = None) -> None:
        self._tags: dict[str, ShortcodeCallback] = {}
        self.hooks = hooks

    # -- registration -------------------------------------------------------------
    def add_shortcode(self, tag: str, callback: ShortcodeCallback) -> bool:
        """Register ``callback`` for ``[tag]``; refuses empty names and reserved characters."""
        if tag.strip(_PHP_TRIM) == "" or _INVALID_TAG.search(tag):
            return False
        self._tags[tag] = callback
        return True

    def add_shortcodes(self, handlers: dict[str, ShortcodeCallback]) -> None:
        """Register several handlers whose tag names are known to be valid (core's), in order."""
        self._tags.update(handlers)

    def remove_shortcode(self, tag: str) -> None:
        """Forget the handler for ``tag``."""
        self._tags.pop(tag, None)

    def remove_all_shortcodes(self) -> None:
        """Forget every handler."""
        self._tags.clear()

    def shortcode_exists(self, tag: str) -> bool:
        """Whether a handler is registered for ``tag``."""
        return tag in self._tags

    def handler(self, tag: str) -> ShortcodeCallback | None:
        """The callback registered for ``tag`` (``$shortcode_tags[ $tag ]``), for callers that run it directly
        as WordPress's widgets call ``wp_audio_shortcode()``."""
        return self._tags.get(tag)

    @property
    def tags(self) -> tuple[str, ...]:
        """Registered tag names, in registration order."""
        return tuple(self._tags)

    def copy(self) -> ShortcodeRegistry:
        """An independent registry with the same handlers."""
        other = ShortcodeRegistry(self.hooks)
        other._tags = dict(self._tags)
        return other

    def has_shortcode(self, content: str, tag: str) -> bool:
        """Whether ``content`` uses shortcode ``tag`` (also inside other shortcodes' content)."""
        if "[" not in content or tag not in self._tags:
            return False
        for match in _scanner(tuple(self._tags)).finditer(content):
            if match.tag == tag or (match.content and self.has_shortcode(match.content, tag)):
                return True
        return False

    # -- patterns -----------------------------------------------------------------
    def get_shortcode_regex(self, tagnames: Iterable[str] | None = None) -> str:
        """WordPress's shortcode pattern for ``tagnames`` (default: every registered tag)."""
        names = list(tagnames) if tagnames else list(self._tags)
        tagregexp = "|".join(re.escape(name) for name in names)
        return (
            r"\[(\[?)(" + tagregexp + r")(?![\w-])([^\]\/]*(?:\/(?!\])[^\]\/]*)*?)"
            r"(?:(\/)\]|\](?:([^\[]*+(?:\[(?!\/\2\])[^\[]*+)*+)\[\/\2\])?)(\]?)"
        )

    def _tagnames_in(self, content: str, candidates: Iterable[str]) -> tuple[str, ...]:
        """The candidate tags that appear after a ``[`` in ``content``, in candidate order."""
        present = set(_TAG_NAMES_IN_CONTENT.findall(content))
        return tuple(tag for tag in candidates if tag in present)

    # -- running ------------------------------------------------------------------
    def do_shortcode(self, content: str, ignore_html: bool = False) -> str:
        """Replace every registered shortcode in ``content`` by its handler's output."""
        if "[" not in content or not self._tags:
            return content
        tagnames = self._tagnames_in(content, self._tags)
        if not tagnames:
            return content
        content = self.do_shortcodes_in_html_tags(content, ignore_html, tagnames)
        content, _ = _scanner(tagnames).sub(content, self.do_shortcode_tag)
        # Always restore square braces so we don't break things like <!--[if IE ]>.
        return unescape_invalid_shortcodes(content)

    apply_shortcodes = do_shortcode

    def do_shortcode_tag(self, match: ShortcodeMatch) -> str:
        """The replacement for one match: its handler's output, or the ``[[escaped]]`` text."""
        if match.open_escape == "[" and match.close_escape == "]":
            return match.full[1:-1]
        tag = match.tag
        attr = shortcode_parse_atts(match.attr_text)
        callback = self._tags.get(tag)
        if callback is None or not callable(callback):
            return match.full
        if self.hooks is not None:
            short_circuit = self.hooks.apply_filters("pre_do_shortcode_tag", False, tag, attr, match.groups())
            if short_circuit is not False:
                return php_strval(short_circuit)
        output = match.open_escape + php_strval(callback(attr, match.content, tag)) + match.close_escape
        if self.hooks is not None:
            output = self.hooks.apply_filters("do_shortcode_tag", output, tag, attr, match.groups())
        return output

    def do_shortcodes_in_html_tags(self, content: str, ignore_html: bool, tagnames: tuple[str, ...]) -> str:
        """Run shortcodes inside HTML attributes and encode every other bracket found in a tag."""
        from broadsheet.formatting.html_split import wp_html_split

        # Normalise entities in unfiltered HTML before adding placeholders.
        content = content.replace("&#91;", "&#091;").replace("&#93;", "&#093;")
        scanner = _scanner(tagnames)
        parts = wp_html_split(content)
        elements = "".join(parts[1::2])  # the split alternates text and elements
        if "[" not in elements and "]" not in elements:
            return content  # no element holds a bracket: nothing to run or encode
        for index, element in enumerate(parts):
            if element == "" or element[0] != "<":
                continue
            noopen = "[" not in element
            noclose = "]" not in element
            if noopen or noclose:
                if noopen != noclose:
                    parts[index] = element.translate(_ENCODE_BRACKETS)
                continue
            if ignore_html or element.startswith("<!--") or element.startswith("<![CDATA["):
                parts[index] = element.translate(_ENCODE_BRACKETS)
                continue
            from broadsheet.formatting.kses import wp_kses_attr_parse

            attributes = wp_kses_attr_parse(element)
            if attributes is False or attributes is None:
                # Some plugins are doing things like [name] <[email]>.
                if _ODD_TAG_START.match(element):
                    element, _ = scanner.sub(element, self.do_shortcode_tag)
                # Looks like we found some crazy unfiltered HTML. Skipping it for sanity.
                parts[index] = element.translate(_ENCODE_BRACKETS)
                continue
            attributes = list(attributes)
            front = attributes.pop(0)
            back = attributes.pop() if attributes else ""
            name_match = _ELEMENT_NAME.search(front)
            elname = name_match.group(0) if name_match else ""
            for position, attr in enumerate(attributes):
                open_at = attr.find("[")
                close_at = attr.find("]")
                if open_at == -1 or close_at == -1:
                    continue  # Square braces are escaped at the end of the loop.
                double = attr.find('"')
                single = attr.find("'")
                if (single == -1 or open_at < single) and (double == -1 or open_at < double):
                    # 'name = [shortcode]' implies unfiltered_html: leave the output alone.
                    attributes[position], _ = scanner.sub(attr, self.do_shortcode_tag)
                else:
                    # 'name = "[shortcode]"': assume kses ran before shortcodes, so re-check.
                    new_attr, count = scanner.sub(attr, self.do_shortcode_tag)
                    if count > 0:
                        from broadsheet.formatting.kses import wp_kses_one_attr

                        new_attr = wp_kses_one_attr(new_attr, elname)
                        if new_attr.strip(_PHP_TRIM) != "":
                            attributes[position] = new_attr
            element = front + "".join(attributes) + back
            parts[index] = element.translate(_ENCODE_BRACKETS)
        return "".join(parts)

    def strip_shortcodes(self, content: str) -> str:
        """Remove every registered shortcode (and what it encloses) from ``content``."""
        if "[" not in content or not self._tags:
            return content
        tags_to_remove: Iterable[str] = list(self._tags)
        if self.hooks is not None:
            tags_to_remove = self.hooks.apply_filters("strip_shortcodes_tagnames", tags_to_remove, content)
        tagnames = self._tagnames_in(content, tags_to_remove)
        if not tagnames:
            return content
        content = self.do_shortcodes_in_html_tags(content, True, tagnames)
        content, _ = _scanner(tagnames).sub(content, _strip_shortcode_tag)
        return unescape_invalid_shortcodes(content)


def _strip_shortcode_tag(match: ShortcodeMatch) -> str:
    """What ``strip_shortcodes`` leaves of one match: nothing, or the ``[[escaped]]`` text."""
    if match.open_escape == "[" and match.close_escape == "]":
        return match.full[1:-1]
    return match.open_escape + match.close_escape




def _noop_handler(attr: Any, content: str, tag: str) -> str:
    """A stand-in handler; only the tag's registration matters to ``strip_shortcodes``."""
    return ""


_CORE_TAG_REGISTRY = ShortcodeRegistry()
for _tag in CORE_SHORTCODE_TAGS:
    _CORE_TAG_REGISTRY.add_shortcode(_tag, _noop_handler)


def strip_shortcodes(text: str) -> str:
    """``strip_shortcodes`` with core's registered tags (caption, gallery, audio, video, embed …)."""
    return _CORE_TAG_REGISTRY.strip_shortcodes(text)
