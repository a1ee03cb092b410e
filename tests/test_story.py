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
