"""Hedge cues and reported speech (Konjunktiv I, and Konjunktiv II standing in for it) in German news sentences."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from scoring.knowledge import (
    Presences,
    WordForms,
    holds_a_word,
    may_be_present,
    once_per_lexicon,
    quick_init,
    typed_rules,
    word_flag,
    word_flag_block,
    word_flags,
    words_bit,
)
from scoring.lemmas import is_known
from scoring.lemmas import lemma as lemma_of
from scoring.lexicon import Attribution, Hedging
from scoring.regex import Presence, guarded, leading_words, top_level_alternatives
from scoring.text import past_a_list

_WORD = re.compile(r"[\w-]+", re.UNICODE)
_CLAUSE_END = re.compile(r"[,;:.!?\"]|\s-\s|\b(?:dass|wonach|weil|wenn|obwohl)\b")
_POSSIBLE = re.compile(r"möglich(?:e[nmrs]?)?", re.IGNORECASE)
_INFLECTED_ADJECTIVE = re.compile(r"(?:lich|bar|haft|ig|isch|ell|iv|los|sam)(?:e|en|er|es|em)$")
_ADJECTIVE_NOUN_AFTER = re.compile(r"\s+[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ]")
_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_PERSON_BEFORE = re.compile(r"(?:^|\W)(?:[Ii]ch|[Ww]ir) $")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


@quick_init
@dataclass(frozen=True)
class Hedge:
    cue: str
    start: int
    end: int
    kind: str  # a kind of hedging.kinds in the lexicon, which says whether it is decisive
    cites: str = ""  # the cue's `cites` in the lexicon: whom a "heißt es" may cite


@quick_init
@dataclass(frozen=True)
class SpeechMark:
    """A Konjunktiv form: the sentence reports what someone said."""

    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class _Compiled:
    # pattern, kind, the words it needs, whom it cites, whether it is a negated participle
    lexical: tuple[tuple[re.Pattern[str], str, frozenset[str] | None, str, bool], ...]
    negation: re.Pattern[str]
    epistemic: re.Pattern[str]
    rating: re.Pattern[str]  # "als abgeschlossen betrachtet werden": a modal of rating, no possibility
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
    disclaimer_sides: re.Pattern[str]
    disclaimer_numbers: re.Pattern[str]
    disclaimer_topics: re.Pattern[str]
    withheld: re.Pattern[str]
    sollen: re.Pattern[str]  # "soll", "sollen": a report, a plan or the terms of a deal
    sollen_words: frozenset[str] | None  # the words it and `epistemic` open with: without one, no scan
    wollen: re.Pattern[str]  # "will", "wollen": a claim about oneself, with a perfect infinitive
    wollen_words: frozenset[str] | None
    epistemic_words: frozenset[str] | None
    negated_before: re.Pattern[str]  # "nicht angeblich": a negation right before a cue
    question: re.Pattern[str]  # a clause that asks rather than states: "Ob die Brücke halten könnte, …"
    topic: re.Pattern[str]  # the possible as the topic of what is not known: "Zu möglichen Schäden …"
    # "die vermutlich beschädigten Leitungen": an adverb between a determiner and its adjective qualifies
    # that noun phrase only, not what the sentence states
    determiner_before: re.Pattern[str]
    first_person: re.Pattern[str]  # "ich", "wir": someone speaks for themselves, not reported
    reacting: re.Pattern[str]  # "hat … nicht bestätigt": the subject's reaction
    reacting_agent: re.Pattern[str]  # "wurde von der Armee nicht bestätigt": the agent's reaction
    reflexive: re.Pattern[str]  # "hat sich nicht bestätigt": it proved untrue
    pronoun_before: re.Pattern[str]  # "er erwarte", "Man untersuche": a subject pronoun right before a form
    # a report that names whose it is ("nach Berichten der «Zeitung»", "laut Berichten aus Kiew") is
    # attribution; one of a time ("nach Berichten der vergangenen Tage") is not
    named_report: re.Pattern[str]
    needed: _Needed  # the words the lexical cues need, looked for all at once
    # which lexical cues need each of those words, and those that need none (by position in `lexical`)
    cues_needing: Mapping[str, tuple[int, ...]]
    needing_nothing: tuple[int, ...]
    # Every match of `speech_words` is a whole word of the sentence (`words_of`) where its forms are all
    # letters: whether a sentence holds a word that may be a Konjunktiv form (None: not known that way).
    may_be_forms: WordForms | None = None
    # The bits of `word_flags` for every word a cue needs (`_cue_words`): a sentence holding none has no cue.
    cue_words: int | None = None
    # What a sentence must hold for each lexical cue to match (its words, the runs of letters it needs),
    # told by two blocks of bits for all cues: most sentences holding a word a cue "requires" ("nicht",
    # "sich") hold no more of it.
    lexical_present: Presences | None = None

    def cues_held(
        self, held: set[str], sentence: str
    ) -> list[tuple[re.Pattern[str], str, frozenset[str] | None, str, bool]]:
        """The lexical cues a text holds a word of (as `_Needed.held` found them), and those that need
        none, in the lexicon's order, each only where the sentence may hold it: most sentences hold
        none, and no cue is looked at."""
        wanted = set(self.needing_nothing)
        for word in held:
            wanted.update(self.cues_needing[word])
        present = self.lexical_present
        if present is None:
            return [self.lexical[i] for i in sorted(wanted)]
        return [self.lexical[i] for i in sorted(wanted) if present.may_be_present(i, sentence)]


@dataclass(frozen=True)
class _Needed:
    """Which of some words a text holds anywhere, as `word in text` says: a substring test per word is
    quicker than one pattern for all of them, which is tried at every place of the text."""

    words: tuple[str, ...]
    # A bit of `word_flags` per word, where all are letters: such a word stands in the text in lower case
    # only inside one of its words (`words_of`: runs of letters and digits) in lower case. None: not so.
    bits: tuple[tuple[str, int], ...] | None = None
    mask: int = 0

    @classmethod
    def of(cls, words: Iterable[str]) -> _Needed:
        return cls(tuple(sorted(set(words))))

    @classmethod
    def by_words(cls, words: Iterable[str]) -> _Needed:
        """As `of`, told by the words' flags where every word is letters (no "σ": its lower case depends
        on the letters around it)."""
        needed = cls.of(words)
        if not needed.words or not all(w.isalpha() and w.islower() and "σ" not in w for w in needed.words):
            return needed
        first = word_flag_block(len(needed.words), _inside(needed.words))
        bits = tuple((w, 1 << (first + n)) for n, w in enumerate(needed.words))
        return replace(needed, bits=bits, mask=sum(bit for _, bit in bits))

    def held(self, text: str) -> set[str]:
        return {word for word in self.words if word in text}

    def held_in(self, text: str) -> set[str]:
        """`held(text.lower())`: most texts hold none of the words, told by one bit test."""
        if self.bits is None:
            return self.held(text.lower())
        flags = word_flags(text) & self.mask
        return {word for word, bit in self.bits if flags & bit} if flags else set()


def _inside(words: tuple[str, ...]) -> Callable[[str], int]:
    """Which of the words stand inside a word form in lower case: bit n for words[n]."""

    def read(form: str) -> int:
        lowered = form.lower()
        return sum(1 << n for n, word in enumerate(words) if word in lowered)

    return read


def _either_case(word: str) -> str:
    """ "er" → "[Ee]r": the word in lower case, or capitalised at the start of a sentence."""
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


@once_per_lexicon
def _compiled(h: Hedging) -> _Compiled:
    compiled = _Compiled(
        # a cue may name words one of which it needs ("requires"): without them its pattern is not run
        lexical=tuple(
            (
                re.compile(cue.pattern, re.IGNORECASE),
                cue.kind,
                frozenset(cue.requires) if cue.requires else None,
                cue.cites,
                cue.participle,
            )
            for cue in h.cues
        ),
        negation=guarded(rf"\b(?:{'|'.join(h.negations)})\b", re.IGNORECASE),
        epistemic=guarded(rf"\b(?:{'|'.join(h.epistemic_modals)})\b", re.IGNORECASE),
        rating=re.compile(rf"\b(?:{'|'.join(h.rating_markers) or '(?!)'})\b", re.IGNORECASE),
        subjunctive=frozenset(h.konjunktiv_i),
        not_subjunctive=frozenset(h.not_konjunktiv_i),
        subjunctive_ii=frozenset(h.konjunktiv_ii),
        speech_words=re.compile(
            r"(?<![\w-])(?:[a-zäöüß]{2,}e|"
            + "|".join(sorted({w for w in [*h.konjunktiv_i, *h.konjunktiv_ii] if not w.endswith("e")}))
            + r")\b"
        ),
        foreign=guarded(rf"\b(?:{'|'.join(h.foreign_function_words)})\b"),
        conditional=guarded(rf"\b(?:{'|'.join(h.conditional_markers)})\b", re.IGNORECASE),
        deontic=guarded(rf"\b(?:{'|'.join(h.deontic_markers)})\b", re.IGNORECASE),
        agreement=re.compile(rf"\b(?:{'|'.join(h.agreement_markers)})", re.IGNORECASE),
        future=guarded(rf"\b(?:{'|'.join(h.future_time)})\b", re.IGNORECASE),
        disclaimer=re.compile(h.disclaimer_subjects),
        disclaimer_plural=re.compile(h.disclaimer_plural_subjects),
        disclaimer_sides=re.compile(h.disclaimer_sides_subjects),
        disclaimer_numbers=re.compile(h.disclaimer_number_subjects),
        disclaimer_topics=re.compile(h.disclaimer_topics),
        withheld=re.compile(h.withheld_details),
        sollen=guarded(rf"\b(?:{'|'.join(h.reportative_modals)})\b", re.IGNORECASE),
        sollen_words=leading_words(rf"\b(?:{'|'.join(h.reportative_modals)})\b", re.IGNORECASE),
        epistemic_words=leading_words(rf"\b(?:{'|'.join(h.epistemic_modals)})\b", re.IGNORECASE),
        wollen=guarded(rf"\b(?:{'|'.join(h.claiming_modals)})\b", re.IGNORECASE),
        wollen_words=leading_words(rf"\b(?:{'|'.join(h.claiming_modals)})\b", re.IGNORECASE),
        negated_before=re.compile(rf"\b(?:{'|'.join(h.negations_before_cues)})\s+$", re.IGNORECASE),
        question=re.compile(rf"\s*(?:{'|'.join(h.interrogatives)})\b", re.IGNORECASE),
        topic=re.compile(rf"\b(?:{'|'.join(h.topic_prepositions)})\s+$", re.IGNORECASE),
        determiner_before=re.compile(rf"\b(?:{'|'.join(h.noun_phrase_determiners)})\s+$", re.IGNORECASE),
        first_person=guarded(rf"\b(?:{'|'.join(h.first_person_pronouns)})\b", re.IGNORECASE),
        # whose reports: "der Zeitung X", "aus Lindenau", a genitive without article ("lokaler Medien")
        named_report=re.compile(
            rf"\s+(?:(?:der|des|von|aus)\s+(?!(?:\w+\s+)?(?:{'|'.join(h.report_time_nouns)})\b)"
            rf"|(?!(?:{'|'.join(h.noun_phrase_determiners)})\b)[a-zäöüß]{{2,}}er\s+[A-ZÄÖÜ])"
        ),
        reacting=_any_word(h.reacting_auxiliaries),
        reacting_agent=re.compile(h.reacting_agents),
        reflexive=_any_word(h.reflexives),
        pronoun_before=re.compile(rf"(?:^|[^\w-])(?:{'|'.join(_either_case(w) for w in h.subject_pronouns)}) $"),
        needed=_Needed.by_words(word for cue in h.cues for word in cue.requires),
        cues_needing={
            word: tuple(i for i, cue in enumerate(h.cues) if word in cue.requires)
            for word in {word for cue in h.cues for word in cue.requires}
        },
        needing_nothing=tuple(i for i, cue in enumerate(h.cues) if not cue.requires),
    )
    present = Presences([Presence.of(top_level_alternatives(cue.pattern), re.IGNORECASE) for cue in h.cues])
    compiled = replace(compiled, cue_words=_cue_words(compiled), lexical_present=present)
    if not all(w.isalpha() for w in [*h.konjunktiv_i, *h.konjunktiv_ii]):
        return compiled  # a form that is not all letters: a match need not be a whole word
    # the scan's own pattern first: only a word it matches whole is looked up in the dictionary
    forms = WordForms(lambda word: bool(compiled.speech_words.fullmatch(word)) and _may_be_a_form(word, compiled))
    return replace(compiled, may_be_forms=forms)


def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words, whole and in any case; none matches when the list is empty."""
    return guarded(rf"\b(?:{'|'.join(words) or '(?!)'})\b", re.IGNORECASE)


