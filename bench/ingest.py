"""Ingest cost as the stored corpus grows: 1k, 10k and 100k articles.

    python -m bench.ingest ../shared/corpus/fang-covid/articles.jsonl.gz [--sizes 1000,10000,100000]

Fills a fresh SQLite file through the service's own ingest path (analysis, FTS5 candidate
retrieval, linking, re-grading) with the real articles, up to --real articles. Past that it adds
generated variants quickly: copies of stored articles under other outlets whose claims join the
propositions of the claims they copy (what linking does with a near copy), through the store's
own insert functions, so the indexes and propositions grow as they would. At each size it times
the full ingest of held-out real probe articles in a transaction that is rolled back, so the
corpus size stays exact.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sqlite3
import statistics
import tempfile
import time
from typing import Any

import seeds
from service import store
from service.ingest import store_article, text_hash
from service.knowledge import current_knowledge


def real_articles(path: str) -> list[dict[str, Any]]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    return [
        {
            "text": "\n".join(p for p in (r.get("header"), r.get("article")) if p),
            "outlet": r["source"],
            "url": r.get("url"),
            "published_at": r.get("date"),
        }
        for r in records
        if r.get("article")
    ]


def copy_stored(db: Any, article_id: int, round_: int) -> None:
    """A variant of a stored article: same claims, another outlet, joined to the same propositions."""
    article = store.get_article(db, article_id)
    if article is None:
        return
    article.pop("id")
    store.ensure_outlet(db, f"v{round_}.{article['outlet']}")
    new_id = store.insert_article(
        db,
        {
            **article,
            "outlet": f"v{round_}.{article['outlet']}",
            "url": f"{article['url'] or ''}#v{round_}",
            "text_hash": f"{text_hash(article['text'])}:{round_}",
        },
    )
    records, sources = [], []
    for claim in store.claims_of_article(db, article_id):
        sources.append(claim.pop("sources"))
        claim.pop("id")
        # The text's key is bound to the outlet (a copy under another outlet is no repeat of the first's).
        records.append({**claim, "article_id": new_id, "text_hash": text_hash(claim["text"])})
    store.insert_claims(db, records, sources)  # one statement per table, the article's text read once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probes", type=int, default=100)
    parser.add_argument("--real", type=int, default=10000, help="articles stored by the full ingest path")
    parser.add_argument("--snapshots", help="keep a copy of the database at each size in this folder")
    parser.add_argument("--probe-only", nargs="+", metavar="DB", help="only time the probes against these databases")
    parser.add_argument("--db", default=os.path.join(tempfile.mkdtemp(prefix="ql-bench-"), "bench.db"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    articles = real_articles(args.corpus)
    probes, fill = articles[: args.probes], articles[args.probes :]
    weights = seeds.lexicon()["weights"]
    if args.probe_only:
        results = []
        for path in args.probe_only:
            db = store.connect(path)
            store.migrate(db)  # a snapshot made by an older version gets the current schema first
            results.append(probe(db, path, probes, weights))
        report(results, args.probe_only[-1])
        return
    db = store.connect(args.db)
    store.migrate(db)
    from service.db import load_seeds

    load_seeds(db)
    knowledge = current_knowledge(db, args.db)
    source = iter(fill)
    stored, results, real_ids = 0, [], []
    started = time.perf_counter()
    for size in sizes:
        while stored < size:
            if stored < args.real:
                article, _, created = store_article(db, knowledge, next(source), weights, max_claims=5000)
                stored += created
                if created:
                    real_ids.append(article["id"])
            else:
                with store.write_transaction(db):
                    for _ in range(min(500, size - stored)):
                        copy_stored(db, real_ids[stored % len(real_ids)], stored // len(real_ids))
                        stored += 1
            if stored % 1000 == 0:
                print(f"  … {stored} articles stored ({time.perf_counter() - started:.0f} s)", flush=True)
        if args.snapshots:
            os.makedirs(args.snapshots, exist_ok=True)
            with sqlite3.connect(os.path.join(args.snapshots, f"{size}.db")) as target:
                db.conn.backup(target)
        results.append(probe(db, args.db, probes, weights))
    report(results, args.db)


def probe(db: Any, path: str, probes: list[dict[str, Any]], weights: Any) -> tuple[int, float, float, int]:
    """Median and p90 ms of a full ingest of each probe article, rolled back afterwards."""
    knowledge = current_knowledge(db, path)
    timings = []
    for article in probes:
        t0 = time.perf_counter()
        store_article(db, knowledge, article, weights, max_claims=5000, persist=False)
        timings.append((time.perf_counter() - t0) * 1000)
    size, claims = store.count_articles(db), store.count_claims(db)
    result = (size, statistics.median(timings), statistics.quantiles(timings, n=10)[-1], claims)
    print(f"{size:>7} articles ({claims} claims): ingest median {result[1]:.1f} ms, p90 {result[2]:.1f} ms", flush=True)
    return result


def report(results: list[tuple[int, float, float, int]], path: str) -> None:
    """The ratio of the largest store's figures to the smallest's; a store probed more than once (the
    same snapshots in turns: `--probe-only a.db b.db a.db b.db`) counts with the median of its passes."""
    by_size: dict[int, list[tuple[float, float]]] = {}
    for size, median, p90, _ in results:
        by_size.setdefault(size, []).append((median, p90))
    small, large = by_size[min(by_size)], by_size[max(by_size)]
    median = statistics.median(m for m, _ in large) / statistics.median(m for m, _ in small)
    p90 = statistics.median(p for _, p in large) / statistics.median(p for _, p in small)
    print(f"ratio {max(by_size)}/{min(by_size)} articles: median {median:.2f}, p90 {p90:.2f}")
    print(f"database {path}: {os.path.getsize(path) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
