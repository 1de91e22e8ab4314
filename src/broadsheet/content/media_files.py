"""Upload file names and types: ``sanitize_file_name``, ``wp_unique_filename`` and the content check.

Ports from WordPress 7.1.4 (wp-includes/formatting.php, functions.php): ``sanitize_file_name``,
``wp_unique_filename`` (numbered ``-1``, ``-2`` … before the lower-cased extension),
``get_allowed_mime_types`` and ``wp_check_filetype_and_ext``. PHP's ``finfo`` is replaced by
``sniff_mime_type``, a magic-bytes check of the formats WordPress accepts, so a file's type is
decided by its content: a PNG named ``.jpg`` is renamed ``.png``, a script named ``.jpg`` is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from broadsheet.formatting.media_urls import wp_check_filetype, wp_get_mime_types

__all__ = [
    "FileTypeCheck",
    "get_allowed_mime_types",
    "image_mime_from_bytes",
    "sanitize_file_name",
    "sniff_mime_type",
    "wp_check_filetype_and_ext",
    "wp_unique_filename",
]

_SPECIAL_CHARS = ("?", "[", "]", "/", "\\", "=", "<", ">", ":", ";", ",", "'", '"', "&", "$", "#", "*", "(", ")",
                  "|", "~", "`", "!", "{", "}", "%", "+", "\u2019", "\u00ab", "\u00bb", "\u201d", "\u201c", "\x00")
_DOTS = re.compile(r"\.{2,}")
_SPACES = re.compile(r"[\r\n\t -]+")
_EXT_LIKE = re.compile(r"^[a-zA-Z]{2,5}\d?$")


def get_allowed_mime_types(unfiltered_html: bool = False) -> dict[str, str]:
    """``get_allowed_mime_types``: every known type but ``swf``/``exe``; HTML and JS only with ``unfiltered_html``."""
    types = {k: v for k, v in wp_get_mime_types().items() if k not in ("swf", "exe")}
    if not unfiltered_html:
        types.pop("htm|html", None)
        types.pop("js", None)
    return types


def sanitize_file_name(filename: str, allowed: dict[str, str] | None = None) -> str:
    """``sanitize_file_name``: strip special characters, dashes for spaces, neuter unknown inner extensions."""
    from broadsheet.formatting.accents import remove_accents

    filename = remove_accents(filename)
    filename = filename.replace("\u00a0", " ")
    for char in _SPECIAL_CHARS:
        filename = filename.replace(char, "")
    filename = filename.replace("%20", "-").replace("+", "-")
    filename = _DOTS.sub(".", filename)
    filename = _SPACES.sub("-", filename)
    filename = filename.strip(".-_")
    if "." not in filename:
        ext, _ = wp_check_filetype("test." + filename)
        if ext == filename:
            filename = "unnamed-file." + ext
    parts = filename.split(".")
    if len(parts) <= 2:
        return filename
    mimes = allowed if allowed is not None else get_allowed_mime_types()
    name, extension, middle = parts[0], parts[-1], parts[1:-1]
    for part in middle:
        name += "." + part
        if _EXT_LIKE.match(part) and not any(re.match(f"^({pattern})$", part, re.IGNORECASE) for pattern in mimes):
            name += "_"
    return name + "." + extension


def _wp_check_existing_file_names(filename: str, files: Iterable[str]) -> bool:
    """``_wp_check_existing_file_names``: a file in the folder looks like a sub-size of ``filename``.

    Uploading ``photo.png`` beside ``photo-150x150.png`` must not write its thumbnail over that file.
    """
    name, dot, ext = filename.rpartition(".")
    if not dot:
        name, ext = filename, ""
    if not name:
        return False
    pattern = re.compile(re.escape(name) + r"-(?:\d+x\d+|scaled|rotated)" + (re.escape("." + ext) if ext else "") + "$",
                         re.IGNORECASE)
    return any(pattern.match(file) for file in files)


def wp_unique_filename(directory: str, filename: str, taken: Callable[[str], bool],
                       existing: Iterable[str] | None = None) -> str:
    """``wp_unique_filename``: the sanitised name, numbered until ``taken(directory/name)`` is false.

    The extension is lower-cased; ``Photo.JPG`` also counts as taken when ``Photo.jpg`` is. With
    ``existing`` (the folder's file names), an image is also numbered while one of them looks like
    one of its sub-sizes, as WordPress does (5.3+).
    """
    filename = sanitize_file_name(filename)
    base, dot, ext = filename.rpartition(".")
    if not dot:
        base, ext = filename, ""
    suffix = "." + ext.lower() if ext else ""
    prefix = directory.strip("/") + "/" if directory.strip("/") else ""

    def used(name: str) -> bool:
        return taken(prefix + name) or (bool(ext) and ext != ext.lower() and taken(prefix + base + "." + ext))

    candidate = base + suffix
    number = 0
    while used(candidate):
        number += 1
        candidate = f"{base}-{number}{suffix}"
    mime = wp_check_filetype(candidate)[1] or ""
    if existing is not None and mime.startswith("image/"):
        files = list(existing)
        while _wp_check_existing_file_names(candidate, files) or used(candidate):
            number += 1
            candidate = f"{base}-{number}{suffix}"
    return candidate


def image_mime_from_bytes(data: bytes) -> str | None:
    """``wp_get_image_mime``: an image's MIME type from its first bytes, else None."""
    head = data[:32]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith(b"\x00\x00\x01\x00"):
        return "image/x-icon"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return "image/avif"
        if brand in (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis"):
            return "image/heic"
        if brand in (b"mif1", b"msf1"):
            return "image/heif"
    return None


def sniff_mime_type(data: bytes) -> str:
    """What ``finfo`` would say about ``data`` for the formats uploads use (``application/octet-stream`` if unsure)."""
    image = image_mime_from_bytes(data)
    if image:
        return image
    head = data[:512]
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/x-wav"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head[4:8] == b"ftyp":
        return "audio/mp4" if head[8:11] == b"M4A" else "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    if head.startswith((b"wOF2", b"wOFF")):  # libmagic's web fonts
        return "font/woff2" if head.startswith(b"wOF2") else "font/woff"
    if head.startswith(b"\x00\x01\x00\x00"):  # TrueType
        return "font/sfnt"
    if head.startswith(b"OTTO"):  # OpenType with CFF outlines
        return "application/vnd.ms-opentype"
    if head.startswith((b"MZ", b"\x7fELF")):
        return "application/x-dosexec" if head.startswith(b"MZ") else "application/x-executable"
    if b"\x00" in head:
        return "application/octet-stream"
    try:
        text = data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    lowered = text.lstrip().lower()
    if lowered.startswith("<?php") or "<?php" in lowered:
        return "text/x-php"
    if lowered.startswith(("<!doctype html", "<html", "<script", "<head", "<body")):
        return "text/html"
    if lowered.startswith(("<?xml", "<svg")):
        return "image/svg+xml" if "<svg" in lowered else "text/xml"
    return "text/plain"


_MIME_TO_EXT = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/bmp": "bmp",
                "image/tiff": "tif", "image/webp": "webp", "image/avif": "avif", "image/heic": "heic",
                "image/heif": "heif"}
_NONSPECIFIC = ("application/octet-stream", "application/encrypted", "application/CDFV2-encrypted",
                "application/zip")
_TEXT_LIKE = ("text/plain", "text/csv", "application/csv", "text/richtext", "text/tsv", "text/vtt")


@dataclass(frozen=True)
class FileTypeCheck:
    """``wp_check_filetype_and_ext``'s answer: the extension and type (None when refused), maybe a new name."""

    ext: str | None
    type: str | None
    proper_filename: str | None = None


def wp_check_filetype_and_ext(data: bytes, filename: str, allowed: dict[str, str]) -> FileTypeCheck:
    """``wp_check_filetype_and_ext``: the type by extension, corrected or refused by the content."""
    ext, mime = _check(filename, allowed)
    proper = None
    real: str | None = None
    if mime and mime.startswith("image/"):
        real = image_mime_from_bytes(data)
        if real and real != mime and real not in ("image/heic", "image/heif"):
            new_ext = _MIME_TO_EXT.get(real)
            if new_ext:
                new_name = filename.rsplit(".", 1)[0] + "." + new_ext
                proper = new_name if new_name != filename else None
                ext, mime = _check(new_name, allowed)
            else:
                real = None
    if mime and not real:
        real = sniff_mime_type(data)
        top = mime.split("/", 1)[0]
        if real in _NONSPECIFIC:
            if top not in ("application", "video", "audio"):
                ext = mime = None
        elif real.startswith(("video/", "audio/")):
            if real.split("/", 1)[0] != top:
                ext = mime = None
        elif real == "text/plain":
            if mime not in _TEXT_LIKE:
                ext = mime = None
        elif real != mime:
            ext = mime = None
    if mime and mime not in allowed.values():
        ext = mime = None
    return FileTypeCheck(ext, mime, proper)


def _check(filename: str, allowed: dict[str, str]) -> tuple[str | None, str | None]:
    """``wp_check_filetype($filename, $mimes)`` over the allowed list."""
    for pattern, mime in allowed.items():
        match = re.search(r"\.(" + pattern + r")$", filename, re.IGNORECASE)
        if match:
            return match.group(1), mime
    return None, None