def _cue_words(rules: _Compiled) -> int | None:
    """The bits of `word_flags` one of which a sentence holding a cue holds: the words the lexical cues
    need, those "sollen" and the epistemic modals open with. None where a cue needs no word, or a set is
    not known."""
    if rules.needing_nothing or rules.needed.bits is None:
        return None
    if rules.sollen_words is None or rules.epistemic_words is None or rules.wollen_words is None:
        return None
    modals = words_bit(rules.sollen_words, folded=True) | words_bit(rules.epistemic_words, folded=True)
    modals |= words_bit(rules.wollen_words, folded=True)
    return rules.needed.mask | modals


@dataclass(frozen=True)
class _SpeechCues:
    verbs: frozenset[str]  # one-word speech verbs, looked up word by word
    verbs_held: int  # the bit of `word_flags` for a word holding one as a run of letters ("3sagte")
    phrases: re.Pattern[str]  # "gab an", "nach Angaben", "zufolge", "demnach", …
    phrases_present: Presence  # whether a sentence may hold one, by its words


@once_per_lexicon
def _speech_cues(attribution: Attribution) -> _SpeechCues:
    """Words that introduce what someone says: the speech verbs and "laut", "nach Angaben", "zufolge"."""
    longer = [re.escape(v) for v in attribution.speech_verbs if " " in v]
    preps = [*attribution.prepositional, *attribution.anaphoric]
    verbs = frozenset(v.lower() for v in attribution.speech_verbs if " " not in v)
    return _SpeechCues(
        verbs,
        word_flag(lambda form: not verbs.isdisjoint(map(str.lower, _LETTERS.findall(form)))),
        re.compile(
            rf"\b(?:{'|'.join(longer)})\b|\bzufolge\b|\bhei(?:ß|ss)t es\b|\bhie(?:ß|ss) es\b|\b(?:{'|'.join(preps)})\b",
            re.IGNORECASE,
        ),
        Presence.of([*longer, "zufolge", "hei(?:ß|ss)t es", "hie(?:ß|ss) es", *preps], re.IGNORECASE, r"\b(?:{})\b"),
    )


