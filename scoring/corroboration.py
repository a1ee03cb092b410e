"""Count what really stands behind a proposition: independent outlets and independent origins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter


@dataclass(frozen=True)
class Member:
    """One claim of a proposition, with what independence needs to know about it."""

    claim_id: int
    article_id: int
    outlet: str
    voice: str  # independence group: owner group, or the wire agencies whose copy it carries ("ap|reuters")
    stance: str
    origins: tuple[str, ...]  # parties, or "voice:…"/"medium:…" keys when no party stands behind it
    belligerent_origin: bool
    attributed: bool  # the claim names its source, or a party stands behind it all the same (service.ingest)
    confident: bool = True  # joined its proposition by a confident match: its origin counts
    quoted: bool = False  # reported speech (a quotation, Konjunktiv I): somebody's words, not the outlet's
    # the key of its sentence's words (reprints.wording_key): two outlets printing one sentence word for word
    # copied it, from each other or from one wire; None where too short to tell
    wording: bytes | None = None


@dataclass
class Corroboration:
    outlets: int
    independent_outlets: int
    independent_origins: int
    claims: list[int] = field(default_factory=list)
    contradicting_claims: list[int] = field(default_factory=list)
    unconfirming_claims: list[int] = field(default_factory=list)
    contradicted_independently: bool = False
    origin_names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Summary:
    """What a proposition's supporting claims add up to, computed once for all its members."""

    members: tuple[Member, ...]
    origins: dict[int, tuple[str, ...]]  # effective origins per claim
    outlets: frozenset[str]
    origin_keys: frozenset[str]
    denials: tuple[Member, ...]
    # the voices of the supporting claims, each with the outlets that speak with it: one outlet is one voice,
    # whether it prints its own report or an agency's ("dpa" and the paper's own desk are not two outlets)
    voice_outlets: dict[str, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def independent_outlets(self) -> int:
        """How many independent voices support the fact: read once for all its claims."""
        return independent_voices(_with_outlets(frozenset(self.voice_outlets), self.voice_outlets))


VOICE_ORIGIN = "voice:"  # an origin that is an outlet's own voice: "voice:AP"
UNNAMED = "?"  # the key of a source that names nobody in particular: "ein Sprecher", "die Behörde"
UNNAMED_ORIGIN = "source:" + UNNAMED  # as an origin key (service.ingest keys an unplaced source "source:…")
VOICE_JOINER = "|"  # an article carrying two agencies' copy speaks with both: "ap|reuters"
_OUTLET = "outlet:"  # an outlet as one more agency of the voices it speaks with (never a stored voice)


def agencies(voice: str) -> set[str]:
    """The groups a voice speaks with: "ap|reuters" → {"ap", "reuters"}."""
    return set(voice.split(VOICE_JOINER))


def independent_voices(voices: frozenset[str]) -> int:
    """How many independent voices: voices sharing an agency are one ("ap" and "ap|reuters" are one,
    the article credited to both carries AP copy), counted as the groups they chain into."""
    if len(voices) < 2:  # none, or one (a proposition of one claim: nearly every one)
        return len(voices)
    groups: list[set[str]] = []
    for voice in sorted(voices):
        parts = agencies(voice)
        joined = [g for g in groups if g & parts]
        for g in joined:
            groups.remove(g)
            parts |= g
        groups.append(parts)
    return len(groups)


def count_origins(origin_keys: frozenset[str], voice_outlets: Mapping[str, frozenset[str]] | None = None) -> int:
    """How many independent origins: outlets' own voices count as their voices do (an article with AP's
    and Reuters' copy speaks with AP's voice too; voices one outlet speaks with are one), parties, media
    and sources one each."""
    voices = frozenset(key.removeprefix(VOICE_ORIGIN) for key in origin_keys if key.startswith(VOICE_ORIGIN))
    return len(origin_keys) - len(voices) + independent_voices(_with_outlets(voices, voice_outlets or {}))


def _with_outlets(voices: frozenset[str], voice_outlets: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Each voice with the outlets that speak with it as agencies of its own, so that voices one outlet
    speaks with chain into one group: "dpa" printed by a paper and the paper's own desk are one voice."""
    if not voice_outlets:
        return voices
    return frozenset(
        VOICE_JOINER.join((voice, *(_OUTLET + o for o in sorted(voice_outlets.get(voice, ()))))) for voice in voices
    )


def _same_voice(a: str, b: str) -> bool:
    return a == b or bool(agencies(a) & agencies(b))


def _placed(origin: str) -> bool:
    """A party or a medium: an origin other claims can share; not a person we cannot place, nor a voice."""
    return not origin.startswith(("source:", VOICE_ORIGIN))


def summarise(members: Sequence[Member]) -> Summary:
    """One pass over the members. A claim in an outlet's own voice, or from a named person we cannot place
    ("laut Bürgermeister Anton Beispiel"), shares the origin its article names elsewhere for the fact;
    failing that, the origins other articles name for it: an outlet that states a death toll in its own
    voice while others quote a ministry for it most likely has it from that ministry, and counting it as
    a voice of its own would manufacture a second origin. Only where no claim of the fact names a party
    or a medium do independent outlets' own reports, and unplaced names, stand as origins of their own; an
    outlet's own report then shares the unplaced source its article names for the fact (a headline over
    the quoted harbour master's words is the harbour master's)."""
    if len(members) == 1:
        return _summarise_one(members[0])
    return _summarise_many(members)


def _summarise_many(members: Sequence[Member]) -> Summary:
    named: dict[int, set[str]] = {}
    unplaced: dict[int, set[str]] = {}  # the sources an article names for the fact whom we cannot place
    for m in members:
        if not m.attributed or m.stance != "support":
            continue
        placed = {o for o in m.origins if _placed(o)}
        if placed:
            named.setdefault(m.article_id, set()).update(placed)
        elif m.origins != (UNNAMED_ORIGIN,):
            unplaced.setdefault(m.article_id, set()).update(m.origins)
    anywhere = tuple(sorted({o for found in named.values() for o in found}))
    speakers = _speakers(members)

    def effective(m: Member) -> tuple[str, ...]:
        if m.attributed and any(_placed(o) for o in m.origins):
            return m.origins
        if m.article_id in named:
            return tuple(sorted(named[m.article_id]))
        if anywhere:
            return anywhere
        if not m.attributed and m.article_id in unplaced:
            # "Fähre lag im Hafen" over "Hafenmeister X sagte, die Fähre habe im Hafen gelegen": its article's source
            return tuple(sorted(unplaced[m.article_id]))
        # "„Es ist schwierig“" printed without its speaker is somebody's words, never the outlet's own voice:
        # the speaker another article names for it ("sagte Tegnell"), not a second origin; so is what "ein
        # Sprecher" said, where another article names who spoke
        if not _speaks_for_another(m):
            return m.origins
        return speakers or (UNNAMED_ORIGIN,)  # whose words nobody says: one unnamed speaker's, not the outlet's

    origins = {m.claim_id: effective(m) for m in members}
    supporting = [m for m in members if m.stance == "support"]
    return Summary(
        members=tuple(members),
        origins=origins,
        outlets=frozenset(m.outlet for m in supporting),
        # A second origin needs a confident link: a loose match may count as an outlet, never as a confirmation.
        origin_keys=frozenset(o for m in supporting if m.confident for o in origins[m.claim_id]),
        denials=tuple(m for m in members if m.stance == "deny"),
        voice_outlets=_voice_outlets(supporting),
    )


def _speaks_for_another(member: Member) -> bool:
    """A quotation printed without its speaker, or a source that names nobody in particular ("ein Sprecher"):
    somebody's words, whom other articles may name."""
    return member.quoted and not member.attributed or member.origins == (UNNAMED_ORIGIN,)


def _speakers(members: Sequence[Member]) -> tuple[str, ...]:
    """The speakers the articles name for the fact, parties and media or not: whom an unattributed quote, or an
    unnamed source, quotes (read only where one is). A party's own outlet speaking in its own voice names
    that party as a speaker too: its release is where the unattributed words come from."""
    if not any(_speaks_for_another(m) for m in members):
        return ()
    named = {o for m in members if m.stance == "support" for o in m.origins if m.attributed or _placed(o)}
    return tuple(sorted(named - {UNNAMED_ORIGIN} or named))  # an unnamed speaker where nobody is named


def _voice_outlets(supporting: Sequence[Member]) -> dict[str, frozenset[str]]:
    """Each voice with the outlets that speak with it; an outlet printing, word for word, a sentence another
    voice printed first speaks with that voice too for this fact: a copy, credited or not (a paragraph of
    wire copy in a paper's own report is too little for the reprint check of whole articles)."""
    found: dict[str, set[str]] = {}
    first: dict[bytes, str] = {}  # wording -> the voice that printed it first
    for m in sorted(supporting, key=attrgetter("claim_id")):
        found.setdefault(m.voice, set()).add(m.outlet)
        if m.wording:
            copied = first.setdefault(m.wording, m.voice)
            if copied != m.voice:
                found[copied].add(m.outlet)
    return {voice: frozenset(outlets) for voice, outlets in found.items()}


def _summarise_one(member: Member) -> Summary:
    """summarise of a proposition of one claim (nearly every new claim's, issue 16): with no other claim to
    take an origin from, its effective origins are its own."""
    supporting = member.stance == "support"
    return Summary(
        members=(member,),
        origins={member.claim_id: member.origins},
        outlets=frozenset((member.outlet,)) if supporting else frozenset(),
        origin_keys=frozenset(member.origins) if supporting and member.confident else frozenset(),
        denials=(member,) if member.stance == "deny" else (),
        voice_outlets={member.voice: frozenset((member.outlet,))} if supporting else {},
    )


def corroborate(claim: Member, summary: Summary, *, with_claims: bool = True) -> Corroboration:
    """Corroboration of `claim` (its own article counts too); lists of claim ids only when asked for."""
    own_origins = set(summary.origins.get(claim.claim_id, claim.origins))
    if claim.stance == "support":
        outlets, independent, origin_keys = summary.outlets, summary.independent_outlets, summary.origin_keys
        if not claim.confident:  # joined by a loose match: the others' origins are not surely its fact's
            origin_keys = frozenset(own_origins)
        contradicting = [m for m in summary.denials if m.article_id != claim.article_id]
    else:  # a denial or non-confirmation stands for itself alone
        outlets, independent, origin_keys = frozenset({claim.outlet}), 1, frozenset(own_origins)
        contradicting = []
    independent_denial = any(
        not m.belligerent_origin
        and not (set(summary.origins[m.claim_id]) & own_origins)
        and not _same_voice(m.voice, claim.voice)
        for m in contradicting
    )
    result = Corroboration(
        outlets=max(len(outlets), 1),
        independent_outlets=max(independent, 1),
        independent_origins=max(count_origins(origin_keys, summary.voice_outlets), 1),
        contradicting_claims=sorted(m.claim_id for m in contradicting),
        contradicted_independently=independent_denial,
        origin_names=sorted(origin_keys),
    )
    if with_claims:
        others = [m for m in summary.members if m.article_id != claim.article_id]
        if claim.stance == "support":
            result.claims = sorted(m.claim_id for m in others if m.stance == "support")
        result.unconfirming_claims = sorted(m.claim_id for m in others if m.stance == "unconfirmed")
    return result
