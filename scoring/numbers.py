"""Numbers as written in German news: "12.000", "12'000", "12 000", "rund zwölftausend", "11.000 bis 12.000"."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from scoring.knowledge import WordForms, holds_a_digit, once_per_lexicon, quick_init, typed_rules
from scoring.lexicon import Numbers
from scoring.regex import guarded


@dataclass(frozen=True)
class NumberRules:
    """The number words of seeds/lexicon/numbers.json, compiled once."""

    units: Mapping[str, float]  # "zwei" → 2, "hundert" → 100
    units_longest_first: tuple[str, ...]
    scales: Mapping[str, float]  # "millionen" → 1e6
    numeral: re.Pattern[str]
    # its alternatives in digits, and those in words: a text with no digit, or none of the words `opening`
    # tells, is scanned for the others only (a word's letters open most places of a text: "e", "d", "s" …)
    numeral_in_digits: re.Pattern[str]
    numeral_in_words: re.Pattern[str]
    vague: re.Pattern[str]
    vague_ranges: Mapping[str, tuple[float, float]]  # "dutzende" → (24, 90)
    per: re.Pattern[str]  # "pro 100.000 Einwohner": a rate, not an amount anybody reports
    rank: re.Pattern[str]  # "die Nummer zwei der Miliz": a rank, no amount
    range: re.Pattern[str]  # "200 bis 300": one range
    whole: re.Pattern[str]  # "8.000 von insgesamt 10.000": the whole, not the count the claim reports
    subset: re.Pattern[str]  # "40 Tote, darunter 12 Kinder": a part of that count, no count of its own
    # "stieg von 12 auf 20": before the earlier figure, and between it and the one the claim reports
    previous: re.Pattern[str]
    changed_to: re.Pattern[str]
    count_before: re.Pattern[str]  # "rund 2000 Menschen": a count, where "seit 2015" names a year
    at_least: re.Pattern[str]  # "mehr als 200": the count lies at or above the number …
    at_most: re.Pattern[str]  # "fast 500": … or at or below it
    bound_share: float  # … within this share of it: a writer rounds to the next round number
    # Whether a text holds a whole word (`words_of`) that a number in words or a vague amount may open
    # ("zwölftausend", "mehrere", "Tausenden"): a text with no digit and none of them holds no quantity. Not
    # "ein", "eins", "null" (a unit worth less than two): alone, with no scale word ("Millionen", one of those
    # words), they match as numbers that count nothing and are dropped (`_numeral_value`), and they take no
    # place another match could start at. Half the claims holding such a word hold only "ein".
    opening: WordForms


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@once_per_lexicon
def _compiled(rules: Numbers) -> NumberRules:
    units = {w.word.lower(): w.number for w in rules.words}
    longest_first = tuple(sorted(units, key=len, reverse=True))
    # After the first unit the teens are left to "drei" + "zehn": the words read are the same, but "dreizehn"
    # repeated no longer has two readings per repetition for the pattern to try one after another when the
    # word does not end where a number must (exponential: 20 repetitions took seconds).
    teens = [u for u in longest_first if 13 <= units[u] <= 19]
    following = "|".join(u for u in longest_first if u not in teens)
    multipliers = _alternatives(u for u in units if units[u] in (100, 1000))
    scale = "|".join(
        re.escape(w.word) + (r"\.?" if w.abbreviation else "") for w in sorted(rules.scales, key=lambda w: -len(w.word))
    )
    # a scale after a number in words ("zwei Millionen", "zwei Dutzend"); "hundert" and "tausend" are read
    # within the word ("zweitausend")
    word_scale = _alternatives(w.word for w in rules.scales if w.number not in (100, 1000) and not w.abbreviation)
    in_digits = (
        r"(?<![\w.,'])(?P<num>\d{1,3}(?:(?:[.' ]|\u202f)\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w])"
        rf"(?:\s*(?P<scale>{scale})(?!\w))?"
    )
    in_words = (
        rf"(?<!\w)(?P<word>(?:{'|'.join(longest_first)})(?:und)?(?:{following})*(?:{multipliers})?)"
        rf"(?:\s*(?P<wscale>{word_scale}))?(?!\w)"
        # "eine Million", "eine halbe Milliarde": the article as the number one, before a scale only
        rf"|(?<!\w)ein(?:e|er)?\s+(?P<half>halbe\s+)?(?P<oscale>{word_scale})(?!\w)"
    )
    vague_units = [v.word for v in rules.vague if v.word in units]
    plurals = [v.word for v in rules.vague if v.word not in units]
    return NumberRules(
        units,
        longest_first,
        {w.word.lower(): w.number for w in rules.scales},
        guarded(f"{in_digits}|{in_words}", re.IGNORECASE),
        guarded(in_digits, re.IGNORECASE),
        guarded(in_words, re.IGNORECASE),
        # Vague amounts, as ranges: "Tausende Soldaten" agrees with "3000 Soldaten", not with "12.000".
        guarded(
            rf"(?<!\w)(?:(?P<several>{_alternatives(rules.several)})\s+(?P<unit>{_alternatives(vague_units)})|"
            rf"(?P<plural>{_alternatives(plurals)})n?)(?!\w)",
            re.IGNORECASE,
        ),
        {v.word.lower(): (v.low, v.high) for v in rules.vague},
        re.compile(rf"(?:\b(?:{_alternatives(rules.per)})|/)\s*$", re.IGNORECASE),
        re.compile(rf"\b(?:{_alternatives(rules.ranks)})\s+$", re.IGNORECASE),
        re.compile(rf"\s*(?:{_alternatives(rules.range)}|-)\s*$"),
        re.compile(rf"\s*(?:{_alternatives(rules.whole)})\s*$", re.IGNORECASE),
        # after a comma or a dash, with a word or two between ("darunter mindestens zwölf", "unter ihnen auch")
        re.compile(rf"[,–—(]\s*(?:{_alternatives(rules.subset)})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE),
        re.compile(rf"\b(?:{_alternatives(rules.previous)})\s+$", re.IGNORECASE),
        re.compile(rf"\s*(?:{_alternatives(rules.changed_to)})\s*", re.IGNORECASE),
        _ending_with_one_of(rules.count_before),
        _ending_with_one_of(rules.at_least),
        _ending_with_one_of(rules.at_most),
        rules.bound_share,
        _opening(
            rf"(?:{'|'.join(longest_first)})(?:und)?(?:{following})*(?:{multipliers})?(?:{word_scale})?"
            rf"|{_alternatives(rules.several)}|(?:{_alternatives(plurals)})n?|{word_scale}",
            [*units, *rules.several, *plurals, *(w.word for w in rules.scales)],
            units,
        ),
    )


def _ending_with_one_of(words: Iterable[str]) -> re.Pattern[str]:
    """A text ending with one of the words and a space ("… rund "); none where there are no words."""
    return re.compile(rf"(?<!\w)(?:{_alternatives(words) or '(?!)'})\s+$", re.IGNORECASE)


def _opening(pattern: str, words: list[str], units: Mapping[str, float]) -> WordForms:
    """Each alternative of `numeral` in words and of `vague` opens after a non-word character with a run
    of letters that ends where the word does (or, for "mehrere", before the spaces ahead of the unit):
    that run is a whole word of the text, matched by `pattern` as those patterns match it. Where a word of
    the lexicon is not all letters, no word is ruled out. The units worth less than two are left out."""
    if not all(w.isalpha() for w in words):
        return WordForms(re.compile(".*").fullmatch)
    whole = re.compile(pattern, re.IGNORECASE).fullmatch
    small = frozenset(unit for unit, number in units.items() if number < 2)  # in lower case: "ein", "null"
    return WordForms(lambda word: word.lower() not in small and whole(word))


def number_rules(lexicon: Mapping[str, Any]) -> NumberRules:
    """The compiled number words of a lexicon."""
    return _compiled(typed_rules(lexicon).numbers)


@quick_init
@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    start: int
    end: int

    def compatible(self, other: Quantity) -> bool:
        """Same number allowing for rounding: "rund 12.000" and "11.000 bis 12.000" agree, "Tausende" and 12.000 not."""
        (a_low, a_high), (b_low, b_high) = self._widened(), other._widened()
        return a_low <= b_high and b_low <= a_high

    def _widened(self) -> tuple[float, float]:
        # A round value ("12.000", "1,5 Millionen") is an estimate: five per cent either way.
        # A precise one ("1 510 652") is a count and must match as it is.
        digits = f"{self.low:.0f}".rstrip("0")
        slack = 0.05 if self.low == self.high and self.low >= 1000 and len(digits) <= 2 else 0.0
        return self.low * (1 - slack), self.high * (1 + slack)


def word_value(word: str, rules: NumberRules) -> float | None:
    """ "zweihundertfünfzig" → 250.0; None for a word that is not a number. Counted in floats: a word of a
    thousand "hundert" is infinitely many, not an integer too large to be one."""
    word = word.lower()
    total, current = 0.0, 0.0
    position = 0
    while position < len(word):
        unit = next((u for u in rules.units_longest_first if word.startswith(u, position)), None)
        if unit is None:
            if not word.startswith("und", position):
                return None
            position += 3
            continue
        value = rules.units[unit]
        if value == 1000:
            total += max(current, 1.0) * 1000
            current = 0.0
        elif value == 100:
            current = max(current, 1.0) * 100
        else:
            current += value
        position += len(unit)
    return total + current


_GROUP_SEPARATOR = re.compile(r"[.' \u202f]")
_GROUPED = re.compile(r"[.' \u202f]\d{3}")


def _numeral_value(match: re.Match[str], rules: NumberRules) -> float | None:
    """The value of a number in digits or in words, with its scale ("1,5 Millionen"); None for a word that
    is no number or less than two."""
    groups = match.groupdict()  # of `numeral`, or of its alternatives in digits or in words alone (`_numerals`)
    raw = groups.get("num")
    if raw:
        whole, _, fraction = raw.partition(",")
        plain = _GROUP_SEPARATOR.sub("", whole) if _GROUPED.search(raw) else whole
        value = float(plain + ("." + fraction if fraction else ""))
        scale = (groups.get("scale") or "").lower().rstrip(".")
        return value * rules.scales.get(scale, 1)
    if groups["oscale"]:
        return (0.5 if groups["half"] else 1.0) * rules.scales[groups["oscale"].lower()]
    spelled = word_value(groups["word"], rules)
    scale = rules.scales.get((groups["wscale"] or "").lower(), 1)
    if spelled is None or spelled * scale < 2:
        return None  # "ein" alone, but "ein Dutzend"
    return spelled * scale


def _a_year(match: re.Match[str], text: str, rules: NumberRules) -> bool:
    """Four digits between 1900 and 2100 with no separator or scale ("seit 2015", "2019 starben"), unless a
    word before them makes them a count ("rund 2000 Menschen"). Written "2.000", it is a count."""
    raw = match.groupdict().get("num") or ""
    if len(raw) != 4 or not raw.isdigit() or not 1900 <= int(raw) <= 2100 or match.groupdict().get("scale"):
        return False
    return not rules.count_before.search(text, max(0, match.start() - 16), match.start())


def _vague_quantities(text: str, rules: NumberRules) -> list[Quantity]:
    """ "Tausende", "mehrere hundert": ranges, in the order they stand."""
    vague = []
    for m in rules.vague.finditer(text):
        low, high = rules.vague_ranges[(m.group("plural") or m.group("unit")).lower().rstrip("n")]
        vague.append(Quantity(float(low), float(high), m.start(), m.end()))
    return vague


def _numerals(text: str, rules: NumberRules) -> re.Pattern[str] | None:
    """What `numeral` may find in the text: its alternatives in digits where it holds a digit, in words
    where it holds a word that a number in words or a vague amount may open; None where it holds neither
    (most sentences: a set look-up over their words spares the two scans that try every place)."""
    digits, words = holds_a_digit(text), rules.opening.held(text)
    if digits:
        return rules.numeral if words else rules.numeral_in_digits
    return rules.numeral_in_words if words else None


_RANK_REACH = 12  # "Nummer " and a little more: the rank word right before the number


def find_quantities(text: str, rules: NumberRules) -> list[Quantity]:
    """Every quantity in `text`; years (1900–2100 written without separator, no word before them making
    them a count) are left out. One pass."""
    numeral = _numerals(text, rules)
    if numeral is None:
        return []
    vague = _vague_quantities(text, rules)
    vague_starts = [v.start for v in vague]  # they do not overlap: a bisection finds the one around a number
    found: list[Quantity] = []
    for match in numeral.finditer(text):
        i = bisect_right(vague_starts, match.start()) - 1
        per = rules.per.search(text[max(0, match.start() - 5) : match.start()])
        rank = rules.rank.search(text[max(0, match.start() - _RANK_REACH) : match.start()])
        if (i >= 0 and match.start() < vague[i].end) or per or rank:
            continue
        if _a_time_of_day(match, text) or _a_reference(match, text) or _AN_ORDINAL.match(text, match.end()):
            continue
        value = _numeral_value(match, rules)
        if value is None or _a_year(match, text, rules):
            continue
        relation = _to_the_last(found, value, match.start(), text, rules) if found else None
        if relation == "range":
            previous = found.pop()
            found.append(Quantity(previous.low, value, previous.start, match.end()))
            continue
        if relation == "part":
            continue
        if relation == "change":
            found.pop()  # "stieg von 12 auf 20": the figure before the change; the claim reports 20
        found.append(_bounded(value, text, match.start(), match.end(), rules))
    return sorted(_without_breakdowns(found) + vague, key=lambda q: q.start)


def _to_the_last(found: list[Quantity], value: float, start: int, text: str, rules: NumberRules) -> str | None:
    """How a number relates to the one found before it: the end of its "range" ("200 bis 300"), a "part" the
    claim does not count ("8.000 von insgesamt 10.000", "40 Tote, darunter 12 Kinder"), the figure a "change"
    led to ("von 12 auf 20"), or none."""
    last = found[-1]
    between = text[last.end : start]
    if value > last.high and rules.range.fullmatch(between or "x"):
        return "range"
    if rules.changed_to.fullmatch(between) and rules.previous.search(text, 0, last.start):
        return "change"
    if rules.whole.fullmatch(between) or rules.subset.search(between):
        return "part"
    return None


def _without_breakdowns(found: list[Quantity]) -> list[Quantity]:
    """Counts that follow a count and add up to it are its parts, no counts of their own: "neun Ziele,
    vier im Norden und fünf im Süden" counts nine targets."""
    if len(found) < 3:
        return found  # most texts: no count with two parts after it
    for i, whole in enumerate(found[:-2]):
        if whole.low != whole.high:
            continue
        total = 0.0
        for j in range(i + 1, len(found)):
            part = found[j]
            if part.low != part.high:
                break
            total += part.low
            if total == whole.low and j > i + 1:
                return found[: i + 1] + _without_breakdowns(found[j + 1 :])
            if total > whole.low:
                break
    return found


