import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import analyse_article, hedging
from scoring.hedging import find_hedges, find_reported_speech
from scoring.knowledge import typed_rules


def kinds(sentence: str, lexicon) -> list[tuple[str, str]]:
    return [(h.cue, h.kind) for h in find_hedges(sentence, lexicon)]


def decisive(hedge: hedging.Hedge, lexicon) -> bool:
    return hedge.kind in typed_rules(lexicon).hedging.decisive_kinds


def hedged(sentence: str, lexicon) -> bool:
    return any(decisive(h, lexicon) for h in find_hedges(sentence, lexicon))


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Angeblich wurde das Depot zerstört.", "Angeblich"),
        ("Der angebliche Angriff fand nachts statt.", "angebliche"),
        ("Die mutmaßlichen Täter flohen über die Grenze.", "mutmaßlichen"),
        ("Der vermeintliche Spion wurde festgenommen.", "vermeintliche"),
        ("Die Brücke wurde offenbar beschädigt.", "offenbar"),
        ("Die Firma baut wohl weitere Stellen ab.", "wohl"),
        ("Vermutlich starben mehr als 20 Menschen.", "Vermutlich"),
        ("Möglicherweise wurden Raketen abgefangen.", "Möglicherweise"),
        ("Womöglich ist die Lage anders.", "Womöglich"),
        ("Anscheinend war das Lager leer.", "Anscheinend"),
        ("Die Einheit ist scheinbar abgezogen.", "scheinbar"),
        ("Berichten zufolge wurden drei Dörfer geräumt.", "Berichten zufolge"),
        ("Schätzungen zufolge flohen 5000 Menschen.", "Schätzungen zufolge"),
        ("In Kiew heißt es, die Brücke halte.", "heißt es"),
        ("Die Angaben ließen sich nicht unabhängig überprüfen.", "ließen sich nicht unabhängig überprüfen"),
        (
            "Unabhängig überprüfen ließ sich die Herkunft der Fotos vorerst nicht.",
            "Unabhängig überprüfen ließ sich die Herkunft der Fotos vorerst nicht",
        ),
        ("Die Zahl ist bislang unbestätigt.", "unbestätigt"),
        ("Der Wasserstand dürfte bis zum Abend sinken.", "dürfte"),
        ("Höchstwahrscheinlich war es ein Blitz.", "Höchstwahrscheinlich"),
        ("Es sei unwahrscheinlich, dass der Damm bricht.", "unwahrscheinlich"),
        ("Die Firma könnte weitere Filialen schließen.", "könnte"),
        ("Eine Auswertung der Fotos legt nahe, dass der Damm an zwei Stellen brach.", "legt nahe"),
    ],
)
def test_each_lexical_cue_in_its_forms(sentence, cue, lexicon):
    assert cue in [c for c, _ in kinds(sentence, lexicon)]
    assert hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Insgesamt sollen mehr als drei Tonnen Saatgut verteilt worden sein.",
        "Die Wachleute sollen vor dem Eintreffen der Polizei geflohen sein.",
        "Hunderte Helfer sollen in der Provinz arbeiten.",
        "Die Aufnahmen sollen den Einsturz der Halle zeigen.",
        "Die Reederei soll sich entschieden haben, zwei Schiffe zu verkaufen.",
    ],
)
def test_reportative_sollen(sentence, lexicon):
    assert ("reportative" in [k for _, k in kinds(sentence, lexicon)]) and hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Es sind Busse, die nach Angaben der Stadt im Umland eingesetzt werden sollen.",
        "Die Patienten sollen im Frühjahr verlegt werden.",
    ],
)
def test_passive_sollen_is_marked_undecided_and_does_not_hedge(sentence, lexicon):
    assert "undecided" in [k for _, k in kinds(sentence, lexicon)]
    assert not hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence, claims",
    [
        ("Die Reederei will zwei Schlepper zur Unglücksstelle geschickt haben.", True),
        ("Zwei Fischer wollen das Boot vor Brückenfeld gesehen haben.", True),
        ("Der Wirt will in der Nacht in Lindenau gewesen sein.", True),
        ("Die Reederei will zwei Schlepper zur Unglücksstelle schicken.", False),  # an intention
        ("Bis Ende Mai will die Stadt die Brücke repariert haben.", False),  # a plan
        ("Der Bürgermeister will Präsident des Verbands sein.", False),
        ("Die Stadt will mehr Fähren haben.", False),
        # the closing verbs stand past a relative clause
        ("Die Reederei will den Schlepper, der im Hafen lag, zur Unglücksstelle geschickt haben.", True),
        ("Die Stadt will die Brücke, die im Mai einstürzte, bis Ende Juni repariert haben.", False),
        ("Die Stadt will die Brücke, die im Mai einstürzte, erneuern.", False),
        # and past a list's commas
        ("Die Reederei will zwei Schlepper, drei Boote und einige ihrer Taucher geschickt haben.", True),
        ("Die Reederei will Schlepper, Boote und Taucher zur Unglücksstelle schicken.", False),
    ],
)
def test_wollen_with_a_perfect_infinitive_claims_something_of_oneself(sentence, claims, lexicon):
    assert (kinds(sentence, lexicon) == [(sentence.split()[2], "reportative")]) == claims
    assert hedged(sentence, lexicon) == claims


def test_planned_sollen_is_deontic(lexicon):
    sentence = "Die Brücke soll künftig nur nachts befahren werden."
    assert [k for _, k in kinds(sentence, lexicon)] == ["deontic"]
    assert not hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # a deadline still to come with a present infinitive: the terms of a plan or a deal
        ("Die Stadt soll die Fähre innerhalb von 90 Tagen wieder in Betrieb nehmen.", "deontic"),
        ("Lindenau soll seine Truppen binnen 30 Tagen abziehen.", "deontic"),
        ("Die Brücke soll bis Montag repariert sein.", "deontic"),
        # a perfect infinitive is a report, its participle with "ge-" or without
        ("Die Miliz soll innerhalb von zwei Tagen drei Dörfer erobert haben.", "reportative"),
        ("Die Miliz soll binnen drei Tagen zwölf Menschen getötet haben.", "reportative"),
    ],
)
def test_sollen_with_a_deadline_is_a_plan_unless_its_infinitive_is_perfect(sentence, kind, lexicon):
    assert [k for _, k in kinds(sentence, lexicon)] == [kind]
    assert hedged(sentence, lexicon) == (kind == "reportative")


def test_conditional_sollte_is_no_cue(lexicon):
    assert kinds("Sollte dies zutreffen, wäre es eine Eskalation.", lexicon) == []


