import pytest

from scoring import analyse_article
from scoring.hedging import find_hedges, find_reported_speech


def kinds(sentence: str, lexicon) -> list[tuple[str, str]]:
    return [(h.cue, h.kind) for h in find_hedges(sentence, lexicon)]


def hedged(sentence: str, lexicon) -> bool:
    return any(h.decisive for h in find_hedges(sentence, lexicon))


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Angeblich wurde das Depot zerstört.", "Angeblich"),
        ("Der angebliche Angriff fand nachts statt.", "angebliche"),
        ("Die mutmaßlichen Täter flohen über die Grenze.", "mutmaßlichen"),
        ("Der vermeintliche Spion wurde festgenommen.", "vermeintliche"),
        ("Die Brücke wurde offenbar beschädigt.", "offenbar"),
        ("Moskau schickt wohl weitere Truppen.", "wohl"),
        ("Vermutlich starben mehr als 20 Menschen.", "Vermutlich"),
        ("Möglicherweise wurden Raketen abgefangen.", "Möglicherweise"),
        ("Womöglich ist die Lage anders.", "Womöglich"),
        ("Anscheinend war das Lager leer.", "Anscheinend"),
        ("Die Einheit ist scheinbar abgezogen.", "scheinbar"),
        ("Berichten zufolge wurden drei Dörfer geräumt.", "Berichten zufolge"),
        ("Schätzungen zufolge flohen 5000 Menschen.", "Schätzungen zufolge"),
        ("In Kiew heißt es, die Front halte.", "heißt es"),
        ("Die Angaben ließen sich nicht unabhängig überprüfen.", "ließen sich nicht unabhängig überprüfen"),
        (
            "Unabhängig überprüfen ließ sich die Echtheit des Videos zunächst nicht.",
            "Unabhängig überprüfen ließ sich die Echtheit des Videos zunächst nicht",
        ),
        ("Die Zahl ist bislang unbestätigt.", "unbestätigt"),
        ("Die Zahl der Toten dürfte weiter steigen.", "dürfte"),
        ("Russland könnte weitere Truppen schicken.", "könnte"),
    ],
)
def test_each_lexical_cue_in_its_forms(sentence, cue, lexicon):
    assert cue in [c for c, _ in kinds(sentence, lexicon)]
    assert hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Insgesamt sollen mehr als acht Millionen Geschosse geliefert worden sein.",
        "Die Söldner sollen an der Front desertiert sein.",
        "Tausende Soldaten sollen in Russland üben.",
        "Die Bilder sollen die Stationierung belegen.",
        "Nordkorea soll sich entschieden haben, Truppen zu schicken.",
    ],
)
def test_reportative_sollen(sentence, lexicon):
    assert ("reportative" in [k for _, k in kinds(sentence, lexicon)]) and hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Es sind Truppen, die nach Angaben Seouls in der Ukraine eingesetzt werden sollen.",
        "Die Soldaten sollen im Frühjahr verlegt werden.",
    ],
)
def test_passive_sollen_is_marked_undecided_and_does_not_hedge(sentence, lexicon):
    assert "undecided" in [k for _, k in kinds(sentence, lexicon)]
    assert not hedged(sentence, lexicon)


def test_planned_sollen_is_deontic(lexicon):
    sentence = "Die Brücke soll künftig nur nachts befahren werden."
    assert [k for _, k in kinds(sentence, lexicon)] == ["deontic"]
    assert not hedged(sentence, lexicon)


def test_conditional_sollte_is_no_cue(lexicon):
    assert kinds("Sollte dies zutreffen, wäre es eine Eskalation.", lexicon) == []


def test_negated_lexical_cue_does_not_hedge(lexicon):
    assert kinds("Der Angriff war nicht angeblich, sondern belegt.", lexicon) == [("angeblich", "negated")]
    assert not hedged("Der Angriff war nicht angeblich, sondern belegt.", lexicon)


def test_negated_modal_is_inability_not_possibility(lexicon):
    sentence = "Das Ministerium könne derzeit keine Berichte bestätigen."
    assert ("könne", "ability") in kinds(sentence, lexicon)
    assert not hedged(sentence, lexicon)