def names_speech(sentence: str, lexicon: Mapping[str, Any], verbs_only: bool = False) -> bool:
    """Whether the sentence says that someone speaks ("sagte", "wie … mitteilte", "nach Angaben");
    `verbs_only`: by a one-word speech verb ("erklärte"), the cheap half of the question."""
    cues = _speech_cues(typed_rules(lexicon).attribution)
    if word_flags(sentence) & cues.verbs_held:  # the runs of letters of a text are those of its words
        return True
    if verbs_only:
        return False
    if not may_be_present(cues.phrases_present, sentence):
        return False
    return bool(cues.phrases.search(sentence))


def is_reported_form(word: str, lexicon: Mapping[str, Any]) -> bool:
    """A Konjunktiv I form the lexicon lists ("sei", "seien", "habe"): the auxiliaries' forms of reported speech."""
    return word in _compiled(typed_rules(lexicon).hedging).subjunctive


def is_unreal_form(word: str, lexicon: Mapping[str, Any]) -> bool:
    """A Konjunktiv II form ("würden", "wäre"): the unreal, or reported speech where Konjunktiv I would
    look like the indicative ("sie würden getestet")."""
    return word in _compiled(typed_rules(lexicon).hedging).subjunctive_ii


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
    """Clause boundaries of one sentence, found once: each look-up is a bisection, not a re-read, and
    what a cue asks of its clause (a negation in it, its words) is worked out once per clause."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.found = False
        # keyed by the pattern's id: hashing a compiled pattern hashes its whole program, every time
        self._searched: dict[tuple[int, int, int], bool] = {}
        self._words: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._opened_by: dict[tuple[int, int], int] = {}

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

    def has(self, pattern: re.Pattern[str], left: int, right: int) -> bool:
        """Whether `pattern` occurs in sentence[left:right] (searched in place, as `pattern.search`
        with pos and endpos does), once per clause however many cues ask."""
        key = (id(pattern), left, right)
        if key not in self._searched:
            self._searched[key] = bool(pattern.search(self.sentence, left, right))
        return self._searched[key]

    def has_in_text(self, pattern: re.Pattern[str], left: int, right: int) -> bool:
        """Whether `pattern` occurs in the clause's text cut out of the sentence (its ends are the string's)."""
        key = (id(pattern), -1 - left, right)  # a key of its own: the cut text is not the sentence searched in place
        if key not in self._searched:
            self._searched[key] = bool(pattern.search(self.sentence[left:right]))
        return self._searched[key]

    def last_words(self, left: int, right: int, a: int, b: int, count: int = 3) -> list[str]:
        """The last `count` words ([\\w-]+) of sentence[a:b], a part of the clause [left, right):
        what `_WORD.findall(sentence[a:b])[-count:]` gives, from the clause's words found once."""
        words = self._words.get((left, right))
        if words is None:
            words = self._words[(left, right)] = [m.span() for m in _WORD.finditer(self.sentence, left, right)]
        found: list[str] = []
        i = bisect_left(words, (b, -1)) - 1  # the last word starting before b
        while i >= 0 and len(found) < count and words[i][1] > a:
            s, e = words[i]
            found.append(self.sentence[max(s, a) : min(e, b)])
            i -= 1
        return found[::-1]

    def resumed(self, left: int, right: int) -> tuple[int, int]:
        """The clause [left, right), or where it goes on past a relative clause embedded in it ("will den
        Werfer, von dem aus geschossen wurde, zerstört haben") or past a list: the verbs that close it stand after."""
        sentence = self.sentence
        for _ in range(2):  # at most two relative clauses in a row
            if right >= len(sentence) - 1 or sentence[right] != "," or not _RELATIVE.match(sentence, right + 1):
                break
            _, _, inner_right = self.opened(right + 1, right + 1)
            if inner_right >= len(sentence) - 1 or sentence[inner_right] != ",":
                break
            _, left, right = self.opened(inner_right + 1, inner_right + 1)
        return left, past_a_list(sentence, right)  # "will A, B und C zerstört haben": a list's commas go on

    def verb_first(self, left: int, right: int, start: int) -> bool:
        """ "Hätte Russland …, wäre …": nothing but quotes and brackets between the clause's start and
        its verb at `start`; a clause opened by its verb is a condition."""
        if (left, right) not in self._opened_by:
            first = _NOT_OPENING.search(self.sentence, left, right)
            self._opened_by[(left, right)] = first.start() if first else right
        return self._opened_by[(left, right)] >= start


