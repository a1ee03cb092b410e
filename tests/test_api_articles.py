"""POST/GET articles and POST score against a real SQLite file."""

import sqlite3

from tests.conftest import assert_error, post_article

TEXT = (
    "Laut dem Pentagon wurden vergangene Woche rund 10.000 Drohnen an die Ukraine geliefert.\n"
    "Angeblich sollen weitere Lieferungen folgen.\n"
    "Die ukrainische Armee hat festgestellt, dass bereits 3.000 davon an der Front im Einsatz sind."
)
CLAIM_FIELDS = {
    "id",
    "article_id",
    "text",
    "start",
    "end",
    "hedged",
    "hedges",
    "reported_speech",
    "sources",
    "origin_parties",
    "belligerent",
    "conflict",
    "stance",
    "corroboration",
    "proposition_id",
    "score",
    "grade",
    "explanation",
}


def test_post_stores_and_scores_every_claim(client):
    response = post_article(
        client,
        TEXT,
        outlet="https://www.Tagesspiegel.de/politik",
        url="https://example.org/a",
        title="Test",
        published_at="2024-11-01",
        credits=["AFP"],
    )
    assert response.status_code == 201
    article = response.get_json()
    assert article["outlet"] == "tagesspiegel.de" and article["voice"] == "AFP" and article["credits"] == ["AFP"]
    assert len(article["claims"]) == 3
    for claim in article["claims"]:
        assert CLAIM_FIELDS <= set(claim)
        assert TEXT[claim["start"] : claim["end"]] == claim["text"]
        for span in claim["hedges"] + claim["sources"]:
            assert TEXT[span["start"] : span["end"]] == span.get("cue", span.get("text"))
        assert set(claim["corroboration"]) >= {
            "outlets",
            "independent_outlets",
            "independent_origins",
            "claims",
            "contradicting_claims",
        }
        assert claim["grade"]["code"] == f"{claim['grade']['source']}{claim['grade']['information']}"
        assert 0 <= claim["score"] <= 1 and claim["explanation"]
    pentagon, hedged, ukraine = article["claims"]
    assert pentagon["origin_parties"] == ["US"] and not pentagon["belligerent"] and pentagon["grade"]["source"] == "B"
    assert hedged["hedged"] and {h["cue"] for h in hedged["hedges"]} >= {"Angeblich"}
    cue = next(h for h in hedged["hedges"] if h["cue"] == "Angeblich")
    assert f"'Angeblich' at {cue['start']}–{cue['end']}" in hedged["explanation"][0]
    source = pentagon["sources"][0]
    assert any(f"named as 'Pentagon' at {source['start']}–{source['end']}" in line for line in pentagon["explanation"])
    assert ukraine["origin_parties"] == ["UA"] and ukraine["belligerent"] and ukraine["grade"]["source"] == "D"
    assert ukraine["corroboration"]["independent_outlets"] == 1 and ukraine["corroboration"]["independent_origins"] == 1


def test_get_article_and_list_with_cursor(client):
    ids = [
        post_article(client, f"{TEXT}\nDie Lage in Nummer {n} blieb angespannt und unübersichtlich.").get_json()["id"]
        for n in range(3)
    ]
    got = client.get(f"/v1/articles/{ids[1]}").get_json()
    assert got["id"] == ids[1] and len(got["claims"]) == 4
    page = client.get("/v1/articles?limit=2").get_json()
    assert [a["id"] for a in page["articles"]] == ids[:2] and page["next_cursor"]
    rest = client.get(f"/v1/articles?limit=2&cursor={page['next_cursor']}").get_json()
    assert [a["id"] for a in rest["articles"]] == ids[2:] and rest["next_cursor"] is None
    assert client.get("/v1/articles?outlet=nowhere.example").get_json()["articles"] == []


