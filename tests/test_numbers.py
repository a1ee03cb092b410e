import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seeds
from scoring.numbers import Quantity, _numeral_value, _numerals, find_quantities, number_rules

RULES = number_rules(seeds.lexicon())


@pytest.mark.parametrize(
    "text, value",
    [
        ("12.000 Soldaten", 12000),
        ("12'000 Soldaten", 12000),
        ("12 000 Soldaten", 12000),
        ("12\u202f000 Soldaten", 12000),
        ("zwölftausend Soldaten", 12000),
        ("1,28 Millionen Soldaten", 1_280_000),
        ("acht Millionen Geschosse", 8_000_000),
        ("48,3 Milliarden Dollar", 48_300_000_000),
        ("1500 Soldaten", 1500),
    ],
)
def test_number_forms(text, value):
    (quantity,) = find_quantities(text, RULES)
    assert quantity.low == pytest.approx(value) and quantity.high == pytest.approx(value)


def test_years_are_not_quantities():
    assert find_quantities("Im Juni 2024 wurde der Vertrag besiegelt.", RULES) == []
    assert find_quantities("Seit 2015 Fähren der Reederei im Hafen liegen, ist er voll.", RULES) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Die Fähre legt ab 13:00 Uhr wieder an.", []),
        ("Um 9:45 kamen 40 Helfer in Lindenau an.", [40]),
        ("Die Sperre gilt bis 23:30, danach fahren 12 Fähren.", [12]),
        ("Lindenau gewann das Spiel 2:1.", [2, 1]),  # a score, not a time
    ],
)
def test_hours_and_minutes_are_a_time_of_day_not_a_count(text, values):
    assert [q.low for q in find_quantities(text, RULES)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Die 93. Brigade meldete 12 Verletzte.", [12]),
        ("Zum 75. Jahrestag kamen 40 Gäste nach Lindenau.", [40]),
        ("Die Zahl der Gäste stieg auf 75.", [75]),  # the sentence's end, no ordinal
    ],
)
def test_an_ordinal_counts_nothing(text, values):
    assert [q.low for q in find_quantities(text, RULES)] == values


@pytest.mark.parametrize(
    "text",
    [
        "In Sabirsk warteten 2.000 Menschen.",
        "In Sabirsk warteten rund 2000 Menschen.",
        "Es waren mehr als 1950 Menschen.",
    ],
)
def test_a_number_in_the_years_range_written_with_a_separator_or_after_an_approximation_is_a_count(text):
    (quantity,) = find_quantities(text, RULES)
    assert quantity.low in (2000, 1950)


def test_ranges_and_rounding_are_compatible():
    (rng,) = find_quantities("bei 7.000 bis 8.000 liegen", RULES)
    (rund,) = find_quantities("rund 8.000 Soldaten", RULES)
    assert (rng.low, rng.high) == (7000, 8000)
    assert rng.compatible(rund) and rund.compatible(rng)
    assert not Quantity(3000, 3000, 0, 0).compatible(Quantity(10000, 10000, 0, 0))


def test_a_larger_number_before_a_smaller_is_two_numbers_not_a_range():
    # "zwischen 200 und 300" is a range; "12 Millionen und 4 Millionen Tonnen" two amounts
    amounts = find_quantities("Der Hafen schlug 12 Millionen und 4 Millionen Tonnen um.", RULES)
    assert [(q.low, q.high) for q in amounts] == [(12_000_000, 12_000_000), (4_000_000, 4_000_000)]
    (between,) = find_quantities("Zwischen 200 und 300 Menschen warteten.", RULES)
    assert (between.low, between.high) == (200, 300)


def test_the_article_before_a_scale_is_the_number_one():
    # "eine Million", "eine halbe Milliarde"; the article before any other noun is no number
    def values(text: str) -> list[float]:
        return [q.low for q in find_quantities(text, RULES)]

    assert values("In Lindenau gibt es mehr als eine Million Fälle.") == [1_000_000]
    assert values("Die Reederei verlor eine halbe Milliarde Euro.") == [500_000_000]
    assert values("Ein Millionär kaufte eine Fähre.") == []


