"""Turn plain-text URLs, ``www.``/``ftp.`` hosts and e-mail addresses into links.

Port of ``make_clickable`` and its callbacks from WordPress 7.1.4
``wp-includes/formatting.php``. PCRE runs without /u there, so ``\\w`` and ``\\s`` are ASCII
and every non-ASCII character counts as a URL character; lengths are measured in UTF-8 bytes.
"""

from __future__ import annotations

import re

from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings
from broadsheet.formatting.urls import esc_url

__all__ = ["make_clickable"]

_WS = " \t\n\x0b\f\r"
_URL_CHAR = r"[A-Za-z0-9_\x80-\U0010ffff#%~/@\[\]*(+=&$-]"

_TAG_SPLIT = re.compile(r"(<[^<>]+>)")
_SKIP_OPEN = re.compile(r"<(?:code|pre|script|style|textarea|a)[\s>]", re.IGNORECASE | re.ASCII)
_SKIP_CLOSE = frozenset(("</code>", "</pre>", "</script>", "</style>", "</textarea>", "</a>"))
_URL_IN_TAG = re.compile(rf"<[{_WS}]*[A-Za-z0-9_]{{1,20}}+://")
_URL_CLICKABLE = re.compile(
    rf"([{_WS}(<.,;:!?])"  # 1: leading whitespace or punctuation
    r"("  # 2: the URL
    r"[A-Za-z0-9_]{1,20}+://"  # scheme and hier-part prefix
    rf"(?=[^{_WS}]{{1,2000}}[{_WS}])"  # URLs shorter than about 2000 characters
    rf"{_URL_CHAR}*+"  # non-punctuation URL characters
    rf"(?:['.,;:!?)]{_URL_CHAR}++)*"  # punctuation only when more URL follows
    r")"
    r"(\)?)"  # 3: trailing ")" for parenthesis balancing
    r"(\.[A-Za-z0-9_]{2,6})?"  # 4: a file extension
)
_WEB_FTP = re.compile(
    rf"([{_WS}>])((www|ftp)\.[A-Za-z0-9_\x80-\U0010ffff#$%&~/.\-;:=,?@\[\]+]+)",
    re.IGNORECASE | re.DOTALL | re.ASCII,
)
_EMAIL = re.compile(rf"([{_WS}>])([.0-9a-z_+-]+)@(([0-9a-z-]+\.)+[0-9a-z]{{2,}})", re.IGNORECASE | re.ASCII)
_LINK_TAG_START = re.compile(r"<a", re.IGNORECASE | re.ASCII)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_HOST = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)")


def _byte_length(text: str) -> int:
    """``strlen``: the UTF-8 length PHP measures."""
    return len(text.encode("utf-8", "surrogatepass"))


def _split_str_by_whitespace(text: str, goal: int) -> list[str]:
    """Chunks of about ``goal`` bytes, each ending in whitespace (``_split_str_by_whitespace``)."""
    data = text.encode("utf-8", "surrogatepass")
    spaces = data.translate(bytes.maketrans(b"\r\n\t\x0b\x0c ", b"\0\0\0\0\0\0"))
    chunks: list[bytes] = []
    while goal < len(spaces):
        pos = spaces.rfind(b"\0", 0, goal + 1)
        if pos < 0:
            pos = spaces.find(b"\0", goal + 1)
            if pos < 0:
                break
        chunks.append(data[:pos + 1])
        data, spaces = data[pos + 1:], spaces[pos + 1:]
    if data and data != b"0":
        chunks.append(data)
    return [chunk.decode("utf-8", "surrogatepass") for chunk in chunks]


def _rel_attr(url: str, settings: FormattingSettings, current_filter: str) -> str:
    """`` rel="…"``: nofollow for external http(s) links, ugc inside ``comment_text``.

    ``_make_clickable_rel_attr`` (with ``wp_is_internal_link`` against the home host).
    """
    parts: list[str] = []
    lowered = url.lower()
    scheme_match = _SCHEME.match(lowered)
    scheme = scheme_match.group(1) if scheme_match else ""
    if scheme in ("http", "https"):
        host_match = _HOST.match(lowered)
        host = host_match.group(1) if host_match else ""
        home = _HOST.match(settings.home.lower())
        if home is None or host != home.group(1):
            parts.append("nofollow")
    if current_filter == "comment_text":
        parts.append("ugc")
    return f' rel="{" ".join(parts)}"' if parts else ""


