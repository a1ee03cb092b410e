"""What happened in a claim: event types of a general conflict-event ontology (seeds/events.json)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scoring.knowledge import after_letter_words, once_per_lexicon, word_flag, word_flags
from scoring.lemmas import ADJECTIVE_ENDINGS, compound_head, lemma

_CLAUSE_MARK = re.compile(r"[,;:]")


@dataclass(frozen=True)
class EventRules:
    family_of_word: Mapping[str, str]  # a word or lemma in lower case -> its event family
    incident_of_family: Mapping[str, str]  # families that, as circumstances, name one incident
    phrases: tuple[tuple[str, str], ...]  # (lower-case words, family)
    collocations: tuple[tuple[str, frozenset[str], str], ...]  # (a noun, the verb lemmas with it, family)
    circumstance: frozenset[str]  # prepositions that make an event noun a circumstance
    circumstance_clause: re.Pattern[str]  # ", als Granaten einschlugen": a clause that tells when, not what
    compound_min_length: int
    separable_particles: frozenset[str]  # "an" in "griffen … an"
    clause_coordinators: frozenset[str]  # "und", "aber": a clause ends before them
    perfect_auxiliaries: frozenset[str]  # "getötet zu haben": a past act, not a purpose
    reciprocal: frozenset[str]  # "gegenseitig": both sides do it to each other
    party_bound: frozenset[str]  # families whose fact is the party held to them (blame)
    conflict_bound: frozenset[str] = frozenset()  # words of types a conflict has one of at a time (ceasefire)
    perpetrated: frozenset[str] = frozenset()  # families of acts someone commits (an attack): what a blame names
    # "die Vereinbarung": a definite noun of a conflict-bound type's family, unless specified as another
    definite_reference: re.Pattern[str] = re.compile(r"(?!)")
    conflict_bound_families: frozenset[str] = frozenset()
    agentive: frozenset[str] = frozenset()  # families of acts someone does: who does it is part of the fact
    # `circumstance_clause`'s alternatives apart: after a comma, and opening the sentence
    comma_clause: re.Pattern[str] = re.compile(r"(?!)")
    opening_clause: re.Pattern[str] = re.compile(r"(?!)")
    passive: tuple[tuple[str, str], ...] = ()  # (a participle naming an event in the passive only, its family)
    passive_auxiliaries: frozenset[str] = frozenset()  # "wurde", "worden": the passive's auxiliary
    light_nouns: tuple[str, ...] = ()  # "Entscheidung": the participle with it is a light verb's ("getroffen")
    # "Die Fähre, die zwei Fischer getötet hatte, wurde getroffen": the clause says which ferry (its group 1)
    subject_clause: re.Pattern[str] = re.compile(r"(?!)")
    # "der vom Iran unterstützten Miliz": a descriptive family's participle with its agent says which thing
    descriptive: frozenset[str] = frozenset()
    attributive_agents: frozenset[str] = frozenset()
    standing_states: frozenset[str] = frozenset()  # "im besetzten Gebiet": ground held long, no capture told
    # "Kontrollen", "Grenzkontrolle": forms and compound heads that are checks, not "die Kontrolle über X"
    other_forms: frozenset[str] = frozenset()
    other_heads: frozenset[str] = frozenset()
    befalls: frozenset[str] = frozenset()  # families of what befalls a person (killed, freed): whom it tells of
    given: frozenset[str] = frozenset()  # prepositions that recall an incident as given: "nach", "seit", "infolge"
    # "ist", "waren": a finite verb closing the phrase a given preposition opens ("sein" is the possessive's lemma too)
    closing_copulas: frozenset[str] = frozenset()
    responses: frozenset[str] = frozenset()  # "Antwort", "Vergeltung": the act after them ("auf", "für") is answered
    response_prepositions: frozenset[str] = frozenset()
    voice_bound: frozenset[str] = frozenset()  # families whose fact is the party saying it (a label: "Terrorakt")
    declared: frozenset[str] = frozenset()  # families of acts known by the actor's own word (a call, sanctions)
    breaches: frozenset[str] = frozenset()  # "Verletzung" before a genitive: a rule breached, no one hurt
    breach_genitives: frozenset[str] = frozenset()
    # the breach of an agreement ("Bruch der Waffenruhe", "hat die Waffenruhe verletzt"): its nouns, the prepositions
    # after them, its verbs, the articles of a verb's object, the family breached and the breach's own family
    breach_nouns: frozenset[str] = frozenset()
    breach_prepositions: frozenset[str] = frozenset()
    breach_verbs: frozenset[str] = frozenset()
    breach_objects: frozenset[str] = frozenset()
    breached: str = ""
    breach_family: str = ""
    possessives: frozenset[str] = frozenset()  # "seinen Tod": what befalls the person named before
    leaders: frozenset[str] = frozenset()  # "den Tod ihres Kommandeurs": a title after them names that person
    # "hatte", "waren": with a participle, the past before the past ("Dabei waren sieben Menschen getötet worden")
    past_perfect: frozenset[str] = frozenset()
    dated: frozenset[str] = frozenset()  # families that are one fact only on one day: a body's meeting
    place_bound: frozenset[str] = frozenset()  # families a town has one of at a time: its capture, a withdrawal from it


@dataclass(frozen=True)
class Events:
    """The event families a claim states (`main`) and the incidents it names as a circumstance
    ("bei dem Angriff", "nach der Explosion": both a strike)."""

    main: frozenset[str]
    circumstances: frozenset[str]
    recalled: bool = False  # no event of its own, only incidents it recalls as given ("Nach dem Tod von …")


@once_per_lexicon
def event_rules(data: Mapping[str, Any]) -> EventRules:
    """Validated once: every type has a family, words are lower case, phrases name a known type."""
    family_of_type = {e["type"]: e["family"] for e in data["events"]}
    words: dict[str, str] = {}
    ambiguous = set(data["ambiguous_forms"]["words"])
    for entry in data["events"]:
        for word in entry["words"]:
            words[word.lower()] = entry["family"]
            words.setdefault(word.lower().replace("ß", "ss"), entry["family"])  # Swiss spelling, and lemmas
            # A participle's verb ("getötet" → "töten") too, but not a noun read as a verb: the
            # lower-case "flucht" would lemmatise to "fluchen", "brand" to "branden".
            if not lemma(word.capitalize())[:1].isupper() and lemma(word).lower() not in ambiguous:
                words.setdefault(lemma(word).lower(), entry["family"])
    phrases = tuple((p["text"].lower(), family_of_type[p["type"]]) for p in data["phrases"] if "text" in p)
    collocations = tuple(
        (noun.lower(), frozenset(p["verbs"]), family_of_type[p["type"]])
        for p in data["phrases"]
        for noun in p.get("nouns", [p["noun"]] if "noun" in p else [])
    )
    incidents = {e["family"]: e.get("incident", e["family"]) for e in data["events"]}
    return EventRules(
        words,
        incidents,
        phrases,
        collocations,
        frozenset(data["circumstance_prepositions"]),
        _circumstance_clause(data["circumstance_clauses"]["words"], data["circumstance_clauses"]["opening"]),
        int(data["compound_min_length"]),
        frozenset(data["separable_particles"]["words"]),
        frozenset(data["clause_coordinators"]["words"]),
        frozenset(data["perfect_auxiliaries"]["words"]),
        frozenset(data["reciprocal"]["words"]),
        _families_marked(data, "party_bound"),
        frozenset(word.lower() for e in data["events"] if e.get("conflict_bound") for word in e["words"]),
        _families_marked(data, "perpetrated"),
        _definite_reference(data["definite_reference"]),
        _families_marked(data, "conflict_bound"),
        _families_marked(data, "agentive"),
        re.compile(_after_a_comma(data["circumstance_clauses"]["words"])),
        re.compile(_opening(data["circumstance_clauses"]["opening"])),
        tuple((word, family_of_type[kind]) for word, kind in data["passive_participles"]["participles"].items()),
        frozenset(data["passive_participles"]["auxiliaries"]),
        tuple(data["passive_participles"]["light_nouns"]),
        re.compile(data["subject_relative_clause"]["pattern"]),
        descriptive=_families_marked(data, "descriptive"),
        attributive_agents=frozenset(data["attributive_agents"]["words"]),
        standing_states=frozenset(data["standing_states"]["words"]),
        other_forms=frozenset(data["other_readings"]["forms"]),
        other_heads=frozenset(data["other_readings"]["heads"]),
        befalls=_families_marked(data, "befalls"),
        given=frozenset(data["given_prepositions"]["words"]),
        closing_copulas=frozenset(data["given_prepositions"]["closing_copulas"]),
        responses=frozenset(data["responses"]["nouns"]),
        response_prepositions=frozenset(data["responses"]["prepositions"]),
        voice_bound=_families_marked(data, "voice_bound"),
        declared=_families_marked(data, "declared"),
        breaches=frozenset(data["breaches"]["words"]),
        breach_genitives=frozenset(data["breaches"]["genitives"]),
        breach_nouns=frozenset(data["breaches"]["nouns"]),
        breach_prepositions=frozenset(data["breaches"]["prepositions"]),
        breach_verbs=frozenset(data["breaches"]["verbs"]),
        breach_objects=frozenset(data["breaches"]["objects"]),
        breached=data["breaches"]["breached"],
        breach_family=data["breaches"]["family"],
        possessives=frozenset(data["possessives"]["words"]),
        leaders=frozenset(data["possessives"]["leaders"]),
        past_perfect=frozenset(data["past_perfect"]["auxiliaries"]),
        dated=_families_marked(data, "dated"),
        place_bound=_families_marked(data, "place_bound"),
    )


def _families_marked(data: Mapping[str, Any], mark: str) -> frozenset[str]:
    """The families of the types marked `mark` ("party_bound": blame)."""
    return frozenset(e["family"] for e in data["events"] if e.get(mark))


def _definite_reference(data: Mapping[str, Any]) -> re.Pattern[str]:
    """A definite determiner and its noun ("die Vereinbarung"), not followed by what makes it another
    ("die Vereinbarung über den Austausch")."""
    determiners, specifying = "|".join(data["determiners"]), "|".join(data["specifying"])
    return re.compile(rf"\b(?i:{determiners})\s+([A-ZÄÖÜ][\w-]+)(?!\s+(?:{specifying})\b)")


def _circumstance_clause(words: Sequence[str], opening: Sequence[str]) -> re.Pattern[str]:
    """A clause opened by one of `words` after a comma, up to the next mark; or by one of `opening`
    at the sentence's start, up to its first comma."""
    return re.compile(f"(?:{_after_a_comma(words)}|{_opening(opening)})")


