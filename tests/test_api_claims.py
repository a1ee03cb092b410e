"""GET /v1/claims with filters and cursors, GET /v1/claims/{id}, GET /v1/propositions/{id}."""

import json

import pytest

from tests.conftest import assert_error, post_article

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


def every_page(client, url: str) -> list[int]:
    """The claim ids of every page of `url`, following its cursor to the end."""
    seen, cursor = [], ""
    while True:
        page = client.get(f"{url}&cursor={cursor}").get_json()
        seen += [c["id"] for c in page["claims"]]
        cursor = page["next_cursor"]
        if not cursor:
            return seen


def test_cursor_pages_through_everything_once(client):
    for n in range(4):
        post_article(client, ARTICLE.replace("10.000", f"{n + 1}0.000"), outlet=f"outlet{n}.example")
    assert every_page(client, "/v1/claims?limit=5") == list(range(1, 13))


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


def test_filters_by_conflict_grade_article_stance_and_proposition(client):
    post_article(client, ARTICLE, outlet="nzz.ch")
    post_article(client, "Nach Angaben des Pentagon sind etwa 10.000 Drohnen an die Ukraine geliefert worden.")
    claims = {c["id"]: c for c in client.get("/v1/claims").get_json()["claims"]}
    for name, value, key in (
        ("article", 2, lambda c: c["article_id"]),
        ("stance", "support", lambda c: c["stance"]),
        ("proposition", claims[1]["proposition_id"], lambda c: c["proposition_id"]),
    ):
        expected = [i for i, c in claims.items() if key(c) == value]
        assert expected and ids(client.get(f"/v1/claims?{name}={value}")) == expected, name
    conflicts = {c["conflict"] for c in claims.values()} - {None}
    assert conflicts, "the Charkiw claims are about a conflict"
    for conflict in conflicts:
        assert ids(client.get(f"/v1/claims?conflict={conflict}")) == [
            i for i, c in claims.items() if c["conflict"] == conflict
        ]
    assert ids(client.get("/v1/claims?conflict=no-such-war")) == []
    code = claims[1]["grade"]["code"]
    assert ids(client.get(f"/v1/claims?grade={code}")) == [i for i, c in claims.items() if c["grade"]["code"] == code]
    letter, digit = code[0], code[1]
    assert ids(client.get(f"/v1/claims?grade={letter}")) == [
        i for i, c in claims.items() if c["grade"]["source"] == letter
    ]
    assert ids(client.get(f"/v1/claims?grade={digit}")) == [
        i for i, c in claims.items() if c["grade"]["information"] == int(digit)
    ]
    assert ids(client.get("/v1/claims?grade=A1")) == []  # A is never given automatically


def test_sort_newest_first_pages_through_everything_once(client):
    for n in range(3):
        post_article(client, ARTICLE.replace("10.000", f"{n + 1}0.000"), outlet=f"outlet{n}.example")
    assert ids(client.get("/v1/claims?sort=-id&limit=4")) == [9, 8, 7, 6]
    seen = every_page(client, "/v1/claims?sort=-id&limit=4&hedged=false")
    assert seen == sorted(ids(client.get("/v1/claims?hedged=false")), reverse=True)


def test_unknown_and_invalid_query_parameters_are_422(client):
    post_article(client, ARTICLE)
    for query in ("grad=D2", "foo=1", "sort=score", "grade=G7", "grade=B9", "stance=maybe", "article=0", "limit=0"):
        body = assert_error(client.get(f"/v1/claims?{query}"), 422)
        assert body["errors"]["query"], query
    assert "foo" in assert_error(client.get("/v1/claims?foo=1"), 422)["errors"]["query"]
    assert_error(client.get("/v1/articles?grade=D2"), 422)
    assert_error(client.get("/v1/propositions?outlet=nzz.ch"), 422)


def test_propositions_list(client):
    post_article(client, ARTICLE, outlet="nzz.ch")
    post_article(
        client, "Nach Angaben des Pentagon sind etwa 10.000 Drohnen an die Ukraine geliefert worden.", outlet="faz.net"
    )
    claims = client.get("/v1/claims").get_json()["claims"]
    listed = client.get("/v1/propositions").get_json()
    assert listed["next_cursor"] is None
    by_id = {p["id"]: p for p in listed["propositions"]}
    assert sorted(by_id) == sorted({c["proposition_id"] for c in claims})
    shared = by_id[claims[0]["proposition_id"]]
    whole = client.get(f"/v1/propositions/{shared['id']}").get_json()
    assert shared["claims"] == [c["id"] for c in whole["claims"]] == [1, 4]
    assert shared["outlets"] == whole["outlets"] == ["faz.net", "nzz.ch"]
    assert shared["grade"] == whole["grade"] and shared["score"] == whole["score"]
    first = client.get("/v1/propositions?limit=2").get_json()
    second = client.get(f"/v1/propositions?limit=2&cursor={first['next_cursor']}").get_json()
    assert [p["id"] for p in first["propositions"] + second["propositions"]] == sorted(by_id)
    newest = client.get("/v1/propositions?sort=-id&limit=1").get_json()
    assert newest["propositions"][0]["id"] == max(by_id)


