"""The analysis knowledge of this process, rebuilt when outlets, parties or conflicts change."""

from __future__ import annotations

import threading

from sqlite_utils import Database

import seeds
from scoring import Knowledge
from service import store

_lock = threading.Lock()
_cache: dict[str, tuple[str, Knowledge]] = {}


def current_knowledge(db: Database, key: str) -> Knowledge:
    """Knowledge for the database `key`, compiled once per version of its reference tables."""
    version = store.knowledge_version(db)
    with _lock:
        cached = _cache.get(key)
        if cached and cached[0] == version:
            return cached[1]
    knowledge = stored_knowledge(db)
    with _lock:
        _cache[key] = (version, knowledge)
    return knowledge


def stored_knowledge(db: Database) -> Knowledge:
    """Knowledge compiled from the reference tables as this connection sees them, never cached:
    inside a write transaction that is its own uncommitted edit, which may yet be rolled back."""
    return Knowledge.build(seeds.lexicon(), store.list_parties(db), store.list_outlets(db), store.list_conflicts(db))