def _after_a_comma(words: Sequence[str]) -> str:
    return rf",\s*(?:{'|'.join(words)})\b[^,;:.!?–]*"


def _opening(opening: Sequence[str]) -> str:
    return rf"^(?i:{'|'.join(opening)})\b[^,;:.!?–]*,"


def circumstance_clauses(text: str, rules: EventRules) -> list[tuple[int, int]]:
    """Where the sentence tells when something happened in a clause of its own: ", als Granaten einschlugen".
    The spans `circumstance_clause` finds, its two alternatives searched apart: the one opening the
    sentence tried at its start only, the one after a comma scanned for its comma (the engine tried the
    two at every place, neither leading with a character it scans for)."""
    opening = rules.opening_clause.match(text)
    after = [m.span() for m in rules.comma_clause.finditer(text, opening.end() if opening else 0)]
    return [opening.span(), *after] if opening else after


_OPENING_WORD = re.compile(r"\s*([\w-]+)")
_PHRASE_WORD = re.compile(r"[\w-]+|[,;:.!?\"„“”«»()–]")
_PHRASE_WORDS = 14  # a phrase opening the sentence is not longer than this before its verb


def given_opening(text: str, rules: EventRules, is_verb: Callable[[str], bool]) -> list[tuple[int, int]]:
    """ "Nach dem Tod von zwölf Kindern auf den Golanhöhen dürfen …": a phrase opening the sentence with a
    preposition that recalls an incident as given (`given_prepositions`), up to the finite verb right after
    it; what it names is given, as what a clause telling when names is. None where no verb follows it
    within the phrase's words, before any punctuation."""
    first = _OPENING_WORD.match(text)
    if first is None or not first.group(1)[:1].isupper() or first.group(1).lower() not in rules.given:
        return []
    for count, word in enumerate(_PHRASE_WORD.finditer(text, first.end())):
        found = word.group()
        if count >= _PHRASE_WORDS or not (found[:1].isalnum() or found[:1] == "-"):
            return []
        if found[:1].islower() and (found in rules.closing_copulas or is_verb(found)):
            return [(first.start(1), word.start())]
    return []