def test_sort_by_change_pages_through_everything_once(client):
    post_article(client, ARTICLE, outlet="nzz.ch")
    post_article(client, "Die Ernte in der Region Kursk fiel in diesem Jahr deutlich schlechter aus.", outlet="faz.net")
    # A third article corroborates the first claim: it and its new partner are the most recently changed.
    third = post_article(
        client, "Nach Angaben des Pentagon sind etwa 10.000 Drohnen an die Ukraine geliefert worden.", outlet="taz.de"
    ).get_json()
    claims = client.get("/v1/claims?limit=500").get_json()["claims"]
    expected = [c["id"] for c in sorted(claims, key=lambda c: (c["updated_at"], c["id"]))]
    assert expected[-1] == third["claims"][0]["id"]
    for sort, order in (("updated_at", expected), ("-updated_at", expected[::-1])):
        assert every_page(client, f"/v1/claims?sort={sort}&limit=2") == order, sort
        assert client.get(f"/v1/claims?sort={sort}&limit=2").get_json()["next_cursor"].startswith("u")
    # The export pages the same way.
    body = client.get("/v1/claims/export?format=jsonl&sort=-updated_at").get_data(as_text=True)
    assert [json.loads(line)["id"] for line in body.splitlines()] == expected[::-1]


def test_a_cursor_of_another_sort_is_422(client):
    post_article(client, ARTICLE)
    by_change = client.get("/v1/claims?sort=updated_at&limit=1").get_json()["next_cursor"]
    assert_error(client.get(f"/v1/claims?cursor={by_change}"), 422)
    assert_error(client.get("/v1/claims?sort=updated_at&cursor=2"), 422)
    assert_error(client.get("/v1/claims?sort=updated_at&cursor=u%21%21"), 422)
    assert_error(client.get("/v1/claims?sort=updated_at&cursor=uAAAAAAA"), 422)
    assert_error(client.get(f"/v1/claims/export?cursor={by_change}"), 422)


def test_reports_months_apart_are_not_linked(client):
    """Within the linking window the same fact corroborates; four months later it is another story."""
    fact = "Nach Angaben des Pentagon sind etwa 10.000 Drohnen an die Ukraine geliefert worden."
    post_article(client, ARTICLE, outlet="nzz.ch", published_at="2025-03-01")
    soon = post_article(client, fact, outlet="spiegel.de", published_at="2025-03-20").get_json()
    later = post_article(client, fact + " Das teilte es mit.", outlet="taz.de", published_at="2025-07-15").get_json()
    assert client.get(f"/v1/claims/{soon['claims'][0]['id']}").get_json()["corroboration"]["claims"] == [1]
    assert client.get(f"/v1/claims/{later['claims'][0]['id']}").get_json()["corroboration"]["claims"] == []


@pytest.mark.parametrize(
    "first, second, explained",
    [
        (
            "Die chinesische Regierung rief Lindenau und Sabirsk am Montag zur Zurückhaltung auf.",
            "Die chinesische Regierung rief Sabirsk und Lindenau am Montag zu Zurückhaltung auf.",
            "an act China declared",
        ),
        (
            "In Lindenau wurde nach dem Brand im Hafen eine dreitägige Trauer ausgerufen.",
            "Der Leiter der Stadtverwaltung, Karl Beispiel, rief in Lindenau drei Tage Trauer aus.",
            "without saying who declared it",
        ),
    ],
)
def test_a_declared_act_two_outlets_tell_in_their_own_voice_has_one_origin(client, first, second, explained):
    """Every outlet telling a government's call has it from that government, and days of mourning "declared" by
    someone unnamed from that one word: one origin, not one per outlet."""
    for outlet, text in (("nzz.ch", first), ("faz.net", second)):
        post_article(client, text, outlet=outlet, published_at="2024-11-01")
    claim = client.get("/v1/claims/1").get_json()
    corroboration = claim["corroboration"]
    assert corroboration["independent_outlets"] == 2 and corroboration["independent_origins"] == 1
    assert claim["origin_parties"] == [] and claim["grade"]["information"] != 1  # no source named: the outlet tells it
    assert any(explained in line for line in claim["explanation"])


def test_a_partys_own_outlet_names_the_speaker_of_unattributed_reported_speech(client):
    """A claim in Konjunktiv I whose speaker the article does not name, beside a party's own outlet telling the
    same fact in its own voice: the party's words, one origin, not an unnamed speaker's besides."""
    post_article(
        client,
        "Die Armee von Lindenau zerstörte bei Sabirsk drei Stellungen der Gegenseite sowie ein Munitionslager.",
        outlet="de.rt.com",
        published_at="2024-11-01",
    )
    post_article(
        client,
        "Bei Sabirsk seien drei Stellungen der Gegenseite sowie ein Munitionslager zerstört worden.",
        outlet="faz.net",
        published_at="2024-11-01",
    )
    corroboration = client.get("/v1/claims/2").get_json()["corroboration"]
    assert corroboration["claims"] == [1] and corroboration["independent_origins"] == 1
