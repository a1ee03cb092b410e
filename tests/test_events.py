"""Every entry of seeds/events.json and seeds/thesaurus.json, tested by its own example."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seeds
from scoring import analyse_article, matching
from scoring.events import circumstance_clauses, event_family, event_rules, find_events
from scoring.lemmas import compound_head, lemma
from scoring.lexicon import LexiconError, Thesaurus
from scoring.matching import fact_signature

LEXICON = seeds.lexicon()
RULES = event_rules(LEXICON["events"])
TOKEN = re.compile(r"[^\W\d_]+")


def events_of(sentence: str):
    return find_events(TOKEN.findall(sentence), sentence, RULES)


@pytest.mark.parametrize("entry", LEXICON["events"]["events"], ids=lambda e: e["type"])
def test_every_event_type_is_found_in_its_example(entry):
    assert entry["family"] in events_of(entry["example"]).main


@pytest.mark.parametrize("entry", LEXICON["thesaurus"]["classes"], ids=lambda c: c["words"][0])
def test_every_thesaurus_class_joins_its_example_pair(entry):
    first, second = (fact_signature(s, [], [], LEXICON).words for s in entry["example"])
    assert first & second


def test_an_event_named_as_a_circumstance_is_not_what_happened():
    found = events_of("Bei dem Angriff auf das Depot starben vier Menschen.")
    assert found.main == {"killing"} and found.circumstances == {"strike"}


def test_what_a_blame_is_for_is_its_circumstance():
    # "die Schuld am Brand": the blame is what the claim states, the attack what it blames for
    found = events_of("Die Regierung gab der Miliz die Schuld am Brand im Hafen.")
    assert found.main == {"responsibility"} and found.circumstances == {"strike"}
    assert events_of("An der Küste beschossen Drohnen den Hafen.").main == {"attack"}


def test_a_preposition_governs_a_noun_of_its_own_clause_only():
    # a verb's particle before a comma is no preposition: the blowing up is what the accused did
    found = events_of("Die Reederei hielt der Miliz vor, die Sprengung der Brücke bei Lindenau befohlen zu haben.")
    assert "explosion" in found.main
    # a preposition's phrase ends with its clause: the injured after the comma are a fact
    assert events_of("Der Fährbetrieb in Lindenau ruht seit Montag, Verletzte gab es keine.").main == {"injury"}
    assert events_of("Vor der Explosion im Hafen flohen die Arbeiter.").circumstances == {"strike"}


def test_what_a_blame_says_someone_is_behind_is_its_circumstance():
    found = events_of("Die Reederei glaubt, die Miliz stecke hinter dem Anschlag auf den Hafen.")
    assert "attack" not in found.main and found.circumstances == {"strike"}


def test_a_purpose_is_not_what_happened():
    found = events_of("Hunderte warteten am Hafen darauf, evakuiert zu werden.")
    assert "displacement" not in found.main


@pytest.mark.parametrize(
    "sentence, main",
    [
        # a relation with its agent before a noun says which militia is meant; the strike is what happened
        ("Die Marine beschoss Stellungen der von Lindenau unterstützten Miliz.", {"attack"}),
        # the same form as a finite verb is what the claim tells
        ("Die Nachbarstaaten unterstützten Lindenau mit Geld.", {"cooperation"}),
    ],
)
def test_a_descriptive_participle_with_its_agent_says_which_thing(sentence, main):
    assert events_of(sentence).main == main


@pytest.mark.parametrize(
    "sentence, main",
    [
        # ground held for long, before its noun, says where the strike fell; the strike is what happened
        ("Im besetzten Teil der Provinz Sabirsk beschoss die Armee eine Schule.", {"attack"}),
        ("Die Artillerie beschoss Dörfer im von der Miliz kontrollierten Gebiet.", {"attack"}),
        # the same verb as the claim's own act is a capture
        ("Die Miliz hat das Dorf Lindenau besetzt.", {"capture"}),
        # a place taken, before its noun, is no standing state: the taking is told
        ("Die Armee meldete die eroberte Stadt Lindenau.", {"capture"}),
    ],
)
def test_a_participle_of_a_standing_state_before_its_noun_says_where(sentence, main):
    assert events_of(sentence).main == main


def test_compound_heads_are_known_words_with_a_known_first_part():
    assert compound_head("Drohnenangriffe", 5) == "angriff"
    assert compound_head("Gesundheitsbehörde", 5) == "behörde"
    assert compound_head("Verletzten", 5) is None  # not "Ver|letzten"
    assert compound_head("Zivilisten", 5) is None  # not "Zivi|listen": the lemma does not end in "Liste"
    assert compound_head("Unterstützung", 5) is None  # a verb's prefix: not "Unter|stützung"
    assert compound_head("Gegenangriff", 5) == "angriff"  # a counter-attack is an attack


def test_a_compound_with_a_noun_first_has_the_head_after_that_noun():
    """ "Trauer|tage", not "Trau|ertage" (a verb's stem, then a rare noun that ends the word too): a split whose first
    part is a noun wins; its three-letter head only where the caller reads heads that short. "-ion" is no head."""
    assert compound_head("Trauertage", 3) == "tag"
    assert compound_head("Trauertage", 5) is None
    assert compound_head("Großstadt", 5) == "stadt"  # an adjective first, no noun first after it
    assert compound_head("Kommissionen", 3) is None


def test_a_compound_the_lemmatiser_does_not_know_has_its_head_where_its_plural_is_unambiguous():
    """ "Quetschverletzungen": no singular ends in "-ungen", so its head is "Verletzung" however the lemmatiser
    reads the whole; "Gazastreifen" may be one "Streifen" or two "Streifen" of "Streife": no head read."""
    assert compound_head("Quetschverletzungen", 5) == "verletzung"
    assert compound_head("Hafenarbeiterinnen", 5) == "arbeiterin"
    assert compound_head("Gazastreifen", 5) is None


def test_lemmas_join_inflections():
    assert lemma("starben") == "sterben" and lemma("Angriffen") == "Angriff"


@pytest.mark.parametrize(
    "word, family",
    [
        ("Botschaften", None),  # the suffix "-schaft": no "Haft" in an embassy
        ("Wissenschaften", None),
        ("Leichtverletzte", "injury"),  # a participle made a noun after a word: its event
    ],
)
def test_a_suffix_is_no_compound_part_naming_an_event(word, family):
    assert event_family(word, RULES) == family


def test_a_death_and_a_survival_are_told_by_their_own_words():
    """ "Märtyrertod": a compound whose head ("Tod") is too short to be read as one is a word of its own; whoever
    survived an attack is the other side of a killing, not no event."""
    assert "killing" in events_in_signature("Die Miliz bestätigte den Märtyrertod ihres Kommandeurs in Sabirsk.")
    assert "survival" in events_in_signature("Nach Angaben der Miliz überlebte ihr Kommandeur in Sabirsk.")
    assert not events_in_signature("Rettungskräfte suchten in Sabirsk nach Überlebenden.")


WORD_RULES = ["separable_particles", "clause_coordinators", "ambiguous_forms", "perfect_auxiliaries", "standing_states"]


def events_in_signature(sentence: str) -> frozenset[str]:
    return fact_signature(sentence, [], [], LEXICON).events


@pytest.mark.parametrize(
    "key", ["separable_particles", "clause_coordinators", "ambiguous_forms", "perfect_auxiliaries", "standing_states"]
)
def test_the_word_rules_find_the_event_of_their_example(key):
    entry = LEXICON["events"][key]
    assert entry["example_event"] in events_in_signature(entry["example"])


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Am Abend griffen Milizen einen Kontrollpunkt bei Port Sabir an.", "attack"),
        ("In der Nacht kamen vierzig Gefangene frei, hieß es.", "release"),
        ("Die Einheit zog sich gestern aus dem Hafen zurück.", "withdrawal"),
        ("Die Polizei nahm drei Verdächtige fest und verhörte sie.", "detention"),
        ("Das Lagerhaus von Sabirsk brannte in der Nacht bis auf die Grundmauern nieder.", "fire"),
        ("Die Reederei macht ihre Werft in Lindenau zum Jahresende dicht.", "closure"),
        # a long clause between the verb and its particle at the sentence's end
        (
            "Nach Angaben der Hafenbehörde griffen die Milizen den Kontrollpunkt am Hafen in der Nacht zum "
            "Montag mit schweren Mörsern aus zwei gepanzerten Fahrzeugen an.",
            "attack",
        ),
    ],
)
def test_a_verb_split_from_its_particle_names_its_event(sentence, event):
    assert event in events_in_signature(sentence)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Am Morgen marschierten die Milizen in Sabirsk ein.", "attack"),  # an advance, not yet control
        ("Die Truppen rückten in der Nacht in Dorinsk ein.", "attack"),
        ("Die Befreiung von Dorinsk sei abgeschlossen, erklärte die Miliz.", "capture"),
        ("Lindenau hat die Halbinsel annektiert.", "capture"),
        ("Im Dorf richteten Bewaffnete ein Blutbad an.", "killing"),
        ("Drei Helfer wurden umgebracht.", "killing"),
        ("Die Miliz nahm zwölf Seeleute gefangen.", "detention"),
    ],
)
def test_the_ontology_names_an_event_in_its_common_words(sentence, event):
    """Words of an event type beside its first ones: a capture is told as a town's liberation as often as its
    taking; marching in is an advance (as "Vormarsch"), which a town's fall need not follow."""
    assert event in events_in_signature(sentence)


def test_a_verb_of_ground_taken_names_a_capture_only_with_a_place_or_position():
    assert "capture" in events_in_signature("Die Milizen haben in der Nacht die Grenzstadt Sabirsk überrannt.")
    assert "capture" not in events_in_signature("Das Spital von Sabirsk sei von Verwundeten überrannt worden.")
    assert "capture" in events_in_signature("Die Armee hält weiterhin Stellungen am Hafen von Sabirsk.")
    assert not events_in_signature("Der Minister hielt am Hafen von Sabirsk eine Rede.")


def test_a_participle_names_its_event_in_the_passive_only():
    """ "wurde getroffen" is a hit; "hatte den Minister getroffen" a meeting, "die Entscheidung wurde
    getroffen" a light verb's; and where the claim names an event of its own, that is what it tells."""
    entry = LEXICON["events"]["passive_participles"]
    assert entry["example_event"] in events_in_signature(entry["example"])
    assert not events_in_signature(entry["counter_example"])
    assert not events_in_signature("Am Morgen hatte der Minister den Bürgermeister von Sabirsk getroffen.")
    hit = events_in_signature("Bei dem Angriff auf Sabirsk ist das Lagerhaus im Hafen getroffen worden.")
    assert hit == {"attack"}
    told = events_in_signature("Ein Lagerhaus, das getroffen wurde, brannte am Morgen bis auf die Grundmauern nieder.")
    assert told == {"fire"}


def test_a_particle_that_is_a_preposition_joins_no_verb():
    # "auf" begins a phrase here; "ging … auf" would be another verb.
    assert events_in_signature("Ein Händler ging auf den Markt von Port Sabir.") == frozenset()


def test_a_particle_before_a_number_joins_no_verb():
    # "stieg auf 40.": the number's full stop ends no clause, "auf" governs the number ("aufsteigen" is
    # another verb); "griffen … an." after a number in the clause is still a split verb.
    climbed = fact_signature("Die Zahl der Verletzten in Lindenau stieg am Abend auf 40.", [], [], LEXICON)
    assert "steig" in climbed.words and "aufsteig" not in climbed.words
    lay = fact_signature("Der Pegel in Lindenau lag am Abend bei 4.000.", [], [], LEXICON)
    assert "beilieg" not in lay.words
    assert "attack" in events_in_signature("Am Abend griffen 40 Milizionäre einen Kontrollpunkt bei Port Sabir an.")
    # an opening quotation mark after a particle opens a phrase, it ends no clause: "mit „…“" is no "mithaben"
    quoted = fact_signature("Die Armee hat mit „Einsätzen“ gegen die Miliz begonnen.", [], [], LEXICON)
    assert "mithab" not in quoted.words


def test_the_split_verb_and_the_whole_one_share_their_word():
    split = fact_signature("Die Milizen griffen den Kontrollpunkt an.", [], [], LEXICON)
    whole = fact_signature("Milizen haben den Kontrollpunkt angegriffen.", [], [], LEXICON)
    assert "attack" in split.events & whole.events
    assert split.words == whole.words  # "griffen … an" is read as "angreifen", as "angegriffen" is


def test_a_form_or_compound_of_another_reading_names_no_event():
    """ "Kontrollen" and "Grenzkontrolle" are checks; "die Kontrolle über den Hafen" is taking ground."""
    entry = LEXICON["events"]["other_readings"]
    assert entry["example_event"] not in events_in_signature(entry["example"])
    assert entry["example_event"] in events_in_signature(entry["counter_example"])
    assert not events_in_signature("An der Brücke von Lindenau wurden die Grenzkontrollen verschärft.")


def test_a_breach_of_a_rule_is_no_one_hurt():
    """ "Verletzung der Souveränität" breaches a rule; "erlag seinen Verletzungen" is someone hurt."""
    assert "injury" not in events_in_signature(LEXICON["events"]["breaches"]["example"])
    assert "injury" not in events_in_signature("Die Regierung sprach von einer groben Verletzung des Völkerrechts.")
    assert "injury" in events_in_signature("Ein Fischer aus Lindenau erlag am Abend seinen Verletzungen.")
    assert "injury" in events_in_signature("Zwei Helfer kamen mit schweren Verletzungen in die Klinik.")


def test_an_ambiguous_form_names_no_event():
    assert "agreement" not in events_in_signature(LEXICON["events"]["ambiguous_forms"]["example"])
    assert "agreement" in events_in_signature("Die Parteien haben sich auf einen Austausch geeinigt.")


def test_a_noun_is_not_read_as_the_verb_it_resembles():
    # "Flucht" is displacement; the verb "fluchen" (to curse) is not.
    assert "displacement" not in events_in_signature("Der Händler fluchte über den Preis.")


def test_an_act_in_a_perfect_infinitive_happened():
    assert "attack" in events_of("Sie warfen der Miliz vor, das Depot angegriffen zu haben.").main
    assert "displacement" not in events_of("Hunderte hofften darauf, evakuiert zu werden.").main


def test_mutual_blame_is_read_from_its_example():
    assert fact_signature(LEXICON["events"]["reciprocal"]["example"], [], [], LEXICON).reciprocal


@pytest.mark.parametrize("key", ["weekdays", "months"])
def test_the_days_of_a_rule_join_its_example_pair(key):
    entry = LEXICON["thesaurus"][key]
    first, second = (fact_signature(s, [], [], LEXICON, day=entry["example_published"]).days for s in entry["example"])
    assert first and first == second


def test_a_thesaurus_with_a_month_missing_fails_at_load():
    broken = {**LEXICON["thesaurus"], "months": {**LEXICON["thesaurus"]["months"], "words": ["januar"]}}
    with pytest.raises(LexiconError):
        Thesaurus.load(broken)


COLLOCATIONS = [p for p in LEXICON["events"]["phrases"] if "noun" in p or "nouns" in p]


@pytest.mark.parametrize("entry", COLLOCATIONS, ids=lambda p: p.get("noun") or p["nouns"][0])
def test_a_noun_and_its_verb_name_their_event_in_any_order(entry):
    family = next(e["family"] for e in LEXICON["events"]["events"] if e["type"] == entry["type"])
    assert family in events_of(entry["example"]).main
    without = entry["example"]
    for noun in entry.get("nouns") or [entry["noun"]]:  # every form of the noun: "Rakete", "Raketen"
        without = re.sub(rf"\b{noun.capitalize()}\b", "Tor", without)
    assert family not in events_of(without).main


def test_a_clause_telling_when_names_circumstances_not_the_fact():
    entry = LEXICON["events"]["circumstance_clauses"]
    found = fact_signature(entry["example"], [], [], LEXICON)
    assert entry["example_event"] in found.events and entry["circumstance_event"] not in found.events
    opening = fact_signature("Nachdem die Brücke beschossen worden war, starben drei Menschen.", [], [], LEXICON)
    assert opening.events == {"killing"}
    # "Als" opening a sentence is a preposition as often: the clause stays the fact
    assert "attack" in fact_signature("Als Vergeltung griff die Miliz den Hafen an.", [], [], LEXICON).events


def test_a_relative_clause_after_the_opening_noun_says_which_thing_not_what_happened():
    entry = LEXICON["events"]["subject_relative_clause"]
    found = fact_signature(entry["example"], [], [], LEXICON)
    assert entry["example_event"] in found.events and entry["circumstance_event"] not in found.events
    assert entry["circumstance_event"] in found.circumstances
    # after the verb, or opening no sentence, a relative clause may tell the fact: it stays the fact
    told = fact_signature("Eine Rakete traf die Fähre, die am Montag zwei Fischer getötet hatte.", [], [], LEXICON)
    assert "killing" in told.events
    assert "killing" in fact_signature("Zwei Fischer wurden getötet, die am Anleger warteten.", [], [], LEXICON).events


def test_an_incident_recalled_as_given_is_no_report_of_it():
    entry = LEXICON["events"]["given_prepositions"]
    recalling, telling = (fact_signature(entry[key], [], [], LEXICON) for key in ("example", "told"))
    assert recalling.recalled and not recalling.events and telling.events == {"killing"}
    assert matching._ruled_in(recalling, telling, LEXICON["weights"]) is None
    # a purpose may be the fact itself: the decision to send is the sending told
    deciding = fact_signature("Der Rat entschied, 1.200 Helfer nach Lindenau zu schicken.", [], [], LEXICON)
    sent = fact_signature("1.200 Helfer wurden nach Lindenau geschickt.", [], [], LEXICON)
    assert not deciding.recalled and matching._ruled_in(deciding, sent, LEXICON["weights"]) is not None
    # read back from the index as stored
    stored = matching.FactSignature.from_index(recalling.index_text(), recalling.quantities, recalling.negated)
    assert stored.recalled
    # the whole phrase opening the sentence up to its verb is given: its count's noun too ("mit zwölf Toten")
    opening = fact_signature(
        "Nach dem Brand mit zwölf Toten am Hafen von Lindenau wächst die Sorge der Fischer.", [], [], LEXICON
    )
    assert opening.recalled and not opening.events and "killing" in opening.circumstances
    # a verb right after the phrase tells the claim's own event
    assert fact_signature("Nach dem Brand starben zwölf Fischer in Lindenau.", [], [], LEXICON).events == {"killing"}
    # a form of "sein" closes the phrase too: the count after it is the claim's own
    counting = fact_signature(entry["closing_example"], [], [], LEXICON)
    assert counting.events == {"killing"} and not counting.recalled


def test_suspending_work_is_a_closure_as_stopping_it_is():
    assert "closure" in fact_signature("Die Reederei setzte den Fährbetrieb nach Lindenau aus.", [], [], LEXICON).events
    assert "closure" in fact_signature("Die Helfer haben ihre Arbeit in Sabirsk ausgesetzt.", [], [], LEXICON).events


def test_a_noun_whose_lower_case_form_is_a_listed_verb_names_no_event():
    rules = RULES
    assert event_family("Schulen", rules) is None  # schools, not "schulen" (to train)
    assert event_family("Räumen", rules) is None  # rooms, not "räumen" (to clear)
    assert event_family("schulen", rules) == "training"
    assert event_family("Angriffe", rules) == event_family("Beschuss", rules) == "attack"


def test_what_fell_is_killed_only_where_soldiers_fell():
    # "gefallen" has fallen prices, decisions and shots; a soldier who fell was killed
    assert "killing" not in events_in_signature("Die Preise in Lindenau sind um zwölf Prozent gefallen.")
    assert "killing" not in events_in_signature("In Sabirsk sind am Abend Schüsse gefallen.")
    assert "killing" in events_in_signature("Bei Sabirsk fielen in der Nacht zwölf Soldaten.")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Nachdem", "nachdem", "NACHDEM", "als", "Als", "während", "bevor", "Granaten", "fielen"]),
        min_size=1,
        max_size=10,
    ),
    st.lists(st.sampled_from([" ", ", ", ",", ". ", "; ", " – "]), min_size=10, max_size=10),
)
def test_the_clauses_telling_when_are_found_as_the_whole_pattern_finds_them(words, marks):
    """`circumstance_clauses` searches the two alternatives apart: the same spans as the pattern of both."""
    text = "".join(word + mark for word, mark in zip(words, marks, strict=False))
    found = [m.span() for m in RULES.circumstance_clause.finditer(text)]
    assert circumstance_clauses(text, RULES) == found, text