def subject_clause(text: str, rules: EventRules) -> list[tuple[int, int]]:
    """Where a relative clause after the sentence's opening noun phrase says which thing is meant ("Die Fähre,
    die zwei Fischer getötet hatte, wurde getroffen"): given, not stated, as a clause telling when is."""
    found = rules.subject_clause.match(text)
    return [found.span(1)] if found else []


def events_of(data: Mapping[str, Any]) -> EventRules:
    """The event rules of a whole lexicon (seeds/events.json)."""
    return event_rules(data["events"])


def event_family(token: str, rules: EventRules) -> str | None:
    """The event family a word names: as written, as its lemma, or by its compound head. A noun whose
    lower-case form is a verb is read by its lemma: "Schulen" are schools ("Schule"), not "schulen" (train)."""
    low = token.lower()
    if low in rules.other_forms:
        return None  # "Kontrollen": checks, though "Kontrolle" may be taking ground
    base = lemma(token)
    # a known noun whose lower-case form is a verb's ("Schulen" / "schulen"): the noun it is
    verb_homograph = token[:1].isupper() and base[:1].isupper() and base != token and lemma(low) == low
    found = (None if verb_homograph else rules.family_of_word.get(low)) or rules.family_of_word.get(base.lower())
    if found is None and token[:1].isupper():
        found = _of_a_nominalised_participle(low, rules) or _of_a_compound_participle(low, rules)
    if found is None and len(low) > rules.compound_min_length:
        head = compound_head(token, rules.compound_min_length)
        found = rules.family_of_word.get(head) if head and head not in rules.other_heads else None
    return found


