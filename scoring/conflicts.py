"""Which conflict a claim is about, and whether its origin is a belligerent of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from scoring.knowledge import Knowledge

_EMPTY = Counter.__new__


def conflict_hits(sentence: str, knowledge: Knowledge) -> Counter[str]:
    """How many of each conflict's terms the sentence uses."""
    found = knowledge.conflict_terms.find(sentence)
    if not found:
        # most sentences: no term of a conflict; a new empty Counter made without `Counter.__init__`, which
        # runs in Python (a dict's own `__new__` leaves it empty all the same): 0.2 against 1.2 µs
        return _EMPTY(Counter)
    return Counter(conflict_id for _, _, ids in found for conflict_id in ids)


def at_war(hits: Counter[str], day: str | None, knowledge: Knowledge) -> Counter[str]:
    """The conflicts named that were wars on `day` (two of their parties at war): "Israel" and "Teheran" in a
    report of 2023 name no war between Israel and Iran, which its seed dates from 2024."""
    if not hits or day is None:
        return hits  # most sentences: no conflict named
    warring = [
        c for c in hits if (conflict := knowledge.conflict(c)) is None or len(conflict.belligerents_on(day)) >= 2
    ]
    return hits if len(warring) == len(hits) else Counter({c: hits[c] for c in warring})


def dominant_conflict(hits: Iterable[Counter[str]], min_mentions: int = 1) -> str | None:
    """The article's conflict: the one its sentences name most, at least `min_mentions` times (a
    report on infections that names Russia once is no report on the war), if any."""
    naming = [h for h in hits if h]  # most sentences name no conflict: an update with nothing is a call of 0.6 µs
    total: Counter[str] = Counter()
    for h in naming:
        total.update(h)
    ranked = total.most_common(2)
    if not ranked or ranked[0][1] < min_mentions:
        return None
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return _more_sentences_name(ranked[0][0], ranked[1][0], naming)
    return ranked[0][0]


def _more_sentences_name(first: str, second: str, hits: list[Counter[str]]) -> str | None:
    """Of two conflicts named as often, the one more sentences name over the other: terms both share
    ("Israel", "Teheran") do not tell a report on Lebanon from one on Iran; none where that ties too."""
    lead = sum((h[first] > h[second]) - (h[second] > h[first]) for h in hits)
    return first if lead > 0 else second if lead < 0 else None


def claim_conflict(hits: Counter[str], article_conflict: str | None) -> str | None:
    """The conflict a claim names most; the article's own where it is among the most named
    ("Netanjahu erklärte …" in a report on the war with Iran) or where the claim names another only in
    passing ("Russland verurteilte den Angriff" in a report on Gaza is about Gaza)."""
    if not hits:
        return article_conflict
    most = max(hits.values())
    if article_conflict is not None and (hits[article_conflict] == most or most < 2):
        return article_conflict
    return hits.most_common(1)[0][0]


def is_belligerent(parties: Iterable[str], conflict_id: str | None, day: str | None, knowledge: Knowledge) -> bool:
    """True when an origin party is at war in the claim's conflict on the day of publication."""
    conflict = knowledge.conflict(conflict_id)
    return conflict is not None and bool(set(parties) & conflict.belligerents_on(day))
