"""Every bad input is answered with one JSON error shape and loses nothing."""

import logging
import sqlite3

import pytest
from werkzeug.exceptions import default_exceptions

from service import create_app
from service.errors import ApiError
from tests.conftest import assert_error, post_article

GOOD = "Laut dem Pentagon wurden vergangene Woche rund 10.000 Soldaten an die Ostflanke der Nato verlegt."


@pytest.mark.parametrize(
    "body, field",
    [
        ({"outlet": "example.org"}, "text"),
        ({"text": "", "outlet": "example.org"}, "text"),
        ({"text": "   \n ", "outlet": "example.org"}, "text"),
        ({"text": GOOD}, "outlet"),
        ({"text": 42, "outlet": "example.org"}, "text"),
        ({"text": GOOD, "outlet": ["example.org"]}, "outlet"),
        ({"text": GOOD, "outlet": "not a domain"}, "outlet"),
        ({"text": GOOD, "html": "<p>x</p>", "outlet": "example.org"}, "text"),
        ({"text": GOOD, "outlet": "example.org", "colour": "red"}, "colour"),
        ({"text": GOOD, "outlet": "example.org", "published_at": "yesterday"}, "published_at"),
        ({"text": GOOD, "outlet": "example.org", "url": "ftp://x"}, "url"),
        ({"text": GOOD, "outlet": "example.org", "credits": "AFP"}, "credits"),
        ({"text": GOOD, "outlet": "example.org", "language": "en"}, "language"),
        ({"text": "<html><body><div><p>Hallo</p></div></body></html>", "outlet": "example.org"}, "text"),
    ],
)
def test_invalid_bodies_are_422_with_field_errors(client, body, field):
    error = assert_error(client.post("/v1/articles", json=body), 422)
    assert field in error["errors"]["json"]


def test_non_json_and_wrong_content_type_are_415(client):
    assert_error(client.post("/v1/articles", data="text=hallo", content_type="application/x-www-form-urlencoded"), 415)
    assert_error(client.post("/v1/articles", data=GOOD, content_type="text/plain"), 415)


def test_broken_json_is_400(client):
    assert_error(client.post("/v1/articles", data="{not json", content_type="application/json"), 400)
    assert_error(client.post("/v1/articles", data="[1, 2]", content_type="application/json"), 422)


def test_broken_utf8_is_400(client):
    body = b'{"text": "Kiew meldet \xff\xfe Angriffe", "outlet": "example.org"}'
    error = assert_error(client.post("/v1/articles", data=body, content_type="application/json"), 400)
    assert "UTF-8" in error["message"]


