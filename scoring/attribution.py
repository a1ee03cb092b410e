"""Who says so: source spans in German news, resolved to parties, across sentences."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import dropwhile, islice, takewhile
from typing import Any

from scoring.knowledge import (
    Actor,
    AliasIndex,
    Knowledge,
    WordForms,
    holds_a_word,
    may_be_present,
    once_per_lexicon,
    opening_a_sentence,
    quick_init,
    typed_rules,
    word_flag,
    word_flags,
    word_set_of,
    words_bit,
)
from scoring.lemmas import ADJECTIVE_ENDINGS, compound_head, is_known, lemma
from scoring.lexicon import Attribution as AttributionRules
from scoring.places import governing_parties, named_places, place_kinds, regions
from scoring.regex import Presence, guarded, leading_words, needed_strings, top_level_alternatives
from scoring.text import past_a_list

_CLAUSE_BOUNDARY = re.compile(r"[,;:]|\s-\s|\b(?:dass|wonach|weil|ob)\b")
_COORDINATION = re.compile(
    r"^[\s,]*(?:und|sowie|oder|noch|als auch)\s+(?:(?:der|die|den|dem|des|von|aus)\s+)*$", re.IGNORECASE
)
# a name's word; a surname may open with an article in transliteration ("al-Beispiel", "el-Sisi")
_NAME_TOKEN = re.compile(r"(?:[a-z]{1,3}-)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
_PARTICIPLE = re.compile(r"(?:mit|ein|zurück|hin|an|vor|fest|bekannt|aus|zu|auf|ab|dar|bei)?ge[a-zäöüß]{2,}(?:t|en)")
_DETERMINER = re.compile(r"(?:d|ein|kein|dies|jen|jed|all|sein|ihr|unser|eur|mein|dein)(?:e|er|es|em|en|as|ie)?")
_OF_PLACE = re.compile(r"\bvon\s+(?:der\s+|dem\s+)?$")
# "laut X", "so X", "nach Angaben von X": a name that opens with capitals after these is the source
_NAME_AFTER_LAUT = re.compile(
    r"\s*(?P<word>[Ll]aut|[Ss]o|[Nn]ach\s+Angaben\s+von)\s+(?P<name>(?:[A-ZÄÖÜ][\w-]+\s*){1,3})"
)
_QUOTED_NAME = re.compile(r'"([A-ZÄÖÜ][^"]{1,40})"')
_WORD = re.compile(r"[\w-]+")
_WORD_OR_MARK = re.compile(r"[\w-]+|[^\w\s]")
# an ordinal inside a sentence ("die 19. Division") is one token: its full stop ends no phrase
_PHRASE_TOKEN = re.compile(r'"[^"]{1,60}"|\d{1,3}\.(?=\s+[A-ZÄÖÜ])|[\w-]+|[,.;:!?()]')
_ORDINAL = re.compile(r"\d{1,3}\.").fullmatch
# ", die Ministerin von Y"; not a relative clause (", die der Diplomat X leitet": an article after the pronoun)
_APPOSITION = re.compile(
    r",\s*(?:der|die)\s+(?!(?:der|die|das|den|dem|ein|eine|einen|sich|er|sie|es)\s)([^,.;]{3,80}?)(?=[,.;]|$)"
)
_BARE_APPOSITION = re.compile(r",\s*([A-ZÄÖÜ][\w-]+)(?:\s+[^,.;]{2,78}?)?(?=[,.;]|$)")
_DASS_CLAUSE = re.compile(r"\s*,\s*dass\b")

# How far a rule reads either side of its cue, in characters. The longest clause in the development
# sets and in 176,000 sentences of German news is about 500 characters, so on prose the clause ends
# first; on text that is no prose (a word or cue repeated without a comma) the work per cue stays
# bounded and the analysis linear in the length of the sentence.
_REACH = 1000
# At most this many sources of one sentence are remembered for the next ones: a sentence names a
# handful, and carrying thousands from sentence to sentence would make an article quadratic.
_REMEMBERED = 32


@quick_init
@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    actor: Actor
    # "polnische Zeitungen", "syrischer Raketen": of the country, not its state. Such a
    # mention is no speaker; its nationality still places an official named beside it.
    speaks: bool = True
    # "in Polen", "gegen Frankreich": governed by a preposition, so no subject of a verb.
    governed: bool = False


@quick_init
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
    # The speech verbs that frame a reported content ("warnte", "schrieb"): where the frame ends.
    speech_verbs: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ArticleMemory:
    """What earlier sentences of the article said about who speaks: for pronouns and carry-over."""

    learned: AliasIndex[Actor] = field(default_factory=AliasIndex)
    previous_mentions: list[Mention] = field(default_factory=list)
    previous_sources: list[Source] = field(default_factory=list)  # of the sentence just before
    # The most recent named speakers, and the last sources named: their offsets are relative to a sentence
    # `…_moved` characters before the one before this one (moved when read, not after every sentence).
    last_speakers: list[Source] = field(default_factory=list)
    last_speakers_moved: int = 0
    previous_block: int = -1
    speakers_block: int = -1  # the paragraph `last_speakers` were named in
    offset_of_previous: int = 0  # current sentence start minus previous sentence start
    speakers_age: int = 0  # sentences since `last_speakers` were named
    speakers_in_headline: bool = False  # `last_speakers` were named in a headline, not in a sentence
    heads: dict[str, str] = field(default_factory=dict)  # "verteidigungsministerium" → the party it was of
    # "gesundheitsbehörde" → the party of an organ known by its own name ("die von X kontrollierte Gesundheitsbehörde")
    named_organs: dict[str, str] = field(default_factory=dict)
    # "Lyssytschansk" → the party holding a place the article names as held ("der von X besetzten Stadt")
    held_places: dict[str, str] = field(default_factory=dict)
    last_place: str | None = None  # the party governing the place named last
    affiliation: str | None = None  # the outlet's state, for an organ of no named state in a state outlet
    last_group: str | None = None  # the non-state armed group named last: "die Miliz" points back to it
    last_organisation: str | None = None  # the organisation named last, after any armed group: "die Organisation"
    last_medium: Source | None = None  # the medium named last as a source: "nach Angaben der Zeitung" is it
    states_named: set[str] = field(default_factory=set)  # every state the sentences before named
    announces: bool = False  # the sentence before ends with its speaker and a colon: "Pentagon:"
    last_sources: list[Source] = field(default_factory=list)  # of the last sentence naming any source
    last_sources_moved: int = 0
    sources_age: int = 0
    previous_ended: bool = True  # the sentence before ends as a sentence does, not as a headline
    previous_text: str = ""  # the sentence before: a person it introduces may be the "sie" of this one
    taught: set[tuple[str, Actor]] = field(default_factory=set)  # what `learned` holds already
    # The article's text and where the sentence being read ends in it: an organ a lede names bare may be
    # named with its party further on (`_named_with_its_party_later`); what that found, by the organ's key.
    article: str = ""
    read_to: int = 0
    reports_speech: bool = False  # the sentence being read reports speech (Konjunktiv I), not hearsay ("soll")
    heads_later: dict[str, str | None] = field(default_factory=dict)
    place_ahead: str | None = None  # the party governing the first place the article names further on, once read

    def speakers_from(self, start: int) -> None:
        """The sentence just read goes on as a clause with a speaker of its own from `start` ("Während X
        …, bestritt Y …"): the sentences after it continue that speaker, not the whole sentence's."""
        # only lists read from this sentence: one not moved since (offsets relative to it)
        for name, moved in (
            ("previous_sources", 0),
            ("last_speakers", self.last_speakers_moved),
            ("last_sources", self.last_sources_moved),
        ):
            kept = [s for s in getattr(self, name) if s.start >= start] if moved == 0 else []
            if kept:
                setattr(self, name, kept)

    def teach(self, name: str, actor: Actor) -> None:
        """Learn a name for an actor; a name learned again changes nothing, so it is not added again
        (an article naming one person a thousand times would otherwise grow the index a thousandfold)."""
        if (name, actor) not in self.taught:
            self.taught.add((name, actor))
            self.learned.add(name, actor, case_sensitive=True)
            opening = opening_a_sentence(name)
            if opening:
                self.teach(opening, actor)

    def shift(self, sources: list[Source], moved: int = 0) -> list[Source]:
        """Sources of the sentence before (or of one `moved` characters before it) with offsets made
        relative to the current sentence."""
        d = self.offset_of_previous + moved
        return [Source(s.text, s.start - d, s.end - d, s.party, s.role, s.medium) for s in sources]

    def speakers_before(self) -> list[Source]:
        """The most recent named speakers, with offsets relative to the current sentence."""
        return self.shift(self.last_speakers, self.last_speakers_moved)

    def sources_before(self) -> list[Source]:
        """The last sources named, with offsets relative to the current sentence."""
        return self.shift(self.last_sources, self.last_sources_moved)


@quick_init
@dataclass(frozen=True)
class _Mentions:
    """The mentions of one sentence in order of position (they never overlap), looked up by position."""

    items: list[Mention]
    starts: list[int]

    @classmethod
    def of(cls, mentions: list[Mention]) -> _Mentions:
        return cls(mentions, [m.start for m in mentions])

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in [start, end)."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def inside(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.starting_in(start, end) if m.end <= end]

    @cached_property
    def first_subject(self) -> Mention | None:
        """The first mention that can be the subject of a verb."""
        return next((m for m in self.items if m.speaks and not m.governed), None)

    @cached_property
    def speakers(self) -> _Mentions:
        """The mentions that speak and are no medium."""
        return _Mentions.of([m for m in self.items if m.actor.kind != "medium" and m.speaks])

    def subject_around(
        self,
        start: int,
        end: int,
        asides: Sequence[tuple[int, int]] = (),
        in_a_phrase: Callable[[Mention], bool] = bool,
    ) -> Mention | None:
        """The speaking mention nearest before [start, end) ("Die vom Iran unterstützte Miliz Hisbollah hat nach
        eigenen Angaben …": the subject stands right before its verb), else the first after it ("Nach eigenen
        Angaben kehrte die Delegation …"); none inside `asides` (a relative clause: "X, das zwischen Y und Z
        liegt, fing eigenen Angaben zufolge …" is X's statement) nor in a phrase a preposition opens ("in einem
        Vorort der Hauptstadt X")."""
        subjects = [  # "aus Katar" is no subject
            m
            for m in self.speakers.items
            if not m.governed and not any(a <= m.start < b for a, b in asides) and not in_a_phrase(m)
        ]
        before = [m for m in subjects if m.start < start]
        return before[-1] if before else next((m for m in subjects if m.start >= end), None)


class _Words:
    """The words of a sentence, found once however many clauses are asked about (each word form is
    tested against a suffix rule once: `_ends`)."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence

    @cached_property
    def _spans(self) -> tuple[list[int], list[int]]:  # found when first asked for: most sentences never are
        spans = [m.span() for m in _WORD.finditer(self.sentence)]
        return [a for a, _ in spans], [b for _, b in spans]

    @property
    def starts(self) -> list[int]:
        return self._spans[0]

    @property
    def ends(self) -> list[int]:
        return self._spans[1]

    def any_ends(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether a word of sentence[start:end] ends as `pattern` says (words cut at the edges as cut)."""
        first = bisect_right(self.ends, start)  # the first word ending after `start`
        stop = bisect_left(self.starts, end)  # words before `stop` start before `end`
        if first >= stop:
            return False
        for i in {first, stop - 1}:
            if self.starts[i] < start or self.ends[i] > end:  # cut by the slice: tested as cut
                cut = self.sentence[max(self.starts[i], start) : min(self.ends[i], end)]
                if _ends(pattern, cut):
                    return True
        whole_first = first + (self.starts[first] < start)
        whole_stop = stop - (self.ends[stop - 1] > end)
        words = zip(self.starts[whole_first:whole_stop], self.ends[whole_first:whole_stop], strict=True)
        return any(_ends(pattern, self.sentence[a:b]) for a, b in words)


class _Collected:
    """The sources of a sentence in the order found, each once (by place and role; one opening where another of its
    party and role opens, and ending within it, is that one)."""

    def __init__(self) -> None:
        self.items: list[Source] = []
        self.first_here: Source | None = None  # the first origin named with its party: a speaker of this sentence
        self._seen: set[tuple[int, int, str]] = set()
        self._reach: dict[tuple[int, str, str | None], int] = {}  # the furthest end of a source by its start

    def __bool__(self) -> bool:
        return bool(self.items)

    def add(self, source: Source) -> None:
        if self.first_here is None and source.role == "origin" and source.party:
            self.first_here = source
        key = (source.start, source.end, source.role)
        opening = (source.start, source.role, source.party)
        reach = self._reach.get(opening)  # a source carried over has offsets below zero
        inside = reach is not None and reach >= source.end  # "Ärzte" after "Ärzte in Dorinsk": one speaker
        if key not in self._seen and not inside:
            self._seen.add(key)
            self._reach[opening] = source.end if reach is None else max(source.end, reach)
            self.items.append(source)

    def extend(self, sources: list[Source]) -> None:
        for source in sources:
            self.add(source)


@quick_init
@dataclass(frozen=True)
class _Recall:
    """What the sentence before offers to point back to, read once per sentence."""

    subject: Mention | None  # the first actor that could be its subject
    first_named: Mention | None  # the first and last actors it named with their party
    last_named: Mention | None

    @classmethod
    def of(cls, memory: ArticleMemory, rules: _Rules) -> _Recall:
        named = _actors_named_before(memory)
        # "Der russische Botschafter wurde einbestellt": the subject of a passive is what was done to, no speaker
        subject = None if _passive(memory.previous_text, rules) else next((m for m in named if not m.governed), None)
        return cls(subject, named[0] if named else None, named[-1] if named else None)


def _actors_named_before(memory: ArticleMemory) -> list[Mention]:
    """The actors the sentence before named with their party, as speakers could be: no medium."""
    return [m for m in memory.previous_mentions if m.actor.kind != "medium" and m.actor.party and m.speaks]


def _passive(sentence: str, rules: _Rules) -> bool:
    """A sentence in the passive, closed by its participle, with no agent named ("wurde einbestellt", not "wurde
    vom Pentagon bestätigt")."""
    return (
        _CLOSING_PARTICIPLE.search(sentence) is not None
        and rules.passive_auxiliary.search(sentence) is not None
        and rules.agent.search(sentence) is None
    )


_CLOSING_PARTICIPLE = re.compile(r"\b[a-zäöüß]{3,}(?:t|en)\s*[.!]?\s*$")  # "… einbestellt.", "… getroffen."


_NOTHING_RECALLED = _Recall(None, None, None)


# "wie" opens every relay ("…, wie die Behörde mitteilte"): after a sentence's start, a comma or a word's
# end, and before a space, it is a whole word of the sentence; a sentence without it has no relay.
_RELAY_WORDS = frozenset({"wie", "Wie"})


@dataclass(frozen=True)
class _Rules:
    prepositional: re.Pattern[str]
    prepositional_present: Presence  # whether a sentence may hold one, told without reading it letter by letter
    zufolge: re.Pattern[str]
    zufolge_words: frozenset[str] | None
    relay_wie: re.Pattern[str]
    relay_verb_words: frozenset[str] | None  # the verbs "wie X berichtete" needs besides "wie" (None: not known)
    perfect_auxiliary: re.Pattern[str]
    passive_auxiliary: re.Pattern[str]
    agent: re.Pattern[str]  # "vom Pentagon": who did what a passive says was done
    attribute_agent: re.Pattern[str]  # "die von der | Miliz …": the agent's preposition, ending before the mention
    controlling: frozenset[str]  # "kontrolliert": "das von X kontrollierte Ministerium" is X's own organ
    coordinated_only: re.Pattern[str]  # ", zugleich aber gemeldet": the first clause's subject goes on
    possessive: re.Pattern[str]  # "nach ihren Worten": the speaker named before
    reciprocal: re.Pattern[str]  # "schieben sich die Schuld gegenseitig zu": nobody in particular accuses
    speech: re.Pattern[str]
    speech_words: frozenset[str] | None  # the words a speech verb opens with: without one, no scan
    # whether a sentence may hold a speech verb: "gab an" only with "gab an", "ist" only with "sich"
    speech_present: Presence
    negation: re.Pattern[str]
    not_negating: re.Pattern[str]  # "ein nicht genannter Beamter", "nicht nur": no saying negated
    own: re.Pattern[str]
    anaphoric: re.Pattern[str]
    demonstrative: re.Pattern[str]
    pronoun: re.Pattern[str]
    role_suffix: re.Pattern[str]
    person_ending: re.Pattern[str]  # a noun that names a person: "Publizist", "Ärztin", "Sprecher"
    compound_stop: frozenset[str]
    country_compound_stop: frozenset[str]
    name_final: re.Pattern[str]  # "Ukraine Relief Watch": the English noun ending a name a country opens
    english_name: re.Pattern[str]  # "Velora Relief Network": an organisation's name, by the noun ending it
    not_state: re.Pattern[str]
    compass_points: frozenset[str]
    official: re.Pattern[str]  # "offiziellen Angaben": an adjective that makes a state noun the authorities'
    unnamed: re.Pattern[str]  # "informierten Kreisen": an adjective that keeps a source unnamed
    of_a_state: re.Pattern[str]  # "Nationale Kommission": an adjective that makes a body a state's
    occupation: re.Pattern[str]  # "die Besatzungsbehörden": the authorities of the party holding the ground
    state_forces: re.Pattern[str]
    military_ranks: re.Pattern[str]
    fronted: frozenset[str]
    noun_phrase: frozenset[str]
    phrase_ends: frozenset[str]
    determiners: frozenset[str]
    subject_determiners: frozenset[str]  # a verb opening its clause with one of these after it: inversion
    phrase_openers: frozenset[str]
    says_what_came_before: re.Pattern[str]
    state_noun: re.Pattern[str]
    local_role: re.Pattern[str]
    seated_role: re.Pattern[str]  # an organ of government named with the place it sits in
    posted_role: re.Pattern[str]  # a mission abroad, named with the place it sits in
    cabinet_role: re.Pattern[str]  # a minister named with no state: the story's place's
    local_cues: re.Pattern[str]
    reference_places: re.Pattern[str]  # "… Kilometer von der Grenze zur": the place after it is a reference point
    held_places: re.Pattern[str]  # "der von X besetzten Stadt": the place after it is held by X
    territories: re.Pattern[str]  # matched right after a nationality: "im indischen | Teil Kaschmirs"
    place_locators: re.Pattern[str]  # "X im Süden der": the place after it says where X lies
    group_seat: re.Pattern[str]  # "die Miliz im": the place after it is where a group sits, not where it happened
    statement_compound: re.Pattern[str]  # "Armeeangaben": the speaker and the statement in one word
    sides: re.Pattern[str]  # matched right after a nationality: "ukrainischer | Seite"
    located: re.Pattern[str]  # matched right before a state's name: "in | Polen"
    gapped_speech: re.Pattern[str]  # matched right after a speech verb: "spricht | von …, Y von …"
    said_objects: re.Pattern[str]  # matched at the start of the words before a speech verb
    judged: re.Pattern[str]  # "Die Behauptung der X, …, ist eine Lüge": X's statement judged, not X speaking
    continuation: re.Pattern[str]
    tally_going_on: re.Pattern[str]  # matched at a sentence's start: "Mindestens 40 weitere …"
    continuation_present: Presence  # whether a sentence may hold it, by its words (most sentences: not)
    accusations: re.Pattern[str]  # every accusation verb, one named group per entry
    accusation_words: frozenset[str] | None
    accusation_cues: tuple[re.Pattern[str] | None, ...]
    # for each accusation, the words its verb opens with (None: not known) and what its cue needs, as
    # patterns finding it in the sentence ("verantwortlich", "vor"): a verb whose cue cannot stand is no cue
    accusation_gates: tuple[tuple[frozenset[str] | None, tuple[re.Pattern[str], ...]], ...]
    accusation_fronted: frozenset[str]
    fronted_adverbs: frozenset[str]
    focus_particles: frozenset[str]
    negation_said: re.Pattern[str]
    subordinators: frozenset[str]
    prepositions: frozenset[str]
    conjuncts: frozenset[str]  # "zwischen X und Y": Y governed by the first conjunct's preposition
    directive: frozenset[str]
    envoy: re.Pattern[str]  # "-Botschafter": after an organisation's name, its member state's envoy
    organisation: re.Pattern[str]  # "Umweltorganisation", "Konzern": an organisation that a name may follow
    medium: frozenset[str]  # "zeitung", "senders": a medium's noun, any case, named before by its name
    company: re.Pattern[str]  # "Unternehmens": a company, called by the first word of its name
    compound_head: re.Pattern[str]  # "Orbitex-Gruppe": an organisation named by the word before the hyphen
    portfolio: re.Pattern[str]  # "Sondergesandte für die …": ends right before the country that is the brief
    owning: re.Pattern[str]  # "Ihre Leiterin …": a role of the one the sentence before named
    changing_particles: Mapping[str, re.Pattern[str]]  # "sagte" → its clause ending in "ab": another verb
    warning: frozenset[str]
    calling: frozenset[str]  # "nannte", "bezeichnete": verbs giving what they speak of a name
    declaring: frozenset[str]  # "erklärte": a verb of saying that declares something to be something
    group_phrase: re.Pattern[str]
    named_medium: re.Pattern[str]
    publication_verb: re.Pattern[str]
    publication_search: re.Pattern[str]
    # Every match of `publication_search` is a whole run of word characters opened by a word it matches
    # whole (the verbs are words, or a word's stem and `\w*`): a sentence without such a word has none.
    publication_words: WordForms
    publication_object: re.Pattern[str]
    quoting: re.Pattern[str]
    headline: re.Pattern[str]
    # The bits of `word_flags` for the words every cue's scan needs one of (accusation and speech verbs,
    # "zufolge", "wie", the prepositions' words, the publication verbs); None where a set is not known.
    cue_words: int | None = None
    # The bit of `word_flags` for a word ending in a role noun (`role_suffix`); None where a role noun is
    # not all letters (then its ending need not stand inside one word of `words_of`).
    role_words: int | None = None


_INFLECTED_ENDINGS = ("in", "innen", "en", "es", "s", "n")


# The patterns `_inflected` made, by id: a word they match must be a noun (see `_ends`). Held here, so that no
# other pattern ever takes the id of one.
_NOUN_ENDINGS: dict[int, re.Pattern[str]] = {}


_NEVER = re.compile("(?!)")


def _inflected(nouns: Sequence[str]) -> re.Pattern[str]:
    """Nouns at the end of a word, inflected or feminine: "Sprecherin", "Behörden", "Ministeriums"; none where the
    lexicon lists none (an empty alternative would end every word)."""
    if not nouns:
        return _NEVER
    pattern = re.compile(rf"(?:{'|'.join(nouns)})(?:{'|'.join(_INFLECTED_ENDINGS)})?$", re.IGNORECASE)
    _NOUN_ENDINGS[id(pattern)] = pattern
    return pattern


def _no_noun(word: str) -> bool:
    """ "Insgesamt" opening a sentence ends in "amt" but is an adverb: a capitalised word the dictionary knows
    only in lower case is no noun."""
    return word[:1].isupper() and not is_known(word, exact=True) and is_known(word.lower(), exact=True)


def _ends_in_a_role(nouns: Sequence[str]) -> Callable[[str], bool]:
    """`_inflected(nouns).search` for a word form (no line break) and nouns of letters: the form read
    backwards, the ending and the noun backwards tried at its first place only, not the nouns at every place
    of the form (the test of every word form met anew: 5 µs a form so, 0.5 µs this way)."""
    endings = "|".join(ending[::-1] for ending in _INFLECTED_ENDINGS)
    backwards = re.compile(rf"(?:{endings})?(?:{'|'.join(noun[::-1] for noun in nouns)})", re.IGNORECASE)
    return lambda word: backwards.match(word[::-1]) is not None


def _cue_needs(cue: str) -> tuple[re.Pattern[str], ...]:
    """What every match of an accusation's cue (`\b(?:cue)\b`, ignoring case) holds, each set of strings
    as a pattern finding one of them in either case (`needed_strings` as the cue writes them): the cue is
    searched in the verb's clause, and what stands in the clause stands in the sentence."""
    needed = needed_strings(rf"\b(?:{cue})\b")
    return tuple(guarded("|".join(re.escape(s) for s in sorted(strings)), re.IGNORECASE) for strings in needed)


def _may_accuse(sentence: str, rules: _Rules) -> bool:
    """Whether an accusation's verb and what its cue needs may both stand in the sentence ("warf … vor")."""
    if not holds_a_word(rules.accusation_words, sentence):
        return False  # most sentences: no word an accusation's verb opens with
    words = word_set_of(sentence)  # not bits of the words' flags: each a test of every word form met anew
    return any(
        (opening is None or not opening.isdisjoint(words)) and all(need.search(sentence) for need in needs)
        for opening, needs in rules.accusation_gates
    )


def _inflected_before_a_noun(adjectives: Sequence[str], noun: str) -> re.Pattern[str]:
    """An adjective of the list, inflected, before a capitalised noun ("offiziellen Angaben", "informierten
    Kreisen"); none where the lexicon lists none."""
    return re.compile(rf"\b(?i:{'|'.join(adjectives) or '(?!)'})e[nmrs]?\s+{noun}")


@once_per_lexicon
def _rules(a: AttributionRules) -> _Rules:
    def alternatives(words: tuple[str, ...]) -> str:
        return "|".join(words)

    accusations = r"\b(?:" + "|".join(f"(?P<a{i}>{x.verbs})" for i, x in enumerate(a.accusations)) + r")\b"
    speech = rf"\b(?:{alternatives(a.speech_verbs)})\b"
    rules = _Rules(
        prepositional=re.compile(rf"\b(?:{alternatives(a.prepositional)})\b", re.IGNORECASE),
        prepositional_present=Presence.of(a.prepositional, re.IGNORECASE, r"\b(?:{})\b"),
        zufolge=re.compile(r"\bzufolge\b", re.IGNORECASE),
        zufolge_words=leading_words(r"\bzufolge\b", re.IGNORECASE),
        relay_wie=guarded(
            r"(?:^|[,;]\s*|\b)[Ww]ie\s+(?P<who>[^,.;]{2,80}?(?:,[^,.;]{2,80},[^,.;]{0,40}?)?)\s+"
            rf"(?:{alternatives(a.relay_verbs)})\b"
        ),
        relay_verb_words=leading_words(rf"\b(?:{alternatives(a.relay_verbs)})\b"),
        perfect_auxiliary=re.compile(rf"\b(?:{alternatives(a.perfect_auxiliaries)})\b", re.IGNORECASE),
        passive_auxiliary=re.compile(rf"\b(?:{alternatives(a.passive_auxiliaries)})\b", re.IGNORECASE),
        agent=re.compile(rf"\b(?:{alternatives(a.agent_prepositions)})\b"),
        attribute_agent=re.compile(rf"\b(?i:{alternatives(a.agent_prepositions)})\s+(?:(?:der|dem|den)\s+)?$"),
        controlling=frozenset(a.controlling_participles),
        coordinated_only=re.compile(rf"\s*(?:(?:{alternatives(a.participle_coordinators)})\s+)+$"),
        possessive=re.compile(rf"\b(?:{alternatives(a.possessives)})\s", re.IGNORECASE),
        reciprocal=re.compile(rf"\b(?:{alternatives(a.reciprocals)})\b"),
        speech=guarded(speech),
        speech_words=leading_words(speech),
        speech_present=Presence.of(a.speech_verbs, 0, r"\b(?:{})\b"),
        negation=re.compile(rf"\b(?:{alternatives(a.negations)})\b", re.IGNORECASE),
        not_negating=re.compile(a.idioms_not_negating, re.IGNORECASE),
        own=re.compile(rf"\b(?:{alternatives(a.own_statement)})\b", re.IGNORECASE),
        anaphoric=re.compile(rf"\b(?:{alternatives(a.anaphoric)})\b", re.IGNORECASE),
        demonstrative=re.compile(rf"^\s*(?:{alternatives(a.demonstratives)})\b", re.IGNORECASE),
        pronoun=re.compile(rf"\b(?:{alternatives(a.pronouns)})\b"),
        role_suffix=_inflected(a.role_nouns),
        person_ending=re.compile(rf"(?:{'|'.join(a.person_endings)})(?:in|innen)?$", re.IGNORECASE),
        compound_stop=frozenset(s.lower() for s in a.compound_not_actor),
        country_compound_stop=frozenset(s.lower() for s in a.compound_of_a_country),
        name_final=re.compile(rf"(?:\s+[A-ZÄÖÜ][\w-]*){{0,2}}\s+(?:{alternatives(a.name_final_nouns)})\b"),
        english_name=re.compile(rf"\b(?:[A-ZÄÖÜ][\w-]*\s+){{1,3}}(?:{alternatives(a.name_final_nouns)})\b"),
        not_state=re.compile(rf"(?:{alternatives(a.not_state_actors)})(?:s|n|en|in|innen|e)?$", re.IGNORECASE),
        compass_points=frozenset(w.lower() for w in a.compass_points),
        official=_inflected_before_a_noun(a.official_adjectives, r"([A-ZÄÖÜ][\w-]*)"),
        unnamed=_inflected_before_a_noun(a.unnamed_adjectives, "[A-ZÄÖÜ]"),
        of_a_state=_inflected_before_a_noun(a.state_adjectives, "[A-ZÄÖÜ]"),
        occupation=re.compile(rf"\b(?:{alternatives(a.occupation_prefixes) or '(?!)'})\w", re.IGNORECASE),
        state_forces=_inflected(a.state_forces),
        military_ranks=_inflected(a.military_ranks),
        fronted=frozenset(a.fronted),
        noun_phrase=frozenset(a.noun_phrase_words),
        phrase_ends=frozenset(a.phrase_ends),
        determiners=frozenset(a.determiners),
        subject_determiners=frozenset(a.subject_determiners),
        phrase_openers=frozenset(a.phrase_openers),
        says_what_came_before=re.compile(
            rf"(?:{a.says_what_came_before})\s+(?:{alternatives(a.says_what_came_before_verbs)})\b"
            # a subject ("Die Polizei in Lindenau bestätigte dies"; a role with its institution at most), the verb
            # and its object pointing back
            rf"|^\s*(?:[\w.-]+\s+){{1,{_SUBJECT_WORDS}}}?(?:{alternatives(a.says_what_came_before_verbs)})"
            rf"\s+(?:{a.object_pointing_back})"
        ),
        state_noun=_inflected(a.state_nouns),
        local_role=_inflected(a.local_roles),
        seated_role=_inflected(a.seated_roles),
        posted_role=_inflected(a.posted_roles),
        cabinet_role=_inflected(a.cabinet_roles),
        local_cues=re.compile(a.local_cues),
        reference_places=re.compile(a.reference_places),
        held_places=re.compile(a.held_places),
        territories=re.compile(a.territories),
        place_locators=re.compile(a.place_locators),
        group_seat=re.compile(rf"(?:{alternatives(a.group_nouns)})\s+(?:im|in|aus)\s+(?:de[mnr]\s+)?$", re.IGNORECASE),
        sides=re.compile(a.sides),
        located=re.compile(rf"(?:{a.located})$", re.IGNORECASE),  # ending where the name begins
        gapped_speech=re.compile(a.gapped_speech),
        said_objects=re.compile(a.said_objects),
        judged=re.compile(a.judged_statements),
        continuation=guarded(a.continuation, re.IGNORECASE),
        tally_going_on=re.compile(a.tally_going_on),
        continuation_present=Presence.of(top_level_alternatives(a.continuation), re.IGNORECASE),
        accusations=guarded(accusations),
        accusation_words=leading_words(accusations),
        accusation_cues=tuple(re.compile(rf"\b(?:{x.cue})\b", re.IGNORECASE) if x.cue else None for x in a.accusations),
        accusation_gates=tuple(
            (leading_words(rf"\b(?:{x.verbs})\b"), _cue_needs(x.cue) if x.cue else ()) for x in a.accusations
        ),
        accusation_fronted=frozenset(re.findall(r"\w+", a.accusation_fronted)),
        fronted_adverbs=frozenset(a.fronted_adverbs),
        focus_particles=frozenset(a.focus_particles),
        negation_said=re.compile(rf"\b(?:{alternatives(a.modals_saying_negation)})\b", re.IGNORECASE),
        subordinators=frozenset(a.subordinators),
        prepositions=frozenset(a.prepositions),
        conjuncts=frozenset(a.governed_conjuncts),
        directive=frozenset(a.directive_verbs),
        envoy=re.compile(rf"-(?:{alternatives(a.envoy_roles) or '(?!)'})(?:in|innen|en|er|r|s)?\b"),
        organisation=_inflected(a.organisation_nouns + a.company_nouns),
        medium=frozenset(f"{n.lower()}{e}" for n in a.media_nouns for e in ("", "s", "es", "n", "en")),
        company=_inflected(a.company_nouns),
        compound_head=_inflected(a.organisation_nouns + a.company_nouns + a.compound_heads),
        statement_compound=_compound_ending_in(a.statement_nouns),
        portfolio=re.compile(
            rf"(?:{alternatives(a.portfolio_roles) or '(?!)'})(?:in|innen|en|er|r|n)?\s+für\s+(?:die|den|das)?\s*$",
            re.IGNORECASE,
        ),
        owning=re.compile(rf"\s*(?:{alternatives(a.owning_determiners) or '(?!)'})\s"),
        changing_particles=_clause_endings(a.verb_changing_particles),
        warning=frozenset(a.warning_verbs),
        calling=frozenset(a.calling_verbs),
        declaring=frozenset(a.declaring_verbs),
        # "die Miliz", "diese Gruppe", "die islamistische Organisation", "die vom Iran unterstützte Miliz": a group
        # named before, by its kind (its backer, a "von" phrase, says whose ally it is, not which group), or by a
        # compound of two such nouns ("die Rebellenmiliz"; a "Hilfsorganisation" is none)
        group_phrase=re.compile(
            rf"^\s*(?:[Dd]ie|[Dd]er|[Dd]iese|[Dd]ieser)\s+(?:vom?\s+(?:(?:der|dem|den)\s+)?[\w-]+\s+)?"
            rf"(?:[a-zäöüß-]+\s+){{0,3}}(?:{alternatives(a.group_nouns)})?(?:{alternatives(a.group_nouns)})\s*$",
            re.IGNORECASE,
        ),
        # "der Nachrichtenagentur X", "die Zeitung „Y“", "die „Z“": a medium by name
        named_medium=re.compile(
            rf"(?:\b(?:{alternatives(a.media_nouns)})\s+|^\s*(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?=\"))"
            r"(?P<name>\"[^\"]{2,60}\"|[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3})"
        ),
        publication_verb=re.compile(rf"(?:{a.publication_verbs})$"),
        publication_search=guarded(rf"\b(?:{a.publication_verbs})\b"),
        publication_words=WordForms(re.compile(rf"(?:{a.publication_verbs})").fullmatch),
        publication_object=re.compile(rf"(?:{a.publication_objects})(?:n|en|s)?$", re.IGNORECASE),
        quoting=re.compile(rf"(?:{a.quoting_verbs})$"),
        # "Seoul: Pjöngjang verlegt Truppen …": a headline's speaker before a colon
        headline=re.compile(
            rf"^\s*((?:[\w.'-]+\s+){{0,{a.headline_speaker_words - 1}}}[\w.'-]+):(?:\s+(?=[\"A-ZÄÖÜ0-9])|\s*$)"
        ),
    )
    needed = (
        (rules.accusation_words, False),
        (rules.speech_words and rules.speech_present.words, False),
        (rules.zufolge_words, True),
        (_RELAY_WORDS, False),
        (rules.prepositional_present.words, rules.prepositional_present.ignore_case),
    )
    if all(str(noun).isalpha() for noun in a.role_nouns):
        rules = replace(rules, role_words=word_flag(_ends_in_a_role(a.role_nouns)))
    bits = rules.publication_words.bit
    for words, folded in needed:
        if words is None:
            return rules  # a scan that needs no known word: every sentence is read by every cue
        bits |= words_bit(words, folded=folded)
    return replace(rules, cue_words=bits)


def _may_name_a_source(sentence: str, rules: _Rules) -> bool:
    """Whether a cue may stand in the sentence: one of the words a cue's scan needs (`cue_words`), a colon
    (a headline's speaker), or what the prepositional phrases opening with no word need, or a phrase or
    speech verb opening with a word that needs more ("nach Angaben", "gab an": `Presence.gated`). False:
    every cue finds nothing (`_accusation_cues`, `_speech_cues` and `_phrase_slots` read nothing but these)."""
    if rules.cue_words is None or ":" in sentence or word_flags(sentence) & rules.cue_words:
        return True
    return may_be_present(rules.prepositional_present, sentence) or may_be_present(rules.speech_present, sentence)


def find_mentions(sentence: str, knowledge: Knowledge, memory: ArticleMemory | None = None) -> list[Mention]:
    """Actor mentions, never overlapping; "Ukraine-Krieg" is no actor."""
    rules = _rules(knowledge.rules.attribution)
    found = [
        Mention(
            start,
            end,
            actor,
            _speaks(sentence, end, actor, rules) and not _a_brief(sentence, start, rules),
            _governed(sentence, start, rules),
        )
        for start, end, actor in knowledge.alias_index.find(sentence)
        if _is_an_actor(sentence, start, end, actor, rules)
    ]
    if len(found) > 1 or (found and _VON_BEFORE_A_NAME.search(sentence)):
        found = _without_modifiers(sentence, _without_first_names(sentence, found), rules, place_kinds(knowledge))
    if memory and memory.learned:
        found += _learned_mentions(sentence, found, memory.learned, rules)
    if not found:
        return found  # most sentences: nobody named
    # A quotation's words are not its source: a quoted title, ""Paris zögert", sagte X".
    quoted = _quoted_spans(sentence)
    if quoted:
        opens = [a for a, _ in quoted]
        found = [
            Mention(m.start, m.end, m.actor, False, m.governed)
            if m.actor.kind != "medium" and _inside_quotes(m, quoted, opens)
            else m
            for m in found
        ]
    return sorted(found, key=lambda m: m.start)


def _learned_mentions(sentence: str, found: list[Mention], learned: AliasIndex[Actor], rules: _Rules) -> list[Mention]:
    """The names the article taught ("Ryder" after "Pentagon-Sprecher Pat Ryder") where no known mention stands."""
    known = _Mentions.of(list(found))  # in order and apart, as the alias index finds them
    added = []
    for start, end, actor in learned.find(sentence):
        before = bisect_left(known.starts, end) - 1  # the last known mention starting before this one ends
        if (before < 0 or known.items[before].end <= start) and not _another_persons_first_name(
            sentence, end, actor, learned
        ):
            added.append(Mention(start, end, actor, True, _governed(sentence, start, rules)))
    return added


def _another_persons_first_name(sentence: str, end: int, actor: Actor, learned: AliasIndex[Actor]) -> bool:
    """ "Präsident Wladimir Putin" taught "Wladimir" too; "Wladimir Selenski" later is somebody else: a name learned
    for a person, right before a name neither the dictionary nor the article knows, is another person's first
    name."""
    if actor.kind != "person":
        return False
    after = _NEXT_NAME.match(sentence, end)
    return after is not None and not is_known(after.group(1)) and not learned.find(after.group(1))


_NEXT_NAME = re.compile(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]{2,})\b")


