"""Places named in a sentence, and definite descriptions that refer back to one."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.places import _compounded, _opened_by, capitals_named_as_places, named_places, place_names, refers_back


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("In der russischen Grenzregion Belgorod sind Flüchtlinge angekommen.", ["Belgorod"]),
        ("Die Söldner sollen in Richtung Kursk gebracht werden.", ["Kursk"]),
        ("Die Soldaten wurden nach Wladiwostok transportiert.", ["Wladiwostok"]),
        ("Nordkoreanische Truppen seien in Russland.", []),  # a state is an actor, not a place name here
        ("Die Offensive begann im August.", []),
        ("Die Region war von ukrainischen Truppen erobert worden.", []),
    ],
)
def test_named_places(text, places, knowledge):
    assert named_places(text, knowledge) == places


def test_a_definite_description_without_a_name_refers_back(knowledge):
    assert refers_back("Die russische Region war erobert worden.", knowledge)
    assert not refers_back("Die russische Region Kursk war erobert worden.", knowledge)
    assert not refers_back("Eine Region war erobert worden.", knowledge)


def test_the_words_that_may_open_a_place_are_those_the_capitalised_words_of_a_text_say(knowledge):
    import re

    from scoring.knowledge import words_of
    from scoring.places import _gazetteer

    gazetteer = _gazetteer(knowledge.lexicon["gazetteer"])
    firsts = sorted(gazetteer.firsts)[:3]
    texts = [
        f"{firsts[0]} und {firsts[1]}s, 3{firsts[2]}, x{firsts[0]}en, {firsts[0].lower()} ABC aB Ä Öl_Ölx",
        "Die Brücke bei Eschenweiler bleibt gesperrt.",
        f"Die Stadt {firsts[1]}-Nord, {firsts[2]}xyz",
    ]
    for text in texts:
        capitalised = re.findall(r"[A-ZÄÖÜ][^\W_]+", text)
        expected = any(
            w in gazetteer.firsts or w[:-1] in gazetteer.firsts or w[:-2] in gazetteer.firsts for w in capitalised
        )
        assert any(gazetteer.may_open_a_name(w) for w in words_of(text)) == expected, text


def test_a_word_of_the_dictionary_after_nach_dem_is_no_place_a_later_sentence_means(knowledge):
    """ "nach dem Gesetz" names no place: "die Region" in the next sentence does not point at it."""
    from scoring import analyse_article

    text = (
        "In der Nacht hatte ein Sturm in der Region, die nach dem Gesetz Sabirsk untersteht, mehrere Dächer "
        "abgedeckt. Die Feuerwehr der Region meldete zwölf Verletzte."
    )
    assert "gesetz" not in analyse_article(text, "example.org", knowledge).claims[1].signature.names


def test_a_place_of_disputed_government_is_a_place_no_party_speaks_for(knowledge):
    """Transnistria is a place whoever governs it: a name of the gazetteer, but not a party's place."""
    from scoring.places import gazetteer_places, governing_parties

    text = "Der Bürgermeister von Tiraspol sprach von Stürmen in ganz Transnistrien."
    assert [text[a:b] for a, b, _ in gazetteer_places(text, knowledge)] == ["Tiraspol", "Transnistrien"]
    assert governing_parties(text, knowledge) == []
    governed = "Der Bürgermeister von Charkiw sprach."
    assert [(governed[a:b], party) for a, b, party in governing_parties(governed, knowledge)] == [("Charkiw", "UA")]


_PLACE_TEXT = st.text(alphabet="inachusbeIN ABUSRtgİıſ\u212aLdK-_3äüÄ", max_size=40)


@given(text=_PLACE_TEXT)
@settings(max_examples=300, deadline=None)
def test_a_pattern_opened_by_first_letters_finds_what_its_words_after_a_boundary_find(text):
    words = ["in Richtung", "in", "nach", "aus", "bei", "sie", "kur"]
    rest = r"\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,})\b(?!-)"
    plain = re.compile(rf"\b(?i:{'|'.join(words)})" + rest)
    opened = _opened_by(words, rest)
    assert not opened.pattern.startswith("(?=")  # the engine scans for the first letters itself
    for sample in (
        text,
        "İn Lindtal, ın Sabirsk, BEI Kursk, ſie Lindenau, \u212aur Birkenau, xin Lindtal, _in Sabirsk",
    ):
        assert [(m.span(), m.group("name")) for m in opened.finditer(sample)] == [
            (m.span(), m.group("name")) for m in plain.finditer(sample)
        ]


