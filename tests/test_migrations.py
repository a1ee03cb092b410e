"""Migrations that change how the store keeps itself in step (see also test_changes for m009)."""

from __future__ import annotations

import json

from service import store
from service.migrations import claim_text_key, compact_hash, compress_text, migrations


def _store_before(path, migration: str):
    """A store in the layout of the migrations before `migration`, holding one outlet (taz.de)."""
    db = store.connect(str(path))
    with store.write_transaction(db):
        migrations.apply(db, stop_before=migration)
    db.execute("INSERT INTO outlets (domain, name, owner_group, names) VALUES ('taz.de', 'taz', 'taz', '[]')")
    return db


def test_the_store_writes_both_full_text_indexes(tmp_path):
    db = store.connect(str(tmp_path / "fts.db"))
    store.migrate(db)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'claims_au'").fetchone()[0] == 0
    store.ensure_outlet(db, "taz.de")
    article = store.insert_article(
        db, {"outlet": "taz.de", "text": "x", "text_hash": "h", "voice": "taz.de", "created_at": store.now()}
    )
    claim = store.insert_claim(
        db, {"article_id": article, "text": "Der Deich bei Orlingen hielt.", "start": 0, "end": 1, "terms": "deich"}, []
    )

    def found(word: str) -> list[int]:
        return [c["id"] for c in store.search_claims(db, {"q": word}, after=0, limit=10)]

    def candidates(term: str) -> list[int]:
        return [c["id"] for c in store.candidate_claims(db, [term], exclude_article=0, per_term=10, limit=10)]

    store.update_scores(db, [(0.5, "C", 3, claim)])  # a re-grade leaves the indexes as they are
    assert found("Deich") == [claim] and found("Orlingen") == [claim] and candidates("deich") == [claim]
    # Not its article's text from start to end: the claim keeps its own, and reads it back.
    assert store.get_claim(db, claim)["text"] == "Der Deich bei Orlingen hielt."
    assert store.get_claim(db, claim)["terms"] == "deich"  # kept as the id of the word (m018)
    assert db.execute("SELECT df FROM terms WHERE term = 'deich'").fetchone()[0] == 1
    assert store.integrity_problems(db) == []
    db.close()


def test_a_store_of_the_old_layout_keeps_everything_when_compacted(tmp_path):
    """m011: claim text hashes become 8 bytes, article texts are compressed, and the full-text
    index is split into one for the text and one for the terms; a store written before keeps every
    article, hash and search result."""
    db = store.connect(str(tmp_path / "old.db"))
    with store.write_transaction(db):
        migrations.apply(db, stop_before="m011_compact_store")
    text = "Die Brücke über die Selde bei Varnholt ist seit Montag gesperrt, sagte der Bürgermeister."
    db.execute("INSERT INTO outlets (domain, name, owner_group, names) VALUES ('taz.de', 'taz', 'taz', '[]')")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) VALUES (1, 'taz.de', ?, 'a1', 'taz', ?)",
        [text, store.now()],
    )
    hex_hash = "9f" * 32
    for claim_id in (1, 2):
        db.execute(
            'INSERT INTO claims (id, article_id, outlet, text, "start", "end", terms, text_hash, hedges) '
            "VALUES (?, 1, 'taz.de', ?, 0, 60, 'brücke selde varnholt gesperrt', ?, '[]')",
            [claim_id, text[:60], hex_hash],
        )
    db.conn.commit()
    store.migrate(db)
    assert db.execute("SELECT typeof(text) FROM articles").fetchone()[0] == "blob"
    assert store.get_article(db, 1)["text"] == text
    # The two claims' text, printed by one article, is counted under its 8-byte key (m020).
    assert db.execute("SELECT typeof(key), articles FROM claim_texts").fetchall() == [("blob", 1)]
    assert store.repeated_texts(db, "taz.de", [hex_hash, "0" * 64], 1) == {hex_hash}
    assert [c["id"] for c in store.search_claims(db, {"q": "Varnholt"}, after=0, limit=10)] == [1, 2]
    assert [c["id"] for c in store.candidate_claims(db, ["selde"], exclude_article=9, per_term=10, limit=10)] == [2, 1]
    assert store.integrity_problems(db) == []
    # New rows are written in the new layout and found the same way.
    article = store.insert_article(
        db, {"outlet": "taz.de", "text": text, "text_hash": "a2", "voice": "taz", "created_at": store.now()}
    )
    store.insert_claim(
        db,
        {
            "article_id": article,
            "outlet": "taz.de",
            "text": text[:60],
            "start": 0,
            "end": 60,
            "terms": "selde",
            "text_hash": hex_hash,
            "hedges": [{"cue": "sagte", "start": 1, "end": 2}],
        },
        [],
    )
    assert store.repeated_texts(db, "taz.de", [hex_hash], 2) == {hex_hash}
    assert json.loads(db.execute("SELECT hedges FROM claims WHERE id = 3").fetchone()[0])[0]["cue"] == "sagte"
    assert [c["id"] for c in store.candidate_claims(db, ["selde"], exclude_article=9, per_term=10, limit=10)] == [
        3,
        2,
        1,
    ]
    assert store.integrity_problems(db) == []
    db.close()


