"""What the analysis knows about the world: lexicons, actors, outlets and conflicts.

Built from plain data (the project's seeds, or the store's current tables), so that
scoring stays pure: nothing here reads a file or a database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


def alias_pattern(alias: str) -> str:
    """A regex for one alias: ß and ss alike, flexible spaces, German inflection endings."""
    inflect = alias.endswith("-") is False and alias[-1:].isalpha()
    body = re.escape(alias.rstrip("-"))
    body = body.replace("ß", "(?:ß|ss)").replace("ss", "(?:ss|ß)").replace(r"\ ", r"\s+")
    if alias.endswith("-"):
        return rf"(?<![\w-]){body}(?=-\w)"
    suffix = r"(?:e|en|er|es|em|s|n)?" if inflect else ""
    return rf"(?<![\w-]){body}{suffix}(?!\w)"


@dataclass(frozen=True)
class Actor:
    """Someone who can be a source: a person, an organ, a capital, a state."""

    name: str
    party: str | None
    kind: str  # person | organ | state | capital | group | medium | adjective
    medium_domain: str | None = None


@dataclass(frozen=True)
class Outlet:
    domain: str
    name: str
    owner_group: str
    wire_agency: bool = False
    state_affiliation: str | None = None
    disinformation: bool = False
    known: bool = True
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Belligerent:
    party: str
    since: str  # ISO date; a party is a belligerent from this day on


@dataclass(frozen=True)
class Conflict:
    id: str
    name: str
    belligerents: tuple[Belligerent, ...]
    terms: tuple[str, ...]

    def belligerents_on(self, day: str | None) -> set[str]:
        """The parties at war on `day` (all of them when the day is unknown)."""
        return {b.party for b in self.belligerents if day is None or b.since <= day}


@dataclass
class Knowledge:
    """Everything the pipeline consults, compiled once."""

    lexicon: Mapping[str, Any]
    actors: list[tuple[re.Pattern[str], Actor]] = field(default_factory=list)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    conflicts: list[tuple[Conflict, re.Pattern[str]]] = field(default_factory=list)
    party_kinds: dict[str, str] = field(default_factory=dict)
    party_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        lexicon: Mapping[str, Any],
        parties: Iterable[Mapping[str, Any]],
        outlets: Iterable[Mapping[str, Any]],
        conflicts: Iterable[Mapping[str, Any]],
    ) -> Knowledge:
        """Compile plain records (as in seeds/ or the store) into matchers."""
        knowledge = cls(lexicon=lexicon)
        for party in parties:
            knowledge.party_kinds[party["code"]] = party.get("kind", "state")
            knowledge.party_names[party["code"]] = party.get("name", party["code"])
            for actor in party.get("actors", []):
                for alias in [actor["name"], *actor.get("aliases", [])]:
                    knowledge._add_actor(alias, Actor(actor["name"], party["code"], actor.get("kind", "organ")))
        for record in outlets:
            outlet = Outlet(
                domain=record["domain"],
                name=record.get("name") or record["domain"],
                owner_group=record.get("owner_group") or record["domain"],
                wire_agency=bool(record.get("wire_agency")),
                state_affiliation=record.get("state_affiliation"),
                disinformation=bool(record.get("disinformation")),
                known=bool(record.get("known", True)),
                names=tuple(record.get("names") or ()),
            )
            knowledge.outlets[outlet.domain] = outlet
            for name in outlet.names:
                knowledge._add_actor(name, Actor(name, outlet.state_affiliation, "medium", outlet.domain))
        for record in conflicts:
            conflict = Conflict(
                id=record["id"],
                name=record.get("name", record["id"]),
                belligerents=tuple(Belligerent(b["party"], b.get("since", "0000")) for b in record["belligerents"]),
                terms=tuple(record.get("terms", ())),
            )
            terms = "|".join(alias_pattern(t) for t in sorted(conflict.terms, key=len, reverse=True))
            knowledge.conflicts.append((conflict, re.compile(terms or r"(?!x)x", re.IGNORECASE)))
        # Longest aliases first, so "Südkoreas Geheimdienst NIS" beats "NIS" at one place.
        knowledge.actors.sort(key=lambda pair: -len(pair[0].pattern))
        return knowledge

    def _add_actor(self, alias: str, actor: Actor) -> None:
        # Names of people and media are case-sensitive ("Wood" is not "wood").
        flags = 0 if actor.kind in ("person", "medium") or alias.isupper() else re.IGNORECASE
        self.actors.append((re.compile(alias_pattern(alias), flags), actor))

    def outlet(self, domain: str) -> Outlet:
        """The registered outlet, or an unknown one forming its own independence group."""
        return self.outlets.get(domain) or Outlet(domain, domain, domain, known=False)

    def conflict(self, conflict_id: str | None) -> Conflict | None:
        return next((c for c, _ in self.conflicts if c.id == conflict_id), None)