def test_a_compound_of_a_collocations_noun_names_the_thing_too():
    """ "Lenkraketen trafen …", "von einer Kampfdrohne getroffen": the compound's head is the weapon that hits,
    and the nationality before it the attack's agent; "Die Delegationen trafen sich" names no attack."""
    from tests.test_matching import signature

    hit = signature("Das Depot in Charkiw wurde von einer russischen Lenkrakete getroffen.")
    assert hit.events == {"attack"} and hit.agents == {"RU"}
    assert signature("Eine Kampfdrohne traf das Depot in Charkiw.").events == {"attack"}
    assert not signature("Die Delegationen trafen sich am Abend in Charkiw.").events


def test_a_passive_participle_opening_the_sentence():
    """ "Getroffen wurde das Depot": the participle of a hit, fronted and in capitals."""
    assert "attack" in events_of("Getroffen wurde in der Nacht das Depot von Lindenau.").main
    assert "attack" not in events_of("Getroffen hat er den Minister in Lindenau.").main


def test_a_particle_after_coordinated_nouns_closes_its_verbs_clause():
    """ "fing Drohnen und Raketen ab": "und" between two nouns joins them, the verb and its particle are one
    clause's; "griff … an und … zog ab": between two clauses each keeps its own."""
    assert fact_signature("Die Armee fing in der Nacht Drohnen und Raketen ab.", [], [], LEXICON).events == {
        "interception"
    }
    both = fact_signature("Die Armee griff die Stadt an und die Miliz zog ab.", [], [], LEXICON).events
    assert both == {"attack", "withdrawal"}


