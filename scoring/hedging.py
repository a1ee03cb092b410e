"""Hedge cues and Konjunktiv I reported speech in German news sentences."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scoring.knowledge import once_per_lexicon

# Kinds that make a claim hedged; the others are recorded but do not decide.
DECISIVE_KINDS = frozenset({"lexical", "hearsay", "unverified", "reportative", "epistemic", "estimate"})

_WORD = re.compile(r"[\w-]+", re.UNICODE)
_CLAUSE_END = re.compile(r"[,;:.!?\"]|\s-\s|\b(?:dass|wonach|weil|wenn|obwohl)\b")
_SOLLEN = re.compile(r"\b(?:soll|sollen|sollst|sollt)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Hedge:
    cue: str
    start: int
    end: int
    kind: str

    @property
    def decisive(self) -> bool:
        return self.kind in DECISIVE_KINDS


@dataclass(frozen=True)
class SpeechMark:
    """A Konjunktiv I form: the sentence reports what someone said."""

    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class _Compiled:
    lexical: tuple[tuple[re.Pattern[str], str], ...]
    negation: re.Pattern[str]
    epistemic: re.Pattern[str]
    subjunctive: re.Pattern[str]
    pronoun_subjunctive: re.Pattern[str]
    deontic: re.Pattern[str]
    disclaimer: re.Pattern[str]


@once_per_lexicon
def _compiled(h: Mapping[str, Any]) -> _Compiled:
    not_k1 = "|".join(h["not_konjunktiv_i"])
    return _Compiled(
        lexical=tuple((re.compile(entry["pattern"], re.IGNORECASE), entry["kind"]) for entry in h["cues"]),
        negation=re.compile(rf"\b(?:{'|'.join(h['negations'])})\b", re.IGNORECASE),
        epistemic=re.compile(rf"\b(?:{'|'.join(h['epistemic_modals'])})\b", re.IGNORECASE),
        subjunctive=re.compile(rf"(?<!\b[Ii]ch )\b(?:{'|'.join(h['konjunktiv_i'])})\b"),
        pronoun_subjunctive=re.compile(rf"\b(?:er|sie|es|man) (?!(?:{not_k1})\b)([a-zäöüß]{{3,}}e)\b"),
        deontic=re.compile(rf"\b(?:{'|'.join(h['deontic_markers'])})\b", re.IGNORECASE),
        disclaimer=re.compile(h["disclaimer_subjects"]),
    )


def _clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding [start, end): from the previous to the next clause boundary."""
    left = 0
    for match in _CLAUSE_END.finditer(sentence, 0, start):
        left = match.end()
    following = _CLAUSE_END.search(sentence, end)
    return left, following.start() if following else len(sentence)


_RELATIVE = re.compile(
    r"\s*(?:(?:in|an|auf|mit|von|bei|zu|für|aus|nach|über|unter|durch|gegen)\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\b"
)


def in_relative_clause(sentence: str, hedge: Hedge) -> bool:
    """", die … eingesetzt werden sollen": the cue qualifies a noun, not what the sentence says happened."""
    left, _ = _clause_around(sentence, hedge.start, hedge.end)
    return left > 0 and sentence[left - 1] == "," and bool(_RELATIVE.match(sentence, left))


def _classify_sollen(sentence: str, match: re.Match[str], rules: _Compiled) -> str:
    """Reportative ("soll … geliefert worden sein") or a plan ("eingesetzt werden sollen")."""
    left, right = _clause_around(sentence, match.start(), match.end())
    after = _WORD.findall(sentence[match.end() : right])
    before = _WORD.findall(sentence[left : match.start()])
    verbs = after if after else before  # verb-final clauses put the infinitive first
    if rules.deontic.search(sentence[left:right]):
        return "deontic"
    tail = [w.lower() for w in verbs[-3:]]
    if tail[-2:] == ["worden", "sein"] or (
        len(tail) >= 2 and tail[-1] in ("sein", "haben") and tail[-2].startswith("ge")
    ):
        return "reportative"  # perfect infinitive: only ever a report
    if tail and tail[-1] in ("sein", "haben") and len(tail) >= 2 and tail[-2].endswith(("t", "en")):
        return "reportative"
    if tail and tail[-1] == "werden" and len(tail) >= 2:
        return "undecided"  # passive infinitive: report or plan, the words alone do not tell
    return "reportative"


def find_hedges(sentence: str, lexicon: Mapping[str, Any]) -> list[Hedge]:
    """Every hedge cue in `sentence`, with offsets relative to the sentence."""
    rules = _compiled(lexicon["hedging"])
    hedges: list[Hedge] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        hedges.append(Hedge(sentence[start:end], start, end, kind))

    for pattern, kind in rules.lexical:
        for match in pattern.finditer(sentence):
            preceding = sentence[max(0, match.start() - 12) : match.start()]
            negated = kind == "lexical" and re.search(r"\b(?:nicht|kein\w*)\s+$", preceding, re.IGNORECASE)
            add(match.start(), match.end(), "negated" if negated else kind)
    for match in _SOLLEN.finditer(sentence):
        add(match.start(), match.end(), _classify_sollen(sentence, match, rules))
    for match in rules.epistemic.finditer(sentence):
        left, right = _clause_around(sentence, match.start(), match.end())
        # "könne keine Berichte bestätigen" states an inability, not a possibility.
        negated = rules.negation.search(sentence, left, right)
        add(match.start(), match.end(), "ability" if negated else "epistemic")
    hedges.sort(key=lambda h: h.start)
    return hedges


def disclaims_earlier(sentence: str, hedges: list[Hedge], lexicon: Mapping[str, Any]) -> list[Hedge]:
    """The "nicht unabhängig überprüfen" cues of a sentence that speaks of what was said before it
    ("Die Angaben ließen sich nicht unabhängig überprüfen."): they hedge the claim before it."""
    unverified = [h for h in hedges if h.kind == "unverified"]
    if unverified and _compiled(lexicon["hedging"]).disclaimer.search(sentence):
        return unverified
    return []


def find_reported_speech(sentence: str, lexicon: Mapping[str, Any]) -> list[SpeechMark]:
    """Konjunktiv I forms ("sei", "seien", "habe", "er erwarte") outside direct quotes."""
    rules = _compiled(lexicon["hedging"])
    quoted = _quoted_spans(sentence)
    marks: list[SpeechMark] = []
    for match in rules.subjunctive.finditer(sentence):
        if not any(s <= match.start() < e for s, e in quoted):
            marks.append(SpeechMark(match.group(0), match.start(), match.end()))
    for match in rules.pronoun_subjunctive.finditer(sentence):
        if not any(s <= match.start(1) < e for s, e in quoted):
            marks.append(SpeechMark(match.group(1), match.start(1), match.end(1)))
    return sorted(marks, key=lambda m: m.start)


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    positions = [i for i, c in enumerate(sentence) if c in '"\u201e\u201c\u201d\u00ab\u00bb']
    return [(positions[i], positions[i + 1]) for i in range(0, len(positions) - 1, 2)]