def test_negated_lexical_cue_does_not_hedge(lexicon):
    assert kinds("Der Angriff war nicht angeblich, sondern belegt.", lexicon) == [("angeblich", "negated")]
    assert not hedged("Der Angriff war nicht angeblich, sondern belegt.", lexicon)


def test_negated_modal_is_inability_not_possibility(lexicon):
    sentence = "Die Behörde könne derzeit keine Opferzahlen bestätigen."
    assert ("könne", "ability") in kinds(sentence, lexicon)
    assert not hedged(sentence, lexicon)


def test_hedges_carry_offsets(lexicon):
    sentence = "Die Brücke wurde offenbar beschädigt."
    (hedge,) = find_hedges(sentence, lexicon)
    assert sentence[hedge.start : hedge.end] == "offenbar"


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Der Bürgermeister sagte, die Fluten seien auf dem Rückzug.", "seien"),
        ("Der Sprecher erklärte, es habe keinen Angriff gegeben.", "habe"),
        ("Die Stadt werde nicht untätig bleiben, sagte die Bürgermeisterin.", "werde"),
        ("Der Trainer sagte am Montag, er erwarte weitere Zugänge.", "erwarte"),
        ("Die Feuerwehr greife seit Tagen die Brände am Stadtrand an, sagte ein Sprecher.", "greife"),
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
    (named,) = analyse_article("Aus dem Kreml heißt es, die Gespräche seien beendet.", "x.org", knowledge).claims
    assert not named.hedged and [h.kind for h in named.hedges] == ["attributed"]
    (unnamed,) = analyse_article("In der Stadt heißt es, die Gespräche seien beendet.", "x.org", knowledge).claims
    assert unnamed.hedged


def test_a_verification_disclaimer_hedges_the_claim_before_it(knowledge):
    text = (
        "Die Armee meldete die Einnahme des Dorfes Kleinhausen im Bezirk Nord.\n"
        "Die Angaben ließen sich nicht unabhängig überprüfen.\n\n"
        "Die Regierung äußerte sich zunächst nicht zu dem Vorstoß."
    )
    first, disclaimer, later = analyse_article(text, "example.org", knowledge).claims
    (cue,) = first.hedges
    assert first.hedged and cue.kind == "unverified"
    assert text[cue.start : cue.end] == "ließen sich nicht unabhängig überprüfen"
    assert cue.start >= disclaimer.start  # the evidence is where the disclaimer stands
    assert not later.hedged


def test_a_disclaimer_does_not_reach_back_into_the_subheading_over_its_paragraph(knowledge):
    """A subheading is a title over the paragraphs after it: not one of the statements "Die Angaben" are."""
    text = (
        "In Lindenau brannten am Morgen zwei Lagerhallen am Hafen.\n\n"
        "Moskau spricht von Treffern auf Kasernen\n\n"
        "Das russische Verteidigungsministerium erklärte, es habe in Lindenau zwei Kasernen getroffen. "
        "Die Angaben waren zunächst nicht unabhängig zu überprüfen."
    )
    claims = analyse_article(text, "example.org", knowledge).claims
    subheading = next(c for c in claims if c.text.startswith("Moskau spricht"))
    statement = next(c for c in claims if c.text.startswith("Das russische"))
    assert statement.hedged and not subheading.hedged
    # a sentence split in two is no subheading: its first part, which ends with no full stop, is hedged too
    split = (
        "Das russische Verteidigungsministerium erklärte, es habe in Lindenau zwei Kasernen getroffen, zudem seien "
        "drei Depots zerstört worden. Die Angaben waren nicht zu überprüfen."
    )
    first, second, _ = analyse_article(split, "example.org", knowledge).claims
    assert first.hedged and second.hedged


@pytest.mark.parametrize(
    "disclaimer", ["Unabhängig bestätigen lässt sich das nicht.", "Überprüfen ließ sich dies bisher nicht."]
)
def test_a_disclaimer_with_its_pointing_subject_after_the_verb_hedges_the_claim_before_it(disclaimer, knowledge):
    """ "Unabhängig bestätigen lässt sich das nicht": the demonstrative after "sich" points back, as "Das" before."""
    text = f"Die Armee meldete die Einnahme des Dorfes Kleinhausen im Bezirk Nord. {disclaimer}"
    first = analyse_article(text, "example.org", knowledge).claims[0]
    assert first.hedged and [cue.kind for cue in first.hedges] == ["unverified"]


def test_a_disclaimer_naming_whose_statements_hedges_those_not_the_others_between(knowledge):
    """ "Die Angaben der ukrainischen Armee …": the army's statements; not what eyewitnesses or the outlet said."""
    text = (
        "Nach Angaben der ukrainischen Armee trafen Drohnen das Depot in Charkiw. "
        "Augenzeugen berichteten von schweren Explosionen über dem Hafen. "
        "In Teilen der Stadt fiel der Strom aus. "
        "Die Angaben der ukrainischen Armee ließen sich nicht unabhängig überprüfen."
    )
    army, eyewitnesses, outlet, _ = analyse_article(text, "example.org", knowledge).claims
    assert army.hedged and army.origin_parties == ("UA",)
    assert not eyewitnesses.hedged and not outlet.hedged


def test_a_disclaimer_naming_whose_statements_reaches_back_over_its_paragraph(knowledge):
    """ "Die Angaben der ukrainischen Armee lassen sich nicht überprüfen" is said of what the army was just
    reported saying: its statements in the disclaimer's paragraph; not those of earlier paragraphs (the
    headline, the lead), nor those after it, nor the outlet's own sentences between."""
    text = (
        "Die ukrainische Armee meldete am Morgen Explosionen im Hafen.\n\n"
        "Nach Angaben der ukrainischen Armee trafen Drohnen das Depot in Charkiw. "
        "In Teilen der Stadt fiel der Strom aus. "
        "Die Angaben der ukrainischen Armee lassen sich nicht unabhängig überprüfen.\n\n"
        "Die ukrainische Armee meldete später zwei Verletzte im Hafen."
    )
    morning, depot, power, _, later = analyse_article(text, "example.org", knowledge).claims
    assert depot.hedged and depot.origin_parties == ("UA",)
    assert later.origin_parties == ("UA",) and morning.origin_parties == ("UA",)
    assert not morning.hedged and not later.hedged and not power.hedged


def test_a_disclaimer_naming_whose_statements_in_a_paragraph_of_its_own_reaches_the_one_before(knowledge):
    text = (
        "Nach Angaben der ukrainischen Armee trafen Drohnen das Depot in Charkiw.\n\n"
        "Die Angaben der ukrainischen Armee ließen sich nicht unabhängig überprüfen."
    )
    depot, _ = analyse_article(text, "example.org", knowledge).claims
    assert depot.hedged


