"""Bytes per stored article of a store, by table and index (SQLite's dbstat), against its text.

    python -m bench.store_size STORE.db [--top 20]

Build a store first, e.g. `python -m bench.ingest ../shared/corpus/fang-covid/articles.jsonl.gz
--sizes 2000 --real 2000 --probes 20 --snapshots DIR` (2,000 FANG-COVID articles by the full ingest
path; the snapshot DIR/2000.db is the store as built).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import zlib


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    text_bytes = sum(
        len(zlib.decompress(text) if isinstance(text, bytes) else text.encode())
        for (text,) in conn.execute("SELECT text FROM articles")
    )
    rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    size = os.path.getsize(args.store)
    print(f"{args.store}: {size / 1e6:.1f} MB, {articles} articles, {claims} claims")
    print(
        f"{size / articles / 1000:.1f} KB per article, {size / text_bytes:.2f} × its text "
        f"({text_bytes / articles / 1000:.1f} KB of UTF-8 per article)"
    )
    for name, pages in rows[: args.top]:
        print(f"  {name:<36} {pages / articles / 1000:6.2f} KB per article")


if __name__ == "__main__":
    main()