_NOT_OPENING = re.compile(r"[^ \t\n\"'„“”«»(]")


def _clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    return _Clauses(sentence).around(start, end)


_RELATIVE = re.compile(
    r"\s*(?:(?:in|an|auf|mit|von|bei|zu|für|aus|nach|über|unter|durch|gegen)\s+)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\b"
)


def in_relative_clause(sentence: str, hedge: Hedge, clauses: _Clauses | None = None) -> bool:
    """ ", die … eingesetzt werden sollen": the cue qualifies a noun, not what the sentence says happened."""
    left, _ = (clauses or _Clauses(sentence)).around(hedge.start, hedge.end)
    return left > 0 and sentence[left - 1] == "," and bool(_RELATIVE.match(sentence, left))


def states_a_plan(sentence: str, hedges: Sequence[Hedge]) -> bool:
    """A plan or the terms of a deal ("sollen im Gegenzug freikommen") that is what the sentence says,
    not a relative clause qualifying a noun; the sentence's clauses are read once for all its cues."""
    if not hedges:
        return False  # most claims: nothing hedged, no clause to read
    clauses = _Clauses(sentence)
    return any(h.kind in ("undecided", "deontic") and not in_relative_clause(sentence, h, clauses) for h in hedges)


def _framed_by_a_deal(clauses: _Clauses, left: int, rules: _Compiled) -> bool:
    """The clause of a "sollen" tells a deal's terms or purpose where it qualifies a deal named right before it: a
    relative clause on it ("ein Abkommen unterzeichnet, das den Krieg beenden soll") or what follows a colon after it
    ("Kern der Vereinbarung: Die Truppen sollen abziehen")."""
    sentence = clauses.sentence
    if left == 0 or sentence[left - 1] not in ",:":
        return False
    if sentence[left - 1] == "," and not _RELATIVE.match(sentence, left):
        return False
    _, before, _ = clauses.opened(left - 1, left - 1)
    return rules.agreement.search(sentence, before, left - 1) is not None


