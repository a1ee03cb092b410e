import pytest

from scoring import analyse_article
from scoring.claims import is_claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Die sudanesische Armee eroberte im März den Flughafen von Khartum zurück.",
        "Iranische Militärberater bereits in Port Sabir gesichtet",
        "Laut dem Pentagon wurden etwa 10.000 Soldaten verlegt.",
        "Die Fähre fuhr zuletzt am Montag, 30.3.2020.",  # a date ending a statement: no bracket closes
        "Die Fähre fuhr zuletzt am Montag (30.3.2020).",
        "Die neue Fähre kostet 100.000 Euro im Jahr (Ilse Brandt im Interview, 3.5.2024).",
        "Wie die Hafenbehörde mitteilte, sank vor Lindenau eine Fähre.",
        "Wie jeden Sommer fahren ab Montag zwölf Fähren nach Lindenau.",
        "Hafen: Wie im Vorjahr fahren ab Montag zwölf Fähren nach Lindenau.",
    ],
)
def test_claims_are_kept(sentence, lexicon):
    assert is_claim(sentence, lexicon)


@pytest.mark.parametrize(
    "sentence",
    [
        "Doch was steckt hinter den Berichten?",
        "Wir müssen jetzt handeln!",
        "Militärische Kooperation vertieft",
        "Lesen Sie auch unseren Liveticker zum Krieg.",
        "Drohnen aus Iran im Sudan-Krieg:",
        "(Ilse Brandt, parteilos, Bürgermeisterin von Sabirsk, 12.4.2024)",
        "Ilse Brandt, Hafenmeisterin von Lindenau, 3. 5. 24).",
        "Hafenstreit: Warum die Fähre nach Lindenau nicht mehr fährt",
        "Warum die Fähre nach Lindenau nicht mehr fährt.",
        "Was über den Brand im Hafen von Sabirsk bekannt ist.",
    ],
)
def test_questions_exhortations_labels_are_not_claims(sentence, lexicon):
    assert not is_claim(sentence, lexicon)


def test_two_statements_of_one_subject_are_two_claims(knowledge):
    text = (
        "Weder die Nato noch Washington bestätigten bislang die Meldungen über den Raketentest, warnten aber davor, "
        "dass eine solche Waffe das Kräfteverhältnis in der Region verschieben könne."
    )
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert text[first.start : first.end].endswith("den Raketentest") and first.stance == "unconfirmed"
    assert not first.hedged and not first.reported_speech
    assert text[second.start : second.end].startswith("warnten aber davor")
    assert second.hedged and second.origin_parties == first.origin_parties == ("NATO", "US")


def test_a_headline_of_two_statements_is_two_claims(knowledge):
    text = "Pakistanische Kampfjets über indischem Grenzgebiet gesichtet – kein Dementi von Sharif\n\nMehr folgt."
    first, second, *_ = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Pakistanische Kampfjets über indischem Grenzgebiet gesichtet"
    assert second.text == "kein Dementi von Sharif" and second.stance == "support"


def test_a_second_verb_of_the_same_subject_is_a_second_claim_with_its_source_and_its_hedge(knowledge):
    text = (
        "Die Hafenbehörde von Port Sabir bestreitet den Bericht und erklärt, die Fähre sei "
        "offenbar von einer Mine getroffen worden."
    )
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Die Hafenbehörde von Port Sabir bestreitet den Bericht"
    assert second.text.startswith("und erklärt, die Fähre sei") and second.text.endswith("worden.")
    assert not first.hedged and second.hedged  # "offenbar" hedges its own clause only
    assert second.origin_parties == first.origin_parties


def test_two_main_clauses_after_a_comma_are_two_claims_and_the_second_has_its_own_source(knowledge):
    text = "Die Miliz wies den Vorwurf zurück, und in Lindenau wurde die Armee für den Angriff verantwortlich gemacht."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Die Miliz wies den Vorwurf zurück"
    assert second.text == "und in Lindenau wurde die Armee für den Angriff verantwortlich gemacht."
    assert not any(source.start >= second.start for source in first.sources)
    assert all(second.start <= source.start for source in second.sources)  # not the militia's claim


def test_a_main_clause_after_a_comma_without_und_is_a_claim_with_its_own_source_and_stance(knowledge):
    text = "Die Hafenbehörde gibt der Reederei die Schuld, der Kapitän bestreitet jeden Fehler."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert (first.text, first.stance) == ("Die Hafenbehörde gibt der Reederei die Schuld", "support")
    assert (second.text, second.stance) == ("der Kapitän bestreitet jeden Fehler.", "deny")
    assert [s.text for s in first.sources] == ["Die Hafenbehörde"]  # the captain denies; he says nothing of it


@pytest.mark.parametrize(
    "text",
    [
        "In Sabirsk meldet die Hafenbehörde 40 Tote, die Reederei spricht von weniger als 20.",
        "In Sabirsk meldet die Hafenbehörde 40 Tote, Lindenaus Feuerwehr spricht von weniger als 20.",
    ],
)
def test_a_second_speaker_with_a_speech_verb_of_its_own_is_no_content_of_the_first(text, knowledge):
    """ "X meldet 40 Tote, Y spricht von 20": two reports of two speakers, each its own claim (a subject may be
    a name's genitive with its noun); "X sagte, die Armee habe …" stays one claim (the test above)."""
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "In Sabirsk meldet die Hafenbehörde 40 Tote"
    assert second.text.endswith("spricht von weniger als 20.")
    # each speaks for its own report only: the second speaker lends the first count no origin
    assert [s.text for s in first.sources] == ["die Hafenbehörde"]
    assert [s.text for s in second.sources] == [second.text.removesuffix(" spricht von weniger als 20.")]


