"""Input a careless or hostile client sends gets a JSON 4xx in the one error shape, never a 500 (issue 17)."""

from __future__ import annotations

import logging
import re
import sqlite3

import pytest

from service import create_app
from tests.conftest import assert_error, post_article

GOOD = "Laut dem Pentagon wurden vergangene Woche rund 10.000 Soldaten an die Ostflanke der Nato verlegt."
CONFLICT = {
    "name": "Alpha gegen Beta",
    "belligerents": [{"party": "UA", "since": "2020-01-01"}, {"party": "RU", "since": "2020-01-01"}],
    "terms": ["Grenzfluss Omega"],
}


def send_raw(client, method: str, path: str, body: str):
    """The body exactly as written: a JSON escape like \\ud800 reaches the service as typed."""
    return client.open(path, method=method, data=body.encode(), content_type="application/json")


def stored_rows(app, table: str) -> int:
    with sqlite3.connect(app.config["DB"]) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("POST", "/v1/articles", '{"text": "Kiew meldet \\ud800 neue Angriffe.", "outlet": "example.org"}'),
        ("POST", "/v1/score", '{"text": "Kiew meldet neue Angriffe.", "outlet": "example.org", "title": "\\udfff"}'),
        (
            "POST",
            "/v1/articles",
            '{"text": "Kiew meldet neue Angriffe.", "outlet": "example.org", "credits": ["A\\udc00"]}',
        ),
        ("POST", "/v1/articles", '{"text": "Kiew \\udc00\\ud800 meldet.", "outlet": "example.org"}'),
        ("PUT", "/v1/outlets/example.org", '{"name": "X\\ud83d", "owner_group": "X"}'),
        ("PUT", "/v1/conflicts/alpha-beta", '{"name": "\\ud800", "belligerents": [], "terms": ["ab"]}'),
    ],
)
def test_lone_surrogates_in_any_string_are_400(client, app, method, path, body):
    error = assert_error(send_raw(client, method, path, body), 400)
    assert "surrogate" in error["message"]
    assert stored_rows(app, "articles") == 0


def test_a_surrogate_pair_is_a_character_and_accepted(client):
    body = '{"text": "Kiew meldet neue Angriffe \\ud83d\\ude80 in der Nacht.", "outlet": "example.org"}'
    response = send_raw(client, "POST", "/v1/articles", body)
    assert response.status_code == 201
    assert "\U0001f680" in response.get_json()["text"]


@pytest.mark.parametrize("opening, closing", [("[", "]"), ('{"a":', "}")])
@pytest.mark.parametrize("path", ["/v1/articles", "/v1/score"])
def test_json_nested_100k_deep_is_400(client, path, opening, closing):
    body = '{"outlet": "example.org", "text": ' + opening * 100_000 + "1" + closing * 100_000 + "}"
    error = assert_error(send_raw(client, "POST", path, body), 400)
    assert "deep" in error["message"]


def test_depth_is_counted_outside_strings_and_up_to_32_levels(client):
    # 32 levels (the body is one of them) is only a schema error; brackets inside a string count for nothing.
    body = '{"outlet": "example.org", "text": "[[[[{{{{", "credits": ' + "[" * 31 + "]" * 31 + "}"
    assert_error(send_raw(client, "POST", "/v1/score", body), 422)
    body = '{"outlet": "example.org", "text": "Kiew.", "credits": ' + "[" * 32 + "]" * 32 + "}"
    assert_error(send_raw(client, "POST", "/v1/score", body), 400)


def test_a_lone_surrogate_in_a_key_is_400(client):
    assert_error(send_raw(client, "POST", "/v1/score", '{"text": "Kiew.", "outlet": "a.de", "\\ud800": 1}'), 400)


def test_json_nested_deeply_in_a_put_is_400(client):
    body = '{"name": "X", "owner_group": "X", "names": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert_error(send_raw(client, "PUT", "/v1/outlets/example.org", body), 400)


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("POST", "/v1/articles", '{"text": "Kiew.", "outlet": "example.org", "title": ' + "9" * 5000 + "}"),
        ("POST", "/v1/score", '{"text": "Kiew.", "outlet": "example.org", "credits": [-' + "1" * 4301 + "]}"),
        ("PUT", "/v1/outlets/example.org", '{"name": "X", "owner_group": ' + "7" * 10_000 + "}"),
    ],
)
def test_integers_of_thousands_of_digits_are_400(client, method, path, body):
    error = assert_error(send_raw(client, method, path, body), 400)
    assert "digits" in error["message"]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_standard_json_constants_are_400(client, constant):
    body = '{"text": "Kiew.", "outlet": "example.org", "title": ' + constant + "}"
    assert_error(send_raw(client, "POST", "/v1/articles", body), 400)


