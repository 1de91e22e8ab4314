"""Paragraphs from blank lines (``wpautop``) and un-wrapping stand-alone shortcodes.

Ports of ``wpautop``, ``_autop_newline_preservation_helper`` and ``shortcode_unautop`` from
WordPress 7.1.4 ``wp-includes/formatting.php``. Patterns that start with ``\\s*`` are
run as a search for what follows the spaces, trimming the whitespace run before each match:
the leftmost match always starts at the run's beginning, so the result is the same, and long
runs stay linear, not quadratic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from broadsheet.formatting.chars import SPACES
from broadsheet.formatting.html_split import wp_replace_in_html_tags
from broadsheet.formatting.texturize import CORE_SHORTCODE_TAGS

__all__ = ["shortcode_unautop", "wpautop"]

_ALLBLOCKS = (
    "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map"
    "|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup"
    "|header|footer|nav|figure|figcaption|details|menu|summary)"
)




def _literal_trie(names: Iterable[str]) -> str:
    """An alternation of literal ``names`` as a trie: the same strings, but ``re`` picks the
    branch by its next character instead of trying every name in turn."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        """The pattern for what may follow ``node`` (empty at a leaf)."""
        children = sorted((char, child) for char, child in node.items() if char)
        if not children:
            return ""
        leaves = "".join(re.escape(char) for char, child in children if list(child) == [""])
        branches = [re.escape(char) + emit(child) for char, child in children if list(child) != [""]]
        if leaves:
            branches.append(leaves if len(leaves) == 1 else f"[{leaves}]")
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# The same names as _ALLBLOCKS, as a trie for the compiled patterns.
_ALLBLOCKS_NAMES = [name for name in _ALLBLOCKS[3:-1].split("|") if name != "h[1-6]"] + [f"h{n}" for n in range(1, 7)]
_ALLBLOCKS_TRIE = _literal_trie(_ALLBLOCKS_NAMES)


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags | re.ASCII)


_DOUBLE_BR = _rx(r"<br\s*/?>\s*<br\s*/?>")
# Where a block tag may start: text without one gets no block passes.
_BLOCK_START = _rx(rf"</?{_ALLBLOCKS_TRIE}")
# An <hr>, the "<" of an opening block tag, or a closing block tag: WordPress's three passes that
# add "\n\n" around block tags, found in one split. Their matches never overlap (inserting
# "\n\n" makes or breaks none, and an <hr> opens a block too), so the order does not matter.
_BLOCK_TAG = _rx(rf"(<hr\s*?/?>|<(?={_ALLBLOCKS_TRIE}[\s/>])|</{_ALLBLOCKS_TRIE}>)")
_OPTION_OPEN = _rx(r"<option")
_AFTER_OPTION = _rx(r"</option>\s*")
_OBJECT_CLOSE = _rx(r"</object>")
_MEDIA_CLOSE = _rx(r"[<\[]/(?:audio|video)[>\]]")
_FIGCAPTION_CLOSE = _rx(r"</figcaption>\s*")
_PARAGRAPH_SPLIT = _rx(r"\n\s*\n")
_EMPTY_P = _rx(r"<p>\s*</p>")
_DIV_ADDRESS_FORM_END = _rx(r"</(?:div|address|form)>")
_P_AROUND_BLOCK = _rx(rf"<p>\s*(</?{_ALLBLOCKS_TRIE}[^>]*>)\s*</p>")
_P_AROUND_LI = _rx(r"<p>(<li.+?)</p>")
_P_BLOCKQUOTE = _rx(r"<p><blockquote", re.IGNORECASE)
_P_BEFORE_BLOCK = _rx(rf"<p>\s*(</?{_ALLBLOCKS_TRIE}[^>]*>)")
_PRESERVE_NEWLINES_OPEN = _rx(r"<(script|style|svg|math)")
# "(?<!<br />)\s*\n" per whitespace run, through the run's last newline. Lookbehinds after the
# first space start a match only at a run's start (linear), and let re skip ahead to spaces.
_NEWLINE_RUN = _rx(r"\s(?<!\s\s)(?<!<br />\s)\s*(?<=\n)")
# The same runs found from their first newline (a literal, which re finds fast) through their
# last one; the spaces before it are trimmed in Python. "\s" tried at every space cost more.
_FIRST_TO_LAST_NEWLINE = _rx(r"(\n(?:\s*\n)?)")
# After "<br />" the run's first character is barred, so the match starts one later.
_NEWLINE_RUN_AFTER_BR = _rx(r"<br />(\s)\s+(?<=\n)")
# A newline after a space (another newline, too) or after "<br />": found from the newline.
_NEWLINE_AFTER_SPACE_OR_BR = _rx(r"\n(?:(?<=\s\n)|(?<=<br />\n))")
_P_THEN_BR = _rx(r"<p>\s*<br />")
_BR_BEFORE_P = _rx(r"<br />(?=\s*</?p>)")
_BR_BEFORE_BLOCK = _rx(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)")


# A normal element holding a newline has one of these. Stops at each "<": linear.
_NEWLINE_IN_TAG = _rx(r"<[^<>\n]*\n")
# A comment or CDATA section (which may hold ">") that may hold a newline: every one but a
# "<!--" that reaches "-->" with no newline, where WordPress ends it (or sooner). The scan also
# stops at "<", to stay linear; such a comment is handed to wp_replace_in_html_tags as well.
_ESCAPED_WITH_NEWLINE = _rx(r"<!(?:--(?![^<\n]*?-->)|\[CDATA\[)")
_COLLAPSIBLE = _rx(r"<(?:option|/object>|source|track|figcaption)")
_ANY_SPACE = _rx(r"\s*")
_GREATER_THAN = _rx(">")
def _keep_group(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub(r"\\1", text)`` for a pattern whose one group always takes part.

    ``re.split`` keeps the captured group and drops the rest of each match, in C; on Python
    3.11 a ``\\1`` template runs Python code for every match.
    """
    return "".join(pattern.split(text))


