"""Do two claims state the same fact? Terms for the index, and the decision on candidates."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scoring.knowledge import once_per_lexicon
from scoring.numbers import Quantity

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_PLANNED = "modeplanned"  # not a German stem: the mark of a claim about a plan or a condition
_UNDENIED = "modeundenied"  # the mark of a claim that someone did not deny (or confirm) a fact
_SUFFIXES = ("ungen", "ischen", "ischer", "isches", "ische", "isch", "ern", "en", "er", "es", "em", "e", "n", "s")


def stem(word: str) -> str:
    """A light German stem: lower case, ß as ss, common endings cut."""
    word = word.lower().replace("ß", "ss")
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class FactSignature:
    """What a claim says, reduced for matching: content stems, parties named, quantities."""

    terms: frozenset[str]
    quantities: tuple[tuple[float, float], ...]
    negated: bool = False  # "Zivile Opfer habe es nicht gegeben" states the opposite of "drei Zivilisten getötet"

    def index_text(self) -> str:
        """The text stored in the full-text index (FTS5 tokenises on spaces)."""
        return " ".join(sorted(self.terms))


def is_negated(sentence: str, lexicon: Mapping[str, Any], ignore: Sequence[tuple[int, int]] = ()) -> bool:
    """An odd number of negations outside quotes and outside hedge cues ("nicht unabhängig überprüfen").
    A denial denied ("kein Dementi", "stritt … nicht ab") leaves the fact as it is."""
    negation, denied_denial, idioms = _negation_rules(lexicon["matching"])
    outside = [m.span() for m in re.finditer(r'"[^"]*"', sentence)]
    outside += [m.span() for m in denied_denial.finditer(sentence)]
    outside += [m.span() for m in idioms.finditer(sentence)]  # "nicht nur …, sondern auch" affirms
    count = sum(1 for m in negation.finditer(sentence) if not any(s <= m.start() < e for s, e in [*outside, *ignore]))
    return count % 2 == 1


@once_per_lexicon
def _negation_rules(rules: Mapping[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"\b(?:{'|'.join(rules['negations'])})\b", re.IGNORECASE),
        re.compile(rules["negated_denials"]),
        re.compile(rules["idioms_not_negating"], re.IGNORECASE),
    )


@once_per_lexicon
def _vocabulary(rules: Mapping[str, Any]) -> tuple[frozenset[str], dict[str, str]]:
    """Stop words and synonym classes (each word's stem to its class)."""
    return frozenset(rules["stopwords"]), {stem(word): group[0] for group in rules["synonyms"] for word in group}


def stopwords(lexicon: Mapping[str, Any]) -> frozenset[str]:
    """Words that say nothing of what happened (articles, prepositions, weekdays, "Berichte" …)."""
    return _vocabulary(lexicon["matching"])[0]


@once_per_lexicon
def _purpose(rules: Mapping[str, Any]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(rules['purpose_markers'])})\s+[\w-]+", re.IGNORECASE)


def _word_terms(stemmed: str, canonical: Mapping[str, str], heads: Sequence[str]) -> set[str]:
    """A word's term, its compound head ("Waffenlieferung" → "lieferung") and a known first part
    ("Waffenlieferpolitik" → "waffenlieferung", the -ung dropped as compounds do)."""
    terms = {canonical.get(stemmed, stemmed)}
    for word in {stemmed, *terms}:
        for head in heads:
            if word.endswith(head) and word != head:
                terms.add(canonical.get(head, head))
                modifier = word[: -len(head)]
                known = next((m for m in (modifier, modifier + "ung") if m in canonical), None)
                if known:
                    terms |= _word_terms(known, canonical, heads)
    return terms


def fact_signature(
    sentence: str,
    parties: Iterable[str],
    quantities: Sequence[Quantity],
    lexicon: Mapping[str, Any],
    negated: bool = False,
    planned: bool = False,
) -> FactSignature:
    rules = lexicon["matching"]
    stop, canonical = _vocabulary(rules)
    # "ausgebildet für den Einsatz": what they are meant for is not what happened.
    sentence = _purpose(rules).sub(" ", sentence)
    terms: set[str] = set()
    for token in _TOKEN.findall(sentence):
        if token.lower() in stop or len(token) < 3:
            continue
        terms |= _word_terms(stem(token), canonical, rules["compound_heads"])
    terms.update(f"party{p.lower()}" for p in parties)
    if planned:
        terms.add(_PLANNED)  # "sollen … eingesetzt werden", "Sollte Nordkorea … entsenden": not (yet) a fact
    if _negation_rules(rules)[1].search(sentence):
        terms.add(_UNDENIED)  # "Putin stritt die Entsendung nicht ab" is about Putin, not (only) the sending
    # Precise amounts are index terms; "Tausende" is not: it would tie every crowd to every other.
    terms.update(
        f"n{bound:g}".replace(".", "d") for q in quantities if _precise(q.low, q.high) for bound in {q.low, q.high}
    )
    return FactSignature(frozenset(terms), tuple((q.low, q.high) for q in quantities), negated)


