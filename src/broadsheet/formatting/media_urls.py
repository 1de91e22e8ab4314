"""URL and file-type helpers the media shortcodes need: query args, URL scheme, MIME type by extension.

Ports of ``add_query_arg``/``remove_query_arg``/``wp_get_mime_types``/``wp_check_filetype``
(``wp-includes/functions.php``) and ``set_url_scheme`` (``wp-includes/link-template.php``),
WordPress 7.1.4. Query strings are handled as PHP's ``parse_str``/``build_query`` do for flat
keys; bracketed array keys (``a[]=1``) are kept as opaque names.
"""

from __future__ import annotations

import re
from urllib.parse import quote_plus, unquote_to_bytes

__all__ = ["add_query_arg", "remove_query_arg", "set_url_scheme", "wp_check_filetype", "wp_get_mime_types"]

#: ``wp_get_mime_types()`` with no filters: extension pattern → MIME type, in WordPress's order.
_MIME_TYPES: tuple[tuple[str, str], ...] = (
    ("jpg|jpeg|jpe", "image/jpeg"), ("gif", "image/gif"), ("png", "image/png"), ("bmp", "image/bmp"),
    ("tiff|tif", "image/tiff"), ("webp", "image/webp"), ("avif", "image/avif"), ("ico", "image/x-icon"),
    ("heic", "image/heic"), ("heif", "image/heif"), ("heics", "image/heic-sequence"),
    ("heifs", "image/heif-sequence"),
    ("asf|asx", "video/x-ms-asf"), ("wmv", "video/x-ms-wmv"), ("wmx", "video/x-ms-wmx"), ("wm", "video/x-ms-wm"),
    ("avi", "video/avi"), ("divx", "video/divx"), ("flv", "video/x-flv"), ("mov|qt", "video/quicktime"),
    ("mpeg|mpg|mpe", "video/mpeg"), ("mp4|m4v", "video/mp4"), ("ogv", "video/ogg"), ("webm", "video/webm"),
    ("mkv", "video/x-matroska"), ("3gp|3gpp", "video/3gpp"), ("3g2|3gp2", "video/3gpp2"),
    ("txt|asc|c|cc|h|srt", "text/plain"), ("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
    ("ics", "text/calendar"), ("rtx", "text/richtext"), ("css", "text/css"), ("htm|html", "text/html"),
    ("vtt", "text/vtt"), ("dfxp", "application/ttaf+xml"),
    ("mp3|m4a|m4b", "audio/mpeg"), ("aac", "audio/aac"), ("ra|ram", "audio/x-realaudio"), ("wav", "audio/wav"),
    ("ogg|oga", "audio/ogg"), ("flac", "audio/flac"), ("mid|midi", "audio/midi"), ("wma", "audio/x-ms-wma"),
    ("wax", "audio/x-ms-wax"), ("mka", "audio/x-matroska"),
    ("rtf", "application/rtf"), ("js", "application/javascript"), ("pdf", "application/pdf"),
    ("swf", "application/x-shockwave-flash"), ("class", "application/java"), ("tar", "application/x-tar"),
    ("zip", "application/zip"), ("gz|gzip", "application/x-gzip"), ("rar", "application/rar"),
    ("7z", "application/x-7z-compressed"), ("exe", "application/x-msdownload"),
    ("psd", "application/octet-stream"), ("xcf", "application/octet-stream"),
    ("doc", "application/msword"), ("pot|pps|ppt", "application/vnd.ms-powerpoint"),
    ("wri", "application/vnd.ms-write"), ("xla|xls|xlt|xlw", "application/vnd.ms-excel"),
    ("mdb", "application/vnd.ms-access"), ("mpp", "application/vnd.ms-project"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("docm", "application/vnd.ms-word.document.macroEnabled.12"),
    ("dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template"),
    ("dotm", "application/vnd.ms-word.template.macroEnabled.12"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"),
    ("xlsb", "application/vnd.ms-excel.sheet.binary.macroEnabled.12"),
    ("xltx", "application/vnd.openxmlformats-officedocument.spreadsheetml.template"),
    ("xltm", "application/vnd.ms-excel.template.macroEnabled.12"),
    ("xlam", "application/vnd.ms-excel.addin.macroEnabled.12"),
    ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ("pptm", "application/vnd.ms-powerpoint.presentation.macroEnabled.12"),
    ("ppsx", "application/vnd.openxmlformats-officedocument.presentationml.slideshow"),
    ("ppsm", "application/vnd.ms-powerpoint.slideshow.macroEnabled.12"),
    ("potx", "application/vnd.openxmlformats-officedocument.presentationml.template"),
    ("potm", "application/vnd.ms-powerpoint.template.macroEnabled.12"),
    ("ppam", "application/vnd.ms-powerpoint.addin.macroEnabled.12"),
    ("sldx", "application/vnd.openxmlformats-officedocument.presentationml.slide"),
    ("sldm", "application/vnd.ms-powerpoint.slide.macroEnabled.12"),
    ("onetoc|onetoc2|onetmp|onepkg", "application/onenote"), ("oxps", "application/oxps"),
    ("xps", "application/vnd.ms-xpsdocument"),
    ("odt", "application/vnd.oasis.opendocument.text"), ("odp", "application/vnd.oasis.opendocument.presentation"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"), ("odg", "application/vnd.oasis.opendocument.graphics"),
    ("odc", "application/vnd.oasis.opendocument.chart"), ("odb", "application/vnd.oasis.opendocument.database"),
    ("odf", "application/vnd.oasis.opendocument.formula"),
    ("wp|wpd", "application/wordperfect"),
    ("key", "application/vnd.apple.keynote"), ("numbers", "application/vnd.apple.numbers"),
    ("pages", "application/vnd.apple.pages"),
)
_EXTENSION_PATTERNS = tuple(
    (re.compile(r"\.(" + pattern + r")$", re.IGNORECASE), mime) for pattern, mime in _MIME_TYPES
)


def wp_get_mime_types() -> dict[str, str]:
    """Extension patterns to MIME types, as ``wp_get_mime_types()`` lists them."""
    return dict(_MIME_TYPES)


def wp_check_filetype(filename: str) -> tuple[str | None, str | None]:
    """``(ext, type)`` from the file name's extension, or ``(None, None)`` (``wp_check_filetype``)."""
    for pattern, mime in _EXTENSION_PATTERNS:
        match = pattern.search(filename)
        if match:
            return match.group(1), mime
    return None, None


def _urlencode(raw: bytes) -> str:
    """PHP's ``urlencode``: everything but ``[A-Za-z0-9_.-]`` percent-encoded, space as '+'."""
    return quote_plus(raw, safe="").replace("~", "%7E")


def parse_query_args(query: str) -> dict[str, str]:
    """``parse_str`` then ``urlencode_deep``: flat keys, values re-encoded as PHP does."""
    pairs: dict[str, str] = {}
    for chunk in query.split("&"):
        if chunk == "":
            continue
        name, _, value = chunk.partition("=")
        key = unquote_to_bytes(name.replace("+", " ")).decode("utf-8", "surrogateescape").lstrip(" ")
        if key == "":
            continue
        key = key.replace(" ", "_").replace(".", "_")
        pairs[key] = _urlencode(unquote_to_bytes(value.replace("+", " ")))
    return pairs


_EMPTY_VALUE = re.compile(r"=(&|$)")


def add_query_arg(key: str, value: str | None, uri: str) -> str:
    """``uri`` with query argument ``key`` set to ``value`` (removed when ``value`` is None)."""
    fragment_at = uri.find("#")
    frag = ""
    if fragment_at != -1:
        uri, frag = uri[:fragment_at], uri[fragment_at:]
    protocol = ""
    lowered = uri[:8].lower()
    if lowered.startswith("http://"):
        protocol, uri = uri[:7], uri[7:]
    elif lowered.startswith("https://"):
        protocol, uri = uri[:8], uri[8:]
    if "?" in uri:
        base, query = uri.split("?", 1)
        base += "?"
    elif protocol or "=" not in uri:
        base, query = uri + "?", ""
    else:
        base, query = "", uri
    args = parse_query_args(query)
    if value is None:
        args.pop(key, None)
    else:
        args[key] = value
    built = "&".join(f"{name}={val}" for name, val in args.items()).strip("?")
    built = _EMPTY_VALUE.sub(r"\1", built)
    result = (protocol + base + built + frag).rstrip("?")
    return result.replace("?#", "#")


def remove_query_arg(key: str, uri: str) -> str:
    """``uri`` without query argument ``key`` (``remove_query_arg``)."""
    return add_query_arg(key, None, uri)


_SCHEME = re.compile(r"^\w+://", re.ASCII)


def set_url_scheme(url: str, scheme: str) -> str:
    """``url`` with its scheme replaced by ``scheme`` (``set_url_scheme`` for an explicit scheme)."""
    url = url.strip(" \t\n\r\0\x0b")
    if url.startswith("//"):
        url = "http:" + url
    return _SCHEME.sub(scheme + "://", url, count=1)