def test_a_count_or_estimate_someone_made_names_its_source(knowledge):
    """ "Nach Zählung der Miliz", "nach Schätzung der UN": whose count it is, like "nach Angaben"."""
    for text in (
        "Nach Schätzung der Vereinten Nationen flohen 3000 Menschen.",
        "Nach Zählung der UN flohen 3000 Menschen.",
    ):
        (claim,) = analyse_article(text, "example.org", knowledge).claims
        assert claim.origin_parties == ("UN",)


def test_a_disclaimer_about_its_own_content_hedges_only_itself(knowledge):
    text = (
        "Die Polizei meldete einen Brand in einer Lagerhalle.\n"
        "Ob Menschen verletzt wurden, ließ sich nicht unabhängig überprüfen."
    )
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert not first.hedged and second.hedged


def test_a_disclaimer_after_the_source_sentence_hedges_the_claim(knowledge):
    text = (
        "Bei dem Sturm wurden am Vortag mehr als 300 Dächer beschädigt. Dies teilte das Innenministerium in Kiew mit. "
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
        (
            "Die Herkunft der Fotos konnte zunächst nicht verifiziert werden.",
            "konnte zunächst nicht verifiziert werden",
        ),
        ("Überprüfen ließen sich die Angaben nicht.", "Überprüfen ließen sich die Angaben nicht"),
        (
            "Von unabhängiger Seite bestätigt wurden die Zahlen nicht.",
            "Von unabhängiger Seite bestätigt wurden die Zahlen nicht",
        ),
        ("Eine Bestätigung von unabhängiger Seite gab es nicht.", "Bestätigung von unabhängiger Seite gab es nicht"),
        ("Unabhängig bestätigt ist das nicht.", "Unabhängig bestätigt ist das nicht"),
        ("Die Zahlen waren zunächst nicht unabhängig zu überprüfen.", "nicht unabhängig zu überprüfen"),
        ("Die Angaben lassen sich nicht unabhängig prüfen.", "lassen sich nicht unabhängig prüfen"),
        ("Dafür gab es zunächst keine Bestätigung.", "keine Bestätigung"),
        (
            "Eine Bestätigung der Reederei lag bis zum Abend nicht vor.",
            "Eine Bestätigung der Reederei lag bis zum Abend nicht",
        ),
    ],
)
def test_more_ways_to_say_it_is_unsure(sentence, cue, lexicon):
    assert cue in [c for c, _ in kinds(sentence, lexicon)] and hedged(sentence, lexicon)


# --- issue 12: hedges by general mechanisms of German (every sentence here is invented) ---


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Nach Medienberichten wurden zwei Brücken gesprengt.", "Nach Medienberichten"),
        ("Laut Berichten wurde der Bürgermeister festgenommen.", "Laut Berichten"),
        ("Einem Medienbericht zufolge ist der Hafen geschlossen.", "Medienbericht zufolge"),
        ("Einem Bericht zufolge ist der Hafen geschlossen.", "Bericht zufolge"),
        ("Lokalen Medien zufolge brannte das Depot die ganze Nacht.", "Medien zufolge"),
        ("Die Fähre soll US-Medienberichten zufolge beschädigt worden sein.", "US-Medienberichten zufolge"),
        ("Von mehreren Verletzten ist die Rede.", "ist die Rede"),
        ("Die Rede ist von mehreren Verletzten.", "Die Rede ist von"),
        ("Der Hafen ist geschlossen, wie es aus Kreisen der Reederei hieß.", "wie es aus Kreisen der Reederei hieß"),
        ("Der Hafen ist geschlossen, wie es hieß.", "wie es hieß"),
        ("Wie am Abend verlautete, ist der Hafen geschlossen.", "verlautete"),
    ],
)
def test_reports_without_a_named_source_are_hearsay(sentence, cue, lexicon):
    assert (cue, "hearsay") in kinds(sentence, lexicon) and hedged(sentence, lexicon)


def test_a_confirmation_given_is_no_hedge(lexicon):
    assert not hedged("Die Reederei gab am Abend eine Bestätigung der Zahlen.", lexicon)
    assert not hedged("Eine Bestätigung der Reederei gab es am Abend.", lexicon)


def test_no_confirmation_for_it_hedges_the_claim_before_it(knowledge):
    text = "Die Fähre nach Lindenau ist am Montag gesunken. Dafür gibt es bislang keine Bestätigung."
    first, disclaimer = analyse_article(text, "example.org", knowledge).claims
    assert first.hedged and [h.kind for h in first.hedges] == ["unverified"]
    assert disclaimer.hedged


def test_a_named_report_is_attribution_and_reports_about_something_are_no_cue(lexicon):
    named = "Nach Berichten der Zeitung «Nordkurier» wurde der Bürgermeister festgenommen."
    assert kinds(named, lexicon) == [("Nach Berichten", "named_report")] and not hedged(named, lexicon)
    assert kinds("Nach Berichten über Explosionen evakuierte die Polizei das Viertel.", lexicon) == []
    # a genitive without its article names whose reports they are too
    named = "Der Hafen ist laut Berichten ausländischer Medien geschlossen."
    assert kinds(named, lexicon) == [("laut Berichten", "named_report")] and not hedged(named, lexicon)
    # a date or a time is not whose report it is; "dem Vernehmen nach" names no one either
    for sentence in (
        "Nach Medienberichten vom Sonntag wurde der Hafen geschlossen.",
        "Laut Berichten der vergangenen Tage wurde der Hafen geschlossen.",
        "Die Pläne reichen dem Vernehmen nach von einer Sperre bis zu einer Schließung.",
    ):
        assert hedged(sentence, lexicon), sentence


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Das Ministerium behauptet, die Brücke sei intakt.", "behauptet"),
        ("Alle Spuren deuten darauf hin, dass der Brand gelegt wurde.", "deuten darauf hin"),
        ("Vieles spricht dafür, dass der Brand gelegt wurde.", "Vieles spricht dafür"),
        ("Es gibt erste Hinweise darauf, dass der Brand gelegt wurde.", "gibt erste Hinweise darauf"),
        ("Es sieht so aus, als sei der Damm gebrochen.", "Es sieht so aus"),
        ("Nach allem, was bekannt ist, sieht es danach aus, dass der Damm brach.", "sieht es danach aus"),
        ("Der Minister sagte, der Schaden scheine gering zu sein.", "scheine"),
        ("Das Feuer schien unter Kontrolle zu sein.", "schien"),
    ],
)
def test_verbs_that_keep_their_distance(sentence, cue, lexicon):
    assert cue in [c for c, _ in kinds(sentence, lexicon)] and hedged(sentence, lexicon)


