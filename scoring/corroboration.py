"""Count what really stands behind a proposition: independent outlets and independent origins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Member:
    """One claim of a proposition, with what independence needs to know about it."""

    claim_id: int
    article_id: int
    outlet: str
    voice: str  # independence group: owner group, or the wire agency whose copy it carries
    stance: str
    origins: tuple[str, ...]  # parties, or "voice:…"/"medium:…" keys when no party stands behind it
    belligerent_origin: bool
    attributed: bool  # the claim names its source


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


def effective_origins(members: Sequence[Member]) -> dict[int, tuple[str, ...]]:
    """Origins per claim; an unattributed claim shares the origin its article names elsewhere."""
    named: dict[int, set[str]] = {}
    for m in members:
        if m.attributed and m.stance == "support":
            named.setdefault(m.article_id, set()).update(m.origins)
    return {
        m.claim_id: m.origins if m.attributed or m.article_id not in named else tuple(sorted(named[m.article_id]))
        for m in members
    }


def corroborate(claim: Member, members: Sequence[Member]) -> Corroboration:
    """Corroboration of `claim` by the other members of its proposition (own article included in counts)."""
    origins = effective_origins(members)
    supporting = [m for m in members if m.stance == "support"]
    if claim.stance == "support":
        counted = supporting
    else:
        counted = [claim]
    voices = {m.voice for m in counted}
    origin_keys = {o for m in counted for o in origins.get(m.claim_id, m.origins)}
    others = [m for m in members if m.article_id != claim.article_id]
    contradicting = [m for m in others if m.stance == "deny"] if claim.stance == "support" else []
    claim_origins = set(origins.get(claim.claim_id, claim.origins))
    independent_denial = any(
        not m.belligerent_origin and not (set(origins.get(m.claim_id, m.origins)) & claim_origins) and m.voice != claim.voice
        for m in contradicting
    )
    return Corroboration(
        outlets=len({m.outlet for m in counted}),
        independent_outlets=max(len(voices), 1),
        independent_origins=max(len(origin_keys), 1),
        claims=sorted(m.claim_id for m in supporting if m.article_id != claim.article_id) if claim.stance == "support" else [],
        contradicting_claims=sorted(m.claim_id for m in contradicting),
        unconfirming_claims=sorted(m.claim_id for m in others if m.stance == "unconfirmed"),
        contradicted_independently=independent_denial,
        origin_names=sorted(origin_keys),
    )
