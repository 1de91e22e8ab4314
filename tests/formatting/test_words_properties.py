"""``wp_trim_words``'s word split (one ``re.split``) against the match-by-match split it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from broadsheet.formatting.words import _split_words

_SPACES = re.compile(r"[\n\r\t ]+")


def reference_split_words(text: str, limit: int) -> list[str]:
    """``preg_split('/[\\n\\r\\t ]+/', $text, $limit, PREG_SPLIT_NO_EMPTY)`` one match at a time."""
    if limit <= 0:
        return [word for word in _SPACES.split(text) if word]
    pieces: list[str] = []
    position = 0
    for match in _SPACES.finditer(text):
        if len(pieces) >= limit - 1:
            break
        if match.start() > position:
            pieces.append(text[position:match.start()])
        position = match.end()
        if len(pieces) >= limit - 1:
            break
    if position < len(text):
        pieces.append(text[position:])
    return pieces


WORDY = st.lists(st.sampled_from(["a", "bc", "é", "😀", " ", "  ", "\n", "\r\n", "\t", "\x0b", "\xa0", "\f", "-"]),
                 max_size=40).map("".join)


@settings(max_examples=3000, deadline=None)
@given(text=st.one_of(WORDY, st.text()), limit=st.integers(min_value=-2, max_value=12))
def test_split_words_matches_the_match_by_match_split(text: str, limit: int) -> None:
    assert _split_words(text, limit) == reference_split_words(text, limit)