@pytest.mark.parametrize(
    "q",
    ["a%00b", "Pentagon%00", "%00", '"', '"Pentagon', 'Pen"tagon', "%01%02", "*", "NEAR(a b)", "a AND", "^x", "%0b"],
)
def test_any_text_query_is_answered_without_a_server_error(client, q):
    response = client.get(f"/v1/claims?q={q}")
    if response.status_code != 200:
        assert_error(response, 422)


@pytest.mark.parametrize("q", ["Pentagon%00", '"Pentagon', 'Pentagon"', "%01Pentagon%7f", "Pentagon%00Soldaten"])
def test_control_characters_and_stray_quotes_do_not_hide_what_q_finds(client, q):
    assert post_article(client, GOOD).status_code == 201
    claims = client.get(f"/v1/claims?q={q}").get_json()["claims"]
    assert [c["id"] for c in claims] == [1]


@pytest.mark.parametrize("q", ["%20", "%00", "%01%02", '"'])
def test_a_query_with_no_word_in_it_is_422(client, q):
    error = assert_error(client.get(f"/v1/claims?q={q}"), 422)
    assert "q" in error["errors"]["query"]


@pytest.mark.parametrize(
    "domain",
    [
        "%20",
        "a%00b",
        "a" * 1000,
        "a." + "b" * 64,
        "%3Cscript%3E.de",
        "-a.de",
        "a..de",
        "%C3%A4rger",
        "x_y.de",
        "localhost",
    ],
)
def test_outlet_domains_in_the_path_are_validated(client, app, domain):
    body = {"name": "X", "owner_group": "X"}
    error = assert_error(client.put(f"/v1/outlets/{domain}", json=body), 422)
    assert "domain" in error["errors"]["path"]
    assert_error(client.get(f"/v1/outlets/{domain}"), 422)
    with sqlite3.connect(app.config["DB"]) as conn:
        domains = [row[0] for row in conn.execute("SELECT domain FROM outlets")]
    assert all(d and d.isascii() and d.isprintable() and len(d) <= 253 for d in domains)


@pytest.mark.parametrize(
    "domain", ["de.rt.com", "unknown-copy.example", "newsite.example", "tagesschau.de", "x-y.co.uk"]
)
def test_every_real_domain_is_still_accepted_in_the_path(client, domain):
    body = {"name": "X", "owner_group": "X"}
    assert client.put(f"/v1/outlets/{domain}", json=body).status_code == 200
    assert client.get(f"/v1/outlets/{domain}").get_json()["domain"] == domain
    assert client.get(f"/v1/outlets/{domain.upper()}").get_json()["domain"] == domain


@pytest.mark.parametrize(
    "path",
    ["/v1/claims/１２", "/v1/articles/１", "/v1/propositions/١", "/v1/claims/12%C2%B2", "/v1/articles/%E2%91%A0"],
)
def test_ids_are_ascii_digits_only(client, path):
    assert post_article(client, GOOD).status_code == 201
    error = assert_error(client.get(path), 404)
    assert not re.search(r"No \w+ \d", error["message"]), error["message"]  # not read as claim 12 or article 1


def test_conflict_ids_are_ascii(client):
    error = assert_error(client.put("/v1/conflicts/ｘ１", json=CONFLICT), 422)
    assert "conflict_id" in error["errors"]["path"]
    assert client.put("/v1/conflicts/alpha-beta", json=CONFLICT).status_code == 200


def test_security_headers_on_every_response(client):
    post_article(client, GOOD)
    responses = [
        client.get("/"),
        client.get("/v1/docs"),
        client.get("/v1/claims/1"),
        client.get("/v1/claims/99"),
        client.get("/static/editor.js"),
        client.get("/v1/openapi.json"),
        post_article(client, "", outlet="x"),
        client.get("/v1/outlets/%20"),
    ]
    for response in responses:
        response.close()
        headers = response.headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Frame-Options"] == "DENY"
        csp = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
        assert csp["frame-ancestors"] == "'none'"
        assert csp["default-src"] == "'none'"
        assert "unsafe-inline" not in csp.get("script-src", "") and "unsafe-eval" not in csp.get("script-src", "")
        assert "unsafe-inline" not in csp.get("style-src", "")