def _of_a_nominalised_participle(low: str, rules: EventRules) -> str | None:
    """ "die Getöteten", "zwei Festgenommene": a participle made a noun names its participle's event, whatever
    the lemmatiser gives for the noun ("Getötete")."""
    for ending in _NOUN_ENDINGS:
        stem = low[: -len(ending)] if low.endswith(ending) else ""
        if stem.endswith(("t", "en")) and stem in rules.family_of_word:
            return rules.family_of_word[stem]
    return None


_NOUN_ENDINGS = ("en", "er", "em", "e")  # a nominalised participle's endings


_SUFFIX_WITH_A_NOUN = "schaft"  # a derivational suffix ending in a noun of the events ("Haft")


def _of_a_compound_participle(low: str, rules: EventRules) -> str | None:
    """ "acht Leichtverletzte", "zwei Schwerverletzte": a nominalised participle after a word of at least four
    letters, written as one word, names its participle's event (the lemmatiser knows neither the compound nor, as a
    noun, its head)."""
    for start in range(4, len(low) - 5):
        if low.startswith(_SUFFIX_WITH_A_NOUN, start - 2):
            continue  # "Botschaften", "Wissenschaften": the suffix "-schaft", no "Haft" in it
        found = _of_a_nominalised_participle(low[start:], rules)
        if found is not None:
            return found
    return None


