"""Who says so: source spans in German news, resolved to parties, across sentences."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from scoring.knowledge import Actor, AliasIndex, Knowledge, once_per_lexicon
from scoring.places import place_kinds

_CLAUSE_BOUNDARY = re.compile(r"[,;:]|\s-\s|\b(?:dass|wonach|weil|ob)\b")
_COORDINATION = re.compile(
    r"^[\s,]*(?:und|sowie|oder|noch|als auch)\s+(?:(?:der|die|den|dem|des|von|aus)\s+)*$", re.IGNORECASE
)
_NAME_TOKEN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
_PARTICIPLE = re.compile(r"(?:mit|ein|zurück|hin|an|vor|fest|bekannt|aus|zu|auf|ab|dar|bei)?ge[a-zäöüß]+(?:t|en)")
_PERFECT_AUXILIARY = re.compile(r"\b(?:hat|haben|hatte|hatten|habe|hätte|hätten)\b", re.IGNORECASE)
_PASSIVE_AUXILIARY = re.compile(r"\b(?:wurde|wurden|worden|wird)\b", re.IGNORECASE)
_AGENT = re.compile(r"\b(?:von|vom)\b")
_QUOTED_NAME = re.compile(r'"([A-ZÄÖÜ][^"]{1,40})"')


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    actor: Actor


@dataclass(frozen=True)
class Source:
    """A source as written in the sentence, resolved to a party and a role."""

    text: str
    start: int
    end: int
    party: str | None
    role: str  # origin | relay
    medium: str | None = None  # the outlet domain (or name) of a medium


@dataclass
class Attribution:
    sources: list[Source]
    origin_parties: list[str]
    origin_media: list[str]  # media that are themselves the origin (a relay with no further source)
    mentions: list[Mention] = field(default_factory=list)
    # The words that say who says it ("nach Angaben Seouls", "der ukrainische Militärgeheimdienst",
    # "erklärte"): not part of the fact, so two outlets quoting different sources still match.
    phrases: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ArticleMemory:
    """What earlier sentences of the article said about who speaks: for pronouns and carry-over."""

    learned: AliasIndex[Actor] = field(default_factory=AliasIndex)
    previous_mentions: list[Mention] = field(default_factory=list)
    previous_sources: list[Source] = field(default_factory=list)  # of the sentence just before
    last_speakers: list[Source] = field(default_factory=list)  # the most recent named speakers
    previous_block: int = -1
    offset_of_previous: int = 0  # current sentence start minus previous sentence start

    def shift(self, sources: list[Source]) -> list[Source]:
        """Earlier sources with offsets made relative to the current sentence."""
        d = self.offset_of_previous
        return [Source(s.text, s.start - d, s.end - d, s.party, s.role, s.medium) for s in sources]


@dataclass(frozen=True)
class _Rules:
    prepositional: re.Pattern[str]
    zufolge: re.Pattern[str]
    relay_wie: re.Pattern[str]
    speech: re.Pattern[str]
    negation: re.Pattern[str]
    own: re.Pattern[str]
    anaphoric: re.Pattern[str]
    demonstrative: re.Pattern[str]
    pronoun: re.Pattern[str]
    role_suffix: re.Pattern[str]
    compound_stop: frozenset[str]
    not_state: re.Pattern[str]
    fronted: frozenset[str]
    noun_phrase: frozenset[str]
    phrase_ends: frozenset[str]
    determiners: frozenset[str]
    says_what_came_before: re.Pattern[str]


@once_per_lexicon
def _rules(a: Mapping[str, Any]) -> _Rules:
    def alternatives(key: str) -> str:
        return "|".join(a[key])

    return _Rules(
        prepositional=re.compile(rf"\b(?:{alternatives('prepositional')})\b", re.IGNORECASE),
        zufolge=re.compile(r"\bzufolge\b", re.IGNORECASE),
        relay_wie=re.compile(
            r"(?:^|[,;]\s*|\b)[Ww]ie\s+(?P<who>[^,.;]{2,80}?)\s+(?:berichtet|berichtete|berichteten|meldete|meldet|"
            r"schreibt|schrieb|zitiert|zitierte|mitteilte|sagte|erklärte)\b"
        ),
        speech=re.compile(rf"\b(?:{alternatives('speech_verbs')})\b"),
        negation=re.compile(rf"\b(?:{alternatives('negations')})\b", re.IGNORECASE),
        own=re.compile(rf"\b(?:{alternatives('own_statement')})\b", re.IGNORECASE),
        anaphoric=re.compile(rf"\b(?:{alternatives('anaphoric')})\b", re.IGNORECASE),
        demonstrative=re.compile(rf"^\s*(?:{alternatives('demonstratives')})\b", re.IGNORECASE),
        pronoun=re.compile(rf"\b(?:{alternatives('pronouns')})\b"),
        role_suffix=re.compile(rf"(?:{alternatives('role_nouns')})(?:in|innen|en|es|s|n)?$", re.IGNORECASE),
        compound_stop=frozenset(s.lower() for s in a["compound_not_actor"]),
        not_state=re.compile(rf"(?:{alternatives('not_state_actors')})(?:s|n|en|in|innen|e)?$", re.IGNORECASE),
        fronted=frozenset(a["fronted"]),
        noun_phrase=frozenset(a["noun_phrase_words"]),
        phrase_ends=frozenset(a["phrase_ends"]),
        determiners=frozenset(a["determiners"]),
        says_what_came_before=re.compile(a["says_what_came_before"]),
    )


def find_mentions(sentence: str, knowledge: Knowledge, memory: ArticleMemory | None = None) -> list[Mention]:
    """Actor mentions, never overlapping; "Ukraine-Krieg" is no actor."""
    rules = _rules(knowledge.lexicon["attribution"])
    found: list[Mention] = []
    for start, end, actor in knowledge.alias_index.find(sentence):
        tail = re.match(r"-(\w+)", sentence[end : end + 40])
        if tail and tail.group(1).lower() in rules.compound_stop:
            continue
        # "russische Menschenrechtsorganisation", "US-Institut": of the country, not its state.
        if actor.kind in ("adjective", "state"):
            noun = re.match(r"(?:-|\s+)([\w-]+)", sentence[end : end + 60])
            if noun and rules.not_state.search(noun.group(1)):
                continue
        found.append(Mention(start, end, actor))
    for start, end, actor in memory.learned.find(sentence) if memory and memory.learned else ():
        if not any(m.start < end and start < m.end for m in found):
            found.append(Mention(start, end, actor))
    return sorted(found, key=lambda m: m.start)


def _learn_names(sentence: str, mentions: list[Mention], rules: _Rules, memory: ArticleMemory) -> None:
    """'US-Verteidigungsministeriumssprecher Pat Ryder': later 'Ryder' speaks for the US too."""
    for mention in mentions:
        if mention.actor.party is None or mention.actor.kind == "medium":
            continue
        tokens = re.findall(r"[\w-]+", sentence[mention.end : mention.end + 120])
        if not tokens:
            continue
        role_at = next((i for i, t in enumerate(tokens[:2]) if rules.role_suffix.search(t.split("-")[-1] or t)), None)
        if role_at is None:
            continue
        for token in tokens[role_at + 1 : role_at + 4]:
            if not _NAME_TOKEN.fullmatch(token) or len(token) < 3:
                break
            actor = Actor(token, mention.actor.party, "person")
            memory.learned.add(token, actor, case_sensitive=True)


def _clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    left = 0
    for match in _CLAUSE_BOUNDARY.finditer(sentence, 0, position):
        left = match.end()
    right = _CLAUSE_BOUNDARY.search(sentence, position)
    return left, right.start() if right else len(sentence)


def _head_group(mentions: list[Mention], sentence: str, last: bool = False) -> list[Mention]:
    """The first (or last) mention of a slot and those coordinated with it ("der USA und Südkoreas")."""
    if not mentions:
        return []
    ordered = list(reversed(mentions)) if last else mentions
    group = [ordered[0]]
    for mention in ordered[1:]:
        a, b = (mention, group[-1]) if last else (group[-1], mention)
        gap = sentence[a.end : b.start]
        if _COORDINATION.match(gap) or (a.actor.party == b.actor.party and len(gap.split()) <= 2):
            group.append(mention)
        else:
            break
    return sorted(group, key=lambda m: m.start)


def _noun_phrase_end(sentence: str, start: int, rules: _Rules) -> int:
    """Where the source phrase after "laut"/"nach Angaben" ends: at the first word that is no part of it."""
    end = start
    for count, match in enumerate(re.finditer(r'"[^"]{1,60}"|[\w-]+|[,.;:!?()]', sentence[start:])):
        token = match.group()
        low = token.lower()
        if count >= 12 or token in ",.;:!?()":
            break
        adjective = len(low) > 3 and low.endswith(("e", "en", "er", "es", "em")) and low not in rules.fronted
        if not (token[0] == '"' or token[0].isupper() or low in rules.noun_phrase or adjective):
            break
        end = start + match.end()
    return end


def _speech_slot(sentence: str, verb: re.Match[str], mentions: list[Mention], rules: _Rules) -> tuple[int, int] | None:
    """The subject of a speech verb: before it, after it (inversion), or the subject of the first clause."""
    left, right = _clause_bounds(sentence, verb.start())
    if rules.negation.search(sentence, left, right):
        return None  # "stritt die Entsendung nicht ab" is the outlet's statement, not Putin's
    participle = _PARTICIPLE.fullmatch(verb.group()) and not _PERFECT_AUXILIARY.search(sentence, left, right)
    passive = not verb.group().endswith(("te", "ten")) and _PASSIVE_AUXILIARY.search(sentence, left, right)
    if participle or passive:
        # "– Dutzende Tote gemeldet", "wurde bestätigt": the subject is what was reported; the
        # reporter, if any, is the agent: "wurde vom Pentagon bestätigt".
        agent = _AGENT.search(sentence, left, right)
        if not agent:
            return None
        return agent.start(), (verb.start() if agent.start() < verb.start() else right)
    before = sentence[left : verb.start()]
    after_end = min(right, verb.end() + 80)
    after = sentence[verb.end() : after_end]
    before_mentions = [m for m in mentions if left <= m.start < verb.start()]
    after_mentions = [m for m in mentions if verb.end() <= m.start and m.end <= after_end]
    first_before = (re.findall(r"[\w-]+", before) or [""])[0].lower()
    first_after = (re.findall(r"[\w-]+", after) or [""])[0]
    if rules.pronoun.fullmatch(first_after):
        return verb.end(), after_end
    if before_mentions and not (first_before in rules.fronted and after_mentions):
        return left, verb.start()
    words = re.findall(r"[\w-]+", before)
    if any(rules.not_state.search(w) for w in words):
        return left, verb.start()  # "Russische Oppositionelle berichteten von … in Moskau"
    if after_mentions:
        return verb.end(), after_end
    if (
        rules.demonstrative.search(before)
        or rules.pronoun.search(before)
        or any(rules.role_suffix.search(w) for w in words)
    ):
        return left, verb.start()
    if not before.strip():
        # "…, warnten aber davor": the verb shares the subject of the sentence's first clause.
        _, first_clause_end = _clause_bounds(sentence, 0)
        if any(m.end <= first_clause_end for m in mentions) and sentence[:1] != '"':
            return 0, first_clause_end
        # "Der Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, schrieb": a subject with its apposition.
        opening = re.findall(r"[\w-]+", sentence[:left])
        if (
            sentence[:1] != '"'
            and 0 < len(opening) <= 8
            and opening[0].lower() in rules.determiners
            and any(rules.role_suffix.search(w) for w in opening)
        ):
            return 0, left
    elif first_before not in rules.fronted or (
        first_before in rules.determiners and len(words) >= 2 and words[1][0].isupper()
    ):
        return left, verb.start()  # a speaker we do not know: "Mehrere Anwohner berichteten, …", "Das ISW meldete"
    return verb.end(), after_end


def attribute_sentence(
    sentence: str, block: int, knowledge: Knowledge, memory: ArticleMemory, *, carries_over: bool
) -> Attribution:
    """Sources of one sentence (offsets relative to it); updates `memory` for the next one.

    `carries_over` says the sentence reports speech or hearsay without naming a source itself,
    so it continues the attribution of the sentence before it in the same paragraph.
    """
    rules = _rules(knowledge.lexicon["attribution"])
    mentions = find_mentions(sentence, knowledge, memory)
    _learn_names(sentence, mentions, rules, memory)
    slots: list[tuple[int, int, bool, str]] = []  # (start, end, take_last, kind)

    for match in rules.prepositional.finditer(sentence):
        slots.append((match.start(), _noun_phrase_end(sentence, match.end(), rules), False, "prep"))
    for match in rules.zufolge.finditer(sentence):
        left, _ = _clause_bounds(sentence, match.start())
        words = list(re.finditer(r"[\w-]+", sentence[left : match.start()]))
        slot_start = left + words[-5].start() if len(words) > 5 else left
        slots.append((slot_start, match.end(), True, "prep"))
    for match in rules.relay_wie.finditer(sentence):
        slots.append((match.start("who"), match.end("who"), False, "relay"))
    verbs: list[tuple[int, int]] = []
    for match in rules.speech.finditer(sentence):
        slot = _speech_slot(sentence, match, mentions, rules)
        if slot:
            slots.append((*slot, False, "speech"))
            verbs.append(match.span())

    sources: list[Source] = []
    unresolved: list[tuple[int, int, str]] = []
    phrases = [_phrase_only(sentence, start, end, rules) for start, end, _, kind in slots if kind != "speech"] + verbs
    for start, end, take_last, kind in slots:
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        media = [m for m in inside if m.actor.kind == "medium"]
        speakers = [m for m in inside if m.actor.kind != "medium"]
        for m in media:
            sources.append(_source(sentence, m.start, m.end, m.actor.party, "relay", m.actor.medium_domain))
        if speakers and not (
            kind == "speech" and rules.pronoun.fullmatch((re.findall(r"[\w-]+", sentence[start:end]) or [""])[0])
        ):
            for m in _head_group(speakers, sentence, last=take_last):
                sources.append(_source(sentence, m.start, m.end, m.actor.party, "origin"))
        elif not media:
            quoted = _QUOTED_NAME.search(sentence, start, end) if kind in ("prep", "relay") else None
            if quoted and len(quoted.group(1).split()) <= 4:
                sources.append(_source(sentence, quoted.start(1), quoted.end(1), None, "relay", quoted.group(1)))
            else:
                unresolved.append((start, end, kind))
    # Speakers first: 'Dieser hatte mitgeteilt, dass nach Erkenntnissen seines Landes …' hangs on 'Dieser'.
    fresh = block != memory.previous_block  # a paragraph opens: a role with a name is somebody new
    places = place_kinds(knowledge)
    for start, end, kind in sorted(unresolved, key=lambda u: u[2] != "speech"):
        sources.extend(
            _resolve_anaphor(sentence, start, end, kind, mentions, sources, memory, rules, fresh=fresh, places=places)
        )

    # A sentence naming a medium has its source ("…, berichtete die «Washington Post»"): nothing carries over.
    if not sources and carries_over and block == memory.previous_block:
        sources.extend(memory.shift(memory.previous_sources))

    sources = _unique(sources)
    memory.previous_mentions = mentions
    memory.previous_sources = [s for s in sources if s.role == "origin" or s.party]
    if any(s.party for s in memory.previous_sources):
        memory.last_speakers = memory.previous_sources
    else:
        memory.last_speakers = memory.shift(memory.last_speakers)
    memory.previous_block = block
    attribution = _summarise(sources)
    attribution.mentions = mentions
    attribution.phrases = phrases + _speaker_phrases(sentence, sources, mentions, rules)
    return attribution


def says_what_came_before(sentence: str, attribution: Attribution, lexicon: Mapping[str, Any]) -> bool:
    """Whether the sentence ("Das teilte die Militärverwaltung in Kiew mit.") names the source of the one before."""
    return bool(_rules(lexicon["attribution"]).says_what_came_before.match(sentence)) and any(
        s.role == "origin" or s.medium for s in attribution.sources
    )


def moved_back(sources: list[Source], shift: int) -> Attribution:
    """These sources as the attribution of an earlier sentence starting `shift` characters before
    (a source given twice counts once)."""
    moved = [Source(s.text, s.start + shift, s.end + shift, s.party, s.role, s.medium) for s in sources]
    return _summarise(_unique(moved))


def shifted(attribution: Attribution, shift: int) -> Attribution:
    """The same attribution with offsets relative to a point `shift` characters further on."""
    moved = moved_back(attribution.sources, -shift)
    moved.mentions = [Mention(m.start - shift, m.end - shift, m.actor) for m in attribution.mentions]
    moved.phrases = [(a - shift, b - shift) for a, b in attribution.phrases]
    return moved


def _phrase_only(sentence: str, start: int, end: int, rules: _Rules) -> tuple[int, int]:
    """A source phrase stops before the verb: "Laut Schätzungen aus Seoul [könnte Pjöngjang …]"."""
    verb = next((m for m in re.finditer(r"\w+", sentence[start:end]) if m.group().lower() in rules.phrase_ends), None)
    return start, start + verb.start() if verb else end


def _speaker_phrases(
    sentence: str, sources: list[Source], mentions: list[Mention], rules: _Rules
) -> list[tuple[int, int]]:
    """Each source grown over the role nouns and names around it: "US" → "US-Aussenministerium"."""
    words = list(re.finditer(r"[\w-]+", sentence))
    named = {i for i, w in enumerate(words) for m in mentions if m.start <= w.start() < m.end}

    def belongs(i: int) -> bool:
        word = words[i].group()
        return i in named or (word[0].isupper() and bool(rules.role_suffix.search(word.split("-")[-1])))

    def joined(i: int) -> bool:  # only across spaces: a comma ends the phrase
        return not sentence[words[i].end() : words[i + 1].start()].strip()

    phrases = []
    for source in sources:
        if not 0 <= source.start < source.end <= len(sentence):
            continue  # carried over from the sentence before
        inside = [i for i, w in enumerate(words) if w.start() < source.end and source.start < w.end()]
        if not inside:
            phrases.append((source.start, source.end))
            continue
        first, last = inside[0], inside[-1]
        while first > 0 and belongs(first - 1) and joined(first - 1):
            first -= 1
        while last + 1 < len(words) and belongs(last + 1) and joined(last):
            last += 1
        phrases.append((min(words[first].start(), source.start), max(words[last].end(), source.end)))
    return phrases


def _source(sentence: str, start: int, end: int, party: str | None, role: str, medium: str | None = None) -> Source:
    return Source(sentence[start:end], start, end, party, role, medium)


def _resolve_anaphor(
    sentence: str,
    start: int,
    end: int,
    kind: str,
    mentions: list[Mention],
    found: list[Source],
    memory: ArticleMemory,
    rules: _Rules,
    *,
    fresh: bool = False,
    places: Collection[str] = (),
) -> list[Source]:
    """'eigenen Angaben', 'Den Angaben zufolge', 'Dieser', 'er', 'Sprecher …': the nearest fitting actor."""
    slot = sentence[start:end]
    words = re.findall(r"[\w-]+", slot)
    here = [s for s in found if s.role == "origin" and s.party]
    earlier = [m for m in memory.previous_mentions if m.actor.kind != "medium" and m.actor.party]
    d = memory.offset_of_previous

    def mention_source(m: Mention) -> list[Source]:
        return [Source(m.actor.name, m.start - d, m.end - d, m.actor.party, "origin")]

    if rules.own.search(slot):
        subject = next((m for m in mentions if not (start <= m.start < end) and m.actor.kind != "medium"), None)
        if subject is not None and not rules.pronoun.search(sentence[: subject.start]):
            return [_source(sentence, subject.start, subject.end, subject.actor.party, "origin")]
        return mention_source(earlier[0]) if earlier else []
    if rules.demonstrative.search(slot):
        return mention_source(earlier[-1]) if earlier else []
    if rules.pronoun.search(slot):
        if here:
            return here
        return memory.shift(memory.last_speakers) or (mention_source(earlier[0]) if earlier else [])
    unknown = (
        _of_someone_unknown(sentence, start, end, rules, named_person=fresh, places=places)
        if kind in ("speech", "prep")
        else None
    )
    if unknown:
        # A speaker is the verb's whole subject; after "laut" the phrase ends with the name.
        text = (slot[unknown[0] - start : unknown[1] - start] if kind == "prep" else slot).strip(" ,.")
        offset = start + slot.index(text)
        return [Source(text, offset, offset + len(text), None, "origin")]
    if rules.anaphoric.search(slot) or any(rules.role_suffix.search(w) for w in words):
        if here:
            return here
        resolved = memory.shift(memory.previous_sources) or (mention_source(earlier[0]) if earlier else [])
        if resolved or kind != "speech":
            return resolved
    if kind == "speech" and any(w[0].isupper() for w in words):
        text = slot.strip(" ,.")
        offset = start + slot.index(text)
        return [Source(text, offset, offset + len(text), None, "origin")]  # a named speaker we cannot place
    return []


def _of_someone_unknown(
    sentence: str, start: int, end: int, rules: _Rules, *, named_person: bool, places: Collection[str]
) -> tuple[int, int] | None:
    """Where a role with a name we do not know stands: "ein Sprecher des Nasser-Krankenhauses" (a
    hyphenated name, an acronym, a name after the noun) and, opening a paragraph, "Bürgermeister Ihor
    Terechow"; not "der Volksrepublik", said before, nor "der Gouverneur der Region Odessa", whose
    place tells more than an unknown name. The phrase ends with its last capitalised word."""

    def name(word: str) -> bool:
        return word[0].isupper() and not rules.role_suffix.search(word.split("-")[-1]) and word not in places

    words = list(re.finditer(r"[\w-]+", sentence[start:end]))
    texts = [w.group() for w in words]
    for i, role in enumerate(texts):
        if not rules.role_suffix.search(role):
            continue
        following = texts[i + 1 : i + 4]
        last = None
        if named_person and len(following) >= 2 and all(name(w) for w in following[:2]):
            last = i + 2  # "Bürgermeister Ihor Terechow"
        elif len(following) >= 2 and following[0].lower() in ("des", "der", "vom"):
            head, *after = following[1:]
            named = ("-" in head and head[0].isupper()) or (head.isupper() and len(head) > 1)
            if named and name(head):
                last = i + 2
            elif after and after[0][0].isupper() and name(head):
                last = i + 3
        if last is not None:
            return start + words[i].start(), start + words[last].end()
    return None


def _unique(sources: list[Source]) -> list[Source]:
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for s in sources:
        if (s.start, s.end, s.role) not in seen:
            seen.add((s.start, s.end, s.role))
            unique.append(s)
    return unique


def _summarise(sources: list[Source]) -> Attribution:
    """Origins: the parties asserting it; a medium is the origin only when nobody stands behind it."""
    origins = [s for s in sources if s.role == "origin"]
    relays = [s for s in sources if s.role == "relay"]
    parties = sorted({s.party for s in origins if s.party})
    media: list[str] = []
    if not origins:
        parties = sorted({s.party for s in relays if s.party})  # a state medium speaks for its state
        media = sorted({s.medium for s in relays if s.medium and not s.party})
    return Attribution(sources, parties, media)
