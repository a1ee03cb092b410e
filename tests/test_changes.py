"""updated_at on claims and the feed of grade changes (GET /v1/changes), on a real SQLite file."""

from __future__ import annotations

import sqlite3

from service import store
from service.migrations import migrations
from tests.conftest import assert_error, post_article

FIRST = "Nach Angaben der Polizei von Velmora wurden am Montag 340 Bewohner aus dem Ortsteil Brennwald evakuiert."
SECOND = "Die Polizei von Velmora hat am Montag 340 Bewohner aus dem Ortsteil Brennwald evakuiert."
OLD = "2000-01-01T00:00:00+00:00"
CONFLICT = {
    "name": "Grenzstreit um Velmora",
    "belligerents": [{"party": "KR", "since": "2020-01-01"}, {"party": "SD", "since": "2020-01-01"}],
    "terms": ["Velmora", "Brennwald"],
}


def age_claims(app) -> None:
    """Put every claim's updated_at far in the past, so a change made now is seen to move it."""
    with sqlite3.connect(app.config["DB"]) as conn:
        conn.execute("UPDATE claims SET updated_at = ?", [OLD])


def changes(client, query: str = "") -> dict:
    response = client.get("/v1/changes" + query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_a_claims_first_grade_is_in_the_feed_with_its_cause(client):
    claim = post_article(client, FIRST, outlet="faz.net").get_json()["claims"][0]
    assert (
        claim["updated_at"] and claim["updated_at"] == client.get(f"/v1/claims/{claim['id']}").get_json()["updated_at"]
    )
    (change,) = changes(client)["changes"]
    assert change["claim_id"] == claim["id"] and change["article_id"] == claim["article_id"]
    assert change["old_grade"] is None and change["old_score"] is None
    assert change["new_grade"] == claim["grade"]["code"] and change["new_score"] == claim["score"]
    assert change["reason"] == f"article {claim['article_id']} stored (faz.net)"


def test_a_corroborating_article_changes_the_older_claims_grade_and_updated_at(client, app):
    first = post_article(client, FIRST, outlet="faz.net").get_json()["claims"][0]
    age_claims(app)
    second = post_article(client, SECOND, outlet="sueddeutsche.de").get_json()
    now = client.get(f"/v1/claims/{first['id']}").get_json()
    assert now["grade"]["code"] != first["grade"]["code"]  # two independent outlets now
    assert now["updated_at"] > OLD
    feed = changes(client, f"?claim={first['id']}")["changes"]
    assert [(c["old_grade"], c["new_grade"]) for c in feed] == [
        (None, first["grade"]["code"]),
        (first["grade"]["code"], now["grade"]["code"]),
    ]
    assert feed[1]["reason"] == f"article {second['id']} stored (sueddeutsche.de)"
    assert feed[1]["old_score"] == first["score"] and feed[1]["new_score"] == now["score"]


def test_an_outlets_edit_regrades_its_claims_into_the_feed(client, app):
    claim = post_article(client, FIRST, outlet="faz.net").get_json()["claims"][0]
    age_claims(app)
    cursor = changes(client)["next_cursor"]
    edit = {"name": "FAZ", "owner_group": "FAZ", "disinformation": True}
    assert client.put("/v1/outlets/faz.net", json=edit).status_code == 200
    now = client.get(f"/v1/claims/{claim['id']}").get_json()
    assert now["grade"]["source"] == "E" and now["updated_at"] > OLD
    (change,) = changes(client, f"?cursor={cursor}")["changes"]
    assert change["reason"] == "outlet faz.net edited"
    assert (change["old_grade"], change["new_grade"]) == (claim["grade"]["code"], now["grade"]["code"])


def test_a_conflicts_edit_regrades_its_claims_into_the_feed(client, app):
    assert client.put("/v1/conflicts/velmora-streit", json=CONFLICT).status_code == 200
    text = "Laut dem Pentagon wurden am Montag 340 Soldaten nach Velmora verlegt."
    claim = post_article(client, text, outlet="faz.net", published_at="2025-03-03").get_json()["claims"][0]
    assert claim["grade"]["source"] == "B" and claim["conflict"] == "velmora-streit"
    age_claims(app)
    edit = {**CONFLICT, "belligerents": [*CONFLICT["belligerents"], {"party": "US", "since": "2021-01-01"}]}
    assert client.put("/v1/conflicts/velmora-streit", json=edit).status_code == 200
    now = client.get(f"/v1/claims/{claim['id']}").get_json()
    assert now["belligerent"] and now["grade"]["source"] == "D" and now["updated_at"] > OLD
    last = changes(client)["changes"][-1]
    assert last["reason"] == "conflict velmora-streit edited" and last["new_grade"] == now["grade"]["code"]


def test_an_unchanged_claim_keeps_its_updated_at(client, app):
    claim = post_article(client, FIRST, outlet="faz.net").get_json()["claims"][0]
    age_claims(app)
    post_article(client, "Im Stadtrat von Orlingen wurde am Dienstag über den neuen Busfahrplan beraten.", "taz.de")
    assert client.get(f"/v1/claims/{claim['id']}").get_json()["updated_at"] == OLD
    assert len(changes(client)["changes"]) == 2  # the two first grades, nothing for the untouched claim


def test_scoring_without_storing_leaves_no_change(client):
    assert client.post("/v1/score", json={"text": FIRST, "outlet": "faz.net"}).status_code == 200
    assert changes(client) == {"changes": [], "next_cursor": "0", "has_more": False}


def test_the_cursor_pages_through_the_feed_and_polls_for_new_changes(client):
    post_article(client, FIRST, outlet="faz.net")
    post_article(client, SECOND, outlet="sueddeutsche.de")
    everything = changes(client)["changes"]
    assert len(everything) == 3 and [c["id"] for c in everything] == sorted(c["id"] for c in everything)
    seen, cursor = [], ""
    while True:
        page = changes(client, f"?limit=1{cursor}")
        seen += page["changes"]
        cursor = f"&cursor={page['next_cursor']}"
        if not page["has_more"]:
            break
    assert seen == everything
    idle = changes(client, f"?limit=1{cursor}")
    assert idle["changes"] == [] and idle["next_cursor"] == str(everything[-1]["id"])
    post_article(client, "Die Feuerwehr von Orlingen löschte am Mittwoch einen Brand in einer Lagerhalle.", "taz.de")
    assert [c["reason"] for c in changes(client, cursor.replace("&", "?"))["changes"]] == ["article 3 stored (taz.de)"]


def test_a_bad_cursor_is_a_client_error(client):
    assert_error(client.get("/v1/changes?cursor=abc"), 422)
    assert_error(client.get("/v1/changes?limit=0"), 422)
    assert "since" in assert_error(client.get("/v1/changes?since=2025-01-01"), 422)["errors"]["query"]


def test_the_migration_gives_stored_claims_their_articles_time(tmp_path):
    db = store.connect(str(tmp_path / "old.db"))
    migrations.apply(db, stop_before="m009_claim_changes")
    store.ensure_outlet(db, "taz.de")
    article = store.insert_article(
        db,
        {
            "outlet": "taz.de",
            "text": "x",
            "text_hash": "h",
            "voice": "taz.de",
            "created_at": "2024-05-06T07:08:09+00:00",
        },
    )
    # The claims table as it was then (the store's functions write today's layout).
    db.execute(
        'INSERT INTO claims (article_id, outlet, text, "start", "end") VALUES (?, ?, ?, 0, 1)', [article, "taz.de", "x"]
    )
    db.conn.commit()
    store.migrate(db)
    assert [c["updated_at"] for c in store.claims_of_article(db, article)] == ["2024-05-06T07:08:09+00:00"]
    assert db["grade_changes"].exists() and db["webhook_deliveries"].exists()


def test_a_reanalysis_keeps_webhooks_and_continues_the_feed(app, client, tmp_path):
    from service.reanalyse import reanalyse

    hook = client.post("/v1/webhooks", json={"url": "https://cms.example/hook", "events": ["claim.graded"]})
    post_article(client, FIRST, outlet="faz.net")
    post_article(client, SECOND, outlet="sueddeutsche.de")
    last = changes(client)["next_cursor"]
    target = str(tmp_path / "anew.db")
    reanalyse(app.config["DB"], target)
    db = store.connect(target)
    feed = store.grade_changes(db, after=0, limit=100)
    assert feed and min(c["id"] for c in feed) > int(last)  # a consumer's cursor still sees them all
    assert {c["reason"] for c in feed} == {"re-analysis"}
    source = store.connect(app.config["DB"])
    assert store.list_webhooks(db) == store.list_webhooks(source)
    source.close()
    (kept,) = store.list_webhooks(db)
    assert kept["id"] == hook.get_json()["id"] and kept["secret"] == hook.get_json()["secret"]
    pending = store.webhook_deliveries(db, kept["id"], after=0, limit=100)
    assert len(pending) == 2 and {d["status"] for d in pending} == {"pending"}  # the source's, none of its own
    db.close()
