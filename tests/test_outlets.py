"""The outlet registry (seeds/outlets.json): owner groups, wire agencies, state affiliations."""

import re

import pytest

import seeds
from service.ingest import voice_of

OUTLETS = seeds.outlets()
PARTIES = {p["code"] for p in seeds.parties()}


def test_the_german_language_press_is_registered_broadly():
    assert len(OUTLETS) >= 150
    domains = [o["domain"] for o in OUTLETS]
    assert len(domains) == len(set(domains))


@pytest.mark.parametrize("outlet", OUTLETS, ids=lambda o: o["domain"])
def test_every_outlet_has_a_domain_a_name_and_an_owner_group(outlet):
    assert re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", outlet["domain"])
    assert outlet["name"].strip() and outlet["owner_group"].strip()
    assert set(outlet) == {
        "domain",
        "name",
        "owner_group",
        "names",
        "wire_agency",
        "state_affiliation",
        "disinformation",
    }
    # a party code (or a state's ISO code) for real state media only
    assert outlet["state_affiliation"] is None or outlet["state_affiliation"] in PARTIES | {"QA"}


def test_outlets_of_one_owner_share_one_group():
    groups = {o["domain"]: o["owner_group"] for o in OUTLETS}
    assert groups["waz.de"] == groups["morgenpost.de"] == groups["harzkurier.de"]
    assert groups["lvz.de"] == groups["rnd.de"]
    assert groups["fr.de"] == groups["merkur.de"]
    assert groups["bernerzeitung.ch"] == groups["tagesanzeiger.ch"]
    assert groups["kleinezeitung.at"] == groups["diepresse.com"]
    assert groups["dpa-afx.de"] == groups["dpa.com"]


@pytest.mark.parametrize("agency", seeds.lexicon()["credits"]["agencies"])
def test_every_credited_agency_is_a_registered_wire_agency_and_gives_the_voice(agency, knowledge):
    wire = [o for o in knowledge.outlets.values() if o.wire_agency and agency.lower() in (n.lower() for n in o.names)]
    assert len(wire) == 1, agency
    assert voice_of("spiegel.de", [agency], knowledge) == wire[0].owner_group


def test_a_wire_credit_gives_the_agencys_voice_and_no_credit_the_owners(knowledge):
    assert voice_of("tt.com", ["APA"], knowledge) == "APA"
    assert voice_of("onvista.de", ["Reuters"], knowledge) == "Thomson Reuters"
    assert voice_of("tt.com", [], knowledge) == "Moser Holding"


def test_an_unknown_outlet_is_accepted_and_forms_its_own_group(knowledge):
    outlet = knowledge.outlet("nowhere-news.example")
    assert not outlet.known and outlet.owner_group == "nowhere-news.example"
    assert voice_of("nowhere-news.example", [], knowledge) == "nowhere-news.example"
    assert voice_of("nowhere-news.example", ["AFP"], knowledge) == "AFP"


@pytest.mark.parametrize(
    ("domain", "party"),
    [
        ("ukraine-botschaft.example", "UA"),  # the state's name
        ("munich.russianembassy.example", "RU"),  # an English adjective beside the German "russisch"
        ("azerbaijan-botschaft.example", "AZ"),  # the state's English name, not the German "Aserbaidschan"
        ("mfa.gov.ua", "UA"),  # "gov" and the country code after it
        ("polemb.example", "PL"),  # a three-letter state code joined to a short office word
        ("ambardc-berlin.example", "CD"),  # the French abbreviation, the office word before it
        ("dezember-news.example", None),  # a short office word inside another word
        ("pol-news.example", None),  # a state's code with no office
        ("ambassade-lettland.example", "LV"),  # the French office word
        ("israel-news.example", None),  # a state named, no government's office
        ("embassy-of-lindenau.example", None),  # an office, no state we know
        ("nowhere-news.example", None),
    ],
)
def test_an_unregistered_site_of_a_states_office_speaks_for_the_state(domain, party, knowledge):
    """seeds/outlets.json government_sites: an embassy's or ministry's site that nobody registered."""
    outlet = knowledge.outlet(domain)
    assert not outlet.known and outlet.state_affiliation == party


@pytest.mark.parametrize(
    ("domain", "party"),
    [
        ("trt.global", "TR"),
        ("aa.com.tr", "TR"),
        ("tasnimnews.com", "IR"),
        ("presstv.ir", "IR"),
        ("irib.ir", "IR"),
        ("cgtn.com", "CN"),
        ("kcna.kp", "KP"),
        ("ukrinform.ua", "UA"),
        ("wafa.ps", "PS"),
        ("tass.ru", "RU"),
    ],
)
def test_state_media_carry_their_state(domain, party, knowledge):
    assert knowledge.outlet(domain).state_affiliation == party


# Al Jazeera is funded by the Qatari state but reports in its own name, as the public broadcasters do: what it shows
# or says is no state's word
@pytest.mark.parametrize(
    "domain", ["tagesschau.de", "zdf.de", "orf.at", "srf.ch", "faz.net", "nzz.ch", "aljazeera.com"]
)
def test_public_broadcasters_and_private_press_are_no_state_media(domain, knowledge):
    assert knowledge.outlet(domain).state_affiliation is None


@pytest.mark.parametrize(("domain", "name"), [("de.irna.ir", "IRNA"), ("m.spiegel.de", "Der Spiegel")])
def test_an_outlets_edition_in_a_language_or_for_phones_is_the_outlet(domain, name, knowledge):
    assert knowledge.outlet(domain).name == name


def test_another_subdomain_of_a_known_host_is_nobody_we_know(knowledge):
    assert not knowledge.outlet("blog.irna.ir").known
