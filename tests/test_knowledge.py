"""The word records every look-up shares: one flags integer per word form, a bit per word test."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.claims import _enough_words
from scoring.knowledge import (
    AliasIndex,
    WordForms,
    built,
    holds_a_digit,
    holds_a_word,
    letter_words,
    one_article,
    word_flag,
    word_flags,
    words_of,
)
from scoring.regex import fold_case

_WORDS = ["Brücke", "brücke", "BRÜCKE", "Fähre", "Hafen", "der", "Der", "İzmir", "Straße", "STRASSE", "7", "Nord_Ost"]
_GLUE = [" ", "-", ", ", "_", "", "3", "."]
_CAPITALISED = word_flag(lambda word: word[:1].isupper())  # once: every bit stays for the process's life


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=6))
def test_a_bit_is_set_exactly_where_a_word_of_the_text_passes_its_test(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in pieces)
    assert bool(word_flags(text) & _CAPITALISED) == any(w[:1].isupper() for w in words_of(text)), text
    wanted = frozenset({"brücke", "der"})
    folded = {fold_case(w) for w in words_of(text)}
    assert holds_a_word(wanted, text, folded=True) == bool(wanted & folded), text
    assert holds_a_word(wanted, text) == bool(wanted & set(words_of(text))), text
    assert holds_a_word(None, text)


def test_a_test_added_after_a_text_was_read_reads_it_again() -> None:
    text = "Die Fähre nach Westhafen fuhr nicht."
    first = word_flag(lambda word: word == "Fähre")
    assert word_flags(text) & first
    later = WordForms(lambda word: word == "Westhafen")  # a rule compiled once the text's flags are known
    assert later.held(text)
    assert not WordForms(lambda word: word == "Osthafen").held(text)
    assert word_flags(text) & first  # earlier bits stay where they were


_NAMES = ["Straßberg", "Öhlund", "Kai Moor", "ẞtrand", "Lindqvist"]
_TEXT_WORDS = ["Strassberg", "STRASSBERGS", "öhlunds", "Kai", "Moor", "Moores", "ſtrand", "Lindqvistin", "sagte", "der"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TEXT_WORDS), st.sampled_from(_GLUE)), max_size=8), st.booleans())
def test_an_index_of_a_few_aliases_finds_what_a_large_one_finds(pieces: list[tuple[str, str]], case: bool) -> None:
    """A small index (an article's learned names) rules a text out by its folded letters; a large one
    reads every word: both find the same."""
    text = "".join(word + glue for word, glue in pieces)
    few: AliasIndex[str] = AliasIndex()
    many: AliasIndex[str] = AliasIndex()
    for name in _NAMES:
        few.add(name, name, case_sensitive=case)
        many.add(name, name, case_sensitive=case)
    for n in range(40):
        many.add(f"Platzhalter{n}", "-", case_sensitive=case)
    assert many.find(text) == few.find(text), text


def test_within_one_article_a_text_is_read_again_only_for_a_test_added_since() -> None:
    text = "Der Hafen von Nordweiler blieb geschlossen."
    with one_article():
        assert word_flags(text) & _CAPITALISED
        later = WordForms(lambda word: word == "Nordweiler")  # compiled in the middle of an article
        assert later.held(text)
        assert not WordForms(lambda word: word == "Südweiler").held(text)
    assert later.held(text)


_DAY_PIECES = ["Montag", "MONTAGS", "montagmorgen", "Sonntag", "İst", "Dienſtag", "3", "٣", "Tag", "Mai"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DAY_PIECES), st.sampled_from(_GLUE)), max_size=6))
def test_digits_and_weekdays_are_told_by_word_flags_as_the_text_tells_them(pieces: list[tuple[str, str]]) -> None:
    import seeds
    from scoring.matching import _vocabulary

    text = "".join(word + glue for word, glue in pieces)
    assert holds_a_digit(text) == bool(re.search(r"\d", text)), text
    vocabulary = _vocabulary(seeds.lexicon())
    assert vocabulary.weekday_words != -1
    folded = fold_case(text)
    assert vocabulary._names_a_weekday(text) == any(day in folded for day in vocabulary.weekday_numbers), text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TEXT_WORDS), st.sampled_from(_GLUE)), max_size=8), st.booleans())
def test_an_index_told_by_word_flags_finds_what_one_reading_every_word_finds(
    pieces: list[tuple[str, str]], case: bool
) -> None:
    text = "".join(word + glue for word, glue in pieces)
    flagged: AliasIndex[str] = AliasIndex(flagged=True)
    plain: AliasIndex[str] = AliasIndex()
    for name in [*_NAMES, *(f"Platzhalter{n}" for n in range(40))]:
        flagged.add(name, name, case_sensitive=case)
        plain.add(name, name, case_sensitive=case)
    assert flagged.find(text) == plain.find(text), text


def test_an_index_given_an_alias_later_finds_it_and_a_bit_of_a_collected_index_is_given_out_afresh() -> None:
    import gc

    text = "Die Fähre aus Nordweiler legte in Westhafen an."
    index: AliasIndex[str] = AliasIndex(flagged=True)
    index.add("Osthafen", "O", case_sensitive=True)
    assert index.find(text) == []  # its bit taken, the text's flags read
    index.add("Westhafen", "W", case_sensitive=True)
    assert index.find(text) == [(34, 43, "W")]
    gone: AliasIndex[str] = AliasIndex(flagged=True)
    gone.add("Nordweiler", "N", case_sensitive=True)
    assert gone.find(text)
    del gone
    gc.collect()  # its bit is free again: the next index's words are read anew, not served stale
    fresh: AliasIndex[str] = AliasIndex(flagged=True)
    fresh.add("Südweiler", "S", case_sensitive=True)
    assert fresh.find(text) == []
    assert index.find(text) == [(34, 43, "W")]


_READ_PIECES = [*_WORDS, *_DAY_PIECES, "²", "x²", "Ⅻ", "née", "e\u0301", "'s", "ölfeld", "Ölfeld"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_READ_PIECES), st.sampled_from([*_GLUE, "٣", "'"])), max_size=8))
def test_the_words_read_from_the_shared_split_are_those_the_readers_own_pattern_finds(
    pieces: list[tuple[str, str]],
) -> None:
    """Readers take their words from the one split of a text (`words_of`, its flags) where that split
    gives what their own pattern would: letters and digits, "_", "-", superscripts and combining marks."""
    text = "".join(word + glue for word, glue in pieces)
    assert letter_words(text) == re.findall(r"[^\W\d_]+", text), text
    words = re.findall(r"[^\W\d_][\w-]*", text)  # a claim's words
    for least in (1, 2, 3):
        assert _enough_words(text, least) == (len(words) >= least and any(w[0].islower() for w in words)), text
    with one_article():
        assert letter_words(text) == re.findall(r"[^\W\d_]+", text), text
        word_flags(text)  # its words are kept beside its flags for the article
        assert words_of(text) == tuple(re.findall(r"[^\W_]+", text)), text
        assert _enough_words(text, 2) == (len(words) >= 2 and any(w[0].islower() for w in words)), text


class _Native(float):
    """As a class compiled by mypyc: `object.__new__` refuses it (its instances are not plain objects)."""

    def __new__(cls, value: float) -> "_Native":
        return super().__new__(cls, value)


def test_built_makes_a_class_object_new_refuses_by_its_init() -> None:
    made = built(_Native, value=2.5)
    assert type(made) is _Native and made == 2.5
