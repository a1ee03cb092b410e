"""Faults: a worker killed mid-ingest, a restart, a full database. Nothing half-stored, nothing lost."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import threading
import time

import pytest

from bench.load import call, free_port, start_gunicorn, stop
from service import create_app
from tests.conftest import assert_error, post_article

pytestmark = pytest.mark.server

PARAGRAPH = (
    "Laut dem Pentagon wurden in Welle {n} etwa {n}000 Soldaten in die Region Kursk verlegt. "
    "Angeblich sollen in Welle {n} weitere Einheiten folgen, hieß es in Kiew. "
    "Der Kreml erklärte, in Welle {n} seien keine Truppen bewegt worden."
)


def workers_of(master: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def test_sigkill_mid_ingest_leaves_no_half_article_and_restart_keeps_everything(tmp_path):
    db, port, log = str(tmp_path / "faults.db"), free_port(), tmp_path / "gunicorn.log"
    base = f"http://127.0.0.1:{port}"
    server = start_gunicorn(db, port, log, workers=2)
    acknowledged: dict[int, int] = {}
    try:
        for n in range(5):
            status, body = call(base, "POST", "/v1/articles", {"text": PARAGRAPH.format(n=n), "outlet": "nzz.ch"})
            assert status == 201
            acknowledged[body["id"]] = len(body["claims"])
        big = "\n".join(PARAGRAPH.format(n=n) for n in range(100, 400))  # ~900 claims: a long transaction
        results: list[object] = []

        def post_big() -> None:
            try:
                results.append(call(base, "POST", "/v1/articles", {"text": big, "outlet": "faz.net"}))
            except Exception as error:  # noqa: BLE001 - the connection dies with the worker
                results.append(error)

        for victim_delay in (0.3, 0.8):
            thread = threading.Thread(target=post_big)
            thread.start()
            time.sleep(victim_delay)
            for pid in workers_of(server.pid):
                os.kill(pid, signal.SIGKILL)
            thread.join(timeout=60)
            time.sleep(1.0)  # the master starts new workers
        assert any(isinstance(r, Exception) for r in results), results  # the kill did land mid-request
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            half = conn.execute(
                "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
            ).fetchone()[0]
            assert half == 0
            for article_id, claims in conn.execute(
                "SELECT article_id, count(*) FROM claims GROUP BY article_id"
            ).fetchall():
                if article_id in acknowledged:
                    assert claims == acknowledged[article_id]
        status, _ = call(base, "POST", "/v1/articles", {"text": PARAGRAPH.format(n=999), "outlet": "zeit.de"})
        assert status == 201  # new workers took over
    finally:
        stop(server)
    server = start_gunicorn(db, port, log, workers=2)  # a restart finds everything that was acknowledged
    try:
        for article_id, claims in acknowledged.items():
            status, body = call(base, "GET", f"/v1/articles/{article_id}")
            assert status == 200 and len(body["claims"]) == claims
    finally:
        stop(server)


def test_full_database_is_503_and_stays_intact(tmp_path):
    app = create_app({"TESTING": True, "DB": str(tmp_path / "full.db"), "DEMO_ARTICLES": False, "MAX_DB_MB": 2})
    client = app.test_client()
    statuses = []
    for n in range(400):
        response = post_article(client, "\n".join(PARAGRAPH.format(n=n * 50 + k) for k in range(50)), outlet="nzz.ch")
        statuses.append(response.status_code)
        if response.status_code != 201:
            assert_error(response, 503)
            break
    assert statuses[0] == 201 and statuses[-1] == 503
    assert client.get("/v1/claims/1").status_code == 200  # reads still work
    with sqlite3.connect(str(tmp_path / "full.db")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == statuses.count(201)


def test_workers_do_not_outlive_a_master_killed_with_sigkill(tmp_path):
    db, port = str(tmp_path / "orphans.db"), free_port()
    server = start_gunicorn(db, port, tmp_path / "gunicorn.log", workers=2)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 30  # /v1/health answered once the first worker was up
        while len(workers := workers_of(server.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers) == 2
        os.kill(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
        deadline = time.monotonic() + 20
        alive = workers
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = [pid for pid in workers if _running(pid)]
        assert not alive, f"orphan workers still running: {alive}"
    finally:
        for pid in [server.pid, *workers]:  # whatever is left of this test's own server
            if _running(pid):
                os.kill(pid, signal.SIGKILL)


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan is reaped by init, but a zombie already counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_worker_killed_at_its_timeout_answers_500_in_the_json_shape():
    # gunicorn writes this answer itself (a worker aborted at its timeout, or any error outside the app)
    # through util.write_error, which gunicorn.conf.py replaces; the socket is real, the timeout is not.
    import importlib.util
    import json
    import socket

    spec = importlib.util.spec_from_file_location("gunicorn_conf", "gunicorn.conf.py")
    assert spec and spec.loader
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    ours, theirs = socket.socketpair()
    with ours, theirs:
        conf.json_error(ours, 500, "Internal Server Error", "")
        ours.shutdown(socket.SHUT_WR)
        data = theirs.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 500 ") and b"Content-Type: application/json" in head
    error = json.loads(body)
    assert error["code"] == 500 and error["status"] == "Internal Server Error" and error["message"]
    assert set(error) == {"code", "status", "message", "errors"}
    assert int(re.search(rb"Content-Length: (\d+)", head).group(1)) == len(body)


def many_claims(n: int) -> str:
    return "\n".join(PARAGRAPH.format(n=n * 50 + k) for k in range(50))


def test_the_quota_counts_the_wal_and_the_503_says_when_to_retry(tmp_path):
    from service.db import bytes_on_disk

    db = str(tmp_path / "quota.db")
    client = create_app({"TESTING": True, "DB": db, "DEMO_ARTICLES": False, "MAX_DB_MB": 2}).test_client()
    # A long-running reader keeps every checkpoint from finishing: all writes pile up in the WAL file.
    reader = sqlite3.connect(db)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM outlets").fetchone()
    try:
        sizes, statuses = [], []
        for n in range(100):
            response = post_article(client, many_claims(n), outlet="nzz.ch")
            statuses.append(response.status_code)
            sizes.append(bytes_on_disk(db))
            if response.status_code != 201:
                break
        assert statuses[0] == 201 and statuses[-1] == 503
        error = assert_error(response, 503)
        assert "quota" in error["message"]
        assert 0 < int(response.headers["Retry-After"])
        assert os.path.getsize(db + "-wal") > os.path.getsize(db)  # the WAL held most of it
        one_request = max(b - a for a, b in zip([0, *sizes], sizes, strict=False))
        assert max(sizes) <= 2 * 1024 * 1024 + one_request  # over the quota by one request at most
        # Scoring stores nothing: it works on a full database; reads too.
        scored = client.post("/v1/score", json={"text": many_claims(900), "outlet": "nzz.ch"})
        assert scored.status_code == 200 and scored.get_json()["claims"]
        assert client.get("/v1/claims/1").status_code == 200
    finally:
        reader.rollback()
        reader.close()
    # With the reader gone the WAL is copied back and cut: there is room again.
    assert post_article(client, PARAGRAPH.format(n=77), outlet="nzz.ch").status_code == 201
    assert bytes_on_disk(db) < 2 * 1024 * 1024


@pytest.mark.parametrize("level, value", [("FULL", 2), ("NORMAL", 1), ("full", 2)])
def test_durability_is_configurable(tmp_path, level, value):
    app = create_app({"TESTING": True, "DB": str(tmp_path / "s.db"), "DEMO_ARTICLES": False, "SYNCHRONOUS": level})
    from service.db import get_db

    with app.test_request_context("/v1/health"):
        assert get_db().execute("PRAGMA synchronous").fetchone()[0] == value


def test_an_unknown_durability_level_is_refused(tmp_path):
    from service import store

    with pytest.raises(ValueError, match="synchronous"):
        store.connect(str(tmp_path / "s.db"), synchronous="NORMAL; DROP TABLE claims")


def test_flask_check_runs_the_integrity_checks_and_fails_on_a_broken_index(tmp_path):
    db = str(tmp_path / "check.db")
    app = create_app({"TESTING": True, "DB": db, "DEMO_ARTICLES": False})
    assert post_article(app.test_client(), PARAGRAPH.format(n=5), outlet="nzz.ch").status_code == 201
    result = app.test_cli_runner().invoke(args=["check"])
    assert result.exit_code == 0 and "integrity ok" in result.output, result.output
    with sqlite3.connect(db) as conn:  # the full-text index loses pages of its own
        conn.execute("DELETE FROM claims_terms_fts_data WHERE id > 10")
    result = app.test_cli_runner().invoke(args=["check"])
    assert result.exit_code == 1 and "claims_terms_fts" in result.output, result.output
