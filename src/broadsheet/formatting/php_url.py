"""PHP's ``parse_url``: which strings it rejects, and the parts it finds (PHP 8.2's ``php_url_parse_ex2``).

WordPress hands request paths to ``wp_parse_url`` (the batch endpoint does), and PHP's parser
differs from ``urllib``: ``/wp/v2/tags:5`` is read as a host-less port and rejected, a
``scheme:///path`` has an empty host and is rejected, ``localhost:80`` is a host and a port.
Python's ``urlsplit`` accepts all of these, so the rules are ported here.
"""

from __future__ import annotations

__all__ = ["php_parse_url"]

_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.")


def _port(text: str) -> int | None:
    """``ZEND_STRTOL`` of a port of at most five digits, None when out of range or not a number."""
    digits = ""
    for ch in text:
        if not ch.isdigit():
            break
        digits += ch
    if not digits:
        return None
    value = int(digits)
    return value if 0 <= value <= 65535 else None


def php_parse_url(url: str) -> dict[str, object] | None:
    """The components PHP's ``parse_url`` returns (scheme, host, port, user, pass, path, query, fragment), or None."""
    out: dict[str, object] = {}
    s, ue = 0, len(url)
    colon = url.find(":")
    question = url.find("?")
    question = ue if question < 0 else question

    def parse_port(start: int) -> str:
        """After a ':' that may start a port: 'host' to parse a host next, 'path', or 'fail'."""
        nonlocal s
        p = start
        pp = p
        while pp < ue and pp - p < 6 and url[pp].isdigit():
            pp += 1
        if 0 < pp - p < 6 and (pp == ue or url[pp] == "/"):
            port = _port(url[p:pp])
            if port is None:
                return "fail"
            out["port"] = port
            if url.startswith("//", s):
                s += 2
            return "host"
        if p == pp and pp == ue:
            return "fail"
        if url.startswith("//", s):
            s += 2
            return "host"
        return "path"

    step = "path"
    if colon > 0:
        e = colon
        if any(ch not in _SCHEME_CHARS for ch in url[s:e]):
            if e + 1 < ue and e < question:
                step = parse_port(e + 1)
            elif url.startswith("//", s):
                s += 2
                step = "host"
            else:
                step = "path"
        elif e + 1 == ue:
            out["scheme"] = url[s:e]
            return out
        elif url[e + 1] != "/":
            p = e + 1
            while p < ue and url[p].isdigit():
                p += 1
            if (p == ue or url[p] == "/") and p - e < 7:
                step = parse_port(e + 1)
            else:
                out["scheme"] = url[s:e]
                s = e + 1
                step = "path"
        else:
            out["scheme"] = url[s:e]
            if e + 2 < ue and url[e + 2] == "/":
                s = e + 3
                step = "host"
                if str(out["scheme"]).lower() == "file" and e + 3 < ue and url[e + 3] == "/":
                    if e + 5 < ue and url[e + 5] == ":":
                        s = e + 4
                    step = "path"
            else:
                s = e + 1
                step = "path"
    elif colon == 0:
        step = parse_port(1)
    elif url.startswith("//", s):
        s += 2
        step = "host"
    if step == "fail":
        return None
    if step == "host":
        e = s
        while e < ue and url[e] not in "/?#":
            e += 1
        at = url.rfind("@", s, e)
        if at >= 0:
            cut = url.find(":", s, at)
            if cut >= 0:
                out["user"], out["pass"] = url[s:cut], url[cut + 1:at]
            else:
                out["user"] = url[s:at]
            s = at + 1
        p = -1 if (s < ue and url[s] == "[" and url[e - 1] == "]") else url.rfind(":", s, e)
        if p >= 0:
            if "port" not in out:
                if e - (p + 1) > 5:
                    return None
                if e - (p + 1) > 0:
                    port = _port(url[p + 1:e])
                    if port is None:
                        return None
                    out["port"] = port
        else:
            p = e
        if p - s < 1:
            return None
        out["host"] = url[s:p]
        if e == ue:
            return out
        s = e
    e = ue
    hash_at = url.find("#", s, e)
    if hash_at >= 0:
        out["fragment"] = url[hash_at + 1:e]
        e = hash_at
    query_at = url.find("?", s, e)
    if query_at >= 0:
        out["query"] = url[query_at + 1:e]
        e = query_at
    if s < e or s == ue:
        out["path"] = url[s:e]
    return out
