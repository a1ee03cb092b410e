"""CSV and JSON Lines exports of claim lists: the same claims, filters and cursor as GET /v1/claims."""

import csv
import io
import json

from service import exports
from tests.conftest import assert_error, post_article

ARTICLE = (
    "Laut dem Bürgermeister von Talheim wurden 40 Wohnungen durch das Hochwasser beschädigt.\n"
    "Angeblich sollen weitere Keller in der Altstadt von Talheim unter Wasser stehen.\n"
    '=SUMME(A1:A9) soll laut einem Sprecher der Feuerwehr "in Zelle A1" stehen, sagte er.'
)


def _store(client, n=3):
    for i in range(n):
        post_article(client, ARTICLE.replace("40", str(40 + i)), outlet=f"zeitung{i}.example")
    return client.get("/v1/claims?limit=500").get_json()["claims"]


def test_jsonl_is_the_claim_list_one_body_per_line(client):
    claims = _store(client)
    response = client.get("/v1/claims/export?format=jsonl")
    assert response.status_code == 200 and response.mimetype == "application/x-ndjson"
    assert response.is_streamed
    assert 'filename="claims.jsonl"' in response.headers["Content-Disposition"]
    lines = response.get_data(as_text=True).splitlines()
    assert [json.loads(line) for line in lines] == claims


def test_csv_has_a_header_and_a_row_per_claim(client):
    claims = _store(client)
    response = client.get("/v1/claims/export?format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv" and response.is_streamed
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert list(rows[0]) == list(exports.CSV_COLUMNS)
    assert [int(r["id"]) for r in rows] == [c["id"] for c in claims]
    for row, claim in zip(rows, claims, strict=True):
        assert row["grade"] == claim["grade"]["code"] and float(row["score"]) == claim["score"]
        assert row["hedged"] == ("true" if claim["hedged"] else "false")
        assert row["explanation"] == " | ".join(claim["explanation"])
        text = row["text"].removeprefix("'") if claim["text"].startswith("=") else row["text"]
        assert text == claim["text"]  # newlines and quotes inside a cell survive the round trip
    formula = [r for r in rows if "SUMME" in r["text"]]
    assert formula and all(r["text"].startswith("'=") for r in formula), "a formula is defused"


def test_exports_take_the_filters_sort_and_cursor_of_the_list(client):
    claims = _store(client, 4)
    hedged = [c["id"] for c in claims if c["hedged"]]
    body = client.get("/v1/claims/export?format=jsonl&hedged=true").get_data(as_text=True)
    assert [json.loads(line)["id"] for line in body.splitlines()] == hedged
    newest = client.get("/v1/claims/export?format=jsonl&sort=-id&limit=3").get_data(as_text=True)
    assert [json.loads(line)["id"] for line in newest.splitlines()] == [c["id"] for c in claims][::-1][:3]
    # Page by page: the next cursor is the id of the last row.
    seen, cursor = [], ""
    while True:
        lines = client.get(f"/v1/claims/export?format=csv&limit=5&cursor={cursor}").get_data(as_text=True)
        ids = [int(r["id"]) for r in csv.DictReader(io.StringIO(lines))]
        if not ids:
            break
        seen += ids
        cursor = str(ids[-1])
    assert seen == [c["id"] for c in claims]


def test_more_claims_than_a_batch_stream_through(client, monkeypatch):
    from service.api import claims as claims_api

    monkeypatch.setattr(claims_api, "EXPORT_BATCH", 2)
    claims = _store(client, 2)
    body = client.get("/v1/claims/export?format=jsonl").get_data(as_text=True)
    assert [json.loads(line)["id"] for line in body.splitlines()] == [c["id"] for c in claims]
    limited = client.get("/v1/claims/export?format=jsonl&limit=3").get_data(as_text=True)
    assert [json.loads(line)["id"] for line in limited.splitlines()] == [c["id"] for c in claims][:3]


def test_the_accept_header_chooses_when_format_is_not_given(client):
    _store(client, 1)
    assert client.get("/v1/claims/export", headers={"Accept": "text/csv"}).mimetype == "text/csv"
    ndjson = client.get("/v1/claims/export", headers={"Accept": "application/x-ndjson"})
    assert ndjson.mimetype == "application/x-ndjson"
    assert client.get("/v1/claims/export").mimetype == "application/x-ndjson"


def test_an_empty_export_and_bad_parameters(client):
    assert client.get("/v1/claims/export?format=csv").get_data(as_text=True).strip() == ",".join(exports.CSV_COLUMNS)
    assert client.get("/v1/claims/export?format=jsonl").get_data(as_text=True) == ""
    assert_error(client.get("/v1/claims/export?format=xlsx"), 422)
    assert_error(client.get("/v1/claims/export?format=csv&fields=text"), 422)