_RELATIVE = "Bei dem Angriff auf die Halle, in der drei Menschen getötet wurden, brannte das Dach ab."
_WHERE = "Die Fischer kehrten nach Lindenau zurück, dort wo der Hafen noch offen ist."


@pytest.mark.parametrize(
    "text, claims",
    [
        # ", in Dorinsk war …": a phrase of place or time, then the finite verb, opens a main clause (the verb second)
        (
            "Im Hafen von Sabirsk brannte am Morgen ein Lager, in Lindenau und Dorinsk war der Strom ausgefallen.",
            ["Im Hafen von Sabirsk brannte am Morgen ein Lager", "in Lindenau und Dorinsk war der Strom ausgefallen."],
        ),
        # ", dort wurde …": so does an adverb of place or time before the finite verb
        (
            "Vor Lindenau sank am Morgen eine Fähre, dort wurde auch der Anleger beschädigt.",
            ["Vor Lindenau sank am Morgen eine Fähre", "dort wurde auch der Anleger beschädigt."],
        ),
        # ", in der drei Menschen getötet wurden," is a relative clause (its verb comes last); ", dort wo …" too
        (_RELATIVE, [_RELATIVE]),
        (_WHERE, [_WHERE]),
    ],
)
def test_a_place_or_time_opening_a_second_main_clause_after_a_comma(text, claims, knowledge):
    assert [c.text for c in analyse_article(text, "example.org", knowledge).claims] == claims


def test_a_clause_whose_speaker_was_named_before_in_its_sentence_keeps_that_speaker(knowledge):
    """ "…, am Mittag hatte die Armee neun Tote gemeldet": the organ is the one whose spokesman spoke before
    the comma (one source to the sentence); the clause with its own subject keeps that source."""
    text = (
        "Der ukrainische Sprecher Taras Beispiel meldete am Abend 14 Tote in Charkiw, "
        "am Mittag hatte die Armee erst neun Tote gemeldet."
    )
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert second.text == "am Mittag hatte die Armee erst neun Tote gemeldet."
    assert first.origin_parties == second.origin_parties == ("UA",)


def test_a_number_may_open_a_second_main_clause(knowledge):
    text = "Im Hafen von Sabirsk starben 12 Seeleute, 30 Fischer wurden am Abend verletzt."
    assert [c.text for c in analyse_article(text, "example.org", knowledge).claims] == [
        "Im Hafen von Sabirsk starben 12 Seeleute",
        "30 Fischer wurden am Abend verletzt.",
    ]


def test_a_count_of_its_own_after_a_comma_is_a_claim_however_short(knowledge):
    """A number with its verb states a count of its own; a source named before the comma frames no clause."""
    text = "Im Hafen von Sabirsk starben nach Angaben der Hafenbehörde 12 Seeleute, 30 wurden verletzt."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Im Hafen von Sabirsk starben nach Angaben der Hafenbehörde 12 Seeleute"
    assert second.text == "30 wurden verletzt."
    assert [q[0] for q in first.signature.quantities] == [12.0] and [q[0] for q in second.signature.quantities] == [
        30.0
    ]


@pytest.mark.parametrize(
    "text, parts",
    [
        # a count with its noun after a clause that names its source: the source's, a claim however short
        (
            "Nach Angaben der Hafenbehörde sank vor Sabirsk am Abend ein Kutter, 12 Seeleute wurden verletzt.",
            [
                "Nach Angaben der Hafenbehörde sank vor Sabirsk am Abend ein Kutter",
                "12 Seeleute wurden verletzt.",
            ],
        ),
        # a part of the count before ("drei von ihnen"): the subject of a clause of its own
        (
            "In Lindenau wurden zwölf Seeleute verletzt, drei von ihnen schweben in Lebensgefahr.",
            ["In Lindenau wurden zwölf Seeleute verletzt", "drei von ihnen schweben in Lebensgefahr."],
        ),
    ],
)
def test_a_count_with_its_noun_after_a_comma_is_a_claim_of_its_own(text, parts, knowledge):
    claims = analyse_article(text, "example.org", knowledge).claims
    assert [c.text for c in claims] == parts
    if text.startswith("Nach Angaben"):
        assert [s.text for s in claims[1].sources] == ["Nach Angaben der Hafenbehörde"]


