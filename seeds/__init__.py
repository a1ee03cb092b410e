"""The project's seed data: lexicons, parties and actors, outlets, conflicts, demo articles.

Data lives in the JSON files beside this module; this module only reads them.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from scoring.knowledge import Knowledge, typed_rules
from scoring.lexicon import Lexicon, assemble

HERE = Path(__file__).resolve().parent
LEXICON = HERE / "lexicon"  # the language data, one file per concern


def _read(name: str) -> Any:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def lexicon_files() -> dict[str, Any]:
    """The files of seeds/lexicon/ as written: entries with their examples, weights with their reasons."""
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(LEXICON.glob("*.json"))}


@cache
def lexicon() -> dict[str, Any]:
    """Hedge cues, attribution patterns, page furniture, matching and score weights, as plain data.

    Validated against the typed rules (`rules()`) when first read: a malformed entry fails here,
    at start-up, with the file and the entry named."""
    data = assemble(lexicon_files())
    data["events"] = _read("events.json")  # what happened: event types and their words
    data["thesaurus"] = _read("thesaurus.json")  # words for one kind of thing
    data["gazetteer"] = _read("places.json")  # places and the party that governs them
    data["government_sites"] = _read("outlets.json")["government_sites"]  # unregistered sites of a state's offices
    typed_rules(data)  # validated here, once; the analysis reads the typed rules through Knowledge.rules
    return data


@cache
def rules() -> Lexicon:
    """The language data as typed, validated rules."""
    return typed_rules(lexicon())


def parties() -> list[dict[str, Any]]:
    return list(_read("parties.json")["parties"])


def outlets() -> list[dict[str, Any]]:
    return list(_read("outlets.json")["outlets"])


def conflicts() -> list[dict[str, Any]]:
    return list(_read("conflicts.json")["conflicts"])


def demo_articles() -> list[dict[str, Any]]:
    """Articles the project wrote itself (fictional events), in the order they are loaded."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((HERE / "demo").glob("*.json"))]


def knowledge() -> Knowledge:
    """Knowledge from the seed files alone: for batch jobs and benchmarks without a database."""
    return Knowledge.build(lexicon(), parties(), outlets(), conflicts())
