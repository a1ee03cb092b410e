"""The database schema, created and evolved by sqlite-utils migrations."""

from __future__ import annotations

import functools
import hashlib
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from scoring.hedging import quotes_alone
from scoring.reprints import wording_key

migrations = Migrations("quellenlage")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("outlets").create(
        {
            "domain": str,
            "name": str,
            "owner_group": str,
            "wire_agency": int,
            "state_affiliation": str,
            "disinformation": int,
            "known": int,
            "names": str,
        },
        pk="domain",
        not_null={"name", "owner_group"},
    )
    db.table("parties").create({"code": str, "name": str, "kind": str, "actors": str}, pk="code")
    db.table("conflicts").create({"id": str, "name": str, "belligerents": str, "terms": str}, pk="id")
    db.table("articles").create(
        {
            "id": int,
            "outlet": str,
            "url": str,
            "title": str,
            "published_at": str,
            "language": str,
            "credits": str,
            "text": str,
            "text_hash": str,
            "voice": str,
            "conflict": str,
            "created_at": str,
        },
        pk="id",
        not_null={"outlet", "text", "text_hash", "voice", "created_at"},
        foreign_keys=[("outlet", "outlets", "domain")],
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["outlet", "text_hash"], unique=True)
    db.table("propositions").create({"id": int, "created_at": str}, pk="id")
    db.table("claims").create(
        {
            "id": int,
            "article_id": int,
            "position": int,
            "outlet": str,
            "published_at": str,
            "text": str,
            "start": int,
            "end": int,
            "hedged": int,
            "hedges": str,
            "reported_speech": int,
            "speech": str,
            "origin_parties": str,
            "origin_media": str,
            "attributed": int,
            "belligerent": int,
            "conflict": str,
            "stance": str,
            "terms": str,
            "quantities": str,
            "proposition_id": int,
            "score": float,
            "grade_source": str,
            "grade_information": int,
        },
        pk="id",
        not_null={"article_id", "text", "start", "end"},
        foreign_keys=[("article_id", "articles", "id"), ("proposition_id", "propositions", "id")],
    )
    db.table("claims").create_index(["article_id"])
    db.table("claims").create_index(["proposition_id"])
    db.table("claims").create_index(["outlet"])
    db.table("sources").create(
        {"id": int, "claim_id": int, "text": str, "start": int, "end": int, "party": str, "role": str, "medium": str},
        pk="id",
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db.table("sources").create_index(["claim_id"])
    db.table("sources").create_index(["party"])
    # Candidate retrieval for corroboration and the ?q= search: never a scan of all claims.
    db.table("claims").enable_fts(
        ["text", "terms"], fts_version="FTS5", create_triggers=True, tokenize="unicode61 remove_diacritics 0"
    )


@migrations()
def m002_term_statistics(db: Database) -> None:
    # Document frequency per indexed term, read a term at a time: rare shared terms weigh more.
    db.execute("CREATE VIRTUAL TABLE claims_fts_vocab USING fts5vocab(claims_fts, 'col')")


@migrations()
def m003_claim_polarity(db: Database) -> None:
    db.table("claims").add_column("negated", int, not_null_default=0)


@migrations()
def m004_claim_text_hash(db: Database) -> None:
    # Sentences an outlet prints under every article (app promos, sign-offs) are furniture.
    db.table("claims").add_column("text_hash", str)
    db.table("claims").create_index(["outlet", "text_hash"])


@migrations()
def m005_term_statistics_table(db: Database) -> None:
    # fts5vocab answers a term lookup by scanning the vocabulary: its cost grew with the corpus.
    # A table keyed by term answers in O(log n); a trigger keeps it in step with every insert.
    db.execute("CREATE TABLE term_stats (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("INSERT INTO term_stats (term, df) SELECT term, doc FROM claims_fts_vocab WHERE col = 'terms'")
    db.execute(
        """CREATE TRIGGER claims_term_stats AFTER INSERT ON claims WHEN NEW.terms IS NOT NULL AND NEW.terms != ''
        BEGIN
            INSERT INTO term_stats (term, df)
            SELECT value, 1 FROM json_each('["' || replace(NEW.terms, ' ', '","') || '"]') WHERE true
            ON CONFLICT (term) DO UPDATE SET df = df + 1;
        END"""
    )
    db.execute("DROP TABLE claims_fts_vocab")


@migrations()
def m006_article_shingles(db: Database) -> None:
    # Sampled word-run hashes per article: edited wire copy is found by an index lookup per hash.
    db.execute(
        "CREATE TABLE article_shingles (hash INTEGER NOT NULL, article_id INTEGER NOT NULL "
        "REFERENCES articles(id), PRIMARY KEY (hash, article_id)) WITHOUT ROWID"
    )
    db.table("articles").add_column("shingle_count", int, not_null_default=0)
    # Who a claim names as its source when no party stands behind it: an origin of its own.
    db.table("claims").add_column("origin_sources", str)


@migrations()
def m007_claims_by_conflict(db: Database) -> None:
    # Editing a conflict re-grades its claims: found by an index lookup, never a scan of all claims.
    db.table("claims").create_index(["conflict"])


@migrations()
def m008_claim_link_score(db: Database) -> None:
    # How closely a claim matched the proposition it joined (1 for the claim that founded it): only
    # confident links count toward a second origin, and so toward "confirmed".
    db.table("claims").add_column("link_score", float, not_null_default=1.0)


@migrations()
def m009_claim_changes(db: Database) -> None:
    # When a claim last changed (grade, score, proposition, stance), so integrators can sync; claims
    # stored before this migration take their article's submission time.
    db.table("claims").add_column("updated_at", str)
    db.execute("UPDATE claims SET updated_at = (SELECT created_at FROM articles WHERE articles.id = claims.article_id)")
    db.table("claims").create_index(["updated_at", "id"])
    # The change feed, written in the transaction of the change; AUTOINCREMENT: an id is never reused,
    # so a consumer's cursor never skips a change.
    db.execute(
        """CREATE TABLE grade_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            article_id INTEGER NOT NULL,
            old_grade TEXT,
            new_grade TEXT NOT NULL,
            old_score REAL,
            new_score REAL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX grade_changes_claim ON grade_changes (claim_id)")
    # Webhooks and their outbox: a delivery row is written in the transaction of the change and sent
    # later by a delivery worker, which claims it with one UPDATE (so several workers send it once).
    db.execute(
        """CREATE TABLE webhooks (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            events TEXT NOT NULL,
            secret TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE webhook_deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL,
            event TEXT NOT NULL,
            payload TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt REAL NOT NULL,
            lease_until REAL,
            last_status INTEGER,
            last_error TEXT,
            created_at TEXT NOT NULL,
            delivered_at TEXT
        )"""
    )
    db.execute("CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt)")
    db.execute("CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id)")


@migrations()
def m010_claims_fts_on_text_change(db: Database) -> None:
    # sqlite-utils' FTS trigger re-indexed a claim on every UPDATE, though re-grading, linking and
    # updated_at never touch the indexed columns: 190 µs per claim update instead of 40 µs (measured on
    # 20k claims). The index now follows changes of the text and terms only.
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'claims_au'").fetchone()
    if row is None or 'AFTER UPDATE ON "claims"' not in row[0]:
        return
    db.execute("DROP TRIGGER claims_au")
    db.execute(row[0].replace('AFTER UPDATE ON "claims"', 'AFTER UPDATE OF "text", "terms" ON "claims"'))


def compact_hash(text: str) -> bytes:
    """A text's identity in 8 bytes: what claims.text_hash holds since m011 (a BLOB, which the column's
    TEXT affinity leaves as it is; an integer would be stored as its decimal digits)."""
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


# A preset dictionary for the compression of article texts (m023): German words, most of them from the
# project's own lexicons, the most frequent last. Stored texts name it by its checksum (zlib's DICTID):
# the file must never change, or the texts compressed with it could not be read (tests/test_store.py).
TEXT_DICTIONARY_ADLER32 = 0x2AAFC1ED


@functools.cache
def text_dictionary() -> bytes:
    return resources.files("seeds").joinpath("text_dictionary.txt").read_bytes()


def compress_text(text: str) -> bytes:
    """An article's text as stored: zlib (m011, a third of the bytes for German prose), with the preset
    dictionary since m023 (a tenth less). Level 5: with the dictionary as small as level 9 and faster
    (setting the dictionary up costs the more, the higher the level)."""
    compressor = _primed_compressor().copy()  # the dictionary set up once (a copy: 0.15 against 0.19 ms)
    return compressor.compress(text.encode()) + compressor.flush()


@functools.cache
def _primed_compressor() -> zlib._Compress:
    return zlib.compressobj(5, zlib.DEFLATED, 15, 8, zlib.Z_DEFAULT_STRATEGY, text_dictionary())


_TOKENIZE = "tokenize='unicode61 remove_diacritics 0'"


@migrations()
def m011_compact_store(db: Database) -> None:
    # Issue 16: a store held 56 KB per FANG-COVID article, 9.4 × its text. The parts that repeat or
    # are wider than they need to be are cut here (figures in docs/performance.md).
    db.conn.create_function("compact_hash", 1, compact_hash, deterministic=True)
    db.conn.create_function("compress_text", 1, compress_text, deterministic=True)
    # A claim's text hash as 8 bytes instead of 64 hex characters, in the row and in its index;
    # the index on (outlet) alone repeats the first column of (outlet, text_hash) and goes.
    db.execute("DROP INDEX IF EXISTS idx_claims_outlet_text_hash")
    db.execute("DROP INDEX IF EXISTS idx_claims_outlet")
    db.execute("UPDATE claims SET text_hash = compact_hash(text_hash) WHERE typeof(text_hash) = 'text'")
    db.execute("CREATE INDEX idx_claims_outlet_text_hash ON claims (outlet, text_hash)")
    # Most claims name no conflict: only those that do are in the index a conflict's edit reads.
    db.execute("DROP INDEX IF EXISTS idx_claims_conflict")
    db.execute("CREATE INDEX idx_claims_conflict ON claims (conflict) WHERE conflict IS NOT NULL")
    # Article texts compressed (read whole, never searched in SQL).
    db.execute("UPDATE articles SET text = compress_text(text) WHERE typeof(text) = 'text'")
    # Two full-text indexes instead of one over both columns: the text keeps positions (the ?q= search
    # matches phrases), the terms are only ever looked up one at a time for retrieval, so they keep
    # no positions (detail=none); neither keeps column sizes (nothing is ranked by bm25).
    for trigger in ("claims_ai", "claims_ad", "claims_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS claims_fts")
    db.execute(
        f"CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id', columnsize=0, "
        f"{_TOKENIZE})"
    )
    db.execute(
        "CREATE VIRTUAL TABLE claims_terms_fts USING fts5(terms, content='claims', content_rowid='id', "
        f"columnsize=0, detail=none, {_TOKENIZE})"
    )
    db.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO claims_terms_fts (claims_terms_fts) VALUES ('rebuild')")
    db.execute(
        """CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
            INSERT INTO claims_terms_fts (rowid, terms) VALUES (new.id, new.terms);
        END"""
    )
    db.execute(
        """CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO claims_terms_fts (claims_terms_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
        END"""
    )
    # Only a change of the indexed column re-indexes (re-grading and linking touch neither).
    db.execute(
        """CREATE TRIGGER claims_au AFTER UPDATE OF text ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO claims_fts (rowid, text) VALUES (new.id, new.text);
        END"""
    )
    db.execute(
        """CREATE TRIGGER claims_terms_au AFTER UPDATE OF terms ON claims BEGIN
            INSERT INTO claims_terms_fts (claims_terms_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
            INSERT INTO claims_terms_fts (rowid, terms) VALUES (new.id, new.terms);
        END"""
    )


def claim_text_key(outlet: str, text_key: bytes) -> bytes:
    """What claims.text_hash holds since m012: the claim text's 8-byte key (compact_hash) bound to its
    outlet, in 8 bytes: the repeated texts of one outlet are found by this key alone (the outlet is no
    longer a column of claims)."""
    return hashlib.blake2b(outlet.encode() + b"\x1f" + text_key, digest_size=8).digest()


def article_text(stored: bytes | str) -> str:
    """An article's text as stored (zlib since m011, with the preset dictionary since m023; text before)."""
    if isinstance(stored, str):
        return stored
    if len(stored) > 1 and stored[1] & 0x20:  # FDICT: compressed with the preset dictionary
        decompressor = zlib.decompressobj(zdict=text_dictionary())
        return (decompressor.decompress(stored) + decompressor.flush()).decode()
    return zlib.decompress(stored).decode()


@migrations()
def m012_claims_read_their_article(db: Database) -> None:
    # Issue 16: a claim repeated its article's outlet, its publication date and its text (its article's
    # text from `start` to `end`): about 7 KB per FANG-COVID article. They are read from the article now;
    # a claim keeps a text of its own only where it differs from that slice. The full-text index of
    # the texts has no content table (content=''): the store writes it when it inserts a claim.
    conn = db.conn
    conn.create_function("claim_text_key", 2, claim_text_key, deterministic=True)
    for trigger in ("claims_ai", "claims_ad", "claims_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DROP TABLE IF EXISTS claims_fts")
    conn.execute(f"CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='', columnsize=0, {_TOKENIZE})")
    conn.execute("CREATE TEMP TABLE m012_own_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    after = 0
    while articles := conn.execute(
        "SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT 200", [after]
    ).fetchall():
        for article_id, stored in articles:
            full = article_text(stored)
            claims = conn.execute(
                'SELECT id, text, "start", "end" FROM claims WHERE article_id = ?', [article_id]
            ).fetchall()
            conn.executemany("INSERT INTO claims_fts (rowid, text) VALUES (?, ?)", [(c[0], c[1]) for c in claims])
            conn.executemany(
                "INSERT INTO m012_own_text (id, text) VALUES (?, ?)",
                [(c[0], c[1]) for c in claims if full[c[2] : c[3]] != c[1]],
            )
        after = articles[-1][0]
    # The outlet goes into the key of a repeated text; the index on (outlet, text_hash) becomes one on the key.
    conn.execute("DROP INDEX IF EXISTS idx_claims_outlet_text_hash")
    conn.execute(
        "UPDATE claims SET text_hash = claim_text_key(outlet, text_hash) "
        "WHERE outlet IS NOT NULL AND text_hash IS NOT NULL"
    )
    for column in ("outlet", "published_at", "text"):
        conn.execute(f'ALTER TABLE claims DROP COLUMN "{column}"')
    conn.execute("ALTER TABLE claims ADD COLUMN text TEXT")  # NULL: the article's text from start to end
    conn.execute("UPDATE claims SET text = o.text FROM temp.m012_own_text o WHERE o.id = claims.id")
    conn.execute("DROP TABLE temp.m012_own_text")
    conn.execute("CREATE INDEX idx_claims_text_hash ON claims (text_hash)")
    # The index of the terms keeps its content table (claims.terms) and its triggers.
    conn.execute(
        """CREATE TRIGGER claims_terms_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claims_terms_fts (rowid, terms) VALUES (new.id, new.terms);
        END"""
    )
    conn.execute(
        """CREATE TRIGGER claims_terms_ad AFTER DELETE ON claims BEGIN
            INSERT INTO claims_terms_fts (claims_terms_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
        END"""
    )


def time_value(at: str) -> int | str:
    """A time as stored since m013: seconds since 1970, where they read back as the very same text
    (`time_text`); any other text is kept as it is."""
    if type(at) is str:
        return _text_time_value(at)  # a POST writes the same second some hundred times
    return _time_value(at)


def _time_value(at: str) -> int | str:
    try:
        value = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return at
    if value.tzinfo is None:
        return at
    seconds = int(value.timestamp())
    return seconds if time_text(seconds) == at else at


_text_time_value = functools.lru_cache(maxsize=4096)(_time_value)


@functools.lru_cache(maxsize=4096)
def time_text(value: int | str) -> str:
    """A stored time as the API shows it: UTC to the second, ISO 8601 ("2026-11-29T15:06:24+00:00")."""
    if isinstance(value, int):
        return datetime.fromtimestamp(value, UTC).isoformat(timespec="seconds")
    return value


@migrations()
def m013_change_batches(db: Database) -> None:
    # Issue 16: every row of the change feed spelled out its reason ("article 1234 stored (example.de)")
    # and its time, the same for all the changes one write made (2.9 KB per FANG-COVID article). They
    # are stored once per batch now, the time as an integer; a change's article is its claim's.
    conn = db.conn
    conn.create_function("time_value", 1, time_value, deterministic=True)
    conn.execute(
        "CREATE TABLE grade_change_batches (id INTEGER PRIMARY KEY, reason TEXT NOT NULL, at INTEGER NOT NULL)"
    )
    conn.execute("CREATE TEMP TABLE m013_batches (id INTEGER PRIMARY KEY, reason TEXT, at TEXT, UNIQUE (reason, at))")
    conn.execute(
        "INSERT INTO temp.m013_batches (reason, at) SELECT reason, at FROM grade_changes GROUP BY reason, at "
        "ORDER BY min(id)"
    )
    conn.execute(
        "INSERT INTO grade_change_batches (id, reason, at) SELECT id, reason, time_value(at) FROM temp.m013_batches"
    )
    conn.execute("ALTER TABLE grade_changes ADD COLUMN batch_id INTEGER REFERENCES grade_change_batches(id)")
    conn.execute(
        "UPDATE grade_changes SET batch_id = b.id FROM temp.m013_batches b "
        "WHERE b.reason = grade_changes.reason AND b.at = grade_changes.at"
    )
    conn.execute("DROP TABLE temp.m013_batches")
    for column in ("reason", "at", "article_id"):
        conn.execute(f'ALTER TABLE grade_changes DROP COLUMN "{column}"')


@migrations()
def m014_integer_times(db: Database) -> None:
    # Issue 16: a claim's updated_at (in its row and in the (updated_at, id) index) and a proposition's
    # created_at were 25 characters of ISO 8601 each: seconds since 1970 take 4 or 5 bytes, read back as
    # the same text (time_text). The columns are made anew with INTEGER affinity (a TEXT column would
    # store the number as text).
    conn = db.conn
    conn.create_function("time_value", 1, time_value, deterministic=True)
    conn.execute("DROP INDEX IF EXISTS idx_claims_updated_at_id")
    for table, column in (("claims", "updated_at"), ("propositions", "created_at")):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN m014_time INTEGER")
        conn.execute(f"UPDATE {table} SET m014_time = time_value({column}) WHERE {column} IS NOT NULL")
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute(f"ALTER TABLE {table} RENAME COLUMN m014_time TO {column}")
    conn.execute("CREATE INDEX idx_claims_updated_at_id ON claims (updated_at, id)")


@migrations()
def m015_compact_claim_fields(db: Database) -> None:
    # Issue 16: most of a claim's lists are empty ('[]': two bytes and a header byte each, six lists) and
    # nearly every stance is "support" (seven bytes): an empty list is stored as NULL, "support" as ''
    # (no bytes). The index on sources(party) served no query (a party is searched in claims).
    for column in ("hedges", "speech", "origin_parties", "origin_media", "origin_sources", "quantities"):
        db.execute(f"UPDATE claims SET {column} = NULL WHERE {column} = '[]'")
    db.execute("UPDATE claims SET stance = '' WHERE stance = 'support'")
    db.execute("DROP INDEX IF EXISTS idx_sources_party")


def score_value(score: float | None) -> float | int | None:
    """A score as stored since m016: in ten-thousandths, a whole number (a REAL column keeps it in one to
    three bytes instead of eight), where that reads back as the very same float; else as it is. Scores
    are in [0, 1] and rounded to four places (scoring.grading), so a stored fraction is never whole."""
    if score is None:
        return None
    scaled = round(score * 10000)
    return scaled if scaled / 10000 == score else score


def score_of(value: float | int | None) -> float | None:
    """A stored score as it was given (score_value)."""
    if value is None:
        return None
    return value / 10000 if float(value).is_integer() else float(value)


@migrations()
def m016_scores_in_ten_thousandths(db: Database) -> None:
    # Issue 16: every claim's score and the scores of the change feed took eight bytes each (a REAL);
    # rounded to four places, they are stored as whole ten-thousandths (two bytes).
    db.conn.create_function("score_value", 1, score_value, deterministic=True)
    for table, columns in (("claims", ("score",)), ("grade_changes", ("old_score", "new_score"))):
        for column in columns:
            db.execute(f"UPDATE {table} SET {column} = score_value({column}) WHERE {column} IS NOT NULL")


SHINGLE_SHIFT = 16


def shingle_key(value: int) -> int:
    """A shingle's hash as stored since m017: its top 47 bits, six bytes in a record instead of eight (a
    match by chance among 10^8 stored shingles stays below one in a million)."""
    return value >> SHINGLE_SHIFT


@migrations()
def m017_shingle_keys(db: Database) -> None:
    # Issue 16: the sampled word-run hashes of every article (about 140 a FANG-COVID article) as 47-bit keys.
    db.execute(
        "CREATE TABLE m017_shingles (hash INTEGER NOT NULL, article_id INTEGER NOT NULL "
        "REFERENCES articles(id), PRIMARY KEY (hash, article_id)) WITHOUT ROWID"
    )
    db.execute(
        f"INSERT OR IGNORE INTO m017_shingles (hash, article_id) SELECT hash >> {SHINGLE_SHIFT}, article_id "
        "FROM article_shingles ORDER BY 1, 2"
    )
    db.execute("DROP TABLE article_shingles")
    db.execute("ALTER TABLE m017_shingles RENAME TO article_shingles")


def pack_term_ids(ids: list[int]) -> bytes:
    """A claim's terms as stored since m018: the ids of its words in the vocabulary (`terms`), in order,
    each as a varint (7 bits a byte; the most frequent words have the smallest ids)."""
    out = bytearray()
    for value in ids:
        while value >= 0x80:
            out.append((value & 0x7F) | 0x80)
            value >>= 7
        out.append(value)
    return bytes(out)


def unpack_term_ids(packed: bytes) -> list[int]:
    ids, value, shift = [], 0, 0
    for byte in packed:
        value |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
        else:
            ids.append(value)
            value, shift = 0, 0
    return ids


def term_words(terms: str | None) -> list[str] | None:
    """The words of a claim's terms as the store keeps them by id, or None when they would not read back
    as the same text (none, or a space too many): such terms are kept as text."""
    if not terms:
        return None
    words = terms.split(" ")
    return words if all(words) else None


@migrations()
def m018_term_ids(db: Database) -> None:
    # Issue 16: a claim's terms (3.6 KB per FANG-COVID article, the largest part of a claim's row) were
    # its words spelled out; each is now a varint id into a vocabulary that also counts the claims
    # holding it (term_stats before). The index of the terms is fed by the store (no content table).
    conn = db.conn
    conn.execute(
        "CREATE TABLE terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute("INSERT INTO terms (term, df) SELECT term, df FROM term_stats ORDER BY df DESC, term")
    for trigger in ("claims_term_stats", "claims_terms_ai", "claims_terms_ad", "claims_terms_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DROP TABLE term_stats")
    conn.execute("DROP TABLE IF EXISTS claims_terms_fts")
    conn.execute(
        f"CREATE VIRTUAL TABLE claims_terms_fts USING fts5(terms, content='', columnsize=0, detail=none, {_TOKENIZE})"
    )
    ids = dict(conn.execute("SELECT term, id FROM terms"))
    after = 0
    while rows := conn.execute(
        "SELECT id, terms FROM claims WHERE id > ? AND terms IS NOT NULL ORDER BY id LIMIT 5000", [after]
    ).fetchall():
        packed = []
        for claim_id, terms in rows:
            words = term_words(terms)
            if words is not None and all(word in ids for word in words):
                packed.append((pack_term_ids([ids[word] for word in words]), claim_id))
        conn.executemany("UPDATE claims SET terms = ? WHERE id = ?", packed)
        conn.executemany("INSERT INTO claims_terms_fts (rowid, terms) VALUES (?, ?)", [(r[0], r[1]) for r in rows])
        after = rows[-1][0]


@migrations()
def m019_text_index_without_positions(db: Database) -> None:
    # Issue 16: the index of the claims' texts (the `?q=` search) kept every word's positions, 3.3 KB per
    # FANG-COVID article; without them (detail=none) it takes 1.6. A phrase of several words
    # ("Covid-19") is found by its words and then checked in the claim's text (store._PhraseCheck).
    # Segments are merged two at a time (automerge 2: fewer, larger segments for a small cost per write).
    conn = db.conn
    conn.execute("DROP TABLE IF EXISTS claims_fts")
    conn.execute(
        f"CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='', columnsize=0, detail=none, {_TOKENIZE})"
    )
    conn.execute("INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 2)")
    after = 0
    while articles := conn.execute(
        "SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT 200", [after]
    ).fetchall():
        for article_id, stored in articles:
            full = article_text(stored)
            conn.executemany(
                "INSERT INTO claims_fts (rowid, text) VALUES (?, ?)",
                [
                    (claim_id, own if own is not None else full[start:end])
                    for claim_id, own, start, end in conn.execute(
                        'SELECT id, text, "start", "end" FROM claims WHERE article_id = ?', [article_id]
                    )
                ],
            )
        after = articles[-1][0]
    # A store built before holds both indexes in many segments: merged into one each.
    conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO claims_terms_fts (claims_terms_fts) VALUES ('optimize')")


@migrations()
def m020_repeated_text_counts(db: Database) -> None:
    # Issue 16: the key of a claim's text (bound to its outlet, m012) was a column of every claim and an
    # index (1.3 KB per FANG-COVID article), read only to count the articles that print a text (page
    # furniture). The count is kept per key now, in a table keyed by it.
    conn = db.conn
    conn.execute("CREATE TABLE claim_texts (key BLOB PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute(
        "INSERT INTO claim_texts (key, articles) SELECT text_hash, count(DISTINCT article_id) FROM claims "
        "WHERE text_hash IS NOT NULL GROUP BY text_hash ORDER BY text_hash"
    )
    conn.execute("DROP INDEX IF EXISTS idx_claims_text_hash")
    conn.execute("ALTER TABLE claims DROP COLUMN text_hash")


@migrations()
def m021_claims_by_article_range(db: Database) -> None:
    # Issue 16: the index of claims by article (0.6 KB per FANG-COVID article) is replaced by each
    # article's first and last claim id: an article's claims are written together, with consecutive ids,
    # and are read by primary key between the two.
    conn = db.conn
    conn.execute("ALTER TABLE articles ADD COLUMN first_claim INTEGER")
    conn.execute("ALTER TABLE articles ADD COLUMN last_claim INTEGER")
    conn.execute(
        "UPDATE articles SET first_claim = r.low, last_claim = r.high FROM (SELECT article_id, min(id) AS low, "
        "max(id) AS high FROM claims GROUP BY article_id) AS r WHERE r.article_id = articles.id"
    )
    conn.execute("DROP INDEX IF EXISTS idx_claims_article_id")


# A claim's hedge cues and reported-speech cues as stored since m022: each an array of its values in
# this order, the keys once here instead of in every row.
SPAN_KEYS = {
    "hedges": ("cue", "start", "end", "kind", "decisive"),
    "speech": ("cue", "start", "end"),
}


def compact_spans(spans: list[Any], keys: tuple[str, ...]) -> list[Any]:
    """Spans as stored since m022: [[cue, start, end, …], …] where every span has exactly `keys`, in their
    order (so that they read back the same); else as they are."""
    if spans and all(isinstance(span, dict) and tuple(span) == keys for span in spans):
        return [list(span.values()) for span in spans]
    return spans


def spans_of(stored: list[Any], keys: tuple[str, ...]) -> list[Any]:
    """Stored spans as they were given (compact_spans)."""
    return [dict(zip(keys, span, strict=True)) if isinstance(span, list) else span for span in stored]


def _compact_spans_json(value: str, column: str) -> str:
    return json.dumps(compact_spans(json.loads(value), SPAN_KEYS[column]), ensure_ascii=False, separators=(",", ":"))


@migrations()
def m022_spans_as_arrays(db: Database) -> None:
    # Issue 16: a claim's hedge and speech cues repeated their keys in every row ("cue", "start", "end",
    # "kind", "decisive"; 0.6 KB per FANG-COVID article): they are arrays of the values now.
    db.conn.create_function("compact_spans_json", 2, _compact_spans_json, deterministic=True)
    for column in SPAN_KEYS:
        db.execute(f"UPDATE claims SET {column} = compact_spans_json({column}, '{column}') WHERE {column} IS NOT NULL")


@migrations()
def m023_texts_with_a_preset_dictionary(db: Database) -> None:
    # Issue 16: an article's compressed text (2.8 KB per FANG-COVID article) starts with a dictionary of
    # German words preset: 12 % fewer bytes. Texts compressed before read as they did (article_text).
    conn = db.conn
    conn.create_function("compress_text", 1, compress_text, deterministic=True)
    conn.create_function("article_text", 1, article_text, deterministic=True)
    conn.execute("UPDATE articles SET text = compress_text(article_text(text)) WHERE typeof(text) = 'blob'")


@migrations()
def m024_change_order_index(db: Database) -> None:
    # Issue 16: the index that sorts claims by change held (updated_at, id) and the row's id once more
    # (0.95 KB per FANG-COVID article); an index on updated_at alone is ordered by (updated_at, id) as well
    # (an index entry ends with its row's id) and serves the same queries.
    db.execute("DROP INDEX IF EXISTS idx_claims_updated_at_id")
    db.execute("CREATE INDEX idx_claims_updated_at ON claims (updated_at)")


# A claim's flags as stored since m025: bit i of `claims.flags` is CLAIM_FLAGS[i] (m027 added "quoted").
_M025_FLAGS = ("hedged", "reported_speech", "attributed", "belligerent", "negated")
CLAIM_FLAGS = (*_M025_FLAGS, "quoted")


@migrations()
def m025_claim_flags(db: Database) -> None:
    # Issue 16: a claim's five flags took a byte of the record's header each (0.25 KB per FANG-COVID
    # article): they are the bits of one integer (none set for most claims: no byte of value).
    conn = db.conn
    conn.execute("ALTER TABLE claims ADD COLUMN flags INTEGER NOT NULL DEFAULT 0")
    bits = " | ".join(f"((coalesce({name}, 0) != 0) << {bit})" for bit, name in enumerate(_M025_FLAGS))
    conn.execute(f"UPDATE claims SET flags = {bits}")
    for name in _M025_FLAGS:
        conn.execute(f'ALTER TABLE claims DROP COLUMN "{name}"')


@migrations()
def m026_compact_article_hashes(db: Database) -> None:
    # Issue 16: an article's text hash (by which the same outlet's same text is found again) was 64 hex
    # characters in its row and in the (outlet, text_hash) index; 8 bytes (compact_hash) as for claims.
    db.conn.create_function("compact_hash", 1, compact_hash, deterministic=True)
    db.execute("UPDATE articles SET text_hash = compact_hash(text_hash) WHERE typeof(text_hash) = 'text'")
    db.execute("REINDEX idx_articles_outlet_text_hash")


@migrations()
def m027_quoted_claims(db: Database) -> None:
    # Issue 13: a claim that is somebody's words (reported speech, or a quotation standing alone) is never
    # the outlet's own report; the flag was not stored before. Set for the claims stored already, from the
    # speech cues they hold and their text (their own, or their article's from start to end).
    conn = db.conn
    quoted = 1 << CLAIM_FLAGS.index("quoted")
    conn.execute(f"UPDATE claims SET flags = flags | {quoted} WHERE speech IS NOT NULL")
    found = [(claim_id,) for claim_id, text in _claim_texts(conn, "speech IS NULL") if quotes_alone(text)]
    conn.executemany(f"UPDATE claims SET flags = flags | {quoted} WHERE id = ?", found)


def _claim_texts(conn: Any, where: str = "1") -> Iterator[tuple[int, str]]:
    """Each claim's id and text, in id order: its own, or its article's from start to end (an article's
    claims follow one another: its text read and decompressed once)."""
    cursor = conn.execute(f'SELECT id, text, "start", "end", article_id FROM claims WHERE {where} ORDER BY id')
    article, whole = None, ""
    for claim_id, own, start, end, article_id in cursor:
        if own is None and article_id != article:
            article = article_id
            whole = article_text(conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0])
        yield claim_id, own if own is not None else whole[start:end]


@migrations()
def m028_claim_wordings(db: Database) -> None:
    # Issue 13: an outlet printing another voice's sentence word for word copied it (a wire's paragraph in
    # its own report): the key of each claim's words (reprints.wording_key), to tell such copies among a
    # proposition's claims. Set for the claims stored already, from their text (their own, or their
    # article's from start to end), with the seeds' least number of words.
    db.conn.execute("ALTER TABLE claims ADD COLUMN wording BLOB")
    _set_wordings(db.conn)


def _set_wordings(conn: Any) -> None:
    """Each stored claim's wording key made from its text, with the seeds' least number of words."""
    import seeds  # the data package reads scoring's rules: imported where it is needed

    least = int(seeds.rules().weights.copy_min_words)
    keys = ((wording_key(text, least), claim_id) for claim_id, text in _claim_texts(conn))
    conn.executemany("UPDATE claims SET wording = ? WHERE id = ?", [(k, i) for k, i in keys if k is not None])


@migrations()
def m029_wordings_in_any_order(db: Database) -> None:
    # Issue 13: a copy with a phrase moved to the front is still a copy (reprints.wording_key reads the
    # words in any order): each claim's key made anew from its text, as m028 made it.
    _set_wordings(db.conn)


@migrations()
def m030_declared_acts(db: Database) -> None:
    # Issue 13: a declared act told in an outlet's own voice ("China rief zur Zurückhaltung auf") has the actor as its
    # origin: every outlet telling it has it from them. Claims stored before keep none (their outlet's voice).
    db.table("claims").add_column("declared_by", str)
