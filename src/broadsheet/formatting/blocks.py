"""The block parser and serializer: ``parse_blocks`` and ``serialize_blocks``.

Port of ``WP_Block_Parser`` (``wp-includes/class-wp-block-parser.php``) and ``serialize_block()``
(``wp-includes/blocks.php``), WordPress 7.1.4. Block delimiters are HTML comments such as
``<!-- wp:core/paragraph {"align":"right"} -->``; everything between them is kept byte for byte.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, TypedDict

__all__ = ["ParsedBlock", "get_comment_delimited_block_content", "has_blocks", "parse_blocks", "serialize_block", "serialize_blocks"]


class ParsedBlock(TypedDict):
    """One parsed block, shaped as ``parse_blocks()`` returns it."""

    blockName: str | None
    attrs: Any
    innerBlocks: list[ParsedBlock]
    innerHTML: str
    innerContent: list[str | None]


# PCRE's \s (without /u) is these six ASCII characters, never NBSP or other Unicode spaces.
_S = r"[ \t\n\x0b\f\r]"
# WordPress matches a delimiter with one PCRE pattern:
#   <!--\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)\s+
#   (?P<attrs>{(?:(?:[^}]+|}+(?=})|(?!}\s+/?-->).)*+)?}\s+)?(?P<void>/)?-->
# Its attributes run from "{" to the first "}" followed by whitespace and "-->" (or "/-->"). Finding
# that end once per document position, instead of rescanning from every candidate, keeps the scan
# linear on documents full of unterminated delimiters.
_DELIMITER_START = re.compile(
    r"<!--" + _S + r"+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)" + _S + r"+"
)
_ATTRS_END = re.compile(r"\}" + _S + r"+(?P<void>/)?-->")
_PLAIN_END = re.compile(r"(?P<void>/)?-->")


@dataclass
class _Token:
    start: int
    end: int
    closer: bool
    name: str
    attrs_text: str | None
    void: bool


def _freeform(html: str) -> ParsedBlock:
    return {"blockName": None, "attrs": {}, "innerBlocks": [], "innerHTML": html, "innerContent": [html]}


def _new_block(name: str, attrs: Any) -> ParsedBlock:
    return {"blockName": name, "attrs": attrs, "innerBlocks": [], "innerHTML": "", "innerContent": []}


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _json_decode(text: str) -> Any:
    """PHP ``json_decode($text, true)``: None when the JSON is invalid (lone surrogates included)."""
    try:
        value = json.loads(text, parse_constant=_reject_constant)
        if "\\u" in text:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        return None
    return value


def _php_empty(text: str) -> bool:
    """PHP's ``empty()`` on a string: '' and '0' are empty."""
    return text == "" or text == "0"


@dataclass
class _Frame:
    block: ParsedBlock
    token_start: int
    token_length: int
    prev_offset: int
    leading_html_start: int | None


