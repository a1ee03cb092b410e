"""The analysis's quick answers (a test of a text's words' flags, a count of its words) against the
scans and rules they spare: where a quick answer says "nothing here", the slow path finds nothing either.
Every sentence is invented for these tests."""

from __future__ import annotations

import dataclasses
import inspect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import analyse_article
from scoring.attribution import (
    ArticleMemory,
    _accusation_cues,
    _carried_over,
    _clause_bounds,
    _conclude,
    _learn_names,
    _may_name_a_source,
    _Mentions,
    _phrase_slots,
    _rules,
    _Sentence,
    _speech_cues,
    _Words,
    attribute_sentence,
    find_mentions,
    is_role_noun,
    may_name_a_role,
)
from scoring.hedging import _compiled as _hedging_rules
from scoring.hedging import find_hedges
from scoring.knowledge import holds_a_word, typed_rules, word_flags
from scoring.matching import FactSignature
from scoring.pipeline import _GAPPED, _GAPPED_WORDS, _TITLED, AnalysedClaim
from scoring.regex import Presence, top_level_alternatives

# Words some rule waits for (speech and accusation verbs, source phrases, continuations, hedges, role nouns,
# titles and names) among words none waits for.
_WORDS = (
    "Die Der die der Stadt Hafen Fähre Lindenau Port Sabir Brücke wurde wurden ist war blieb gesperrt am Abend "
    "zwei 40 Menschen verletzt und aber sagte erklärte teilte mit laut nach Angaben zufolge wie berichtete "
    "warf vor machte verantwortlich hieß heißt es weiter Demnach demnach Rede so Sprecher Sprecherin "
    "Bürgermeisterin Innensenator Hafenmeister Anna Brand Jonas Weber soll sollen könnte angeblich offenbar "
    "vermutlich zeigte Fotos veröffentlichte Video Polizei Behörde Kapitän"
).split()
_MARKS = ["", "", "", ",", ".", ":", '"', "-"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_MARKS)), min_size=1, max_size=14))
    return " ".join(word + mark for word, mark in words) + draw(st.sampled_from([".", "", ":", "?"]))


def test_a_patterns_top_level_alternatives_join_to_it() -> None:
    assert top_level_alternatives(r"a|b(c|d)") == ["a", "b(c|d)"]
    assert top_level_alternatives(r"[|]|x|\||[]|]|[^]|]") == ["[|]", "x", r"\|", "[]|]", "[^]|]"]
    assert top_level_alternatives(r"(?i)a|b") == [r"(?i)a|b"]  # flags set inline for all: kept whole
    assert top_level_alternatives(r"(?:a|b)") == [r"(?:a|b)"]


@given(sentences())
@settings(max_examples=300, deadline=None)
def test_a_continuation_is_searched_only_where_the_words_may_hold_one(knowledge, text: str) -> None:
    from scoring.knowledge import may_be_present

    pattern = knowledge.rules.attribution.continuation
    assert "|".join(top_level_alternatives(pattern)) == pattern
    presence = Presence.of(top_level_alternatives(pattern), re.IGNORECASE)
    if not may_be_present(presence, text):
        assert re.search(pattern, text, re.IGNORECASE) is None


@given(sentences())
@settings(max_examples=300, deadline=None)
def test_a_sentence_holding_no_cue_word_has_no_cue(knowledge, text: str) -> None:
    rules = _rules(knowledge.rules.attribution)
    assert rules.cue_words is not None
    if _may_name_a_source(text, rules):
        return
    at = _Sentence(text, _Mentions.of(find_mentions(text, knowledge)), _Words(text), rules)
    accusations = _accusation_cues(at)
    speech = _speech_cues(at, accusations.verbs)
    assert not (accusations.slots or accusations.verbs or speech.slots or speech.verbs or speech.acts)
    assert not _phrase_slots(at)


_GATED_WORDS = (
    "Der Sprecher gab an gab nach ist war sich einig sicher geht ging davon aus zog in Zweifel wies hin zurück "
    "nach Angaben Nach dem Sturm unter Berufung Verweis auf aus Kreisen so Meier, Hafen Brücke sagte wie Wie "
    "berichtete"
).split()


