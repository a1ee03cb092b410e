"""Strip page furniture from scraped articles, keeping the body text and its offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, islice
from re import _parser  # type: ignore[attr-defined]  # the standard library's own parser of patterns
from typing import Any

from scoring.knowledge import once_per_lexicon, quick_init, typed_rules
from scoring.lexicon import Credits, Furniture
from scoring.regex import (
    ByFirstCharacter,
    Needing,
    can_guard,
    fold_case,
    folded_needs,
    guarded,
    needed_strings,
    non_space_width,
    requires_a_digit,
    searcher,
)


@quick_init
@dataclass(frozen=True)
class Block:
    """A paragraph (one line of the page), or a part of one, that belongs to the article body.

    The parts of one line that furniture inside it (a teaser headline run into the text) splits
    apart share the line's `index`: they are one paragraph.
    """

    start: int
    end: int
    index: int
    line_end: int  # where the page line ends, credit lines ("(dpa)") included


@dataclass(frozen=True)
class FurnitureRules:
    line: re.Pattern[str]  # a whole line that is furniture (the patterns whose first characters are known)
    # …and the others ("….{0,400}©…"), each with what a line folded must hold for it to match ("©", one of
    # "abonnieren", "anmelden" …): (one string of each set, the pattern, the longest line it can match)
    line_anywhere: tuple[tuple[tuple[frozenset[str], ...], re.Pattern[str], int], ...]
    tail: re.Pattern[str]  # a line after which only furniture follows
    prefix: re.Pattern[str]  # furniture at the start of a body line ("Update vom …: ")
    suffix: re.Pattern[str]  # furniture at the end of a body line ("(dpa)", "(AFP/Jane Doe)")
    suffix_later: _Suffixes  # the same, searched after the line's first character (see _space_led_at_runs)
    suffix_needed: Needing  # what a credit suffix needs ("(", "/", ":" …): a line holding none of it has none
    dated_line: re.Pattern[str]  # teaser lines ending in a date, and bare dates
    dated_needs_digit: bool  # every one of them holds a digit: a line without one is none
    teaser_intro: re.Pattern[str]  # "Mehr zum Thema": the headline-like lines after it link elsewhere
    teaser_list: re.Pattern[str]  # "Ukraine-Krieg: Selenskyj fordert …" twice in a row: links to other articles
    media_label: re.Pattern[str]  # "Audio", "Video 1:30": the headline-like line after it is the clip's title
    photo_credit: re.Pattern[str]  # "(AFP / JANE DOE)", "(picture alliance / …)" closing a caption
    closing_credit: re.Pattern[str]  # "… im Hafen. Foto: Archiv": a caption's credit after its last sentence
    reader_address: re.Pattern[str]  # "Sie", "Euch" inside a sentence: the page speaking to its reader
    self_promotion: re.Pattern[str]  # "wir", "unsere", "teilen", "abonnieren": the page speaking of itself
    run_in: re.Pattern[str]  # a headline run into the text between two sentences
    foreign_words: frozenset[str]  # function words of other languages ("the", "with", "les")
    german_words: frozenset[str]  # German function words
    articles: frozenset[str]  # a run-in headline has none ("Stadtrat beschließt Haushalt")
    headline_no_end: frozenset[str]  # words a headline does not end in ("… wie in", "… seinem Roman")
    # `line` without the patterns that cannot match a line longer than a length, by length, the longest
    # first: (the length, the patterns left as one); most body lines are longer than most labels
    line_by_length: tuple[tuple[int, ByFirstCharacter | None], ...] = ()
    # `dated_line` one pattern at a time, each searched as it can be: one opened by "^" tried at the line's
    # start only, one needing a "|" only where the line holds one (`searcher`)
    dated_searches: tuple[Callable[[str], re.Match[str] | None], ...] = ()
    # what `reader_address` needs ("Sie", "Ihr", "Euch" …), tested before it is searched on a line (6.5 µs
    # for a paragraph of 400 characters, where most paragraphs hold none of these words)
    reader_needs: Needing | None = None


# A sentence end inside a line, then up to 140 characters with no sentence punctuation, then a word
# that only opens a sentence: "… teilte die Polizei mit. Stadtrat beschließt Haushalt Der knappe Beschluss …".
_RUN_IN = r"[.!?][\"'“”»«]?\s+(?P<head>[A-ZÄÖÜ\"„«»][^.!?;,\n]{8,140}?)\s+(?={opener}\s)"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_QUOTED = re.compile(
    r"\"[^\"]{0,400}\"|„[^“”\"]{0,400}[“”\"]|«[^»]{0,400}»|»[^«]{0,400}«|(?<!\w)['‚‘][^'‘’]{0,400}['‘’](?!\w)"
)


def _space_led_at_runs(patterns: list[str]) -> re.Pattern[str]:
    """The patterns as one, each led by `\\s*` or `\\s+` tried only where a run of spaces starts (or at a
    non-space): wherever inside a run such a pattern matches, it matches from the run's start too, so the
    leftmost match is the same — but a long run is no longer read again from each of its spaces (quadratic).
    Only for a search from the second character of a line on: at its first the lookbehind would see what
    came before it."""
    return guarded(
        "|".join(f"(?:(?<!\\s){p})" if p.startswith(("\\s*", "\\s+")) else f"(?:{p})" for p in patterns),
        re.IGNORECASE,
    )


_NEAR_THE_END = 100  # a credit suffix holding at most this many characters besides spaces is looked for near the end


class _Suffixes:
    """`_space_led_at_runs(patterns).search(line, at)`, the same leftmost match's start: the patterns that
    open the list and hold few characters besides spaces ("(dpa)", "stand: 12.3.2021", `non_space_width`)
    searched from where such a match can start at the earliest (within the line's last characters where they
    hold more than that many besides spaces: 40 → 20 ms for the lines of 300 articles, most of them long), the others
    only where the line holds what they need ("Mehr zum Thema"). Both found: the earlier, or at one place
    the first of the list's, as the patterns as one would find it."""

    def __init__(self, patterns: list[str]) -> None:
        widths = []
        for pattern in patterns:
            width = non_space_width(f"(?<!\\s){pattern}", re.IGNORECASE)
            if width is None or width > _NEAR_THE_END:
                break
            widths.append(width)
        near = len(widths)
        self.near = _space_led_at_runs(patterns[:near]) if near else None
        self.width = max(widths, default=0)
        self.read_back = 2 * self.width  # the end of a line looked at: most lines hold few spaces
        self.rest = _space_led_at_runs(patterns[near:]) if patterns[near:] else None
        self.rest_needs = needed_strings(self.rest.pattern, re.IGNORECASE) if self.rest else ()

    def search(self, line: str, at: int) -> re.Match[str] | None:
        found = None
        if self.near is not None:
            found = self.near.search(line, max(at, self._earliest(line)))
        if self.rest is None or not all(any(map(line.__contains__, strings)) for strings in self.rest_needs):
            return found
        other = self.rest.search(line, at)
        return other if other and (found is None or other.start() < found.start()) else found

    def _earliest(self, line: str) -> int:
        """Where a match of the near patterns can start at the earliest: where the line's last `read_back`
        characters hold more characters other than spaces than such a match (most lines), among them."""
        if len(line) > self.read_back and len("".join(line[-self.read_back :].split())) > self.width:
            return len(line) - self.read_back
        return 0


