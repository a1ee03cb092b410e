"""The actors, places and conflict terms of the eight wars the seeds know (seeds/parties.json, places.json,
conflicts.json), on sentences written for these tests: real office holders are the data, the events are invented."""

import pytest

from scoring import Knowledge, analyse_article
from scoring.conflicts import conflict_hits


def last_claim(text: str, knowledge: Knowledge, day: str):
    return analyse_article(text, "example.org", knowledge, day).claims[-1]


@pytest.mark.parametrize(
    "text, day, party, conflict, belligerent",
    [
        (
            "An der Grenze zwischen Thailand und Kambodscha wurde am Morgen wieder geschossen. "
            "Zwei Dörfer bei Samraong seien getroffen worden, teilte Ministeriumssprecherin Maly Socheata mit.",
            "2025-07-25",
            "KH",
            "thailand-cambodia-conflict",
            True,
        ),
        ("Hun Sen sagte, die Armee habe keinen einzigen Tempel angegriffen.", "2025-07-26", "KH", None, True),
        (
            "Laut Konteradmiral Surasant Kongsiri wurden an der Grenze zu Kambodscha zwei Panzer zerstört.",
            "2025-07-26",
            "TH",
            None,
            True,
        ),
        ("Phumtham erklärte, die Waffenruhe an der Grenze zu Kambodscha halte.", "2025-07-30", "TH", None, True),
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
        ("Der Gouverneur der Provinz Preah Vihear sagte, drei Dörfer seien geräumt worden.", "KH"),
        ("Der Gouverneur von Sa Kaeo sagte, 20.000 Menschen seien in Notunterkünften.", "TH"),
    ],
)
def test_an_official_of_a_place_of_the_theatre_speaks_for_its_party(text, party, knowledge):
    assert last_claim(text, knowledge, "2025-07-26").origin_parties == (party,)


@pytest.mark.parametrize(
    "text, conflict",
    [
        ("Um die Tempelanlage Ta Muen Thom wurde den ganzen Tag gekämpft.", "thailand-cambodia-conflict"),
    ],
)
def test_a_place_or_operation_names_its_war(text, conflict, knowledge):
    assert conflict_hits(text, knowledge)[conflict] >= 1
