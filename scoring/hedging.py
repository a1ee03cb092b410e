"""Hedge cues and reported speech (Konjunktiv I, and Konjunktiv II standing in for it) in German news sentences."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from scoring.knowledge import once_per_lexicon
from scoring.lemmas import is_known
from scoring.lemmas import lemma as lemma_of

# Kinds that make a claim hedged; the others are recorded but do not decide.
DECISIVE_KINDS = frozenset({"lexical", "hearsay", "unverified", "reportative", "epistemic", "estimate"})

_WORD = re.compile(r"[\w-]+", re.UNICODE)
_CLAUSE_END = re.compile(r"[,;:.!?\"]|\s-\s|\b(?:dass|wonach|weil|wenn|obwohl)\b")
_SOLLEN = re.compile(r"\b(?:soll|sollen|sollst|sollt)\b", re.IGNORECASE)
# A report that names whose it is ("nach Berichten der «Zeitung»", "laut Berichten aus Kiew") is attribution.
_NAMED_REPORT = re.compile(
    r"\s+(?:der|des|von|aus)\s+(?!(?:\w+\s+)?(?:Tage|Tages|Woche|Wochen|Monate|Monats|Jahre|Jahres|Nacht|Zeit)\b)"
)
# A clause that asks rather than states: "Ob die Brücke halten könnte, ist unklar."
_QUESTION = re.compile(
    r"\s*(?:ob|wie|warum|weshalb|wieso|weswegen|wer|wen|wem|was|wo|wann|welche[rsmn]?)\b", re.IGNORECASE
)
# The possible as the topic of what is not known: "Zu möglichen Schäden gab es keine Angaben."
_TOPIC = re.compile(r"\b(?:über|zu|zur|zum|von|nach)\s+$", re.IGNORECASE)
_POSSIBLE = re.compile(r"möglich(?:e[nmrs]?)?", re.IGNORECASE)
# "die vermutlich beschädigten Leitungen": an adverb between a determiner and its adjective qualifies
# that noun phrase only, not what the sentence states.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese[mnrs]?)\s+$", re.IGNORECASE
)
_INFLECTED_ADJECTIVE = re.compile(r"(?:lich|bar|haft|ig|isch|ell|iv|los|sam)(?:e|en|er|es|em)$")
_ADJECTIVE_NOUN_AFTER = re.compile(r"\s+[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ]")
_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_PERSON = re.compile(r"\b(?:ich|mich|mir|wir|du|dir|dich)\b", re.IGNORECASE)
_FIRST_PERSON_BEFORE = re.compile(r"(?:^|\W)(?:[Ii]ch|[Ww]ir) $")
_PRONOUN_BEFORE = re.compile(r"(?:^|[^\w-])(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an) $")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


@dataclass(frozen=True)
class Hedge:
    cue: str
    start: int
    end: int
    kind: str

    @property
    def decisive(self) -> bool:
        return self.kind in DECISIVE_KINDS


@dataclass(frozen=True)
class SpeechMark:
    """A Konjunktiv form: the sentence reports what someone said."""

    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class _Compiled:
    lexical: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]
    negation: re.Pattern[str]
    epistemic: re.Pattern[str]
    subjunctive: frozenset[str]
    not_subjunctive: frozenset[str]
    subjunctive_ii: frozenset[str]
    speech_words: re.Pattern[str]  # every word that may be one of these forms, found in one pass
    foreign: re.Pattern[str]  # function words of another language: the sentence is not German
    conditional: re.Pattern[str]
    deontic: re.Pattern[str]
    agreement: re.Pattern[str]
    future: re.Pattern[str]
    disclaimer: re.Pattern[str]
    disclaimer_plural: re.Pattern[str]


@once_per_lexicon
def _compiled(h: Mapping[str, Any]) -> _Compiled:
    return _Compiled(
        # a cue may name words one of which it needs ("requires"): without them its pattern is not run
        lexical=tuple(
            (re.compile(entry["pattern"], re.IGNORECASE), entry["kind"], tuple(entry.get("requires", ())))
            for entry in h["cues"]
        ),
        negation=re.compile(rf"\b(?:{'|'.join(h['negations'])})\b", re.IGNORECASE),
        epistemic=re.compile(rf"\b(?:{'|'.join(h['epistemic_modals'])})\b", re.IGNORECASE),
        subjunctive=frozenset(h["konjunktiv_i"]),
        not_subjunctive=frozenset(h["not_konjunktiv_i"]),
        subjunctive_ii=frozenset(h["konjunktiv_ii"]),
        speech_words=re.compile(
            r"(?<![\w-])(?:[a-zäöüß]{2,}e|"
            + "|".join(sorted({w for w in [*h["konjunktiv_i"], *h["konjunktiv_ii"]] if not w.endswith("e")}))
            + r")\b"
        ),
        foreign=re.compile(rf"\b(?:{'|'.join(h['foreign_function_words'])})\b"),
        conditional=re.compile(rf"\b(?:{'|'.join(h['conditional_markers'])})\b", re.IGNORECASE),
        deontic=re.compile(rf"\b(?:{'|'.join(h['deontic_markers'])})\b", re.IGNORECASE),
        agreement=re.compile(rf"\b(?:{'|'.join(h['agreement_markers'])})", re.IGNORECASE),
        future=re.compile(rf"\b(?:{'|'.join(h['future_time'])})\b", re.IGNORECASE),
        disclaimer=re.compile(h["disclaimer_subjects"]),
        disclaimer_plural=re.compile(h["disclaimer_plural_subjects"]),
    )


@dataclass(frozen=True)
class _SpeechCues:
    verbs: frozenset[str]  # one-word speech verbs, looked up word by word
    phrases: re.Pattern[str]  # "gab an", "nach Angaben", "zufolge", "demnach", …


@once_per_lexicon
def _speech_cues(attribution: Mapping[str, Any]) -> _SpeechCues:
    """Words that introduce what someone says: the speech verbs and "laut", "nach Angaben", "zufolge"."""
    longer = "|".join(re.escape(v) for v in attribution["speech_verbs"] if " " in v)
    preps = "|".join([*attribution["prepositional"], *attribution["anaphoric"]])
    return _SpeechCues(
        frozenset(v.lower() for v in attribution["speech_verbs"] if " " not in v),
        re.compile(
            rf"\b(?:{longer})\b|\bzufolge\b|\bhei(?:ß|ss)t es\b|\bhie(?:ß|ss) es\b|\b(?:{preps})\b", re.IGNORECASE
        ),
    )


def names_speech(sentence: str, lexicon: Mapping[str, Any], verbs_only: bool = False) -> bool:
    """Whether the sentence says that someone speaks ("sagte", "wie … mitteilte", "nach Angaben");
    `verbs_only`: by a one-word speech verb ("erklärte"), the cheap half of the question."""
    cues = _speech_cues(lexicon["attribution"])
    if any(w.lower() in cues.verbs for w in _LETTERS.findall(sentence)):
        return True
    return not verbs_only and bool(cues.phrases.search(sentence))


@lru_cache(maxsize=65_536)
def is_subjunctive_form(word: str) -> bool:
    """Whether a lower-case word in "-e" is the Konjunktiv I of a verb: its dictionary form is the word
    plus "n" ("laufe" → "laufen", "handele" → "handeln", "handle" → "handeln"). Adjectives ("hohe" →
    "hoch", "verschiedene" → "verschieden"), pronouns and particles have other dictionary forms.
    The dictionary is simplemma's, shipped inside its wheel."""
    lemma = lemma_of(word)
    if lemma == word + "n" or (word.endswith(("ele", "ere")) and lemma == word[:-1] + "n"):
        return True
    return word.endswith(("le", "re")) and lemma == f"{word[:-2]}e{word[-2]}n"