def acts_of(families: Iterable[str], rules: EventRules) -> frozenset[str]:
    """The incidents of the acts someone commits among these families ("strike" for an attack): what a
    blame may name its perpetrator for ("für den Beschuss verantwortlich")."""
    if not families:
        return _NO_ACTS  # most claims: no event, no generator made
    return frozenset(rules.incident_of_family.get(family, family) for family in families if family in rules.perpetrated)


_NO_ACTS: frozenset[str] = frozenset()


def names_the_truce(text: str, main: frozenset[str], rules: EventRules) -> bool:
    """Whether a claim names its article's ceasefire by a definite noun of its family ("Die Miliz
    bestätigte am Abend die Vereinbarung" after "Waffenruhe am Hafen verkündet"): the family is among
    its main events and a definite noun of it stands in the text. The caller knows whether the article
    stated a ceasefire."""
    families = main & rules.conflict_bound_families
    return bool(families) and any(
        event_family(m.group(1), rules) in families for m in rules.definite_reference.finditer(text)
    )


def _blamed_for(tokens: Sequence[str], i: int, families: Sequence[str | None], rules: EventRules) -> bool:
    """ "die Schuld am Brand im Hafen": the noun a blame's "an" governs is what it blames for, a circumstance."""
    start = max(0, i - 3)
    return any(t.lower() in ("an", "am") for t in tokens[start:i]) and any(
        f in rules.party_bound for f in families[max(0, start - 2) : i]
    )


def _in_a_phrase(
    tokens: Sequence[str], i: int, families: Sequence[str | None], rules: EventRules, text: str, gaps: list[str]
) -> bool:
    """The noun `i` is governed by "bei", "nach" … of its own clause (up to two words between: "bei dem
    schweren Angriff"), or is what a blame is for. `gaps`: the text after each word, filled on first need."""
    if not tokens[i][:1].isupper() or i == 0:
        return False
    start = max(0, i - 3)
    before = {t.lower() for t in tokens[start:i]}
    if before & rules.circumstance:
        if not gaps:
            gaps.extend(after_letter_words(text))
        before = {t.lower() for t in tokens[_clause_opening(gaps, start, i) : i]}
    return bool(before & rules.circumstance) or _blamed_for(tokens, i, families, rules)


def _describes_a_noun(tokens: Sequence[str], i: int, family: str, rules: EventRules) -> bool:
    """ "der vom Iran unterstützten Miliz": a participle of a descriptive family, inflected before a noun with
    its agent before it, says which thing is meant; "Die USA unterstützten Kiew" is an act. A participle of
    ground held ("im besetzten Gebiet") says where, with or without its agent."""
    if i + 1 >= len(tokens) or not tokens[i + 1][:1].isupper():
        return False
    token = tokens[i]
    if not token[:1].islower() or not token.endswith(ADJECTIVE_ENDINGS):
        return False
    if token.lower().rstrip("emnrs") in rules.standing_states:
        return True
    if family not in rules.descriptive:
        return False
    return any(t.lower() in rules.attributive_agents for t in tokens[max(0, i - 3) : i])


def _clause_opening(gaps: Sequence[str], start: int, i: int) -> int:
    """Where the words before word `i` (from `start`) in its own clause begin: a preposition governs a noun
    of its clause only; "hielt der Miliz vor, die Sprengung …" ends with a verb's particle, not "vor" the
    preposition. `gaps`: the text after each word (unread, where it does not match the words)."""
    if len(gaps) <= i:
        return start
    for j in range(i - 1, start - 1, -1):
        if _CLAUSE_MARK.search(gaps[j]):
            return j + 1
    return start


def _next(tokens: Sequence[str], i: int) -> str:
    return tokens[i + 1].lower() if i + 1 < len(tokens) else ""