def _classify_sollen(match: re.Match[str], rules: _Compiled, clauses: _Clauses, agreed: bool) -> str:
    """Reportative ("soll … geliefert worden sein"), a plan or the terms of a deal ("sollen im Gegenzug
    freikommen", "soll ab Montag gelten"), or undecided ("eingesetzt werden sollen"). `agreed`: the
    sentence before speaks of a deal or plan."""
    left, right = clauses.around(match.start(), match.end())
    # verb-final clauses put the infinitive first: the words after the cue, else those before it
    tail = [w.lower() for w in clauses.last_words(left, right, match.end(), right)]
    if not tail:
        tail = [w.lower() for w in clauses.last_words(left, right, left, match.start())]
    if clauses.has_in_text(rules.deontic, left, right):
        return "deontic"
    if _perfect_infinitive(tail):
        return "reportative"  # perfect infinitive: only ever a report
    # What is to happen: a time still ahead ("soll bis Montag abgeschlossen sein"), or the terms of a
    # deal or plan the sentence before speaks of ("Die Gefangenen sollen freikommen.") — but a state
    # ("sollen in einem Lager sein") is reported, whatever was agreed.
    ahead = clauses.has_in_text(rules.future, left, right)
    if tail and tail[-1] in ("sein", "haben"):
        return "deontic" if ahead else "reportative"
    if ahead or agreed or _framed_by_a_deal(clauses, left, rules):
        return "deontic"
    if tail and tail[-1] == "werden" and len(tail) >= 2:
        return "undecided"  # passive infinitive: report or plan, the words alone do not tell
    return "reportative"


def _perfect_infinitive(tail: list[str]) -> bool:
    """ "worden sein", "getötet haben", "gewesen sein", and "zerstört haben", "evakuiert haben": a participle
    without "ge-" is perfect with "haben" only ("soll bis Montag repariert sein" is a state still to come)."""
    if tail[-2:] == ["worden", "sein"]:
        return True
    if len(tail) < 2 or tail[-1] not in ("sein", "haben"):
        return False
    return tail[-2].startswith("ge") or (tail[-1] == "haben" and tail[-2].endswith(("t", "en")))


def _classify_wollen(match: re.Match[str], rules: _Compiled, clauses: _Clauses) -> str | None:
    """ "will … abgeschossen haben", "wollen … gesehen haben": with a perfect infinitive the subject claims
    something of itself, which the text reports without vouching for it, as reportative "soll" does. With
    an infinitive it wants something ("will verhandeln"); with a time still ahead it plans ("will bis Mai
    … gebaut haben"); neither is a hedge."""
    left, right = clauses.around(match.start(), match.end())
    if clauses.has_in_text(rules.future, left, right):
        return None
    tail = clauses.last_words(left, right, match.end(), right)
    if tail and tail[-1].lower() not in ("haben", "sein"):  # past a relative clause the closing verbs may stand
        left, right = clauses.resumed(left, right)
        if clauses.has_in_text(rules.future, left, right):
            return None
        tail = clauses.last_words(left, right, left, right)
    if len(tail) < 2 or tail[-1].lower() not in ("haben", "sein"):
        return None
    if clauses.has(rules.first_person, left, right):
        return None  # "wir wollen vorbereitet sein", "man will alles gesehen haben": a wish
    participle, verb = tail[-2], lemma_of(tail[-2])
    # a participle is a verb's form: lower case, its lemma a verb ("abgeschossen" → "abschießen"); not "will
    # Präsident sein", "will es schöner haben". With "sein" only "gewesen": "will gerüstet sein" wants a state.
    if not participle.islower() or verb == participle or not verb.endswith(("en", "ern", "eln", "sein")):
        return None
    return "reportative" if tail[-1].lower() == "haben" or verb == "sein" else None


class _Taken:
    """The characters of the sentence that a cue found so far covers: a later cue overlapping one is
    left out. Each look-up reads only the new cue's own characters."""

    def __init__(self, length: int) -> None:
        self.covered = bytearray(length)

    def take(self, start: int, end: int) -> bool:
        if 1 in self.covered[start:end]:
            return False
        self.covered[start:end] = b"\x01" * (end - start)
        return True


def _lexical_kind(sentence: str, match: re.Match[str], kind: str, rules: _Compiled) -> str | None:
    """The kind a lexicon cue has where it stands: None inside a noun phrase ("die vermutlich beschädigten
    Leitungen"), "negated" after "nicht" or as a topic ("über mögliche Schäden"), "named_report" for a report
    that names whose it is."""
    if _inside_noun_phrase(sentence, match.start(), match.end(), rules):
        return None
    if kind == "hearsay":
        named = match.group(0).lower().endswith(("bericht", "berichten"))
        return "named_report" if named and rules.named_report.match(sentence, match.end()) else kind
    if kind != "lexical":
        return kind
    preceding = sentence[max(0, match.start() - 12) : match.start()]
    if rules.negated_before.search(preceding):
        return "negated"
    if _POSSIBLE.fullmatch(match.group(0)) and rules.topic.search(preceding):
        # "Zu möglichen Schäden gab es keine Angaben": nothing is known about it; "beriet über mögliche Antworten":
        # what was talked about, the talks themselves no guess
        return "negated"
    return kind


def _cue_kind(
    sentence: str, match: re.Match[str], kind: str, participle: bool, rules: _Compiled, clauses: _Clauses
) -> str | None:
    """The kind a lexicon cue has where it stands (None: no hedge there)."""
    found = _participle_kind(match, kind, rules, clauses) if participle else kind
    return _lexical_kind(sentence, match, found, rules) if found else None


