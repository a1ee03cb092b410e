"""Analyse a stored corpus anew, into a new database file, after the analysis has improved.

Stored claims keep the analysis of the day they were stored: new claims match old ones less well,
and grades rest on yesterday's hedges and sources. This rebuilds the whole store from the stored
articles (same ids, same submission times), in the order they arrived, with today's analysis and
the outlets, parties and conflicts as the newsroom has edited them. The source file is only read:
stop the service, run it, move the new file into place, start the service.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import seeds
from service import store
from service.ingest import store_article
from service.knowledge import current_knowledge


class TargetExists(Exception):
    pass


@dataclass(frozen=True)
class Report:
    before: Mapping[str, int]
    after: Mapping[str, int]
    seconds: float
    integrity: str


def reanalyse(
    source_path: str, target_path: str, *, progress: Callable[[int], None] = lambda done: None, batch: int = 500
) -> Report:
    """Every article of `source_path`, in the order it was stored, through today's ingest into `target_path`."""
    if os.path.exists(target_path):
        raise TargetExists(f"{target_path} exists; the re-analysis writes a new file and never overwrites one")
    started = time.perf_counter()
    source = store.connect(source_path)
    target = store.connect(target_path)
    try:
        store.migrate(target)
        with store.write_transaction(target):
            # The reference data as the newsroom edited it, not as the seeds ship it.
            for outlet in store.list_outlets(source):
                store.upsert_outlet(target, outlet)
            for party in store.list_parties(source):
                store.upsert_party(target, party)
            for conflict in store.list_conflicts(source):
                store.upsert_conflict(target, conflict)
            for key in ("seeded", "demo_loaded"):
                if value := store.get_meta(source, key):
                    store.set_meta(target, key, value)
            store.bump_knowledge_version(target)
            # The change feed goes on where the source's ended: consumers' cursors stay valid.
            feed_start = store.last_change_id(source)
            store.continue_change_feed(target, feed_start)
        lexicon = seeds.lexicon()
        knowledge = current_knowledge(target, target_path)
        done, after = 0, 0
        while articles := store.stored_articles(source, after=after, limit=batch):
            for article in articles:
                submission = {
                    key: article[key] for key in ("text", "outlet", "url", "title", "published_at", "language")
                }
                submission["credits"] = article["credits"] or []
                store_article(
                    target,
                    knowledge,
                    submission,
                    lexicon["weights"],
                    max_claims=10**9,  # accepted once: a limit lowered since must not drop it now
                    article_id=article["id"],
                    created_at=article["created_at"],
                )
                done += 1
            after = articles[-1]["id"]
            progress(done)
        with store.write_transaction(target):
            store.relabel_changes(target, feed_start, "re-analysis")
            # After the articles: the re-analysis itself sends no webhook deliveries (its changes are in the feed).
            store.copy_webhooks(source, target)
        integrity = str(target.execute("PRAGMA integrity_check").fetchone()[0])
        return Report(store.row_counts(source), store.row_counts(target), time.perf_counter() - started, integrity)
    finally:
        source.close()
        target.close()