def test_the_editor_page_loads_only_what_its_policy_allows(client):
    response = client.get("/")
    csp = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    html = response.get_data(as_text=True)
    # The page's own script, stylesheet and its fetches to /v1 come from 'self'; nothing is inline.
    assert "'self'" in csp["script-src"] and "'self'" in csp["style-src"] and "'self'" in csp["connect-src"]
    assert not re.search(r"<script(?![^>]*\ssrc=)|<style|<[^>]*\s(?:style|on\w+)=", html, re.I)
    for src in re.findall(r'<(?:script|link)[^>]*\s(?:src|href)="([^"]+)"', html):
        assert src.startswith("/") and not src.startswith("//")  # 'self'
        with client.get(src) as asset:
            assert asset.status_code == 200


def test_the_docs_page_has_nothing_inline(client):
    # Swagger UI (tests/test_api_docs.py): its scripts and stylesheet are files of this service.
    html = client.get("/v1/docs").get_data(as_text=True)
    assert not re.search(r"<script(?![^>]*\ssrc=)|<style|<[^>]*\s(?:style|on\w+)=", html, re.I)


def test_start_up_warns_when_writes_are_open(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="quellenlage"):
        create_app({"TESTING": True, "DB": str(tmp_path / "a.db"), "DEMO_ARTICLES": False})
    assert any("QUELLENLAGE_API_KEYS" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="quellenlage"):
        create_app({"TESTING": True, "DB": str(tmp_path / "b.db"), "DEMO_ARTICLES": False, "API_KEYS": "k1"})
    assert not any("QUELLENLAGE_API_KEYS" in r.getMessage() for r in caplog.records)


