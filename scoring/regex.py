"""Regular expressions that fail fast where they cannot match.

A pattern such as `\\b(?:sagte|erklärte|teilte|…)\\b` is tried at every position of a sentence, and at
each one every alternative is tried in turn. `guarded` puts a look-ahead for the characters a match
can start with in front of it (`(?=[setä…])`): one look-up in a character set rules most positions
out. The look-ahead asks nothing the pattern does not ask itself, so every match stays the same.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]  # the standard library's own parser and compiler
from typing import Any

# A character range wider than this is no guard worth having ("[a-zäöüß]" is 26 plus 4).
_MAX_RANGE = 256
_ZERO_WIDTH = frozenset({_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT})
_REPEATS = frozenset({_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT})
# "\s" and "\d" stay themselves in a guard (the engine reads them as in the pattern, and quickly)
_CATEGORIES = {
    _parser.CATEGORY_SPACE: r"\s",
    _parser.CATEGORY_UNI_SPACE: r"\s",
    _parser.CATEGORY_DIGIT: r"\d",
    _parser.CATEGORY_UNI_DIGIT: r"\d",
}


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, led by a look-ahead for the first characters of its matches when
    they can be known (literals and small character sets, through groups, alternatives and optional parts).
    Not a pattern opened by "^" or "\\A" (without MULTILINE): the engine tries it at the text's start only,
    and a look-ahead in front would have it tried at every place."""
    firsts = _firsts(pattern, flags)
    if firsts is None or _anchored_at_start(pattern, flags) or _found_as_quickly(pattern, flags):
        return re.compile(pattern, flags)
    return re.compile(f"(?={firsts})(?:{pattern})", flags)


def _found_as_quickly(pattern: str, flags: int) -> bool:
    """Whether the engine rules places out as quickly without a guard: it scans for the pattern's literal
    prefix ("sich": 0.14 µs a sentence, 2.4 guarded) or for the set of its first characters itself (a
    pattern not ignoring case that opens with a character set or alternatives of literals), or the pattern
    opens with one test of a character (a literal or a set, ignoring case too), the test the guard makes,
    without the look-ahead's own cost ("es" ignoring case: 1.9 µs, 3.4 guarded)."""
    parsed = _parser.parse(pattern, flags)
    flags |= parsed.state.flags
    prefix, _, _ = _compiler._get_literal_prefix(parsed, flags)
    if prefix or _compiler._get_charset_prefix(parsed, flags):
        return True
    items = parsed.data
    while len(items) and items[0][0] is _parser.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = items[0][1][3].data  # a group that sets no flags, read through
    return bool(len(items)) and items[0][0] in (_parser.LITERAL, _parser.IN)


def _scanned_for(pattern: str, flags: int) -> bool:
    """Whether the engine scans for the pattern's literal prefix (",") itself: a search for one of several
    strings it needs costs more than the places it rules out (",\\s++(?=(?:und|zudem)\\s…(?:ist|war|…))":
    32 ms with both searches for the sentences of 300 articles, 12 without)."""
    parsed = _parser.parse(pattern, flags)
    return bool(_compiler._get_literal_prefix(parsed, flags | parsed.state.flags)[0])


def _firsts(pattern: str, flags: int) -> str | None:
    """A character set of the characters every match starts with ("[es]"); where a match may start in a
    part ignoring case ("(?i:in|bei)"), its characters in a set ignoring case too ("[es]|(?i:[bi])"): the
    engine compares them as in the pattern. None where not known."""
    try:
        parsed = _parser.parse(pattern, flags)
        inline = parsed.state.flags & re.IGNORECASE and not flags & re.IGNORECASE  # "(?i)" opening it
        start = None if inline else _start(parsed.data, flags)
    except (re.error, RecursionError):
        start = None
    if start is None or start.empty or not (start.firsts or start.folded):
        return None
    sets = [f"[{''.join(sorted(start.firsts))}]"] if start.firsts else []
    sets += [f"(?i:[{''.join(sorted(start.folded))}])"] if start.folded else []
    return "|".join(sets)


