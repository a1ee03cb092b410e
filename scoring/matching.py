"""Do two claims state the same fact? The fact as typed anchors, its index text, and the decision.

A fact is what happened (event families, seeds/events.json), to whom and where (content words as
lemma stems with their compound heads, thesaurus classes from seeds/thesaurus.json, the parties
named), and how many (quantities). Who says it and how sure the writer is are left out by the
pipeline before the signature is made: the same fact from two sources must match, or origins
cannot be counted.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from typing import Any, Final

from scoring.events import (
    EventRules,
    Events,
    acts_of,
    circumstance_clauses,
    collocation_endings,
    event_family,
    events_of,
    find_events,
    given_opening,
    subject_clause,
)
from scoring.explanations import DEFAULT_LANGUAGE, phrasebook
from scoring.knowledge import (
    after_letter_words,
    built,
    holds_a_digit,
    holds_a_word,
    letter_words,
    once_per_lexicon,
    typed_rules,
    typed_thesaurus,
    word_flag,
    word_flags,
)
from scoring.lemmas import (
    compound_head,
    is_known,
    is_nominalised_adjective,
    is_verb,
    lemma,
    may_rejoin,
    rejoin_separable_verbs,
)
from scoring.lexicon import ExclusiveClasses, Matching, Measures, Months, Word
from scoring.numbers import NumberRules, Quantity, is_number_word, number_rules, word_value
from scoring.regex import Needing, fold_case, guarded, held_words, leading_words

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_CLAUSE_MARK = re.compile(r"[,;:]")
_GENITIVE = ("ens", "ers", "els")
# "-in", "-innen" after a person noun's ending: "Helferin", "Journalistinnen", "Präsidentin", "Soldatinnen",
# "Diplomatin", "Demokratin" (not "Termin", "Platin")
_FEMININE = (
    *("erin", "erinnen", "istin", "istinnen", "entin", "entinnen", "antin", "antinnen", "orin", "orinnen"),
    *("datin", "datinnen", "matin", "matinnen", "kratin", "kratinnen"),
)
_SUFFIXES = (
    "ungen",
    "ung",
    "ischen",
    "ischer",
    "isches",
    "ische",
    "isch",
    "ern",
    "en",
    "er",
    "es",
    "em",
    "e",
    "n",
    "s",
)

# Index tokens that are not words start with a digit, which no German word does: "0pua" (party),
# "0eattack" (event family), "0cattack" (circumstance), "0mplanned" (mode), "0n12000" (number),
# "0wdorinsk" (a name: a word that is also an anchor), "0ssabirsk" (the article's setting, stored, never scored).
# "0d20240229" (a day the claim names), "0astrike" (the incident of an act it tells, stored, never scored),
# "0gru" (the party doing what it tells, stored, never scored), "0lsabirsk" (a town of the gazetteer it
# names, stored, never scored), "0kzivilist" (whom its count of people counts, stored, never scored),
# "0tkrankenhau" (what the incident it tells struck, stored, never scored), "0y20240229" (the day its
# article was published, stored, never scored), "0rsenator" (the title of a person it names, stored, never scored),
# "0vbeispiel" (a person who says it, by surname: stored, searched, never scored as a word), "0ibeispiel" (a
# person it tells of, by surname: a term, searched and scored, never a word), "0oua" (the party whose label on an
# act it gives, "Terrorakt": stored, never scored).
_PARTY, _EVENT, _CIRCUMSTANCE, _MODE, _NUMBER, _NAME, _SETTING = "0p", "0e", "0c", "0m", "0n", "0w", "0s"
_DAY, _ACT, _AGENT, _TOWN, _COUNTED, _TARGET, _NEWS, _TITLE = "0d", "0a", "0g", "0l", "0k", "0t", "0y", "0r"
_SPEAKER, _INDIVIDUAL, _DEGREE, _VOICE = "0v", "0i", "0q", "0o"
_AGE = "age:"  # an age, with the unit it is said in: "age:jahr"
_YEAR = "jahr"  # the unit of an age given without one: "Greta Lindqvist (34)"
_PERSON = "person"  # the kind of counted people (seeds/lexicon/matching.json units)
_TIME = "time"  # the measure of durations, in days (seeds/thesaurus.json measures)
_CLOCK = "clock"  # the kind of "Uhr" (seeds/lexicon/matching.json units): a time of day, not a count
_NARROW = 1.25  # a range this narrow is one number to a reader: a bound's derived end, "elf bis zwölf"
_MEASURES = frozenset({"time", "distance", "area", "money", "share"})  # units that measure: no things counted
# people counted as dead or as hurt: kinds of "person" (seeds/lexicon/matching.json units), one count with a
# count of people ("12 Tote" / "12 Menschen starben"), never with each other ("12 Tote" / "12 Verletzte")
_PERSON_KINDS = frozenset({_PERSON, "dead", "injured"})
_PEOPLE_OF = "people:"  # a party's people counted, by the stem of their name: "people:ukrain" ("Tausende Ukrainer")
_PEOPLE = _PERSON_KINDS | {""}  # counts of people, or of what the claim does not say
_PLANNED, _UNDENIED, _RECIPROCAL, _BLAMES, _TRUCE = "planned", "undenied", "reciprocal", "blames", "truce"
_TAKEN = "taken"
_BEFELL = "befell"  # stored with the modes, not scored: what it tells befell a person it names
_RECALLED = "recalled"  # stored with the modes, not scored: no event of its own, only incidents recalled as given
_BETWEEN = "between"  # stored with the modes, not scored: the parties as two sides


def stem(word: str) -> str:
    """A light German stem: lower case, ß as ss, common endings cut; a feminine person noun's stem is the
    masculine's ("Mitarbeiterinnen" as "Mitarbeiter", "Journalistin" as "Journalist")."""
    word = word.lower().replace("ß", "ss")
    if word.endswith(_FEMININE):
        word = word.removesuffix("nen").removesuffix("in")
    if word.endswith(_GENITIVE) and len(word) > 5:
        word = word[:-1]  # "Hafenbeckens", "Lehrers": the genitive's "s", then the noun's own ending
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            if suffix == "s" and word.endswith("ss"):
                return word  # "Beschuss", "Verstoß": the noun's own "ss", as "Beschusses" keeps it
            return word[: -len(suffix)]
    return word


def spelling_key(term: str) -> str:
    """A name's stem as one key for its transliterations: German and English spellings of one name from
    Cyrillic, Hebrew, Arabic or Persian differ in a few letter groups ("Schlomi"/"Shlomi", "Andrej"/"Andrey",
    "Kozlow"/"Kozlov", "Jussuf"/"Yusuf", "Chalil"/"Khalil", "Filipow"/"Philipov", "Saadeh"/"Saada",
    "Rezaei"/"Rezai"). Names only: no
    word the dictionary knows is keyed."""
    for written, key in _TRANSLITERATIONS:
        if written in term:
            term = term.replace(written, key)
    return _DOUBLED.sub(r"\1", _FINAL_H.sub("a", term))


# in this order: "tsch" before "sch", "dsch" after "sch" became "sh"
_TRANSLITERATIONS = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("dsh", "j"),
    ("kh", "ch"),
    ("y", "j"),
    ("w", "v"),
    ("q", "k"),
    ("ou", "u"),
    ("ph", "f"),
    ("aei", "ai"),  # Persian names: "Rezaei"/"Rezai", "Mostafaei"/"Mostafai"
    ("ae", "a"),
)
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"[ae]h$")  # an Arabic name's ending: "Saadeh", "Saadah" and "Saada" are one name


_WORD_BEFORE = re.compile(r"([A-ZÄÖÜ][\w-]*)\s*\($")


def _age_after_name(sentence: str, quantity: Quantity) -> bool:
    """A number alone in parentheses after a name (a word the dictionary does not know): the person's age,
    as German news writes it ("Greta Lindqvist (34)"); after a noun ("Menschen (34)") it stays a count."""
    if not sentence.startswith(")", quantity.end):
        return False
    before = _WORD_BEFORE.search(sentence, 0, quantity.start)
    return before is not None and _is_name(before.group(1))


def _written(low: float, high: float) -> tuple[float, ...]:
    """The numbers a precise quantity is indexed by: both ends of a range ("200 bis 300"), the low end of a
    narrow one (`_NARROW`: "mehr als 200" is 200 to 220, "elf bis zwölf"), where the other end adds a term
    that no other claim writes and thins the overlap of two claims that share the number."""
    return (low,) if high <= low * _NARROW else (low, high)


def _number_token(value: float) -> str:
    """ "0n12000", "0n2d5": digits and letters only, so the full-text index keeps it one token."""
    text = str(int(value)) if value == int(value) else f"{value:.6f}".rstrip("0")
    return _NUMBER + text.replace(".", "d").replace("-", "m")


@dataclass(frozen=True)
class FactSignature:
    """What a claim says, reduced for matching, with every kind of anchor in its own field."""

    words: frozenset[str]
    quantities: tuple[tuple[float, float, str], ...] = ()  # (low, high, unit): "39 Tote" → (39, 39, "dead")
    negated: bool = False  # "Zivile Opfer habe es nicht gegeben" states the opposite of "Zivilisten getötet"
    parties: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # words that name one place, person or thing: the strongest anchors
    events: frozenset[str] = frozenset()  # what happened: event families of the claim's own verbs and nouns
    circumstances: frozenset[str] = frozenset()  # events it names as a circumstance ("für den Angriff")
    planned: bool = False  # a plan or a condition, not (yet) a fact
    undenied: bool = False  # someone did not deny (or confirm) a fact: a reaction, not the fact
    reciprocal: bool = False  # "beschuldigen sich gegenseitig": mutual blame, not one side's
    between: bool = False  # names its parties as two sides ("Gefechte zwischen X und Y"), not who did what to whom
    blames: bool = False  # holds its parties to an act (a party-bound event: "macht Russland verantwortlich")
    truce: bool = False  # states its conflict's ceasefire (a conflict-bound event: one at a time)
    taken: bool = False  # tells a place-bound event (a town taken, left): with its town, one fact in a window
    befell: bool = False  # tells what befell a person it names ("X ist tot"): the person anchors it
    recalled: bool = False  # tells no event, only recalls one as given ("Nach dem Tod von zwölf … darf X …")
    setting: frozenset[str] = frozenset()  # the place the article is set in: what "dafür" may point to
    days: frozenset[str] = frozenset()  # days it names ("am Donnerstag" → "20240229"), read from the article's day
    acts: frozenset[str] = frozenset()  # the incident of an act someone commits that it tells ("strike": an attack)
    agents: frozenset[str] = frozenset()  # who does what it tells: "Russische Truppen griffen … an" → RU
    towns: frozenset[str] = frozenset()  # the gazetteer's towns and cities it names (not regions), as stems
    counted: frozenset[str] = frozenset()  # whom its count of people counts: soldiers or civilians
    targets: frozenset[str] = frozenset()  # what the incident it tells struck: a hospital, a command post
    news: frozenset[str] = frozenset()  # the day its article was published ("20240229"): what it tells is news then
    titles: frozenset[str] = frozenset()  # the titles of persons it names ("Bürgermeisterin Anna Brand"): whom
    speakers: frozenset[str] = frozenset()  # who says it by name, as a spelling key: "vendtner" (Wendtner)
    persons: frozenset[str] = frozenset()  # whom it tells of by name (a surname's spelling key), not who says it
    # the degrees it tells on a scale, as the scale's number and the word's stem: "leicht verletzt" → "0leicht"
    degrees: frozenset[str] = frozenset()
    # whose label on an act it gives, as party and family: "IL.MISTAKE" ("räumte einen Fehler ein", said by Israel)
    voices: frozenset[str] = frozenset()
    conflict: str | None = field(default=None, compare=False)  # not indexed: read from the claim's row

    @cached_property
    def terms(self) -> frozenset[str]:
        """Every index token: words, parties, events, persons told of, modes and precise numbers (read once: a
        stored claim's search terms and its index text both need them)."""
        tokens = set(self.words - self.names)
        tokens.update(_NAME + n for n in self.names)
        tokens.update(_PARTY + p.lower() for p in self.parties)
        tokens.update(_EVENT + e for e in self.events)
        tokens.update(_INDIVIDUAL + p for p in self.persons)
        tokens.update(_CIRCUMSTANCE + e for e in self.circumstances)
        modes = (
            (_PLANNED, self.planned),
            (_UNDENIED, self.undenied),
            (_RECIPROCAL, self.reciprocal),
            (_BLAMES, self.blames),
            (_TRUCE, self.truce),
            (_TAKEN, self.taken),
        )
        tokens.update(_MODE + m for m, on in modes if on)
        tokens.update(_number_token(b) for lo, hi, _ in self.quantities if _precise(lo, hi) for b in _written(lo, hi))
        return frozenset(tokens)

    @property
    def _speaker_tokens(self) -> set[str]:
        return {_SPEAKER + s for s in self.speakers}

    @property
    def search_terms(self) -> frozenset[str]:
        """The terms a claim's candidates are retrieved by: its terms and the persons who say it (whose words
        an outlet may give in one word, "entsetzt"); for a blame naming what it blames for, the agent token its
        perpetrator's acts are stored with (a party's acts are few among the stored claims, its blames and
        mentions many)."""
        terms = self.terms | self._speaker_tokens if self.speakers else self.terms
        if not (self.blames and self.circumstances):
            return terms
        return terms | {_AGENT + p.lower() for p in self.parties}

    def index_text(self) -> str:
        """The text stored in the full-text index (FTS5 tokenises on spaces): the one serialisation."""
        stored = {_SETTING + s for s in self.setting} | {_DAY + d for d in self.days}  # read back, not scored
        stored |= {_ACT + i for i in self.acts} | {_AGENT + p.lower() for p in self.agents}
        stored |= {_TOWN + t for t in self.towns} | {_COUNTED + c for c in self.counted}
        stored |= {_TARGET + t for t in self.targets} | {_NEWS + d for d in self.news}
        stored |= {_TITLE + t for t in self.titles} | self._speaker_tokens
        stored |= {_MODE + _BETWEEN} if self.between else _NO_WORDS
        stored |= {_MODE + _BEFELL} if self.befell else _NO_WORDS
        stored |= {_MODE + _RECALLED} if self.recalled else _NO_WORDS
        stored |= {_DEGREE + d for d in self.degrees} if self.degrees else _NO_WORDS
        stored |= {_VOICE + p.lower() for p in self.voices} if self.voices else _NO_WORDS
        return " ".join(sorted(self.terms | stored))

    @classmethod
    def from_index(
        cls, text: str, quantities: Iterable[Sequence[Any]], negated: bool, conflict: str | None = None
    ) -> FactSignature:
        """A stored claim's signature, read back from its index text. `quantities`: (low, high) or (low,
        high, unit) as stored (the unit a str: a compiled build checks what the annotation says)."""
        tokens = text.split()
        tagged: dict[str, set[str]] = {}  # "0p…" → its parties, "0e…" → its events …
        for token in tokens:
            if token[:1].isdigit():
                tagged.setdefault(token[:2], set()).add(token[2:])
        names = frozenset(tagged.get(_NAME, ()))

        def read(prefix: str) -> frozenset[str]:
            return frozenset(tagged.get(prefix, ()))

        modes = tagged.get(_MODE, ())
        # Every field given, in their order: built without the frozen dataclass's __init__ (the stored claims
        # read back as candidates, some forty a POST; see knowledge.built).
        return built(
            cls,
            words=frozenset(t for t in tokens if not t[:1].isdigit()) | names,
            quantities=tuple((float(q[0]), float(q[1]), str(q[2]) if len(q) > 2 else "") for q in quantities),
            negated=negated,
            parties=frozenset(p.upper() for p in read(_PARTY)),
            names=names,
            events=read(_EVENT),
            circumstances=read(_CIRCUMSTANCE),
            planned=_PLANNED in modes,
            undenied=_UNDENIED in modes,
            reciprocal=_RECIPROCAL in modes,
            between=_BETWEEN in modes,
            blames=_BLAMES in modes,
            truce=_TRUCE in modes,
            taken=_TAKEN in modes,
            befell=_BEFELL in modes,
            recalled=_RECALLED in modes,
            setting=read(_SETTING),
            days=read(_DAY),
            acts=read(_ACT),
            agents=frozenset(p.upper() for p in read(_AGENT)),
            towns=read(_TOWN),
            counted=read(_COUNTED),
            targets=read(_TARGET),
            news=read(_NEWS),
            titles=read(_TITLE),
            speakers=read(_SPEAKER),
            persons=read(_INDIVIDUAL),
            degrees=read(_DEGREE),
            voices=frozenset(v.upper() for v in read(_VOICE)),
            conflict=conflict,
        )