@dataclass(frozen=True)
class _TagCollapse:
    """``[\\s*](START[^STOPS]*[STOPS])SUFFIX`` → the tag alone, in one linear scan.

    The plain regexes rescan from every ``START`` to the next stop character, which is
    quadratic on many unclosed tags; candidates sharing one stop character share one result.
    """

    start: re.Pattern[str]
    stops: re.Pattern[str] = _GREATER_THAN  # the character that ends the tag
    lead_space: bool = False  # a leading ``\s*`` is dropped too
    suffix: re.Pattern[str] = _ANY_SPACE  # must match after the tag; dropped

    def sub(self, text: str) -> str:
        out: list[str] = []
        done = skip_until = 0
        stop = -1
        for found in self.start.finditer(text):
            begin, name_end = found.span()
            if begin < done or begin < skip_until:
                continue
            if stop < name_end:
                found_stop = self.stops.search(text, name_end)
                if found_stop is None:
                    break
                stop = found_stop.start()
            after = self.suffix.match(text, stop + 1)
            if after is None:
                skip_until = stop
                continue
            lead = begin
            while self.lead_space and lead > done and text[lead - 1] in _ASCII_SPACE:
                lead -= 1
            out.append(text[done:lead])
            out.append(text[begin:stop + 1])
            done = after.end()
        out.append(text[done:])
        return "".join(out)


_ASCII_SPACE = " \t\n\r\f\v"
_OBJECT_OPEN = _TagCollapse(_rx(r"<object"))
_PARAM_EMBED = _TagCollapse(_rx(r"</?(?:param|embed)"), lead_space=True)
_MEDIA_OPEN = _TagCollapse(_rx(r"[<\[](?:audio|video)"), stops=_rx(r"[>\]]"))
_SOURCE_TRACK = _TagCollapse(_rx(r"<(?:source|track)"), lead_space=True)
_FIGCAPTION_OPEN = _TagCollapse(_rx(r"<figcaption"), lead_space=True, suffix=_rx(""))


def _tag_then(suffix: str) -> re.Pattern[str]:
    """``(</?BLOCK[^>]*>)SUFFIX`` whose tag cannot run past another block tag's start (linear).

    The kept group ends at the first ``>`` after its start either way, so only where a match
    starts moves (to the last block start before that ``>``); the text it keeps is the same.
    WordPress's ``[^>]*`` retries from every start before one ``>``: quadratic on tag soup.
    """
    start = rf"</?{_ALLBLOCKS_TRIE}"
    return _rx(rf"({start}[^<>]*+(?:<(?!/?{_ALLBLOCKS_TRIE})[^<>]*+)*+>){suffix}")


