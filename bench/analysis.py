"""Analysis speed and robustness over a JSONL corpus (FANG-COVID format: header, article, source).

    python -m bench.analysis ../shared/corpus/fang-covid/articles.jsonl.gz [--limit N]

Reports time per KB, claims and hedges per article, and every article that made the analysis fail.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
import traceback
from collections import Counter

import seeds
from scoring import analyse_article


def articles(path: str, limit: int | None):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            record = json.loads(line)
            text = "\n".join(part for part in (record.get("header"), record.get("article")) if part)
            yield record.get("id", n), record.get("source", "unknown.example"), record.get("date"), text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    knowledge = seeds.knowledge()
    per_kb: list[float] = []
    claims: list[int] = []
    hedged: list[int] = []
    kinds: Counter[str] = Counter()
    failures: list[tuple[object, str]] = []
    total_bytes = 0
    started = time.perf_counter()
    for identifier, outlet, day, text in articles(args.corpus, args.limit):
        size = len(text.encode())
        total_bytes += size
        t0 = time.perf_counter()
        try:
            result = analyse_article(text, outlet, knowledge, day)
        except Exception:  # noqa: BLE001 - the benchmark reports every failure
            failures.append((identifier, traceback.format_exc(limit=3)))
            continue
        elapsed = time.perf_counter() - t0
        per_kb.append(elapsed * 1000 / max(size / 1024, 0.001))
        claims.append(len(result.claims))
        hedged.append(sum(c.hedged for c in result.claims))
        kinds.update(h.kind for c in result.claims for h in c.hedges)
    wall = time.perf_counter() - started
    n = len(claims)
    print(f"articles analysed     {n} ({total_bytes / 1e6:.1f} MB) in {wall:.1f} s")
    print(
        f"time per KB           median {statistics.median(per_kb):.2f} ms, p95 "
        f"{statistics.quantiles(per_kb, n=20)[-1]:.2f} ms, overall {wall * 1000 / (total_bytes / 1024):.2f} ms"
    )
    print(f"claims per article    mean {statistics.mean(claims):.1f}, median {statistics.median(claims)}")
    print(
        f"hedged claims/article mean {statistics.mean(hedged):.2f} ({sum(hedged) / max(sum(claims), 1):.1%} of claims)"
    )
    print(f"hedge cues by kind    {dict(kinds.most_common())}")
    print(f"failures              {len(failures)}")
    for identifier, trace in failures[:20]:
        print(f"  article {identifier}:\n{trace}")


if __name__ == "__main__":
    main()