def is_negated(sentence: str, lexicon: Mapping[str, Any], ignore: Sequence[tuple[int, int]] = ()) -> bool:
    """An odd number of negations outside short quotes and outside hedge cues ("nicht unabhängig
    überprüfen"). A short quote is a name or a phrase ("Operation \"Kein Pardon\""); a quoted
    statement is what the claim says, its negation too. A denial denied ("kein Dementi", "stritt … nicht
    ab") leaves the fact as it is."""
    rules = typed_rules(lexicon).matching
    if not holds_a_word(_negation_words(rules), sentence, folded=True):
        return False  # most sentences: no word a negation opens with (the words' flags)
    negation, denied_denial, idioms, clauses = _negation_rules(rules)
    found = [m.start() for m in negation.finditer(sentence)]
    if not found:
        return False  # most sentences: nothing to count
    outside = [*(m.span() for m in _QUOTED.finditer(sentence) if m.group().count(" ") < _QUOTED_PHRASE_WORDS), *ignore]
    outside += [m.span() for m in denied_denial.finditer(sentence)]
    outside += [m.span() for m in idioms.finditer(sentence)]  # "nicht nur …, sondern auch" affirms
    outside += [m.span() for m in clauses.finditer(sentence)]  # ", die nicht fliehen konnten": not the fact
    count = sum(1 for at in found if not any(s <= at < e for s, e in outside))
    return count % 2 == 1


@once_per_lexicon
def _negation_rules(rules: Matching) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (  # guarded: the denials and idioms open with alternatives the engine tried at every place
        guarded(_negations(rules), re.IGNORECASE),
        guarded(rules.negated_denials),
        guarded(rules.idioms_not_negating, re.IGNORECASE),
        guarded(rules.clauses_not_negating, re.IGNORECASE),
    )


def _negations(rules: Matching) -> str:
    return rf"\b(?:{'|'.join(rules.negations)})\b"


@once_per_lexicon
def _negation_words(rules: Matching) -> frozenset[str] | None:
    """The words a negation opens with, folded (None: not known, every sentence is scanned)."""
    return leading_words(_negations(rules), re.IGNORECASE)


@once_per_lexicon
def _undenied(rules: Matching) -> tuple[Needing, int]:
    """A denial denied ("stritt … nicht ab"), scanned only where a sentence holds a string it needs; and
    the bit of `word_flags` telling a sentence one of whose words holds one of a set of those strings that
    are all letters (a run of letters stands inside one word), 0 where no set is (every sentence searched).
    Most claims hold none ("nicht", "bestritten" …): one test of their flags, not a pass of each string."""
    needing = Needing(f"(?:{rules.negated_denials})|(?:{rules.reactions})")  # a reaction: not a denial, an outcry
    lettered = next((tuple(sorted(strings)) for strings in needing.needs if all(map(str.isalpha, strings))), None)
    if lettered is None:
        return needing, 0
    return needing, word_flag(lambda word: any(string in word for string in lettered))


def _is_undenied(sentence: str, rules: Matching, before_blanking: str | None = None) -> bool:
    """A denial not denied, or a reaction ("verurteilte den Angriff"), read in the sentence before its speech verb
    was blanked where the caller has it."""
    text = before_blanking or sentence
    needing, bit = _undenied(rules)
    if bit and not word_flags(text) & bit:
        return False
    return needing.search(text) is not None


# What one word form contributes to a fact: its terms, whether it is a name, the event it names. A plain
# tuple of strings, not a dataclass holding a frozenset: the garbage collector stops tracking such a tuple,
# and the cache holds one for each of tens of thousands of word forms, which every full collection
# walked (two thirds of the objects it tracked after 300 articles).
_Token = tuple[tuple[str, ...], bool, str | None]
_TERMS_AT: Final = 0  # where each stands in a _Token
_NAME_AT: Final = 1
_FAMILY_AT: Final = 2

_SKIP: _Token = ((), False, None)
_GENITIVE_DETERMINERS = frozenset({"der", "des", "einer", "eines"})  # "zwei der Seeleute": a part of what is counted
_HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # a word with its hyphenated parts: "US-Dollar"
_CACHE_LIMIT = 300_000
_QUOTED = re.compile(r'"[^"]*"')
_QUOTED_PHRASE_WORDS = 5  # a quote of fewer words is a name or a phrase, not a statement
# after a day: "30.| März", "30.|3.", the first day of a span: "3.| bis 9. Mai", "3.|–9. Mai"
_DAY_OF_MONTH = re.compile(r"\.\s*(?:(?:bis|[-–])\s*\d{1,2}\.\s*)?(?:([^\W\d_]{3,9})\b|\d{1,2}\.)")
# "seit dem | 7. Oktober", "seit Beginn der Kämpfe am | 3. März": a date that starts a span
_SINCE = re.compile(r"\b[Ss]eit(?:\s+[\w-]+){0,4}?\s+(?:am|dem|vom)\s+$|\b[Ss]eit\s+$")
_DATE = guarded(r"\b(\d{1,2})\.\s*([^\W\d_]{3,9})\b(?:\s+(\d{4})\b)?")  # "14. Mai", "1. Mai 2024"
_DAYS_AHEAD = 2  # a date without its year up to two days after the article's day is that year's (time zones, print)
_LIMIT_BEFORE = re.compile(r"\b(?:bis|ab|spätestens|frühestens)\s+(?:(?:zum|zur|am|dem)\s+)?$", re.IGNORECASE)


