"""The language data as typed rules: assembled from one file per concern, validated once at load.

A lexicon file (`seeds/lexicon/*.json`) holds an `about` line and sections. An entry is a plain
word, or an object that carries the entry with its example and expectation:

    {"word": "sagte", "example": "Die Sprecherin sagte, die Fähre fahre wieder.", "expect": "speech"}
    {"pattern": "\\bdementi\\w*", "example": "…", "expect": "deny"}       (a regular expression)
    {"value": 0.65, "why": "…"}                                           (a threshold or weight)
    {"word": "meldete", "also": ["relay_verbs"], "example": "…"}          (a word of two lists)

An entry's `also` names other lists of its section that get the word too: a speech verb that also
opens a relay ("wie … berichtete") is written once, in the one speech-verb list.

`assemble` strips the annotations (example, expect, why, note) and joins the files into the
mapping the analysis modules read (`seeds.lexicon()`); `Lexicon.load` turns that mapping into frozen
dataclasses with typed fields and fails loudly, naming the entry, on anything malformed: a key
nobody reads, a missing key, a word that is not a word, a pattern that does not compile, a hedge
cue of a kind nobody declared.
"""

from __future__ import annotations

import dataclasses
import re
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, NewType, TypeVar, Union, get_args, get_origin, get_type_hints

Word = NewType("Word", str)  # a word or a fixed phrase: letters, spaces, hyphens, full stops
Regex = NewType("Regex", str)  # a regular expression: the escape hatch where a word list cannot say it

ANNOTATIONS = frozenset({"example", "expect", "context", "why", "note"})  # for people and tests only
ALSO = "also"  # an entry's other lists in its section: {"word": "meldete", "also": ["relay_verbs"]}
ENTRY_KEYS = ("word", "pattern", "value")  # an object with exactly one of these is that entry
_WORD = re.compile(r"[^\W\d_](?:[\w .'’-]*[\w.])?")


class LexiconError(ValueError):
    """A malformed lexicon entry; the message names the file and the entry."""


# --- assembling the files into one mapping ---------------------------------------------------------


