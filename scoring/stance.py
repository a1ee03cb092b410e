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
    denies = [m for p in rules.deny for m in re.finditer(p, sentence, re.IGNORECASE)]
    confirms = [m for p in rules.confirm for m in re.finditer(p, sentence, re.IGNORECASE)]
    no_evidence = any(re.search(p, sentence, re.IGNORECASE) for p in rules.no_evidence)
    negation = _negation(rules.negations)
    negated_confirm = any(_negated(sentence, m, negation) for m in confirms)
    if denies and any(_negated(sentence, m, negation) for m in denies):
        return "support"
    if denies:
        return "deny"
    if negated_confirm or no_evidence:
        return "unconfirmed"
    return "support"


@cache
def _negation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


def _negated(sentence: str, match: re.Match[str], negation: re.Pattern[str]) -> bool:
    left = max(sentence.rfind(",", 0, match.start()), 0)
    right_comma = sentence.find(",", match.end())
    right = right_comma if right_comma >= 0 else len(sentence)
    return bool(negation.search(sentence, left, right))