def _adjective_homograph(sentence: str, word: str, end: int) -> bool:
    """ "liebe Freunde", "reiche Länder": the "-e" form of an adjective stem before a noun."""
    stem = word[:-1]
    if not is_known(stem) or lemma_of(stem) != stem:
        return False
    following = _NEXT_WORD.match(sentence, end)
    if following is None:
        return False
    return following.group(1)[:1].isupper() or following.group(1).endswith(("e", "en"))


class _Clauses:
    """Clause boundaries of one sentence, found once: each look-up is a bisection, not a re-read."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.found = False

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The clause holding [start, end): from the previous to the next clause boundary."""
        _, left, right = self.opened(start, end)
        return left, right

    def opened(self, start: int, end: int) -> tuple[int, int, int]:
        """The clause holding [start, end) with the boundary that opens it ("wenn", ","): (opener, left, right)."""
        if not self.found:  # read the sentence once, and only when a cue asks for its clause
            spans = [m.span() for m in _CLAUSE_END.finditer(self.sentence)]
            self.starts, self.ends, self.found = [s for s, _ in spans], [e for _, e in spans], True
        # the last boundary that ends at or before the cue (they do not overlap, so ends are sorted)
        j = bisect_right(self.ends, start) - 1
        opener, left = (self.starts[j], self.ends[j]) if j >= 0 else (0, 0)
        k = bisect_left(self.starts, end)
        right = self.starts[k] if k < len(self.starts) else len(self.sentence)
        return opener, left, right


def _clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    return _Clauses(sentence).around(start, end)


_RELATIVE = re.compile(
    r"\s*(?:(?:in|an|auf|mit|von|bei|zu|für|aus|nach|über|unter|durch|gegen)\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\b"
)


