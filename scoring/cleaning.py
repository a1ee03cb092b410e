"""Strip page furniture from scraped articles, keeping the body text and its offsets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scoring.knowledge import once_per_lexicon


@dataclass(frozen=True)
class Block:
    """A paragraph (one line of the page) that belongs to the article body."""

    start: int
    end: int
    index: int
    line_end: int  # where the page line ends, credit lines ("(dpa)") included


@dataclass(frozen=True)
class FurnitureRules:
    line: re.Pattern[str]  # a whole line that is furniture
    tail: re.Pattern[str]  # a line after which only furniture follows
    prefix: re.Pattern[str]  # furniture at the start of a body line ("Update vom …: ")
    suffix: re.Pattern[str]  # furniture at the end of a body line ("(dpa)", "(AFP/Jane Doe)")
    dated_line: re.Pattern[str]  # teaser lines ending in a date, and bare dates
    teaser_intro: re.Pattern[str]  # "Mehr zum Thema": the headline-like line after it links elsewhere
    teaser_list: re.Pattern[str]  # "Ukraine-Krieg: Selenskyj fordert …" twice in a row: links to other articles


@once_per_lexicon
def _compile(rules: Mapping[str, Any]) -> FurnitureRules:
    def any_of(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in rules[key]), re.IGNORECASE)

    return FurnitureRules(
        any_of("line"),
        any_of("tail"),
        any_of("prefix"),
        any_of("suffix"),
        any_of("dated_line"),
        any_of("teaser_intro"),
        re.compile(rules["teaser_list"]),
    )


def furniture_rules(lexicon: Mapping[str, Any]) -> FurnitureRules:
    return _compile(lexicon["furniture"])


def _looks_like_code(line: str) -> bool:
    """JavaScript or JSON residue: few letters, many braces and operators."""
    letters = sum(c.isalpha() for c in line)
    code = sum(c in "{}[]();=<>$\\|&" for c in line)
    return code >= 3 and code * 4 > letters


def find_body_blocks(text: str, lexicon: Mapping[str, Any]) -> list[Block]:
    """The paragraphs of `text` that are article body, with furniture prefixes cut off."""
    rules = furniture_rules(lexicon)
    lines: list[tuple[int, int]] = []
    position = 0
    for raw in text.split("\n"):
        lines.append((position, position + len(raw)))
        position += len(raw) + 1

    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    listed = [bool(rules.teaser_list.fullmatch(text[s:e].strip())) for s, e in filled]
    # A kicker-and-headline line next to another one is a list of links to other articles.
    teasers = {
        filled[i]
        for i, hit in enumerate(listed)
        if hit and ((i > 0 and listed[i - 1]) or (i + 1 < len(listed) and listed[i + 1]))
    }
    blocks: list[Block] = []
    seen_body = False
    previous = ""
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        if seen_body and rules.tail.fullmatch(stripped):
            break  # comments, recommendations and page footer from here on
        following = next((text[s:e].strip() for s, e in lines[number + 1 :] if text[s:e].strip()), "")
        teaser = bool(rules.teaser_intro.fullmatch(previous)) and not stripped.endswith((".", '"', "“", "«"))
        previous = stripped
        if (
            teaser
            or (start, end) in teasers
            or rules.line.fullmatch(stripped)
            or rules.dated_line.search(stripped)
            or _looks_like_code(stripped)
            or (seen_body and following and rules.dated_line.fullmatch(following) and len(stripped) < 90)
        ):
            continue
        lead = len(line) - len(line.lstrip())
        while True:
            cut = rules.prefix.match(line, lead)
            if not cut or cut.end() == lead:
                break
            lead = cut.end()
        tail = len(line.rstrip())
        credit = rules.suffix.search(line, lead)
        if credit and credit.start() > lead:
            tail = credit.start()
        if lead < tail:
            blocks.append(Block(start + lead, start + tail, len(blocks), end))
            seen_body = seen_body or len(stripped) > 120
    return blocks