def test_the_compacted_store_finds_edited_claims_through_its_indexes(tmp_path):
    db = store.connect(str(tmp_path / "plan.db"))
    store.migrate(db)
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_claims_outlet" not in names and "idx_claims_outlet_text_hash" not in names  # m011, m012
    for sql, params in (
        (store.PROPOSITIONS_OF_OUTLET, ["taz.de"]),
        (store.BELLIGERENCE_OF_CONFLICT, ["alpha-beta"]),
        ("SELECT key FROM claim_texts WHERE key IN (?, ?) AND articles >= ?", [b"12345678", b"87654321", 2]),
        (f"SELECT c.id FROM claims c WHERE {store._OF_ARTICLE} ORDER BY c.id", [5]),  # m021
    ):
        plan = [str(row[-1]) for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert not any(step.startswith("SCAN") for step in plan), plan  # every table searched by an index
    db.close()


def test_the_change_feed_keeps_every_change_when_its_reasons_and_times_go_into_batches(tmp_path):
    """m013: a change's reason and time are stored once per batch, its article read from its claim;
    the feed reads as before, and a time that is no UTC second of ISO 8601 is kept as written."""
    db = _store_before(tmp_path / "feed.db", "m013_change_batches")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) "
        "VALUES (4, 'taz.de', 'x', 'a', 'taz', ?)",
        [store.now()],
    )
    for claim_id in (7, 8):
        db.execute('INSERT INTO claims (id, article_id, "start", "end") VALUES (?, 4, 0, 1)', [claim_id])
    changes = [
        (1, 7, None, "B2", None, 0.61, "article 4 stored (taz.de)", "2026-03-01T10:00:00+00:00"),
        (2, 8, None, "C3", None, 0.42, "article 4 stored (taz.de)", "2026-03-01T10:00:00+00:00"),
        (3, 7, "B2", "A2", 0.61, 0.83, "outlet taz.de edited", "2026-03-02T11:30:05+00:00"),
        (4, 8, "C3", "B3", 0.42, 0.55, "re-graded", "2026-03-02 11:30"),
    ]
    db.conn.executemany(
        "INSERT INTO grade_changes (id, claim_id, article_id, old_grade, new_grade, old_score, new_score, reason, at) "
        "VALUES (?, ?, 4, ?, ?, ?, ?, ?, ?)",
        changes,
    )
    db.conn.commit()
    store.migrate(db)
    keys = ("id", "claim_id", "old_grade", "new_grade", "old_score", "new_score", "reason", "at")
    expected = [{**dict(zip(keys, change, strict=True)), "article_id": 4} for change in changes]
    assert store.grade_changes(db, after=0, limit=10) == expected
    assert [c["id"] for c in store.grade_changes(db, after=1, limit=10, claim_id=8)] == [2, 4]
    assert db.execute("SELECT count(*) FROM grade_change_batches").fetchone()[0] == 3
    assert db.execute("SELECT typeof(at) FROM grade_change_batches ORDER BY id").fetchall() == [
        ("integer",),
        ("integer",),
        ("text",),
    ]
    store.relabel_changes(db, 2, "re-analysis")
    assert [c["reason"] for c in store.grade_changes(db, after=0, limit=10)][2:] == ["re-analysis"] * 2
    assert store.integrity_problems(db) == []
    db.close()