@dataclass
class _Vocabulary:
    """The matching rules of one lexicon, and what each word form gave them: a word is read once per
    process, not once per sentence (lemma, compound head, thesaurus and number look-ups add up)."""

    stop: frozenset[str]
    light_verbs: frozenset[str]  # lemmas: "kommen" in "zu einer Explosion kommen" names no fact
    speech_acts: frozenset[str]
    time_words: frozenset[str]
    units: Mapping[str, str]  # a counted noun's stem -> its kind ("tote" → "person", "tag" → "time")
    classes: Mapping[str, str]
    sizes: Mapping[tuple[str, str], float]  # (kind, a unit's stem) -> its size in the kind's base unit
    short_units: Mapping[str, tuple[str, float]]  # a unit written short ("km") -> its kind and size
    coordinators: frozenset[str]  # "und", "oder": "70 Jahre oder älter"
    min_head: int
    events: EventRules
    weekdays: re.Pattern[str]  # a word opened by a weekday: "Donnerstagmorgen"
    weekday_numbers: Mapping[str, int]  # "montag" → 0 … "sonntag" → 6
    weekday_words: int  # the bit of `word_flags` for a word holding a weekday's name (-1: not told so)
    months: Mapping[str, int]  # a month's name, lower case -> its number
    prepositions: frozenset[str]
    determiners: frozenset[str]  # "die", "einem": a noun phrase goes on
    count_noun: re.Pattern[str]  # "Zahl der Todesopfer", "Opferzahl": group 1 the noun whose number follows
    numbers: NumberRules
    conflict_bound: frozenset[str] = frozenset()  # the terms of conflict-bound event words ("waffenruh")
    exclusive: frozenset[str] = frozenset()  # classes no one thing belongs to two of ("soldat", "zivilist")
    class_units: Mapping[str, str] = field(default_factory=dict)  # "Mann" as written after "300" → "soldat"
    # each class's group, past the first: soldiers are told from civilians, women from children, not across
    class_groups: Mapping[str, int] = field(default_factory=dict)
    scales: tuple[frozenset[str], ...] = ()  # stems of degrees on one scale each ("leicht", "schwer")
    scale_words: tuple[str, ...] = ()  # every degree's stem, for `str.startswith`: alone or opening a compound
    degree_forms: tuple[tuple[str, str], ...] = ()  # each degree as written and its stem: "schwer", "schw"
    targets: frozenset[str] = frozenset()  # classes of what an incident strikes ("krankenhau", "kommandozentral")
    ages: frozenset[str] = frozenset()  # lemmas: "alt", "alter", "älter" after "Jahre" make an age
    decades: frozenset[str] = frozenset()  # "Ende" before "60": an age
    years_old: re.Pattern[str] = re.compile("(?!)")  # "-jährig" after a number: an age
    aged: re.Pattern[str] = re.compile("(?!)")  # "sechsjährig": a number word fused with the ending, an age
    fused_endings: tuple[str, ...] = ()  # the endings `lasting` and `aged` read: without one, neither is run
    # "-stündig" after a number, "dreitägig" in one word: a duration (`lasting_days`: each ending's unit in days)
    lasting: re.Pattern[str] = re.compile("(?!)")
    lasting_days: Mapping[str, float] = field(default_factory=dict)
    scheduled: re.Pattern[str] = re.compile("(?!)")  # "soll am Dienstag beraten": what is to come
    # "bereits 2012"; "seit 2014" a span: searched only where the claim holds what a year needs ("19", "20")
    past_year: Needing = Needing("(?P<span>)(?P<year>(?!))")
    verb_lemma: re.Pattern[str] = re.compile("(?!)")  # a verb's dictionary form: "dürfen", "wachsen"
    between_sides: re.Pattern[str] = re.compile("(?!)")  # "Gefechte zwischen X und Y": the parties as two sides
    cache: dict[str, _Token] = field(default_factory=dict)

    def is_verb(self, word: str) -> bool:
        return is_verb(word, self.verb_lemma)

    def token(self, word: str) -> _Token:
        found = self.cache.get(word)
        if found is None:
            if len(self.cache) >= _CACHE_LIMIT:
                self.cache.clear()  # a bound on memory in a long-running worker; refilled as words recur
            found = self.cache[word] = self._read(word)
        return found

    def measured(self, quantity: Quantity, sentence: str) -> tuple[float, float, str]:
        """(low, high, kind): what a number counts, the class of the first noun after it ("39 Zivilisten"
        → "person", "" when no noun follows closely: "100 werden verletzt"), with a measure in its kind's
        base unit ("sechs Wochen" as 42 days; sizes in seeds/thesaurus.json, kinds in the matching units)."""
        if (told := self._age_or_duration(quantity, sentence)) is not None:
            return told
        preposition = False
        after = sentence[quantity.end : quantity.end + 50]
        if clause_end := _CLAUSE_MARK.search(after):  # "bei 100, sagte …": the noun is in the number's clause
            after = after[: clause_end.start()]
        following = _HYPHENATED.findall(after)[:5]
        attached = after.startswith("-")  # "20-Quadratmeter-Obergrenze": the number measures in the part after it
        if short := self._in_short_unit(quantity, following):
            return short
        for at, compound in enumerate(following[:4]):
            word = _counted_part(compound, attached and at == 0)
            if word[:1].isupper() and preposition:
                preposition = False  # "sieben mit Getreide beladene Waggons": Getreide is not what is counted
            elif word[:1].isupper() and word.lower() in self.numbers.scales:
                continue  # "12 Milliarden und 4 Milliarden Kilowattstunden": the next number's scale
            elif word[:1].isupper():
                base = stem(lemma(word))
                kind = self._counted_kind(word, base)
                size = self.sizes.get((kind, base))
                if size is None:
                    return quantity.low, quantity.high, kind
                if self._of_age(following[at + 1 : at + 3]):
                    return quantity.low, quantity.high, _AGE + base  # "34 Jahre alt": an age, no duration
                return _in_base(quantity.low, size), _in_base(quantity.high, size), kind
            elif at == 0 and word in self.determiners and word not in _GENITIVE_DETERMINERS:
                break  # "bestiegen Hunderte die Fähren": the number stands alone, an object follows
            else:  # "Hunderte zu den Fähren": the preposition's phrase goes on past its determiner
                preposition = word in self.prepositions or (preposition and word in self.determiners)
        return quantity.low, quantity.high, self._counted_before(quantity, sentence)

    def _age_or_duration(self, quantity: Quantity, sentence: str) -> tuple[float, float, str] | None:
        """An age or a duration the words around a number make it, no count; None for any other number."""
        if _age_after_name(sentence, quantity) or self._decade(sentence, quantity):
            return quantity.low, quantity.high, _AGE + _YEAR  # "Greta Lindqvist (34)", "Ende 60": an age, no count
        if self.years_old.match(sentence, quantity.end):
            return quantity.low, quantity.high, _AGE + _YEAR  # "ein 7-jähriger Junge": one boy of seven
        if (lasting := self.lasting.match(sentence, quantity.end)) and lasting["word"] is None:
            days = self.lasting_days[lasting["ending"].lower()]  # "eine 72-stündige Feuerpause": three days
            return _in_base(quantity.low, days), _in_base(quantity.high, days), _TIME
        return None

    def class_counted(self, quantity: Quantity, sentence: str) -> str | None:
        """The exclusive class of the people a number counts, by the first noun of its phrase ("sechs getötete
        Zivilisten", "4 davon Soldaten", "300 Mann" → "zivilist", "soldat", "soldat"), or None."""
        after = sentence[quantity.end : quantity.end + 40]
        if clause_end := _CLAUSE_MARK.search(after):
            after = after[: clause_end.start()]
        for word in _HYPHENATED.findall(after)[:3]:
            if word[:1].isupper():
                if word in self.class_units:
                    return self.class_units[word]  # "300 Mann": troops, counted as an army counts them
                base = stem(lemma(word))
                named = self.classes.get(base, base)
                return named if named in self.exclusive else None
        return None

    def _of_age(self, after: Sequence[str]) -> bool:
        """ "34 Jahre alt", "70 Jahre oder älter": the words after a measure of time make it an age."""
        if after[:1] and after[0] in self.coordinators:
            after = after[1:]  # "70 Jahre und älter"
        return bool(after) and lemma(after[0]).lower() in self.ages

    def _in_short_unit(self, quantity: Quantity, following: Sequence[str]) -> tuple[float, float, str] | None:
        """ "2 km": a measure in a unit written short, whatever follows it ("2 km Lieferung")."""
        short = self.short_units.get(following[0]) if following else None
        return (_in_base(quantity.low, short[1]), _in_base(quantity.high, short[1]), short[0]) if short else None

    def _counted_before(self, quantity: Quantity, sentence: str) -> str:
        """What a number no noun follows counts, where its clause names it before: "Die Zahl der Todesopfer stieg
        auf neun", "die Opferzahl liegt bei 39" (`count_nouns`); "" where it does not."""
        before = sentence[max(0, quantity.start - _COUNTED_REACH) : quantity.start]
        named = next(reversed(list(self.count_noun.finditer(before))), None)  # the last one before the number
        if named is None or any(mark in before[named.end() :] for mark in ",;:"):
            return ""
        noun = lemma(named.group(1) or named.group(2))
        if not noun[:1].isupper():
            return ""  # "Gesamtzahl": a compound of no noun counts nothing named
        return self._kind(stem(noun))

    def _counted_kind(self, word: str, base: str) -> str:
        """The kind of a counted noun (`base`: its stem)."""
        kind = self._kind(base)
        if kind == base and is_nominalised_adjective(word):
            return _PERSON  # "acht Angehörige", "20 Verstorbene": people
        if kind == base and (head := compound_head(word, self.min_head)):
            return self._kind(stem(head))  # "150 Präzisionswaffen" count weapons as "100 Waffen" do
        return kind

    def _decade(self, sentence: str, quantity: Quantity) -> bool:
        """ "ein Mann Ende 60", "Mitte 40": part of a decade of life, an age."""
        before = sentence[max(0, quantity.start - 12) : quantity.start].split()
        return bool(before) and before[-1].lower() in self.decades and 10 <= quantity.low < 100

    def _kind(self, base: str) -> str:
        """What a counted noun counts: its unit's kind, or its class's ("Truppen" count persons as
        "Soldaten" do), or the class itself."""
        named = self.classes.get(base, base)
        return self.units.get(base) or self.units.get(named) or named

    def dated(self, sentence: str, end: int) -> bool:
        """The number ending at `end` is a date's day: "30. März", "30.3."."""
        after = _DAY_OF_MONTH.match(sentence, end)
        return after is not None and (after.group(1) is None or after.group(1).lower() in self.months)

    def days_named(self, sentence: str, day: str | None, ahead: Callable[[], bool] = bool) -> frozenset[str]:
        """The days a claim names, read against the article's `day`: a weekday ("Donnerstagmorgen") as
        the last such day on or before it, or for what is to come (`ahead()`, asked only where a weekday is
        named: "soll am Dienstag beraten") the next one on or after it; a date ("am 14. Mai") in its year or
        the year before."""
        published = _day(day)
        if published is None:
            return frozenset()
        found: set[str] = set()
        if holds_a_digit(sentence):
            dates = self._dates(sentence, published, ahead, found)
            found.update(self._past_years(sentence, published, dates))
        forward: bool | None = None
        weekdays = self.weekdays.finditer(sentence) if self._names_a_weekday(sentence) else ()
        for match in weekdays:
            if not match.group(2) or stem(match.group(2).lower()) in self.time_words:  # not "Montagsdemo"
                number = self.weekday_numbers[match.group(1).lower()]
                back = (published.weekday() - number) % 7
                forward = ahead() if forward is None else forward
                named = published + datetime.timedelta(days=(-back) % 7 if forward else -back)
                found.add(named.strftime("%Y%m%d"))
        return frozenset(found) if found else _NO_WORDS  # most claims: no day named

    def _dates(
        self, sentence: str, published: datetime.date, ahead: Callable[[], bool], found: set[str]
    ) -> list[tuple[int, int]]:
        """The dates a claim names ("am 14. Mai") added to `found`, in their year or, without one, the year before
        where that day lies after the article's (a plan's up to half a year ahead); where each date stands."""
        dates = []
        forward: bool | None = None
        for match in _DATE.finditer(sentence):
            dates.append(match.span())
            if _SINCE.search(sentence, max(0, match.start() - 60), match.start()):
                continue  # "seit Beginn des Krieges am 7. Oktober": where a span starts, no day it tells of
            month = self.months.get(match.group(2).lower())
            year = int(match.group(3) or published.year)
            try:
                named = datetime.date(year, month, int(match.group(1))) if month else None
            except ValueError:
                continue  # "31. Februar"
            if named and not match.group(3) and (named - published).days > _DAYS_AHEAD:
                # "das Massaker vom 7. Oktober" printed in July is last year's; "soll am 7. Oktober beginnen" and
                # "bis zum 20. März" (a deadline) this one
                limit = _LIMIT_BEFORE.search(sentence, max(0, match.start() - 20), match.start()) is not None
                forward = limit or (ahead() if forward is None else forward)
                if not forward or (named - published).days > 183:
                    named = named.replace(year=year - 1)
            if named:
                found.add(named.strftime("%Y%m%d"))
        return dates

    def _past_years(self, sentence: str, published: datetime.date, dates: list[tuple[int, int]]) -> set[str]:
        """The years before the article's that a claim dates something to ("bereits 2012"), each as its last
        day: not a date's year, a span's ("seit Mai 2024"), nor a count ("rund 2000 Menschen")."""
        years = set()
        for match in self.past_year.finditer(sentence):
            year, start = int(match.group("year")), match.start("year")
            if match.group("span") or year >= published.year or any(a <= start < b for a, b in dates):
                continue
            if not self.numbers.count_before.search(sentence, max(0, start - 16), start):
                years.add(f"{year}1231")
        return years

    def _names_a_weekday(self, sentence: str) -> bool:
        if self.weekday_words != -1:
            return bool(word_flags(sentence) & self.weekday_words)
        folded = fold_case(sentence)  # as the weekday pattern, ignoring case, compares letters
        return any(w in folded for w in self.weekday_numbers)

    def _weekday(self, word: str) -> bool:
        """ "Samstag", "Samstagfrüh": a day (named in `days`), no word of the fact; not "Montagsdemo"."""
        day = self.weekdays.fullmatch(word)
        return day is not None and (not day.group(2) or stem(day.group(2).lower()) in self.time_words)

    def _function(self, word: str) -> bool:
        """An inflected form of a stop word ("deren", "diesem", "keinen"); not a capitalised noun whose lemma
        is one ("Morgen")."""
        return word[:1].islower() and lemma(word).lower() in self.stop

    def _read(self, word: str) -> _Token:
        family = event_family(word, self.events) if len(word) >= 3 else None
        # numbers are anchors of their own, their scales ("3 Millionen") with them; a function word is one in
        # every form ("deren" is "der")
        if len(word) < 3 or word.lower() in self.stop or is_number_word(word, self.numbers) or self._function(word):
            return ((), False, family) if family else _SKIP
        if word.lower() in self.numbers.scales:
            return ((), False, family) if family else _SKIP
        if word[:1].islower() and lemma(word).lower() in self.light_verbs:
            return _SKIP
        base = stem(lemma(word))
        terms = {self.classes.get(base, base)}
        # "Raketenangriffen" gives "raketenangriff" and "angriff", "Kampfjets" gives "flugzeug".
        head = compound_head(word, self.min_head) if len(word) > self.min_head + 2 else None
        if head:
            head_stem = stem(head)
            terms.add(self.classes.get(head_stem, head_stem))
        if terms & self.speech_acts:
            return ((), False, family)  # "bestätigte", "Dementi": said about the fact
        if stem(head or base) in self.time_words or base in self.time_words or self._weekday(word):
            return ((), False, family)  # "am Nachmittag", "Samstagmorgen": no anchor
        if head is None and _is_name(word):
            return ((spelling_key(base),), True, family)
        return (tuple(terms), False, family)  # a known compound is no name


def _counted_part(compound: str, attached: bool) -> str:
    """The part of a compound after a number that it counts: the last ("US-Dollar", "Corona-Toten"), or the
    first where the number opens the compound ("20-Quadratmeter-Obergrenze": a limit measured in square metres)."""
    if attached:
        return next((part for part in compound.split("-") if part), compound)
    return compound.rsplit("-", 1)[-1] or compound


