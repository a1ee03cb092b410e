"""The language data is assembled from one file per concern and validated once, loudly, at load."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

import seeds
from scoring import Knowledge, analyse_article
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
    assert "keiner" not in data["attribution"]["negations"]  # declared not_for attribution in the data
    assert "keineswegs" in data["stance"]["negations"] and "keineswegs" not in data["matching"]["negations"]
    # the words that negate a hedge cue right after them ("nicht angeblich") are read from it too
    before_cues = seeds.rules().hedging.negations_before_cues
    assert "nicht" in before_cues and "keinerlei" in before_cues and "nie" not in before_cues


def _knowledge(files: dict[str, Any]) -> Knowledge:
    elsewhere = {key: seeds.lexicon()[key] for key in ("events", "thesaurus", "gazetteer")}
    return Knowledge.build({**assemble(files), **elsewhere}, seeds.parties(), seeds.outlets(), seeds.conflicts())


_PLAN = "Die neue Brücke zwischen Lindenau und Brückenfeld soll im kommenden Jahr fertig sein."


def test_what_a_hedge_kind_does_is_declared_in_the_data() -> None:
    files = _files()
    (claim,) = analyse_article(_PLAN, "example.org", _knowledge(files)).claims
    assert [h.kind for h in claim.hedges] == ["deontic"] and not claim.hedged
    files["hedges.json"]["hedging"]["kinds"]["deontic"]["decisive"] = True
    (claim,) = analyse_article(_PLAN, "example.org", _knowledge(files)).claims
    assert claim.hedged and claim.hedges[0].decisive


_HEARSAY = (
    "Der Bürgermeister von Lindenau sagte, die Fähre nach Brückenfeld sei wieder in Betrieb. "
    "Angeblich soll sie aber schon am Montag wieder ausgefallen sein."
)


def test_an_unsourced_hedge_kind_keeps_the_source_before_from_carrying_over() -> None:
    def sources(files: dict[str, Any]) -> list[str]:
        return [s.text for s in analyse_article(_HEARSAY, "example.org", _knowledge(files)).claims[-1].sources]

    files = _files()
    assert seeds.rules().hedging.unsourced_kinds == {"lexical", "hearsay", "unverified", "named_report"}
    assert sources(files) == []  # "angeblich": the author's own hearsay, not the mayor's
    files["hedges.json"]["hedging"]["kinds"]["lexical"]["unsourced"] = False
    assert sources(files) == ["Der Bürgermeister von Lindenau"]


_CITED = (
    "Die Bürgermeisterin von Lindenau sagte, die Fähre nach Brückenfeld fahre wieder. "
    "Die Reparatur des Anlegers sei beendet, hieß es am Abend."
)


def test_a_hearsay_cue_that_cites_a_speaker_says_so_in_the_data() -> None:
    def kinds(files: dict[str, Any]) -> list[str]:
        return [h.kind for h in analyse_article(_CITED, "example.org", _knowledge(files)).claims[-1].hedges]

    files = _files()
    assert kinds(files) == ["attributed"]  # the mayor goes on: her words, not hearsay
    for cue in files["hedges.json"]["hedging"]["cues"]:
        if cue.get("cites") == "speaker":
            cue.pop("cites")
    assert kinds(files) == ["hearsay"]


def test_a_speech_verb_marked_also_relay_verbs_is_one_of_them() -> None:
    relay = seeds.rules().attribution.relay_verbs
    assert "meldete" in relay and "meldete" in seeds.rules().attribution.speech_verbs
    assert "schreibt" in relay and "schreibt" not in seeds.rules().attribution.speech_verbs  # a relay only
    files = _files()
    for verb in files["speech_verbs.json"]["attribution"]["speech_verbs"]:
        if isinstance(verb, dict) and verb.get("word") == "meldete":
            verb.pop("also")
    assert "meldete" not in _load(files).attribution.relay_verbs


# Modules that still read a lexicon section as a plain mapping. Each is to read the typed rules
# (scoring/lexicon.py) instead; the set may only shrink. The gazetteer and the government sites (of
# seeds/places.json and seeds/outlets.json) are data of other files, plain.
STILL_PLAIN: set[str] = set()
_PLAIN_READ = re.compile(r"""lexicon\[["']|lexicon\.get\(["'](?!gazetteer|government_sites)""")


def test_the_analysis_reads_typed_rules_not_the_plain_mapping() -> None:
    modules = sorted((Path(__file__).parent.parent / "scoring").glob("*.py"))
    plain = {path.name for path in modules if _PLAIN_READ.search(path.read_text(encoding="utf-8"))}
    assert plain == STILL_PLAIN


def _verb(files: dict[str, Any]) -> dict[str, Any]:
    verb: dict[str, Any] = files["speech_verbs.json"]["attribution"]["speech_verbs"][0]
    return verb


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
        (lambda f: _verb(f).update(also="relay_verbs"), "also names"),
        (lambda f: _verb(f).update(also=["speech_verbs"]), "also names other lists"),
        (lambda f: _verb(f).update(also=["relay_verb"]), "unknown keys"),
        (lambda f: f["speech_verbs.json"]["attribution"].update(relay_verbs="schreibt"), "so it is a list"),
        (lambda f: f["hedges.json"]["hedging"]["kinds"]["lexical"].update(unsourced="yes"), "expected bool"),
        (lambda f: _cue(f).update(cites="everyone"), r"cites \['everyone'\] is none of"),
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