def test_resubmission_by_url_or_by_outlet_and_text_gives_the_stored_article(client, app):
    first = post_article(client, TEXT, url="https://example.org/story")
    again_url = post_article(
        client,
        TEXT + "\nNachtrag: Die Lage ist unverändert und bleibt weiter angespannt.",
        url="https://example.org/story",
    )
    again_text = post_article(client, "  " + TEXT.replace("\n", "\n\n") + " ")
    assert first.status_code == 201 and again_url.status_code == 200 and again_text.status_code == 200
    assert again_url.get_json()["id"] == again_text.get_json()["id"] == first.get_json()["id"]
    other_outlet = post_article(client, TEXT, outlet="nzz.ch")
    assert other_outlet.status_code == 201
    with sqlite3.connect(app.config["DB"]) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_unknown_outlet_is_registered_as_its_own_group(client):
    post_article(client, TEXT, outlet="brand-new-outlet.example")
    outlet = client.get("/v1/outlets/brand-new-outlet.example").get_json()
    assert outlet == {
        "domain": "brand-new-outlet.example",
        "name": "brand-new-outlet.example",
        "owner_group": "brand-new-outlet.example",
        "wire_agency": False,
        "state_affiliation": None,
        "disinformation": False,
        "known": False,
        "names": [],
    }


def test_an_unregistered_embassy_site_speaks_for_its_state(client):
    """Its own voice is the state's: registered with the state's affiliation, its claims of that origin."""
    text = "Am Montag schlugen in Lindenau drei Raketen in ein Wohnhaus ein. Zwei Menschen wurden verletzt."
    body = post_article(client, text, outlet="ukraine-botschaft.example").get_json()
    assert client.get("/v1/outlets/ukraine-botschaft.example").get_json()["state_affiliation"] == "UA"
    assert body["claims"] and all(claim["origin_parties"] == ["UA"] for claim in body["claims"])


def test_html_input_is_reduced_to_its_main_text(client):
    html = (
        "<html><head><title>T</title></head><body><nav><a href='/'>Startseite</a></nav><article>"
        "<h1>Angriff auf Charkiw</h1>"
        "<p>Bei einem Angriff auf Charkiw sind nach ukrainischen Angaben vier Menschen verletzt worden.</p>"
        "<p>Das russische Verteidigungsministerium sprach von einem Schlag gegen militärische Ziele.</p>"
        "</article><footer>Impressum</footer></body></html>"
    )
    response = client.post("/v1/articles", json={"html": html, "outlet": "example.org"})
    assert response.status_code == 201
    article = response.get_json()
    assert "Startseite" not in article["text"] and "<p>" not in article["text"]
    assert any(c["origin_parties"] == ["UA"] for c in article["claims"])
    for claim in article["claims"]:
        assert article["text"][claim["start"] : claim["end"]] == claim["text"]


def test_score_does_not_store(client, app):
    post_article(client, TEXT, outlet="nzz.ch")
    response = client.post("/v1/score", json={"text": TEXT, "outlet": "spiegel.de"})
    assert response.status_code == 200
    scored = response.get_json()
    assert scored["id"] is None and all(c["id"] is None for c in scored["claims"])
    corroboration = scored["claims"][0]["corroboration"]
    # The same text from another outlet is a reprint: two outlets, one voice.
    assert corroboration["outlets"] == 2 and corroboration["independent_outlets"] == 1
    assert corroboration["claims"] == [1]
    with sqlite3.connect(app.config["DB"]) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM outlets WHERE domain = 'spiegel.de'").fetchone()[0] == 1


def test_unknown_ids_are_404(client):
    assert_error(client.get("/v1/articles/999"), 404)
    assert_error(client.get("/v1/claims/999"), 404)
    assert_error(client.get("/v1/propositions/999"), 404)
    assert_error(client.get("/v1/outlets/nowhere.example"), 404)
    assert_error(client.get("/v1/conflicts/no-such-war"), 404)
    assert_error(client.get("/v1/nothing-here"), 404)


def test_relay_and_reported_speech_are_explained_with_their_places(client):
    text = (
        "Ukrainische Geheimdienstkreise haben der „Financial Times“ gestern mitgeteilt, dass ein Depot gebrannt habe."
    )
    (claim,) = post_article(client, text).get_json()["claims"]
    relay = next(s for s in claim["sources"] if s["role"] == "relay")
    assert f"passed on by 'Financial Times' at {relay['start']}–{relay['end']}" in claim["explanation"]
    speech = claim["reported_speech_cues"][0]
    assert any(f"'habe' at {speech['start']}–{speech['end']}" in line for line in claim["explanation"])