def test_oversized_body_is_413(tmp_path):
    app = create_app(
        {"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False, "MAX_CONTENT_LENGTH": 1000}
    )
    response = app.test_client().post("/v1/articles", json={"text": GOOD * 50, "outlet": "example.org"})
    assert_error(response, 413)


def test_too_long_text_and_too_many_claims_are_422(tmp_path):
    app = create_app(
        {"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False, "MAX_TEXT_CHARS": 500, "MAX_CLAIMS": 2}
    )
    client = app.test_client()
    assert "longer than 500" in assert_error(post_article(client, GOOD * 10), 422)["message"]
    three = "\n".join([GOOD, GOOD.replace("10.000", "20.000"), GOOD.replace("10.000", "30.000")])
    assert "limit of 2" in assert_error(post_article(client, three), 422)["message"]
    with sqlite3.connect(app.config["DB"]) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_bad_query_arguments(client):
    assert_error(client.get("/v1/claims?limit=0"), 422)
    assert_error(client.get("/v1/claims?min_score=2"), 422)
    assert_error(client.get("/v1/claims?belligerent=perhaps"), 422)
    assert_error(client.get("/v1/claims?party=ukraine!"), 422)
    assert_error(client.get("/v1/claims?cursor=garbage"), 422)
    assert_error(client.get("/v1/claims/99999999999999999999999"), 404)


def test_wrong_method_is_405(client):
    assert_error(client.delete("/v1/articles"), 405)


def test_api_keys_guard_the_writing_endpoints(tmp_path):
    app = create_app({"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False, "API_KEYS": "k1, k2"})
    client = app.test_client()
    assert_error(post_article(client, GOOD), 401)
    assert_error(
        client.post("/v1/articles", json={"text": GOOD, "outlet": "x.org"}, headers={"X-API-Key": "nope"}), 401
    )
    assert (
        client.post("/v1/articles", json={"text": GOOD, "outlet": "x.org"}, headers={"X-API-Key": "k2"}).status_code
        == 201
    )
    assert client.get("/v1/claims").status_code == 200  # reads stay open


def test_reads_can_be_protected_too_and_keys_never_reach_the_logs(tmp_path, caplog):
    app = create_app(
        {
            "TESTING": False,
            "DB": str(tmp_path / "t.db"),
            "DEMO_ARTICLES": False,
            "API_KEYS": "secret-key-1",
            "PROTECT_READS": True,
        }
    )
    client = app.test_client()
    assert_error(client.get("/v1/claims"), 401)
    assert client.get("/v1/claims", headers={"X-API-Key": "secret-key-1"}).status_code == 200
    assert_error(client.get("/v1/claims", headers={"X-API-Key": "secret-key-2"}), 401)
    assert client.get("/v1/health").status_code == 200  # a load balancer's check carries no key
    post_article(client, GOOD)
    assert "secret-key" not in caplog.text


def test_a_transaction_failing_midway_leaves_nothing(client, app):
    # A real fault inside SQLite: the third claim of an article cannot be inserted.
    with sqlite3.connect(app.config["DB"]) as conn:
        conn.execute(
            "CREATE TRIGGER fail_third BEFORE INSERT ON claims WHEN NEW.position = 2 "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
        )
    text = "\n".join(
        [
            GOOD,
            "Angeblich sollen weitere Truppen folgen, hieß es in Kiew.",
            "Die Lage an der Front bleibt unübersichtlich.",
        ]
    )
    assert_error(post_article(client, text, outlet="brand-new.example"), 500)
    with sqlite3.connect(app.config["DB"]) as conn:
        for table in ("articles", "claims", "sources", "propositions"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert conn.execute("SELECT count(*) FROM outlets WHERE domain = 'brand-new.example'").fetchone()[0] == 0
        # The text index has no content table (m012): asked for a word of the article, it finds nothing.
        assert conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'Ostflanke'").fetchone()[0] == 0


def test_read_only_database_answers_reads_and_refuses_writes_with_503(client, app):
    post_article(client, GOOD)
    app.config["DB"] = "file:" + app.config["DB"] + "?mode=ro"
    assert client.get("/v1/claims/1").status_code == 200
    assert_error(post_article(client, GOOD.replace("10.000", "20.000")), 503)


@pytest.mark.parametrize("code", sorted(c for c in default_exceptions if c >= 400))
def test_every_http_error_has_the_shape(tmp_path, code):
    app = create_app({"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False})

    @app.route("/boom")
    def boom():
        raise ApiError(code, "boom") if code in (401, 404, 422) else default_exceptions[code]()

    assert_error(app.test_client().get("/boom"), code)


def test_unexpected_exception_is_500_without_traceback(tmp_path):
    app = create_app({"TESTING": False, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False})

    @app.route("/crash")
    def crash():
        raise RuntimeError("secret internals")

    body = assert_error(app.test_client().get("/crash"), 500)
    assert "secret" not in body["message"]


def fresh_app(tmp_path, **config):
    return create_app({"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False, **config})


def test_with_no_keys_writes_are_closed_unless_opened_explicitly(tmp_path, monkeypatch, caplog):
    monkeypatch.delenv("QUELLENLAGE_OPEN_WRITES", raising=False)
    with caplog.at_level(logging.WARNING, logger="quellenlage"):
        client = fresh_app(tmp_path).test_client()
    assert any("OPEN_WRITES" in r.getMessage() and "403" in r.getMessage() for r in caplog.records)
    error = assert_error(post_article(client, GOOD), 403)
    assert "QUELLENLAGE_API_KEYS" in error["message"] and "QUELLENLAGE_OPEN_WRITES" in error["message"]
    assert_error(client.post("/v1/score", json={"text": GOOD, "outlet": "x.org"}), 403)
    assert_error(client.put("/v1/outlets/x.org", json={"name": "X", "owner_group": "X"}), 403)
    assert client.get("/v1/claims").status_code == 200  # reads stay open
    assert client.get("/v1/outlets/x.org").status_code == 404  # nothing was stored

    monkeypatch.setenv("QUELLENLAGE_OPEN_WRITES", "1")  # the operator's explicit choice, as `make serve` makes it
    assert post_article(fresh_app(tmp_path).test_client(), GOOD).status_code == 201


def test_open_writes_does_not_open_a_service_that_has_keys(tmp_path):
    client = fresh_app(tmp_path, OPEN_WRITES=True, API_KEYS="k1").test_client()
    assert_error(post_article(client, GOOD), 401)
    keyed = client.post("/v1/articles", json={"text": GOOD, "outlet": "x.org"}, headers={"X-API-Key": "k1"})
    assert keyed.status_code == 201


def test_repeated_wrong_keys_lock_the_address_out_with_429(tmp_path):
    client = fresh_app(tmp_path, API_KEYS="k1", FAILED_KEY_LIMIT="3/minute").test_client()
    body = {"text": GOOD, "outlet": "x.org"}
    for _ in range(3):
        assert_error(client.post("/v1/articles", json=body, headers={"X-API-Key": "guess"}), 401)
    locked = client.post("/v1/articles", json=body, headers={"X-API-Key": "guess"})
    assert_error(locked, 429)
    assert 0 < int(locked.headers["Retry-After"]) <= 60
    # Locked out means locked out: the right key from that address is refused too, or 429 vs 201 would
    # tell a guesser when it hit.
    assert_error(client.post("/v1/articles", json=body, headers={"X-API-Key": "k1"}), 429)
    assert client.get("/v1/claims").status_code == 200  # reads need no key here: not counted, not locked
    other = {"REMOTE_ADDR": "192.0.2.7"}
    created = client.post("/v1/articles", json=body, headers={"X-API-Key": "k1"}, environ_base=other)
    assert created.status_code == 201


def test_a_right_key_is_never_counted_as_a_failure(tmp_path):
    client = fresh_app(tmp_path, API_KEYS="k1", FAILED_KEY_LIMIT="2/minute").test_client()
    for n in range(5):
        text = GOOD.replace("10.000", f"{n + 1}0.000")
        response = client.post("/v1/articles", json={"text": text, "outlet": "x.org"}, headers={"X-API-Key": "k1"})
        assert response.status_code == 201


def test_doubled_slashes_are_a_json_404_not_an_html_redirect(client):
    for path in ("/v1//health", "/v1/claims//1", "/v1/outlets//nzz.ch"):
        response = client.get(path)
        assert_error(response, 404)
        assert "Location" not in response.headers
