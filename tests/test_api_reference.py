"""Outlets, parties, conflicts, health and the API document."""

from tests.conftest import assert_error, post_article


def test_seeded_reference_data(client):
    outlets = {o["domain"]: o for o in client.get("/v1/outlets").get_json()["outlets"]}
    assert outlets["de.rt.com"]["state_affiliation"] == "RU" and outlets["afp.com"]["wire_agency"]
    assert outlets["fr.de"]["owner_group"] == outlets["merkur.de"]["owner_group"] == "Ippen Media"
    parties = {p["code"]: p for p in client.get("/v1/parties").get_json()["parties"]}
    assert {"UA", "RU", "KP", "KR", "US", "NATO", "HAMAS", "RSF"} <= set(parties)
    assert any("Selenskij" in a["aliases"] for a in parties["UA"]["actors"])
    war = client.get("/v1/conflicts/russia-ukraine-war").get_json()
    assert {"party": "KP", "since": "2024-10-01", "side": "a"} in war["belligerents"]  # beside Russia


def test_put_outlet_changes_the_analysis(client):
    text = "Die Lage an der Front in der Region Kursk bleibt nach schweren Kämpfen unübersichtlich."
    assert post_article(client, text, outlet="newsite.example").get_json()["claims"][0]["grade"]["source"] == "F"
    response = client.put(
        "/v1/outlets/newsite.example",
        json={"name": "New Site", "owner_group": "Kremlin Media", "state_affiliation": "RU", "disinformation": True},
    )
    assert response.status_code == 200 and response.get_json()["known"] is True
    claim = post_article(client, text + " Weitere Angriffe folgten.", outlet="newsite.example").get_json()["claims"][0]
    assert claim["origin_parties"] == ["RU"] and claim["belligerent"] and claim["grade"]["source"] == "E"
    assert_error(client.put("/v1/outlets/x.example", json={"name": "X"}), 422)


def test_put_conflict_and_use_it(client):
    conflict = {
        "name": "Alpha–Beta war",
        "terms": ["Grenzfluss Omega"],
        "belligerents": [{"party": "US", "since": "2030-01-01"}, {"party": "CA", "since": "2030-01-01", "side": "b"}],
    }
    assert client.put("/v1/conflicts/alpha-beta", json=conflict).status_code == 200
    stored = client.get("/v1/conflicts/alpha-beta").get_json()
    assert stored["terms"] == ["Grenzfluss Omega"] and stored["belligerents"][1]["side"] == "b"
    claim = post_article(
        client, "Laut dem Pentagon wurden am Grenzfluss Omega zwei Brücken gesprengt.", published_at="2030-02-01"
    ).get_json()["claims"][0]
    assert claim["conflict"] == "alpha-beta" and claim["belligerent"]
    assert_error(client.put("/v1/conflicts/bad", json={**conflict, "belligerents": [{"party": "US"}]}), 422)
    assert_error(client.put("/v1/conflicts/b%20d", json=conflict), 422)
    named_side = {
        **conflict,
        "belligerents": [*conflict["belligerents"], {"party": "MX", "since": "2030-01-01", "side": "Alpha"}],
    }
    assert_error(client.put("/v1/conflicts/bad", json=named_side), 422)  # a side is one letter


def test_health_openapi_and_docs_page(client):
    assert client.get("/v1/health").get_json()["status"] == "ok"
    spec = client.get("/v1/openapi.json").get_json()
    assert {
        "/v1/articles",
        "/v1/score",
        "/v1/claims",
        "/v1/claims/{claim_id}",
        "/v1/propositions/{proposition_id}",
        "/v1/outlets/{domain}",
        "/v1/parties",
        "/v1/conflicts/{conflict_id}",
        "/v1/health",
    } <= set(spec["paths"])
    page = client.get("/v1/docs")  # Swagger UI; tests/test_api_docs.py has the rest
    assert page.status_code == 200 and b'data-spec="/v1/openapi.json"' in page.data


def _war(terms: list[str], *sides: tuple[str, str]) -> dict:
    return {
        "name": " – ".join(terms),
        "terms": terms,
        "belligerents": [{"party": party, "since": "2030-01-01", "side": side} for party, side in sides],
    }


def test_two_fronts_of_one_war_may_state_one_fact_two_wars_never(client):
    """Two conflicts with two belligerents on opposite sides in both (the war at the river and the war at
    the lake, the US against Canada in both) are fronts of one war: a fact told in an article on each is one
    fact. A third war with other sides is another war, whatever the words."""
    client.put("/v1/conflicts/river-war", json=_war(["Grenzfluss Omega"], ("US", "a"), ("CA", "b")))
    client.put("/v1/conflicts/lake-war", json=_war(["Gammasee"], ("US", "a"), ("CA", "b"), ("MX", "b")))
    client.put("/v1/conflicts/bay-war", json=_war(["Deltabucht"], ("BR", "a"), ("AR", "b")))
    fact = "In Lindenau wurden bei einem Angriff auf eine Kaserne 17 Soldaten getötet."

    def told(where: str, outlet: str) -> dict:
        text = f"Die Kämpfe {where} gehen weiter. Auch {where} ist die Lage unklar. {fact}"
        claims = post_article(client, text, outlet, published_at="2030-02-01").get_json()["claims"]
        return next(claim for claim in claims if claim["text"] == fact)

    first = told("am Grenzfluss Omega", "a.example")
    assert first["conflict"] == "river-war"
    other_war = told("an der Deltabucht", "b.example")
    assert other_war["conflict"] == "bay-war" and other_war["corroboration"]["claims"] == []
    other_front = told("am Gammasee", "c.example")
    assert other_front["conflict"] == "lake-war" and other_front["corroboration"]["claims"] == [first["id"]]