# After "von" an indefinite or a number opens what is spoken of or done, not whose: "nach Angaben der
# Polizei von einer Drohne beschädigt", "sprach der Gouverneur von 130 Geretteten", "von mehr als 20 Toten".
_INDEFINITE_AFTER = re.compile(
    r"\s+(?:(?:ein|eine|einer|einem|eines|mehr|mindestens|rund|etwa|knapp|fast|über|bis\s+zu|zahlreichen"
    r"|vielen|Dutzenden|Hunderten|Tausenden)\b|\d)"
)
# Between a nationality and the name it qualifies: nothing, or a noun or two ("Rebellengruppe").
_NOUNS_BETWEEN = re.compile(r"[\s-]*(?:[A-ZÄÖÜ][\w-]*\s+){0,2}")


def _a_brief(sentence: str, start: int, rules: _Rules) -> bool:
    """ "der US-Gesandte für Moldau": the country an envoy is for is the brief, named but not speaking."""
    if "für" not in sentence[max(0, start - 10) : start]:
        return False  # nearly every mention
    return rules.portfolio.search(sentence, max(0, start - 60), start) is not None


def _without_first_names(sentence: str, found: list[Mention]) -> list[Mention]:
    """ "Außenminister Munir Kuleba": a person's name right before another person's is that person's first name,
    no mention of the first person."""
    return [
        m
        for m, after in zip(found, [*found[1:], None], strict=True)
        if not (
            after is not None
            and m.actor.kind == after.actor.kind == "person"
            and not sentence[m.end : after.start].strip()
        )
    ]


def _without_modifiers(sentence: str, found: list[Mention], rules: _Rules, places: Collection[str]) -> list[Mention]:
    """A nationality qualifying the name of another party's actor within one noun phrase is no mention
    of its state: "der sudanesischen RSF-Miliz", "der jemenitischen Huthi-Miliz", "die
    libanesische Schiitenmiliz Hisbollah" name the militia only. An envoy to an
    organisation is its state's: "der russische UN-Botschafter" names Russia, not the UN."""
    kept: list[Mention] = []
    sent_to = -1  # the mention of the organisation an envoy is sent to: named, but no speaker
    for at, mention in enumerate(found):
        after = found[at + 1] if at + 1 < len(found) else None
        if (
            mention.actor.kind == "adjective"
            and after is not None
            and after.actor.kind in ("organ", "group")  # not a person: "die britische Innenministerin X"
            and after.actor.party != mention.actor.party
            and _NOUNS_BETWEEN.fullmatch(sentence, mention.end, after.start)
        ):
            if not rules.envoy.match(sentence, after.end):
                continue
            sent_to = at + 1
        silent = at == sent_to or _backing_another(sentence, mention, after, rules, places)  # named, no speaker
        kept.append(replace(mention, speaks=False) if silent else mention)
    return kept


def _backing_another(
    sentence: str, mention: Mention, after: Mention | None, rules: _Rules, places: Collection[str]
) -> bool:
    """ "Die von Teheran unterstützte Miliz X": the party in the participle's "von" phrase backs the actor
    the noun phrase names, another party's, who is the one named; "der vom Iran unterstützten Miliz" backs a
    group the noun names without its name, where "das von der Hamas kontrollierte Ministerium" is the party's own
    (`controlling_participles`)."""
    if not _VON_BEFORE.search(sentence, max(0, mention.start - 20), mention.start):
        return False
    if after is None or after.start - mention.end > 60:
        backed = _PARTICIPLE_THEN_NOUN.match(sentence, mention.end)
        if backed is None:
            return False
        # "in dem von X kontrollierten Gebiet": a place X holds says where, not who speaks
        return _PARTICIPLE_STEM.sub("", backed.group(1)) not in rules.controlling or _a_place_noun(
            backed.group(2), places
        )
    return after.actor.party != mention.actor.party and bool(
        _PARTICIPLE_THEN_NOUNS.fullmatch(sentence, mention.end, after.start)
    )


def _a_place_noun(noun: str, places: Collection[str]) -> bool:
    """ "Gebiet", "Küstengebiet": a noun naming a kind of place, or a compound ending in one."""
    return noun in places or any(len(kind) > 3 and noun.endswith(kind.lower()) for kind in places)


# "die von Teheran unterstützte …", "die vom Iran gesteuerte …": who backs, then the participle
_BACKER_VON = r"\b(?:von|vom)\s+(?:(?:der|dem|den)\s+)?"
_ATTRIBUTIVE_PARTICIPLE = r"[a-zäöüß]+(?:te|ten|tem|ter|tes|ene|enen|ener|enes)"
# right before a speaker's phrase; before a mention and after it ("… unterstützte Schiitenmiliz X")
_BACKED_BY = re.compile(rf"{_BACKER_VON}(?:[A-ZÄÖÜ][\w-]*\s+){{1,2}}{_ATTRIBUTIVE_PARTICIPLE}\s+$")
_VON_BEFORE = re.compile(rf"{_BACKER_VON}$")
_VON_BEFORE_A_NAME = re.compile(rf"{_BACKER_VON}[A-ZÄÖÜ]")  # a backer may stand alone: "der vom Iran … Miliz"
_PARTICIPLE_THEN_NOUNS = re.compile(rf"\s+{_ATTRIBUTIVE_PARTICIPLE}\s+(?:[A-ZÄÖÜ][\w-]*\s+){{0,2}}")
_PARTICIPLE_THEN_NOUN = re.compile(rf"\s+({_ATTRIBUTIVE_PARTICIPLE})\s+([A-ZÄÖÜ][\w-]*)(?=[\s,.;:!?]|$)")
_PARTICIPLE_STEM = re.compile(r"(?:e|en|er|es|em)$")  # "kontrollierten" → "kontrolliert"


def _inside_quotes(mention: Mention, quoted: list[tuple[int, int]], opens: list[int]) -> bool:
    at = bisect_left(opens, mention.start) - 1  # the last quotation opening before the mention
    return at >= 0 and mention.end <= quoted[at][1]


_COUNTRY_KINDS = frozenset({"state", "capital", "adjective"})  # a country's names, not an organisation's
_OF_A_PLACE = re.compile(r"\s+(?:des|der|von|vom)\b")  # "im Westen des Landes", "im Westen von Sabirsk"


def _is_an_actor(sentence: str, start: int, end: int, actor: Actor, rules: _Rules) -> bool:
    """ "Ukraine-Krieg" is no actor; "russische Menschenrechtsorganisation", "US-Institut" are of the
    country, not its state, but "UN-Forscher" are the UN's; "im Westen des Landes" is a region, not the West."""
    tail = re.match(r"-(\w+)", sentence[end : end + 40])
    if tail and tail.group(1).lower() in rules.compound_stop:
        return False
    if tail and tail.group(1).lower() in rules.country_compound_stop and actor.kind in _COUNTRY_KINDS:
        return False
    if sentence[start:end].lower() in rules.compass_points and _OF_A_PLACE.match(sentence, end):
        return False
    if actor.kind in _COUNTRY_KINDS and rules.name_final.match(sentence, end):
        return False  # "Ukraine Relief Watch": the country's name opens an organisation's
    if actor.kind in ("adjective", "state"):
        noun = re.match(r"(?:-|\s+)([\w-]+)", sentence[end : end + 60])
        if noun and _ends(rules.not_state, noun.group(1)):
            return False
    return True


def _speaks(sentence: str, end: int, actor: Actor, rules: _Rules) -> bool:
    """Whether a mention can speak: a nationality ("russische", "US-") only for its state's organs."""
    return (actor.kind != "adjective" and not (actor.kind == "state" and sentence[end : end + 1] == "-")) or (
        _speaks_for_its_state(sentence, end, rules)
    )


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    at = sentence.find('"')
    if at < 0:
        return []
    positions = []
    while at >= 0:
        positions.append(at)
        at = sentence.find('"', at + 1)
    return [(positions[i], positions[i + 1]) for i in range(0, len(positions) - 1, 2)]


def _is_adjective(word: str) -> bool:
    return word[:1].islower() and len(word) > 3 and word.endswith(ADJECTIVE_ENDINGS)


def is_role_noun(word: str, rules: AttributionRules) -> bool:
    """An official's role ("Innensenator", "Sprecherin"): a person's title."""
    return _ends(_rules(rules).role_suffix, word.split("-")[-1] or word)


def may_name_a_role(text: str, rules: AttributionRules) -> bool:
    """Whether a word of the text (as `words_of` splits it) ends in a role noun: False, and no run of word
    characters and hyphens in it is a role noun either (`is_role_noun`: a role noun's ending is letters,
    which stand inside one word of `words_of`). Most sentences name no role."""
    bit = _rules(rules).role_words
    return bit is None or bool(word_flags(text) & bit)


def opens_with_speech(clause: str, rules: AttributionRules) -> bool:
    """Whether the clause opens with a speech verb, one of several words ("lehnt das ab", "wies … zurück") too."""
    return _rules(rules).speech.match(clause) is not None


def goes_on_from_before(text: str, rules: AttributionRules) -> bool:
    """Whether the text says what it tells goes on from the statement before it ("demnach", "hieß es weiter")."""
    compiled = _rules(rules)
    return may_be_present(compiled.continuation_present, text) and compiled.continuation.search(text) is not None


def is_speaker_noun(word: str, rules: AttributionRules) -> bool:
    """A noun that can speak: an official's role or a state organ ("Sprecherin", "Gesundheitsministerium")."""
    return _speaker_noun(word.split("-")[-1] or word, _rules(rules))


def _speaker_noun(last: str, rules: _Rules) -> bool:
    return _ends(rules.role_suffix, last) or _ends(rules.state_noun, last)


def _speaks_for_its_state(sentence: str, end: int, rules: _Rules) -> bool:
    """A nationality speaks for its state only with a state organ, an official or its forces after it
    ("die ukrainische Seite", "US-Präsident"), or with no noun at all; "Japanische Medien", "syrische
    Familien", "US-Universität", "ukrainischen Beschusses" are of the country, not its state."""
    compound = re.match(r"-([\w-]+)", sentence[end : end + 60])
    if compound:
        noun = compound.group(1)
    else:
        noun = None
        for match in _WORD_OR_MARK.finditer(sentence[end : end + 80]):
            word = match.group()
            if _is_adjective(word) or word in ("und", "sowie"):
                continue  # "die russische staatliche Agentur"
            if word[:1].isupper():
                noun = word
            break
    if noun is None:
        return True
    last = noun.split("-")[-1] or noun
    return _speaker_noun(last, rules)


_MASCULINE_GENITIVES = frozenset(("des", "eines"))  # "der" is a feminine dative too


def _an_attribute_of(noun: str, rules: _Rules) -> bool:
    """A noun no one speaks as ("Angriff", "Tod"): a genitive after it is its attribute."""
    return noun[:1].isupper() and noun.isalpha() and not _speaker_noun(noun.split("-")[-1] or noun, rules)


def _governed(sentence: str, start: int, rules: _Rules, conjuncts: bool = False) -> bool:
    """Whether a preposition governs the noun phrase at `start` ("in Polen", "gegen britische Truppen"); with
    `conjuncts`, the second of two coordinated ones too ("zwischen Thailand und Kambodscha": neither is a subject)."""
    words: list[str] = _WORD_OR_MARK.findall(sentence[max(0, start - 80) : start])  # typed: mypyc stops on Any
    for i, word in enumerate(reversed(words[-6:])):
        low = word.lower()
        if low in rules.prepositions:
            return True
        if conjuncts and low in rules.conjuncts and i < len(words) - 1 and words[-i - 2][:1].isupper():
            before = sentence.rfind(words[-i - 2], 0, sentence.rfind(word, 0, start))
            return before > 0 and _governed(sentence, before, rules)  # the first conjunct's preposition
        if i == 0 and word[0].isupper() and low not in rules.prepositions:
            continue  # a noun set before a name: "auf dem Kanal X", "gegen die Gruppe X"
        if i == 0 and low in _MASCULINE_GENITIVES and len(words) > 1 and _an_attribute_of(words[-2], rules):
            return True  # "beim Angriff des Regimes X": the attacker, a genitive no verb has as its subject
        if not (_in_a_noun_phrase(word, rules) or word == '"'):
            return False  # a comma or a verb ends the phrase: "…, sagte Pentagon-Sprecher X"
    return False


def _learn_names(sentence: str, mentions: list[Mention], rules: _Rules, memory: ArticleMemory) -> None:
    """'US-Verteidigungsministeriumssprecher Pat Ryder', 'Anna Brand, Leiterin der UN-Mission': later 'Ryder' and
    'Brand' speak for the US and the UN too."""
    for mention in mentions:
        if mention.actor.party is None or mention.actor.kind == "medium":
            continue
        named_before = _NAME_WITH_ITS_ROLE.search(sentence, max(0, mention.start - 120), mention.start)
        if named_before and _ends(rules.role_suffix, named_before.group("role")):
            surname = named_before.group("name").split()[-1]
            memory.teach(surname, Actor(surname, mention.actor.party, "person"))
        set_off = _name_set_off_after_a_role(sentence, mention, mentions, rules)
        if set_off:
            memory.teach(set_off, Actor(set_off, mention.actor.party, "person"))
        words = list(_WORD.finditer(sentence, mention.end, mention.end + 120))
        tokens = [w.group() for w in words]
        role_at = next((i for i, t in enumerate(tokens[:2]) if _ends(rules.role_suffix, t.split("-")[-1] or t)), None)
        if role_at is None:
            continue
        # "die ukrainische Ombudsfrau für Menschenrechte, Anna X": the office's remit, then the name
        remit = _ROLE_REMIT.match(sentence, words[role_at].end())
        names = (
            _WORD.findall(sentence, remit.end(), remit.end() + 60)[:3] if remit else tokens[role_at + 1 : role_at + 4]
        )
        for token in names:
            if not _NAME_TOKEN.fullmatch(token) or len(token) < 3:
                break
            actor = Actor(token, mention.actor.party, "person")
            memory.teach(token, actor)


def _name_set_off_after_a_role(sentence: str, mention: Mention, mentions: list[Mention], rules: _Rules) -> str | None:
    """ "laut dem Sprecher der ukrainischen Marine im Süden, Pawel Beispiel, …": the surname set off after
    the phrase of a role the mention's party gives; none where the name is an actor we know."""
    set_off = _NAME_SET_OFF_AFTER.search(sentence, mention.end, mention.end + _SET_OFF_REACH)
    if set_off is None or _CLAUSE_MARK.search(sentence, mention.end, set_off.start()):
        return None
    if any(set_off.start() <= m.start < set_off.end() for m in mentions):
        return None
    before = _WORD.findall(sentence[max(0, mention.start - _SET_OFF_REACH) : mention.start])[-3:]
    between = _WORD.findall(sentence[mention.end : set_off.start()])
    if not any(w[0].isupper() and _role_word(w, rules) for w in before + between):
        return None
    return set_off.group(1).split()[-1]


_SET_OFF_REACH = 60  # characters: a role's phrase around the party that names it
_CLAUSE_MARK = re.compile(r"[,;:.!?]")


# "Anna Brand, Leiterin der UN-Mission": a name, its role without an article, the body whose it is right after
_NAME_WITH_ITS_ROLE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+){1,2}),\s*(?P<role>[A-ZÄÖÜ][\w-]+)\s+"
    r"(?:der|des)\s+(?:[\w-]+\s+){0,2}?$"
)
_ROLE_REMIT = re.compile(r"\s+für\s+[^,.;:()]{2,60}?,\s*(?=[A-ZÄÖÜ])")


