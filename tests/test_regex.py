"""A guarded pattern finds exactly what the pattern finds, only faster."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.regex import (
    Presence,
    can_guard,
    fold_case,
    guarded,
    held_words,
    leading_words,
    literal_runs,
    required_characters,
)

TEXTS = [
    "Der Sprecher der Stadtwerke von Birkenau sagte am Montag, die Leitung sei repariert.",
    "Wie die Zeitung „Morgenpost Lindtal“ berichtete, hieß es weiter, man prüfe die Angaben.",
    "SAGTE er? Erklärte sie! sagten, Sagte, ſagte, KELVIN \u212a, İstanbul, STRAẞE, Straße.",
    "Nach Angaben des Ministeriums wurden 1.200 Menschen evakuiert; zweihundert kehrten zurück.",
    "",
    "-- ,; so Müller weiter. Demnach gebe es keine Beweise.",
    "Die Brücke bei Eschenweiler bleibt gesperrt \u00a0 (DPA)  ",
    "Kommentare\tzur Startseite   Stand: 12",
    "Am 3. März meldeten 1.250 Helfer \u0661\u0662 Einsätze, zweitausend warten.",
]

PATTERNS = [
    (r"\b(?:sagte|sagten|erklärte|(?:geht|ging)(?=\s+(?:[\w-]+\s+){0,4}?davon\s+aus\b))\b", 0),
    (r"\b(?:sagte|sagten|erklärte)\b", re.IGNORECASE),
    (r"\bdemnach\b|,\s*so\s+(?:[\w-]+\s+){1,3}?weiter\b|\bhie(?:ß|ss)\s+es\b", re.IGNORECASE),
    (r"(?<![\w.,'])(?P<num>\d+(?:[.,]\d+)?)|(?<!\w)(?P<word>zwei|drei|hundert)+", re.IGNORECASE),
    (r"(?<=,\s)(?-i:so)(?=\s+(?-i:[A-ZÄÖÜ]))|\bnach\s+Angaben\b", re.IGNORECASE),
    (r"[a-zäöüß]{2,}e\b|\bsei\b", 0),
    (r"(?i:stra)ße", 0),
    (r"(?i)strasse|ſ", 0),
    (r"\b(?:\w+)\s+sagte", 0),
    (r"(?:(?<!\s)\s*\((?:dpa|afp)\)\s*$)|(?:(?<!\s)\s+stand:\s*\d+$)", re.IGNORECASE),
    (r"(?:x\s*)?(?:zur startseite|kommentare)", re.IGNORECASE),
    (r"(?:^|[,;]\s*|\b)[Ww]ie\s+(?P<who>[^,.;]{2,80}?)\s+(?:berichtete|sagte)\b", 0),
    (r"(?<![\w.,'])(?P<num>\d{1,3}(?:[.' ]\d{3})+|\d+)|(?<!\w)(?P<word>zwei|drei)", re.IGNORECASE),
    (r"(?<![.!?])[.!?]++(?:[\"')\]]++)?(?=\s)|[?]?:(?=\s+[A-ZÄÖÜ])", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groupdict() for m in fast.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
        assert bool(fast.search(text, 3)) == bool(plain.search(text, 3))


def test_a_guard_leads_an_alternation_of_words_only() -> None:
    assert guarded(r"\b(?:sagte|erklärte)\b").pattern == r"(?=[es])(?:\b(?:sagte|erklärte)\b)"
    assert guarded(r"\b(?:\w+)\s+sagte").pattern == r"\b(?:\w+)\s+sagte"  # any word: no guard
    assert guarded(r"(?:nicht\s+)?bestätigt").pattern == r"(?=[bn])(?:(?:nicht\s+)?bestätigt)"
    assert guarded(r"(?:nicht\s+)?\w+").pattern == r"(?:nicht\s+)?\w+"  # may start with any letter
    assert guarded(r"(?:^|[,;]\s*|\b)[Ww]ie").pattern == r"(?=[,;Ww])(?:(?:^|[,;]\s*|\b)[Ww]ie)"
    assert guarded(r"(?:a|)").pattern == r"(?:a|)"  # may match nothing: no guard
    assert guarded(r"\d+ Tote").pattern == r"(?=[\d])(?:\d+ Tote)"  # "\d" as the engine reads it
    assert guarded(r"(?i:ab)c").pattern == r"(?=(?i:[a]))(?:(?i:ab)c)"  # "(?i:…)" inside: a guard ignoring case
    assert guarded(r"(?:x|(?i:in))y").pattern == r"(?=[x]|(?i:[i]))(?:(?:x|(?i:in))y)"
    assert guarded(r"(?i)abc").pattern == r"(?i)abc"
    # where the engine rules places out as quickly itself: a literal prefix or a set of first characters it
    # scans for, or one test of a character a place (the guard's own test)
    assert guarded("sich").pattern == "sich"
    assert guarded("einig|sicher").pattern == "einig|sicher"
    assert guarded(r"[.!?]\s+[A-ZÄÖÜ]").pattern == r"[.!?]\s+[A-ZÄÖÜ]"
    assert guarded("es", re.IGNORECASE).pattern == "es"
    assert guarded("Angaben|Zahlen", re.IGNORECASE).pattern == "(?=[AZ])(?:Angaben|Zahlen)"  # alternatives: guarded
    # an optional start: what it starts with, or what follows it
    space_led = guarded(r"\s*\(dpa\)").pattern
    assert space_led.startswith("(?=[") and "\\(" in space_led and "\\s" in space_led


def test_the_guarded_lexicon_patterns_find_what_they_found_on_the_lexicon_examples() -> None:
    """The lexicon's own patterns, guarded as the analysis guards them, on every example of the lexicon."""
    import seeds
    from scoring.attribution import _rules
    from scoring.hedging import _compiled

    examples = _lexicon_examples()
    assert len(examples) > 100
    typed = seeds.knowledge().rules
    rules, hedging = _rules(typed.attribution), _compiled(typed.hedging)
    guarded_rules = [rules.speech, rules.continuation, rules.accusations, hedging.negation, hedging.epistemic]
    assert all(p.pattern.startswith("(?=[") for p in guarded_rules)
    for fast in guarded_rules:
        inner = re.fullmatch(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\)", fast.pattern, re.DOTALL)
        assert inner
        plain = re.compile(inner.group(1), fast.flags)
        for text in examples:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def _lexicon_examples() -> list[str]:
    """Every example sentence of the seeds' lexicon files."""
    import seeds

    return [
        value
        for path in sorted(Path(seeds.__file__).parent.glob("lexicon/*.json"))
        for value in _strings(json.loads(path.read_text(encoding="utf-8")), "example")
    ]