def test_a_call_between_two_sides_is_talks_but_where_a_statement_was_made_is_not():
    """CAMEO's "consult": "telefonierte mit" tells talks; "sagte in einem Telefonat" where something was said."""
    assert events_of("Der Präsident telefonierte am Abend mit dem Bürgermeister von Lindenau.").main == {"negotiation"}
    assert "negotiation" not in events_of("Der Präsident sagte in einem Telefonat, die Brücke sei zerstört.").main


def test_what_an_answer_answers_is_given_not_what_happened():
    """ "die Antwort auf den Angriff", "Vergeltung für die Explosion" (events.json: responses): the act answered
    is given; the claim tells why something was done, not the act."""
    assert events_of("Die Reaktion auf die Explosion im Hafen war scharf.").main == set()
    assert events_of("Es gehe um eine Antwort auf den Beschuss des Hafens.").main == set()
    assert "threat" in events_of("Die Miliz drohte mit Vergeltung für die Explosion im Hafen.").main
    assert "explosion" not in events_of("Die Miliz drohte mit Vergeltung für die Explosion im Hafen.").main
    assert events_of("Die Miliz antwortete mit einem Angriff auf den Hafen.").main == {"attack"}


def test_a_weapon_named_by_a_compound_of_a_compound_hits():
    """ "Eine Flugabwehrrakete traf das Lagerhaus": "Flugabwehrrakete" ends with "Abwehrrakete", which ends with
    "Rakete": a rocket that hits is an attack however many words its name is made of; a cruise missile too."""
    assert "attack" in events_in_signature("Eine Flugabwehrrakete traf am Morgen das Lagerhaus in Lindenau.")
    assert "attack" in events_in_signature("Ein Marschflugkörper traf am Morgen das Lagerhaus in Lindenau.")


