"""Whether a claim supports what it reports, denies it, or says it is not confirmed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from scoring.knowledge import typed_rules


def find_stance(sentence: str, lexicon: Mapping[str, Any]) -> str:
    """support | deny | unconfirmed.

    A denial that is itself negated ("stritt die Entsendung nicht ab", "weder bestätigt noch
    dementiert") supports the reported fact of not denying.
    """
    rules = typed_rules(lexicon).stance
    negation = _negation(rules.negations)
    denies = [m for p in _compiled(rules.deny) for m in p.finditer(sentence)]
    if denies:
        return "support" if any(_negated(sentence, m, negation) for m in denies) else "deny"
    confirms = (m for p in _compiled(rules.confirm) for m in p.finditer(sentence))
    if any(_negated(sentence, m, negation) for m in confirms) or any(
        p.search(sentence) for p in _compiled(rules.no_evidence)
    ):
        return "unconfirmed"
    return "support"


@cache
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns of a stance, compiled once (a denial is looked for before a confirmation is)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


@cache
def _negation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


def _negated(sentence: str, match: re.Match[str], negation: re.Pattern[str]) -> bool:
    left = max(sentence.rfind(",", 0, match.start()), 0)
    right_comma = sentence.find(",", match.end())
    right = right_comma if right_comma >= 0 else len(sentence)
    return bool(negation.search(sentence, left, right))