def test_no_indication_and_a_guide_are_no_hedge(lexicon):
    # "keine Hinweise darauf, dass": what is not indicated; "gibt Hinweise darauf, welche": a guide
    assert kinds("Laut Feuerwehr gibt es keine Hinweise darauf, dass der Brand gelegt wurde.", lexicon) == []
    assert kinds("Die Broschüre gibt Hinweise darauf, welche Fähren fahren.", lexicon) == []


def test_what_need_not_be_checked_is_no_disclaimer(lexicon):
    assert kinds("Die Bauarbeiten müssen nicht überprüft werden, weil sie fertig sind.", lexicon) == []


def test_a_claim_is_distanced_by_its_speech_verb_before_or_after_it(lexicon):
    assert kinds("Der Betreiber behauptete, der Damm bei Lindenau sei sicher.", lexicon) == [("behauptete", "lexical")]
    assert kinds("Der Damm bei Lindenau sei sicher, behauptete der Betreiber.", lexicon) == [("behauptete", "lexical")]
    said_after = "Die Fähre sei gesunken, behaupteten die Behörden in Sabirsk am Montag."
    assert kinds(said_after, lexicon) == [("behaupteten", "lexical")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unabhängig überprüft werden konnten die Angaben der Hafenbehörde von Sabirsk nicht.",
        "Keine dieser Angaben ließ sich unabhängig überprüfen.",
        "Keiner der Berichte aus Lindenau ließ sich bestätigen.",
        # Swiss spelling, the subject a pronoun after the verb
        "Belege legte das Hafenamt nicht vor, unabhängig überprüfen liessen sie sich nicht.",
        "Die Zahl der Toten liess sich zunächst nicht unabhängig überprüfen.",
    ],
)
def test_a_disclaimer_with_its_negation_far_from_the_verb_or_before_the_subject(sentence, lexicon):
    assert [kind for _, kind in kinds(sentence, lexicon)] == ["unverified"]


def test_unnamed_media_are_hearsay(lexicon):
    assert kinds("Laut örtlichen Medien sank vor Lindenau eine Fähre.", lexicon) == [
        ("Laut örtlichen Medien", "hearsay")
    ]
    assert kinds("Keine Rakete ließ sich über Sabirsk abfangen.", lexicon) == []


def test_holding_ones_ground_is_no_claim_about_anything(lexicon):
    assert kinds("Die Verteidiger konnten sich in der Stadt behaupten.", lexicon) == []
    assert kinds("Die Einheit behauptete sich zwei Wochen lang, bevor sie abzog.", lexicon) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Über mögliche Verletzte war zunächst nichts bekannt.",
        "Zu möglichen Verletzten machte die Polizei keine Angaben.",
        "Wie viele Menschen verletzt worden sein könnten, blieb unklar.",
        "Ob die Brücke einstürzen könnte, sagte der Ingenieur nicht.",
        "„Wie könnte eine Fähre ohne Motor den Hafen von Sabirsk erreichen?“, fragte der Kapitän.",
        "Die wahrscheinlich beschädigten Leitungen werden geprüft.",
    ],
)
def test_possibilities_that_the_sentence_does_not_assert(sentence, lexicon):
    """What is not known about the possible, what is asked, and an adverb inside a noun phrase."""
    assert not hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die mögliche Entsendung weiterer Truppen beunruhigt die Nachbarn.",
        "Die Leitungen wurden wahrscheinlich beschädigt.",
        "Die Polizei fasste einen angeblichen ausländischen Agenten.",
        "Die Zahl der Opfer könnte weiter steigen, sagte der Bürgermeister.",
    ],
)
def test_asserted_possibilities_still_hedge(sentence, lexicon):
    assert hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence, previous",
    [
        ("Die neue Regel soll ab Montag gelten.", ""),
        ("Die Waffenruhe soll von 18 Uhr an gelten.", ""),
        ("Die Reparatur soll bis Ende der Woche abgeschlossen sein.", ""),
        ("Laut dem Abkommen sollen die Truppen binnen einer Woche abziehen.", ""),
        ("Die Gefangenen sollen im Gegenzug freikommen.", ""),
        ("Die Gefangenen sollen freikommen.", "Beide Seiten haben sich auf einen Austausch geeinigt."),
        ("Die Hilfsgüter sollen über zwei Grenzübergänge kommen.", "Die Vereinbarung sieht eine Feuerpause vor."),
        ("Lindenau und Sabirsk schlossen einen Vertrag, der den Streit um den Hafen beilegen soll.", ""),
        ("Das Wichtigste der Einigung: Beide Städte sollen ihre Zölle senken.", ""),
    ],
)
def test_the_terms_of_a_deal_or_a_plan_are_deontic(sentence, previous, lexicon):
    assert [h.kind for h in find_hedges(sentence, lexicon, previous) if h.cue.startswith("soll")] == ["deontic"]
    assert not any(decisive(h, lexicon) for h in find_hedges(sentence, lexicon, previous))


@pytest.mark.parametrize(
    "sentence, hedges",
    [
        ("Inzwischen ist von zwölf Verletzten am Hafen die Rede.", True),
        ("Zuvor war von acht Verletzten am Hafen die Rede.", False),
        ("Am Morgen war von acht Verletzten am Hafen die Rede gewesen.", False),
    ],
)
def test_talk_going_round_hedges_an_earlier_count_recalled_does_not(sentence, hedges, lexicon):
    """ "ist von zwölf Verletzten die Rede": what is said about, kept at a distance; "Zuvor war von acht … die Rede",
    "war … die Rede gewesen": the count said then, which a later one replaced."""
    assert hedged(sentence, lexicon) == hedges


def test_a_past_morning_is_no_time_ahead(lexicon):
    sentence = "Die Soldaten sollen am Morgen in die Stadt eingedrungen sein."
    assert [h.kind for h in find_hedges(sentence, lexicon)] == ["reportative"]
    assert [h.kind for h in find_hedges("Die Soldaten sollen morgen abziehen.", lexicon)] == ["deontic"]


def test_a_report_stays_a_report_after_a_deal(lexicon):
    previous = "Beide Seiten haben sich auf einen Austausch geeinigt."
    for sentence in ("Die Gefangenen sollen gefoltert worden sein.", "Die Gefangenen sollen in einem Lager sein."):
        assert [h.kind for h in find_hedges(sentence, lexicon, previous)] == ["reportative"]
    assert [h.kind for h in find_hedges("Die Gefangenen sollen freikommen.", lexicon)] == ["reportative"]
    # a deal named in the clause before, not the one the cue's clause qualifies: a report
    after_a_clause = "Obwohl ein Vertrag gilt, sollen die Kämpfe weitergehen."
    assert [h.kind for h in find_hedges(after_a_clause, lexicon)] == ["reportative"]
    a_man_not_a_deal = "Sie verhafteten einen Mann, der für die Miliz arbeiten soll."
    assert [h.kind for h in find_hedges(a_man_not_a_deal, lexicon)] == ["reportative"]