def test_a_dozen_is_a_scale_after_a_number_word_and_after_the_article():
    assert [(q.low, q.high) for q in find_quantities("Im Hafen lagen zwei Dutzend Boote.", RULES)] == [(24, 24)]
    assert [(q.low, q.high) for q in find_quantities("Im Hafen lag ein Dutzend Boote.", RULES)] == [(12, 12)]
    assert find_quantities("Im Hafen lag ein Boot.", RULES) == []  # the article alone counts nothing


def test_counts_adding_up_to_the_count_before_them_are_its_parts():
    """ "neun Ziele, vier im Norden und fünf im Süden" counts nine targets: the parts are no counts of
    their own, which another report of the nine would have to match."""
    parts = find_quantities("Getroffen wurden neun Ziele, vier im Norden und fünf im Süden von Sabirsk.", RULES)
    assert [(q.low, q.high) for q in parts] == [(9, 9)]
    others = find_quantities("In Sabirsk gab es 30 Tote, 100 Verletzte und 5 Vermisste.", RULES)
    assert [q.low for q in others] == [30, 100, 5]


def test_vague_amounts_are_ranges():
    (q,) = find_quantities("Tausende Soldaten aus Nordkorea", RULES)
    assert (q.low, q.high) == (2000, 9000)
    (several,) = find_quantities("mehrere tausend Soldaten", RULES)
    assert several.compatible(Quantity(3000, 3000, 0, 0)) and not several.compatible(Quantity(12000, 12000, 0, 0))


def test_units_of_measure_are_not_amounts():
    assert [q.low for q in find_quantities("53,7 Fälle pro 100.000 Einwohner", RULES)] == [53.7]


def test_precise_counts_must_match_exactly():
    (a,) = find_quantities("1 510 652 Infektionen", RULES)
    (b,) = find_quantities("1 549 213 Infektionen", RULES)
    assert not a.compatible(b) and a.compatible(a)


def test_teens_written_as_words_are_read_in_linear_time():
    """Issue 17: "dreizehn" is "drei" + "zehn" too, and the pattern tried both readings of every repetition
    where the word did not end as a number must (20 repetitions took seconds, 30 an hour)."""
    import time

    started = time.perf_counter()
    assert find_quantities("dreizehn" * 30 + "x Soldaten", RULES) == []
    assert time.perf_counter() - started < 1.0
    assert [q.low for q in find_quantities("dreizehn Soldaten, vierzehn Boote", RULES)] == [13, 14]
    assert [q.low for q in find_quantities("dreiundzwanzig Boote, zweihundertfünfzig Mann", RULES)] == [23, 250]


def test_a_number_word_too_large_for_a_float_is_infinite_not_an_error():
    (q,) = find_quantities("hundert" * 200 + " Drohnen", RULES)
    assert q.low == float("inf")


def test_a_number_inside_a_vague_amount_is_not_read_twice():
    found = find_quantities("Tausende 12 Soldaten, dann 40 Panzer und mehrere hundert Drohnen", RULES)
    assert [(q.low, q.high) for q in found] == [(2000, 9000), (12, 12), (40, 40), (200, 900)]


# The words the quantity scans may open with, in cases and around characters that end a word or not.
_PIECES = [
    *RULES.units,
    *RULES.scales,
    *RULES.vague_ranges,
    "mehrere",
    "Einige",
    "ETLICHE",
    "und",
    "n",
    "ſieben",  # the engine ignoring case reads "ſ" as "s"
    "Tausenden",
    "eine",
    "Soldaten",
    "Ortschaft",
    "12",  # numbers in digits beside those in words: each scan alone must find what the whole one finds
    "3.000",
    "1,5",
    "2024",
]
_GLUE = [" ", "", "-", "_", ".", ", ", "\u202f", "\n", "(", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE), st.booleans()), max_size=6))
def test_words_rule_out_only_texts_without_quantities(parts):
    """The set look-up over a text's words before the scans (`_numerals`) never skips a text that either
    scan would find a number in that counts something (a lone "ein" counts nothing), and the alternatives it
    leaves to scan find the numbers the whole pattern finds."""
    text = "".join((piece.capitalize() if upper else piece) + glue for piece, glue, upper in parts)
    numeral = _numerals(text, RULES)

    def counting(pattern):
        return [
            (m.span(), {k: v for k, v in m.groupdict().items() if v})
            for m in pattern.finditer(text)
            if _numeral_value(m, RULES) is not None
        ]

    found = counting(RULES.numeral)
    if numeral is None:
        assert not found and not RULES.vague.search(text)
    else:
        assert counting(numeral) == found