def test_times_become_integers_and_read_back_as_the_same_text(tmp_path):
    """m014: claims.updated_at and propositions.created_at as seconds since 1970; the API reads the
    same ISO 8601 text, and the claims sorted by change come in the same order."""
    db = _store_before(tmp_path / "times.db", "m014_integer_times")
    text = "Der Pegel der Selde stieg über Nacht um zwei Meter."
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) VALUES (1, 'taz.de', ?, 'a', 'taz', ?)",
        [compress_text(text), "2026-03-01T10:00:00+00:00"],
    )
    times = ["2026-03-02T09:15:00+00:00", "2026-03-01T10:00:00+00:00", "2026-03-02T09:15:00+00:00"]
    for claim_id, at in enumerate(times, 1):
        db.execute("INSERT INTO propositions (id, created_at) VALUES (?, ?)", [claim_id, at])
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", proposition_id, updated_at) VALUES (?, 1, 0, 9, ?, ?)',
            [claim_id, claim_id, at],
        )
    db.conn.commit()
    store.migrate(db)
    assert [c["updated_at"] for c in store.claims_of_article(db, 1)] == times
    assert [p["created_at"] for p in store.list_propositions(db, after=0, limit=10)] == times
    assert db.execute("SELECT DISTINCT typeof(updated_at) FROM claims").fetchall() == [("integer",)]
    by_change = store.search_claims(db, {}, after=0, limit=10, sort="updated_at")
    assert [c["id"] for c in by_change] == [2, 1, 3]
    after = (by_change[1]["updated_at"], by_change[1]["id"])
    assert [c["id"] for c in store.search_claims(db, {}, after=after, limit=10, sort="updated_at")] == [3]
    assert store.get_claim(db, 1)["text"] == text[:9]
    plan = [str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN SELECT id FROM claims ORDER BY updated_at, id")]
    assert any("idx_claims_updated_at" in step for step in plan), plan  # on (updated_at) alone since m024
    db.close()


def test_empty_lists_and_the_supporting_stance_take_no_bytes_and_read_as_before(tmp_path):
    """m015: an empty list is stored as NULL, the stance "support" as ''; a claim reads as before, and
    the filters by stance and by party find the same claims."""
    db = _store_before(tmp_path / "lists.db", "m015_compact_claim_fields")
    text = "Laut der Regierung von Velmar ist die Grenze seit gestern geschlossen."
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) VALUES (1, 'taz.de', ?, 'a', 'taz', ?)",
        [compress_text(text), store.now()],
    )
    lists = ("hedges", "speech", "origin_parties", "origin_media", "origin_sources", "quantities")
    for claim_id, stance, parties in ((1, "support", "[]"), (2, "deny", '["VE"]')):
        db.execute(
            f'INSERT INTO claims (id, article_id, "start", "end", stance, {", ".join(lists)}) '
            "VALUES (?, 1, 0, 20, ?, '[]', '[]', ?, '[]', '[]', '[]')",
            [claim_id, stance, parties],
        )
    db.conn.commit()
    store.migrate(db)
    first, second = store.claims_of_article(db, 1)
    assert {column: first[column] for column in lists} == dict.fromkeys(lists, [])
    assert (first["stance"], second["stance"], second["origin_parties"]) == ("support", "deny", ["VE"])
    assert db.execute("SELECT stance, hedges FROM claims WHERE id = 1").fetchone() == ("", None)
    assert [c["id"] for c in store.search_claims(db, {"stance": "support"}, after=0, limit=10)] == [1]
    assert [c["id"] for c in store.search_claims(db, {"party": "VE"}, after=0, limit=10)] == [2]
    assert [p["claims"] for p in store.list_propositions(db, after=0, limit=10)] == []
    store.set_stance(db, 2, "support")
    assert store.get_claim(db, 2)["stance"] == "support"
    assert "idx_sources_party" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    db.close()


def test_scores_in_ten_thousandths_read_back_as_the_same_floats(tmp_path):
    """m016: scores rounded to four places are stored as whole ten-thousandths; one that is not (an
    older store's) stays as it was; the filter by score and the change feed read the same floats."""
    db = _store_before(tmp_path / "scores.db", "m016_scores_in_ten_thousandths")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) VALUES (1, 'taz.de', ?, 'a', 'taz', ?)",
        [compress_text("Die Fähre nach Kalmsund fährt wieder."), store.now()],
    )
    scores = [0.4225, 1.0, 0.0, 0.1 + 0.2, 0.5769]  # 0.1 + 0.2 is no four-place number
    for claim_id, score in enumerate(scores, 1):
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", score) VALUES (?, 1, 0, 9, ?)', [claim_id, score]
        )
    db.execute("INSERT INTO grade_change_batches (id, reason, at) VALUES (1, 'x', 0)")
    db.execute(
        "INSERT INTO grade_changes (claim_id, old_grade, new_grade, old_score, new_score, batch_id) "
        "VALUES (1, 'C3', 'B2', 0.3333, 0.4225, 1)"
    )
    db.conn.commit()
    store.migrate(db)
    assert [c["score"] for c in store.claims_of_article(db, 1)] == scores
    assert db.execute("SELECT score FROM claims WHERE id = 1").fetchone()[0] == 4225
    above = store.search_claims(db, {"min_score": 0.4225}, after=0, limit=10)
    assert [c["id"] for c in above] == [1, 2, 5]
    (change,) = store.grade_changes(db, after=0, limit=10)
    assert (change["old_score"], change["new_score"]) == (0.3333, 0.4225)
    store.update_scores(db, [(0.1234, "C", 3, 4)])
    assert store.get_claim(db, 4)["score"] == 0.1234
    db.close()