@given(st.lists(st.tuples(st.sampled_from(_GATED_WORDS), st.sampled_from(_MARKS)), min_size=1, max_size=14))
@settings(max_examples=400, deadline=None)
def test_a_speech_verb_or_source_phrase_is_searched_for_only_where_all_its_words_may_stand(knowledge, words) -> None:
    """ "gab" alone is no speech verb ("gab an" is), "nach" no source phrase ("nach Angaben" is): a sentence
    with the opening word but without what the alternative needs besides is not searched, and holds no match."""
    from scoring.knowledge import may_be_present

    text = " ".join(word + mark for word, mark in words)
    rules = _rules(knowledge.rules.attribution)
    if not may_be_present(rules.speech_present, text):
        assert rules.speech.search(text) is None
    if not may_be_present(rules.prepositional_present, text):
        assert rules.prepositional.search(text) is None
    if not _may_name_a_source(text, rules):
        assert rules.speech.search(text) is None and rules.prepositional.search(text) is None
    if not holds_a_word(rules.relay_verb_words, text):  # "wie" alone relays nobody
        assert rules.relay_wie.search(text) is None


@given(
    st.lists(
        st.sampled_from(["Kein", "KOMMENTAR", "kommentarlos", "Brand", "brandneu", "in", "ums", "Leben", "İn", "Σ"]),
        max_size=8,
    ),
    st.lists(st.sampled_from([" ", "", "-", "\n", "\u24b6", "\u0307", "_"]), min_size=8, max_size=8),
)
@settings(max_examples=300, deadline=None)
def test_a_text_holding_no_word_of_a_fixed_phrase_holds_no_phrase(knowledge, words, gaps) -> None:
    from scoring.events import _phrase_words, events_of

    rules = events_of(knowledge.lexicon)
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    bit = _phrase_words(rules)
    assert bit > 0  # the lexicon's phrases are words of letters
    if not word_flags(text) & bit:
        assert not any(phrase in text.lower() for phrase, _ in rules.phrases)


@given(
    st.lists(
        st.sampled_from(["Das", "Feuer", "FEUER", "feuerte", "Soldaten", "gegenseitig", "Einander", "3", "2Feuer"]),
        max_size=8,
    ),
    st.lists(st.sampled_from([" ", "-", "_", ", ", "\u0307"]), min_size=8, max_size=8),
)
@settings(max_examples=300, deadline=None)
def test_a_claim_whose_words_lack_the_bit_holds_no_collocation_noun_nor_reciprocal_word(knowledge, words, gaps) -> None:
    from scoring.events import events_of
    from scoring.knowledge import letter_words
    from scoring.matching import _lowered_words

    rules = events_of(knowledge.lexicon)
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    if not word_flags(text) & _lowered_words(rules):
        wanted = frozenset(noun for noun, _, _ in rules.collocations) | rules.reciprocal
        assert wanted.isdisjoint(map(str.lower, letter_words(text)))


@given(st.text(alphabet="aZ09_- ,.\u00e4\u00df\u0301\u0130\u00b2\u2160\u00a0\u3000\u0663", max_size=24))
@settings(max_examples=500, deadline=None)
def test_a_text_is_split_into_the_words_its_token_pattern_finds(text: str) -> None:
    from scoring.knowledge import _TOKEN, _words

    assert _words(text) == tuple(_TOKEN.findall(text))


@given(st.text(alphabet="aAsSiIoOßẞäÄüÜkK\u0130\u017f\u0131\u212a\u0307", max_size=6))
@settings(max_examples=500, deadline=None)
def test_a_word_is_folded_quickly_as_fold_case_folds_it(word: str) -> None:
    from scoring.knowledge import _folded_test
    from scoring.regex import fold_case

    words = frozenset({"so", "ist", "sie", "aß", "ässe", "ok", "kä", "is", "i", "s"})
    assert _folded_test(words)(word) == (fold_case(word) in words)


@given(
    st.lists(
        st.sampled_from(["Sprecher", "sprecher", "in", "innen", "en", "s", "n", "Hafen", "SPRECHERIN", "Amt", "e"]),
        max_size=4,
    )
)
@settings(max_examples=400, deadline=None)
def test_a_word_ending_in_a_role_noun_is_told_backwards_as_the_pattern_tells_it(knowledge, pieces) -> None:
    from scoring.attribution import _ends_in_a_role

    word = "".join(pieces)
    rules = knowledge.rules.attribution
    assert _ends_in_a_role(rules.role_nouns)(word) == bool(_rules(rules).role_suffix.search(word)), word


_ACCUSING_WORDS = "Die Stadt warf der Reederei vor machte verantwortlich Verantwortlich gab Schuld , wies".split()


@given(st.lists(st.sampled_from(_ACCUSING_WORDS), max_size=12))
@settings(max_examples=300, deadline=None)
def test_an_accusation_verb_is_read_only_where_its_cue_may_stand(knowledge, words) -> None:
    """ "warf" without "vor", "machte" without "verantwortlich": no accusation, and the sentence is not read."""
    from scoring.attribution import _may_accuse

    text = " ".join(words)
    rules = _rules(knowledge.rules.attribution)
    if not _may_accuse(text, rules):
        for match in rules.accusations.finditer(text):  # every verb's cue is missing from its clause
            cue = rules.accusation_cues[int((match.lastgroup or "a0")[1:])]
            left, right = _clause_bounds(text, match.start())
            assert cue is not None and not cue.search(text, left, right), text


