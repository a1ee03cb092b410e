"""The actors, places and conflict terms of the eight wars the seeds know (seeds/parties.json, places.json,
conflicts.json), on sentences written for these tests: real office holders are the data, the events are invented."""

import pytest

from scoring import Knowledge, analyse_article
from scoring.conflicts import conflict_hits
from scoring.places import governing_parties


def last_claim(text: str, knowledge: Knowledge, day: str):
    return analyse_article(text, "example.org", knowledge, day).claims[-1]


@pytest.mark.parametrize(
    "text, day, party, conflict, belligerent",
    [
        (
            "An der Grenze zu Thailand bei Preah Vihear wurde am Morgen wieder geschossen. "
            "Zwei Dörfer bei Samraong seien getroffen worden, teilte Ministeriumssprecherin Maly Socheata mit.",
            "2025-07-25",
            "KH",
            "thailand-cambodia-conflict",
            True,
        ),
        ("Hun Sen sagte, die Armee habe keinen einzigen Tempel angegriffen.", "2025-07-26", "KH", None, True),
        (
            "Laut Konteradmiral Surasant Kongsiri wurden an der Grenze bei Oddar Meanchey zwei Panzer zerstört.",
            "2025-07-26",
            "TH",
            None,
            True,
        ),
        ("Phumtham erklärte, die Waffenruhe an der Grenze bei Preah Vihear halte.", "2025-07-30", "TH", None, True),
        (
            "Die Kämpfer hätten ihre Stellungen im Südlibanon nicht verlassen, sagte Naim Kassem.",
            "2025-01-28",
            "HEZBOLLAH",
            "israel-hamas-war",
            True,
        ),
        (
            "Regierungssprecher Patrick Muyaya erklärte, die Armee halte ihre Stellungen bei Uvira.",
            "2025-02-20",
            "CD",
            "eastern-congo",
            True,
        ),
        # Rwanda denies it, UN experts document its troops beside the M23 since 2022: a party to the conflict
        (
            "Regierungssprecherin Yolande Makolo wies zurück, dass Soldaten in Nord-Kivu kämpften.",
            "2025-02-20",
            "RW",
            "eastern-congo",
            True,
        ),
        (
            "Der Souveränitätsrat teilte mit, die Armee habe eine Brücke in Omdurman zurückerobert.",
            "2025-03-21",
            "SD",
            "sudan-war",
            True,
        ),
        (
            "Al-Taishi erklärte, in Kordofan seien drei Schulen wieder geöffnet worden.",
            "2025-09-02",
            "RSF",
            "sudan-war",
            True,
        ),
        (
            "Vikram Misri sagte, in Kaschmir seien neun Lager getroffen worden.",
            "2025-05-07",
            "IN",
            "india-pakistan-conflict",
            True,
        ),
        (
            "Khawaja Asif sagte, man habe über Kaschmir fünf Kampfjets abgeschossen.",
            "2025-05-07",
            "PK",
            "india-pakistan-conflict",
            True,
        ),
        (
            "Hikmet Hadschijew sagte, armenische Einheiten hätten bei Latschin geschossen.",
            "2023-09-20",
            "AZ",
            "armenia-azerbaijan-conflict",
            True,
        ),
        (
            "Ararat Mirsojan erklärte, Armenien habe keine Soldaten in Schuscha.",
            "2023-09-20",
            "AM",
            "armenia-azerbaijan-conflict",
            True,
        ),
        (
            "Baghaei sagte, der Angriff auf die Anlage in Isfahan sei ein Verbrechen.",
            "2025-06-15",
            "IR",
            "israel-iran-war",
            True,
        ),
        ("Hegseth sagte, die Anlage in Fordo sei zerstört worden.", "2025-06-23", "US", "israel-iran-war", True),
        # the direct confrontation opened with Israel's strike on Iran's consulate in Damascus on 1 April 2024
        (
            "Teheran erklärte, die Revolutionsgarden würden auf den Angriff in Isfahan antworten.",
            "2024-04-02",
            "IR",
            "israel-iran-war",
            True,
        ),
        (
            "Armeesprecher Effie Defrin sagte, im Gazastreifen seien zwei Tunnel gesprengt worden.",
            "2025-04-02",
            "IL",
            "israel-hamas-war",
            True,
        ),
        (
            "Mahmud Bassal sagte, in Gaza-Stadt seien zwölf Menschen getötet worden.",
            "2025-04-02",
            "HAMAS",
            "israel-hamas-war",
            True,
        ),
        (
            "Jahja Sari erklärte, man habe ein Frachtschiff im Roten Meer angegriffen.",
            "2024-12-02",
            "HOUTHIS",
            "israel-hamas-war",
            True,
        ),
        (
            "Lazzarini sagte, im Gazastreifen seien zwei Schulen des Hilfswerks getroffen worden.",
            "2025-03-04",
            "UN",
            "israel-hamas-war",
            False,
        ),
        (
            "Madschid al-Ansari sagte, die Gespräche über eine Feuerpause im Gazastreifen gingen weiter.",
            "2025-03-04",
            "QA",
            "israel-hamas-war",
            False,
        ),
        (
            "Podoljak sagte, russische Truppen hätten Torezk die ganze Nacht beschossen.",
            "2024-06-12",
            "UA",
            "russia-ukraine-war",
            True,
        ),
        (
            "Rjabkow sagte, die Lieferung der Raketen an Kiew sei eine Eskalation.",
            "2024-06-12",
            "RU",
            "russia-ukraine-war",
            True,
        ),
    ],
)
def test_an_office_holder_named_alone_speaks_for_their_party(text, day, party, conflict, belligerent, knowledge):
    claim = last_claim(text, knowledge, day)
    assert claim.origin_parties == (party,)
    if conflict is not None:
        assert claim.conflict == conflict
    assert claim.belligerent == belligerent


