"""Explanations in German or English by ?lang= or Accept-Language, and origins with their display names."""

from tests.conftest import assert_error, post_article

TEXT = "Laut dem Pentagon sollen in Belowodsk 300 Soldaten eingetroffen sein."


def explanation(response):
    body = response.get_json()
    assert response.status_code in (200, 201), body
    return body["explanation"] if "explanation" in body else body["claims"][0]["explanation"]


def test_english_by_default_german_on_request(client):
    post_article(client, TEXT, outlet="nzz.ch")
    english = explanation(client.get("/v1/claims/1"))
    assert "origin: United States, named as 'Pentagon' at 9–17" in english
    assert explanation(client.get("/v1/claims/1", headers={"Accept-Language": "fr, en;q=0.5"})) == english
    assert explanation(client.get("/v1/claims/1", headers={"Accept-Language": "*"})) == english
    german = explanation(client.get("/v1/claims/1", headers={"Accept-Language": "de-CH, de;q=0.9, en;q=0.5"}))
    assert german == [
        "eingeschränkt durch „sollen“ bei 18–24",
        "Ursprung: Vereinigte Staaten, genannt als „Pentagon“ bei 9–17",
        "berichtet von 1 unabhängigen Medium, 1 Ursprung",
    ]
    assert explanation(client.get("/v1/claims/1?lang=de", headers={"Accept-Language": "en"})) == german
    assert explanation(client.get("/v1/articles/1?lang=de")) == german
    assert client.get("/v1/claims?lang=de").get_json()["claims"][0]["explanation"] == german
    assert (
        client.get("/v1/claims?lang=en", headers={"Accept-Language": "de"}).get_json()["claims"][0]["explanation"]
        == english
    )


def test_responses_say_their_language_and_that_it_was_negotiated(client):
    post_article(client, TEXT, outlet="nzz.ch")
    for path, headers, language in (
        ("/v1/claims/1", {}, "en"),
        ("/v1/claims/1", {"Accept-Language": "de"}, "de"),
        ("/v1/claims?lang=de", {}, "de"),
        ("/v1/articles/1", {"Accept-Language": "de-AT"}, "de"),
    ):
        response = client.get(path, headers=headers)
        assert response.headers["Content-Language"] == language, path
        assert "Accept-Language" in response.headers["Vary"], path


def test_scoring_and_storing_answer_in_the_asked_language(client):
    body = {"text": TEXT, "outlet": "nzz.ch"}
    assert "Ursprung: Vereinigte Staaten" in explanation(client.post("/v1/score?lang=de", json=body))[1]
    stored = client.post("/v1/articles", json=body, headers={"Accept-Language": "de"})
    assert stored.status_code == 201 and "berichtet von" in explanation(stored)[-1]
    assert explanation(client.post("/v1/articles", json=body))[-1].startswith("reported by")  # stored already: 200


def test_an_unknown_language_is_a_client_error(client):
    post_article(client, TEXT, outlet="nzz.ch")
    for path in ("/v1/claims/1?lang=fr", "/v1/claims?lang=fr", "/v1/articles/1?lang=xx"):
        body = assert_error(client.get(path), 422)
        assert "lang" in str(body["errors"]), path
    assert_error(client.post("/v1/articles?lang=fr", json={"text": TEXT + " Neu.", "outlet": "nzz.ch"}), 422)
    assert len(client.get("/v1/articles").get_json()["articles"]) == 1  # refused before anything was stored


def test_corroboration_in_german_names_the_shared_number_and_event(client):
    post_article(client, TEXT, outlet="derstandard.at")
    other = post_article(client, "In Belowodsk sind nach Angaben des Pentagons 300 Soldaten eingetroffen.", "nzz.ch")
    claim_id = other.get_json()["claims"][0]["id"]
    german = explanation(client.get(f"/v1/claims/{claim_id}?lang=de"))
    joined = [line for line in german if line.startswith("dieselbe Tatsache wie Behauptung")]
    assert joined and "die Zahl 300" in joined[0] and "derstandard.at" in joined[0]
    english = explanation(client.get(f"/v1/claims/{claim_id}"))
    assert any(line.startswith("same fact as claim") and "the number 300" in line for line in english)


def test_origins_are_party_codes_or_outlet_domains_with_names_beside_them(client):
    post_article(client, TEXT, outlet="nzz.ch")
    own = post_article(client, "Am Hafen von Belowodsk wurde am Morgen ein Frachter entladen.", outlet="nzz.ch")
    c = own.get_json()["claims"][0]["corroboration"]
    # An outlet's own reporting: the origin is its domain, not its owner's legal name.
    assert c["origins"] == ["nzz.ch"] and c["origin_names"] == ["Neue Zürcher Zeitung"]
    c = client.get("/v1/claims/1").get_json()["corroboration"]
    assert c["origins"] == ["US"] and c["origin_names"] == ["United States"]
    c = client.get("/v1/claims/1?lang=de").get_json()["corroboration"]
    assert c["origins"] == ["US"] and c["origin_names"] == ["Vereinigte Staaten"]


def test_an_agencys_voice_is_shown_as_the_outlet_it_is_named_as(client):
    # a site we do not know printing dpa copy: the origin is dpa's own outlet, not another of its group's
    wire = post_article(
        client, "Am Hafen von Belowodsk wurde am Morgen ein Frachter entladen.", outlet="blatt.example", credits=["dpa"]
    )
    c = wire.get_json()["claims"][0]["corroboration"]
    assert c["origins"] == ["dpa.com"] and c["origin_names"] == ["Deutsche Presse-Agentur"]
