"""How an article is written: its claims linked before they are stored, each written once, and the
response built from memory the same as a read of the stored article."""

from __future__ import annotations

from service import store
from service.ingest import store_article
from tests.conftest import post_article

# Invented reports (Orlingen is made up).
FACT = "Bei einem Drohnenangriff auf Orlingen sind nach Angaben der Stadtverwaltung 14 Menschen getötet worden."
SAME = "In Orlingen kamen laut der Stadtverwaltung 14 Menschen bei einem Angriff mit Drohnen ums Leben."
MORE = "Die Feuerwehr von Orlingen war bis in den Morgen im Einsatz."


def test_the_response_is_what_a_read_of_the_stored_article_gives(client):
    for n, (text, outlet) in enumerate(
        ((FACT + "\n" + MORE, "nzz.ch"), (SAME, "spiegel.de"), (FACT + " (dpa)", "faz.net"))
    ):
        posted = post_article(
            client, text, outlet=outlet, url=f"https://example.org/{n}", published_at="2025-03-0" + str(n + 1)
        )
        assert posted.status_code == 201
        body = posted.get_json()
        assert body == client.get(f"/v1/articles/{body['id']}").get_json()
        for claim in body["claims"]:
            assert claim == client.get(f"/v1/claims/{claim['id']}").get_json()
    # the later reports did join the first one's fact, so the test compares corroborated claims too
    assert client.get("/v1/claims/1").get_json()["corroboration"]["outlets"] >= 3


def test_a_new_articles_claims_are_written_once_with_their_proposition(tmp_path, knowledge, lexicon):
    db = store.connect(str(tmp_path / "once.db"))
    store.migrate(db)
    weights = lexicon["weights"]
    store_article(db, knowledge, {"text": FACT, "outlet": "nzz.ch"}, weights, max_claims=100)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    _, claims, _ = store_article(
        db, knowledge, {"text": SAME + "\n" + MORE, "outlet": "spiegel.de"}, weights, max_claims=100
    )
    db.conn.set_trace_callback(None)
    inserts = [s for s in statements if s.startswith("INSERT INTO claims ")]
    assert len(inserts) == 2 and all('"score"' in s for s in inserts)  # written with their grades
    updates = [s for s in statements if s.startswith("UPDATE claims")]
    # No new claim is updated (for its proposition, stance or grade): only the stored claim that the
    # new one corroborates gets its new grade, once.
    assert [s.rsplit("WHERE id = ", 1)[1] for s in updates] == ["1"]
    assert updates[0].startswith("UPDATE claims SET score = ")
    assert claims[0]["proposition_id"] == 1 and claims[0]["corroboration"]["outlets"] == 2
    stored = store.search_claims(db, {}, after=0, limit=10)
    assert [(c["proposition_id"], c["stance"]) for c in stored] == [(1, "support"), (1, "support"), (2, "support")]
    assert [c["score"] for c in stored[1:]] == [c["score"] for c in claims]
    db.close()


def test_scoring_stores_nothing_and_answers_as_storing_would(client):
    post_article(client, FACT, outlet="nzz.ch")
    scored = client.post("/v1/score", json={"text": SAME, "outlet": "spiegel.de"}).get_json()
    stored = post_article(client, SAME, outlet="spiegel.de").get_json()
    assert [c["corroboration"]["outlets"] for c in scored["claims"]] == [2]
    assert [c["grade"] for c in scored["claims"]] == [c["grade"] for c in stored["claims"]]
    assert scored["claims"][0]["id"] is None and stored["claims"][0]["id"] == 2
