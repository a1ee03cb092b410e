"""Reprint shingles and wording keys: a text's words read once serve both, with the same hashes as each
read from the text itself. Every text is invented for these tests."""

from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.reprints import shingles, shingles_of_words, wording_key, wording_key_of_words, words_of

_TEXTS = st.lists(st.text(alphabet="ab Äß_-1٣.,\u0307İ\n", max_size=60), max_size=4)


def _shingles_as_first_written(texts: list[str], size: int, sample: int) -> frozenset[int]:
    kept = set()
    for text in texts:
        words = [w.lower() for w in re.findall(r"\w+", text)]
        for i in range(len(words) - size + 1):
            digest = hashlib.blake2b(" ".join(words[i : i + size]).encode(), digest_size=8).digest()
            value = int.from_bytes(digest, "big") >> 1
            if value % sample == 0:
                kept.add(value)
    return frozenset(kept)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(1, 5), st.integers(1, 4))
def test_shingles_of_the_words_read_once_are_those_of_the_texts(texts: list[str], size: int, sample: int) -> None:
    expected = _shingles_as_first_written(texts, size, sample)
    assert shingles(texts, size, sample) == expected
    assert shingles_of_words([words_of(t) for t in texts], size, sample) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Äß_-1٣.,\u0307İ\n", max_size=60), st.integers(0, 6))
def test_a_wording_key_of_the_words_read_once_is_that_of_the_text(text: str, least: int) -> None:
    words = [w.lower() for w in re.findall(r"\w+", text)]
    expected = None if len(words) < least else hashlib.blake2b(" ".join(sorted(words)).encode(), digest_size=6).digest()
    assert wording_key(text, least) == expected
    assert wording_key_of_words(words_of(text), least) == expected


def test_two_printings_of_one_sentence_share_their_key_and_shingles() -> None:
    first = "Die Fähre nach Lindenau fährt ab Montag wieder zweimal am Tag."
    second = "„Die Fähre nach Lindenau fährt ab Montag wieder zweimal am Tag“"
    assert wording_key(first, 8) == wording_key(second, 8) is not None
    assert shingles([first], 5, 1) == shingles([second], 5, 1) != frozenset()