def _bounded(value: float, text: str, start: int, end: int, rules: NumberRules) -> Quantity:
    """The count a number stands for, with the bound a word before it sets: "mehr als 300" reports 320 as
    well as "320" does, "fast 500" 495; "mindestens 19" and "26" stay two counts (a toll that rose). Only a round
    number is a writer's rounding: "mindestens 32" is the count as known, and "35" a toll that rose; an upper bound
    ("bis zu fünf") covers what is below it."""
    before = text[max(0, start - 16) : start]
    if rules.at_least.search(before):
        # no whole count above it: "mindestens 32" is not "35", yet still a bound ("mehr als fünf" ≠ "bis zu fünf")
        high = value + _NEXT_COUNT_SHARE if value % 10 else round(value * (1 + rules.bound_share), 6)
        return Quantity(value, high, start, end)
    if rules.at_most.search(before):
        return Quantity(round(value * (1 - rules.bound_share), 6), value, start, end)
    return Quantity(value, value, start, end)


_NEXT_COUNT_SHARE = 0.5  # less than the next whole count


def _a_reference(match: re.Match[str], text: str) -> bool:
    """A number alone in brackets after a word in lower case, at the sentence's end: a note's or a source's
    number ("steigt die Zahl stark an (6)."), no amount; after a name it is an age ("Anna Brand (34)")."""
    start, end = match.start(), match.end()
    if text[start - 1 : start] not in ("(", "[") or text[end : end + 1] not in (")", "]"):
        return False
    return _ENDS_HERE.fullmatch(text, end + 1) is not None and _AFTER_LOWER.search(text, 0, start - 1) is not None


