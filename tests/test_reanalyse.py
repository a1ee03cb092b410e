"""Analysing a stored corpus anew into a new file: same articles, today's analysis, the newsroom's edits."""

import sqlite3

import pytest

from service import create_app
from service.reanalyse import TargetExists, reanalyse
from tests.conftest import post_article

FACT = "Bei einem Drohnenangriff auf die Stadt Sumy sind nach ukrainischen Angaben 14 Menschen getötet worden."
SAME_FACT = "In der Stadt Sumy kamen laut ukrainischen Behörden 14 Menschen bei einem Angriff mit Drohnen ums Leben."
HEDGED = "Russische Truppen sollen angeblich ein Dorf bei Pokrowsk eingenommen haben."


def claims_of(client, article_id):
    article = client.get(f"/v1/articles/{article_id}").get_json()
    return [
        (c["text"], c["hedged"], c["origin_parties"], c["stance"], c["corroboration"]["independent_outlets"])
        for c in article["claims"]
    ]


def test_a_stale_store_is_analysed_anew_with_ids_times_and_edits_kept(app, client, tmp_path):
    ids = [
        post_article(client, FACT, outlet="nzz.ch").get_json()["id"],
        post_article(client, SAME_FACT, outlet="spiegel.de").get_json()["id"],
        post_article(client, HEDGED, outlet="newsite.example").get_json()["id"],
    ]
    client.put(
        "/v1/outlets/newsite.example",
        json={"name": "New Site", "owner_group": "Kremlin Media", "state_affiliation": "RU", "disinformation": True},
    )
    expected = {i: claims_of(client, i) for i in ids}
    # What an older analysis left behind: the hedge not seen, the two reports of one fact not linked.
    with sqlite3.connect(app.config["DB"]) as conn:
        conn.execute("UPDATE claims SET flags = flags & ~1, hedges = '[]' WHERE article_id = ?", [ids[2]])  # not hedged
        conn.execute("UPDATE claims SET proposition_id = NULL WHERE article_id = ?", [ids[1]])
        created = dict(conn.execute("SELECT id, created_at FROM articles").fetchall())
    assert claims_of(client, ids[2])[0][1] is False

    target = str(tmp_path / "reanalysed.db")
    report = reanalyse(app.config["DB"], target)
    assert report.integrity == "ok" and report.after["articles"] == report.before["articles"] == 3

    fresh = create_app({"TESTING": True, "DB": target, "DEMO_ARTICLES": False}).test_client()
    assert [claims_of(fresh, i) for i in ids[:2]] == [expected[i] for i in ids[:2]]
    # Hedged again, and the outlet edited after it was stored now speaks for its state.
    assert claims_of(fresh, ids[2]) == [(HEDGED, True, ["RU"], "support", 1)] != expected[ids[2]]
    assert claims_of(fresh, ids[1])[0][4] == 2  # linked again: two independent outlets
    assert fresh.get("/v1/outlets/newsite.example").get_json()["disinformation"] is True
    with sqlite3.connect(target) as conn:
        assert dict(conn.execute("SELECT id, created_at FROM articles").fetchall()) == created


def test_the_target_is_never_overwritten(app, tmp_path):
    target = tmp_path / "exists.db"
    target.write_bytes(b"keep me")
    with pytest.raises(TargetExists):
        reanalyse(app.config["DB"], str(target))
    assert target.read_bytes() == b"keep me"


def test_the_command(app, runner, client, tmp_path):
    post_article(client, FACT, outlet="nzz.ch")
    result = runner.invoke(args=["reanalyse", "--into", str(tmp_path / "new.db")])
    assert result.exit_code == 0, result.output
    assert "articles" in result.output and "integrity     ok" in result.output
    again = runner.invoke(args=["reanalyse", "--into", str(tmp_path / "new.db")])
    assert again.exit_code != 0 and "never overwrites" in again.output
