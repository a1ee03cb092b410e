"""One truth for every score: what a response shows is the stored value the filters read (#14).

Changing an outlet or a conflict re-grades the claims it touches in the same transaction, so
`GET /v1/claims?min_score=` and `?belligerent=` select by the very score and flag the claim shows.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import create_app, store
from tests.conftest import post_article

OWN_REPORTING = "Die Lage an der Front in der Region Kursk bleibt nach schweren Kämpfen unübersichtlich."
PENTAGON = "Laut dem Pentagon wurden am Grenzfluss Omega zwei Brücken gesprengt."
ALPHA_BETA = {
    "name": "Alpha–Beta war",
    "terms": ["Grenzfluss Omega"],
    "belligerents": [{"party": "MX", "since": "2030-01-01"}, {"party": "CA", "since": "2030-01-01"}],
}


def listed(client: Any, query: str = "") -> list[dict[str, Any]]:
    """Every claim GET /v1/claims returns for this query, all pages followed."""
    claims: list[dict[str, Any]] = []
    cursor = ""
    while True:
        response = client.get(f"/v1/claims?limit=3{query}" + (f"&cursor={cursor}" if cursor else ""))
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        claims += body["claims"]
        if not body["next_cursor"]:
            return claims
        cursor = body["next_cursor"]


def ids(claims: list[dict[str, Any]]) -> set[int]:
    return {c["id"] for c in claims}


def outlet_edit(client: Any, domain: str, **changes: Any) -> None:
    current = client.get(f"/v1/outlets/{domain}").get_json()
    body = {k: v for k, v in current.items() if k not in ("domain", "known")} if "name" in current else {}
    body = {"name": domain, "owner_group": domain, **body, **changes}
    assert client.put(f"/v1/outlets/{domain}", json=body).status_code == 200


def assert_one_truth(client: Any) -> None:
    """Every claim shown with score s is selected by min_score=s and not by min_score=s+0.0001;
    its belligerent flag selects it the same way; every view of it shows the same grade."""
    claims = listed(client)
    for score in {c["score"] for c in claims}:
        at = ids(listed(client, f"&min_score={score}"))
        above = ids(listed(client, f"&min_score={score + 0.0001}")) if score + 0.0001 <= 1 else set()
        for claim in (c for c in claims if c["score"] == score):
            assert claim["id"] in at, claim
            assert claim["id"] not in above, claim
    for flag in (True, False):
        selected = ids(listed(client, f"&belligerent={str(flag).lower()}"))
        assert selected == {c["id"] for c in claims if c["belligerent"] is flag}
    articles = {}
    for claim in claims:
        single = client.get(f"/v1/claims/{claim['id']}").get_json()
        if claim["article_id"] not in articles:
            articles[claim["article_id"]] = client.get(f"/v1/articles/{claim['article_id']}").get_json()
        in_article = next(c for c in articles[claim["article_id"]]["claims"] if c["id"] == claim["id"])
        in_proposition = next(
            c
            for c in client.get(f"/v1/propositions/{claim['proposition_id']}").get_json()["claims"]
            if c["id"] == claim["id"]
        )
        for view in (single, in_article, in_proposition):
            assert (view["score"], view["grade"], view["belligerent"]) == (
                claim["score"],
                claim["grade"],
                claim["belligerent"],
            )


def test_flagging_an_outlet_regrades_its_stored_claims(client):
    # The bug of #14: the flag changed the shown score to 0.2 while the filter still read 0.4.
    claim = post_article(client, OWN_REPORTING, outlet="nzz.ch").get_json()["claims"][0]
    assert (claim["score"], claim["grade"]["code"]) == (0.4, "C3")
    outlet_edit(client, "nzz.ch", disinformation=True)
    assert claim["id"] not in ids(listed(client, "&min_score=0.3"))
    now = client.get(f"/v1/claims/{claim['id']}").get_json()
    assert now["grade"]["source"] == "E" and now["score"] < 0.3
    assert claim["id"] in ids(listed(client, f"&min_score={now['score']}"))
    # …and back.
    outlet_edit(client, "nzz.ch", disinformation=False)
    assert claim["id"] in ids(listed(client, "&min_score=0.4"))
    assert client.get(f"/v1/claims/{claim['id']}").get_json()["grade"]["code"] == "C3"
    assert_one_truth(client)


def test_a_conflicts_belligerents_regrade_its_stored_claims(client):
    assert client.put("/v1/conflicts/alpha-beta", json=ALPHA_BETA).status_code == 200
    claim = post_article(client, PENTAGON, outlet="spiegel.de", published_at="2030-02-01").get_json()["claims"][0]
    assert (claim["conflict"], claim["belligerent"], claim["grade"]["code"]) == ("alpha-beta", False, "B3")

    # The United States join the war: the Pentagon now speaks for a belligerent.
    at_war = {**ALPHA_BETA, "belligerents": [{"party": "US", "since": "2030-01-01"}, *ALPHA_BETA["belligerents"]]}
    assert client.put("/v1/conflicts/alpha-beta", json=at_war).status_code == 200
    now = client.get(f"/v1/claims/{claim['id']}").get_json()
    assert now["belligerent"] is True and now["grade"]["source"] == "D" and now["score"] < claim["score"]
    assert claim["id"] in ids(listed(client, "&belligerent=true"))
    assert claim["id"] not in ids(listed(client, f"&min_score={claim['score']}"))
    assert_one_truth(client)

    # …only from a day after the article: on its day the US were no party to it.
    later = {**ALPHA_BETA, "belligerents": [{"party": "US", "since": "2030-03-01"}, *ALPHA_BETA["belligerents"]]}
    assert client.put("/v1/conflicts/alpha-beta", json=later).status_code == 200
    now = client.get(f"/v1/claims/{claim['id']}").get_json()
    assert (now["belligerent"], now["grade"]["code"], now["score"]) == (False, "B3", claim["score"])
    assert claim["id"] in ids(listed(client, "&belligerent=false"))
    assert_one_truth(client)


ARTICLES = [
    OWN_REPORTING,
    PENTAGON,
    "Nach Angaben des ukrainischen Militärgeheimdienstes sind rund 12.000 nordkoreanische Soldaten in der Region "
    "Kursk eingetroffen.",
    "Angeblich wurden 12.000 nordkoreanische Soldaten in die Region Kursk verlegt.",
    "Der südkoreanische Geheimdienst teilte mit, Nordkorea habe 12.000 Soldaten nach Russland geschickt.",
    "Das russische Verteidigungsministerium erklärte, in der Region Kursk seien 300 ukrainische Soldaten getötet "
    "worden.",
]
OUTLETS = ["nzz.ch", "spiegel.de", "de.rt.com", "newsite.example"]

post_step = st.tuples(
    st.just("post"),
    st.sampled_from(ARTICLES),
    st.sampled_from(OUTLETS),
    st.sampled_from(["2024-09-15", "2024-11-02", "2030-02-01"]),
)
outlet_step = st.tuples(
    st.just("outlet"), st.sampled_from(OUTLETS), st.booleans(), st.sampled_from([None, "RU", "UA", "CH"])
)
conflict_step = st.tuples(
    st.just("conflict"),
    st.sampled_from(["russia-ukraine-war", "alpha-beta"]),
    st.sets(st.sampled_from(["RU", "UA", "KP", "US", "MX", "CA"]), min_size=2, max_size=4),
    st.sampled_from(["2014-02-20", "2024-10-01", "2030-01-01", "2030-03-01"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.one_of(post_step, outlet_step, conflict_step), min_size=1, max_size=8))
def test_every_shown_score_is_the_one_filters_read(steps):
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"TESTING": True, "DB": str(Path(tmp) / "test.db"), "DEMO_ARTICLES": False})
        client = app.test_client()
        assert client.put("/v1/conflicts/alpha-beta", json=ALPHA_BETA).status_code == 200
        for n, step in enumerate(steps):
            if step[0] == "post":
                _, text, outlet, day = step
                post_article(client, text, outlet=outlet, published_at=day, url=f"https://example.org/{n}")
            elif step[0] == "outlet":
                _, domain, disinformation, state = step
                outlet_edit(client, domain, disinformation=disinformation, state_affiliation=state)
            else:
                _, conflict_id, parties, since = step
                current = client.get(f"/v1/conflicts/{conflict_id}").get_json()
                belligerents = [{"party": p, "since": since} for p in sorted(parties)]
                body = {"name": current["name"], "terms": current["terms"], "belligerents": belligerents}
                assert client.put(f"/v1/conflicts/{conflict_id}", json=body).status_code == 200
        assert_one_truth(client)


def test_an_edit_finds_its_claims_through_an_index(tmp_path):
    db = store.connect(str(tmp_path / "plan.db"))
    store.migrate(db)
    for sql, value in ((store.PROPOSITIONS_OF_OUTLET, "nzz.ch"), (store.BELLIGERENCE_OF_CONFLICT, "alpha-beta")):
        plan = " ".join(str(row[-1]) for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", [value]))
        # The claims (c), and for an outlet its articles (a), each searched by an index (m012) or, for an
        # article's claims, by their ids (m021).
        assert re.search(r"SEARCH c USING ((COVERING )?INDEX|INTEGER PRIMARY KEY)", plan) and "SCAN" not in plan, plan
    db.close()
