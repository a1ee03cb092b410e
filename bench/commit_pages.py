"""Which tables' and indexes' pages each POST /v1/articles writes at COMMIT (issue 16).

    python -m bench.commit_pages ../shared/corpus/fang-covid/articles.jsonl.gz [--prefill 300] [--probes 20]
        [--page-size 4096]

A fresh store is filled with `--prefill` articles through the test client, its WAL checkpointed, then
`--probes` more are POSTed; the frames of their COMMITs are read back from the WAL file and each page is
named by the table or index that owns it (SQLite's dbstat). Prints the pages and bytes a COMMIT writes,
and the pages of each table and index, per COMMIT. A page a transaction changes is written once at its
COMMIT, whether one row of it changed or all: keys spread at random (hashes, word counts) dirty a page
each. `--page-size` makes the new store with that page size (SQLite's default is 4096).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import struct
import tempfile
from collections import Counter

from bench.post_cost import articles

_WAL_HEADER, _FRAME_HEADER = 32, 24


def commit_pages(wal: bytes, page_size: int) -> list[set[int]]:
    """The page numbers each COMMIT in a WAL wrote (a frame whose header gives the size of the database
    after it ends a transaction)."""
    commits: list[set[int]] = []
    pages: set[int] = set()
    offset = _WAL_HEADER
    while offset + _FRAME_HEADER + page_size <= len(wal):
        page, after = struct.unpack(">II", wal[offset : offset + 8])
        pages.add(page)
        if after:
            commits.append(pages)
            pages = set()
        offset += _FRAME_HEADER + page_size
    return commits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--prefill", type=int, default=300)
    parser.add_argument("--probes", type=int, default=20)
    parser.add_argument("--page-size", type=int, default=0, help="the new store's page size (default SQLite's)")
    args = parser.parse_args()
    os.environ["QUELLENLAGE_OPEN_WRITES"] = "1"
    from service import create_app
    from service import db as service_db

    path = os.path.join(tempfile.mkdtemp(prefix="ql-pages-"), "pages.db")
    if args.page_size:
        with sqlite3.connect(path) as made:  # the page size of a new file is fixed by its first write
            made.execute(f"PRAGMA page_size={args.page_size}")
            made.execute("PRAGMA journal_mode=WAL")
    app = create_app({"TESTING": True, "DB": path, "DEMO_ARTICLES": False})
    client = app.test_client()
    items = articles(os.path.abspath(args.corpus), args.prefill + args.probes)
    for article in items[: args.prefill]:
        client.post("/v1/articles", json=article)
    with app.app_context():
        # An empty WAL (a checkpoint every WAL_PAGES pages must not fall among the probes: none, below 8,000).
        service_db.get_db().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    for article in items[args.prefill :]:
        response = client.post("/v1/articles", json=article)
        if response.status_code not in (200, 201):
            raise SystemExit(f"a probe answered {response.status_code}")
    reader = sqlite3.connect(path)
    page_size = int(reader.execute("PRAGMA page_size").fetchone()[0])
    owners = {int(page): name for name, page in reader.execute("SELECT name, pageno FROM dbstat")}
    with open(path + "-wal", "rb") as wal:
        commits = commit_pages(wal.read(), page_size)
    if not commits:
        raise SystemExit("no COMMIT in the WAL")
    by_owner: Counter[str] = Counter()
    for pages in commits:
        by_owner.update(owners.get(page, "(free or new)") for page in pages)
    mean = sum(map(len, commits)) / len(commits)
    print(
        f"{len(commits)} COMMITs after {args.prefill} articles, page size {page_size}: {mean:.1f} pages "
        f"({mean * page_size / 1024:.0f} KB) a COMMIT"
    )
    for name, pages in by_owner.most_common():
        print(f"{pages / len(commits):8.1f}  {name}")


if __name__ == "__main__":
    main()