class ByFirstCharacter:
    """Whether a text matches one of several patterns in whole, as a `fullmatch` of their alternation tells,
    each text tried with only the patterns a match of which may open with its first character (`_firsts`,
    tested by the engine as the pattern compares it; a pattern whose first characters are not known always).
    The alternation of a hundred patterns ignoring case tries every one at a text's start (the engine skips
    no alternative by its first character there); a line of a page is tried with a few (5.5 → 2 µs a line
    of 40 to 120 characters). A pattern of the patterns for each first character met, compiled when first
    met (those of a page's lines: some 70)."""

    _LIMIT = 4_096  # first characters remembered: a bound on memory (each their pattern, most the same)

    def __init__(self, patterns: Iterable[str], flags: int = 0) -> None:
        self._patterns = tuple(patterns)
        self._flags = flags
        firsts = [_firsts(pattern, flags) for pattern in self._patterns]
        self._opens = tuple(re.compile(f, flags) if f else None for f in firsts)
        self._by_first: dict[str, re.Pattern[str] | None] = {}
        self._by_choice: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    def fullmatch(self, text: str) -> bool:
        first = text[:1]
        try:
            pattern = self._by_first[first]
        except KeyError:
            pattern = self._for(first)
        return pattern is not None and pattern.fullmatch(text) is not None

    def _for(self, first: str) -> re.Pattern[str] | None:
        chosen = tuple(
            i for i, opens in enumerate(self._opens) if opens is None or not first or opens.match(first) is not None
        )
        if chosen not in self._by_choice:
            joined = "|".join(f"(?:{self._patterns[i]})" for i in chosen)
            self._by_choice[chosen] = re.compile(joined, self._flags) if chosen else None
        if len(self._by_first) >= self._LIMIT:
            self._by_first.clear()
        pattern = self._by_first[first] = self._by_choice[chosen]
        return pattern


def _anchored_at_start(pattern: str, flags: int) -> bool:
    parsed = _parser.parse(pattern, flags)
    opening = parsed.data[0] if len(parsed.data) else None
    at_start = opening in ((_parser.AT, _parser.AT_BEGINNING), (_parser.AT, _parser.AT_BEGINNING_STRING))
    multiline = (flags | parsed.state.flags) & re.MULTILINE and opening == (_parser.AT, _parser.AT_BEGINNING)
    return at_start and not multiline


def searcher(pattern: str, flags: int = 0) -> Callable[[str], re.Match[str] | None]:
    """`guarded(pattern, flags).search`, the same matches; for a pattern every match of which ends at the
    text's end, up to spaces ("\\b(?:der|und)\\s*$"), searched from where such a match can start at the
    earliest: the engine tries a pattern at every place of the text, where only the last few can match.
    Otherwise, where every match holds a string (`needed_strings`), only a text holding it is searched."""
    compiled = guarded(pattern, flags)
    width = _tail_width(pattern, flags)
    if width is None:
        # a string every match holds ("meiner meinung nach"): one substring test before any search
        alone = tuple(next(iter(strings)) for strings in needed_strings(pattern, flags) if len(strings) == 1)
        if not alone:
            return compiled.search
        if len(alone) == 1:
            string = alone[0]
            return lambda text: compiled.search(text) if string in text else None
        return lambda text: compiled.search(text) if all(string in text for string in alone) else None

    def search(text: str) -> re.Match[str] | None:
        # What follows the part before the "$" is spaces (or nothing): that part ends after the text's
        # last character that is no space (`\s` and `str.isspace` are one test), and is `width` long at most.
        return compiled.search(text, max(0, len(text.rstrip()) - width))

    return search


_LONGEST_TAIL = 1_000  # a part longer than this (a repeat without bound) is searched from the text's start


def _tail_width(pattern: str, flags: int) -> int | None:
    """The longest a match of the pattern can be up to the spaces before its closing "$" or "\\Z" (every
    match ends there); None where not every match ends at the text's end, or such a part has no bound."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    items = list(parsed.data)
    ends = [(_parser.AT, _parser.AT_END), (_parser.AT, _parser.AT_END_STRING)]
    if not items or items[-1] not in ends or (flags | parsed.state.flags) & re.MULTILINE:
        return None
    items.pop()
    spaces = [[(_parser.IN, [(_parser.CATEGORY, category)])] for category in _SPACES]
    if items and items[-1][0] in _REPEATS and list(items[-1][1][2]) in spaces:
        items.pop()  # "\\s*", "\\s+" before the end: only spaces
    width = _parser.SubPattern(parsed.state, items).getwidth()[1]
    return width if width <= _LONGEST_TAIL else None


_SPACES = (_parser.CATEGORY_SPACE, _parser.CATEGORY_UNI_SPACE)


def non_space_width(pattern: str, flags: int = 0) -> int | None:
    """The most characters other than spaces a match of the pattern holds, where every match ends at the
    text's end (each alternative closes with "$" or "\\Z", up to spaces: "\\s*\\((?:dpa|afp)\\)\\s*$" holds
    five, however many spaces stand around them): such a match starts no further back than that many
    characters other than spaces from the end, and the spaces before them. None where not known."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if (flags | parsed.state.flags) & re.MULTILINE or not _ends_at_end(list(parsed.data)):
        return None
    width = _non_spaces(list(parsed.data))
    return int(width) if width <= _LONGEST_TAIL else None


