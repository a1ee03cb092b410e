"""Real gunicorn with several workers writing to one SQLite file, over real HTTP on loopback."""

from __future__ import annotations

import importlib.util
import json
import logging
import socket
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

# One HTTP helper and one way to start gunicorn, for the benchmarks and the tests.
from bench.load import call, free_port, start_gunicorn, stop

pytestmark = pytest.mark.server


@pytest.fixture
def server(tmp_path: Path):
    port, db = free_port(), str(tmp_path / "server.db")
    process = start_gunicorn(db, port, tmp_path / "gunicorn.log", demo=True)
    yield f"http://127.0.0.1:{port}", db
    stop(process)


def test_demo_articles_are_served(server):
    base, _ = server
    status, page = call(base, "GET", "/v1/articles")
    assert status == 200 and len(page["articles"]) == 4
    status, claim = call(base, "GET", "/v1/claims/1")
    assert status == 200 and claim["grade"]["code"] and claim["explanation"]


def test_concurrent_writers_store_every_article_exactly_once(server):
    base, db_path = server
    texts = [
        f"Laut dem Pentagon wurden in Welle {n} etwa {1000 + n} Soldaten in die Region Kursk verlegt.\n"
        f"Angeblich sollen in Welle {n} weitere {2000 + n} Soldaten folgen, hieß es in Kiew."
        for n in range(40)
    ]

    def submit(n: int) -> tuple[int, int]:
        status, body = call(base, "POST", "/v1/articles", {"text": texts[n % 40], "outlet": f"outlet{n % 5}.example"})
        return status, body["id"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(submit, list(range(40)) + list(range(40))))  # every article twice, concurrently
    assert {status for status, _ in results} <= {200, 201}
    assert sum(status == 201 for status, _ in results) == 40
    with sqlite3.connect(db_path) as conn:
        demo = 4
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 40 + demo
        per_article = conn.execute(
            "SELECT count(*) FROM articles a WHERE a.outlet LIKE 'outlet%' AND "
            "(SELECT count(*) FROM claims c WHERE c.article_id = a.id) != 2"
        ).fetchone()[0]
        assert per_article == 0
        assert (
            conn.execute("SELECT count(*) FROM claims WHERE proposition_id IS NULL OR score IS NULL").fetchone()[0] == 0
        )
        assert (
            conn.execute(
                "SELECT count(*) FROM claims c LEFT JOIN propositions p ON p.id = c.proposition_id WHERE p.id IS NULL"
            ).fetchone()[0]
            == 0
        )
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def raw_request(base: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Bytes as written, over a plain socket: what no HTTP client library would send."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(request)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}
    return int(status_line.split()[1]), headers, body


def assert_json_error(status: int, headers: dict[str, str], body: bytes, code: int) -> None:
    assert status == code, body[:300]
    assert headers["content-type"] == "application/json"
    error = json.loads(body)
    assert set(error) == {"code", "status", "message", "errors"} and error["code"] == code
    assert error["message"] and "<" not in error["message"] and "Traceback" not in error["message"]


@pytest.mark.parametrize(
    "request_bytes, code",
    [
        (b"GET /v1/claims?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", 414),
        (b"GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n", 431),
        (b"GET /v1/health HTTP/1.1\r\nHost: localhost\r\n" + b"X-A: 1\r\n" * 150 + b"\r\n", 431),
        (b"GET /v1/health HTTP/9.9\r\nHost: localhost\r\n\r\n", 400),
        (b"G\x01T /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
        (b"GET /v1/health HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n", 400),
    ],
)
def test_gunicorns_own_errors_are_json_in_the_one_shape(server, request_bytes, code):
    base, _ = server
    assert_json_error(*raw_request(base, request_bytes), code)


def test_a_long_url_below_gunicorns_limit_reaches_the_app(server):
    base, _ = server
    status, headers, body = raw_request(base, b"GET /v1/claims?q=" + b"a" * 8000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status == 200 or assert_json_error(status, headers, body, 422) is None


def test_doubled_slashes_through_gunicorn_are_a_json_404(server):
    base, _ = server
    assert_json_error(*raw_request(base, b"GET /v1//health HTTP/1.1\r\nHost: localhost\r\n\r\n"), 404)


def test_reads_are_answered_while_the_worker_analyses_a_slow_body(tmp_path):
    # One worker: with a process per request the health check would wait for the analysis to end.
    port = free_port()
    process = start_gunicorn(str(tmp_path / "slow.db"), port, tmp_path / "gunicorn.log", workers=1)
    base = f"http://127.0.0.1:{port}"
    slow_text = ("sagte der Sprecher von Ortheim, soll angeblich " * 1200)[:50_000]
    try:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=1) as pool:
            slow = pool.submit(call, base, "POST", "/v1/score", {"text": slow_text, "outlet": "example.org"})
            time.sleep(0.2)
            health_seconds = []
            while not slow.done():
                t0 = time.perf_counter()
                assert call(base, "GET", "/v1/health")[0] == 200
                health_seconds.append(time.perf_counter() - t0)
                time.sleep(0.05)
            status, _ = slow.result()
        slow_seconds = time.perf_counter() - started
    finally:
        stop(process)
    assert status == 200
    assert health_seconds, f"the slow request took only {slow_seconds:.2f} s"
    assert max(health_seconds) < slow_seconds / 2, (max(health_seconds), slow_seconds)


def gunicorn_settings() -> Any:
    spec = importlib.util.spec_from_file_location(
        "gunicorn_settings", Path(__file__).parent.parent / "gunicorn.conf.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "bind, warned",
    [
        (["127.0.0.1:8000"], False),
        (["[::1]:8000", "localhost:9000"], False),
        (["unix:/run/quellenlage.sock"], False),
        (["0.0.0.0:8000"], True),
        (["127.0.0.1:8000", "192.0.2.10:80"], True),
        (["quellenlage.example:80"], True),
    ],
)
def test_open_writes_on_an_address_others_can_reach_are_warned_of(monkeypatch, caplog, bind, warned):
    settings = gunicorn_settings()
    monkeypatch.setenv("QUELLENLAGE_OPEN_WRITES", "1")
    monkeypatch.delenv("QUELLENLAGE_API_KEYS", raising=False)
    server = SimpleNamespace(cfg=SimpleNamespace(bind=bind), log=logging.getLogger("gunicorn.test"))
    with caplog.at_level(logging.WARNING, logger="gunicorn.test"):
        settings.when_ready(server)
    assert any("not a loopback" in r.getMessage() for r in caplog.records) == warned
    caplog.clear()
    monkeypatch.setenv("QUELLENLAGE_API_KEYS", "k1")  # keys set: writes are not open whatever the flag says
    with caplog.at_level(logging.WARNING, logger="gunicorn.test"):
        settings.when_ready(server)
    assert not caplog.records