def test_a_deal_named_in_the_paragraph_reaches_the_claim(knowledge):
    text = "Beide Seiten haben sich auf einen Austausch geeinigt. Die Gefangenen sollen freikommen."
    _, terms = analyse_article(text, "example.org", knowledge).claims
    assert not terms.hedged and [h.kind for h in terms.hedges] == ["deontic"]


def speech(sentence: str, lexicon, **context) -> list[str]:
    return [m.cue for m in find_reported_speech(sentence, lexicon, **context)]


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Der Sprecher sagte, die Soldaten hätten das Dorf verlassen.", "hätten"),
        ("Die Täter hätten Masken getragen, teilte die Polizei mit.", "hätten"),
        ("Nach Angaben der Polizei wären die Täter über die Grenze geflohen.", "wären"),
        ("Zeugen berichteten, mehrere Häuser stünden in Flammen.", "stünden"),
        ("Die Behörde erklärte, die Pumpen würden die ganze Nacht laufen.", "würden"),
    ],
)
def test_konjunktiv_ii_in_reported_speech(sentence, cue, lexicon):
    assert cue in speech(sentence, lexicon) and not hedged(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenn die Brücke hielte, wären die Dörfer sicher, sagte er.",
        "Als gäbe es keine Regeln, fuhr der Lastwagen über die Kreuzung, sagte ein Zeuge.",
        "Hätte es geregnet, wäre der Brand früher erloschen, sagte die Feuerwehr.",
        "Ich hätte das nicht gedacht, sagte sie.",
        "Die Polizei griff erst ein, wenn die Lage gefährlich wäre, sagte er.",
        "Das wäre ein Durchbruch.",
    ],
)
def test_konjunktiv_ii_of_conditions_and_of_the_author_is_no_reported_speech(sentence, lexicon):
    assert not [c for c in speech(sentence, lexicon) if c.startswith(("w", "h", "g"))]


def test_konjunktiv_ii_continues_the_reported_speech_before_it(lexicon, knowledge):
    sentence = "Die Angreifer hätten sich zurückgezogen."
    assert speech(sentence, lexicon) == [] and speech(sentence, lexicon, continues=True) == ["hätten"]
    text = f"Ein Sprecher erklärte, der Angriff sei abgewehrt worden. {sentence}"
    _, claim = analyse_article(text, "example.org", knowledge).claims
    assert claim.reported_speech and [s.text for s in claim.sources] == ["Ein Sprecher"]


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Er wohne seit Jahren in der Stadt.", "wohne"),
        ("Man untersuche den Vorfall.", "untersuche"),
        ("Die Untersuchung laufe noch, sagte ein Sprecher.", "laufe"),
        ("Der Konzern handele im Auftrag der Regierung, sagte sie.", "handele"),
        ("Die Stadt wechsle ihren Kurs nicht, sagte der Bürgermeister.", "wechsle"),
        ("Sie ändere nichts an ihrer Haltung.", "ändere"),
    ],
)
def test_konjunktiv_i_of_any_verb(sentence, cue, lexicon):
    """Found by the verb's dictionary form (simplemma's), not by a list of verbs."""
    assert cue in speech(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dort gab es grausame Szenen.",
        "Es gibt verschiedene Versionen des Vorfalls.",
        "Er nannte hohe Verluste und schwere Schäden.",
        "Die Stadt bat reiche Nachbarn um Hilfe.",
        "Jeden Morgen laufe ich zum Bahnhof.",
        "Wenn ich morgens zur Arbeit fahre, höre ich Radio.",
        "Das 20-fache der Menge wurde gefunden.",
        "We have to manage the borders, and it is not like we have a choice.",
    ],
)
def test_adjectives_and_first_person_are_no_konjunktiv_i(sentence, lexicon):
    assert speech(sentence, lexicon) == []


def test_hiess_es_after_a_named_speaker_is_attribution(knowledge):
    text = "Die Polizei teilte mit, der Fahrer sei geflohen. Er habe ein Auto gestohlen, hieß es."
    _, claim = analyse_article(text, "example.org", knowledge).claims
    assert not claim.hedged and [h.kind for h in claim.hedges] == ["attributed"]
    text = "Die Stadtverwaltung teilte mit, die Schule sei geschlossen.\n\nDer Unterricht falle aus, hieß es weiter."
    _, claim = analyse_article(text, "example.org", knowledge).claims
    assert not claim.hedged


def test_hiess_es_with_no_one_named_before_is_hearsay(knowledge):
    text = "Am Abend regnete es stark in der Stadt. Die Brücke sei gesperrt, hieß es."
    _, claim = analyse_article(text, "example.org", knowledge).claims
    assert claim.hedged and [h.kind for h in claim.hedges] == ["hearsay"]


def test_a_plural_disclaimer_hedges_every_statement_of_its_paragraph(knowledge):
    text = (
        "In der Nacht fielen Schüsse im Hafen. Die Polizei teilte mit, zwei Männer seien festgenommen worden. "
        "Die Feuerwehr meldete drei Verletzte. Diese Angaben ließen sich nicht unabhängig überprüfen."
    )
    own, police, brigade, _ = analyse_article(text, "example.org", knowledge).claims
    assert not own.hedged  # the outlet's own voice is not what "diese Angaben" disclaims
    assert police.hedged and brigade.hedged


def test_a_disclaimer_about_published_photos_hedges_the_statement_before_it(knowledge):
    text = (
        "Am Hafen von Sabirsk seien Teile einer Rakete gefunden worden, teilte die Polizei mit. "
        "Die veröffentlichten Fotos ließen sich nicht unabhängig überprüfen."
    )
    found, _ = analyse_article(text, "example.org", knowledge).claims
    assert found.hedged and [h.kind for h in found.hedges if h.decisive] == ["unverified"]


def test_a_plural_disclaimer_reaches_over_statements_in_konjunktiv_ii(knowledge):
    """ "befänden" stands for Konjunktiv I where that looks like the indicative ("befinden"): reported speech."""
    text = (
        "Ein Sprecher der Hafenbehörde sprach von zwölf Toten. Unter den Opfern befänden sich auch Kinder. "
        "Es gebe keine Verletzten, sagte er. Unabhängig überprüft werden konnten die Angaben nicht."
    )
    *told, _ = analyse_article(text, "example.org", knowledge).claims
    assert all(claim.hedged for claim in told)