def test_the_gated_speech_verbs_are_still_found(knowledge) -> None:
    from scoring.knowledge import may_be_present

    rules = _rules(knowledge.rules.attribution)
    assert rules.speech_present.gated  # "gab an", "ist sich einig": gated by what they need besides "gab", "ist"
    for text in ["Der Sprecher gab an, die Brücke sei gesperrt.", "Die Stadt ist sich sicher, dass es brannte."]:
        assert rules.speech.search(text) and may_be_present(rules.speech_present, text)
        assert _may_name_a_source(text, rules)
    assert not may_be_present(rules.speech_present, "Die Stadt gab nach, das Ufer ist gesperrt.")


def _slow_attribution(sentence: str, block: int, knowledge, memory: ArticleMemory, carries_over: bool):
    """`attribute_sentence` for a sentence naming nobody, without its quick paths."""
    rules = _rules(knowledge.rules.attribution)
    mentions = find_mentions(sentence, knowledge, memory)
    at = _Sentence(sentence, _Mentions.of(mentions), _Words(sentence), rules)
    _learn_names(sentence, mentions, rules, memory)
    accusations = _accusation_cues(at)
    speech = _speech_cues(at, accusations.verbs)
    slots = _phrase_slots(at) + accusations.slots + speech.slots
    verbs = accusations.verbs + speech.verbs
    if slots or verbs or mentions:
        return None  # not a sentence naming nobody: nothing read has changed the memory yet
    sources = _carried_over(sentence, block, memory, rules, carries_over, acts=speech.acts, named=False)
    attribution = _conclude(sentence, block, sources, verbs, mentions, memory, rules, knowledge)
    attribution.speech_verbs = speech.verbs
    return attribution


_HEDGE_WORDS = (
    "Die Angaben ließen lässt sich nicht kaum unabhängig überprüfen bestätigen verifizieren Es heißt hieß es "
    "Bestätigung keine Berichten laut nach Medienberichten ist war offenbar möglich möglicherweise wohl sehr "
    "könne konnte nicht überprüft werden deutet darauf hin sieht so aus Schätzungen zufolge dürfte Brücke"
).split()


@given(st.lists(st.tuples(st.sampled_from(_HEDGE_WORDS), st.sampled_from(["", " ", ", ", "-"])), max_size=14))
@settings(max_examples=400, deadline=None)
def test_a_hedge_cue_is_searched_for_only_where_the_sentence_may_hold_it(knowledge, pieces) -> None:
    """ "nicht" alone is no cue ("nicht unabhängig überprüfen" is): the cues told together by two blocks of
    bits tell each as its own presence does, and a cue they rule out finds nothing."""
    from scoring.knowledge import may_be_present

    text = " ".join(word + glue for word, glue in pieces)
    rules = _hedging_rules(typed_rules(knowledge.lexicon).hedging)
    present = rules.lexical_present
    assert present is not None and len(present.presences) == len(rules.lexical)
    for i, (pattern, *_) in enumerate(rules.lexical):
        assert "|".join(top_level_alternatives(pattern.pattern)) == pattern.pattern
        told = present.may_be_present(i, text)
        assert told == may_be_present(present.presences[i], text), (pattern.pattern, text)
        if not told:
            assert pattern.search(text) is None, (pattern.pattern, text)


@pytest.mark.parametrize(
    "before",
    [
        "Die Sprecherin der Hafenbehörde von Lindenau sagte am Abend, die Fähre sei gesunken.",
        "Bürgermeisterin Anna Brand: Die Brücke bleibt gesperrt",
        "Am Morgen brannte ein Lager im Hafen.",
    ],
)
@given(sentences(), st.booleans(), st.booleans())
@settings(max_examples=100, deadline=None)
def test_a_sentence_naming_nobody_ages_the_memory_as_the_whole_conclusion_does(
    knowledge, before: str, text: str, same_block: bool, carries_over: bool
) -> None:
    memories = []
    for slow in (False, True):
        memory = ArticleMemory()
        attribute_sentence(before, 0, knowledge, memory, carries_over=False)
        memory.offset_of_previous = len(before) + 1
        block = 0 if same_block else 1
        attribution = _slow_attribution(text, block, knowledge, memory, carries_over) if slow else None
        if attribution is None:
            attribution = attribute_sentence(text, block, knowledge, memory, carries_over=carries_over)
        memories.append((attribution, {k: v for k, v in vars(memory).items() if k != "learned"}))
    assert memories[0] == memories[1]


