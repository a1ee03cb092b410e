"""The analysis of one article: clean → sentences → claims → hedges → sources → conflict → signature."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from scoring.attribution import (
    RELATIVE_OPENING,
    ArticleMemory,
    Attribution,
    Mention,
    Source,
    attribute_sentence,
    goes_on_from_before,
    is_role_noun,
    is_speaker_noun,
    may_name_a_role,
    moved_back,
    opens_with_speech,
    says_what_came_before,
    shifted,
)
from scoring.budget import Budget
from scoring.claims import is_claim
from scoring.cleaning import find_body_blocks, furniture_rules, is_furniture_line, wire_credits
from scoring.conflicts import at_war, claim_conflict, conflict_hits, dominant_conflict, is_belligerent
from scoring.corroboration import UNNAMED
from scoring.events import (
    befalls_someone_named_before,
    circumstance_clauses,
    event_family,
    events_of,
    names_the_truce,
)
from scoring.hedging import (
    Hedge,
    SpeechMark,
    asked_only,
    disclaimed_topic,
    disclaims_earlier,
    disclaims_several,
    find_hedges,
    find_reported_speech,
    is_reported_form,
    is_subjunctive_form,
    is_unreal_form,
    names_speech,
    quotes_alone,
    states_a_plan,
    withholds_details,
)
from scoring.knowledge import (
    Knowledge,
    Outlet,
    built,
    holds_a_digit,
    holds_a_word,
    letter_words,
    once_per_lexicon,
    one_article,
    quick_init,
    typed_rules,
    typed_thesaurus,
)
from scoring.lemmas import compound_head, is_known, is_verb, lemma
from scoring.lexicon import Attribution as AttributionRules
from scoring.lexicon import Claims as ClaimRules
from scoring.lexicon import Furniture, Lexicon, Thesaurus
from scoring.lexicon import Matching as MatchingRules
from scoring.matching import (
    FactSignature,
    fact_signature,
    is_designation,
    is_negated,
    stem,
    stopwords,
    tells_the_past,
)
from scoring.numbers import NumberRules, find_quantities, is_number_word, number_rules
from scoring.places import (
    capitals_named_as_places,
    gazetteer_places,
    named_places,
    place_name,
    place_names,
    refers_back,
    regions,
)
from scoring.regex import Needing, held_words, leading_words
from scoring.sentences import Ordinals, Sentence, split_sentences
from scoring.stance import find_stance, points_back
from scoring.text import NormalisedText, normalise, unwrapped, with_spaces

# Mentions that stand for their party alone: the fact keeps the party term, not the words.
_PARTY_NAMES = frozenset({"person", "state", "adjective", "capital"})
# "der Wissenschaftler in Berlin beim Kongress": where and when the source spoke is no part of its name
_BEFORE_A_PLACE = re.compile(r"\s(?:in|im|bei|beim|am|auf|vor|während)\s")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w-]+")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_LETTERS = re.compile(r"[^\W\d_]+")
_PUNCTUATION = "\"'„“”«»‹›()[]:;,.!?"
_QUOTE_MARKS = "\"'„“”«»‚‘’‹›"
_DOUBLE_QUOTES = '"„“”«»'  # no apostrophe ("Ra'anana", "geht’s") among them
_CLOSING_QUOTES = "\"'“”»«’‹›"
_LONGEST_WORD = 64
_HEADLINE_WORDS = 12  # a headline's statement is short: "Panik in Port Sabir"
_SPEAKER_WORDS = 3  # "Peskow:", "Hafenamt Lindenau:": who speaks for a whole headline


def _attributed(hedges: list[Hedge], named: bool = False) -> list[Hedge]:
    """A known speaker's "heißt es" is a way to cite them, not hearsay; so is "ist die Rede" when the
    sentence names who spoke (`named`: "Im Schreiben des Verbands ist die Rede davon"). Which hearsay
    cues cite so is the cue's `cites` in the lexicon."""
    cites = ("speaker", "named") if named else ("speaker",)
    return [replace(h, kind="attributed") if h.kind == "hearsay" and h.cites in cites else h for h in hedges]


def _speaks(draft: _Draft, lexicon: Mapping[str, Any]) -> bool:
    """Whether a claim is someone's statement: a named source, reported speech, or a report."""
    return (
        bool(draft.speech)
        or names_speech(draft.body, lexicon)
        or any(s.role == "origin" or s.medium for s in draft.attribution.sources)
        or any(h.kind in ("reportative", "hearsay", "attributed", "named_report") for h in draft.hedges)
    )


def _named(source: str) -> list[str]:
    """The nouns and names of a source phrase up to where it says where it spoke ("Der Sprecher", not "Der"),
    without what a parenthesis adds: "Anton Weber (CDU)" is Weber, whose party says who he is, not who spoke."""
    before = _PARENTHESIS.sub(" ", _BEFORE_A_PLACE.split(source, 1)[0])
    return [w for w in _CAPITALISED.findall(before) if lemma(w)[:1].isupper()]


@quick_init
@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@quick_init
@dataclass(frozen=True)
class HedgeSpan(Span):
    kind: str
    decisive: bool


@quick_init
@dataclass(frozen=True)
class SourceSpan(Span):
    party: str | None
    role: str
    medium: str | None


@dataclass(frozen=True)
class AnalysedClaim:
    """One factual claim; every offset counts code points of the submitted text."""

    text: str
    start: int
    end: int
    hedges: tuple[HedgeSpan, ...]
    reported_speech: tuple[Span, ...]
    sources: tuple[SourceSpan, ...]
    origin_parties: tuple[str, ...]
    origin_media: tuple[str, ...]
    conflict: str | None
    belligerent: bool
    stance: str
    signature: FactSignature
    # a quotation and a speech verb outside it ("„…“, sagte er."): somebody's words, named or not
    framed_quotation: bool = False
    # the parties whose declared act the outlet tells in its own voice ("China rief zur Zurückhaltung auf"): no
    # source of the claim, but its origin, as every outlet telling the act has it from them
    declared_by: tuple[str, ...] = ()

    @property
    def hedged(self) -> bool:
        return any(h.decisive for h in self.hedges)

    @property
    def attributed(self) -> bool:
        return any(s.role == "origin" for s in self.sources) or bool(self.origin_media)

    @property
    def quoted(self) -> bool:
        """Somebody's words (reported speech, a quotation its sentence frames with a speech verb, or a
        quotation standing alone), never the outlet's own report."""
        return bool(self.reported_speech) or self.framed_quotation or quotes_alone(self.text)

    @property
    def origin_sources(self) -> tuple[str, ...]:
        """Named sources no party or medium stands behind, by their last name: "Bürgermeister Anton
        Beispiel" and "Beispiel" are one origin, and not the outlet's own voice."""
        if self.origin_parties or self.origin_media:
            return ()
        keys = (_source_key(s.text) for s in self.sources if s.role == "origin" and not s.party)
        return tuple(sorted({key for key in keys if key}))


# an article and the adjectives after it, before the last noun of a source: "ein hochrangiger Sprecher"
_DESCRIBED = re.compile(r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|er|es|em|en)?)\s+(?:[a-zäöüß-]+\s+){0,2}$")


def _source_key(source: str) -> str | None:
    """An unplaced source's key: its last name or noun, lower-cased ("Bürgermeister Anton Beispiel" →
    "beispiel"); UNNAMED where that is a noun of the dictionary described by an article ("der Sprecher",
    "ein hochrangiger Sprecher", "die Behörde"), which names no one person or body: two articles' "ein
    Sprecher" need not be one, nor another than the person named elsewhere."""
    named = _named(source)
    if not named:
        return None
    last = named[-1]
    before = source[: source.rfind(last)]
    if not last.isupper() and is_known(last, exact=True) and _DESCRIBED.search(before):
        return UNNAMED
    if len(named) == 1 and not before.strip() and _a_plural_noun(last):
        return UNNAMED  # "nach Angaben von Augenzeugen", "Anwohnern zufolge": nobody in particular
    return last.lower()


_SHORTEST_TAIL = 5  # "Seenot|rettern": the shortest noun a compound's plural is told by


def _a_plural_noun(word: str) -> bool:
    """A noun of the dictionary in the plural of a dative ("Augenzeugen", "Anwohnern"), or a compound ending in one
    ("Seenotrettern"): never a name, which is not inflected so."""
    if not word.endswith("n"):
        return False
    tails = (word[at:].capitalize() for at in range(0, len(word) - _SHORTEST_TAIL + 1))
    return any(is_known(tail, exact=True) and lemma(tail) != tail for tail in tails)


@dataclass(frozen=True)
class AnalysedArticle:
    claims: tuple[AnalysedClaim, ...]
    conflict: str | None
    credits: tuple[str, ...]


@dataclass
class _Draft:
    """A sentence kept as a claim, before the article's conflict is known."""

    sentence: Sentence
    body: str
    hedges: list[Hedge]
    speech: list[SpeechMark]
    attribution: Attribution
    hits: Counter[str]
    implied_place: str | None  # the place "die Region" refers back to
    about_previous: bool = False  # it names the source of the claim before it, or disclaims it
    implied_person: str | None = None  # the person "seinen Tod" tells of: named just before


def _attach_to_previous(
    drafts: list[_Draft],
    sentence: Sentence,
    attribution: Attribution,
    disclaimer: list[Hedge],
    names_source: bool,
    lexicon: Mapping[str, Any],
    several: str | None = None,
) -> None:
    """Sentences about the claim before them: "Das teilte die Militärverwaltung in Kiew mit." names its
    source, "Die Angaben ließen sich nicht unabhängig überprüfen." hedges it (same or previous paragraph)."""
    if not (names_source or disclaimer):
        return  # most sentences: nothing said about the claim before
    whose = _whose_statements(attribution, disclaimer, names_source)
    if whose:  # "Die Angaben der Armee …": what the army said in this paragraph, not the others' between
        opens_paragraph = not drafts or drafts[-1].sentence.block < sentence.block
        for draft in drafts:
            if draft.sentence.block >= sentence.block - opens_paragraph:
                _disclaim(draft, sentence.start, disclaimer, whose)
        return
    previous = next((d for d in reversed(drafts) if not d.about_previous), None)
    if previous is None or previous.sentence.block < sentence.block - 1:
        return
    shift = sentence.start - previous.sentence.start  # offsets are relative to their claim
    if names_source:
        # "nach palästinensischen Angaben … Das teilte am Abend die von der Miliz kontrollierte Behörde
        # mit.": the later sentence names who said it; it adds to what the claim already named.
        named_here = moved_back(attribution.sources, shift).sources
        moved = moved_back([*previous.attribution.sources, *named_here], 0)  # a pronoun pointing back adds nothing
        moved.mentions, moved.phrases = previous.attribution.mentions, previous.attribution.phrases
        previous.attribution = moved
        _source_the_run_before(drafts, previous, sentence, attribution)
    if not _about_numbers(several) or _gives_a_number(previous.body, lexicon):
        # "Die Zahlen waren nicht zu überprüfen" after a list of the victims: about the numbers before it
        previous.hedges += [replace(h, start=h.start + shift, end=h.end + shift) for h in disclaimer]
    if several and disclaimer:
        _disclaim_the_run_before(drafts, previous, sentence, disclaimer, several, lexicon)


def _speaks_of(body: str, topic: tuple[str, ...]) -> bool:
    """Whether a claim speaks of a disclaimer's topic: a word of it is a topic's word, or a part such a compound
    opens or ends with ("Hafen" for "Hafenbecken")."""
    wholes = [stem(word) for word in topic]
    return any(
        len(part) >= _TOPIC_PART and (whole.startswith(part) or whole.endswith(part))
        for part in map(stem, _LETTERS.findall(body))
        for whole in wholes
    )


_TOPIC_PART = 4  # "Amt" alone is too short to tell a compound's part from a chance ending


def _whose_statements(attribution: Attribution, disclaimer: list[Hedge], names_source: bool) -> frozenset[str]:
    """The parties whose statements a disclaimer names ("Die Angaben der Armee …"): none for "Die Angaben …"."""
    if not disclaimer or names_source:
        return frozenset()
    return frozenset(s.party for s in attribution.sources if s.party)


def _disclaim(draft: _Draft, at: int, disclaimer: list[Hedge], whose: Collection[str]) -> None:
    """A disclaimer of a party's statements at `at` hedges a claim of that party's, once."""
    if _said_by(draft, whose) and not any(h.kind == "unverified" for h in draft.hedges):
        shift = at - draft.sentence.start
        draft.hedges += [replace(h, start=h.start + shift, end=h.end + shift) for h in disclaimer]


def _said_by(draft: _Draft, whose: Collection[str]) -> bool:
    """Whether one of these parties is a source of the claim (any claim, where none is named)."""
    return not whose or any(s.party in whose for s in draft.attribution.sources)


def _disclaim_the_run_before(
    drafts: list[_Draft],
    previous: _Draft,
    sentence: Sentence,
    disclaimer: list[Hedge],
    several: str,
    lexicon: Mapping[str, Any],
) -> None:
    """ "Diese Angaben ließen sich nicht überprüfen.": every statement of the paragraph that someone made,
    back to one an earlier disclaimer already covers or to one in the outlet's own voice; "Diese Zahlen …":
    every one of them that gives a number; "Die Angaben beider Seiten …": each side's reports, a paragraph
    each, and the outlet's own sentences between (where its own paragraph quotes two parties already, both
    sides are there)."""
    sides = several in ("both sides", "both sides' numbers") and len(_parties_of_paragraph(drafts, previous)) < 2
    first_block = previous.sentence.block - sides
    speakers: set[str] = _parties_of_paragraph(drafts, previous) if several == "statements" else set()
    for draft in reversed(drafts[: drafts.index(previous)]):
        if draft.sentence.block == first_block - 1 and _goes_on_with(draft, speakers):
            first_block -= 1  # "Die Behörde meldet zwölf Tote … ¶ Ihr Sprecher sprach von … Die Angaben …": one voice's
        if draft.sentence.block < first_block or any(h.kind == "unverified" for h in draft.hedges):
            break
        if _is_headline(draft.body) and sum(d.sentence.block == draft.sentence.block for d in drafts) == 1:
            break  # a subheading is a title over the paragraphs after it, not one of their statements
        if draft.about_previous or (_about_numbers(several) and not _gives_a_number(draft.body, lexicon)):
            continue  # "Das teilte die Behörde mit.": the source of a claim, no claim of its own
        if not _speaks(draft, lexicon):
            if sides:
                continue
            break
        shift = sentence.start - draft.sentence.start
        draft.hedges += [replace(h, start=h.start + shift, end=h.end + shift) for h in disclaimer]


def _gives_a_number(body: str, lexicon: Mapping[str, Any]) -> bool:
    """Whether a claim gives a number a disclaimer of numbers is about: not one in a name ("Ro-64", "F-16")."""
    return any(not is_designation(body, q.start) for q in find_quantities(body, number_rules(lexicon)))


def _about_numbers(several: str | None) -> bool:
    """A disclaimer about numbers ("Diese Zahlen …", "Die Zahlen beider Seiten …") hedges the claims that give one."""
    return several in ("numbers", "both sides' numbers")