def test_shingles_are_kept_by_their_top_bits(tmp_path):
    """m017: a stored shingle keeps the top 47 of its 63 bits; an article is found by the same hashes."""
    db = _store_before(tmp_path / "shingles.db", "m017_shingle_keys")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, shingle_count) "
        "VALUES (1, 'taz.de', ?, 'a', 'taz', ?, 3)",
        [compress_text("Der Leuchtturm von Skerholm wird abgerissen."), store.now()],
    )
    hashes = [(1 << 62) + 12, (5 << 50) + 4, 987654321 << 20]
    db.conn.executemany("INSERT INTO article_shingles (hash, article_id) VALUES (?, 1)", [(h,) for h in hashes])
    db.conn.commit()
    store.migrate(db)
    assert store.shared_shingles(db, hashes, exclude_article=9, max_postings=10) == {1: (3, 3, "taz")}
    widths = db.execute("SELECT DISTINCT hash < (1 << 47) FROM article_shingles").fetchall()
    assert widths == [(1,)]
    assert store.integrity_problems(db) == []
    db.close()


def test_terms_become_word_ids_and_read_back_as_the_same_text(tmp_path):
    """m018: a claim's terms as varint ids into the vocabulary, which keeps each word's claim count; terms
    that would not read back the same (a doubled space) stay text; retrieval finds the same claims."""
    db = _store_before(tmp_path / "terms.db", "m018_term_ids")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) VALUES (1, 'taz.de', ?, 'a', 'taz', ?)",
        [compress_text("Im Hafen von Nordwick liegen drei Frachter fest."), store.now()],
    )
    terms = ["frachter hafen nordwick", "0n3 frachter", "hafen  nordwick", None]
    for claim_id, text in enumerate(terms, 1):
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", terms) VALUES (?, 1, 0, 9, ?)', [claim_id, text]
        )
    db.conn.commit()
    counts = dict(db.execute("SELECT term, df FROM term_stats").fetchall())
    store.migrate(db)
    assert [c["terms"] for c in store.claims_of_article(db, 1)] == terms
    assert [typeof for (typeof,) in db.execute("SELECT typeof(terms) FROM claims ORDER BY id")] == [
        "blob",
        "blob",
        "text",
        "null",
    ]
    assert dict(db.execute("SELECT term, df FROM terms").fetchall()) == counts
    assert store.term_document_frequencies(db, ["frachter", "nordwick"]) == (4, {"frachter": 2, "nordwick": 2})
    found = store.candidate_claims(db, ["frachter"], exclude_article=9, per_term=10, limit=10)
    assert [(c["id"], c["terms"]) for c in found] == [(2, "0n3 frachter"), (1, "frachter hafen nordwick")]
    # A transaction that is rolled back forgets the ids it gave.
    with store.write_transaction(db, commit=False):
        store.insert_claim(db, {"article_id": 1, "text": "x", "start": 0, "end": 1, "terms": "kran"}, [])
    store.insert_claim(db, {"article_id": 1, "text": "x", "start": 0, "end": 1, "terms": "leuchtfeuer"}, [])
    assert [c["terms"] for c in store.claims_of_article(db, 1)][-1] == "leuchtfeuer"
    assert store.integrity_problems(db) == []
    db.close()


def test_the_text_index_is_rebuilt_without_positions_and_finds_the_same_claims(tmp_path):
    """m019: the `?q=` index of a store written before is built anew from its claims' texts (their
    article's slice or their own) without positions; words and phrases find the claims they found."""
    db = _store_before(tmp_path / "text.db", "m019_text_index_without_positions")
    text = "Die Fähre nach Quellholm fährt wieder. Der Covid-19-Test in Quellholm blieb ohne Befund."
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) VALUES (1, 'taz.de', ?, 'a', 'taz', ?)",
        [compress_text(text), store.now()],
    )
    claims = [(1, None, 0, 38), (2, None, 39, len(text)), (3, "Ein Test, Covid und 19 Proben in Quellholm.", 0, 5)]
    for claim_id, own, start, end in claims:
        db.execute(
            'INSERT INTO claims (id, article_id, text, "start", "end") VALUES (?, 1, ?, ?, ?)',
            [claim_id, own, start, end],
        )
        db.execute("INSERT INTO claims_fts (rowid, text) VALUES (?, ?)", [claim_id, own or text[start:end]])
    db.conn.commit()

    def found(query: str) -> list[int]:
        return [c["id"] for c in store.search_claims(db, {"q": query}, after=0, limit=10)]

    before = {q: found(q) for q in ("Quellholm", "Fähre", "Covid-19", "covid 19", "19-Test", "Test Covid")}
    assert before["Covid-19"] == [2] and before["Quellholm"] == [1, 2, 3]
    store.migrate(db)
    assert "detail=none" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'claims_fts'").fetchone()[0]
    assert {q: found(q) for q in before} == before
    # Claims written after it are found the same way.
    store.insert_claim(db, {"article_id": 1, "text": "Covid-19 auch in Quellholm.", "start": 0, "end": 3}, [])
    assert found("Covid-19") == [2, 4]
    assert store.integrity_problems(db) == []
    db.close()