@given(sentences())
@settings(max_examples=300, deadline=None)
def test_a_sentence_holding_no_word_a_hedge_needs_has_no_hedge(knowledge, text: str) -> None:
    rules = _hedging_rules(typed_rules(knowledge.lexicon).hedging)
    assert rules.cue_words is not None
    needed = rules.needed.held_in(text)
    sollen = holds_a_word(rules.sollen_words, text, folded=True)
    epistemic = holds_a_word(rules.epistemic_words, text, folded=True)
    # the one test of the words' flags says "none" only where the three tests the cues wait for say so
    assert bool(word_flags(text) & rules.cue_words) == bool(needed or sollen or epistemic)
    if not (needed or sollen or epistemic):
        assert find_hedges(text, knowledge.lexicon) == []


def test_a_hedge_is_still_found_where_its_word_stands(knowledge) -> None:
    assert find_hedges("Die Fähre soll am Abend gesunken sein.", knowledge.lexicon)
    assert find_hedges("Angeblich wurde der Hafen gesperrt.", knowledge.lexicon)


@given(sentences())
@settings(max_examples=300, deadline=None)
def test_a_text_with_no_word_ending_in_a_role_noun_names_no_title(knowledge, text: str) -> None:
    rules = typed_rules(knowledge.lexicon).attribution
    if not may_name_a_role(text, rules):
        assert not any(is_role_noun(m.group(1), rules) for m in _TITLED.finditer(text))


def test_a_title_before_a_name_is_still_found(knowledge) -> None:
    rules = typed_rules(knowledge.lexicon).attribution
    assert may_name_a_role("Am Abend sprach Innensenator Jonas Weber im Hafen.", rules)
    assert not may_name_a_role("Am Abend brannte ein Lager im Hafen.", rules)


@given(st.text(alphabet=" \u00a0\t\nab3.,!ä\u2003", max_size=40))
@settings(max_examples=500, deadline=None)
def test_a_gapped_count_is_at_most_four_words(text: str) -> None:
    if len(text.split(None, _GAPPED_WORDS)) > _GAPPED_WORDS:
        assert _GAPPED.match(text) is None


@pytest.mark.parametrize("cls", [FactSignature, AnalysedClaim])
def test_a_result_built_without_init_is_the_object_init_makes(knowledge, cls) -> None:
    assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
    (claim,) = analyse_article(
        "Im Hafen von Lindenau wurden am Abend 40 Menschen verletzt.", "example.org", knowledge
    ).claims
    made = claim if cls is AnalysedClaim else claim.signature
    fields = {f.name: getattr(made, f.name) for f in dataclasses.fields(cls)}
    assert list(vars(made)) == list(fields)  # every field given, in the class's order
    assert made == cls(**fields) and hash(made) == hash(cls(**fields)) and repr(made) == repr(cls(**fields))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 0  # still frozen


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_WORDS, "Zudem", "ZUDEM", "weitere", "dort", "Dortmund", "außerdem"]),
            st.sampled_from(_MARKS),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_a_continuation_adverb_is_searched_for_only_where_the_words_may_hold_one(knowledge, pieces) -> None:
    from scoring.pipeline import _goes_on, _says_it_goes_on

    text = " ".join(word + mark for word, mark in pieces)
    pattern, _ = _goes_on(knowledge.rules)
    assert _says_it_goes_on(text, knowledge.lexicon) == bool(pattern.search(text))


_INITIAL = re.compile(r"(?<![\w.])[A-ZÄÖÜ]\.$")  # searched from every character, as first written
_ORDINAL_OR_NUMBER = re.compile(r"(?<![\w.])\d{1,2}\.$")


_MONTHS = ("Januar", "März", "Mai", "Oktober")


def _is_boundary_as_first_written(text: str, dot: int, after: int, abbreviations: frozenset[str]) -> bool:
    from scoring.sentences import _OPENING, _a_name_next

    if text[dot] in "?:" and text[dot:after].endswith(":"):
        return True
    head = text[max(0, dot - 25) : dot + 1]
    word = head.split()[-1] if head.split() else ""
    if text[dot] == "." and after == dot + 1:
        # a capital letter after a word no name is ("auf X.") labels something where no name follows; after a name
        # it is an initial
        words = text[max(0, dot - 60) : dot + 1].split()
        labelled = len(words) >= 2 and words[-2].isalpha() and words[-2].islower() and not _a_name_next(text, after)
        if word.lower() in abbreviations or (_INITIAL.search(head) and not labelled):
            return False
        if _ORDINAL_OR_NUMBER.search(head):
            following = text[after : after + 14].strip()
            if following.startswith(_MONTHS) or following[:1].islower():
                return False
    return bool(_OPENING.match(text, after))