def _strings(data: object, key: str) -> list[str]:
    if isinstance(data, dict):
        return [v for k, v in data.items() if k == key and isinstance(v, str)] + [
            s for k, v in data.items() if k != key for s in _strings(v, key)
        ]
    if isinstance(data, list):
        return [s for item in data for s in _strings(item, key)]
    return []


def test_the_words_hedge_cues_need_are_found_in_one_pass_as_substring_tests_find_them() -> None:
    from scoring.hedging import _Needed

    words = ["bestätig", "bestätigt", "stät", "nicht", "sich", "ich", "heißt", "hieß", "schein", "schien"]
    needed = _Needed.of(words)
    for text in [*TEXTS, "unbestätigt, nicht bestätigt", "es heißt, sie ließen sich nicht", "anscheinend schien ich"]:
        lowered = text.lower()
        assert needed.held(lowered) == {w for w in words if w in lowered}
    assert _Needed.of([]).held("alles") == set()
    assert _Needed.of(["", "ab"]).held("xyz") == {""}  # the empty word is in every text, as `in` says


REQUIRED = [
    (r".{0,40}©.{0,20}", frozenset("©")),
    (r".{0,40}\((?:archiv|symbol)bild\)", frozenset("()")),
    (r".{0,30}(?:bild|foto):\s*[^.]{2,8}/.*", frozenset(":/")),
    (r".{0,40}(?:x\.com/|https?://t\.co/)\S*", frozenset("./")),  # what every alternative holds
    (r"(?:a:)?b", frozenset()),  # optional: nothing required
    (r"(?:a:)+b|c", frozenset()),  # one alternative needs nothing
    (r"(?:a:)+b|c:", frozenset(":")),
    (r"stand: \d+", frozenset(": ")),  # letters are left out: under IGNORECASE they have several cases
    (r"[(\[]x", frozenset()),  # a set of characters: none of them in particular
]