def _three_articles(db, text: str) -> None:
    """Articles 1, 2 and 3 of taz.de, each printing `text`, in the layout before m021."""
    for article_id in (1, 2, 3):
        db.execute(
            "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at) "
            "VALUES (?, 'taz.de', ?, ?, 'taz', ?)",
            [article_id, compress_text(text), str(article_id), store.now()],
        )


def test_repeated_texts_are_counted_per_article_in_a_table_of_their_own(tmp_path):
    """m020: the key of a claim's text leaves the claims (column and index); the number of articles
    printing each text is kept by key, counted from the claims of a store written before, and then
    by every article written."""
    db = _store_before(tmp_path / "furniture.db", "m020_repeated_text_counts")
    _three_articles(db, "Folgen Sie uns. Der Pegel der Wenne steigt.")
    promo, river = (claim_text_key("taz.de", compact_hash(h)) for h in ("promo", "river"))
    rows = [(1, 1, promo), (2, 1, promo), (3, 1, river), (4, 2, promo), (5, 3, None)]
    db.conn.executemany('INSERT INTO claims (id, article_id, "start", "end", text_hash) VALUES (?, ?, 0, 14, ?)', rows)
    db.conn.commit()
    store.migrate(db)
    assert "text_hash" not in {c[1] for c in db.execute("PRAGMA table_info(claims)")}
    assert dict(db.execute("SELECT key, articles FROM claim_texts")) == {promo: 2, river: 1}
    assert store.repeated_texts(db, "taz.de", ["promo", "river"], 2) == {"promo"}
    assert store.repeated_texts(db, "spiegel.de", ["promo"], 1) == set()  # the key is bound to its outlet
    # An article printing a text twice counts once.
    store.insert_claims(
        db,
        [{"article_id": 3, "text": "Folgen Sie uns.", "start": 0, "end": 15, "text_hash": "promo"}] * 2,
        [[], []],
    )
    assert store.repeated_texts(db, "taz.de", ["promo"], 3) == {"promo"}
    assert store.repeated_texts(db, "taz.de", ["promo"], 4) == set()
    assert store.integrity_problems(db) == []
    db.close()


def test_an_articles_claims_are_read_between_its_first_and_last_claim(tmp_path):
    """m021: claims lose their index by article; each article keeps its first and last claim id (set
    from the claims of a store written before, then by every write) and its claims are read between them."""
    db = _store_before(tmp_path / "range.db", "m021_claims_by_article_range")
    _three_articles(db, "Das Moor bei Lindholz brennt.")
    # Article 1 holds claims 1, 2 and 4: a range holding another article's claim 3 still reads its own.
    for claim_id, article_id, proposition in ((1, 1, None), (2, 1, None), (3, 2, None), (4, 1, None)):
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", proposition_id) VALUES (?, ?, 0, 8, ?)',
            [claim_id, article_id, proposition],
        )
    db.conn.commit()
    store.migrate(db)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'idx_claims_article_id'").fetchone()[0] == 0
    assert db.execute("SELECT id, first_claim, last_claim FROM articles").fetchall() == [
        (1, 1, 4),
        (2, 3, 3),
        (3, None, None),
    ]
    assert [c["id"] for c in store.claims_of_article(db, 1)] == [1, 2, 4]
    assert [c["id"] for c in store.claims_of_article(db, 2)] == [3]
    assert store.claims_of_article(db, 3) == []
    assert [c["id"] for c in store.search_claims(db, {"article": 1}, after=1, limit=10)] == [2, 4]
    # Claims written now widen their article's range.
    proposition = store.new_proposition(db)
    written = store.insert_claims(db, [{"article_id": 3, "text": "Das Moor", "start": 0, "end": 8}] * 2, [[], []])
    store.insert_claim(db, {"article_id": 2, "text": "Das Moor", "start": 0, "end": 8}, [])
    store.set_proposition(db, written[1], proposition)
    assert written == [5, 6] and [c["id"] for c in store.claims_of_article(db, 3)] == [5, 6]
    assert [c["id"] for c in store.claims_of_article(db, 2)] == [3, 7]
    assert [c["id"] for c in store.claim_grades_of_article(db, 3)] == [5, 6]
    assert store.propositions_of_article(db, 3) == {proposition} and store.propositions_of_article(db, 1) == set()
    assert store.propositions_of_outlet(db, "taz.de") == {proposition}
    assert store.integrity_problems(db) == []
    db.close()