def _goes_on_with(draft: _Draft, speakers: set[str]) -> bool:
    """The disclaimer's paragraph hears one party alone, and the paragraph before ends with that party's claim:
    its statements go on across the paragraph break, and "Die Angaben" are all of them (where two parties
    speak, the disclaimer is about theirs)."""
    parties = {s.party for s in draft.attribution.sources if s.party and s.role == "origin"}
    return len(speakers) == 1 and parties == speakers


def _parties_of_paragraph(drafts: list[_Draft], last: _Draft) -> set[str]:
    """The parties who speak in the paragraph of `last`, up to it."""
    return {
        source.party
        for draft in drafts[: drafts.index(last) + 1]
        if draft.sentence.block == last.sentence.block
        for source in draft.attribution.sources
        if source.party and source.role == "origin"
    }


def _source_the_run_before(drafts: list[_Draft], previous: _Draft, sentence: Sentence, named: Attribution) -> None:
    """ "Daraufhin stürmten Hunderte den Hafen und plünderten die Lager. Das meldet die Hafenbehörde.":
    the source named after a run of statements in the outlet's own voice, none hedged, is the source of
    the whole run in its paragraph; a hedge of the writer's own ("offenbar") ends the run."""
    for draft in reversed(drafts[: drafts.index(previous)]):
        if draft.sentence.block != sentence.block or draft.attribution.sources or draft.hedges or draft.about_previous:
            break
        moved = moved_back(named.sources, sentence.start - draft.sentence.start)
        moved.mentions, moved.phrases = draft.attribution.mentions, draft.attribution.phrases
        draft.attribution = moved


@once_per_lexicon
def _claim_rules(
    rules: ClaimRules,
) -> tuple[Needing, Needing, tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]]:
    """Where a second statement of one subject starts, where a headline's second statement starts; what
    tells a sentence states no happening: a condition opening it, a main clause of intention, of what could or
    should have been or of what is not known, each with the words one of which its matches hold (`held_words`;
    None where that cannot be told). Most sentences lack a string the first two need (a comma, a dash)."""
    return (
        Needing(rules.coordinated_statement),
        Needing(rules.headline_statement),
        tuple(
            (re.compile(p), held_words(p))
            for p in (rules.conditional, rules.intention, rules.counterfactual, rules.open_question)
        ),
    )


def _no_happening(body: str, lexicon: Mapping[str, Any]) -> bool:
    """A sentence opened by a condition ("Sollte …"), or whose main clause tells an intention ("… will …
    verlegen"), what could or should have been ("hätte … werden müssen") or what is not known ("Wie …, ist
    unklar"). A mood whose words the sentence lacks (told by its words' flags: most sentences hold no "will" nor
    "hätte") is not read: its lazy scan up to the first comma tried a word boundary at every place."""
    for mood, words in _claim_rules(typed_rules(lexicon).claims)[2]:
        if (words is None or holds_a_word(words, body)) and mood.match(body):
            return True
    return False


@dataclass(frozen=True)
class _ClauseRules:
    # scanned only where the sentence holds what they need ("und", a comma): `Needing`
    shared_subject: Needing
    new_subject: Needing
    asyndetic: Needing
    fronted: re.Pattern[str]
    verb_lemma: re.Pattern[str]
    relative_fact: re.Pattern[str]


@once_per_lexicon
def _clause_rules(rules: ClaimRules) -> _ClauseRules:
    return _ClauseRules(
        Needing(rules.shared_subject_clause),
        Needing(rules.new_subject_clause),
        Needing(rules.asyndetic_clause),
        re.compile(rules.fronted_clause),
        re.compile(rules.verb_lemma),
        re.compile(rules.relative_fact_clause),
    )


