"""The project's seed data: lexicons, parties and actors, outlets, conflicts, demo articles.

Data lives in the JSON files beside this module; this module only reads them.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from scoring.knowledge import Knowledge

HERE = Path(__file__).resolve().parent


def _read(name: str) -> Any:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


@cache
def lexicon() -> dict[str, Any]:
    """Hedge cues, attribution patterns, page furniture, matching and score weights."""
    rules = _read("lexicon.json")
    rules["events"] = _read("events.json")  # what happened: event types and their words
    rules["thesaurus"] = _read("thesaurus.json")  # words for one kind of thing
    rules["gazetteer"] = _read("places.json")  # places and the party that governs them
    return rules


def parties() -> list[dict[str, Any]]:
    return _read("parties.json")["parties"]


def outlets() -> list[dict[str, Any]]:
    return _read("outlets.json")["outlets"]


def conflicts() -> list[dict[str, Any]]:
    return _read("conflicts.json")["conflicts"]


def demo_articles() -> list[dict[str, Any]]:
    """Articles the project wrote itself (fictional events), in the order they are loaded."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((HERE / "demo").glob("*.json"))]


def knowledge() -> Knowledge:
    """Knowledge from the seed files alone: for batch jobs and benchmarks without a database."""
    return Knowledge.build(lexicon(), parties(), outlets(), conflicts())