def _clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The clause around `position`, read at most `_REACH` characters either side."""
    left = low = max(0, position - _REACH)
    for match in _CLAUSE_BOUNDARY.finditer(sentence, low, position):
        left = match.end()
    high = min(len(sentence), position + _REACH)
    right = _CLAUSE_BOUNDARY.search(sentence, position, high)
    return left, right.start() if right else high


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


def _noun_phrase_end(
    sentence: str, start: int, rules: _Rules, after_noun: bool = False, names: Container[int] | None = None
) -> int:
    """Where the source phrase after "laut"/"nach Angaben" ends: at the first word that is no part of it.
    `after_noun`: the phrase opens after a noun ("nach russischen Angaben"), where only a genitive goes on
    ("nach russischen Angaben beschossen Einheiten …": the verb ends it). `names`: where the actors we know
    start; after a noun with its article a word of the dictionary that starts none opens the next phrase ("nach
    Angaben der Behörden Treibstofflager …"), a name goes on ("der Armee Israels", "der Polizei Lindenau")."""
    end = start
    after_name = False
    bare = True
    noun_with_article = after_noun  # "nach Angaben [Lagerhallen] …" as after "nach Angaben der Stadt"
    # "von" right after a noun with its article, or right after "nach Armeeangaben" (a compound naming whose
    # statement it is): a dictionary noun after it is an agent
    agent_next = False
    compound_opened = after_noun and _names_whose(sentence, start, rules)
    previous = previous_token = ""
    for count, match in enumerate(_PHRASE_TOKEN.finditer(sentence, start)):
        token = match.group()
        low = token.lower()
        if count >= 12 or token in ",.;:!?()" or not _phrase_goes_on(sentence, match, after_noun, rules):
            break
        if after_name and (low in _GENITIVE_ARTICLES or low == "aus"):
            # "sagte Petrenko der Zeitung X": a bare name takes no genitive, whom he told follows; "stammten laut OVK
            # aus Polen": where they came from
            break
        if _next_phrase_opens(match, names, (noun_with_article, agent_next), previous_token):
            break
        if _the_act_goes_on(sentence, match, count, (previous, previous_token), names, rules):
            break
        agent_next = _an_agent_follows(low, count, noun_with_article, compound_opened)
        previous_token = token
        after_noun = token[0].isupper() or token[0] == '"'
        # a name, in a phrase of names and titles only ("Fraktionsvize Anna Berger", no "der …")
        bare = bare and token[0].isupper()
        # a noun right after its article or adjective, not a name after a preposition ("in Chan Junis")
        noun_with_article = token[0].isupper() and not bare and previous not in rules.prepositions
        previous = low
        after_name = bare and match.start() > 0 and not is_known(token)
        if low not in rules.noun_phrase:
            end = match.end()  # a phrase ends on its noun, not on the preposition or article that would go on
    return end


def _the_act_goes_on(
    sentence: str,
    match: re.Match[str],
    count: int,
    before: tuple[str, str],
    names: Container[int] | None,
    rules: _Rules,
) -> bool:
    """The word opens a phrase of the act, not of the source: "nach Angaben der Feuerwehr in [Kliniken] gebracht"
    (where to, no place of the source), "laut Experten [von] Ruanda unterstützt" (the passive's agent)."""
    previous, previous_token = before
    if previous in rules.prepositions and count > 1 and _an_inflected_noun(match.group(), match.start(), names):
        return True
    return count > 0 and _a_passive_agent(sentence, match, previous_token, rules)


def _a_passive_agent(sentence: str, match: re.Match[str], previous_token: str, rules: _Rules) -> bool:
    """ "Die Miliz wird laut Experten von Ruanda unterstützt": "von" and the names up to the participle that closes a
    passive clause are its agent, not the place of the source (a role's is: "laut dem Gouverneur von X")."""
    if not rules.agent.fullmatch(match.group().lower()) or _role_word(previous_token, rules):
        return False
    return bool(_AGENT_TO_THE_PARTICIPLE.match(sentence, match.end())) and bool(
        _PASSIVE_AUXILIARY.search(sentence, 0, match.start())
    )


_AGENT_TO_THE_PARTICIPLE = re.compile(
    r"\s+(?:(?:der|dem|den|einem|einer)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){1,3}[a-zäöüß]{3,}(?:t|en)\s*(?:worden\s*)?(?:[.,;!?]|$)"
)
# the lexicon's passive auxiliaries leave out "werden", also the future's; before an agent and a closing participle
# it is the passive's
_PASSIVE_AUXILIARY = re.compile(r"\b(?:wird|werden|wurde|wurden|worden)\b")


def _an_agent_follows(low: str, count: int, noun_with_article: bool, compound_opened: bool) -> bool:
    """ "von" after a noun with its article ("nach Angaben der Armee von …"), or first after a compound naming
    whose statement it is ("nach Armeeangaben von …"); not "nach Angaben von X": the source's "von"."""
    return low == "von" and ((count > 0 and noun_with_article) or (count == 0 and compound_opened))


def _compound_ending_in(nouns: Sequence[str]) -> re.Pattern[str]:
    """A word of three letters or more, then one of the nouns ("Armee" + "angaben"); none where there are none. The
    first part is the group `speaker`."""
    return re.compile(rf"(?P<speaker>\w{{3,}})(?:{'|'.join(nouns) or '(?!)'})", re.IGNORECASE)


def _names_whose(sentence: str, start: int, rules: _Rules) -> bool:
    """The word before `start` joins the speaker and the statement ("Armeeangaben", "Polizeiangaben")."""
    words = sentence[max(0, start - 40) : start].split()
    return bool(words) and rules.statement_compound.fullmatch(words[-1]) is not None


def _next_phrase_opens(
    match: re.Match[str], names: Container[int] | None, after: tuple[bool, bool], previous_token: str
) -> bool:
    """A word of the dictionary opens the next phrase after a noun with its article ("nach Angaben der Behörden
    [Lagerhallen] …"; not inside a name: "der Vereinigten Arabischen Emirate"), or after "von" there ("nach Angaben
    der Armee von [Drohnen] … angegriffen": "von" opens the act's agent, not the army's place)."""
    noun_with_article, agent_next = after
    if names is None or not (noun_with_article or agent_next):
        return False
    if not _opens_the_next_phrase(match.group(), match.start(), names):
        return False
    return agent_next or not _capitalised_adjective(previous_token)


def _an_inflected_noun(token: str, start: int, names: Container[int] | None) -> bool:
    """A noun in a form of its own ("Krankenhäuser" of "Krankenhaus"), no actor's name: a place's name keeps its
    form after a preposition ("in Lindenau", "in Kiew")."""
    if not token[:1].isupper() or (names is not None and start in names):
        return False
    base = lemma(token)
    return base != token and base[:1].isupper()


def _capitalised_adjective(word: str) -> bool:
    """An adjective written with a capital as part of a name ("des Innenministeriums der Demokratischen Republik
    Kongo", "der Vereinigten Arabischen Emirate"): in lower case an inflected form the dictionary knows."""
    low = word.lower()
    return word[:1].isupper() and _is_adjective(low) and is_known(low, exact=True)


def _opens_the_next_phrase(token: str, start: int, names: Container[int]) -> bool:
    """After a noun with its article, a noun of the dictionary, or a compound of its nouns, that no actor we know
    starts with: "nach Angaben der Behörden [Lagerhallen] …", "nach diesen Angaben [Quetschverletzungen]",
    not "der Armee Israels"."""
    if not token[0].isupper() or start in names or _ACRONYM.fullmatch(token):
        return False  # "der Allianz EDV": an acronym after the noun is its name, however the dictionary reads it
    return is_known(token, exact=True) or compound_head(token, _COMPOUND_PART) is not None


def _phrase_goes_on(sentence: str, match: re.Match[str], after_noun: bool, rules: _Rules) -> bool:
    """Whether a source phrase's noun phrase goes on with this word."""
    token = match.group()
    low = token.lower()
    adjective = len(low) > 3 and low.endswith(("e", "en", "er", "es", "em")) and low not in rules.fronted
    if adjective and (low in rules.phrase_ends or (after_noun and not low.endswith("er"))):
        # "der Polizei flohen Bewohner": a verb; after a noun only "britischer Zeitungen", or the participle closing
        # an attribute an article opened with its preposition ("der in London ansässigen Beobachtungsstelle")
        adjective = _closes_an_attribute(sentence, match) and low not in rules.phrase_ends
    if not (token[0] == '"' or token[0].isupper() or low in rules.noun_phrase or adjective or _ORDINAL(token)):
        return False
    if after_noun and low in rules.phrase_openers:
        return False  # "des Ministeriums die Verantwortung": after a noun only a genitive goes on
    if after_noun and low in rules.prepositions and _AN_INDEFINITE_ARTICLE.match(sentence, match.end()):
        return False  # "erklärte die Miliz in einer Mitteilung": where it said so; a speaker's place is definite
    return not (low == "von" and _INDEFINITE_AFTER.match(sentence, match.end()))


_AN_INDEFINITE_ARTICLE = re.compile(r"\s+(?:ein|eine|einer|einem|eines)\b")


_GENITIVE_ARTICLES = frozenset({"der", "des"})
_ATTRIBUTE_OPENED = re.compile(r"\b(?:der|des|dem|den|die)\s+(?:in|im|aus|bei|an|am|nahe)\s+\S+(?:\s+\S+)?\s+$")
_NOUN_NEXT = re.compile(r"\s+(?:\d{1,3}\.\s+)?[A-ZÄÖÜ]")  # "stationierte [19.] Division"


def _closes_an_attribute(sentence: str, match: re.Match[str]) -> bool:
    """ "der in London ansässigen Beobachtungsstelle": a participle after an article and its preposition's phrase,
    with its noun right after it."""
    opened = _ATTRIBUTE_OPENED.search(sentence, max(0, match.start() - _ATTRIBUTE_REACH), match.start())
    return opened is not None and _NOUN_NEXT.match(sentence, match.end()) is not None


_ATTRIBUTE_REACH = 40  # characters back to the article opening the attribute: a preposition and a name or two


def _noun_phrase_start(sentence: str, end: int, rules: _Rules) -> int:
    """Where the source phrase before "zufolge" starts: "[Medienberichten] zufolge", "[einem Bericht der
    Zeitung X] zufolge"; not "in Polen wurde Berichten zufolge"."""
    left, _ = _clause_bounds(sentence, end)
    tokens = list(re.finditer(r'"[^"]{1,60}"|[\w-]+', sentence[left:end]))
    start = end
    for count, match in enumerate(reversed(tokens)):
        token = match.group()
        low = token.lower()
        if count >= 8:
            break
        adjective = _is_adjective(token) and low not in rules.phrase_ends and low not in rules.fronted
        if not (
            token[0] == '"'
            or token[0].isupper()
            or low in rules.noun_phrase
            or adjective
            or low == "seinen"
            or low in ("ihren", "dessen", "deren", "eigenen")
        ):
            break
        if low in rules.prepositions and low not in ("von", "vom", "aus"):
            break
        if count and _a_name_before_a_bare_noun(token, tokens[-count].group()):
            break  # "im Osten von Lindenau [Aktivisten] zufolge": the name ends the phrase before the source's
        start = left + match.start()
        if low in _DATIVE_ARTICLES:
            break  # "hatte die Armee [dem Bericht] zufolge …": the phrase's own article opens it; a subject before it
    return start


_DATIVE_ARTICLES = frozenset({"dem", "den", "einem", "diesem"})  # the article of the phrase "zufolge" follows


def _a_name_before_a_bare_noun(token: str, after: str) -> bool:
    """A name or a noun right before a noun of the dictionary, with no article between: German puts what
    qualifies a noun after it ("einem Bericht der Zeitung X"), so the word before closes a phrase of its own ("im
    Umland von Kiew [Aktivisten] zufolge", "soll der Markt [Medienberichten] zufolge …"); a word with an
    adjective's ending qualifies the noun ("Kiewer Angaben", "Seinen Angaben")."""
    return (
        token[:1].isupper()
        and after[:1].isupper()
        and not token.lower().endswith(ADJECTIVE_ENDINGS)
        and is_known(after, exact=True)
    )


def _speech_slot(
    sentence: str, verb: re.Match[str], found: _Mentions, index: _Words, rules: _Rules
) -> tuple[int, int] | None:
    """The subject of a speech verb: before it, after it (inversion), or the subject of the first clause."""
    left, right = _clause_bounds(sentence, verb.start())
    if _PARTICIPLE.fullmatch(verb.group()) and not rules.perfect_auxiliary.search(sentence, left, right):
        # "hatte die Sprecherin, Maria Beispiel, den Abzug bekannt gegeben": the auxiliary before the apposition
        left = _before_an_apposition(sentence, left, verb.start(), rules, closing=True)
    if _negates_the_saying(sentence, verb, left, right, rules):
        return None  # "stritt die Sperrung nicht ab" is the outlet's statement, not the minister's
    if _called_as(sentence, left, verb.start(), rules) or _declared_as(sentence, verb, right, rules):
        return None
    participle = bool(_PARTICIPLE.fullmatch(verb.group())) and not rules.perfect_auxiliary.search(sentence, left, right)
    passive = not verb.group().endswith(("te", "ten")) and bool(rules.passive_auxiliary.search(sentence, left, right))
    if participle or passive:
        return _reporter(sentence, verb, left, right, rules, participle=participle)
    return _speaker(sentence, verb, _around(sentence, verb, left, right, found, rules), found, index, rules)


# a noun phrase and what it is called, before the verb: "die Fischer als Schmuggler"
_CALLED_AS = re.compile(
    r"\s*(?P<article>\w+)\s+(?:[a-zäöüß][\w-]*e[nrs]?\s+){0,2}[A-ZÄÖÜ][\w-]*\s+als\s+(?:\S+\s+){0,2}\S+\s*"
)


def _called_as(sentence: str, left: int, verb: int, rules: _Rules) -> bool:
    """ "Der Wachmann habe laut gerufen, die Fischer als Schmuggler bezeichnet und Alarm gegeben": a clause after a
    comma holding only a noun phrase and an "als" phrase before the verb is an object and what it was called; the
    subject is the first clause's, and the noun phrase no speaker."""
    called = _CALLED_AS.fullmatch(sentence, left, verb) if left else None
    return called is not None and called.group("article").lower() in rules.determiners


def _declared_as(sentence: str, verb: re.Match[str], right: int, rules: _Rules) -> bool:
    """ "Die Regierung erklärte das Gebiet zur Sperrzone", "… hatte den Hafen zum Sperrgebiet erklärt": the verb
    declares what something is, an act the outlet tells, and says nothing; "erklärte zur Lage, …" still speaks."""
    if verb.group().lower() not in rules.declaring:
        return False
    before = _DECLARED_BEFORE.search(sentence, max(0, verb.start() - 80), verb.start())
    if before is not None:  # the verb closes its clause, or a relative clause follows ("…, in der …")
        return _CLAUSE_CLOSES.match(sentence, verb.end()) is not None
    return _DECLARED_AFTER.fullmatch(sentence, verb.end(), right) is not None


# "zur Sperrzone erklärt": a "zu" phrase of a few words right before the verb, after an object ("für tot erklärt"
# asserts a state of things, and is said)
_DECLARED_BEFORE = re.compile(
    r"\s(?!(?:hat|hatte|haben|hatten|habe|ist|war|wurde|sei)\s)\w+\s+"
    r"(?:zur|zum|zu(?!\s+(?:den|dem|einem|diesem|diesen|seinen|ihren)\b))\s+(?:\S+\s+){0,3}\S+\s+$"
)
# after the verb: its auxiliaries, then the sentence's end, "und", or a relative clause ("…, in der …", "…, die dort …")
_CLAUSE_CLOSES = re.compile(
    r"(?:\s+(?:worden|wurde|wurden|hat|hatte|hatten|haben|habe|sei|war|waren))?\s*"
    r"(?:[.;!?]|$|\bund\b|,\s+(?:\w+\s+(?:der|die|das|dem|den|denen|deren|dessen)\b|wo\b|(?:der|die|das|denen)\s+[a-zäöüß]))"
)
# "erklärte das Gebiet am Montag zur Sperrzone.": an object and a "zu" phrase ending the sentence
_DECLARED_AFTER = re.compile(
    r"\s+(?:den|die|das|ihn|es|[A-ZÄÖÜ][\w-]*)\s+(?:\S+\s+){0,5}?(?:zur|zum|zu)\s+(?:\S+\s+){0,3}\S+?[.!]?\s*"
)


def _negates_the_saying(sentence: str, verb: re.Match[str], left: int, right: int, rules: _Rules) -> bool:
    """A negation in the speech verb's clause says nothing was said, unless a modal says the negation ("konnte
    nicht bestätigen" is what the Pentagon said) or, after a verb of calling, it stands before the name given,
    the clause's last word: "nannte den Angriff nicht vertretbar" says it; "nannte den Namen nicht" does not."""
    if rules.negation_said.search(sentence, left, right):
        return False
    negations = list(rules.negation.finditer(sentence, left, right))
    if not negations:
        return False  # nearly every speech verb
    calling = verb.group().lower() in rules.calling
    idioms = [m.span() for m in rules.not_negating.finditer(sentence, left, right)]
    return any(
        not (calling and found.start() > verb.end() and _NAME_GIVEN.match(sentence, found.end(), right))
        and not any(a <= found.start() < b for a, b in idioms)
        for found in negations
    )


# what a negation after a verb of calling stands before: one lower-case word ending its clause, quoted or not
_NAME_GIVEN = re.compile(r'\s+"?[a-zäöüß]{3,}"?[.!?]?"?\s*$')


def _reporter(
    sentence: str, verb: re.Match[str], left: int, right: int, rules: _Rules, *, participle: bool
) -> tuple[int, int] | None:
    """Who reported, after a participle or in the passive ("– Dutzende Tote gemeldet", "wurde bestätigt"): the
    subject is what was reported; the reporter, if any, is the agent: "wurde vom Pentagon bestätigt"."""
    if participle and rules.coordinated_only.match(sentence[left : verb.start()]):
        _, first_clause_end = _clause_bounds(sentence, 0)
        if rules.perfect_auxiliary.search(sentence, 0, first_clause_end):
            return 0, first_clause_end  # "X hatte … bestätigt, dabei aber erklärt, …": X's words
    agent = rules.agent.search(sentence, left, right)
    if not agent:
        return None
    return agent.start(), (verb.start() if agent.start() < verb.start() else right)


@quick_init
@dataclass(frozen=True)
class _Around:
    """What stands around a speech verb in the active voice, in its clause [left, right)."""

    left: int
    right: int
    after_end: int  # where a subject after the verb ends
    first_before: str  # the first word before the verb, lower case ("" for an article opening a noun phrase)
    capital_second: bool  # the second word before the verb is capitalised
    first_after: str  # the first word after the verb
    fronted: bool  # the word before the verb is fronted (an adverbial), not the subject
    subject_before: bool  # an actor that can be the subject stands before the verb
    subject_after: bool  # or after it


def _around(sentence: str, verb: re.Match[str], left: int, right: int, found: _Mentions, rules: _Rules) -> _Around:
    after_end = min(right, verb.end() + 80)
    words = [m.group() for m in islice(_WORD.finditer(sentence, left, verb.start()), 3)]  # only the first ones count
    words = _past_a_particle(_past_an_adverb(words, rules), rules)[:2]
    first_before = (words or [""])[0].lower()
    if first_before in rules.fronted and _opens_noun_phrase(words, rules):
        first_before = ""  # "Das polnische Heer meldete …": a subject, not "Das teilte X mit"
    first_after = (_WORD.findall(sentence[verb.end() : after_end]) or [""])[0]
    # "Ebenso äußerte sich der Minister": one capitalised word the dictionary knows only in lower case
    # (an adverb, an adjective) is fronted; the subject follows the verb
    alone = words[0] if len(words) == 1 else ""
    adverbial = alone[:1].isupper() and not is_known(alone, exact=True) and is_known(first_before)
    return _Around(
        left,
        right,
        _apposition_end(sentence, right, rules) or after_end if after_end == right else after_end,
        first_before,
        len(words) >= 2 and words[1][0].isupper(),
        first_after,
        first_before in rules.fronted or adverbial,
        any(
            _can_be_subject(m) and not _agent_of_an_attribute(sentence, m, rules)
            for m in found.starting_in(left, verb.start())
        ),
        any(
            _can_be_subject(m)
            and not _told(sentence, verb.end(), m)
            and not _in_a_phrase_after(sentence, verb, m, rules)
            for m in found.inside(verb.end(), after_end)
        ),
    )


# "die von der Miliz verbreitete Zahl": after the agent, a participle as an attribute and the noun it describes
_ATTRIBUTE_AFTER = re.compile(r"(?:-[\w-]+)?\s+[a-zäöüß]+(?:t|en)(?:e|en|er|es|em)\s+[A-ZÄÖÜ]")


def _agent_of_an_attribute(sentence: str, mention: Mention, rules: _Rules) -> bool:
    """ "Die von der Miliz verbreitete Zahl wies die Armee zurück": the agent of a participle describing a noun
    says which thing is meant, and is no subject of the verb."""
    return bool(
        _ATTRIBUTE_AFTER.match(sentence, mention.end)
        and rules.attribute_agent.search(sentence, max(0, mention.start - 12), mention.start)
    )


def _in_a_phrase_after(sentence: str, verb: re.Match[str], mention: Mention, rules: _Rules) -> bool:
    """ "sprach von Provokationen der armenischen Seite": a party in the phrase a preposition opens right after
    the verb, nouns of a genitive between, is what was said, not who says it ("sprach in Kiew Präsident X":
    a name of its own after the phrase may be)."""
    between: list[str] = _WORD_OR_MARK.findall(sentence[verb.end() : mention.start])
    opening = between[0].lower() if between else ""
    if opening not in rules.prepositions and not rules.agent.fullmatch(opening):  # "von" too: "sprach von …"
        return False
    after_noun = False  # after the phrase's noun only a genitive goes on ("am Abend die Darstellung X": no)
    for word in between[1:]:
        if word in _QUOTES:
            continue
        if after_noun:
            if word.lower() not in _GENITIVE_ARTICLES:
                return False
            after_noun = False
        elif word[0].isupper():
            after_noun = True
        elif not _in_a_noun_phrase(word, rules):
            return False
    return True


_QUOTES = frozenset('"„“”«»')


_DATIVE_BEFORE = re.compile(r"\bdem\s+(?:[\w-]+\s+){0,3}$")


def _told(sentence: str, verb_end: int, mention: Mention) -> bool:
    """ "sagte dem Sender CNN": a medium in the dative after the verb is told, not the speaker."""
    return mention.actor.kind == "medium" and bool(_DATIVE_BEFORE.search(sentence, verb_end, mention.start))


def _can_be_subject(mention: Mention) -> bool:
    return mention.speaks and not mention.governed


def _apposition_end(sentence: str, right: int, rules: _Rules) -> int | None:
    """ "erklärte Anna X, die Ministerin von Y": where an apposition naming the speaker's role ends."""
    if right >= len(sentence):
        return None
    apposition = _APPOSITION.match(sentence, right)
    if apposition and any(_role_word(w, rules) for w in _WORD.findall(apposition.group(1))):
        return apposition.end()
    # "sagte Anna X, Leiterin der Mission in Y": without its article, the apposition opens with the role
    bare = _BARE_APPOSITION.match(sentence, right)
    if bare and _role_word(bare.group(1), rules):
        return bare.end()
    return None


_SUBJECT_PHRASE = re.compile(
    r"(?:(?:der|die|das|ein|eine|dieser|diese)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)?"
)


def _subject_after_end(sentence: str, start: int, around: _Around, rules: _Rules) -> int:
    """Where a subject after the verb ends: "meldete [die Polizei] zwölf Verletzte" — the object that
    follows is the fact; an apposition after a comma still belongs to the speaker."""
    first = re.search(r"\S", sentence[start : around.after_end])
    if first is None:
        return around.after_end
    opening = start + first.start()
    end = _noun_phrase_end(sentence, opening, rules)
    if end <= opening or sentence[end : around.after_end].lstrip().startswith((",", "(", "–", "-")):
        return around.after_end
    return min(_forces_before_a_name(sentence, opening, end, rules), around.after_end)


_FORCES_AND_A_NAME = re.compile(r"(?:der|die|das)\s+([\w-]+)\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+")


def _forces_before_a_name(sentence: str, opening: int, end: int, rules: _Rules) -> int:
    """ "meldete die Armee Karl X als vermisst": a state's forces take no person's name, whose name follows is the
    object; the subject ends with the forces' noun ("die Armee Israels", one word of a genitive, goes on)."""
    forces = _FORCES_AND_A_NAME.match(sentence, opening, end)
    return forces.end(1) if forces and _state_forces([forces.group(1)], rules) else end


def _speaker(
    sentence: str, verb: re.Match[str], around: _Around, found: _Mentions, index: _Words, rules: _Rules
) -> tuple[int, int]:
    """The subject of a speech verb in the active voice: before the verb, or after it (inversion)."""
    left = around.left
    # "äußerte sich der Minister": the reflexive pronoun is no part of the subject after the verb
    opening = verb.end() + 5 if sentence.startswith(" sich ", verb.end()) else verb.end()
    relative = _relative_subject(sentence, left, verb.start(), found, rules)
    if relative is not None:
        return relative
    shared = _pronoun_shared_after_and(sentence, left, verb.start(), found, rules)
    if shared is not None:
        return shared
    before = _speaker_before(sentence, verb, around, found, rules)
    after = (opening, _subject_after_end(sentence, opening, around, rules))
    if _subject_follows(sentence, verb, around.first_after, rules):
        return after
    if _speaks_before_the_verb(sentence, left, verb.start(), index, rules):
        return before
    if around.subject_before and not (around.fronted and around.subject_after):
        return before
    if around.subject_after and not _a_subject_before(sentence, left, verb.start(), rules):
        return after
    text = sentence[left : verb.start()]
    if rules.said_objects.match(text.lstrip()):
        return after  # "Diese Angaben bestätigte die Miliz": what is said, its demonstrative no speaker
    if (
        rules.demonstrative.search(text)
        or rules.pronoun.search(text)
        or index.any_ends(rules.role_suffix, left, verb.start())
    ):
        return before
    if (
        not text.strip()
        or rules.perfect_auxiliary.match(text, len(text) - len(text.lstrip()))
        or _a_verb_and_then(text, rules)
    ):
        # "Der Kommandeur, Karl Beispiel, hatte erklärt": the clause opens with the auxiliary after an apposition;
        # "…, Karl Beispiel, besuchte den Hafen und sprach von …": with another verb, and the speech verb after "und"
        return _subject_of_the_sentence(sentence, left, around.first_after, found, rules) or _no_phrase(
            sentence, after, rules
        )
    if _speaker_noun_after(sentence, verb.end(), rules):
        return after  # "Angriffe auf Zivilisten bestreitet die Miliz": what is said put first, its speaker after
    return _speaker_we_do_not_know(sentence, (before, after), text, around, rules)


def _pronoun_shared_after_and(
    sentence: str, left: int, verb: int, found: _Mentions, rules: _Rules
) -> tuple[int, int] | None:
    """ "Dort gab er der Miliz die Schuld und nannte …": a verb right after "und" shares the subject of
    the clause before, a pronoun opening it, not the party that clause spoke of."""
    if not _AND_RIGHT_BEFORE.search(sentence, left, verb):
        return None
    pronoun = _pronoun_subject_opening(sentence, verb, rules)
    if pronoun is None or pronoun.start() < left or found.starting_in(left, pronoun.start()):
        return None
    return pronoun.span()


_AND_RIGHT_BEFORE = re.compile(r"\bund\s+$")  # a verb right after "und" shares the subject of the one before
_RELATIVE_PRONOUN = re.compile(r"\s*(?:der|die|das|welche[rs]?)\b")
_COMMA_BEFORE = re.compile(r",\s*$")  # read in the forty characters before a clause: no copy of all before it


def _speaks_before_the_verb(sentence: str, left: int, verb: int, index: _Words, rules: _Rules) -> bool:
    """Words before the verb that are its subject whatever actor follows it: a pronoun ("Sie sprach von einem
    Massaker der Miliz"), people of no state ("Russische Oppositionelle berichteten von … in Moskau"), a body named
    with its acronym ("Die Föderation der Fischer (FDF) erinnerte die Kriegsparteien daran")."""
    return bool(
        rules.pronoun.fullmatch(sentence[left:verb].strip())
        or index.any_ends(rules.not_state, left, verb)
        or _acronym_given(sentence[left:verb]) is not None
    )


def _relative_subject(sentence: str, left: int, verb: int, found: _Mentions, rules: _Rules) -> tuple[int, int] | None:
    """ "einer Zelle an, die sich zu dem Anschlag in X bekannte": the relative pronoun, and nobody after it, is the
    subject of the verb; a place a preposition governs inside the clause is no speaker."""
    pronoun = _RELATIVE_PRONOUN.match(sentence, left)
    if pronoun is None or not _COMMA_BEFORE.search(sentence, max(0, left - 40), left):
        return None
    between = _WORD.findall(sentence, pronoun.end(), verb)
    if not between or between[0] in rules.determiners or not between[0].islower():
        return None  # "…, die der Minister bestätigte", "…, das Israel meldete": another subject may follow
    if any(_can_be_subject(m) for m in found.starting_in(pronoun.end(), verb)) or any(
        w[0].isupper()
        and _speaker_noun(w.split("-")[-1], rules)
        and not set(between[max(0, i - 2) : i]) & rules.prepositions
        for i, w in enumerate(between)
    ):
        return None  # "…, die am Morgen der Minister nannte"; not "…, die sich zu dem Anschlag auf die Botschaft …"
    return pronoun.end() - len(pronoun.group().strip()), pronoun.end()


_ACRONYM_CLOSING = re.compile(r"\(([A-ZÄÖÜ]{2,10})\)\s*$")


def _acronym_given(phrase: str) -> str | None:
    """ "Die Föderation der Fischer (FDF)": a body we do not know, named with its acronym in brackets, is coded by
    the acronym, however its long name is spelt ("Fischer-Föderation", "Fischerföderation"). The acronym abbreviates
    the name: each of its letters opens a word or a compound's part before it, so a person's party is none ("Karl
    Beispiel (CDU)")."""
    given = _ACRONYM_CLOSING.search(phrase)
    if given is None:
        return None
    initials = {part[0].upper() for word in _WORD.findall(phrase, 0, given.start()) for part in word.split("-") if part}
    return given.group(1) if len(initials) >= 2 and set(given.group(1)) <= initials else None


def _a_verb_and_then(text: str, rules: _Rules) -> bool:
    """The words before a speech verb open with a lower-case word, no determiner (a verb after an apposition),
    and end with "und": the speech verb goes on with the subject of the sentence, not with these words."""
    opening = _WORD.search(text)
    return (
        opening is not None
        and opening.group()[:1].islower()
        and opening.group() not in rules.determiners
        and bool(_AND_THEN.search(text))
    )


_AND_THEN = re.compile(r"\s(?:und|sowie)\s*$")
_AND_OPENS = re.compile(r"\s*(?:und|sowie)\s")


def _speaker_we_do_not_know(
    sentence: str, before_after: tuple[tuple[int, int], tuple[int, int]], text: str, around: _Around, rules: _Rules
) -> tuple[int, int]:
    """No actor we know before nor after the verb: the words before it ("Mehrere Anwohner berichteten, …", "Das
    ISW meldete"), unless a phrase opens the sentence ("Zu dem Brand bekannte sich eine Gruppe …") or an adverbial
    fronted before a closing participle."""
    before, after = before_after
    opening = _WORD.search(text)
    if opening is not None and opening.group().lower() in rules.prepositions:
        auxiliary = rules.perfect_auxiliary.search(text)
        if auxiliary is not None and text[auxiliary.end() :].strip():
            return before  # "Im August hatte Karl Beispiel gesagt": between the auxiliary and the participle
        return after  # a preposition's phrase is no subject: the subject follows the verb
    if not around.fronted or (around.first_before in rules.determiners and around.capital_second):
        return before
    return _subject_of_a_closing_participle(sentence, before, after, text, rules)


def _subject_of_a_closing_participle(
    sentence: str, before: tuple[int, int], after: tuple[int, int], text: str, rules: _Rules
) -> tuple[int, int]:
    """ "Zuvor hatte die Miliz Meldungen … zurückgewiesen.": the participle ends the clause; its subject is the
    noun phrase after the auxiliary, up to its noun and a genitive, not the bare object after it. Else the
    subject after the verb."""
    if sentence[after[0] : after[1]].strip(" .;:!?") or not rules.perfect_auxiliary.search(text):
        return after
    phrase = _SUBJECT_PHRASE.match(sentence, before[0])
    return (before[0], phrase.end()) if phrase and phrase.end() <= before[1] else before


def _subject_follows(sentence: str, verb: re.Match[str], first_after: str, rules: _Rules) -> bool:
    """ "…, sagte er"; "Die Armee habe das Dorf verlassen, sagte der Gouverneur": not the army's words."""
    return bool(rules.pronoun.fullmatch(first_after)) or _inverted_after_a_clause(sentence, verb, first_after, rules)


def _inverted_after_a_clause(sentence: str, verb: re.Match[str], first_after: str, rules: _Rules) -> bool:
    """A speech verb opening the clause after a whole clause, a speaker's noun phrase after it: "…, sagte der
    Gouverneur", "…, erklärte Karl Beispiel". The clause before is what was said, whatever party it names; an
    apposition ("Der Kommandeur, Karl Beispiel, sagte") or a relative clause before the verb is too short or opens
    otherwise, and "sagte der Zeitung" names whom it was said to."""
    head = sentence[: verb.start()].rstrip()
    if not head.endswith(","):
        return False
    opening = head.rfind(",", 0, len(head) - 1) + 1
    words = _WORD.findall(head, opening)
    if len(words) < _CLAUSE_WORDS or (opening and words[0].lower() in rules.determiners):
        return False  # an apposition, or a relative clause ("…, die seit Tagen kämpft, meldete")
    if first_after.lower() in rules.subject_determiners:
        return True
    if first_after == "der":
        noun = _WORD.search(sentence, verb.end() + len(first_after) + 1)
        if noun is not None and _NOMINATIVE_ADJECTIVE.fullmatch(noun.group()):
            return True  # "der staatliche Konzern": a nominative, not "der staatlichen Zeitung"
        return noun is not None and _ends(rules.role_suffix, noun.group())  # "der Gouverneur", not "der Zeitung"
    return first_after[:1].isupper() and not is_known(first_after, exact=True)  # a name


_CLAUSE_WORDS = 4  # "Das Dorf sei verlassen": a clause; "Karl Beispiel": an apposition
_NOMINATIVE_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}e")  # "der ukrainische …": masculine nominative after "der"


def _no_phrase(sentence: str, after: tuple[int, int], rules: _Rules) -> tuple[int, int]:
    """The words after the verb as its subject, unless they open with a preposition ("…, sagte am Mittwoch in einem
    Interview"): a preposition's phrase is no subject; the subject is then the noun phrase opening the sentence,
    up to its first comma ("Rechtsanwalt X, der …, sagte am Mittwoch")."""
    first = _WORD.search(sentence, after[0], after[1])
    if first is None or not _a_prepositions_word(first.group().lower(), rules):
        return after
    opening = sentence.find(",")
    words = _WORD.findall(sentence, 0, opening) if opening > 0 else []
    if not words or len(words) > _OPENING_PHRASE_WORDS or not words[0][:1].isupper():
        return after
    return 0, opening


_OPENING_PHRASE_WORDS = 6  # "Der Sprecher des Ministeriums, …": a noun phrase, not a clause


def _a_prepositions_word(word: str, rules: _Rules) -> bool:
    """A preposition, or a pronominal adverb made of one ("dazu", "darüber", "hierzu"): never a subject."""
    if word in rules.prepositions:
        return True
    stem = _PRONOMINAL.match(word)
    return stem is not None and word[stem.end() :] in rules.prepositions


_PRONOMINAL = re.compile(r"da(?:r(?=[aeiouäöü]))?|hier")  # "da-zu", "dar-über", "hier-zu"


_DEFINITE_NOUN = re.compile(r"\s+(?:der|die|das)\s+(?:[a-zäöüß-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*")


def _speaker_noun_after(sentence: str, end: int, rules: _Rules) -> bool:
    """Whether a definite noun phrase right after the verb names one who speaks ("die Miliz", "der Sprecher")."""
    phrase = _DEFINITE_NOUN.match(sentence, end)
    if phrase is None:
        return False
    return _speaker_noun(_last_word(phrase), rules) or bool(rules.group_phrase.match(phrase.group()))


def _last_word(phrase: re.Match[str]) -> str:
    words: list[str] = _WORD.findall(phrase.group())  # typed: mypyc stops on Any
    return words[-1]


def _speaker_before(
    sentence: str, verb: re.Match[str], around: _Around, found: _Mentions, rules: _Rules
) -> tuple[int, int]:
    """The subject before the verb: up to the verb, or, in the perfect, up to its auxiliary ("Das Ministerium
    hat den Tod zweier Seeleute bestätigt": the object between is the fact, not the speaker); after a fronted
    adverbial the noun phrase after the auxiliary ("Am Abend hat das Ministerium den Tod … bestätigt"). An
    actor between auxiliary and verb keeps the whole stretch: whom they told ("der Zeitung X mitgeteilt"),
    or the speaker after an object put first ("Neun Verletzte hat die Polizei gemeldet")."""
    left = around.left
    auxiliary = rules.perfect_auxiliary.search(sentence, left, verb.start())
    if auxiliary is None or not sentence[left : auxiliary.start()].strip():
        if _AND_RIGHT_BEFORE.search(sentence, left, verb.start()):
            return left, _before_what_is_said(sentence, left, verb.start(), rules)
        return left, verb.start()
    fronted = _fronted_before(_WORD.findall(sentence, left, auxiliary.start()), rules)
    # "Am Abend hatte das Ministerium die Berichte polnischer Zeitungen … genannt": a speaker's noun right
    # after the auxiliary is the subject, an actor in the object after it none
    speaker_next = fronted and _speaker_noun_after(sentence, auxiliary.end(), rules)
    if found.starting_in(auxiliary.end(), verb.start()) and not speaker_next:
        told_a_medium = rules.named_medium.search(sentence, auxiliary.end(), verb.start())
        if not fronted and not told_a_medium and _a_role_first(sentence, left, auxiliary.start(), rules):
            return left, auxiliary.start()  # "Die Regierung hat die Miliz … eingestuft": the actor after is the object
        return left, verb.start()  # who they told ("der Zeitung X mitgeteilt"), or an object put first
    if any(_can_be_subject(m) for m in found.starting_in(left, auxiliary.start())):
        return left, auxiliary.start()
    if not fronted:
        return left, auxiliary.start()
    opening = auxiliary.end() + (6 if sentence.startswith(" sich ", auxiliary.end()) else 1)
    pronoun = rules.pronoun.match(sentence, opening)
    if pronoun:
        return opening, pronoun.end()  # "Am Morgen hatte er noch acht Tote gemeldet"
    return opening, max(opening, min(_noun_phrase_end(sentence, opening, rules), verb.start()))


def _a_subject_before(sentence: str, left: int, verb: int, rules: _Rules) -> bool:
    """A role opens the words before the verb, or a role named at length with its name set off before the verb
    ("Der Berater des Präsidenten … und Leiter der Abteilung …, Karl Beispiel, bezeichnete …")."""
    if sentence[left:verb].isspace() and _ROLE_BEFORE_ITS_NAME.fullmatch(sentence, 0, left):
        return True
    return _a_role_first(sentence, left, verb, rules)


def _a_role_first(sentence: str, left: int, end: int, rules: _Rules) -> bool:
    """The words before the finite verb are a subject with its article whose noun is a role ("Die Regierung",
    "Der neue Minister"): in a main clause the actor after the verb is then its object ("Die Regierung stufte die
    Miliz als … ein"), not the speaker of an object put first ("Die Vorwürfe wies die Miliz zurück")."""
    words = _WORD.findall(sentence, left, end)
    if len(words) < 2 or words[0].lower() not in _NOMINATIVE_ARTICLES:
        return False
    first = next((i for i, w in enumerate(words) if i and w[:1].isupper()), None)
    if first is None:
        return False
    # "Der Nationale Verteidigungsrat": the noun closes a run of capitalised words, a name's adjective before it
    while first + 1 < len(words) and words[first + 1][:1].isupper():
        first += 1
    return _ends(rules.role_suffix, words[first].split("-")[-1])