@pytest.mark.parametrize(
    "text, second, framed",
    [
        # "Laut X wurde A beschädigt, ein Reaktor musste …": two facts, both X's
        (
            "Laut der ukrainischen Polizei wurde in Sabirsk eine Leitung beschädigt, ein Kraftwerk musste abschalten.",
            "ein Kraftwerk musste abschalten.",
            "Die ukrainische Polizei teilte mit, ein Kraftwerk musste in Sabirsk am Abend abschalten.",
        ),
        # "Nach Angaben der X wurden 400 getötet, 300 weitere seien verletzt worden": the second count is X's too
        (
            "Nach Angaben der ukrainischen Marine wurden vor Sabirsk 40 Seeleute getötet, 30 weitere seien verletzt "
            "worden.",
            "30 weitere seien verletzt worden.",
            "Der ukrainische Sprecher erklärte am Abend, die Fähre scheine vor Sabirsk gesunken zu sein.",
        ),
        # "…, 73 wurden verletzt": a count going on from the sourced count is the source's in the indicative too
        (
            "Vor Sabirsk kamen nach Angaben der ukrainischen Marine 40 Seeleute ums Leben, 30 wurden verletzt.",
            "30 wurden verletzt.",
            "Der ukrainische Sprecher erklärte am Abend, die Fähre scheine vor Sabirsk gesunken zu sein.",
        ),
    ],
)
def test_a_second_clause_after_a_source_without_a_speech_verb_is_a_claim_the_source_says_too(
    text, second, framed, knowledge
):
    """A source named without a speech verb speaks for a second main clause, and a count in Konjunktiv beside the
    sourced one is the source's too; with a speech verb before the comma ("X teilte mit, …", "Der Sprecher
    erklärte, die Fähre sei …") what follows is what X says, one claim."""
    first, then = analyse_article(text, "example.org", knowledge).claims
    assert then.text == second
    assert first.origin_parties == then.origin_parties == ("UA",)
    assert len(analyse_article(framed, "example.org", knowledge).claims) == 1


def test_a_second_report_beside_one_in_the_clause_before_is_a_claim_the_speaker_says_too(knowledge):
    """ "X teilte mit, A sei …, B habe …": two reported statements, both X's; the first report after the speech
    verb stays what X says ("Die Stadt erklärte, der Hafen sei …" is one claim)."""
    text = (
        "Die ukrainische Marine teilte mit, die Fähre sei vor Sabirsk gesunken, die Besatzung habe das Ufer erreicht."
    )
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Die ukrainische Marine teilte mit, die Fähre sei vor Sabirsk gesunken"
    assert second.text == "die Besatzung habe das Ufer erreicht."
    assert first.origin_parties == second.origin_parties == ("UA",)


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "Über dem Hafen von Lindenau stiegen dicke Rauchsäulen auf, in Teilen der Stadt fiel der Strom aus.",
            ["Über dem Hafen von Lindenau stiegen dicke Rauchsäulen auf", "in Teilen der Stadt fiel der Strom aus."],
        ),
        # a participle qualifying a noun, a preposition or a relative clause after the phrase: one claim
        ("Die Fähre brachte am Morgen viele Pakete nach Lindenau, in Sabirsk geschriebene Briefe und Karten.", 1),
        ("Die Fähre brachte am Morgen viele Pakete nach Lindenau, in Sabirsk wegen der Sperre nicht.", 1),
        ("Die Fähre brachte am Morgen viele Pakete nach Lindenau, in dem Fischer lebten.", 1),
    ],
)
def test_a_phrase_of_place_or_time_may_open_a_second_main_clause_before_its_verb(text, parts, knowledge):
    claims = [c.text for c in analyse_article(text, "example.org", knowledge).claims]
    assert claims == parts if isinstance(parts, list) else len(claims) == parts


def test_a_semicolon_joins_two_claims_and_the_sentences_source_speaks_for_both(knowledge):
    text = "Die ukrainische Polizei sprach am Mittwoch von zwölf Verletzten; am Dienstag hatte sie noch neun genannt."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert (first.text, second.text) == (
        "Die ukrainische Polizei sprach am Mittwoch von zwölf Verletzten",
        "am Dienstag hatte sie noch neun genannt.",
    )
    assert first.origin_parties == second.origin_parties == ("UA",)
    quoted = 'Der Bürgermeister von Lindenau sagte: "Der Hafen ist zu; die Fähren fahren nicht."'
    assert len(analyse_article(quoted, "example.org", knowledge).claims) == 1


def test_a_disclaimer_after_a_semicolon_hedges_the_clause_before_it_and_no_other(knowledge):
    """ "…; überprüfen ließen sich diese Angaben nicht" is no statement of its own but the hedge of the clause
    before the semicolon: one claim, hedged; the sentence before it stays unhedged."""
    hedged = "Zwei Fischer seien dabei verletzt worden; überprüfen ließen sich diese Angaben nicht."
    text = "In Lindenau brannte am Montag ein Lager. " + hedged
    before, claim = analyse_article(text, "example.org", knowledge).claims
    assert claim.text == hedged
    assert claim.hedges and not before.hedges


def test_a_breakdown_after_a_colon_is_a_claim_of_its_own(knowledge):
    """ "…: drei Seeleute, zwei Fischer …" counts who the clause before tells of: a fact of its own, linked
    apart from the total; a colon before a count with no list after it keeps the sentence whole."""
    text = (
        "Nach Angaben der ukrainischen Polizei starben am Abend in Sabirsk sieben Menschen: "
        "drei Seeleute, zwei Fischer und zwei Passagiere."
    )
    total, breakdown = analyse_article(text, "example.org", knowledge).claims
    assert total.text == "Nach Angaben der ukrainischen Polizei starben am Abend in Sabirsk sieben Menschen"
    assert breakdown.text == "drei Seeleute, zwei Fischer und zwei Passagiere."
    assert breakdown.origin_parties == total.origin_parties == ("UA",)
    whole = "Die Reederei nannte am Abend in Sabirsk eine Bilanz: sieben Menschen starben."
    assert len(analyse_article(whole, "example.org", knowledge).claims) == 1