def test_a_disclaimer_about_both_sides_reaches_the_other_sides_paragraph(knowledge):
    """ "Die Angaben beider Seiten …" after one side's reports disclaims the other side's in the paragraph before
    too, past the outlet's own sentence between; where its own paragraph quotes both sides, it stays there."""
    first_side = "Die Hafenbehörde von Lindenau meldete am Freitag 15 Tote. 46 weitere Menschen seien verletzt worden."
    other_side = (
        "Auch in Dorinsk gibt es mutmaßlich Tote. Der Sprecher der Provinz sprach von einem getöteten Zivilisten. "
        "Die Angaben beider Seiten lassen sich nicht unabhängig überprüfen."
    )
    told = analyse_article(f"{first_side}\n\n{other_side}", "example.org", knowledge).claims
    assert all(claim.hedged for claim in told)
    both = (
        "Die ukrainische Armee meldete die Einnahme eines Dorfes. Das russische Militär erklärte, es habe einen "
        "Angriff abgewehrt. Die Angaben beider Seiten ließen sich nicht unabhängig überprüfen."
    )
    before = "Nach Angaben der Vereinten Nationen starben in Sabirsk zwölf Menschen."
    un, *sides = analyse_article(f"{before}\n\n{both}", "example.org", knowledge).claims
    assert not un.hedged and all(claim.hedged for claim in sides)


def test_a_disclaimer_about_both_sides_numbers_hedges_their_statements_that_give_one(knowledge):
    """ "Die Zahlen beider Seiten …": both sides' statements, a paragraph each, but only those giving a number."""
    first_side = (
        "Die Hafenbehörde von Lindenau meldete am Freitag 15 Tote. Die Lage habe sich am Abend beruhigt, sagte ihr "
        "Sprecher."
    )
    other_side = (
        "Der Sprecher der Provinz Dorinsk sprach von drei getöteten Soldaten. "
        "Die Zahlen beider Seiten waren zunächst nicht zu überprüfen."
    )
    toll, calm, soldiers, _ = analyse_article(f"{first_side}\n\n{other_side}", "example.org", knowledge).claims
    assert toll.hedged and soldiers.hedged
    assert not calm.hedged


def test_a_disclaimer_about_one_voices_statements_reaches_back_over_its_paragraph_before(knowledge):
    """A lede of one party's statements, then a paragraph going on with that party and "Die Angaben waren nicht zu
    überprüfen": all of that voice's statements; where the disclaimer's paragraph hears two parties, the paragraph
    before is not its."""
    lede = (
        "Bei einem Angriff auf den Hafen von Sabirsk sind nach ukrainischen Angaben zwölf Menschen getötet worden. "
        "Mehr als 30 Bewohner hätten Verletzungen erlitten, sagte der ukrainische Gouverneur Karl Wendtland."
    )
    one = "Wendtland sprach von einem Verbrechen an Fischern. Die Angaben waren zunächst nicht zu überprüfen."
    told = analyse_article(f"{lede}\n\n{one}", "example.org", knowledge).claims
    assert all(claim.hedged for claim in told)
    two = (
        "Wendtland sprach von einem Kriegsverbrechen. Russland meldete zwei abgeschossene Drohnen. "
        "Die Angaben waren zunächst nicht zu überprüfen."
    )
    first, second, *_ = analyse_article(f"{lede}\n\n{two}", "example.org", knowledge).claims
    assert not first.hedged and not second.hedged


def test_a_disclaimer_about_numbers_hedges_the_statements_that_give_one(knowledge):
    text = (
        "Die Hafenbehörde von Lindenau sprach zunächst von zwölf Toten. Später meldete sie 19 Tote. "
        "Am Abend veröffentlichte die Behörde eine Liste der Vermissten. Die Feuerwehr zählte 31 Verletzte. "
        "Diese Zahlen ließen sich nicht unabhängig überprüfen."
    )
    first, second, names, brigade, _ = analyse_article(text, "example.org", knowledge).claims
    assert first.hedged and second.hedged and brigade.hedged
    assert not names.hedged  # a list is no number: "diese Zahlen" are not about it


def test_a_second_disclaimer_reaches_back_only_to_the_first(knowledge):
    text = (
        "Der Bürgermeister sprach von zwölf Toten. Diese Angaben ließen sich nicht unabhängig überprüfen. "
        "Die Feuerwehr meldete später drei Verletzte. Auch diese Angaben ließen sich nicht unabhängig überprüfen."
    )
    mayor, _, brigade, _ = analyse_article(text, "example.org", knowledge).claims
    assert [h.text for h in mayor.hedges] == ["ließen sich nicht unabhängig überprüfen"]  # once, not twice
    assert brigade.hedged


def test_every_cue_names_a_word_it_needs(lexicon):
    """A cue's "requires" lets find_hedges skip its pattern: each match must contain one of them."""
    samples = [
        "Angeblich wurde das Depot zerstört.",
        "Die mutmasslichen Täter flohen.",
        "Die Brücke ist offensichtlich eingestürzt, sie wurde wohl getroffen.",
        "Eventuell starben mehr Menschen, unter Umständen auch Kinder.",
        "Unbestätigt blieb die Zahl; sie ist nicht bestätigt.",
        "Dem Vernehmen nach hiess es, die Schätzung sei zu hoch.",
        "Die Angaben lassen sich kaum unabhängig verifizieren.",
        "Die Angaben sind nicht nachprüfbar.",
    ]
    for entry in lexicon["hedging"]["cues"]:
        assert entry.get("requires"), entry["pattern"]
        for sentence in samples:
            for match in re.finditer(entry["pattern"], sentence, re.IGNORECASE):
                assert any(word in match.group(0).lower() for word in entry["requires"]), (entry, sentence)


def test_hedge_scanning_reads_clause_bounds_once_per_sentence(lexicon, monkeypatch):
    """Issue 17: every "soll" asked for its clause, and the sentence was re-read each time (quadratic).
    Now the clause bounds are found in one pass, and only when a cue asks for them."""
    reads = []
    pattern = hedging._CLAUSE_END

    class Counting:
        def finditer(self, *args):
            reads.append(args)
            return pattern.finditer(*args)

    monkeypatch.setattr(hedging, "_CLAUSE_END", Counting())
    sentence = ", ".join(["die Truppen soll es geben"] * 500) + "."
    assert [h.kind for h in find_hedges(sentence, lexicon)] == ["reportative"] * 500
    assert len(reads) == 1
    reads.clear()
    assert find_hedges("Die Brücke wurde offenbar beschädigt.", lexicon) and reads == []


