"""Bytes per stored article of a store, by table and index (SQLite's dbstat), against its text.

    python -m bench.store_size STORE.db [--top 20] [--columns claims,grade_changes]

Build a store first, e.g. `python -m bench.ingest ../shared/corpus/fang-covid/articles.jsonl.gz
--sizes 2000 --real 2000 --probes 20 --snapshots DIR` (2,000 FANG-COVID articles by the full ingest
path; the snapshot DIR/2000.db is the store as built). `--columns` adds, for the tables named, the
bytes of each column's values per article (as a record stores them: an integer in 0 to 8 bytes, a REAL
in 8 unless whole) and the pages' payload and unused bytes.
"""

from __future__ import annotations

import argparse
import os
import sqlite3

from service.migrations import article_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--columns", default="", help="tables whose columns to break down, comma-separated")
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    text_bytes = sum(len(article_text(text).encode()) for (text,) in conn.execute("SELECT text FROM articles"))
    rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    size = os.path.getsize(args.store)
    print(f"{args.store}: {size / 1e6:.1f} MB, {articles} articles, {claims} claims")
    print(
        f"{size / articles / 1000:.1f} KB per article, {size / text_bytes:.2f} × its text "
        f"({text_bytes / articles / 1000:.1f} KB of UTF-8 per article)"
    )
    for name, pages in rows[: args.top]:
        print(f"  {name:<36} {pages / articles / 1000:6.2f} KB per article")
    for table in filter(None, args.columns.split(",")):
        payload, unused = conn.execute(
            "SELECT sum(payload), sum(unused) FROM dbstat WHERE name = ?", [table]
        ).fetchone()
        print(f"{table}: payload {payload / articles / 1000:.2f}, unused {unused / articles / 1000:.2f} KB per article")
        for (column,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall():
            size = conn.execute(f'SELECT sum({_VALUE_BYTES.format(c=column)}) FROM "{table}"').fetchone()[0]
            print(f"  {column:<36} {(size or 0) / articles / 1000:6.2f} KB per article")


# The bytes a record spends on a value (its header byte aside).
_VALUE_BYTES = """CASE typeof("{c}")
    WHEN 'text' THEN length(CAST("{c}" AS BLOB)) WHEN 'blob' THEN length("{c}")
    WHEN 'real' THEN (CASE WHEN "{c}" = CAST("{c}" AS INTEGER) AND abs("{c}") < 2 THEN 0
                           WHEN "{c}" = CAST("{c}" AS INTEGER) AND abs("{c}") < 32768 THEN 2 ELSE 8 END)
    WHEN 'integer' THEN (CASE WHEN "{c}" IN (0, 1) THEN 0 WHEN abs("{c}") < 128 THEN 1 WHEN abs("{c}") < 32768 THEN 2
                              WHEN abs("{c}") < 8388608 THEN 3 WHEN abs("{c}") < 2147483648 THEN 4
                              WHEN abs("{c}") < 140737488355328 THEN 6 ELSE 8 END)
    ELSE 0 END"""


if __name__ == "__main__":
    main()