def test_a_text_without_digits_or_number_words_is_not_scanned():
    assert _numerals("Der Stadtrat von Beispielhausen beschloss den Haushalt.", RULES) is None
    assert _numerals("Der Stadtrat beschloss ein Verbot.", RULES) is None  # "ein" alone counts nothing
    assert _numerals("Der Stadtrat beschloss zwei Verbote.", RULES) is RULES.numeral_in_words
    assert _numerals("Der Stadtrat beschloss ein Verbot für 300 Boote.", RULES) is RULES.numeral_in_digits
    assert _numerals("Der Stadtrat gab eine Million aus.", RULES) is RULES.numeral_in_words
    assert _numerals("Es kamen Hunderte.", RULES) is RULES.numeral_in_words
    assert _numerals("Es kamen 300.", RULES) is RULES.numeral_in_digits
    assert _numerals("Es kamen 300, drei davon am Morgen.", RULES) is RULES.numeral
    assert find_quantities("Der Stadtrat von Beispielhausen beschloss den Haushalt.", RULES) == []


def test_a_bound_reaches_to_the_next_round_number_past_it():
    """ "mehr als 300" reports 320 as "320" does, "fast 500" 495; "mindestens 19" is another toll than 26."""
    (more,) = find_quantities("Mehr als 300 Menschen starben in Sabirsk.", RULES)
    (nearly,) = find_quantities("Fast 500 Menschen wurden in Sabirsk verletzt.", RULES)
    (least,) = find_quantities("Mindestens 19 Menschen starben in Sabirsk.", RULES)
    (count,) = find_quantities("In Sabirsk starben 320 Menschen.", RULES)
    assert more.compatible(count) and not find_quantities("In Sabirsk starben 340 Menschen.", RULES)[0].compatible(more)
    assert nearly.compatible(find_quantities("495 Verletzte", RULES)[0])
    assert not least.compatible(find_quantities("26 Tote", RULES)[0])
    # only a round number is a writer's rounding: "mindestens 32" is the count as known, 35 a toll that rose
    (exact,) = find_quantities("Mindestens 32 Menschen starben in Sabirsk.", RULES)
    assert exact.compatible(find_quantities("32 Tote", RULES)[0])
    assert not exact.compatible(find_quantities("33 Tote", RULES)[0])
    assert not exact.compatible(find_quantities("35 Tote", RULES)[0])
    # and still a bound: "mehr als fünf" is not "bis zu fünf"
    (above,) = find_quantities("Mehr als fünf Personen trafen sich in Sabirsk.", RULES)
    (up_to,) = find_quantities("Bis zu fünf Personen dürfen sich in Sabirsk treffen.", RULES)
    assert (above.low, above.high) != (up_to.low, up_to.high)
    # a number with no bound before it is the count itself, and "unter den 40 Toten" is no bound
    assert (count.low, count.high) == (320, 320)
    (among,) = find_quantities("Unter den 40 Toten waren Kinder.", RULES)
    assert (among.low, among.high) == (40, 40)


def test_a_note_number_at_the_sentence_end_is_no_quantity():
    assert find_quantities("In Lindenau ist die Zahl der Fähren seit Jahren rückläufig (4).", RULES) == []
    assert find_quantities("Die Zahl der Helfer ist gestiegen [12]", RULES) == []
    # after a name it is an age, counted by the matcher as one
    assert [q.low for q in find_quantities("Das sagte die Fährfrau Anna Brand (34).", RULES)] == [34]
    assert [q.low for q in find_quantities("In Lindenau starben 6 Menschen (Stand: Montag).", RULES)] == [6]
