import pytest

from scoring.claims import is_claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Die russische Armee begann im September eine Gegenoffensive.",
        "Nordkoreanische Soldaten bereits in Kursk registriert",
        "Laut dem Pentagon wurden etwa 10.000 Soldaten verlegt.",
    ],
)
def test_claims_are_kept(sentence, lexicon):
    assert is_claim(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Doch was ist dran an den Gerüchten?",
        "Wir müssen jetzt handeln!",
        "Militärische Kooperation vertieft",
        "Lesen Sie auch unseren Liveticker zum Krieg.",
        "Soldaten aus Nordkorea im Ukraine-Krieg:",
    ],
)
def test_questions_exhortations_labels_are_not_claims(sentence, lexicon):
    assert not is_claim(sentence, lexicon)