@once_per_lexicon
def _auxiliaries(rules: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The auxiliaries that end a verb group ("hat", "worden"), and the modal verbs' lemmas ("wollen")."""
    a, h = rules.attribution, rules.hedging
    modals = (*h.reportative_modals, *h.claiming_modals, *h.epistemic_modals)
    return frozenset(map(str, (*a.perfect_auxiliaries, *a.passive_auxiliaries))), frozenset(lemma(m) for m in modals)


_CLAUSE_REST = re.compile(r"[^,;.!?]*")


def _ends_the_verb_group(
    body: str, coordinated: re.Match[str], auxiliaries: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """ "Das Depot sei von der Armee und verbündeten Milizen genutzt worden": the words after "und" end with the
    first clause's participle and auxiliary, so the word after "und" qualifies a noun ("verbündeten Milizen");
    a second verb of the same subject would be finite itself ("und hat … genutzt", "und will … abgeschossen haben")."""
    ending, modals = auxiliaries
    verb = coordinated.group("verb")
    if verb in ending or lemma(verb) in modals:
        return False
    rest = _CLAUSE_REST.match(body, coordinated.end("verb"))
    words = rest.group().split() if rest else []
    return len(words) >= 2 and words[-1] in ending and words[-2][:1].islower()


_COMMA = re.compile(r",\s*+")
# "…, 100 wurden verletzt": a number the subject of a clause of its own, with its verb, states a count
# of its own, however few its words ("21 bestätigte Fälle": a participle before its noun, no verb).
# "mehr als 150 weitere wurden …": up to two words may qualify the count.
_COUNT_CLAUSE = re.compile(r"(?:[a-zäöüß]+\s+){0,2}\d+(?:[.,]\d+)*\s+[a-zäöüß]+\s+(?![A-ZÄÖÜ])")
_COUNT_WORD_CLAUSE = re.compile(r"(?:[a-zäöüß]+\s+)?(?P<count>[A-ZÄÖÜ][a-zäöüß]+)\s+[a-zäöüß]+\s+(?![A-ZÄÖÜ])")


# "…, sieben Helfer wurden getötet: drei Briten, eine Australierin …": after a colon, counts of whom or what the
# clause before tells of, each with its noun: a breakdown, a fact of its own (as "darunter" tells a part)
_BREAKDOWN = re.compile(r":\s+(?=(?P<count>[\w.,]+)\s+[A-ZÄÖÜ][\w-]*,)")


def _clause_cuts(body: str, lexicon: Mapping[str, Any]) -> tuple[list[re.Match[str]], set[int]]:
    """Where a second main clause starts: "…, und am Abend wurde …" or "…, die Behörde sperrte …" (with a
    subject of its own: where it starts is returned too), "Während …, wies …" after a clause opening the
    sentence, or "… und leitete …" going on with the same subject; not "zerstört und geplündert", two
    verbs of one statement."""
    rules = _clause_rules(typed_rules(lexicon).claims)
    cuts = {m.start(): m for m in rules.new_subject.finditer(body) if not _frames_what_follows(body, m, lexicon)}
    framed: set[int] = set()
    if "," in body:
        asyndetic, framed = _asyndetic_cuts(body, rules, lexicon)
        for m in asyndetic:
            cuts.setdefault(m.start(), m)
        fronted = rules.fronted.match(body)
        if fronted and is_verb(fronted.group("verb"), rules.verb_lemma):
            comma = _COMMA.match(body, fronted.start("cut"))  # the cut is the comma, not the clause before
            if comma:
                cuts.setdefault(comma.start(), comma)
        # a gapped count is the last words of the sentence, at most `_GAPPED_WORDS`: read from the last comma
        # back to one with more words after it (every comma before that one has more still); each comma opens
        # a match of `_COMMA`, made only for those read (most sentences: the last comma has more words after it)
        at = body.rfind(",")
        while at >= 0 and len(body[at + 1 :].split(None, _GAPPED_WORDS)) <= _GAPPED_WORDS:
            comma = _COMMA.match(body, at)
            if comma and _gapped_count(body, comma.end(), rules.verb_lemma, lexicon):
                cuts.setdefault(comma.start(), comma)
            at = body.rfind(",", 0, at)
    own_subject = {m.end() for m in cuts.values()} - framed
    for m in [
        *_breakdown_cuts(body, lexicon),
        *_semicolon_cuts(body, lexicon),
        *_shared_subject_cuts(body, rules, lexicon),
        *_relative_fact_cuts(body, rules, lexicon),
    ]:
        cuts.setdefault(m.start(), m)
    return list(cuts.values()), own_subject


def _frames_what_follows(body: str, cut: re.Match[str], lexicon: Mapping[str, Any]) -> bool:
    """ "X hatte am Morgen gemeldet, auch die Marine sei dabei gewesen": a clause ending in a verb of speech is the
    frame of the reported speech after its comma, not a statement of its own."""
    before = body[: cut.start()].split()[-_FRAME_WORDS:]
    if not before or not names_speech(" ".join(before), lexicon, verbs_only=True):
        return False
    after = body[cut.end() :]
    return bool(find_reported_speech(after[: after.find(",")] if "," in after else after, lexicon, continues=True))


_FRAME_WORDS = 2  # "heißt es": a frame's last words before its comma
_INFINITIVE_CLAUSE = re.compile(r"[^,;:.!?]*?\bzu\s+[a-zäöüß]+(?:en|ern|eln|n)\s*(?:[,;:.!?]|$)")


def _asyndetic_cuts(body: str, rules: _ClauseRules, lexicon: Mapping[str, Any]) -> tuple[list[re.Match[str]], set[int]]:
    """ "…, die Behörde sperrte den Hafen": a second main clause without "und", in the indicative; "…, das Amt
    habe …" and "Es heißt, die Gespräche gingen weiter" are what the words before the comma say. Where those
    words name their source without a speech verb ("Laut Polizei wurde X beschädigt, ein Reaktor musste …"),
    the source speaks for the second clause too: where such a clause starts is returned as well."""
    cuts, framed = [], set()
    for m in rules.asyndetic.finditer(body):
        if not _opens_a_main_clause(body, m, rules, lexicon):
            continue
        verb = m.group("verb")
        listed = is_reported_form(verb, lexicon)  # "seien": an auxiliary's, no verb the dictionary reads as one
        before = body[: m.start()]
        if listed or is_subjunctive_form(verb) or is_unreal_form(verb, lexicon):
            # "…, die Rakete sei …, die Trümmer lägen …": a second report beside one in the clause before, or a
            # count beside one the clause before gives with its source ("Nach Angaben der Armee wurden 400
            # getötet, 300 weitere seien verletzt worden"): that source speaks for it
            clause = before[before.rfind(",") + 1 :]
            if names_speech(" ".join(clause.split()[-_FRAME_WORDS:]), lexicon):
                continue  # "X hatte gemeldet, auch die Marine sei …": the frame of what follows
            counted = _COUNT_CLAUSE.match(body, m.end()) is not None
            gives_a_source = counted and names_speech(clause, lexicon) and not names_speech(clause, lexicon, True)
            if gives_a_source or find_reported_speech(clause, lexicon, continues=True):
                framed.add(m.end())
                cuts.append(m)
            continue
        if m.group("fronted") and not _finite_after_a_phrase(verb, lexicon):
            continue
        # a second speaker with a speech verb of its own says its own ("X meldet 40 Tote, Y spricht von 20"),
        # not what the clause before reports
        # ("…, Russland lehnt das ab": a separable verb's particle closes its clause)
        speaks_itself = opens_with_speech(body[m.start("verb") :], typed_rules(lexicon).attribution)
        if names_speech(before, lexicon, verbs_only=True) and not speaks_itself:
            continue
        # a count after a source ("nach Angaben der Stadt, 100 wurden verletzt") is a clause of its own subject
        if not speaks_itself and _COUNT_CLAUSE.match(body, m.end()) is None and names_speech(before, lexicon):
            if names_speech(" ".join(before.split()[-_FRAME_WORDS:]), lexicon):
                continue  # "Aus dem Weißen Haus heißt es, die Gespräche …": the frame of what follows
            framed.add(m.end())
        cuts.append(m)
    return cuts, framed


def _opens_a_main_clause(body: str, clause: re.Match[str], rules: _ClauseRules, lexicon: Mapping[str, Any]) -> bool:
    """The word after the subject is a finite verb: one of reported speech ("seien", no verb the dictionary reads
    as one), a verb, or an auxiliary after a count ("…, mehr als zwei Millionen sind ohne Obdach"); not in an
    infinitive clause ("…, in X Zivilisten angegriffen zu haben"), which is no main clause."""
    verb = clause.group("verb")
    if _INFINITIVE_CLAUSE.match(body, clause.end()):
        return False
    return (
        is_reported_form(verb, lexicon)
        or is_verb(verb, rules.verb_lemma)
        or _auxiliary_of_a_count(body, clause, lexicon)
    )


def _auxiliary_of_a_count(body: str, clause: re.Match[str], lexicon: Mapping[str, Any]) -> bool:
    """A clause whose subject is a count and whose finite verb an auxiliary: "…, zwölf sind tot"."""
    if clause.group("verb") not in typed_rules(lexicon).attribution.phrase_ends:
        return False
    return any(_is_count(word, lexicon) for word in body[clause.end() : clause.start("verb")].split())


# "in Versen geschriebene", "in die Jahre gekommenen": a participle qualifying the noun after it
_ATTRIBUTIVE_PARTICIPLE = re.compile(r"^ge[a-zäöüß]{3,}(?:t|en)(?:e|en|er|es|em)$|^[a-zäöüß]{3,}zu[a-zäöüß]{3,}en$")


def _finite_after_a_phrase(word: str, lexicon: Mapping[str, Any]) -> bool:
    """The word after a phrase of place or time opening a clause is its finite verb: not a preposition
    ("gegen"), a number ("sieben"), a participle qualifying a noun or an infinitive with "zu"."""
    return (
        word not in typed_rules(lexicon).attribution.prepositions
        and not is_number_word(word, number_rules(lexicon))
        and not _ATTRIBUTIVE_PARTICIPLE.match(word)
    )


def _inside_a_quotation(text: str, at: int) -> bool:
    """An odd number of quotation marks before `at`: a quotation opened and not yet closed."""
    return sum(text.count(q, 0, at) for q in _DOUBLE_QUOTES) % 2 == 1


_SEMICOLON = re.compile(r";\s*")


def _semicolon_cuts(body: str, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """ "…sprach von 105 Toten; am Dienstag hatte er noch 49 genannt": a semicolon joins two statements,
    each a claim where it stands alone; the sentence's source speaks for both. Not inside a quotation, nor
    before a disclaimer of what it follows ("zwei Fischer seien verletzt worden; überprüfen ließen sich diese
    Angaben nicht"): that is no statement of its own, but the first one's hedge."""
    if ";" not in body:
        return []  # most sentences
    return [
        m
        for m in _SEMICOLON.finditer(body)
        if not _inside_a_quotation(body, m.start()) and not _disclaims_what_it_follows(body[m.end() :], lexicon)
    ]


def _disclaims_what_it_follows(clause: str, lexicon: Mapping[str, Any]) -> bool:
    """The clause after a semicolon is a disclaimer of what came before it, by its own cues."""
    return bool(disclaims_earlier(clause, find_hedges(clause, lexicon), lexicon))


def _relative_fact_cuts(body: str, rules: _ClauseRules, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """The comma before a relative clause closing the sentence that counts what happened ("…, auf dem zwölf
    Menschen getötet worden waren"): a second fact. Read from the last comma only (most sentences: none)."""
    comma = body.rfind(",")
    relative = rules.relative_fact.match(body, comma) if comma >= 0 else None
    if relative is None:
        return []
    tokens = body[relative.end() :].split()
    if _opens_a_noun_phrase(tokens, lexicon):
        return []  # ", in den frühen Morgenstunden seien …": an article, a main clause with its phrase first
    events = events_of(lexicon)
    counted = _counts_something(tokens, lexicon)  # "13 Soldaten", not a year ("im Januar 2020 getötet")
    told = counted and any(event_family(w, events) for w in _LETTERS.findall(body, relative.end()))
    return [relative] if told else []


def _opens_a_noun_phrase(tokens: list[str], lexicon: Mapping[str, Any]) -> bool:
    """The pronoun after the comma is an article: a noun follows it, right away or after an adjective ("in der
    Stadt", "in den frühen Morgenstunden"); a relative pronoun is followed by its clause ("in dem zwölf …", "auf
    dem am Samstag …")."""
    pronoun_at = 2 if tokens and tokens[0] in _RELATIVE_PREPOSITIONS else 1  # "auf dem" / "das"
    after = tokens[pronoun_at : pronoun_at + 2]
    if not after or after[0][:1].isupper():
        return not after or not _is_count(after[0], lexicon)
    adjective = len(after[0]) > _SHORTEST_ADJECTIVE and after[0].endswith(_ADJECTIVE_ENDINGS)
    return adjective and len(after) == 2 and after[1][:1].isupper() and not _is_count(after[0], lexicon)


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_SHORTEST_ADJECTIVE = 3  # "am", "nur", "nie" end no adjective
_RELATIVE_PREPOSITIONS = frozenset({"auf", "in", "an", "bei", "unter", "mit", "nach", "vor", "aus", "von"})


def _breakdown_cuts(body: str, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """The colons before a breakdown: "…: drei Seeleute, zwei Fischer …"."""
    if ":" not in body:
        return []  # most sentences
    return [m for m in _BREAKDOWN.finditer(body) if _is_count(m.group("count"), lexicon)]


def _shared_subject_cuts(body: str, rules: _ClauseRules, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """ "… und leitete …": a second verb of the first clause's subject; not "zerstört und geplündert" (two
    verbs of one statement), nor "und verbündeten Milizen" inside the first clause's verb group."""
    found = []
    for m in rules.shared_subject.finditer(body):  # most sentences: no "und" before a lower-case word
        before = body[max(0, m.start() - _LONGEST_WORD) : m.start()].rsplit(None, 1)[-1:]  # a bounded look back
        if (
            is_verb(m.group("verb"), rules.verb_lemma)
            and not (before and is_verb(before[0].strip(",;"), rules.verb_lemma))
            and not _ends_the_verb_group(body, m, _auxiliaries(typed_rules(lexicon)))
            and not _an_adjectives_form(body, m, rules.verb_lemma)
            and not _in_a_verb_final_clause(body, m.start(), lexicon)
        ):
            found.append(m)
    return found


def _in_a_verb_final_clause(body: str, at: int, lexicon: Mapping[str, Any]) -> bool:
    """ "…, wie Rebellen und verbündete Kämpfer Häuser anzünden": a clause a subordinator opens puts its verb
    last, so a word right after its "und" is no second verb of the sentence's subject."""
    opening = _LETTERS.search(body, body.rfind(",", 0, at) + 1, at)
    if opening is None:
        return False
    word = opening.group().lower()
    return word in _VERB_LAST_OPENERS or word in typed_rules(lexicon).attribution.subordinators


_VERB_LAST_OPENERS = frozenset({"wie", "ob"})  # "wie" and "ob" open a clause with its verb last, as "dass" does


def _an_adjectives_form(body: str, coordinated: re.Match[str], verb_lemma: re.Pattern[str]) -> bool:
    """ "brachten Wasser und warme Decken": before a noun, the word after "und" is an adjective's form whose stem is
    a word of the dictionary and no verb's ("dicht", "schwer"), so the "und" joins two objects; a verb's stem
    ("forderten Hilfe": "fordert") or a participle's ("zerstörte Häuser") stays a verb."""
    verb = coordinated.group("verb")
    if not _NOUN_AFTER.match(body, coordinated.end("verb")):
        return False
    for ending in ("en", "em", "er", "es", "e"):
        stem = verb[: -len(ending)]
        if verb.endswith(ending) and len(stem) >= 3 and is_known(stem, exact=True):
            return not is_verb(stem, verb_lemma)
    return False


_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ]")


_GAPPED = re.compile(
    r"(?:[a-zäöüß]+\s+)?(?P<count>[\w.,]+)\s+(?:(?P<adverb>[a-zäöüß]+)\s+)?(?P<verb>[a-zäöüß]+)[.!]?\s*$"
)
_GAPPED_WORDS = 4  # the most runs of non-spaces `_GAPPED` matches: a word, the count, an adverb, the verb


def _gapped_count(body: str, at: int, verb_lemma: re.Pattern[str], lexicon: Mapping[str, Any]) -> bool:
    """ "…, Dutzende offenbar verletzt.": a count with its participle closing the sentence, the auxiliary left
    out as the clause before has it, and a hedge of its own: a claim of its own, as sure as its hedge says.
    Without one ("…, 40 weitere verletzt.") it stays with the count before it, one report of a toll."""
    gapped = _GAPPED.match(body, at)
    if gapped is None or not is_verb(gapped.group("verb"), verb_lemma) or not _is_count(gapped.group("count"), lexicon):
        return False
    return bool(find_hedges(body[at:], lexicon))


# "24 Menschen wurden verletzt.", "Mindestens 30 Häuser brannten.": a count, its noun, its verb, and the end
_SHORT_COUNT = re.compile(
    r"(?:(?P<count>[\w.,]+)|[A-ZÄÖÜ][a-zäöüß]+\s+(?P<after>[\w.,]+))"
    r"\s+[A-ZÄÖÜ][a-zäöüß]+\s+(?:(?!sich\b)[a-zäöüß]+\s+)?(?P<verb>(?!sich\b)[a-zäöüß]+)(?:\s+sich)?\.\s*$"
)  # a reflexive verb's "sich" may close it: "20 Abgeordnete enthielten sich."


def _short_count(text: str, lexicon: Mapping[str, Any]) -> bool:
    """A sentence too short for a claim that states a count of a noun with its verb: a fact however short
    ("Zehn Stockwerke hoch." has no verb)."""
    short = _SHORT_COUNT.match(text.strip())
    if short is None or not _is_count(short.group("count") or short.group("after"), lexicon):
        return False
    return is_verb(short.group("verb"), _clause_rules(typed_rules(lexicon).claims).verb_lemma)


def _short_denial(text: str, lexicon: Mapping[str, Any]) -> bool:
    """ "Sabirsk bestreitet dies.": a speaker denying what the sentence before told is a claim however few its words."""
    return len(text.split()) >= _DENIAL_WORDS and find_stance(text, lexicon) == "deny" and points_back(text, lexicon)


_DENIAL_WORDS = 3  # a subject, the verb, the object pointing back


def _own_speech_of_a_count(text: str, lexicon: Mapping[str, Any]) -> bool:
    """ "Lindenau meldet 40 Tote, Sabirsk spricht von 200": before a clause with a speaker of its own, a speaker
    naming a count with a speech verb is a statement of its own, however few its words."""
    return any(word[:1].isdigit() or _is_count(word, lexicon) for word in text.split()) and names_speech(
        text, lexicon, verbs_only=True
    )


def _states_a_count(text: str, lexicon: Mapping[str, Any]) -> bool:
    """A clause whose subject is a count, with its verb: "30 wurden verletzt", "Dutzende offenbar verletzt"."""
    if _COUNT_CLAUSE.match(text):
        return True
    gapped = _GAPPED.match(text) or _COUNT_WORD_CLAUSE.match(text)
    return gapped is not None and _is_count(gapped.group("count"), lexicon)


def _is_count(word: str, lexicon: Mapping[str, Any]) -> bool:
    """ "30", "Hunderte", "zwölf"; not "ein", an article as often as a number."""
    if word[:1].isdigit():
        return True
    return is_number_word(word, number_rules(lexicon)) and word.lower() not in stopwords(lexicon)


def _says_something(text: str, lexicon: Mapping[str, Any]) -> bool:
    """A word in lower case that is no article or preposition: a verb, a participle, an adjective."""
    stop = stopwords(lexicon)
    return any(w[0].islower() and len(w) > 2 and w not in stop for w in _LETTERS.findall(text))


def _is_headline(text: str) -> bool:
    return not text.rstrip().endswith((".", "!", "?", '"', "“", "»", "«", ")"))


def _headline_statement(statement: str, furniture: Furniture) -> bool:
    """A headline's statement: short, with no full stop nor comma, and not cut off ("… in der")."""
    words = statement.split()
    last = words[-1].strip("\"“”«»'").lower() if words else ""
    ends_open = last in furniture.headline_no_end or last in furniture.articles
    return _is_headline(statement) and "," not in statement and 0 < len(words) <= _HEADLINE_WORDS and not ends_open


_CAPITALISED_WORD = re.compile(r"(?<=[^\W\d_]) ([A-ZÄÖÜ][a-zäöüß]+)(?![\w-])")
_HEADLINE_BLOCKS = 3  # a page's kicker and headline stand in its first blocks
_KICKER_WORDS = 3  # an event, a preposition and a place: "Brand im Hafen"
_NOMINAL_WORDS = 3  # "Zwei Verletzte", "zwölf schwer Verletzte"
_MIN_ELLIPTICAL = 2  # "Alle erschossen"


@once_per_lexicon
def _sentence_openers(rules: AttributionRules) -> frozenset[str]:
    """Articles and prepositions: capitalised only where a sentence starts."""
    return frozenset(map(str, (*rules.determiners, *rules.prepositions)))


def _glued_headlines(text: str, sentences: list[Sentence], lexicon: Mapping[str, Any]) -> list[Sentence]:
    """A kicker glued to its headline by a scraped page ("Fähre auf Grund gelaufen In Lindenau sitzen 300
    Reisende fest"): an article, a preposition or a number capitalised inside a headline line of the
    page's top starts its second sentence, where both parts are claims and no quotation runs on."""
    return _split_top_headlines(text, sentences, lambda line: _kicker_cuts(line, lexicon))


def _kicker_cuts(line: str, lexicon: Mapping[str, Any]) -> list[tuple[int, int, bool]]:
    openers = _sentence_openers(typed_rules(lexicon).attribution)
    numbers = number_rules(lexicon)
    cuts: list[tuple[int, int, bool]] = []
    start = 0
    for m in _CAPITALISED_WORD.finditer(line):
        word, before = m.group(1), line[start : m.start()]
        if not (word.lower() in openers or is_number_word(word, numbers)):
            continue
        if sum(map(before.count, _QUOTE_MARKS)) % 2 or not is_claim(line[m.start(1) :], lexicon):
            continue
        kicker = not start and _names_an_event(before, lexicon)
        if kicker or is_claim(before, lexicon):
            cuts.append((m.start(), m.start(1), kicker))
            start = m.start(1)
    return cuts


_LISTED = re.compile(r",\s+(?=[^\W_])")


def _listed_headline_facts(text: str, sentences: list[Sentence], lexicon: Mapping[str, Any]) -> list[Sentence]:
    """A headline of the page's top listing facts as noun phrases ("Zwei Verletzte, hohe Schäden und …"):
    each phrase before a comma that counts or names an event is a claim of its own, however short."""
    return _split_top_headlines(text, sentences, lambda line: _list_cuts(line, lexicon))


def _list_cuts(line: str, lexicon: Mapping[str, Any]) -> list[tuple[int, int, bool]]:
    cuts: list[tuple[int, int, bool]] = []
    start = 0
    for comma in _LISTED.finditer(line):
        going_on = line[comma.end() :].split(None, 1)[0].strip(",;:").lower()
        if going_on in _clause_openers(lexicon):
            continue  # ", der bleibt", ", warum …": a clause hangs on the phrase, no list
        part = line[start : comma.start()]
        if _nominal_fact(part, lexicon) or _elliptical_statement(part, lexicon):  # "Vier Geiseln befreit, …"
            cuts.append((comma.start(), comma.end(), True))
            start = comma.end()
    if cuts and _nominal_fact(line[start:].rstrip(" .!"), lexicon):
        cuts.append((len(line), len(line), True))  # "…, Hunderte Tote": the last phrase is a fact too
    return cuts


def _split_top_headlines(
    text: str, sentences: list[Sentence], cuts: Callable[[str], list[tuple[int, int, bool]]]
) -> list[Sentence]:
    """Each headline line of the page's top split where `cuts` says: (end of a part, start of the next,
    whether the part is a claim in the headline's nominal style however short)."""
    split: list[Sentence] = []
    for sentence in sentences:
        line = text[sentence.start : sentence.end]
        headline = sentence.block < _HEADLINE_BLOCKS and "\n" not in line and _is_headline(line)
        start = 0
        for end, following, nominal in cuts(line) if headline else ():
            split.append(Sentence(sentence.start + start, sentence.start + end, sentence.block, nominal))
            start = following
        if not start or start < len(line):
            split.append(replace(sentence, start=sentence.start + start) if start else sentence)
    return split


@once_per_lexicon
def _clause_openers(lexicon: Mapping[str, Any]) -> frozenset[str]:
    """Words that open a clause after a comma, not a noun phrase: articles, relative and question words,
    conjunctions, pronouns."""
    typed = typed_rules(lexicon)
    attribution = typed.attribution
    words = (*attribution.subordinators, *attribution.pronouns, *attribution.demonstratives)
    words += typed.hedging.interrogatives
    return stopwords(lexicon) | {str(w).lower() for w in words}


def _nominal_fact(phrase: str, lexicon: Mapping[str, Any]) -> bool:
    """A noun phrase stating a fact: a count or adjectives, then the noun, which names an event or is
    counted ("Zwei Verletzte", "hohe Schäden", "120 Obdachlose")."""
    words = phrase.split()
    if not 1 < len(words) <= _NOMINAL_WORDS or not words[-1][:1].isupper():
        return False
    numbers = number_rules(lexicon)
    before = words[:-1]
    counted = any(_is_count(w, lexicon) for w in before)
    if not all(w[:1].islower() or w[:1].isdigit() or is_number_word(w, numbers) for w in before):
        return False
    return counted or bool(event_family(words[-1].lower(), events_of(lexicon)))


def _short_headlines(text: str, sentences: list[Sentence], lexicon: Mapping[str, Any]) -> list[Sentence]:
    """A line of its own too short for a claim that counts what happened in a predicate ("Zwölf Seeleute tot",
    "120 Häuser zerstört", a subheading): a claim in the headline's elliptical style. A noun naming the
    event ("Der lange Tod") or no count ("Die Komfortzone verlassen") makes a title, no statement."""
    lines = Counter(s.block for s in sentences)
    return [
        replace(s, nominal=True)
        if lines[s.block] == 1 and not s.nominal and _elliptical_statement(text[s.start : s.end], lexicon)
        else s
        for s in sentences
    ]


def _elliptical_statement(line: str, lexicon: Mapping[str, Any]) -> bool:
    words = _LETTERS.findall(line)
    if not _MIN_ELLIPTICAL <= len(words) < typed_rules(lexicon).claims.min_words:
        return False
    if not _is_headline(line.strip('"“”„')) or not any(_is_count(w, lexicon) for w in line.split()):
        return False  # a sentence; "Der verlassene Campus", "Die Komfortzone verlassen": titles
    rules = events_of(lexicon)
    return any(event_family(w, rules) for w in words if w[:1].islower() and len(w) > 2)


def _names_only_its_war(line: str, lexicon: Mapping[str, Any]) -> bool:
    """A headline's line opened by a war, a conflict or a crisis, with no verb, adjective nor count ("Krieg um
    Sabirsk", "Lindenau-Konflikt: alle Entwicklungen"): the page's label of its topic. "Explosion an der Brücke",
    "Tote bei Gefechten" name what happened."""
    if not _is_headline(line) or holds_a_digit(line) or _says_something(line, lexicon):
        return False
    first = (line.split(maxsplit=1) or [""])[0].strip(_PUNCTUATION).lower()
    return first.endswith(_war_labels(typed_rules(lexicon).claims))


@once_per_lexicon
def _war_labels(rules: ClaimRules) -> tuple[str, ...]:
    return tuple(w.lower() for w in rules.war_labels)


def _names_an_event(kicker: str, lexicon: Mapping[str, Any]) -> bool:
    """A kicker of a few words naming an event ("Brand im Hafen von Lindenau"): a claim in the headline's
    nominal style, where a label of the page ("Ukraine-Krieg") names none."""
    words = _LETTERS.findall(kicker)
    if len(words) < _KICKER_WORDS or not any(w[:1].islower() for w in words):
        return False
    rules = events_of(lexicon)
    return any(event_family(w.lower(), rules) for w in words if w[:1].isupper())


def _topic_headlines(text: str, sentences: list[Sentence], lexicon: Mapping[str, Any]) -> list[Sentence]:
    """A headline "Topic: statement" (a line of its own) is one claim where its topic states nothing
    ("Explodierte Boote: Panik in Port Sabir"); where the topic is a statement itself ("Fähre gesunken:
    Hafen gesperrt"), it is a claim of its own, without its colon; where it names the page's war ("Krieg um
    Sabirsk: …"), a label apart. In running text, or before a cut-off line, a colon still ends a sentence."""
    furniture = typed_rules(lexicon).furniture
    last_of_block = {s.block: s for s in sentences}
    first_of_block = {s.block: s for s in reversed(sentences)}
    joined: list[Sentence] = []
    for sentence in sentences:
        before = joined[-1] if joined else None
        topic = text[before.start : before.end].rstrip() if before else ""
        if before and topic.endswith(":") and before.block == sentence.block:
            opens_line = first_of_block[before.block].start == before.start
            labelled = not opens_line and _after_a_label(text, joined, first_of_block[before.block], lexicon)
            whole_line = (opens_line or labelled) and last_of_block[sentence.block] is sentence
            if whole_line and _headline_statement(text[sentence.start : sentence.end], furniture):
                stated = topic[:-1].rstrip()
                speaker = _speaker_after_a_dash(stated)
                if speaker is not None:  # "Hafen beschossen – Ministerium: Zwei Tote": the speaker's own statement
                    joined[-1] = Sentence(before.start, before.start + speaker[0], before.block)
                    joined.append(Sentence(before.start + speaker[1], sentence.end, sentence.block))
                    continue
                if labelled or _names_only_its_war(stated, lexicon):
                    joined.append(sentence)  # "Krieg um Sabirsk: …": the page's label stays apart, no claim
                    continue
                if not _says_something(stated, lexicon):
                    joined[-1] = Sentence(before.start, sentence.end, sentence.block)
                    continue
                joined[-1] = Sentence(before.start, before.start + len(stated), before.block)
        joined.append(sentence)
    return joined


def _after_a_label(text: str, joined: list[Sentence], first: Sentence, lexicon: Mapping[str, Any]) -> bool:
    """ "Krieg um Sabirsk: Hafen beschossen – Ministerium: Zwei Tote": the statement before the speaker's colon opens
    its line but for a label before it that states nothing (the war's name, a topic); only a speaker after a dash is
    read there ("Thema: Armee: …" stays a speaker's line of its own)."""
    if len(joined) < 2 or joined[-2] is not first:
        return False
    label = text[first.start : first.end].rstrip()
    return label.endswith(":") and (_names_only_its_war(label[:-1], lexicon) or not _says_something(label, lexicon))


# a headline's statements parted by a dash or a slash: "… beschossen – Ministerium", "… / Ansarullah"
_HEADLINE_PARTS = re.compile(r"\s[–—/-]\s")


def _speaker_after_a_dash(topic: str) -> tuple[int, int] | None:
    """ "Hafen beschossen – Ministerium: Zwei Tote": a headline's last part, after a dash or a slash, is a speaker of
    a few capitalised words before the colon, whose statement follows it: where the part before ends, and where
    the speaker starts."""
    parts = list(_HEADLINE_PARTS.finditer(topic))
    if not parts:
        return None
    speaker = topic[parts[-1].end() :].split()
    if not 0 < len(speaker) <= _SPEAKER_WORDS or not all(w[:1].isupper() for w in speaker):
        return None
    return parts[-1].start(), parts[-1].end()


def _statements(draft: _Draft, lexicon: Mapping[str, Any]) -> list[_Draft]:
    """Two statements of one subject ("Die USA bestätigten die Berichte nicht, warnten aber davor, dass …")
    are two claims, and so are a headline's two ("… gesichtet – kein Dementi von Sharif"); in running
    text a dash sets off an aside; so are two main clauses, with "und" or without (`_clause_cuts`). The parts keep
    the sentence's sources, but for a clause with a subject of its own; hedges and speech stay with their part."""
    stated = _headline_cuts(draft.body, lexicon)
    clauses, own_subject = _clause_cuts(draft.body, lexicon)
    tolls = _gapped_toll_cuts(draft, lexicon)
    gapped = [*_gapped_speech_cuts(draft, lexicon), *tolls]
    own_subject |= {m.end() for m in gapped}
    counts = {m.end() for m in tolls}  # "… getötet und 300 verletzt": a count of its own, however few its words
    cuts = sorted([*_second_statements(draft.body, lexicon), *stated, *clauses, *gapped], key=lambda m: m.start())
    if not cuts:
        return [draft]
    parts = []
    bounds = list(zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(draft.body)], strict=True))
    # A clause with a subject of its own keeps the sources named inside it: the captain denying in
    # "…, der Kapitän bestreitet …" is no source of the clause before.
    owned = [(start, end) for start, end in bounds if _owns_its_sources(draft, start, end, own_subject)]
    shared = 0
    if stated:
        # A headline's statements speak for themselves ("Lindenau meldet zwei Tote – Sabirsk schweigt"), but
        # for a speaker before a colon opening the line ("Bürgermeister: Hafen zu – Fähren fahren nicht").
        owned, shared = bounds, _speaker_prefix(draft.body)
    for start, end in bounds:
        text = draft.body[start:end]
        short = start > 0 and _short_count(text, lexicon)  # "…, 12 Seeleute wurden verletzt.", whoever speaks for it
        counted = short or (
            start > 0 and (start in counts or _states_a_count(text, lexicon))
        )  # "…, 30 wurden verletzt"
        if not (
            _is_a_statement(text, lexicon, headline=bool(stated))
            or (start in own_subject and counted)
            or (bool(own_subject) and _own_speech_of_a_count(text, lexicon))
            or short
        ):
            return [draft]  # a part too short to stand alone: keep the sentence whole
        parts.append(_part(draft, (start, end), owned, shared, _said_on(text, start, counted, lexicon)))
    return parts


def _second_statements(body: str, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """Where a second statement of one subject starts ("…, warnten aber davor"); not after a subject that has not had
    its verb yet ("Mehrere Staaten, darunter X und Y, gehen davon aus": the comma closes its aside)."""
    coordinated, _, _ = _claim_rules(typed_rules(lexicon).claims)
    return [m for m in coordinated.finditer(body) if _holds_a_finite_verb(body[: m.start()], lexicon)]


# the lemmas of the auxiliaries, the copula and the modals: a clause's finite verb though no word of an event
_FINITE_LEMMAS = frozenset({"sein", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen"})


def _holds_a_finite_verb(text: str, lexicon: Mapping[str, Any]) -> bool:
    """ "Das Virus wurde weniger gefährlich", "X war ähnlich": a verb of the dictionary, or an auxiliary or copula."""
    words = _LETTERS.findall(text)
    finite = any((w.islower() or at == 0) and lemma(w.lower()) in _FINITE_LEMMAS for at, w in enumerate(words))
    return finite or _holds_a_verb(words, lexicon)


def _said_on(text: str, start: int, counted: bool, lexicon: Mapping[str, Any]) -> bool:
    """Whether a part goes on with what the sentence's speaker said: a count after the first ("…, 30 wurden
    verletzt"), or a part pointing back to what was said ("…, acht der Toten seien demnach Kinder")."""
    return counted or (start > 0 and goes_on_from_before(text, typed_rules(lexicon).attribution))


# "… zwölf Seeleute getötet und rund 40 verletzt.": after "und", a count with its participle closing the sentence, the
# auxiliary left out as the first clause has it ("und 20 weitere Fischer verletzt", "und neun verletzt worden")
_GAPPED_TOLL = re.compile(
    r"\s+und\s+(?=(?:[a-zäöüß]+\s+){0,2}(?P<count>[\w.,]+)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?"
    r"(?P<verb>[a-zäöüß]+)(?:\s+[a-zäöüß]+)?[.!]?\s*$)"
)


def _gapped_toll_cuts(draft: _Draft, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """ "… wurden zwölf Seeleute getötet und rund 40 verletzt": two counts, each with its participle, tell two facts,
    the dead and the injured, each of which other reports tell alone. Not where a hedge or reported speech stands before
    ("sollen … getötet und … verletzt worden sein"): the second count would lose it."""
    if " und " not in draft.body or draft.hedges or draft.speech:
        return []  # nearly every sentence
    gapped = _GAPPED_TOLL.search(draft.body)
    if gapped is None or not _is_count(gapped.group("count"), lexicon):
        return []
    verb_lemma = _clause_rules(typed_rules(lexicon).claims).verb_lemma
    before = draft.body[: gapped.start()].split()[-4:]  # "zwölf Seeleute getötet", "mindestens drei Fischer getötet"
    counted_before = len(before) > 1 and any(_is_count(word, lexicon) for word in before[:-1])
    if not counted_before or not is_verb(before[-1], verb_lemma) or not is_verb(gapped.group("verb"), verb_lemma):
        return []
    return [gapped]


def _part(draft: _Draft, part: tuple[int, int], owned: list[tuple[int, int]], shared: int, counted: bool) -> _Draft:
    """One part of a sentence as a draft of its own, with its hedges, speech and sources."""
    start, end = part
    text = draft.body[start:end]
    speech = [replace(m, start=m.start - start, end=m.end - start) for m in draft.speech if start <= m.start < end]
    # "nach Angaben der Armee starben 50, 73 wurden verletzt": a count going on from the first is the same source's
    closing = _closing_frame(draft.body, draft.attribution) if speech else ()
    attribution = _part_sources(draft.attribution, part, owned, bool(speech) or counted, shared, closing)
    return replace(
        draft,
        sentence=Sentence(draft.sentence.start + start, draft.sentence.start + start + len(text), draft.sentence.block),
        body=text,
        hedges=[replace(h, start=h.start - start, end=h.end - start) for h in draft.hedges if start <= h.start < end],
        speech=speech,
        attribution=_mentioning_within(shifted(attribution, start), len(text)),
    )


def _owns_its_sources(draft: _Draft, start: int, end: int, own_subject: Collection[int]) -> bool:
    """A clause with a subject of its own; or a part after a semicolon that names its own source where the clause
    before names another ("Lindenau macht Sabirsk verantwortlich; Sabirsk bestreitet jede Verwicklung"): each
    speaks for its own. Where only the part names one, it speaks for both ("…; am Abend hatten die Behörden noch
    21 Tote gemeldet")."""
    if start in own_subject:
        return True
    if start == 0 or draft.body[:start].rstrip()[-1:] != ";":
        return False  # nearly every part
    origins = [source.start for source in draft.attribution.sources if source.role == "origin"]
    return any(start <= at < end for at in origins) and any(0 <= at < start for at in origins)


def _is_a_statement(part: str, lexicon: Mapping[str, Any], headline: bool) -> bool:
    """A part of a sentence that is a claim of its own. A headline's part is terse: a word shorter with its verb
    ("Hafenamt zählt zwölf Verletzte", "Lindenau beschießt Sabirsk") is a statement; without one ("außer am Sonntag",
    "Der Hafentag kompakt") a fragment or a label."""
    if not headline:
        return is_claim(part, lexicon)
    words = _LETTERS.findall(part)
    if words and words[0] in typed_rules(lexicon).attribution.subordinators:
        return False  # "… – wenn das Wetter es zulässt": the first statement's clause, no statement
    if is_claim(part, lexicon):
        return True
    if _a_part_of_the_count_before(part, lexicon):
        return True  # "14 Tote in Lindenau – darunter drei Seeleute": a fact of its own in the headline's style
    if not is_claim(part, lexicon, fewer_words=1):
        return False
    return _holds_a_verb(words, lexicon)


def _holds_a_verb(words: list[str], lexicon: Mapping[str, Any]) -> bool:
    verb_lemma, stop = _clause_rules(typed_rules(lexicon).claims).verb_lemma, stopwords(lexicon)
    return any(is_verb(word, verb_lemma) and word not in stop for word in words)  # "wegen" is no verb


def _a_part_of_the_count_before(part: str, lexicon: Mapping[str, Any]) -> bool:
    """ "darunter neun Kinder", "unter ihnen zwei Soldaten": a subset word (seeds/lexicon/numbers.json) opening a
    count with its noun."""
    low = part.strip().lower()
    subset = typed_rules(lexicon).numbers.subset
    opens = next((str(w) for w in subset if low.startswith(str(w).lower() + " ")), None)
    return opens is not None and _counts_something(part.strip()[len(opens) :].split(), lexicon)


def _headline_cuts(body: str, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """The dashes between a headline's statements. "Krieg in der Ukraine – Russland greift Kiew an": a topic
    before the dash, not a statement; nor is a dash inside a quotation („Wir bleiben – was auch kommt“)."""
    if not _is_headline(body.rstrip(_CLOSING_QUOTES)):  # "… spricht von «Kriegserklärung»"
        return []
    _, headline, _ = _claim_rules(typed_rules(lexicon).claims)
    return [
        m
        for m in headline.finditer(body)
        if _states_before(body[: m.start()], lexicon) and not _inside_a_quotation(body, m.start())
    ]


def _states_before(text: str, lexicon: Mapping[str, Any]) -> bool:
    """What stands before a headline's dash states something: a word in lower case, or a count of what happened
    ("Zwölf Tote auf dem Markt – Lindenau beschuldigt Sabirsk"), the headline's nominal style; not a topic with a
    count ("Zwei Jahre Krieg – …")."""
    return _says_something(text, lexicon) or _counts_what_happened(text.split(), lexicon)


def _counts_what_happened(words: list[str], lexicon: Mapping[str, Any]) -> bool:
    """A count with a noun naming an event among the words: "Zwölf Tote", "mindestens 31 Tote", "zwei Verletzte";
    "Zwei Jahre" counts no event."""
    events = events_of(lexicon)
    return any(
        _is_count(a, lexicon) and b[:1].isupper() and bool(event_family(b.lower().strip(_PUNCTUATION), events))
        for a, b in itertools.pairwise(words)
    )


def _counts_something(words: list[str], lexicon: Mapping[str, Any]) -> bool:
    """A count with its noun among the words: "Zwölf Tote", "13 Soldaten"."""
    return any(_is_count(a, lexicon) and _nominal_fact(f"{a} {b}", lexicon) for a, b in itertools.pairwise(words))


@once_per_lexicon
def _gapped_speech(rules: Lexicon) -> re.Pattern[str]:
    return re.compile(rules.attribution.gapped_speech)


def _gapped_speech_cuts(draft: _Draft, lexicon: Mapping[str, Any]) -> list[re.Match[str]]:
    """ "Kiew spricht von zwölf Toten, Moskau von drei": the comma before a second speaker whose verb is left
    out, where attribution took that speaker for a source: two statements, each of its own speaker."""
    cuts = []
    for _, verb_end in draft.attribution.speech_verbs:
        gapped = _gapped_speech(typed_rules(lexicon)).match(draft.body, verb_end)
        if gapped and any(
            gapped.start("speaker") <= s.start < gapped.end("speaker") for s in draft.attribution.sources
        ):
            comma = _COMMA.match(draft.body, draft.body.rfind(",", 0, gapped.start("speaker")))
            cuts += [comma] if comma else []
    return cuts


def _mentioning_within(attribution: Attribution, length: int) -> Attribution:
    """A part's attribution names only the parties mentioned in the part: "Iranische Rakete trifft Klinik –
    Israel bombardiert Reaktor" is two facts, each with its own actors (the sentence's sources stay)."""
    attribution.mentions = [m for m in attribution.mentions if 0 <= m.start and m.end <= length]
    return attribution


def _speaker_prefix(headline: str) -> int:
    """Where a speaker of the whole line ends: "Peskow: …", "Hafenamt Lindenau: …" (a name of a few words before
    a colon), else 0."""
    colon = headline.find(":")
    return colon if 0 < colon and len(headline[:colon].split()) <= _SPEAKER_WORDS else 0


def _part_sources(
    attribution: Attribution,
    part: tuple[int, int],
    owned: list[tuple[int, int]],
    speaks: bool,
    shared: int = 0,
    closing: Collection[Source] = (),
) -> Attribution:
    """The sources of one part of a sentence. "…, und in der Hauptstadt wurde …": a clause with a subject
    of its own is not said by the first one's speaker (only a source named inside it, or none), unless
    it speaks in reported speech itself; and the captain denying in "…, der Kapitän bestreitet …" is no
    source of the clause before. A source named in the claim before `shared` speaks for every part, and so does one
    in the frame closing it (`closing`: "X greife nicht an, die Schüsse kämen von Y, erklärte X")."""
    start, end = part
    if part in owned and not speaks:
        kept = [s for s in attribution.sources if start <= s.start < end or 0 <= s.start < s.end <= shared]
        if not kept and any(start <= verb < end for verb, _ in attribution.speech_verbs):
            return attribution  # "…, am Mittag hatte die Armee neun Tote gemeldet": a speaker named before
        return replace(attribution, sources=kept)
    others = [(a, b) for a, b in owned if a != start]
    if not others:
        return attribution
    return replace(
        attribution,
        sources=[s for s in attribution.sources if s in closing or not any(a <= s.start < b for a, b in others)],
    )


def _closing_frame(body: str, attribution: Attribution) -> list[Source]:
    """The sources of a speech frame closing the sentence after a comma, its verb first (", erklärte die Miliz."):
    who says all the reported speech before it."""
    if not attribution.speech_verbs:
        return []
    verb_start, verb_end = attribution.speech_verbs[-1]
    if not body[:verb_start].rstrip().endswith(","):
        return []  # "…, der Kapitän bestreitet …": a clause of its own
    after = [s for s in attribution.sources if s.start >= verb_end]
    return after if after and not body[max(s.end for s in after) :].strip(' .!?"“”»«') else []


def _span(norm: NormalisedText, start: int, end: int) -> Span:
    a, b = norm.to_original(start, end)
    return Span(norm.original[a:b], a, b)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans replaced by spaces (offsets stay valid)."""
    if not spans:
        return text  # a claim no one is named in and nothing hedges: the text itself, read once already
    clamped = sorted((max(start, 0), max(end, 0)) for start, end in spans)
    if all(end <= len(text) for _, end in clamped):
        pieces, at = [], 0  # sliced rather than a list of characters: spans are few and text is long
        for start, end in clamped:
            if end > start and end > at:  # a span ending where it starts, or before, blanks nothing
                if start > at:
                    pieces.append(text[at:start])
                pieces.append(" " * (end - max(start, at)))
                at = end
        pieces.append(text[at:])
        return "".join(pieces)
    chars = list(text)  # a span past the text's end lengthens it, as it always did
    for start, end in spans:
        chars[max(start, 0) : max(end, 0)] = " " * (max(end, 0) - max(start, 0))
    return "".join(chars)


def find_credits(text: str, knowledge: Knowledge) -> tuple[str, ...]:
    """Wire agencies credited in the page: "(AFP)", "dpa/sh", "(dpa-AFX)", "Von red/dpa", "Quelle: Reuters"."""
    return wire_credits(text, knowledge.lexicon)


@dataclass
class _Carry:
    """What one sentence leaves to the next: the sentence and paragraph before, whether someone spoke in
    it, the paragraph of the last speaker, the place named last, and the attribution's memory."""

    memory: ArticleMemory
    previous_start: int = 0
    previous_body: str = ""
    previous_block: int = -1
    previous_spoke: bool = False
    speaker_block: int = -2  # the paragraph of the last sentence that named a speaker or reported speech
    last_place: tuple[int, str] | None = None  # (paragraph, name) of the place named last
    last_person: tuple[int, str] | None = None  # (paragraph, name) of the person told of last
    places_named: Counter[str] = field(default_factory=Counter)  # how often the article names each place


@quick_init
@dataclass(frozen=True)
class _Reading:
    """One sentence read: its hedges, reported speech and sources, and the place "die Region" refers to."""

    hedges: list[Hedge]
    speech: list[SpeechMark]
    attribution: Attribution
    implied_place: str | None
    implied_person: str | None = None  # whom "seinen Tod" tells of


def _implied_place(body: str, sentence: Sentence, carry: _Carry, knowledge: Knowledge) -> str | None:
    """ "Die russische Region war … erobert worden": the region named just before, in the same paragraph."""
    places = named_places(body, knowledge)
    implied = None
    if not places and carry.last_place and carry.last_place[0] == sentence.block and refers_back(body, knowledge):
        implied = carry.last_place[1]
    names = [p for p in places if not is_known(p)]  # "nach Angaben", "nach dem Gesetz" name no place
    if names:
        carry.last_place = (sentence.block, names[-1])
        carry.places_named.update(place_name(name, knowledge) for name in names)  # "Charkow" sets it in "Charkiw"
    return implied


@once_per_lexicon
def _goes_on(rules: Lexicon) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """ "weiter", "zudem": the pattern, and the words one of which it needs (`leading_words`, folded)."""
    pattern = rf"\b(?:{'|'.join(rules.attribution.continuation_adverbs)})\b"
    return re.compile(pattern, re.IGNORECASE), leading_words(pattern, re.IGNORECASE)


def _says_it_goes_on(body: str, lexicon: Mapping[str, Any]) -> bool:
    """Whether the sentence holds a continuation adverb; searched only where its words may hold one."""
    pattern, words = _goes_on(typed_rules(lexicon))
    return holds_a_word(words, body, folded=True) and pattern.search(body) is not None


def _hedges_and_speech(
    body: str, sentence: Sentence, carry: _Carry, lexicon: Mapping[str, Any]
) -> tuple[list[Hedge], list[SpeechMark]]:
    """The sentence's hedge cues and Konjunktiv forms, before its sources are known."""
    same_paragraph = carry.previous_block == sentence.block
    hedges = find_hedges(body, lexicon, carry.previous_body if same_paragraph else "")
    speech = find_reported_speech(body, lexicon, continues=same_paragraph and carry.previous_spoke)
    if hedges and (
        (same_paragraph and carry.previous_spoke)
        # "hieß es weiter", "Zudem hieß es": the speaker of the paragraph before goes on (read only for a hedge)
        or (carry.speaker_block >= sentence.block - 1 and _says_it_goes_on(body, lexicon))
    ):
        # "…, hieß es." right after a sentence that named who speaks, or "hieß es weiter" after a
        # paragraph that did: that speaker goes on.
        hedges = _attributed(hedges)
    return hedges, speech


def _sourced_hedges(hedges: list[Hedge], attribution: Attribution) -> list[Hedge]:
    """ "heißt es aus Kiew" names its source: attribution, not hearsay; "…, hieß es." continues the source
    named before it."""
    if not hedges:
        return hedges  # most sentences: nothing hedged, nothing to read as attribution
    if any((src.role == "origin" or src.medium) and src.start >= 0 for src in attribution.sources):
        return _attributed(hedges, named=True)
    if any(src.role == "origin" for src in attribution.sources):
        return _attributed(hedges)
    return hedges


def _spoke(body: str, sentence: Sentence, reading: _Reading, carry: _Carry, lexicon: Mapping[str, Any]) -> bool:
    """Someone speaks in the sentence ("sagte", "nach Angaben", "teilte … mit", a named source, reported
    speech), or it is all in quotes and goes on with the speaker of the one before it."""
    attribution = reading.attribution
    if reading.speech or (attribution.sources and any(s.role == "origin" or s.medium for s in attribution.sources)):
        return True
    if attribution.phrases or names_speech(body, lexicon, verbs_only=True):
        return True
    quoted = body.lstrip()[:1] in _QUOTE_MARKS and body.rstrip(" .")[-1:] in _QUOTE_MARKS
    return quoted and carry.previous_block == sentence.block and carry.previous_spoke


def _read_sentence(body: str, sentence: Sentence, carry: _Carry, knowledge: Knowledge) -> _Reading:
    """Hedges, reported speech and sources of one sentence, with what it carries on from those before it;
    `carry` is brought up to date for the next one."""
    lexicon = knowledge.lexicon
    implied = _implied_place(body, sentence, carry, knowledge)
    hedges, speech = _hedges_and_speech(body, sentence, carry, lexicon)
    reportative = unsourced = False  # most sentences: no hedge
    if hedges:
        reportative = any(h.kind in ("reportative", "undecided") for h in hedges)
        # The author's own hearsay, with no named source: such a sentence does not inherit one. A doubting word
        # in reported speech ("Dort hätten angeblich tausend Menschen Schutz gesucht") doubts the speaker before,
        # whose words go on; so does the author's disclaimer of them ("…, seien eingenommen worden, was sich
        # nicht überprüfen ließ").
        unsourced_kinds = knowledge.rules.hedging.unsourced_kinds
        unsourced = any(
            h.kind in unsourced_kinds and not (speech and h.kind in ("lexical", "unverified")) for h in hedges
        )
    carry.memory.offset_of_previous = sentence.start - carry.previous_start
    carry.memory.read_to = sentence.end
    carry.memory.reports_speech = bool(speech) and not asked_only(body, speech, lexicon)
    carries_over = (bool(speech) or reportative) and not unsourced
    attribution = attribute_sentence(body, sentence.block, knowledge, carry.memory, carries_over=carries_over)
    carry.previous_start = sentence.start
    person = _implied_person(body, sentence, attribution, carry, lexicon)
    reading = _Reading(_sourced_hedges(hedges, attribution), speech, attribution, implied, person)
    spoke = _spoke(body, sentence, reading, carry, lexicon)
    if spoke:
        carry.speaker_block = sentence.block
    carry.previous_body, carry.previous_block, carry.previous_spoke = body, sentence.block, spoke
    return reading


def _implied_person(
    body: str, sentence: Sentence, attribution: Attribution, carry: _Carry, lexicon: Mapping[str, Any]
) -> str | None:
    """ "Die Armee verkündete seinen Tod": the person told of last, in this paragraph or the one before, where the
    sentence names nobody it tells of itself; `carry` learns the persons the sentence tells of."""
    said, rules = attribution.phrases, typed_rules(lexicon).attribution
    persons = [m for m in attribution.mentions if m.actor.kind == "person" and not _inside(m.start, said)]
    told = [body[m.start : m.end] for m in persons]
    # "Kommandeur Karl Beispiel" too; blanked only where a role noun may stand (most sentences: none)
    titled = _titled_names(_blank(body, said), rules)[0] if not told and may_name_a_role(body, rules) else []
    if told or titled:
        carry.last_person = (sentence.block, (told or titled)[-1])
        return None
    last = carry.last_person
    if last is None or last[0] < sentence.block - 1:
        return None
    named_before = befalls_someone_named_before(
        letter_words(body), events_of(lexicon), lambda w: is_role_noun(w, rules)
    )
    return last[1] if named_before else None


def _conflict_hits(body: str, attribution: Attribution, knowledge: Knowledge) -> Counter[str]:
    """The conflicts a sentence names. A claim is about what it says, not about who says it: source spans
    do not pick the conflict — but a sentence that names its war only in the source ("laut der
    Hamas-Behörde") is still about it. (Most sentences name no conflict: the whole is looked at first.)"""
    hits = conflict_hits(body, knowledge)
    if not hits:
        return hits
    own = [s for s in attribution.sources if 0 <= s.start < s.end <= len(body)]
    spans = [(s.start, s.end) for s in own] + list(attribution.phrases)  # the speaker's whole phrase
    content = _blank(body, [(a, b) for a, b in spans if 0 <= a < b <= len(body)])
    # named only by who says it: the speakers' own war ("Die vom Iran unterstützte Hisbollah" is Hezbollah's)
    return conflict_hits(content, knowledge) or conflict_hits(" ".join(s.text for s in own), knowledge) or hits


_COLON_FACT_WORDS = 6  # "Anlass war ein Brand im Lager der Werft:": enough words to tell a fact before a colon


def _tells_before_a_colon(body: str, lexicon: Mapping[str, Any]) -> bool:
    """ "Anlass war ein Brand im Lager der Werft: Eine Leitung …": a sentence in running text (not the
    headline's line, where a colon sets off a topic) ending in a colon that tells an event states it, and leads on
    to the details; one naming speech ("Die Armee teilte am Abend mit:", "Dazu hieß es:") leads on to someone's
    words."""
    if not body.rstrip().endswith(":"):
        return False
    if names_speech(body, lexicon):
        return False
    words = _LETTERS.findall(body)
    rules = events_of(lexicon)
    return len(words) >= _COLON_FACT_WORDS and any(event_family(w.lower(), rules) for w in words if w[:1].isupper())


def _about_the_previous(body: str, names_source: bool, disclaimer: list[Hedge], lexicon: Mapping[str, Any]) -> bool:
    """A sentence about the statement before it: one naming its source, one disclaiming it, and "Nähere Einzelheiten
    nannte der Sprecher nicht.", which says nothing of its own."""
    return names_source or bool(disclaimer) or withholds_details(body, lexicon)


def _add_drafts(
    drafts: list[_Draft], sentence: Sentence, body: str, reading: _Reading, carry: _Carry, knowledge: Knowledge
) -> None:
    """The sentence's claims as drafts, and what it says about the claim before it attached there."""
    lexicon = knowledge.lexicon
    hits = _conflict_hits(body, reading.attribution, knowledge)
    names_source = says_what_came_before(body, reading.attribution, lexicon)
    disclaimer = disclaims_earlier(body, reading.hedges, lexicon)
    several = disclaims_several(body, lexicon) if disclaimer else None
    topic = disclaimed_topic(body, lexicon) if disclaimer else ()
    # "Die Angaben zur Herkunft der Drohne …": a disclaimer naming its topic is given the claims about it alone
    about = [d for d in drafts if d.about_previous or _speaks_of(d.body, topic)] if topic else drafts
    _attach_to_previous(about, sentence, reading.attribution, disclaimer, names_source, lexicon, several=several)
    # "Das teilte die Militärverwaltung mit.": its whole content is now the source of the claim before.
    only_names_source = names_source and "," not in body and len(body.split()) <= 14
    told = body.rstrip(" :") if sentence.block and _tells_before_a_colon(body, lexicon) else body
    claim = is_claim(told, lexicon) and not _names_only_its_war(body, lexicon)
    short = not claim and (_short_count(body, lexicon) or _short_denial(body, lexicon))
    if (claim or sentence.nominal or short) and not only_names_source:
        about_previous = _about_the_previous(body, names_source, disclaimer, lexicon)
        whole = _Draft(
            sentence,
            body,
            reading.hedges,
            reading.speech,
            reading.attribution,
            hits,
            reading.implied_place,
            about_previous,
            reading.implied_person,
        )
        parts = _statements(whole, lexicon)
        drafts.extend(parts)
        if len(parts[-1].attribution.sources) < len(reading.attribution.sources):
            # "Während X …, bestritt Y … Dabei sei …": the next sentence goes on with Y alone
            carry.memory.speakers_from(parts[-1].sentence.start - sentence.start)


def _drafts(
    norm: NormalisedText, sentences: list[Sentence], carry: _Carry, knowledge: Knowledge, budget: Budget
) -> list[_Draft]:
    """Stage 2: every sentence read in order, its claims kept as drafts."""
    drafts: list[_Draft] = []
    for sentence in sentences:
        budget.check("sentences")
        body = norm.text[sentence.start : sentence.end]
        _add_drafts(drafts, sentence, body, _read_sentence(body, sentence, carry, knowledge), carry, knowledge)
    return drafts


# A quotation's opening mark, what it quotes, its closing mark
_OPENS, _QUOTED, _CLOSES = r"[„\"»«‚‹“]", r"[^„»«\"“”]", r"[“”\"«»‘‹›]"
# A line that is one quotation and nothing else: «…», „…“ (a heading quoting the text below it)
_WHOLE_QUOTATION = re.compile(rf"{_OPENS}(?P<quoted>{_QUOTED}+?)[.!?]?{_CLOSES}")
_QUOTED_WORDS = 3  # "«Die Halle ist voll»": fewer words are a slogan any speaker says


def _quoted_again(drafts: list[_Draft]) -> list[_Draft]:
    """A heading that is one quotation ("«Die Halle ist voll»") names no speaker: it repeats what someone says in
    the text below it, and is theirs, not the speaker's of the paragraph before it."""
    for i, draft in enumerate(drafts):
        quoted = _WHOLE_QUOTATION.fullmatch(draft.body.strip())
        if quoted is None or len(quoted.group("quoted").split()) < _QUOTED_WORDS:
            continue  # nearly every claim
        words = quoted.group("quoted")
        said = next((d for d in drafts[i + 1 :] if words in d.body and d.attribution.sources), None)
        if said is not None and said.body.strip() != draft.body.strip():
            moved = moved_back(said.attribution.sources, said.sentence.start - draft.sentence.start)
            moved.mentions, moved.phrases = draft.attribution.mentions, draft.attribution.phrases
            draft.attribution = moved
    return drafts


def _origin_parties(attribution: Attribution, outlet: Outlet) -> tuple[str, ...]:
    """Who the claim comes from; a state outlet's own voice is its state's."""
    origin_parties = tuple(attribution.origin_parties)
    attributed = origin_parties or attribution.origin_media or any(s.role == "origin" for s in attribution.sources)
    if not attributed and outlet.state_affiliation:
        return (outlet.state_affiliation,)
    return origin_parties


def _warring(parties: Iterable[str], conflict_id: str | None, day: str | None, knowledge: Knowledge) -> tuple[str, ...]:
    """ "Nach Angaben beider Kriegsparteien": a party of the kind `warring_parties` (seeds/parties.json)
    stands for every party at war in the claim's conflict on its day; for none where it is about no war."""
    parties = tuple(parties)
    if not parties:
        return parties  # most claims: no party named, no generator made
    if all(knowledge.party_kinds.get(p) != "warring_parties" for p in parties):
        return parties
    conflict = knowledge.conflict(conflict_id)
    at_war = sorted(conflict.belligerents_on(day)) if conflict else []
    read = (at_war if knowledge.party_kinds.get(p) == "warring_parties" else [p] for p in parties)
    return tuple(dict.fromkeys(party for each in read for party in each))


def _signature(
    draft: _Draft,
    conflict: str | None,
    stance: str,
    knowledge: Knowledge,
    frame: _ArticleFrame,
    truce_stated: bool,
    voices: Sequence[str],
) -> FactSignature:
    """The fact without who says it (the same fact from two sources is one fact with two origins), nor how
    sure the writer is ("Die Angaben ließen sich nicht unabhängig überprüfen." is no fact)."""
    lexicon, body, attribution, hedges = knowledge.lexicon, draft.body, draft.attribution, draft.hedges
    said = attribution.phrases
    unsure = [(h.start, h.end) for h in hedges if h.end <= len(body)]  # not the carried-back ones
    # "Putin" and "Russland" name one party: a person's name is matched through the party term alone.
    # …and "Nordkorea", "nordkoreanischer", "Pjöngjang" name one party: matched through its party term.
    attribution_rules = typed_rules(lexicon).attribution
    said = _over_participles(body, said, attribution_rules)
    people, told_of = _party_names(body, attribution, said)
    if draft.implied_person:
        told_of = [*told_of, draft.implied_person]  # "seinen Tod": the person named just before
    fact = _blank(body, [*said, *unsure, *people, *_frames(body, attribution.speech_verbs, lexicon)])
    if draft.implied_place:
        fact += f" {draft.implied_place}"
    named = {m.actor.party for m in attribution.mentions if m.actor.party and not _inside(m.start, said)}
    places = [name for a, b, _ in gazetteer_places(fact, knowledge) for name in place_names(fact[a:b], knowledge)]
    # "in Kiew": a town that tells the fact from one elsewhere, but no anchor: the party it names is one already
    capitals = capitals_named_as_places(body, knowledge, outside=said)
    held = regions(knowledge)
    persons, titles = _titled_names(fact, attribution_rules)
    signature = fact_signature(
        fact,
        sorted(_warring(named, conflict, frame.day, knowledge)),
        find_quantities(body, number_rules(lexicon)),
        lexicon,
        negated=is_negated(body, lexicon, [(h.start, h.end) for h in hedges]) and stance == "support",
        planned=states_a_plan(body, hedges) or _no_happening(body, lexicon),
        conflict=knowledge.theatre(conflict),  # two fronts of one war may state one fact
        # Places of the gazetteer are names; "nach dem Angriff" is not a place (unknown words are
        # names already), so the preposition pattern of named_places is not used here.
        places=[*places, *([draft.implied_place] if draft.implied_place else [])],
        towns=[place for place in [*places, *capitals] if not _a_region(place, held)],
        setting=frame.setting,
        day=frame.day,
        counted_in=body,
        agents=_agents(
            body,
            attribution,
            (said, circumstance_clauses(body, events_of(lexicon)) if "," in body else []),
            attribution_rules,
            _clause_rules(typed_rules(lexicon).claims).verb_lemma,
            _people(typed_thesaurus(lexicon)),
            number_rules(lexicon),
        ),
        persons=persons,
        told_of=told_of,
        titles=titles,
        organisations=_organisations_named(body, attribution, said),
        speakers=_speakers(body, attribution, said, attribution_rules),
        incidental_parties=_incidental_parties(body, attribution, said, lexicon),
        voices=voices,
    )
    return _naming_the_truce(signature, fact, lexicon) if truce_stated else signature


_AROUND = 30  # characters read on each side of a party's mention for how it is named


def _incidental_parties(
    body: str, attribution: Attribution, said: Sequence[tuple[int, int]], lexicon: Mapping[str, Any]
) -> frozenset[str]:
    """Parties the fact names only as a place or a backer ("die vom Iran unterstützte Miliz im Libanon"):
    every mention of them reads so (`incidental_party`, "@" the mention)."""
    mentions = [(m, m.actor.party) for m in attribution.mentions if m.actor.party and not _inside(m.start, said)]
    if not mentions:
        return frozenset()  # most claims
    pattern = _incidental_pattern(typed_rules(lexicon).matching)
    incidental: set[str] = set()
    held: set[str] = set()
    for m, party in mentions:
        around = f"{body[max(0, m.start - _AROUND) : m.start]}@{body[m.end : m.end + _AROUND]}"
        (incidental if pattern.search(around) else held).add(party)
    return frozenset(incidental - held)


@once_per_lexicon
def _incidental_pattern(rules: MatchingRules) -> re.Pattern[str]:
    return re.compile(rules.incidental_party)


_TITLED = re.compile(r"\b(?=([A-ZÄÖÜ][\w-]*)((?:\s+[A-ZÄÖÜ][\w-]*){2,3})(?=[\s,.;:!?)]|$))")


def _party_names(
    body: str, attribution: Attribution, said: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[str]]:
    """Where the fact names a party by a person, a state or its adjective (blanked: matched through the party
    term), and the persons among them it tells of, not as its speaker: "X ist tot" is not "Y ist tot", so
    whom it tells of is an anchor of its own (FactSignature.persons), not words that make two claims alike."""
    named = [m for m in attribution.mentions if m.actor.kind in _PARTY_NAMES and m.actor.party]
    told_of = [body[m.start : m.end] for m in named if m.actor.kind == "person" and not _inside(m.start, said)]
    return [(m.start, m.end) for m in named], told_of


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _organisations_named(body: str, attribution: Attribution, said: Sequence[tuple[int, int]]) -> list[str]:
    """Organisations the fact names, not as its source ("ans Institut X"): whom it is about, like a person."""
    return [
        body[m.start : m.end]
        for m in attribution.mentions
        if m.actor.kind not in _PARTY_NAMES and not _inside(m.start, said)
    ]


def _speakers(
    body: str, attribution: Attribution, said: Sequence[tuple[int, int]], rules: AttributionRules
) -> list[str]:
    """Who says it, as the sentence names them, by name: the surname of a person we know or learned
    ("Präsident X"), of a name after a title ("Sprecher Karl Müller"), or the last word of the phrase where
    the dictionary does not know it and no party is it ("Wendtner", "Stadtwerke Lindenau"). Their words are
    blanked from the fact, yet what one speaker says of their own is theirs: "Wendtner zeigte sich entsetzt"
    and "…, er sei entsetzt" are one statement."""
    found = []
    for a, b in said:
        last = _LAST_WORD.search(body, a, b)
        if last is None or not last.group()[:1].isupper():
            continue
        mention = next((m for m in attribution.mentions if m.start <= last.start() < m.end), None)
        if mention is not None and mention.actor.kind == "person":
            found.append(mention.actor.name.split()[-1])
        elif mention is not None and mention.actor.kind != "adjective":
            # "Die Huthi-Miliz droht …", "Die Houthis drohen …": the group itself by its name, whichever alias is
            # written ("Huthi"; the institute, not the state it serves)
            found.append(mention.actor.name.split()[-1].split("-")[0])
        elif mention is None:
            titled = _titled_names(body[a:b], rules)[0]  # "Sprecher Karl Müller … bei einer Pressekonferenz"
            if titled:
                found.append(titled[-1].split()[-1])
            elif not is_known(last.group()) and not is_speaker_noun(last.group(), rules):
                found.append(last.group())  # "Wendtner"; "Armeekreise" is nobody by name
    return found


_LAST_WORD = re.compile(r"[^\W\d_]+(?=[^\w]*$)")


def _titled_names(fact: str, rules: AttributionRules) -> tuple[list[str], list[str]]:
    """Persons named after a title ("Innensenator Andreas Geisel", "Bürgermeisterin Anna Brand"): first and
    last name, two capitalised words or three, whatever the dictionary says they mean; and the titles the fact
    gives, before a name or after it ("Anna Brand, SPD-Abgeordnete und Gesundheitsexpertin"), their last parts."""
    if not may_name_a_role(fact, rules):
        return [], []  # most claims: no word ends in a role noun
    names = [m.group(2).strip() for m in _TITLED.finditer(fact) if is_role_noun(m.group(1), rules)]
    titles = [word for word in _TITLE_WORDS.findall(fact) if is_role_noun(word, rules)]
    # "Nordrhein-Westfalens Ministerpräsident": the genitive naming whose office it is belongs to the title
    titles += [part for m in _OFFICE_OF.finditer(fact) if is_role_noun(m.group(2), rules) for part in m[1].split("-")]
    # "Innenminister Karl Beispiel (CSU)": the label in brackets after the name is whom, not what is said
    last_words = {name.split()[-1] for name in names}
    titles += [m[2] for m in _LABEL_AFTER_NAME.finditer(fact) if m[1] in last_words] if last_words else []
    return names, titles


_LABEL_AFTER_NAME = re.compile(r"([A-ZÄÖÜ][\w-]*)\s*\(([A-ZÄÖÜ][\w-]{0,20})\)")
_TITLE_WORDS = re.compile(r"(?<![\w-])(?:[\w]+-)*([A-ZÄÖÜ]\w+)")  # a capitalised word, or a compound's last part
_OFFICE_OF = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*[a-zäöü]s)\s+(?:[\w]+-)*([A-ZÄÖÜ]\w+)")


# "der von Dorinsk | eingesetzten Verwaltung": a participle and the noun it qualifies
_PARTICIPLE_AGENT = re.compile(r"\bvon\s+(?:[\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]*$")  # "von den Huthi", the source's end
_PARTICIPLE_AND_NOUN = re.compile(r"\s+[a-zäöüß]{3,}(?:t|en|end)(?:e|en|er|es|em)\s+[A-ZÄÖÜ][\w-]*")


def _over_participles(body: str, said: Sequence[tuple[int, int]], rules: AttributionRules) -> list[tuple[int, int]]:
    """A source ending in the agent of a participle before a noun that speaks ("die von der Miliz
    geführte Verwaltung") speaks through that noun: the phrase goes on over both."""
    grown = []
    for a, b in said:
        participle = _PARTICIPLE_AND_NOUN.match(body, b) if body[b - 1 : b].isalpha() else None
        if participle and _PARTICIPLE_AGENT.search(body, max(0, a - 40), b):
            if is_speaker_noun(participle.group().split()[-1], rules):
                b = participle.end()
        grown.append((a, b))
    return grown


_COMMA_PIECE = re.compile(r"[^,]+")


def _frames(body: str, verbs: Sequence[tuple[int, int]], lexicon: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The frame of reported speech around its content clause, who says it and where, not the fact: before
    it ("X, Bürgermeister von Y, warnte, <content>") up to the verb's comma; after it ("<content>, schrieb
    X, Y, auf Telegram.") from the comma before the verb over the pieces that say nothing (names, titles,
    where), up to a piece that goes on with the content ("…, sagte X, zwei Seeleute würden vermisst.")."""
    frames: list[tuple[int, int]] = []
    for a, b in verbs:
        if body[b : b + 1] == "," and body[b + 1 :].strip():
            frames.append((0, b + 1))
        elif (named := _subject_and_name(body[:a], lexicon)) is not None:
            frames.append(named)  # the speaker's name set off after the subject: who says it, not the fact
        elif (described := _subject_and_relative_clause(body[:a], lexicon)) is not None:
            frames.append(described)  # "Zwei Bewohner, die … halfen, nannten …": who the speakers are
        elif body[:a].rstrip().endswith(",") and body[:a].strip(" ,"):
            end = b
            for piece in _COMMA_PIECE.finditer(body[b:]):
                if piece.start() and _says_something(piece.group(), lexicon):
                    break  # a clause after the frame: content again
                end = b + piece.end()
            frames.append((len(body[:a].rstrip()) - 1, end))
    return frames


# "Der Sprecher des Ministeriums, Karl Beispiel, …": a noun phrase, then a name set off by commas
_SUBJECT_AND_NAME = re.compile(r"(?P<subject>[^,]+),\s*(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w.-]*\s*,\s*")


def _subject_and_name(before: str, lexicon: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the speaker's name stands, set off after the subject before a speech verb ("Der Sprecher des
    Ministeriums, Karl Beispiel, verurteilte …"); None where the words before the verb's comma are content ("Die
    Lage sei ernst, sagte X"): a verb before the name."""
    subject = _SUBJECT_AND_NAME.fullmatch(before)
    if subject is None or _a_verb_in(subject.group("subject"), lexicon):
        return None
    return subject.end("subject"), len(before)


def _a_verb_in(text: str, lexicon: Mapping[str, Any]) -> bool:
    """Any word of the text a verb, an auxiliary too ("ist"): `_holds_a_verb` leaves the stop words out."""
    verb_lemma = _clause_rules(typed_rules(lexicon).claims).verb_lemma
    return any(is_verb(word, verb_lemma) for word in _LETTERS.findall(text))


# "Zwei Fischer, die beim Bergen halfen, …": a noun phrase, then a relative clause set off by commas
_SUBJECT_AND_RELATIVE_CLAUSE = re.compile(rf"(?P<subject>[^,]+),{RELATIVE_OPENING.pattern}[^,]+,\s*")


def _subject_and_relative_clause(before: str, lexicon: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where a relative clause describing the speaker stands between the subject and the speech verb ("Zwei
    Fischer, die beim Bergen halfen, nannten …"): who the speakers are, not the fact, and no content
    the verb closes ("Die Lage sei ernst, sagte X"); None where the words before it hold a verb or the clause
    ends on none (a relative clause ends on its verb)."""
    subject = _SUBJECT_AND_RELATIVE_CLAUSE.fullmatch(before)
    if subject is None or any(mark in before for mark in _QUOTATION_MARKS):
        return None  # "„Das Ausmaß, das Tempo … werden geklärt“, schrieb X": a quotation, the content
    if _a_verb_in(subject.group("subject"), lexicon):
        return None
    clause = _LETTERS.findall(before[subject.end("subject") :])
    verb_lemma = _clause_rules(typed_rules(lexicon).claims).verb_lemma
    return (subject.end("subject"), len(before)) if clause and is_verb(clause[-1], verb_lemma) else None


_QUOTATION_MARKS = frozenset('"„“”«»')


def _naming_the_truce(signature: FactSignature, fact: str, lexicon: Mapping[str, Any]) -> FactSignature:
    """After the article stated its conflict's ceasefire, "bestätigte die Vereinbarung" names it too."""
    if not signature.truce and names_the_truce(fact, signature.events, events_of(lexicon)):
        return replace(signature, truce=True)
    return signature


_WORDS_BEFORE = re.compile(r"[\w-]+")


def _a_region(place: str, held: frozenset[str]) -> bool:
    """A place that holds others, as named or inflected ("im Süden des Gazastreifens"): no town."""
    return place in held or (place[-1:] in ("s", "n") and (place[:-1] in held or place[:-2] in held))


def _agents(
    body: str,
    attribution: Attribution,
    said_asides: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
    rules: AttributionRules,
    verb_lemma: re.Pattern[str],
    people: frozenset[str],
    numbers: NumberRules,
) -> frozenset[str]:
    """Who does what the claim tells: the first party named outside a preposition ("Russische Truppen
    griffen … an", "Die Ukraine beschoss …") with those joined to it by "und" ("Indien und Pakistan
    tauschten … aus"); in the passive, the party after "von" ("wurde von russischen Truppen
    beschossen"), none where the passive names no agent. A nationality qualifying the things an act is done to
    ("den Abschuss russischer Drohnen") is whose they are, not who acts (`_owns_the_patient`); nor is a party
    named after the verb that a subject of other words opens the clause before ("Drohnen treffen Port Sudan")."""
    said, asides = said_asides
    named = _in_the_main_clause(body, _actors_named(body, attribution, said, people, numbers), asides)
    if not named:
        return frozenset()
    passive = _passive(_blank(body, list(asides)), rules)  # the main clause's voice, not a clause telling when
    by = frozenset(map(str, rules.agent_prepositions))
    skipped = -1  # where the last party passed over as an official's owner ends
    for i, m in enumerate(named):
        near = max(0, m.start - 30)  # the words right before the mention, not the whole claim up to it
        before = {w.lower() for w in _WORDS_BEFORE.findall(body[near : m.start])[-3:]}
        qualifies = not before.isdisjoint(by) and bool(_QUALIFIES_A_NOUN.match(body, m.end))
        by_agent = passive and not before.isdisjoint(by) and not qualifies
        if not by_agent and _in_the_fronted_phrase(body[: m.start], rules, verb_lemma):
            continue  # "Im Osten der Ukraine haben russische Truppen …": where, not who
        # "Die vom Iran unterstützten Rebellen kaperten …": the agent of the participle, not of the clause
        if not by_agent and _an_officials_owner(body, (near, m.start), skipped, rules):
            skipped = m.end  # "galt dem Militärchef der Miliz, X": whose official, and its name, not who acts
            continue
        if by_agent or not passive and not m.governed and not qualifies and not _OBLIQUE.search(body, near, m.start):
            if not by_agent and _after_a_subject(body[: m.start], rules, verb_lemma):
                return frozenset()  # "Explosionen erschüttern Moskau": what the act is done to
            agents, end = {str(m.actor.party)}, m.end
            for other in named[i + 1 :]:  # "Indien und Pakistan": both do it
                if not _JOINED.fullmatch(body[end : other.start]):
                    break
                agents.add(str(other.actor.party))
                end = other.end
            return frozenset(agents)
    return frozenset()


def _an_officials_owner(body: str, span: tuple[int, int], skipped: int, rules: AttributionRules) -> bool:
    """A party in the genitive after an object naming an official or a person ("dem Militärchef der Miliz"), or the
    name set off right after such a party (`skipped`: where it ends): whose official it is, not who acts; after a
    noun naming an act ("der Angriff der Miliz") a party is who acts."""
    near, start = span
    if skipped >= 0 and _APPOSITION_OF.fullmatch(body, skipped, start):
        return True
    owner = _GENITIVE_AFTER_A_NOUN.search(body, near, start)
    return owner is not None and is_role_noun(owner.group(1), rules)


_APPOSITION_OF = re.compile(r",\s*")  # "der Miliz, |X": the name set off after a party is of the same noun phrase
# an object's noun, then the article of a genitive: "dem Militärchef der |Miliz" ("Der Sprecher der Miliz" is the
# subject, and the party its own)
_GENITIVE_AFTER_A_NOUN = re.compile(r"\b(?:dem|den|einem|einen)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]*)\s+(?:der|des)\s+$")


def _in_the_main_clause(body: str, named: list[Mention], asides: Sequence[tuple[int, int]]) -> list[Mention]:
    """The parties that may act in the claim: not one before a colon, what the line is about ("Kongo: Rebellen
    nehmen …"), nor one in a clause telling when ("…, nachdem ihre Stellungen von der Armee angegriffen wurden")."""
    return [m for m in named if not _LABEL.match(body, m.end) and not _inside(m.start, asides)]


def _in_the_fronted_phrase(before: str, rules: AttributionRules, verb_lemma: re.Pattern[str]) -> bool:
    """The party stands in a prepositional phrase that opens the clause, before its finite verb ("Im Osten der
    Ukraine haben …", "In der Hauptstadt des Landes griff …"): a German clause puts one phrase before its verb, so a
    party inside it is no subject."""
    words = _WORDS_BEFORE.findall(before)
    measured = _TIME_BEFORE_A_PREPOSITION.match(before)  # "Zwei Tage nach dem Brand in der Werft hat …"
    if measured:
        words = words[len(measured.group(1).split()) :]
    if len(words) < 2 or words[0].lower() not in rules.prepositions:
        return False  # most parties: named first, or after no preposition
    return not any(is_verb(word, verb_lemma) for word in words[1:])


# a span of time opening a phrase of time: "Einen Tag nach …", "Wenige Stunden vor …", "Kurz nach …"
_TIME_BEFORE_A_PREPOSITION = re.compile(
    r"\W*((?:(?:[Ee]ine[nm]?|[Ww]enige|[Ee]inige|[Zz]wei|[Dd]rei|\d+)\s+"
    r"(?:Tag|Tage|Tagen|Stunde|Stunden|Woche|Wochen|Monat|Monate|Minuten|Jahr|Jahre)|[Kk]urz|[Uu]nmittelbar))"
    r"\s+(?=(?:nach|vor)\s)"
)


def _after_a_subject(before: str, rules: AttributionRules, verb_lemma: re.Pattern[str]) -> bool:
    """The words before a party open the clause with a subject of their own and its finite verb ("Drohnen
    treffen", "Zwei Raketen trafen"), not with a phrase or an adverb that puts the subject after the verb ("Am
    Montag griff", "Heute griff")."""
    words = _WORDS_BEFORE.findall(before)
    if not 2 <= len(words) <= _SUBJECT_WORDS:
        return False  # most parties: named first, or far into the clause
    verb = next((k for k, w in enumerate(words) if is_verb(w, verb_lemma) and w not in rules.determiners), None)
    if not verb or verb != len(words) - 1:
        return False  # the party right after the finite verb only
    opening = words[:verb]
    # "Die vom Iran unterstützten Huthis": a participle's agent before it, the party its noun
    if any(
        w.lower() in rules.prepositions or w.lower() in rules.fronted_adverbs or w.lower() in rules.agent_prepositions
        for w in opening
    ):
        return False
    return any(w[:1].isupper() and is_known(w, exact=True) and w.lower() not in rules.determiners for w in opening)


_SUBJECT_WORDS = 5  # "Zwei schwere russische Raketen trafen": a subject of up to four words, its verb


def _actors_named(
    body: str,
    attribution: Attribution,
    said: Sequence[tuple[int, int]],
    people: frozenset[str],
    numbers: NumberRules,
) -> list[Mention]:
    """The parties the fact names who may act, in order: none in the noun phrase of a source ("die russische
    Agentur X": that party speaks, it does not act), no nationality of what an act was done to."""
    outside = [m for m in attribution.mentions if m.actor.party and not _inside(m.start, said)]
    if not outside:
        return []  # most claims: no party named outside who says it, no need to read the words
    # the phrase holds who says it: a mention inside `said` is inside it, and only those outside are read
    framed = [(_phrase_start(body, a), b) for a, b in said]
    named = sorted((m for m in outside if not any(a <= m.start < b for a, b in framed)), key=lambda m: m.start)
    return [m for m in named if m.actor.kind != "adjective" or not _owns_the_patient(body, m, people, numbers)]


_ATTRIBUTE_LINKS = frozenset({"von", "der", "des", "den", "dem", "die", "einer", "eines", "mehrerer", "zahlreicher"})
_NEXT_WORD = re.compile(r"\s*([\w-]+)")


@once_per_lexicon
def _people(thesaurus: Thesaurus) -> frozenset[str]:
    """The words of the thesaurus's classes of people (its exclusive classes: soldiers, civilians), in lower
    case: "russischer Truppen" after an act names who acts; "russischer Drohnen" whose things it was done to."""
    heads = {c for group in thesaurus.exclusive for c in group.classes}
    return frozenset(w for entry in thesaurus.classes if entry.words[0] in heads for w in entry.words)


def _owns_the_patient(body: str, mention: Mention, people: frozenset[str], numbers: NumberRules) -> bool:
    """A nationality in the attribute of a noun ("den Abschuss [von zwanzig] russischer Drohnen", "Beschuss
    ukrainischer Stellungen") qualifying things, not people: the act was done to them."""
    words = _WORDS_BEFORE.findall(body[max(0, mention.start - 40) : mention.start])
    while words and (
        words[-1].lower() in _ATTRIBUTE_LINKS or words[-1].isdigit() or is_number_word(words[-1], numbers)
    ):
        words.pop()
    if not words or not words[-1][:1].isupper():
        return False  # no noun before it: the nationality opens the clause's subject ("Russische Raketen trafen")
    qualified = _NEXT_WORD.match(body, mention.end)
    return qualified is not None and lemma(qualified.group(1)).lower() not in people


def _passive(body: str, rules: AttributionRules) -> bool:
    """A passive auxiliary among the claim's words ("wurde"); most claims hold none among their words (their
    flags tell): the words with their hyphens are read only where they do."""
    if not holds_a_word(_passive_words(rules), body, folded=True):
        return False
    return not {w.lower() for w in _WORDS_BEFORE.findall(body)}.isdisjoint(map(str, rules.passive_auxiliaries))


@once_per_lexicon
def _passive_words(rules: AttributionRules) -> frozenset[str] | None:
    r"""The words a passive auxiliary is, as `holds_a_word` tells them (folded): a word `[\w-]+` finds whose
    lower case is one is a whole word of the text, and one of them folded."""
    return leading_words(rf"\b(?:{'|'.join(re.escape(str(w)) for w in rules.passive_auxiliaries)})\b", re.IGNORECASE)


def _phrase_start(body: str, start: int) -> int:
    """Where the noun phrase ending in the word at `start` begins: back over up to four articles,
    adjectives and nouns ("die amtliche Hafenagentur | Sabir-Press")."""
    for word in list(_WORDS_BEFORE.finditer(body, max(0, start - 80), start))[::-1][:4]:
        text = word.group()
        if "," in body[word.end() : start] or not (text[:1].isupper() or _ATTRIBUTIVE.fullmatch(text)):
            break
        start = word.start()
    return start


# "den kambodschanischen Botschafter auszuweisen": a nationality after a determiner no subject takes is whose
# the object is, not who acts
_LABEL = re.compile(r"\s*:")
_OBLIQUE = re.compile(r"\b(?:den|dem|des|einen|einem|eines)\s+$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"(?:der|die|das|den|dem|des|[a-zäöüß]+(?:e|en|er|es|em))")
# "von den USA gelieferten Raketen": the agent of an inflected participle or adjective before its noun (after
# the rest of the actor's noun phrase), not of the clause's passive; "von Russland jeden Tag" is no such.
_QUALIFIES_A_NOUN = re.compile(
    r"(?:\s+[A-ZÄÖÜ][\w-]*)*\s+[a-zäöüß]{2,}(?:t|en|nd|ig|lich|isch)(?:e|en|er|es|em)\s+[A-ZÄÖÜ]"
)


_JOINED = re.compile(r"\s*(?:,|und|sowie)\s+(?:(?:der|die|das|den|dem)\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class _ArticleFrame:
    """What every claim of the article shares: its text, outlet, day, conflict and setting."""

    norm: NormalisedText
    outlet: Outlet
    day: str | None
    conflict: str | None
    setting: str | None = None  # the place the article names most often (first named of a tie)


_POINTER_WORDS = 3  # "dementierte diese Angaben am Abend": the words of the pointer and the verb's frame
_POINTED_BACK = 3  # claims back a pointer reaches


def _denied_before(
    claim: AnalysedClaim, drafts: Sequence[_Draft], claims: Sequence[AnalysedClaim], lexicon: Mapping[str, Any]
) -> AnalysedClaim | None:
    """ "Die Reederei stritt das ab.": a denial that says nothing of its own but points back denies the
    claim before it that tells of the denier's party (what the denier is held to); it is matched as that fact.
    A denier of no party denies the claim right before it. The paragraph or the one before only. `drafts`:
    those up to the claim's own, `claims`: those before it."""
    own, draft = claim.signature, drafts[-1]
    if len(own.words) > _POINTER_WORDS or own.events or own.names or own.quantities:
        return None  # it tells what it denies
    if not claims or not points_back(draft.body, lexicon):
        return None
    parties = set(claim.origin_parties)
    earlier = zip(reversed(drafts[-_POINTED_BACK - 1 : -1]), reversed(claims[-_POINTED_BACK:]), strict=True)
    for before, told in earlier:
        if before.sentence.block < draft.sentence.block - 1:
            return None
        if not parties or parties & (told.signature.parties | told.signature.agents):
            return told
    return None


def _claim(draft: _Draft, frame: _ArticleFrame, knowledge: Knowledge, truce_stated: bool = False) -> AnalysedClaim:
    """Stage 3: a draft graded into a claim, every offset mapped back into the submitted text."""
    norm, at, attribution = frame.norm, draft.sentence.start, draft.attribution
    conflict = claim_conflict(draft.hits, frame.conflict)
    origin_parties = _warring(_origin_parties(attribution, frame.outlet), conflict, frame.day, knowledge)
    start, end = norm.to_original(at, draft.sentence.end)
    stance = find_stance(draft.body, knowledge.lexicon)
    decisive = knowledge.rules.hedging.decisive_kinds
    return built(
        AnalysedClaim,
        text=norm.original[start:end],
        start=start,
        end=end,
        # most claims: no hedge, no Konjunktiv, no source; no generator made for none
        hedges=tuple(
            HedgeSpan(**_span(norm, at + h.start, at + h.end).__dict__, kind=h.kind, decisive=h.kind in decisive)
            for h in draft.hedges
        )
        if draft.hedges
        else (),
        reported_speech=tuple(_span(norm, at + m.start, at + m.end) for m in draft.speech) if draft.speech else (),
        sources=tuple(
            SourceSpan(**_span(norm, at + s.start, at + s.end).__dict__, party=s.party, role=s.role, medium=s.medium)
            for s in attribution.sources
        )
        if attribution.sources
        else (),
        origin_parties=origin_parties,
        origin_media=tuple(attribution.origin_media),
        conflict=conflict,
        belligerent=is_belligerent(origin_parties, conflict, frame.day, knowledge),
        stance=stance,
        signature=(signature := _signature(draft, conflict, stance, knowledge, frame, truce_stated, origin_parties)),
        framed_quotation=_framed_quotation(draft.body, attribution.speech_verbs),
        declared_by=_declared_by(signature, attribution, origin_parties, knowledge),
    )


def _declared_by(
    signature: FactSignature, attribution: Attribution, origin_parties: Sequence[str], knowledge: Knowledge
) -> tuple[str, ...]:
    """The parties whose declared act ("verhängte Sanktionen", "rief zur Zurückhaltung auf", "ordnete Staatstrauer
    an") a claim tells with no source named: known by their own word, which is its origin. An act whose actor the
    claim does not place ("Eine Staatstrauer wurde ausgerufen") is its unnamed declarer's (UNNAMED): every outlet
    telling it has it from that one word, not from reporting of its own."""
    if origin_parties or attribution.origin_media or attribution.sources:
        return ()  # most claims: a source named
    if not signature.events & events_of(knowledge.lexicon).declared:
        return ()
    return tuple(sorted(signature.agents)) or (UNNAMED,)


# A quotation: an opening mark, twelve characters or more of what was said, a closing mark
_QUOTATION = re.compile(rf"{_OPENS}({_QUOTED}{{12,}}){_CLOSES}")


def _framed_quotation(body: str, verbs: Sequence[tuple[int, int]]) -> bool:
    """Most of the sentence is a quotation and a speech verb stands outside it ("„Der Damm hält nicht“,
    sagte er." / "Brandt sagte: „…“"): somebody's words, whether or not the speaker could be placed."""
    if not verbs or len(body) < 20:
        return False
    quoted = [m.span() for m in _QUOTATION.finditer(body)]
    if sum(b - a for a, b in quoted) * 2 < len(body.strip()):
        return False
    return any(not any(a <= verb < b for a, b in quoted) for verb, _ in verbs)


def _unwrapped(norm: NormalisedText, knowledge: Knowledge) -> NormalisedText:
    """Hard-wrapped lines joined where a sentence goes on (scoring.text.unwrapped), offsets unchanged."""
    if "\n" not in norm.text:
        return norm
    furniture = furniture_rules(knowledge.lexicon)
    text = unwrapped(
        norm.text, _line_goes_on(knowledge.rules.furniture), lambda line: is_furniture_line(line, furniture)
    )
    return norm if text is norm.text else replace(norm, text=text)


@once_per_lexicon
def _line_goes_on(rules: Furniture) -> frozenset[str]:
    return frozenset(w.lower() for w in rules.line_goes_on)


# A capitalised word long enough to be a name with a word glued to it: a name of four letters and a verb form of four.
_LONG_CAPITALISED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{7,}")
_TAIL_MIN = 4


def _unglued(norm: NormalisedText) -> NormalisedText:
    """Names glued to the word after them parted again: scraped pages lose the space where markup ended
    ("<a>Ilse Brandt</a>sagte" → "Ilse Brandtsagte"), and the glued word hides the speaker.

    A word is parted where it may be a name and a word glued (`_glue_cuts`) and the name stands on its own
    elsewhere in the article: a name it uses."""
    text = norm.text
    cuts: dict[str, int] = {}
    for word in set(_LONG_CAPITALISED.findall(text)):
        possible = _glue_cuts(word)
        if possible:  # rarely
            cut = next((c for c in possible if _stands_alone(word[:c], text)), None)
            if cut is not None:
                cuts[word] = cut
    if not cuts:
        return norm
    glued = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(cuts)) + r")(?![\w-])")
    return with_spaces(norm, [m.start() + cuts[m.group()] for m in glued.finditer(text)])


_GLUE_CUTS: dict[str, tuple[int, ...]] = {}  # by word form: the same words come back article after article
_GLUE_LIMIT = 100_000


def _glue_cuts(word: str) -> tuple[int, ...]:
    """Where a word may be a name and a word glued, longest name first (nearly always nowhere): the
    dictionary knows neither the word nor the first part, which is no compound of known words, and the
    rest is an inflected form of a word that is no noun ("sagte" of "sagen"), nor a name's adjective ending."""
    found = _GLUE_CUTS.get(word)
    if found is None:
        if len(_GLUE_CUTS) >= _GLUE_LIMIT:
            _GLUE_CUTS.clear()
        found = _GLUE_CUTS[word] = () if is_known(word) else tuple(_cuts_of(word))
    return found


def _cuts_of(word: str) -> Iterable[int]:
    for cut in range(len(word) - _TAIL_MIN, 3, -1):
        if _glued_tail(word[cut:]) and not is_known(word[:cut]) and compound_head(word[:cut], 4) is None:
            yield cut


def _glued_tail(tail: str) -> bool:
    if tail.startswith("sch") or not is_known(tail, exact=True) or is_known(tail.capitalize(), exact=True):
        return False
    base = lemma(tail)
    return base != tail and base[:1].islower()


def _stands_alone(word: str, text: str) -> bool:
    # The word followed by no letter, then checked for none before it: a pattern opening with the word
    # itself is searched for as a literal, some fifty times quicker than one opening with a look-behind.
    for found in re.finditer(re.escape(word) + r"(?![\w-])", text):
        before = text[found.start() - 1 : found.start()]
        if not before or not (before.isalnum() or before in "-_"):
            return True
    return False


def analyse_article(
    text: str,
    outlet_domain: str,
    knowledge: Knowledge,
    published_at: str | None = None,
    *,
    budget: Budget | None = None,
) -> AnalysedArticle:
    """Find and analyse the claims of one article. Pure: same input, same output — or, past the
    `budget`'s deadline (checked between stages and sentences), `AnalysisTooCostly`.

    Stages: clean and split (normalised text → body blocks → sentences), read each sentence into claim
    drafts, then grade each draft into a claim once the article's conflict is known."""
    with one_article():
        return _analysed(text, outlet_domain, knowledge, published_at, budget or Budget.unlimited())


@once_per_lexicon
def _splitting_words(lexicon: Mapping[str, Any]) -> tuple[frozenset[str], frozenset[str], Ordinals]:
    """What sentence splitting consults: abbreviations, the articles before a noun's label, and what tells
    an ordinal's full stop (the months, regional names too, and nouns only ordinals stand before; the articles
    and the words that hold one)."""
    rules, months = typed_rules(lexicon), typed_thesaurus(lexicon).months
    determiners = frozenset(rules.hedging.noun_phrase_determiners)
    written = tuple(word.capitalize() for word in (*months.words, *months.also, *rules.ordinal_nouns))
    return frozenset(rules.abbreviations), determiners, Ordinals(written, determiners | set(rules.ordinal_openers))


_Past = tuple[int, frozenset[str]] | None  # the paragraph and the days of a claim telling an earlier incident


def _in_its_time(claim: AnalysedClaim, block: int, past: _Past, knowledge: Knowledge) -> tuple[AnalysedClaim, _Past]:
    """A claim naming no day and written in the past perfect, right after a claim of its paragraph naming only days
    long before its article ("Im März 2019 war … gesunken. Dabei waren zwei Fischer ertrunken."),
    goes on telling that earlier incident: it takes those days, and is not the news its article reports. A claim
    naming days starts anew; one in another tense is the news again."""
    signature = claim.signature
    if signature.days:
        window = knowledge.rules.weights.news_window_days
        return claim, ((block, signature.days) if tells_the_past(signature, window) else None)
    if past is None or past[0] != block or not _in_the_past_perfect(claim.text, knowledge.lexicon):
        return claim, None  # nearly every claim
    return replace(claim, signature=replace(signature, days=past[1])), past


_PARTICIPLE = re.compile(r"\b(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert|worden)\b")


def _in_the_past_perfect(text: str, lexicon: Mapping[str, Any]) -> bool:
    """An auxiliary of the past and a participle: "waren … getötet worden", "die … abgefeuert worden war"."""
    auxiliaries = events_of(lexicon).past_perfect
    return any(w in auxiliaries for w in _LETTERS.findall(text)) and _PARTICIPLE.search(text) is not None


def _analysed(
    text: str, outlet_domain: str, knowledge: Knowledge, published_at: str | None, budget: Budget
) -> AnalysedArticle:
    lexicon = knowledge.lexicon
    outlet = knowledge.outlet(outlet_domain)
    norm = _unglued(_unwrapped(normalise(text), knowledge))
    budget.check("normalising")
    blocks = find_body_blocks(norm.text, lexicon)
    budget.check("cleaning")
    sentences = split_sentences(norm.text, blocks, *_splitting_words(lexicon))
    carry = _Carry(ArticleMemory(affiliation=outlet.state_affiliation, article=norm.text))
    sentences = _listed_headline_facts(norm.text, _glued_headlines(norm.text, sentences, lexicon), lexicon)
    sentences = _short_headlines(norm.text, sentences, lexicon)
    drafts = _quoted_again(_drafts(norm, _topic_headlines(norm.text, sentences, lexicon), carry, knowledge, budget))
    day = published_at[:10] if published_at else None
    for draft in drafts:  # the conflicts named that were wars that day, read once for the article and the claim
        draft.hits = at_war(draft.hits, day, knowledge)
    article_conflict = dominant_conflict((d.hits for d in drafts), knowledge.rules.weights.min_conflict_mentions)
    setting = next((place for place, _ in carry.places_named.most_common(1)), None)
    frame = _ArticleFrame(norm, outlet, day, article_conflict, setting)
    claims: list[AnalysedClaim] = []
    truce_stated = False  # the article stated its conflict's ceasefire: "die Vereinbarung" may name it after
    past: _Past = None
    for i, draft in enumerate(drafts):
        budget.check("claims")
        claim, past = _in_its_time(_claim(draft, frame, knowledge, truce_stated), draft.sentence.block, past, knowledge)
        denied = _denied_before(claim, drafts[: i + 1], claims, knowledge.lexicon) if claim.stance == "deny" else None
        if denied is not None:
            claim = replace(claim, signature=denied.signature)
        truce_stated = truce_stated or claim.signature.truce
        claims.append(claim)
    budget.check("claims")
    return AnalysedArticle(tuple(claims), article_conflict, find_credits(norm.text, knowledge))
