"""Normalised text for analysis, with every offset still pointing into the original."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

# Characters rewritten one-for-one: analysis sees plain spaces, quotes and dashes.
_REPLACE = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\t": " ",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    "\u201e": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2039": "'",
    "\u203a": "'",
    "\u201a": "'",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2026": ".",
}
# Characters dropped: invisible inside words, they would break every lexicon lookup.
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@dataclass(frozen=True)
class NormalisedText:
    """`text` for analysis; `origin[i]` is the original index of `text[i]`."""

    original: str
    text: str
    origin: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the submitted text."""
        if start >= len(self.text):
            return len(self.original), len(self.original)
        last = self.origin[end - 1] + 1 if end > start else self.origin[start]
        return self.origin[start], last


def _replaced(text: str) -> str:
    """`text` with each look-alike character rewritten, as `str.translate` would rewrite it but some fifty
    times quicker on German text (translate slows down on every character past ASCII); no replacement
    is itself rewritten, so the order of the replacements does not matter."""
    text = text.replace("\r\n", " \n")  # a Windows line end is one break, not a blank line between
    for char, replacement in _REPLACE.items():
        text = text.replace(char, replacement)
    return text


_DROPPED = re.compile("[" + "".join(_DROP) + "\x00-\x08\x0b\x0c\x0e-\x1f]")


def normalise(original: str) -> NormalisedText:
    """Replace look-alike characters and drop invisible ones, remembering offsets."""
    if not _DROPPED.search(original):  # the common case: one-for-one, offsets unchanged
        return NormalisedText(original, _replaced(original), range(len(original)))
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        if char in _DROP or (ord(char) < 32 and char not in "\n\t\r"):
            continue
        chars.append(_REPLACE.get(char, char))
        origin.append(index)
    return NormalisedText(original, "".join(chars), tuple(origin))


def with_spaces(norm: NormalisedText, positions: Collection[int]) -> NormalisedText:
    """`norm` with a space inserted before each of `positions` of its text; each space points at the
    original character after it, so every offset still maps into the submitted text."""
    if not positions:
        return norm
    text, origin = norm.text, list(norm.origin)
    for position in sorted(positions, reverse=True):
        text = text[:position] + " " + text[position:]
        origin.insert(position, origin[position])
    return NormalisedText(norm.original, text, tuple(origin))


# A sentence, a quotation or a bracket ends here: a line ending so may end a paragraph.
_CLOSING = frozenset(".!?:;\"')")
_BROKEN_PAGE = 3  # breaks inside sentences a page shows before every line is read as going on


def _breaks_inside_sentences(lines: list[str]) -> int:
    """Breaks that can only be inside a sentence: a line ending in a letter or a comma, the next opening in
    lower case (a headline, a label or a list item opens in upper case or with a digit)."""
    return sum(
        1
        for here, following in zip(lines, lines[1:], strict=False)
        if here.rstrip()[-1:].isalpha() or here.rstrip().endswith(",")
        if following[:1].islower()
    )


_WRAPPED_LINE = 40  # a wrapped line is this long at least (a label, a tag or a caption's credit is shorter)


def _heading(lines: list[str], i: int, goes_on: Collection[str]) -> bool:
    """A line of two words or more heading its paragraph, ending with no full stop nor a word that never ends
    a sentence, the next line opening in upper case: a heading or a credit over the text ("Fähren im
    Sturm"), even on a broken page; a name split at the line's end ("Ilse / Brandt, die …") goes on. (After
    an ended sentence such a line mostly goes on: a newsletter's credit there is read into its text.)"""
    words = lines[i].split()
    return (
        (i == 0 or not lines[i - 1].strip())
        and len(words) >= 2
        and words[-1].lower() not in goes_on
        and lines[i + 1].lstrip()[:1].isupper()
    )


def _goes_on_briefly(here: str, following: str) -> bool:
    """On a broken page, a line of a word or two that goes on ("Seit / dem Sturm …", "… fährt sie / morgen?",
    "… mit einer / Besserung rechnen."), which a label or a control of the page would not: one opens in
    lower case or ends a sentence with a full stop, a question or an exclamation mark."""
    short = len(following.split()) <= 2 or len(here.split()) <= 2
    return short and (following[:1].islower() or (len(following.split()) <= 2 and following[-1:] in ".?!"))