def _participle_kind(match: re.Match[str], kind: str, rules: _Compiled, clauses: _Clauses) -> str | None:
    """ "nicht bestätigt": the text's own doubt ("Die Zahl ist nicht bestätigt"), a subject's reaction where an
    active auxiliary stands in its clause ("Das Amt hat den Bericht nicht bestätigt") or the passive names its
    agent before it ("wurde vom Amt nicht bestätigt"), and no hedge where the clause is reflexive ("Der Verdacht
    hat sich nicht bestätigt": it proved untrue)."""
    left, right = clauses.around(match.start(), match.end())
    if clauses.has(rules.reflexive, left, right):
        return None
    reacting = clauses.has(rules.reacting, left, right) or clauses.has(rules.reacting_agent, left, match.start())
    return "reaction" if reacting else kind


_ASKED = re.compile(r"[^.!?]*\?")  # the sentence goes on to a question mark before it ends
_RATING_REACH = 80  # characters after a modal: "könne damit durchaus als erledigt betrachtet werden"


def _epistemic_kind(sentence: str, match: re.Match[str], rules: _Compiled, clauses: _Clauses) -> str | None:
    """ "könnte": epistemic, or an "ability" where it is negated ("könne keine Berichte bestätigen") or rates a
    thing ("könne als abgeschlossen betrachtet werden"); None in an indirect question before its verb ("Ob die
    Brücke halten könnte, ist unklar.")."""
    left, right = clauses.around(match.start(), match.end())
    if left == 0 and rules.question.match(sentence, left) and right < len(sentence):
        return None  # it asks what might be: it asserts nothing
    if _ASKED.match(sentence, match.end()):
        return None  # "Wie könnte …?": a direct question, asked, not guessed
    # a rating follows the modal within a few words, across a quotation mark ("könne „als erledigt betrachtet …")
    rated = rules.rating.search(sentence, match.end(), match.end() + _RATING_REACH)
    can = match.group().lower().startswith(("könne", "kann"))  # not "könnte": what might happen
    if clauses.has(rules.negation, left, right) or rated or (can and _what_a_thing_can_do(sentence, left, match)):
        return "ability"
    return "epistemic"


# "eine Drohne, die weite Strecken zurücklegen könne": a relative clause whose "könne" follows an infinitive tells
# what the thing can do; "…, die das Depot getroffen haben könne" (a perfect infinitive) guesses what it did, and
# "könnte" ("eine Welle, die den Hafen erreichen könnte") what might happen
_RELATIVE_OPENING = re.compile(r"\s*(?:der|die|das|dem|den|denen|welche[rsmn]?)\s")
_INFINITIVE_BEFORE = re.compile(r"(?<![\w-])(?!(?:haben|sein|werden|worden)\s*$)[a-zäöüß]{3,}en\s*$")


def _what_a_thing_can_do(sentence: str, left: int, modal: re.Match[str]) -> bool:
    return bool(_RELATIVE_OPENING.match(sentence, left) and _INFINITIVE_BEFORE.search(sentence, left, modal.start()))


def find_hedges(sentence: str, lexicon: Mapping[str, Any], previous: str = "") -> list[Hedge]:
    """Every hedge cue in `sentence`, with offsets relative to the sentence. `previous` is the sentence
    before it in the same paragraph: a deal it speaks of makes "sollen" its terms, not a report.
    One pass per cue pattern; what a cue asks of its clause is worked out once per clause."""
    rules = _compiled(typed_rules(lexicon).hedging)
    if rules.cue_words is not None and not word_flags(sentence) & rules.cue_words:
        return []  # most sentences: no word any cue needs, told by one test of the words' flags
    cues = rules.cues_held(rules.needed.held_in(sentence), sentence)
    sollen = holds_a_word(rules.sollen_words, sentence, folded=True)
    epistemic = holds_a_word(rules.epistemic_words, sentence, folded=True)
    wollen = holds_a_word(rules.wollen_words, sentence, folded=True)
    if not (cues or sollen or epistemic or wollen):
        return []  # most sentences: no word any cue needs
    clauses = _Clauses(sentence)
    hedges: list[Hedge] = []
    taken = _Taken(len(sentence))

    def add(match: re.Match[str], kind: str | None, cites: str = "") -> None:
        start, end = _cue_span(match)
        if kind is not None and taken.take(start, end):
            hedges.append(Hedge(sentence[start:end], start, end, kind, cites))

    for pattern, kind, _, cites, participle in cues:
        for match in pattern.finditer(sentence):
            add(match, _cue_kind(sentence, match, kind, participle, rules, clauses), cites)
    agreed: bool | None = None  # read the sentence before once, and only for a "sollen"
    for match in rules.sollen.finditer(sentence) if sollen else ():
        if agreed is None:
            agreed = bool(previous and rules.agreement.search(previous))
        add(match, _classify_sollen(match, rules, clauses, agreed))
    for match in rules.epistemic.finditer(sentence) if epistemic else ():
        add(match, _epistemic_kind(sentence, match, rules, clauses))
    for match in rules.wollen.finditer(sentence) if wollen else ():
        add(match, _classify_wollen(match, rules, clauses))
    hedges.sort(key=lambda h: h.start)
    return hedges


def _cue_span(match: re.Match[str]) -> tuple[int, int]:
    """The cue's own words where its pattern names them (group "cue": "war von 31 Verletzten [die Rede]"): the words
    between are the fact's, not the hedge's."""
    if "cue" in match.re.groupindex and match.group("cue") is not None:
        return match.span("cue")
    return match.span()