def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return guarded("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_LENGTH_TIERS = (120, 40, -1)  # lines longer than 120 characters, than 40 (most labels are shorter), any


def _by_length(patterns: tuple[str, ...]) -> tuple[tuple[int, ByFirstCharacter | None], ...]:
    """For each length of `_LENGTH_TIERS`, the patterns that can match a text longer than it in whole, as
    one (None: none can): a fullmatch of the alternation is one of any of its patterns, and a pattern
    cannot match a text longer than its longest match. Each tried with the patterns the line's first
    character may open (`ByFirstCharacter`)."""
    widths = [(_parser.parse(p, re.IGNORECASE).getwidth()[1], p) for p in patterns]
    tiers = [tuple(p for most, p in widths if most > shorter) for shorter in _LENGTH_TIERS]
    return tuple(
        (shorter, ByFirstCharacter(tier, re.IGNORECASE) if tier else None)
        for shorter, tier in zip(_LENGTH_TIERS, tiers, strict=True)
    )


@once_per_lexicon
def _compile(rules: Furniture) -> FurnitureRules:
    compiled = _compiled(rules)
    return replace(
        compiled,
        line_by_length=_by_length(tuple(p for p in rules.line if can_guard(p, re.IGNORECASE))),
        dated_searches=tuple(searcher(p, re.IGNORECASE) for p in rules.dated_line),
        reader_needs=Needing(rules.reader_address),
    )


def _compiled(rules: Furniture) -> FurnitureRules:
    anywhere = [p for p in rules.line if not can_guard(p, re.IGNORECASE)]
    return FurnitureRules(
        _any_of(tuple(p for p in rules.line if p not in anywhere)),
        tuple((_telling(folded_needs(p, re.IGNORECASE)), re.compile(p, re.IGNORECASE), _longest(p)) for p in anywhere),
        _any_of(rules.tail),
        _any_of(rules.prefix),
        _any_of(rules.suffix),
        _Suffixes(list(rules.suffix)),
        Needing("|".join(f"(?:{p})" for p in rules.suffix), re.IGNORECASE),
        _any_of(rules.dated_line),
        all(requires_a_digit(p, re.IGNORECASE) for p in rules.dated_line),
        _any_of(rules.teaser_intro),
        re.compile(rules.teaser_list),
        guarded(rules.media_label, re.IGNORECASE),
        re.compile(rules.photo_credit, re.IGNORECASE),
        re.compile(rules.caption_closing_credit, re.IGNORECASE),
        guarded(rules.reader_address),
        guarded(rules.self_promotion, re.IGNORECASE),
        guarded(_RUN_IN.replace("{opener}", rules.run_in_opener)),
        frozenset(rules.foreign_words),
        frozenset(rules.german_words),
        frozenset(rules.articles),
        frozenset(rules.headline_no_end),
    )


def furniture_rules(lexicon: Mapping[str, Any]) -> FurnitureRules:
    return _compile(typed_rules(lexicon).furniture)


_CODE_CHARACTERS = re.compile(r"[{}\[\]();=<>$\\|&]")


def _looks_like_code(line: str) -> bool:
    """JavaScript or JSON residue: few letters, many braces and operators."""
    code = len(_CODE_CHARACTERS.findall(line))
    return code >= 3 and code * 4 > sum(map(str.isalpha, line))


_SENTENCE_END = re.compile(r"[.…][\"'“”»«)]*$")


def _is_headline(line: str) -> bool:
    """A short line that does not end a sentence: a headline, a kicker, a label."""
    return len(line) <= 160 and not _SENTENCE_END.search(line)


def _is_foreign(line: str, rules: FurnitureRules) -> bool:
    """A line mostly in another language (an embedded post, an English quote card), quotations aside."""
    if len(rules.foreign_words.intersection(line.lower().split())) < 3:
        return False  # most lines: not even three foreign function words
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", line))]
    foreign = sum(w in rules.foreign_words for w in words)
    german = sum(w in rules.german_words for w in words)
    return foreign >= 3 and foreign > 2 * german and foreign * 5 >= len(words)


_SPEAKER = re.compile(r"[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)?: ")


def _addresses_reader(line: str, rules: FurnitureRules) -> bool:
    """A paragraph that speaks to its reader twice and of the page itself, outside quotations, is a
    promotion ("teilt unsere Beiträge", "abonnieren Sie"), not reporting."""
    if rules.reader_needs is not None and not rules.reader_needs.may_match(line):
        return False  # most lines: none of the words the address needs
    if len(rules.reader_address.findall(line)) < 2 or _SPEAKER.match(line):
        return False  # an interview's answer: the speaker's "wir" and "Sie" are the conversation's
    own = _QUOTED.sub(" ", line)
    return len(rules.reader_address.findall(own)) >= 2 and bool(rules.self_promotion.search(own))


def _is_caption(line: str, rules: FurnitureRules) -> bool:
    """A picture's caption: a short line closed by a photographer's or a picture agency's credit."""
    return len(line) <= 250 and bool(rules.photo_credit.search(line) or rules.closing_credit.search(line))


_QUOTED_HEAD = re.compile(r":\s*[\"„«»][^\"“”«»]{3,120}[\"“”«»]$")


def _run_ins(line: str, lead: int, tail: int, rules: FurnitureRules) -> list[tuple[int, int]]:
    """Headlines of other articles run into a paragraph between two of its sentences."""
    spans = []
    for match in rules.run_in.finditer(line, lead, tail):
        head = match.group("head")
        words = head.split()
        after = line[match.end() :].split(maxsplit=2)
        # "Thema: «Zitat»" with no full stop before the next sentence
        quoted = bool(_QUOTED_HEAD.search(head))
        # "Stadtrat beschließt Haushalt Der knappe Beschluss …": no article, and the next sentence goes
        # on in lower case ("Der knappe …") where a title ("Die Räuber") would not
        bare = (
            ":" not in head
            and not any(w.lower() in rules.articles for w in words)
            and len(after) > 1
            and after[1][:1].islower()
        )
        last = words[-1].strip("\"“”«»'").lower() if words else ""
        ends_open = last in rules.headline_no_end or last in rules.articles  # "… von", "… seinem Roman", "… die"
        if 3 <= len(words) <= 14 and (quoted or bare) and not ends_open:
            spans.append((match.start("head"), match.end()))
    return spans


@dataclass(frozen=True)
class _Page:
    """The non-empty lines of a page and what is known of each before reading them in order."""

    spans: list[tuple[int, int]]  # (start, end) of each line in the text
    stripped: list[str]
    teasers: set[tuple[int, int]]  # kicker-and-headline lines next to another one: links to other articles
    captions: list[bool]
    # fewer than three foreign function words on the whole page: no line of it is in another language
    german: bool = False

    def following(self, number: int) -> str:
        return self.stripped[number + 1] if number + 1 < len(self.spans) else ""


@lru_cache(maxsize=2)
def _lowered_page(text: str) -> str:
    """A page in lower case, read for its foreign words when its body is found and for the agencies it names
    when its credits are (the same page, lowered once: 37 µs a page)."""
    return text.lower()


def _page(text: str, rules: FurnitureRules, picture_credit: re.Pattern[str]) -> _Page:
    lines: list[tuple[int, int]] = []
    position = 0
    for raw in text.split("\n"):
        lines.append((position, position + len(raw)))
        position += len(raw) + 1
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    stripped_lines = [text[s:e].strip() for s, e in filled]
    listed = [bool(rules.teaser_list.fullmatch(line)) for line in stripped_lines]
    teasers = {
        filled[i]
        for i, hit in enumerate(listed)
        if hit and ((i > 0 and listed[i - 1]) or (i + 1 < len(listed) and listed[i + 1]))
    }
    german = len(rules.foreign_words.intersection(_lowered_page(text).split())) < 3
    captions = [
        _is_caption(line, rules) or _credits_a_picture(line, picture_credit, rules.media_label)
        for line in stripped_lines
    ]
    return _Page(filled, stripped_lines, teasers, captions, german)


_PICTURE_CREDIT_LINE = 100  # "Bild: Maxar Technologies/AP/picture alliance" on a line of its own


_CREDIT_WORDS = 4  # "Video: Reuters/Karl Beispiel": a credit names a few words, a clip's title more


def _credits_a_picture(line: str, picture_credit: re.Pattern[str], media_label: re.Pattern[str]) -> bool:
    """A line that only credits a picture ("Foto: AFP", "© dpa", "(Foto: AP/dpa)"): the line before it is the
    picture's caption. A clip's title after its label ("Video: Die Fähre legt wieder an, 20:00 Uhr") credits
    nothing: the paragraph before it is the article's."""
    if len(line) > _PICTURE_CREDIT_LINE or not picture_credit.match(line.lstrip("([")):
        return False
    label, colon, rest = line.partition(":")
    return not (colon and media_label.fullmatch(label.strip()) and len(rest.split()) > _CREDIT_WORDS)


_DIGIT = re.compile(r"\d")
_DURATION = re.compile(r"\d{1,3}:\d{2}(?:\s*min\.?)?")  # a clip's length: "02:41", "4:37 min"


def _is_dated(line: str, rules: FurnitureRules) -> bool:
    """A teaser line ending in a date, or a bare date (most lines hold no digit: told in one quick scan)."""
    if rules.dated_needs_digit and not _DIGIT.search(line):
        return False
    return any(search(line) for search in rules.dated_searches)  # `dated_line.search`, one part at a time


_ITEM_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s{3,}")  # "Politik · Ausland", "Teilen   Kommentare"


def _furniture_items(line: str, rules: FurnitureRules) -> bool:
    """ "12. März 2026, 9:15 Uhr | Lesezeit: 4 min", "Lokales · Hafen · 12. März 2026": a line of items set
    apart by bars, dots or wide spaces, each of them furniture on its own."""
    items = _ITEM_SEPARATOR.split(line)
    return len(items) > 1 and all(_is_furniture_line(i, rules) or _is_dated(i, rules) for i in items if i)


def is_furniture_line(line: str, rules: FurnitureRules) -> bool:
    """Whether a line on its own is page furniture (a credit, a label, a player's controls)."""
    return _is_furniture_line(line, rules)


def _is_furniture_line(line: str, rules: FurnitureRules) -> bool:
    """A line that is furniture as a whole: one of the lexicon's furniture lines matches all of it. A
    pattern led by ".{0,400}" is read over the whole line, so only where the line holds what it needs."""
    # `rules.line.fullmatch(line)`, with only the patterns that can match a line as long
    length = len(line)
    for shorter, whole in rules.line_by_length:  # loops, not generators: read for every line of a page
        if length > shorter:
            if whole and whole.fullmatch(line):
                return True
            break
    folded = fold_case(line)  # what the patterns need ignoring case is found in it (`folded_needs`)
    for needs, pattern, longest in rules.line_anywhere:
        if length > longest:
            continue
        for strings in needs:  # loops, not a function or `any`: 10 % of all lines' time
            for string in strings:
                if string in folded:
                    break
            else:
                break  # none of these strings: the pattern cannot match
        else:
            if pattern.fullmatch(line):
                return True
    return False


_TELLING = 2  # sets of needed strings tested for a pattern: more rule out no more lines


def _telling(needs: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The sets of strings that rule out the most lines: those whose shortest string is longest (a space
    or one letter stands in nearly every line)."""
    return tuple(sorted(needs, key=lambda strings: -min(map(len, strings)))[:_TELLING])


def _longest(pattern: str) -> int:
    """The longest text a pattern can match (a body paragraph is longer than most furniture)."""
    return int(_parser.parse(pattern, re.IGNORECASE).getwidth()[1])


def _is_furniture(page: _Page, number: int, seen_body: bool, rules: FurnitureRules) -> bool:
    """A line that is furniture wherever it stands: navigation, dates, code, captions, foreign or
    promotional text, a teaser list."""
    stripped, following = page.stripped[number], page.following(number)
    return bool(
        page.spans[number] in page.teasers
        or _is_furniture_line(stripped, rules)
        or _is_dated(stripped, rules)
        or _furniture_items(stripped, rules)
        or _looks_like_code(stripped)
        or (seen_body and following and rules.dated_line.fullmatch(following) and len(stripped) < 90)
        or page.captions[number]
        # the picture's description right before its caption (unless the caption describes it itself)
        or (
            number + 1 < len(page.spans)
            and page.captions[number + 1]
            and len(stripped) <= 160
            and number > 0
            and not rules.closing_credit.search(following)
        )
        or (not page.german and _is_foreign(stripped, rules))
        or _addresses_reader(stripped, rules)
    )


@dataclass
class _Reading:
    """What reading the page line by line has seen so far."""

    seen_body: bool = False
    body_read: int = 0  # characters of body so far
    previous: str = ""
    in_teasers: bool = False  # inside a list of headlines that a "Mehr zum Thema" opened
    clip: bool = False  # the line before labels a clip ("Video abspielen"), its length ("02:41") may follow
    headlines_seen: set[str] = field(default_factory=set)
    paragraph: int = 0

    def skips(self, stripped: str, following: str, furniture: bool, rules: FurnitureRules) -> bool:
        """Whether the line is left out: furniture, a teaser's headline, or a line the page repeats."""
        headline = _is_headline(stripped)
        # The headlines after "Mehr zum Thema" or "Meistgelesen" link elsewhere, up to the next paragraph
        # of text or other furniture; the title after "Audio" or "Video" is the clip's, its length between.
        # A kicker over each headline ("Gartentipps") keeps the list going; other furniture ends it.
        opens_list = bool(rules.teaser_intro.fullmatch(self.previous))
        self.in_teasers = headline and (not furniture or len(stripped) <= 40) and (opens_list or self.in_teasers)
        teaser = self.in_teasers or (self.clip and headline)
        self.clip = bool(rules.media_label.fullmatch(stripped)) or (self.clip and bool(_DURATION.fullmatch(stripped)))
        # A picture's alt text repeats its caption (which adds the credit), the page shows a line twice,
        # or a headline comes back further down (a share box, a teaser of the article itself).
        repeated = (
            stripped == self.previous
            or (len(stripped) >= 20 and following.startswith(stripped))
            or (headline and stripped in self.headlines_seen)
        )
        if headline:
            self.headlines_seen.add(stripped)
        self.previous = stripped
        return furniture or teaser or repeated


def _body_pieces(line: str, rules: FurnitureRules) -> list[tuple[int, int]]:
    """The body of one line: furniture prefixes ("Update vom …: ") and credit suffixes ("(dpa)") cut off,
    split where a headline of another article runs into it. Offsets into the line."""
    lead = len(line) - len(line.lstrip())
    while True:
        cut = rules.prefix.match(line, lead)
        if not cut or cut.end() == lead:
            break
        lead = cut.end()
    tail = len(line.rstrip())
    credit = (
        (rules.suffix.match(line, lead) or rules.suffix_later.search(line, lead + 1))
        if rules.suffix_needed.may_match(line)
        else None  # most lines: no character a credit needs
    )
    if credit and credit.start() > lead:
        tail = credit.start()
    if lead >= tail:
        return []
    pieces, at = [], lead
    for cut_start, cut_end in _run_ins(line, lead, tail, rules):
        pieces.append((at, cut_start))
        at = cut_end
    pieces.append((at, tail))
    return [(a, a + len(line[a:b].rstrip())) for a, b in pieces]


def find_body_blocks(text: str, lexicon: Mapping[str, Any]) -> list[Block]:
    """The paragraphs of `text` that are article body, with furniture prefixes cut off."""
    rules = furniture_rules(lexicon)
    page = _page(text, rules, _credit_rules(typed_rules(lexicon).credits).photo_line)
    blocks: list[Block] = []
    reading = _Reading()
    for number, (start, end) in enumerate(page.spans):
        stripped = page.stripped[number]
        if reading.seen_body and rules.tail.fullmatch(stripped) and _ends_the_article(page, number, reading):
            break  # comments, recommendations and page footer from here on
        furniture = _is_furniture(page, number, reading.seen_body, rules)
        if reading.skips(stripped, page.following(number), furniture, rules):
            continue
        pieces = _body_pieces(text[start:end], rules)
        if not pieces:
            continue
        blocks += [Block(start + a, start + b, reading.paragraph, end) for a, b in pieces if a < b]
        reading.paragraph += 1
        reading.seen_body = reading.seen_body or len(stripped) > 120
        reading.body_read += sum(b - a for a, b in pieces)
    return blocks


_LEAD = 400  # characters of body: a headline and its teaser, no more
_PROSE = 200  # a line this long is a paragraph of prose, no link, button or caption
_PROSE_AFTER_A_SHARE_BAR = 2


def _ends_the_article(page: _Page, number: int, reading: _Reading) -> bool:
    """Whether a line that ends the article ("Artikel teilen", "Zur Startseite") ends it here: after more
    than its lead, or where no paragraphs of prose follow. Pages put a share bar under the teaser too, and
    the article goes on below it."""
    if reading.body_read > _LEAD:
        return True  # most pages: the footer after the article
    prose = (1 for line in page.stripped[number + 1 :] if len(line) > _PROSE)
    return sum(1 for _ in islice(prose, _PROSE_AFTER_A_SHARE_BAR)) < _PROSE_AFTER_A_SHARE_BAR


_TOKENS = re.compile(r"[^\w-]+")


@dataclass(frozen=True)
class CreditRules:
    patterns: tuple[re.Pattern[str], ...]  # each with a group "agency" or "slug" ("dpa/moko", "AP/dpa")
    photo_line: re.Pattern[str]  # a picture's credit ("© dpa", "Foto: …"): the text is not the agency's
    names: Mapping[str, str]  # agency name or alias -> the agency's name
    tokens: frozenset[str]  # the names and aliases in lower case, to skip lines that name none
    slug_parts: re.Pattern[str]  # what parts a credit of several agencies: "AFP/dpa", "dpa und Reuters"
    # A text naming one of the tokens as a whole run of [\w-] (a piece `_TOKENS` splits it into), found in
    # one pass instead of splitting the page into its thousands of pieces; None: split (a token of no such run)
    named: re.Pattern[str] | None = None


@once_per_lexicon
def _credit_rules(rules: Credits) -> CreditRules:
    names = {a.lower(): a for a in rules.agencies}
    for alias, agency in rules.aliases.items():
        # a two-letter code in capitals ("DP" of "/abc/DP/xy") only as written
        names[alias if alias.isupper() and len(alias) <= 2 else alias.lower()] = agency
    return CreditRules(
        tuple(re.compile(p) for p in rules.patterns),
        re.compile(rules.photo_line, re.IGNORECASE),
        names,
        frozenset(name.lower() for name in names),
        re.compile(rf"\s*[/,]\s*|\s+(?:{'|'.join(rules.slug_joiners)})\s+"),
        _token_pattern(frozenset(name.lower() for name in names)),
    )


def _token_pattern(tokens: frozenset[str]) -> re.Pattern[str] | None:
    if not tokens or not all(_RUN.fullmatch(token) for token in tokens):
        return None  # an empty token, or one `_TOKENS` would split: no pattern says it
    alternatives = "|".join(re.escape(token) for token in sorted(tokens, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _names_a_token(lowered: str, rules: CreditRules) -> bool:
    """Whether one of the pieces `_TOKENS` splits the text into is a token."""
    if rules.named is None:
        return not rules.tokens.isdisjoint(_TOKENS.split(lowered))
    return rules.named.search(lowered) is not None


def _token_starts(lowered: str, tokens: frozenset[str]) -> list[int]:
    r"""Where `named` finds a token (each a run of `[\w-]`, `_token_pattern`): where a token stands with no
    `[\w-]` on either side, found by `str.find` of each token and its edges tested (the pattern tried its
    look-behind at every place of the page: 60 → 44 ms for 300 pages; "ap" stands inside many words, "dpa"
    in few). A place holds one token at most: a whole run is one string. In no order."""
    found = []
    end = len(lowered)
    for token in tokens:
        at = lowered.find(token)
        while at >= 0:
            after = at + len(token)
            if (not at or not _in_run(lowered[at - 1])) and (after == end or not _in_run(lowered[after])):
                found.append(at)
            at = lowered.find(token, at + 1)
    return found


def _in_run(character: str) -> bool:
    r"""`[\w-]`: a word character (a letter or a digit, `str.isalnum`, or "_") or "-"."""
    return character.isalnum() or character in "_-"


def _lines_naming_a_token(lowered: str, rules: CreditRules) -> set[int]:
    """The numbers of the lines of a page (lower case) that name a token (`_names_a_token` of each line),
    found in one pass over the page rather than the page searched and then each line again: a line of the
    page lower-cased is the line lower-cased, and "\\n" is no part of a token nor of `[\\w-]`."""
    if rules.named is None:
        return {number for number, line in enumerate(lowered.split("\n")) if _names_a_token(line, rules)}
    starts = _token_starts(lowered, rules.tokens)
    if not starts:
        return set()
    ends = list(accumulate(len(line) + 1 for line in lowered.split("\n")))  # where each line's successor starts
    return {bisect_right(ends, start) for start in starts}


_RUN = re.compile(r"[\w-]+")


def wire_credits(text: str, lexicon: Mapping[str, Any]) -> tuple[str, ...]:
    """Wire agencies credited anywhere on the page, in the order they appear: "(AFP)", "(dpa-AFX)",
    "dpa/moko", "Von red/dpa", "APA/AFP", "Quelle: Reuters", "© dpa-infocom", an agency's name closing
    the text. Read before furniture is removed; a picture's credit ("© dpa", "Foto: AP") is not the text's."""
    rules = _credit_rules(typed_rules(lexicon).credits)
    naming = _lines_naming_a_token(_lowered_page(text), rules)
    if not naming:
        return ()  # no agency named anywhere: the words of the whole page are those of its lines
    furniture = furniture_rules(lexicon)
    found: list[tuple[int, int, str]] = []
    position = 0
    for number, line in enumerate(text.split("\n")):
        at, position = position, position + len(line) + 1
        if number not in naming:
            continue  # no agency named: most lines
        if rules.photo_line.search(line) or _is_caption(line.strip(), furniture):
            continue
        for pattern in rules.patterns:
            for match in pattern.finditer(line):
                named = match.groupdict()
                parts = [named["agency"]] if named.get("agency") else rules.slug_parts.split(named["slug"])
                for order, part in enumerate(parts):
                    agency = rules.names.get(part.strip()) or rules.names.get(part.strip().lower())
                    if agency:
                        found.append((at + match.start(), order, agency))
    return tuple(dict.fromkeys(agency for _, _, agency in sorted(found)))