def test_a_subheading_counting_what_happened_is_a_claim_however_short(knowledge):
    """ "Zwölf Seeleute tot" between paragraphs is a statement in the headline's elliptical style; a line
    with no count ("Die Fähre verlassen") or naming the event as a noun ("Der lange Tod") is a title."""
    text = "Die Fähre sank vor Sabirsk am Morgen.\n\nZwölf Seeleute tot\n\nDie Reederei prüft den Schaden."
    assert "Zwölf Seeleute tot" in [c.text for c in analyse_article(text, "example.org", knowledge).claims]
    for title in ("Die Fähre verlassen", "Der lange Tod"):
        text = f"Die Fähre sank vor Sabirsk am Morgen.\n\n{title}\n\nDie Reederei prüft den Schaden."
        assert title not in [c.text for c in analyse_article(text, "example.org", knowledge).claims]


def test_a_count_with_its_verb_left_out_is_a_claim_where_it_has_a_hedge_of_its_own(knowledge):
    """ "…, Dutzende offenbar verletzt.": the auxiliary is the clause before's; the hedge is the count's own, so
    the count is a claim of its own, hedged, and the clause before stays sure. Without a hedge the two
    counts are one report of a toll."""
    hedged = "Im Hafen von Sabirsk starben viele Seeleute, Dutzende offenbar verletzt."
    first, second = analyse_article(hedged, "example.org", knowledge).claims
    assert (first.text, first.hedged) == ("Im Hafen von Sabirsk starben viele Seeleute", False)
    assert (second.text, second.hedged) == ("Dutzende offenbar verletzt.", True)
    sure = "Im Hafen von Sabirsk starben zwölf Seeleute, 30 weitere verletzt."
    assert [c.text for c in analyse_article(sure, "example.org", knowledge).claims] == [sure]


@pytest.mark.parametrize(
    "text",
    [
        "Die Fähre brachte Helfer nach Sabirsk, die der Hafen dringend brauchte.",  # ends with its verb
        "Die Fähre hielt vor Lindenau, die unser Amt betreibt und bewacht.",  # a possessive opens a relative clause
        "Es heißt, die Gespräche in Dorinsk gingen weiter.",  # what a speech frame says
        "Die Stadt erklärte, der Hafen sei am Abend gesperrt worden.",  # reported content in Konjunktiv
        "In Lindenau ist die Ansicht verbreitet, die Fähren würden bald wieder fahren.",  # in Konjunktiv II
        "Die Eltern von Kapitän Jan Beispiel, 52, haben die Reederei in Dorinsk gegründet.",  # an age, no count
        # an infinitive clause ("…, X getan zu haben") is what the noun before says, no main clause
        "Die Reederei wies Vorwürfe zurück, in Dorinsk gezielt Fischer behindert zu haben.",
    ],
)
def test_a_relative_clause_or_reported_content_after_a_comma_is_no_second_claim(text, knowledge):
    assert len(analyse_article(text, "example.org", knowledge).claims) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die Lagerhallen am Hafen wurden zerstört und geplündert, hieß es aus Port Sabir.",  # two verbs, one statement
        "Die Armee meldete Angriffe auf Sabirsk, Lindenau und Port Sabir in der Nacht.",  # a list of names
        # "und zwar": one statement
        "Die Fähre fährt wieder nach Sabirsk, und zwar bis zum Hafen, den die Stadt betreibt.",
        "Die Fähre lief auf Grund und sank.",  # a part too short to stand alone
    ],
)
def test_und_without_a_second_main_clause_keeps_the_sentence_whole(text, knowledge):
    assert len(analyse_article(text, "example.org", knowledge).claims) == 1


def test_a_single_dash_joins_two_main_clauses_and_a_pair_sets_off_an_aside(knowledge):
    """ "… gesperrt – zuvor hatte die Stadt gewarnt": two statements; "… sank – so der Kapitän – vor X": one."""
    text = "Die Stadt Lindenau hat den Hafen gesperrt – zuvor hatte das Amt vor Sturm gewarnt."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Die Stadt Lindenau hat den Hafen gesperrt"
    assert second.text == "zuvor hatte das Amt vor Sturm gewarnt."
    aside = "Die Fähre sank – zuvor hatte der Kapitän gewarnt – vor Lindenau."
    assert len(analyse_article(aside, "example.org", knowledge).claims) == 1


def test_a_part_of_a_count_after_a_headlines_dash_is_a_fact_of_its_own(knowledge):
    """ "14 Tote in Lindenau – darunter drei Seeleute": the sailors among the dead are a second fact."""
    text = "Hafenbrand: 14 Tote bei Feuer in Lindenau – darunter drei Seeleute\n\nMehr folgt."
    first, second, *_ = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Hafenbrand: 14 Tote bei Feuer in Lindenau" and second.text == "darunter drei Seeleute"


@pytest.mark.parametrize(
    "text",
    [
        "Die Soldaten – rund 3000 Mann – wurden in der Nacht nach Kursk verlegt.",
        "Die Armee meldete neue Angriffe auf Charkiw – die Stadt liegt nur 30 Kilometer von der Grenze entfernt.",
        "Krieg in der Ukraine – Russland greift Kiew mit Drohnen an\n\nMehr folgt.",
        'Bürgermeister von Sabirsk: "Die Fähre fährt wieder – der Hafen bleibt offen"\n\nMehr folgt.',
    ],
)
def test_a_dash_in_running_text_or_after_a_topic_keeps_the_sentence_whole(text, knowledge):
    assert analyse_article(text, "example.org", knowledge).claims[0].text == text.split("\n")[0]