@pytest.mark.parametrize(("pattern", "required"), REQUIRED)
def test_the_characters_a_pattern_requires_are_in_every_text_it_matches(pattern: str, required: frozenset[str]) -> None:
    assert required_characters(pattern, re.IGNORECASE) == required
    texts = [*TEXTS, "Foto: AP/Muster", "Quelle x.com/abc", "https://t.co/xy", "(Archivbild)", "© 2020", "a:a:b", "c:"]
    for text in texts:
        if re.compile(pattern, re.IGNORECASE).search(text):
            assert all(c in text for c in required), (pattern, text)
    assert required_characters("(unbalanced") == frozenset()


def test_a_pattern_anchored_at_the_start_is_not_guarded() -> None:
    """The engine tries "^…" at the start only; a look-ahead in front would have it tried everywhere."""
    assert guarded(r"^(?:foto|bild):").pattern == r"^(?:foto|bild):"
    assert guarded(r"\A(?:foto|bild):").pattern == r"\A(?:foto|bild):"
    assert guarded(r"^(?:foto|bild):", re.MULTILINE).pattern.startswith("(?=[bf])")  # every line's start
    assert can_guard(r"^(?:foto|bild):")
    text = "Text davor\nfoto: Anna Beispiel"
    for flags in (0, re.MULTILINE):
        plain, fast = re.compile(r"^(?:foto|bild):", flags), guarded(r"^(?:foto|bild):", flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_can_be_guarded_where_its_first_characters_are_known() -> None:
    assert can_guard(r"\b(?:sagte|erklärte)\b")
    assert not can_guard(r".{0,400}©")
    assert not can_guard(r"\S+")


def test_a_literal_run_every_match_holds_is_found() -> None:
    assert literal_runs(r"\b(?:laut)\b", re.IGNORECASE) == frozenset({"laut"})
    assert literal_runs(r"[\w-]+\s+(?:Angaben|Zahlen)\s+nach\b") == frozenset({"Angaben", "Zahlen"})  # the longer
    assert literal_runs(r"hei(?:ß|ss)t") == frozenset({"hei"})
    assert literal_runs(r"(?:ab)?\w+") is None  # nothing required
    assert literal_runs(r"(?i:ab)cd") == frozenset({"cd"})  # "(?i:ab)" would be compared in one case only
    assert literal_runs(r"x|yz") is None  # one character says too little


@pytest.mark.parametrize(
    "alternatives",
    [
        [
            r"laut",
            r"nach\s+(?:[\w-]+\s+){0,2}?\w*?(?:Angaben|Zahlen)",
            r"(?<![\w-])[\w-]+\s+(?:Angaben|Worten)\s+nach\b",
        ],
        [r"(?<=,\s)(?-i:so)(?=\s+(?-i:[A-ZÄÖÜ]))", r"\w+ sagte", r"hei(?:ß|ss)t\s+es"],
        [r"\S+:", r".{0,20}©"],
    ],
)
def test_presence_is_false_only_where_the_whole_alternation_finds_nothing(alternatives: list[str]) -> None:
    from scoring.knowledge import folded_words_of, may_be_present, words_of

    texts = [*TEXTS, "Den Angaben nach", "ANGABEN NACH", "heisst es", "Hier, so Meier, bleibt es", "© x", "a:", "laut"]
    texts += ["Den 3Angaben_ nach", "den ANGABENX nach", "ZAHLEN-nach", "Den Angaben\u0307 nach", "Worten nach"]
    for flags in (0, re.IGNORECASE):
        whole = re.compile(r"\b(?:{})\b".format("|".join(alternatives)), flags)
        presence = Presence.of(alternatives, flags, r"\b(?:{})\b")
        for text in texts:
            words = folded_words_of(text) if flags else words_of(text)
            assert presence.may_match(text, words) or not whole.search(text), (alternatives, flags, text)
            # told by the words' flags as by reading the text
            assert may_be_present(presence, text) == presence.may_match(text, words), (alternatives, flags, text)
    told = Presence.of(["laut", r"nach\s+(?:Angaben|Zahlen)"], re.IGNORECASE, r"\b(?:{})\b")
    # "nach" alone says too little: searched only where "Angaben" or "Zahlen" stands too
    assert told.words == {"laut"} and not told.others
    assert [sorted(opening) for opening, _, _ in told.gated] == [["nach"]]
    assert not told.may_match("Die Brücke bleibt gesperrt.", folded_words_of("Die Brücke bleibt gesperrt."))
    assert not told.may_match("Nach dem Sturm", folded_words_of("Nach dem Sturm"))
    assert not may_be_present(told, "Nach dem Sturm nannte sie keine Zahlen.")  # both words, no match
    assert may_be_present(told, "Nach Angaben der Feuerwehr")
    # under IGNORECASE what an alternative needs besides is found in either case ("HEISST" for "hei(?:ß|ss)t")
    heard = Presence.of([r"aus\s+(?:[\w-]+\s+){0,3}?hei(?:ß|ss)t\s+es"], re.IGNORECASE, r"\b(?:{})\b")
    assert not heard.words and heard.gated
    for text in ["AUS KIEW HEISST ES", "Aus Kreisen heißt es", "aus dem Haus", "Aus Velmar, hieß es"]:
        expected = bool(re.search(r"\baus\s+(?:[\w-]+\s+){0,3}?hei(?:ß|ss)t\s+es\b", text, re.IGNORECASE))
        assert may_be_present(heard, text) == expected == heard.may_match(text, folded_words_of(text)), text
    spoken = Presence.of(["sagte", "gab an", r"(?:ist|war)(?=\s+sich\s+einig\b)"], 0, r"\b(?:{})\b")
    assert spoken.words == {"sagte"} and len(spoken.gated) == 2
    whole = re.compile(r"\b(?:sagte|gab an|(?:ist|war)(?=\s+sich\s+einig\b))\b")
    for text in ["Er gab an, es sei still.", "Sie war sich einig.", "Er gab nach.", "Es ist kalt.", "Er sagte es."]:
        assert may_be_present(spoken, text) == bool(whole.search(text)), text


def test_presence_of_the_lexicon_source_phrases_on_the_lexicon_examples() -> None:
    import seeds
    from scoring.attribution import _rules
    from scoring.knowledge import folded_words_of

    examples = _lexicon_examples()
    rules = _rules(seeds.knowledge().rules.attribution)
    presence = rules.prepositional_present
    assert presence.words and presence.others  # one alternative starts with any word: searched by what it needs
    said = [text for text in examples if rules.prepositional.search(text)]
    assert said and all(presence.may_match(text, folded_words_of(text)) for text in said)
    assert not all(presence.may_match(text, folded_words_of(text)) for text in examples)


def test_the_words_a_pattern_opens_with() -> None:
    assert leading_words(r"\b(?:sagte|gab an|(?:geht|ging)(?=\s+\w+\s+davon))\b") == {"sagte", "gab", "geht", "ging"}
    assert leading_words(r"\b(?:(?P<a0>macht|machte)|(?P<a1>warf))\b") == {"macht", "machte", "warf"}
    assert leading_words(r"\b(?:drohte(?!\s+zu\s)|sagte)\b") == {"drohte", "sagte"}  # a negative look-ahead
    assert leading_words(r"\b(?:drohte(?!\s)n|sagte)\b") is None  # takes nothing: "drohten" goes on
    assert leading_words(r"sagte\b") is None  # "besagte": not at a word's start
    assert leading_words(r"\bsag\w*") is None  # the word goes on
    assert leading_words(r"\b(?:gab an|sagte)") is None  # "sagten": "sagte" is not the whole word
    assert leading_words(r"\bSagte\b", re.IGNORECASE) == {"sagte"}  # ignoring case: folded
    assert leading_words(r"\b(?i:sagte)\b") is None


def test_the_words_a_pattern_holds_after_where_it_opens() -> None:
    assert held_words(r"^[^,;:]*?\b(?:will|wollen)\s+\w+en\b") == {"will", "wollen"}
    assert held_words(r"\b(?:sagte|gab an)\b") == leading_words(r"\b(?:sagte|gab an)\b")  # as at the start
    assert held_words(r"^\W*(?:Sollte|Falls)\b") is None  # no word boundary before the words
    assert held_words(r"^[^,]*?\bwill|x") is None  # a choice at the top level: neither part needed
    assert held_words(r"^.*?(?:\bwill\s)?\w+") is None  # an optional part: not needed
    assert held_words(r"^.*?\bsag\w*\s+\bWollte\b", re.IGNORECASE) == {"wollte"}  # the first that tells, folded


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                ["Die", "Fähre", "will", "wollte", "Will", "willkommen", "hätte", "müssten", "ab_will", "x"]
            ),
            st.sampled_from([" ", ", ", "_", "-", "", "; "]),
        ),
        max_size=8,
    )
)
def test_a_text_none_of_whose_words_is_a_held_word_holds_no_match(pieces: list[tuple[str, str]]) -> None:
    from scoring.knowledge import words_of

    text = "".join(word + glue for word, glue in pieces)
    for pattern, flags in [
        (r"^[^,;:]*?\b(?:will|wollen|wollte)\s+[^,]*?\b[a-zäöüß]+en\s*(?:[,;:.!?]|$)", 0),
        (r"^[^,;:]*?\b(?:(?:hätte|wäre)\b[^,]*?\b(?:können|müssen)|müsste|müssten)\b", 0),
        (r"^.*?\bWILL\b", re.IGNORECASE),
    ]:
        words = held_words(pattern, flags)
        assert words
        if re.match(pattern, text, flags):
            held = {fold_case(w) for w in words_of(text)} if flags else set(words_of(text))
            assert not words.isdisjoint(held), (pattern, text)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:sagte|sagten|gab an|(?:geht|ging)(?=\s+(?:[\w-]+\s+){0,4}?davon\s+aus\b))\b",
        r"\b(?:(?P<a0>macht|machte)|(?P<a1>erklärte|Sagte))\b",
        r"\b(?:ab_c|zwei)\b",
    ],
)
def test_a_text_without_the_opening_words_holds_no_match(pattern: str) -> None:
    from scoring.knowledge import words_of

    words = leading_words(pattern)
    assert words
    texts = [*TEXTS, "Er ging davon aus.", "geht", "ab_c", "gab an", "besagte", "Sagte sie", "x_sagte_x", "zwei2"]
    for text in texts:
        if re.search(pattern, text):
            assert not words.isdisjoint(words_of(text)), (pattern, text)