def _ends_at_end(items: list[tuple[Any, Any]]) -> bool:
    if not items:
        return False
    op, value = items[-1]
    if op is _parser.AT:
        return value in (_parser.AT_END, _parser.AT_END_STRING)
    if op is _parser.SUBPATTERN:
        return _ends_at_end(list(value[3].data))
    if op is _parser.BRANCH:
        return all(_ends_at_end(list(alternative.data)) for alternative in value[1])
    return False


def _non_spaces(items: list[tuple[Any, Any]]) -> float:
    """The most characters other than spaces these items match (a bound: "." counts one); infinite where
    a repeat without bound holds some, or an item is not read here."""
    width = 0.0
    for op, value in items:
        if op is _parser.LITERAL:
            width += not chr(value).isspace()
        elif op is _parser.IN:
            width += value not in ([(_parser.CATEGORY, category)] for category in _SPACES)
        elif op is _parser.ANY or op is _parser.NOT_LITERAL:
            width += 1
        elif op is _parser.SUBPATTERN:
            width += _non_spaces(list(value[3].data))
        elif op is _parser.BRANCH:
            width += max(_non_spaces(list(alternative.data)) for alternative in value[1])
        elif op in _REPEATS:
            inner = _non_spaces(list(value[2].data))
            width += inner * value[1] if inner and value[1] is not _parser.MAXREPEAT else 0 if not inner else _INFINITE
        elif not (op is _parser.AT or op is _parser.ASSERT or op is _parser.ASSERT_NOT):
            return _INFINITE
    return width


_INFINITE = float("inf")


class Needing:
    """A pattern with the strings its matches need, tested first: `finditer` and `search` find what the
    pattern finds, and nothing without trying where the text lacks one of them (`needed_strings`)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self.needs = needed_strings(pattern, flags)
        # one string: a substring test; several: one pass of a pattern of them all, but for a pattern the
        # engine finds by its prefix
        self._tests = tuple(
            next(iter(strings)) if len(strings) == 1 else re.compile("|".join(map(re.escape, sorted(strings))))
            for strings in self.needs
            if len(strings) == 1 or not _scanned_for(pattern, flags)
        )
        self._before = _run_before(pattern, flags)
        # one string to test (","): tested in `finditer` and `search` themselves, they are asked every sentence
        self._only = self._tests[0] if len(self._tests) == 1 and isinstance(self._tests[0], str) else None

    def may_match(self, text: str) -> bool:
        for test in self._tests:
            if test.__class__ is str:
                if test not in text:
                    return False
            elif test.search(text) is None:  # type: ignore[union-attr]
                return False
        return True

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        only = self._only
        if only is not None and self._before is None:
            return self.pattern.finditer(text) if only in text else iter(())
        if self._before is not None:
            return iter(self._before.matches(self.pattern, text))
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        only = self._only
        if only is not None:
            return self.pattern.search(text) if only in text else None
        return self.pattern.search(text) if self.may_match(text) else None


@dataclass(frozen=True)
class _RunBefore:
    """A pattern every match of which is a run of a few characters (spaces, a comma) right before a literal
    string its look-ahead opens with: `(?:,\\s++|(?<![\\s,])\\s++)(?=und\\s)`. Tried at every space, it is
    found by the places of the string instead, each tried from the start of the run before it."""

    literal: str
    characters: frozenset[str]
    spaces: bool  # "\\s" is one of them: `str.isspace` is the same test

    def matches(self, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """What `pattern.finditer(text)` finds: a match ends where the literal starts (the run cannot hold
        its first character), and starts in the run of the run's characters before it."""
        found: list[re.Match[str]] = []
        characters, spaces, at = self.characters, self.spaces, text.find(self.literal)
        while at >= 0:
            start = at
            while start and (text[start - 1] in characters or spaces and text[start - 1].isspace()):
                start -= 1
            for place in range(start, at):
                match = pattern.match(text, place)
                if match:
                    found.append(match)
                    break
            at = text.find(self.literal, at + 1)
        return found