@pytest.mark.parametrize(
    "text, party",
    [
        ("Das Heimatfrontkommando teilte mit, die Schulen in Israel blieben geschlossen.", "IL"),
        ("Die Essedin-al-Kassam-Brigaden erklärten, sie hätten zwei Panzer in Gaza zerstört.", "HAMAS"),
        ("Die Schnellen Unterstützungskräfte teilten mit, sie hätten das Lager eingenommen.", "RSF"),
        ("Die Al-Quds-Brigaden erklärten, sie hätten Raketen auf Sderot abgefeuert.", "PIJ"),
        ("Der Souveränitätsrat teilte mit, der Flughafen sei wieder geöffnet.", "SD"),
        ("Das Regierungsmedienbüro im Gazastreifen teilte mit, drei Bäckereien seien zerstört.", "HAMAS"),
        ("Ukrenerho teilte mit, in Kiew falle am Abend der Strom aus.", "UA"),
        ("Das Rote Kreuz teilte mit, zwölf Helfer seien aus Sabirsk zurückgekehrt.", "ICRC"),
        ("Die prorussischen Kräfte meldeten die Einnahme eines Dorfes bei Sabirsk.", "RU"),
        # an official of a place of the theatre speaks for the party governing it
        ("Der Gouverneur der Provinz Preah Vihear sagte, drei Dörfer seien geräumt worden.", "KH"),
        ("Der Gouverneur von Sa Kaeo sagte, 20.000 Menschen seien in Notunterkünften.", "TH"),
        ("Die Behörden in Nyala meldeten einen Drohnenangriff auf den Flughafen.", "RSF"),
        ("Der Gouverneur von Hodeida sagte, der Hafen sei wieder geöffnet.", "HOUTHIS"),
        ("Der Polizeichef von Poonch sagte, zwölf Häuser seien getroffen worden.", "IN"),
        ("Der Bürgermeister von Aschkelon sagte, eine Rakete habe ein Wohnhaus getroffen.", "IL"),
    ],
)
def test_an_organ_or_an_official_of_a_place_speaks_for_its_party(text, party, knowledge):
    assert last_claim(text, knowledge, "2025-07-26").origin_parties == (party,)


@pytest.mark.parametrize(
    "text",
    [
        "Der Bäcker Samir Haddad sagte, das Mehl sei teurer geworden.",  # a first name alone names no general
        "Laut Jim Ratcliffe soll der Verein im Sommer einen neuen Trainer holen.",  # nor a surname of two men
        "Der Schauspieler Christoph Waltz sagte, der Film sei in Wien gedreht worden.",
        "Die Köchin Anna Wagner erklärte, der Laden bleibe montags geschlossen.",
        "Der Ökonom Colin Vance sagte, der Verkehr auf der Autobahn gehe kaum zurück.",
        "Der Wirt Andreas Boulos sagte, das Lokal öffne im Mai wieder.",
        "Der Historiker Halevi sagte, die Ausstellung sei gut besucht gewesen.",
        "AFC-Präsident Salman teilte mit, das Turnier finde im Herbst statt.",  # the football confederation
    ],
)
def test_a_stranger_sharing_a_name_with_an_office_holder_is_no_party(text, knowledge):
    claim = last_claim(text, knowledge, "2025-06-23")
    assert claim.origin_parties == ()


@pytest.mark.parametrize(
    "text, conflict",
    [
        ("Um die Tempelanlage Ta Muen Thom wurde den ganzen Tag gekämpft.", "thailand-cambodia-conflict"),
        ("Die Rebellen rückten von Masisi weiter nach Süden vor.", "eastern-congo"),
        ("In El Geneina wurden Hunderte Häuser niedergebrannt.", "sudan-war"),
        ("Die Aussetzung des Indus-Wasservertrags traf die Bauern hart.", "india-pakistan-conflict"),
        ("Die Straße nach Latschin war gesperrt.", "armenia-azerbaijan-conflict"),
        ("Die Operation Rising Lion begann in der Nacht.", "israel-iran-war"),
        ("Am Philadelphi-Korridor sollen Truppen stationiert bleiben.", "israel-hamas-war"),
        ("Die Stadt Torezk lag unter schwerem Beschuss.", "russia-ukraine-war"),
    ],
)
def test_a_place_or_operation_names_its_war(text, conflict, knowledge):
    assert conflict_hits(text, knowledge)[conflict] >= 1


def test_a_town_held_by_an_armed_group_is_governed_by_it(knowledge):
    text = "Zwischen Saada und Nyala liegen Tausende Kilometer."
    assert [party for _, _, party in governing_parties(text, knowledge)] == ["HOUTHIS", "RSF"]


@pytest.mark.parametrize(
    "opening, war",
    [
        ("Im Gazastreifen gingen die Kämpfe weiter. Die Hamas feuerte erneut Raketen ab.", "israel-hamas-war"),
        ("Iran griff Israel mit ballistischen Raketen an. Teheran drohte mit weiteren Angriffen.", "israel-iran-war"),
    ],
)
def test_a_city_of_a_party_at_war_on_two_fronts_names_neither(opening, war, knowledge):
    """Tel Aviv is a target in both of Israel's wars: a claim naming it is about its article's war."""
    text = f"{opening} Ein Armeesprecher sagte in Tel Aviv, in Haifa seien zwei Menschen verletzt worden."
    assert last_claim(text, knowledge, "2025-06-19").conflict == war