def test_hedge_and_speech_cues_are_stored_as_arrays_and_read_back_the_same(tmp_path):
    """m022: a claim's hedge and speech cues are kept as arrays of their values (the keys once, in the
    code); a cue of another shape stays as it was; every claim reads back as before."""
    db = _store_before(tmp_path / "spans.db", "m022_spans_as_arrays")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, first_claim, last_claim) "
        "VALUES (1, 'taz.de', ?, 'a', 'taz', ?, 1, 2)",
        [compress_text("Der Damm soll angeblich halten, sagte er, er sei sicher."), store.now()],
    )
    hedges = [
        {"cue": "soll", "start": 9, "end": 13, "kind": "reportative", "decisive": True},
        {"cue": "angeblich", "start": 14, "end": 23, "kind": "lexical", "decisive": False},
    ]
    speech = [{"cue": "sei", "start": 44, "end": 47}]
    other = [{"start": 9, "cue": "soll", "end": 13}]  # keys in another order: kept as written
    for claim_id, hedge, spoken in ((1, hedges, speech), (2, other, None)):
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", hedges, speech) VALUES (?, 1, 0, 30, ?, ?)',
            [claim_id, json.dumps(hedge), json.dumps(spoken) if spoken else None],
        )
    db.conn.commit()
    store.migrate(db)
    assert json.loads(db.execute("SELECT hedges FROM claims WHERE id = 1").fetchone()[0])[0] == [
        "soll",
        9,
        13,
        "reportative",
        True,
    ]
    assert json.loads(db.execute("SELECT speech FROM claims WHERE id = 1").fetchone()[0]) == [["sei", 44, 47]]
    assert json.loads(db.execute("SELECT hedges FROM claims WHERE id = 2").fetchone()[0]) == other
    first, second = store.claims_of_article(db, 1)
    assert (first["hedges"], first["speech"], second["hedges"], second["speech"]) == (hedges, speech, other, [])
    assert list(first["hedges"][0]) == ["cue", "start", "end", "kind", "decisive"]
    # Claims written now are stored the same way.
    (new,) = store.insert_claims(
        db, [{"article_id": 1, "text": "x", "start": 0, "end": 1, "hedges": hedges, "speech": speech}], [[]]
    )
    assert db.execute("SELECT speech FROM claims WHERE id = ?", [new]).fetchone()[0] == '[["sei",44,47]]'
    assert store.get_claim(db, new)["hedges"] == hedges
    db.close()


def test_article_texts_are_compressed_anew_with_the_preset_dictionary(tmp_path):
    """m023: texts compressed without the dictionary are compressed with it; every article and claim text
    reads back the same, and the texts get smaller."""
    import zlib

    db = _store_before(tmp_path / "texts.db", "m023_texts_with_a_preset_dictionary")
    texts = [
        "Die Stadtverwaltung von Kelmsdorf teilte am Dienstagabend mit, die Schulen öffneten wieder.",
        "Nach Angaben der Polizei wurden in der Nacht zum Sonntag drei Menschen verletzt.",
    ]
    for article_id, text in enumerate(texts, 1):
        db.execute(
            "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, first_claim, last_claim) "
            "VALUES (?, 'taz.de', ?, ?, 'taz', ?, ?, ?)",
            [article_id, zlib.compress(text.encode(), 9), str(article_id), store.now(), article_id, article_id],
        )
        db.execute('INSERT INTO claims (id, article_id, "start", "end") VALUES (?, ?, 0, 30)', [article_id, article_id])
    db.conn.commit()
    before = db.execute("SELECT sum(length(text)) FROM articles").fetchone()[0]
    store.migrate(db)
    assert [store.get_article(db, i)["text"] for i in (1, 2)] == texts
    assert [store.get_claim(db, i)["text"] for i in (1, 2)] == [t[:30] for t in texts]
    assert db.execute("SELECT sum(length(text)) FROM articles").fetchone()[0] < before
    assert all(stored[1] & 0x20 for (stored,) in db.execute("SELECT text FROM articles"))
    db.close()


