"""Every SQL statement and sqlite-utils call of the service lives here."""

from __future__ import annotations

import functools
import json
import operator
import re
import sqlite3
import threading
import time
import weakref
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from typing import Any, NamedTuple

from sqlite_utils import Database

from service.migrations import (
    CLAIM_FLAGS,
    SPAN_KEYS,
    article_text,
    claim_text_key,
    compact_hash,
    compact_spans,
    compress_text,
    migrations,
    pack_term_ids,
    score_of,
    score_value,
    shingle_key,
    spans_of,
    term_words,
    time_text,
    time_value,
    unpack_term_ids,
)

JSON_COLUMNS = {
    "outlets": ("names",),
    "parties": ("actors",),
    "conflicts": ("belligerents", "terms"),
    "articles": ("credits",),
    "claims": ("hedges", "speech", "origin_parties", "origin_media", "origin_sources", "declared_by", "quantities"),
}

BOOLEAN_COLUMNS = {
    "outlets": ("wire_agency", "disinformation", "known"),
}

# A claim's flags (the bits of claims.flags since m025) as a record reads them, for each value.
_FLAG_VALUES = [
    {name: bool(value >> bit & 1) for bit, name in enumerate(CLAIM_FLAGS)} for value in range(1 << len(CLAIM_FLAGS))
]


class Busy(Exception):
    """The database stayed locked by other writers past every retry."""


SYNCHRONOUS_LEVELS = ("OFF", "NORMAL", "FULL", "EXTRA")
WAL_PAGES = 8000  # pages of WAL that set off a checkpoint, in a store with no quota


def connect(path: str, timeout: float = 30.0, max_mb: int = 0, synchronous: str = "NORMAL") -> Database:
    """A connection with WAL, a busy timeout, foreign keys on and, if asked, a size quota.

    `synchronous`: NORMAL survives a crash of the process; FULL also a power loss (an fsync per commit).
    With a quota the WAL file is cut back to a quarter of it after each checkpoint (journal_size_limit):
    the quota counts the WAL too (see wal_checkpoint and service.db.check_quota); without one it is
    checkpointed every WAL_PAGES pages.
    """
    level = synchronous.strip().upper()
    if level not in SYNCHRONOUS_LEVELS:
        raise ValueError(f"synchronous must be one of {', '.join(SYNCHRONOUS_LEVELS)}, not {synchronous!r}")
    conn = sqlite3.connect(path, timeout=timeout, check_same_thread=False, uri=path.startswith("file:"))
    db = Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={level}")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    if not max_mb:
        # The WAL copied back every 8,000 pages (32 MB) instead of SQLite's 1,000 (issue 16): an article
        # dirties some 250 pages, many the same ones article after article (the vocabulary's, the
        # shingles'), and each is copied back once per checkpoint. A POST's median: 0.93-0.96 times.
        db.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
    if max_mb:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        db.execute(f"PRAGMA max_page_count={max(1, int(max_mb * 1024 * 1024 // page_size))}")
        db.execute(f"PRAGMA journal_size_limit={int(max_mb * 1024 * 1024 // 4)}")
    return db


def wal_checkpoint(db: Database) -> None:
    """Copy the WAL into the database and cut the WAL file to nothing, where no reader still needs it."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity_check of the whole file and FTS5's own integrity-check of every full-text index
    against its content table: [] when all is sound."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    fts_tables = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'"
        ).fetchall()
    ]
    for table in fts_tables:
        try:
            # rank 1: an external-content index is checked against its content table too (SQLite < 3.44).
            db.execute(f'INSERT INTO "{table}"("{table}", rank) VALUES (\'integrity-check\', 1)')
        except sqlite3.DatabaseError as error:
            problems.append(f"{table}: {error}")
    return problems


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def write_transaction(db: Database, *, commit: bool = True, retries: int = 5) -> Iterator[Database]:
    """BEGIN IMMEDIATE … COMMIT: one writer at a time, and never half an article.

    With `commit=False` everything is rolled back at the end (a dry run that sees its own writes).
    """
    for attempt in range(retries):
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            time.sleep(0.05 * 2**attempt)
    else:
        raise Busy("database is locked by other writers")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:  # SQLITE_FULL and friends have rolled back already
            db.conn.execute("ROLLBACK")
        _forget_rolled_back_words(db)
        raise
    if commit:
        tops = _tops_for_own_claims(db)
        db.conn.execute("COMMIT")
        _keep_own_claims(db, tops)
        _words_committed(db)
    elif db.conn.in_transaction:
        db.conn.execute("ROLLBACK")
        _forget_rolled_back_words(db)


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Reads that see one state of the store (WAL snapshot): a claim's stored grade and the
    corroboration shown with it come from the same moment, whatever a writer commits meanwhile."""
    if db.conn.in_transaction:  # inside a write transaction: its own state is the snapshot
        yield db
        return
    db.conn.execute("BEGIN DEFERRED")
    try:
        yield db
    finally:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")


def migrate(db: Database) -> None:
    """Apply pending migrations; safe when several processes start together."""
    with write_transaction(db):
        migrations.apply(db)


# Since m015 a claim's empty list is stored as NULL and its stance "support" (nearly every claim's) as ''.
_SUPPORT = ""


def _stance_value(stance: str | None) -> str | None:
    return _SUPPORT if stance == "support" else stance


def _stance(value: str | None) -> str | None:
    return "support" if value == _SUPPORT else value


