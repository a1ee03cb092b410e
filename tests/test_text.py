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
