"""Bulk ingest: POST /v1/articles/batch and `flask ingest FILE.jsonl|DIR`, on a real SQLite file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.conftest import assert_error

ARTICLES = [
    {"text": "Die Feuerwehr von Orlingen löschte am Mittwoch einen Brand in einer Lagerhalle.", "outlet": "taz.de"},
    {"text": "In Velmora wurden am Montag 340 Bewohner aus dem Ortsteil Brennwald evakuiert.", "outlet": "faz.net"},
    {
        "text": "Der Stadtrat von Orlingen beschloss am Dienstag einen neuen Busfahrplan für 12 Linien.",
        "outlet": "sueddeutsche.de",
        "url": "https://sueddeutsche.example/orlingen-bus",
    },
]


def batch(client, articles) -> dict:
    response = client.post("/v1/articles/batch", json={"articles": articles})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def stored_ids(client) -> list[int]:
    return [a["id"] for a in client.get("/v1/articles?limit=500").get_json()["articles"]]


def test_one_bad_article_loses_none_of_the_others(client):
    body = batch(
        client, [ARTICLES[0], {"text": "Ohne Herkunft."}, ARTICLES[1], {"text": "x", "outlet": "taz.de", "p": 1}]
    )
    assert [r["status"] for r in body["results"]] == [201, 422, 201, 422]
    assert [r["index"] for r in body["results"]] == [0, 1, 2, 3]
    assert (body["stored"], body["duplicates"], body["rejected"]) == (2, 0, 2)
    assert "p" in body["results"][3]["error"]["errors"]["json"]  # unknown fields are refused as POST /v1/articles does
    rejected = body["results"][1]
    assert rejected["id"] is None and rejected["claims"] == []
    assert rejected["error"]["code"] == 422 and "outlet" in rejected["error"]["errors"]["json"]
    good = body["results"][0]
    assert good["error"] is None and good["claims"] and all(c["grade"] for c in good["claims"])
    claim = client.get(f"/v1/claims/{good['claims'][0]['id']}").get_json()
    assert claim["article_id"] == good["id"] and claim["grade"]["code"] == good["claims"][0]["grade"]
    assert stored_ids(client) == [good["id"], body["results"][2]["id"]]


def test_sending_a_batch_again_is_safe(client):
    first = batch(client, ARTICLES)
    again = batch(client, ARTICLES)
    assert [r["status"] for r in again["results"]] == [200, 200, 200]
    assert [(r["id"], r["claims"]) for r in again["results"]] == [(r["id"], r["claims"]) for r in first["results"]]
    assert len(stored_ids(client)) == 3
    twice = batch(client, [{**ARTICLES[0], "text": ARTICLES[0]["text"] + " Verletzt wurde niemand."}] * 2)
    assert [r["status"] for r in twice["results"]] == [201, 200]


def test_an_article_without_main_text_or_too_many_claims_is_rejected_alone(client, app):
    app.config["MAX_CLAIMS"] = 1
    long = {"text": ARTICLES[2]["text"] + " Laut dem Bürgermeister kostet er 3 Millionen Euro.", "outlet": "taz.de"}
    body = batch(
        client, [{"html": "<html><body><script>x()</script></body></html>", "outlet": "taz.de"}, long, ARTICLES[0]]
    )
    assert [r["status"] for r in body["results"]] == [422, 422, 201]
    assert "html" in body["results"][0]["error"]["errors"]["json"]
    assert "limit" in body["results"][1]["error"]["message"]


def test_the_batch_itself_is_validated(client):
    assert_error(client.post("/v1/articles/batch", json={"articles": []}), 422)
    assert_error(client.post("/v1/articles/batch", json={"articles": [ARTICLES[0]] * 101}), 422)
    assert_error(client.post("/v1/articles/batch", json={"articles": ARTICLES[0]}), 422)
    assert_error(client.post("/v1/articles/batch", json=ARTICLES), 422)
    # Something that is no article at all makes the batch malformed, and says where.
    errors = assert_error(client.post("/v1/articles/batch", json={"articles": [ARTICLES[0], "kein Objekt"]}), 422)
    assert errors["errors"]["json"]["articles"] == {"1": ["Not a valid mapping type."]}
    assert stored_ids(client) == []


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_command_stores_a_file_and_sums_up(runner, client, tmp_path):
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    source = write_jsonl(tmp_path / "feed.jsonl", [lines[0], "{kaputt", "", json.dumps({"text": "x"}), *lines[1:]])
    result = runner.invoke(args=["ingest", str(source), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "stored           3" in result.output and "rejected         2" in result.output
    assert f"{source}:2: not JSON" in result.output
    assert f"{source}:4: outlet: Missing data for required field." in result.output
    assert len(stored_ids(client)) == 3


def test_the_command_resumes_where_it_stopped(runner, client, tmp_path):
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    part = write_jsonl(tmp_path / "part.jsonl", lines[:2])
    assert runner.invoke(args=["ingest", str(part), "--no-progress"]).exit_code == 0
    whole = write_jsonl(tmp_path / "whole.jsonl", lines)
    result = runner.invoke(args=["ingest", str(whole), "--no-progress"])
    assert "stored           1" in result.output and "duplicate        2" in result.output
    assert len(stored_ids(client)) == 3


def test_the_command_reads_a_directory_with_a_progress_bar(runner, client, tmp_path):
    folder = tmp_path / "eingang"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.json").write_text(json.dumps(ARTICLES[:2]), encoding="utf-8")
    with gzip.open(folder / "sub" / "b.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps(ARTICLES[2]) + "\n")
    (folder / "notes.txt").write_text("kein Artikel", encoding="utf-8")
    result = runner.invoke(args=["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert "stored           3" in result.stdout and "ingest" in result.stderr and "3/3" in result.stderr
    assert len(stored_ids(client)) == 3


def test_the_command_refuses_a_folder_without_articles(runner, tmp_path):
    result = runner.invoke(args=["ingest", str(tmp_path)])
    assert result.exit_code != 0 and "no .jsonl" in result.output


def test_the_command_stops_with_its_summary_when_the_store_refuses(runner, client, app, tmp_path):
    import sqlite3

    with sqlite3.connect(app.config["DB"]) as conn:  # the store refuses a second article, as a full disk would
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN (SELECT count(*) FROM articles) >= 1 "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    source = write_jsonl(tmp_path / "feed.jsonl", [json.dumps(a, ensure_ascii=False) for a in ARTICLES])
    result = runner.invoke(args=["ingest", str(source), "--no-progress"])
    assert result.exit_code == 1
    assert "stored           1" in result.output
    assert f"stopped at {source}:2: database or disk is full" in result.output
    assert len(stored_ids(client)) == 1