def _joined_to(
    lines: list[str], i: int, goes_on: Collection[str], furniture: Callable[[str], bool], broken: bool
) -> int:
    """The line that the break after line `i` joins it to (the next, or the one past a blank line), or 0
    where the break ends a paragraph or a line of furniture."""
    here = lines[i].rstrip()
    if not here or here[-1] in _CLOSING:
        return 0
    gap = i + 1
    if not (broken and lines[gap].strip() and not _heading(lines, i, goes_on)):
        if len(here) < _WRAPPED_LINE:
            return 0
        last_word = here.rsplit(None, 1)[-1].lower()
        # a page cut "… auf das / (blank) / Ministerium.": only an article or preposition goes on
        while gap < len(lines) - 1 and not lines[gap].strip() and last_word in goes_on and gap - i <= 2:
            gap += 1
        following = lines[gap].lstrip()
        if not (following and (following[0].islower() and gap == i + 1 or last_word in goes_on)):
            return 0
    following = lines[gap].strip()
    if broken and _goes_on_briefly(here.strip(), following):
        return gap
    if furniture(here.strip()) or furniture(following):
        return 0
    return gap


def unwrapped(text: str, goes_on: Collection[str], furniture: Callable[[str], bool] = lambda line: False) -> str:
    """The text with each line break inside a sentence read as a space (one for one: offsets stay).

    Mail, wire copy and some archives break lines every 60 to 80 characters, inside sentences: read as
    they stand, "Am Morgen verließ die Fähre mit der" would be a claim of its own. A break is inside a
    sentence where its line ends without a full stop, quotation mark or colon and the next line goes on
    in lower case ("… die Hafenbehörde / hatte den Anleger …"), or where its last word never ends a
    sentence (`goes_on`: an article, a preposition, a conjunction: "… mit der / Besatzung …"); and the line is
    as long as a wrapped line is. A headline over its text, a menu, a list end in a noun or a verb and
    their next line opens in upper case; tags and labels are short; and a line of page furniture ("Bild:
    …", "Video abspielen") is never joined to its neighbour: kept. After an article or a preposition even a
    blank line is inside a sentence (a page cut in two: "… nach Angaben der / / Hafenbehörde.")."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    soft = [False] * len(lines)  # soft[i]: the break after line i is inside a sentence
    # A page whose lines break inside sentences again and again, wherever its markup ended (a link, an
    # emphasis: "… legt die Fähre am Abend nicht mehr / ab", "Seit / dem Sturm"), breaks them so everywhere:
    # there a line that does not end a sentence goes on, whatever its length and the next line's first
    # letter ("… kamen im März doppelt so viele / Gäste").
    broken = _breaks_inside_sentences(lines) >= _BROKEN_PAGE
    for i in range(len(lines) - 1):
        joined = _joined_to(lines, i, goes_on, furniture, broken)
        if joined:
            soft[i:joined] = [True] * (joined - i)
    if not any(soft):
        return text
    return "".join(line + (" " if soft[i] else "\n") for i, line in enumerate(lines))[: len(text)]


# A list's commas, then its last item after "und" up to the sentence's end: "…, Artillerie und Drohnen vor."
_LIST_TAIL = re.compile(r"(?:,(?:\s+[\w-]+){1,4}?)+\s+(?:und|oder|sowie)(?:\s+[\w-]+){1,8}?\s*(?=[.;!?]|$)")


def past_a_list(sentence: str, end: int) -> int:
    """Where a clause ending at a comma really ends: past a list that comma opens, to the verbs or the particle
    after its last item ("wirft Y den Einsatz von Panzern, Artillerie und Drohnen vor", "will A, B und C zerstört
    haben"); else at the comma."""
    tail = _LIST_TAIL.match(sentence, end) if sentence[end : end + 1] == "," else None
    return tail.end() if tail else end