_STOPS = (
    'Am 3. März 3. und Dr. Weber z. B. der Hafen A. Brand 1. FC sagte: Der war? die Stadt. Lindenau." (dpa) 12.'.split()
)


@settings(max_examples=300)
@given(
    st.lists(st.tuples(st.sampled_from(_STOPS), st.sampled_from([" ", " ", "  ", "\n", ""])), min_size=1, max_size=14)
)
def test_a_sentence_boundary_is_told_as_the_rule_first_written_tells_it(pieces: list[tuple[str, str]]) -> None:
    from scoring.sentences import _END, Ordinals, _is_boundary

    text = "".join(word + space for word, space in pieces)
    months = Ordinals(_MONTHS)  # the months after an ordinal, as first written
    abbreviations = frozenset({"dr", "z", "b"})
    for match in _END.finditer(text):
        dot, after = match.start(), match.end()
        expected = _is_boundary_as_first_written(text, dot, after, abbreviations)
        assert _is_boundary(text, dot, after, abbreviations, ordinals=months) == expected


def _records_made_quickly() -> list[type]:
    import scoring.attribution
    import scoring.cleaning
    import scoring.hedging
    import scoring.numbers
    import scoring.pipeline
    import scoring.sentences

    modules = (scoring.attribution, scoring.cleaning, scoring.hedging, scoring.numbers, scoring.pipeline)
    found = [
        cls
        for module in (*modules, scoring.sentences)
        for cls in vars(module).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__init__.__module__ is None
    ]
    return sorted(set(found), key=lambda cls: cls.__qualname__)


