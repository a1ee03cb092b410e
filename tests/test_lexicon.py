"""The language data is assembled from one file per concern and validated once, loudly, at load."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import seeds
from scoring import hedging
from scoring.lexicon import Lexicon, LexiconError, assemble


def _files() -> dict[str, Any]:
    return copy.deepcopy(seeds.lexicon_files())


def _load(files: dict[str, Any]) -> Lexicon:
    return Lexicon.load(assemble(files))


def test_the_seed_files_load_into_typed_rules() -> None:
    rules = seeds.rules()
    assert isinstance(rules.weights.same_fact_threshold, float)
    assert isinstance(rules.weights.candidates, int)
    assert rules.hedging.cues[0].kind in rules.hedging.kinds
    assert "sagte" in rules.attribution.speech_verbs
    assert all(isinstance(words, tuple) for words in rules.matching.units.values())


def test_the_plain_mapping_has_the_sections_the_analysis_reads() -> None:
    data = seeds.lexicon()
    for section in (
        "abbreviations",
        "furniture",
        "claims",
        "credits",
        "hedging",
        "attribution",
        "stance",
        "matching",
        "weights",
        "places",
        "events",
        "thesaurus",
        "gazetteer",
    ):
        assert section in data
    assert data["weights"]["base"] == seeds.rules().weights.base  # values, not {"value", "why"} objects
    assert all(isinstance(v, str) for v in data["attribution"]["speech_verbs"])


def test_one_negation_list_feeds_every_section_that_reads_negations() -> None:
    data = seeds.lexicon()
    assert data["hedging"]["negations"] == data["matching"]["negations"]
    assert set(data["attribution"]["negations"]) < set(data["hedging"]["negations"])
    assert "nichts" not in data["attribution"]["negations"]  # declared not_for attribution in the data
    assert "keineswegs" in data["stance"]["negations"] and "keineswegs" not in data["matching"]["negations"]


def test_what_a_hedge_kind_does_is_declared_in_the_data() -> None:
    # hedging.py still keeps its own set: the two must agree until it reads the data
    assert seeds.rules().hedging.decisive_kinds == hedging.DECISIVE_KINDS


def _cue(files: dict[str, Any]) -> dict[str, Any]:
    cue: dict[str, Any] = files["hedges.json"]["hedging"]["cues"][0]
    return cue


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda f: _cue(f).update(pattern="\\bangeblich(\\w*"), r"cues\[0\]\.pattern.*does not compile"),
        (lambda f: _cue(f).update(kind="lexcial"), "not declared in hedging.kinds"),
        (lambda f: _cue(f).update(color="red"), r"unknown keys \['color'\]"),
        (lambda f: _cue(f).pop("kind"), "kind is missing"),
        (
            lambda f: f["speech_verbs.json"]["attribution"]["speech_verbs"].append({"word": "sag(te|ten)"}),
            "is not a word",
        ),
        (lambda f: f["weights.json"]["weights"]["base"].update(value="0.4"), "expected float"),
        (lambda f: f["weights.json"]["weights"].update(nobody_reads_me={"value": 1, "why": "x"}), "unknown keys"),
        (lambda f: f["stance.json"].pop("about"), "about"),
        (lambda f: f["moods.json"]["hedging"].update(cues=[]), "hedging.cues is already given"),
        (lambda f: f["negations.json"]["negations"].append({"word": "kaum", "not_for": ["events"]}), "not_for"),
        (lambda f: f["abbreviations.json"]["abbreviations"].append(3), "is not a word"),
        (lambda f: _cue(f).update(pattern=3), "a pattern is a string"),
        (lambda f: f["negations.json"]["negations"].append("kein\\w*"), "is not a word"),
        (lambda f: f["abbreviations.json"].update(abbreviations="z.b."), "expected a list"),
        (lambda f: f["credits.json"]["credits"].update(aliases=[]), "expected an object"),
        (lambda f: f["place_words.json"].update(places=[]), "expected an object"),
        (lambda f: f["weights.json"]["weights"]["base"].update(value=True), "expected float"),
        (
            lambda f: f.update({"extra.json": {"about": "a second list of abbreviations", "abbreviations": []}}),
            "abbreviations is already given",
        ),
    ],
)
def test_a_malformed_entry_fails_at_load_naming_it(break_it: Any, message: str) -> None:
    files = _files()
    break_it(files)
    with pytest.raises(LexiconError, match=message):
        _load(files)
