"""Load test and latency benchmark of a real gunicorn on loopback.

    python -m bench.load ../shared/corpus/fang-covid/articles.jsonl.gz [--db FILE] [--articles 2000] [--clients 8]

Starts gunicorn (4 workers by default) on the SQLite file (a fresh one unless --db names one),
then measures, one client at a time, POST latency for 4 KB articles and GET /v1/claims/{id}
latency; then POSTs --articles articles (each twice) from --clients parallel clients and checks
that every acknowledged article is stored exactly once with all its claims, that every claim
belongs to an existing proposition and that the file passes SQLite's integrity check.
Traffic goes to 127.0.0.1 only; every loop is bounded in count and in time (--max-seconds).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_gunicorn(
    db: str, port: int, log: Path, *, workers: int = 3, demo: bool = False, quiet: bool = False, timeout: float = 60
) -> subprocess.Popen:
    """gunicorn with the project's own configuration, on loopback, once /v1/health answers."""
    env = {
        **os.environ,
        "QUELLENLAGE_DB": db,
        "QUELLENLAGE_DEMO_ARTICLES": "1" if demo else "0",
        "QUELLENLAGE_BIND": f"127.0.0.1:{port}",
        "QUELLENLAGE_WORKERS": str(workers),
        # Loopback only: writes without a key, opened explicitly (a service with no keys refuses them).
        "QUELLENLAGE_OPEN_WRITES": "1",
    }
    if quiet:
        env["GUNICORN_CMD_ARGS"] = "--access-logfile /dev/null"
    with open(log, "a") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if call(f"http://127.0.0.1:{port}", "GET", "/v1/health")[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(log.read_text())


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=60)


def call(base: str, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        base + path, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def articles(path: str, count: int, offset: int) -> list[dict]:
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n < offset:
                continue
            r = json.loads(line)
            text = "\n".join(p for p in (r.get("header"), r.get("article")) if p)
            if len(text.encode()) >= 4096:
                found.append(
                    {
                        "text": text.encode()[:4096].decode(errors="ignore").rsplit(" ", 1)[0],
                        "outlet": r["source"],
                        "url": f"{r['url']}#load{n}",
                        "published_at": r.get("date"),
                    }
                )
            if len(found) == count:
                break
    return found


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--db", help="an existing database to serve (copied first); default: a fresh one")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--latency-samples", type=int, default=200)
    parser.add_argument("--max-seconds", type=float, default=3600)
    args = parser.parse_args()
    deadline = time.monotonic() + args.max_seconds

    workdir = Path(tempfile.mkdtemp(prefix="ql-load-"))
    db = str(workdir / "load.db")
    if args.db:
        with sqlite3.connect(args.db) as source, sqlite3.connect(db) as target:
            source.backup(target)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    try:
        server = start_gunicorn(
            db,
            port,
            workdir / "gunicorn.log",
            workers=args.workers,
            quiet=True,
            timeout=deadline - time.monotonic(),
        )
    except RuntimeError as error:
        raise SystemExit(str(error)) from None
    try:
        _, health = call(base, "GET", "/v1/health")
        print(f"serving {health['articles']} articles, {health['claims']} claims with {args.workers} workers")
        pool = articles(args.corpus, args.latency_samples + args.articles, offset=15000)
        probes, load = pool[: args.latency_samples], pool[args.latency_samples :]

        post_ms, claim_ids = [], []
        for article in probes:
            t0 = time.perf_counter()
            status, body = call(base, "POST", "/v1/articles", article)
            post_ms.append((time.perf_counter() - t0) * 1000)
            claim_ids += [c["id"] for c in body.get("claims", [])]
        get_ms = []
        for claim_id in random.Random(1).sample(claim_ids, min(len(claim_ids), args.latency_samples * 5)):
            t0 = time.perf_counter()
            call(base, "GET", f"/v1/claims/{claim_id}")
            get_ms.append((time.perf_counter() - t0) * 1000)
        for name, values in (("POST 4 KB article  ", post_ms), ("GET /v1/claims/{id}", get_ms)):
            p50, p99 = percentile(values, 50), percentile(values, 99)
            print(f"{name} p50 {p50:7.1f} ms   p99 {p99:7.1f} ms  (n={len(values)})")

        acknowledged: dict[int, int] = {}
        created = 0

        def submit(article: dict) -> tuple[int, dict]:
            if time.monotonic() > deadline:
                return 0, {}
            return call(base, "POST", "/v1/articles", article)

        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as executor:
            for status, body in executor.map(submit, load + load):
                if status in (200, 201):
                    created += status == 201
                    acknowledged.setdefault(body["id"], len(body["claims"]))
                elif status:
                    print(f"  error {status}: {body.get('message')} {json.dumps(body.get('errors'))[:200]}")
        elapsed = time.perf_counter() - t0
        print(
            f"ingest throughput   {created / elapsed:7.1f} articles/s with {args.clients} clients "
            f"({created} new, {2 * len(load) - created} resubmissions answered 200, {elapsed:.0f} s)"
        )
    finally:
        stop(server)

    with sqlite3.connect(db) as conn:
        ids = ",".join(map(str, acknowledged))
        stored = dict(
            conn.execute(
                "SELECT a.id, (SELECT count(*) FROM claims c WHERE c.id BETWEEN a.first_claim AND a.last_claim "
                f"AND c.article_id = a.id) FROM articles a WHERE a.id IN ({ids})"
            ).fetchall()
        )
        missing = [i for i in acknowledged if i not in stored]
        wrong = [i for i, n in acknowledged.items() if stored.get(i) != n]
        duplicates = conn.execute(
            "SELECT count(*) FROM (SELECT url FROM articles WHERE url IS NOT NULL GROUP BY url HAVING count(*) > 1)"
        ).fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM claims c LEFT JOIN propositions p ON p.id = c.proposition_id WHERE p.id IS NULL"
        ).fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    print(
        f"consistency         missing {len(missing)}, wrong claim count {len(wrong)}, duplicate urls {duplicates}, "
        f"claims without proposition {orphans}, integrity {integrity}"
    )
    if missing or wrong or duplicates or orphans or integrity != "ok":
        raise SystemExit(1)


if __name__ == "__main__":
    main()
