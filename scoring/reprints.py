"""Reprints at article level: edited wire copy keeps long runs of its source's words.

A regional paper that prints dpa copy without a credit line, cuts a paragraph and rewrites the
headline still shares many five-word runs with every other printing of that copy; two outlets
reporting the same event in their own words share almost none. Word n-gram shingles, hashed and
sampled, make that visible with an index lookup per shingle instead of a comparison per article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)


def words_of(text: str) -> list[str]:
    """A text's words, lower-cased, as shingles and wording keys read them (read once for both)."""
    return [w.lower() for w in _WORD.findall(text)]


def shingles(texts: Iterable[str], size: int, sample: int) -> frozenset[int]:
    """Hashes of the article's `size`-word runs, keeping the one in `sample` whose hash says so.

    Sampling by the hash's value (not by position) keeps the same shingles in every copy, so two
    printings of one text keep the same sample. Hashes are signed 63-bit integers: SQLite's INTEGER.
    """
    return shingles_of_words(map(words_of, texts), size, sample)


def shingles_of_words(texts: Iterable[list[str]], size: int, sample: int) -> frozenset[int]:
    """shingles of texts given as their words (words_of)."""
    kept: set[int] = set()
    blake2b = hashlib.blake2b
    for words in texts:
        for i in range(len(words) - size + 1):
            digest = blake2b(" ".join(words[i : i + size]).encode(), digest_size=8).digest()
            value = int.from_bytes(digest, "big") >> 1
            if value % sample == 0:
                kept.add(value)
    return frozenset(kept)


def wording_key(text: str, min_words: int) -> bytes | None:
    """A sentence's words, lower-cased and in any order, as a 6-byte key: two outlets printing the same words
    (quotation marks, dashes and spaces aside) copied them, from each other or from one wire, whatever
    phrase an editor moved to the front (German word order lets one: "Wegen des Sturms hat die Reederei die
    Fähre zurückgerufen" / "Die Fähre hat die Reederei wegen des Sturms zurückgerufen"). None below
    `min_words` words: a short sentence may be written alike by chance. (Keys are compared among the few
    claims of one proposition: 48 bits never collide there, and a stored claim's key takes 6 bytes, not 8.)"""
    return wording_key_of_words(words_of(text), min_words)


def wording_key_of_words(words: list[str], min_words: int) -> bytes | None:
    """wording_key of a sentence given as its words (words_of)."""
    if len(words) < min_words:
        return None
    return hashlib.blake2b(" ".join(sorted(words)).encode(), digest_size=6).digest()


def containment(shared: int, own: int, other: int) -> float:
    """The share of the shorter text's shingles that the two texts have in common."""
    smaller = min(own, other)
    return shared / smaller if smaller else 0.0