def in_relative_clause(sentence: str, hedge: Hedge) -> bool:
    """ ", die … eingesetzt werden sollen": the cue qualifies a noun, not what the sentence says happened."""
    left, _ = _clause_around(sentence, hedge.start, hedge.end)
    return left > 0 and sentence[left - 1] == "," and bool(_RELATIVE.match(sentence, left))


def _classify_sollen(sentence: str, match: re.Match[str], rules: _Compiled, clauses: _Clauses, previous: str) -> str:
    """Reportative ("soll … geliefert worden sein"), a plan or the terms of a deal ("sollen im Gegenzug
    freikommen", "soll ab Montag gelten"), or undecided ("eingesetzt werden sollen")."""
    left, right = clauses.around(match.start(), match.end())
    after = _WORD.findall(sentence[match.end() : right])
    before = _WORD.findall(sentence[left : match.start()])
    verbs = after if after else before  # verb-final clauses put the infinitive first
    clause = sentence[left:right]
    if rules.deontic.search(clause):
        return "deontic"
    tail = [w.lower() for w in verbs[-3:]]
    if tail[-2:] == ["worden", "sein"] or (
        len(tail) >= 2 and tail[-1] in ("sein", "haben") and tail[-2].startswith("ge")
    ):
        return "reportative"  # perfect infinitive: only ever a report
    # What is to happen: a time still ahead ("soll bis Montag abgeschlossen sein"), or the terms of a
    # deal or plan the sentence before speaks of ("Die Gefangenen sollen freikommen.") — but a state
    # ("sollen in einem Lager sein") is reported, whatever was agreed.
    ahead = bool(rules.future.search(clause))
    if tail and tail[-1] in ("sein", "haben"):
        return "deontic" if ahead else "reportative"
    if ahead or (previous and rules.agreement.search(previous)):
        return "deontic"
    if tail and tail[-1] == "werden" and len(tail) >= 2:
        return "undecided"  # passive infinitive: report or plan, the words alone do not tell
    return "reportative"


def find_hedges(sentence: str, lexicon: Mapping[str, Any], previous: str = "") -> list[Hedge]:
    """Every hedge cue in `sentence`, with offsets relative to the sentence. `previous` is the sentence
    before it in the same paragraph: a deal it speaks of makes "sollen" its terms, not a report."""
    rules = _compiled(lexicon["hedging"])
    clauses = _Clauses(sentence)
    lowered = sentence.lower()
    hedges: list[Hedge] = []
    taken: list[tuple[int, int]] = []  # spans of the cues so far, disjoint and in order

    def add(start: int, end: int, kind: str) -> None:
        # only the last span starting before `end` can overlap: the ones before it end before it starts
        i = bisect_left(taken, (end, -1))
        if i and taken[i - 1][1] > start:
            return
        insort(taken, (start, end))
        hedges.append(Hedge(sentence[start:end], start, end, kind))

    for pattern, kind, requires in rules.lexical:
        if requires and not any(word in lowered for word in requires):
            continue
        for match in pattern.finditer(sentence):
            if _inside_noun_phrase(sentence, match.start(), match.end()):
                continue
            preceding = sentence[max(0, match.start() - 12) : match.start()]
            negated = kind == "lexical" and bool(re.search(r"\b(?:nicht|kein\w*)\s+$", preceding, re.IGNORECASE))
            if kind == "lexical" and not negated and _POSSIBLE.fullmatch(match.group(0)) and _TOPIC.search(preceding):
                left, right = clauses.around(match.start(), match.end())
                negated = bool(rules.negation.search(sentence, left, right))  # nothing is known about it
            named = match.group(0).lower().endswith(("bericht", "berichten"))
            if kind == "hearsay" and named and _NAMED_REPORT.match(sentence, match.end()):
                kind_here = "attributed"
            else:
                kind_here = "negated" if negated else kind
            add(match.start(), match.end(), kind_here)
    for match in _SOLLEN.finditer(sentence):
        add(match.start(), match.end(), _classify_sollen(sentence, match, rules, clauses, previous))
    for match in rules.epistemic.finditer(sentence):
        left, right = clauses.around(match.start(), match.end())
        if left == 0 and _QUESTION.match(sentence, left) and right < len(sentence):
            continue  # an indirect question before its verb asks what might be: it asserts nothing
        # "könne keine Berichte bestätigen" states an inability, not a possibility.
        unable = rules.negation.search(sentence, left, right)
        add(match.start(), match.end(), "ability" if unable else "epistemic")
    hedges.sort(key=lambda h: h.start)
    return hedges