@pytest.mark.parametrize("cls", _records_made_quickly(), ids=lambda cls: cls.__qualname__)
def test_a_record_made_by_its_quick_init_is_the_one_its_dataclass_init_makes(cls) -> None:
    # the class as @dataclass(frozen=True) alone makes it: the same fields, parameters and defaults
    fields = dataclasses.fields(cls)
    plain = dataclasses.make_dataclass(
        cls.__name__,
        [(f.name, f.type, dataclasses.field(default=f.default, compare=f.compare, hash=f.hash)) for f in fields],
        frozen=True,
    )
    assert inspect.signature(cls.__init__) == inspect.signature(plain.__init__)
    values = [f"value {n}" for n, _ in enumerate(fields)]
    quick, slow = cls(*values), plain(*values)
    assert vars(quick) == vars(slow) and list(vars(quick)) == list(vars(slow))
    required = [f for f in fields if f.default is dataclasses.MISSING]
    assert vars(cls(*values[: len(required)])) == vars(plain(*values[: len(required)]))  # the defaults
    assert vars(cls(**{f.name: v for f, v in zip(fields, values, strict=True)})) == vars(slow)
    assert quick == cls(*values) and hash(quick) == hash(cls(*values))
    assert repr(quick) == repr(slow).replace(plain.__qualname__, cls.__qualname__, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(quick, fields[0].name, None)  # still frozen


def test_the_records_made_once_a_sentence_or_a_claim_are_made_quickly() -> None:
    from scoring.attribution import Mention, Source, _Cues
    from scoring.cleaning import Block
    from scoring.hedging import Hedge
    from scoring.pipeline import HedgeSpan, _Reading
    from scoring.sentences import Sentence

    assert {Mention, Source, _Cues, Block, Hedge, HedgeSpan, _Reading, Sentence} <= set(_records_made_quickly())


def test_quick_init_refuses_a_class_whose_init_does_more() -> None:
    from scoring.knowledge import quick_init

    @dataclasses.dataclass(frozen=True)
    class Listed:
        items: list[str] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass
    class Unfrozen:
        name: str

    @dataclasses.dataclass(frozen=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            pass

    for cls in (Listed, Unfrozen, Checked):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_a_set_of_words_first_asked_about_after_a_texts_flags_were_read_is_found_in_it() -> None:
    from scoring.knowledge import word_flags

    text = "Der Fährmann Ottokar Quendel legte in Lindenau an."
    word_flags(text)  # read under the bits known so far
    assert holds_a_word(frozenset({"quendel"}), text, folded=True)  # a new bit: the text is read again
    assert holds_a_word(frozenset({"Ottokar"}), text)
    assert not holds_a_word(frozenset({"Westhafen"}), text)


_ALIASES = [("der Hafenrat", False), ("Lindenau", True), ("Port Sabir", False), ("US-", False), ("Straßenbahn", True)]
_ALIAS_TEXT = "der Der DER Hafenrat hafenrates HAFENRATEN Hafenratin Lindenau lindenau Lindenaus Port Sabir SABIRS US"
_ALIAS_TEXT += " Strassenbahn Straßenbahnen Bahn sagte"


@given(st.lists(st.tuples(st.sampled_from(_ALIAS_TEXT.split()), st.sampled_from([" ", "-", ", ", ""])), max_size=8))
@settings(max_examples=300, deadline=None)
def test_an_index_that_rules_out_a_text_holding_no_word_an_alias_ends_with_finds_what_a_plain_one_finds(
    pieces: list[tuple[str, str]],
) -> None:
    from scoring.knowledge import AliasIndex

    text = "".join(word + glue for word, glue in pieces)
    flagged: AliasIndex[str] = AliasIndex(flagged=True)
    plain: AliasIndex[str] = AliasIndex()
    for alias, case_sensitive in [*_ALIASES, *((f"der Platzhalter{n}", False) for n in range(40))]:
        flagged.add(alias, alias, case_sensitive=case_sensitive)
        plain.add(alias, alias, case_sensitive=case_sensitive)
    assert flagged.find(text) == plain.find(text), text


_LINE_PIECES = [
    "Startseite",
    "Teilen",
    "Drucken",
    "Foto: AFP / Jane Doe",
    "(dpa)",
    "dpa/lno",
    "12.03.2024",
    "14:30 Uhr",
    " - 3. März 2024",
    "Seite 2 von 5",
    "Die Fähre legte am Abend in Lindenau an.",
    "Mehr zum Thema",
    "Jetzt kostenlos abonnıeren!",  # "ı" and "ſ" match "i" and "s" ignoring case
    "(ſymbolbild)",
    "REDAKTIONELL NICHT BEARBEITET",
    "©",
    "(Archivbild)",
    "| 2:30 min",
    "Anna Brand ist Redakteurin",
    "x" * 45,
    "Hafen " * 25,
]


@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=4), st.sampled_from(["", " ", ", ", " | "]))
@settings(max_examples=400, deadline=None)
def test_a_line_is_furniture_or_dated_as_the_whole_patterns_say(knowledge, pieces: list[str], glue: str) -> None:
    from scoring.cleaning import _is_dated, _is_furniture_line, furniture_rules

    rules = furniture_rules(knowledge.lexicon)
    line = glue.join(pieces)
    whole = bool(rules.line.fullmatch(line)) or any(pattern.fullmatch(line) for _, pattern, _ in rules.line_anywhere)
    assert _is_furniture_line(line, rules) == whole, line
    assert _is_dated(line, rules) == bool(rules.dated_line.search(line)), line


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Die", "Miliz", "stritt", "den", "Angriff", "nicht", "ab", "Nicht", "nichts", "vernichtet", "kein"]
            + ["Dementi", "dementiert", "bestritten", "Unbestritten", "zurückgewiesen", "geleugnet", "3nicht"]
        ),
        min_size=1,
        max_size=10,
    ),
    st.sampled_from([" ", ", ", "-", "_"]),
)
def test_a_denial_denied_is_searched_for_only_where_a_word_holds_what_it_needs(knowledge, words, glue) -> None:
    from scoring.matching import _is_undenied, _undenied

    text = glue.join(words) + "."
    rules = typed_rules(knowledge.lexicon).matching
    needing, bit = _undenied(rules)
    assert bit  # the strings it needs are letters: told by a bit
    assert _is_undenied(text, rules) == bool(needing.pattern.search(text)), text


def _words_and_glue(words: list[str], glues: list[str], most: int) -> tuple[st.SearchStrategy, ...]:
    """Lists of up to `most` of these words, and what joins them."""
    return st.lists(st.sampled_from(words), min_size=1, max_size=most), st.sampled_from(glues)


@settings(max_examples=300, deadline=None)
@given(
    *_words_and_glue(
        ["Folgen", "Sie", "sie", "SIE", "Sieben", "Ihnen", "Ihre", "Ihrer", "ihr", "uns", "Lindenau"],
        [" ", ", ", "-", "„"],
        8,
    )
)
def test_the_readers_address_is_searched_for_only_where_the_sentence_holds_what_it_needs(knowledge, words, glue):
    from scoring.claims import _claim_patterns, _holds_all

    text = glue.join(words) + "."
    needs, reader_address, _ = _claim_patterns(typed_rules(knowledge.lexicon).claims)
    assert _holds_all(needs, text) or not reader_address.search(text), text


