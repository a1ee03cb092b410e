"""Admiralty grades, a score to sort by, and the sentences that explain them.

The formula and its weights are documented in docs/scoring.md; the weights come from
configuration (seeds/lexicon/weights.json, each with its reason), never from literals here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from scoring.corroboration import UNNAMED, VOICE_ORIGIN, Corroboration
from scoring.explanations import DEFAULT_LANGUAGE, Phrasebook, phrasebook


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
    declared_by: tuple[str, ...] = ()  # the parties whose declared act the outlet tells in its own voice

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
    """B official non-belligerent; C outlet's own reporting or unresolved; D belligerent; E disinformation, or a
    belligerent's own outlet in its own voice."""
    if e.outlet_disinformation or _a_partys_own_voice(e):
        return "E"
    if e.belligerent:
        return "D"
    if e.origin_parties:
        return "B"
    if not e.attributed and not e.outlet_known:
        return "F"
    return "C"


def _a_partys_own_voice(e: Evidence) -> bool:
    """A belligerent's own outlet stating a claim in its own voice, naming no source for it."""
    return not e.attributed and e.outlet_state is not None and e.belligerent


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
    if _a_partys_own_voice(e):
        value *= weights["own_voice_factor"]
    if c.contradicted_independently:
        value *= weights["contradiction_factor"]
    if e.outlet_disinformation:
        value *= weights["disinformation_factor"]
    return round(min(max(value, 0.0), 1.0), 4)


def _where(spans: tuple[tuple[str, int, int], ...], words: Phrasebook) -> str:
    return words.join([words.say("span", text=text, start=start, end=end) for text, start, end in spans])


def _evidence_in_text(e: Evidence, words: Phrasebook) -> list[str]:
    """Hedge cues and reported speech, with where they stand."""
    lines = []
    if e.hedge_cues:
        where = _where(e.hedge_spans, words) or words.join([words.say("cue", cue=cue) for cue in e.hedge_cues])
        lines.append(words.say("hedged_by", where=where))
    if e.reported_speech:
        if e.speech_spans:
            lines.append(words.say("reported_speech_at", where=_where(e.speech_spans, words)))
        else:
            lines.append(words.say("reported_speech"))
    return lines


def _party_origin(e: Evidence, words: Phrasebook) -> str:
    names = [words.party(p, e.party_names.get(p, p)) for p in e.origin_parties]
    if e.belligerent:
        names = [words.say("belligerent", name=name) for name in names]
    if e.belligerent and e.conflict_name:
        line = words.say("origin_in_conflict", names=words.join(names), conflict=words.conflict(e.conflict_name))
    else:
        line = words.say("origin", names=words.join(names))
    return words.say("named_as", origin=line, where=_where(e.origin_spans, words)) if e.origin_spans else line


def _origin(e: Evidence, words: Phrasebook) -> list[str]:
    """Who the claim comes from: its parties, a medium, an unresolved source, or the outlet itself."""
    if e.origin_parties:
        return [_party_origin(e, words)]
    if e.origin_media:
        return [words.say("origin_medium", media=words.join(list(e.origin_media)))]
    if e.attributed:
        if e.origin_spans:
            return [words.say("unresolved_source_at", where=_where(e.origin_spans, words))]
        return [words.say("unresolved_source")]
    lines = [words.say("own_reporting", outlet=e.outlet_name)]
    if e.declared_by:  # "China rief zur Zurückhaltung auf": the act's origin is who declared it
        return [*lines, _declared_act(e, words)]
    origin_names = e.corroboration.origin_names
    elsewhere = [o for o in origin_names if not o.startswith(VOICE_ORIGIN)]
    if elsewhere and len(elsewhere) == len(origin_names):
        # It counts the origin its article or other outlets name for the same fact (docs/scoring.md).
        shown = [words.party(o, e.party_names.get(o, o.split(":", 1)[-1])) for o in elsewhere]
        lines.append(words.say("origin_named_elsewhere", names=words.join(shown)))
    return lines


def _declared_act(e: Evidence, words: Phrasebook) -> str:
    """Whose word a declared act told in the outlet's own voice comes from: its actor, or one unnamed declarer."""
    if e.declared_by == (UNNAMED,):  # "Eine Staatstrauer wurde ausgerufen": by whom, the claim does not say
        return words.say("declared_act_unnamed")
    shown = [words.party(p, e.party_names.get(p, p)) for p in e.declared_by]
    return words.say("declared_act", names=words.join(shown))


def _outlet_and_stance(e: Evidence, words: Phrasebook) -> list[str]:
    """Who passed it on, what is known of the outlet, and whether the claim denies or doubts the fact."""
    lines = []
    if e.relay_spans:
        lines.append(words.say("relayed_by", where=_where(e.relay_spans, words)))
    if e.outlet_disinformation:
        lines.append(words.say("disinformation", outlet=e.outlet_name))
    if not e.outlet_known:
        lines.append(words.say("unregistered", outlet=e.outlet_name))
    if e.stance == "deny":
        lines.append(words.say("denies"))
    elif e.stance == "unconfirmed":
        lines.append(words.say("says_unconfirmed"))
    return lines


def _corroboration(c: Corroboration, words: Phrasebook) -> list[str]:
    """How many independent outlets and origins report it, and who contradicts or doubts it."""
    outlets = words.say("outlets_one" if c.independent_outlets == 1 else "outlets_many", n=c.independent_outlets)
    origins = words.say("origins_one" if c.independent_origins == 1 else "origins_many", n=c.independent_origins)
    lines = [words.say("reported_by", outlets=outlets, origins=origins)]
    if c.contradicting_claims:
        key = "contradicted_independently" if c.contradicted_independently else "contradicted_dependently"
        lines.append(words.say(key, n=len(c.contradicting_claims)))
    if c.unconfirming_claims:
        lines.append(words.say("unconfirmed_elsewhere", n=len(c.unconfirming_claims)))
    return lines


def explain(e: Evidence, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Short sentences naming each piece of evidence, with its place (character offsets) in the text,
    in `language` (seeds/explanations.json; English for a language it has no sentences for)."""
    words = phrasebook(language)
    return [
        *_evidence_in_text(e, words),
        *_origin(e, words),
        *_outlet_and_stance(e, words),
        *_corroboration(e.corroboration, words),
    ]


def grade(e: Evidence, weights: Mapping[str, float], language: str = DEFAULT_LANGUAGE) -> Grade:
    return Grade(source_letter(e), information_digit(e), score(e, weights), tuple(explain(e, language)))
