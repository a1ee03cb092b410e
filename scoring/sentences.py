"""German sentence splitting that survives numbers, ordinals, abbreviations and quotes."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from scoring.cleaning import Block
from scoring.knowledge import quick_init
from scoring.lemmas import ADJECTIVE_ENDINGS, is_known, lemma
from scoring.regex import searcher

# A run of stops is tried once, from its first character, and never given back ("...." with no space
# after it would otherwise be re-read from each of its dots). The pattern opens with the set of its first
# characters, so the engine scans for them itself (21 against 51 ms for 300 articles led by a look-ahead):
# `(?<![.!?])[.!?]++(?:["')\]]++)?(?=\s)|[?]?:(?=\s+[A-ZÄÖÜ])`, the first character taken before the
# alternatives look back at it ("?:" as "?" then ":", ":" alone).
_END = re.compile(
    r"[.!?:](?:(?<=[.!?])(?<![.!?]{2})[.!?]*+(?:[\"')\]]++)?(?=\s)|(?<=\?):(?=\s+[A-ZÄÖÜ])|(?<=:)(?=\s+[A-ZÄÖÜ]))"
)
_OPENING = re.compile(r"\s+[\"'(\[]?[A-ZÄÖÜ0-9]")
# searched from where a match can start at the latest (`searcher`), not from each of the 26 characters before
_ORDINAL_OR_NUMBER = searcher(r"(?<![\w.])\d{1,2}\.$")
_INITIAL = searcher(r"(?<![\w.-])[A-ZÄÖÜ]\.$")  # not a model's letter after a hyphen ("Typ Sabir-M.")
_ORDINAL = searcher(r"(?<![\w.])\d{1,3}\.$")  # "dieses 2020." is a year


@dataclass(frozen=True)
class Ordinals:
    """What makes a number's full stop an ordinal's, not a sentence's end: a month or a noun only ordinals stand
    before after it ("am 3. Mai", "3. Jänner", "nach 20. Jahrhundert"), or an article before it ("die 93.
    Brigade", "im 2. Stock", "zum 75. Jahrestag"); "stieg auf 75." ends its sentence."""

    after: tuple[str, ...] = ()  # months and ordinal nouns, as written, capitalised
    before: frozenset[str] = frozenset()  # lower case


NO_ORDINALS = Ordinals()


@quick_init
@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # paragraph index, for attribution that carries over
    # a headline's statement in nominal or elliptical style ("Brand im Hafen", "Zwei Tote"): a claim however short
    nominal: bool = False


def _is_boundary(
    text: str,
    dot: int,
    after: int,
    abbreviations: Collection[str],
    determiners: Collection[str] = (),
    ordinals: Ordinals = NO_ORDINALS,
) -> bool:
    if text[dot] in "?:" and text[dot:after].endswith(":"):
        return True  # "Kursk: Russland setzt …": a capital after a colon starts a sentence of its own
    if not _OPENING.match(text, after):
        return False  # no capital, digit or quote opens what follows: read first, it decides alone
    if text[dot] == "." and after == dot + 1:
        head = text[max(0, dot - _HEAD_REACH) : dot + 1]
        words = head.split()
        if (words[-1] if words else "").lower() in abbreviations:
            return False
        if _INITIAL(head) and not _a_label(text, after, words, determiners):
            return False  # "George W. Bush"
        if _after_its_article(words, ordinals.before) and _ORDINAL(head) and _a_noun_next(text, after):
            return False  # "die 93. Brigade", "im 2. Stock", "des späten 19. Jahrhunderts": an ordinal
        if _ORDINAL_OR_NUMBER(head):
            following = text[after : after + 14].strip()
            # "8. und 13. Oktober", "am 3. März": an ordinal, not a full stop.
            if following.startswith(ordinals.after) or following[:1].islower():
                return False
    return True


def _a_label(text: str, after: int, words: list[str], determiners: Collection[str]) -> bool:
    """The capital letter with a full stop names something: "auf der Plattform X." (after an article and its noun),
    "schrieb er auf X. Dann …" (after a word no name is, where no name follows: "bei D. E. Shaw" has initials)."""
    if len(words) >= 3 and words[-3].lower() in determiners:
        return True
    return len(words) >= 2 and words[-2].isalpha() and words[-2].islower() and not _a_name_next(text, after)


def _after_its_article(words: list[str], articles: Collection[str]) -> bool:
    """The number ending `words` follows an article, or an article and an adjective ("des späten 19."), or an
    attribute its article opens with a preposition ("die in Lindenau stationierte 19.")."""
    if len(words) >= 2 and words[-2].lower() in articles:
        return True
    adjective = len(words) >= 3 and words[-2][:1].islower() and words[-2].endswith(ADJECTIVE_ENDINGS)
    return adjective and (words[-3].lower() in articles or _an_attribute_opens(words[:-2], articles))


def _an_attribute_opens(words: list[str], articles: Collection[str]) -> bool:
    """An article, a preposition after it, and a word or two: "die in Lindenau", "der im Süden des Landes"."""
    opening = range(max(0, len(words) - 5), len(words) - 2)
    return any(words[at].lower() in articles and words[at + 1][:1].islower() for at in opening)


_HEAD_REACH = 60  # characters before a full stop read for its abbreviation, initial or ordinal


def _a_noun_next(text: str, after: int) -> bool:
    """A noun or a name follows ("Brigade", "FC"), not a word that opens a sentence ("Ganz", "Das", "Drei"):
    "alle um die 70. Ganz sorglos …" ends a sentence."""
    word = _WORD.match(text, after)
    return word is not None and lemma(word.group(1))[:1].isupper()


_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")


def _a_name_next(text: str, after: int) -> bool:
    """Another initial ("D. E. Shaw") or a word the dictionary does not know ("E. Fehr") follows: a name; not a
    word of the language ("auf X. Während …", "auf X. Angriffe …")."""
    if _NEXT_INITIAL.match(text, after):
        return True
    word = _WORD.match(text, after)
    return word is not None and word.group(1)[:1].isupper() and not is_known(word.group(1))


_NEXT_INITIAL = re.compile(r"\s+[A-ZÄÖÜ]\.")


def split_sentences(
    text: str,
    blocks: list[Block],
    abbreviations: Collection[str],
    determiners: Collection[str] = (),
    ordinals: Ordinals = NO_ORDINALS,
) -> list[Sentence]:
    """Sentences inside each body block; a block without a full stop (a headline) is one. `determiners`
    (articles) tell a label ("der Plattform X.") from a name's initial, `ordinals` an ordinal's full stop."""
    sentences: list[Sentence] = []
    for block in blocks:
        start = block.start
        segment = text[block.start : block.end]
        for match in _END.finditer(segment):
            dot = block.start + match.start()
            after = block.start + match.end()
            if _inside_open_quote(text, start, after) or not _is_boundary(
                text, dot, after, abbreviations, determiners, ordinals
            ):
                continue
            sentences.append(Sentence(start, after, block.index))
            start = after
            while start < block.end and text[start].isspace():
                start += 1
        if start < block.end:
            sentences.append(Sentence(start, block.end, block.index))
    return sentences


def _inside_open_quote(text: str, start: int, position: int) -> bool:
    """A quotation that runs on ("„Ja. Das waren Zusammenstöße.“") is one sentence with its frame."""
    if position - start >= 600:  # looked at first: the count below then reads at most 600 characters
        return False
    return text.count('"', start, position) % 2 == 1 and '"' in text[position : position + 400]
