"""Every article of a JSONL corpus through POST /v1/articles: count the answers, fail on any 5xx.

    python -m bench.robustness ../shared/corpus/fang-covid/articles.jsonl.gz [--limit N]

Runs the real app in-process (WSGI, real SQLite file in a temporary folder); the corpus's dates,
outlets and texts are sent as they are, so odd ones show up as 4xx with their reasons.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
import time
from collections import Counter

from service import create_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    db = os.path.join(tempfile.mkdtemp(prefix="ql-robust-"), "robust.db")
    client = create_app({"DB": db, "DEMO_ARTICLES": False, "OPEN_WRITES": True}).test_client()
    statuses: Counter[int] = Counter()
    reasons: Counter[str] = Counter()
    started = time.perf_counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if args.limit is not None and n >= args.limit:
                break
            r = json.loads(line)
            body = {
                "text": "\n".join(p for p in (r.get("header"), r.get("article")) if p) or " ",
                "outlet": r.get("source"),
                "url": r.get("url"),
                "title": r.get("header"),
                "published_at": r.get("date"),
            }
            response = client.post("/v1/articles", json=body)
            statuses[response.status_code] += 1
            if response.status_code >= 400:
                reasons[f"{response.status_code} {json.dumps(response.get_json().get('errors'))[:120]}"] += 1
            if response.status_code >= 500:
                print(f"article {r.get('id')}: {response.get_data(as_text=True)[:300]}")
            if (n + 1) % 1000 == 0:
                print(f"  … {n + 1} articles ({time.perf_counter() - started:.0f} s) {dict(statuses)}", flush=True)
    print(f"answers {dict(sorted(statuses.items()))} in {time.perf_counter() - started:.0f} s")
    for reason, count in reasons.most_common(10):
        print(f"  {count:5} × {reason}")
    if any(code >= 500 for code in statuses):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
