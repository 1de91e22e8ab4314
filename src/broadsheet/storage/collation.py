"""Text ordering as MariaDB's `utf8mb4_unicode_520_ci` does it (WordPress's default collation).

WordPress orders titles, names and slugs with the table collation: UCA 5.2.0 at primary
strength (case- and accent-insensitive) with PAD SPACE (trailing spaces do not count).
SQLite has no such collation, so we register `compare` as a Python collation.

`collation_520.txt` holds the primary weights MariaDB 10.11 itself reports
(`WEIGHT_STRING(c COLLATE utf8mb4_unicode_520_ci)` for every code point); regenerate it with
`python -m broadsheet.storage.collation mysql+pymysql://root@127.0.0.1:3306/`. Code points absent
from the file get UCA implicit weights. Line format: `<delta>[+<run>] <weights>` where delta
(hex) is the distance from the last code point of the previous line, run (hex) the number of
consecutive code points whose single weight increases by one, and weights the 4-hex-digit
primary weights (empty: ignorable).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

__all__ = ["COLLATION_NAME", "compare", "sort_key", "weights"]

COLLATION_NAME = "wp_unicode_520_ci"
"""Name of the collation we register on SQLite and create on PostgreSQL."""

_SPACE_WEIGHT = 0x020A  # U+0020 (and U+00A0 …)
_CJK_CORE = (0x4E00, 0x9FA5)
_CJK_COMPAT = frozenset((0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27, 0xFA28, 0xFA29))
_CJK_EXT_A = (0x3400, 0x4DB5)

_table: dict[int, tuple[int, ...]] | None = None


def _load() -> dict[int, tuple[int, ...]]:
    """Parse collation_520.txt into {code point: primary weights}."""
    table: dict[int, tuple[int, ...]] = {}
    text = resources.files("broadsheet.storage").joinpath("collation_520.txt").read_text("ascii")
    cp = 0
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        head, _, hexw = line.partition(" ")
        delta, _, run = head.partition("+")
        cp += int(delta, 16)
        ws = tuple(int(hexw[i : i + 4], 16) for i in range(0, len(hexw), 4))
        count = int(run, 16) if run else 1
        for n in range(count):
            table[cp + n] = (ws[0] + n,) if count > 1 else ws
        cp += count - 1
    return table


def _implicit(cp: int) -> tuple[int, ...]:
    """UCA implicit weights for code points without an explicit entry (CJK ideographs, unassigned)."""
    if _CJK_CORE[0] <= cp <= _CJK_CORE[1] or cp in _CJK_COMPAT:
        base = 0xFB40
    elif _CJK_EXT_A[0] <= cp <= _CJK_EXT_A[1]:
        base = 0xFB80
    else:
        base = 0xFBC0
    return (base + (cp >> 15), (cp & 0x7FFF) | 0x8000)


@lru_cache(maxsize=65536)
def weights(text: str) -> tuple[int, ...]:
    """Primary weights of `text`, as MariaDB's WEIGHT_STRING gives them (trailing spaces dropped)."""
    global _table
    if _table is None:
        _table = _load()
    table = _table
    out: list[int] = []
    for ch in text.rstrip(" "):
        cp = ord(ch)
        found = table.get(cp)
        out.extend(found if found is not None else _implicit(cp))
    return tuple(out)


def compare(a: str | None, b: str | None) -> int:
    """Three-way comparison of two strings under utf8mb4_unicode_520_ci (PAD SPACE)."""
    if a is None or b is None:  # SQLite never passes NULL, but be total
        return (a is not None) - (b is not None)
    if a == b:
        return 0
    wa, wb = weights(a), weights(b)
    n = min(len(wa), len(wb))
    # The first differing weight decides (tuple comparison in C: SQLite calls this per comparison
    # when it sorts by name).
    pa, pb = (wa, wb) if len(wa) == len(wb) else (wa[:n], wb[:n])
    if pa != pb:
        return -1 if pa < pb else 1
    # PAD SPACE: the shorter string compares as if padded with spaces (weight 0x020A).
    sign = 1 if len(wa) > len(wb) else -1
    for w in (wa if len(wa) > len(wb) else wb)[n:]:
        if w != _SPACE_WEIGHT:
            return sign if w > _SPACE_WEIGHT else -sign
    return 0


def sort_key(text: str) -> tuple[int, ...]:
    """A Python sort key approximating `compare` (exact unless a weight below space follows a prefix)."""
    key = weights(text)
    end = len(key)
    while end and key[end - 1] == _SPACE_WEIGHT:
        end -= 1
    return key[:end]


def _regenerate(url: str) -> None:
    """Rewrite collation_520.txt from a MariaDB server's WEIGHT_STRING (maintainers only)."""
    import pathlib

    import pymysql  # type: ignore[import-untyped]
    from sqlalchemy.engine import make_url

    u = make_url(url)
    conn = pymysql.connect(host=u.host or "127.0.0.1", port=u.port or 3306, user=u.username or "root",
                           password=u.password or "", charset="utf8mb4")
    cur = conn.cursor()
    cps = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    found: list[tuple[int, str]] = []
    for i in range(0, len(cps), 1000):
        chunk = cps[i : i + 1000]
        cols = ",".join(
            f"HEX(WEIGHT_STRING(CONVERT(UNHEX('{chr(c).encode('utf-8').hex()}') USING utf8mb4)"
            " COLLATE utf8mb4_unicode_520_ci))"
            for c in chunk
        )
        cur.execute("SELECT " + cols)
        row = cur.fetchone() or ()
        for c, w in zip(chunk, row):
            if tuple(int(w[j : j + 4], 16) for j in range(0, len(w), 4)) != _implicit(c):
                found.append((c, w.lower()))
    lines: list[str] = []
    i, prev = 0, 0
    while i < len(found):
        cp, w = found[i]
        n = 1
        if len(w) == 4:
            while (i + n < len(found) and found[i + n][0] == cp + n and len(found[i + n][1]) == 4
                   and int(found[i + n][1], 16) == int(w, 16) + n):
                n += 1
        lines.append(f"{cp - prev:x}{'+' + format(n, 'x') if n > 1 else ''} {w}")
        prev, i = cp + n - 1, i + n
    path = pathlib.Path(__file__).with_name("collation_520.txt")
    head = ("# Primary weights of MariaDB utf8mb4_unicode_520_ci (UCA 5.2.0 DUCET as MariaDB 10.11 applies it),\n"
            "# read with WEIGHT_STRING() for every code point; see broadsheet/storage/collation.py for the format.\n")
    path.write_text(head + "\n".join(lines) + "\n", "ascii")


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    _regenerate(sys.argv[1] if len(sys.argv) > 1 else "mysql+pymysql://root@127.0.0.1:3306/")
