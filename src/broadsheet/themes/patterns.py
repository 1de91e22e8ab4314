"""A theme's block patterns: file headers and content, for ``resolve_pattern_blocks``.

WordPress includes a pattern's PHP file and keeps what it prints. broadsheet runs no PHP: it reads
the file as text and evaluates the few statements block themes use to print translated, escaped
strings (``esc_html_e( 'Blog', 'twentytwentyfive' )``, ``echo esc_attr_x( … )``,
``echo esc_url( get_template_directory_uri() )``, ``echo wp_kses_post( _x( … ) )``) for en_US. A file with any other PHP is refused
(``UnsupportedPattern``), never guessed. Headers as ``_register_theme_block_patterns`` (7.1.4) reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from broadsheet.formatting.escape import esc_attr, esc_html
from broadsheet.formatting.kses import wp_kses_post
from broadsheet.themes.theme import Theme, get_file_data

PATTERN_HEADERS = {
    "title": "Title", "slug": "Slug", "description": "Description", "viewportWidth": "Viewport Width",
    "inserter": "Inserter", "categories": "Categories", "keywords": "Keywords", "blockTypes": "Block Types",
    "postTypes": "Post Types", "templateTypes": "Template Types",
}
_LIST_HEADERS = ("categories", "keywords", "blockTypes", "postTypes", "templateTypes")


class UnsupportedPattern(ValueError):
    """A pattern file whose PHP goes beyond printing translated strings."""


@dataclass
class Pattern:
    """A registered pattern: its slug, header fields and printed content."""

    slug: str
    title: str
    description: str = ""
    categories: list[str] = field(default_factory=list)
    content: str = ""


_TOKEN = re.compile(
    r"\s*(?:(?P<comment>/\*.*?\*/|//[^\n]*|#[^\n]*)"  # comments (skipped)
    r"|(?P<lit>'(?:[^'\\]|\\.)*')"  # single-quoted string literals
    r"|(?P<name>[A-Za-z_]\w*)|(?P<punct>[(),.;]))", re.DOTALL)


def _literal(text: str) -> str:
    """A PHP single-quoted string's value: only ``\\'`` and ``\\\\`` are escapes."""
    return re.sub(r"\\([\\'])", r"\1", text[1:-1])


def _tokens(code: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    at = 0
    code = code.rstrip()
    while at < len(code):
        match = _TOKEN.match(code, at)
        if match is None or match.end() == at:
            raise UnsupportedPattern(f"unsupported PHP: {code[at:at + 60]!r}")
        kind = match.lastgroup or ""
        if kind != "comment":
            out.append((kind, match.group(kind)))
        at = match.end()
        if code[at:].strip() == "":
            break
    return out


def _php_sprintf(fmt: str, args: list[str]) -> str:
    """``sprintf`` with ``%s`` and ``%%`` only (what theme strings use)."""
    values = iter(args)

    def one(match: re.Match[str]) -> str:
        if match.group(0) == "%%":
            return "%"
        return next(values, "")

    if re.search(r"%(?![s%])", fmt):
        raise UnsupportedPattern(f"unsupported format: {fmt!r}")
    return re.sub(r"%[s%]", one, fmt)


class _Evaluator:
    """Statements of a ``<?php … ?>`` block: string literals, ``.``, and whitelisted pure calls."""

    def __init__(self, tokens: list[tuple[str, str]], template_uri: str) -> None:
        self.tokens, self.at, self.template_uri = tokens, 0, template_uri

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self, value: str | None = None) -> tuple[str, str]:
        token = self._peek()
        if token is None or (value is not None and token[1] != value):
            raise UnsupportedPattern(f"expected {value!r}, got {token!r}")
        self.at += 1
        return token

    def _arguments(self) -> list[str]:
        self._take("(")
        args: list[str] = []
        while self._peek() is not None and self._peek() != ("punct", ")"):
            args.append(self.expression())
            if self._peek() == ("punct", ","):
                self._take(",")
        self._take(")")
        return args

    def _call(self, name: str, args: list[str]) -> str:
        from broadsheet.formatting.urls import esc_url

        arity = {"__": 2, "_x": 3, "esc_html__": 2, "esc_attr__": 2, "esc_html_x": 3, "esc_attr_x": 3,
                 "esc_url": 1, "esc_html": 1, "esc_attr": 1, "wp_kses_post": 1, "get_template_directory_uri": 0}
        if name not in arity or len(args) != arity[name]:
            raise UnsupportedPattern(f"unsupported call {name}({len(args)} args)")
        if name == "get_template_directory_uri":
            return self.template_uri
        if name == "esc_url":
            return esc_url(args[0])
        if name == "wp_kses_post":
            return wp_kses_post(args[0])
        text = args[0]  # en_US: the msgid is the translation
        if name.startswith("esc_html"):
            return esc_html(text)
        if name.startswith("esc_attr"):
            return esc_attr(text)
        return text

    def expression(self) -> str:
        value = self._term()
        while self._peek() == ("punct", "."):
            self._take(".")
            value += self._term()
        return value

    def _term(self) -> str:
        kind, value = self._take()
        if kind == "lit":
            return _literal(value)
        if kind == "name":
            return self._call(value, self._arguments())
        raise UnsupportedPattern(f"unexpected {value!r}")

    def run(self) -> str:
        out: list[str] = []
        while self._peek() is not None:
            kind, name = self._take()
            if kind != "name":
                raise UnsupportedPattern(f"unexpected {name!r}")
            if name == "echo":
                out.append(self.expression())
            elif name == "printf":
                args = self._arguments()
                out.append(_php_sprintf(args[0], args[1:]) if args else "")
            elif name in ("esc_html_e", "esc_attr_e", "_e"):
                args = self._arguments()
                if len(args) != 2:
                    raise UnsupportedPattern(f"{name} takes 2 arguments")
                out.append(esc_html(args[0]) if name == "esc_html_e" else esc_attr(args[0]) if name == "esc_attr_e"
                           else args[0])
            else:
                raise UnsupportedPattern(f"unsupported statement {name}")
            if self._peek() == ("punct", ";"):
                self._take(";")
            elif self._peek() is not None:
                raise UnsupportedPattern("expected ';'")
        return "".join(out)


def _run_php(code: str, template_uri: str) -> str:
    """What one ``<?php … ?>`` block prints."""
    return _Evaluator(_tokens(code), template_uri).run()


def render_pattern_file(source: str, template_uri: str) -> str:
    """The output of including a pattern file (PHP drops one newline right after ``?>``)."""
    out: list[str] = []
    at = 0
    while True:
        start = source.find("<?php", at)
        if start < 0:
            out.append(source[at:])
            break
        out.append(source[at:start])
        end = source.find("?>", start)
        if end < 0:
            out.append(_run_php(source[start + 5:], template_uri))
            break
        out.append(_run_php(source[start + 5:end], template_uri))
        at = end + 2
        if source.startswith("\r\n", at):
            at += 2
        elif source.startswith("\n", at):
            at += 1
    return "".join(out)


def load_pattern(theme: Theme, path: Any, template_uri: str) -> Pattern | None:
    """A pattern file as ``_register_theme_block_patterns`` registers it (None without title or slug)."""
    source = path.read_text(encoding="utf-8")
    headers = get_file_data(source, PATTERN_HEADERS)
    if not headers["slug"] or not headers["title"]:
        return None
    lists = {k: [v.strip() for v in headers[k].split(",") if v.strip()] for k in _LIST_HEADERS}
    return Pattern(slug=headers["slug"], title=headers["title"], description=headers["description"],
                   categories=lists["categories"], content=render_pattern_file(source, template_uri))


def theme_patterns(theme: Theme, template_uri: str) -> dict[str, Pattern]:
    """The theme's patterns by slug (the files under ``patterns/``, sorted as WordPress globs them)."""
    folder = theme.directory / "patterns"
    patterns: dict[str, Pattern] = {}
    if not folder.is_dir():
        return patterns
    for path in sorted(folder.glob("*.php")):
        pattern = load_pattern(theme, path, template_uri)
        if pattern is not None and pattern.slug not in patterns:
            patterns[pattern.slug] = pattern
    return patterns