@settings(max_examples=300, deadline=None)
@given(
    *_words_and_glue(
        ["teilt", "unsere", "Beiträge", "Sie", "SIE", "Ihr", "Euch", "Dir", "dich", "wir", "Lindenau"],
        [" ", ", ", "-", "“"],
        10,
    )
)
def test_a_line_addresses_its_reader_only_where_it_holds_what_the_address_needs(knowledge, words, glue) -> None:
    from scoring.cleaning import furniture_rules

    line = glue.join(words) + "."
    rules = furniture_rules(knowledge.lexicon)
    assert rules.reader_needs is not None
    assert rules.reader_needs.may_match(line) or not rules.reader_address.search(line), line


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["(dpa)", "dpa-AFX", "Reuters", "AP", "ap", "Kapital", "İ", "Σ", "-afp", "afp-", "Lindenau"]),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "\n", "/", "\n\n", "_", ""]), min_size=12, max_size=12),
)
def test_the_lines_naming_an_agency_are_found_in_one_pass_as_line_by_line(knowledge, pieces, glue) -> None:
    from scoring.cleaning import _credit_rules, _lines_naming_a_token, _names_a_token

    rules = _credit_rules(typed_rules(knowledge.lexicon).credits)
    page = "".join(piece + mark for piece, mark in zip(pieces, glue, strict=False))
    expected = {number for number, line in enumerate(page.split("\n")) if _names_a_token(line.lower(), rules)}
    assert _lines_naming_a_token(page.lower(), rules) == expected, page


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Ä_-1٣.,\u0307İ\n", max_size=40))
def test_the_words_of_a_text_are_placed_where_a_scan_of_them_finds_them(text: str) -> None:
    from scoring.knowledge import _TOKEN, _tokens

    assert _tokens(text) == tuple((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?:\"')] \n\tAbZ1", max_size=30))
def test_a_sentence_end_is_found_where_the_pattern_as_first_written_finds_it(text: str) -> None:
    """`_END` takes its first character before its alternatives look back at it, so the engine scans for it."""
    from scoring.sentences import _END

    first_written = re.compile(r"(?<![.!?])[.!?]++(?:[\"')\]]++)?(?=\s)|[?]?:(?=\s+[A-ZÄÖÜ])")
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in first_written.finditer(text)], text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.\n", max_size=40))
def test_the_commas_a_gapped_count_may_follow_are_the_last_ones(text: str) -> None:
    """`_clause_cuts` reads the commas from the last back to one with more than `_GAPPED_WORDS` words after
    it: the commas with few enough words after them are the last ones of the sentence."""
    from scoring.pipeline import _COMMA

    few = [len(text[m.end() :].split(None, _GAPPED_WORDS)) <= _GAPPED_WORDS for m in _COMMA.finditer(text)]
    assert few == sorted(few), text  # False for the first ones, then True


@given(sentences())
@settings(max_examples=300, deadline=None)
def test_a_mood_is_read_only_where_the_sentence_holds_one_of_its_words(knowledge, text: str) -> None:
    """`_no_happening` reads the intention and the counterfactual only where the sentence's words hold one of
    theirs; it tells what the three patterns tell."""
    from scoring.pipeline import _no_happening

    rules = typed_rules(knowledge.lexicon).claims
    moods = (rules.conditional, rules.intention, rules.counterfactual, rules.open_question)
    for sentence in (text, text.replace("soll", "will"), text.replace("sollen", "hätten"), "Sollte " + text):
        expected = any(re.match(mood, sentence) for mood in moods)
        assert _no_happening(sentence, knowledge.lexicon) == expected, sentence