_P_AFTER_BLOCK = _tag_then(r"\s*</p>")
_BR_AFTER_BLOCK = _tag_then(r"\s*<br />")
_PHP_TRIM = " \t\n\r\0\x0b"


def _drop_space_before(text: str, pattern: re.Pattern[str]) -> str:
    """``\\s*X`` → ``X`` for each match of ``pattern`` (which starts with no space), in one scan.

    Searching for ``X`` and trimming the text before it lets ``re`` skip ahead to ``X``'s
    first character instead of trying ``\\s*`` at every offset.
    """
    out: list[str] = []
    done = 0
    for found in pattern.finditer(text):
        start = found.start()
        out.append(text[done:start].rstrip(_ASCII_SPACE))
        done = start
    out.append(text[done:])
    return "".join(out)


def _stash_pre(text: str) -> tuple[str, dict[str, str]]:
    """Swap each ``<pre>…</pre>`` for a placeholder element, to be restored untouched."""
    pre_tags: dict[str, str] = {}
    parts = text.split("</pre>")
    last = parts.pop()
    out: list[str] = []
    for part in parts:
        start = part.find("<pre")
        if start == -1:  # Malformed HTML?
            out.append(part)
            continue
        name = f"<pre wp-pre-tag-{len(pre_tags)}></pre>"
        pre_tags[name] = part[start:] + "</pre>"
        out.append(part[:start] + name)
    out.append(last)
    return "".join(out), pre_tags