def _phrase_families(
    tokens: Sequence[str], low: str, rules: EventRules, lowered: Collection[str] | None = None
) -> set[str]:
    """Families named by several words: a fixed phrase ("ums leben" in the lower-case text), or a noun
    and its verb in any order and inflection ("eröffneten Bewaffnete das Feuer"). `lowered`: the tokens in
    lower case, where the caller has them."""
    found: set[str] = set()
    if lowered is not None:
        lower = lowered
    else:
        lower = set(map(str.lower, tokens)) if rules.collocations else set()
    nouns, endings = _collocation_nouns(rules), collocation_endings(rules)
    if nouns.isdisjoint(lower) and any(w.endswith(endings) for w in lower):  # "Lenkraketen": the noun's compound
        lower = _compounds_of(tokens, nouns, rules)
    named = (
        [(verbs, family) for noun, verbs, family in rules.collocations if noun in lower]
        if not nouns.isdisjoint(lower)  # most claims hold none: no pass over them all
        else []
    )
    if named:  # the verbs' lemmas only where a collocation's noun stands
        lemmas = {lemma(t).lower() for t in tokens if t[:1].islower()}
        found.update(family for verbs, family in named if not verbs.isdisjoint(lemmas))
    if low:
        found.update(family for phrase, family in rules.phrases if phrase in low)
    return found


def _passive_families(tokens: Sequence[str], rules: EventRules) -> set[str]:
    """Families a participle names in the passive only ("das Depot wurde getroffen": a hit; "traf den
    Minister": a meeting), unless a light verb's noun is what it tells of ("die Entscheidung wurde getroffen")."""
    # "Getroffen wurde das Depot": the participle may open the sentence, in capitals
    found = {family for participle, family in rules.passive if participle in tokens or participle.title() in tokens[:1]}
    if not found:
        return found  # most claims
    if rules.passive_auxiliaries.isdisjoint(t.lower() for t in tokens):
        return set()
    if any(lemma(t).lower().endswith(rules.light_nouns) for t in tokens if t[:1].isupper()):
        return set()
    return found


@once_per_lexicon
def _phrase_words(rules: EventRules) -> int:
    """The bit of `word_flags` set for a word whose lower case holds the longest word of a fixed phrase
    ("kommentar" of "kein kommentar"): a text none of whose words holds one holds no phrase in lower case
    (the lower case of a character that is no letter or digit holds none, and only "Σ" lowers by its
    context). -1 where a phrase's longest word is not all letters or holds a sigma: not told so."""
    if not all(phrase.split() for phrase, _ in rules.phrases):
        return -1
    keys = tuple(dict.fromkeys(max(phrase.split(), key=len) for phrase, _ in rules.phrases))
    if not all(key.isalpha() and not _SIGMAS.intersection(key) for key in keys):
        return -1
    return word_flag(lambda word: any(key in word.lower() for key in keys))


_SIGMAS = frozenset("Σσς")


def _compounds_of(tokens: Sequence[str], nouns: frozenset[str], rules: EventRules) -> set[str]:
    """The collocations' nouns that nouns of the claim are compounds of ("Lenkraketen" → "rakete")."""
    least, endings = rules.compound_min_length, collocation_endings(rules)
    found = set()
    for token in tokens:
        if token[:1].isupper() and len(token) > least + 2 and token.lower().endswith(endings):
            head = _known_head(compound_head(token, least), nouns, least)
            if head is not None:
                found.add(head)
    return found


def _known_head(head: str | None, nouns: frozenset[str], least: int) -> str | None:
    """The compound's head among `nouns`, or its own head's: "Flugabwehrrakete" ends with "abwehrrakete", which
    ends with "rakete"."""
    while head is not None and head not in nouns and len(head) > least + 2:
        shorter = compound_head(head.capitalize(), least)
        head = shorter if shorter != head else None
    return head if head in nouns else None


@once_per_lexicon
def collocation_endings(rules: EventRules) -> tuple[str, ...]:
    """What a collocation's noun, or a compound of it, ends with in lower case."""
    return tuple(sorted(_collocation_nouns(rules)))


@once_per_lexicon
def _collocation_nouns(rules: EventRules) -> frozenset[str]:
    return frozenset(noun for noun, _, _ in rules.collocations)


