"""Places a sentence names, and the place a definite description ("die russische Region") refers back to."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scoring.knowledge import AliasIndex, Knowledge, holds_a_word, once_per_lexicon, word_flag, word_flags
from scoring.lemmas import is_known
from scoring.lexicon import Places
from scoring.regex import fold_case, guarded


@dataclass(frozen=True)
class _Rules:
    named: re.Pattern[str]
    description: re.Pattern[str]
    not_places: frozenset[str]
    kinds: frozenset[str]
    pointing_back: re.Pattern[str] | None  # "dort", "vor Ort"
    # the prepositions' first words folded: a match opens with one as a word of the sentence (`words_of`), a
    # run of letters after no letter, digit or "_" and before a space; two sentences of three hold none
    opening: frozenset[str] | None = None


@once_per_lexicon  # by the section's identity: hashing the frozen section (its word lists) took longer
def _rules(rules: Places) -> _Rules:
    kinds = "|".join(rules.kinds)
    return _Rules(
        # "in Kursk", "nach Wladiwostok", "in Richtung Kursk", "in der Grenzregion Kursk"
        named=_opened_by(
            rules.prepositions,
            rf"\s+(?:(?:der|die|dem|den|des)\s+)?(?:[a-zäöüß]+(?:e|en)\s+)?"
            # a second capitalised word may be the name's ("in Port Sudan"): capitals_named_as_places tries both
            rf"(?:(?:{kinds})\s+)?(?P<name>[A-ZÄÖÜ][a-zäöüß]{{2,}})\b(?!-)(?P<more>\s[A-ZÄÖÜ][a-zäöüß]{{2,}}\b(?!-))?",
        ),
        # "die russische Region", "der Stadt": a place named before, not here
        description=guarded(
            rf"\b(?:[Dd]ie|[Dd]er|[Dd]em|[Dd]en|[Dd]es)\s+(?:[a-zäöüß]+(?:e|en)\s+)?(?:{kinds})\b(?!\s+[A-ZÄÖÜ])"
        ),
        not_places=frozenset(rules.not_places),
        kinds=frozenset(rules.kinds),
        pointing_back=_opened_by(rules.pointing_back, r"\b") if rules.pointing_back else None,
        opening=frozenset(fold_case(w.split()[0]) for w in rules.prepositions)
        if all(w.split() and w.split()[0].isalpha() for w in rules.prepositions)
        else None,
    )


# Under IGNORECASE an ASCII letter matches itself in either case, and "i" and "s" and "k" these too (the
# documentation of `re`): "İ", "ı", "ſ" and Kelvin's "K".
_OTHER_CASES = "\u0130\u0131\u017f\u212a"


def _opened_by(words: Sequence[str], rest: str) -> re.Pattern[str]:
    """`\\b(?i:word|…)` and `rest`, opened by a set of the words' first letters (in either case) that the
    engine scans for itself (the words' first letters, some of the commonest, led every place of a sentence
    through a guard: 53 → 39 ms for 300 articles' sentences); the word's "\\b" a look-behind after its
    first letter, the rest of each word after a look-behind for that letter. Words opening with a letter
    that is not ASCII are left to the guard."""
    if not all(word[:1].isascii() and word[:1].isalpha() for word in words):
        return guarded(rf"\b(?i:{'|'.join(words)})" + rest)
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0].lower(), []).append(word[1:])
    cases = {
        letter: "".join(sorted(c for c in letter + letter.upper() + _OTHER_CASES if re.fullmatch(f"(?i:{letter})", c)))
        for letter in by_letter
    }
    alternatives = "|".join(f"(?<=[{cases[letter]}])(?i:{'|'.join(ends)})" for letter, ends in by_letter.items())
    return re.compile(rf"[{''.join(cases.values())}](?<!\w.)(?:{alternatives})" + rest)


def named_places(sentence: str, knowledge: Knowledge) -> list[str]:
    """Names after a preposition of place that are no known actor: "in Kursk", not "in Russland"."""
    rules = _rules(knowledge.rules.places)
    found: list[str] = []
    if not holds_a_word(rules.opening, sentence, folded=True):
        return found  # no preposition of place: the words' flags tell
    for match in rules.named.finditer(sentence):
        name = match.group("name")
        if name not in rules.not_places and name not in rules.kinds and not knowledge.alias_index.find(name):
            found.append(name)
    return found


def capitals_named_as_places(sentence: str, knowledge: Knowledge, outside: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Capitals named as the place of the fact ("in Kiew", "in der Hauptstadt Kiew"), not in the spans
    `outside` (who says it: "hieß es in Kiew"): the town besides the party whose seat it is ("Kiew
    erklärte" names the government only)."""
    rules = _rules(knowledge.rules.places)
    if not holds_a_word(rules.opening, sentence, folded=True):
        return []
    return [
        actor.name
        for match in rules.named.finditer(sentence)
        if not any(start <= match.start("name") < end for start, end in outside)
        for actor in _capital_named(match, knowledge)
    ]


def _capital_named(match: re.Match[str], knowledge: Knowledge) -> list[Any]:
    """The capital a place match names: its two words where they are one name ("Port Sudan"), else its first."""
    names = (
        [match.group("name") + match.group("more"), match.group("name")]
        if match.group("more")
        else [match.group("name")]
    )
    for name in names:
        found = [a for s, e, a in knowledge.alias_index.find(name) if a.kind == "capital" and e - s == len(name)]
        if found:
            return found
    return []


def place_kinds(knowledge: Knowledge) -> frozenset[str]:
    """The nouns that name a kind of place ("Region", "Stadt", "Gebiet")."""
    return _rules(knowledge.rules.places).kinds


def refers_back(sentence: str, knowledge: Knowledge) -> bool:
    """The sentence speaks of "the region" or "the town" without naming it, or of "there"."""
    rules = _rules(knowledge.rules.places)
    return bool(rules.description.search(sentence) or (rules.pointing_back and rules.pointing_back.search(sentence)))


@dataclass
class _Gazetteer:
    index: AliasIndex[str]
    firsts: frozenset[str]  # the first word of each name
    # The bit of `word_flags` set for the words ([^\W_]+, as `words_of` splits a text) that may open a
    # name: most words of a text open none, and most sentences are told by one bit
    opens: int = field(init=False)

    def __post_init__(self) -> None:
        self.opens = word_flag(self.may_open_a_name)

    def may_open_a_name(self, word: str) -> bool:
        r"""Whether the capitalised part of the word ("Kiew" of "3Kiew": what `[A-ZÄÖÜ][^\W_]+` finds in
        it) is the first word of a name, or one with an ending of up to two letters."""
        at = next((i for i, c in enumerate(word[:-1]) if c in _CAPITALS), None)
        if at is None:
            return False
        tail = word[at:]
        return tail in self.firsts or tail[:-1] in self.firsts or tail[:-2] in self.firsts


@once_per_lexicon
def _gazetteer(section: Mapping[str, Any]) -> _Gazetteer:
    index: AliasIndex[str] = AliasIndex()
    firsts = set()
    governed = [(party, name) for party, names in section["places"].items() for name in names]
    for party, name in [*governed, *((_DISPUTED, name) for name in section.get("disputed", ()))]:
        for written in _with_its_article_lowered(name):
            index.add(written, party, case_sensitive=True)
            firsts.add(re.split(r"[\W_]+", written)[0])
    return _Gazetteer(index, frozenset(firsts))


def _with_its_article_lowered(name: str) -> tuple[str, ...]:
    """ "Al-Mawasi" is written "al-Mawasi" too: a transliterated Arabic article opens a name in either case."""
    article, hyphen, rest = name.partition("-")
    return (name, f"{article.lower()}-{rest}") if hyphen and article in ("Al", "El") else (name,)


_DISPUTED = ""  # the party of a place whose government is in dispute: none speaks for it


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def regions(knowledge: Knowledge) -> frozenset[str]:
    """Places of the gazetteer that hold other places ("Ostukraine", "Gazastreifen"): no town."""
    section = knowledge.lexicon.get("gazetteer")
    return _regions(section) if section else frozenset()


@once_per_lexicon
def _regions(section: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(section.get("regions", ()))


def place_name(name: str, knowledge: Knowledge) -> str:
    """The name a place goes by in a claim's anchors: the first of its variants ("Gaza-Streifen" →
    "Gazastreifen", "Lemberg" → "Lwiw"), else the name as written."""
    section = knowledge.lexicon.get("gazetteer")
    return _variants(section).get(name, name) if section else name


@once_per_lexicon
def _variants(section: Mapping[str, Any]) -> dict[str, str]:
    return {name: names[0] for names in section.get("variants", ()) for name in names}


def place_names(name: str, knowledge: Knowledge) -> tuple[str, ...]:
    """The names a place goes by in a claim's anchors: `place_name`, and the place of the gazetteer its
    name is a compound of, with a noun after it ("Gazastreifen" is the strip of "Gaza", "Golanhöhen" the
    heights of the "Golan"): a report on the strip and one on "Gaza" name one place; a region only."""
    named = place_name(name, knowledge)
    section = knowledge.lexicon.get("gazetteer")
    part = _compounded(section).get(named) if section else None
    return (named, part) if part else (named,)


@once_per_lexicon
def _compounded(section: Mapping[str, Any]) -> dict[str, str]:
    """Each region of the gazetteer named as another place followed by a known noun, with that place
    ("Gazastreifen" → "Gaza"; a town is a name of its own: "Kermanschah" is not "Kerman")."""
    names = {n for names in section["places"].values() for n in names}
    names.update(section.get("regions", ()), section.get("disputed", ()))
    words = sorted(n for n in names if n.isalpha())
    return {
        whole: part
        for whole in sorted(n for n in section.get("regions", ()) if n.isalpha())
        for part in words
        if len(part) >= 3 and len(whole) > len(part) + 3 and whole.startswith(part) and _a_noun(whole[len(part) :])
    }


def _a_noun(rest: str) -> bool:
    return rest.islower() and is_known(rest.capitalize(), exact=True)


def governing_parties(text: str, knowledge: Knowledge) -> list[tuple[int, int, str]]:
    """Places of the gazetteer named in `text`, each with the party that governs it:
    "Bürgermeister von Poltawa" → UA (seeds/places.json); not the places of disputed government."""
    return [place for place in gazetteer_places(text, knowledge) if place[2] != _DISPUTED]


def gazetteer_places(text: str, knowledge: Knowledge) -> list[tuple[int, int, str]]:
    """Every place of the gazetteer named in `text` with its governing party, "" where that is disputed
    ("Transnistrien"): a place is a name whatever its government."""
    section = knowledge.lexicon.get("gazetteer")
    if not section:
        return []
    gazetteer = _gazetteer(section)
    if not word_flags(text) & gazetteer.opens:
        return []  # most sentences name no place of the gazetteer: no need to look them up
    return gazetteer.index.find(text)