@pytest.mark.parametrize(
    "headline, claims",
    [
        (
            "Lindenau beschießt Sabirsk – Hafenamt zählt zwölf Verletzte",
            ["Lindenau beschießt Sabirsk", "Hafenamt zählt zwölf Verletzte"],
        ),
        ("Brand im Hafen von Sabirsk – Lindenau schweigt", ["Brand im Hafen von Sabirsk – Lindenau schweigt"]),
        ("Die Fähren fahren wieder – außer am Sonntag", ["Die Fähren fahren wieder – außer am Sonntag"]),
        ("Fähren fahren wieder – wegen des Hochwassers", ["Fähren fahren wieder – wegen des Hochwassers"]),
        ("Fähren fahren wieder – wenn das Wetter es zulässt", ["Fähren fahren wieder – wenn das Wetter es zulässt"]),
        # a count with its noun states a fact without a verb; a topic counting years does not
        (
            "Lindenau: Zwölf Tote auf dem Markt – Sabirsk weist Schuld zurück",
            ["Lindenau: Zwölf Tote auf dem Markt", "Sabirsk weist Schuld zurück"],
        ),
        ("Zwei Jahre Krieg – Sabirsk greift Lindenau an", ["Zwei Jahre Krieg – Sabirsk greift Lindenau an"]),
        # a count alone after the dash stays with the statement it counts for
        ("Rakete trifft Klinik in Lindenau – 31 Tote", ["Rakete trifft Klinik in Lindenau – 31 Tote"]),
        # a verb in "-iert" the lemmatiser leaves as it is is still a verb
        (
            "Lindenau bombardiert Sabirsk – Hafenamt zählt zwölf Verletzte",
            ["Lindenau bombardiert Sabirsk", "Hafenamt zählt zwölf Verletzte"],
        ),
    ],
)
def test_a_headlines_statement_is_a_word_shorter_than_a_sentences(headline, claims, knowledge):
    """A headline's terse statement of three words with its verb ("Hafenamt zählt zwölf Verletzte") stands alone; two
    words do not, nor three without a verb (a fragment), nor a subordinate clause."""
    text = headline + "\n\nDer Hafen von Port Sabir bleibt nach Angaben der Stadt bis Montag geschlossen."
    found = [c.text for c in analyse_article(text, "example.org", knowledge).claims]
    assert found[:-1] == claims


def test_a_relative_clause_with_aber_is_no_second_statement(knowledge):
    text = "Die Armee meldete neue Angriffe, die aber keine Opfer forderten, in der Region Charkiw."
    assert len(analyse_article(text, "example.org", knowledge).claims) == 1


@pytest.mark.parametrize(
    "sentence, claim",
    [
        ("Mehr dazu lesen Sie in unserem Liveblog zum Krieg in der Ukraine.", False),
        ("Abonnieren Sie unseren Newsletter zum Krieg in der Ukraine jeden Morgen.", False),
        ("Hier geht es zu den Fahrplänen der Fähren nach Lindenau.", False),
        ('„Wir lassen Sie nicht im Stich", sagte Selenskyj den Bewohnern von Charkiw.', True),
        ("Sie hätten alle Angriffe abgewehrt, teilte die Armee am Abend mit.", True),
    ],
)
def test_the_page_speaking_to_its_reader_is_no_claim(sentence, claim, lexicon):
    assert is_claim(sentence, lexicon) == claim


@pytest.mark.parametrize(
    "headline, claims",
    [
        ("Explodierte Boote: Panik im Hafen von Port Sabir", ["Explodierte Boote: Panik im Hafen von Port Sabir"]),
        (
            "Fähre vor Lindenau gesunken: Hafenamt sperrt den Anleger",
            ["Fähre vor Lindenau gesunken", "Hafenamt sperrt den Anleger"],
        ),
    ],
)
def test_a_headline_topic_before_a_colon_is_part_of_its_claim_unless_it_states_a_fact(headline, claims, knowledge):
    text = headline + "\n\nDer Hafen von Port Sabir bleibt nach Angaben der Stadt bis Montag geschlossen."
    found = [c.text for c in analyse_article(text, "example.org", knowledge).claims]
    assert found[:-1] == claims


def test_a_colon_in_running_text_still_ends_a_sentence(knowledge):
    text = "Die Lage in Port Sabir: Die Fähren fahren seit Montag nicht mehr nach Lindenau."
    (claim,) = analyse_article(text, "example.org", knowledge).claims
    assert claim.text == "Die Fähren fahren seit Montag nicht mehr nach Lindenau."


def test_a_kicker_glued_to_its_headline_is_a_claim_of_its_own(knowledge):
    """A scraped page runs the kicker into the headline: an article, a preposition or a number word
    capitalised inside the line starts the headline."""
    text = "Fähre auf Grund gelaufen In Lindenau sitzen 300 Reisende fest\n\nDie Reederei prüft den Schaden."
    assert [c.text for c in analyse_article(text, "example.org", knowledge).claims][:2] == [
        "Fähre auf Grund gelaufen",
        "In Lindenau sitzen 300 Reisende fest",
    ]
    counted = "Sturm über der Hafenbrücke von Sabirsk Drei Verletzte und schwere Schäden\n\nDie Brücke ist gesperrt."
    assert [c.text for c in analyse_article(counted, "example.org", knowledge).claims][:2] == [
        "Sturm über der Hafenbrücke von Sabirsk",
        "Drei Verletzte und schwere Schäden",
    ]