def test_claims_sorted_by_change_come_from_an_index_on_the_time_alone(tmp_path):
    """m024: the index on (updated_at, id) is replaced by one on updated_at, whose entries end with the
    id: the same order, pages and plans without a sort."""
    db = _store_before(tmp_path / "order.db", "m024_change_order_index")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, first_claim, last_claim) "
        "VALUES (1, 'taz.de', ?, 'a', 'taz', ?, 1, 6)",
        [compress_text("Die Fähre nach Ostholm fällt aus."), store.now()],
    )
    for claim_id, at in enumerate((30, 10, 30, 20, 10, 30), 1):
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", updated_at) VALUES (?, 1, 0, 8, ?)',
            [claim_id, 1_700_000_000 + at],
        )
    db.conn.commit()

    def pages(sort: str) -> list[list[int]]:
        found, after = [], None
        while page := store.search_claims(db, {}, after=after or 0, limit=2, sort=sort):
            found.append([c["id"] for c in page])
            after = (page[-1]["updated_at"], page[-1]["id"])
        return found

    before = {sort: pages(sort) for sort in ("updated_at", "-updated_at")}
    assert before["updated_at"] == [[2, 5], [4, 1], [3, 6]]
    store.migrate(db)
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_claims_updated_at" in indexes and "idx_claims_updated_at_id" not in indexes
    assert {sort: pages(sort) for sort in before} == before
    for order in ("updated_at, id", "updated_at DESC, id DESC"):
        plan = [str(row[-1]) for row in db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM claims ORDER BY {order}")]
        assert plan == ["SCAN claims USING INDEX idx_claims_updated_at"], plan
    db.close()


def test_a_claims_flags_become_the_bits_of_one_integer(tmp_path):
    """m025: hedged, reported_speech, attributed, belligerent and negated become bits of `flags`; claims
    read, filter and re-flag as before."""
    db = _store_before(tmp_path / "flags.db", "m025_claim_flags")
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, first_claim, last_claim) "
        "VALUES (1, 'taz.de', ?, 'a', 'taz', ?, 1, 4)",
        [compress_text("Die Grenze bei Wallmark soll geschlossen sein, sagte er."), store.now()],
    )
    rows = [(1, 1, 0, 0, 1, 0), (2, 0, 1, 1, 0, 1), (3, 0, 0, 0, 0, 0), (4, 1, 1, 1, 1, 1)]
    for row in rows:
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", hedged, reported_speech, attributed, belligerent, '
            "negated, conflict) VALUES (?, 1, 0, 9, ?, ?, ?, ?, ?, 'wallmark')",
            row,
        )
    db.conn.commit()
    store.migrate(db)
    names = ("hedged", "reported_speech", "attributed", "belligerent", "negated")
    assert not set(names) & {c[1] for c in db.execute("PRAGMA table_info(claims)")}
    assert [tuple(c[n] for n in names) for c in store.claims_of_article(db, 1)] == [
        tuple(bool(v) for v in row[1:]) for row in rows
    ]

    def ids(**filters: bool) -> list[int]:
        return [c["id"] for c in store.search_claims(db, filters, after=0, limit=10)]

    assert ids(hedged=True) == [1, 4] and ids(belligerent=False) == [2, 3] and ids(hedged=False, belligerent=True) == []
    assert [c["negated"] for c in store.candidate_rows(db, [1, 2], exclude_article=9).values()] == [False, True]
    assert {c["id"]: c["belligerent"] for c in store.belligerence_of_conflict(db, "wallmark")} == {
        1: True,
        2: False,
        3: False,
        4: True,
    }
    store.set_belligerent(db, [(False, 1), (True, 3)])
    assert ids(belligerent=True) == [3, 4]
    assert store.get_claim(db, 1)["hedged"] is True  # the other flags stay
    db.close()


def test_an_articles_text_hash_takes_eight_bytes_and_still_finds_the_same_text(tmp_path):
    """m026: the hash by which an outlet's same text is found again becomes 8 bytes, in the row and in
    the (outlet, text_hash) index; a text stored before is found again, as is one stored after."""
    import hashlib

    db = _store_before(tmp_path / "hashes.db", "m026_compact_article_hashes")
    text = "Der Wochenmarkt in Grevenau zieht auf den Kirchplatz um."
    digest = hashlib.sha256(text.encode()).hexdigest()
    db.execute(
        "INSERT INTO articles (id, outlet, url, text, text_hash, voice, created_at) "
        "VALUES (1, 'taz.de', 'https://taz.de/a', ?, ?, 'taz', ?)",
        [compress_text(text), digest, store.now()],
    )
    db.conn.commit()
    store.migrate(db)
    assert db.execute("SELECT typeof(text_hash), length(text_hash) FROM articles").fetchone() == ("blob", 8)
    assert store.find_duplicate_article(db, None, "taz.de", digest) == 1
    assert store.find_duplicate_article(db, None, "spiegel.de", digest) is None
    assert store.find_duplicate_article(db, None, "taz.de", "0" * 64) is None
    assert "text_hash" not in store.get_article(db, 1)  # compared in SQL only, never shown
    other = store.insert_article(
        db, {"outlet": "taz.de", "text": "x", "text_hash": "1" * 64, "voice": "taz", "created_at": store.now()}
    )
    assert store.find_duplicate_article(db, None, "taz.de", "1" * 64) == other
    assert store.integrity_problems(db) == []
    db.close()