def _inside_noun_phrase(sentence: str, start: int, end: int, rules: _Compiled) -> bool:
    """ "die vermutlich beschädigten Leitungen": a one-word adverb between determiner and adjective
    (an adjective would be inflected: "einen angeblichen russischen Agenten" hedges)."""
    cue = sentence[start:end]
    return (
        cue.isalpha()
        and cue.islower()
        and not _INFLECTED_ADJECTIVE.search(cue)
        and bool(rules.determiner_before.search(sentence, max(0, start - 12), start))
        and bool(_ADJECTIVE_NOUN_AFTER.match(sentence, end))
    )


def disclaims_earlier(sentence: str, hedges: list[Hedge], lexicon: Mapping[str, Any]) -> list[Hedge]:
    """The "nicht unabhängig überprüfen" cues of a sentence that speaks of what was said before it
    ("Die Angaben ließen sich nicht unabhängig überprüfen."): they hedge the claim before it."""
    unverified = [h for h in hedges if h.kind == "unverified" and not _of_its_own_sentence(sentence, h.start)]
    if unverified and _compiled(typed_rules(lexicon).hedging).disclaimer.search(sentence):
        return unverified
    return []


_DASH = re.compile(r"\s[–—-]\s")


def _of_its_own_sentence(sentence: str, cue: int) -> bool:
    """ "X verbreitete die Behauptung, …, was sich nicht überprüfen ließ": a cue in a clause "was" opens after a
    comma disclaims what its own sentence says, not what came before; so does one after a semicolon ("zwei Fischer
    seien verletzt worden; überprüfen ließen sich diese Angaben nicht") or after a dash ("…, hieß es – eine
    Bestätigung gab es nicht"; not after a pair of them, which sets off an aside: "Die Angaben – auch die der X –")."""
    if sentence.rfind(";", 0, cue) > 0 or len(_DASH.findall(sentence, 1, cue)) % 2:
        return True
    comma = sentence.rfind(",", 0, cue)
    return comma >= 0 and sentence[comma + 1 : cue].split()[:1] == ["was"]


def withholds_details(sentence: str, lexicon: Mapping[str, Any]) -> bool:
    """ "Nähere Einzelheiten nannte der Sprecher nicht.": the sentence says a speaker gave no more, and nothing of
    its own."""
    return bool(_compiled(typed_rules(lexicon).hedging).withheld.search(sentence))


def disclaimed_topic(sentence: str, lexicon: Mapping[str, Any]) -> tuple[str, ...]:
    """What a disclaimer names as its topic ("Die Angaben zur Herkunft der Drohne …": "Herkunft", "Drohne")."""
    topic = _compiled(typed_rules(lexicon).hedging).disclaimer_topics.search(sentence)
    return tuple(word for word in topic.group("topic", "of") if word) if topic else ()


def disclaims_several(sentence: str, lexicon: Mapping[str, Any]) -> str | None:
    """A disclaimer about several statements ("Diese Angaben", "Beide Darstellungen": "statements") reaches
    back over every attributed claim of its paragraph, not only the one before it; one about both sides' ("Die
    Angaben beider Seiten": "both sides") over those of the paragraph before too; one about numbers ("Diese
    Zahlen": "numbers") over those that give one, and one about both sides' numbers ("Die Zahlen beider
    Seiten": "both sides' numbers") over both sides' that give one. None: about the claim before it alone."""
    rules = _compiled(typed_rules(lexicon).hedging)
    if rules.disclaimer_sides.search(sentence):
        return "both sides' numbers" if rules.disclaimer_numbers.search(sentence) else "both sides"
    if rules.disclaimer_plural.search(sentence):
        return "statements"
    return "numbers" if rules.disclaimer_numbers.search(sentence) else None


class _SpeechScan:
    """What the words of one sentence ask of the whole sentence, each worked out once and only when
    asked: its direct quotes, whether someone speaks in the first person in it."""

    def __init__(self, sentence: str, rules: _Compiled) -> None:
        self.sentence = sentence
        self.rules = rules
        self._quote_starts: list[int] | None = None
        self._quote_ends: list[int] = []
        self._first_person: bool | None = None

    def quoted(self, position: int) -> bool:
        """Whether `position` is inside a direct quote (a bisection over the quotes, found once)."""
        if self._quote_starts is None:
            spans = _quoted_spans(self.sentence)
            self._quote_starts, self._quote_ends = [s for s, _ in spans], [e for _, e in spans]
        i = bisect_right(self._quote_starts, position) - 1
        return i >= 0 and position < self._quote_ends[i]

    def first_person(self) -> bool:
        """Someone speaks in the first person ("ich laufe"), the sentence asks, or it is not German
        ("manage", "like" are German verbs too)."""
        if self._first_person is None:
            self._first_person = (
                bool(self.rules.first_person.search(self.sentence))
                or self.sentence.rstrip().endswith("?")
                or len(self.rules.foreign.findall(self.sentence)) >= 2
            )
        return self._first_person