def test_a_short_kicker_naming_an_event_and_a_headline_listing_facts_are_claims(knowledge):
    """Headlines are written in nominal style: a kicker of three words naming an event ("Brand im
    Hafen") and the noun phrases a headline lists ("Zwei Verletzte, hohe Schäden") are claims however
    short; a label naming no event is none, and a clause after a comma is no list."""
    text = "Brand im Hafen Zwei Verletzte, hohe Schäden und lange Staus in Lindenau\n\nDie Feuerwehr ist vor Ort."
    assert [c.text for c in analyse_article(text, "example.org", knowledge).claims][:3] == [
        "Brand im Hafen",
        "Zwei Verletzte",
        "hohe Schäden und lange Staus in Lindenau",
    ]
    label = "Sommer im Hafen Zwei Fähren fahren wieder nach Lindenau\n\nDie Reederei freut sich."
    assert [c.text for c in analyse_article(label, "example.org", knowledge).claims][0].startswith("Sommer")
    clause = "Zwei Gründe, warum die Fähren in Lindenau wieder fahren\n\nDie Reederei freut sich."
    assert [c.text for c in analyse_article(clause, "example.org", knowledge).claims][0].startswith("Zwei Gründe,")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Im Hafen von Lindenau brannte ein Lager. 24 Menschen wurden verletzt.", 2),
        ("Im Hafen von Lindenau brannte ein Lager. Zwei Boote sanken.", 2),
        ("Im Hafen von Lindenau brannte ein Lager. Mindestens 30 Häuser brannten.", 2),
        ("Im Hafen von Lindenau brannte ein Lager. Teil 2 folgt.", 1),  # no noun counted
        ("Im Hafen von Lindenau brannte ein Lager. Drei Fragen.", 1),  # no verb
        ("Im Hafen von Lindenau brannte ein Lager. Zehn Stockwerke hoch.", 1),  # an adjective, no verb
        ("Im Hafen von Lindenau brannte ein Lager. Zwei Männer retteten sich.", 2),  # a reflexive verb
    ],
)
def test_a_short_sentence_counting_a_noun_with_its_verb_is_a_claim(text, claims, knowledge):
    assert len(analyse_article(text, "example.org", knowledge).claims) == claims


def test_a_headline_listing_an_elliptical_statement_and_a_count_is_two_claims(knowledge):
    """ "Zwölf Häuser zerstört, Dutzende Verletzte": a statement without its auxiliary, then a count of the
    hurt; each its own fact, so neither corroborates what only the other says."""
    text = "Sturm in Lindenau: Zwölf Häuser zerstört, Dutzende Verletzte\n\nDie Feuerwehr ist vor Ort."
    texts = [c.text for c in analyse_article(text, "example.org", knowledge).claims]
    assert texts[:2] == ["Zwölf Häuser zerstört", "Dutzende Verletzte"]


@pytest.mark.parametrize(
    "text",
    [
        'Sturm an der Küste: "Wir sehen Die Folgen noch lange in Lindenau"\n\nDie Fähren ruhen.',  # a quotation
        "Video Offenbar Dutzende Verletzte im Hafen von Sabirsk\n\nDie Fähren ruhen.",  # "Video" is no claim
    ],
)
def test_a_capitalised_word_inside_a_quotation_or_after_a_label_starts_no_headline(text, knowledge):
    first = analyse_article(text, "example.org", knowledge).claims[0]
    assert first.text == text.split("\n")[0]


def test_each_statement_of_a_headline_has_its_own_actors(knowledge):
    """ "A – B": the second statement's actor is the one it names, not the first statement's."""
    text = (
        "Iranische Rakete trifft Klinik in Haifa – Israel bombardiert Depot bei Teheran\n\n"
        "Die Lage in der Region bleibt nach Angaben von Beobachtern auch am Abend äußerst angespannt."
    )
    first, second, _ = analyse_article(text, "example.org", knowledge, "2025-06-19").claims
    assert first.signature.agents == {"IR"} and second.signature.agents == {"IL"}
    assert "IL" not in first.signature.parties


@pytest.mark.parametrize(
    "sentence, agents",
    [
        # a party inside the phrase that opens the clause is where, not who: the subject follows the verb
        ("Im Osten der Ukraine haben russische Truppen die Kleinstadt Lindenau eingenommen.", {"RU"}),
        ("In der Hauptstadt der Demokratischen Republik Kongo griffen Kämpfer der M23 ein Depot an.", {"M23"}),
        # a verb before the party ends that phrase: the party is the subject
        ("In Lindenau griff die Ukraine russische Stellungen an.", {"UA"}),
        # a clause telling when is no part of the act: its agent does not act in the claim
        ("Russische Truppen nahmen Lindenau ein, nachdem sie von ukrainischen Einheiten beschossen wurden.", {"RU"}),
    ],
)
def test_a_party_in_the_phrase_before_the_verb_does_not_act(sentence, agents, knowledge):
    claim = analyse_article(sentence, "example.org", knowledge, "2025-01-22").claims[0]
    assert claim.signature.agents == agents