# "die 93. Brigade", "am 3. Mai": a full stop with a word after it inside one sentence marks an ordinal
_AN_ORDINAL = re.compile(r"\.[ \t\u00a0]+[^\W\d_]")
_ENDS_HERE = re.compile(r"\s*[.!?]?[\s\"“”»«']*")
_AFTER_LOWER = re.compile(r"\b[a-zäöüß][\w-]*\s*$")
_MINUTES = re.compile(r":[0-5]\d(?![\d:])")  # ":30" of "13:30", not a score's ":2"
_HOURS = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-4]):$")


def _a_time_of_day(match: re.Match[str], text: str) -> bool:
    """Hours and minutes ("ab 13:00 Uhr", "um 9:30"): a time of day, as "13 Uhr" is, no amount; either part."""
    end, start = match.end(), match.start()
    if text.startswith(":", end) and _MINUTES.match(text, end) and _HOURS.search(text[max(0, start - 1) : end + 1]):
        return True
    return (
        text[start - 1 : start] == ":"
        and _MINUTES.match(text, start - 1) is not None
        and bool(_HOURS.search(text[max(0, start - 4) : start]))
    )


def is_number_word(word: str, rules: NumberRules) -> bool:
    """ "drei", "zwölftausend", "Tausende": a number the quantities carry, not a content word."""
    low = word.lower()
    return word_value(low, rules) is not None or low.rstrip("n") in rules.vague_ranges