@lru_cache(maxsize=64)
def _day(day: str | None) -> datetime.date | None:
    """An article's publication day, read once per day rather than once per claim."""
    try:
        return datetime.date.fromisoformat(day[:10]) if day else None
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _setting_stems(setting: str | None) -> frozenset[str]:
    return frozenset(stem(word) for word in _TOKEN.findall(setting or ""))


def _holding_one_of(names: Iterable[str]) -> int:
    """A bit of `word_flags` for a word holding one of the names folded: where each is lower-case letters
    (no "σ", whose case depends on the letters around it), such a name stands in a text folded only inside
    one of its words folded. -1 where they are not all so."""
    names = tuple(names)
    if not all(n.isalpha() and n == fold_case(n) and "σ" not in n for n in names):
        return -1
    return word_flag(lambda form: any(n in fold_case(form) for n in names))


def _months(months: Months) -> dict[str, int]:
    numbers: dict[str, int] = {month: number for number, month in enumerate(months.words, start=1)}
    return numbers | {variant: numbers[month] for variant, month in months.also.items()}


@once_per_lexicon
def _vocabulary(lexicon: Mapping[str, Any]) -> _Vocabulary:
    typed = typed_rules(lexicon)
    rules, thesaurus, events = typed.matching, typed_thesaurus(lexicon), events_of(lexicon)
    classes: dict[str, str] = {}
    for entry in thesaurus.classes:  # each word's stem to its class's first word
        for word in entry.words:
            classes[stem(word)] = stem(entry.words[0])
    return _Vocabulary(
        stop=frozenset(rules.stopwords),
        light_verbs=frozenset(thesaurus.light_verbs.words),
        speech_acts=frozenset(stem(word) for word in rules.speech_acts),
        time_words=frozenset(stem(word) for word in rules.time_words),
        units={stem(word): kind for kind, words in rules.units.items() for word in words},
        classes=classes,
        exclusive=frozenset(stem(c) for group in thesaurus.exclusive for c in group.classes),
        class_units=_class_units(thesaurus.exclusive),
        class_groups=_class_groups(thesaurus.exclusive),
        scales=(scales := tuple(frozenset(stem(w) for w in scale.words) for scale in thesaurus.scales)),
        scale_words=tuple(sorted(frozenset().union(*scales))),
        degree_forms=tuple((w.lower(), stem(w)) for scale in thesaurus.scales for w in scale.words),
        targets=frozenset(stem(c) for c in thesaurus.targets.classes),
        ages=frozenset(lemma(word).lower() for word in thesaurus.measures.ages.words),
        decades=frozenset(thesaurus.measures.decades.words),
        years_old=re.compile(
            "-(?:" + "|".join(map(re.escape, thesaurus.measures.age_suffixes.words)) + ")", re.IGNORECASE
        ),
        aged=re.compile(
            r"(?<![\w-])(?P<word>[a-zäöüß]+?)(?:"
            + "|".join(map(re.escape, thesaurus.measures.age_suffixes.words))
            + r")(?:e[nmrs]?)?(?!\w)",
            re.IGNORECASE,
        ),
        lasting=_lasting(thesaurus.measures.lasting),
        lasting_days=_lasting_days(thesaurus.measures),
        fused_endings=(*thesaurus.measures.lasting, *thesaurus.measures.age_suffixes.words),
        scheduled=re.compile(rules.scheduled),
        past_year=Needing(rules.past_year),
        verb_lemma=re.compile(typed.claims.verb_lemma),
        between_sides=guarded(rules.between_sides),
        sizes={
            (kind, stem(unit)): size for kind, sizes in thesaurus.measures.units.items() for unit, size in sizes.items()
        },
        short_units=_short_units(thesaurus.measures),
        coordinators=events.clause_coordinators,
        min_head=events.compound_min_length,
        events=events,
        weekdays=guarded(rf"\b({'|'.join(thesaurus.weekdays.words)})(\w*)", re.IGNORECASE),
        weekday_numbers={day: number for number, day in enumerate(thesaurus.weekdays.words)},
        weekday_words=_holding_one_of(thesaurus.weekdays.words),
        months=_months(thesaurus.months),
        prepositions=frozenset(typed.attribution.prepositions),
        determiners=frozenset(typed.hedging.noun_phrase_determiners),
        count_noun=_count_noun(rules.count_nouns),
        numbers=number_rules(lexicon),
        conflict_bound=frozenset(classes.get(stem(w), stem(w)) for w in events.conflict_bound),
    )


def _class_groups(groups: Sequence[ExclusiveClasses]) -> dict[str, int]:
    """Each class's stem and its group's place in the thesaurus, for the groups after the first."""
    return {stem(c): i for i, group in enumerate(groups) if i for c in group.classes}


def _class_units(groups: Iterable[ExclusiveClasses]) -> dict[str, str]:
    """Each unit noun as written ("Mann") and the stem of the class it counts ("soldat")."""
    return {unit: stem(named) for group in groups for unit, named in group.units.items()}


def _lasting_days(measures: Measures) -> dict[str, float]:
    """Each duration adjective's ending and its unit's size in days: "stündig" → 1/24."""
    return {ending: measures.units[_TIME][unit] for ending, unit in measures.lasting.items()}


def _lasting(endings: Mapping[Word, Word]) -> re.Pattern[str]:
    """A duration adjective: its number in digits before a hyphen ("72-stündige", matched at the hyphen) or in
    words before its ending ("dreitägige", group `word`)."""
    if not endings:
        return re.compile("(?!)")
    alternatives = "|".join(map(re.escape, endings))
    return re.compile(
        rf"(?:(?<=\d)-|(?<![\w-])(?P<word>[a-zäöüß]+?))(?P<ending>{alternatives})(?:e[nmrs]?)?(?!\w)", re.IGNORECASE
    )


def _short_units(measures: Measures) -> dict[str, tuple[str, float]]:
    """Each unit written short with its measure and size: "km" → ("distance", 1000)."""
    kinds = {unit: (kind, size) for kind, sizes in measures.units.items() for unit, size in sizes.items()}
    return {short: kinds[unit] for short, unit in measures.abbreviations.items()}


_COUNTED_REACH = 160  # characters back from a number to the count noun of its clause ("Die Zahl der Opfer des
# nächtlichen Beschusses der Tanklager und der Werft am Hafen von Sabirsk stieg am Abend auf 51")


def _count_noun(nouns: Sequence[str]) -> re.Pattern[str]:
    """ "Zahl der Todesopfer", "Anzahl der täglichen Tests" (adjectives between, no phrase), a genitive with
    no article but its adjective ("Zahl getöteter Zivilisten"), and the compound "Opferzahl": the counted
    noun in group 1 or 2."""
    words = "|".join(nouns)
    tails = "|".join(n.lower() for n in nouns)
    adjective = r"[a-zäöüß]+e[nrsm]?\s+|\s{3,}"  # a party's adjective is blanked in the fact: spaces
    return re.compile(
        rf"\b(?:{words})\s+(?:(?:der|des|von|an)\s+(?:{adjective}){{0,2}}|(?:{adjective}){{1,2}})([A-ZÄÖÜ][\w-]*)"
        rf"|\b([A-ZÄÖÜ][a-zäöüß]+?)(?:{tails})\b"
    )


def stopwords(lexicon: Mapping[str, Any]) -> frozenset[str]:
    """Words that say nothing of what happened (articles, prepositions, weekdays, "Berichte" …)."""
    return _vocabulary(lexicon).stop


@once_per_lexicon
def _purpose(rules: Matching) -> tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]:
    """The patterns of a purpose ("für den Einsatz") and of a clause describing someone named, each with the
    words it opens with (`leading_words`)."""
    purpose = rf"\b(?:{'|'.join(rules.purpose_markers)})\s+[\w-]+"
    background = str(rules.background_clauses)
    return (
        (guarded(purpose, re.IGNORECASE), leading_words(purpose, re.IGNORECASE)),
        (re.compile(background), held_words(background)),
    )


def fact_signature(
    sentence: str,
    parties: Iterable[str],
    quantities: Sequence[Quantity],
    lexicon: Mapping[str, Any],
    negated: bool = False,
    planned: bool = False,
    conflict: str | None = None,
    places: Iterable[str] = (),
    setting: str | None = None,
    day: str | None = None,
    counted_in: str | None = None,
    agents: Iterable[str] = (),
    towns: Iterable[str] = (),
    persons: Sequence[str] = (),
    told_of: Sequence[str] = (),
    titles: Iterable[str] = (),
    organisations: Iterable[str] = (),
    speakers: Iterable[str] = (),
    incidental_parties: Collection[str] = (),
    voices: Iterable[str] = (),
) -> FactSignature:
    """The signature of a sentence from which the pipeline has blanked who says it and hedges; what a
    number counts is read in `counted_in`, the sentence before blanking, where the counted word itself
    was blanked ("Tausende Ukrainer liefen zum Hafen" counts Ukrainians, not the harbour). `incidental_parties`:
    parties named only as a place or a backer ("die vom Iran unterstützte Miliz im Libanon"), not held to
    account by a blame; `voices`: the parties who say it, kept where it gives a label on an act ("Terrorakt")."""
    rules = typed_rules(lexicon).matching
    vocabulary = _vocabulary(lexicon)
    written = letter_words(sentence)  # each word read once, for its terms and its event
    words_read = _with_particles(sentence, written, vocabulary.events, counted_in)
    tokens = _tokens_of(words_read, vocabulary)
    clauses = (
        circumstance_clauses(sentence, vocabulary.events) + subject_clause(sentence, vocabulary.events)
        if "," in sentence
        else []
    )
    clauses += given_opening(sentence, vocabulary.events, vocabulary.is_verb)  # "Nach dem Tod von X dürfen …"
    aside = [any(a <= m.start() < b for a, b in clauses) for m in _TOKEN.finditer(sentence)] if clauses else []
    families = [t[_FAMILY_AT] for t in tokens]
    named_persons = {word for person in persons for word in _TOKEN.findall(person)}
    # an organisation named is whom a claim is about, like a person: a name, and no event ("Schnelle
    # Eingreiftruppe")
    named_organisations = {word for organisation in organisations for word in _TOKEN.findall(organisation)}
    # What a claim names as a purpose ("für den Einsatz") is a circumstance, and how it describes someone it
    # names ("X, dessen Land …") is who X is: their words are no part of the fact.
    purposes = _purposes(sentence, rules, named_persons, vocabulary.prepositions)
    families = _unread(families, words_read, named_persons.union(named_organisations))
    lowered = _lowered(sentence, written, words_read, vocabulary.events)  # for collocations and "gegenseitig"
    events: Events = find_events(words_read, sentence, vocabulary.events, families, aside, lowered)
    names: set[str] = {_place_term(word) for place in places for word in _TOKEN.findall(place)}
    # a person's words that are content words ("Ende November" after "EU-Kommission" is a time, no name)
    if named_persons or named_organisations:
        names.update(*(vocabulary.token(word)[_TERMS_AT] for word in named_persons | named_organisations))
    terms, named = _kept_terms(sentence, tokens, purposes)
    words: set[str] = set().union(*terms)
    names.update(*named)
    amounts = _amounts(sentence, quantities, vocabulary, counted_in) + _in_words(sentence, vocabulary)
    words = _without_units(words, amounts, vocabulary)
    counted = _counted_people(words, amounts, vocabulary, quantities, counted_in or sentence)
    words |= vocabulary.exclusive & counted  # "300 Mann" are soldiers, as "300 Soldaten" are
    days = vocabulary.days_named(sentence, day, partial(_ahead, planned, counted_in, sentence, vocabulary.scheduled))
    main = _on_its_day(events.main, days, vocabulary)
    named_parties, blames = _held(frozenset(parties), main, vocabulary, incidental_parties)
    return built(
        FactSignature,
        words=frozenset(words | names),
        quantities=amounts,
        negated=negated,
        parties=named_parties,
        names=frozenset(names),
        events=main,
        circumstances=events.circumstances,
        planned=planned,
        # "Modi stritt die Luftangriffe nicht ab" is about Modi's reaction, not (only) the strikes.
        # …and "verurteilte den Angriff" about the speaker's: read before its speech verb was blanked
        undenied=_is_undenied(sentence, rules, counted_in),
        reciprocal=not vocabulary.events.reciprocal.isdisjoint(lowered),
        between=_named_as_sides(named_parties, sentence, vocabulary),
        blames=blames,
        truce=_states_the_truce(words, main, vocabulary),
        taken=not main.isdisjoint(vocabulary.events.place_bound),
        befell=_befell(persons, told_of, main, vocabulary),
        recalled=events.recalled,
        setting=_setting_stems(setting),
        days=days,
        acts=(acts := acts_of(main, vocabulary.events)),
        agents=_agents_of_acts(main, vocabulary.events, agents),
        towns=_town_words(towns) if towns else _NO_WORDS,
        counted=counted,
        targets=vocabulary.targets.intersection(words) if acts else _NO_WORDS,  # what an act struck
        news=_news_day(day),
        titles=_title_terms(titles, vocabulary),
        speakers=_speaker_keys(speakers),
        persons=_persons(persons, told_of),
        degrees=_degrees(words, vocabulary),
        voices=_voices(voices, main, vocabulary),
        conflict=conflict,
    )


