"""The words of an explanation in each language: sentence templates and display names, as data.

The templates live in seeds/explanations.json. They are checked once, when first read: every
language has every sentence, with the same placeholders as English, so a sentence can never be
missing or fail to fill in one language only.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DEFAULT_LANGUAGE = "en"
SEEDS_FILE = Path(__file__).resolve().parent.parent / "seeds" / "explanations.json"


class PhrasebookError(ValueError):
    """A malformed explanations file; the message names the language and the sentence."""


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True)
class Phrasebook:
    """The sentences of one language, and its display names for parties, conflicts and event types."""

    language: str
    sentences: Mapping[str, str]
    parties: Mapping[str, str] = field(default_factory=dict)
    conflicts: Mapping[str, str] = field(default_factory=dict)
    events: Mapping[str, str] = field(default_factory=dict)

    def say(self, key: str, **values: object) -> str:
        """The sentence `key` with its placeholders filled in."""
        return self.sentences[key].format(**values)

    def join(self, items: list[str]) -> str:
        return self.sentences["separator"].join(items)

    def party(self, code: str, name: str) -> str:
        """A party's name in this language; `name` (the seeds' name) where none is given."""
        return self.parties.get(code, name)

    def conflict(self, name: str) -> str:
        return self.conflicts.get(name, name)

    def event(self, family: str) -> str:
        return self.events.get(family, family)


def load_phrasebooks(data: Mapping[str, Any]) -> dict[str, Phrasebook]:
    """Phrasebooks by language from the file's data, checked against the default language's sentences."""
    sentences = data["sentences"]
    if DEFAULT_LANGUAGE not in sentences:
        raise PhrasebookError(f"no sentences for the default language '{DEFAULT_LANGUAGE}'")
    reference = sentences[DEFAULT_LANGUAGE]
    books = {}
    for language, templates in sentences.items():
        if set(templates) != set(reference):
            missing, extra = sorted(set(reference) - set(templates)), sorted(set(templates) - set(reference))
            raise PhrasebookError(f"'{language}': sentences missing {missing}, unknown {extra}")
        for key, template in templates.items():
            if _placeholders(template) != _placeholders(reference[key]):
                raise PhrasebookError(f"'{language}' sentence '{key}' has other placeholders than in English")
        names = data.get("names", {}).get(language, {})
        books[language] = Phrasebook(
            language=language,
            sentences=dict(templates),
            parties=dict(names.get("parties", {})),
            conflicts=dict(names.get("conflicts", {})),
            events=dict(names.get("events", {})),
        )
    return books


@cache
def phrasebooks() -> dict[str, Phrasebook]:
    """The phrasebooks of seeds/explanations.json, read and checked once."""
    return load_phrasebooks(json.loads(SEEDS_FILE.read_text(encoding="utf-8")))


def languages() -> tuple[str, ...]:
    """The languages explanations can be given in, the default first."""
    return (DEFAULT_LANGUAGE, *sorted(set(phrasebooks()) - {DEFAULT_LANGUAGE}))


def phrasebook(language: str = DEFAULT_LANGUAGE) -> Phrasebook:
    """The phrasebook of `language` ("de", "en"); the default language's for any other."""
    books = phrasebooks()
    return books.get(language, books[DEFAULT_LANGUAGE])
