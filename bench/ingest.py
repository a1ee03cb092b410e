"""Ingest cost as the stored corpus grows: 1k, 10k and 100k articles.

    python -m bench.ingest ../shared/corpus/fang-covid/articles.jsonl.gz [--sizes 1000,10000,100000]

Fills a fresh SQLite file through the service's own ingest path (analysis, FTS5 candidate
retrieval, linking, re-grading), with the real articles first and generated variants past them
(numbers shifted, paragraphs rotated, under other outlets), and at each size times the ingest of
held-out probe articles in a transaction that is rolled back, so the corpus size stays exact.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import seeds
from service import store
from service.ingest import store_article
from service.knowledge import current_knowledge


def real_articles(path: str) -> list[dict[str, Any]]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    return [{"text": "\n".join(p for p in (r.get("header"), r.get("article")) if p), "outlet": r["source"],
             "url": r.get("url"), "published_at": r.get("date")} for r in records if r.get("article")]


def variant(base: dict[str, Any], round_: int) -> dict[str, Any]:
    """Another article of the same kind: numbers shifted, paragraphs rotated, another outlet."""
    paragraphs = base["text"].split("\n")
    shift = round_ % max(len(paragraphs), 1)
    text = "\n".join(paragraphs[shift:] + paragraphs[:shift])
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + round_), text)
    return {**base, "text": text, "outlet": f"v{round_}.{base['outlet']}", "url": f"{base['url'] or ''}#v{round_}"}


def stream(articles: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    round_ = 0
    while True:
        for article in articles:
            yield article if round_ == 0 else variant(article, round_)
        round_ += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probes", type=int, default=100)
    parser.add_argument("--db", default=os.path.join(tempfile.mkdtemp(prefix="ql-bench-"), "bench.db"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    articles = real_articles(args.corpus)
    probes, fill = articles[: args.probes], articles[args.probes:]
    db = store.connect(args.db)
    store.migrate(db)
    from service.db import load_seeds

    load_seeds(db)
    knowledge = current_knowledge(db, args.db)
    weights = seeds.lexicon()["weights"]
    source = stream(fill)
    stored, results = 0, []
    started = time.perf_counter()
    for size in sizes:
        while stored < size:
            _, _, created = store_article(db, knowledge, next(source), weights, max_claims=5000)
            stored += created
            if stored % 5000 == 0 and created:
                print(f"  … {stored} articles stored ({time.perf_counter() - started:.0f} s)", flush=True)
        timings = []
        for probe in probes:
            t0 = time.perf_counter()
            store_article(db, knowledge, probe, weights, max_claims=5000, persist=False)
            timings.append((time.perf_counter() - t0) * 1000)
        claims = store.count_claims(db)
        results.append((size, statistics.median(timings), statistics.quantiles(timings, n=10)[-1], claims))
        print(f"{size:>7} articles ({claims} claims): ingest median {results[-1][1]:.1f} ms, p90 {results[-1][2]:.1f} ms",
              flush=True)
    first, last = results[0], results[-1]
    print(f"ratio {last[0]}/{first[0]} articles: median {last[1] / first[1]:.2f}, p90 {last[2] / first[2]:.2f}")
    print(f"database {args.db}: {os.path.getsize(args.db) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