_NOMINATIVE_ARTICLES = frozenset({"der", "die", "das"})  # a subject's article ("den", "dem" are an object's)


def _past_an_adverb(words: list[str], rules: _Rules) -> list[str]:
    """ "Noch am Abend", "Bereits im März": an adverb before a preposition's phrase is part of the adverbial;
    the phrase is read as the sentence's first words."""
    if len(words) >= 2 and words[0].lower() in rules.fronted_adverbs and words[1].lower() in rules.prepositions:
        return words[1:]
    return words


def _past_a_particle(words: list[str], rules: _Rules) -> list[str]:
    """ "Auch Kiew bestätigte …", "Auch der Gouverneur meldete …": a focus particle before a noun phrase is part of
    it; the phrase is read as the sentence's first words. Not before a preposition or an adverb ("Auch am Abend
    bestätigte …"), nor before a fronted "das" of no noun ("Auch das bestätigte …")."""
    if len(words) >= 2 and words[0].lower() in rules.focus_particles:
        second = words[1].lower()
        if second in rules.prepositions or second in rules.fronted_adverbs:
            return words
        if second not in rules.fronted or _opens_noun_phrase(words[1:], rules):
            return words[1:]
    return words


def _fronted_before(words: list[str], rules: _Rules) -> bool:
    """Whether the words before a finite verb are an adverbial, not its subject: a fronted word or a
    preposition's phrase ("Am Abend", "Bis heute", "Neben den Schulen", "Noch am Abend"), an adverb alone
    ("Damals")."""
    words = _past_an_adverb(words, rules)
    first = words[0].lower() if words else ""
    if first in rules.prepositions or (first in rules.fronted and not _opens_noun_phrase(words, rules)):
        return True
    if 2 <= len(words) <= 3 and words[-1].lower() in rules.fronted_adverbs and first not in rules.determiners:
        # "Wenige Stunden zuvor", "Zwei Tage später": a measure of time before an adverb, its first word one the
        # dictionary knows in lower case (a numeral, a quantifier; not "Selenskyj jedoch", "Armee jedoch")
        return is_known(first, exact=True)
    return len(words) == 1 and not is_known(words[0], exact=True) and is_known(first)


def _subject_of_the_sentence(
    sentence: str, left: int, first_after: str, found: _Mentions, rules: _Rules
) -> tuple[int, int] | None:
    """ "…, warnten aber davor": a verb opening its clause shares the subject of the sentence's first clause."""
    _, first_clause_end = _clause_bounds(sentence, 0)
    subject = found.first_subject  # mentions never overlap: the first ends first
    pronoun = _pronoun_subject_opening(sentence, first_clause_end, rules)
    if pronoun is not None and (subject is None or pronoun.end() <= subject.start):
        return pronoun.span()  # "Dort gab er der Miliz die Schuld und nannte …": his words, not hers
    # "…, sagte die Sprecherin der Behörde": a noun phrase after the verb is its subject (inversion)
    after_names_one = first_after[:1].isupper() or first_after in rules.subject_determiners
    if subject and subject.end <= first_clause_end and sentence[:1] != '"' and not after_names_one:
        return 0, first_clause_end
    # "Der Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, schrieb": a subject with its apposition ("Auch der
    # Gouverneur …": a focus particle before it).
    # "Der Berater des Ministers … und Leiter des Amtes für …, Karl Beispiel, bezeichnete": a role named
    # at length, one phrase up to the name set off after it, is the subject however long
    words = _SUBJECT_WORDS * 2 if _ROLE_BEFORE_ITS_NAME.fullmatch(sentence, 0, left) else _SUBJECT_WORDS
    opening = _past_a_particle(_first_words(sentence, left, words + 1), rules)
    if (
        sentence[:1] != '"'
        and 0 < len(opening) <= words
        and (opening[0].lower() in rules.determiners or _NAME_IN_APPOSITION.match(sentence, 0, left))
        and (any(_ends(rules.role_suffix, w) for w in opening) or _parties_in_an_aside(sentence, left, found))
    ):
        # "Karl Beispiel, ein Berater des Ministers, sagte dem Sender X": the name and its role; "Mehrere Staaten,
        # darunter X und Y, gehen davon aus": the parties the aside names
        return 0, left
    return None


def _parties_in_an_aside(sentence: str, left: int, found: _Mentions) -> bool:
    """A subject's aside set off by commas right before the verb names parties that can speak; not a relative
    clause ("X, die seit Jahren Angriffe beider Seiten auflistet, meldete …"), whose parties are its objects."""
    aside = sentence.rfind(",", 0, max(0, left - 1))
    if aside <= 0 or RELATIVE_OPENING.match(sentence, aside + 1):
        return False
    return any(_can_be_subject(m) for m in found.starting_in(aside, left))


def _before_what_is_said(sentence: str, left: int, end: int, rules: _Rules) -> int:
    """ "Der Rat wies die Angaben Moskaus zurück und sprach von …": the first verb's object, what another said
    with its owner after it, is no part of the subject the verb after "und" shares; the subject ends before it."""
    for said in rules.said_objects.finditer(sentence, left + 1, end):
        words_before = _WORD.findall(sentence, left, said.start())
        if (
            said.group()[:1].isalpha()
            and said.group().split()[0].lower() in rules.determiners
            and words_before
            and words_before[-1].islower()
            and words_before[-1] not in rules.prepositions
        ):
            verb = _VERBS_CLOSING.search(sentence, left, said.start())
            return verb.start() if verb else said.start()
    return end


_VERBS_CLOSING = re.compile(r"(?:\s+[a-zäöüß]+)+\s*$")  # "Der Rat wies ": the verb after the subject


def _pronoun_subject_opening(sentence: str, end: int, rules: _Rules) -> re.Match[str] | None:
    """A personal pronoun as the subject of the sentence's first clause: opening it ("Er machte …") or right after
    its finite verb ("Dort gab er …")."""
    words = list(islice(_WORD.finditer(sentence, 0, end), 3))
    for i, word in enumerate(words):
        if rules.pronoun.fullmatch(word.group()) and word.group().lower() != "man":
            return word
        if i and word.group()[:1].isupper():
            return None  # "Darin machte die Armee …": a noun phrase is the subject
    return None


# "Der Leiter der städtischen Stelle für Wasserwirtschaft und Hafenbau, X, sagte": a role with its institution
_SUBJECT_WORDS = 12

# pattern id -> (pattern, word -> whether it ends as the pattern says); keyed by id because hashing a
# compiled pattern hashes its whole program.
_ENDINGS: dict[int, tuple[re.Pattern[str], dict[str, bool]]] = {}


def _ends(pattern: re.Pattern[str], word: str) -> bool:
    """Whether a word ends as `pattern` says (a role noun, a state noun …): each word form tested once,
    not once for every cue whose clause it stands in."""
    entry = _ENDINGS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _ENDINGS[id(pattern)] = (pattern, {})
    known = entry[1]
    hit = known.get(word)
    if hit is None:
        if len(known) >= 1 << 16:
            known.clear()
        nouns_only = _NOUN_ENDINGS.get(id(pattern)) is pattern
        hit = known[word] = bool(pattern.search(word)) and not (nouns_only and _no_noun(word))
    return hit


def _first_words(sentence: str, end: int, count: int) -> list[str]:
    """The first `count` words of sentence[:end] (a word runs on past `end` is cut there)."""
    return [sentence[a : min(b, end)] for a, b in _opening_words(sentence, count) if a < end]


@lru_cache(maxsize=16)
def _opening_words(sentence: str, count: int) -> tuple[tuple[int, int], ...]:
    """Where the first `count` words of the sentence are: read once, not once per verb."""
    spans = []
    for match in _WORD.finditer(sentence):
        spans.append(match.span())
        if len(spans) == count:
            break
    return tuple(spans)


def _opens_noun_phrase(words: list[str], rules: _Rules) -> bool:
    """ "Das polnische Heer", "Die Marine": a nominative article with its noun, not a fronted "Das"."""
    return (
        len(words) >= 2 and words[0].lower() in rules.determiners and (words[1][0].isupper() or _is_adjective(words[1]))
    )


def _accuser_slot(sentence: str, verb: re.Match[str], found: _Mentions, rules: _Rules) -> tuple[int, int] | None:
    """The accuser of "X wirft Y vor", "X macht Y verantwortlich", "die Schuld sieht X bei Y", "Jede Mitschuld
    weist X von sich": the subject, never the accused. Before the verb unless a fronted object or
    adverbial ("Verantwortlich machte X Y", "Für den Angriff macht X Y verantwortlich") puts it after;
    in a verb-final clause ("Während X Y verantwortlich machte") the first noun phrase."""
    left, right = _clause_bounds(sentence, verb.start())
    if rules.reciprocal.search(sentence[left:right]):
        return None  # "schieben sich die Schuld gegenseitig zu": nobody in particular
    left = _before_an_apposition(sentence, left, verb.start(), rules)
    if not verb.group().endswith(("te", "ten")) and rules.passive_auxiliary.search(sentence, left, right):
        agent = rules.agent.search(sentence, left, right)
        return (agent.start(), right) if agent else None  # "wurde Israel verantwortlich gemacht"
    before_a_relative = _subject_before_a_relative_clause(sentence, left, verb.start(), rules)
    if before_a_relative is not None:
        return before_a_relative
    subjects = _free_subjects(sentence, found, left, right, rules)
    words = list(_WORD.finditer(sentence[left : verb.start()]))
    texts = [w.group() for w in words]
    first = texts[0].lower() if texts else ""
    pronoun = _pronoun_opening_a_clause(words, rules)
    if pronoun is not None:  # "…, in dem er der Miliz Völkermord vorwarf": the dative after it is the accused
        return left + pronoun.start(), left + pronoun.end()
    if first in rules.subordinators:
        return left + words[0].end(), verb.start()
    if _a_participle_after_and(sentence, (left, right), verb, rules):
        # "X hat … bestritten, … und der Armee vorgeworfen, …": a participle sharing the first clause's auxiliary
        # shares its subject; after "und" stands the accused
        return _clause_bounds(sentence, 0)
    shared = _subject_before_and(sentence, left, verb.start(), subjects)
    if shared is not None:
        return shared
    auxiliary = rules.perfect_auxiliary.search(sentence, left, verb.start())
    if auxiliary and not verb.group().endswith(("te", "ten")):
        return _subject_with_auxiliary(sentence, (left, verb.start()), auxiliary.span(), texts, subjects, rules)
    said_first = _object_first(sentence, left, verb, words, subjects, rules)
    if not said_first and _subject_before(sentence, left, words, subjects, rules):
        return left, verb.start()
    return _accuser_after(sentence, verb, right, [m for m in subjects if m.start >= verb.end()], rules, said_first)


def _pronoun_opening_a_clause(words: list[re.Match[str]], rules: _Rules) -> re.Match[str] | None:
    """The subject of a clause opened by a subordinator or a relative pronoun ("kurz nachdem er", "in dem sie"): a
    personal pronoun right after them."""
    for i, word in enumerate(words[:4]):
        if not word.group().islower():
            return None
        if i and rules.pronoun.fullmatch(word.group()):
            before = words[i - 1].group()
            return word if before in rules.subordinators or before in _RELATIVE_PRONOUNS else None
    return None


_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche"})


def _a_participle_after_and(sentence: str, clause: tuple[int, int], verb: re.Match[str], rules: _Rules) -> bool:
    """ ", und der Armee vorgeworfen,": a clause opening with "und" whose verb closes it, no auxiliary of its own."""
    left, right = clause
    if left == 0 or not _AND_OPENS.match(sentence, left) or sentence[verb.end() : right].strip():
        return False
    return not verb.group().endswith(("te", "ten")) and not rules.perfect_auxiliary.search(sentence, left, verb.start())


def _free_subjects(sentence: str, found: _Mentions, left: int, right: int, rules: _Rules) -> list[Mention]:
    """The mentions of a clause that may be its subject: no party a preposition governs, nor its conjunct ("zwischen X
    und Y"), nor the agent of an attribute ("die von X verbreitete Zahl")."""
    return [
        m
        for m in found.starting_in(left, right)
        if m.speaks
        and not m.governed
        and not _governed(sentence, m.start, rules, conjuncts=True)
        and not _agent_of_an_attribute(sentence, m, rules)
    ]


def _subject_with_auxiliary(
    sentence: str,
    clause: tuple[int, int],
    auxiliary: tuple[int, int],
    texts: list[str],
    subjects: list[Mention],
    rules: _Rules,
) -> tuple[int, int]:
    """ "Am Freitag hatte X die Armee Y beschuldigt": the subject before the object, either side of "hatte"; where the
    clause does not open with an adverbial, the first who may speak before the auxiliary, or else the noun phrase
    there ("Die Armee hat der Miliz vorgeworfen": the accused after the auxiliary is no subject)."""
    left, verb = clause
    texts = _past_a_particle(texts, rules)  # "Auch das Ministerium hatte X vorgeworfen": the subject opens it
    first = texts[0].lower() if texts else ""
    if first in rules.fronted and not _opens_noun_phrase(texts, rules):
        return auxiliary[1], _accused_before_the_participle(sentence, auxiliary[1], verb, subjects, rules) or verb
    before = [m.start for m in subjects if m.start < verb]
    if before and before[0] > auxiliary[0] and _opens_noun_phrase(texts, rules):
        return left, auxiliary[0]  # the clause opens with its subject, one we know by role only
    return (before[0] if before else left), verb


def _accused_before_the_participle(
    sentence: str, start: int, verb: int, subjects: list[Mention], rules: _Rules
) -> int | None:
    """ "Bereits im Mai hatte die Armee der Miliz vorgeworfen, …": the last actor's phrase right before the participle,
    after a noun phrase of its own, is the accused ("der Miliz" a dative, not the army's genitive): where the accuser's
    phrase ends; None where the actor's phrase stands alone."""
    last = next((m for m in reversed(subjects) if start <= m.start < verb), None)
    if last is None or not all(w[0].isupper() for w in sentence[last.end : verb].split()):
        return None  # "hatte die Armee Y [vorgeworfen]", "… der russischen Armee [vorgeworfen]"
    words = list(_WORD.finditer(sentence, start, last.start))
    while words and _is_adjective(words[-1].group()):
        words.pop()
    if words and words[-1].group().lower() in rules.determiners:
        words.pop()  # the accused's article
    return words[-1].end() if any(w.group()[0].isupper() for w in words) else None


def _subject_before_and(sentence: str, left: int, verb: int, subjects: list[Mention]) -> tuple[int, int] | None:
    """ "X gab dem Kreml die Schuld und beschuldigte Russland": a verb right after "und" goes on with the subject
    opening the clause, never with the accused after it."""
    if not _AND_THEN.search(sentence, left, verb):
        return None
    opening = _WORD.search(sentence, left, verb)
    first = next((m for m in subjects if opening is not None and m.start == opening.start()), None)
    return (first.start, first.end) if first is not None else None


def _object_first(
    sentence: str, left: int, verb: re.Match[str], words: list[re.Match[str]], subjects: list[Mention], rules: _Rules
) -> bool:
    """ "Die Vorwürfe wies die Miliz zurück": what is said comes first, the subject is the noun phrase after the
    verb; "Angriffe auf Zivilisten wies sie zurück": nobody before the verb, a pronoun right after it is the subject."""
    if words and rules.said_objects.match(sentence, left + words[0].start()) is not None:
        return True
    texts = [w.group() for w in words]
    # "Die von X genannte Zahl wies die Armee zurück": a role right after the verb, as a pronoun there
    return _nobody_before(sentence, left, verb, texts, subjects, rules) and (
        _pronoun_after(sentence, verb.end(), rules) is not None or _a_role_after(sentence, verb.end(), texts, rules)
    )


def _a_role_after(sentence: str, end: int, before: list[str], rules: _Rules) -> bool:
    """A definite noun phrase right after the verb naming a role ("die Armee", not "die Darstellung"), a noun phrase
    of no actor before the verb (no pronoun: "Sie wies die Angaben zurück"; a fronted adverb is the lexicon's
    to tell: "Zudem warf X Y vor")."""
    if not before or before[0].lower() not in rules.determiners or any(rules.pronoun.fullmatch(w) for w in before):
        return False
    phrase = _DEFINITE_NOUN.match(sentence, end)
    return phrase is not None and _role_word(_last_word(phrase), rules)


def _nobody_before(
    sentence: str, left: int, verb: re.Match[str], texts: list[str], subjects: list[Mention], rules: _Rules
) -> bool:
    """No actor, role or group before the verb: what stands there is the object ("Angriffe auf Zivilisten")."""
    if any(m.start < verb.start() for m in subjects) or rules.group_phrase.match(sentence[left : verb.start()]):
        return False
    return not any(t[0].isupper() and _speaker_noun(t.split("-")[-1], rules) for t in texts)


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _pronoun_after(sentence: str, end: int, rules: _Rules) -> tuple[int, int] | None:
    """The span of a personal pronoun right after the verb ("wies sie zurück"), if one stands there."""
    word = _NEXT_WORD.match(sentence, end)
    return word.span(1) if word and rules.pronoun.fullmatch(word.group(1)) else None


def _before_an_apposition(sentence: str, left: int, verb: int, rules: _Rules, *, closing: bool = False) -> int:
    """ "Die Sprecherin des Ministeriums, Maria Beispiel, warf …": where the subject starts that a name set off by
    commas follows, the verb right after it; `left` where no name stands between commas there (after a
    clause, "Nachdem …, warf X Y vor", the subject follows the verb). With `closing` (the verb is a participle
    closing its clause), a participle whose auxiliary stands before the subject too ("Am Montag hatte die
    Sprecherin, Maria Beispiel, den Abzug bekannt gegeben")."""
    gap = sentence[left:verb]
    auxiliary = rules.perfect_auxiliary.match(sentence, left + len(gap) - len(gap.lstrip()))
    finite = auxiliary.start() if auxiliary else verb  # "…, Maria Beispiel, hatte Y … vorgeworfen"
    right_after = not sentence[left:finite].strip()
    aside = _set_off_by_commas(sentence, left) if right_after or closing else None
    if aside is None or not _a_noun_phrase(_WORD.findall(sentence, aside[1], left - 1), rules):
        return left
    outer, inner = aside
    if not right_after and not rules.perfect_auxiliary.search(sentence, outer, inner):
        return left  # the closing participle's auxiliary stands before the subject, or it is no subject of it
    first = _WORD.search(sentence, outer, inner)
    return outer if first and first.group().lower() not in rules.subordinators else left


def _subject_before_a_relative_clause(sentence: str, left: int, verb: int, rules: _Rules) -> tuple[int, int] | None:
    """ "Die Miliz, in deren Händen X liegt, machte …": the subject that a relative clause set off by commas follows,
    the verb right after it (not the parties the relative clause names: "X, die von Y unterstützt wird, weist …")."""
    aside = None if sentence[left:verb].strip() else _set_off_by_commas(sentence, left)
    if aside is None or not RELATIVE_OPENING.match(sentence, aside[1]):
        return None
    outer, inner = aside
    words = _WORD.findall(sentence, outer, inner - 1)
    if not words or words[0].lower() in rules.subordinators:
        return None
    if rules.said_objects.match(sentence[outer:inner].lstrip()):
        return None  # "Meldungen über …, die im Netz kursieren, weist das Amt zurück": what is denied, put first
    return (outer, inner - 1) if _a_noun_phrase(words, rules) else None


def _set_off_by_commas(sentence: str, left: int) -> tuple[int, int] | None:
    """ "X, <aside>, | verb": where the phrase before an aside set off by commas starts and where the aside starts,
    the aside's closing comma right before `left`; None where no such aside ends there."""
    if not sentence[:left].rstrip().endswith(","):
        return None
    inner = _clause_bounds(sentence, left - 1)[0]
    if not sentence[:inner].rstrip().endswith(","):
        return None
    return _clause_bounds(sentence, inner - 1)[0], inner


def _a_noun_phrase(words: list[str], rules: _Rules) -> bool:
    """Names, determiners and adjectives only: no verb among them."""
    return bool(words) and all(_a_name_word(w) or _in_a_noun_phrase(w, rules) for w in words)


# a relative clause's opening: its pronoun, perhaps after a preposition ("in deren Hand")
RELATIVE_OPENING = re.compile(
    r"\s*(?:(?:in|mit|von|bei|auf|aus|unter|zu|nach|für|gegen|über|an)\s+)?(?:der|die|das|dem|den|deren|dessen|denen)\s"
)


def _a_name_word(word: str) -> bool:
    """A capitalised word, or a surname with an article in transliteration ("al-Essi", "el-Sisi")."""
    return word[0].isupper() or word.split("-")[-1][:1].isupper()


def _of_a_circumstance(sentence: str, mention: Mention, rules: _Rules, named: bool = False) -> bool:
    """A nationality in the noun phrase a preposition opens, nouns of a genitive between ("Seit Beginn der
    israelischen Angriffe", "nach den russischen Angriffen"): whose act the circumstance was, no party present;
    `named`: a party named there too ("Seit Beginn der Angriffe des Regimes")."""
    if mention.actor.kind != "adjective" and not named:
        return False
    words: list[str] = _WORD_OR_MARK.findall(sentence[max(0, mention.start - 80) : mention.start])[-6:]
    words.append(sentence[mention.start : mention.end])
    for at in range(len(words) - 2, -1, -1):
        word = words[at]
        if word.lower() in rules.prepositions:
            return True
        if not (word[0].isupper() or _in_a_noun_phrase(word, rules)):
            return False  # a verb or a comma: the nationality is no circumstance's
        if word[0].islower() and not _a_determiner(word, rules) and not words[at + 1][:1].isupper():
            return False  # "räumten die Behörden Russlands": a verb, not an adjective before its noun
    return False


def _in_a_noun_phrase(word: str, rules: _Rules) -> bool:
    """A word a noun phrase holds before its noun: "die", "des", "russischen" (an adjective in lower case)."""
    return _a_determiner(word, rules) or _is_adjective(word)


def _a_determiner(word: str, rules: _Rules) -> bool:
    """ "die", "des", "einem", "seiner"."""
    low = word.lower()
    return low in rules.determiners or bool(_DETERMINER.fullmatch(low))


def _accuser_after(
    sentence: str, verb: re.Match[str], right: int, after: list[Mention], rules: _Rules, phrase_only: bool
) -> tuple[int, int] | None:
    """The accuser after the verb: the first noun phrase after it; a capitalised word before the first
    actor is a subject we do not know. `phrase_only`: that noun phrase alone, not the words after it."""
    pronoun = _pronoun_after(sentence, verb.end(), rules)
    if pronoun is not None:
        return pronoun  # "wies sie zurück": the pronoun, pointing back
    whole = after[0].start if after else right
    between = list(_WORD.finditer(sentence[verb.end() : whole]))
    if after:
        between = _before_the_actors_phrase(between, verb.end(), whole)
    for i, w in enumerate(between):
        previous = between[i - 1].group().lower() if i else ""
        if w.group()[0].isupper() and previous not in rules.prepositions and w.group().lower() not in rules.fronted:
            # "wies die Miliz als Lügen zurück": the noun phrase, not what follows it up to the particle
            start = verb.end() + (between[i - 1] if previous in rules.determiners else w).start()
            end = _noun_phrase_end(sentence, start, rules)
            return (start, end) if phrase_only and not after and end > start else (verb.end(), whole)
    return (after[0].start, after[0].end) if after else None


def _before_the_actors_phrase(words: list[re.Match[str]], offset: int, limit: int) -> list[re.Match[str]]:
    """The words (matched from `offset`) without those of the actor's own phrase right before `limit`:
    "die Rebellengruppe X", "die radikal-nationalistische X"."""
    while words and offset + words[-1].end() + 2 >= limit and _in_a_name_phrase(words[-1].group()):
        limit = offset + words[-1].start()
        words.pop()
    return words


def _in_a_name_phrase(word: str) -> bool:
    return word[0].isupper() or _is_adjective(word) or "-" in word


def _subject_before(
    sentence: str, left: int, words: list[re.Match[str]], subjects: list[Mention], rules: _Rules
) -> bool:
    """Whether the words before a finite verb hold its subject ("Die Hisbollah macht …", "Beispiel warf …")
    or only a fronted object or adverbial ("Verantwortlich machte …", "Kurz nach Mitternacht warf …",
    "Jede Mitschuld … weist …")."""
    texts = [w.group() for w in words]
    blame = tuple(w for w in rules.accusation_fronted if len(w) > 5)  # "Schuld", "Hauptschuld", "Verantwortung"
    if any(
        (t.lower() in rules.accusation_fronted or t.lower().endswith(blame)) and t.lower() not in rules.fronted
        for t in texts
    ):
        return False  # the blame itself comes first
    if any(left <= m.start < left + (words[-1].end() if words else 0) for m in subjects):
        return True
    for i, text in enumerate(texts):
        low = text.lower()
        if not text[0].isupper() or low in rules.fronted or low in rules.prepositions or low in rules.subordinators:
            continue
        if low in rules.fronted_adverbs:
            continue
        if low in rules.accusation_fronted or _governed(sentence, left + words[i].start(), rules):
            continue
        return True
    return False


def _warns_against(sentence: str, verb: re.Match[str], rules: _Rules) -> bool:
    """ "X warnte vor Hamsterkäufen": an appeal, not a statement ("X warnte, die Lage sei ernst" is one)."""
    if verb.group() not in rules.warning:
        return False
    left, right = _clause_bounds(sentence, verb.start())
    return bool(re.search(r"\bvor\b", sentence[left:right])) and not _DASS_CLAUSE.match(sentence, right)


def _publishes_pictures(sentence: str, verb: re.Match[str], rules: _Rules) -> bool:
    """ "Die Marine zeigte Fotos des Wracks", "veröffentlichte Satellitenbilder": an act the outlet
    reports, not a statement: the pictures are no speaker's words."""
    if not rules.publication_verb.match(verb.group()):
        return False
    _, right = _clause_bounds(sentence, verb.end())
    following = _WORD.findall(sentence[verb.end() : right])[:5]
    return any(w[0].isupper() and rules.publication_object.search(w.split("-")[-1]) for w in following)


def attribute_sentence(
    sentence: str, block: int, knowledge: Knowledge, memory: ArticleMemory, *, carries_over: bool
) -> Attribution:
    """Sources of one sentence (offsets relative to it: a source carried over from an earlier sentence starts
    before it, at a negative offset); updates `memory` for the next one.

    `carries_over` says the sentence reports speech or hearsay without naming a source itself,
    so it continues the attribution of the sentence before it in the same paragraph.
    """
    rules = _rules(knowledge.rules.attribution)
    mentions = find_mentions(sentence, knowledge, memory)
    _learn_names(sentence, mentions, rules, memory)
    _learn_held_places(sentence, mentions, memory, knowledge, rules)
    cued = _may_name_a_source(sentence, rules)
    if not (cued or mentions):  # most sentences: nobody named, no word any cue needs
        return _naming_nobody(sentence, block, mentions, memory, knowledge, carries_over, _Cues([], []))
    at = _Sentence(sentence, _Mentions.of(mentions), _Words(sentence), rules, regions(knowledge))
    if cued:
        accusations = _accusation_cues(at)
        speech = _speech_cues(at, accusations.verbs)
        slots = _phrase_slots(at) + accusations.slots + speech.slots
        # An accuser no actor we know is (a person named by role and name) is who says it, not part of the
        # fact, however the sentence's source is resolved; a party accusing stays (its slot may hold the accused).
        accusers = [(s.start, s.end) for s in accusations.slots if not at.found.starting_in(s.start, s.end)]
    else:
        accusations, speech, slots, accusers = _Cues([], []), _Cues([], []), [], []
    verbs = accusations.verbs + speech.verbs
    if not (slots or verbs or mentions):  # nobody named and no cue found: at most a source carried over
        return _naming_nobody(sentence, block, mentions, memory, knowledge, carries_over, speech)
    phrases = [_phrase_only(sentence, s.start, s.end, rules) for s in slots if s.kind not in ("speech", "quoter")]
    phrases += accusers
    sources = _Collected()
    unresolved = [slot for slot in slots if not _collect_named(at, slot, sources)]
    # Speakers first: 'Dieser hatte mitgeteilt, dass nach Erkenntnissen seines Landes …' hangs on 'Dieser'.
    fresh = block != memory.previous_block  # a paragraph opens: a role with a name is somebody new
    places = place_kinds(knowledge)
    recall = _Recall.of(memory, rules) if unresolved else _NOTHING_RECALLED  # most sentences: nothing to resolve
    for slot in sorted(unresolved, key=lambda u: u.kind != "speech"):
        sources.extend(
            _resolve_anaphor(
                sentence,
                slot.start,
                slot.end,
                slot.kind,
                at.found,
                sources,
                memory,
                rules,
                fresh=fresh,
                places=places,
                knowledge=knowledge,
                recall=recall,
            )
        )
    if not sources:
        sources.extend(
            _carried_over(
                sentence, block, memory, rules, carries_over, acts=speech.acts, named=bool(slots), mentions=mentions
            )
        )
    elif carries_over and all(s.role == "relay" and not s.party for s in sources.items):
        sources.extend(_relayed_before(sentence, block, memory, rules))
    attribution = _conclude(sentence, block, sources.items, phrases + verbs, mentions, memory, rules, knowledge)
    attribution.speech_verbs = speech.verbs
    return attribution


def _naming_nobody(
    sentence: str,
    block: int,
    mentions: list[Mention],
    memory: ArticleMemory,
    knowledge: Knowledge,
    carries_over: bool,
    speech: _Cues,
) -> Attribution:
    """The rest of `attribute_sentence` for a sentence that names nobody and has no cue (no slot, no verb;
    `speech`: whether it reports an act): the sources carried over, if any. Where none is carried over, what
    `_conclude` does for no source, no mention and no phrase: the memory ages as `_conclude` and `_remember`
    age it, the place named last kept unless the sentence names one of the gazetteer."""
    rules = _rules(knowledge.rules.attribution)
    carried = _carried_over(
        sentence, block, memory, rules, carries_over, acts=speech.acts, named=False, mentions=mentions
    )
    if carried:
        sources = _Collected()
        sources.extend(carried)
        attribution = _conclude(sentence, block, sources.items, [], mentions, memory, rules, knowledge)
        attribution.speech_verbs = speech.verbs
        return attribution
    memory.previous_mentions = mentions
    memory.previous_text = sentence
    memory.previous_sources = []
    _remember_named(sentence, mentions, memory, rules, knowledge)
    memory.last_speakers_moved += memory.offset_of_previous
    memory.speakers_age += 1
    memory.announces = False
    memory.previous_ended = sentence.rstrip()[-1:] in '.!?"'
    memory.last_sources_moved += memory.offset_of_previous
    memory.sources_age += 1
    memory.previous_block = block
    return Attribution([], [], [], mentions, [], speech.verbs)


@quick_init
@dataclass(frozen=True)
class _Sentence:
    """A sentence under attribution, with its mentions and words to look up by position."""

    text: str
    found: _Mentions
    words: _Words
    rules: _Rules
    regions: frozenset[str] = frozenset()  # the gazetteer's regions: "Donbass: …" labels a headline's topic


@quick_init
@dataclass(frozen=True)
class _Slot:
    """Where a source is named, and how: after "laut" (prep), before "berichtete" in "wie X berichtete" (relay),
    as the subject of a speech verb (speech), or as a medium quoting someone (quoter)."""

    start: int
    end: int
    kind: str
    take_last: bool = False  # "[einem Bericht der Zeitung X] zufolge": the last actor of the phrase


@quick_init
@dataclass(frozen=True)
class _Cues:
    """The slots and verbs of the speech or accusation verbs of a sentence, and whether it reports an act."""

    slots: list[_Slot]
    verbs: list[tuple[int, int]]
    acts: bool = False