def unwrap(node: Any, where: str) -> Any:
    """The entry without its annotations: {"word": w, "example": …} → w; a word must be a word."""
    if isinstance(node, list):
        return [unwrap(item, f"{where}[{i}]") for i, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    keys = set(node) - ANNOTATIONS - {ALSO}
    entry_keys = [k for k in ENTRY_KEYS if k in node]
    if len(entry_keys) == 1 and keys == {entry_keys[0]}:
        key = entry_keys[0]
        if key == "word" and not (isinstance(node[key], str) and _WORD.fullmatch(node[key])):
            raise LexiconError(f'{where}: {node[key]!r} is not a word; write it as a "pattern"')
        return node[key]
    return {k: unwrap(v, f"{where}.{k}") for k, v in node.items() if k not in ANNOTATIONS}


def _spread(body: Any, where: str) -> Any:
    """The section with each word that names `also` lists added to those lists (after their own entries)."""
    if not isinstance(body, dict):
        return body
    extra: dict[str, list[Any]] = {}
    for key, entries in body.items():
        for i, entry in enumerate(entries if isinstance(entries, list) else ()):
            targets = entry.get(ALSO, []) if isinstance(entry, dict) else []
            if not (isinstance(targets, list) and all(isinstance(t, str) and t != key for t in targets)):
                raise LexiconError(f"{where}.{key}[{i}]: {ALSO} names other lists of the section: {targets!r}")
            for target in targets:
                extra.setdefault(target, []).append({k: v for k, v in entry.items() if k != ALSO})
    for target in extra:
        if not isinstance(body.get(target, []), list):
            raise LexiconError(f"{where}: {target} is named in {ALSO}, so it is a list")
    return {**body, **{target: [*body.get(target, []), *words] for target, words in extra.items()}}


# Who reads the one negation list: a section's `negations`, and "hedge_cues", the words that negate a
# hedge cue right after them ("nicht angeblich") in hedging's `negations_before_cues`.
NEGATION_READERS = {
    "hedging": ("hedging", "negations"),
    "attribution": ("attribution", "negations"),
    "matching": ("matching", "negations"),
    "stance": ("stance", "negations"),
    "hedge_cues": ("hedging", "negations_before_cues"),
}


NOT_NEGATING_READERS = ("attribution", "matching", "stance")  # the sections a negation's idioms are given to


def _negations(entries: list[Any], where: str) -> dict[str, dict[str, list[str]]]:
    """The one negation list, given to everyone who reads negations (unless `not_for` them)."""
    sections = tuple(NEGATION_READERS)
    out: dict[str, list[str]] = {s: [] for s in sections}
    for i, entry in enumerate(entries):
        if isinstance(entry, dict):
            word, not_for = entry.get("word"), entry.get("not_for", [])
            extra = set(entry) - ANNOTATIONS - {"word", "not_for"}
            if extra or not isinstance(word, str) or not set(not_for) <= set(sections):
                raise LexiconError(f"{where}[{i}]: a negation is a word, optionally with not_for: {list(sections)}")
        else:
            word, not_for = entry, []
        if not isinstance(word, str) or not _WORD.fullmatch(word):
            raise LexiconError(f"{where}[{i}]: {word!r} is not a word")
        for section in sections:
            if section not in not_for:
                out[section].append(word)
    merged: dict[str, dict[str, list[str]]] = {}
    for reader, words in out.items():
        section, key = NEGATION_READERS[reader]
        merged.setdefault(section, {})[key] = words
    return merged


def assemble(files: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """One mapping of sections from the lexicon files (file name → its parsed JSON)."""
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}

    def put(section: str, body: Any, name: str) -> None:
        if isinstance(body, dict) and isinstance(merged.get(section, {}), dict):
            target = merged.setdefault(section, {})
            for key, value in body.items():
                if key in target:
                    raise LexiconError(f"{name}: {section}.{key} is already given in {origin[f'{section}.{key}']}")
                target[key] = value
                origin[f"{section}.{key}"] = name
        elif section in merged:
            raise LexiconError(f"{name}: {section} is already given in {origin[section]}")
        else:
            merged[section] = body
            origin[section] = name

    for name, content in sorted(files.items()):
        if not isinstance(content, dict) or not isinstance(content.get("about"), str):
            raise LexiconError(f'{name}: a lexicon file is an object with an "about" line and its sections')
        for section, body in content.items():
            if section == "about":
                continue
            if section == "negations":
                for target, part in _negations(body, f"{name}: negations").items():
                    put(target, part, name)
            elif section == "not_negating":  # what a negation word does not negate, for each reader of negations
                for target in NOT_NEGATING_READERS:
                    put(target, unwrap(body, f"{name}: {section}"), name)
            else:
                put(section, unwrap(_spread(body, f"{name}: {section}"), f"{name}: {section}"), name)
    return merged


# --- typed rules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HedgeKind:
    """What a hedge kind does: a decisive kind lowers the score, the others are only shown; an unsourced
    kind is the author's own hearsay, so its sentence does not inherit the source of the one before."""

    decisive: bool
    unsourced: bool = False


CITES = ("", "speaker", "named")  # what a hearsay cue's `cites` may say


@dataclass(frozen=True)
class HedgeCue:
    pattern: Regex
    kind: str
    requires: tuple[str, ...] = ()  # words the pattern cannot match without: without them it is not run
    # A hearsay cue that cites a speaker ("heißt es"): "speaker" when someone named in the sentence or
    # speaking in the one before is who says it, "named" only when the sentence names its source
    # ("ist die Rede"); then it is attribution, not hearsay.
    cites: str = ""
    # A negated participle ("nicht bestätigt"): with an active auxiliary in its clause ("hat … nicht bestätigt")
    # its subject reacts; with a reflexive ("hat sich nicht bestätigt") what it speaks of proved untrue.
    participle: bool = False


@dataclass(frozen=True)
class Accusation:
    """A verb whose subject accuses its object ("wirft … vor"); `cue` must be in the clause too."""

    verbs: Regex
    cue: str  # a regular expression, or "" when the verb alone accuses


@dataclass(frozen=True)
class Furniture:
    line: tuple[Regex, ...]
    tail: tuple[Regex, ...]
    prefix: tuple[Regex, ...]
    dated_line: tuple[Regex, ...]
    suffix: tuple[Regex, ...]
    teaser_intro: tuple[Regex, ...]
    teaser_list: Regex
    media_label: Regex
    photo_credit: Regex
    caption_closing_credit: Regex  # "… im Hafen. Foto: Archiv", "… getroffen wurde. Reuters"
    reader_address: Regex
    self_promotion: Regex
    run_in_opener: Regex
    foreign_words: tuple[Word, ...]
    german_words: tuple[Word, ...]
    articles: tuple[Word, ...]  # a run-in headline has none of them
    headline_no_end: tuple[Word, ...]  # a run-in headline does not end in one
    line_goes_on: tuple[Word, ...]  # a line ending in one breaks inside a sentence ("… stand der / Kommissar")


@dataclass(frozen=True)
class Claims:
    min_words: int
    not_claims: tuple[Regex, ...]
    coordinated_statement: Regex
    shared_subject_clause: Regex  # "… und leitete …": a verb goes on with the same subject
    new_subject_clause: Regex  # ", und am Abend wurde …": a second main clause
    asyndetic_clause: Regex  # ", die Behörde sperrte …": a second main clause without "und"
    fronted_clause: Regex  # "Während …, wies …": a clause of its own before the main clause
    relative_fact_clause: Regex  # "…, auf dem zwölf Menschen getötet worden waren": a count told in a relative clause
    verb_lemma: Regex  # a verb's dictionary form ("leiten"): tells a verb after "und" from a noun phrase
    conditional: Regex
    intention: Regex  # "Die Reederei will … verlegen": what someone means to do, not what happened
    counterfactual: Regex  # "hätte … gesperrt werden müssen": what did not happen
    open_question: Regex  # "Wie genau er starb, blieb unklar": what is not known, not what happened
    reader_address: Regex
    headline_statement: Regex
    war_labels: tuple[Word, ...]  # "Krieg in Sabirsk": a line naming a war and nothing that happened


@dataclass(frozen=True)
class Credits:
    agencies: tuple[Word, ...]
    aliases: dict[str, Word]
    patterns: tuple[Regex, ...]
    photo_line: Regex
    slug_joiners: tuple[Word, ...]  # "dpa und Reuters": two agencies of one credit


@dataclass(frozen=True)
class Hedging:
    kinds: dict[str, HedgeKind]
    cues: tuple[HedgeCue, ...]
    negations: tuple[Word, ...]
    epistemic_modals: tuple[Word, ...]
    konjunktiv_i: tuple[Word, ...]
    not_konjunktiv_i: tuple[Word, ...]
    konjunktiv_ii: tuple[Word, ...]
    deontic_markers: tuple[Regex, ...]
    disclaimer_subjects: Regex
    disclaimer_plural_subjects: Regex
    disclaimer_sides_subjects: Regex  # "Die Angaben beider Seiten …": both sides' reports, a paragraph each
    disclaimer_number_subjects: Regex  # "Diese Zahlen …": several statements, those that give a number
    disclaimer_topics: Regex  # "Die Angaben zur Herkunft …": what a disclaimer is about, its group "topic"
    withheld_details: Regex  # "Nähere Einzelheiten nannte der Sprecher nicht.": nothing said of its own
    conditional_markers: tuple[Regex, ...]
    agreement_markers: tuple[Regex, ...]
    foreign_function_words: tuple[Word, ...]
    future_time: tuple[Regex, ...]
    reportative_modals: tuple[Word, ...]  # "soll", "sollen": a report, a plan or the terms of a deal
    # "will", "wollen" with a perfect infinitive: a claim about oneself ("will … abgeschossen haben")
    claiming_modals: tuple[Word, ...]
    negations_before_cues: tuple[Word, ...]  # "nicht angeblich": the hedge is negated
    interrogatives: tuple[Word, ...]  # "Ob die Brücke halten könnte, ist unklar.": asks, does not guess
    topic_prepositions: tuple[Word, ...]  # "Zu möglichen Schäden gab es keine Angaben."
    noun_phrase_determiners: tuple[Word, ...]  # "die vermutlich beschädigten Leitungen"
    first_person_pronouns: tuple[Word, ...]  # "ich laufe": a first person, no Konjunktiv I
    subject_pronouns: tuple[Word, ...]  # "er erwarte": a Konjunktiv I even where someone says "ich"
    report_time_nouns: tuple[Word, ...]  # "nach Berichten der vergangenen Tage": of a time, not a source
    # "hat … nicht bestätigt": a subject did not confirm (its reaction); "hat sich nicht bestätigt": it proved untrue
    reacting_auxiliaries: tuple[Word, ...]
    reacting_agents: Regex  # "wurde von der Armee nicht bestätigt": the passive's agent did not confirm
    reflexives: tuple[Word, ...]
    # "könne als abgeschlossen betrachtet werden": how a speaker rates a thing, not a possibility
    rating_markers: tuple[Regex, ...] = ()

    @cached_property  # asked for each claim: worked out once per lexicon
    def decisive_kinds(self) -> frozenset[str]:
        return frozenset(name for name, kind in self.kinds.items() if kind.decisive)

    @cached_property
    def unsourced_kinds(self) -> frozenset[str]:
        return frozenset(name for name, kind in self.kinds.items() if kind.unsourced)


@dataclass(frozen=True)
class Attribution:
    prepositional: tuple[Regex, ...]
    speech_verbs: tuple[Regex, ...]
    relay_verbs: tuple[Word, ...]  # speech verbs that also open a relay: "wie die Behörde mitteilte"
    perfect_auxiliaries: tuple[Word, ...]
    # "Der russische UN-Botschafter": an envoy to an organisation speaks for the state that sends it
    envoy_roles: tuple[Word, ...]
    # "Ihre Leiterin X sagte …": the official of whom the sentence before spoke
    owning_determiners: tuple[Word, ...]
    # a speech verb and a particle that, ending its clause, makes it another verb: "sagte ab" ("sagte das Fest
    # ab": cancelled it); "stritt … ab" still speaks
    verb_changing_particles: tuple[Word, ...]
    passive_auxiliaries: tuple[Word, ...]
    agent_prepositions: tuple[Word, ...]  # "wurde vom Pentagon bestätigt"
    # "das von der Hamas kontrollierte Ministerium": a participle making the organ the party's own, where others
    # ("die vom Iran unterstützte Miliz") name a backer who is not the speaker
    controlling_participles: tuple[Word, ...]
    # "zwischen X und Y": the second of two parties a preposition governs is governed too (no accuser before "hat")
    governed_conjuncts: tuple[Word, ...]
    participle_coordinators: tuple[Word, ...]  # "X hatte …, zugleich aber gemeldet": X's words
    possessives: tuple[Word, ...]  # "nach ihren Worten"
    reciprocals: tuple[Word, ...]  # "schieben sich die Schuld gegenseitig zu": nobody in particular accuses
    continuation_adverbs: tuple[Word, ...]  # "hieß es weiter": the speaker of the paragraph before goes on
    negations: tuple[Word, ...]
    idioms_not_negating: Regex  # "ein nicht genannter Beamter sagte": the saying is not negated
    own_statement: tuple[Regex, ...]
    anaphoric: tuple[Regex, ...]
    demonstratives: tuple[Word, ...]
    pronouns: tuple[Word, ...]
    role_nouns: tuple[Word, ...]
    person_endings: tuple[Word, ...]  # "Publizist", "Ärztin": a noun that names a person, by its ending
    compound_not_actor: tuple[Word, ...]
    compound_of_a_country: tuple[Word, ...]  # "Kiew-Analysten": the country's people, not its state
    name_final_nouns: tuple[Word, ...]  # "Ukraine Relief Watch": an English name a country's name opens
    fronted: tuple[Word, ...]
    noun_phrase_words: tuple[Word, ...]
    phrase_ends: tuple[Word, ...]
    says_what_came_before: Regex  # "Das", "Dies alles": what came before, then one of the verbs below
    says_what_came_before_verbs: tuple[Word, ...]  # "Das teilte X mit": X is the source of what came before
    # "X bestätigte dies", "X bestätigte ihren Tod": after a subject and one of the verbs, an object pointing back
    object_pointing_back: Regex
    # "Die Behauptung der X, …, ist eine Lüge": a statement judged by the sentence is its subject, not its source
    judged_statements: Regex
    determiners: tuple[Word, ...]
    subject_determiners: tuple[Word, ...]  # "…, sagte die Sprecherin": a subject follows the verb
    phrase_openers: tuple[Word, ...]  # after a noun they open the next noun phrase: "des Amts | die Verantwortung"
    state_nouns: tuple[Word, ...]
    local_roles: tuple[Word, ...]
    seated_roles: tuple[Word, ...]  # "das Gesundheitsministerium in X": an organ of whoever governs X
    posted_roles: tuple[Word, ...]  # "die Botschaft in X": a state's mission abroad, never X's
    local_cues: Regex
    said_objects: Regex  # "Die Vorwürfe wies die Miliz zurück": what is said, put first, never the speaker
    sides: Regex  # "auf ukrainischer Seite": a nationality that names a side, not a thing of the fact
    located: Regex  # "in | Polen": the country where it happened, before its name
    gapped_speech: Regex  # "spricht | von …, Y von …": a second speaker whose verb is left out
    continuation: Regex
    tally_going_on: Regex  # "Mindestens 40 weitere erlitten Verletzungen.": the count before it goes on, its source too
    accusations: tuple[Accusation, ...]
    accusation_fronted: Regex
    fronted_adverbs: tuple[Word, ...]
    focus_particles: tuple[Word, ...]  # "Auch Kiew bestätigte …": the particle is part of the subject's phrase
    modals_saying_negation: tuple[Word, ...]  # "konnte nicht bestätigen", "will nichts gewusst haben"
    subordinators: tuple[Word, ...]
    prepositions: tuple[Word, ...]
    directive_verbs: tuple[Word, ...]
    media_nouns: tuple[Word, ...]
    group_nouns: tuple[Word, ...]
    warning_verbs: tuple[Word, ...]
    # "nannte den Angriff nicht vertretbar": a negation before the name given negates the name, not the saying
    calling_verbs: tuple[Word, ...]
    publication_verbs: Regex
    publication_objects: Regex
    quoting_verbs: Regex
    headline_speaker_words: int
    not_state_actors: tuple[Word, ...]
    compass_points: tuple[Word, ...] = ()  # "im Westen des Landes": a region, not the party of that name
    official_adjectives: tuple[Word, ...] = ()  # "nach offiziellen Angaben": the authorities of the place
    unnamed_adjectives: tuple[Word, ...] = ()  # "informierten Kreisen zufolge": sources kept unnamed
    # "erklärte das Gebiet zur Sperrzone": a verb of saying that declares something to be something is an act
    declaring_verbs: tuple[Word, ...] = ()
    occupation_prefixes: tuple[Word, ...] = ()  # "Besatzungsbehörden": the authorities of the party holding ground
    state_adjectives: tuple[Word, ...] = ()  # "die Nationale Kommission": a state's body, not an organisation's
    state_forces: tuple[Word, ...] = ()  # "die Armee" named alone is a state's, never a militia's
    # "Oberst Karl Beispiel": an officer we do not know, named by rank, serves the forces that spoke before
    military_ranks: tuple[Word, ...] = ()
    cabinet_roles: tuple[Word, ...] = ()  # "Minister X" with no state: the government of the story's place
    # "rund sechs Kilometer von der Grenze zur Ukraine": a place named as a reference point, not where it happens
    reference_places: Regex = Regex("(?!)")
    held_places: Regex = Regex("(?!)")  # "der von X besetzten Stadt": the place after it is held by X
    territories: Regex = Regex("(?!)")  # "im indischen | Teil": a nationality before it names where it happened
    place_locators: Regex = Regex("(?!)")  # "X im Süden der": the place after it says where X lies
    # "der US-Gesandte für Moldau": the country after "für" is the envoy's brief, not who speaks
    portfolio_roles: tuple[Word, ...] = ()
    # "die Umweltorganisation Waldwacht": an organisation we do not know, coded by its name; a company's
    # ("des Unternehmens Orbitex Systems") by the first word of it
    organisation_nouns: tuple[Word, ...] = ()
    company_nouns: tuple[Word, ...] = ()
    # "die Orbitex-Gruppe": a compound naming a company or organisation by its name first; with the nouns above
    compound_heads: tuple[Word, ...] = ()
    # "nach Armeeangaben von Booten …": a compound ending in one of these names whose statement it is
    statement_nouns: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Stance:
    deny: tuple[Regex, ...]
    confirm: tuple[Regex, ...]
    no_evidence: tuple[Regex, ...]
    negations: tuple[Word, ...]  # a denial or a confirmation negated in its clause ("nicht bestätigt")
    idioms_not_negating: Regex  # "ein nicht genannter Beamter bestätigte": no confirmation withheld
    points_back: Regex  # the object of a denial that points back to the claim before: "stritt das ab"


@dataclass(frozen=True)
class Matching:
    stopwords: tuple[Word, ...]
    negations: tuple[Word, ...]
    units: dict[str, tuple[Word, ...]]
    time_words: tuple[Word, ...]
    speech_acts: tuple[Word, ...]
    purpose_markers: tuple[Word, ...]
    count_nouns: tuple[Word, ...]  # "die Zahl der Todesopfer stieg auf neun": the noun after it is what is counted
    negated_denials: Regex
    idioms_not_negating: Regex
    clauses_not_negating: Regex
    scheduled: Regex  # "soll am Dienstag beraten": a day ahead of the article
    past_year: Regex  # "bereits 2012": a year an incident is dated to ("seit 2014" is a span)
    background_clauses: Regex  # "X, dessen Land den Vorsitz innehat, …": who X is, no part of the fact
    between_sides: Regex  # "Gefechte zwischen X und Y": two parties as sides, not who did what to whom
    # "die Miliz im Libanon", "die vom Iran unterstützte Miliz" ("@": the party's mention)
    incidental_party: Regex = Regex("(?!)")
    # "verurteilte den Angriff", "zeigte sich entsetzt über …": a reaction to a fact, told as a denial not denied is
    reactions: Regex = Regex("(?!)")


@dataclass(frozen=True)
class Weights:
    same_fact_threshold: float
    link_window_days: float
    merge_threshold: float
    confident_link: float
    unanchored_link: float
    shared_day_bonus: float
    shared_speaker_bonus: float
    news_window_days: int
    min_conflict_mentions: int
    shared_magnitude_bonus: float
    shared_number_bonus: float
    second_number_bonus: float
    place_taken_bonus: float
    candidates: int
    base: float
    outlet_weight: float
    origin_weight: float
    hedge_factor: float
    belligerent_factor: float
    own_voice_factor: float
    contradiction_factor: float
    disinformation_factor: float
    one_sided_number_factor: float
    saturation: int
    retrieval_terms: int
    postings_per_term: int
    idf_exponent: float
    event_missing_factor: float
    event_match_bonus: float
    min_shared_terms: int
    containment_weight: float
    unanchored_min_words: int
    min_claim_words: int
    anchoring_count: float
    telling_count: float
    telling_things_count: float
    seed_factor: float
    copy_min_words: int
    reprint_copy_min_words: int
    reprint_twin_sources: int
    shingle_size: int
    shingle_sample: int
    shingle_max_postings: int
    reprint_containment: float
    reprint_min_shared: int
    furniture_repeats: int
    plan_mismatch_factor: float
    reaction_mismatch_factor: float


@dataclass(frozen=True)
class Places:
    prepositions: tuple[Word, ...]
    kinds: tuple[Word, ...]
    not_places: tuple[Word, ...]
    pointing_back: tuple[Word, ...] = ()  # "dort", "vor Ort": the place named just before


@dataclass(frozen=True)
class NumberWord:
    word: Word
    number: float
    abbreviation: bool = False  # "Mio." may end in a full stop


@dataclass(frozen=True)
class VagueAmount:
    word: Word  # "dutzende", or "hundert" after "mehrere"
    low: float
    high: float


@dataclass(frozen=True)
class Numbers:
    words: tuple[NumberWord, ...]
    scales: tuple[NumberWord, ...]
    vague: tuple[VagueAmount, ...]
    several: tuple[Word, ...]  # "mehrere hundert"
    per: tuple[Word, ...]  # "pro 100.000": a rate
    ranks: tuple[Word, ...]  # "die Nummer zwei": a rank, no amount
    range: tuple[Word, ...]  # "200 bis 300": a range
    whole: tuple[Word, ...]  # "8 von 12": the whole a part is counted of
    subset: tuple[Word, ...]  # "40 Tote, darunter 12 Kinder": a part of the count named before
    previous: tuple[Word, ...]  # "stieg von 12 auf 20": the figure before a change …
    changed_to: tuple[Word, ...]  # … and the word before the figure it changed to, the one reported
    count_before: tuple[Word, ...]  # "rund 2000 Menschen": a count, not the year 2000
    at_least: tuple[Word, ...]  # "mehr als 200": a lower bound
    at_most: tuple[Word, ...]  # "fast 500", "weniger als 100": an upper bound
    bound_share: float  # how far past a bound the count it rounds may lie: "mehr als 300" for 320


@dataclass(frozen=True)
class WordClass:
    """Words that name one kind of thing; each matches as the first ("Truppen" as "Soldat")."""

    words: tuple[Word, ...]
    example: tuple[str, ...]  # two sentences the class joins


@dataclass(frozen=True)
class ExclusiveClasses:
    """Classes of the thesaurus no one thing belongs to two of ("Soldat", "Zivilist")."""

    classes: tuple[Word, ...]  # the first word of each class
    why: str
    example: tuple[str, ...]  # two claims the classes tell apart
    # "300 Mann": a noun left uninflected after a number, as an army counts its troops, counts one of the classes
    units: dict[Word, Word] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Scale:
    """Words of one scale, each a degree the others rule out ("leicht" / "schwer verletzt")."""

    words: tuple[Word, ...]
    why: str
    example: tuple[str, ...]  # two claims the degrees tell apart


@dataclass(frozen=True)
class WordRule:
    """A list of words with what it does and an example."""

    words: tuple[Word, ...]
    why: str
    example: tuple[str, ...]
    example_published: str = ""  # the day the example is read against, where it names a day


@dataclass(frozen=True)
class TargetClasses:
    """Classes of the thesaurus that name what an incident struck ("Krankenhaus", "Kaserne")."""

    classes: tuple[Word, ...]  # the first word of each class
    why: str
    example: tuple[str, ...]  # two claims the classes tell apart


@dataclass(frozen=True)
class Measures:
    why: str
    units: dict[str, dict[Word, float]]  # a measure -> each unit's size in its base unit
    abbreviations: dict[Word, Word]  # a unit written short -> the unit ("km" -> "kilometer")
    example: tuple[str, ...]
    ages: WordRule  # "Jahre alt": an age, not a duration
    decades: WordRule  # "ein Mann Ende 60": an age, not a count
    age_suffixes: WordRule  # "ein 7-jähriger Junge": an age, not a count
    # "eine dreitägige Staatstrauer", "72-stündig": a duration adjective's ending -> the unit it counts in
    lasting: dict[Word, Word] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Months:
    words: tuple[Word, ...]  # January to December
    also: dict[Word, Word]  # a regional name -> the standard one ("jänner" -> "januar")
    why: str
    example: tuple[str, ...]
    example_published: str


@dataclass(frozen=True)
class Thesaurus:
    """seeds/thesaurus.json, typed: words for one kind of thing, measures, days and months."""

    about: str
    classes: tuple[WordClass, ...]
    exclusive: tuple[ExclusiveClasses, ...]
    targets: TargetClasses
    light_verbs: WordRule
    measures: Measures
    weekdays: WordRule
    months: Months
    scales: tuple[Scale, ...] = ()

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Thesaurus:
        """Typed from seeds/thesaurus.json; fails loudly on an unknown key or a missing month."""
        thesaurus: Thesaurus = _convert(cls, data, "thesaurus")
        if len(thesaurus.scales) > 9:
            raise LexiconError("thesaurus.scales: at most nine (a degree is stored as its scale's digit and its word)")
        unknown = set(thesaurus.months.also.values()) - set(thesaurus.months.words)
        if unknown or len(thesaurus.months.words) != 12 or len(thesaurus.weekdays.words) != 7:
            raise LexiconError("thesaurus: twelve months and seven weekdays, every variant naming one of them")
        units = {unit for sizes in thesaurus.measures.units.values() for unit in sizes}
        if set(thesaurus.measures.abbreviations.values()) - units:
            raise LexiconError("thesaurus.measures.abbreviations: every abbreviation names a unit of the measures")
        return thesaurus


@dataclass(frozen=True)
class Lexicon:
    """Every section of the language data, typed. (Events, thesaurus and gazetteer have their own files.)"""

    abbreviations: tuple[Word, ...]
    ordinal_openers: tuple[Word, ...]  # "im 2. Stock": the number's full stop is an ordinal's
    ordinal_nouns: tuple[Word, ...]  # "nach 20. Jahrhundert": nouns only an ordinal stands before
    furniture: Furniture
    claims: Claims
    credits: Credits
    hedging: Hedging
    attribution: Attribution
    stance: Stance
    matching: Matching
    weights: Weights
    places: Places
    numbers: Numbers

    @classmethod
    def load(cls, data: Mapping[str, Any], elsewhere: Iterable[str] = ()) -> Lexicon:
        """Typed rules from the assembled mapping; `elsewhere` names sections other files give."""
        rest = {k: v for k, v in data.items() if k not in set(elsewhere)}
        lexicon: Lexicon = _convert(cls, rest, "lexicon")
        undeclared = {cue.kind for cue in lexicon.hedging.cues} - set(lexicon.hedging.kinds)
        if undeclared:
            raise LexiconError(f"hedging.cues: kinds {sorted(undeclared)} are not declared in hedging.kinds")
        cites = {cue.cites for cue in lexicon.hedging.cues} - set(CITES)
        if cites:
            raise LexiconError(f"hedging.cues: cites {sorted(cites)} is none of {list(CITES[1:])}")
        return lexicon


D = TypeVar("D")


def _convert(kind: Any, value: Any, where: str) -> Any:
    """`value` checked against the type `kind` and converted (lists to tuples, objects to dataclasses)."""
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass(kind, value, where)
    if kind is Regex:
        return _regex(value, where)
    if kind is Word:
        if not (isinstance(value, str) and _WORD.fullmatch(value)):
            raise LexiconError(f"{where}: {value!r} is not a word")
        return value
    if kind in (str, bool, int, float):
        return _scalar(kind, value, where)
    return _collection(kind, value, where)


def _regex(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise LexiconError(f"{where}: a pattern is a string, not {value!r}")
    error = _compile_error(value)
    if error:
        raise LexiconError(f"{where}: pattern {value!r} does not compile: {error}")
    return value


@lru_cache(maxsize=8192)
def _compile_error(pattern: str) -> str | None:
    """Why a pattern does not compile, checked once per pattern (re's own cache holds 512)."""
    try:
        re.compile(pattern)
    except re.error as error:
        return str(error)
    return None


def _scalar(kind: type, value: Any, where: str) -> Any:
    ok = isinstance(value, kind) and not (kind is not bool and isinstance(value, bool))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value, ok = float(value), True
    if not ok:
        raise LexiconError(f"{where}: expected {kind.__name__}, got {value!r}")
    return value


def _collection(kind: Any, value: Any, where: str) -> Any:
    origin, args = get_origin(kind), get_args(kind)
    if origin is tuple:
        if not isinstance(value, list):
            raise LexiconError(f"{where}: expected a list, got {type(value).__name__}")
        return tuple(_convert(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise LexiconError(f"{where}: expected an object, got {type(value).__name__}")
        return {_convert(args[0], k, where): _convert(args[1], v, f"{where}.{k}") for k, v in value.items()}
    if origin in (Union, types.UnionType):
        raise LexiconError(f"{where}: unions are not lexicon types")  # pragma: no cover - a programming error
    raise LexiconError(f"{where}: no rule to read {kind!r}")  # pragma: no cover - a programming error


# Sections already checked, by the identity of their mapping: a lexicon copied with one section
# changed (as the example tests do) checks only that section again. Bounded; kept alive with their key;
# loaded data is never changed in place.
_CHECKED: dict[tuple[type, int], tuple[Any, Any]] = {}


def _dataclass(kind: type[D], value: Any, where: str) -> D:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: expected an object, got {value!r}")
    hit = _CHECKED.get((kind, id(value)))
    if hit is not None and hit[0] is value:
        checked: D = hit[1]
        return checked
    if len(_CHECKED) >= 4096:
        _CHECKED.clear()
    result = _checked_dataclass(kind, value, where)
    _CHECKED[(kind, id(value))] = (value, result)
    return result


def _checked_dataclass(kind: type[D], value: dict[str, Any], where: str) -> D:
    fields = {f.name: f for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    unknown = set(value) - set(fields)
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)} (nothing reads them)")
    hints = get_type_hints(kind)
    values: dict[str, Any] = {}
    for name, spec in fields.items():
        if name in value:
            values[name] = _convert(hints[name], value[name], f"{where}.{name}")
        elif spec.default is dataclasses.MISSING:
            raise LexiconError(f"{where}: {name} is missing")
    return kind(**values)