def test_the_speech_and_accusation_verbs_are_told_by_their_words() -> None:
    import seeds
    from scoring.attribution import _rules
    from scoring.knowledge import words_of

    examples = _lexicon_examples()
    rules = _rules(seeds.knowledge().rules.attribution)
    assert rules.speech_words and rules.accusation_words
    for pattern, words in ((rules.speech, rules.speech_words), (rules.accusations, rules.accusation_words)):
        for text in examples:
            if pattern.search(text):
                assert not words.isdisjoint(words_of(text)), text


def test_every_character_a_pattern_ignoring_case_matches_to_a_plain_letter_folds_to_it() -> None:
    from scoring.regex import _FOLDS_PLAINLY

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    letters = re.compile("[" + "".join(sorted(_FOLDS_PLAINLY)) + "]", re.IGNORECASE)
    for match in letters.finditer(every):
        folded = fold_case(match.group())
        assert re.fullmatch(re.escape(folded), match.group(), re.IGNORECASE), hex(ord(match.group()))
    assert fold_case("İSTANBUL ſoll KÖNNTE STRAẞE") == "istanbul soll könnte straße"


def test_words_ignoring_case_are_folded_and_found_in_the_folded_words_of_a_text() -> None:
    from scoring.knowledge import holds_a_word

    words = leading_words(r"\b(?:soll|sollen|Könnte)\b", re.IGNORECASE)
    assert words == {"soll", "sollen", "könnte"}
    assert leading_words(r"\b(?:Łódź)\b", re.IGNORECASE) is None  # letters the folding is not checked for
    pattern = re.compile(r"\b(?:soll|sollen|Könnte)\b", re.IGNORECASE)
    for text in [*TEXTS, "Er ſoll kommen.", "SOLLEN", "KÖNNTE es", "Sie sollten", "wollte"]:
        assert holds_a_word(words, text, folded=True) == bool(pattern.search(text)), text