def find_events(
    tokens: Sequence[str],
    text: str,
    rules: EventRules,
    families: Sequence[str | None] | None = None,
    aside: Sequence[bool] = (),
    lowered: Collection[str] | None = None,
) -> Events:
    """Event families of the words (`families`, one a token, when the caller has looked them up
    already); a noun right after "bei", "durch", "nach" … (up to two words between: "bei dem schweren
    Angriff") is the circumstance of another event, not the event itself; so is every event of a token
    `aside` marks (a clause telling when: `circumstance_clauses`); `lowered`: the tokens in lower case,
    where the caller has them."""
    main: set[str] = set()
    circumstances: set[str] = set()
    told = False  # a circumstance named otherwise than as given: a purpose ("zu schicken"), what a blame is for
    if families is None:
        families = [event_family(token, rules) for token in tokens]
    named = [] if families.count(None) == len(families) else [(i, f) for i, f in enumerate(families) if f is not None]
    gaps: list[str] = []  # the text after each word, read where a preposition may govern a noun
    breached = _breached(tokens, families, rules)
    main.update(_breach_told(breached, rules))  # "Bruch der Waffenruhe": the breach happened, not the truce
    for i, family in named:  # most words name no event
        if _told_by_the_breach(i, family, breached, rules, circumstances) or _breach(tokens, i, rules):
            continue  # "Verletzung der Souveränität": no one hurt
        if _answered(tokens, i, rules):  # what an answer answers is given
            circumstances.add(rules.incident_of_family.get(family, family))
            continue
        circumstance = _as_circumstance(tokens, i, family, rules, text, gaps, families, aside)
        if circumstance is None:
            main.add(family)
        else:
            circumstances.add(rules.incident_of_family.get(family, family))
            told = told or not circumstance
    phrase_words = _phrase_words(rules)
    held = phrase_words < 0 or word_flags(text) & phrase_words  # most claims: no word of a fixed phrase
    low = text.lower() if held else ""
    main |= _phrase_families(tokens, low, rules, lowered)
    if not main:  # a hit told only by the passive: what the claim tells where it names no other event
        main |= _passive_families(tokens, rules)
    main_incidents = {rules.incident_of_family.get(f, f) for f in main}
    recalled = not main and bool(circumstances) and not told
    return Events(frozenset(main), frozenset(circumstances - main_incidents), recalled)


def befalls_someone_named_before(tokens: Sequence[str], rules: EventRules, is_title: Callable[[str], bool]) -> bool:
    """A possessive before what befalls a person ("seinen Tod", "seine Festnahme"), or a title with one after it
    ("den Tod ihres Kommandeurs"): the person is named before."""
    for i, token in enumerate(tokens[:-1]):
        low = token.lower()
        if low in rules.possessives and event_family(tokens[i + 1], rules) in rules.befalls:
            return True
        if low in rules.leaders and i > 0 and is_title(tokens[i + 1]):
            if event_family(tokens[i - 1], rules) in rules.befalls:
                return True
    return False


_NOTHING_BREACHED: dict[int, bool] = {}


def _told_by_the_breach(
    i: int, family: str, breached: dict[int, bool], rules: EventRules, circumstances: set[str]
) -> bool:
    """In a sentence telling a breach, the agreement is what was breached, wherever it names it (a circumstance), and
    the breaching word ("Bruch", "verletzt") names no damage, no one hurt."""
    if not breached:
        return False  # nearly every sentence
    if family == rules.breached:
        circumstances.add(rules.incident_of_family.get(family, family))
        return True
    return i in breached


_VERB_REACH = 5  # how far before a breaching verb its object may stand: "hat die Waffenruhe in der Nacht verletzt"


def _breach_told(breached: dict[int, bool], rules: EventRules) -> tuple[str, ...]:
    return (rules.breach_family,) if breached else ()


