"""Whether a claim supports what it reports, denies it, or says it is not confirmed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from scoring.knowledge import may_be_present, once_per_lexicon, typed_rules
from scoring.lexicon import Stance
from scoring.regex import Presence, guarded


def find_stance(sentence: str, lexicon: Mapping[str, Any]) -> str:
    """support | deny | unconfirmed.

    A denial that is itself negated ("stritt die Entsendung nicht ab", "weder bestätigt noch
    dementiert") supports the reported fact of not denying.
    """
    rules = typed_rules(lexicon).stance
    anything = _compiled_stances(rules).any
    if not may_be_present(_presence(rules), sentence):
        return "support"  # most sentences: no word or run of letters a cue needs (the words' flags)
    if anything is not None and not anything.search(sentence):
        return "support"  # no cue of any stance, one pass
    negation = _Negation(_negation(rules.negations), _negation_idioms(rules.idioms_not_negating))
    denies = _matches(sentence, _compiled(rules.deny))
    if denies:
        return "support" if any(_negated(sentence, m, negation) for m in denies) else "deny"
    confirms = _matches(sentence, _compiled(rules.confirm))
    if any(_negated(sentence, m, negation) for m in confirms) or _matches(sentence, _compiled(rules.no_evidence)):
        return "unconfirmed"
    return "support"


def points_back(sentence: str, lexicon: Mapping[str, Any]) -> bool:
    """Whether a denial's object points back to the claim before it: "Die Reederei stritt das ab"."""
    return _points_back(typed_rules(lexicon).stance.points_back).search(sentence) is not None


@cache
def _points_back(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True)
class _Patterns:
    each: tuple[re.Pattern[str], ...]
    any: re.Pattern[str] | None  # all of them as one, to rule a sentence out in one pass (most sentences)


@cache
def _compiled(patterns: tuple[str, ...]) -> _Patterns:
    """The patterns of a stance, compiled once."""
    try:
        joined = guarded("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None
    except re.error:  # a pattern that cannot stand beside the others ("(?i)" inside): each on its own
        joined = None
    return _Patterns(tuple(re.compile(p, re.IGNORECASE) for p in patterns), joined)


@once_per_lexicon
def _compiled_stances(rules: Stance) -> _Patterns:
    """The patterns of every stance as one."""
    return _compiled((*rules.deny, *rules.confirm, *rules.no_evidence))


@once_per_lexicon
def _presence(rules: Stance) -> Presence:
    """What a sentence must hold for a cue of any stance to match in it."""
    return Presence.of((*rules.deny, *rules.confirm, *rules.no_evidence), re.IGNORECASE)


def _matches(sentence: str, patterns: _Patterns) -> list[re.Match[str]]:
    """Every match of each pattern, pattern by pattern."""
    if patterns.any is not None and not patterns.any.search(sentence):
        return []
    return [m for p in patterns.each for m in p.finditer(sentence)]


@cache
def _negation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


@cache
def _negation_idioms(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class _Negation:
    words: re.Pattern[str]
    idioms: re.Pattern[str]  # "ein nicht genannter Beamter bestätigte …", "nicht nur": what no negation word negates


def _negated(sentence: str, match: re.Match[str], negation: _Negation) -> bool:
    left = max(sentence.rfind(",", 0, match.start()), 0)
    right_comma = sentence.find(",", match.end())
    right = right_comma if right_comma >= 0 else len(sentence)
    found = [m.start() for m in negation.words.finditer(sentence, left, right)]
    if not found:
        return False  # nearly every cue
    idioms = [m.span() for m in negation.idioms.finditer(sentence, left, right)]
    return any(not any(a <= at < b for a, b in idioms) for at in found)