def test_exceptions_are_only_words_the_dictionary_reads_as_verbs(lexicon):
    """Adjectives, pronouns and adverbs in "-e" are told apart by their dictionary form: the list of
    exceptions keeps only particles that look like a verb ("bitte", "danke")."""
    assert all(hedging.is_subjunctive_form(word) for word in lexicon["hedging"]["not_konjunktiv_i"])
    assert not any(hedging.is_subjunctive_form(w) for w in ("hohe", "grausame", "schwere", "verschiedene", "seine"))


_FORM_PIECES = ["sei", "seien", "habe", "hätten", "wäre", "gebe", "erwarte", "neue", "Hilfe", "sage", "ich", "er"]
_FORM_GLUE = [" ", "", "-", "_", ", ", "„", "\n", "5"]


def test_a_sentence_is_passed_over_only_where_no_word_may_be_a_konjunktiv_form(lexicon) -> None:
    """The set look-up over a sentence's words before the scan (`_may_hold_a_form`) never passes over a
    word the scan would look at further; each text is built of forms, other words and what joins them."""
    rules = hedging._compiled(typed_rules(lexicon).hedging)
    assert rules.may_be_forms is not None

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(_FORM_PIECES), st.sampled_from(_FORM_GLUE)), max_size=6))
    def check(parts: list[tuple[str, str]]) -> None:
        text = "".join(piece + glue for piece, glue in parts)
        if any(hedging._may_be_a_form(m.group(0), rules) for m in rules.speech_words.finditer(text)):
            assert hedging._may_hold_a_form(text, rules)

    check()
    assert not hedging._may_hold_a_form("Die neue Brücke über die Aller wurde eröffnet.", rules)
    assert hedging._may_hold_a_form("Der Bürgermeister sagte, die Brücke sei sicher.", rules)
    assert find_reported_speech("Die neue Brücke über die Aller wurde eröffnet.", lexicon) == []


_NEEDED_PIECES = ["NICHT", "nichts", "Unabhängig", "heißt", "HEISST", "İch", "wohl", "Vermutlich", "sagte", "SAGTE"]
_NEEDED_GLUE = [" ", "", "-", "_", "3", "ẞ", "\u0307", ". "]


def test_the_words_cues_need_and_the_speech_verbs_are_told_by_word_flags_as_the_text_tells_them(lexicon) -> None:
    """The needed words and the one-word speech verbs, told by bits of each word form's flags, are
    those a substring test over the lowered sentence and its runs of letters find."""
    rules = hedging._compiled(typed_rules(lexicon).hedging)
    cues = hedging._speech_cues(typed_rules(lexicon).attribution)
    assert rules.needed.bits is not None

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(_NEEDED_PIECES), st.sampled_from(_NEEDED_GLUE)), max_size=6))
    def check(parts: list[tuple[str, str]]) -> None:
        text = "".join(piece + glue for piece, glue in parts)
        assert rules.needed.held_in(text) == rules.needed.held(text.lower()), text
        said = not cues.verbs.isdisjoint(map(str.lower, re.findall(r"[^\W\d_]+", text)))
        assert hedging.names_speech(text, lexicon, verbs_only=True) == said, text

    check()


@pytest.mark.parametrize(
    "text",
    [
        "Überprüfen lässt sich keine der Angaben zu den Schäden in Lindenau.",
        "In anderen Berichten war von mehr als 2.000 Tonnen Ladung im Hafen von Lindenau die Rede.",
    ],
)
def test_a_disclaimer_with_kein_and_hearsay_with_the_rede_after_its_object(text, knowledge):
    (claim,) = analyse_article(text, "example.org", knowledge).claims
    assert claim.hedged


def test_a_disclaimer_of_none_of_the_statements_reaches_back_as_diese_angaben_does(knowledge):
    text = (
        "Im Hafen von Lindenau brannte ein Lager. Die Behörden sprechen von mehr als 50 Toten. "
        "Überprüfen lässt sich keine der Angaben."
    )
    fire, toll, _ = analyse_article(text, "example.org", knowledge).claims
    assert toll.hedged and not fire.hedged


def test_a_modal_that_rates_a_thing_is_no_doubt(lexicon):
    """ "könne als erledigt betrachtet werden" says how the speaker sees it, quoted or not; "könne brechen" may be."""
    rated = "Der Bürgermeister sagte, die Sache könne „als erledigt betrachtet werden“."
    assert [decisive(h, lexicon) for h in find_hedges(rated, lexicon) if h.cue == "könne"] == [False]
    possible = "Der Bürgermeister sagte, der Damm könne brechen."
    assert [decisive(h, lexicon) for h in find_hedges(possible, lexicon) if h.cue == "könne"] == [True]


def test_what_the_talk_was_of_is_the_fact_not_the_hedge(lexicon):
    """ "war von 31 Verletzten die Rede": the cue is "die Rede"; the 31 injured between are what the claim tells."""
    sentence = "In Lindenau war von 31 Verletzten die Rede."
    assert [h.cue for h in find_hedges(sentence, lexicon)] == ["die Rede"]


@pytest.mark.parametrize(
    "text, hedged",
    [
        ("Schätzungen zufolge sind dreitausend Menschen ohne Strom.", True),
        ("Die Zahl der Toten wird auf 300 geschätzt.", True),
        ("Nach Schätzungen der Hafenbehörde sind dreitausend Menschen ohne Strom.", False),
        ("Nach Schätzung von Bürgermeister Karl Beispiel sind dreitausend Menschen ohne Strom.", False),
        ("Nach Nato-Schätzungen sind dreitausend Soldaten an der Grenze.", False),
        ("Die Hafenbehörde hatte geschätzt, dass dreitausend Menschen ohne Strom sind.", False),
        # "geschätzte 300", "die geschätzte Zahl" estimate; "unser geschätzter Gast" esteems
        ("Geschätzte 300 Boote liegen im Hafen von Lindenau.", True),
        ("Die geschätzte Zahl der Boote im Hafen von Lindenau liegt bei 300.", True),
        ("Der Bürgermeister empfing seinen geschätzten Gast im Hafen von Lindenau.", False),
        ("Der Hafen von Lindenau hat einen geschätzten Wert von 300 Millionen Euro.", True),
        # "könne" after an infinitive in a relative clause tells what a thing can do; after a perfect infinitive
        # it guesses, and "könnte" tells what might happen
        ("Ein Sprecher sagte, es sei eine große Drohne gewesen, die weite Strecken zurücklegen könne.", False),
        ("Ein Sprecher sagte, es sei eine Drohne gewesen, die das Depot getroffen haben könne.", True),
        ("Die Behörde warnte vor einer Welle, die den Hafen von Lindenau erreichen könnte.", True),
        # what is called impossible, or possible only on a condition, is stated outright
        ("Der Bürgermeister sagte, die Versorgung von Lindenau sei nicht mehr möglich.", False),
        ("Eine Öffnung des Hafens von Lindenau ist nur möglich, wenn der Pegel sinkt.", False),
        ("Ein möglicher Anschlag auf den Hafen von Lindenau wird untersucht.", True),
    ],
)
def test_an_estimate_or_an_ability_hedges_only_where_no_one_is_named_for_it(text, hedged, knowledge):
    """An estimate a named source makes is attributed as a statement is; one no one is named for hedges."""
    (claim,) = analyse_article(text, "example.org", knowledge).claims
    assert claim.hedged is hedged