def test_the_victims_of_a_war_report_are_its_dead():
    """ "Zwölf der Opfer seien Fischer gewesen", "die Zahl der Opfer": in a report of violence the victims are those
    killed, one event with "der Toten"."""
    assert events_in_signature("Zwölf der Opfer in Sabirsk seien Fischer gewesen.") == {"killing"}


def test_the_past_perfect_after_an_earlier_incident_goes_on_telling_it():
    """ "Im März 2019 war … gesunken. Dabei waren zwei Fischer ums Leben gekommen.": the past before the past goes
    on telling the earlier incident (its days); a claim in the preterite after it is the news again (no days)."""
    from scoring import analyse_article

    section = LEXICON["events"]["past_perfect"]
    example = analyse_article("Titel\n\n" + section["example"], "example.org", seeds.knowledge(), "2023-09-19")
    first, then = (c.signature for c in example.claims)
    assert first.days and then.days == first.days
    counter = analyse_article("Titel\n\n" + section["counter_example"], "example.org", seeds.knowledge(), "2023-09-19")
    assert not counter.claims[-1].signature.days


def test_an_envoy_called_home_with_the_verb_split_is_a_downgrade():
    """ "rief ihren Botschafter … zurück": the particle joined to its verb names the collocation's event; a
    product called back is no envoy."""
    told = fact_signature("Die Regierung von Lindenau rief ihren Botschafter aus Sabirsk zurück.", [], [], LEXICON)
    assert "diplomatic" in told.events
    assert "diplomatic" not in fact_signature("Der Hersteller rief die Autos zurück.", [], [], LEXICON).events