def _breached(tokens: Sequence[str], families: Sequence[str | None], rules: EventRules) -> dict[int, bool]:
    """The words telling the breach of an agreement, each with whether it names the agreement breached (True) or
    the breach (False): a breach noun with a genitive or "gegen" up to three words before the agreement ("Bruch der
    Waffenruhe", "Verstöße gegen die Vereinbarung"), or a breach verb with the agreement as its object, an article
    before it, up to `_VERB_REACH` words before ("die Waffenruhe … verletzt") or two after ("verletzt vereinbarte
    Waffenruhe"). "Nach Beginn der Waffenruhe wurden zwei verletzt": a genitive is no verb's object."""
    if rules.breached not in families:
        return _NOTHING_BREACHED  # nearly every sentence: no agreement named
    found: dict[int, bool] = {}
    lowered = [token.lower() for token in tokens]
    linking = rules.breach_genitives | rules.breach_prepositions  # "Bruch der …", "Verstöße gegen …"
    for at, family in enumerate(families):
        if family != rules.breached or not tokens[at][:1].isupper():
            continue  # "vereinbarte" before its noun names the agreement, not what is breached
        for i in range(max(0, at - 3), at):
            if lowered[i] in rules.breach_nouns and lowered[i + 1] in linking:
                found[i], found[at] = False, True
        if at and lowered[at - 1] in rules.breach_objects or at > 1 and lowered[at - 2] in rules.breach_objects:
            for i in range(at + 1, min(len(tokens), at + _VERB_REACH + 1)):
                if lowered[i] in rules.breach_verbs:
                    found[i], found[at] = False, True
        for i in range(max(0, at - 2), at):
            if lowered[i] in rules.breach_verbs:
                found[i] = False
                found.update((j, True) for j in range(i + 1, at + 1) if families[j] == rules.breached)
    return found


def _breach(tokens: Sequence[str], i: int, rules: EventRules) -> bool:
    """The noun `i` names the breach of a rule: "Verletzung" before a genitive ("der Souveränität")."""
    if i + 1 >= len(tokens) or tokens[i].lower() not in rules.breaches:
        return False
    return tokens[i + 1].lower() in rules.breach_genitives


def _answered(tokens: Sequence[str], i: int, rules: EventRules) -> bool:
    """The noun `i` is what a response answers: "die Antwort auf den Angriff", "Vergeltung für die israelischen
    Angriffe" (up to two words between the preposition and the noun)."""
    if not tokens[i][:1].isupper() or i < 2:
        return False
    for at in range(max(1, i - 3), i):
        if tokens[at].lower() in rules.response_prepositions:
            return _a_response(tokens[at - 1], rules)
    return False


def _a_response(token: str, rules: EventRules) -> bool:
    low = token.lower()
    return low in rules.responses or any(low.endswith(response) for response in rules.responses if len(response) > 6)


def _as_circumstance(
    tokens: Sequence[str],
    i: int,
    family: str,
    rules: EventRules,
    text: str,
    gaps: list[str],
    families: Sequence[str | None],
    aside: Sequence[bool],
) -> bool | None:
    """None where word `i` tells the claim's own event; else whether it names a circumstance recalled as given
    (a clause telling when, "nach dem Tod") rather than a purpose or what a blame is for."""
    token = tokens[i]
    noun_in_phrase = _in_a_phrase(tokens, i, families, rules, text, gaps)
    # "darauf, evakuiert zu werden", "um zu fliehen": a purpose or a wish, not what happened; but
    # "vorgeworfen, Zivilisten angegriffen zu haben" (a perfect infinitive) tells a past act.
    infinitive = token[:1].islower() and "zu" in (tokens[i - 1].lower() if i else "", _next(tokens, i))
    infinitive = infinitive and not (_next(tokens, i) == "zu" and _next(tokens, i + 1) in rules.perfect_auxiliaries)
    in_a_clause = bool(aside) and aside[i]
    if not (noun_in_phrase or infinitive or in_a_clause or _describes_a_noun(tokens, i, family, rules)):
        return None
    return in_a_clause or (noun_in_phrase and _given(tokens, i, rules))


def _given(tokens: Sequence[str], i: int, rules: EventRules) -> bool:
    """The noun `i` follows a preposition that recalls it as given ("nach dem Tod", "seit dem Angriff")."""
    return any(t.lower() in rules.given for t in tokens[max(0, i - 3) : i])