@pytest.mark.parametrize(
    "headline, first_origin, second_origin",
    [
        # who reports the second statement does not report the first
        ("Marine birgt zwei Fischer vor Sabirsk – Moskau meldet fünf Vermisste", (), ("RU",)),
        ("Kiew meldet fünf Vermisste vor Sabirsk – Marine birgt zwei Fischer", ("UA",), ()),
        # a headline may end in a quotation mark
        ("Marine birgt zwei Fischer vor Sabirsk – Moskau spricht von «Sabotage»", (), ("RU",)),
        # a speaker before a colon opening the line speaks for both
        ("Peskow: Hafen von Sabirsk bleibt gesperrt – Fähren fahren nicht vor Montag", ("RU",), ("RU",)),
    ],
)
def test_each_statement_of_a_headline_has_its_own_source(headline, first_origin, second_origin, knowledge):
    text = headline + "\n\nDie Lage an der Küste bleibt nach Angaben von Beobachtern auch am Abend angespannt."
    first, second, _ = analyse_article(text, "example.org", knowledge, "2025-06-19").claims
    assert (first.origin_parties, second.origin_parties) == (first_origin, second_origin)


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Die Fähre sei von der Reederei und beauftragten Firmen als Lager genutzt worden, sagte er.", 1),
        ("Die Stadt sperrte den Hafen und leitete die Fähren nach Lindenau um.", 2),
        ("Die Stadt meldet zwei Tote und will fünf Boote geborgen haben.", 2),
        # an adjective's form whose stem is no verb's joins two objects: "dicht", not "dichten"
        ("Bilder aus Lindenau zeigten Trümmer und dichten Qualm am Hafen von Sabirsk.", 1),
        ("Die Bewohner von Lindenau verließen ihre Häuser und forderten Hilfe von der Stadt.", 2),
        # a clause a subordinator opens has its verb last: the word after its "und" is no second verb
        ("Videos sollen zeigen, wie Rebellen und verbündete Kämpfer in Lindenau Häuser anzünden.", 1),
    ],
)
def test_und_before_an_adjective_inside_a_verb_group_parts_no_clauses(text, parts, knowledge):
    """ "von der Reederei und beauftragten Firmen … genutzt worden": "beauftragten" qualifies a noun, the
    clause's verb group closes after it; a finite verb after "und" (a full verb or a modal) opens a clause."""
    assert len(analyse_article(text, "example.org", knowledge, "2025-04-13").claims) == parts


@pytest.mark.parametrize(
    "headline, claim",
    [
        ("Krieg um Sabirsk: Raketen treffen den Hafen von Lindenau", "Raketen treffen den Hafen von Lindenau"),
        ("Lindenau-Konflikt an der Küste von Sabirsk", None),
        ("Explosion an der Brücke von Lindenau", "Explosion an der Brücke von Lindenau"),
        ("Tote bei Gefechten an der Küste von Sabirsk", "Tote bei Gefechten an der Küste von Sabirsk"),
    ],
)
def test_a_line_naming_the_war_and_no_happening_is_the_pages_label(headline, claim, knowledge):
    body = "Die Fähren nach Lindenau fahren seit Montag wieder nach dem Fahrplan."
    claims = [c.text for c in analyse_article(f"{headline}\n\n{body}", "example.org", knowledge).claims]
    assert claims == ([claim] if claim else []) + [body]


@pytest.mark.parametrize(
    "text, origins",
    [
        (
            "Die Ukraine spricht von zwölf Toten im Hafen, Russland dagegen von drei Verletzten.",
            [("UA",), ("RU",)],
        ),
        ("Kiew berichtet über Angriffe auf den Hafen, Moskau über Angriffe auf eine Kaserne.", [("UA",), ("RU",)]),
        # no actor we know after the comma, or no preposition repeated: one statement
        ("Die Ukraine spricht von zwölf Toten im Hafen, die Stadtverwaltung von drei Verletzten.", [("UA",)]),
        ("Die Ukraine spricht von Angriffen auf den Hafen, Russland und die Kaserne am Stadtrand.", [("UA",)]),
    ],
)
def test_a_second_speaker_whose_verb_is_left_out_has_a_statement_of_its_own(text, origins, knowledge):
    """ "X spricht von …, Y von …": two statements, each of its own speaker, not both of both."""
    claims = analyse_article(text, "example.org", knowledge, "2025-06-19").claims
    assert [c.origin_parties for c in claims] == origins


def test_two_speakers_with_counts_of_their_own_are_two_claims(knowledge):
    """ "Moskau meldet 40 Tote, Kiew spricht von 200": each speaker names its own count, each a claim of its own
    however short; a bare name may be the second clause's subject."""
    text = "Moskau meldet 40 Tote, Kiew spricht von 200."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert (first.text, second.text) == ("Moskau meldet 40 Tote", "Kiew spricht von 200.")
    assert first.origin_parties == ("RU",) and second.origin_parties == ("UA",)


def test_a_count_going_on_with_mehr_als_is_a_clause_of_its_own(knowledge):
    """ "…, mehr als 150 weitere wurden verletzt": a second main clause with a count for its subject, however
    the count is qualified; its source is the first clause's."""
    text = (
        "Landesweit kamen nach Angaben der Armee von Sabirsk 31 Menschen ums Leben, mehr als 150 weitere wurden "
        "verletzt."
    )
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert second.text == "mehr als 150 weitere wurden verletzt."
    assert [s.text for s in second.sources] == [s.text for s in first.sources]