def test_a_participle_made_a_noun_names_its_event(knowledge):
    """ "drei Getötete", "die Festgenommenen": the noun a participle makes names what the participle does, and
    "3 Getötete" counts as many dead as "3 Tote"."""
    (claim,) = analyse_article("In Lindenau zählte die Polizei drei Getötete.", "example.org", knowledge).claims
    assert "killing" in claim.signature.events and claim.signature.quantities[0][2] == "dead"
    assert "detention" in fact_signature("Die Festgenommenen wurden nach Sabirsk gebracht.", [], [], LEXICON).events


@pytest.mark.parametrize(
    "text",
    ["Die Regierung von Lindenau äußert sich bislang nicht.", "Die Behörden in Sabirsk äußern sich zunächst nicht."],
)
def test_declining_to_comment_in_the_present_is_no_comment(text):
    """ "äußert sich nicht" as "äußerte sich nicht": a party's silence is a fact of its own in any tense."""
    assert "no_comment" in fact_signature(text, [], [], LEXICON).events


def test_a_participle_made_a_noun_after_its_degree_names_the_event_and_the_degree():
    """ "acht Leichtverletzte", "zwei Schwerverletzte": the degree written as one word with the injured it grades."""
    light = fact_signature("Beim Brand am Hafen von Lindenau gab es acht Leichtverletzte.", [], [], LEXICON)
    told = fact_signature("Beim Brand am Hafen von Lindenau wurden acht Fischer leicht verletzt.", [], [], LEXICON)
    heavy = fact_signature("Beim Brand am Hafen von Lindenau gab es acht Schwerverletzte.", [], [], LEXICON)
    assert light.events == heavy.events == {"injury"}
    assert light.degrees == told.degrees != heavy.degrees
    assert matching.may_be_one_fact(light, told) and not matching.may_be_one_fact(light, heavy)
    # a word that only opens with a degree names none: "Schwerpunkt"
    assert not fact_signature("Der Schwerpunkt der Hilfe liegt in Lindenau.", [], [], LEXICON).degrees


