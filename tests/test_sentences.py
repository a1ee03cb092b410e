from scoring.cleaning import find_body_blocks
from scoring.pipeline import _splitting_words
from scoring.sentences import split_sentences
from scoring.text import normalise


def sentences(text: str, lexicon) -> list[str]:
    norm = normalise(text)
    blocks = find_body_blocks(norm.text, lexicon)
    spans = split_sentences(norm.text, blocks, *_splitting_words(lexicon))
    return [text[slice(*norm.to_original(s.start, s.end))] for s in spans]


def test_numbers_ordinals_and_abbreviations_do_not_split(lexicon):
    text = (
        "Zwischen dem 4. und 19. Mai wurden rund 12.000 Tonnen Getreide verschifft, u.a. nach Port Sabir. "
        "Am 3. März sprach Dr. Müller von ca. 1,5 Mio. Menschen. Danach war Ruhe."
    )
    assert sentences(text, lexicon) == [
        "Zwischen dem 4. und 19. Mai wurden rund 12.000 Tonnen Getreide verschifft, u.a. nach Port Sabir.",
        "Am 3. März sprach Dr. Müller von ca. 1,5 Mio. Menschen.",
        "Danach war Ruhe.",
    ]


def test_an_ordinal_after_its_article_or_before_a_month_ends_no_sentence(lexicon):
    text = (
        "Die 93. Brigade meldete am 3. Jänner einen Angriff auf das Depot. Das Feuer brach im 2. Stock aus. "
        "Die Zahl der Verletzten stieg auf 75. Die Feuerwehr blieb bis zum Abend. Die Werft stammt aus dem späten "
        '19. Jahrhundert. Er arbeitet noch jenseits der 70. "Die Werft ist mein Leben", sagt er. Es war dieses 2020. '
        "Manche Fähren fuhren nicht. Die Gäste waren alle um die 70. Ganz ruhig blieb der Abend nicht."
    )
    assert sentences(text, lexicon) == [
        "Die 93. Brigade meldete am 3. Jänner einen Angriff auf das Depot.",
        "Das Feuer brach im 2. Stock aus.",
        "Die Zahl der Verletzten stieg auf 75.",
        "Die Feuerwehr blieb bis zum Abend.",
        "Die Werft stammt aus dem späten 19. Jahrhundert.",
        "Er arbeitet noch jenseits der 70.",
        '"Die Werft ist mein Leben", sagt er.',
        "Es war dieses 2020.",
        "Manche Fähren fuhren nicht.",
        "Die Gäste waren alle um die 70.",
        "Ganz ruhig blieb der Abend nicht.",
    ]


def test_an_ordinal_closing_an_attribute_ends_no_sentence(lexicon):
    # the article opens the attribute with its preposition; the ordinal belongs to the noun after it
    text = (
        "Die Brücke sei zerstört, teilte die in Dorinsk stationierte 12. Panzerbrigade der Armee mit. "
        "Die Zahl der in Lindenau Verletzten stieg auf 14. Sanitäter blieben bis zum Abend."
    )
    assert sentences(text, lexicon) == [
        "Die Brücke sei zerstört, teilte die in Dorinsk stationierte 12. Panzerbrigade der Armee mit.",
        "Die Zahl der in Lindenau Verletzten stieg auf 14.",
        "Sanitäter blieben bis zum Abend.",
    ]


def test_quotes_end_sentences_and_hold_inner_full_stops(lexicon):
    text = "„Das war ein Angriff. Wir reagieren“, sagte er. Die Lage blieb ruhig."
    assert sentences(text, lexicon) == ["„Das war ein Angriff. Wir reagieren“, sagte er.", "Die Lage blieb ruhig."]


def test_headline_without_full_stop_and_colon_sentences(lexicon):
    text = "Kursk: Russland setzt Nordkoreaner ein\nDie Ukraine meldet neue Kämpfe."
    assert sentences(text, lexicon) == ["Kursk:", "Russland setzt Nordkoreaner ein", "Die Ukraine meldet neue Kämpfe."]


def test_sentence_after_quote_mark_and_bracket(lexicon):
    text = "Die Zahl stieg auf 40 (laut Behörden). Danach sank sie wieder deutlich ab."
    assert len(sentences(text, lexicon)) == 2


def test_an_initial_holds_the_sentence_a_label_ends_it(lexicon):
    """ "George W. Bush": an initial between names; "auf der Plattform X.": a noun's label after its article."""
    text = (
        "Der Hafen bleibe zu, schrieb er auf der Plattform X. Lindenaus Bürgermeister widersprach. "
        "Der Kapitän Karl W. Beispiel blieb an Bord."
    )
    assert sentences(text, lexicon) == [
        "Der Hafen bleibe zu, schrieb er auf der Plattform X.",
        "Lindenaus Bürgermeister widersprach.",
        "Der Kapitän Karl W. Beispiel blieb an Bord.",
    ]


def test_a_letter_after_a_word_no_name_is_a_label_that_ends_the_sentence(lexicon):
    """ "schrieb er auf X.": an initial follows a first name; after a preposition the letter names a platform."""
    text = "Der Hafen bleibe zu, schrieb er auf X. Während der Nacht blieb es ruhig."
    assert sentences(text, lexicon) == ["Der Hafen bleibe zu, schrieb er auf X.", "Während der Nacht blieb es ruhig."]
    # initials after a preposition, before a name: "bei K. B. Beispiel"
    one = "Er war Vizepräsident bei K. B. Beispiel in Lindenau."
    assert sentences(one, lexicon) == [one]


def test_a_models_letter_after_a_hyphen_ends_the_sentence(lexicon):
    """ "vom Typ Sabir-M." names a model, no initial of a name: the next sentence starts after it."""
    text = "Es waren Raketen vom Typ Sabir-M. Solche Raketen sind kaum abzufangen, sagte ein Sprecher."
    assert sentences(text, lexicon) == [
        "Es waren Raketen vom Typ Sabir-M.",
        "Solche Raketen sind kaum abzufangen, sagte ein Sprecher.",
    ]