def test_the_editor_page_shows_no_stored_articles_when_reads_are_protected(tmp_path):
    config = {"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False, "API_KEYS": "k1"}
    open_reads = create_app(config).test_client()
    stored = open_reads.post(
        "/v1/articles", json={"text": GOOD, "outlet": "nzz.ch", "title": "Geheimer Titel"}, headers={"X-API-Key": "k1"}
    )
    assert stored.status_code == 201
    assert "Geheimer Titel" in open_reads.get("/").get_data(as_text=True)
    protected = create_app({**config, "PROTECT_READS": True}).test_client()
    page = protected.get("/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Geheimer Titel" not in html and "nzz.ch" not in html and "#1 " not in html


def test_an_untrusted_host_header_is_400_when_hosts_are_configured(tmp_path, monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_TRUSTED_HOSTS", "quellenlage.example, localhost")
    client = create_app({"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False}).test_client()
    assert_error(client.get("/v1/health", headers={"Host": "evil.example"}), 400)
    body = {"text": GOOD, "outlet": "example.org"}
    assert_error(client.post("/v1/articles", json=body, headers={"Host": "evil.example"}), 400)
    assert client.get("/v1/health").status_code == 200
    assert client.get("/v1/health", headers={"Host": "quellenlage.example:8000"}).status_code == 200


def test_a_database_that_cannot_be_written_answers_503_with_retry_after(client, app):
    assert post_article(client, GOOD).status_code == 201
    app.config["DB"] = "file:" + app.config["DB"] + "?mode=ro"
    response = post_article(client, GOOD.replace("10.000", "20.000"))
    assert_error(response, 503)
    assert int(response.headers["Retry-After"]) > 0


# --- The analysis work budget (issue 17): past it, a JSON 422 and nothing stored, never a killed worker.

SLOW_ENOUGH = " ".join(
    f"Der Bürgermeister von Beispielheim soll am {n}. März {n * 10} neue Wohnungen angekündigt haben."
    for n in range(1, 29)
)


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/score"])
def test_analysis_past_its_budget_is_a_json_422_and_stores_nothing(tmp_path, path):
    config = {"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False, "ANALYSIS_BUDGET_MS": 0.001}
    app = create_app(config)
    response = app.test_client().post(path, json={"text": SLOW_ENOUGH, "outlet": "example.org"})
    error = assert_error(response, 422)
    assert "budget" in error["message"] and "text" in error["errors"]["json"]
    assert stored_rows(app, "articles") == 0 and stored_rows(app, "claims") == 0
    # The same text within the default budget is analysed as usual.
    relaxed = create_app({**config, "DB": str(tmp_path / "u.db"), "ANALYSIS_BUDGET_MS": 10_000}).test_client()
    assert relaxed.post(path, json={"text": SLOW_ENOUGH, "outlet": "example.org"}).status_code in (200, 201)


def test_a_budget_of_zero_means_no_limit(tmp_path):
    app = create_app({"TESTING": True, "DB": str(tmp_path / "t.db"), "DEMO_ARTICLES": False, "ANALYSIS_BUDGET_MS": 0})
    response = app.test_client().post("/v1/articles", json={"text": SLOW_ENOUGH, "outlet": "example.org"})
    assert response.status_code == 201


# --- Linear-time analysis (issue 17): the cost of each hostile shape grows with its length, not its square.

_FRAME = "Die Armee meldet {} neue Angriffe auf die Stadt Beispielheim."


def _filled(unit: str, size: int, frame: str = _FRAME) -> str:
    """`frame` with `unit` repeated inside it, `size` characters in all."""
    room = size - len(frame.format(""))
    return frame.format((unit * (room // len(unit) + 1))[:room])


def _numbered(line: str, size: int) -> str:
    """Lines told apart by a number (a page repeating one line would be furniture), `size` characters."""
    lines, total, number = [], 0, 0
    while total < size:
        lines.append(line.format(number))
        total, number = total + len(lines[-1]), number + 1
    return "".join(lines)[:size]


HOSTILE_SHAPES = {
    "soll repeated": lambda n: _filled("soll ", n),
    "dots without spaces": lambda n: _filled(".", n),
    "one sentence without punctuation": lambda n: _filled("und Soldaten der Armee melden Angriffe auf Dörfer ", n),
    "many short lines": lambda n: _numbered("Kiew meldet {} Angriffe.\n", n),
    "deep quotes and brackets": lambda n: _filled("„(«[", n // 2) + _filled("]»)“", n - n // 2, "{}"),
    "a run of digits": lambda n: _filled("1234567890", n),
    "number words": lambda n: _filled("dreizehn ", n),
    "hedge words repeated": lambda n: _filled("angeblich mutmaßlich offenbar wohl ", n),
    "HTML-looking lines": lambda n: _numbered('<div class="x"><p>Die Armee meldet {} Angriffe.</p></div>\n', n),
    "many newlines": lambda n: _filled("\n", n, "Die Armee meldet Angriffe.{}Die Armee meldet Angriffe."),
    "a run of spaces in a credit": lambda n: _filled(" ", n, "Die Armee meldet (AFP/{}Angriffe auf die Stadt."),
    "reported speech repeated": lambda n: _filled("Die Armee soll es gemeldet haben, hieß es. ", n, "{}"),
    "one hyphenated word": lambda n: _filled("a-", n, "Die Armee soll {} Angriffe auf die Stadt gemeldet haben."),
    "clauses joined by und": lambda n: _filled("die Fähre fuhr, und es wurde gemeldet und ", n, "Die Armee {}meldete."),
}


def _fastest(knowledge, text: str, repeats: int) -> float:
    from time import perf_counter

    from scoring import analyse_article

    best = float("inf")
    for _ in range(repeats):
        started = perf_counter()
        analyse_article(text, "example.org", knowledge)
        best = min(best, perf_counter() - started)
    return best


@pytest.mark.parametrize("shape", list(HOSTILE_SHAPES))
def test_analysis_time_grows_linearly_with_each_hostile_shape(knowledge, shape):
    """Ten times the text may take about ten times as long, never a hundred (a ratio, not a wall-clock
    limit: the machine's speed cancels out). The fastest of a few runs beats noise; below a few
    milliseconds for 10 KB, fixed costs dominate and that floor is used instead."""
    small, large = HOSTILE_SHAPES[shape](10_000), HOSTILE_SHAPES[shape](100_000)
    assert len(small) == 10_000 and len(large) == 100_000
    _fastest(knowledge, small, 1)  # warm: lexicons compiled, caches filled
    at_10k = max(_fastest(knowledge, small, 3), 0.004)
    at_100k = _fastest(knowledge, large, 1)
    if at_100k > 25 * at_10k:  # one more try before failing: a neighbour's job may have taken the core
        at_100k = min(at_100k, _fastest(knowledge, large, 1))
    assert at_100k < 25 * at_10k, f"{shape}: {at_10k * 1000:.0f} ms at 10 KB, {at_100k * 1000:.0f} ms at 100 KB"
