"""GET /v1/claims with filters and cursors, GET /v1/claims/{id}, GET /v1/propositions/{id}."""

from tests.conftest import post_article

ARTICLE = (
    "Laut dem Pentagon wurden rund 10.000 Drohnen an die Ukraine geliefert.\n"
    "Angeblich sollen weitere Lieferungen in die Region Charkiw folgen.\n"
    "Die ukrainische Armee hat festgestellt, dass sich 3.000 davon an der Front bei Charkiw befinden."
)


def ids(response):
    return [c["id"] for c in response.get_json()["claims"]]


def test_filters(client):
    post_article(client, ARTICLE, outlet="nzz.ch", published_at="2024-11-01")
    post_article(
        client,
        "Die Ernte in der Region Kursk fiel in diesem Jahr deutlich schlechter aus als erwartet.",
        outlet="faz.net",
        published_at="2024-12-01",
    )
    assert ids(client.get("/v1/claims")) == [1, 2, 3, 4]
    assert ids(client.get("/v1/claims?party=US")) == [1]
    assert ids(client.get("/v1/claims?belligerent=true")) == [3]
    assert ids(client.get("/v1/claims?hedged=true")) == [2]
    assert ids(client.get("/v1/claims?outlet=faz.net")) == [4]
    assert ids(client.get("/v1/claims?since=2024-11-15")) == [4]
    assert ids(client.get("/v1/claims?q=Pentagon")) == [1]
    assert ids(client.get("/v1/claims?q=Ernte%20Kursk")) == [4]
    assert ids(client.get("/v1/claims?min_score=0.39")) == [1, 4]


def test_cursor_pages_through_everything_once(client):
    for n in range(4):
        post_article(client, ARTICLE.replace("10.000", f"{n + 1}0.000"), outlet=f"outlet{n}.example")
    seen, cursor = [], ""
    while True:
        page = client.get(f"/v1/claims?limit=5&cursor={cursor}").get_json()
        seen += [c["id"] for c in page["claims"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == list(range(1, 13))


def test_claim_and_proposition(client):
    post_article(client, ARTICLE, outlet="nzz.ch")
    second = post_article(
        client,
        "Nach Angaben des Pentagon sind etwa 10.000 Drohnen an die Ukraine geliefert worden.",
        outlet="spiegel.de",
    ).get_json()
    claim = client.get(f"/v1/claims/{second['claims'][0]['id']}").get_json()
    assert claim["corroboration"]["claims"] == [1]
    assert claim["corroboration"]["independent_outlets"] == 2 and claim["corroboration"]["independent_origins"] == 1
    first = client.get("/v1/claims/1").get_json()  # re-scored when the second article arrived
    assert first["corroboration"]["claims"] == [claim["id"]] and first["grade"]["code"] == "B2"
    proposition = client.get(f"/v1/propositions/{claim['proposition_id']}").get_json()
    assert [c["id"] for c in proposition["claims"]] == [1, claim["id"]]
    assert proposition["outlets"] == ["nzz.ch", "spiegel.de"]
    assert proposition["independent_outlets"] == 2 and proposition["origins"] == ["US"]
    assert proposition["grade"]["code"] == "B2"