def _inside_noun_phrase(sentence: str, start: int, end: int) -> bool:
    """ "die vermutlich beschädigten Leitungen": a one-word adverb between determiner and adjective
    (an adjective would be inflected: "einen angeblichen russischen Agenten" hedges)."""
    cue = sentence[start:end]
    return (
        cue.isalpha()
        and cue.islower()
        and not _INFLECTED_ADJECTIVE.search(cue)
        and bool(_DETERMINER_BEFORE.search(sentence, max(0, start - 12), start))
        and bool(_ADJECTIVE_NOUN_AFTER.match(sentence, end))
    )


def disclaims_earlier(sentence: str, hedges: list[Hedge], lexicon: Mapping[str, Any]) -> list[Hedge]:
    """The "nicht unabhängig überprüfen" cues of a sentence that speaks of what was said before it
    ("Die Angaben ließen sich nicht unabhängig überprüfen."): they hedge the claim before it."""
    unverified = [h for h in hedges if h.kind == "unverified"]
    if unverified and _compiled(lexicon["hedging"]).disclaimer.search(sentence):
        return unverified
    return []


def disclaims_several(sentence: str, lexicon: Mapping[str, Any]) -> bool:
    """A disclaimer about several statements ("Diese Angaben", "Beide Darstellungen"): it reaches back
    over every attributed claim of its paragraph, not only the one before it."""
    return bool(_compiled(lexicon["hedging"]).disclaimer_plural.search(sentence))


def find_reported_speech(
    sentence: str, lexicon: Mapping[str, Any], continues: bool = False, speaks: bool | None = None
) -> list[SpeechMark]:
    """Konjunktiv I forms ("sei", "seien", "habe", "er erwarte", "Ein Sprecher laufe") outside direct
    quotes, and Konjunktiv II where it stands in for them ("sagte, die Soldaten hätten …") — in a
    sentence that names a speaker or says who speaks (`speaks`, looked up when not given), or that
    `continues` the reported speech of the sentence before it. Conditions ("wenn … hätte") and
    comparisons ("als gäbe es") are no speech. One pass over the words of the sentence."""
    rules = _compiled(lexicon["hedging"])
    quoted: list[tuple[int, int]] | None = None
    first_person: bool | None = None
    marks: list[SpeechMark] = []
    candidates_ii: list[re.Match[str]] = []
    for match in rules.speech_words.finditer(sentence):
        word, start, end = match.group(0), match.start(), match.end()
        if _FIRST_PERSON_BEFORE.search(sentence, max(0, start - 5), start):
            if word in rules.subjunctive_ii or sentence[start - 4 : start] in ("ich ", "Ich "):
                continue  # "ich habe", "wir hätten": first person, not a report
        if quoted is None:
            quoted = _quoted_spans(sentence)
        if any(s <= start < e for s, e in quoted):
            continue
        if word in rules.subjunctive_ii:
            candidates_ii.append(match)
            continue
        if sentence.startswith(" ich", end) and not sentence[end + 4 : end + 5].isalnum():
            continue  # "sage ich"
        if word in rules.subjunctive:
            marks.append(SpeechMark(word, start, end))
            continue
        if len(word) < 4 or word in rules.not_subjunctive:
            continue
        # "er erwarte", "Man untersuche": after a subject pronoun; elsewhere only where no one speaks
        # in the first person ("ich laufe") and nothing is asked
        if not _PRONOUN_BEFORE.search(sentence, max(0, start - 5), start):
            if first_person is None:  # or no German at all: "manage", "like" are German verbs too
                first_person = (
                    bool(_FIRST_PERSON.search(sentence))
                    or sentence.rstrip().endswith("?")
                    or len(rules.foreign.findall(sentence)) >= 2
                )
            if first_person:
                continue
        if _is_reported_verb(sentence, word, end):
            marks.append(SpeechMark(word, start, end))
    if candidates_ii and (continues or (speaks if speaks is not None else names_speech(sentence, lexicon))):
        clauses = _Clauses(sentence)
        for match in candidates_ii:
            opener, left, right = clauses.opened(match.start(), match.end())
            if rules.conditional.search(sentence, opener, right) or _verb_first(sentence, left, match.start()):
                continue
            marks.append(SpeechMark(match.group(0), match.start(), match.end()))
    return sorted(marks, key=lambda m: m.start)


def _is_reported_verb(sentence: str, word: str, end: int) -> bool:
    return is_subjunctive_form(word) and not _adjective_homograph(sentence, word, end)


def _verb_first(sentence: str, left: int, start: int) -> bool:
    """ "Hätte Russland …, wäre …": a clause opened by its verb is a condition."""
    return not sentence[left:start].strip(" \t\n\"'„“”«»(")


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    positions = [i for i, c in enumerate(sentence) if c in '"\u201e\u201c\u201d\u00ab\u00bb']
    return [(positions[i], positions[i + 1]) for i in range(0, len(positions) - 1, 2)]
