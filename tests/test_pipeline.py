"""The pipeline's own helpers: what they return, however quickly they build it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import analyse_article
from scoring.pipeline import _blank


def _blanked_letter_by_letter(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[max(start, 0) : max(end, 0)] = " " * (max(end, 0) - max(start, 0))
    return "".join(chars)


@given(
    st.text(alphabet="ab c,", max_size=14),
    st.lists(st.tuples(st.integers(-3, 16), st.integers(-3, 16)), max_size=4),
)
@settings(max_examples=500, deadline=None)
def test_a_blanked_text_is_the_text_with_each_span_replaced_by_spaces(text, spans):
    assert _blank(text, spans) == _blanked_letter_by_letter(text, spans)


def test_a_text_with_nothing_to_blank_is_the_text_itself():
    text = "Die Fähre nach Westerkoog fällt aus."
    assert _blank(text, []) is text
    assert _blank(text, [(4, 9)]) == "Die       nach Westerkoog fällt aus."


GLUED = (
    "Pawel Sabirenko ist seit dem Frühjahr Bürgermeister von Lindenau. In der Nacht traf ein Angriff den Hafen. "
    "Pawel Sabirenkosagte am Abend, die Mole sei zerstört worden."
)


def test_a_name_glued_to_the_verb_after_it_is_parted_with_offsets_kept():
    """Scraped pages lose the space where markup ended ("<a>Sabirenko</a>sagte")."""
    from scoring.pipeline import _unglued
    from scoring.text import normalise

    norm = _unglued(normalise(GLUED))
    assert "Pawel Sabirenko sagte am Abend" in norm.text and "Sabirenkosagte" in norm.original
    start = norm.text.index("sagte am Abend")
    a, b = norm.to_original(start, start + len("sagte"))
    assert GLUED[a:b] == "sagte"


def test_words_that_only_look_glued_stay_whole():
    from scoring.pipeline import _unglued
    from scoring.text import normalise

    for text in (
        "Sabirenko sprach. Die Sabirenkosche Linie gilt weiter.",  # an adjective made from the name
        "Die Sabirenkosagte kam an.",  # the first part stands nowhere on its own: no name the article uses
        "Hafen und Hafenbecken lagen still.",  # a compound the dictionary knows
    ):
        norm = normalise(text)
        assert _unglued(norm) is norm


def test_a_glued_speaker_is_still_the_source(knowledge):
    from scoring import analyse_article

    claims = analyse_article(GLUED, "example.org", knowledge).claims
    glued = next(c for c in claims if "zerstört" in c.text)
    assert [s.text for s in glued.sources] == ["Pawel Sabirenko"]
    assert "sabirenkosagt" not in glued.signature.words


def test_a_denial_pointing_back_is_matched_as_the_fact_it_denies(knowledge):
    """ "Der Kreml dementierte diese Angaben." says nothing of its own: it denies the claim before it that holds
    Russia to something, not the sentence in between, and joins that fact's proposition as its denial."""
    from scoring import analyse_article

    text = (
        "Die ukrainische Armee machte Russland für den Angriff auf das Depot in Lindenau verantwortlich. "
        "Am Abend wurde der Bahnhof von Lindenau geschlossen. Der Kreml dementierte diese Angaben."
    )
    blame, closing, denial = analyse_article(text, "example.org", knowledge).claims
    assert denial.stance == "deny" and denial.signature == blame.signature != closing.signature


def test_a_denial_that_tells_what_it_denies_keeps_its_own_fact(knowledge):
    from scoring import analyse_article

    text = (
        "Die ukrainische Armee machte Russland für den Angriff auf das Depot in Lindenau verantwortlich. "
        "Der Kreml dementierte jede Verantwortung für den Beschuss des Bahnhofs."
    )
    blame, denial = analyse_article(text, "example.org", knowledge).claims
    assert denial.stance == "deny" and denial.signature != blame.signature


def test_a_group_speaks_by_its_name_whichever_alias_is_written(knowledge):
    """ "Die Hisbollah erklärte …" and "Die Hezbollah erklärte …" are one speaker: the group's name, not the
    spelling an outlet chose, is what two statements of it share."""
    said = [
        analyse_article(f"Die {name} erklärte, der Hafen von Lindenau sei beschossen worden.", "example.org", knowledge)
        .claims[0]
        .signature.speakers
        for name in ("Hisbollah", "Hezbollah", "Hizbullah")
    ]
    assert said[0] == said[1] == said[2] and said[0]


def test_what_would_be_is_no_happening(knowledge):
    """ "würde … bedeuten" in the main clause tells what would be, not what happened: no fact a report of a
    happening can confirm, past the marks inside its numbers. A "würde" in a clause after the comma leaves the main
    clause as it is."""
    would = analyse_article(
        "In Lindenau würde dies bei 2.000 Toten und einer Quote von 9,5 Prozent bedeuten, dass jeder Zehnte starb.",
        "a.example",
        knowledge,
    )
    happened = analyse_article("In Lindenau wurden 200 Menschen getötet.", "b.example", knowledge)
    told = analyse_article(
        "Der Bürgermeister sagte, man würde den Hafen von Lindenau schließen.", "c.example", knowledge
    )
    assert would.claims[0].signature.planned and not happened.claims[0].signature.planned
    assert not told.claims[0].signature.planned