def _after_prepositional(sentence: str, match: re.Match[str], rules: _Rules, names: Container[int]) -> int:
    """The end of the source phrase a prepositional form opens: "laut" takes a noun phrase, "nach Angaben"
    (its last word a noun) a genitive or a name only."""
    words = match.group().split()
    after_noun = len(words) > 1 and words[-1][:1].isupper()
    return _noun_phrase_end(sentence, match.end(), rules, after_noun=after_noun, names=names)


def _phrase_slots(at: _Sentence) -> list[_Slot]:
    """ "laut X", "nach Angaben X", "X zufolge", "wie X berichtete", a headline's "X:"."""
    sentence, rules = at.text, at.rules
    # one alternative starts with any word ("[\w-]+ Angaben nach"): the pattern is no quick read
    present = may_be_present(rules.prepositional_present, sentence)
    names = {m.start for m in at.found.items}  # where the actors we know start: "der Armee Israels" goes on
    slots = [
        # "nach eigenen Angaben" names its source (the subject): no noun phrase of a source follows it
        _Slot(
            m.start(),
            m.end() if rules.own.search(m.group()) else _after_prepositional(sentence, m, rules, names),
            "prep",
        )
        for m in (rules.prepositional.finditer(sentence) if present else ())
    ]
    slots += [
        _Slot(_start_before_zufolge(sentence, m.start(), m.end(), rules), m.end(), "prep", take_last=True)
        for m in (rules.zufolge.finditer(sentence) if holds_a_word(rules.zufolge_words, sentence, folded=True) else ())
    ]
    relaying = holds_a_word(_RELAY_WORDS, sentence) and holds_a_word(rules.relay_verb_words, sentence)
    relays = rules.relay_wie.finditer(sentence) if relaying else ()  # "wie" and a verb after it, both words
    slots += [_Slot(m.start("who"), m.end("who"), "relay") for m in relays]
    headline = rules.headline.match(sentence) if ":" in sentence else None  # "Seoul: …" needs its colon
    if headline and _names_a_speaker(sentence, headline.start(1), headline.end(1), at.found.items, rules, at.regions):
        slots.append(_Slot(headline.start(1), headline.end(1), "prep"))
    judged = rules.judged.match(sentence) if slots else None
    return [s for s in slots if s.start >= judged.end()] if judged else slots


def _start_before_zufolge(sentence: str, at: int, end: int, rules: _Rules) -> int:
    """Where the phrase before "zufolge" opens: its noun phrase ("den Angaben"), or the words pointing back that
    the lexicon's `anaphoric` phrases end with it ("Beschädigt wurde ihr zufolge nur die Mole")."""
    start = _noun_phrase_start(sentence, at, rules)
    pointing = rules.anaphoric.search(sentence, max(0, at - _POINTER_REACH), end) if start == at else None
    return pointing.start() if pointing and pointing.end() == end else start


_POINTER_REACH = 8  # "ihnen ": a pronoun before "zufolge"


def _accusation_cues(at: _Sentence) -> _Cues:
    """ "X warf Y vor", "X macht Y verantwortlich": the accuser is the source."""
    sentence, rules = at.text, at.rules
    slots, verbs = [], []
    may_accuse = _may_accuse(sentence, rules)
    quoted = _framed_quotes(sentence) if may_accuse else []  # most sentences accuse nobody: no quotation read
    for match in rules.accusations.finditer(sentence) if may_accuse else ():
        if any(a < match.start() < b for a, b in quoted):
            continue  # "„…, denen sie Verrat vorwarfen“, erklärte X": the quote is what X says
        cue = rules.accusation_cues[int((match.lastgroup or "a0")[1:])]
        left, right = _clause_bounds(sentence, match.start())
        if cue is not None and not cue.search(sentence, left, past_a_list(sentence, right)):
            continue  # "warf" without "vor", "machte" without "verantwortlich"
        if left > 0 and _OBJECT_RELATIVE.match(sentence, left):
            # "zwölf Fischer, die die Miliz des Schmuggels bezichtigt hatte": the clause tells who they were, no part
            # of the fact and not whose it is
            verbs.append((left, right))
            continue
        verbs.append(match.span())
        slot = _accuser_slot(sentence, match, at.found, rules)
        if slot:
            slots.append(_Slot(*slot, "speech"))
    return _Cues(slots, verbs)


# a relative clause whose pronoun is the object, an article or a pronoun after it opening its subject
_OBJECT_RELATIVE = re.compile(
    r"\s*(?:die|den|denen|das|dem)\s+(?:der|die|das|den|dem|des|ein|eine|einer|einen|eines|er|sie|man)\s"
)


def _framed_quotes(sentence: str) -> list[tuple[int, int]]:
    """The quotations a sentence frames with words of its own outside them ("„…“, erklärte X"); none where the
    quotation is the whole sentence."""
    quoted = _quoted_spans(sentence)
    if not quoted:
        return []
    end = len(sentence.rstrip(" .!?"))
    return [(a, b) for a, b in quoted if a > 0 or b < end - 1]


def _speech_cues(at: _Sentence, accusing: list[tuple[int, int]]) -> _Cues:
    """The speech verbs that are no part of an accusation, each with the slot of its speaker."""
    sentence, rules = at.text, at.rules
    starts = [a for a, _ in accusing]  # in order and apart
    # the sentence reports what an actor did, not what it said: "zeigte Fotos", "veröffentlichte ein Video"
    publishes = rules.publication_search.finditer(sentence) if rules.publication_words.held(sentence) else ()
    acts = any(_publishes_pictures(sentence, m, rules) for m in publishes)
    slots: list[_Slot] = []
    verbs: list[tuple[int, int]] = []
    for match in rules.speech.finditer(sentence) if may_be_present(rules.speech_present, sentence) else ():
        before = bisect_right(starts, match.start()) - 1
        if (before >= 0 and match.start() < accusing[before][1]) or _names_oneself(sentence, match):
            continue
        if _another_verb(sentence, match, rules) or _after_zu(sentence, match.start()) or _attributive(sentence, match):
            continue
        if _reports_an_act(sentence, match, rules):
            acts = True  # an appeal ("rief … auf", "forderte"), published pictures: acts the outlet reports
            continue
        found = _speech_verb_slots(at, match)
        if found:
            slots += found + _gapped_speakers(at, match)
            verbs.append(match.span())
    return _Cues(slots, verbs, acts)


def _gapped_speakers(at: _Sentence, verb: re.Match[str]) -> list[_Slot]:
    """ "Kiew spricht von zwölf Toten, Moskau von drei": a second speaker, the verb left out as the first one
    has it, where an actor we know stands between the comma and the same preposition."""
    gapped = at.rules.gapped_speech.match(at.text, verb.end())
    if gapped is None:
        return []
    start, end = gapped.span("speaker")
    known = any(m.speaks and m.actor.party for m in at.found.inside(start, end))
    return [_Slot(start, end, "speech")] if known else []


_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|einer|eines|einem)\s+$", re.IGNORECASE)


def _attributive(sentence: str, verb: re.Match[str]) -> bool:
    """ "gemäß der verkündeten Feuerpause", "die am Montag verkündeten …": a participle before its noun,
    after its article (and a phrase of its own), says what the noun is; nobody speaks in it."""
    if not verb.group().endswith(("e", "en")) or _NOUN_NEXT.match(sentence, verb.end()) is None:
        return False  # nearly every speech verb
    return bool(_ARTICLE_BEFORE.search(sentence, max(0, verb.start() - 12), verb.start())) or _closes_an_attribute(
        sentence, verb
    )


def _after_zu(sentence: str, start: int) -> bool:
    """ "hat vier Tote zu beklagen", "nichts zu sagen": an infinitive with "zu" is no finite speech verb."""
    before = sentence[max(0, start - 4) : start].lower()
    return before.endswith("zu ") and (len(before) < 4 or not before[0].isalpha())


def _another_verb(sentence: str, verb: re.Match[str], rules: _Rules) -> bool:
    """ "Der Minister sagte die Reise ab": a particle ending the clause of a finite speech verb makes it
    another verb, one that says nothing; the particle after a later speech verb is that one's ("sprach von …
    und sagte die Reise ab")."""
    ending = rules.changing_particles.get(verb.group().lower())
    if ending is None:
        return False  # most speech verbs: no particle makes them another verb
    _, right = _clause_bounds(sentence, verb.start())
    later = rules.speech.search(sentence, verb.end(), right)
    return bool(ending.search(sentence, verb.end(), later.start() if later else right))