def test_hedges_carry_offsets(lexicon):
    sentence = "Die Brücke wurde offenbar beschädigt."
    (hedge,) = find_hedges(sentence, lexicon)
    assert sentence[hedge.start : hedge.end] == "offenbar"


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Putin sagte, die Truppen seien auf dem Vormarsch.", "seien"),
        ("Der Sprecher erklärte, es habe keinen Angriff gegeben.", "habe"),
        ("Seoul werde nicht untätig bleiben, sagte Yoon.", "werde"),
        ("Ryder sagte nun, er erwarte weitere Truppen.", "erwarte"),
        ("Die Armee greife seit Tagen die Stellungen bei Pokrowsk an, sagte ein Sprecher.", "greife"),
        ("Nach Angaben des Ministeriums bestehe keine Gefahr für die Bevölkerung.", "bestehe"),
    ],
)
def test_konjunktiv_i_is_reported_speech_not_hedging(sentence, cue, lexicon):
    assert cue in [m.cue for m in find_reported_speech(sentence, lexicon)]
    assert not hedged(sentence, lexicon)


def test_no_reported_speech_in_indicative_or_first_person(lexicon):
    assert find_reported_speech("Ich habe das gesehen, sagte er.", lexicon) == []
    assert find_reported_speech("Er sagte, dass die Truppen abziehen.", lexicon) == []
    assert find_reported_speech("„Es sei ernst“, sagte er.", lexicon) == []
    assert find_reported_speech("Das glaube ich nicht, sagte er.", lexicon) == []


def test_hearsay_with_a_named_source_is_attribution(knowledge):
    (named,) = analyse_article("Aus dem Kreml heißt es, die Truppen seien abgezogen.", "x.org", knowledge).claims
    assert not named.hedged and [h.kind for h in named.hedges] == ["attributed"]
    (unnamed,) = analyse_article("In der Stadt heißt es, die Truppen seien abgezogen.", "x.org", knowledge).claims
    assert unnamed.hedged


def test_a_verification_disclaimer_hedges_the_claim_before_it(knowledge):
    text = (
        "Die russische Armee meldete die Einnahme des Dorfes Nowa Poltawka im Gebiet Donezk.\n"
        "Die Angaben ließen sich nicht unabhängig überprüfen.\n\n"
        "Kiew äußerte sich zunächst nicht zu dem Vorstoß der russischen Truppen."
    )
    first, disclaimer, later = analyse_article(text, "example.org", knowledge).claims
    (cue,) = first.hedges
    assert first.hedged and cue.kind == "unverified"
    assert text[cue.start : cue.end] == "ließen sich nicht unabhängig überprüfen"
    assert cue.start >= disclaimer.start  # the evidence is where the disclaimer stands
    assert not later.hedged


def test_a_disclaimer_about_its_own_content_hedges_only_itself(knowledge):
    text = "Die Armee meldete einen Angriff auf Charkiw.\nOb Menschen starben, ließ sich nicht unabhängig überprüfen."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert not first.hedged and second.hedged


def test_a_disclaimer_after_the_source_sentence_hedges_the_claim(knowledge):
    text = (
        "Russland verlor am Vortag mehr als 1200 Soldaten. Dies teilte die Militärverwaltung in Kiew mit. "
        "Die Angaben ließen sich nicht unabhängig überprüfen."
    )
    claim, disclaimer = analyse_article(text, "example.org", knowledge).claims
    assert claim.hedged and claim.origin_parties == ("UA",)
    assert disclaimer.text == "Die Angaben ließen sich nicht unabhängig überprüfen."


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Die Brücke scheint in der Nacht zerstört worden zu sein.", "scheint"),
        ("Eine unabhängige Bestätigung gab es zunächst nicht.", "unabhängige Bestätigung gab es zunächst nicht"),
        ("Die Angaben sind nicht überprüfbar.", "nicht überprüfbar"),
        (
            "Unabhängig überprüfen lassen sich die Angaben beider Seiten kaum.",
            "Unabhängig überprüfen lassen sich die Angaben beider Seiten kaum",
        ),
    ],
)
def test_more_ways_to_say_it_is_unsure(sentence, cue, lexicon):
    assert cue in [c for c, _ in kinds(sentence, lexicon)] and hedged(sentence, lexicon)