@pytest.mark.parametrize(
    "text, declared_by",
    [
        ("Die chinesische Regierung rief Lindenau und Sabirsk zur Zurückhaltung auf.", ("CN",)),
        ("Die US-Regierung erließ am Freitag neue Strafmaßnahmen gegen die Reederei aus Lindenau.", ("US",)),
        # a source named: the act is that source's statement, its origin already
        ("Die US-Regierung teilte mit, sie habe Sanktionen gegen die Reederei verhängt.", ()),
        # an attack is seen by others than who commits it: no declared act
        ("Russland hat den Hafen von Lindenau mit Raketen beschossen.", ()),
        # an evacuation is ordered: by the authorities the claim names, else by one it does not
        ("Die ukrainischen Behörden haben drei Dörfer am Fluss geräumt.", ("UA",)),
        ("Ab Dienstag werden auch drei Dörfer bei Lindenau evakuiert.", ("?",)),
    ],
)
def test_a_declared_act_told_in_the_outlets_voice_names_its_actor_as_origin(text, declared_by, knowledge):
    (claim,) = analyse_article(text, "example.org", knowledge, "2024-11-20").claims
    assert claim.declared_by == declared_by


def _claims(text, knowledge, outlet="example.org", day="2024-11-20"):
    return analyse_article(text, outlet, knowledge, day).claims


def test_a_disclaimer_in_a_clause_of_its_own_sentence_stays_there(knowledge):
    text = (
        "Der Bürgermeister von Lindenau dankte den Helfern für ihren Einsatz am Hafen.\n\n"
        "Blogger verbreiteten die Behauptung, im Hotel seien Soldaten untergebracht gewesen, "
        "was sich nicht unabhängig überprüfen ließ."
    )
    first, second = _claims(text, knowledge)
    assert not first.hedged and second.hedged


def test_a_passive_naming_who_did_not_confirm_is_their_reaction(knowledge):
    text = (
        "Moskaus Militär teilte mit, man habe Stellungen bei Lindenau zerstört. "
        "Offiziell wurden die Angaben aus Moskau bislang nicht bestätigt."
    )
    assert not _claims(text, knowledge)[0].hedged


def test_the_frame_of_reported_speech_is_no_claim_of_its_own(knowledge):
    text = "Der Sender in Lindenau hatte am Morgen gemeldet, auch die Marine habe die Werft beschossen."
    assert len(_claims(text, knowledge)) == 1


@pytest.mark.parametrize(
    "line, told",
    [
        ("Anlass war ein Beschuss der Werft von Lindenau in der Nacht:", True),  # an event before the colon
        ("Die Polizei teilte zu dem Beschuss der Werft mit:", False),  # someone's words follow
    ],
)
def test_a_sentence_in_running_text_ending_in_a_colon(line, told, knowledge):
    text = f"Die Fähre nach Sabirsk fährt seit Montag wieder.\n\n{line} Eine Drohne schlug in ein Lagerhaus ein."
    assert any(c.text.startswith(line[:24]) for c in _claims(text, knowledge)) is told


def test_what_someone_leaves_open_is_no_report_of_it(knowledge):
    for text in (
        "Ob der Kapitän die Havarie überlebt hat, ließ die Reederei von Lindenau offen.",
        "Die Armee von Lindenau ließ offen, ob der Kommandeur unter den Toten ist.",
        "Wer hinter dem Brand im Hafen von Lindenau steckt, sagte die Polizei nicht.",
        "Die Polizei von Lindenau legte sich nicht fest, wer das Lager angezündet hat.",
    ):
        assert _claims(text, knowledge)[0].signature.planned


def test_a_date_without_its_year_after_the_articles_day_is_last_years_unless_it_is_to_come(knowledge):
    def days(text):
        return sorted(_claims(text, knowledge, day="2024-07-13")[0].signature.days)

    assert days("Die Fähre von Lindenau war seit dem 7. Oktober außer Betrieb.") == []  # a span's start
    assert days("Der Angriff vom 7. Oktober traf den Hafen von Lindenau.") == ["20231007"]
    assert days("Die Gespräche über den Hafen sollen am 7. Oktober beginnen.") == ["20241007"]
    assert days("Die Gespräche über den Hafen hatten am 9. Juli begonnen.") == ["20240709"]


def test_a_town_with_its_arabic_article_in_lower_case_is_the_town(knowledge):
    (claim,) = _claims("Kampfflugzeuge haben am Samstag das Gebiet al-Mawasi angegriffen.", knowledge)
    assert "mawasi" in claim.signature.towns


def test_who_acts_is_neither_in_a_span_of_time_before_the_verb_nor_whose_official_is_struck(knowledge):
    text = "Einen Tag nach dem Angriff der Hamas auf Lindenau hat Israel den Hafen von Sabirsk angegriffen."
    assert _claims(text, knowledge)[0].signature.agents == {"IL"}
    text = "Der Angriff auf Lindenau galt nach Angaben der Armee dem Militärchef der Hamas, Karl Beispiel."
    assert not _claims(text, knowledge)[0].signature.agents
    # the subject's own party acts through its official
    assert _claims("Der Kommandeur der Hamas griff den Hafen von Lindenau an.", knowledge)[0].signature.agents == {
        "HAMAS"
    }


def test_a_region_inflected_is_no_town(knowledge):
    (claim,) = _claims("Im Norden des Gazastreifens brannten am Morgen zwei Lagerhallen.", knowledge)
    assert not claim.signature.towns


def test_a_second_statement_after_a_copula_is_cut_and_after_an_aside_is_not(knowledge):
    """ "X war lange beliebt, fährt aber …": a copula is the first clause's verb, so a second statement starts at the
    comma; "Die Staatengemeinschaft, darunter X und Y, geht aber davon aus": the subject has had no verb yet."""
    copula = "Die Fähre nach Lindenau war lange beliebt, fährt aber seit Montag fast leer."
    assert len(_claims(copula, knowledge)) == 2
    aside = "Die Staatengemeinschaft, darunter Japan und Kanada, geht aber davon aus, dass Lindenau brennt."
    assert len(_claims(aside, knowledge)) == 1