def _is_word(term: str) -> bool:
    """Not one of the number ("n12000"), party ("partyua") or mode terms the signature adds."""
    return not (term.startswith(("party", "mode")) or (term[:1] == "n" and term[1:2].isdigit()))


def _precise(low: float, high: float) -> bool:
    return high <= 2 * low


def _quantities_agree(a: FactSignature, b: FactSignature) -> tuple[bool, bool]:
    """(no conflict, a precise number shared). Different numbers mean different facts."""
    if not a.quantities or not b.quantities:
        return True, False
    qa = [Quantity(lo, hi, 0, 0) for lo, hi in a.quantities]
    qb = [Quantity(lo, hi, 0, 0) for lo, hi in b.quantities]
    pairs = [(x, y) for x in qa for y in qb if x.compatible(y)]
    return bool(pairs), any(_precise(x.low, x.high) and _precise(y.low, y.high) for x, y in pairs)


_NO_PREDICATES: Mapping[str, str] = {}


class IdfWeights(dict[str, float]):
    """Inverse document frequency per term, with a weight for terms the corpus has never seen."""

    def __init__(self, weights: Mapping[str, float], unseen: float):
        super().__init__(weights)
        self.unseen = unseen

    def __missing__(self, term: str) -> float:
        return self.unseen


def idf_weights(total: int, frequencies: Mapping[str, int], exponent: float = 1.0) -> IdfWeights:
    """A term every claim shares ("Soldaten", "Russland") says little; smoothed so small corpora work too."""
    unseen = (1.0 + math.log((total + 1) / 2)) ** exponent  # as rare as a term only the new claim has
    return IdfWeights(
        {term: (1.0 + math.log((total + 1) / (count + 1))) ** exponent for term, count in frequencies.items()}, unseen
    )


def _significant(signature: FactSignature) -> bool:
    return any(high >= 100 for _, high in signature.quantities)


def similarity(
    a: FactSignature,
    b: FactSignature,
    weights: Mapping[str, float],
    idf: IdfWeights | None = None,
    predicates: Mapping[str, str] = _NO_PREDICATES,
) -> float:
    """IDF-weighted overlap of content terms; a shared number lifts it, disagreeing numbers zero it."""
    agree, shared_number = _quantities_agree(a, b)
    if not agree or not a.terms or not b.terms:
        return 0.0

    def weight(terms: frozenset[str]) -> float:
        return sum(idf[t] for t in terms) if idf is not None else float(len(terms))

    # What happened: "sent to Russia", "trained" and "fought" are three facts; "sent" and "arrived"
    # tell one deployment from its two ends.
    events_a, events_b = a.terms & predicates.keys(), b.terms & predicates.keys()
    families_agree = bool({predicates[e] for e in events_a} & {predicates[e] for e in events_b})
    # A word or two in common (parties aside) are a topic, not a fact; the same count of people
    # doing the same thing ("1500 Soldaten angekommen" / "1.500 Soldaten geschickt") is more.
    counted = shared_number and _significant(a) and _significant(b)
    if sum(_is_word(t) for t in a.terms & b.terms) + (counted and families_agree) < weights["min_shared_terms"]:
        return 0.0
    common, wa, wb = weight(a.terms & b.terms), weight(a.terms), weight(b.terms)
    if not wa or not wb:
        return 0.0
    score = (common / min(wa, wb) + 2 * common / (wa + wb)) / 2
    if counted:
        score += weights["shared_number_bonus"]
    elif _significant(a) != _significant(b):
        score *= weights["one_sided_number_factor"]  # "12.000 Soldaten" is a finer fact than "Soldaten"
    # What is to happen (or would, if …) and what happens are two facts: "sollen … eingesetzt werden" / "setzt ein".
    if (_PLANNED in a.terms) != (_PLANNED in b.terms):
        score *= weights["plan_mismatch_factor"]
    # "X did not deny Y" tells X's reaction; "Y" tells what happened.
    if (_UNDENIED in a.terms) != (_UNDENIED in b.terms):
        score *= weights["reaction_mismatch_factor"]
    if events_a & events_b:
        score += weights["predicate_match_bonus"]
    elif events_a and events_b and not families_agree:
        score *= weights["predicate_mismatch_factor"]
    return min(score, 1.0)


def predicate_classes(lexicon: Mapping[str, Any]) -> dict[str, str]:
    """The synonym classes that name what happened (sent, arrived, trained, fought, signed …), each
    with its family: the classes of one family tell one event from two sides."""
    rules = lexicon["matching"]
    family = {member: group[0] for group in rules["predicate_families"] for member in group}
    return {name: family.get(name, name) for name in rules["predicate_classes"]}


def same_fact(
    a: FactSignature,
    b: FactSignature,
    weights: Mapping[str, float],
    idf: IdfWeights | None = None,
    predicates: Mapping[str, str] = _NO_PREDICATES,
) -> bool:
    return similarity(a, b, weights, idf, predicates) >= weights["same_fact_threshold"]