def _clause_endings(pairs: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """ "sagte ab" → "sagte": a clause that ends in "ab"."""
    particles: dict[str, list[str]] = {}
    for pair in pairs:
        verb, particle = pair.lower().split()
        particles.setdefault(verb, []).append(re.escape(particle))
    return {verb: re.compile(rf"\s(?:{'|'.join(words)})\W*$") for verb, words in particles.items()}


def _names_oneself(sentence: str, verb: re.Match[str]) -> bool:
    """ "bezeichnet sich als …": how one sees oneself, no statement of fact."""
    return verb.group().startswith(("bezeichne", "nenn", "nann")) and sentence[verb.end() : verb.end() + 5] == " sich"


def _reports_an_act(sentence: str, verb: re.Match[str], rules: _Rules) -> bool:
    return (
        verb.group() in rules.directive
        or _publishes_pictures(sentence, verb, rules)
        or _warns_against(sentence, verb, rules)
    )


def _speech_verb_slots(at: _Sentence, verb: re.Match[str]) -> list[_Slot]:
    """Where the speaker of a speech verb is named; for a medium quoting someone, the one quoted and the medium."""
    sentence, rules = at.text, at.rules
    if rules.quoting.match(verb.group()) and not _PARTICIPLE.fullmatch(verb.group()):
        left, right = _clause_bounds(sentence, verb.start())
        quoted = _quoted_in_the_passive(sentence, left, verb, rules)
        if quoted:
            return quoted
        # "Polnische Blätter zitieren den Vize-Minister X mit den Worten, …": the quoted one speaks
        stop = _QUOTED_ENDS.search(sentence[verb.end() : right])
        return [
            _Slot(verb.end(), verb.end() + (stop.start() if stop else 0), "speech"),
            _Slot(left, verb.start(), "quoter"),
        ]
    slot = _speech_slot(sentence, verb, at.found, at.words, rules)
    return [_Slot(*slot, "speech")] if slot else []


_QUOTED_ENDS = re.compile(r"\s(?:mit|als|im|in|auf)\s|$")  # "… X mit den Worten": the quoted one ends before


def _quoted_in_the_passive(sentence: str, left: int, verb: re.Match[str], rules: _Rules) -> list[_Slot]:
    """ "«…», wurde er zitiert", "Die Lage sei ernst, wird die Sprecherin in einer Mitteilung zitiert": in the
    passive, the one quoted stands between the auxiliary and the participle, and speaks; or as the subject before
    the auxiliary ("X wurde mit den Worten zitiert"), where a medium after "von" quotes them ("X wurde von
    Medien zitiert")."""
    if verb.group().endswith(("te", "ten")):
        return []  # "zitierte": active, its past
    auxiliaries = list(rules.passive_auxiliary.finditer(sentence, left, verb.start()))
    if not auxiliaries:
        return []  # most quoting verbs: active
    auxiliary = auxiliaries[-1]  # the one right before the participle
    stop = _QUOTED_ENDS.search(sentence, auxiliary.end(), verb.start())
    end = stop.start() if stop and stop.start() < verb.start() else verb.start()
    between = sentence[auxiliary.end() : end].split()
    subject = _Slot(left, auxiliary.start(), "speech")
    if not between:
        return [subject]
    if between[0] in _BY:
        return [subject, _Slot(auxiliary.end(), end, "quoter")]
    return [_Slot(auxiliary.end(), end, "speech")]


_BY = ("von", "vom")  # the agent of a passive


def _collect_named(at: _Sentence, slot: _Slot, sources: _Collected) -> bool:
    """Collects the media and speakers the slot names; False when it names nobody we know."""
    sentence = at.text
    # a name that starts in the slot is whole where the noun phrase ended inside it ("die Hilfsorganisation Ärzte |
    # ohne Grenzen": the phrase ends before a preposition)
    inside = at.found.starting_in(slot.start, slot.end)
    media = [m for m in inside if m.actor.kind == "medium"]
    for m in media:
        sources.add(_source(sentence, m.start, m.end, m.actor.party, "relay", m.actor.medium_domain))
    if slot.kind == "quoter":
        return True  # who quotes: only media relay
    speakers = _speakers_in(at, slot, inside) or _role_in_apposition(at, slot)
    first_word = _WORD.search(sentence, slot.start, slot.end)
    if speakers and not (
        slot.kind == "speech" and at.rules.pronoun.fullmatch(first_word.group() if first_word else "")
    ):
        head = _head_group(speakers, sentence, last=slot.take_last)
        for m in _named_person_first(head, _apposition_after(at, slot) if slot.kind == "speech" else []):
            sources.add(_source(sentence, m.start, m.end, m.actor.party, "origin"))
        return True
    if media:
        # "sagte ein Armeesprecher auf Nachfrage der AFP": the agency asked; the role before it still speaks
        return not _a_role_before_the_medium(at, slot, media[0])
    quoted = _QUOTED_NAME.search(sentence, slot.start, slot.end) if slot.kind in ("prep", "relay") else None
    if quoted and len(quoted.group(1).split()) <= 4:
        sources.add(_source(sentence, quoted.start(1), quoted.end(1), None, "relay", quoted.group(1)))
        return True
    return False


def _a_role_before_the_medium(at: _Sentence, slot: _Slot, medium: Mention) -> bool:
    """A role noun opens the slot and a preposition stands between it and a medium ("ein Armeesprecher auf
    Anfrage der AFP", not "ein Sprecher der Agentur X"): the role is the speaker, the medium who asked or relays."""
    words = _WORD.findall(at.text, slot.start, medium.start)
    role = next((i for i, w in enumerate(words) if w[0].isupper() and _role_word(w, at.rules)), None)
    return role is not None and any(w in at.rules.prepositions for w in words[role + 1 :])


_NAME_SET_OFF = re.compile(r",\s*[^,;:]{2,60},")  # ", Brigadegeneral X," between the subject and its verb


def _apposition_after(at: _Sentence, slot: _Slot) -> list[Mention]:
    """The persons named in an apposition right after a speaker's slot."""
    apposition = _NAME_SET_OFF.match(at.text, slot.end)
    if apposition is None:
        return []
    return [m for m in at.found.inside(apposition.start(), apposition.end()) if m.actor.kind == "person"]


# "Anna Brand, Sprecherin der Marine, sagte": a name opening the sentence, its apposition, then the verb (the
# slot of a subject after it is empty there)
_NAME_AND_APPOSITION = re.compile(r"\s*[A-ZÄÖÜ][^,;:]{1,60},\s*(?P<apposition>[^,;:]{2,80}),\s*[a-zäöüß]+")


def _role_in_apposition(at: _Sentence, slot: _Slot) -> list[Mention]:
    """ "X, Berater des Generaldirektors von Rosatom, sagte …": a speaker we do not know, whose apposition
    (between the name opening the sentence and the verb) names a role and whose office it is."""
    if slot.kind != "speech" or slot.start != slot.end:
        return []
    opening = _NAME_AND_APPOSITION.fullmatch(at.text, 0, slot.start)
    if opening is None or not any(_role_word(w, at.rules) for w in _WORD.findall(opening.group("apposition"))):
        return []
    start, end = opening.span("apposition")
    return [m for m in at.found.inside(start, end) if m.speaks and m.actor.party][:1]


def _named_person_first(head: list[Mention], apposition: list[Mention]) -> list[Mention]:
    """ "Der Sprecher der jemenitischen Streitkräfte, Brigadegeneral X, sagte …": a person we know, named beside a
    nationality, is whose spokesman speaks (a party names another's forces by the country); the nationality
    stands where no person we know of another party is named."""
    if not apposition or not all(m.actor.kind == "adjective" for m in head):
        return head
    parties = {m.actor.party for m in head}
    known = [m for m in apposition if m.actor.party and m.actor.party not in parties]
    return known[:1] or head


def _without_seats(speakers: list[Mention]) -> list[Mention]:
    """ "nach Angaben der in London ansässigen Beobachtungsstelle": a place a preposition governs is where the
    speaker beside it sits, not who speaks."""
    places = [m for m in speakers if m.governed and m.actor.kind in ("state", "capital")]
    if places and any(not m.governed and m.actor.kind not in _COUNTRY_KINDS for m in speakers):
        return [m for m in speakers if m not in places]
    return speakers


def _seat_of_a_mission(sentence: str, start: int, mention: Mention, rules: _Rules) -> bool:
    """ "nach Angaben der Botschaft in Kiew": the place a mission abroad sits in is not the state it speaks for."""
    if not mention.governed or mention.actor.kind not in ("state", "capital"):
        return False
    role = _role_before(sentence, start, mention.start, rules)
    return role is not None and _ends(rules.posted_role, role)


def _speakers_in(at: _Sentence, slot: _Slot, inside: list[Mention]) -> list[Mention]:
    """The actors of a slot that can speak; the subject of a speech verb is no noun a preposition governs."""
    speech = slot.kind == "speech"
    # "Nach eigenen Angaben kehrte die Delegation aus Katar zurück": one's own statement is the subject's
    subject_only = speech or bool(at.rules.own.search(at.text, slot.start, slot.end))
    speakers = [m for m in inside if m.actor.kind != "medium" and m.speaks and not (subject_only and m.governed)]
    speakers = _without_seats([m for m in speakers if not _seat_of_a_mission(at.text, slot.start, m, at.rules)])
    if not speakers and speech:
        # "die Militärverwaltung in Kiew": the place of the organ the subject names
        speakers = [
            m
            for m in inside
            if m.actor.kind in ("state", "capital")
            and m.speaks
            and _after_a_role(at.text, slot.start, m.start, at.rules)
        ]
    return speakers


def _announces(sentence: str, sources: list[Source]) -> bool:
    """The sentence ends with a colon after its speaker or its speech verb ("Pentagon:", "X erklärte dazu:", "…, so
    der Sprecher:"): what follows is theirs. Not after what they said ("X spricht von einem Sieg seiner
    Truppen:"): the colon opens the outlet's own account of it."""
    before = sentence.rstrip()
    if not before.endswith(":"):
        return False  # nearly every sentence
    words = _WORD.findall(before[max(s.end for s in sources) :])
    if not words or words[-1][:1].islower():
        return True  # "Pentagon:", "X erklärte dazu:"
    return len(words) <= _ANNOUNCING_WORDS and not _SPOKEN_OF.intersection(w.lower() for w in words)


_ANNOUNCING_WORDS = 3  # words between the speaker and the colon: "Kiew am Abend:"
_SPOKEN_OF = frozenset({"von", "über"})  # "Kiew von einem Sieg:": what they spoke of, said already


def _carried_over(
    sentence: str,
    block: int,
    memory: ArticleMemory,
    rules: _Rules,
    carries_over: bool,
    *,
    acts: bool,
    named: bool,
    mentions: Sequence[Mention] = (),
) -> list[Source]:
    """The sources of a sentence that names none: those of the sentence before that announced it ("Pentagon:"),
    the last source going on ("Demnach …", "…, hieß es weiter.") or the speaker of the sentence before."""
    # what a colon announces may open the next paragraph ("X erklärte dazu:" and the statement as a block of its own)
    announced = memory.announces and block - memory.previous_block in (0, 1)
    carried = memory.shift(memory.previous_sources) if announced else []
    if carried or acts:
        return carried  # "Pentagon:" | "Russland verlegt Truppen"
    goes_on = block == memory.previous_block or bool(memory.previous_sources and memory.previous_ended)
    if memory.sources_age > 2 and (carries_over or not goes_on):
        # No source of the last sentences is still speaking, and whether the sentence says one goes on
        # ("Demnach …") decides nothing here: it is not read (a third of the sentences that name no source).
        return memory.shift(memory.previous_sources) if carries_over and goes_on else []
    continued = (
        (may_be_present(rules.continuation_present, sentence) and rules.continuation.search(sentence))
        or (not named and (_opens_with_a_quotation(sentence) or _quotes_on(sentence, block, memory, mentions)))
        or (block == memory.previous_block and rules.tally_going_on.match(sentence))
    )
    if continued and memory.sources_age <= 2:
        # "Demnach …", "…, hieß es weiter.", "…, so der Sprecher weiter.": the last source still speaks
        return memory.sources_before()
    return _speaker_carried(block, memory, rules, (carries_over, bool(continued)), goes_on)


def _opens_with_a_quotation(sentence: str) -> bool:
    """ "„Wir bleiben“, …": the sentence opens with someone's words, not with a name in quotes ("«X» bedeutet …")."""
    opened = sentence.lstrip()
    if opened[:1] != '"':
        return False
    closing = opened.find('"', 1)
    return closing < 0 or len(opened[1:closing].split()) > 1


_QUOTED_PHRASE = re.compile(r'"([^"]{5,300})"')
_QUOTED_PHRASE_WORDS = 4  # "„bessere Bedingungen für den Dialog“": a phrase, not an epithet ("„Tor zur Welt“")


def _quotes_on(sentence: str, block: int, memory: ArticleMemory, mentions: Sequence[Mention]) -> bool:
    """ "X erklärte, …. Damit sollten „bessere Bedingungen für Gespräche“ geschaffen werden.": a phrase quoted in
    the sentence right after a speaker's, in their paragraph, is more of their words (a quotation going on); not
    where an actor is named before it ("Minister Y verbreitete das Video mit den Worten „…“")."""
    if memory.sources_age or block != memory.previous_block:
        return False
    quoted = next(
        (m for m in _QUOTED_PHRASE.finditer(sentence) if len(m.group(1).split()) >= _QUOTED_PHRASE_WORDS), None
    )
    return quoted is not None and not any(m.actor.party and m.start < quoted.start() for m in mentions)


def _speaker_carried(
    block: int, memory: ArticleMemory, rules: _Rules, carried: tuple[bool, bool], goes_on: bool
) -> list[Source]:
    """Konjunktiv I with nobody named (`carried`: whether it carries over, whether a word says the source goes on):
    the speaker of the sentence before goes on, a paragraph may open; the author's "soll" opening a paragraph reports
    what is said, by nobody the paragraph before named. A sentence naming a medium has its source ("…, berichtete
    die «Washington Post»"): nothing carries over."""
    carries_over, continued = carried
    hearsay_opening = not (continued or memory.reports_speech) and block != memory.previous_block
    if (carries_over or continued) and goes_on and not hearsay_opening:
        return _speaker_going_on(memory, rules, carries_over) or _speaker_past_a_sentence(block, memory, carries_over)
    return []


def _speaker_going_on(memory: ArticleMemory, rules: _Rules, carries_over: bool) -> list[Source]:
    """The speaker of the sentence before, or the actor it told of where it named none."""
    return memory.shift(memory.previous_sources) or _actor_before(memory, rules, carries_over)


def _speaker_past_a_sentence(block: int, memory: ArticleMemory, carries_over: bool) -> list[Source]:
    """ "Nach Angaben des Gouverneurs brannte es am Abend. Im Keller hatten 90 Menschen Schutz gesucht. Das Feuer
    sei …": reported speech one sentence of the outlet's after the speaker, all in one paragraph, is still the
    speaker's words."""
    if not (carries_over and memory.reports_speech) or memory.speakers_age != 1 or memory.speakers_block != block:
        return []
    return memory.speakers_before()


_SUBJECT_REACH = 4  # words: where a sentence's subject stands when it opens it ("Der russische Armeesprecher …")


def _actor_before(memory: ArticleMemory, rules: _Rules, carries_over: bool) -> list[Source]:
    """ "Der Armeesprecher X zeigte Fotos der Krater. Die Jets seien abgedreht.": reported speech after a sentence
    that told what an actor did, naming no source, is the words of that sentence's subject."""
    if not (carries_over and memory.reports_speech) or memory.previous_sources or not memory.previous_mentions:
        return []
    subject = _Recall.of(memory, rules).subject
    if subject is None or len(_WORD.findall(memory.previous_text, 0, subject.start)) >= _SUBJECT_REACH:
        return []
    opening = _WORD.match(memory.previous_text.lstrip())
    if opening and rules.pronoun.fullmatch(opening.group()):
        return []  # "Er warnte die USA vor …": the pronoun is the subject, not the actor after the verb
    text = memory.previous_text[subject.start : subject.end]
    return memory.shift([Source(text, subject.start, subject.end, subject.actor.party, "origin")])


def _relayed_before(sentence: str, block: int, memory: ArticleMemory, rules: _Rules) -> list[Source]:
    """ "…, berichtet TASS unter Berufung auf die Armee. … seien …, schrieb Interfax.": in reported speech
    going on from a sentence a medium relayed from a party, the next agency passes on the same party's
    words; it is no origin of its own (a medium that reports what it saw names no party before it)."""
    before = memory.previous_sources
    if not (any(s.role == "relay" for s in before) and any(s.role == "origin" and s.party for s in before)):
        return []
    carried = _carried_over(sentence, block, memory, rules, True, acts=False, named=True)
    return [s for s in carried if s.role == "origin" and s.party]


def _conclude(
    sentence: str,
    block: int,
    sources: list[Source],
    phrases: list[tuple[int, int]],
    mentions: list[Mention],
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge,
) -> Attribution:
    """The attribution of the sentence, remembered for the next ones."""
    sources = [_as_named_before(s, memory, rules) for s in sources if not _quoted_words(s)]
    sources = _de_facto_authorities(sentence, sources, mentions, memory, knowledge)
    _remember(sentence, sources, mentions, memory, rules, knowledge)
    memory.announces = bool(sources) and _announces(sentence, sources)
    memory.previous_ended = sentence.rstrip()[-1:] in '.!?"'
    if sources:
        memory.last_sources, memory.last_sources_moved, memory.sources_age = sources[:_REMEMBERED], 0, 0
    else:
        memory.last_sources_moved += memory.offset_of_previous
        memory.sources_age += 1
    if memory.speakers_age == 0:
        memory.speakers_block = block
    memory.previous_block = block
    attribution = _summarise(sources)
    attribution.mentions = mentions
    attribution.phrases = phrases + _speaker_phrases(sentence, sources, mentions, rules)
    return attribution


_QUOTATION_MARKS = '„"»«‚‹“”‘›'


def _place_ahead(memory: ArticleMemory, knowledge: Knowledge) -> str:
    """Where no place was named yet, the place of the story is the first the article names further on: a lede
    names the town ("in Lindenau"), which the gazetteer may not know, and the body the region it lies in."""
    if memory.place_ahead is None:
        ahead = governing_parties(memory.article[memory.read_to :], knowledge) if memory.article else []
        memory.place_ahead = ahead[0][2] if ahead else ""
    return memory.place_ahead


def _quoted_words(source: Source) -> bool:
    """A source that opens a quotation and ends inside it ("„Die Hafenverwaltung muss das erklären“, sagte
    Brandt" read "„Die Hafenverwaltung" as a speaker): the words somebody said, not who says them. A quotation
    that is all of the source is a name ("laut der „Lindenauer Zeitung“"). (Told by the source's own marks:
    straight quotation marks open and close alike, so a sentence's marks cannot be paired.)"""
    text = source.text.strip()
    return text[:1] in _QUOTATION_MARKS and text[-1:] not in _QUOTATION_MARKS


def _de_facto_authorities(
    sentence: str, sources: list[Source], mentions: list[Mention], memory: ArticleMemory, knowledge: Knowledge
) -> list[Source]:
    """A people's name as a source ("nach palästinensischen Angaben") speaks for the authorities that
    govern the place of the story, where the gazetteer names a de facto authority of that people
    (`speaks_for` in seeds/places.json: the Gaza Strip's authorities for "palästinensisch")."""
    speaks_for = knowledge.lexicon.get("gazetteer", {}).get("speaks_for")
    if not speaks_for or not any(s.party in speaks_for.values() for s in sources):
        return sources  # nearly every sentence: no people's name a de facto authority speaks for
    governing = {party for _, _, party in _as_held(_places_governed(sentence, knowledge), sentence, memory)}
    governing = governing or {memory.last_place or _place_ahead(memory, knowledge)}
    authority = {speaks_for[party]: party for party in governing if party in speaks_for}
    if not authority:
        return sources
    people = [(m.start, m.end) for m in mentions if m.actor.kind in ("adjective", "state")]

    def of_people(source: Source) -> bool:
        return sentence[source.start : source.end] == source.text and any(
            source.start <= a < source.end for a, _ in people
        )

    return [
        replace(source, party=authority[source.party]) if source.party in authority and of_people(source) else source
        for source in sources
    ]


def _remember(
    sentence: str,
    sources: list[Source],
    mentions: list[Mention],
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge,
) -> None:
    """What the next sentences may point back to: speakers, the roles they spoke in, the place named last."""
    memory.previous_mentions = mentions
    memory.previous_text = sentence
    memory.previous_sources = [s for s in sources if s.role == "origin" or s.party or s.medium][:_REMEMBERED]
    memory.last_medium = next((s for s in reversed(sources) if s.medium), memory.last_medium)
    if any(s.party for s in memory.previous_sources):
        memory.last_speakers, memory.last_speakers_moved = memory.previous_sources, 0
        memory.speakers_age = 0
        memory.speakers_in_headline = sentence.rstrip()[-1:] not in '.!?"'
    else:
        memory.last_speakers_moved += memory.offset_of_previous
        memory.speakers_age += 1
    for m in mentions:
        _learn_organ(sentence, m, memory, rules)
    for m in mentions:
        _learn_plain_name(sentence, m, memory)
    media = [(s.start, s.end) for s in sources if s.medium]  # "laut New York Times": a medium's name, no place
    _remember_named(sentence, mentions, memory, rules, knowledge, media)


def _remember_named(
    sentence: str,
    mentions: list[Mention],
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge,
    media: Sequence[tuple[int, int]] = (),
) -> None:
    """What a sentence names, with a source or without: the armed group named last ("Drohne trifft
    Huthi-Kommandeur." before "Die Miliz meldet …"), the states named, the place named last (none inside a
    medium's name, `media`)."""
    kinds = knowledge.party_kinds
    bodies = [(m.actor.party, kind) for m in mentions if (kind := kinds.get(m.actor.party or "")) in _BODY_KINDS]
    groups = [party for party, kind in bodies if kind == "group"]
    if groups:
        memory.last_group = groups[-1]
    if bodies:
        party, kind = bodies[-1]
        memory.last_organisation = party if kind == "organisation" else None
    _count_states(mentions, memory, knowledge)
    memory.last_place = _place_named_last(sentence, mentions, knowledge, rules, media, memory) or memory.last_place


_BODY_KINDS = ("group", "organisation")


def _count_states(mentions: list[Mention], memory: ArticleMemory, knowledge: Knowledge) -> None:
    """The states a sentence names, for an organ the article names without one (`_the_only_state`)."""
    if mentions:  # most sentences name nobody
        kinds = knowledge.party_kinds
        named = (m.actor.party for m in mentions)
        memory.states_named.update(party for party in named if party and kinds.get(party) == "state")


_COMPOUND_PART = 5  # the shortest head of a compound organ that names the organ alone ("Behörde", not "Amt")


def _learn_organ(sentence: str, mention: Mention, memory: ArticleMemory, rules: _Rules) -> None:
    """ "das russische Verteidigungsministerium" → a later "das Verteidigungsministerium" or "das Ministerium" is
    Russia's too; only a state named with its organ teaches the organ's state."""
    key = _organ_named_with(sentence, mention, rules)
    if key is not None and mention.actor.party:
        memory.heads[key] = mention.actor.party
        if mention.actor.kind == "organ":
            memory.named_organs[key] = mention.actor.party
        # and a later "das Ministerium" is that "Verteidigungsministerium"
        head = compound_head(key.capitalize(), _COMPOUND_PART)
        if head:
            memory.heads[head] = mention.actor.party


def _organ_named_with(sentence: str, mention: Mention, rules: _Rules) -> str | None:
    """The key of the organ a party that speaks is named with ("das russische Verteidigungsministerium",
    "der von X kontrollierten Gesundheitsbehörde"), or that an organ's name ends in, if any."""
    if not mention.speaks or not mention.actor.party or mention.actor.kind == "medium":
        return None
    if mention.actor.kind == "organ":  # "die von X kontrollierte Gesundheitsbehörde": the organ's own name
        last = _WORD.findall(sentence[mention.start : mention.end])[-1]
        if last[0].isupper() and _ends(rules.role_suffix, last.split("-")[-1]):
            return _head_key(last)
    for word in _WORD.findall(sentence[mention.start : mention.end + 60])[1:4]:
        if word.lower() in _DETERMINERS:
            return None  # "dass die Miliz der Armee ein Ultimatum stellte": another noun phrase, not its organ
        if word[0].isupper() and _ends(rules.role_suffix, word.split("-")[-1]):
            return _head_key(word)
        compound = rules.statement_compound.fullmatch(word) if word[0].isupper() else None
        if compound and _role_word(compound.group("speaker"), rules):
            return compound.group("speaker").lower()  # "nach israelischen Armeeangaben": the army's statement
    return None


_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"})


def _learn_plain_name(sentence: str, mention: Mention, memory: ArticleMemory) -> None:
    """ "die prorussischen Separatisten" → later "die Separatisten" are the same actor; "Herzi Halevi" → later
    "Halevi" is the same person."""
    words = _WORD.findall(sentence[mention.start : mention.end])
    if len(words) < 2 or not words[-1][0].isupper() or not mention.actor.party:
        return
    if _is_adjective(words[0].lower()) or (mention.actor.kind == "person" and words[0][0].isupper()):
        memory.teach(words[-1], Actor(words[-1], mention.actor.party, mention.actor.kind))


def _learn_held_places(
    sentence: str, mentions: list[Mention], memory: ArticleMemory, knowledge: Knowledge, rules: _Rules
) -> None:
    """ "im von Russland besetzten X", "im pakistanisch kontrollierten Teil von Y": for this article the
    place is governed by the party holding it, named right before the participle, not by the gazetteer's state."""
    if not mentions:  # a holder is an actor named before the participle
        return
    for start, end, party in _places_governed(sentence, knowledge):
        held = rules.held_places.search(sentence, max(0, start - _REFERENCE_REACH), start)
        if held is None:
            continue
        holders = [
            m.actor.party for m in mentions if m.end <= held.start() and not sentence[m.end : held.start()].strip(" -")
        ]
        if holders and holders[-1] and holders[-1] != party:
            memory.held_places[sentence[start:end]] = holders[-1]


def _as_held(places: list[tuple[int, int, str]], text: str, memory: ArticleMemory) -> list[tuple[int, int, str]]:
    """The places with the party the article says holds each, where it says one does (`_learn_held_places`)."""
    if not memory.held_places:
        return places
    return [(start, end, memory.held_places.get(text[start:end], party)) for start, end, party in places]


def _place_named_last(
    sentence: str,
    mentions: list[Mention],
    knowledge: Knowledge,
    rules: _Rules,
    names: Sequence[tuple[int, int]] = (),
    memory: ArticleMemory | None = None,
) -> str | None:
    """The party governing the place the sentence names last ("in Charkiw", "in Polen", "im polnischen Teil von X"), if
    any; not one named as a reference point ("sechs Kilometer von der Grenze zur Ukraine entfernt"), nor where a group
    named sits ("die Miliz im Jemen bekannte sich zu der Tat": the story is where it struck; "die in X ansässige
    Gruppe"), nor inside a name (`names`)."""
    governed = governing_parties(sentence, knowledge)
    named = [
        (start, end, party)
        for start, end, party in (_as_held(governed, sentence, memory) if memory else governed)
        if sentence[end : end + 1] != "-"
    ]
    named += [
        (m.start, m.end, m.actor.party)
        for m in mentions
        if m.governed
        and m.actor.party
        and (m.actor.kind in ("state", "capital") or rules.territories.match(sentence, m.end))
    ]
    scenes = [
        (start, party)
        for start, end, party in named
        if not _a_reference_point(sentence, start, rules)
        and not _SEATED_THERE.match(sentence, end)
        and not rules.group_seat.search(sentence, max(0, start - _REFERENCE_REACH), start)
        and not any(a <= start < b for a, b in names)
        and not _a_locator(sentence, start, rules, {end for _, end, _ in governed})
    ]
    return max(scenes)[1] if scenes else None


# "die in Pakistan ansässige Gruppe", "die in London ansässige Beobachtungsstelle": where someone sits, no scene
_SEATED_THERE = re.compile(r"\s+(?:ansässig|beheimatet|stationiert)\w*")


def _a_locator(sentence: str, start: int, rules: _Rules, ends: Container[int]) -> bool:
    """ "in Melitopol im Süden der Ukraine": the state or region right after a place says where it lies."""
    found = rules.place_locators.search(sentence, max(0, start - _REFERENCE_REACH), start)
    return found is not None and len(sentence[: found.start()].rstrip(" ,")) in ends


def _a_reference_point(sentence: str, start: int, rules: _Rules) -> bool:
    reach = max(0, start - _REFERENCE_REACH)
    return any(m.end() == start for m in rules.reference_places.finditer(sentence, reach, start))


_REFERENCE_REACH = 40  # characters before a place: "Kilometer von der Grenze zur"


def _head_key(word: str) -> str:
    """A role noun without its case ending: "Verteidigungsministeriums" → "verteidigungsministerium"."""
    low = word.split("-")[-1].lower()
    for ending in ("es", "s", "n", "en"):
        if low.endswith(ending) and len(low) > len(ending) + 4 and not low.endswith(("kräfte", "behörden")):
            return low[: -len(ending)] if ending in ("es", "s") else low
    return low


def _after_a_role(sentence: str, start: int, at: int, rules: _Rules) -> bool:
    """A role stands right before the place: "die Militärverwaltung in Kiew" speaks for it, "die Botschaft in
    Kiew" (a mission abroad) does not."""
    role = _role_before(sentence, start, at, rules)
    return role is not None and not _ends(rules.posted_role, role)


def _role_before(sentence: str, start: int, at: int, rules: _Rules) -> str | None:
    """The last role among the four words before `at` (from `start`), its compound's last part."""
    words = _WORD.findall(sentence[start:at])[-4:]
    roles = [w.split("-")[-1] for w in words if w[0].isupper() and _ends(rules.role_suffix, w.split("-")[-1])]
    return roles[-1] if roles else None


def _ministry_key(role: str) -> str:
    """ "Gesundheitsminister" → "gesundheitsministerium": the ministry a minister heads."""
    key = _head_key(role)
    for ending in ("ministerin", "minister"):
        if key.endswith(ending):
            return key[: -len(ending)] + "ministerium"
    return ""


def _head_keys(word: str) -> list[str]:
    """ "Armeesprecher" → the spokesman of the "armee" named before; "Verteidigungsministeriums" → itself."""
    key = _head_key(word)
    stem = re.sub(r"(?:sprecher|sprecherin|chef|chefin|vertreter|vertreterin|führung|kreise|kreisen)$", "", key)
    return [key, stem] if stem != key and len(stem) > 3 else [key]


def _names_a_speaker(
    sentence: str, start: int, end: int, mentions: list[Mention], rules: _Rules, regions: Container[str] = ()
) -> bool:
    """ "Weißes Haus", "Polnisches Heer", "Südkoreas Geheimdienst": a speaker, not a topic ("Krieg in Nahost"),
    nor a country or a region (`regions`) alone."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside and all(m.actor.kind == "medium" for m in inside):
        return _a_medium_alone(sentence, start, end, inside)
    if not any(m.speaks and m.actor.party for m in inside):
        # "Luftwaffe: 30 Raketen abgefangen", "Polizei: …": a role alone speaks; whose, the context tells
        words = re.findall(r"[\w.'-]+", sentence[start:end])
        return bool(words) and all(w[0].isupper() and _ends(rules.role_suffix, w.split("-")[-1]) for w in words)
    outside = [
        word.group()
        for word in re.finditer(r"[\w.'-]+", sentence[start:end])
        if not any(m.start <= start + word.start() < m.end for m in inside)
    ]
    if not outside and _names_a_place_alone(sentence, inside, regions):
        return False  # "Sudan: Miliz meldet …", "Donbass: Rebellen rücken vor": a country's or region's name, a topic
    # "Israels Armee: …": a state's name with its organ speaks; "Moskaus Version: …" with its account
    return all(_an_organ_or_account(text, rules) for text in outside)


def _an_organ_or_account(word: str, rules: _Rules) -> bool:
    head = word.split("-")[-1]
    return word[0].isupper() and (_ends(rules.role_suffix, head) or _ends(rules.state_noun, head))


def _names_a_place_alone(sentence: str, mentions: list[Mention], regions: Container[str]) -> bool:
    """Every actor named is a state, or a region of the gazetteer (`regions`) that names its authorities elsewhere."""
    return all(m.actor.kind == "state" or sentence[m.start : m.end] in regions for m in mentions)


def _a_medium_alone(sentence: str, start: int, end: int, media: list[Mention]) -> bool:
    """ "New York Times: …": every word before the colon is a medium's name; the medium reports it."""
    return all(any(m.start <= w.start() < m.end for m in media) for w in _WORD.finditer(sentence, start, end))


def says_what_came_before(sentence: str, attribution: Attribution, lexicon: Mapping[str, Any]) -> bool:
    """Whether the sentence ("Das teilte die Militärverwaltung in Kiew mit.") names the source of the one before."""
    if not attribution.sources or not any(s.role == "origin" or s.medium for s in attribution.sources):
        return False  # most sentences: no source named (or carried over) to say it with
    return bool(_rules(typed_rules(lexicon).attribution).says_what_came_before.match(sentence))


def moved_back(sources: list[Source], shift: int) -> Attribution:
    """These sources as the attribution of an earlier sentence starting `shift` characters before
    (a source given twice counts once)."""
    moved = [Source(s.text, s.start + shift, s.end + shift, s.party, s.role, s.medium) for s in sources]
    return _summarise(_unique(moved))


def shifted(attribution: Attribution, shift: int) -> Attribution:
    """The same attribution with offsets relative to a point `shift` characters further on."""
    moved = moved_back(attribution.sources, -shift)
    moved.mentions = [
        Mention(m.start - shift, m.end - shift, m.actor, m.speaks, m.governed) for m in attribution.mentions
    ]
    moved.phrases = [(a - shift, b - shift) for a, b in attribution.phrases]
    moved.speech_verbs = [(a - shift, b - shift) for a, b in attribution.speech_verbs]
    return moved


def _phrase_only(sentence: str, start: int, end: int, rules: _Rules) -> tuple[int, int]:
    """A source phrase stops before the verb: "Laut Schätzungen aus Ankara [könnte die Marine …]"."""
    verb = next((m for m in re.finditer(r"\w+", sentence[start:end]) if m.group().lower() in rules.phrase_ends), None)
    return start, start + verb.start() if verb else end


def _speaker_phrases(
    sentence: str, sources: list[Source], mentions: list[Mention], rules: _Rules
) -> list[tuple[int, int]]:
    """Each source grown over the role nouns and names around it: "US" → "US-Aussenministerium"."""
    own = [s for s in sources if 0 <= s.start < s.end <= len(sentence)]  # not those carried over
    if not own:
        return []
    runs = _WordRuns(sentence, mentions, rules)
    return [runs.grown(source.start, source.end) for source in own]


class _WordRuns:
    """The words of a sentence, each grown where asked into the run of names and role nouns it stands in,
    joined by spaces (most words never are: only those of a sentence's sources)."""

    def __init__(self, sentence: str, mentions: list[Mention], rules: _Rules) -> None:
        words = list(_WORD.finditer(sentence))
        self.sentence, self.rules = sentence, rules
        self.words = [w.group() for w in words]
        self.starts, self.ends = [w.start() for w in words], [w.end() for w in words]
        self.party: list[str | None] = [None] * len(words)  # the party of the mention a word is part of
        self.named = [False] * len(words)
        for m in mentions:
            for i in range(bisect_left(self.starts, m.start), bisect_left(self.starts, m.end)):
                self.named[i], self.party[i] = True, m.actor.party

    def _belongs(self, i: int) -> bool:
        word = self.words[i]
        return self.named[i] or (word[0].isupper() and bool(_ends(self.rules.role_suffix, word.split("-")[-1])))

    def _joined(self, i: int) -> bool:
        """Words i and i + 1 stand in one run: only across spaces (a comma ends the phrase), and not as
        two actors ("die Miliz Russland")."""
        named, party = self.named, self.party
        return not self.sentence[self.ends[i] : self.starts[i + 1]].strip() and not (
            named[i] and named[i + 1] and party[i] != party[i + 1]
        )

    def grown(self, start: int, end: int) -> tuple[int, int]:
        """The span [start, end) grown over the run of the words it touches."""
        first = bisect_right(self.ends, start)  # the first word ending after `start`
        last = bisect_left(self.starts, end) - 1  # the last word starting before `end`
        if first > last:
            return start, end
        while first > 0 and self._belongs(first - 1) and self._joined(first - 1):
            first -= 1
        while last + 1 < len(self.words) and self._belongs(last + 1) and self._joined(last):
            last += 1
        last = self._name_after(last)
        # "die von Teheran unterstützte X": the backer belongs to the phrase
        backed = _BACKED_BY.search(self.sentence, max(0, self.starts[first] - 80), self.starts[first])
        return min(backed.start() if backed else self.starts[first], start), max(self.ends[last], end)

    def _name_after(self, last: int) -> int:
        """Past the name that follows a role noun ending the run ("der EU-Beauftragte | Jonas Wendtner"): up to
        three capitalised words, the last one a word the dictionary does not know (a surname; "Karl" is a
        word it knows, "Wendtner" none); `last` where no such name follows."""
        if not (self.words[last][:1].isupper() and _ends(self.rules.role_suffix, self.words[last].split("-")[-1])):
            return last
        found = last
        for i in range(last + 1, min(last + 4, len(self.words))):
            if not (self.words[i][:1].isupper() and self._joined(i - 1)) or self.named[i]:
                break
            if not is_known(self.words[i]):
                found = i
        return found


def _source(sentence: str, start: int, end: int, party: str | None, role: str, medium: str | None = None) -> Source:
    return Source(sentence[start:end], start, end, party, role, medium)


def _resolve_anaphor(
    sentence: str,
    start: int,
    end: int,
    kind: str,
    found: _Mentions,
    collected: _Collected,
    memory: ArticleMemory,
    rules: _Rules,
    *,
    fresh: bool = False,
    places: Collection[str] = (),
    knowledge: Knowledge | None = None,
    recall: _Recall,
) -> list[Source]:
    """'eigenen Angaben', 'Den Angaben zufolge', 'Dieser', 'er', 'Sprecher …': the nearest fitting actor.
    The speakers this sentence already names are collected: pointing back to them adds nothing."""
    pointer = _Pointer(
        sentence, start, end, kind, found, collected.first_here, memory, rules, fresh, places, knowledge, recall
    )
    resolvers = (
        _relative_pronoun,
        _own_statement,
        _demonstrative,
        _pronoun,
        _armed_group,
        _organisation_before,
        _medium_before,
    )
    for resolve in (*resolvers, _unknown_medium):
        resolved = resolve(pointer)
        if resolved is not None:
            return resolved
    return _by_role_or_name(pointer)


@quick_init
@dataclass(frozen=True)
class _Pointer:
    """A source phrase that names nobody we know, and what it may point to."""

    sentence: str
    start: int
    end: int
    kind: str  # prep | relay | speech
    found: _Mentions
    here: Source | None  # the first speaker this sentence names with a party, if any
    memory: ArticleMemory
    rules: _Rules
    fresh: bool  # a paragraph opens: a role with a name is somebody new
    places: Collection[str]
    knowledge: Knowledge | None
    recall: _Recall

    @cached_property
    def slot(self) -> str:
        return self.sentence[self.start : self.end]

    def earlier_subject(self) -> list[Source]:
        """The first actor of the sentence before that could be its subject."""
        return self.mentioned(self.recall.subject)

    def mentioned(self, mention: Mention | None) -> list[Source]:
        """A mention of the sentence before as a source of this one."""
        if mention is None:
            return []
        d = self.memory.offset_of_previous
        return [Source(mention.actor.name, mention.start - d, mention.end - d, mention.actor.party, "origin")]

    def spanning(self, text: str, party: str | None) -> Source:
        """An origin named by `text`, a part of the slot, stripped of spaces and punctuation."""
        text = text.strip(" ,.")
        offset = self.start + self.slot.index(text)
        return Source(text, offset, offset + len(text), party, "origin")


_RELATIVE_ASIDE = re.compile(r",\s*(?:der|die|das|dem|den|deren|dessen)\s[^,;:]*,")  # "X, das … liegt,"


def _relative_pronoun(p: _Pointer) -> list[Source] | None:
    """ "einer Zelle an, die sich zu dem Anschlag bekannte": a relative pronoun as the subject stands for the noun
    before its comma, not for a speaker of the sentences before; one we know is collected already."""
    return [] if p.kind == "speech" and _RELATIVE_PRONOUN.fullmatch(p.slot) else None


def _own_statement(p: _Pointer) -> list[Source] | None:
    """ "nach eigenen Angaben": the subject of the sentence, or of the one before."""
    if not p.rules.own.search(p.slot):
        return None
    # "Seit Montag hat die Armee nach eigenen Angaben …": an organ named without its state right before
    right_before = _ORGAN_RIGHT_BEFORE.search(p.sentence, 0, p.start)
    if right_before is None or not _role_word(right_before.group(1), p.rules):
        asides = [m.span() for m in _RELATIVE_ASIDE.finditer(p.sentence, 0, p.start)]
        subject = p.found.subject_around(
            p.start, p.end, asides, lambda m: _of_a_circumstance(p.sentence, m, p.rules, named=True)
        )
        if subject is not None and not _pronoun_before(p.sentence, subject.start, p.rules):
            return [_source(p.sentence, subject.start, subject.end, subject.actor.party, "origin")]
    # "Die Armee hat eigenen Angaben nach …": an organ named without its state
    opening = right_before or _OPENING_ARTICLE.match(p.sentence)
    if opening and opening.end() <= p.start and _role_word(opening.group(1), p.rules):
        party = _party_of_role(
            p.sentence, 0, opening.end(), [opening.group(1)], p.found, p.here, p.memory, p.rules, p.knowledge, p.recall
        )
        if party:
            at = opening.end() - len(opening.group().strip())
            return [Source(p.sentence[at : opening.end()], at, opening.end(), party, "origin")]
    return _people_opening(p) or p.earlier_subject()


def _demonstrative(p: _Pointer) -> list[Source] | None:
    """ "mit dem Präsidenten X. Dieser …": the last actor named, whatever its case; not a state named as where
    ("des Kommandeurs der russischen Streitkräfte in der Ukraine, General X. Dieser …": the general)."""
    if not p.rules.demonstrative.search(p.slot):
        return None
    named = p.recall.last_named
    if named is not None and named.actor.kind in ("state", "capital"):
        before = p.memory.previous_text
        if p.rules.located.search(before, max(0, named.start - _LOCATED_REACH), named.start):
            earlier = [m for m in _actors_named_before(p.memory) if m.end <= named.start]
            named = earlier[-1] if earlier else None
    return p.mentioned(named)


_LOCATED_REACH = 16  # characters before a name for the preposition that places something in it ("in der ")


def _pronoun(p: _Pointer) -> list[Source] | None:
    """ "er", "nach ihren Worten": a speaker of this sentence, or the last speakers named."""
    if not (p.rules.pronoun.search(p.slot) or _possessive_pointing_back(p.slot, p.rules)):
        return None
    if p.here:
        return []  # the speaker named in this sentence, collected already
    if not p.rules.pronoun.search(p.slot):  # "nach ihren Angaben": whose, told by the subject before it
        people = _people_opening(p) or _organ_before_in_the_sentence(p)
        if people:
            return people
    else:
        someone = _someone_before_the_clause(p)
        if someone:
            return someone
    if p.memory.speakers_age:  # the sentence before named no speaker: a person it introduced comes first
        introduced = _introduced_before(p) or _official_opening(p) or _subject_going_on(p) or _name_opening(p)
        if introduced:
            return introduced
    return p.memory.speakers_before() or p.earlier_subject()


_JOINED_TO_A_NOUN = re.compile(r"[A-ZÄÖÜ][\w-]*[a-zäöüß]\s+(?:und|oder|sowie)\s+$")


def _possessive_pointing_back(slot: str, rules: _Rules) -> re.Match[str] | None:
    """A possessive that may stand for a speaker named before: not one joined to the noun right before it ("das
    Dorf und seine Weiler", "der Präsident und seine Frau"), whose owner is that noun."""
    possessive = rules.possessive.search(slot)
    if possessive is None or _JOINED_TO_A_NOUN.search(slot, 0, possessive.start()):
        return None
    return possessive


# people or a body opening the sentence as its subject: "Forscher der Universität Lindenau", "Die Helfer"
_PEOPLE_OPENING = re.compile(
    r"\W*(?P<article>Die|Der|Das)?\s*(?:[a-zäöüß]+e[nrs]?\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])"
    r"(?:\s+(?:der|des)(?:\s+[a-zäöüß]+e[nrs]?)?\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*[a-zäöüß])?)?"
)


def _people_opening(p: _Pointer) -> list[Source] | None:
    """ "Forscher der Universität Lindenau zählten auf Luftbildern nach ihren Angaben …", "Die Helfer
    fanden nach eigenen Angaben …": people we know by no party, opening the sentence as its subject before the
    pointer, are whom it points to, not a speaker of a sentence before; a possessive agrees with them ("ihren":
    a plural or a feminine noun)."""
    opening = _PEOPLE_OPENING.match(p.sentence)
    if opening is None or opening.end() > p.start or not _ends(p.rules.not_state, opening.group("noun")):
        return None
    possessive = p.rules.possessive.search(p.slot)
    masculine_or_neuter = opening.group("article") in ("Der", "Das")  # "seinen"; a plural or "die": "ihren"
    if possessive and possessive.group().lower().startswith("ihr") == masculine_or_neuter:
        return None
    at = opening.start("article") if opening.group("article") else opening.start("noun")
    return [Source(p.sentence[at : opening.end()], at, opening.end(), None, "origin")]


# an organ with its article: "die Polizei", "der Zivilschutz"
_ORGAN_WITH_ARTICLE = re.compile(r"\b(?P<article>[Dd]ie|[Dd]er|[Dd]as)\s+(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])\b")


def _organ_before_in_the_sentence(p: _Pointer) -> list[Source] | None:
    """ "Die Polizei barg zwei Tote, drei Arbeiter galten nach ihren Angaben noch als vermisst": a possessive points
    to the organ named last before it in its own sentence, if the two agree ("ihren": "die"; "seinen": "der",
    "das"), not to a speaker of an earlier paragraph; the organ's party is found as for the organ itself."""
    possessive = p.rules.possessive.search(p.slot)
    if possessive is None:
        return None
    organs = [
        m
        for m in _ORGAN_WITH_ARTICLE.finditer(p.sentence, 0, p.start)
        if _local(m.group("noun"), p.rules) or _role_word(m.group("noun"), p.rules)
    ]
    if not organs or (organs[-1].group("article").lower() == "die") != possessive.group().lower().startswith("ihr"):
        return None
    organ = replace(p, start=organs[-1].start(), end=organs[-1].end(), kind="speech")
    return _by_role_or_name(organ) or [organ.spanning(organ.slot, None)]


# someone new, named by a noun with the indefinite article: "ein hochrangiger Politiker"
_SOMEONE_NEW = re.compile(r"\b(?:[Ee]in|[Ee]ine)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])\b")


def _someone_before_the_clause(p: _Pointer) -> list[Source] | None:
    """ "Ein Fischer ist ertrunken, bevor er …": a pronoun in a clause after a comma stands for the
    person its sentence introduced before it by a noun with "ein", if the two agree; whose, nobody says."""
    comma = p.sentence.rfind(",", 0, p.start)
    pronoun = p.rules.pronoun.search(p.slot)
    if comma < 0 or pronoun is None or pronoun.group().lower() not in ("er", "sie"):
        return None
    opening = p.sentence[comma + 1 : p.start].split()  # "kurz nachdem": a clause of time or cause, not what is said
    if not opening or opening[-1] not in p.rules.subordinators or opening[-1] in ("dass", "ob"):
        return None
    for someone in reversed(list(_SOMEONE_NEW.finditer(p.sentence, 0, comma))):
        noun = someone.group("noun")
        if _ends(p.rules.person_ending, noun.split("-")[-1]) or _role_word(noun, p.rules):
            agrees = _agrees(pronoun, noun)
            return [Source(someone.group(), someone.start(), someone.end(), None, "origin")] if agrees else None
    return None


def _subject_going_on(p: _Pointer) -> list[Source] | None:
    """ "Die Miliz greift immer wieder Schiffe an. Sie sieht sich als …": a pronoun opening the sentence, after
    one that named no speaker and opened with an actor as its subject, goes on with that subject, not with a
    speaker named further back."""
    subject = p.recall.subject
    first = _WORD.search(p.slot)
    if subject is None or p.start > 0 or first is None or not p.rules.pronoun.fullmatch(first.group()):
        return None
    opening = p.memory.previous_text[: subject.start]
    if "," in opening or len(_WORD.findall(opening)) > _OPENING_WORDS:
        return None
    person = _person_opening(p)  # "Die Botschafterin …" is no "er"
    if person and not _agrees(p.rules.pronoun.match(first.group()), person):
        return None
    return p.mentioned(subject)


_OPENING_WORDS = 4  # "Die vom Iran unterstützten | Miliz": the words a subject's phrase may open with


# "die Ärztin Ilse Brandt", "Hafenmeister Anton Weber": a noun, then a first name and a surname, no third
_INTRODUCED = re.compile(
    r"(?<![\w-])(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])[ \t]+"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![ \t]+[A-ZÄÖÜ])"
)
# a speaker's name we do not know: a name, or a noun and a name ("Tegnell", "Hafenmeister Anton Weber")
_SPEAKER_NAMED = re.compile(r"(?:[A-ZÄÖÜ][\w-]*[a-zäöüß][ \t]+){0,3}[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
_MASCULINE = re.compile(r"(?:er|ihm|ihn|sein\w*)", re.IGNORECASE)
_FEMININE = re.compile(r"(?:in|innen|frau)$")  # "Ärztin", "Geschäftsfrau"; "Abgeordnete" may be either


def _agrees(pronoun: re.Match[str] | None, noun: str) -> bool:
    """Whether a pronoun ("man" aside) may stand for a person the noun names: "er" not for "Ärztin", "sie" (she
    or they) not for one man ("Pfarrer"); a noun of either gender ("Abgeordnete") for both."""
    if pronoun is None:
        return True
    feminine = bool(_FEMININE.search(noun))
    if _MASCULINE.fullmatch(pronoun.group()):
        return not feminine
    return feminine or noun.endswith("e")


def _introduced_before(p: _Pointer) -> list[Source] | None:
    """A person the sentence before introduced by a noun that names a person and a name we do not know
    ("Die Ärztin Ilse Brandt arbeitet in Lindenau. Sie sagte …"): the pronoun's likeliest antecedent where
    that sentence named no speaker. Not a feminine noun for "er"; a known actor is found as before."""
    pronoun = p.rules.pronoun.search(p.slot) or p.rules.possessive.search(p.slot)
    if pronoun is not None and pronoun.group().lower() == "man":
        return None  # "Beim Landkreis weist man die Kritik zurück": nobody in particular
    spoke = [s for s in p.memory.previous_sources if s.role == "origin" and not s.party]
    if len(spoke) == 1 and _SPEAKER_NAMED.fullmatch(spoke[0].text):
        # "…, sagt Tegnell. Er hatte …": the one speaker of the sentence before, a name we do not know
        role = spoke[0].text.split()[0]
        return None if _ends(p.rules.person_ending, role) and not _agrees(pronoun, role) else p.memory.shift(spoke)
    text = p.memory.previous_text
    known = _known_person_before(p, pronoun)
    if known is not None:
        return known
    for match in _INTRODUCED.finditer(text):
        noun = match.group("noun")
        if not (_ends(p.rules.person_ending, noun.split("-")[-1]) or _role_word(noun, p.rules)) or noun in p.places:
            continue  # "Begriff White Supremacy", "Am Montag Anton …"
        if any(m.start < match.end() and not text[m.end : match.start()].strip() for m in p.memory.previous_mentions):
            return None  # "Präsident Donald Trump", "des österreichischen Kanzlers X": an actor we know
        if not _agrees(pronoun, noun):
            return None  # "Die Ärztin Ilse Brandt …" is no "er", "Pfarrer Anton Weber" no "sie"
        d = p.memory.offset_of_previous
        return [Source(match.group(), match.start() - d, match.end() - d, None, "origin")]
    return None


# a name opening a sentence as the subject of its verb: "Kowalenko war am Morgen …"
_NAME_OPENING = re.compile(r"\W*(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,})\s+(?:hat|hatte|war|ist|wurde|[a-zäöüß]{2,}te)\b")


def _name_opening(p: _Pointer) -> list[Source] | None:
    """ "Kowalenko war am Morgen im Radio zu hören. Dort warf er …": a name no dictionary, place or actor
    knows opens the sentence before as its subject; the pronoun is that person's, not a speaker further back."""
    opening = _NAME_OPENING.match(p.memory.previous_text)
    if opening is None or p.rules.pronoun.search(p.slot) is None:
        return None
    name = opening.group("name")
    if is_known(name) or any(m.start <= opening.start("name") < m.end for m in p.memory.previous_mentions):
        return None
    if p.knowledge is not None and named_places(name, p.knowledge):
        return None
    d = p.memory.offset_of_previous
    return [Source(name, opening.start("name") - d, opening.end("name") - d, None, "origin")]


def _official_opening(p: _Pointer) -> list[Source] | None:
    """ "Irans Botschafter in X, Karl Beispiel, blieb unverletzt. Er sagte …": an official by a noun naming a
    person opens the sentence before as its subject; the pronoun is theirs, with the party that sentence
    opens with, not the speaker of a sentence further back."""
    noun = _person_opening(p)
    if noun is None or not _role_word(noun, p.rules):
        return None
    pronoun = p.rules.pronoun.search(p.slot) or p.rules.possessive.search(p.slot)
    if (pronoun is not None and pronoun.group().lower() == "man") or not _agrees(pronoun, noun):
        return None
    subject = p.earlier_subject()
    return subject if subject and subject[0].party else None


def _person_opening(p: _Pointer) -> str | None:
    """The noun opening the sentence before as its subject, where it names a person ("Die Botschafterin …")."""
    opening = _OFFICIAL_OPENING.match(p.memory.previous_text)
    noun = opening.group("noun") if opening else None
    return noun if noun and _ends(p.rules.person_ending, noun.split("-")[-1]) else None


# the subject opening a sentence: "Der Botschafter", "Irans Botschafter", "Der iranische Botschafter"
_OFFICIAL_OPENING = re.compile(
    r"\W*(?:(?:Der|Die)\s+(?:[a-zäöüß]+\s+)?|[A-ZÄÖÜ][\w-]*s\s+)(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])\b"
)


_ROLE_BEFORE = re.compile(r"([A-ZÄÖÜ][\w-]*[a-zäöüß])\W{0,3}(?:\w+\W+){0,4}$")  # "Koordinatorin für den Sudan, "


def _known_person_before(p: _Pointer, pronoun: re.Match[str] | None) -> list[Source] | None:
    """The one person we know that the sentence before named, where it named no speaker ("Die Koordinatorin
    Clementine Nkweta-Salami schlug Alarm. Mehr als hundert Menschen seien getötet worden, teilte sie mit."):
    the pronoun's likeliest antecedent, unless the noun before the name tells another gender ("man" is
    ruled out by the caller)."""
    people = [m for m in p.memory.previous_mentions if m.actor.kind == "person" and m.speaks and m.actor.party]
    if len({m.actor for m in people}) != 1:
        return None
    person, text = people[0], p.memory.previous_text
    role = _ROLE_BEFORE.search(text, max(0, person.start - 60), person.start)
    noun = role.group(1) if role and _ends(p.rules.person_ending, role.group(1).split("-")[-1]) else ""
    if not (_agrees(pronoun, noun) if noun else pronoun is None or _MASCULINE.fullmatch(pronoun.group())):
        return None  # "die Ärztin X …" is no "er"; a name alone tells no "sie" (she, or they)
    d = p.memory.offset_of_previous
    return [Source(text[person.start : person.end], person.start - d, person.end - d, person.actor.party, "origin")]


def _armed_group(p: _Pointer) -> list[Source] | None:
    """ "die Miliz", "diese Gruppe", "nach Angaben der Miliz": the armed group named last; not where the sentence
    before named a source by that noun ("Die Hilfsorganisation X teilte mit … Die Organisation sprach von …": X,
    whom we do not know)."""
    # after a preposition ("Nach Angaben der Miliz") the noun phrase closing the frame; "die Organisation in Genf"
    # before where it speaks from
    phrase = " ".join(_noun_phrase_of(p)) if p.kind == "prep" else _before_its_place(p.slot, p.rules)
    if not p.rules.group_phrase.match(phrase):
        return None
    if _named_right_after(p):
        return None  # "nach Angaben der Organisation Helfer ohne Grenzen": a group named here, none named before
    noun = _WORD.findall(phrase)[-1].lower()
    # "Die WHO … Nach Angaben der Organisation": the body named last, where no armed group was named after it
    body = p.memory.last_organisation if p.rules.organisation.fullmatch(noun) else None
    group = _group_named_here(p) or body or p.memory.last_group
    if group is None:
        return None
    for source in p.memory.previous_sources:
        if any(word.lower().endswith(noun) for word in _WORD.findall(source.text)):
            return [p.spanning(p.slot, source.party)]  # the source named just before, by its kind
    return [p.spanning(p.slot, group)]


def _before_its_place(slot: str, rules: _Rules) -> str:
    """The noun phrase of a slot closed by where it speaks from: "die Organisation" of "die Organisation in Genf"
    (a preposition and a name or two end the slot)."""
    place = _CLOSING_PLACE.search(slot)
    if place is None or place.group("preposition").lower() not in rules.prepositions:
        return slot
    return slot[: place.start()].rstrip()


_CLOSING_PLACE = re.compile(r"\s(?P<preposition>[a-zäöüß]+)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s*$")


def _group_named_here(p: _Pointer) -> str | None:
    """The armed group the sentence names before the slot ("Drohne trifft Huthi-Kommandeur – die Miliz meldet …")."""
    kinds = p.knowledge.party_kinds if p.knowledge is not None else {}
    named = [m.actor.party for m in p.found.items if m.end <= p.start and kinds.get(m.actor.party or "") == "group"]
    return named[-1] if named else None


_FRAME_WORDS = 4  # "Nach Angaben des Netzwerks": a source phrase's frame and the noun phrase closing it


def _noun_phrase_of(p: _Pointer) -> list[str]:
    """The words of the slot; after a preposition ("Nach Angaben der Organisation") the last two, the noun phrase
    closing the frame, without a preposition opening what follows ("… der Organisation in drei Lagerhallen")."""
    words = _WORD.findall(p.slot)
    if p.kind != "prep":
        return words
    while words and words[-1] in p.rules.prepositions:  # lower case: a preposition, not a name
        words.pop()
    return words[-2:] if len(words) <= _FRAME_WORDS else words


def _organisation_before(p: _Pointer) -> list[Source] | None:
    """ "teilte das Unternehmen mit", "die Organisation erklärte": the organisation the sentence before named as its
    source ("Die Reederei Orbitex (ORB) bestätigte …"), by whatever noun says it is one; "Die Experten schätzen" after
    "Beobachter der UN gehen davon aus …": the one party the sentence before named them with. After a preposition
    ("Nach Angaben des Netzwerks") the noun phrase closing the phrase."""
    words = _noun_phrase_of(p)
    if len(words) != 2 or words[0].lower() not in p.rules.determiners or not words[1][:1].isupper():
        return None  # nearly every slot
    noun, phrase = words[1], " ".join(words)
    phrase = phrase if phrase in p.slot else p.slot
    if _ends(p.rules.organisation, noun):
        if _named_right_after(p):
            return [p.spanning(phrase, None)]  # "der Organisation Helfer ohne Grenzen": one named here, not before
        party = _organisation_named_before(p.memory, p.rules)
        return [p.spanning(phrase, party)] if party else None
    parties = {s.party for s in p.memory.previous_sources if s.role == "origin" and s.party}
    named_before = noun in _WORD.findall(p.memory.previous_text)
    if named_before and len(parties) == 1 and not _speaker_noun(noun, p.rules):
        return [p.spanning(phrase, parties.pop())]
    return None


_NAME_RIGHT_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜ][\w-]*")