_NO_WORDS: frozenset[str] = frozenset()


def _states_the_truce(words: Collection[str], main: frozenset[str], vocabulary: _Vocabulary) -> bool:
    """The ceasefire named as what happened, or its breach; not as what a breach broke ("Bruch der Waffenruhe" tells
    the breach, the ceasefire a circumstance of it)."""
    return not vocabulary.conflict_bound.isdisjoint(words) and not main.isdisjoint(
        vocabulary.events.conflict_bound_families
    )


def _on_its_day(main: frozenset[str], days: frozenset[str], vocabulary: _Vocabulary) -> frozenset[str]:
    """The claim's events, less those that are one fact only on one day (`dated`: a body's meeting) where the claim
    names none: "Der Stadtrat soll künftig öfter tagen" tells no meeting one could find again, "Der Rat kam
    am Samstag zusammen" does."""
    if days or main.isdisjoint(vocabulary.events.dated):
        return main
    return main - vocabulary.events.dated


def _voices(parties: Iterable[str], events: frozenset[str], vocabulary: _Vocabulary) -> frozenset[str]:
    """Each party saying it with each label it gives (a voice-bound family): "IL.MISTAKE"."""
    labels = events & vocabulary.events.voice_bound if parties else _NO_WORDS
    return frozenset(f"{party}.{label}".upper() for party in parties for label in labels) if labels else _NO_WORDS


def _degrees(words: set[str], vocabulary: _Vocabulary) -> frozenset[str]:
    """The degrees a claim tells on each scale of the thesaurus ("leicht" / "schwer verletzt"), as the scale's
    number and the word."""
    if not any(word.startswith(vocabulary.scale_words) for word in words):  # a stem opens its word as written too
        return _NO_WORDS  # most claims: no degree, alone or opening a compound
    compounded = {d for w in words for written, d in vocabulary.degree_forms if _graded(w, written, vocabulary)}
    return frozenset(f"{i}{w}" for i, scale in enumerate(vocabulary.scales) for w in scale & (words | compounded))


def _graded(word: str, degree: str, vocabulary: _Vocabulary) -> bool:
    """ "leichtverletzt", "schwerbeschädigt": a degree written as one word with the event it grades."""
    rest = word[len(degree) :]
    return len(rest) > 5 and word.startswith(degree) and event_family(rest, vocabulary.events) is not None


def _held(
    parties: frozenset[str], events: frozenset[str], vocabulary: _Vocabulary, incidental: Collection[str]
) -> tuple[frozenset[str], bool]:
    """The claim's parties, and whether it blames them (a party-bound event): a blame holds to account the parties
    it names but those it names only as a place or a backer; naming no other, it holds no party to account
    ("unsere historische Verantwortung für Spätaussiedler aus Russland")."""
    if not parties or events.isdisjoint(vocabulary.events.party_bound):
        return parties, False
    held = parties.difference(incidental)
    return (held, True) if held else (parties, False)


def _speaker_key(name: str) -> str:
    """A speaker's name as its spelling key: "Netanyahu" and "Netanjahu" are one speaker."""
    return spelling_key(name.lower())


def _befell(titled: Sequence[str], told_of: Sequence[str], events: frozenset[str], vocabulary: _Vocabulary) -> bool:
    """ "X ist tot", "X wurde freigelassen": what the claim tells befalls a person it names (`befalls`)."""
    return bool(titled or told_of) and not events.isdisjoint(vocabulary.events.befalls)


def _persons(titled: Iterable[str], told_of: Iterable[str]) -> frozenset[str]:
    """The surnames of the persons a claim tells of, as spelling keys: those named after a title, and the known
    persons of a party named in the fact, not as its speaker."""
    return _speaker_keys(person.split()[-1] for person in [*titled, *told_of])


def _speaker_keys(speakers: Iterable[str]) -> frozenset[str]:
    return frozenset(map(_speaker_key, speakers)) if speakers else _NO_WORDS


def _without_units(words: set[str], amounts: Sequence[tuple[float, float, str]], vocabulary: _Vocabulary) -> set[str]:
    """ "500 Euro", "drei Prozent", "dreitägig": a measure's unit is its amount's, an anchor already, no word of the
    fact. An age's words stay ("zwischen 10 und 16 Jahre alt": the age may be what the claim states)."""
    measures = {kind for *_, kind in amounts if kind in _MEASURES} if amounts else None
    if not measures:
        return words
    lasting = tuple(vocabulary.lasting_days) if _TIME in measures else ()  # "dreitägig", "stündig": a duration's
    return {word for word in words if vocabulary.units.get(word) not in measures and not word.endswith(lasting)}


def _unread(families: list[str | None], words: list[str], named: set[str]) -> list[str | None]:
    """The event families of the words, none for a name's ("Innensenator Andreas Geisel": no hostage)."""
    return [None if word in named else f for word, f in zip(words, families, strict=True)] if named else families


def _title_terms(titles: Iterable[str], vocabulary: _Vocabulary) -> frozenset[str]:
    """The terms of the titles the claim gives ("Innensenatorin" → "innensenator", "senator")."""
    return frozenset(term for title in titles for term in vocabulary.token(title)[_TERMS_AT]) if titles else _NO_WORDS


def _named_as_sides(parties: frozenset[str], sentence: str, vocabulary: _Vocabulary) -> bool:
    """ "Gefechte zwischen X und Y": two parties or more, named as the sides of what happens between them."""
    return len(parties) > 1 and vocabulary.between_sides.search(sentence) is not None


@lru_cache(maxsize=64)
def _news_day(day: str | None) -> frozenset[str]:
    """The article's publication day as a day term ("20240229"), none where it is not known."""
    published = _day(day)
    return frozenset({published.strftime("%Y%m%d")}) if published else _NO_WORDS


def _place_term(word: str) -> str:
    """A word of a place's name as a term: the spelling key where it is a name, as its token gives it."""
    term = stem(lemma(word))
    return spelling_key(term) if _is_name(word) else term


def _town_words(towns: Iterable[str]) -> frozenset[str]:
    """The stems of the towns' words; "al-Mawasi": the transliterated article, in lower case, is no word of it."""
    return frozenset(stem(lemma(w)) for town in towns for w in _TOKEN.findall(town) if not w.islower() or len(w) > 2)


def _ahead(planned: bool, unblanked: str | None, sentence: str, scheduled: re.Pattern[str]) -> bool:
    """A plan, or what is to come ("soll am Dienstag beraten", read in the sentence before its hedges were
    blanked): the days it names lie ahead of the article."""
    return planned or bool(scheduled.search(unblanked or sentence))


_DIGIT = re.compile(r"\d")


def _lowered(sentence: str, written: list[str], words_read: list[str], rules: EventRules) -> frozenset[str]:
    """The words read in lower case where they may hold a collocation's noun or a reciprocal word; none
    where the claim's words (no split verb joined) hold none, told by a bit of their flags (most claims)."""
    wanted = _lowered_words(rules)  # first: taking its bit for the first time starts a new generation of flags
    if words_read is not written or word_flags(sentence) & wanted:
        return frozenset(map(str.lower, words_read))
    return _NO_WORDS


@once_per_lexicon
def _lowered_words(rules: EventRules) -> int:
    """The bit of `word_flags` set for a word whose lower case is a reciprocal word or ends with a collocation's
    noun (the noun or a compound of it: "Lenkraketen"), or that holds a digit: a text none of whose words has it
    (and no split verb joined) has its words as `letter_words` gives them, none of which is such a word in lower
    case."""
    endings, reciprocal = collocation_endings(rules), rules.reciprocal
    return word_flag(
        lambda word: (low := word.lower()) in reciprocal or low.endswith(endings) or _DIGIT.search(word) is not None
    )


