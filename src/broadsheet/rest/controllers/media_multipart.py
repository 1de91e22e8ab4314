"""``multipart/form-data`` bodies as PHP reads them into ``$_POST`` and ``$_FILES``.

Form fields keep PHP's bracket names (``meta[foo]=1`` becomes nested); file parts become
``{"name", "type", "data", "size", "error"}`` entries keyed by field name. Parsed with the
standard library's ``email`` parser (no temporary files: uploads are held in memory, capped by
the upload size limit before they are stored).
"""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import quote

from broadsheet.rest.request import parse_php_query, php_array_to_python

__all__ = ["parse_multipart"]


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(form fields, files) of a multipart body; both empty when it does not parse."""
    header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    try:
        message = BytesParser(policy=HTTP).parsebytes(header + body)
    except (ValueError, TypeError, IndexError):
        return {}, {}
    if not message.is_multipart():
        return {}, {}
    pairs: list[str] = []
    files: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        raw = part.get_payload(decode=True)
        payload = raw if isinstance(raw, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[str(name)] = {"name": filename, "type": part.get_content_type() if part.get("content-type") else "",
                                "data": payload, "size": len(payload), "error": 0 if filename else 4}
            continue
        charset = part.get_content_charset() or "utf-8"
        text = payload.decode(charset, "replace")
        pairs.append(f"{quote(str(name), safe='[]')}={quote(text, safe='')}")
    fields = php_array_to_python(parse_php_query("&".join(pairs))) if pairs else {}
    return fields, files