def _decode(table: str, row: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    record = dict(row)
    for column in JSON_COLUMNS.get(table, ()):
        value = record.get(column)
        if isinstance(value, str):
            record[column] = [] if value == "[]" else json.loads(value)  # most lists are empty
            if table == "claims" and column in SPAN_KEYS:
                record[column] = spans_of(record[column], SPAN_KEYS[column])  # arrays since m022
        elif value is None and table == "claims" and column in record:
            record[column] = []
    if table == "claims" and "flags" in record:
        record.update(_FLAG_VALUES[record.pop("flags") or 0])
    if table == "claims" and "stance" in record:
        record["stance"] = _stance(record["stance"])
    if table == "claims" and "score" in record:
        record["score"] = score_of(record["score"])
    for column in BOOLEAN_COLUMNS.get(table, ()):
        if column in record:
            record[column] = bool(record[column])
    if table == "articles" and isinstance(record.get("text"), bytes):
        record["text"] = article_text(record["text"])
    if table == "articles":
        record.pop("text_hash", None)  # 8 bytes since m026: only ever compared in SQL (find_duplicate_article)
    return record


_compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # as json.dumps with these


def _encode(table: str, record: Mapping[str, Any]) -> dict[str, Any]:
    if table == "claims":
        return _encode_claim(record)
    encoded = dict(record)
    for column in JSON_COLUMNS.get(table, ()):
        if column in encoded and not isinstance(encoded[column], str) and encoded[column] is not None:
            value = encoded[column]
            if table == "claims" and column in SPAN_KEYS:
                value = compact_spans(value, SPAN_KEYS[column])
            encoded[column] = "[]" if isinstance(value, list | tuple) and not value else _compact_json(value)
        if table == "claims" and encoded.get(column) == "[]":
            encoded[column] = None
    if table == "claims":
        flags = 0
        for bit, name in enumerate(CLAIM_FLAGS):  # one integer since m025
            if encoded.pop(name, False):
                flags |= 1 << bit
        encoded["flags"] = flags
    if table == "claims" and "stance" in encoded:
        encoded["stance"] = _stance_value(encoded["stance"])
    if table == "claims" and "score" in encoded:
        encoded["score"] = score_value(encoded["score"])
    if table == "articles" and isinstance(encoded.get("text"), str):
        encoded["text"] = compress_text(encoded["text"])  # stored compressed since m011
    if table == "articles" and isinstance(encoded.get("text_hash"), str):
        encoded["text_hash"] = compact_hash(encoded["text_hash"])  # 8 bytes since m026
    return encoded


_CLAIM_JSON = tuple((column, SPAN_KEYS.get(column)) for column in JSON_COLUMNS["claims"])
_CLAIM_FLAG_BITS = tuple((name, 1 << bit) for bit, name in enumerate(CLAIM_FLAGS))


def _encode_claim(record: Mapping[str, Any]) -> dict[str, Any]:
    """_encode of a claim, its columns looked up once each (an article's claims are encoded on every POST)."""
    encoded = dict(record)
    for column, keys in _CLAIM_JSON:
        value = encoded.get(column)
        if value is None:
            continue
        if isinstance(value, str):
            if value == "[]":
                encoded[column] = None
            continue
        if keys is not None:
            value = compact_spans(value, keys)
        text = None if isinstance(value, list | tuple) and not value else _compact_json(value)
        encoded[column] = None if text == "[]" else text
    flags = 0
    for name, bit in _CLAIM_FLAG_BITS:  # one integer since m025
        if encoded.pop(name, False):
            flags |= bit
    encoded["flags"] = flags
    if "stance" in encoded:
        encoded["stance"] = _stance_value(encoded["stance"])
    if "score" in encoded:
        encoded["score"] = score_value(encoded["score"])
    return encoded


def _select(db: Database, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
    """db.query's rows (dicts) of a SELECT, without the savepoint db.query opens around every statement (to
    roll back one that returns no rows): inside a write transaction that has written an article, opening
    and releasing it cost ~0.18 ms, a read of a row by its key 0.01 ms (issue 16)."""
    cursor = db.conn.execute(sql, params)
    keys = [column[0] for column in cursor.description]
    if len(set(keys)) < len(keys):  # db.query tells repeated names apart
        return db.query(sql, params)
    return (dict(zip(keys, row, strict=True)) for row in cursor)


# --- meta -----------------------------------------------------------------------------------


def get_meta(db: Database, key: str) -> str | None:
    row = next(_select(db, "SELECT value FROM meta WHERE key = ?", [key]), None)
    return row["value"] if row else None


def set_meta(db: Database, key: str, value: str) -> None:
    db.table("meta").upsert({"key": key, "value": value}, pk="key")


def knowledge_version(db: Database) -> str:
    """Changes whenever outlets, parties or conflicts change: the analysis knowledge is rebuilt then."""
    return get_meta(db, "knowledge_version") or "0"


def bump_knowledge_version(db: Database) -> None:
    set_meta(db, "knowledge_version", str(int(knowledge_version(db)) + 1))


# --- reference data -------------------------------------------------------------------------


def upsert_outlet(db: Database, outlet: Mapping[str, Any]) -> None:
    db.table("outlets").upsert(_encode("outlets", outlet), pk="domain")
    set_change_reason(db, f"outlet {outlet['domain']} edited")


def ensure_outlet(db: Database, domain: str, state_affiliation: str | None = None) -> None:
    """An unknown outlet is accepted and registered as its own independence group (a state's, where its
    domain names a government's office)."""
    db.execute(
        "INSERT OR IGNORE INTO outlets "
        "(domain, name, owner_group, wire_agency, state_affiliation, disinformation, known, names) "
        "VALUES (?, ?, ?, 0, ?, 0, 0, '[]')",
        [domain, domain, domain, state_affiliation],
    )


def get_outlet(db: Database, domain: str) -> dict[str, Any] | None:
    return _decode("outlets", next(db.query("SELECT * FROM outlets WHERE domain = ?", [domain]), None))


def list_outlets(db: Database) -> list[dict[str, Any]]:
    return [_decode("outlets", r) for r in db.query("SELECT * FROM outlets ORDER BY domain")]  # type: ignore[misc]


def upsert_party(db: Database, party: Mapping[str, Any]) -> None:
    db.table("parties").upsert(_encode("parties", party), pk="code")


def list_parties(db: Database) -> list[dict[str, Any]]:
    return [_decode("parties", r) for r in db.query("SELECT * FROM parties ORDER BY code")]  # type: ignore[misc]


def upsert_conflict(db: Database, conflict: Mapping[str, Any]) -> None:
    db.table("conflicts").upsert(_encode("conflicts", conflict), pk="id")
    set_change_reason(db, f"conflict {conflict['id']} edited")


def get_conflict(db: Database, conflict_id: str) -> dict[str, Any] | None:
    return _decode("conflicts", next(db.query("SELECT * FROM conflicts WHERE id = ?", [conflict_id]), None))


def list_conflicts(db: Database) -> list[dict[str, Any]]:
    return [_decode("conflicts", r) for r in db.query("SELECT * FROM conflicts ORDER BY id")]  # type: ignore[misc]


def count_outlets(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM outlets").fetchone()[0])


# --- articles -------------------------------------------------------------------------------


def find_duplicate_article(db: Database, url: str | None, outlet: str, text_hash: str) -> int | None:
    """The stored article with this url, or with this outlet and text."""
    row = db.execute(
        "SELECT id FROM articles WHERE (url IS NOT NULL AND url = ?) OR (outlet = ? AND text_hash = ?) LIMIT 1",
        [url, outlet, compact_hash(text_hash)],
    ).fetchone()
    return int(row[0]) if row else None


def insert_article(db: Database, article: Mapping[str, Any]) -> int:
    record = _encode("articles", article)
    columns = ", ".join(f'"{c}"' for c in record)
    # db.execute: outside a transaction it commits, as sqlite-utils' own inserts do.
    cursor = db.execute(
        f"INSERT INTO articles ({columns}) VALUES ({', '.join('?' * len(record))})", list(record.values())
    )
    article_id = int(cursor.lastrowid or 0)
    set_change_reason(db, f"article {article_id} stored ({article['outlet']})")
    return article_id


def get_article(db: Database, article_id: int, text: str | None = None) -> dict[str, Any] | None:
    """The stored article; `text`: its text as the caller has just stored it (not read and decompressed again)."""
    if text is None:
        return _decode("articles", next(_select(db, "SELECT * FROM articles WHERE id = ?", [article_id]), None))
    row = next(_select(db, _ARTICLE_WITHOUT_TEXT, [article_id]), None)
    return None if row is None else _decode("articles", {**row, "text": text})


_ARTICLE_WITHOUT_TEXT = (
    "SELECT id, outlet, url, title, published_at, language, credits, voice, conflict, created_at, shingle_count, "
    "first_claim, last_claim FROM articles WHERE id = ?"
)


def list_articles(db: Database, *, outlet: str | None, after: int, limit: int) -> list[dict[str, Any]]:
    where: list[str] = ["id > ?"]
    params: list[Any] = [after]
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    sql = (
        f"SELECT id, outlet, url, title, published_at, language, credits, voice, conflict, created_at "
        f"FROM articles WHERE {' AND '.join(where)} ORDER BY id LIMIT ?"
    )
    return [_decode("articles", r) for r in db.query(sql, [*params, limit])]  # type: ignore[misc]


def newest_articles(db: Database, *, before: int | None, limit: int) -> list[dict[str, Any]]:
    """Id, outlet, title and url of the newest articles (below id `before`, if given), newest first."""
    where, params = ("WHERE id < ?", [before]) if before is not None else ("", [])
    sql = f"SELECT id, outlet, title, url FROM articles {where} ORDER BY id DESC LIMIT ?"
    return list(db.query(sql, [*params, limit]))


def stored_articles(db: Database, *, after: int, limit: int) -> list[dict[str, Any]]:
    """Whole articles, text included, in the order they were stored."""
    return [
        _decode("articles", r)  # type: ignore[misc]
        for r in db.query("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?", [after, limit])
    ]


def row_counts(db: Database) -> dict[str, int]:
    """Articles, claims and propositions: what a re-analysis reports before and after."""
    tables = ("articles", "claims", "propositions")
    return {table: int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in tables}


def article_voice(db: Database, article_id: int) -> str | None:
    row = db.execute("SELECT voice FROM articles WHERE id = ?", [article_id]).fetchone()
    return str(row[0]) if row else None


def set_article_voice(db: Database, article_id: int, voice: str) -> None:
    db.execute("UPDATE articles SET voice = ? WHERE id = ?", [voice, article_id])


def article_outlets(db: Database, article_ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(article_ids))
    if not ids:
        return {}
    rows = db.execute(f"SELECT id, outlet FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
    return {int(i): o for i, o in rows}


def insert_shingles(db: Database, article_id: int, hashes: Iterable[int]) -> None:
    values = sorted({shingle_key(h) for h in hashes})  # 47 bits since m017
    db.conn.executemany(
        "INSERT OR IGNORE INTO article_shingles (hash, article_id) VALUES (?, ?)", [(h, article_id) for h in values]
    )
    db.execute("UPDATE articles SET shingle_count = ? WHERE id = ?", [len(values), article_id])


# Each hash's articles, at most ?1 of them, in one row (a bounded seek per hash).
_SHINGLE_POSTINGS = (
    "SELECT (SELECT group_concat(article_id) FROM (SELECT article_id FROM article_shingles WHERE hash = j.value "
    "LIMIT ?1)) FROM json_each(?2) j"
)


def shared_shingles(
    db: Database, hashes: Iterable[int], exclude_article: int, max_postings: int
) -> dict[int, tuple[int, int, str]]:
    """Stored articles sharing these shingles: article id -> (shared, its shingle count, its voice).

    A lookup per hash, at most `max_postings` rows each: a run of words hundreds of articles print
    (a standard phrase) tells no copy apart, and the cost stays bounded however large the corpus grows.
    The lookups go in one query (the hashes as a JSON array; ~130 queries an article were 0.46 ms, one
    is 0.16 ms, issue 16).
    """
    shared: dict[int, int] = {}
    values = sorted({shingle_key(h) for h in hashes})
    for (listed,) in db.conn.execute(_SHINGLE_POSTINGS, [max_postings + 1, json.dumps(values)]):
        printed = str(listed).split(",") if listed else []
        if len(printed) > max_postings:
            continue
        for article_id in map(int, printed):
            if article_id != exclude_article:
                shared[article_id] = shared.get(article_id, 0) + 1
    if not shared:
        return {}
    ids = list(shared)
    found: dict[int, tuple[int, int, str]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        cursor = db.execute(
            f"SELECT id, shingle_count, voice FROM articles WHERE id IN ({','.join('?' * len(part))})", part
        )
        found.update((int(i), (shared[int(i)], int(n or 0), v)) for i, n, v in cursor)
    return found


# An article's claims: the ids from its first to its last claim (m021; they are consecutive, written by one
# insert_claims), read by primary key. Claims have no index on their article.
_OF_ARTICLE = (
    "c.id >= (SELECT first_claim FROM articles WHERE id = ?1) AND c.id <= (SELECT last_claim FROM articles "
    "WHERE id = ?1) AND c.article_id = ?1"
)


def claim_texts_of_articles(db: Database, article_ids: Iterable[int]) -> list[tuple[int, str]]:
    """The (id, text) of each claim of these articles (a reprint's few originals), without sources or grades."""
    rows: list[dict[str, Any]] = []
    for article_id in article_ids:
        sql = f"SELECT c.id, c.article_id, c.text, c.start, c.end FROM claims c WHERE {_OF_ARTICLE}"
        rows += [dict(r) for r in _select(db, sql, [article_id])]
    _read_texts(db, rows)
    return [(int(r["id"]), str(r["text"])) for r in rows]


def propositions_of_article(db: Database, article_id: int) -> set[int]:
    rows = db.execute(
        f"SELECT DISTINCT proposition_id FROM claims c WHERE {_OF_ARTICLE} AND proposition_id IS NOT NULL",
        [article_id],
    )
    return {int(r[0]) for r in rows}


def count_articles(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


# --- claims ---------------------------------------------------------------------------------


_INSERT_SOURCE = (
    'INSERT INTO sources (claim_id, text, "start", "end", party, role, medium) VALUES (?, ?, ?, ?, ?, ?, ?)'
)


# Read from the claim's article since m012, never stored with the claim.
_FROM_ARTICLE = ("outlet", "published_at")


@dataclass
class _Vocabulary:
    """The vocabulary of claim terms (m018) as a connection has read it: id -> word, and stored terms
    (their ids packed) -> text, as the same stored claims are read again article after article. A word's
    id never changes once committed; what a transaction that is rolled back gave is forgotten with it."""

    words: dict[int, str] = field(default_factory=dict)
    texts: dict[bytes, str] = field(default_factory=dict)
    # word -> id, of the words learnt (the most recent _IDS_KEPT): _count_words reads the ids of the others only.
    ids: dict[str, int] = field(default_factory=dict)
    # Ids above `floor` may have been given in the open transaction: those read and the terms decoded
    # with them are forgotten if it rolls back (None: nothing given since the last commit).
    floor: int | None = None
    pending_words: list[int] = field(default_factory=list)
    pending_texts: list[bytes] = field(default_factory=list)

    def learn(self, found: Iterable[tuple[int, str]]) -> None:
        if len(self.ids) > _IDS_KEPT:
            self.ids.clear()
        for i, word in found:
            self.words[i] = word
            self.ids[word] = i
            if self.floor is not None and i > self.floor:
                self.pending_words.append(i)

    def forget(self, i: int) -> None:
        """A word's id given in a transaction that rolled back: another word may be given it."""
        word = self.words.pop(i, None)
        if word is not None and self.ids.get(word) == i:
            del self.ids[word]


_vocabularies: weakref.WeakKeyDictionary[Database, _Vocabulary] = weakref.WeakKeyDictionary()
_TEXTS_KEPT = 200_000
_IDS_KEPT = 200_000


def _words_committed(db: Database) -> None:
    _claims_written.discard(db)
    _terms_written.pop(db, [])
    if (claims := _stored_claims.get(db)) is not None:
        claims.pending.clear()
    vocabulary = _vocabularies.get(db)
    if vocabulary is not None:
        vocabulary.floor = None
        vocabulary.pending_words.clear()
        vocabulary.pending_texts.clear()


def _forget_rolled_back_words(db: Database) -> None:
    _claims_written.discard(db)
    _terms_written.pop(db, [])
    if (claims := _stored_claims.get(db)) is not None:
        for claim_id in claims.pending:
            claims.forget(claim_id)
        claims.pending.clear()
    vocabulary = _vocabularies.get(db)
    if vocabulary is None or vocabulary.floor is None:
        return
    for i in vocabulary.pending_words:
        vocabulary.forget(i)
    for packed in vocabulary.pending_texts:
        vocabulary.texts.pop(packed, None)
    _words_committed(db)


def _terms_texts(db: Database, values: list[Any]) -> list[str | None]:
    """Claims' terms as text, from their word ids (m018); terms kept as text (or none) as they are."""
    vocabulary = _vocabularies.setdefault(db, _Vocabulary())
    texts, known = vocabulary.texts, vocabulary.words
    if len(texts) > _TEXTS_KEPT:  # emptied before the values are looked up: each one is kept or decoded
        texts.clear()
        vocabulary.pending_texts.clear()
    new = {v: unpack_term_ids(v) for v in values if isinstance(v, bytes) and v not in texts}
    if new:
        unknown = sorted({i for ids in new.values() for i in ids if i not in known})
        for chunk in range(0, len(unknown), 500):
            part = unknown[chunk : chunk + 500]
            vocabulary.learn(db.execute(f"SELECT id, term FROM terms WHERE id IN ({','.join('?' * len(part))})", part))
        texts.update((v, " ".join(known[i] for i in ids)) for v, ids in new.items())
        if (floor := vocabulary.floor) is not None:
            vocabulary.pending_texts.extend(v for v, ids in new.items() if max(ids, default=0) > floor)
    return [texts[v] if isinstance(v, bytes) else v for v in values]


def _read_terms(db: Database, rows: list[dict[str, Any]]) -> None:
    for row, terms in zip(rows, _terms_texts(db, [r["terms"] for r in rows]), strict=True):
        row["terms"] = terms


_second = operator.itemgetter(1)


def _top_word(db: Database) -> int:
    return int(db.conn.execute("SELECT coalesce(max(id), 0) FROM terms").fetchone()[0])


def _count_words(db: Database, texts: list[str | None]) -> dict[str, int]:
    """Count these claims' words in the vocabulary (the claims holding each: `df`) and give each its id."""
    counts = Counter(chain.from_iterable(text.split(" ") for text in texts if text))  # counted in C
    if not counts:
        return {}
    words = sorted(counts)
    vocabulary = _vocabularies.setdefault(db, _Vocabulary())
    if vocabulary.floor is None:  # the ids this transaction gives come after it
        vocabulary.floor = int(db.execute("SELECT coalesce(max(id), 0) FROM terms").fetchone()[0])
    # The ids of the words the connection has learnt are known (a word's id never changes once committed):
    # their counts are raised by id (a third of the upsert's time, which looks the word up in the unique
    # index and fails to insert first); the others are upserted in their order as before (a new word's id
    # is the one it had then: the updates give none), then their ids read where one of them was stored already.
    known = vocabulary.ids
    ids = {word: i for word in words if (i := known.get(word)) is not None}
    unknown = [word for word in words if word not in ids]
    db.conn.executemany(
        "UPDATE terms SET df = df + ? WHERE id = ?", sorted(((counts[w], i) for w, i in ids.items()), key=_second)
    )
    top = _top_word(db) if unknown else 0
    db.conn.executemany(
        "INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
        [(word, counts[word]) for word in unknown],
    )
    read: dict[str, int] = {}
    if unknown and _top_word(db) == top + len(unknown):
        # Every one inserted (an upsert that updates gives no id): each got the one above the largest, in
        # their order. Nothing to read back (issue 16: ~35 new words a POST, 0.13 ms of looking them up).
        read = {word: top + n for n, word in enumerate(unknown, 1)}
        unknown = []
    for chunk in range(0, len(unknown), 500):
        part = unknown[chunk : chunk + 500]
        read.update(db.execute(f"SELECT term, id FROM terms WHERE term IN ({','.join('?' * len(part))})", part))
    vocabulary.learn((i, word) for word, i in read.items())
    ids.update(read)
    return ids


def _claim_records(
    db: Database,
    claims: Iterable[Mapping[str, Any]],
    known: Mapping[int, tuple[str, str, str | None]] | None = None,
) -> list[tuple[dict[str, Any], str, str | None, bytes | None, list[int] | None, str | None]]:
    """Each claim as its row holds it, with its full text and terms (for the full-text indexes) and its
    text's key bound to its article's outlet (counted in `claim_texts` since m020, see repeated_texts) and
    its terms' word ids (None: terms kept as they are), and its article's publication date.
    Since m012 a row holds no outlet or date (its article's), a text only where it is not its article's
    text from `start` to `end`; since m018 its terms as the ids of their words."""
    claims = list(claims)
    ids = _count_words(db, [claim.get("terms") for claim in claims])
    articles: dict[int, tuple[str, str, str | None]] = dict(known or {})  # (outlet, text, published_at)
    records = []
    for claim in claims:
        record = _encode("claims", claim)
        article_id = int(record["article_id"])
        if article_id not in articles:
            outlet, stored, day = db.execute(
                "SELECT outlet, text, published_at FROM articles WHERE id = ?", [article_id]
            ).fetchone()
            articles[article_id] = (outlet, article_text(stored), day)
        outlet, full, published_at = articles[article_id]
        for column in _FROM_ARTICLE:
            record.pop(column, None)
        text = record.pop("text")
        record["text"] = None if full[record["start"] : record["end"]] == text else text
        digest = record.pop("text_hash", None)
        key = _text_key(outlet, digest) if isinstance(digest, str) else None
        if isinstance(record.get("updated_at"), str):
            record["updated_at"] = time_value(record["updated_at"])  # an integer since m014
        terms = record.get("terms")
        word_ids = None
        if (words := term_words(terms)) is not None:
            word_ids = [ids[word] for word in words]
            record["terms"] = pack_term_ids(word_ids)
        records.append((record, text, terms, key, word_ids, published_at))
    return records


def _extend_claim_ranges(db: Database, claims: Iterable[tuple[int, int]]) -> None:
    """Widen each article's range of claim ids (first_claim to last_claim, m021) to hold these (article
    id, claim id)."""
    ranges: dict[int, tuple[int, int]] = {}
    for article_id, claim_id in claims:
        low, high = ranges.get(article_id, (claim_id, claim_id))
        ranges[article_id] = (min(low, claim_id), max(high, claim_id))
    db.conn.executemany(
        "UPDATE articles SET first_claim = min(coalesce(first_claim, ?1), ?1), "
        "last_claim = max(coalesce(last_claim, ?2), ?2) WHERE id = ?3",
        [(low, high, article_id) for article_id, (low, high) in sorted(ranges.items())],
    )


def _count_texts(db: Database, keys: Iterable[tuple[int, bytes | None]]) -> None:
    """Count each text once more for every article (article id, text key) that prints it (m020)."""
    db.conn.executemany(
        "INSERT INTO claim_texts (key, articles) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET articles = articles + 1",
        [(key,) for _, key in sorted({(a, k) for a, k in keys if k is not None})],
    )


_INSERT_TEXT = "INSERT INTO claims_fts (rowid, text) VALUES (?, ?)"
_INSERT_TERMS = "INSERT INTO claims_terms_fts (rowid, terms) VALUES (?, ?)"


def insert_claim(db: Database, claim: Mapping[str, Any], sources: Iterable[Mapping[str, Any]]) -> int:
    """One claim and its sources; plain INSERTs. Its text counts as printed by one more article: the
    claims of one article are written by one insert_claims."""
    _claims_written.add(db)
    ((record, text, terms, key, word_ids, published_at),) = _claim_records(db, [claim])
    columns = ", ".join(f'"{c}"' for c in record)
    cursor = db.conn.execute(
        f"INSERT INTO claims ({columns}) VALUES ({', '.join('?' * len(record))})", list(record.values())
    )
    claim_id = int(cursor.lastrowid or 0)
    _terms_written.setdefault(db, []).append(
        (claim_id, record.get("terms"), word_ids, terms, _as_stored(claim_id, record, terms, published_at))
    )
    db.conn.execute(_INSERT_TEXT, [claim_id, text])
    db.conn.execute(_INSERT_TERMS, [claim_id, terms])
    _count_texts(db, [(record["article_id"], key)])
    _extend_claim_ranges(db, [(record["article_id"], claim_id)])
    db.conn.executemany(
        _INSERT_SOURCE,
        [(claim_id, s["text"], s["start"], s["end"], s.get("party"), s["role"], s.get("medium")) for s in sources],
    )
    return claim_id


def next_claim_ids(db: Database, count: int) -> list[int]:
    """The ids the next `count` claims get (in the write transaction: the next ones after the largest)."""
    first = int(db.execute("SELECT coalesce(max(id), 0) FROM claims").fetchone()[0]) + 1
    return list(range(first, first + count))


def insert_claims(
    db: Database,
    claims: Sequence[Mapping[str, Any]],
    sources: Sequence[Sequence[Mapping[str, Any]]],
    ids: list[int] | None = None,
    article: tuple[str, str, str | None] | None = None,
) -> list[int]:
    """An article's claims, each with its sources, in one executemany per table (ids given here, or by
    next_claim_ids). Every claim has the same columns. `article`: their article's outlet, text and
    publication date as stored, where the caller has them (else they are read, the text decompressed)."""
    if not claims:
        return []
    ids = ids or next_claim_ids(db, len(claims))
    _claims_written.add(db)
    records = _claim_records(db, claims, {int(claims[0]["article_id"]): article} if article else None)
    _terms_written.setdefault(db, []).extend(
        (claim_id, record.get("terms"), word_ids, terms, _as_stored(claim_id, record, terms, published_at))
        for claim_id, (record, _, terms, _, word_ids, published_at) in zip(ids, records, strict=True)
    )
    columns = ", ".join(f'"{c}"' for c in ("id", *records[0][0]))
    db.conn.executemany(
        f"INSERT INTO claims ({columns}) VALUES ({', '.join('?' * (len(records[0][0]) + 1))})",
        [(claim_id, *record.values()) for claim_id, (record, *_) in zip(ids, records, strict=True)],
    )
    db.conn.executemany(_INSERT_TEXT, [(claim_id, text) for claim_id, (_, text, *_) in zip(ids, records, strict=True)])
    db.conn.executemany(
        _INSERT_TERMS, [(claim_id, terms) for claim_id, (_, _, terms, *_) in zip(ids, records, strict=True)]
    )
    _count_texts(db, [(record["article_id"], key) for record, _, _, key, *_ in records])
    _extend_claim_ranges(
        db, [(record["article_id"], claim_id) for claim_id, (record, *_) in zip(ids, records, strict=True)]
    )
    db.conn.executemany(
        _INSERT_SOURCE,
        [
            (claim_id, s["text"], s["start"], s["end"], s.get("party"), s["role"], s.get("medium"))
            for claim_id, own in zip(ids, sources, strict=True)
            for s in own
        ],
    )
    return ids


@functools.lru_cache(maxsize=4096)
def _text_key(outlet: str, digest: str) -> bytes:
    """A claim text's key bound to its outlet (m012, m020): looked up for the repeated texts, then written."""
    return claim_text_key(outlet, compact_hash(digest))


def repeated_texts(db: Database, outlet: str, hashes: Iterable[str], times: int) -> set[str]:
    """The claim texts (by hash) this outlet has already printed in `times` or more articles."""
    by_key = {_text_key(outlet, h): h for h in set(hashes)}  # 8 bytes with the outlet (m012)
    if not by_key:
        return set()
    values = sorted(by_key)
    rows = db.execute(
        f"SELECT key FROM claim_texts WHERE key IN ({','.join('?' * len(values))}) AND articles >= ?",
        [*values, times],
    )
    return {by_key[r[0]] for r in rows}


def new_proposition(db: Database) -> int:
    return int(db.execute("INSERT INTO propositions (created_at) VALUES (?)", [time_value(now())]).lastrowid or 0)


class NewPropositions:
    """new_proposition for the claims of one article, the rows written together by `flush` (issue 16: ~40
    single-row INSERTs a POST). Each gets the id and time new_proposition would have given it then: one
    above the largest id (an INTEGER PRIMARY KEY, no AUTOINCREMENT). Flush before anything else writes or
    deletes propositions (a merge may drop the largest id, which the next one would then take again).
    They are made within one transaction, a few milliseconds long: all get the time of the first (the clock
    read and converted once, not for each of some forty a POST)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.rows: list[tuple[int, int | str]] = []
        self.next: int | None = None
        self.at: int | str | None = None

    def __call__(self) -> int:
        if self.next is None:
            self.next = int(self.db.execute("SELECT coalesce(max(id), 0) FROM propositions").fetchone()[0]) + 1
        if self.at is None:
            self.at = time_value(now())
        proposition_id = self.next
        self.rows.append((proposition_id, self.at))
        self.next += 1
        return proposition_id

    def flush(self) -> None:
        if self.rows:
            self.db.conn.executemany("INSERT INTO propositions (id, created_at) VALUES (?, ?)", self.rows)
        self.rows = []
        self.next = None


def set_stance(db: Database, claim_id: int, stance: str) -> None:
    db.execute(
        "UPDATE claims SET stance = ?, updated_at = ? WHERE id = ?",
        [_stance_value(stance), time_value(now()), claim_id],
    )


def set_proposition(db: Database, claim_id: int, proposition_id: int, link_score: float = 1.0) -> None:
    db.execute(
        "UPDATE claims SET proposition_id = ?, link_score = ?, updated_at = ? WHERE id = ?",
        [proposition_id, link_score, time_value(now()), claim_id],
    )


def merge_propositions(db: Database, target: int, merged: Iterable[int]) -> None:
    """Move the claims of `merged` into `target` and drop the emptied propositions."""
    ids = sorted(set(merged) - {target})
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    db.execute(
        f"UPDATE claims SET proposition_id = ?, updated_at = ? WHERE proposition_id IN ({marks})",
        [target, time_value(now()), *ids],
    )
    db.execute(f"DELETE FROM propositions WHERE id IN ({marks})", ids)


def candidate_claims(
    db: Database, terms: Iterable[str], exclude_article: int, per_term: int, limit: int
) -> list[dict[str, Any]]:
    """Claims of other articles sharing these (rare) terms, those sharing most first, then the newest.

    Each term's postings are read newest first and at most `per_term` of them: the cost is bounded by
    what is read, not by the size of the corpus, and a claim's rarest anchors are always searched —
    no term is left out for being frequent (a cap on frequency would stop linking as the corpus grows).
    """
    shared: dict[int, int] = {}
    for term in terms:
        for claim_id in term_postings(db, term, per_term):
            shared[claim_id] = shared.get(claim_id, 0) + 1
    if not shared:
        return []
    ranked = sorted(shared, key=lambda c: (-shared[c], -c))[: limit * 2]  # room for the article's own
    by_id = candidate_rows(db, ranked, exclude_article)
    return [claim for c in ranked if (claim := by_id.get(c)) is not None][:limit]


def term_postings(db: Database, term: str, limit: int) -> list[int]:
    """The ids of the newest `limit` claims whose terms hold `term` (none for a term that is not a word)."""
    if limit <= 0 or not term.isalnum():
        return []
    rows = db.conn.execute(
        "SELECT rowid FROM claims_terms_fts WHERE claims_terms_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        [f'"{term}"', limit],
    )
    return [claim_id for (claim_id,) in rows]


# A term the terms index (unicode61, diacritics kept) reads as itself: lower-case letters of Latin-1 and
# digits. Other words are told by the index's own tokenizer (_index_tokens): "0wgörüş" reads as itself,
# "0eno_comment" as "0eno" and "comment".
_PLAIN_TERM = re.compile("[0-9a-z\u00df-\u00f6\u00f8-\u00ff]+")
_NOT_PLAIN = "*[^0-9a-z\u00df-\u00f6\u00f8-\u00ff]*"  # the same, as a GLOB of the words that are not
POSTINGS_KEPT = 32_768  # terms (each up to postings_per_term ids): 8,192 missed 39 terms a POST after 300 stored
COUNTS_KEPT = 16_384  # words
# Claims stored since a connection last looked: more, and what it keeps is dropped instead of brought up to
# date (~20 µs a claim: gunicorn's 16 connections would each go through every claim the others store).
_CATCH_UP = 400


class _Tokens:
    """The tokens the terms index makes of a word: FTS5 itself on a one-row index in memory."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.conn: sqlite3.Connection | None = None
        self.known: dict[str, tuple[str, ...]] = {}

    def __call__(self, word: str) -> tuple[str, ...]:
        if _PLAIN_TERM.fullmatch(word):
            return (word,)
        with self.lock:
            if word not in self.known:
                if self.conn is None:
                    self.conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                    self.conn.execute(f"CREATE VIRTUAL TABLE one USING fts5(terms, {_TOKENIZE})")
                    self.conn.execute("CREATE VIRTUAL TABLE one_tokens USING fts5vocab(one, 'instance')")
                self.conn.execute("DELETE FROM one")
                self.conn.execute("INSERT INTO one (rowid, terms) VALUES (1, ?)", [word])
                rows = self.conn.execute('SELECT term FROM one_tokens ORDER BY "offset"').fetchall()
                if len(self.known) > 10_000:
                    self.known.clear()
                self.known[word] = tuple(term for (term,) in rows)
            return self.known[word]


_index_tokens = _Tokens()


def _is_plain(word: str) -> bool:
    """_PLAIN_TERM.fullmatch(word), told without the regex for a word of ASCII letters and digits (nearly
    every one): lower-case letters and digits only."""
    if word.isascii():
        return word.isalnum() and (word.islower() or word.isdigit())
    return _PLAIN_TERM.fullmatch(word) is not None


@dataclass
class _KeptPostings:
    """The newest postings of terms, as of claim id `synced` and word id `words`: read from the index once,
    then brought up to date from the claims stored since (issue 16: a POST looked up some 170 terms, each
    an FTS5 query). A word first stored since is kept from those claims, which are all that hold it,
    unless a word the index splits holds it too (`shadowed`: "0eno_comment" holds "comment")."""

    limit: int = 0
    synced: int = -1
    words: int = -1
    scanned: int = 0  # the words up to this id are looked at for `shadowed`
    kept: OrderedDict[str, array[int]] = field(default_factory=OrderedDict)  # arrays: nothing for the GC to visit
    shadowed: set[str] = field(default_factory=set)
    # The words' counts of claims (terms.df, see term_document_frequencies); None: not in the vocabulary.
    counts: OrderedDict[str, int | None] = field(default_factory=OrderedDict)

    def reset(self, db: Database, limit: int, top: int, words: int) -> None:
        self.limit, self.synced, self.words = limit, top, words
        self.kept.clear()
        self.counts.clear()
        if words < self.scanned:  # another vocabulary
            self.shadowed, self.scanned = set(), 0
        sql = "SELECT term FROM terms WHERE id > ? AND term GLOB ?"
        for (word,) in db.conn.execute(sql, [self.scanned, _NOT_PLAIN]).fetchall():
            self.shadow(word)
        self.scanned = words

    def shadow(self, word: str) -> tuple[str, ...]:
        tokens = _index_tokens(word)
        if tokens != (word,):
            self.shadowed.update(tokens)
        return tokens

    def add(self, claim_id: int, word_ids: Iterable[int], text: str, known: int) -> None:
        """A claim stored since: at the head of its words' postings, counted in their counts (`known`: the
        largest word id when last brought up to date; a word above it is new)."""
        kept, counts, limit, shadowed = self.kept, self.counts, self.limit, self.shadowed
        for word_id, word in zip(word_ids, text.split(" "), strict=True):
            if word in counts:
                counts[word] = (counts[word] or 0) + 1  # as _count_words counts it: once per time it is there
            elif word_id > known:
                counts[word] = 1
            found = kept.get(word)  # only plain words are kept (ids, and here): one kept is plain
            if found is None:
                if not _is_plain(word):
                    for token in self.shadow(word):
                        found = kept.get(token)
                        if found is not None and (not found or found[0] != claim_id):
                            found.insert(0, claim_id)
                            if len(found) > limit:
                                del found[limit:]
                    continue
                if word_id <= known or word in shadowed:
                    continue
                found = kept[word] = array("q")  # a new word: the claims from here on are all that hold it
            if not found or found[0] != claim_id:
                found.insert(0, claim_id)
                if len(found) > limit:
                    del found[limit:]

    def trim(self) -> None:
        while len(self.kept) > POSTINGS_KEPT:
            self.kept.popitem(last=False)
        while len(self.counts) > COUNTS_KEPT:
            self.counts.popitem(last=False)


_kept_postings: weakref.WeakKeyDictionary[Database, _KeptPostings] = weakref.WeakKeyDictionary()
# Connections whose open transaction has written claims: the postings kept account for committed claims only.
_claims_written: weakref.WeakSet[Database] = weakref.WeakSet()
# And those claims: (id, terms as stored, word ids, terms as text, as linking compares it), kept at COMMIT
# (_keep_own_claims).
_terms_written: weakref.WeakKeyDictionary[
    Database, list[tuple[int, Any, list[int] | None, str | None, StoredClaim]]
] = weakref.WeakKeyDictionary()
_TOPS = "SELECT (SELECT coalesce(max(id), 0) FROM claims), (SELECT coalesce(max(id), 0) FROM terms)"


def _tops_for_own_claims(db: Database) -> tuple[int, int] | None:
    """Before COMMIT of a transaction that wrote claims, where the connection keeps postings: the largest
    claim and word ids, as the next catch-up would read them if no other connection writes meanwhile."""
    if not _terms_written.get(db) or _kept_postings.get(db) is None:
        return None
    top, words = db.conn.execute(_TOPS).fetchone()
    return int(top), int(words)


def _keep_own_claims(db: Database, tops: tuple[int, int] | None) -> None:
    """After COMMIT: the claims this connection has just written brought into the postings it keeps, as the
    next catch-up would read them back (issue 16: no query, no terms decoded again), if they are all the
    claims stored since it last looked. Otherwise the next catch-up reads them with the others'."""
    written = sorted(_terms_written.pop(db, []), key=lambda claim: claim[0])
    if written and (cache := _stored_claims.get(db)) is not None:
        # As stored_claims would read them back: the next article's candidates (a connection's claims come
        # back as the next article's candidates: ~40 of them were read back a POST).
        for *_, claim in written:
            cache.keep(claim.id, claim)
    postings = _kept_postings.get(db)
    if tops is None or not written or postings is None or postings.synced < 0:
        return
    top, words = tops
    claim_ids = [claim_id for claim_id, *_ in written]
    # However many (an article of 400 claims or more would have the next catch-up drop all it keeps): the
    # cap of a catch-up is for other connections' claims, which every connection would go through.
    if claim_ids != list(range(postings.synced + 1, top + 1)) or words < postings.words:
        return
    if any(packed and not isinstance(packed, bytes) for _, packed, *_ in written):
        return  # terms kept as text (m018): the next catch-up starts again from the index
    known = postings.words
    for claim_id, packed, word_ids, text, _ in written:
        if packed and word_ids is not None:
            postings.add(claim_id, word_ids, text or "", known)
    postings.trim()
    postings.synced, postings.words = top, words


class PostingsReader:
    """term_postings for many terms in one transaction: in a transaction that has written no claim yet,
    from the postings the connection keeps (brought up to date first, one query), else from the index."""

    def __init__(self, db: Database, limit: int) -> None:
        self.db, self.limit = db, limit
        self.kept: _KeptPostings | None = None
        if limit > 0 and db.conn.in_transaction and db not in _claims_written:
            self.kept = _kept_postings.setdefault(db, _KeptPostings())
            self._catch_up(self.kept)

    def _catch_up(self, postings: _KeptPostings) -> None:
        top, words = self.db.conn.execute(_TOPS).fetchone()
        if (
            postings.limit != self.limit
            or not postings.synced <= top <= postings.synced + _CATCH_UP
            or words < postings.words
            or (top == postings.synced and words != postings.words)
        ):
            postings.reset(self.db, self.limit, top, words)
            return
        if top == postings.synced:
            return
        sql = "SELECT id, terms FROM claims WHERE id > ? ORDER BY id"
        rows = self.db.conn.execute(sql, [postings.synced]).fetchall()
        known = postings.words
        for (claim_id, packed), text in zip(rows, _terms_texts(self.db, [terms for _, terms in rows]), strict=True):
            if not packed:
                continue  # no terms, no postings
            if not isinstance(packed, bytes):
                postings.reset(self.db, self.limit, top, words)  # terms kept as text (m018): read from the index
                return
            postings.add(claim_id, unpack_term_ids(packed), text or "", known)
        postings.trim()
        postings.synced, postings.words = top, words

    def frequencies(self, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        """term_document_frequencies, from the counts kept where they are."""
        if self.kept is None:
            return term_document_frequencies(self.db, terms)
        counts = self.kept.counts
        tokens = sorted({t for t in terms if t.isalnum()})
        unread = []
        for token in tokens:
            if token in counts:
                counts.move_to_end(token)
            else:
                unread.append(token)
        if unread:
            _, found = term_document_frequencies(self.db, unread)
            counts.update((token, found.get(token)) for token in unread)
        frequencies = {token: count for token in tokens if (count := counts[token]) is not None}
        while len(counts) > COUNTS_KEPT:
            counts.popitem(last=False)
        return self.kept.synced, frequencies

    def __call__(self, term: str) -> list[int]:
        return list(self.ids(term))

    def ids(self, term: str) -> Sequence[int]:
        """As __call__, where the caller only reads them before this transaction writes any claim: what is
        kept, not a copy of it."""
        if self.kept is None or not _PLAIN_TERM.fullmatch(term):
            return term_postings(self.db, term, self.limit)
        kept = self.kept.kept
        found = kept.get(term)
        if found is None:
            found = kept[term] = array("q", term_postings(self.db, term, self.limit))
            if len(kept) > POSTINGS_KEPT:
                kept.popitem(last=False)
        else:
            kept.move_to_end(term)
        return found


def _flag(name: str) -> str:
    """A claim's flag (hedged, belligerent, …) as SQL reads it from the claim's flags (m025): 0 or 1."""
    return f"(c.flags >> {CLAIM_FLAGS.index(name)} & 1)"


_CANDIDATE_COLUMNS = (
    "id",
    "article_id",
    "terms",
    "quantities",
    "negated",
    "conflict",
    "proposition_id",
    "published_at",
)
_CANDIDATE_SELECT = (
    "SELECT "
    + ", ".join(_flag(c) if c in CLAIM_FLAGS else f"c.{c}" for c in _CANDIDATE_COLUMNS[:-1])
    + ", a.published_at "
)


def candidate_rows(db: Database, ids: list[int], exclude_article: int) -> dict[int, dict[str, Any]]:
    """What linking compares of these claims (those of other articles than `exclude_article`), by id."""
    found: dict[int, dict[str, Any]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        rows = db.conn.execute(
            _CANDIDATE_SELECT + "FROM claims c JOIN articles a ON a.id = c.article_id "
            f"WHERE c.id IN ({','.join('?' * len(part))}) AND c.article_id != ?",
            [*part, exclude_article],
        )
        records = [dict(zip(_CANDIDATE_COLUMNS, row, strict=True)) for row in rows]
        _read_terms(db, records)
        for record in records:
            quantities = record["quantities"]
            record["quantities"] = json.loads(quantities) if quantities and quantities != "[]" else []
            record["negated"] = bool(record["negated"])
            found[record["id"]] = record
    return found


class StoredClaim(NamedTuple):
    """What linking compares of a stored claim. None of it changes once the claim is written (its
    proposition, stance and grade do: read where they are needed, see claim_propositions)."""

    id: int
    article_id: int
    published_at: str | None  # its article's
    terms: str
    quantities: tuple[tuple[Any, ...], ...]
    negated: bool
    conflict: str | None
    wording: bytes | None = None  # reprints.wording_key of its text: a sentence printed word for word


@dataclass
class _StoredClaims:
    """The stored claims a connection has read for linking, the most recently used kept by id: the same
    stored claims come back as candidates article after article (issue 16). What was read in a
    transaction that rolls back is forgotten with it (an id read there may be given again).

    Two generations instead of an order of use: those used since the last turn (`kept`) and the ones
    before (`older`). A claim of `older` used again goes back into `kept`; when `kept` holds half of
    STORED_CLAIMS_KEPT, `older` is dropped and `kept` becomes it. A POST looks up some 700 candidates,
    nearly all kept: an order of use was moved at each (0.41 ms a POST)."""

    kept: dict[int, StoredClaim] = field(default_factory=dict)
    older: dict[int, StoredClaim] = field(default_factory=dict)
    pending: list[int] = field(default_factory=list)

    def keep(self, claim_id: int, claim: StoredClaim) -> None:
        self.kept[claim_id] = claim
        if len(self.kept) >= max(1, STORED_CLAIMS_KEPT // 2):
            self.older, self.kept = self.kept, {}

    def forget(self, claim_id: int) -> None:
        self.kept.pop(claim_id, None)
        self.older.pop(claim_id, None)


_stored_claims: weakref.WeakKeyDictionary[Database, _StoredClaims] = weakref.WeakKeyDictionary()
STORED_CLAIMS_KEPT = 32_768
_STORED_CLAIM_SELECT = (
    f"SELECT c.id, c.article_id, a.published_at, c.terms, c.quantities, {_flag('negated')}, c.conflict, c.wording "
    "FROM claims c JOIN articles a ON a.id = c.article_id "
)


def _as_stored(claim_id: int, record: Mapping[str, Any], terms: str | None, published_at: str | None) -> StoredClaim:
    """A claim just written (its row as _claim_records made it), as stored_claims reads it back."""
    quantities = record.get("quantities")
    numbers = json.loads(quantities) if quantities and quantities != "[]" else ()
    negated = bool(record.get("flags", 0) >> CLAIM_FLAGS.index("negated") & 1)
    return StoredClaim(
        claim_id,
        int(record["article_id"]),
        published_at,
        terms or "",
        tuple(map(tuple, numbers)),
        negated,
        record.get("conflict"),
        record.get("wording"),
    )


def stored_claims(db: Database, ids: Iterable[int]) -> dict[int, StoredClaim]:
    """These claims as linking compares them, by id (an id no claim has is left out); each read from
    the database once while this connection keeps it."""
    cache = _stored_claims.setdefault(db, _StoredClaims())
    ids = list(ids)
    kept = cache.kept
    found = {claim_id: claim for claim_id in ids if (claim := kept.get(claim_id)) is not None}
    unread = []
    missing = () if len(found) == len(ids) else dict.fromkeys(claim_id for claim_id in ids if claim_id not in found)
    for claim_id in missing:  # none where every id is kept (the ids of one article's candidates, told apart)
        claim = cache.older.pop(claim_id, None)
        if claim is None:
            unread.append(claim_id)
        else:
            found[claim_id] = claim
            cache.keep(claim_id, claim)
    for chunk in range(0, len(unread), 500):
        part = unread[chunk : chunk + 500]
        rows = db.conn.execute(_STORED_CLAIM_SELECT + f"WHERE c.id IN ({','.join('?' * len(part))})", part).fetchall()
        texts = _terms_texts(db, [row[3] for row in rows])
        for (claim_id, article_id, published_at, _, quantities, negated, conflict, wording), terms in zip(
            rows, texts, strict=True
        ):
            numbers = json.loads(quantities) if quantities and quantities != "[]" else ()
            claim = StoredClaim(
                claim_id,
                article_id,
                published_at,
                terms or "",
                tuple(map(tuple, numbers)),
                bool(negated),
                conflict,
                wording,
            )
            found[claim_id] = claim
            cache.keep(claim_id, claim)
            if db.conn.in_transaction:
                cache.pending.append(claim_id)
    return found


def claim_propositions(db: Database, ids: Iterable[int]) -> dict[int, int]:
    """The proposition of each of these claims, as it is now, by claim id."""
    return {claim_id: proposition for claim_id, (proposition, _) in claim_placements(db, ids).items()}


def claim_placements(db: Database, ids: Iterable[int]) -> dict[int, tuple[int, float]]:
    """The proposition of each of these claims as it is now, and how well the claim is joined to it."""
    values = sorted(set(ids))
    found: dict[int, tuple[int, float]] = {}
    for chunk in range(0, len(values), 500):
        part = values[chunk : chunk + 500]
        sql = f"SELECT id, proposition_id, link_score FROM claims WHERE id IN ({','.join('?' * len(part))})"
        found.update((claim_id, (proposition, link)) for claim_id, proposition, link in db.conn.execute(sql, part))
    return found


def term_document_frequencies(db: Database, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
    """(number of claims, claims containing each term): a primary-key lookup per term."""
    tokens = sorted({t for t in terms if t.isalnum()})
    total = db.execute("SELECT coalesce(max(id), 0) FROM claims").fetchone()[0]
    frequencies: dict[str, int] = {}
    for chunk in range(0, len(tokens), 500):
        part = tokens[chunk : chunk + 500]
        rows = db.execute(f"SELECT term, df FROM terms WHERE term IN ({','.join('?' * len(part))})", part)
        frequencies.update((term, int(df)) for term, df in rows)
    return int(total), frequencies


_MEMBER_COLUMNS = (
    "SELECT c.id, c.article_id, c.proposition_id, a.outlet, c.stance, c.origin_parties, c.origin_media, "
    "c.origin_sources, c.declared_by, c.flags, c.hedges, c.speech, c.conflict, c.score, c.grade_source, "
    "c.grade_information, c.terms, c.quantities, c.link_score, c.wording, a.voice "
    "FROM claims c JOIN articles a ON a.id = c.article_id "
)


def members_of_propositions(db: Database, proposition_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    ids = sorted(set(proposition_ids))
    members: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        sql = _MEMBER_COLUMNS + f"WHERE c.proposition_id IN ({','.join('?' * len(part))}) ORDER BY c.id"
        rows = [_decode("claims", row) for row in _select(db, sql, part)]
        _read_terms(db, rows)  # type: ignore[arg-type]
        for row in rows:
            members[row["proposition_id"]].append(row)  # type: ignore[index,arg-type]
    return members


def update_scores(
    db: Database,
    changes: Iterable[tuple[float, str, int, int]],
    at: str | None = None,
    written: Mapping[int, tuple[None, None, int]] | None = None,
) -> str:
    """(score, source letter, information digit, claim id) for each re-graded claim; a changed grade
    goes into the change feed and the webhook outbox in the same transaction (record_grade_changes).
    `written`: claims just inserted with their first grade (claim id -> (None, None, article id)), whose
    change is recorded but not written again. Returns the time written into updated_at."""
    changes = list(changes)
    written = written or {}
    stored = [change for change in changes if change[-1] not in written]
    before = {**_grades_of(db, [claim_id for *_, claim_id in stored]), **written}
    at = at or now()
    db.conn.executemany(
        "UPDATE claims SET score = ?, grade_source = ?, grade_information = ?, updated_at = ? WHERE id = ?",
        [
            (score_value(score), source, information, time_value(at), claim_id)
            for score, source, information, claim_id in stored
        ],
    )
    record_grade_changes(db, before, changes, at)
    return at


# Claims an edit of the reference data touches, each found through an index (an outlet's articles by
# articles.outlet, then their claims by claims.article_id; claims.conflict): an edit costs what its claims
# cost, however large the corpus grows.
PROPOSITIONS_OF_OUTLET = (
    "SELECT DISTINCT c.proposition_id FROM articles a JOIN claims c ON c.id BETWEEN a.first_claim AND a.last_claim "
    "AND c.article_id = a.id WHERE a.outlet = ? AND c.proposition_id IS NOT NULL"
)
BELLIGERENCE_OF_CONFLICT = (
    "SELECT c.id, c.origin_parties, a.published_at, c.flags, c.proposition_id "
    "FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.conflict = ?"
)


def propositions_of_outlet(db: Database, domain: str) -> set[int]:
    """The propositions the outlet's claims belong to."""
    return {int(r[0]) for r in db.execute(PROPOSITIONS_OF_OUTLET, [domain])}


def belligerence_of_conflict(db: Database, conflict_id: str) -> list[dict[str, Any]]:
    """The claims about a conflict with what decides their belligerent flag: origin parties and day."""
    return [_decode("claims", r) for r in db.query(BELLIGERENCE_OF_CONFLICT, [conflict_id])]  # type: ignore[misc]


_BELLIGERENT = 1 << CLAIM_FLAGS.index("belligerent")


def set_belligerent(db: Database, changes: Iterable[tuple[bool, int]]) -> None:
    """(belligerent, claim id) for each claim whose flag a conflict's edit changed."""
    at = time_value(now())
    db.conn.executemany(
        f"UPDATE claims SET flags = flags & ~{_BELLIGERENT} | ?, updated_at = ? WHERE id = ?",
        [(_BELLIGERENT if b else 0, at, i) for b, i in changes],
    )


# A score as the filters compare it: stored in ten-thousandths since m016 (see score_of).
_SCORE = "(CASE WHEN c.score = round(c.score) THEN c.score / 10000.0 ELSE c.score END)"

CLAIM_ORDERS = {
    "id": "c.id",
    "-id": "c.id DESC",
    "updated_at": "c.updated_at, c.id",
    "-updated_at": "c.updated_at DESC, c.id DESC",
}


def _claim_rows(
    db: Database, where: str, params: list[Any], limit: int | None = None, sort: str = "id"
) -> list[dict[str, Any]]:
    sql = (
        "SELECT c.*, a.outlet, a.published_at FROM claims c JOIN articles a ON a.id = c.article_id "
        f"WHERE {where} ORDER BY {CLAIM_ORDERS[sort]}" + (" LIMIT ?" if limit else "")
    )
    rows = [_decode("claims", r) for r in _select(db, sql, params + ([limit] if limit else []))]
    _read_texts(db, rows)  # type: ignore[arg-type]
    _read_terms(db, rows)  # type: ignore[arg-type]
    for r in rows:
        if r and r["updated_at"] is not None:
            r["updated_at"] = time_text(r["updated_at"])
    ids = [r["id"] for r in rows if r]
    sources: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        query = (
            f"SELECT claim_id, text, start, end, party, role, medium FROM sources "
            f"WHERE claim_id IN ({','.join('?' * len(part))}) ORDER BY id"
        )
        for s in _select(db, query, part):
            sources[s.pop("claim_id")].append(s)
    for r in rows:
        if r:
            r["sources"] = sources.get(r["id"], [])
    return rows  # type: ignore[return-value]


def _read_texts(db: Database, rows: list[dict[str, Any]]) -> None:
    """A claim's text is its article's from `start` to `end` (m012), unless it holds one of its own:
    each article read and decompressed once."""
    ids = sorted({r["article_id"] for r in rows if r["text"] is None})
    texts: dict[int, str] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        cursor = db.execute(f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(part))})", part)
        texts.update((int(i), article_text(t)) for i, t in cursor)
    for r in rows:
        if r["text"] is None:
            r["text"] = texts[r["article_id"]][r["start"] : r["end"]]


def get_claim(db: Database, claim_id: int) -> dict[str, Any] | None:
    rows = _claim_rows(db, "c.id = ?", [claim_id])
    return rows[0] if rows else None


def claims_of_article(db: Database, article_id: int) -> list[dict[str, Any]]:
    return _claim_rows(db, _OF_ARTICLE.replace("?1", "?"), [article_id] * 3)


def claims_of_proposition(db: Database, proposition_id: int) -> list[dict[str, Any]]:
    return _claim_rows(db, "c.proposition_id = ?", [proposition_id])


def proposition_seed(db: Database, proposition_id: int) -> dict[str, Any] | None:
    """The first claim of a proposition (its terms, quantities, polarity): what it was founded on."""
    row = next(
        _select(
            db,
            "SELECT terms, quantities, flags, conflict FROM claims WHERE proposition_id = ? ORDER BY id LIMIT 1",
            [proposition_id],
        ),
        None,
    )
    seed = _decode("claims", row)
    if seed is not None:
        _read_terms(db, [seed])
    return seed


_TOKENIZE = "tokenize='unicode61 remove_diacritics 0'"  # the claims_fts tokenizer (service.migrations)


class _PhraseCheck:
    """The words of a `?q=` search for the text index without positions (m019), and the check of its
    phrases in a claim's text. Both are done by FTS5 itself on a small in-memory index with positions
    that holds one text at a time, with the tokenizer of claims_fts: a claim matches exactly when the
    index with positions of all claims matched it (answers as before m019)."""

    def __init__(self, phrase: str, words: list[str]) -> None:
        self.phrase = phrase
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        self.conn.execute(f"CREATE VIRTUAL TABLE one USING fts5(text, {_TOKENIZE})")
        self.conn.execute("CREATE VIRTUAL TABLE one_tokens USING fts5vocab(one, 'instance')")
        parts: list[str] = []
        self.needed = False
        for word in words:
            tokens = self._tokens(word)
            if len(tokens) > 1:  # a phrase: each of its words must be in the claim, their order is checked
                self.needed = True
                parts.extend('"' + token.replace('"', '""') + '"' for token in tokens)
            else:  # one word, or none (an empty phrase matches as it did)
                parts.append('"' + word.replace('"', '""') + '"')
        self.index_query = " ".join(parts)
        self.texts: dict[int, str] = {}

    def _tokens(self, text: str) -> list[str]:
        self.conn.execute("DELETE FROM one")
        self.conn.execute("INSERT INTO one (rowid, text) VALUES (1, ?)", [text])
        return [term for (term,) in self.conn.execute('SELECT term FROM one_tokens ORDER BY "offset"')]

    def matches(self, own_text: str | None, article_id: int, stored: bytes | str, start: int, end: int) -> bool:
        """Whether a claim's text (its own, or its article's from `start` to `end`) holds the phrases."""
        if own_text is None:
            if article_id not in self.texts:
                if len(self.texts) > 256:
                    self.texts.clear()
                self.texts[article_id] = article_text(stored)
            own_text = self.texts[article_id][start:end]
        self.conn.execute("DELETE FROM one")
        self.conn.execute("INSERT INTO one (rowid, text) VALUES (1, ?)", [own_text])
        return self.conn.execute("SELECT 1 FROM one WHERE one MATCH ?", [self.phrase]).fetchone() is not None


# The phrase checks of the searches running now, by id (the SQL function is given the id), and the
# connections the function is defined on.
_phrase_checks: dict[int, _PhraseCheck] = {}
_checking_connections: weakref.WeakSet[Database] = weakref.WeakSet()


def _claim_holds_phrases(
    check: int, own_text: str | None, article_id: int, stored: bytes | str, start: int, end: int
) -> bool:
    return _phrase_checks[check].matches(own_text, article_id, stored, start, end)


def search_claims(
    db: Database, filters: Mapping[str, Any], after: int | tuple[str, int], limit: int, sort: str = "id"
) -> list[dict[str, Any]]:
    """Claims matching the filters of GET /v1/claims, a page in the order `sort` names (a key of
    CLAIM_ORDERS) after the cursor: the last row's id, or its (updated_at, id) when sorted by change;
    0 starts at the beginning. Sorted by change, the (updated_at, id) index serves the order."""
    where: list[str] = []
    params: list[Any] = []
    check: _PhraseCheck | None = None
    if isinstance(after, tuple):
        if sort not in ("updated_at", "-updated_at"):
            raise ValueError("an (updated_at, id) cursor pages only a list sorted by updated_at")
        op = "<" if sort.startswith("-") else ">"
        where.append(f"(c.updated_at {op} ? OR (c.updated_at = ? AND c.id {op} ?))")
        # Stored as an integer (m014); a cursor from a claim never changed ('') comes before every time.
        at = time_value(after[0]) if after[0] else -1
        params += [at, at, after[1]]
    elif after and sort in ("id", "-id"):
        where.append("c.id < ?" if sort == "-id" else "c.id > ?")
        params.append(after)
    elif after:
        raise ValueError("an id cursor pages only a list sorted by id")
    if filters.get("q"):
        # Every word a quoted phrase, so no FTS5 syntax gets through; control characters are dropped
        # first, since FTS5 reads a NUL inside a phrase as its end ("unterminated string").
        words = "".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in str(filters["q"])).split()
        if not any(c.isalnum() for c in "".join(words)):
            return []
        phrase = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        # Since m019 the index keeps no positions: it finds the claims holding every word of the phrases,
        # and a phrase of several words ("Covid-19") is checked in the claim's text (_PhraseCheck).
        # A word of letters and digits only is one word of the index (its tokenizer's word characters).
        if not all(word.isalnum() for word in words):
            check = _PhraseCheck(phrase, words)
        where.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(check.index_query if check else phrase)
        if check and check.needed:
            if db not in _checking_connections:  # a function is defined once: never while a statement runs
                db.conn.create_function("claim_holds_phrases", 6, _claim_holds_phrases)
                _checking_connections.add(db)
            where.append('claim_holds_phrases(?, c.text, a.id, a.text, c."start", c."end")')
            params.append(id(check))
            _phrase_checks[id(check)] = check
    if filters.get("outlet"):
        where.append("a.outlet = ?")
        params.append(filters["outlet"])
    if filters.get("party"):
        where.append("EXISTS (SELECT 1 FROM json_each(c.origin_parties) WHERE value = ?)")
        params.append(filters["party"])
    for flag in ("belligerent", "hedged"):
        if filters.get(flag) is not None:
            where.append(f"{_flag(flag)} = ?")
            params.append(int(bool(filters[flag])))
    if filters.get("min_score") is not None:
        where.append(f"{_SCORE} >= ?")
        params.append(filters["min_score"])
    if filters.get("since"):
        where.append("a.published_at >= ?")
        params.append(filters["since"])
    for column, key in (("conflict", "conflict"), ("stance", "stance")):
        if filters.get(key) is not None:
            where.append(f"c.{column} = ?")
            params.append(_stance_value(filters[key]) if key == "stance" else filters[key])
    if filters.get("article") is not None:
        where.append(_OF_ARTICLE.replace("?1", "?"))
        params += [filters["article"]] * 3
    if filters.get("proposition") is not None:
        where.append("c.proposition_id = ?")
        params.append(filters["proposition"])
    grade = str(filters.get("grade") or "")
    if grade[:1].isalpha():
        where.append("c.grade_source = ?")
        params.append(grade[0])
    if grade[-1:].isdigit():
        where.append("c.grade_information = ?")
        params.append(int(grade[-1]))
    try:
        return _claim_rows(db, " AND ".join(where) or "1", params, limit, sort)
    finally:
        if check is not None:
            _phrase_checks.pop(id(check), None)


def list_propositions(db: Database, *, after: int, limit: int, descending: bool = False) -> list[dict[str, Any]]:
    """A page of propositions, each with its claims' ids and outlets and the stored grade of its
    best supporting claim (of its best claim, when none supports it), as GET /v1/propositions/{id} has it."""
    if descending:
        where, params = ("id < ?", [after]) if after else ("1", [])
    else:
        where, params = "id > ?", [after]
    rows = list(
        db.query(
            f"SELECT id, created_at FROM propositions WHERE {where} ORDER BY id{' DESC' if descending else ''} LIMIT ?",
            [*params, limit],
        )
    )
    ids = [r["id"] for r in rows]
    members: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for claim in db.query(
            "SELECT c.id, c.proposition_id, a.outlet, c.stance, c.score, c.grade_source, c.grade_information "
            "FROM claims c JOIN articles a ON a.id = c.article_id "
            f"WHERE c.proposition_id IN ({','.join('?' * len(part))}) ORDER BY c.id",
            part,
        ):
            members[claim["proposition_id"]].append(
                {**claim, "stance": _stance(claim["stance"]), "score": score_of(claim["score"])}
            )
    page = []
    for row in rows:
        if row["created_at"] is not None:
            row["created_at"] = time_text(row["created_at"])  # an integer since m014
        claims = members[row["id"]]
        supporting = [c for c in claims if c["stance"] == "support"] or claims
        best = max(supporting, key=lambda c: c["score"] or 0, default=None)
        page.append(
            {
                **row,
                "claims": [c["id"] for c in claims],
                "outlets": sorted({c["outlet"] for c in claims}),
                "score": best["score"] if best else None,
                "grade_source": best["grade_source"] if best else None,
                "grade_information": best["grade_information"] if best else None,
            }
        )
    return page


def count_claims(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM claims").fetchone()[0])


# --- cursors --------------------------------------------------------------------------------


def encode_cursor(last_id: int) -> str:
    """A page cursor is the id after which the next page starts."""
    return str(last_id)


def decode_cursor(cursor: str | None) -> int:
    return int(cursor) if cursor else 0


# --- change feed and webhooks ----------------------------------------------------------------

# What the grade changes a connection writes next are due to ("article 12 stored (example.de)",
# "outlet rt.com edited"): set by the write that causes re-grading, read when the changes are recorded.
_change_reasons: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()

GRADE_EVENTS = ("grade.changed", "claim.graded")


def set_change_reason(db: Database, reason: str) -> None:
    """Name the cause of the grade changes this connection records next."""
    _change_reasons[db] = reason


def _grades_of(db: Database, claim_ids: list[int]) -> dict[int, tuple[str | None, float | None, int]]:
    """claim id -> (grade code or None, score, article id), as stored now."""
    found: dict[int, tuple[str | None, float | None, int]] = {}
    for chunk in range(0, len(claim_ids), 500):
        part = claim_ids[chunk : chunk + 500]
        rows = db.execute(
            "SELECT id, grade_source, grade_information, score, article_id FROM claims "
            f"WHERE id IN ({','.join('?' * len(part))})",
            part,
        )
        for claim_id, source, information, score, article_id in rows:
            grade = f"{source}{information}" if source and information else None
            found[int(claim_id)] = (grade, score_of(score), article_id)
    return found


def record_grade_changes(
    db: Database,
    before: Mapping[int, tuple[str | None, float | None, int]],
    changes: Iterable[tuple[float, str, int, int]],
    at: str,
) -> list[int]:
    """Write each changed grade into the change feed and, for every webhook that wants its event, a
    delivery into the outbox: all in the caller's transaction, so a change and its notice commit or
    roll back together. A claim's first grade is the event 'claim.graded', later ones 'grade.changed';
    a score that moves within its grade is no change of grade. Returns the ids of the feed rows."""
    reason = _change_reasons.get(db, "re-graded")
    found: list[dict[str, Any]] = []
    for score, source, information, claim_id in changes:
        old_grade, old_score, article_id = before.get(claim_id, (None, None, 0))
        new_grade = f"{source}{information}" if source and information else None
        if new_grade is None or new_grade == old_grade:
            continue
        found.append(
            {
                "claim_id": claim_id,
                "article_id": article_id,
                "old_grade": old_grade,
                "new_grade": new_grade,
                "old_score": old_score,
                "new_score": score,
                "reason": reason,
                "at": at,
            }
        )
    if not found:
        return []
    # The reason and time of all these changes, stored once (m013) with the first of them.
    batch = int(
        db.conn.execute(
            "INSERT INTO grade_change_batches (reason, at) VALUES (?, ?)", [reason, time_value(at)]
        ).lastrowid
        or 0
    )
    # One executemany (issue 16: ~45 single-row INSERTs a POST). AUTOINCREMENT in one write transaction gives
    # consecutive ids, the last of them the connection's last inserted rowid.
    db.conn.executemany(
        "INSERT INTO grade_changes (claim_id, old_grade, new_grade, old_score, new_score, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                c["claim_id"],
                c["old_grade"],
                c["new_grade"],
                score_value(c["old_score"]),
                score_value(c["new_score"]),
                batch,
            )
            for c in found
        ],
    )
    last = int(db.conn.execute("SELECT last_insert_rowid()").fetchone()[0])
    ids = list(range(last - len(found) + 1, last + 1))
    webhooks = [(int(i), set(json.loads(e))) for i, e in db.execute("SELECT id, events FROM webhooks")]
    deliveries = []
    for change_id, change in zip(ids, found, strict=True):
        event = "claim.graded" if change["old_grade"] is None else "grade.changed"
        hooks = [hook for hook, events in webhooks if event in events]
        if not hooks:
            continue
        payload = json.dumps({"event": event, "change": {"id": change_id, **change}}, ensure_ascii=False)
        deliveries += [(hook, change_id, event, payload, time.time(), at) for hook in hooks]
    db.conn.executemany(
        "INSERT INTO webhook_deliveries (webhook_id, change_id, event, payload, next_attempt, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        deliveries,
    )
    return ids


def grade_changes(db: Database, *, after: int, limit: int, claim_id: int | None = None) -> list[dict[str, Any]]:
    """The change feed in the order the changes were made, after the cursor."""
    where, params = "g.id > ?", [after]
    if claim_id is not None:
        where, params = "g.id > ? AND g.claim_id = ?", [after, claim_id]
    sql = (
        "SELECT g.id, g.claim_id, c.article_id, g.old_grade, g.new_grade, g.old_score, g.new_score, b.reason, b.at "
        "FROM grade_changes g JOIN grade_change_batches b ON b.id = g.batch_id JOIN claims c ON c.id = g.claim_id "
        f"WHERE {where} ORDER BY g.id LIMIT ?"
    )
    return [
        {**r, "old_score": score_of(r["old_score"]), "new_score": score_of(r["new_score"]), "at": time_text(r["at"])}
        for r in db.query(sql, [*params, limit])
    ]


def insert_webhook(db: Database, url: str, events: Iterable[str], secret: str) -> int:
    cursor = db.conn.execute(
        "INSERT INTO webhooks (url, events, secret, created_at) VALUES (?, ?, ?, ?)",
        [url, json.dumps(sorted(set(events))), secret, now()],
    )
    return int(cursor.lastrowid or 0)


def _webhook(row: Mapping[str, Any]) -> dict[str, Any]:
    return {**row, "events": json.loads(row["events"])}


def get_webhook(db: Database, webhook_id: int) -> dict[str, Any] | None:
    row = next(db.query("SELECT * FROM webhooks WHERE id = ?", [webhook_id]), None)
    return _webhook(row) if row else None


def list_webhooks(db: Database) -> list[dict[str, Any]]:
    return [_webhook(r) for r in db.query("SELECT * FROM webhooks ORDER BY id")]


def delete_webhook(db: Database, webhook_id: int) -> bool:
    """Remove a webhook and its deliveries (ON DELETE CASCADE); False if there was none."""
    return db.conn.execute("DELETE FROM webhooks WHERE id = ?", [webhook_id]).rowcount > 0


def webhook_deliveries(
    db: Database, webhook_id: int, *, after: int, limit: int, status: str | None = None
) -> list[dict[str, Any]]:
    where = "webhook_id = ? AND id > ?"
    params: list[Any] = [webhook_id, after]
    if status:
        where += " AND status = ?"
        params.append(status)
    sql = f"SELECT * FROM webhook_deliveries WHERE {where} ORDER BY id LIMIT ?"
    return [{**r, "payload": json.loads(r["payload"])} for r in db.query(sql, [*params, limit])]


_DUE = (
    "SELECT id FROM webhook_deliveries WHERE (status = 'pending' AND next_attempt <= ?) "
    "OR (status = 'delivering' AND lease_until <= ?)"
)


def claim_delivery(db: Database, at: float, lease: float) -> dict[str, Any] | None:
    """Take the next due delivery for sending, or None. One UPDATE marks it 'delivering' under the
    write lock, so of several workers exactly one gets it; a delivery whose sender died (its lease
    ran out) is due again. The write lock is taken only when a plain read finds something due: an idle
    worker's polling never holds up the service's writers."""
    if db.execute(_DUE + " LIMIT 1", [at, at]).fetchone() is None:
        return None
    with write_transaction(db):
        row = db.execute(
            "UPDATE webhook_deliveries SET status = 'delivering', attempts = attempts + 1, lease_until = ? "
            f"WHERE id = ({_DUE} ORDER BY next_attempt, id LIMIT 1) RETURNING id, webhook_id, event, payload, attempts",
            [at + lease, at, at],
        ).fetchone()
        if row is None:
            return None
        hook = db.execute("SELECT url, secret FROM webhooks WHERE id = ?", [row[1]]).fetchone()
    delivery_id, webhook_id, event, payload, attempts = row
    return {
        "id": delivery_id,
        "webhook_id": webhook_id,
        "event": event,
        "payload": payload,
        "attempts": attempts,
        "url": hook[0],
        "secret": hook[1],
    }


def finish_delivery(
    db: Database,
    delivery_id: int,
    attempts: int,
    *,
    delivered: bool,
    status_code: int | None,
    error: str | None,
    retry_at: float | None,
) -> None:
    """Record an attempt: delivered, due again at `retry_at`, or failed for good (no `retry_at`).
    Only the attempt that holds the delivery writes: one whose lease ran out and was taken over does not."""
    status = "delivered" if delivered else ("pending" if retry_at is not None else "failed")
    with write_transaction(db):
        db.execute(
            "UPDATE webhook_deliveries SET status = ?, last_status = ?, last_error = ?, lease_until = NULL, "
            "next_attempt = coalesce(?, next_attempt), delivered_at = ? "
            "WHERE id = ? AND attempts = ? AND status = 'delivering'",
            [status, status_code, error, retry_at, now() if delivered else None, delivery_id, attempts],
        )


def claim_grades_of_article(db: Database, article_id: int) -> list[dict[str, Any]]:
    """[{"id", "grade"}] of an article's claims: what a bulk ingest reports per article."""
    rows = db.execute(
        f"SELECT id, grade_source, grade_information FROM claims c WHERE {_OF_ARTICLE} ORDER BY id", [article_id]
    )
    return [{"id": i, "grade": f"{s}{n}" if s and n else None} for i, s, n in rows]


def last_change_id(db: Database) -> int:
    """The feed's last id ever given (AUTOINCREMENT's sequence: ids of removed rows count too)."""
    if not db["sqlite_sequence"].exists():  # a store older than the feed
        return 0
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'grade_changes'").fetchone()
    return int(row[0]) if row else 0


def continue_change_feed(db: Database, after: int) -> None:
    """Let a new store's feed ids begin after `after`: a consumer's cursor into the old store's feed
    then still sees every change of the new one."""
    db.execute("DELETE FROM sqlite_sequence WHERE name = 'grade_changes'")
    db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('grade_changes', ?)", [after])


def relabel_changes(db: Database, after: int, reason: str) -> None:
    """Give the changes after the feed id `after` one cause (a re-analysis re-grades every claim)."""
    db.execute(
        "UPDATE grade_change_batches SET reason = ? WHERE id IN (SELECT batch_id FROM grade_changes WHERE id > ?)",
        [reason, after],
    )


def copy_webhooks(source: Database, target: Database) -> int:
    """The webhooks of `source`, with ids and secrets, and their deliveries not yet sent, into `target`."""
    if not source["webhooks"].exists():
        return 0
    hooks = list(source.query("SELECT * FROM webhooks ORDER BY id"))
    for hook in hooks:
        target.table("webhooks").insert(hook, pk="id")
    for delivery in source.query(
        "SELECT * FROM webhook_deliveries WHERE status IN ('pending', 'delivering') ORDER BY id"
    ):
        target.table("webhook_deliveries").insert({**delivery, "status": "pending", "lease_until": None}, pk="id")
    return len(hooks)
