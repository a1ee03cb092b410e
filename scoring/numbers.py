"""Numbers as written in German news: "12.000", "12'000", "12 000", "rund zwölftausend", "11.000 bis 12.000"."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from scoring.regex import guarded

_UNITS = {
    "null": 0,
    "ein": 1,
    "eins": 1,
    "eine": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "tausend": 1000,
}
_SCALES = {
    "tausend": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
}
_UNITS_LONGEST_FIRST = sorted(_UNITS, key=len, reverse=True)
_WORD_NUMBER = "|".join(_UNITS_LONGEST_FIRST)
# After the first unit the teens are left to "drei" + "zehn": the words read are the same, but "dreizehn"
# repeated no longer has two readings per repetition for the pattern to try one after another when the
# word does not end where a number must (exponential: 20 repetitions took seconds).
_NEXT_WORD_NUMBER = "|".join(u for u in _UNITS_LONGEST_FIRST if not (u.endswith("zehn") and u != "zehn"))
_NUMERAL = guarded(
    r"(?<![\w.,'])(?P<num>\d{1,3}(?:(?:[.' ]|\u202f)\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w])"
    r"(?:\s*(?P<scale>Tausend|Millionen|Million|Milliarden|Milliarde|Billionen|Billion|Mio\.?|Mrd\.?)(?!\w))?"
    r"|(?<!\w)(?P<word>(?:" + _WORD_NUMBER + r")(?:und)?(?:" + _NEXT_WORD_NUMBER + r")*(?:tausend|hundert)?)"
    r"(?:\s*(?P<wscale>Millionen|Million|Milliarden|Milliarde))?(?!\w)",
    re.IGNORECASE,
)
# Vague amounts, as ranges: "Tausende Soldaten" agrees with "3000 Soldaten", not with "12.000".
_VAGUE = guarded(
    r"(?<!\w)(?:(?P<several>mehrere|einige|etliche)\s+(?P<unit>hundert|tausend)|"
    r"(?P<plural>Dutzende|Hunderte|Tausende|Zehntausende|Hunderttausende)n?)(?!\w)",
    re.IGNORECASE,
)
_VAGUE_RANGES = {
    "dutzende": (24, 90),
    "hunderte": (200, 900),
    "tausende": (2000, 9000),
    "zehntausende": (20000, 90000),
    "hunderttausende": (200000, 900000),
    "hundert": (200, 900),
    "tausend": (2000, 9000),
}
# "pro 100.000 Einwohner", "je 1000 Tests": a unit of measure, not an amount anybody reports.
_PER = re.compile(r"(?:\bpro|\bje|/)\s*$", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:bis|-|und)\s*$")
_APPROXIMATE = re.compile(
    r"(?:rund|etwa|ungefähr|circa|ca\.|fast|knapp|mehr als|über|mindestens|bis zu)\s*$", re.IGNORECASE
)


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


def _word_value(word: str) -> float | None:
    """ "zweihundertfünfzig" → 250.0; None for a word that is not a number. Counted in floats: a word of a
    thousand "hundert" is infinitely many, not an integer too large to be one."""
    word = word.lower()
    total, current = 0.0, 0.0
    position = 0
    while position < len(word):
        unit = next((u for u in _UNITS_LONGEST_FIRST if word.startswith(u, position)), None)
        if unit is None:
            if not word.startswith("und", position):
                return None
            position += 3
            continue
        value = _UNITS[unit]
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


def _numeral_value(match: re.Match[str]) -> float | None:
    """The value of a number in digits or in words, with its scale ("1,5 Millionen"); None for a year
    (1900–2100 written without separator) and for a word that is no number or less than two."""
    if match.group("num"):
        raw = match.group("num")
        whole, _, fraction = raw.partition(",")
        plain = _GROUP_SEPARATOR.sub("", whole) if _GROUPED.search(raw) else whole
        value = float(plain + ("." + fraction if fraction else ""))
        scale = (match.group("scale") or "").lower().rstrip(".")
        if not scale and len(plain) == 4 and 1900 <= value <= 2100:
            return None
        return value * _SCALES.get(scale, 1)
    word_value = _word_value(match.group("word"))
    if word_value is None or word_value < 2:
        return None
    return word_value * _SCALES.get((match.group("wscale") or "").lower(), 1)


def _vague_quantities(text: str) -> list[Quantity]:
    """ "Tausende", "mehrere hundert": ranges, in the order they stand."""
    vague = []
    for m in _VAGUE.finditer(text):
        low, high = _VAGUE_RANGES[(m.group("plural") or m.group("unit")).lower().rstrip("n")]
        vague.append(Quantity(float(low), float(high), m.start(), m.end()))
    return vague


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`; years (1900–2100 written without separator) are left out. One pass."""
    vague = _vague_quantities(text)
    vague_starts = [v.start for v in vague]  # they do not overlap: a bisection finds the one around a number
    found: list[Quantity] = []
    for match in _NUMERAL.finditer(text):
        i = bisect_right(vague_starts, match.start()) - 1
        if (i >= 0 and match.start() < vague[i].end) or _PER.search(text[max(0, match.start() - 5) : match.start()]):
            continue
        value = _numeral_value(match)
        if value is None:
            continue
        if found and _RANGE.fullmatch(text[found[-1].end : match.start()] or "x"):
            previous = found.pop()
            found.append(Quantity(previous.low, value, previous.start, match.end()))
            continue
        found.append(Quantity(value, value, match.start(), match.end()))
    return sorted(found + vague, key=lambda q: q.start)


def is_number_word(word: str) -> bool:
    """ "drei", "zwölftausend", "Tausende": a number the quantities carry, not a content word."""
    low = word.lower()
    return _word_value(low) is not None or low.rstrip("n") in _VAGUE_RANGES
