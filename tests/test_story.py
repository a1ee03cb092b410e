"""A match sharing no referent confirms only within one story (service/ingest.py `_matches`)."""

from tests.conftest import post_article

# Told of many towns alike: no number, name, party, day or town the two reports share.
GENERIC_A = "Nach Angaben der Reederei ruht der Fährverkehr am alten Anleger vorerst vollständig."
GENERIC_B = "Laut dem Hafenamt ruht der Fährverkehr am alten Anleger vorerst vollständig."
# One fact with a referent (the count) both reports tell: the same story.
ANCHORED_A = "Im Hafen von Lindenau sind nach Angaben der Feuerwehr 1.200 Helfer im Einsatz."
ANCHORED_B = "Laut dem Roten Kreuz sind im Hafen von Lindenau 1.200 Helfer im Einsatz."


def _generic_claim(body):
    return next(c for c in body["claims"] if "Fährverkehr" in c["text"])


def _corroboration(client, claim_id):
    body = client.get(f"/v1/claims/{claim_id}").get_json()
    c = body["corroboration"]
    return c["independent_outlets"], c["independent_origins"], body["grade"]["information"]


def _loose(client, claim_id):
    return any("loose match" in line for line in client.get(f"/v1/claims/{claim_id}").get_json()["explanation"])


def test_a_generic_match_across_stories_counts_an_outlet_not_an_origin(client):
    post_article(client, GENERIC_A, outlet="nzz.ch", published_at="2025-03-03")
    b = _generic_claim(post_article(client, GENERIC_B, outlet="spiegel.de", published_at="2025-03-04").get_json())
    outlets, origins, information = _corroboration(client, b["id"])
    assert (outlets, origins) == (2, 1) and information != 1
    assert _loose(client, b["id"])  # the explanation says why the second outlet is no second origin


def test_a_generic_match_within_one_story_confirms(client):
    post_article(client, GENERIC_A + "\n" + ANCHORED_A, outlet="nzz.ch", published_at="2025-03-03")
    second = post_article(client, GENERIC_B + "\n" + ANCHORED_B, outlet="spiegel.de", published_at="2025-03-04")
    b = _generic_claim(second.get_json())
    assert _corroboration(client, b["id"]) == (2, 2, 1)
    assert not _loose(client, b["id"])


def test_a_copy_of_a_loosely_joined_claim_joins_loosely_too(client):
    # nzz.ch tells the generic line alone; spiegel.de and taz.de tell it beside a fact of one story (the
    # 1.200 helpers), so taz.de's line matches spiegel.de's confidently, and spiegel.de's joined nzz.ch's
    # only loosely: the chain is no stronger than that loose link, and nzz.ch's claim is no second origin.
    post_article(client, GENERIC_A, outlet="nzz.ch", published_at="2025-03-03")
    post_article(client, GENERIC_B + "\n" + ANCHORED_A, outlet="spiegel.de", published_at="2025-03-04")
    third = post_article(client, GENERIC_B + "\n" + ANCHORED_B, outlet="taz.de", published_at="2025-03-05")
    c = client.get(f"/v1/claims/{_generic_claim(third.get_json())['id']}").get_json()
    assert c["corroboration"]["outlets"] == 3  # all three tell it
    assert c["corroboration"]["independent_origins"] == 1 and c["grade"]["information"] != 1
    assert _loose(client, c["id"])