def _run_before(pattern: str, flags: int) -> _RunBefore | None:
    """The `_RunBefore` of a pattern of that shape, not ignoring case, whose run holds a character at least;
    None for any other pattern."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    items = list(parsed.data)
    if (flags | parsed.state.flags) & re.IGNORECASE or len(items) < 2 or items[-1][0] is not _parser.ASSERT:
        return None
    direction, ahead = items[-1][1]
    literal = "".join(chr(value) for _, value in itertools.takewhile(lambda i: i[0] is _parser.LITERAL, ahead.data))
    run = _run_characters(items[:-1])
    if direction != 1 or not literal or run is None or _parser.SubPattern(parsed.state, items[:-1]).getwidth()[0] < 1:
        return None
    characters, spaces = run
    if literal[0] in characters or spaces and literal[0].isspace():
        return None
    return _RunBefore(literal, frozenset(characters), spaces)


def _run_characters(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The characters a part of a pattern can match (and whether "\\s" is among them): literals, small sets,
    spaces, through groups that set no flags, alternatives and repeats; look-behinds and anchors match none.
    None where it can match others."""
    characters: set[str] = set()
    spaces = False
    for op, value in items:
        inner: tuple[set[str], bool] | None = (set(), False)
        if op is _parser.LITERAL:
            characters.add(chr(value))
        elif op is _parser.IN:
            inner = _set_run_characters(value)
        elif op is _parser.SUBPATTERN and not value[1] and not value[2]:
            inner = _run_characters(value[3].data)
        elif op in _REPEATS:
            inner = _run_characters(value[2].data)
        elif op is _parser.BRANCH:
            each = [_run_characters(alternative.data) for alternative in value[1]]
            inner = None if None in each else (set().union(*(e[0] for e in each)), any(e[1] for e in each))  # type: ignore[index]
        elif not (op is _parser.AT or op is _parser.ASSERT_NOT or op is _parser.ASSERT and value[0] == -1):
            inner = None
        if inner is None:
            return None
        characters |= inner[0]
        spaces = spaces or inner[1]
    return characters, spaces


