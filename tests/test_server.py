"""Real gunicorn with several workers writing to one SQLite file, over real HTTP on loopback."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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