def test_what_came_into_use_was_used():
    """ "kam zum Einsatz": a weapon was used, as "eingesetzt" says; the noun after "zum" is no circumstance."""
    assert events_of("Bei dem Angriff auf Lindenau kam auch Streumunition zum Einsatz.").main == {"combat"}


def test_a_meeting_is_an_event_only_on_a_day_the_claim_names():
    """A meeting is one fact on one day: "Das Parlament muss auch in Krisenzeiten tagen" tells no meeting one could
    find again; with its day it does."""
    assert "meeting" not in fact_signature("Das Parlament muss auch in Krisenzeiten tagen.", [], [], LEXICON).events
    dated = fact_signature("Das Parlament tagt am Dienstag in einer Sondersitzung.", [], [], LEXICON, day="2025-03-03")
    assert "meeting" in dated.events


def test_the_breach_of_an_agreement_is_a_fact_of_its_own():
    """ "Bruch der Feuerpause", "hat die Waffenruhe verletzt": the breach happened, the agreement is what was breached;
    "Nach Beginn der Waffenruhe wurden zwei verletzt" tells the hurt."""
    entry = LEXICON["events"]["breaches"]
    for sentence in (
        entry["example_breach"],
        "Sabirsk verletzt vereinbarte Waffenruhe.",
        "Lindenau erhob Vorwürfe wegen Verstößen gegen die Vereinbarung.",
    ):
        found = events_of(sentence)
        assert "breach" in found.main and "agreement" not in found.main, sentence
        assert "agreement" in found.circumstances
    assert events_of(entry["counter_example"]).main == {"injury"}


def test_a_breach_and_the_ceasefire_it_breaches_are_two_facts():
    breach = "Lindenau hat Sabirsk am Abend einen Bruch der Waffenruhe vorgeworfen."
    another = "Sabirsk habe die Waffenruhe in der Nacht mehrfach verletzt, teilte Lindenau mit."
    ceasefire = "Zwischen Lindenau und Sabirsk gilt seit Mitternacht eine Waffenruhe."
    signatures = [fact_signature(s, [], [], LEXICON, conflict="sabirsk-war") for s in (breach, another, ceasefire)]
    weights = LEXICON["weights"]
    assert matching.similarity(signatures[0], signatures[2], weights) == 0.0
    assert matching.same_fact(signatures[0], signatures[1], weights)