def _named_right_after(p: _Pointer) -> bool:
    """A source phrase's noun followed by a capitalised word: the name of the body it is ("nach Angaben der
    Organisation Helfer ohne Grenzen"), which a finite verb would follow if the noun pointed back."""
    return p.kind == "prep" and _NAME_RIGHT_AFTER.match(p.sentence, p.end) is not None


def _organisation_named_before(memory: ArticleMemory, rules: _Rules) -> str | None:
    """The party of the organisation the sentence before named as its source, by a noun saying it is one or by its
    acronym ("Laut OVK …")."""
    for source in memory.previous_sources:
        if source.party and (
            any(_ends(rules.organisation, w.split("-")[-1]) for w in _WORD.findall(source.text))
            or source.party == _acronym(source.text)
        ):
            return source.party
    return None


def _medium_before(p: _Pointer) -> list[Source] | None:
    """ "nach Angaben der Zeitung", "wie das Blatt schreibt": the medium named last as a source ("laut der Lindenauer
    Post"), by the noun saying it is one; it relays what it reports as it did there."""
    medium = p.memory.last_medium
    if medium is None:
        return None  # nearly every article
    words = _noun_phrase_of(p)
    if len(words) != 2 or words[0].lower() not in p.rules.determiners or not _a_medium(words[1], p.rules):
        return None
    phrase = " ".join(words)
    at = p.start + p.slot.index(phrase) if phrase in p.slot else p.start
    return [replace(medium, text=phrase, start=at, end=at + len(phrase))]


def _a_medium(noun: str, rules: _Rules) -> bool:
    """ "Zeitung", "US-Zeitung", "des Blattes": a medium's noun, whole (a "Bundesnachrichtendienst" is none)."""
    return noun.rsplit("-", 1)[-1].lower() in rules.medium


def _as_named_before(source: Source, memory: ArticleMemory, rules: _Rules) -> Source:
    """ "Die Zeitung beruft sich nach eigenen Angaben auf …", "Die Journalisten der Zeitung …": a speaker of no party
    named by a medium's noun is the medium named last as a source, and relays as it did there; "Die Organisation
    setzte nach eigenen Angaben …" is the organisation the sentence before named as its source."""
    if source.party or source.medium or source.role != "origin":
        return source  # nearly every source
    words = _WORD.findall(source.text)
    if not words:
        return source
    if memory.last_medium is not None and _a_medium(words[-1], rules):
        return replace(memory.last_medium, text=source.text, start=source.start, end=source.end)
    if len(words) == 2 and words[0].lower() in rules.determiners and _ends(rules.organisation, words[1]):
        party = _organisation_named_before(memory, rules)
        return replace(source, party=party) if party else source
    return source


def _unknown_medium(p: _Pointer) -> list[Source] | None:
    """A medium we do not know by name: it relays; with nobody behind it, it is the origin itself."""
    medium = p.rules.named_medium.search(p.slot)
    if not medium:
        return None
    name = medium.group("name").strip('"')
    at = p.start + medium.start("name") + (1 if medium.group("name").startswith('"') else 0)
    return [Source(name, at, at + len(name), None, "relay", name)]


def _by_role_or_name(p: _Pointer) -> list[Source]:
    """An official by role ("der Gouverneur der Region"), a named person or institution we do not know,
    a source pointing back ("Den Angaben zufolge"), or a name we cannot place."""
    # After "laut" a role with a name is the source's own; after a speech verb mid-paragraph it may be
    # somebody named before.
    named_person = p.fresh or p.kind == "prep"
    unknown = (
        _of_someone_unknown(p.sentence, p.start, p.end, p.rules, named_person=named_person, places=p.places)
        if p.kind in ("speech", "prep")
        else None
    )
    roles = _roles_named(p)
    named_here = p.knowledge is not None and bool(governing_parties(p.slot, p.knowledge))
    if roles and not named_here and p.rules.unnamed.search(p.slot):
        return [p.spanning(p.slot, None)]  # "Informierten Kreisen zufolge": kept unnamed, nobody's we know
    if roles and (not unknown or unknown[2] == "person" or named_here):
        official = _official(p, roles, unknown)
        if official is not None:
            return official
    if unknown:
        # A speaker is the verb's whole subject; after "laut" the phrase ends with the name.
        text = p.slot[unknown[0] - p.start : unknown[1] - p.start] if p.kind == "prep" else p.slot
        return [p.spanning(*(_named_by_its_end(text, p.rules) or (text, None)))]
    if p.rules.anaphoric.search(p.slot) or roles:
        resolved = _pointing_back_or_unplaced(p, roles)
        if resolved is not None:
            return resolved
    return _named_we_cannot_place(p)


def _named_we_cannot_place(p: _Pointer) -> list[Source]:
    """A speaker named whom we cannot place, an organisation we know only by its name, or a name after "laut"."""
    if p.kind == "speech" and any(w[0].isupper() for w in _WORD.findall(p.slot)):
        code = _organisation_code(p.slot, p.rules, p.sentence[p.end :]) or _acronym(p.slot) or _acronym_given(p.slot)
        return [p.spanning(p.slot, code)]  # a named speaker we cannot place
    english = _named_by_its_end(p.sentence[p.start : p.end + _NAME_REACH], p.rules) if p.kind == "prep" else None
    at = p.sentence.find(english[0], p.start) if english else -1
    if english and at < p.end:  # "laut dem Velora Relief Network": the name goes on past the phrase we read
        return [Source(english[0], at, at + len(english[0]), english[1], "origin")]
    organisation = _organisation_named(p.slot, p.rules, p.sentence[p.end :]) if p.kind == "prep" else None
    if organisation is not None:
        return [p.spanning(*organisation)]  # "nach Angaben der Hilfsorganisation Velora International"
    bracketed = _acronym_after(p) if p.kind == "prep" else None
    if bracketed is not None:
        return [bracketed]  # "nach Angaben des Komitees der Fischer von Lindenau (SFC)"
    compound = _ACRONYM_SOURCE.search(p.slot) if p.kind == "prep" else None
    if compound:
        return [p.spanning(compound.group(1), compound.group(1))]  # "nach OVK-Angaben": as "nach Angaben von OVK"
    named = _NAME_AFTER_LAUT.fullmatch(p.slot) if p.kind == "prep" else None
    name = _a_name(named.group("word"), named.group("name").split()) if named else None
    if name:
        return [p.spanning(name, _acronym(name))]  # "laut Kowalenko", "so Beispiel": a name we cannot place
    return _owner_of_a_statement(p)


_BRACKETED_ACRONYM = re.compile(r"\s*\([A-ZÄÖÜ]{2,10}\)")


def _acronym_after(p: _Pointer) -> Source | None:
    """A body we do not know after "nach Angaben", named with its acronym in brackets right after the phrase: the
    body, coded by the acronym (`_acronym_given`)."""
    bracketed = _BRACKETED_ACRONYM.match(p.sentence, p.end)
    if bracketed is None:
        return None
    code = _acronym_given(p.sentence[p.start : bracketed.end()]) or _acronym_of_a_body(p, bracketed)
    if code is None:
        return None
    opening = p.rules.prepositional.match(p.slot)  # "nach Angaben": the phrase that says it is a source's
    named = p.slot[opening.end() if opening else 0 :].strip(" ,.")
    at = p.start + p.slot.index(named)
    return Source(p.sentence[at : bracketed.end()], at, bracketed.end(), code, "origin")


def _acronym_of_a_body(p: _Pointer, bracketed: re.Match[str]) -> str | None:
    """ "des Komitees der Fischer von Lindenau (SFC)": a body named by its noun, its acronym that of its name in
    another language; not a person's party ("Karl Beispiel (CDU)")."""
    body = any(_ends(p.rules.role_suffix, w) or _ends(p.rules.organisation, w) for w in _WORD.findall(p.slot))
    return bracketed.group().strip(" ()") if body and not _person_name(p.slot, p.rules, p.places) else None


def _owner_of_a_statement(p: _Pointer) -> list[Source]:
    """ "in einer Mitteilung der Stiftung": the statement is its owner's, a body of no state we cannot place; the
    whole phrase is a statement noun of the lexicon's and its owner ("nach Angaben der Zeitung" names no paper)."""
    owner = _STATEMENT_AND_OWNER.fullmatch(p.slot.strip()) if p.kind == "prep" else None
    if owner and _ends(p.rules.state_noun, owner.group("statement")) and _ends(p.rules.not_state, owner.group("noun")):
        return [p.spanning(owner.group("owner"), None)]
    return []


# a statement and whose it is, the whole phrase: "Mitteilung der Stiftung", "Stellungnahme des Verbands"
_STATEMENT_AND_OWNER = re.compile(
    r"(?P<statement>[A-ZÄÖÜ][\w-]*)\s+(?P<owner>(?:des|der|vom)\s+(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß]))\W*"
)


def _acronym(phrase: str) -> str | None:
    """An organisation we do not know, named by its acronym alone ("laut WCK", "OSZE teilte mit"): its code is
    the acronym, the short name in capitals the product codes an organisation by; a person's name is none."""
    words = _WORD.findall(phrase)
    return words[0] if len(words) == 1 and _ACRONYM.fullmatch(words[0]) else None


def _pointing_back_or_unplaced(p: _Pointer, roles: list[str]) -> list[Source] | None:
    """`_pointing_back`; an organ after "laut" or "nach Angaben" that points back to nobody ("nach Angaben der
    Polizei" where no place or state tells whose) is still the source: one we cannot place."""
    resolved = _pointing_back(p, roles)
    if resolved == [] and roles and p.kind == "prep" and not p.here:
        # "nach Angaben des Komitees der Fischer von Lindenau (SFC)": a body of no state, under its acronym
        return [_acronym_after(p) or p.spanning(p.slot, None)]
    return resolved


_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")
# "nach OVK-Angaben": an acronym before a source noun, as "nach Angaben von OVK"
_ACRONYM_SOURCE = re.compile(rf"(?<![\w-])({_ACRONYM.pattern})-(?:Angaben|Informationen|Zahlen|Schätzungen)\b")


def _organisation_named(phrase: str, rules: _Rules, rest: str = "") -> tuple[str, str] | None:
    """An organisation we do not know, named after the noun that says it is one, and its code as the product
    writes an organisation's: its common short name in capitals. That is an acronym it is named by ("der
    Telekomkonzern NKG Global Networks": "NKG"), a name of one word ("die Umweltorganisation Waldwacht":
    "WALDWACHT"), the first word of a company's ("des Unternehmens Orbitex Systems": "ORBITEX"), or else the
    initials of a longer name ("der Hilfsorganisation Velora International": "VI"). A name that goes on past a
    preposition or an article ("die Organisation Ärzte ohne Grenzen") is none we can tell the end of, in the
    phrase or in the `rest` of the sentence after it."""
    words = list(_WORD.finditer(phrase))
    for at, noun in enumerate(words):
        named_first = _name_of_a_compound(noun.group(), rules)
        if named_first:
            return noun.group(), named_first.upper()  # "die Orbitex-Gruppe": as "das Unternehmen Orbitex"
        head = noun.group().split("-")[-1]  # "US-Unternehmens": the noun the compound ends with
        if not (noun.group()[:1].isupper() and _ends(rules.organisation, head)):
            continue
        name = list(takewhile(lambda w: w.group()[:1].isupper(), words[at + 1 :]))
        after = words[at + 1 + len(name)].group() if at + 1 + len(name) < len(words) else _word_going_on(rest)
        if not name or after in rules.prepositions or after in rules.determiners or after == "und":
            return None  # "die Organisation Reporter ohne Grenzen": a name of words we cannot tell apart
        texts = [w.group() for w in name]
        acronym = next((w for w in texts if _ACRONYM.fullmatch(w)), None)
        if len(texts) > 1 and not acronym and _ends(rules.person_ending, head):
            return None  # "der Betreiber Michael Wiegner": a noun that may name a person, with a person's name
        if acronym:
            code = acronym
        elif len(texts) == 1 or _ends(rules.company, head):
            code = texts[0].upper()
        else:
            code = "".join(w[0] for w in texts).upper()
        return phrase[noun.start() : name[-1].end()], code
    return _named_by_its_end(phrase, rules)


_NAME_REACH = 60  # characters past a source phrase an English name may go on


def _named_by_its_end(phrase: str, rules: _Rules) -> tuple[str, str] | None:
    """An organisation named in English, told by the noun its name ends with ("das Velora Relief Network"), and
    its code: the initials of its name ("VRN"). The article, preposition or German noun before it ("laut dem",
    "das Ärztenetzwerk") is no part of the name."""
    name = rules.english_name.search(phrase)
    if name is None:
        return None
    frame = _NAME_AFTER_LAUT.match(phrase, name.start())  # "Laut Velora …": "Laut" opens no name
    opening = rules.determiners | rules.prepositions
    written = phrase[frame.start("name") if frame else name.start() : name.end()].split()
    words = list(dropwhile(lambda w: w.lower() in opening or _ends(rules.organisation, w), written))
    if len(words) < 2:
        return None
    return " ".join(words), "".join(w[0] for w in words).upper()


def _name_of_a_compound(word: str, rules: _Rules) -> str | None:
    """ "Orbitex-Gruppe", "Orbitex-Konzerns": the name before the hyphen of a compound ending in a noun for an
    organisation, a name the dictionary does not know written as a name (not "US-Unternehmen", "Rüstungs-")."""
    name, hyphen, head = word.rpartition("-")
    if not hyphen or not rules.compound_head.match(head) or not name[1:].islower() or not name[:1].isupper():
        return None
    return None if is_known(name) else name


def _organisation_code(phrase: str, rules: _Rules, rest: str = "") -> str | None:
    named = _organisation_named(phrase, rules, rest)
    return named[1] if named else None


def _first_word(text: str) -> str:
    word = _WORD.search(text)
    return word.group() if word else ""


def _word_going_on(rest: str) -> str:
    """The word a name may go on with after a phrase: none past a comma ("der Firma Beispiel, die …")."""
    return "" if rest.lstrip()[:1] in (",", ";", ":") else _first_word(rest)


def _a_name(preposition: str, words: list[str]) -> str | None:
    """The name a source phrase ends with. After ", so" a speaker stands ("…, so Beispiel."); after
    "laut" a document or a plan may ("laut Plan", "laut Umfrage"): there a name opens with words the
    German dictionary does not know, or acronyms ("laut Kowalenko Ende März", "laut WHO"), or is a first
    name with a surname ("laut Anna Beispiel"); one word the dictionary knows is no name."""
    if preposition.lower() == "so":
        return " ".join(words)
    unknown = list(takewhile(lambda word: not is_known(word) or not word[1:].islower(), words))
    return " ".join(unknown or (words if len(words) > 1 else ())) or None


# the head of a subject: its first capitalised word, or the noun after an article and an attribute with its own
# phrase ("Der für den Abschnitt zuständige General")
_SUBJECT_HEAD = re.compile(
    r"\s*(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine)\s+(?:für|in|im|am|an|mit|bei|beim|auf)\s+"
    r"(?:(?:den|die|das|dem|der)\s+)?(?:\S+\s+){0,2}?[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ][\w-]*"
    r"|(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*)"
)


def _roles_named(p: _Pointer) -> list[str]:
    """The role nouns of the phrase: of a speech verb's subject alone, with its apposition."""
    phrase = p.slot
    if p.kind == "speech":
        # "Britische Zeitungen hatten … von Beratungen der Regierung berichtet": the subject alone
        head = _SUBJECT_HEAD.match(p.slot)
        phrase = p.sentence[p.start : _noun_phrase_end(p.sentence, p.start + head.end(), p.rules)] if head else p.slot
        # "X, der Gouverneur von Y", "Der Chef der Logistik, Oberst Y"
        phrase = " ".join([phrase, *re.findall(r",\s*(?:(?:der|die)\s+)?([^,.;]+)", p.slot)])
    # a local institution ("die Klinik", "die Spitalleitung") is a source as an organ is, though no person's title
    words = [w for w in _WORD.findall(phrase) if w[0].isupper()]
    if words and _ends(p.rules.not_state, words[-1]):
        return []  # "ein Sprecher der lokalen Zivilgesellschaft": who it represents is no organ
    roles = [w for w in words if _role_word(w, p.rules) or _local(w, p.rules)]
    if roles or p.kind != "prep":
        return roles
    official = p.rules.official.search(phrase)  # "nach offiziellen Angaben": the authorities, "nach Behördenangaben"
    return [_AUTHORITIES] if official and _ends(p.rules.state_noun, official.group(1)) else []


_AUTHORITIES = "Behörden"  # whom "offizielle Angaben" are of: a local role (seeds/lexicon/speaker_nouns.json)


def _local(word: str, rules: _Rules) -> bool:
    return _ends(rules.local_role, word.split("-")[-1])


def _official(p: _Pointer, roles: list[str], unknown: tuple[int, int, str] | None) -> list[Source] | None:
    """An official or organ by role, with the party its place, nationality or context gives."""
    party = _party_of_role(p.sentence, p.start, p.end, roles, p.found, p.here, p.memory, p.rules, p.knowledge, p.recall)
    if not party:
        return None
    if p.here and party == p.here.party and unknown is None and not p.found.starting_in(p.start, p.end):
        return []  # "Laut dem Pentagon …, sagte ein Sprecher": its spokesman, the source this sentence names
    text = p.slot[unknown[0] - p.start : unknown[1] - p.start] if unknown and p.kind == "prep" else p.slot
    _learn_person(text.strip(" ,.") + _name_set_off_after(p), party, p.rules, p.memory, p.places)
    pointing_back = [s for s in p.memory.shift(p.memory.previous_sources) if s.party == party and s.role == "origin"]
    if pointing_back and not _person_name(text, p.rules, p.places):
        return pointing_back  # "Das teilte der Gouverneur der Region mit": the source named just before
    return [p.spanning(text, party)]


def _name_set_off_after(p: _Pointer) -> str:
    """ "nach Auskunft des Chefs der Hafenbehörde, Karl Beispiel, …", "…, erklärte der Gouverneur des Bezirks,
    Karl Beispiel, am Abend": the official's name set off by a comma after a phrase ending with the role, to be learned
    with it; "" where none follows."""
    name = _NAME_SET_OFF_AFTER.match(p.sentence, p.end)
    return name.group() if name else ""


def _another_person(surname: str, previous: list[Source], knowledge: Knowledge | None) -> bool:
    """The sentence before was a person's we know ("Charles Michel") or one introduced by name ("die Ärztin
    Ilse Brandt"), and this surname is not theirs."""
    if knowledge is None or any(surname in _WORD.findall(s.text) for s in previous):
        return False
    if any(not s.party and _INTRODUCED.fullmatch(s.text) for s in previous):
        return True  # "Die Ärztin Ilse Brandt" spoke before
    return any(actor.kind == "person" for s in previous for _, _, actor in knowledge.alias_index.find(s.text))


def _pointing_back(p: _Pointer, roles: list[str]) -> list[Source] | None:
    """ "Den Angaben zufolge", "der Sprecher": the source of the sentence before, the last speakers, or the
    first actor named before; None when a speech verb's subject finds none."""
    if p.here:
        return []  # the speaker named in this sentence, collected already
    person = _person_name(p.slot, p.rules, p.places)
    foreign = bool(roles) and _of_something_unknown(p.slot, p.rules, p.knowledge)
    previous = p.memory.shift(p.memory.previous_sources)
    # "Der Bürgermeister Anton Weber" after "Michel sagte"; "Der Gouverneur sagte" after "Ministerin Anna Brand"
    if (person and _another_person(person, previous, p.knowledge)) or _another_office(roles, previous, p.rules):
        return None if p.kind == "speech" else []
    recent = _recent_speakers_speak(p.memory, bool(person or foreign))
    resolved = previous or (p.memory.speakers_before() if recent else []) or p.earlier_subject()
    resolved = _able_to_govern(p, roles, resolved)
    if person and previous:
        party = next((s.party for s in previous if s.party and s.role == "origin"), None)
        if party:
            _learn_person(p.slot, party, p.rules, p.memory, p.places)  # the speaker of the sentence before, by name
    if resolved or p.kind != "speech":
        return resolved
    return None


def _recent_speakers_speak(memory: ArticleMemory, named_here: bool) -> bool:
    """Whether the speakers of the last two sentences speak around a role: not where this one names a person or
    something of its own (`named_here`), nor past a headline's."""
    return memory.speakers_age <= 2 and not (named_here or _headline_passed(memory))


def _headline_passed(memory: ArticleMemory) -> bool:
    """The last speakers were named in a headline ("… – Kiew meldet zwölf Tote") and the lede has told the story
    in the outlet's own voice since: they no longer speak around an organ named bare ("Die Armee meldete
    Treffer an Depots" after "Russland hat … angegriffen")."""
    return memory.speakers_in_headline and memory.speakers_age > 0


def _another_office(roles: list[str], previous: list[Source], rules: _Rules) -> bool:
    """The role named is not the office of whoever spoke before ("der Gouverneur" after "Ministerin Anna
    Brand", "der Minister" after "die Armee", "das Ministerium" after "die Hilfsorganisation X"): another
    speaker. A spokesman speaks for whoever spoke before."""
    mine = [_role_stem(role.split("-")[-1]).lower() for role in roles]
    if not mine or any(role.lower().endswith(("sprecher", "sprecherin")) for role in roles):
        return False
    theirs = [
        _role_stem(word.split("-")[-1]).lower()
        for source in previous
        for word in _WORD.findall(source.text)
        if word[0].isupper() and (_role_word(word, rules) or _ends(rules.organisation, word.split("-")[-1]))
    ]
    return bool(theirs) and not any(a.startswith(b) or b.startswith(a) for a in mine for b in theirs)


def _able_to_govern(p: _Pointer, roles: list[str], sources: list[Source]) -> list[Source]:
    """A government or a ministry is a state's (or a governing group's), never an organisation's; an army only a
    state's: "nach Regierungsangaben" after the IAEA spoke is not the IAEA's. None left: a source we cannot place."""
    if not sources or not (_governs(roles, p.rules) or _state_forces(roles, p.rules)):
        return sources
    # "Die Armee erklärte" after a militia spoke is not the militia's
    may_own = _may_own(roles, True, p.rules, p.knowledge)
    states = [s for s in sources if may_own(s.party)]
    return states or [p.spanning(p.slot, None)]


def _governs(roles: list[str], rules: _Rules) -> bool:
    """The phrase's first role is a government's organ: "Regierung", "Gesundheitsministerium",
    "Regierungsangaben"."""
    return bool(roles) and _ends(rules.seated_role, _role_stem(roles[0].split("-")[-1]))


def _state_forces(roles: list[str], rules: _Rules) -> bool:
    """The phrase's first role is a state's forces: "die Armee", "das Militär", "Armeeangaben"."""
    return bool(roles) and _ends(rules.state_forces, _role_stem(roles[0].split("-")[-1]))


def _a_state(knowledge: Knowledge) -> Callable[[str | None], bool]:
    """Whether a party may own a state's forces: a state."""
    return lambda party: knowledge.party_kinds.get(party or "") == "state"


def _no_organisation(knowledge: Knowledge | None) -> Callable[[str | None], bool]:
    """Whether a party may own an organ of government: a state or a group, no organisation, and none we know
    only by the name an organisation gave it ("die Anwaltsinitiative Velora Lawyers": "VL"); any party
    where `knowledge` is None."""
    if knowledge is None:
        return lambda party: True
    kinds = knowledge.party_kinds
    return lambda party: kinds.get(party or "", "organisation") != "organisation"


def _role_part(word: str) -> str:
    """The part of a compound that names the role: its last, or the one before a source noun after a hyphen
    ("Polizei-Angaben": "Polizei")."""
    parts = word.split("-")
    return parts[-2] if len(parts) > 1 and _ROLE_SOURCE_NOUN.fullmatch(parts[-1].lower()) else parts[-1]


def _role_word(word: str, rules: _Rules) -> bool:
    """ "Gouverneur", "US-Militärsprecher"; "Behördenangaben", "Polizei-Angaben", "Armeekreise": a role before
    the source noun."""
    last = _role_part(word)
    if _ends(rules.not_state, last):
        return False  # "Widerstandskomitee": citizens' committee, no organ's, though it ends in one
    if _ends(rules.role_suffix, last):
        return True
    stem = _role_stem(last)
    return stem != last and len(stem) > 2 and bool(_ends(rules.role_suffix, stem))


@lru_cache(maxsize=1 << 16)
def _role_stem(word: str) -> str:
    return _ROLE_SOURCE_NOUN.sub("", word)


_ROLE_SOURCE_NOUN = re.compile(
    r"(?:angaben|informationen|quellen|kreise|kreisen|sprecher|sprecherin|vertreter|vertreterin|mitarbeiter|mitarbeiterin)$",
    flags=re.IGNORECASE,
)


def _party_of_role(
    sentence: str,
    start: int,
    end: int,
    roles: list[str],
    found: _Mentions,
    here: Source | None,
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge | None,
    recall: _Recall,
) -> str | None:
    """The party of an organ or official named without a state: a place it is of ("der Bürgermeister von X",
    "die Behörden in X"; seeds/places.json), "örtlich"/"vor Ort"/"der Region" (the place named last), the
    nationality beside it ("polnische Blätter zitieren Vize-Minister X"), the same role named with its
    state before, a speaker of this or the last sentences, an actor named before; else the outlet's state."""
    slot = sentence[start:end]
    heads_of_roles = [re.sub(r"angaben$", "", _role_part(w)) for w in roles]
    local = any(_ends(rules.local_role, w) for w in heads_of_roles)
    organ = any(_ends(rules.seated_role, w) for w in heads_of_roles)
    seated = local or _a_states_organ(organ, slot, rules)
    party = (
        _occupier(slot, memory, rules, knowledge)
        or _subjects_forces(sentence, (start, end), roles, found, rules, knowledge)
        or _party_of_place(sentence, start, end, (local, seated, heads_of_roles), found, memory, rules, knowledge)
        or _fronted_scene(sentence, (start, organ), roles, found, rules)
    )
    if party:
        return party
    if _of_something_unknown(slot, rules, knowledge):
        return None
    forces = _forces_beside(sentence, (start, end), roles, rules)
    if forces is not None:  # "Die Armee beschoss …, erklärte ein Sprecher": the forces' spokesman
        return _party_of_role(sentence, *forces, found, here, memory, rules, knowledge, recall)
    heads = _learned_heads(roles, memory.heads)
    if _person_name(slot, rules, place_kinds(knowledge) if knowledge is not None else ()):
        return _party_of_a_named_person(sentence, slot, roles, found, (local, heads), memory, rules, knowledge)
    if here:
        return _army_beside(roles, here.party, rules, knowledge) or here.party
    medium = _states_medium_before(start, found, knowledge)
    if medium:
        return medium
    where = _the_organs_country(sentence, start, roles, heads, found, memory, rules, knowledge) if organ else None
    if where:
        return where
    later = [] if any(heads) else _named_with_its_party_later(roles, memory, rules, knowledge)
    may_own = _may_own(roles, seated, rules, knowledge)
    army = _the_army(roles, heads, memory, rules, knowledge)
    if army:
        return army
    return _party_speaking_around(heads, local, memory, (recall, rules), may_own, later, roles)