def _speech_form(match: re.Match[str], scan: _SpeechScan) -> str | None:
    """What a word that may be a Konjunktiv form is where it stands: "i" (a Konjunktiv I that reports),
    "ii" (a Konjunktiv II that may stand in for one), or None."""
    sentence, rules = scan.sentence, scan.rules
    word, start, end = match.group(0), match.start(), match.end()
    if not _may_be_a_form(word, rules):
        return None  # "neue", "Hilfe": no Konjunktiv wherever it stands (most words in "-e")
    if _FIRST_PERSON_BEFORE.search(sentence, max(0, start - 5), start) and (
        word in rules.subjunctive_ii or sentence[start - 4 : start] in ("ich ", "Ich ")
    ):
        return None  # "ich habe", "wir hätten": first person, not a report
    if scan.quoted(start):
        return None
    if word in rules.subjunctive_ii:
        return "ii"
    if sentence.startswith(" ich", end) and not sentence[end + 4 : end + 5].isalnum():
        return None  # "sage ich"
    if word in rules.subjunctive:
        return "i"
    if len(word) < 4 or word in rules.not_subjunctive:
        return None
    # "er erwarte", "Man untersuche": after a subject pronoun; elsewhere only where no one speaks
    # in the first person ("ich laufe") and nothing is asked
    if not rules.pronoun_before.search(sentence, max(0, start - 5), start) and scan.first_person():
        return None
    return "i" if _is_reported_verb(sentence, word, end) else None


def _may_hold_a_form(sentence: str, rules: _Compiled) -> bool:
    """Whether a word of the sentence may be a Konjunktiv form (`_may_be_a_form`): a set look-up over its
    words, each form told once, spares the scan of every word in "-e" ("neue", "Hilfe")."""
    return rules.may_be_forms is None or rules.may_be_forms.held(sentence)


def _may_be_a_form(word: str, rules: _Compiled) -> bool:
    """Whether the word itself may be a Konjunktiv form, whatever stands around it."""
    if word in rules.subjunctive_ii or word in rules.subjunctive:
        return True
    return len(word) >= 4 and word not in rules.not_subjunctive and is_subjunctive_form(word)


def _stands_in_for_speech(match: re.Match[str], rules: _Compiled, clauses: _Clauses) -> bool:
    """A Konjunktiv II that reports ("sagte, die Soldaten hätten …"), not a condition ("wenn … hätte",
    "Hätte Russland …, wäre …") or a comparison ("als gäbe es")."""
    opener, left, right = clauses.opened(match.start(), match.end())
    return not (clauses.has(rules.conditional, opener, right) or clauses.verb_first(left, right, match.start()))


# A claim that is a quotation and nothing else: it opens with a quotation mark and ends with one (a full stop
# after it at most): "„Wir brauchen Sandsäcke.“", »Der Damm hält nicht«.
_QUOTES_ALONE = re.compile(r"\s*[„\"»«‚‹“][^„»«]{12,}[“”\"«»‘‹›]\s*[.!?]?\s*")


def quotes_alone(text: str) -> bool:
    """Whether a claim is a quotation standing alone: somebody's words, whoever printed them."""
    return bool(_QUOTES_ALONE.fullmatch(text))


def find_reported_speech(
    sentence: str, lexicon: Mapping[str, Any], continues: bool = False, speaks: bool | None = None
) -> list[SpeechMark]:
    """Konjunktiv I forms ("sei", "seien", "habe", "er erwarte", "Ein Sprecher laufe") outside direct
    quotes, and Konjunktiv II where it stands in for them ("sagte, die Soldaten hätten …") — in a
    sentence that names a speaker or says who speaks (`speaks`, looked up when not given), or that
    `continues` the reported speech of the sentence before it. Conditions ("wenn … hätte") and
    comparisons ("als gäbe es") are no speech. One pass over the words of the sentence."""
    rules = _compiled(typed_rules(lexicon).hedging)
    if not _may_hold_a_form(sentence, rules):
        return []  # most sentences: no word that may be a Konjunktiv form, wherever it stands
    scan = _SpeechScan(sentence, rules)
    marks: list[SpeechMark] = []
    candidates_ii: list[re.Match[str]] = []
    for match in rules.speech_words.finditer(sentence):
        form = _speech_form(match, scan)
        if form == "i":
            marks.append(SpeechMark(match.group(0), match.start(), match.end()))
        elif form == "ii":
            candidates_ii.append(match)
    if candidates_ii and (continues or (speaks if speaks is not None else names_speech(sentence, lexicon))):
        clauses = _Clauses(sentence)
        reported = [m for m in candidates_ii if _stands_in_for_speech(m, rules, clauses)]
        marks += [SpeechMark(m.group(0), m.start(), m.end()) for m in reported]
    return sorted(marks, key=lambda m: m.start)


def asked_only(sentence: str, marks: Sequence[SpeechMark], lexicon: Mapping[str, Any]) -> bool:
    """ "Unklar war, warum die Fähre so spät angelegt habe.": every Konjunktiv form stands in
    an indirect question after the clause that asks it; the outlet asks, it reports nobody's words."""
    if not marks:
        return False
    rules = _compiled(typed_rules(lexicon).hedging)
    comma = sentence.find(",")
    while comma >= 0 and comma < marks[0].start:
        if rules.question.match(sentence, comma + 1):
            return True
        comma = sentence.find(",", comma + 1)
    return False


def _is_reported_verb(sentence: str, word: str, end: int) -> bool:
    return is_subjunctive_form(word) and not _adjective_homograph(sentence, word, end)


_QUOTE_MARK = re.compile('["\u201e\u201c\u201d\u00ab\u00bb]')


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    positions = [m.start() for m in _QUOTE_MARK.finditer(sentence)]
    return [(positions[i], positions[i + 1]) for i in range(0, len(positions) - 1, 2)]
