from scoring.text import normalise


def test_offsets_survive_nbsp_quotes_and_soft_hyphens():
    original = "Laut\u00a0\u201eTages\u00adschau\u201c sind 12\u202f000 Soldaten da."
    norm = normalise(original)
    assert norm.text == 'Laut "Tagesschau" sind 12 000 Soldaten da.'
    start = norm.text.index("Tagesschau")
    a, b = norm.to_original(start, start + len("Tagesschau"))
    assert original[a:b] == "Tages\u00adschau"
    a, b = norm.to_original(norm.text.index("12 000"), norm.text.index("12 000") + 6)
    assert original[a:b] == "12\u202f000"


def test_identity_for_plain_text():
    norm = normalise("Ein ganz normaler Satz.")
    assert norm.text == "Ein ganz normaler Satz."
    assert norm.to_original(4, 8) == (4, 8)


def test_every_look_alike_is_rewritten_one_for_one():
    from scoring.text import _REPLACE

    original = "Am\u2009Hafen " + "x".join(_REPLACE) + " \u00e4\u00df und \u201eZitat\u201c \u2013 Ende\u2026"
    norm = normalise(original)
    assert norm.text == original.translate(str.maketrans(_REPLACE))
    assert len(norm.text) == len(original) and not set(_REPLACE) & set(norm.text)


WRAPPED = (
    "Die Hafenbehörde von Lindenau hat am Morgen den Fährverkehr nach Sabirsk\n"
    "eingestellt. Nach einem Sturm in der Nacht lagen mehrere Boote auf der\n"
    "Mole, zwei Fähren wurden beschädigt und mussten von einem Schlepper in\n"
    "den Hafen gezogen werden.\n"
    "Der Bürgermeister kündigte an, die Mole bis zum Wochenende zu räumen."
)


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences():
    """Mail and wire copy break lines inside sentences: each such break reads as a space, one for one."""
    from scoring.text import unwrapped

    text = unwrapped(WRAPPED, {"der", "in"})
    assert len(text) == len(WRAPPED)
    assert "Sabirsk eingestellt." in text  # the next line goes on in lower case
    assert "auf der Mole," in text  # an article never ends a sentence
    assert "in den Hafen" in text
    assert "gezogen werden.\nDer Bürgermeister" in text  # a full stop may end a paragraph: kept


def test_headlines_labels_and_furniture_keep_their_lines():
    from scoring.text import unwrapped

    page = "Sturm über Lindenau: Fähren bleiben im Hafen\nDer Fährverkehr nach Sabirsk ruht seit dem Morgen."
    assert unwrapped(page, {"der"}) == page  # a headline ends in a noun, its text opens in upper case
    tags = "Mehr zum Thema\nhafen sturm lindenau\n"
    assert unwrapped(tags, {"der"}) == tags  # too short for a wrapped line
    credit = "Die Mole von Lindenau nach dem Sturm der Nacht. Bild: Hafenamt Lindenau/Erik Beispiel\nabspielen. 2 Min."
    assert unwrapped(credit, set(), lambda line: line.startswith(("abspielen", "Die Mole"))) == credit


BROKEN = (
    "Seit\n"
    "dem Sturm am Montag liegt die Fähre der\n"
    "Reederei Brandt im Hafen von Lindenau, und\n"
    "viele Pendler nehmen die\n"
    "Bahn über Sabirsk.\n"
    "Trotz\n"
    "des Regens kamen im März doppelt so viele\n"
    "Gäste. Der Hafenmeister rechnet mit einer\n"
    "Besserung im Mai."
)


def test_a_page_broken_wherever_its_markup_ended_is_read_as_its_sentences():
    """Scraped pages break lines where a link or an emphasis ended, at any length: once a page shows such
    breaks (a line going on in lower case), a line that ends no sentence goes on, whatever comes next."""
    from scoring.text import unwrapped

    text = unwrapped(BROKEN, set())
    assert len(text) == len(BROKEN)
    assert "doppelt so viele Gäste." in text  # upper case after a line ending in no article: goes on here
    assert "Seit dem Sturm" in text and "Trotz des Regens" in text
    assert "Sabirsk.\nTrotz" in text  # a full stop may end a paragraph: kept
    # a line of a word or two is a label or a control on most pages; on this one it goes on where it opens
    # in lower case or ends a sentence, and a label opening its paragraph in upper case stays apart
    labels = lambda line: len(line.split()) <= 2  # noqa: E731
    page = BROKEN + "\nLokales\nDie Reederei prüft einen\nzweiten Anleger. Der Bau\nkostet viel."
    text = unwrapped(page, set(), labels)
    assert "Seit dem Sturm" in text and "Trotz des Regens" in text
    assert "Der Bau kostet viel." in text
    assert "\nLokales\nDie Reederei prüft einen zweiten Anleger." in text
    # a line heading its paragraph with no full stop is a heading or a credit, even on a broken page
    page = BROKEN + "\n\nFähren im Sturm\nDie Reederei prüft einen\nzweiten Anleger."
    assert "\n\nFähren im Sturm\nDie Reederei prüft einen zweiten Anleger." in unwrapped(page, set())
    page = BROKEN + "\n\nIlse\nBrandt, die Kapitänin, blieb ruhig. Das Wetter auf der\nFähre war rau."
    assert "\n\nIlse Brandt, die Kapitänin, blieb ruhig. Das Wetter auf der Fähre war rau." in unwrapped(page, {"der"})
    # a page that breaks no sentence keeps its lines: a headline over its text
    page = "Sturm über Lindenau: Fähren bleiben im Hafen\nDer Fährverkehr nach Sabirsk ruht seit dem Morgen."
    assert unwrapped(page, set()) == page


def test_a_wrapped_sentence_is_one_claim():
    import seeds
    from scoring import analyse_article

    claims = analyse_article(WRAPPED, "example.org", seeds.knowledge()).claims
    # "…, zwei Fähren wurden beschädigt …" is a second main clause (a count in words), a claim of its own
    assert [c.text.split()[-1] for c in claims] == ["eingestellt.", "Mole", "werden.", "räumen."]
    assert all(WRAPPED[c.start : c.end] == c.text for c in claims)  # offsets into the text as submitted


def test_a_windows_line_end_is_one_line_break():
    """ "\r\n" is one break (a space and a newline: offsets stay); a paragraph is still a blank line."""
    norm = normalise("Erste Zeile\r\nzweite Zeile\r\n\r\nNeuer Absatz")
    assert norm.text == "Erste Zeile \nzweite Zeile \n \nNeuer Absatz"
    assert len(norm.text) == len(norm.original)


def test_hard_wrapped_windows_text_is_read_as_its_sentences():
    import seeds
    from scoring import analyse_article

    crlf = WRAPPED.replace("\n", "\r\n")
    claims = analyse_article(crlf, "example.org", seeds.knowledge()).claims
    assert [c.text.split()[-1] for c in claims] == ["eingestellt.", "Mole", "werden.", "räumen."]


def test_spaces_inserted_keep_every_offset_in_the_original():
    from scoring.text import with_spaces

    original = "Ilse\u00a0Sabirenkosagte, die Fähre\u00ad fahre."
    norm = with_spaces(normalise(original), [original.index("sagte")])
    assert norm.text == "Ilse Sabirenko sagte, die Fähre fahre."
    for word in ("Sabirenko", "sagte", "Fähre"):
        start = norm.text.index(word)
        a, b = norm.to_original(start, start + len(word))
        assert original[a:b].replace("\u00ad", "") == word
    assert with_spaces(norm, []) is norm