def _kept_terms(
    sentence: str, tokens: list[_Token], purposes: list[tuple[int, int]]
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The terms of the words outside a purpose, and of those among them that are names (not the first
    word: a sentence's first word is capitalised whatever it is)."""
    if not purposes:  # most sentences name no purpose: every word counts
        return [token[_TERMS_AT] for token in tokens], [token[_TERMS_AT] for token in tokens[1:] if token[_NAME_AT]]
    kept = [
        (position, token)
        for position, (match, token) in enumerate(zip(_TOKEN.finditer(sentence), tokens, strict=True))
        if not any(a <= match.start() < b for a, b in purposes)
    ]
    return [token[_TERMS_AT] for _, token in kept], [
        token[_TERMS_AT] for position, token in kept if position and token[_NAME_AT]
    ]


def _counted_people(
    words: Iterable[str],
    amounts: Sequence[tuple[float, float, str]],
    vocabulary: _Vocabulary,
    quantities: Sequence[Quantity],
    sentence: str,
) -> frozenset[str]:
    """Whom a claim counting people counts, where it names one of exclusive classes ("zwölf Soldaten"); and
    whom each number counts, as the class and the number ("soldat6" for "6 Soldaten"): "17 Tote, darunter 11
    Zivilisten und 6 Soldaten" names both classes, yet its six are soldiers, not "sechs getötete Zivilisten"."""
    if not amounts or not any(kind in _PERSON_KINDS for _, _, kind in amounts):  # most claims: no amount
        return frozenset()
    classes = vocabulary.exclusive.intersection(words)
    units = [unit for unit in vocabulary.class_units if unit in sentence]
    if not classes and not units:
        return classes
    # "300 Mann" names a unit of soldiers, not the men of another group of classes
    classes -= {stem(unit) for unit in units}
    counts = {
        f"{named}{int(q.low)}": named
        for q in quantities
        if _precise(q.low, q.high) and (named := vocabulary.class_counted(q, sentence)) is not None
    }
    counted = classes.union(counts, counts.values())  # "300 Mann" counts soldiers, though no word says "Soldaten"
    groups = vocabulary.class_groups
    return frozenset(_in_group(c, groups.get(c.rstrip("0123456789"), 0)) for c in counted)


def _in_group(counted: str, group: int) -> str:
    """ "frau17" of the second group of classes as "1:frau17": compared with its own group's only."""
    return f"{group}:{counted}" if group else counted


def _agents_of_acts(main: frozenset[str], rules: EventRules, agents: Iterable[str]) -> frozenset[str]:
    """Who does the act the claim tells; kept only where it tells one (an attack, a release)."""
    return frozenset(agents) if main & rules.agentive else frozenset()


def _tokens_of(words: list[str], vocabulary: _Vocabulary) -> list[_Token]:
    """What each word gives the fact, looked up at once; a word form met for the first time is read."""
    try:
        return list(map(vocabulary.cache.__getitem__, words))  # most claims: every word form met before
    except KeyError:
        return [vocabulary.token(word) for word in words]


def _purposes(
    sentence: str, rules: Matching, persons: Collection[str], prepositions: Collection[str]
) -> list[tuple[int, int]]:
    """Where the claim names a purpose, or describes someone it names ("X, dessen Land …"): words of no part of
    the fact. Most claims hold no "für" nor "dessen" (the words' flags tell): not scanned."""
    (purpose, opening), (background, relative) = _purpose(rules)
    spans = [m.span() for m in purpose.finditer(sentence)] if holds_a_word(opening, sentence, folded=True) else []
    if holds_a_word(relative, sentence, folded=True):
        described = background.finditer(sentence)
        spans += [m.span() for m in described if _after_a_name(sentence, m.start(), persons, prepositions)]
    return spans


def _after_a_name(sentence: str, at: int, persons: Collection[str], prepositions: Collection[str]) -> bool:
    """The word before is a name: of a person the claim names (`persons`' words), or one the dictionary lacks;
    not one a preposition governs ("Die Fähre nach Lindenau, deren Motor …" describes the ferry)."""
    before: list[str] = _TOKEN.findall(sentence[max(0, at - 60) : at])  # typed: mypyc stops on a list of Any
    if not before or not (before[-1] in persons or _is_name(before[-1])):
        return False
    opening = next((word for word in reversed(before) if not word[:1].isupper()), "")
    return opening.lower() not in prepositions


def _amounts(
    sentence: str, quantities: Sequence[Quantity], vocabulary: _Vocabulary, counted_in: str | None = None
) -> tuple[tuple[float, float, str], ...]:
    """The numbers of a claim that count something, each with what it counts: where the word right after
    a number was blanked (a party's people: "Tausende Palästinenser"), in the sentence before blanking."""
    if not quantities:
        return ()  # most claims: no number, nothing to set up
    read = [(q, counted_in if counted_in and sentence[q.end : q.end + 2] == "  " else sentence) for q in quantities]
    measured = (
        _a_peoples(vocabulary.measured(q, text), q, sentence, text)
        for q, text in read
        if not is_designation(text, q.start)  # "SARS-CoV-2", "F-16": part of a name, no amount
        and not vocabulary.dated(text, q.end)  # "am 30. März": a day (in `days`), no amount
    )
    return tuple(m for m in measured if m[2] != _CLOCK)  # "um 6 Uhr (5 Uhr MEZ)": a time of day, no amount


_NOUN_AFTER = re.compile(r"\s+([A-ZÄÖÜ][\w-]*)")


def _a_peoples(
    measured: tuple[float, float, str], quantity: Quantity, blanked: str, text: str
) -> tuple[float, float, str]:
    """ "1.870 Palästinenser", "zwei Ukrainer": a number whose noun is a party's name, blanked as one, counts
    that party's people, one count with "1.870 Menschen"; a state is never counted."""
    if text is blanked or _of_people(measured[2]):
        return measured
    noun = _NOUN_AFTER.match(text, quantity.end)
    if noun is None or blanked[noun.start(1) : noun.end(1)].strip():
        return measured  # "drei russische Soldaten": the noun after the blanked adjective is counted
    if measured[2] != stem(lemma(noun.group(1))):
        return measured  # a unit or a class the lexicon knows ("0 Uhr", "drei Soldaten"): no party's people
    return measured[0], measured[1], _PEOPLE_OF + measured[2]


def _in_words(sentence: str, vocabulary: _Vocabulary) -> tuple[tuple[float, float, str], ...]:
    """ "eine dreitägige Staatstrauer", "ein sechsjähriger Junge": the duration or the age a number word fused
    with its ending tells, as "drei Tage" and "sechs Jahre alt" tell them; no number finds it, since the number
    is no word of its own."""
    if not any(ending in sentence for ending in vocabulary.fused_endings):
        return ()  # most claims: no such ending
    found = []
    for match in vocabulary.lasting.finditer(sentence):
        if match["word"] and (value := word_value(match["word"], vocabulary.numbers)):
            days = _in_base(value, vocabulary.lasting_days[match["ending"].lower()])
            found.append((days, days, _TIME))
    for match in vocabulary.aged.finditer(sentence):
        if value := word_value(match["word"], vocabulary.numbers):
            found.append((value, value, _AGE + _YEAR))
    return tuple(found)


def _with_particles(sentence: str, written: list[str], rules: EventRules, unblanked: str | None = None) -> list[str]:
    """The words, with a split verb read whole: "griffen … an" as "angreifen" (seeds/events.json). A
    particle ends its clause in the sentence as written (`unblanked`), not where blanking a party after it
    left it last: "schloss den Übergang zu Belarus" holds the preposition "zu", no "zuschließen"."""
    joined = _particle_verbs(sentence, written, rules)
    if joined and unblanked is not None and unblanked != sentence:
        kept = set(_particle_verbs(unblanked, letter_words(unblanked), rules).values())
        joined = {at: infinitive for at, infinitive in joined.items() if infinitive in kept}
    if not joined:
        return written
    words = list(written)
    for index, infinitive in joined.items():
        words[index] = infinitive
    return words


def _particle_verbs(sentence: str, written: list[str], rules: EventRules) -> dict[int, str]:
    if rules.separable_particles.isdisjoint(written) or not may_rejoin(
        sentence, written, rules.separable_particles, rules.clause_coordinators
    ):
        return {}  # most sentences: no particle to join, or none ending its clause
    gaps = after_letter_words(sentence)
    return rejoin_separable_verbs(list(written), gaps, rules.separable_particles, rules.clause_coordinators)


def _substance(signature: FactSignature) -> int:
    """How much a claim says: its content words, the parties where it names who acted against whom
    ("Georgische Einheiten beschießen Abchasien"; one party alone is its topic) and the counts
    it gives of some thing ("45 Drohnen")."""
    parties = len(signature.parties) if len(signature.parties) > 1 else 0
    return len(signature.words) + parties + sum(1 for *_, unit in signature.quantities if unit)


def _in_base(value: float, size: float) -> float:
    """A value in its measure's base unit, rounded as a writer rounds: "zwölf Monate" and "ein Jahr"
    are both 365 days, "36 Stunden" 1.5 days."""
    converted = value * size
    return float(round(converted)) if converted >= 10 else round(converted, 1)


def is_designation(sentence: str, start: int) -> bool:
    """A number that is part of a name: "SARS-CoV-2", "F-16", and one written with a leading zero, which
    no amount has ("Velmar 04", "0800 111")."""
    if sentence[start : start + 1] == "0" and sentence[start + 1 : start + 2].isdigit():
        return True
    return 0 < start <= len(sentence) and (sentence[start - 1] == "-" or sentence[start - 1].isalpha())


def _is_name(token: str) -> bool:
    """A capitalised word the dictionary does not know ("Dorinsk", "Totschka"): a proper name, in German
    where every noun is capitalised; places the sentence names come from the pipeline. An acronym of three
    letters or more is one too ("HIMARS" as "Himars"), not a Roman numeral ("Phase III")."""
    if not token[:1].isupper() or is_known(token):
        return False
    return not token.isupper() or (len(token) >= 3 and not _ROMAN.fullmatch(token))


_ROMAN = re.compile(r"[IVXLCDM]+")


def _precise(low: float, high: float) -> bool:
    return high <= 2 * low


def _quantities_agree(a: FactSignature, b: FactSignature) -> tuple[bool, bool, bool]:
    """(no conflict, a precise number of the same kind shared, one of them a count of things, not a measure).
    Every number of the claim with fewer numbers needs its match among the other's numbers of its kind: "30 Tote,
    100 Verletzte" and "39 Tote, 100 Verletzte" are two facts; a count of days says nothing against a count of
    people. With no event in common, a shared size, sum, span of time or share is told of many things alike
    ("1.500 Quadratmeter" of a hall and of a market stall, "zwei Meter Abstand" at a counter and at a table)."""
    if not a.quantities or not b.quantities:
        return True, False, False
    fewer, more = (
        (a.quantities, b.quantities) if len(a.quantities) <= len(b.quantities) else (b.quantities, a.quantities)
    )
    shared = counted = False
    for x in fewer:
        kin = [y for y in more if _corresponds(x, y)]
        matches = [y for y in kin if _agree(x, y)]
        if kin and not matches:
            return False, False, False
        for y in matches:
            if _precise(x[0], x[1]) and _precise(y[0], y[1]) and _same_count(x, y):
                shared = True
                counted = counted or (x[2] not in _MEASURES and y[2] not in _MEASURES)
    return True, shared, counted


def _agree(x: tuple[float, float, str], y: tuple[float, float, str]) -> bool:
    return Quantity(x[0], x[1], 0, 0).compatible(Quantity(y[0], y[1], 0, 0))


def _same_magnitude(a: FactSignature, b: FactSignature) -> bool:
    """The same rough count of the same kind of thing: "Dutzende Tote" and "dutzende Menschen starben"."""
    rough = [q for q in a.quantities if q[2] and not _precise(q[0], q[1])]
    return any(q[:2] == r[:2] and _one_kind(q[2], r[2]) for q in b.quantities for r in rough)


def _same_count(x: tuple[float, float, str], y: tuple[float, float, str]) -> bool:
    """A count of the same kind of thing; where one side does not say what it counts ("40 weitere
    verletzt"), a number of ten or more is rare enough to stand for itself."""
    return (bool(x[2]) and _one_kind(x[2], y[2])) or ((not x[2] or not y[2]) and min(x[1], y[1]) >= 10)


def _corresponds(x: tuple[float, float, str], y: tuple[float, float, str]) -> bool:
    """Two numbers count the same kind of thing: "zehn Tagen" and "zehn Menschen" do not."""
    return not x[2] or not y[2] or _one_kind(x[2], y[2])


def _one_kind(x: str, y: str) -> bool:
    """The same kind of thing, or people and a kind of people ("Menschen" and "Tote", "Menschen" and
    "Palästinenser"; not "Ukrainer" and "Russen")."""
    return x == y or (_PERSON in (x, y) and _of_people(x) and _of_people(y))


def _of_people(kind: str) -> bool:
    return kind in _PERSON_KINDS or kind.startswith(_PEOPLE_OF)


def _counted(signature: FactSignature) -> bool:
    """A precise count ("39 Tote", "zwei Raketen"): a finer fact than the same event without one; an age
    ("der 28 Jahre alte X") counts nobody."""
    return any(_precise(lo, hi) and hi >= 2 and not kind.startswith(_AGE) for lo, hi, kind in signature.quantities)


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


@dataclass(frozen=True)
class _Shared:
    """What two signatures have in common, read once for the gates and the score."""

    number: bool  # a precise number of the same kind
    event: bool  # a main event family
    words: int
    parties: int
    names: bool
    blamed: bool = False  # one party held to the same act: blame, denial ("macht Russland verantwortlich")
    magnitude: bool = False  # the same rough count of the same thing ("Dutzende Menschen")
    day: bool = False  # the same day named ("am Donnerstag", "am 14. Mai")
    truce: bool = False  # the ceasefire of one conflict
    speaker: bool = False  # one person's own words, restated: "X zeigte sich entsetzt" / "X schrieb, er sei entsetzt"
    person: bool = False  # one person whom what both tell befell: "X ist tot" / "der Tod von X"
    voiced: bool = False  # one party's label on an act, in one war: "sprach von Terror" / "nannte es einen Terrorakt"
    place: bool = False  # one town taken, or left: "nahmen X ein" / "X unter Kontrolle gebracht"

    @property
    def counted_event(self) -> bool:
        return self.number and self.event  # "500 Tote" and "500 Menschen getötet"

    @property
    def fact_anchor(self) -> bool:
        """A number, a party or a person that makes the shared event one fact: "500 Tote", "Russland schuld",
        "X ist tot" / "X wurde getötet" (what befell one person named in both happens to them once)."""
        return self.counted_event or self.blamed or self.truce or (self.person and self.event) or self.voiced


def similarity(
    a: FactSignature, b: FactSignature, weights: Mapping[str, float], idf: IdfWeights | None = None
) -> float:
    """Whether two signatures state one fact, as a number in [0, 1]; 0 where an anchor rules it out.

    Ruled out: claims of two different conflicts, numbers that disagree, different things happening
    (their main events share no family), and claims sharing fewer than `min_shared_terms` content
    words (a topic, not a fact). Otherwise the IDF-weighted overlap of every anchor, lowered where one
    claim is finer (a count the other lacks, an event the other does not name), a plan or a reaction.
    """
    if not _may_be_anchored(a, b, weights):
        return 0.0  # most candidates (issue 16: 85 % of them after 300 articles), told before the gates
    shared = _ruled_in(a, b, weights)
    return 0.0 if shared is None else _score(a, b, shared, weights, idf)


def may_be_one_fact(a: FactSignature, b: FactSignature) -> bool:
    """No referent tells the two apart: not two conflicts, no numbers that disagree, not two persons named. Two
    propositions a claim joins are merged only where their founding claims pass this: a claim holding two facts
    ("Lindenau meldet 40 Tote, Sabirsk 200") must not make the two one."""
    return not _other_referents(a, b) and _quantities_agree(a, b)[0]


def tells_another_count(a: FactSignature, b: FactSignature) -> bool:
    """The same kind of event counted otherwise ("51 Tote" / "52 Tote"): a proposition holding one of them is not
    the other's, however vaguely another of its claims counts ("mehr als 50 Tote" agrees with both)."""
    return bool(a.quantities and b.quantities and a.events & b.events) and not _quantities_agree(a, b)[0]


def _other_referents(a: FactSignature, b: FactSignature) -> bool:
    """Two conflicts, two persons named or two degrees of one scale: two facts, whatever else they share."""
    if a.conflict and b.conflict and a.conflict != b.conflict:
        return True
    if a.degrees and b.degrees and _other_degrees(a.degrees, b.degrees):
        return True  # "zwei Menschen wurden leicht verletzt" / "… schwer verletzt"
    return bool(a.persons and b.persons and a.persons.isdisjoint(b.persons))


def _other_degrees(a: frozenset[str], b: frozenset[str]) -> bool:
    """On a scale both tell a degree of, no degree in common."""
    return any(
        {d for d in a if d[0] == scale}.isdisjoint(d for d in b if d[0] == scale)
        for scale in {d[0] for d in a} & {d[0] for d in b}
    )


def _ruled_in(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> _Shared | None:
    """What the two share, or None where an anchor rules out one fact."""
    if _other_referents(a, b):
        return None  # two conflicts, two persons ("Kommandeur X ist tot" / "Kommandeur Y ist tot")
    agree, shared_number, shared_count = _quantities_agree(a, b)  # read once: may_be_one_fact's numbers too
    if _apart_by_numbers(a, b, agree, shared_number):
        return None
    perpetrator = _perpetrator_named(a, b) or _perpetrator_named(b, a)
    if _other_happenings(a, b, perpetrator, weights):
        return None
    event = perpetrator or _one_happening(a, b, weights)
    shared = _Shared(
        shared_number and (event or shared_count) and _count_tells(a, b, weights),
        event,
        len(a.words & b.words),
        0 if a.between or b.between else len(a.parties & b.parties),
        bool(a.names & b.names),
        _same_party_held(a, b) or perpetrator,
        _same_magnitude(a, b),
        bool(a.days & b.days),
        _same_truce(a, b),
        _restated_by_the_speaker(a, b),
        a.befell and b.befell and not a.persons.isdisjoint(b.persons),
        _same_voice(a, b),
        a.taken and b.taken and not a.towns.isdisjoint(b.towns),
    )
    if not _anchored(a, b, shared, weights):
        return None  # a topic (a party, a word or two), not a fact: no event, name or number in common
    if _a_fragment(a, b, shared, weights):
        return None  # a fragment ("Nur zwei waren gestorben.") is inside every long sentence on its topic
    return shared


def _apart_by_numbers(a: FactSignature, b: FactSignature, agree: bool, shared_number: bool) -> bool:
    """Numbers that disagree, or a precise count in each and none in common ("40 Dörfer" / "300 Quadratkilometer"
    held: two accounts); or a claim with no words at all."""
    if not agree or not a.words or not b.words:
        return True
    return not shared_number and _counted(a) and _counted(b) and not _a_number_in_common(a, b)


def _a_number_in_common(a: FactSignature, b: FactSignature) -> bool:
    """The same precise number in both, of no other kind: "Pier 3" in two printings of one sentence is one
    number, though neither says what it counts (a count shared as a count asks more: `_same_count`)."""
    return any(
        x[:2] == y[:2] and _precise(x[0], x[1]) and _corresponds(x, y) for x in a.quantities for y in b.quantities
    )


def _a_fragment(a: FactSignature, b: FactSignature, shared: _Shared, weights: Mapping[str, float]) -> bool:
    """One claim too short to be a fact of its own, with nothing that makes it one with the other: no number and
    event, blame or truce, no name, no speaker in common ("X zeigte sich entsetzt" is X's statement), no person
    told of with the event ("X ist tot")."""
    short = min(_substance(a), _substance(b)) < weights["min_claim_words"]
    return short and not (shared.fact_anchor or shared.names or shared.speaker or (shared.person and shared.event))


def _count_tells(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> bool:
    """A shared count anchors one fact where it is telling, or with another anchor in common: "zwei Menschen
    starben" in two towns is a small count of one kind of event, recurring by chance."""
    return _telling_count(a, b, weights) or _anchored_besides(a, b) or _counts_agree_twice(a, b)


def _counts_agree_twice(a: FactSignature, b: FactSignature) -> bool:
    """Two numbers both give, each of the same kind ("fünf Bewohner … zwei Wochen nach" / "fünf Senioren …
    14 Tage nach"): one small count or measure alone recurs by chance, two together rarely."""
    agreeing = {
        x for x in a.quantities for y in b.quantities if _precise(*x[:2]) and _same_count(x, y) and _agree(x, y)
    }
    return len(agreeing) >= 2


def _telling_count(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> bool:
    """A count both give that tells one fact: a large one ("39 Tote") or one of five or more named things
    ("sieben Fischkutter"), not a round one; "zwei Tote", "vier Verletzte", "zwei Lieferungen" are told of
    many things a day, and a measure or an age of every kind of thing ("für vier Wochen geschlossen", "zwei
    Meter Abstand", "70 Jahre oder älter")."""
    people, things = weights["telling_count"], weights["telling_things_count"]
    return any(
        _precise(*x[:2])
        and x[2] not in _MEASURES
        and not x[2].startswith(_AGE)
        and x[0] >= (people if x[2] in _PEOPLE or _of_people(x[2]) else things)
        and not _round(x[0])
        and _agree(x, y)
        for x in a.quantities
        for y in b.quantities
    )


def _round(value: float) -> bool:
    """One digit and zeros, from a hundred on ("200", "1.000", "eine halbe Million"): the figures writers
    round to, told of countless things ("1.000 Teilnehmer", "1.000 Tote"); "160", "1.250" are not."""
    if value < 100 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) == 1


def _anchored_besides(a: FactSignature, b: FactSignature) -> bool:
    """An anchor besides a count and an event: the war both are about, or a name, town, setting, day or
    struck target both give."""
    if a.conflict is not None and a.conflict == b.conflict:
        return True
    return bool(
        a.names & b.names or a.towns & b.towns or a.setting & b.setting or a.days & b.days or a.targets & b.targets
    )


def _counted_alike(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> bool:
    """Where neither claim tells an event, the same large count of the same named things makes one fact:
    "In Sabirsk arbeiten 1.200 Helfer" and "Die Zahl der Helfer liegt bei 1.200" (a count that size is
    rarely chance), if they share a word besides the counted one ("Helfer … Sabirsk" / "Helfer … in Sabirsk"):
    1,500 guests of a hotel and 1,500 of a ceremony, 10,000 who took part in a survey and 10,000 who left a
    church are other facts. Not a round count, which writers give of countless things ("10.000 Dosen" one
    clinic received and another ordered); not where one claim tells an event: a verb outside the event families is no
    event ("120.000 genesen" / "120.000 gestorben"); nor a measure: "seit 20 Jahren" is 7,300 days, and
    sums of money and shares recur in many statements."""
    if a.events or b.events or a.circumstances or b.circumstances or _distinct(a.words & b.words) < 2:
        return False
    least = weights["anchoring_count"]
    return any(
        x[2]
        and _one_kind(x[2], y[2])
        and x[2] not in _MEASURES
        and x[1] >= least
        and not _round(x[0])
        and _precise(*x[:2])
        and _precise(*y[:2])
        and _agree(x, y)
        for x in a.quantities
        for y in b.quantities
    )


def _one_happening(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> bool:
    """The same event told: a main event in common, one told as the other's circumstance, or the same large
    count of the same things where neither tells one."""
    return bool(a.events & b.events) or _told_as_circumstance(a, b) or _counted_alike(a, b, weights)


def _distinct(words: frozenset[str]) -> int:
    """How many words these terms are: a compound gives its head too ("hafenausbau", "ausbau"), one word
    of the text, not two; two claims sharing one compound share one word."""
    return sum(1 for w in words if not any(len(o) > len(w) and o.endswith(w) for o in words))


def _told_as_circumstance(a: FactSignature, b: FactSignature) -> bool:
    """One claim tells as its fact what the other names as a circumstance or purpose, and only there
    ("1.200 Helfer geschickt" / "entschied, 1.200 Helfer zu schicken")."""
    return bool(not b.events and a.events & b.circumstances or not a.events and b.events & a.circumstances)


def _other_happenings(a: FactSignature, b: FactSignature, perpetrator: bool, weights: Mapping[str, float]) -> bool:
    """Whether the events tell two facts; a blame and the blamed party's act (`perpetrator`) tell one."""
    if a.events and b.events and not a.events & b.events and not perpetrator:
        return True  # different things happened
    if a.circumstances and b.circumstances and not a.circumstances & b.circumstances:
        return True  # blame for an attack and blame for a massacre
    if _told_apart(a, b) or _earlier_incident(a, b, weights) or _earlier_incident(b, a, weights):
        return True
    if a.agents and b.agents and a.events & b.events and not a.agents & b.agents:
        return True  # "Russische Truppen griffen … an" / "Ukrainische Truppen griffen … an": two attacks
    if a.reciprocal != b.reciprocal and a.events & b.events:
        return True  # "verhängten gegenseitig Einreiseverbote" / "verhängte Einreiseverbote gegen Y"; mutual blame too
    return a.blames and b.blames and a.parties != b.parties  # blame is a fact about the party held to account


def _recalls(a: FactSignature, b: FactSignature) -> bool:
    """`a` tells no event of its own and recalls as given the incident `b` tells: what followed it, not it."""
    return a.recalled and not a.events and bool(a.circumstances & b.events)


def _told_apart(a: FactSignature, b: FactSignature) -> bool:
    """Whom they count, what was struck, where or when it happened tells two facts: each names one, none
    the same; an incident and what followed it are two."""
    if _recalls(a, b) or _recalls(b, a):
        return True  # "Nach dem Tod von zwölf Kindern darf der Minister …" / "Zwölf Kinder starben": what followed
    if a.counted and b.counted and _counts_apart(a.counted, b.counted):
        return True  # "zwölf Soldaten getötet" / "zwölf Zivilisten getötet"
    if a.targets and b.targets and not a.targets & b.targets:
        return True  # "Raketen trafen ein Krankenhaus" / "Raketen trafen eine Kaserne"
    if _elsewhere(a.towns, b.towns):
        return True  # "Drohnen trafen ein Depot in Sabirsk" / "… in Dorinsk": two incidents
    if _after_its_news(a, b) or _after_its_news(b, a):
        return True  # "beschossen am Sonntag den Hafen" / "beschossen den Hafen", printed on Thursday
    return bool(a.days and b.days and not a.days & b.days)  # "berät am 14. Mai" / "berät am 30. Mai"


def _after_its_news(a: FactSignature, b: FactSignature) -> bool:
    """`a` dates what happened to days more than a day after `b` was published, and `b` names no day: `b`
    was printed before it happened and tells another incident. Only days up to `a`'s own publication tell
    what happened: a plan, a deadline ("bis zum 31. Januar", "ab Montag") may be printed before."""
    if not a.days or b.days or not a.news or not b.news or a.planned or b.planned:
        return False
    own, other = _day(next(iter(a.news))), _day(next(iter(b.news)))
    if own is None or other is None or (own - other).days <= 1:
        return False  # most pairs: printed within a day of each other
    return all((day := _day(d)) is not None and (day - other).days > 1 and day <= own for d in a.days)


def _counts_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Within one group of exclusive classes, each claim counts another class, or one number counts one class in
    one and another in the other ("17 Frauen" / "17 Kinder"); a class of one group says nothing of another's."""
    for group in {_group_of(c) for c in a}:
        in_a = frozenset(c for c in a if _group_of(c) == group)
        in_b = frozenset(c for c in b if _group_of(c) == group)
        if in_a and in_b and (not in_a & in_b or _numbers_count_apart(in_a, in_b)):
            return True
    return False


def _group_of(counted: str) -> str:
    """ "1:frau17" → "1"; "soldat12", of the first group, → ""."""
    return counted.partition(":")[0] if ":" in counted else ""


def _numbers_count_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """One number counts people of one class in one claim and of another in the other ("6 Soldaten" /
    "sechs Zivilisten"), and of none in common."""
    numbered_a, numbered_b = {c for c in a if c[-1:].isdigit()}, {c for c in b if c[-1:].isdigit()}
    if not numbered_a or not numbered_b or numbered_a & numbered_b:
        return False
    return not {_number_of(c) for c in numbered_a}.isdisjoint(_number_of(c) for c in numbered_b)


def _number_of(counted: str) -> str:
    """ "soldat6" → "6": the number of a class counted with its number."""
    return counted[len(counted.rstrip("0123456789")) :]


def _earlier_incident(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> bool:
    """`a` names only days well before its article and `b`'s were published ("am 22. April", read in May:
    background its article recalls), `b` names none and was published within days of `a`: `b` tells the
    news of those days, `a` an earlier incident ("26 Tote" then and "26 Tote" now). A later article may
    recall undated what `a` dates ("die ersten Soldaten sind bereits angekommen"): no rule then."""
    if not a.days or b.days or not a.news or not b.news:
        return False
    window = weights["news_window_days"]
    recalled, news = _day(next(iter(a.news))), _day(next(iter(b.news)))
    if recalled is None or news is None or (news - recalled).days > window:
        return False
    return _long_before(a.days, recalled, window) and _long_before(a.days, news, window)


def tells_the_past(signature: FactSignature, window_days: float) -> bool:
    """Every day the claim names lies more than `window_days` before its article's: background its article recalls
    ("Im März 2019 war … gesunken", read in September 2023)."""
    if not signature.days or not signature.news:
        return False
    news = _day(next(iter(signature.news)))
    return news is not None and _long_before(signature.days, news, window_days)


def _long_before(days: Iterable[str], day: datetime.date, window_days: float) -> bool:
    """Every one of `days` (read as dates) more than `window_days` before `day`."""
    for named in map(_day, days):
        if named is None or (day - named).days <= window_days:
            return False
    return True


def _elsewhere(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name towns of the gazetteer and none is the other or holds its name ("Gaza" and
    "Gaza-Stadt" are one town)."""
    return bool(a and b) and not any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _same_party_held(a: FactSignature, b: FactSignature) -> bool:
    """Both hold the same parties, and only them, to an act of a party-bound family (blame), both one
    side's or both mutual, in one war: the party is the fact, if both articles are set in one place (a claim
    that names no place blames for what its article is about)."""
    if not (a.blames and b.blames) or a.parties != b.parties or a.reciprocal != b.reciprocal:
        return False
    if a.conflict is None or a.conflict != b.conflict:
        return False  # outside a war a party is blamed for countless things: the party alone tells no fact
    return _one_setting(a, b)


def _same_voice(a: FactSignature, b: FactSignature) -> bool:
    """One party's label on an act (a voice-bound family: a fake, a mistake, terror), both in one war, neither
    denying it, both articles set in one place: the party saying it is the fact ("räumte einen Fehler ein" /
    "sprach von einer Verwechslung"), as the party held is a blame's."""
    if not a.voices or a.voices.isdisjoint(b.voices) or _speaking(a.voices) != _speaking(b.voices):
        return False
    if a.negated != b.negated or a.conflict is None or a.conflict != b.conflict:
        return False
    return _one_setting(a, b)


def _speaking(voices: frozenset[str]) -> frozenset[str]:
    return frozenset(v.partition(".")[0] for v in voices)


def _one_setting(a: FactSignature, b: FactSignature) -> bool:
    """Both articles set in one place, or one of them in none (a claim that names no place is about its story)."""
    return not (a.setting and b.setting and not a.setting & b.setting)


def _perpetrator_named(blame: FactSignature, act: FactSignature) -> bool:
    """One claim holds parties to account, the other tells an act of those parties, and only theirs, that
    makes an incident (an attack): "macht Russland für den Beschuss des Depots verantwortlich" and "russische
    Truppen beschossen das Depot" name one perpetrator of one incident, if both articles are set in one place.
    The blame must name what it blames for ("für den Beschuss"), and that must be the act's incident."""
    if not (blame.blames and act.acts) or act.blames or blame.reciprocal or blame.negated or act.negated:
        return False
    if blame.parties != act.parties or not blame.circumstances or not blame.circumstances <= act.acts:
        return False
    return _one_setting(blame, act)


def _same_truce(a: FactSignature, b: FactSignature) -> bool:
    """Both state the ceasefire of one conflict, neither denies it: a conflict has one at a time, so the
    conflict is the anchor ("Waffenruhe vereinbart", "verkündet Waffenstillstand"); "die Waffenruhe wird
    nicht eingehalten" tells another fact, its breach; "gilt für 72 Stunden" a finer one, a count or a day."""
    if not (a.truce and b.truce) or a.negated or b.negated or a.conflict is None or a.conflict != b.conflict:
        return False
    return a.days == b.days and _counted(a) == _counted(b) and a.planned == b.planned


def _anchored(a: FactSignature, b: FactSignature, shared: _Shared, weights: Mapping[str, float]) -> bool:
    """An event, a name or a number in common, a long shared wording, or a restatement (every word of
    the shorter claim in the other one too); and at least `min_shared_terms` anchors."""
    said_alike = (shared.names or _persons_named(a, b)) and (shared.fact_anchor or _say_alike(a, b))
    anchored = shared.event or said_alike or shared.number or shared.speaker or _restated(a, b, weights)
    anchors = shared.words + shared.parties + 2 * shared.fact_anchor + (shared.magnitude and shared.event)
    anchors += shared.speaker + shared.person
    told = shared.person and shared.event  # "X ist tot" / "der Tod von X": whom and what, in other words
    return (
        anchored
        and anchors >= weights["min_shared_terms"]
        and (told or bool(shared.words or shared.number or shared.blamed or shared.voiced))
    )


def _persons_named(a: FactSignature, b: FactSignature) -> bool:
    """Two persons both name as whom the claim tells of ("X habe seinen Gesandten Y gebeten, …"): an anchor as a
    name is, where both say the same of them (`_say_alike`). One person alone is not: a president is told of in a
    hundred claims a day, two of them saying "gewinnen" and "Herausforderung" by chance."""
    return len(a.persons & b.persons) >= _PERSONS_NAMED


_PERSONS_NAMED = 2


def _say_alike(a: FactSignature, b: FactSignature) -> bool:
    """A name, with its title, is whom a claim is about, not what it says: two claims naming one person or place
    state one fact where they say the same of it, two words besides whom they name ("die Fähre X ist ein
    Schiff der Baureihe Y" / "ein Schiff der Baureihe Y, die X"); "Bürgermeisterin X (SPD) kritisierte …" and
    "Bürgermeisterin X (SPD) eröffnete …" share one ("SPD")."""
    return _distinct((a.words & b.words) - _whom(a) - _whom(b)) >= 2


def _whom(signature: FactSignature) -> frozenset[str]:
    return signature.names | signature.titles if signature.titles else signature.names


def _may_be_anchored(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> bool:
    """False only where _anchored is sure to be: no event, name or number in common nor a party blamed (the
    perpetrator and the party held need one), and too few shared words for a restatement or a long shared
    wording. A quick test on the fields alone, before _ruled_in builds what the two share; keep it in step
    with _anchored (tests/test_matching_gates.py compares the two)."""
    if a.events & b.events or a.names & b.names or (a.quantities and b.quantities) or a.blames or b.blames:
        return True
    if _persons_named(a, b) and _say_alike(a, b):
        return True  # "X habe seinen Gesandten Y gebeten, …" told twice
    if _told_as_circumstance(a, b) or _restated_by_the_speaker(a, b):
        return True
    return _restated(a, b, weights)


def _restated(a: FactSignature, b: FactSignature, weights: Mapping[str, float]) -> bool:
    """With no event, name or number in common, a long shared wording or a restatement (every word of the
    shorter claim in the other one too), counting words, not terms: a compound and its head are one word
    ("der Hafenausbau der Landesregierung" is two words shared, not four)."""
    shared = a.words & b.words
    # a day both name ("am Dienstag") and a rough count of one kind ("Tausende Pendler") are words too
    told = bool(a.days & b.days) + bool(a.quantities and b.quantities and _same_magnitude(a, b))
    if len(shared) + told < min(weights["min_claim_words"], weights["unanchored_min_words"]):
        return False  # most pairs: no fewer terms than words
    # who or what it names is not what it says: "Auf dem Foto die Bürgermeisterin Anna Brand." restates nothing
    named = a.names or b.names or a.titles or b.titles
    said_a, said_b = (a.words - _whom(a), b.words - _whom(b)) if named else (a.words, b.words)
    words = _distinct(said_a & said_b) + told
    if words >= weights["unanchored_min_words"]:
        return True
    fewest = min(_distinct(said_a), _distinct(said_b)) + told
    return words >= weights["min_claim_words"] and words == fewest


_SPEAKERS_WORDS = 2  # one person's words shared by two claims that make them one statement


def _restated_by_the_speaker(a: FactSignature, b: FactSignature) -> bool:
    """One person says it in both, and every word of the shorter claim is in the other too: what a person
    says of their own ("X zeigte sich entsetzt", "X schrieb, er sei entsetzt über den Angriff") is one
    statement however few its words, reported by every outlet that quotes them; so is a statement told again in
    part, sharing `_SPEAKERS_WORDS` of its words ("X warf der Reederei vor, …" told with a word left out and others
    added). Its origin is that person in both: such a link adds outlets, never a second origin."""
    if a.speakers.isdisjoint(b.speakers):
        return False  # nearly every pair
    said_a, said_b = a.words - _whom(a), b.words - _whom(b)
    shared = _distinct(said_a & said_b)
    return shared >= _SPEAKERS_WORDS or (shared > 0 and shared == min(_distinct(said_a), _distinct(said_b)))


def _score(
    a: FactSignature, b: FactSignature, shared: _Shared, weights: Mapping[str, float], idf: IdfWeights | None
) -> float:
    def weight(terms: frozenset[str]) -> float:
        return math.fsum(idf[t] for t in terms) if idf is not None else float(len(terms))  # exact: no order

    terms_a, terms_b = a.terms, b.terms
    common, wa, wb = weight(terms_a & terms_b), weight(terms_a), weight(terms_b)
    containment = weights["containment_weight"]  # a short claim inside a long one is still its fact
    score = containment * common / min(wa, wb) + (1 - containment) * 2 * common / (wa + wb)
    if shared.number and _counts_agree_twice(a, b):
        score += weights["second_number_bonus"]  # two counts together rarely recur by chance, event told or not
    if shared.fact_anchor:
        score += weights["shared_number_bonus"]
    elif shared.place and shared.event:
        score += weights["place_taken_bonus"]  # a town is taken once: the town and the act are the fact's referents
    elif shared.magnitude and shared.event:
        score += weights["shared_magnitude_bonus"]
    elif _counted(a) != _counted(b):
        score *= weights["one_sided_number_factor"]  # "39 Tote" is a finer fact than "Tote"
    if a.events != b.events and not (shared.event and not a.events & b.events):
        score *= weights["event_missing_factor"]  # one claim tells more, or less, of what happened
    if a.planned != b.planned:
        score *= weights["plan_mismatch_factor"]  # "sollen … eingesetzt werden" / "setzt ein"
    if a.undenied != b.undenied and not shared.voiced:  # a label one party gives is its statement, however told
        score *= weights["reaction_mismatch_factor"]  # "X did not deny Y" tells X's reaction
    if shared.event:
        score += weights["event_match_bonus"]
    if shared.day:
        score += weights["shared_day_bonus"]  # "am Donnerstag" in both: one day
    if shared.speaker:
        score += weights["shared_speaker_bonus"]  # one person's own words
    return min(score, 1.0)


def retrieval_terms(terms: Iterable[str], frequencies: Mapping[str, int], count: int) -> list[str]:
    """The `count` rarest terms the store knows, rarest first; ties in the order of the terms, so that
    the choice does not follow the hash seed's order of a set (two runs, two different links)."""
    known = sorted(t for t in terms if frequencies.get(t, 0) > 0)
    known.sort(key=frequencies.__getitem__)  # stable: ties stay in the terms' order (no key tuple per term)
    return known[:count]


def within_window(day: str | None, other: str | None, window_days: float) -> bool:
    """Whether two articles' publication days ("2025-03-01…") lie within the linking window; a day
    that is missing or unreadable rules nothing out."""
    if not day or not other:
        return True
    try:
        apart = datetime.date.fromisoformat(day[:10]) - datetime.date.fromisoformat(other[:10])
    except ValueError:
        return True
    return abs(apart.days) <= window_days


def same_fact(a: FactSignature, b: FactSignature, weights: Mapping[str, float], idf: IdfWeights | None = None) -> bool:
    return similarity(a, b, weights, idf) >= weights["same_fact_threshold"]


def shared_anchors(a: FactSignature, b: FactSignature, language: str = DEFAULT_LANGUAGE, text: str = "") -> list[str]:
    """What two matched claims have in common, in words a journalist can check: "the number 39",
    "killing", "Sabirsk". The explanation of a corroboration names these (in `language`, the
    sentences of seeds/explanations.json); a shared name as `text`, the first claim's, writes it."""
    words = phrasebook(language)
    found = [words.say("anchor_number", number=_number_text(x[0])) for x in a.quantities if x in b.quantities]
    found += [words.say("anchor_event", event=words.event(event)) for event in sorted(a.events & b.events)]
    found += [_written_name(name, text) for name in sorted(a.names & b.names)]
    found += [words.say("anchor_party", party=party) for party in sorted(a.parties & b.parties)]
    found += [words.say("anchor_day", day=f"{d[:4]}-{d[4:6]}-{d[6:]}") for d in sorted(a.days & b.days)]
    for voice in sorted(a.voices & b.voices) if _same_voice(a, b) else ():
        party, _, label = voice.partition(".")
        found.append(words.say("anchor_voice", party=party, event=words.event(label.lower())))
    speakers = sorted(a.speakers & b.speakers)
    found += [words.say("anchor_speaker", speaker=_written_name(s, text, _speaker_key)) for s in speakers]
    return found


def _written_name(term: str, text: str, term_of: Callable[[str], str] = _place_term) -> str:
    """How the text writes the name whose term this is ("Khalil" for "chalil", "Netanyahu" for a speaker
    "netanjahu"); its term, capitalised, where the text has no word of it."""
    return next((word for word in _TOKEN.findall(text) if term_of(word) == term), term.capitalize())


def share_a_referent(a: FactSignature, b: FactSignature) -> bool:
    """Whether two claims share something that points at one thing in the world: the same precise
    count, a name, a party, a day, a town, or their conflict's ceasefire. Words and what happened
    ("Der Fährverkehr ruht", "hohe Schäden") are told of many incidents alike."""
    return bool(
        a.names & b.names
        or a.parties & b.parties
        or a.days & b.days
        or a.towns & b.towns
        or (a.truce and b.truce)
        or not a.speakers.isdisjoint(b.speakers)
        or _same_voice(a, b)
        or any(q in b.quantities for q in a.quantities if _precise(q[0], q[1]))
    )


def _number_text(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".") if value == int(value) else f"{value:g}"