@given(sentences())
@settings(max_examples=300, deadline=None)
def test_a_sentence_holding_no_passive_auxiliary_among_its_words_holds_none_among_its_hyphened_words(
    knowledge, text: str
) -> None:
    from scoring.pipeline import _WORDS_BEFORE, _passive_words

    rules = knowledge.rules.attribution
    for sentence in (text, text.replace(" ", "-"), text.replace("wurde", "Wurde_")):
        held = {w.lower() for w in _WORDS_BEFORE.findall(sentence)}
        if not held.isdisjoint(map(str, rules.passive_auxiliaries)):
            assert holds_a_word(_passive_words(rules), sentence, folded=True), sentence


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                ["Hafen", "fähre", "der", "12", "3Kiew", "x²", "²", "٣", "jährige", "DER", "ölfeld", "e\u0301"]
            ),
            st.sampled_from([" ", "-", " -", "- ", "--", ", ", "", "."]),
        ),
        max_size=10,
    ),
    st.integers(min_value=1, max_value=6),
)
def test_enough_words_with_hyphens_and_digits_are_counted_as_the_pattern_counts_them(
    pieces: list[tuple[str, str]], least: int
) -> None:
    """Where a sentence holds a "-" or a digit, `_enough_words` tells from its words (`words_of`) and its
    hyphens what `[^\\W\\d_][\\w-]*` finds, in and out of an article."""
    from scoring.claims import _WORD, _enough_words
    from scoring.knowledge import one_article

    text = "".join(word + glue for word, glue in pieces)
    words = _WORD.findall(text)
    expected = len(words) >= least and any(w[0].islower() for w in words)
    assert _enough_words(text, least) == expected, text
    with one_article():
        assert _enough_words(text, least) == expected, text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["griffen", "Fähren", "an", "auf", "zusammen", "und", "aber", "man", "Kiew", "12", "x²"]),
            st.sampled_from([" ", ", ", ". ", " – ", " 3", " „", "-", "", '" ', " (", ")"]),
        ),
        min_size=1,
        max_size=9,
    )
)
def test_a_sentence_none_of_whose_particles_may_end_its_clause_has_no_verb_rejoined(
    knowledge, pieces: list[tuple[str, str]]
) -> None:
    """`may_rejoin` tells, without the text between the words, whether a particle may end its clause: where
    it says none does, `rejoin_separable_verbs` joins nothing."""
    from scoring.events import events_of
    from scoring.knowledge import after_letter_words, letter_words
    from scoring.lemmas import may_rejoin, rejoin_separable_verbs

    rules = events_of(knowledge.lexicon)
    sentence = "".join(word + glue for word, glue in pieces)
    words = letter_words(sentence)
    if not words or rules.separable_particles.isdisjoint(words):
        return
    particles, coordinators = rules.separable_particles, rules.clause_coordinators
    if not may_rejoin(sentence, words, particles, coordinators):
        gaps = after_letter_words(sentence)
        ends = [
            i
            for i, word in enumerate(words)
            if word in particles
            and (
                i + 1 >= len(words) or not set(',;:.!?()[]"«»“”„–').isdisjoint(gaps[i]) or words[i + 1] in coordinators
            )
        ]
        assert not ends, sentence
        assert rejoin_separable_verbs(words, gaps, particles, coordinators) == {}, sentence


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["dpa", "dpa-afx", "ap", "kapital", "apa", "-afp", "afp-", "sid", "präsident", "reuters", "x"]),
        max_size=10,
    ),
    st.lists(st.sampled_from([" ", "\n", "/", "_", "", "3", "(", ")", "ä", "\u0307"]), min_size=10, max_size=10),
)
def test_the_agencies_named_on_a_page_are_found_where_their_pattern_finds_them(knowledge, pieces, glue) -> None:
    from scoring.cleaning import _credit_rules, _token_starts

    rules = _credit_rules(typed_rules(knowledge.lexicon).credits)
    assert rules.named is not None
    page = "".join(piece + mark for piece, mark in zip(pieces, glue, strict=False))
    assert sorted(_token_starts(page, rules.tokens)) == [m.start() for m in rules.named.finditer(page)], page


@given(
    st.lists(
        st.sampled_from(["seit", "Seit", "bis", "Mai", "2012", "1999", "20", "19", "2,5", "1.9", "3020"]), max_size=6
    )
)
@settings(max_examples=300, deadline=None)
def test_past_years_are_searched_only_where_a_claim_holds_what_a_year_needs(knowledge, words: list[str]) -> None:
    from scoring.matching import _vocabulary

    text = " ".join(words) + "."
    past_year = _vocabulary(knowledge.lexicon).past_year
    expected = re.compile(typed_rules(knowledge.lexicon).matching.past_year)
    assert [m.span() for m in past_year.finditer(text)] == [m.span() for m in expected.finditer(text)], text


@pytest.mark.parametrize("word", ["Angriff", "angriff", "ANGRIFF", "Haus", "Xyzqwort", "xyzqwort", "ß", "İstanbul"])
def test_a_remembered_dictionary_test_answers_as_the_dictionary_does(word: str) -> None:
    from scoring.lemmas import _dictionary, is_known

    dictionary = _dictionary()
    for _ in range(2):  # the second time from what was remembered
        assert is_known(word, exact=True) == (word in dictionary)
        assert is_known(word) == (word in dictionary or word.lower() in dictionary)


def test_no_conflict_is_a_conflict_of_its_own_and_no_term_an_empty_count_of_its_own(knowledge) -> None:
    from collections import Counter

    from scoring.conflicts import conflict_hits

    assert knowledge.conflicts and knowledge.conflict(None) is None
    assert knowledge.conflict(knowledge.conflicts[-1].id) is knowledge.conflicts[-1]
    first, second = conflict_hits("Das Wetter war mild.", knowledge), conflict_hits("Es regnete.", knowledge)
    assert type(first) is Counter and first == Counter() and first is not second
    assert first["x"] == 0 and not first
    first.update(["x"])
    assert first == Counter(x=1) and not second