def _set_run_characters(members: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    characters: set[str] = set()
    spaces = False
    for op, value in members:
        if op is _parser.LITERAL:
            characters.add(chr(value))
        elif op is _parser.CATEGORY and value in _SPACES:
            spaces = True
        else:
            return None
    return characters, spaces


def needed_strings(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of the pattern holds one string of each set (",", one of
    {"und", "zudem"} for `,\\s++(?=(?:und|zudem)\\s)`): literal runs and small sets of characters, read
    through groups, alternatives, repeats of at least one and look-arounds that must match. Where the
    pattern ignores case, only characters without case count (":", "/"), and parts that do not ignore it
    ("(?-i:Mehr zum Thema)"): a letter ignoring case stands for others."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return ()
    return tuple(_needed(parsed.data, bool((flags | parsed.state.flags) & re.IGNORECASE)))


def folded_needs(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """`needed_strings` to be found in the text folded (`fold_case`): where the pattern ignores case, the
    letters that fold plainly count too ("redaktion" for `\bredaktion\b` ignoring case: a character
    matches such a letter exactly where it folds to it), and every string is folded."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return ()
    needed = _needed(parsed.data, bool((flags | parsed.state.flags) & re.IGNORECASE), folding=True)
    return tuple(frozenset(map(fold_case, strings)) for strings in needed)


def _caseless(character: str) -> bool:
    return not character.isalpha() and character.lower() == character == character.upper()


def _kept(character: str, ignore_case: bool, folding: bool) -> bool:
    """Whether a literal counts as needed: as it stands, or (`folding`) as it folds."""
    return not ignore_case or _caseless(character) or (folding and fold_case(character) in _FOLDS_PLAINLY)


def _needed(items: Sequence[tuple[Any, Any]], ignore_case: bool, folding: bool = False) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is _parser.LITERAL and _kept(chr(value), ignore_case, folding):
            run += chr(value)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        found += _needed_by(op, value, ignore_case, folding)
    if run:
        found.append(frozenset([run]))
    return found


def _needed_by(op: Any, value: Any, ignore_case: bool, folding: bool) -> list[frozenset[str]]:
    """What one item other than a literal needs."""
    if op is _parser.SUBPATTERN:  # "(?i:…)" ignores case inside, "(?-i:…)" does not
        _, added, removed, sub = value
        inside = (ignore_case or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
        return _needed(sub.data, inside, folding)
    if op is _parser.ATOMIC_GROUP:
        return _needed(value.data, ignore_case, folding)
    if op is _parser.ASSERT:  # a look-ahead or look-behind that must match: its text stands too
        return _needed(value[1].data, ignore_case, folding)
    if op in _REPEATS and value[0] >= 1:
        return _needed(value[2].data, ignore_case, folding)
    if op is _parser.IN and value and all(member is _parser.LITERAL for member, _ in value):
        characters = frozenset(chr(character) for _, character in value)
        return [characters] if all(_kept(c, ignore_case, folding) for c in characters) else []
    if op is _parser.BRANCH:
        each = [_needed(alternative.data, ignore_case, folding) for alternative in value[1]]
        if all(each):  # the most telling set of each alternative: one of them stands
            return [frozenset().union(*(max(sets, key=lambda s: min(map(len, s))) for sets in each))]
    return []


def can_guard(pattern: str, flags: int = 0) -> bool:
    """Whether `guarded` can tell the first characters of the pattern's matches."""
    return _firsts(pattern, flags) is not None


def required_characters(pattern: str, flags: int = 0) -> frozenset[str]:
    """Characters without case (":", "/", "(", "©") that every text the pattern matches holds: a text
    that lacks one of them cannot match. Read through groups, alternatives (what each of them holds)
    and repeats of at least one; empty when none is known."""
    try:
        return frozenset(_required(_parser.parse(pattern, flags).data))
    except (re.error, RecursionError):
        return frozenset()


def _required(items: list[tuple[Any, Any]]) -> set[str]:
    found: set[str] = set()
    for op, value in items:
        if op is _parser.LITERAL and not chr(value).isalpha() and chr(value).lower() == chr(value).upper():
            found.add(chr(value))
        elif op is _parser.SUBPATTERN:
            found |= _required(value[3].data)
        elif op in _REPEATS and value[0] >= 1:
            found |= _required(value[2].data)
        elif op is _parser.BRANCH:
            found |= set.intersection(*(_required(alternative.data) for alternative in value[1]))
    return found


def requires_a_digit(pattern: str, flags: int = 0) -> bool:
    """Whether every match of the pattern holds a digit (`\\d`, read through groups, alternatives and
    repeats of at least one): a text without one cannot match."""
    try:
        return _digit_in(list(_parser.parse(pattern, flags).data))
    except (re.error, RecursionError):
        return False


def _digit_in(items: list[tuple[Any, Any]]) -> bool:
    digits = [(_parser.CATEGORY, _parser.CATEGORY_DIGIT)], [(_parser.CATEGORY, _parser.CATEGORY_UNI_DIGIT)]
    for op, value in items:
        if op is _parser.IN and value in digits:
            return True
        if op is _parser.SUBPATTERN and _digit_in(list(value[3].data)):
            return True
        if op in _REPEATS and value[0] >= 1 and _digit_in(list(value[2].data)):
            return True
        if op is _parser.BRANCH and all(_digit_in(list(alternative.data)) for alternative in value[1]):
            return True
    return False


def literal_runs(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` holds, compared as the pattern compares them (in
    either case under IGNORECASE): the most telling run of literal characters the pattern requires, or
    the runs its alternatives each require ("Angaben|Zahlen"). None when none of two characters or more
    is known."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    runs = _runs(parsed.data, parsed.state.flags)
    return runs if runs and min(map(len, runs)) >= 2 else None


def _runs(items: list[tuple[Any, Any]], flags: int) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is _parser.LITERAL:
            run += chr(value)
            continue
        if run:
            candidates.append(frozenset([run]))
            run = ""
        inner = None
        if op is _parser.SUBPATTERN and not (value[1] & re.IGNORECASE and not flags & re.IGNORECASE):
            inner = _runs(value[3].data, flags)  # "(?i:…)" in a pattern that is not: its case would not count
        elif op is _parser.BRANCH:
            alternatives = [_runs(alternative.data, flags) for alternative in value[1]]
            inner = None if None in alternatives else frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS and value[0] >= 1:
            inner = _runs(value[2].data, flags)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset([run]))
    return max(candidates, key=lambda runs: min(map(len, runs)), default=None)


def leading_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""The words one of which every match of a pattern opens with, each a whole word of the text (a run
    of letters and digits): {"sagte", "gab", "geht", "ging"} for `\b(?:sagte|gab an|(?:geht|ging)(?=\s+…))\b`.
    A text none of whose words is one of them holds no match. Under IGNORECASE the words are folded
    (`fold_case`) and so must the text's be. None where that cannot be told: a pattern that does not open
    with `\b`, an alternative that opens otherwise than with plain words ended by a space, a word
    boundary or the pattern's end, a word ignoring case with a letter other than a-z, ä, ö, ü and ß."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    items = list(parsed.data)
    if not items or items[0] != (_parser.AT, _parser.AT_BOUNDARY):
        return None
    return _words_told(_leading_words(items[1:], ends_a_word=False), parsed.state.flags)


def held_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""Words one of which every match of a pattern holds, each a whole word of the text, as `leading_words`
    tells them: opened by a word boundary of the pattern's top level, not only at its start ({"will",
    "wollen"} for `^[^,;:]*?(?:will|wollen)\s+…`, which is read place by place up to its first comma);
    the first such boundary that opens plain words. Every part of the top level is part of every match.
    None where none can be told (a choice at the top level, no boundary opening plain words)."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    items = list(parsed.data)
    for at, item in enumerate(items):
        if item == (_parser.AT, _parser.AT_BOUNDARY):
            words = _words_told(_leading_words(items[at + 1 :], ends_a_word=False), parsed.state.flags)
            if words is not None:
                return words
    return None


def _words_told(words: set[str] | None, flags: int) -> frozenset[str] | None:
    """The words as a text's words are compared with them: folded under IGNORECASE (None where a word holds a
    letter whose folding is not checked)."""
    if not words or not flags & re.IGNORECASE:
        return frozenset(words) if words else None
    folded = {fold_case(word) for word in words}
    return frozenset(folded) if all(_FOLDS_PLAINLY.issuperset(word) for word in folded) else None


class HeldStrings:
    """Whether a text holds one of some strings, as a search of them (each escaped) under `flags` finds
    them, told by substring tests: such a pattern is tried at every place of the text (2–26 µs for a
    sentence, guarded or not; "Angaben|Ansicht|…" ignoring case the most), a substring test finds a string
    in one quick pass. Ignoring case, strings of letters that fold plainly (`_FOLDS_PLAINLY`) and of
    characters without case are found in the text folded (`fold_case`, once a text): a character matches
    such a letter ignoring case exactly where it folds to it; other strings by the pattern."""

    def __init__(self, strings: Iterable[str], flags: int = 0) -> None:
        ordered = sorted(strings)
        self.pattern = guarded("|".join(re.escape(s) for s in ordered), flags)
        self._folded = bool(flags & re.IGNORECASE)
        folded = sorted({fold_case(s) for s in ordered}) if self._folded else ordered
        plain = all(c.lower() in _FOLDS_PLAINLY or _caseless(c) for s in ordered for c in s)
        # a string holding another is held only where that one is ("Ihre" where "Ihr" is): not tested
        kept = [s for s in folded if not any(other != s and other in s for other in folded)]
        self._strings: tuple[str, ...] | None = tuple(kept) if plain or not self._folded else None
        if self._strings is not None and (not self._strings or "" in self._strings):
            self._strings = None  # an empty string is held by every text: the pattern says as much

    def search(self, text: str) -> bool:
        strings = self._strings
        if strings is None:
            return self.pattern.search(text) is not None
        if self._folded:
            text = _folded(text)
        for string in strings:
            if string in text:
                return True
        return False


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """`fold_case` of a text, for the tests of several strings asked of one sentence in turn."""
    return fold_case(text)


# Letters (and digits) whose matches under IGNORECASE are exactly the characters that `fold_case` turns
# into them: the engine also matches "ſ" to "s", "ı" and "İ" to "i", "K" (Kelvin) to "k" (tested over
# every character).
_FOLDS_PLAINLY = frozenset("abcdefghijklmnopqrstuvwxyzäöüß0123456789")


def fold_case(text: str) -> str:
    """The text in lower case as a pattern ignoring case compares letters: "İ" as "i" (not "i̇"), "ſ" as
    "s", "ı" as "i"."""
    return text.replace("İ", "i").lower().replace("ſ", "s").replace("ı", "i")


def _leading_words(items: list[tuple[Any, Any]], ends_a_word: bool) -> set[str] | None:
    """The opening words of `items` (which stand at a word's start); `ends_a_word`: what follows them
    cannot continue a word."""
    if items and items[0][0] in (_parser.ASSERT, _parser.ASSERT_NOT):
        return _leading_words(items[1:], ends_a_word)  # "(?<=,\s)so": a look-around takes no characters
    if items and items[0][0] is _parser.SUBPATTERN and not items[0][1][1]:
        # a group, read through ("(?-i:so)" too: a word matched in its case is that word folded)
        return _leading_words([*items[0][1][3].data, *items[1:]], ends_a_word)
    if items and items[0][0] is _parser.BRANCH and _expanded(items[:1]) is None:
        found: set[str] = set()
        for alternative in items[0][1][1]:  # each followed by what follows the choice
            words = _leading_words(list(alternative.data), _word_ends(items[1:], ends_a_word))
            if words is None:
                return None
            found |= words
        return found
    return _words_of_run(items, ends_a_word)


def _words_of_run(items: list[tuple[Any, Any]], ends_a_word: bool) -> set[str] | None:
    """The opening words of the texts the longest run of literals opening `items` matches: up to its
    first character that is no letter or digit, or all of it where what follows cannot continue a word."""
    rest = next((n for n in range(len(items), 0, -1) if _expanded(items[:n]) is not None), 0)
    words = set()
    for text in _expanded(items[:rest]) or set():
        cut = next((i for i, c in enumerate(text) if not c.isalnum()), len(text))
        if cut == 0 or (cut == len(text) and not _word_ends(items[rest:], ends_a_word)):
            return None
        words.add(text[:cut])
    return words or None


def _expanded(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every text a run of literals, choices of literals and plain groups of them matches (at most a
    thousand); None for anything else."""
    texts = {""}
    for op, value in items:
        if op is _parser.LITERAL:
            parts: set[str] | None = {chr(value)}
        elif op is _parser.BRANCH:
            choices = [_expanded(list(alternative.data)) for alternative in value[1]]
            parts = None if None in choices else set().union(*choices)  # type: ignore[arg-type]
        elif op is _parser.SUBPATTERN and not value[1]:
            parts = _expanded(list(value[3].data))
        else:
            return None
        if parts is None or len(texts) * len(parts) > 1000:
            return None
        texts = {t + p for t in texts for p in parts}
    return texts


def _word_ends(items: list[tuple[Any, Any]], otherwise: bool) -> bool:
    """Whether what `items` match first cannot continue a word (a space, a non-word character, a word
    boundary, the end); `otherwise` when they are none."""
    if not items:
        return otherwise
    op, value = items[0]
    if op is _parser.AT:
        return value in (_parser.AT_BOUNDARY, _parser.AT_END, _parser.AT_END_STRING)
    if op is _parser.LITERAL:
        return not (chr(value).isalnum() or chr(value) == "_")
    if op is _parser.IN:
        return all(item == (_parser.CATEGORY, _parser.CATEGORY_SPACE) for item in value)
    if op in _REPEATS and value[0] >= 1:
        return _word_ends(list(value[2].data), otherwise=False)
    if op is _parser.ASSERT and value[0] == 1:  # a look-ahead
        return _word_ends(list(value[1].data), otherwise=False)
    if op is _parser.ASSERT_NOT and value[0] == 1:  # a negative look-ahead takes nothing: what follows decides
        return _word_ends(items[1:], otherwise)
    if op is _parser.SUBPATTERN and not value[1]:
        return _word_ends([*value[3].data, *items[1:]], otherwise)
    return False


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern split at each "|" outside groups and character sets ("a|b(c|d)" →
    ["a", "b(c|d)"]): a text holds a match of the pattern where it holds one of any of them. The whole
    pattern alone where it sets flags inline for all of it ("(?i)…"): a part would lose them."""
    try:
        if _parser.parse(pattern).state.flags != _parser.parse("").state.flags:
            return [pattern]
    except (re.error, RecursionError):
        return [pattern]
    parts, start, depth, in_set, i = [], 0, 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += pattern[i : i + 1] == "]"  # "[]…]", "[^]…]": a "]" first in a set is one of its characters
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


@dataclass(frozen=True)
class Presence:
    r"""Whether a text may hold a match of `template.format("|".join(alternatives))`, told quickly: most
    alternatives open with words (`leading_words`), and where the text holds none of them only the
    others are searched, each where the text holds a literal run it needs ("Angaben" for
    `[\w-]+\s+(?:Angaben|…)\s+nach`). False only where the whole pattern finds nothing."""

    words: frozenset[str]  # the opening words of the alternatives that have them (folded under IGNORECASE)
    others: tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...]  # (what it needs, the alternative)
    # The literal runs each of the others needs, where all are German letters (a-z, ä, ö, ü, ß in either
    # case: what matches them, in either case too, is letters): found only inside a word of the text.
    needs_letters: tuple[bool, ...] = ()
    ignore_case: bool = False
    # Alternatives opening with words that need more than their opening word ("nach" needs "Angaben"
    # or "Zahlen", "gab an" needs "gab an"): (the opening words, a pattern for each string set the
    # alternative needs besides, the alternative), searched only where the text holds an opening word.
    gated: tuple[tuple[frozenset[str], tuple[HeldStrings, ...], re.Pattern[str]], ...] = ()
    # each opening word of `gated` with the alternatives it opens (by position): a text is matched against
    # those its own words open, not against each alternative in turn
    gated_by_word: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    gated_openings: frozenset[str] = frozenset()  # its keys

    @classmethod
    def of(cls, alternatives: Sequence[str], flags: int = 0, template: str = "{}") -> Presence:
        words: set[str] = set()
        others = []
        letters = []
        gated = []
        for alternative in (template.format(a) for a in alternatives):
            opening = leading_words(alternative, flags)
            if opening is not None:
                besides = _needs_beyond(alternative, flags, opening)
                if besides:
                    found = tuple(HeldStrings(b, flags) for b in besides)
                    gated.append((opening, found, re.compile(alternative, flags)))
                else:
                    words |= opening
                continue
            runs = literal_runs(alternative, flags)
            needs = guarded("|".join(re.escape(r) for r in sorted(runs)), flags) if runs else None
            others.append((needs, re.compile(alternative, flags)))
            letters.append(bool(runs) and all(_FOLDS_PLAINLY.issuperset(r.lower()) and r.isalpha() for r in runs or ()))
        by_word: dict[str, tuple[int, ...]] = {}
        for i, (opening, _, _) in enumerate(gated):
            for word in opening:
                by_word[word] = (*by_word.get(word, ()), i)
        ignore_case = bool(flags & re.IGNORECASE)
        return cls(
            frozenset(words),
            tuple(others),
            tuple(letters),
            ignore_case,
            tuple(gated),
            gated_by_word=by_word,
            gated_openings=frozenset(by_word),
        )

    def may_match(self, text: str, words: Set[str]) -> bool:
        """`words`: the words of the text (`scoring.knowledge.words_of`), folded if the pattern ignores case."""
        if not self.words.isdisjoint(words):
            return True
        return self.gated_match(text, words) or self.others_match(text)

    def gated_match(self, text: str, words: Set[str]) -> bool:
        """Whether an alternative of `gated` matches, where the text holds one of its opening `words`."""
        by_word = self.gated_by_word
        opened = sorted({i for word in self.gated_openings.intersection(words) for i in by_word[word]})  # one or two
        for i in opened:
            _, needs, pattern = self.gated[i]
            if all(need.search(text) for need in needs) and pattern.search(text):
                return True
        return False

    def others_match(self, text: str) -> bool:
        """Whether an alternative that opens with no word of `words` matches (`scoring.knowledge.holds_a_word`
        tells the others)."""
        return any((needs is None or needs.search(text)) and pattern.search(text) for needs, pattern in self.others)


def _needs_beyond(alternative: str, flags: int, opening: frozenset[str]) -> list[frozenset[str]]:
    """What every match of an alternative opening with one of `opening` holds besides that word: the two
    most telling sets of `needed_strings` that an opening word does not hold already, to be found as the
    alternative compares them. Under IGNORECASE the strings are read as the pattern writes them and found
    in either case: where the pattern matches a text, each of its letters matched a letter that the same
    letter, ignoring case, finds again."""
    needed = needed_strings(alternative, flags & ~re.IGNORECASE)
    compared = fold_case if flags & re.IGNORECASE else str
    beyond = [
        strings
        for strings in needed
        if not all(any(compared(string) in word for string in strings) for word in opening)
    ]
    return sorted(beyond, key=lambda strings: -min(map(len, strings)))[:2]


@dataclass(frozen=True)
class _Start:
    """How the matches of a part of a pattern start: with one of `firsts`, or, if it may be `empty`,
    with whatever follows it."""

    firsts: frozenset[str]
    empty: bool
    folded: frozenset[str] = frozenset()  # first characters of a part ignoring case ("(?i:…)"), compared so


_NOTHING = _Start(frozenset(), True)


def _start(items: list[tuple[Any, Any]], flags: int) -> _Start | None:
    """How a sequence's matches start; None when it cannot be told (a class such as `\\w`, a dot, a
    back-reference, a large range)."""
    firsts: set[str] = set()
    folded: set[str] = set()
    for op, value in items:
        part = _start_of(op, value, flags)
        if part is None:
            return None
        firsts |= part.firsts
        folded |= part.folded
        if not part.empty:
            return _Start(frozenset(firsts), False, frozenset(folded))
    return _Start(frozenset(firsts), True, frozenset(folded))


def _start_of(op: Any, value: Any, flags: int) -> _Start | None:
    if op in _ZERO_WIDTH:
        return _NOTHING  # "\b", "^", a look-around: the first character is the next item's
    if op is _parser.LITERAL:
        return _Start(frozenset([re.escape(chr(value))]), False)
    if op is _parser.IN:
        characters = _set_characters(value)
        return None if characters is None else _Start(frozenset(characters), False)
    if op is _parser.SUBPATTERN:
        return _start_of_group(value, flags)
    if op is _parser.ATOMIC_GROUP:
        return _start(value.data, flags)
    if op is _parser.BRANCH:
        return _start_of_branch(value, flags)
    if op in _REPEATS:
        low, _, sub = value
        inner = _start(sub.data, flags)
        return None if inner is None else _Start(inner.firsts, inner.empty or low == 0, inner.folded)
    return None


def _start_of_group(value: Any, flags: int) -> _Start | None:
    _, added, _, sub = value
    if added & re.IGNORECASE and not flags & re.IGNORECASE:  # "(?i:…)" inside a pattern that is not
        inner = _start(sub.data, flags | re.IGNORECASE)
        return None if inner is None else _Start(frozenset(), inner.empty, inner.firsts | inner.folded)
    return _start(sub.data, flags)


def _start_of_branch(value: Any, flags: int) -> _Start | None:
    alternatives = [_start(alternative.data, flags) for alternative in value[1]]
    if any(a is None for a in alternatives):
        return None
    known = [a for a in alternatives if a is not None]
    return _Start(
        frozenset().union(*(a.firsts for a in known)),
        any(a.empty for a in known),
        frozenset().union(*(a.folded for a in known)),
    )


def _set_characters(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The members of a character set as they are written in one: "a", "a-z", "\\d"."""
    members: set[str] = set()
    for op, value in items:
        if op is _parser.LITERAL:
            members.add(re.escape(chr(value)))
        elif op is _parser.RANGE and value[1] - value[0] < _MAX_RANGE:
            members.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is _parser.CATEGORY and value in _CATEGORIES:
            members.add(_CATEGORIES[value])
        else:
            return None  # a negated set, "\\w": no short list
    return members