def test_words_opening_with_a_letter_that_is_not_ascii_are_left_to_the_guard():
    assert _opened_by(["über", "in"], r"\s+X").pattern.startswith("(?=")


@given(text=_PLACE_TEXT)
@settings(max_examples=300, deadline=None)
def test_a_sentence_the_prepositions_pattern_matches_holds_one_of_their_first_words(text):
    import seeds
    from scoring.knowledge import holds_a_word
    from scoring.places import _rules

    rules = _rules(seeds.knowledge().rules.places)
    assert rules.opening is not None
    for sample in (text, f"x{text} in Lindtal", f"{text}_in Sabirsk İN Kursk ıN Lindenau, BEI Birkenau"):
        if any(True for _ in rules.named.finditer(sample)):
            assert holds_a_word(rules.opening, sample, folded=True), sample


def test_a_region_named_as_a_place_and_a_noun_names_that_place_too(knowledge):
    assert place_names("Gazastreifen", knowledge) == ("Gazastreifen", "Gaza")
    assert place_names("Gaza-Streifen", knowledge) == ("Gazastreifen", "Gaza")  # its variant first
    assert place_names("Poltawa", knowledge) == ("Poltawa",)


def test_only_a_region_is_read_as_a_compound_of_a_place():
    section = {
        "places": {"XX": ["Sabir", "Linden", "Lindenburg"]},
        "regions": ["Sabirstreifen", "Sabirsk"],  # "sk" is no noun
    }
    # "Lindenburg" is a town of its own, though "Burg" is a noun
    assert _compounded(section) == {"Sabirstreifen": "Sabir"}


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("In Kiew fielen am Abend drei Züge aus.", ["Kiew"]),
        ("Die Fähre brachte die Helfer in die Hauptstadt Kiew.", ["Kiew"]),
        ("Am Abend fielen in der Hauptstadt Kiew drei Züge aus.", ["Kiew"]),
        ("Kiew meldete am Abend den Ausfall dreier Züge.", []),  # the government, by its seat
        ("In Charkiw fielen am Abend drei Züge aus.", []),  # a town of the gazetteer, no capital
        # a capital of two words is that town, not its first word's nor its state's other seat
        ("Am Abend fielen in Abu Dhabi drei Züge aus.", ["Abu Dhabi"]),
        ("In Kiew Dorinsk fielen drei Züge aus.", ["Kiew"]),
    ],
)
def test_a_capital_after_a_preposition_of_place_is_named_as_a_place(text, capitals, knowledge):
    assert capitals_named_as_places(text, knowledge) == capitals


def test_a_capital_in_who_says_it_is_no_place_of_the_fact(knowledge):
    text = "Drei Züge fielen aus, hieß es in Kiew."
    said = (text.index("hieß"), len(text))
    assert capitals_named_as_places(text, knowledge) == ["Kiew"]
    assert capitals_named_as_places(text, knowledge, outside=[said]) == []


def test_a_fact_in_the_capital_and_one_in_another_town_are_two_facts(knowledge):
    from scoring import analyse_article
    from scoring.matching import similarity

    def signature(text):
        (claim,) = analyse_article(text, "example.org", knowledge, "2024-03-02").claims
        return claim.signature

    in_the_capital = signature("In Kiew fielen am Samstag wegen eines Stromausfalls drei Züge aus.")
    elsewhere = signature("In Charkiw fielen am Samstag wegen eines Stromausfalls drei Züge aus.")
    again = signature("Am Samstag fielen in Kiew drei Züge aus, wegen eines Stromausfalls.")
    weights = knowledge.lexicon["weights"]
    assert "kiew" in in_the_capital.towns
    assert similarity(in_the_capital, elsewhere, weights) == 0.0
    assert similarity(in_the_capital, again, weights) >= weights["same_fact_threshold"]


def test_there_is_the_place_named_just_before_in_its_paragraph(knowledge):
    from scoring import analyse_article
    from scoring.matching import similarity

    def gathered(town):
        text = f"Die Kundgebung fand am Samstag in {town} statt. Dort versammelten sich rund 300 Menschen."
        return analyse_article(text, "example.org", knowledge, "2024-03-02").claims[-1].signature

    weights = knowledge.lexicon["weights"]
    in_one, in_another = gathered("Charkiw"), gathered("Cherson")
    assert "charkiw" in in_one.towns and in_another.towns and not in_one.towns & in_another.towns
    assert similarity(in_one, in_another, weights) == 0.0  # 300 in one town, 300 in another: two facts
    assert similarity(in_one, gathered("Charkiw"), weights) >= weights["same_fact_threshold"]