@pytest.mark.parametrize(
    "text",
    [
        "Die Hafenbehörde von Lindenau meldete zwölf Tote. Unter den Toten seien Fischer und Hafenarbeiter, "
        "sagte ein Sprecher. Die Zahlen waren nicht unabhängig zu überprüfen.",
        # a number in a name ("Ro-64") is no count
        "Die ukrainische Marine meldete 17 beschädigte Schiffe. Betroffen seien Fähren der Typen Ro-64 und "
        "Ro-80, sagte ein ukrainischer Sprecher. Diese Zahlen waren zunächst nicht zu überprüfen.",
    ],
)
def test_a_disclaimer_about_numbers_passes_over_the_claim_before_it_that_gives_none(text, knowledge):
    """ "Die Zahlen waren nicht zu überprüfen" right after a list of the victims is about the toll before it."""
    toll, listed, *_ = analyse_article(text, "example.org", knowledge).claims
    assert toll.hedged and not listed.hedged


@pytest.mark.parametrize(
    "sentence, is_hedged",
    [
        ("Offensichtlich ist der Damm in der Nacht gebrochen.", True),
        ("Der Damm hat offensichtlich nachgegeben, offensichtlich hat niemand gewarnt.", True),
        ("Die Schäden am Damm sind groß, auch wenn die Ursachen längst offensichtlich sind.", False),
        ("Offensichtlich ist, dass der Damm zu alt war.", False),
    ],
)
def test_offensichtlich_before_a_copula_closing_its_clause_says_obvious_not_apparently(sentence, is_hedged, lexicon):
    """ "…, auch wenn die Ursachen offensichtlich sind": the predicate ("are obvious"), no distance kept; opening a
    clause that goes on ("Offensichtlich ist der Damm …") it is the adverb, "apparently"."""
    assert hedged(sentence, lexicon) == is_hedged


def test_a_disclaimer_naming_its_topic_hedges_the_claims_about_it_alone(knowledge):
    """ "Die Angaben zur Herkunft der Drohne …" covers what was said of where the drone came from, not the
    rescue work or the toll told before it."""
    text = (
        "Bei dem Angriff auf Lindenau wurden nach Angaben des ukrainischen Innenministers zwölf Menschen getötet. "
        "Die Drohne sei aus dem Süden gekommen, sagte der Minister. Die Bergung dauerte bis zum Abend. "
        "Die Angaben zur Herkunft der Drohne waren zunächst nicht zu überprüfen."
    )
    toll, origin, rescue, *_ = analyse_article(text, "example.org", knowledge).claims
    assert origin.hedged
    assert not toll.hedged and not rescue.hedged


def test_a_noun_after_das_makes_it_an_article_not_a_disclaimers_pronoun(knowledge):
    """ "Das Staatsfernsehen zählte 40 Verletzte, was nicht zu überprüfen war": the disclaimer is its own
    sentence's; the claim before it keeps its commitment."""
    text = (
        "In Lindenau wächst die Zahl der Verletzten. "
        "Das Staatsfernsehen zählte am Montag 40 Verletzte am Hafen, was zunächst nicht zu überprüfen war."
    )
    before, own = analyse_article(text, "example.org", knowledge).claims
    assert own.hedged and not before.hedged


def test_hearsay_in_a_statement_of_a_body_named_cites_that_body(knowledge):
    """ "…, heißt es in einer Mitteilung der Stiftung": the foundation's statement, no hearsay."""
    text = "Am Morgen seien zwei Lagerhallen am Hafen ausgebrannt, heißt es in einer Mitteilung der Stiftung."
    (claim,) = analyse_article(text, "example.org", knowledge).claims
    assert not claim.hedged
    assert [s.text for s in claim.sources if s.role == "origin"] == ["der Stiftung"]


@pytest.mark.parametrize(
    "sentence, is_hedged",
    [
        ("Ein möglicher Anschlag auf die Leitung bei Lindenau wird untersucht.", True),
        ("Am Montag beriet der Bürgermeister von Lindenau über mögliche Antworten.", False),
        ("Zu möglichen Schäden am Damm gab es keine Angaben.", False),
    ],
)
def test_moeglich_naming_what_is_talked_about_hedges_nothing(sentence, is_hedged, lexicon):
    """ "über mögliche Antworten": the possible answers are the topic of the talks, which did happen; "ein möglicher
    Anschlag" is a fact only possible."""
    assert hedged(sentence, lexicon) == is_hedged


def test_a_disclaimer_after_a_dash_covers_its_own_sentence_only(knowledge):
    """ "…, hieß es später – eine Bestätigung dafür gab es nicht.": the dash sets the disclaimer beside what
    its own sentence says; the speaker's statements in the paragraph before stay as they were said."""
    text = (
        "Die Armee teilte mit, der Kommandeur der Miliz sei in Lindenau gefasst worden. Zwei weitere Kämpfer "
        "seien in Brückenfeld gefasst worden.\n\n"
        "Insgesamt seien 40 Kämpfer gefasst worden, hieß es später – eine unabhängige Bestätigung dafür gab es nicht."
    )
    assert [c.hedged for c in analyse_article(text, "example.org", knowledge).claims] == [False, False, True]


def test_a_sentence_that_says_nothing_more_was_said_is_passed_over_by_a_disclaimer(knowledge):
    """ "Nähere Einzelheiten nannte der Sprecher nicht. Eine Bestätigung dafür gab es nicht.": the disclaimer is about
    what the speaker said before, not about his saying no more."""
    text = (
        "Ein Sprecher der Hafenbehörde sagte, in Lindenau seien zwei Schiffe versenkt worden. Nähere Einzelheiten "
        "nannte der Sprecher nicht. Eine unabhängige Bestätigung dafür gab es nicht."
    )
    said, nothing_more, _ = analyse_article(text, "example.org", knowledge).claims
    assert said.hedged and not nothing_more.hedged
