"""Which sentences are factual claims worth checking."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from scoring.knowledge import holds_a_digit, once_per_lexicon, typed_rules, word_flag, word_flags, words_of
from scoring.lexicon import Claims
from scoring.regex import HeldStrings, guarded, needed_strings, searcher

_WORD = re.compile(r"[^\W\d_][\w-]*")
_QUOTE = re.compile('["\u201e\u201c\u201d\u00ab\u00bb]')


def is_claim(sentence: str, lexicon: Mapping[str, Any], fewer_words: int = 0) -> bool:
    """True for statements of fact: not questions, exhortations, labels or opinion pieces. `fewer_words`: how
    many fewer words than `min_words` make one here (a headline's terse style)."""
    stripped = sentence.strip().rstrip("\"')")
    if stripped.endswith(("?", "!", ":")):
        return False
    rules = typed_rules(lexicon).claims
    if not _enough_words(sentence, rules.min_words - fewer_words):
        return False
    reader_needs, reader_address, not_claims = _claim_patterns(rules)
    if _holds_all(reader_needs, sentence) and not _QUOTE.search(sentence) and reader_address.search(sentence):
        return False  # "Folgen Sie uns …", "Mehr dazu finden Sie …": the page speaking to its reader
    lowered = sentence.lower()
    for search in not_claims:  # a loop, not `any` over a generator: made once a sentence
        if search(lowered):
            return False
    return True


def _enough_words(sentence: str, least: int) -> bool:
    r"""At least `least` words, one of them opening in lower case (else a line of names or a label, no verb
    in sight). Where the sentence holds no digit, "-" or "_" (most), `[^\W\d_][\w-]*` finds the words
    `words_of` split it into: their count and their flags are read instead of splitting it again.

    Where it holds a "-" or a digit, `_WORD` finds a word for each run of `[\w-]` holding a letter, from
    its first letter: as many as the words of `words_of` holding a letter (not all digits), or fewer by at
    most one a "-" (the runs a hyphen joins); one opening in lower case where more words open so than there
    are hyphens (one then follows no hyphen: its run opens with it), none where no word opens so and none
    holds a digit (each run then opens with a word's first letter). Read again only where these do not tell."""
    if "_" in sentence:
        return _words_found(sentence, least)
    hyphens = sentence.count("-")
    flags = word_flags(sentence)
    digits = holds_a_digit(sentence)
    if not (hyphens or digits):
        return len(words_of(sentence)) >= least and bool(flags & _OPENS_IN_LOWER_CASE)
    words = words_of(sentence)
    lettered = len(words) - sum(map(str.isdecimal, words)) if digits else len(words)
    if lettered < least:
        return False
    if lettered - hyphens >= least:
        if not digits and not flags & _OPENS_IN_LOWER_CASE:
            return False
        lower = 0
        for word in words:
            if word[0].islower():
                lower += 1
                if lower > hyphens:
                    return True
    return _words_found(sentence, least)


def _words_found(sentence: str, least: int) -> bool:
    words = _WORD.findall(sentence)
    return len(words) >= least and any(w[0].islower() for w in words)


_OPENS_IN_LOWER_CASE = word_flag(lambda word: word[0].islower())


def _holds_all(needs: tuple[HeldStrings, ...], sentence: str) -> bool:
    for strings in needs:
        if not strings.search(sentence):
            return False
    return True


_Patterns = tuple[tuple[HeldStrings, ...], re.Pattern[str], tuple[Callable[[str], re.Match[str] | None], ...]]


@once_per_lexicon  # by the section's identity: hashing its tuple of patterns took longer, once per sentence
def _claim_patterns(rules: Claims) -> _Patterns:
    return _compiled(rules.reader_address, rules.not_claims)


@cache
def _compiled(reader_address: str, not_claims: tuple[str, ...]) -> _Patterns:
    """The patterns of the claim rules, compiled once; a sentence ending in a word that cannot end one
    ("… und") is searched at its end only (`searcher`). The reader's address is searched only where the
    sentence holds what it needs ("Sie", "Ihr", "Ihnen": `needed_strings`, found by substring tests; its
    pattern tried every capital letter of a sentence, 4.3 µs)."""
    needs = tuple(HeldStrings(strings) for strings in needed_strings(reader_address))
    return needs, guarded(reader_address), tuple(searcher(p) for p in not_claims)