# The phrase before a main clause's finite verb that names where: "Auch in X [meldete die Marine …]"
_FRONTED_IN = re.compile(r"^\W*(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?(?:[Ii]n|[Ii]m)\s+(?:der\s+|dem\s+|den\s+)?$")
_ONE_VERB = re.compile(r"\s+[a-zäöüß]+\s*$")


def _fronted_scene(
    sentence: str, slot: tuple[int, bool], roles: list[str], found: _Mentions, rules: _Rules
) -> str | None:
    """ "In Polen meldete die Armee …", "Auch in X meldete das Militär …": a state named as the scene before the
    finite verb, the bare organ (`slot`: where it starts, whether it is an organ of government) or army right after
    the verb, is that state's, whoever spoke before."""
    start, organ = slot
    if not (organ or _state_forces(roles, rules)):
        return None
    for m in found.items:
        if m.start > start or not (m.actor.party and m.actor.kind in ("state", "capital")):
            continue
        if _FRONTED_IN.match(sentence[: m.start]) and _ONE_VERB.fullmatch(sentence, m.end, start):
            return m.actor.party
    return None


def _a_states_organ(organ: bool, slot: str, rules: _Rules) -> bool:
    """An organ of government, or a body an adjective makes a state's ("die Nationale Kommission"): no
    organisation's."""
    return organ or bool(rules.of_a_state.search(slot))


def _states_medium_before(start: int, found: _Mentions, knowledge: Knowledge | None) -> str | None:
    """ "Tass, die staatliche Agentur, zitierte einen Beamten der Behörden": an organ or official a state's
    medium quotes with no state nor place of its own is that state's."""
    if knowledge is None:
        return None
    media = [m.actor.party for m in found.inside(0, start) if m.actor.kind == "medium" and m.actor.party]
    return next((p for p in reversed(media) if _a_state(knowledge)(p)), None)


def _army_beside(roles: list[str], speaker: str | None, rules: _Rules, knowledge: Knowledge | None) -> str | None:
    """ "Die Behörden der Hamas melden zwölf Tote, die Armee meldet drei": an armed group's speaker owns no state's
    army; the army named bare beside it is that of the state at war with the group."""
    if knowledge is None or not _state_forces(roles, rules) or _a_state(knowledge)(speaker):
        return None
    return _the_state_at_war_with(speaker, knowledge)


def _the_army(
    roles: list[str], heads: list[str | None], memory: ArticleMemory, rules: _Rules, knowledge: Knowledge | None
) -> str | None:
    """ "Die Armee": the army the article named with its state, or the state at war with the group it named,
    before a state that spoke just before of the war ("Das Pentagon erklärte …")."""
    if knowledge is None or not _state_forces(roles, rules):
        return None
    spoke = _forces_that_spoke_before(memory, rules, knowledge)
    if spoke:
        return spoke
    if any(heads):
        return next((h for h in heads if h and _a_state(knowledge)(h)), None)
    return _the_state_at_war_with(memory.last_group, knowledge)


def _forces_that_spoke_before(memory: ArticleMemory, rules: _Rules, knowledge: Knowledge) -> str | None:
    """ "… laut Angaben des ukrainischen Militärs. …, erklärte die Armee": the forces the sentence just before
    quoted, whichever army the article named earlier ("Russlands Armee schießt …" in its teaser)."""
    is_state = _a_state(knowledge)
    for source in memory.previous_sources:
        if source.party and source.role == "origin" and is_state(source.party):
            named = _CAPITALISED.findall(memory.previous_text, source.start, source.end + _FORCES_AFTER)
            if any(_state_forces([word], rules) for word in named[:2]):
                return source.party
    return None


_FORCES_AFTER = 24  # "des indischen Militärs": the forces' noun after the adjective the source is named by


def _forces_beside(
    sentence: str, slot: tuple[int, int], roles: list[str], rules: _Rules
) -> tuple[int, int, list[str]] | None:
    """A bare role ("ein Sprecher", "ein Vertreter": no organ in its word, no place, no state) in a sentence that
    names a state's forces before it ("Die Armee beschoss …, erklärte ein Sprecher"): where those forces stand,
    to be read as theirs."""
    if len(roles) != 1 or not rules.role_suffix.match(roles[0]) or _state_forces(roles, rules):
        return None
    if _ends(rules.local_role, roles[0]) or _ends(rules.cabinet_role, roles[0]):
        return None  # a mayor, a minister: the place's, whoever else the sentence names
    # before it only: "Ein Sprecher sagte, die Armee von X habe …" is not X's
    for word in _CAPITALISED.finditer(sentence, 0, slot[0]):
        if _state_forces([word.group()], rules):
            return word.start(), word.end(), [word.group()]
    return None


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]+")


def _the_state_at_war_with(group: str | None, knowledge: Knowledge) -> str | None:
    """ "Die Armee" where the article has named an armed group at war with one state alone: that state's army,
    not that of a state that spoke of the war ("Die Miliz … Abu Dhabi bestreitet das. Die Armee meldete …") nor
    of a state fighting on the group's side (seeds/conflicts.json: each belligerent's side)."""
    states = {
        party
        for conflict in knowledge.conflicts
        if group in conflict.belligerents_on(None)
        for party in conflict.opponents_of(group)
        if knowledge.party_kinds.get(party) == "state"
    }
    return states.pop() if len(states) == 1 else None


def _party_of_a_named_person(
    sentence: str,
    slot: str,
    roles: list[str],
    found: _Mentions,
    local_heads: tuple[bool, list[str | None]],
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge | None,
) -> str | None:
    """A person we do not know, by role (`slot`: the words naming them): the organ his role names as its spokesman's,
    else as any official's."""
    return _spokesmans_organ(sentence, roles, found, rules) or _party_of_a_named_official(
        slot, roles, local_heads, memory, rules, knowledge
    )


def _spokesmans_organ(sentence: str, roles: list[str], found: _Mentions, rules: _Rules) -> str | None:
    """ "Justizsprecher Karl Beispiel" beside "nach Angaben der russischen Justiz": the spokesman of the organ his
    role's compound names speaks for the party this sentence names that organ with. Not one named before: "Ihr
    Militärsprecher" after "das russische Militär" may be another's, whose the sentences before tell."""
    organs = {keys[1] for role in roles if len(keys := _head_keys(role)) == 2}
    if not organs:
        return None  # most roles: no organ's spokesman
    return next((m.actor.party for m in found.items if _organ_named_with(sentence, m, rules) in organs), None)


def _party_of_a_named_official(
    slot: str,
    roles: list[str],
    local_heads: tuple[bool, list[str | None]],
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge | None,
) -> str | None:
    """A person we do not know, by role: only a place, a nationality or the state outlet tells whose, or whose
    official the sentence before named ("Die Mission … Ihre Leiterin X räumte ein"); a state's forces' spokesman
    ("Militärsprecher Karl Beispiel") those of the state that spoke before, or the forces named with their state;
    an officer by rank ("Oberst Karl Beispiel") those of a state or group that spoke before."""
    local, heads = local_heads
    order = [memory.last_place, *heads] if local else []
    if rules.owning.match(slot):
        order = [*_parties_said_before(memory), *order]
    elif knowledge is not None and _state_forces(roles, rules):
        is_state = _a_state(knowledge)
        order = [p for p in (*_parties_said_before(memory), *heads) if is_state(p)]
    elif knowledge is not None and any(_ends(rules.military_ranks, role.split("-")[-1]) for role in roles):
        # "Der Chef der Logistik, Oberst X": a rank anywhere in the roles makes him an officer
        order = _forces_spoken_before(memory, heads, knowledge)
    elif any(_ends(rules.cabinet_role, role.split("-")[-1]) for role in roles):
        order = _cabinet_order(roles, heads, memory, knowledge)
    return next((p for p in order if p), None) or memory.affiliation


def _cabinet_order(
    roles: list[str], heads: list[str | None], memory: ArticleMemory, knowledge: Knowledge | None
) -> list[str | None]:
    """ "Gesundheitsminister Karl Beispiel": the state whose ministry of that name the sentence just before quoted
    ("Das polnische Gesundheitsministerium zählte … Gesundheitsminister X"), the state that spoke just before
    ("Der Rat bestritt das. Außenminister X sagte …"), else the story's place's."""
    just_before = [source.party for source in memory.previous_sources]
    ministry = [memory.heads.get(_ministry_key(role)) for role in roles]
    is_state = _a_state(knowledge) if knowledge is not None else lambda party: False
    return [
        *(p for p in ministry if p in just_before),
        *(p for p in just_before if is_state(p)),
        memory.last_place,
        *heads,
    ]


def _forces_spoken_before(memory: ArticleMemory, heads: list[str | None], knowledge: Knowledge) -> list[str | None]:
    """ "Oberst Karl Beispiel": an officer serves the forces of a state or group that spoke before, in the sentence
    before or further back."""
    armed, last = _no_organisation(knowledge), [s.party for s in memory.speakers_before()]
    return [p for p in (*_parties_said_before(memory), *last, *heads) if armed(p)]


def _subjects_forces(
    sentence: str, span: tuple[int, int], roles: list[str], found: _Mentions, rules: _Rules, knowledge: Knowledge | None
) -> str | None:
    """ "Die pakistanische Luftwaffe will nach Angaben des Militärs …", "Israels Marine fing das Boot ab, erklärte
    das Militär": forces named bare after a state's forces or body as the sentence's subject are that
    state's, not those of a nationality further on ("… fünf indische Flugzeuge") nor of another state named
    before. "Russland griff nach Angaben der Armee … an" is the attacked side's army as often: a state as the
    subject tells nothing."""
    start, end = span
    subject = found.first_subject
    if knowledge is None or subject is None or subject.start >= start or not _state_forces(roles, rules):
        return None
    if not _a_states_own(sentence, subject, start, rules):
        return None
    if any(m.actor.party for m in found.starting_in(start, end)):
        return None  # "nach Angaben der Armee von X": whose forces, the phrase says
    return subject.actor.party if _a_state(knowledge)(subject.actor.party) else None


def _a_states_own(sentence: str, subject: Mention, before: int, rules: _Rules) -> bool:
    """The subject names a state's own forces: its adjective before a forces' noun ("Die pakistanische Luftwaffe"),
    or the state in the genitive before any noun of its own ("Israels Marine", "Israels Regierung")."""
    following = sentence[subject.end : before].split()[:1]
    if subject.actor.kind == "adjective":
        return _state_forces(following, rules)
    genitive = subject.actor.kind == "state" and sentence[subject.start : subject.end].endswith("s")
    return genitive and bool(following) and following[0][:1].isupper()


def _named_with_its_party_later(
    roles: list[str], memory: ArticleMemory, rules: _Rules, knowledge: Knowledge | None
) -> list[str | None]:
    """ "Die Gesundheitsbehörde meldet 45 Tote" in a lede, "laut der von X kontrollierten Gesundheitsbehörde"
    in the body: a lede names an organ bare that the body names with its party. The parties the rest of the
    article names each organ with (`_learn_organ` on the words before each later mention of it)."""
    if knowledge is None or not memory.article:
        return []
    found = []
    for key in dict.fromkeys(key for role in roles for key in _head_keys(role)):
        if key not in memory.heads_later:
            memory.heads_later[key] = _party_named_with(key, memory, rules, knowledge)
        found.append(memory.heads_later[key])
    return found


def _party_named_with(key: str, memory: ArticleMemory, rules: _Rules, knowledge: Knowledge) -> str | None:
    """The party the first later mention of the organ `key` is named with, if any."""
    text = memory.article
    for word in re.compile(rf"\b{re.escape(key)}\w*", re.IGNORECASE).finditer(text, memory.read_to):
        if _head_key(word.group()) != key:
            continue
        window = text[max(memory.read_to, word.start() - _BEFORE_AN_ORGAN) : word.end()]
        named = (m.actor.party for m in find_mentions(window, knowledge) if _organ_named_with(window, m, rules) == key)
        party = next(named, None)
        if party is not None:
            return party
    return None


_BEFORE_AN_ORGAN = 60  # "der von der Hamas kontrollierten Gesundheitsbehörde": the words naming its party


def _may_own(
    roles: list[str], seated: bool, rules: _Rules, knowledge: Knowledge | None
) -> Callable[[str | None], bool]:
    """Who may own the organ: a government no organisation, an army no armed group; other roles anyone (no
    kinds known: every party)."""
    if knowledge is not None and _state_forces(roles, rules):
        return _a_state(knowledge)
    return _no_organisation(knowledge if seated else None)


def _learned_heads(roles: Sequence[str], learned: Mapping[str, str]) -> list[str | None]:
    """The party each role's organ was named with before ("das russische Verteidigungsministerium"), if any:
    `learned` is `ArticleMemory.heads` or its `named_organs`."""
    return [learned.get(key) for role in roles for key in _head_keys(role)]


def _occupier(slot: str, memory: ArticleMemory, rules: _Rules, knowledge: Knowledge | None) -> str | None:
    """ "die Besatzungsbehörden": the authorities of the party the article last named as holding a place; in a
    belligerent's own outlet naming none, its one enemy ("die Besatzungsarmee" in a state outlet)."""
    if not rules.occupation.search(slot):
        return None
    if memory.held_places:
        return next(reversed(memory.held_places.values()))
    return _sole_enemy(memory.affiliation, knowledge) if memory.affiliation and knowledge is not None else None


def _sole_enemy(party: str, knowledge: Knowledge) -> str | None:
    """The one party on the other side from `party` in every conflict it fights in, if there is one."""
    sides = [c.opponents_of(party) for c in knowledge.conflicts if party in c.belligerents_on(None)]
    common = set.intersection(*sides) if sides else set()
    return common.pop() if len(common) == 1 else None


def _party_of_place(
    sentence: str,
    start: int,
    end: int,
    kind: tuple[bool, bool, list[str]],
    found: _Mentions,
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge | None,
) -> str | None:
    """The party of the place a role is of, or of the nationality beside it. `kind`: (a local role, an
    organ of government seated where it is named: a ministry, a government; the roles' heads)."""
    slot = sentence[start:end]
    local, seated, heads = kind
    if any(_ends(rules.posted_role, head) for head in heads):
        return _nationality_beside(sentence, (start, end), found, local, rules)  # "die Botschaft in X": not X's
    # A place speaks through its own authorities and its government's organs only: "der Bürgermeister von
    # X", "die Behörden in X", "das Gesundheitsministerium in X"; "ein Sprecher der Mission in Genf" or "der
    # Hilfsorganisation in X" is somebody there, not its state.
    in_slot = [
        (a, b, party)
        for a, b, party in (_as_held(governing_parties(slot, knowledge), slot, memory) if knowledge is not None else [])
        if seated or _OF_PLACE.search(slot, 0, a)  # "das Gesundheitsministerium von X": an organ of X
    ]
    if in_slot:
        return in_slot[0][2]
    placed = [
        m for m in found.starting_in(start, end) if m.actor.kind in ("state", "capital") and m.actor.party and m.speaks
    ]  # not the brief of "der Beauftragte für X"
    if placed:
        return placed[0].actor.party  # "die Militärverwaltung in Kiew"
    named = _as_held(_places_governed(sentence, knowledge), sentence, memory) if knowledge is not None and local else []
    if local and named:
        return named[0][2]  # "In X brannte nach Behördenangaben …": the authorities of X
    if rules.local_cues.search(slot):
        # "In Polen wurden nach Angaben des dortigen Ministeriums …": the state its clause names, else the place
        # named last before it
        where = _the_country_where(sentence, _clause_bounds(sentence, start), found, rules) or memory.last_place
        if where:
            return where
    return _nationality_beside(sentence, (start, end), found, local, rules)


def _the_organs_country(
    sentence: str,
    start: int,
    roles: list[str],
    heads: list[str | None],
    found: _Mentions,
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge | None = None,
) -> str | None:
    """ "In X wurden nach Angaben des Innenministeriums …": X's ministry, unless the organ was named with its
    state before or is the one that spoke just before ("Das Verteidigungsministerium in Y …; in X …, so das
    Ministerium")."""
    if any(heads) or (_bare_organ(roles, rules) and _parties_said_before(memory)):
        return None
    clause = _clause_bounds(sentence, start)
    return _the_country_where(sentence, clause, found, rules) or _the_place_where(
        sentence, clause, found, memory, rules, knowledge
    )


def _the_place_where(
    sentence: str,
    clause: tuple[int, int],
    found: _Mentions,
    memory: ArticleMemory,
    rules: _Rules,
    knowledge: Knowledge | None,
) -> str | None:
    """ "Nach Angaben des Gesundheitsministeriums wurden im Gazastreifen … getötet": the authorities of a place the
    gazetteer knows (seeds/places.json) that the clause says it happened in, where no party is named before it
    but in a circumstance ("Seit Beginn der Angriffe Israels …"); the people named after it are whom it befell."""
    if knowledge is None:
        return None
    for place_start, _, party in _as_held(_places_governed(sentence, knowledge), sentence, memory):
        if clause[0] <= place_start < clause[1] and rules.located.search(
            sentence, max(0, place_start - _LOCATED_REACH), place_start
        ):
            named_before = any(
                m.speaks
                and m.actor.party
                and m.start < place_start
                and not _of_a_circumstance(sentence, m, rules, named=True)
                for m in found.items
            )
            return None if named_before else party
    return None


def _the_country_where(sentence: str, clause: tuple[int, int], found: _Mentions, rules: _Rules) -> str | None:
    """The party of the state or capital the clause says it happened in ("in Polen"), where the sentence
    names no other party: "Israel griff nach Regierungsangaben Ziele im Libanon an" is not Lebanon's; nor is
    "…, dass er sich bei der Regierung in Peking …" said by the ministry of the clause before."""
    # "Seit Beginn der israelischen Angriffe wurden im Iran …": whose attacks a circumstance tells names no other
    # party beside the place
    beside = {
        m.actor.party for m in found.items if m.speaks and m.actor.party and not _of_a_circumstance(sentence, m, rules)
    }
    if len(beside) != 1:
        return None  # no party named, or another one beside the place
    located = (
        m.actor.party
        for m in found.inside(*clause)
        if m.speaks
        and m.actor.party
        and m.actor.kind in ("state", "capital")
        and rules.located.search(sentence, max(0, m.start - _LOCATED_REACH), m.start)
    )
    return next(located, None)


def _bare_organ(roles: list[str], rules: _Rules) -> bool:
    """Whether the organ is named by its kind alone, no compound saying which: "das Ministerium", "die
    Regierung", "Regierungsangaben" (not "das Innenministerium")."""
    return any(rules.seated_role.fullmatch(_head_key(_role_stem(role))) for role in roles)


def _nationality_beside(
    sentence: str, slot: tuple[int, int], found: _Mentions, local: bool, rules: _Rules
) -> str | None:
    """ "polnische Blätter zitieren Vize-Minister X": the party of a nationality in the clause, outside a
    prepositional phrase. For the local authorities ("Auf thailändischer Seite … nach Angaben der Behörden") a
    state a preposition governs too: the place where it happened is theirs (an army spokesman's "Ziele in X"
    are the other side's). A side is a party for every organ: "Auf ukrainischer Seite … nach Angaben der Armee"."""
    left, right = _clause_bounds(sentence, slot[0])
    # a nationality inside a phrase of the fact ("mit einem US-amerikanischen Raketenwerfer") is whose thing it is;
    # so is one after the official's phrase, in what the clause tells ("nach Angaben von Premier X eine Reihe
    # iranischer Drohnen"): the press quoting one stands before ("polnische Blätter zitieren Vize-Minister X")
    beside = [
        m
        for m in found.starting_in(left, right)
        if m.actor.party
        and (
            (local or rules.sides.match(sentence, m.end))
            if m.governed
            # "Seit Beginn der israelischen Angriffe": a genitive in a circumstance's phrase
            else not m.speaks
            and m.start < slot[1]
            and not (m.start < slot[0] and _of_a_circumstance(sentence, m, rules))
            and not _agent_of_an_attribute(sentence, m, rules)  # "die von X verbreitete Zahl": not the role's party
        )
    ]
    return beside[0].actor.party if beside else None


def _parties_said_before(memory: ArticleMemory) -> list[str]:
    """The parties of the origins the sentence before named."""
    return [s.party for s in memory.previous_sources if s.party and s.role == "origin"]


def _party_speaking_around(
    heads: list[str | None],
    local: bool,
    memory: ArticleMemory,
    recall_rules: tuple[_Recall, _Rules],
    may_own: Callable[[str | None], bool],
    later: Sequence[str | None] = (),
    roles: Sequence[str] = (),
) -> str | None:
    """A local official speaks for the place of the story; an organ for the state speaking around it: the
    sentence before (its sources, then the state opening it), the same organ named with its state, the last
    speakers, the same organ named with its party later in the article, an actor named before; of them the
    first that `may_own` the organ. An organ known by its own name before ("die von X kontrollierte
    Gesundheitsbehörde") is that one, whoever spoke in the sentence before."""
    recall, rules = recall_rules
    previous = [*_learned_heads(roles, memory.named_organs), *_parties_said_before(memory)]
    speakers = (
        [s.party for s in memory.last_speakers if s.party and s.role == "origin"]
        if memory.speakers_age <= 6 and not _headline_passed(memory)
        else []
    )
    earlier = [recall.first_named.actor.party] if recall.first_named else []
    # the state the sentence before spoke of ("Moskau hat einen Treffer nie eingeräumt. Das Ministerium spricht
    # von einem Brand"): its organ, before one of another state named further back
    previous += _state_opening(memory.previous_text, recall.subject, rules)
    # a state's outlet names its own state's organs without the state ("Der Generalstab meldete …"): its
    # state before speakers further back, after the sentence before and the organ named with a state
    own = [memory.affiliation] if memory.affiliation else []
    order = (
        [memory.last_place, *previous, *heads, *own, *speakers, *later, *earlier]
        if local
        else [*previous, *heads, *own, *speakers, *later, *earlier]
    )
    return next((p for p in order if p and may_own(p)), None) or memory.affiliation or _the_only_state(memory, may_own)


def _state_opening(sentence: str, subject: Mention | None, rules: _Rules) -> list[str]:
    """The party of a state or capital opening a sentence that speaks ("Moskau hat einen Treffer nie eingeräumt",
    "Die USA bestreiten …"); "Russland feuerte 38 Raketen ab" tells what the attacker did, whose forces then
    report it is the other side's as often; "Daraufhin zogen Hunderte Palästinenser …" tells of people."""
    if subject is None or subject.actor.kind not in ("state", "capital") or not subject.actor.party:
        return []
    if sentence[: subject.start].strip() not in _ARTICLES_OPENING:
        return []
    return [subject.actor.party] if rules.speech.search(sentence) or _its_official(sentence, subject, rules) else []


def _its_official(sentence: str, subject: Mention, rules: _Rules) -> bool:
    """ "Sabiriens Präsident rief seinen Krisenstab zusammen": the state's official, not its forces, acting as its
    government does: the organ named next ("Der Stab …") is that state's."""
    role = _NEXT_WORD.match(sentence, subject.end)
    return role is not None and _role_word(role.group(1), rules) and not _state_forces([role.group(1)], rules)


_ARTICLES_OPENING = frozenset({"", "Die", "Der", "Das"})


def _the_only_state(memory: ArticleMemory, may_own: Callable[[str | None], bool]) -> str | None:
    """ "Die Regierung" where the article has named one state alone before: that state's."""
    if len(memory.states_named) != 1:
        return None  # two states named: whose government it is, only a nearer word tells
    (state,) = memory.states_named
    return state if may_own(state) else None


_last_places: tuple[str, Knowledge | None, list[tuple[int, int, str]]] = ("", None, [])


def _places_governed(sentence: str, knowledge: Knowledge) -> list[tuple[int, int, str]]:
    """governing_parties of the whole sentence, looked up once however many roles ask."""
    global _last_places
    text, of, places = _last_places
    if text is not sentence or of is not knowledge:
        places = governing_parties(sentence, knowledge)
        _last_places = (sentence, knowledge, places)
    return places


_OPENING_ARTICLE = re.compile(r"\s*(?:Die|Der|Das)\s+([A-ZÄÖÜ][\w-]+)")
_ORGAN_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:[Dd]ie|[Dd]er|[Dd]as)\s+([A-ZÄÖÜ][\w-]+)(?=\s*$)")


def _pronoun_before(sentence: str, end: int, rules: _Rules) -> bool:
    """Whether a pronoun stands in sentence[:end], from one search of the sentence."""
    first = _first_pronoun(sentence, rules.pronoun)
    if first is None:
        return False
    if first[1] <= end:
        return True
    if first[0] < end or (0 < end < len(sentence) and (sentence[end - 1].isalnum() or sentence[end - 1] == "_")):
        return bool(rules.pronoun.search(sentence, 0, end))  # a word cut at `end` may read otherwise
    return False


@lru_cache(maxsize=16)
def _first_pronoun(sentence: str, pronoun: re.Pattern[str]) -> tuple[int, int] | None:
    match = pronoun.search(sentence)
    return match.span() if match else None


_GENITIVE_COMPLEMENT = re.compile(
    r"\b(?P<role>[A-ZÄÖÜ][\w-]*)\s+(?:des|der|vom)\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*)"
)


def _of_something_unknown(slot: str, rules: _Rules, knowledge: Knowledge | None) -> bool:
    """ "die Sprecherin des Vereins", "der Bürgermeister von X" of a place we do not know: a role of
    something that is no state organ and no place we know ("des Ministeriums", "der Armee", "der Volksrepublik",
    "von Charkiw" are). Its name tells whose it is, not the sentences around it."""

    def known(noun: str) -> bool:
        return knowledge is not None and bool(governing_parties(noun, knowledge) or knowledge.alias_index.find(noun))

    kinds = place_kinds(knowledge) if knowledge is not None else frozenset()
    place = re.search(r"\b(?:von|in|aus)\s+([A-ZÄÖÜ][\w-]+)", slot)
    if place and not (known(place.group(1)) or _role_word(place.group(1), rules) or place.group(1) in kinds):
        return True
    match = _GENITIVE_COMPLEMENT.search(slot)
    if not match or not _role_word(match.group("role"), rules):
        return False
    noun = match.group("noun")
    last = noun.split("-")[-1] or noun
    return not (
        _role_word(noun, rules) or _ends(rules.state_noun, last) or known(noun) or noun in kinds or _organs(noun, rules)
    )


def _organs(noun: str, rules: _Rules) -> bool:
    """ "Militär|logistik", "Armee|führung": a compound whose first part is an organ's role noun names what that
    organ does; the official heading it is the organ's."""
    head = compound_head(noun, _SHORTEST_HEAD)
    at = noun.lower().rfind(head) if head else -1
    return at > 0 and _role_word(noun[:at], rules)


_SHORTEST_HEAD = 4


# a surname may open with an article in transliteration: "Hussein al-Essi", "Abdel Fattah el-Sisi"
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_NAME_RUN = rf"((?:{_NAME_WORD}[ \t]+){{1,2}}(?:[a-z]{{1,3}}-)?{_NAME_WORD})"
_SET_OFF_NAME = re.compile(rf"(?:^|,)\s*{_NAME_RUN}\s*(?=,|$)")
# the name after a role, set off by a comma, closing the sentence or a clause of it
_NAME_SET_OFF_AFTER = re.compile(rf",\s*{_NAME_RUN}\s*(?=[,.;:!?]|$)")
_NAME_AFTER = re.compile(rf"[ \t]+{_NAME_RUN}")
# a name opening the sentence, set off by its role with an article: "Karl Beispiel, ein Berater des Ministers,"
_NAME_IN_APPOSITION = re.compile(rf"\s*{_NAME_RUN}\s*,\s*(?:ein|eine|der|die)\s")
_ROLE_BEFORE_ITS_NAME = re.compile(rf"[^,;:.!?„“\"]+,\s*{_NAME_RUN}\s*,\s*")


def _person_name(text: str, rules: _Rules, places: Collection[str]) -> str | None:
    """The surname in "Gouverneur Taras X", "Der Bürgermeister von Y, Iwan X", "Iwan X, Gouverneur des
    Gebiets Y": two or three capitalised words right after a role noun, or set off by commas beside it."""
    candidates = [m.group(1) for m in _SET_OFF_NAME.finditer(text)]
    for role in _WORD.finditer(text):
        if role.group()[0].isupper() and _role_word(role.group(), rules):
            after = _NAME_AFTER.match(text, role.end())
            if after:
                candidates.insert(0, after.group(1))
    for candidate in candidates:
        names = candidate.split()
        if not any(_role_word(w, rules) or w.lower() in rules.determiners or w in places for w in names):
            return names[-1]
    return None


def _learn_person(text: str, party: str, rules: _Rules, memory: ArticleMemory, places: Collection[str]) -> None:
    """An official placed by a place or state is known by the surname later: "Laut X" speaks for it too."""
    surname = _person_name(text, rules, places)
    if surname:
        memory.teach(surname, Actor(surname, party, "person"))


def _of_someone_unknown(
    sentence: str, start: int, end: int, rules: _Rules, *, named_person: bool, places: Collection[str]
) -> tuple[int, int, str] | None:
    """Where a role with a name we do not know stands, and whether a person or an institution is named:
    "ein Sprecher des Nasser-Krankenhauses" (a hyphenated name, an acronym, a name after the noun) and,
    opening a paragraph, "Bürgermeister Ihor Terechow"; not "der Volksrepublik", said before, nor
    "der Gouverneur der Region Odessa", whose
    place tells more than an unknown name. The phrase ends with its last capitalised word."""

    def name(word: str) -> bool:
        return word[0].isupper() and not _ends(rules.role_suffix, word.split("-")[-1]) and word not in places

    words = list(_WORD.finditer(sentence[start:end]))
    texts = [w.group() for w in words]
    for i, role in enumerate(texts):
        if not _ends(rules.role_suffix, role):
            continue
        following = texts[i + 1 : i + 4]
        last = None
        form = "institution"
        if named_person and len(following) >= 2 and all(name(w) for w in following[:2]):
            last, form = i + 2, "person"  # "Bürgermeister Ihor Terechow"
        elif len(following) >= 2 and following[0].lower() in ("des", "der", "vom"):
            head, *after = following[1:]
            named = ("-" in head and head[0].isupper()) or (head.isupper() and len(head) > 1)
            if named and name(head):
                last = i + 2
            elif (
                after
                and after[0][0].isupper()
                and name(head)
                and "," not in sentence[start + words[i + 2].end() : start + words[i + 3].start()]
            ):
                last = i + 3  # "des Nasser Krankenhauses"; "des Gebiets, Oleg X," sets a person's name off
        if last is not None:
            return start + words[i].start(), start + words[last].end(), form
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
    if not sources:
        return Attribution(sources, [], [])  # most sentences
    origins = [s for s in sources if s.role == "origin"]
    relays = [s for s in sources if s.role == "relay"]
    parties = sorted({s.party for s in origins if s.party})
    media: list[str] = []
    if not origins:
        parties = sorted({s.party for s in relays if s.party})  # a state medium speaks for its state
        media = sorted({s.medium for s in relays if s.medium and not s.party})
    return Attribution(sources, parties, media)
