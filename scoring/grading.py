"""Admiralty grades, a score to sort by, and the sentences that explain them.

The formula and its weights are documented in docs/scoring.md; the weights come from
configuration (seeds/lexicon.json "weights"), never from literals here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from scoring.corroboration import Corroboration


@dataclass(frozen=True)
class Evidence:
    """Everything the grade depends on, already decided by the earlier stages."""

    hedge_cues: tuple[str, ...]
    reported_speech: bool
    origin_parties: tuple[str, ...]
    origin_media: tuple[str, ...]
    attributed: bool
    belligerent: bool
    conflict_name: str | None
    outlet_name: str
    outlet_known: bool
    outlet_disinformation: bool
    outlet_state: str | None
    stance: str
    corroboration: Corroboration
    party_names: Mapping[str, str]
    # Where the evidence stands in the submitted text, for the explanation: (text, start, end).
    hedge_spans: tuple[tuple[str, int, int], ...] = ()
    speech_spans: tuple[tuple[str, int, int], ...] = ()
    origin_spans: tuple[tuple[str, int, int], ...] = ()
    relay_spans: tuple[tuple[str, int, int], ...] = ()

    @property
    def hedged(self) -> bool:
        return bool(self.hedge_cues)


@dataclass(frozen=True)
class Grade:
    source: str
    information: int
    score: float
    explanation: tuple[str, ...]

    @property
    def code(self) -> str:
        return f"{self.source}{self.information}"


def source_letter(e: Evidence) -> str:
    """B official non-belligerent; C outlet's own reporting or unresolved; D belligerent; E disinformation."""
    own_state_voice = not e.attributed and e.outlet_state is not None and e.belligerent
    if e.outlet_disinformation or own_state_voice:
        return "E"
    if e.belligerent:
        return "D"
    if e.origin_parties:
        return "B"
    if not e.attributed and not e.outlet_known:
        return "F"
    return "C"


def information_digit(e: Evidence) -> int:
    c = e.corroboration
    if c.contradicted_independently:
        return 5
    if e.hedged:
        return 3 if c.independent_outlets >= 2 else 4
    # A denial is graded for itself: the origins that deny are not a confirmation of anything. And one
    # sentence naming two sources is not yet two reports of the fact: the second source of a sentence is
    # too often the accused or the addressee ("macht X für Y verantwortlich"). Confirmed needs a second outlet.
    if c.independent_origins >= 2 and c.independent_outlets >= 2 and e.stance == "support":
        return 1
    if c.independent_outlets >= 2:
        return 2
    return 3


def score(e: Evidence, weights: Mapping[str, float]) -> float:
    """base + corroboration, multiplied down by hedging, belligerent origin, contradiction, disinformation."""
    c = e.corroboration
    # Corroboration saturates: past a handful of voices one more changes nothing worth re-scoring for.
    outlets = min(c.independent_outlets, int(weights["saturation"]))
    origins = min(c.independent_origins, int(weights["saturation"]))
    support = weights["outlet_weight"] * (1 - 0.5 ** (outlets - 1))
    support += weights["origin_weight"] * (1 - 0.5 ** (origins - 1))
    value = weights["base"] + support
    if e.hedged:
        value *= weights["hedge_factor"] ** min(len(e.hedge_cues), 2)
    if e.belligerent:
        value *= weights["belligerent_factor"]
    if c.contradicted_independently:
        value *= weights["contradiction_factor"]
    if e.outlet_disinformation:
        value *= weights["disinformation_factor"]
    return round(min(max(value, 0.0), 1.0), 4)


def _where(spans: tuple[tuple[str, int, int], ...]) -> str:
    return ", ".join(f"'{text}' at {start}–{end}" for text, start, end in spans)


def explain(e: Evidence) -> list[str]:
    """Short sentences naming each piece of evidence, with its place (character offsets) in the text."""
    c = e.corroboration
    lines: list[str] = []
    if e.hedge_cues:
        lines.append("hedged by " + (_where(e.hedge_spans) or ", ".join(f"'{cue}'" for cue in e.hedge_cues)))
    if e.reported_speech:
        cues = f" ({_where(e.speech_spans)})" if e.speech_spans else ""
        lines.append(f"reported speech in Konjunktiv I{cues}: the outlet relays what someone said")
    names = [f"{e.party_names.get(p, p)}" + (" (belligerent)" if e.belligerent else "") for p in e.origin_parties]
    if names:
        war = f" in the {e.conflict_name}" if e.belligerent and e.conflict_name else ""
        named = f", named as {_where(e.origin_spans)}" if e.origin_spans else ""
        lines.append("origin: " + ", ".join(names) + war + named)
    elif e.origin_media:
        lines.append("origin: the medium " + ", ".join(e.origin_media) + ", no further source named")
    elif e.attributed:
        lines.append(
            "source named but not resolved to a party" + (f": {_where(e.origin_spans)}" if e.origin_spans else "")
        )
    else:
        lines.append(f"the outlet's own reporting ({e.outlet_name})")
        elsewhere = [o for o in c.origin_names if not o.startswith("voice:")]
        if elsewhere and len(elsewhere) == len(c.origin_names):
            # It counts the origin its article or other outlets name for the same fact (docs/scoring.md).
            shown = [e.party_names.get(o, o.split(":", 1)[-1]) for o in elsewhere]
            lines.append("its origin is the one named for the same fact: " + ", ".join(shown))
    if e.relay_spans:
        lines.append(f"passed on by {_where(e.relay_spans)}")
    if e.outlet_disinformation:
        lines.append(f"{e.outlet_name} is flagged for disinformation")
    if not e.outlet_known:
        lines.append(f"{e.outlet_name} is not a registered outlet")
    if e.stance == "deny":
        lines.append("this claim denies the reported fact")
    elif e.stance == "unconfirmed":
        lines.append("this claim says the reported fact is not confirmed")
    outlets = "outlet" if c.independent_outlets == 1 else "outlets"
    origins = "origin" if c.independent_origins == 1 else "origins"
    lines.append(f"reported by {c.independent_outlets} independent {outlets}, {c.independent_origins} {origins}")
    if c.contradicting_claims:
        who = (
            "an independent non-belligerent origin"
            if c.contradicted_independently
            else "a non-independent or belligerent origin"
        )
        lines.append(f"contradicted by {len(c.contradicting_claims)} claim(s), from {who}")
    if c.unconfirming_claims:
        lines.append(f"{len(c.unconfirming_claims)} claim(s) elsewhere say it is not confirmed")
    return lines


def grade(e: Evidence, weights: Mapping[str, float]) -> Grade:
    return Grade(source_letter(e), information_digit(e), score(e, weights), tuple(explain(e)))