class _QuoteAwareTagEnd:
    """End of ``(?:[^>"']|"[^"]*"|'[^']*')*>`` from each start, linear over all starts.

    The scan is deterministic, so two starts whose scans meet outside quotes share one
    result: every offset a scan passes outside quotes is memoised.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._memo: dict[int, int] = {}

    def find(self, start: int) -> int:
        """Offset of the closing ``>``, or -1 (no ``>`` outside quotes, or an unclosed quote)."""
        text, memo = self.text, self._memo
        path: list[int] = []
        i, n, end = start, len(text), -1
        while i < n:
            if i in memo:
                end = memo[i]
                break
            path.append(i)
            ch = text[i]
            if ch == ">":
                end = i
                break
            if ch in "\"'":
                close = text.find(ch, i + 1)
                if close == -1:
                    break
                i = close + 1
            else:
                i += 1
        for visited in path:
            memo[visited] = end
        return end


def _move_p_into_blockquote(text: str) -> str:
    """``<p><blockquote …>`` → ``<blockquote …><p>``; quoted values may hold ``>``.

    WordPress 7.1.4's ``<p><blockquote((?:[^>"']|"[^"]*"|'[^']*')*)>`` (case-insensitive):
    a tag whose quote never closes is left alone.
    """
    if ("><b" not in text and "><B" not in text) or _P_BLOCKQUOTE.search(text) is None:
        return text
    out: list[str] = []
    done = 0
    ends = _QuoteAwareTagEnd(text)
    for match in _P_BLOCKQUOTE.finditer(text):
        start, attrs = match.span()
        if start < done:
            continue
        end = ends.find(attrs)
        if end == -1:
            continue
        out.append(text[done:start])
        out.append(f"<blockquote{text[attrs:end]}><p>")
        done = end + 1
    out.append(text[done:])
    return "".join(out)


def _space_block_tags(text: str) -> str:
    """``\\n\\n`` before each opening block tag, after each closing one, and around ``<hr>``."""
    pieces = _BLOCK_TAG.split(text)
    pieces[1::2] = [
        "\n\n<" if tag == "<" else tag + "\n\n" if tag[1] == "/" else f"\n\n{tag}\n\n"
        for tag in pieces[1::2]
    ]
    return "".join(pieces)


def _drop_final_newline_before_p(text: str) -> str:
    """``\\n</p>$`` → ``</p>``; ``$`` also matches before a final newline, and only one place can
    match, so two suffix checks do it without scanning the text for ``\\n</p>``."""
    if text.endswith("\n</p>"):
        return text[:-5] + "</p>"
    if text.endswith("\n</p>\n"):
        return text[:-6] + "</p>\n"
    return text


def _wrap_paragraphs(text: str) -> str:
    """Each blank-line-separated piece as ``<p>…</p>\\n``; then ``<p>\\s*</p>`` is dropped.

    WordPress first collapses ``\\n\\n+`` to ``\\n\\n``: each such run lies inside one separator
    of the split, so that changes nothing. A separator runs from the first to the last newline of
    a whitespace run, so only the first and last pieces can be empty, start or end with a newline,
    or hold nothing but spaces; the middle ones are joined as they are.
    """
    pieces = _PARAGRAPH_SPLIT.split(text)
    if not pieces[-1]:
        pieces.pop()
    if pieces and not pieces[0]:
        del pieces[0]
    if not pieces:
        return ""
    pieces[0] = pieces[0].strip("\n")
    pieces[-1] = pieces[-1].strip("\n")
    if "<p>" in text or "</p>" in text:
        return _EMPTY_P.sub("", "<p>" + "</p>\n<p>".join(pieces) + "</p>\n")
    # Otherwise <p>\s*</p> can only be a whole paragraph of spaces, which leaves its "\n".
    head = tail = ""
    if _is_blank(pieces[0]):
        head = "\n"
        del pieces[0]
    if pieces and _is_blank(pieces[-1]):
        tail = "\n"
        pieces.pop()
    if not pieces:
        return head + tail
    return head + "<p>" + "</p>\n<p>".join(pieces) + "</p>\n" + tail


def _is_blank(piece: str) -> bool:
    """Whether ``<p>piece</p>`` matches ``<p>\\s*</p>`` (checked without a copy when it starts with text)."""
    return not piece or (piece[0] in _ASCII_SPACE and not piece.strip(_ASCII_SPACE))


def _br_after_br(match: re.Match[str]) -> str:
    return f"<br />{match.group(1)}<br />\n"


def _close_unclosed_p(text: str) -> str:
    """``<p>([^<]+)</(div|address|form)>`` → ``<p>$1</p></$2>``, found from the closing tags.

    The ``<p>`` can only be the last ``<`` before the closing tag (the run between holds none),
    and closing tags are few, while the regex scans every paragraph's text from its ``<p>``.
    """
    out: list[str] = []
    done = 0
    for found in _DIV_ADDRESS_FORM_END.finditer(text):
        end_tag = found.start()
        start = text.rfind("<", done, end_tag)
        if start != -1 and start + 3 < end_tag and text.startswith("<p>", start):
            out.append(text[done:end_tag])
            out.append("</p>")
            done = end_tag
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _newlines_to_br(text: str) -> str:
    """``(?<!<br />)\\s*\\n`` → ``<br />\\n``, one whitespace run at a time (linear)."""
    if _NEWLINE_AFTER_SPACE_OR_BR.search(text) is None:
        # Every run is one newline after a character that is neither a space nor "<br />".
        return text.replace("\n", "<br />\n")
    if "<br />" in text:
        # Rewritten runs end "<br />\n" + spaces without a newline, so the next pass skips them.
        text = _NEWLINE_RUN_AFTER_BR.sub(_br_after_br, text)
    return _runs_to_br(text)


def _runs_to_br(text: str) -> str:
    """``_NEWLINE_RUN.sub("<br />\\n", text)``: each whitespace run holding a newline, from its
    start through its last newline, becomes ``<br />\\n`` unless ``<br />`` comes right before it.

    Split at each run's newlines; the piece before them ends with the run's first spaces (a piece
    between two splits holds a non-space, and ``<br />`` holds no space, so it is in the piece).
    """
    pieces = _FIRST_TO_LAST_NEWLINE.split(text)
    for index in range(0, len(pieces) - 1, 2):
        before = pieces[index].rstrip(_ASCII_SPACE)
        if not before.endswith("<br />"):
            pieces[index] = before
            pieces[index + 1] = "<br />\n"
    return "".join(pieces)


def _preserve_newlines(text: str) -> str:
    """Hide newlines inside ``<script>``, ``<style>``, ``<svg>`` and ``<math>`` from ``<br />``."""
    if ("<s" not in text and "<m" not in text) or _PRESERVE_NEWLINES_OPEN.search(text) is None:
        return text
    out: list[str] = []
    done = 0
    closed: set[str] = set()  # elements with no closing tag left after this point
    for found in _PRESERVE_NEWLINES_OPEN.finditer(text):
        name = found.group(1)
        if found.start() < done or name in closed:
            continue
        close = text.find(f"</{name}>", found.end())
        if close == -1:
            closed.add(name)
            continue
        end = close + len(name) + 3
        out.append(text[done:found.start()])
        out.append(text[found.start():end].replace("\n", "<WPPreserveNewline />"))
        done = end
    out.append(text[done:])
    return "".join(out)


def wpautop(text: str, br: object = True) -> str:
    """Wrap blank-line-separated blocks in ``<p>`` and (with ``br``) lone newlines in ``<br />``.

    Block-level elements are not wrapped; ``<pre>`` contents and newlines inside tags are kept.
    Passes whose pattern needs a literal the text lacks are skipped (same result, less time).
    """
    if not text or (text[0] in _PHP_TRIM and not text.strip(_PHP_TRIM)):  # no copy of most texts
        return ""
    text += "\n"  # Just to make things a little easier, pad the end.
    pre_tags: dict[str, str] = {}
    if "<pre" in text:
        text, pre_tags = _stash_pre(text)
    tags = "<" in text
    # No block tag start at all: the <p> wrappers will be the only block tags (no step before
    # the wrapping adds one), so every pass that needs another one is skipped.
    blocks = tags and _BLOCK_START.search(text) is not None

    # Change multiple <br>s into two line breaks, which will turn into paragraphs.
    has_br = tags and "<br" in text
    if has_br:
        text = _DOUBLE_BR.sub("\n\n", text)
    if blocks:
        text = _space_block_tags(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if tags:
        text = _collapse_around_elements(text)

    text = _wrap_paragraphs(text)
    if blocks:
        text = _unwrap_blocks(text)

    if _is_truthy(br):
        if tags:
            text = _preserve_newlines(text)
        if has_br:
            text = text.replace("<br>", "<br />").replace("<br/>", "<br />")
        text = _newlines_to_br(text)
        if tags:
            text = text.replace("<WPPreserveNewline />", "\n")

    if blocks:
        text = _keep_group(_BR_AFTER_BLOCK, text)
        text = _keep_group(_BR_BEFORE_BLOCK, text)
    else:
        # The same passes when "<p>" and "</p>" are the only block tags: "</p>\n" became
        # "</p><br />\n" (or kept its newline without br).
        text = _P_THEN_BR.sub("<p>", text).replace("</p><br />", "</p>")
        text = _BR_BEFORE_P.sub("", text)
    text = _drop_final_newline_before_p(text)

    for name, original in pre_tags.items():
        text = text.replace(name, original)
    if tags and "<!-- wpnl -->" in text:
        text = text.replace(" <!-- wpnl --> ", "\n").replace("<!-- wpnl -->", "\n")
    return text


def _collapse_around_elements(text: str) -> str:
    """Newlines inside elements to placeholders; spaces around option, object, media, figcaption."""
    if _NEWLINE_IN_TAG.search(text) is not None or _ESCAPED_WITH_NEWLINE.search(text) is not None:
        text = wp_replace_in_html_tags(text, {"\n": " <!-- wpnl --> "})
    if _COLLAPSIBLE.search(text) is None:  # one scan for the four literals below
        return text
    if "<option" in text:
        text = _drop_space_before(text, _OPTION_OPEN)
        text = _AFTER_OPTION.sub("</option>", text)
    if "</object>" in text:
        text = _OBJECT_OPEN.sub(text)
        text = _drop_space_before(text, _OBJECT_CLOSE)
        text = _PARAM_EMBED.sub(text)
    if "<source" in text or "<track" in text:
        text = _MEDIA_OPEN.sub(text)
        text = _drop_space_before(text, _MEDIA_CLOSE)
        text = _SOURCE_TRACK.sub(text)
    if "<figcaption" in text:
        text = _FIGCAPTION_OPEN.sub(text)
        text = _FIGCAPTION_CLOSE.sub("</figcaption>", text)
    return text


def _unwrap_blocks(text: str) -> str:
    """Take the ``<p>`` wrappers off block tags (and close one left open inside a block)."""
    text = _close_unclosed_p(text)
    text = _keep_group(_P_AROUND_BLOCK, text)
    if "<li" in text:
        text = _keep_group(_P_AROUND_LI, text)
    text = _move_p_into_blockquote(text)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = _keep_group(_P_BEFORE_BLOCK, text)
    return _keep_group(_P_AFTER_BLOCK, text)


def _is_truthy(value: object) -> bool:
    """PHP truthiness for the ``$br`` flag (``"0"`` and ``""`` are false)."""
    if isinstance(value, str):
        return value not in ("", "0")
    return bool(value)


_P_THEN_BRACKET = _rx(rf"<p>(?:{SPACES})*+\[")
_TRAILING_P = _rx(rf"(?:{SPACES})*+</p>")
_NAME_CHAR = re.compile(r"[\w-]", re.ASCII)


class _UnautopScan:
    """One pass of ``shortcode_unautop``'s pattern over ``text``, linear in its length.

    WordPress's regex: ``<p>``, spaces, ``[name`` (not followed by a word character or
    ``-``), the rest of the opening tag up to the first ``]`` (``/]`` self-closes),
    optionally everything up to the first ``[/name]``, spaces, ``</p>``; the ``<p>`` and
    ``</p>`` are dropped. Searches for ``]``, ``[/name]`` and the trailing ``</p>`` are
    memoised so that many unclosed candidates do not each rescan the rest of the text.
    """

    def __init__(self, text: str, tags: tuple[str, ...]) -> None:
        self.text = text
        self.tags = tags
        self._bracket = (-1, -1)  # (searched from, first "]" found)
        self._closing: dict[str, tuple[int, int]] = {}
        self._trailing: dict[int, int] = {}

    def _first(self, memo: tuple[int, int], needle: str, start: int) -> tuple[int, int]:
        searched_from, found = memo
        if searched_from != -1 and searched_from <= start and (found == -1 or start <= found):
            return memo
        return start, self.text.find(needle, start)

    def _trailing_end(self, at: int) -> int:
        """End of ``spaces* </p>`` at ``at``, or -1."""
        if at not in self._trailing:
            found = _TRAILING_P.match(self.text, at)
            self._trailing[at] = -1 if found is None else found.end()
        return self._trailing[at]

    def _match_at(self, bracket: int) -> tuple[int, int] | None:
        """(end of shortcode, end of match) for a ``[`` at ``bracket`` right after ``<p>``."""
        text = self.text
        for name in self.tags:
            name_end = bracket + 1 + len(name)
            if not text.startswith(name, bracket + 1) or _NAME_CHAR.match(text, name_end):
                continue
            self._bracket = self._first(self._bracket, "]", name_end)
            close = self._bracket[1]
            if close == -1:
                return None
            if close - 1 >= name_end and text[close - 1] == "/":
                ends = [close + 1]  # Self-closing.
            else:
                memo = self._first(self._closing.get(name, (-1, -1)), f"[/{name}]", close + 1)
                self._closing[name] = memo
                ends = [close + 1] if memo[1] == -1 else [memo[1] + len(name) + 3, close + 1]
            for end in ends:
                after = self._trailing_end(end)
                if after != -1:
                    return end, after
        return None

    def run(self) -> str:
        out: list[str] = []
        done = 0
        for found in _P_THEN_BRACKET.finditer(self.text):
            if found.start() < done:
                continue
            bracket = found.end() - 1
            matched = self._match_at(bracket)
            if matched is None:
                continue
            shortcode_end, done_at = matched
            out.append(self.text[done:found.start()])
            out.append(self.text[bracket:shortcode_end])
            done = done_at
        out.append(self.text[done:])
        return "".join(out)


def shortcode_unautop(text: str, shortcode_tags: Iterable[str] = CORE_SHORTCODE_TAGS) -> str:
    """Remove the ``<p>…</p>`` that ``wpautop`` puts around a shortcode standing on its own."""
    if "[" not in text:  # no shortcode to unwrap
        return text
    tags = tuple(shortcode_tags)
    if not tags or "<p>" not in text:
        return text
    return _UnautopScan(text, tags).run()