class _Parser:
    """One pass over a document, keeping the parser's stack of open blocks."""

    def __init__(self, document: str) -> None:
        self.document = document
        self.offset = 0
        self.output: list[ParsedBlock] = []
        self.stack: list[_Frame] = []
        self._attrs_end_from = -1
        self._attrs_end: re.Match[str] | None = None

    def _first_attrs_end(self, at: int) -> re.Match[str] | None:
        """The first "} -->" at or after ``at`` (remembered: candidates only move forward)."""
        cached = self._attrs_end
        if self._attrs_end_from != -1 and at >= self._attrs_end_from and (cached is None or cached.start() >= at):
            return cached
        self._attrs_end_from = at
        self._attrs_end = _ATTRS_END.search(self.document, at)
        return self._attrs_end

    def _find_token(self, at: int) -> _Token | None:
        """The next block delimiter at or after ``at``."""
        document = self.document
        while True:
            found = _DELIMITER_START.search(document, at)
            if found is None:
                return None
            name = (found.group("namespace") or "core/") + found.group("name")
            after = found.end()
            closer = found.group("closer") is not None
            if document.startswith("{", after):
                end = self._first_attrs_end(after)
                if end is not None:
                    attrs_text = document[after : end.start() + 1]
                    return _Token(found.start(), end.end(), closer, name, attrs_text, end.group("void") is not None)
            else:
                plain = _PLAIN_END.match(document, after)
                if plain is not None:
                    return _Token(found.start(), plain.end(), closer, name, None, plain.group("void") is not None)
            at = found.start() + 1

    def parse(self) -> list[ParsedBlock]:
        while self._proceed():
            pass
        return self.output

    def _next_token(self) -> tuple[str, str | None, Any, int, int]:
        token = self._find_token(self.offset)
        if token is None:
            return "no-more-tokens", None, None, 0, 0
        length = token.end - token.start
        attrs: Any = _json_decode(token.attrs_text) if token.attrs_text is not None else {}
        if token.void:
            return "void-block", token.name, attrs, token.start, length
        if token.closer:
            return "block-closer", token.name, None, token.start, length
        return "block-opener", token.name, attrs, token.start, length

    def _proceed(self) -> bool:
        kind, name, attrs, start, length = self._next_token()
        depth = len(self.stack)
        leading_html_start = self.offset if start > self.offset else None
        if kind == "no-more-tokens":
            if depth == 0:
                self._add_freeform()
                return False
            if depth == 1:
                self._add_block_from_stack()
                return False
            while self.stack:
                self._add_block_from_stack()
            return False
        assert name is not None
        if kind == "void-block":
            if depth == 0:
                if leading_html_start is not None:
                    self.output.append(_freeform(self.document[leading_html_start:start]))
                self.output.append(_new_block(name, attrs))
            else:
                self._add_inner_block(_new_block(name, attrs), start, length)
            self.offset = start + length
            return True
        if kind == "block-opener":
            self.stack.append(_Frame(_new_block(name, attrs), start, length, start + length, leading_html_start))
            self.offset = start + length
            return True
        # block-closer
        if depth == 0:
            self._add_freeform()
            return False
        if depth == 1:
            self._add_block_from_stack(start)
            self.offset = start + length
            return True
        top = self.stack.pop()
        html = self.document[top.prev_offset:start]
        top.block["innerHTML"] += html
        top.block["innerContent"].append(html)
        top.prev_offset = start + length
        self._add_inner_block(top.block, top.token_start, top.token_length, start + length)
        self.offset = start + length
        return True

    def _add_freeform(self) -> None:
        if self.offset < len(self.document):
            self.output.append(_freeform(self.document[self.offset:]))

    def _add_inner_block(self, block: ParsedBlock, token_start: int, token_length: int, last_offset: int | None = None) -> None:
        parent = self.stack[-1]
        parent.block["innerBlocks"].append(block)
        html = self.document[parent.prev_offset:token_start]
        if not _php_empty(html):
            parent.block["innerHTML"] += html
            parent.block["innerContent"].append(html)
        parent.block["innerContent"].append(None)
        parent.prev_offset = last_offset if last_offset else token_start + token_length

    def _add_block_from_stack(self, end_offset: int | None = None) -> None:
        top = self.stack.pop()
        html = self.document[top.prev_offset:end_offset] if end_offset is not None else self.document[top.prev_offset:]
        if not _php_empty(html):
            top.block["innerHTML"] += html
            top.block["innerContent"].append(html)
        if top.leading_html_start is not None:
            self.output.append(_freeform(self.document[top.leading_html_start:top.token_start]))
        self.output.append(top.block)


def parse_blocks(content: str) -> list[ParsedBlock]:
    """Split post content into its blocks (free text between blocks becomes a block named None)."""
    return _Parser(content).parse()


def has_blocks(content: str) -> bool:
    """Whether ``content`` holds block markup (WordPress only looks for ``<!-- wp:``)."""
    return "<!-- wp:" in content


def _as_php_array(value: Any) -> Any:
    """A decoded JSON value as PHP's ``json_decode( …, true )`` holds it: an object that is empty or
    keyed ``"0"``..``"n-1"`` is a list (so ``{}`` is written back ``[]``)."""
    if isinstance(value, dict):
        if all(key == str(i) for i, key in enumerate(value)):
            return [_as_php_array(item) for item in value.values()]
        return {key: _as_php_array(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_php_array(item) for item in value]
    return value


def _php_json(value: Any) -> str:
    """``wp_json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)`` of a PHP array."""
    return json.dumps(_as_php_array(value), ensure_ascii=False, separators=(",", ":"))


def serialize_block_attributes(attributes: Any) -> str:
    """Attributes as JSON safe inside an HTML comment (``--``, ``<``, ``>``, ``&`` and ``\\"`` escaped)."""
    encoded = _php_json(attributes)
    encoded = encoded.replace("--", "\\u002d\\u002d").replace("<", "\\u003c").replace(">", "\\u003e")
    return encoded.replace("&", "\\u0026").replace('\\"', "\\u0022")


def _delimited(name: str | None, attributes: Any, content: str) -> str:
    if name is None:
        return content
    short = name[5:] if name.startswith("core/") else name
    attrs = serialize_block_attributes(attributes) + " " if attributes else ""
    if _php_empty(content):
        return f"<!-- wp:{short} {attrs}/-->"
    return f"<!-- wp:{short} {attrs}-->{content}<!-- /wp:{short} -->"


def get_comment_delimited_block_content(name: str | None, attributes: Any, content: str) -> str:
    """``get_comment_delimited_block_content``: ``content`` inside the block's comment delimiters."""
    return _delimited(name, attributes, content)


def serialize_block(block: ParsedBlock) -> str:
    """One block back to its comment-delimited markup."""
    content = ""
    index = 0
    for chunk in block["innerContent"]:
        if isinstance(chunk, str):
            content += chunk
        else:
            content += serialize_block(block["innerBlocks"][index])
            index += 1
    attrs = block["attrs"] if isinstance(block["attrs"], dict | list) else {}
    return _delimited(block["blockName"], attrs, content)


def serialize_blocks(blocks: list[ParsedBlock]) -> str:
    """A list of parsed blocks back to post content."""
    return "".join(serialize_block(block) for block in blocks)