def test_a_pattern_every_match_of_which_holds_a_digit() -> None:
    from scoring.regex import requires_a_digit

    assert requires_a_digit(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$")
    assert requires_a_digit(r"\s-\s+\d{1,2}\.\s*(?:januar|mai)|(?:am\s+)?\d+ Uhr", re.IGNORECASE)
    assert not requires_a_digit(r"a\d?")  # optional
    assert not requires_a_digit(r"\d|x")  # one alternative holds none
    assert not requires_a_digit(r"(unbalanced")
    for text in [*TEXTS, "12.3.2024", "Stand - 3. Mai", "x"]:
        if re.search(r"\s-\s+\d{1,2}\.\s*(?:januar|mai)|(?:am\s+)?\d+ Uhr", text, re.IGNORECASE):
            assert re.search(r"\d", text)


END_ANCHORED = [
    (r"\b(?:der|die|und|für|ob)\s*$", 0),
    (r"\b(?:der|und)\s+$", re.IGNORECASE),
    (r"(?<=\w )(?:weiter|mit)\.?\Z", 0),
    (r"(?:Ende|Schluss)$", 0),
    (r"\bx{1,3}[^\W\d]{0,4}$", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), END_ANCHORED)
def test_a_pattern_ending_at_the_texts_end_is_searched_from_its_last_places_with_the_same_match(pattern, flags):
    from scoring.regex import searcher

    search = searcher(pattern, flags)
    assert search is not guarded(pattern, flags).search  # searched from the end
    compiled = re.compile(pattern, flags)
    endings = ["", " ", "\n", "  \n", "\u00a0", "\u2003\t", ".", "\n\n"]
    tails = ["der", "Und", "für", "ob", "weiter", "mit.", "Ende", "Schluss", "xx", "xxxabcd", "Birkenau die"]
    for text in [*TEXTS, *(f"{t} {tail}{end}" for t in TEXTS[:3] for tail in tails for end in endings)]:
        found, expected = search(text), compiled.search(text)
        assert (found and found.span()) == (expected and expected.span()), (pattern, text)


@given(st.text(alphabet="ab dü\n\t\u00a0.,x", max_size=30))
@settings(max_examples=300, deadline=None)
def test_a_search_from_the_end_finds_what_the_whole_search_finds(text):
    from scoring.regex import searcher

    for pattern, flags in END_ANCHORED:
        found, expected = searcher(pattern, flags)(text), re.search(pattern, text, flags)
        assert (found and found.span()) == (expected and expected.span()), (pattern, text)


def test_a_pattern_not_ending_at_the_texts_end_is_searched_whole() -> None:
    from scoring.regex import searcher

    for pattern, flags in [(r"\b\w+\b", 0), (r"(?:der)?$", re.MULTILINE), (r"\w*$", 0), (r"a|b$", 0)]:
        assert searcher(pattern, flags) == guarded(pattern, flags).search, pattern


@given(st.text(alphabet="meinr ungach,.MEINUNG", max_size=40))
@settings(max_examples=300, deadline=None)
def test_a_pattern_holding_a_string_is_searched_where_the_text_holds_it(text):
    from scoring.regex import searcher

    for pattern, flags in [(r"\bmeiner meinung nach\b", 0), (r"(?:a|e)in\b", 0), (r"\bein\b", re.IGNORECASE)]:
        found, expected = searcher(pattern, flags)(text), re.search(pattern, text, flags)
        assert (found and found.span()) == (expected and expected.span()), (pattern, text)
    assert searcher(r"\bmeiner meinung nach\b")("nach meiner meinung") is None
    assert searcher(r"\bmeiner meinung nach\b")("es war meiner meinung nach gut").span() == (7, 26)


NEEDING = [
    (r"(?:,\s++|(?<![\s,])\s++)(?=und\s+(?P<verb>[a-zäöüß]+)\b)", 0),
    (r",\s++(?=(?:und|zudem|auch)\s+(?:hat|ist|wurde)\b)", 0),
    (r"\s[–—-]\s(?!(?:und|oder)\b)(?=\S)", 0),
    (r"(?<=ab)c(?:d|ef)+[xy]", 0),
    (r"a(?i:bc)d|(?:Ende)?!", 0),
    (r"(?i)und", 0),
    (r"[^,]und", 0),
    (r"\s+(?-i:Mehr zum)\s*[-:]\s.{0,5}$|\s*\((?:dpa|afp)\)\s*$", re.IGNORECASE),
    (r"\bstand:\s*\d|(?i:x)/", 0),
    (r"\s+(?=und)", 0),  # a run before a string: found by the string's places (`_RunBefore`)
    (r"(?:,|(?<=x)\s)\s*+(?=und\s)", 0),
    (r"(?<!,)[ !]{2,}(?=d)", 0),
]


def test_a_run_before_a_string_is_told_by_its_characters() -> None:
    from scoring.regex import _run_before

    found = _run_before(NEEDING[0][0], 0)
    assert found is not None and (found.literal, found.characters, found.spaces) == ("und", frozenset(","), True)
    assert _run_before(r"(?<!,)[ !]{2,}(?=d)", 0) == _run_before(r"[ !]+(?=d)", 0)
    for other in (NEEDING[1][0], r"\s*(?=und)", r"\w+(?=und)", r"\s+(?=\s)", r"\s+(?=und)x", r"(?i:\s)+(?=und)"):
        assert _run_before(other, 0) is None, other
    assert _run_before(r"\s+(?=und)", re.IGNORECASE) is None


def test_a_pattern_found_by_its_prefix_is_tested_for_single_strings_only() -> None:
    from scoring.regex import Needing

    assert Needing(NEEDING[1][0])._tests == (",",)  # the engine scans for the comma: no search for "und|zudem"
    assert len(Needing(r"\b(?:x|y)\s+(?:und|zudem)\s+!", 0)._tests) == 3  # no prefix: every test


def test_the_strings_a_pattern_needs() -> None:
    from scoring.regex import needed_strings

    assert needed_strings(NEEDING[1][0]) == (
        frozenset({","}),
        frozenset({"und", "zudem", "auch"}),
        frozenset({"hat", "ist", "wurde"}),
    )
    assert needed_strings(NEEDING[2][0]) == (frozenset({"–", "—", "-"}),)
    assert needed_strings(NEEDING[3][0]) == (
        frozenset({"ab"}),
        frozenset({"c"}),
        frozenset({"d", "ef"}),
        frozenset("xy"),
    )
    assert needed_strings(NEEDING[4][0]) == (frozenset({"a", "!"}),)  # no letter that ignores case, none of "?"
    assert needed_strings(r"und", re.IGNORECASE) == needed_strings(NEEDING[5][0]) == ()
    assert needed_strings(NEEDING[6][0]) == (frozenset({"und"}),)  # not a negated set's
    # ignoring case: characters without case, and parts that do not ignore it
    assert needed_strings(NEEDING[7][0], re.IGNORECASE) == (frozenset({"Mehr zum", "("}),)
    assert needed_strings(r"\s+stand:\s*\d{1,2}\.\d", re.IGNORECASE) == (frozenset({":"}), frozenset({"."}))
    assert needed_strings(r"(?i:x)/[:.]") == (frozenset({"/"}), frozenset({":", "."}))
    assert needed_strings(r"[aä:]", re.IGNORECASE) == ()  # a set holding a letter


@given(st.text(alphabet="abcdefx yü,!–-\nund:()/MEhrzumSTANDPA1", max_size=40))
@settings(max_examples=300, deadline=None)
def test_a_pattern_needing_strings_finds_what_the_pattern_finds(text):
    from scoring.regex import Needing

    for pattern, flags in NEEDING:
        needing, compiled = Needing(pattern, flags), re.compile(pattern, flags)
        assert [m.span() for m in needing.finditer(text)] == [m.span() for m in compiled.finditer(text)], pattern
        found, expected = needing.search(text), compiled.search(text)
        assert (found and found.span()) == (expected and expected.span()), pattern


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?i:in Richtung|in|bei)\s+[A-ZÄÖÜ]\w+",
        r"(?i:k)elvin|(?i:s)ie|(?i:ss)",
        r"(?:x|(?i:stra))ße",
        r"(?i:[a-z])\d",
    ],
)
def test_a_guard_ignoring_case_lets_through_every_character_the_pattern_ignoring_case_matches(pattern: str) -> None:
    plain, fast = re.compile(pattern), guarded(pattern)
    assert fast.pattern.startswith("(?=")
    texts = [*TEXTS, "İn Kiew, ın Lindtal, BEI Birkenau, \u212aelvin, ſie sagte, STRAẞE, ẞ, x1 \u212a2 İ3 ı4 ſ5"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


_STRINGS = ["Angaben", "nicht ", "einig", "Zahlen", "ss", "ß", "is", "(dpa)", "İx", "Kreis", "ü-a", "", "Ihr", "Ihre"]


@given(
    st.lists(st.sampled_from(_STRINGS), min_size=1, max_size=3),
    st.text(alphabet="angbenANGBENzahlZAHLnictNICT isIS()dpaDPAſıİ\u212akreisKREISßẞüÜ-xhrHR", max_size=30),
    st.booleans(),
)
@settings(max_examples=500, deadline=None)
def test_held_strings_are_found_where_a_search_of_them_finds_one(strings: list[str], text: str, ignore: bool) -> None:
    """`HeldStrings` tells by substring tests (in the text folded, ignoring case) what the search of the
    strings as one pattern finds: "ſ" for "s", "ı" and "İ" for "i", "K" (Kelvin) for "k", "ẞ" for "ß"."""
    from scoring.regex import HeldStrings

    flags = re.IGNORECASE if ignore else 0
    pattern = re.compile("|".join(re.escape(s) for s in sorted(strings)), flags)
    assert HeldStrings(strings, flags).search(text) == bool(pattern.search(text)), (strings, text)


def test_the_strings_a_pattern_needs_folded() -> None:
    from scoring.regex import folded_needs

    assert folded_needs(r".{0,80}\b(?:von|aus) der redaktion\b", re.IGNORECASE) == (
        frozenset({"von", "aus"}),
        frozenset({" der redaktion"}),
    )
    assert folded_needs(r"(?-i:Mehr zum)\(", re.IGNORECASE) == (frozenset({"mehr zum"}), frozenset("("))  # folded
    assert folded_needs(r"Straße[ſs]", re.IGNORECASE) == (frozenset({"straße"}), frozenset({"s"}))
    assert folded_needs(r"x[aé]", re.IGNORECASE) == (frozenset({"x"}),)  # "é" does not fold plainly
    assert folded_needs("(unbalanced") == ()


_FOLDED_PATTERNS = [
    r".{0,40}\bvon der (?:redaktion|zentrale)\b.{0,20}",
    r"(?:fotos?|bild):\s*\w+/\w+",
    r"\((?:dpa|ap)\)",
    r"(?-i:Mehr) zum [ks]",
    r"kreis\s*straße",
]


_FOLDED_PIECES = ["von der", "Redaktion", "REDAKTION", "zentrale", "Bild:", "FOTO:", "x/y", "(dpa)", "(AP)", "Mehr"]
_FOLDED_PIECES += ["MEHR", "zum", "ſ", "k", "\u212areis", "straẞe", "KREIS", "STRASSE", "ı", "İ", "bıld:", "ſtraße"]


@given(st.lists(st.sampled_from(_FOLDED_PIECES), max_size=6).map(" ".join))
@settings(max_examples=400, deadline=None)
def test_a_text_a_pattern_ignoring_case_matches_holds_what_it_needs_folded(text: str) -> None:
    """Every text a pattern matches ignoring case holds, folded, a string of each set `folded_needs` gives:
    "ſ" for "s", "ı" and "İ" for "i", "K" (Kelvin) for "k", "ẞ" for "ß"."""
    from scoring.regex import fold_case, folded_needs

    for pattern in _FOLDED_PATTERNS:
        if re.search(pattern, text, re.IGNORECASE):
            folded = fold_case(text)
            assert all(any(s in folded for s in strings) for strings in folded_needs(pattern, re.IGNORECASE))


def test_the_characters_besides_spaces_a_match_ending_at_the_end_holds() -> None:
    from scoring.regex import non_space_width

    assert non_space_width(r"\s*\((?:dpa|afp)\)\s*$") == 5
    assert non_space_width(r"(?<!\s)\s+(?:dpa|afp)/[a-z]{1,4}\s*$", re.IGNORECASE) == 8
    assert non_space_width(r"(?:\s+a b\Z)|(?:\s*[^)]{0,6}$)") == 6
    for unknown in (r"a+\s*$", r"a\s*", r"(?:a$)|b", r"a\s*$\n?", r"(?m)a$", r"\w{2000}$"):
        assert non_space_width(unknown) is None, unknown


_WHOLE = [
    r"zur startseite",
    r"(?:neueste )?kommentare?",
    r"men[uü]",
    r"stand:.{0,40}",
    r"\d{1,2}\.\d{1,2}\.",
    r"(?:x\s*)?suche",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["zur", "Startseite", "ſtand:", "KOMMENTARE", "Menü", "x", " ", "12.", "3.", "Suche", "K"]),
        max_size=5,
    ),
    st.sampled_from(["", " ", "\u212a", "İ", "ſ", "1"]),
)
def test_a_text_matches_the_patterns_its_first_character_opens_as_their_alternation_in_whole(
    words: list[str], first: str
) -> None:
    from scoring.regex import ByFirstCharacter

    whole = re.compile("|".join(f"(?:{p})" for p in _WHOLE), re.IGNORECASE)
    by_first = ByFirstCharacter(_WHOLE, re.IGNORECASE)
    for text in (" ".join(words), first + " ".join(words), first + "".join(words)):
        assert by_first.fullmatch(text) == bool(whole.fullmatch(text)), text
        assert by_first.fullmatch(text) == bool(whole.fullmatch(text)), text  # its pattern for the character kept
