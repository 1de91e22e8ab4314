"""``remove_accents``: accented Latin letters to plain ASCII, as WordPress 7.1.4 does it.

Port of ``remove_accents()`` in ``wp-includes/formatting.php`` (WordPress 7.1.4) for a UTF-8 blog.
The table covers Latin-1 Supplement, Latin Extended-A, a few Latin Extended-B letters, the
Vietnamese vowels and the Hanyu Pinyin tone marks; some locales add their own spellings
(German ``ä`` → ``ae``, Danish ``å`` → ``aa`` …). No Unicode normalisation is done first, as in a
PHP build without the intl extension (the vectors' setup).
"""

from __future__ import annotations

import unicodedata

from broadsheet.formatting.settings import VECTOR_SETTINGS, FormattingSettings

__all__ = ["remove_accents"]

# Latin-1 Supplement, one letter for one letter.
_LATIN1_FROM = "ªºÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿ"
_LATIN1_TO = "aoAAAAAACEEEEIIIIDNOOOOOOUUUUYsaaaaaaceeeeiiiidnoooooouuuuyy"

# Latin Extended-A, U+0100 … U+017F in code-point order; Ĳ ĳ Œ œ become two letters.
_EXT_A_TO = (
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi"
    "\0\0"
    "JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo"
    "\0\0"
    "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
)

_MULTI = {"Æ": "AE", "Þ": "TH", "æ": "ae", "þ": "th", "Ĳ": "IJ", "ĳ": "ij", "Œ": "OE", "œ": "oe"}

# Letters whose replacement is the base letter of their canonical decomposition.
_DECOMPOSED = (
    "ȘșȚț"  # Latin Extended-B (comma below)
    "ƠơƯư"  # Vietnamese, unmarked horn vowels
    + "".join(chr(cp) for cp in range(0x1EA0, 0x1EFA))  # Vietnamese vowels with tone marks
    + "ǕǖǗǘǍǎǏǐǑǒǓǔǙǚǛǜ"  # Hanyu Pinyin
)


def _base_table() -> dict[int, str]:
    """The locale-independent table as a ``str.translate`` mapping."""
    table: dict[int, str] = {}
    for src, dst in zip(_LATIN1_FROM, _LATIN1_TO, strict=True):
        table[ord(src)] = dst
    for offset, dst in enumerate(_EXT_A_TO):
        if dst != "\0":
            table[0x100 + offset] = dst
    for src in _DECOMPOSED:
        table[ord(src)] = unicodedata.normalize("NFD", src)[0]
    for src, dst in _MULTI.items():
        table[ord(src)] = dst
    table[ord("ɑ")] = "a"
    table[ord("Ə")] = "E"  # capital schwa only; the small one is left as it is (vectors)
    table[ord("€")] = "E"
    table[ord("£")] = ""
    return table


_BASE = _base_table()

_GERMAN = {**_BASE, **{ord(k): v for k, v in {
    "Ä": "Ae", "ä": "ae", "Ö": "Oe", "ö": "oe", "Ü": "Ue", "ü": "ue", "ß": "ss",
}.items()}}
_DANISH = {**_BASE, **{ord(k): v for k, v in {
    "Æ": "Ae", "æ": "ae", "Ø": "Oe", "ø": "oe", "Å": "Aa", "å": "aa",
}.items()}}
_SERBIAN = {**_BASE, ord("Đ"): "DJ", ord("đ"): "dj"}


def _table_for(locale: str) -> dict[int, str]:
    """The replacement table for ``locale`` (German covers every ``de*`` locale)."""
    if locale.startswith("de"):
        return _GERMAN
    if locale == "da_DK":
        return _DANISH
    if locale in ("sr_RS", "bs_BA"):
        return _SERBIAN
    return _BASE


def remove_accents(text: str, locale: str = "", settings: FormattingSettings = VECTOR_SETTINGS) -> str:
    """Replace accented letters in ``text`` by ASCII; ``locale`` defaults to the site's locale."""
    if text.isascii():
        return text
    if not locale:
        locale = settings.locale
    if locale == "ca":
        # Catalan "ela geminada": the flown dot between two Ls goes (strtr's longest match).
        text = text.replace("l·l", "ll")
    return text.translate(_table_for(locale))