def test_claims_that_are_somebodys_words_are_flagged_as_quoted(tmp_path):
    """m027: a claim with reported speech, or a quotation standing alone in its article's text, is quoted;
    an outlet's own sentence is not. Read back as a flag like the others."""
    db = _store_before(tmp_path / "quoted.db", "m027_quoted_claims")
    text = "„Der Deich bei Orlingen hält nicht mehr lange.“ Der Deich sei marode. Der Deich brach am Abend."
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, first_claim, last_claim) "
        "VALUES (1, 'taz.de', ?, x'00', 'taz', ?, 1, 3)",
        [compress_text(text), store.now()],
    )
    spans = [(1, 0, 47, None), (2, 48, 68, '[["sei",10,13]]'), (3, 69, len(text), None)]
    for claim_id, start, end, speech in spans:
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", speech, flags) VALUES (?, 1, ?, ?, ?, 0)',
            [claim_id, start, end, speech],
        )
    db.conn.commit()
    store.migrate(db)
    assert [c["quoted"] for c in store.claims_of_article(db, 1)] == [True, True, False]
    db.close()


def test_claims_stored_before_get_the_key_of_their_words(tmp_path):
    """m028: each claim long enough gets the key of its words, from its article's text from start to end or
    its own text; a short one none."""
    from scoring.reprints import wording_key

    db = _store_before(tmp_path / "wording.db", "m028_claim_wordings")
    text = "Der Deich bei Orlingen hielt dem Hochwasser der letzten Nacht nicht stand. Er brach."
    own = "Der Deich bei Orlingen brach in der Nacht auf einer Länge von zwanzig Metern."
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, first_claim, last_claim) "
        "VALUES (1, 'taz.de', ?, x'00', 'taz', ?, 1, 3)",
        [compress_text(text), store.now()],
    )
    for claim_id, start, end, written in [(1, 0, 74, None), (2, 75, len(text), None), (3, 0, 74, own)]:
        db.execute(
            'INSERT INTO claims (id, article_id, "start", "end", text, flags) VALUES (?, 1, ?, ?, ?, 0)',
            [claim_id, start, end, written],
        )
    db.conn.commit()
    store.migrate(db)
    keys = [row[0] for row in db.execute("SELECT wording FROM claims ORDER BY id").fetchall()]
    assert keys == [wording_key(text[:74], 8), None, wording_key(own, 8)]
    assert keys[0] is not None and keys[2] is not None
    db.close()


def test_claims_stored_before_get_the_key_of_their_words_in_any_order(tmp_path):
    """m029: a key made from the words in their order is made anew, in any order (reprints.wording_key)."""
    import hashlib

    from scoring.reprints import wording_key, words_of

    db = _store_before(tmp_path / "order.db", "m029_wordings_in_any_order")
    text = "Wegen des Sturms hat die Reederei die Fähre nach Sabirsk am Dienstag in den Hafen zurückgerufen."
    in_order = hashlib.blake2b(" ".join(words_of(text)).encode(), digest_size=6).digest()
    db.execute(
        "INSERT INTO articles (id, outlet, text, text_hash, voice, created_at, first_claim, last_claim) "
        "VALUES (1, 'taz.de', ?, x'00', 'taz', ?, 1, 1)",
        [compress_text(text), store.now()],
    )
    db.execute(
        'INSERT INTO claims (id, article_id, "start", "end", flags, wording) VALUES (1, 1, 0, ?, 0, ?)',
        [len(text), in_order],
    )
    db.conn.commit()
    store.migrate(db)
    (key,) = db.execute("SELECT wording FROM claims").fetchone()
    assert key == wording_key(text, 8) != in_order
    db.close()


def test_a_times_stored_value_is_the_same_read_once_or_again():
    from service.migrations import _time_value, time_text, time_value

    for at in (
        "2026-01-01T10:00:00+00:00",
        "2026-01-01T10:00:00.5+00:00",
        "2026-01-01T11:00:00+01:00",
        "2026-01-01",
        "gestern",
    ):
        first, again = time_value(at), time_value(at)
        assert first == again == _time_value(at)
        assert time_text(first) == at  # reads back as the very same text, or is kept as it is
    assert time_value(None) is None  # not a text: kept as it is, nothing cached
