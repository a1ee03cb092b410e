"""Every entry of seeds/events.json and seeds/thesaurus.json, tested by its own example."""

import re

import pytest

import seeds
from scoring.events import event_rules, find_events
from scoring.lemmas import compound_head, lemma
from scoring.matching import fact_signature

LEXICON = seeds.lexicon()
RULES = event_rules(LEXICON["events"])
TOKEN = re.compile(r"[^\W\d_]+")


def events_of(sentence: str):
    return find_events(TOKEN.findall(sentence), sentence, RULES)


@pytest.mark.parametrize("entry", LEXICON["events"]["events"], ids=lambda e: e["type"])
def test_every_event_type_is_found_in_its_example(entry):
    assert entry["family"] in events_of(entry["example"]).main


@pytest.mark.parametrize("entry", LEXICON["thesaurus"]["classes"], ids=lambda c: c["words"][0])
def test_every_thesaurus_class_joins_its_example_pair(entry):
    first, second = (fact_signature(s, [], [], LEXICON).words for s in entry["example"])
    assert first & second


def test_an_event_named_as_a_circumstance_is_not_what_happened():
    found = events_of("Bei dem Angriff auf das Depot starben vier Menschen.")
    assert found.main == {"killing"} and found.circumstances == {"strike"}


def test_a_purpose_is_not_what_happened():
    found = events_of("Hunderte warteten am Hafen darauf, evakuiert zu werden.")
    assert "displacement" not in found.main


def test_compound_heads_are_known_words_with_a_known_first_part():
    assert compound_head("Drohnenangriffe", 5) == "angriff"
    assert compound_head("Gesundheitsbehörde", 5) == "behörde"
    assert compound_head("Verletzten", 5) is None  # not "Ver|letzten"
    assert compound_head("Zivilisten", 5) is None  # not "Zivi|listen": the lemma does not end in "Liste"


def test_lemmas_join_inflections():
    assert lemma("starben") == "sterben" and lemma("Angriffen") == "Angriff"