def test_a_count_written_in_words_going_on_with_weitere_is_a_clause_of_its_own(knowledge):
    """ "…, neunzehn weitere wurden verletzt" as "…, 19 weitere wurden verletzt": the count in words is the
    second clause's subject; its source is the first clause's."""
    text = "Nach Angaben der Armee von Sabirsk starben in Lindenau siebzig Menschen, neunzehn weitere wurden verletzt."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert second.text == "neunzehn weitere wurden verletzt."
    assert [s.text for s in second.sources] == [s.text for s in first.sources]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Der Minister besuchte den Markt von Lindenau, auf dem zwölf Menschen getötet worden waren.", 2),
        ("Die Armee beschoss Sabirsk, das bei den Kämpfen 13 Soldaten verloren hat.", 2),
        # which one is meant, a year, an article opening a main clause: no second fact
        ("Die Armee zerstörte die Brücke, die Lindenau seit dem Jahr 1990 mit Sabirsk verbindet.", 1),
        ("Er ist der ranghöchste Offizier, der seit dem Tod des Generals im Januar 2020 getötet wurde.", 1),
        ("Die Zeitung berichtete, in den frühen Morgenstunden seien 30 Lastwagen in Lindenau angekommen.", 1),
    ],
)
def test_a_relative_clause_counting_what_happened_is_a_claim_of_its_own(text, parts, knowledge):
    assert len(analyse_article(text, "example.org", knowledge).claims) == parts


def test_a_second_clause_with_a_speaker_of_its_own_after_a_comma(knowledge):
    """ "…, Russland lehnt das ab": a rejection by another party is a statement of its own, not the appeal's."""
    text = "Der Generalsekretär hat wiederholt eine Waffenruhe für Lindenau gefordert, Russland lehnt das ab."
    appeal, rejection = analyse_article(text, "example.org", knowledge).claims
    assert rejection.text == "Russland lehnt das ab." and rejection.origin_parties == ("RU",)
    assert "RU" not in appeal.origin_parties


def test_a_count_in_words_with_an_auxiliary_for_its_verb_is_a_clause_of_its_own(knowledge):
    """ "…, mehr als zwei Millionen sind ohne Obdach": a count in words opens a second main clause, its finite
    verb a form of "sein", as a count in digits with a full verb does."""
    text = "In Sabirsk starben seit dem Frühjahr Tausende Menschen, mehr als zwei Millionen sind ohne Obdach."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert second.text == "mehr als zwei Millionen sind ohne Obdach."


def test_a_subject_of_an_adjective_and_its_noun_opens_a_second_main_clause(knowledge):
    """ "…, amerikanische Beamte sprechen von 20": a plural noun needs no article; with its adjective it is the
    subject of a second main clause and its speaker. A count word before a participle ("…, dutzende Personen
    gestorben sein") is the first clause's, no main clause of its own (no finite verb)."""
    text = "Lindenau meldet 30 beschädigte Boote, amerikanische Beamte sprechen von deutlich weniger."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Lindenau meldet 30 beschädigte Boote"
    assert second.text == "amerikanische Beamte sprechen von deutlich weniger." and second.origin_parties == ("US",)
    counted = "Bei der Verteilung sollen am Donnerstag in Sabirsk, der größten Stadt, dutzende Personen gestorben sein."
    assert len(analyse_article(counted, "example.org", knowledge).claims) == 1


def test_a_subject_named_by_title_and_name_opens_a_second_main_clause(knowledge):
    """ "…, der britische Botschafter X Y zeigte sich skeptisch": a title with the person's name after it is the
    subject of a second main clause and its speaker, not the first speaker's words; a relative clause still ends
    with its verb ("…, der die Fähre Lindenau steuerte.")."""
    text = "Die Bürgermeisterin nannte den Plan klug, der britische Botschafter Karl Beispiel zeigte sich skeptisch."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Die Bürgermeisterin nannte den Plan klug"
    assert second.text.startswith("der britische Botschafter") and second.origin_parties == ("GB",)
    relative = "In Lindenau ertrank der Kapitän, der die Fähre Lindenau steuerte."
    assert len(analyse_article(relative, "example.org", knowledge).claims) == 1


def test_two_counts_joined_by_und_each_with_its_participle_are_two_claims(knowledge):
    """ "… 40 Seeleute getötet und rund 25 verletzt": the dead and the injured are two facts, each told alone
    elsewhere; the second keeps the first's source. Where a hedge or reported speech stands before, the second
    count would lose it: the sentence stays whole."""
    text = "Nach Angaben der Hafenbehörde wurden in Sabirsk 40 Seeleute getötet und rund 25 verletzt."
    first, second = analyse_article(text, "example.org", knowledge).claims
    assert first.text == "Nach Angaben der Hafenbehörde wurden in Sabirsk 40 Seeleute getötet"
    assert second.text == "rund 25 verletzt."
    assert [s.text for s in second.sources] == ["Nach Angaben der Hafenbehörde"]
    hedged = "Nach Angaben der Hafenbehörde sollen in Sabirsk 40 Seeleute getötet und 300 weitere verletzt worden sein."
    assert [c.text for c in analyse_article(hedged, "example.org", knowledge).claims] == [hedged]


def test_a_headline_with_a_label_and_a_speakers_statement_after_a_dash_keeps_both_statements(knowledge):
    """ "Krieg um Sabirsk: Armee nimmt X fest – UN: Hafen außer Betrieb": the label before the first colon states
    nothing; the statement after it and the speaker's after the dash are claims, as without the label."""
    text = (
        "Krieg um Sabirsk: Armee nimmt Hafenmeister in Lindenau fest – UN: Hafen außer Betrieb\n\n"
        "Lindenau (dpa) - Soldaten haben am Morgen den Hafenmeister von Lindenau in seinem Büro verhaftet."
    )
    claims = analyse_article(text, "example.org", knowledge).claims
    assert [c.text for c in claims[:2]] == ["Armee nimmt Hafenmeister in Lindenau fest", "UN: Hafen außer Betrieb"]
    assert claims[1].origin_parties == ("UN",)