def _url_clickable(match: re.Match[str], settings: FormattingSettings, current_filter: str) -> str:
    """A ``scheme://`` URL as a link, with unpaired ``)`` left outside (``_make_url_clickable_cb``)."""
    url = match.group(2)
    if match.group(3) == ")" and url.find("(") > 0:
        url += ")"
        suffix = ""
    else:
        suffix = match.group(3)
    if match.group(4):
        url += match.group(4)
    while url.count("(") < url.count(")"):
        cut = url.rfind(")")
        suffix = url[cut:] + suffix
        url = url[:cut]
    url = esc_url(url)
    if not url:
        return match.group(0)
    return f'{match.group(1)}<a href="{url}"{_rel_attr(url, settings, current_filter)}>{url}</a>{suffix}'


def _web_ftp_clickable(
    match: re.Match[str], settings: FormattingSettings, current_filter: str
) -> str:
    """A ``www.``/``ftp.`` host as an http:// link (``_make_web_ftp_clickable_cb``)."""
    dest = "http://" + match.group(2)
    trailing = ""
    if dest[-1] in ".,;:)":
        trailing, dest = dest[-1], dest[:-1]
    dest = esc_url(dest)
    if not dest:
        return match.group(0)
    return f'{match.group(1)}<a href="{dest}"{_rel_attr(dest, settings, current_filter)}>{dest}</a>{trailing}'


def _email_clickable(match: re.Match[str]) -> str:
    """An e-mail address as a ``mailto:`` link (``_make_email_clickable_cb``)."""
    email = f"{match.group(2)}@{match.group(3)}"
    return f'{match.group(1)}<a href="mailto:{email}">{email}</a>'


def _outer_link_start(segment: str) -> int:
    """Where ``(<a([ \\r\\n\\t]+[^>]+?>|>))`` first matches up to the end of ``segment``, or -1."""
    for match in _LINK_TAG_START.finditer(segment):
        rest = segment[match.end():]
        if rest == ">" or (len(rest) >= 3 and rest[0] in " \r\n\t"):
            return match.start()
    return -1


def _remove_links_in_links(text: str) -> str:
    """Unwrap a link nested directly in a link, keeping its text.

    WordPress does this with ``(<a( [^>]+?>|>))<a [^>]+?>([^>]+?)</a></a>`` (case-insensitive);
    every part of that pattern ends at a ``>``, so matching it ``>``-delimited segment by segment
    gives the same result in linear time, where the regex backtracks quadratically.
    """
    if "</a></a>" not in text.lower():
        return text
    segments = text.split(">")
    tail = segments.pop()  # text after the last ">"
    segments = [segment + ">" for segment in segments]
    out: list[str] = []
    index = 0
    while index < len(segments):
        if index + 3 < len(segments):
            outer, inner, body, closer = segments[index:index + 4]
            start = _outer_link_start(outer)
            if (
                start >= 0
                and len(inner) >= 5 and inner[:3].lower() == "<a "
                and len(body) >= 5 and body[-4:].lower() == "</a>"
                and closer.lower() == "</a>"
            ):
                out.append(outer + body[:-4] + "</a>")
                index += 4
                continue
        out.append(segments[index])
        index += 1
    out.append(tail)
    return "".join(out)


def make_clickable(
    text: str, settings: FormattingSettings = VECTOR_SETTINGS, current_filter: str = ""
) -> str:
    """Link URLs, www./ftp. hosts and e-mail addresses outside tags and code-like elements.

    ``current_filter`` stands in for WordPress's ``current_filter()``: under ``comment_text``
    links also get ``rel="ugc"``.
    """
    out: list[str] = []
    nested = 0  # depth inside elements whose text is never linked
    for piece in _TAG_SPLIT.split(text):
        if _SKIP_OPEN.match(piece):
            nested += 1
        elif nested and piece.lower() in _SKIP_CLOSE:
            nested -= 1
        if nested or piece in ("", "0") or (piece[0] == "<" and not _URL_IN_TAG.match(piece)):
            out.append(piece)
            continue
        if _byte_length(piece) > 10000:
            for chunk in _split_str_by_whitespace(piece, 2100):
                out.append(chunk if _byte_length(chunk) > 2101 else make_clickable(chunk, settings, current_filter))
            continue
        padded = f" {piece} "
        padded = _URL_CLICKABLE.sub(lambda m: _url_clickable(m, settings, current_filter), padded)
        padded = _WEB_FTP.sub(lambda m: _web_ftp_clickable(m, settings, current_filter), padded)
        padded = _EMAIL.sub(_email_clickable, padded)
        out.append(padded[1:-1])
    return _remove_links_in_links("".join(out))
