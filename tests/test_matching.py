"""Whether two claims state the same fact: the pure decision, on pairs written for these tests."""

import seeds
from scoring import analyse_article
from scoring.matching import idf_weights, predicate_classes, same_fact, similarity, stem

KNOWLEDGE = seeds.knowledge()
WEIGHTS = seeds.lexicon()["weights"]
PREDICATES = predicate_classes(seeds.lexicon())


def signature(text: str):
    (claim,) = analyse_article(text, "example.org", KNOWLEDGE, "2024-11-01").claims
    return claim.signature


def same(a: str, b: str) -> bool:
    return same_fact(signature(a), signature(b), WEIGHTS, None, PREDICATES)


def test_stems_and_synonyms():
    assert stem("ukrainischen") == stem("ukrainisch") == "ukrain"
    assert "vertrag" in signature("Russland und Nordkorea haben ein Partnerschaftsabkommen unterzeichnet.").terms


def test_number_variants_are_one_fact_and_other_numbers_are_not():
    assert same(
        "Nordkorea hat 12.000 Soldaten nach Russland geschickt.",
        "Nordkorea hat rund 12'000 Soldaten nach Russland entsandt.",
    )
    assert not same(
        "Nordkorea hat 12.000 Soldaten nach Russland geschickt.", "Nordkorea hat 3000 Soldaten nach Russland geschickt."
    )


def test_what_happened_must_agree():
    assert not same(
        "Tausende Soldaten aus Nordkorea wurden in Russland ausgebildet.",
        "Tausende Soldaten aus Nordkorea wurden in Russland an die Front geschickt.",
    )


def test_opposite_polarity_is_recorded():
    a, b = (
        signature("Bei dem Angriff gab es zivile Opfer in Odessa."),
        signature("Bei dem Angriff gab es keine zivilen Opfer in Odessa."),
    )
    assert a.negated != b.negated and similarity(a, b, WEIGHTS, None, PREDICATES) >= WEIGHTS["same_fact_threshold"]


def test_rare_shared_terms_weigh_more():
    a, b = signature("In Sumy wurden 14 Menschen getötet."), signature("In Charkiw wurden 14 Menschen getötet.")
    common = idf_weights(1000, {"mensch": 400, "getötet": 300, "sumy": 2, "charkiw": 3, "n14": 50})
    rare = idf_weights(1000, {"mensch": 2, "getötet": 2, "sumy": 400, "charkiw": 300, "n14": 50})
    assert similarity(a, b, WEIGHTS, common, PREDICATES) < similarity(a, b, WEIGHTS, rare, PREDICATES)


def test_who_says_it_is_not_part_of_the_fact():
    terms = signature(
        "Das US-Aussenministerium hat die Anwesenheit nordkoreanischer Soldaten in Russland bestätigt."
    ).terms
    assert {"aussenministerium", "ministerium", "partyus"}.isdisjoint(terms)
    assert {"nordkorea", "soldat", "russland"} <= terms
    assert same(
        "Das US-Aussenministerium hat die Anwesenheit nordkoreanischer Soldaten in Russland bestätigt.",
        "Nach Erkenntnissen des südkoreanischen Geheimdienstes sind nordkoreanische Soldaten in Russland stationiert.",
    )


def test_a_source_phrase_ends_before_its_verb():
    terms = signature("Laut Schätzungen aus Seoul könnte Pjöngjang insgesamt rund 12.000 Soldaten schicken.").terms
    assert "nordkorea" in terms and "südkorea" not in terms


def test_a_precise_count_is_a_finer_fact_than_none():
    assert not same(
        "Das ukrainische Militär hat festgestellt, dass sich 3.000 nordkoreanische Soldaten in Kursk befinden.",
        "Das Pentagon hat die Anwesenheit nordkoreanischer Soldaten in Kursk bestätigt.",
    )


