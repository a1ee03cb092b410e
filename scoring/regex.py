"""Regular expressions that fail fast where they cannot match.

A pattern such as `\\b(?:sagte|erklärte|teilte|…)\\b` is tried at every position of a sentence, and at
each one every alternative is tried in turn. `guarded` puts a look-ahead for the characters a match
can start with in front of it (`(?=[setä…])`): one look-up in a character set rules most positions
out. The look-ahead asks nothing the pattern does not ask itself, so every match stays the same.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # the standard library's own parser of patterns
from typing import Any

# A character range larger than this ("[a-zäöüß]" is 26 plus 4) is not spelled out: no guard.
_MAX_RANGE = 256
_ZERO_WIDTH = frozenset({_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT})
_REPEATS = frozenset({_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT})


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, led by a look-ahead for the first characters of its matches when
    they can be known (literals and small character sets, through groups and alternatives)."""
    try:
        parsed = _parser.parse(pattern, flags)
        inline = parsed.state.flags & re.IGNORECASE and not flags & re.IGNORECASE  # "(?i)" opening it
        firsts = None if inline else _first_characters(parsed.data, flags)
    except (re.error, RecursionError):
        firsts = None
    if not firsts:
        return re.compile(pattern, flags)
    characters = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(f"(?=[{characters}])(?:{pattern})", flags)


def _first_characters(items: list[tuple[Any, Any]], flags: int) -> set[str] | None:
    """The characters a match of the sequence `items` can start with; None when any character can
    (a class such as `\\w`, a dot, a back-reference) or the sequence may match nothing at all."""
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue  # "\b", "^", a look-behind: the first character is the next item's
        return _first_of(op, value, flags)
    return None


def _first_of(op: Any, value: Any, flags: int) -> set[str] | None:
    if op is _parser.LITERAL:
        return {chr(value)}
    if op is _parser.IN:
        return _set_characters(value)
    if op is _parser.SUBPATTERN:
        _, added, _, sub = value
        if added & re.IGNORECASE and not flags & re.IGNORECASE:
            return None  # "(?i:…)" inside a pattern that is not: the guard would be too narrow
        return _first_characters(sub.data, flags)
    if op is _parser.ATOMIC_GROUP:
        return _first_characters(value.data, flags)
    if op is _parser.BRANCH:
        union: set[str] = set()
        for alternative in value[1]:
            firsts = _first_characters(alternative.data, flags)
            if firsts is None:
                return None
            union |= firsts
        return union
    if op in _REPEATS:
        low, _, sub = value
        return _first_characters(sub.data, flags) if low >= 1 else None
    return None


def _set_characters(items: list[tuple[Any, Any]]) -> set[str] | None:
    characters: set[str] = set()
    for op, value in items:
        if op is _parser.LITERAL:
            characters.add(chr(value))
        elif op is _parser.RANGE and value[1] - value[0] < _MAX_RANGE:
            characters.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None  # a negated set, "\w", "\s": no short list
    return characters