def test_the_region_named_before_is_part_of_the_fact():
    text = (
        "Die Soldaten sollen in Richtung Kursk gebracht werden. "
        "Die russische Region war im August von ukrainischen Truppen erobert worden."
    )
    claims = analyse_article(text, "example.org", KNOWLEDGE, "2024-11-01").claims
    assert "kursk" in claims[1].signature.terms
    elsewhere = "Die Soldaten sollen nach Kursk gebracht werden.\n\nDie russische Region war erobert worden."
    assert "kursk" not in analyse_article(elsewhere, "example.org", KNOWLEDGE).claims[-1].signature.terms


def test_sent_and_arrived_tell_one_deployment_and_a_shared_count_is_a_shared_fact():
    assert same(
        "Laut Medienberichten sind die ersten 1500 Soldaten bereits angekommen.",
        "Der Geheimdienst teilte mit, Pjöngjang habe 1.500 Soldaten nach Wladiwostok geschickt.",
    )


def test_what_they_are_meant_for_is_not_what_happened():
    assert not same(
        "Russland setzt nordkoreanische Soldaten im Ukraine-Krieg ein.",
        "Soldaten aus Nordkorea werden in Russland für den Einsatz im Ukraine-Krieg ausgebildet.",
    )


def test_a_shared_count_alone_is_no_shared_fact():
    assert not same("Rund 120.000 Menschen sollen wieder genesen sein.", "Bisher sind rund 120 000 Menschen gestorben.")


def test_a_known_word_as_the_first_part_of_a_compound():
    terms = signature("Südkorea überdenkt nach dem Angriff seine Waffenlieferpolitik grundlegend.").terms
    assert {"waffenlieferung", "lieferung", "politik"} <= terms


def test_a_plan_and_a_happening_are_two_facts():
    assert not same(
        "Russland setzt in der Region Kursk nordkoreanische Soldaten bei der Gegenoffensive ein.",
        "Nordkoreanische Soldaten sollen in der Region Kursk bei der Gegenoffensive eingesetzt werden.",
    )


def test_a_plan_in_a_relative_clause_describes_a_noun_not_the_claim():
    sent = "Nordkorea hat Tausende Soldaten nach Russland entsandt, die in der Ukraine eingesetzt werden sollen."
    assert "modeplanned" not in signature(sent).terms
    assert "modeplanned" in signature("Tausende Soldaten sollen in der Ukraine eingesetzt werden.").terms


def test_a_denial_denied_is_no_negation():
    assert not signature("Nordkoreanische Soldaten sind in Kursk eingetroffen, ein Dementi gab es nicht.").negated
    assert not signature("Ein Dementi von Putin ist bislang nicht erfolgt.").negated
    assert not signature("Russland hat weder bestätigt noch dementiert, dass Truppen aus Nordkorea dort sind.").negated
    assert not signature("Der russische Präsident Wladimir Putin stritt die Entsendung der Soldaten nicht ab.").negated
    assert signature("In Kursk sind keine nordkoreanischen Soldaten eingetroffen.").negated


def test_not_denying_a_fact_is_a_reaction_not_the_fact():
    did_not_deny = "Der russische Präsident Wladimir Putin stritt die Entsendung der Soldaten nach Kursk nicht ab."
    assert not same(did_not_deny, "Russland hat die Soldaten nach Kursk entsandt.")
    neither = "Russland hat die Entsendung der Soldaten nach Kursk bisher weder bestätigt noch dementiert."
    assert same(did_not_deny, neither)


def test_not_only_but_also_affirms():
    sentence = "Berichte besagen, dass Nordkorea Russland nicht nur mit Raketen, sondern auch mit Soldaten unterstützt."
    assert not signature(sentence).negated
    assert "bericht" not in signature(sentence).terms  # the reports are not what happened


def test_a_condition_is_no_fact():
    assert not same(
        "Sollte Nordkorea Truppen nach Russland entsenden, wäre das eine erhebliche Eskalation.",
        "Nordkorea hat Truppen nach Russland entsandt, eine erhebliche Eskalation.",
    )


def test_a_person_is_matched_through_the_party():
    terms = signature("Wladimir Putin hat die Entsendung der Truppen nach Kursk angeordnet.").terms
    assert "partyru" in terms and "wladimir" not in terms
