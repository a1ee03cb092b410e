"""Store operations on a real SQLite file with the project's migrations (sqlite-utils)."""

import json

from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from service import store


def fresh_db(tmp_path) -> Database:
    db = store.connect(str(tmp_path / "store.db"))
    store.migrate(db)
    return db


def test_merging_propositions_moves_their_claims_and_drops_the_empty_ones(tmp_path):
    db = fresh_db(tmp_path)
    store.ensure_outlet(db, "example.org")
    article = store.insert_article(
        db, {"outlet": "example.org", "text": "x", "text_hash": "h", "voice": "v", "created_at": store.now()}
    )
    first, second, third = (store.new_proposition(db) for _ in range(3))
    claims = []
    for position, proposition in enumerate((first, second, third, second)):
        claim = store.insert_claim(
            db, {"article_id": article, "position": position, "text": f"c{position}", "start": 0, "end": 2}, []
        )
        store.set_proposition(db, claim, proposition)
        claims.append(claim)
    store.merge_propositions(db, first, [second, third])
    assert {r["proposition_id"] for r in db.query("SELECT proposition_id FROM claims")} == {first}
    assert [r["id"] for r in db.query("SELECT id FROM propositions")] == [first]


def test_shingles_find_the_articles_that_share_them(tmp_path):
    db = fresh_db(tmp_path)
    store.ensure_outlet(db, "example.org")
    ids = [
        store.insert_article(
            db, {"outlet": "example.org", "text": t, "text_hash": t, "voice": t, "created_at": store.now()}
        )
        for t in ("a", "b")
    ]
    # Hashes as scoring.reprints makes them: 63 bits (stored by their top 47 bits, m017).
    one, two, three, four, five, nine = (n << 40 for n in (1, 2, 3, 4, 5, 9))
    store.insert_shingles(db, ids[0], [one, two, three, four])
    store.insert_shingles(db, ids[1], [three, four, five])
    assert store.shared_shingles(db, [three, four, nine], exclude_article=-1, max_postings=10) == {
        ids[0]: (2, 4, "a"),
        ids[1]: (2, 3, "b"),
    }
    # A shingle printed by more articles than the cap tells no copy apart and is not read.
    assert store.shared_shingles(db, [three], exclude_article=-1, max_postings=1) == {}
    assert store.shared_shingles(db, [three], exclude_article=-1, max_postings=2) == {
        ids[0]: (1, 4, "a"),
        ids[1]: (1, 3, "b"),
    }
    # The article itself left out; the largest hashes (63 bits) found as the others.
    top = (1 << 63) - 1
    store.insert_shingles(db, ids[1], [top])
    assert store.shared_shingles(db, [three, top, top], exclude_article=ids[1], max_postings=10) == {
        ids[0]: (1, 4, "a")
    }
    assert store.shared_shingles(db, [top], exclude_article=ids[0], max_postings=10) == {ids[1]: (1, 1, "b")}


def test_candidates_are_read_newest_first_and_only_so_far_per_term(tmp_path):
    db = fresh_db(tmp_path)
    store.ensure_outlet(db, "example.org")
    article = store.insert_article(
        db, {"outlet": "example.org", "text": "x", "text_hash": "h", "voice": "v", "created_at": store.now()}
    )
    other = store.insert_article(
        db, {"outlet": "example.org", "text": "y", "text_hash": "i", "voice": "v", "created_at": store.now()}
    )
    ids = [
        store.insert_claim(
            db,
            {"article_id": article, "position": n, "text": f"c{n}", "start": 0, "end": 2, "terms": terms},
            [],
        )
        for n, terms in enumerate(["0wdorinsk angriff", "0wdorinsk 0n14", "angriff", "0wdorinsk 0n14"])
    ]
    found = store.candidate_claims(db, ["0wdorinsk", "0n14"], other, per_term=2, limit=10)
    # The two newest postings of each term: the claims sharing both terms first, newest first.
    assert [c["id"] for c in found] == [ids[3], ids[1]]
    assert store.candidate_claims(db, ["0wdorinsk"], article, per_term=5, limit=10) == []  # never its own article


def test_the_preset_dictionary_of_article_texts_never_changes():
    """Texts compressed with it name it by its checksum (m023): another file would leave them unreadable."""
    import zlib

    from service.migrations import TEXT_DICTIONARY_ADLER32, text_dictionary

    dictionary = text_dictionary()
    assert zlib.adler32(dictionary) == TEXT_DICTIONARY_ADLER32 and len(dictionary) <= 32768


def test_an_article_text_reads_back_whether_compressed_with_the_dictionary_before_or_not(tmp_path):
    import zlib

    from service.migrations import article_text, compress_text

    text = "Im Landkreis Wessenau haben die Behörden am Montag neue Regeln für Schulen beschlossen, sagte ein Sprecher."
    stored = compress_text(text)
    assert stored[1] & 0x20 and len(stored) < len(zlib.compress(text.encode(), 9))  # the dictionary is used
    assert article_text(stored) == text
    assert article_text(zlib.compress(text.encode(), 9)) == text  # written before m023
    assert article_text(text) == text  # written before m011


def _article_with_claims(db: Database, terms: list[str], published_at: str = "2025-03-12") -> tuple[int, list[int]]:
    store.ensure_outlet(db, "example.org")
    text = f"Artikel {len(terms)} {terms}"
    article = store.insert_article(
        db,
        {
            "outlet": "example.org",
            "text": text,
            "text_hash": text,
            "voice": "v",
            "published_at": published_at,
            "created_at": store.now(),
        },
    )
    claims = [
        {
            "article_id": article,
            "position": n,
            "text": "c",
            "start": 0,
            "end": 1,
            "terms": t,
            "quantities": [[3, 3, "x"]],
        }
        for n, t in enumerate(terms)
    ]
    return article, store.insert_claims(db, claims, [[] for _ in claims])


def test_stored_claims_read_what_linking_compares_and_their_propositions_as_they_are_now(tmp_path):
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        article, (first, second) = _article_with_claims(db, ["0wdorinsk angriff", "0wtalheim brand"])
        one, two = store.new_proposition(db), store.new_proposition(db)
        store.set_proposition(db, first, one)
        store.set_proposition(db, second, two)
    found = store.stored_claims(db, [second, first, 10**6])
    assert set(found) == {first, second}  # an id no claim has is left out
    claim = found[first]
    assert (claim.article_id, claim.published_at, claim.terms) == (article, "2025-03-12", "0wdorinsk angriff")
    assert (claim.quantities, claim.negated, claim.conflict) == (((3, 3, "x"),), False, None)
    assert store.stored_claims(db, [first])[first] is claim  # read once, kept by the connection
    # A proposition is no part of what is kept: a merge is seen at once.
    with store.write_transaction(db):
        store.merge_propositions(db, one, [two])
    assert store.claim_propositions(db, [first, second]) == {first: one, second: one}


def test_stored_claims_read_in_a_transaction_rolled_back_are_forgotten(tmp_path):
    """Ids given in a transaction that rolls back are given again: what was read of them must not stay."""
    db = fresh_db(tmp_path)
    with store.write_transaction(db, commit=False):
        _, (claim_id,) = _article_with_claims(db, ["0wdorinsk angriff"])
        assert store.stored_claims(db, [claim_id])[claim_id].terms == "0wdorinsk angriff"
    with store.write_transaction(db):
        _, (again,) = _article_with_claims(db, ["0wtalheim brand"], published_at="2025-04-01")
    assert again == claim_id
    claim = store.stored_claims(db, [claim_id])[claim_id]
    assert (claim.terms, claim.published_at) == ("0wtalheim brand", "2025-04-01")


def test_stored_claims_keep_only_the_most_recently_used(tmp_path, monkeypatch):
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        _, ids = _article_with_claims(db, ["0wdorinsk angriff", "0wtalheim brand", "0wbergheim flut"])
    monkeypatch.setattr(store, "STORED_CLAIMS_KEPT", 4)  # two generations of at most two
    store.stored_claims(db, ids[:2])
    store.stored_claims(db, [ids[0]])  # used again: the second is now the least recently used
    store.stored_claims(db, [ids[2]])
    cache = store._stored_claims[db]
    assert (list(cache.kept), list(cache.older)) == ([], [ids[0], ids[2]])
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    found = store.stored_claims(db, [ids[2], ids[0], ids[2]])
    assert list(found) == [ids[2], ids[0]] and statements == []  # kept, nothing read
    assert store.stored_claims(db, [ids[1]])[ids[1]].terms == "0wtalheim brand" and len(statements) == 1


def _postings_as_the_index_has_them(db: Database, terms: list[str], limit: int) -> dict[str, list[int]]:
    return {term: store.term_postings(db, term, limit) for term in terms}


def test_postings_kept_by_a_connection_stay_those_of_the_index(tmp_path):
    """Brought up to date from the claims stored since, by this connection or another one, as are the
    words' counts of claims; a transaction that wrote claims reads the index."""
    path = str(tmp_path / "store.db")
    db, other = store.connect(path), store.connect(path)
    store.migrate(db)
    terms = ["angriff", "0wdorinsk", "0n14", "brand", "0wtalheim", "co₂"]
    stored = [
        "0wdorinsk angriff",
        "0wdorinsk 0n14 angriff",
        "brand 0wtalheim",
        "angriff 0n14",
        "0wtalheim co₂ angriff",
        "0wdorinsk brand",
        "angriff",
    ]
    for n, words in enumerate(stored):
        with store.write_transaction(db):
            read = store.PostingsReader(db, 2)
            assert {t: read(t) for t in terms} == _postings_as_the_index_has_them(db, terms, 2)
            # The words' counts of claims too (kept or not, read before or after the claims holding them).
            counted = terms[n % 3 :] + ["fehlt"]
            assert read.frequencies(counted) == store.term_document_frequencies(db, counted)
        writer = db if n % 2 else other  # every other article stored by another connection
        with store.write_transaction(writer):
            _article_with_claims(writer, [words, "angriff brand"])
    with store.write_transaction(db):
        read = store.PostingsReader(db, 2)
        assert {t: read(t) for t in terms} == _postings_as_the_index_has_them(db, terms, 2)
        assert read.kept is not None and read.kept.synced == 14
        assert (
            read.frequencies(terms)
            == store.term_document_frequencies(db, terms)
            == (14, {"angriff": 12, "0wdorinsk": 3, "0n14": 2, "brand": 9, "0wtalheim": 2, "co₂": 1})
        )
        _article_with_claims(db, ["0wdorinsk angriff"])
        written = store.PostingsReader(db, 2)  # its own claims are not committed: read from the index
        assert written.kept is None and written("0wdorinsk") == store.term_postings(db, "0wdorinsk", 2)


def test_postings_read_in_a_transaction_rolled_back_leave_none_of_its_claims(tmp_path):
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        _, first = _article_with_claims(db, ["0wdorinsk angriff"])
    with store.write_transaction(db, commit=False):  # as POST /v1/score: linked, written, rolled back
        assert store.PostingsReader(db, 5)("0wdorinsk") == first
        _article_with_claims(db, ["0wdorinsk brand"])
    with store.write_transaction(db):
        _, second = _article_with_claims(db, ["0wtalheim brand"])  # the id given before, other terms
    with store.write_transaction(db):
        read = store.PostingsReader(db, 5)
        assert (read("0wdorinsk"), read("brand")) == (first, second)


def test_kept_postings_of_a_word_that_another_word_holds_for_the_index(tmp_path):
    """The index reads "0eno_comment" as "0eno" and "comment": a word first stored later as "comment"
    is held by the claim of "0eno_comment" too, stored before it or after."""
    terms = ["0eno", "angriff", "brand", "0wdorinsk"]  # not "comment": it is first looked up at the end
    for before in (True, False):
        (tmp_path / str(before)).mkdir()
        db = fresh_db(tmp_path / str(before))
        stored = [["0eno_comment angriff"], ["comment brand"], ["0eno_comment 0wdorinsk"], ["comment angriff"]]
        if before:  # stored before the connection first looks: "comment" is a word of the index only
            with store.write_transaction(db):
                _article_with_claims(db, stored.pop(0))
        for words in stored:
            with store.write_transaction(db):
                read = store.PostingsReader(db, 5)
                assert {t: read(t) for t in terms} == _postings_as_the_index_has_them(db, terms, 5)
                _article_with_claims(db, words)
        with store.write_transaction(db):
            read = store.PostingsReader(db, 5)
            assert read("comment") == [4, 3, 2, 1] == store.term_postings(db, "comment", 5)
            assert {t: read(t) for t in terms} == _postings_as_the_index_has_them(db, terms, 5)


def test_the_wal_is_checkpointed_every_wal_pages_unless_a_quota_counts_it(tmp_path):
    plain = store.connect(str(tmp_path / "plain.db"))
    quota = store.connect(str(tmp_path / "quota.db"), max_mb=2)
    assert plain.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == store.WAL_PAGES > 1000
    assert quota.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # SQLite's: the quota counts the WAL


def test_new_propositions_written_together_get_the_ids_one_at_a_time_would(tmp_path):
    """The ids SQLite gives one INSERT at a time (one above the largest), the largest dropped by a merge
    given again: NewPropositions gives the same, flushed before the merge."""
    made = {}
    for together in (False, True):
        (tmp_path / str(together)).mkdir()
        db = fresh_db(tmp_path / str(together))
        with store.write_transaction(db):
            old = [store.new_proposition(db) for _ in range(3)]
            new = store.NewPropositions(db) if together else (lambda db=db: store.new_proposition(db))
            ids = [new(), new()]
            if together:
                new.flush()
            store.merge_propositions(db, old[0], [ids[1]])  # the largest dropped: its id is free again
            ids += [new(), new()]
            if together:
                new.flush()
                new.flush()  # nothing left to write
        # the ids only: the two runs' clocks may cross a tick apart
        made[together] = (ids, [row[0] for row in db.execute("SELECT id FROM propositions ORDER BY id")])
    assert made[True] == made[False]
    assert made[True][0] == [4, 5, 5, 6]


def test_grade_changes_written_together_keep_their_ids_and_their_webhook_deliveries(tmp_path):
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        _, ids = _article_with_claims(db, ["0wdorinsk angriff", "0wtalheim brand", "0wbergheim flut"])
        hook = store.insert_webhook(db, "https://example.org/hook", ["grade.changed"], "secret")
        at = store.now()
        first = store.record_grade_changes(db, {}, [(0.5, "C", 3, ids[0]), (0.4, "C", 4, ids[1])], at)
        before = {ids[0]: ("C3", 0.5, 1), ids[1]: ("C4", 0.4, 1), ids[2]: ("C3", 0.5, 1)}
        unchanged, changed = (0.45, "C", 3, ids[2]), (0.3, "D", 4, ids[1])
        second = store.record_grade_changes(db, before, [(0.5, "C", 3, ids[0]), unchanged, changed], at)
        assert store.record_grade_changes(db, before, [unchanged], at) == []
    assert first == [1, 2] and second == [3]
    rows = db.execute("SELECT id, claim_id, old_grade, new_grade, batch_id FROM grade_changes ORDER BY id").fetchall()
    assert rows == [(1, ids[0], None, "C3", 1), (2, ids[1], None, "C4", 1), (3, ids[1], "C4", "D4", 2)]
    deliveries = db.execute("SELECT webhook_id, change_id, event, payload FROM webhook_deliveries").fetchall()
    assert [(w, c, e) for w, c, e, _ in deliveries] == [(hook, 3, "grade.changed")]
    assert json.loads(deliveries[0][3])["change"] == {
        "id": 3,
        "claim_id": ids[1],
        "article_id": 1,
        "old_grade": "C4",
        "new_grade": "D4",
        "old_score": 0.4,
        "new_score": 0.3,
        "reason": db.execute("SELECT reason FROM grade_change_batches WHERE id = 2").fetchone()[0],
        "at": at,
    }


def test_an_article_read_with_the_text_just_stored_is_the_article_read_back(tmp_path):
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        article, _ = _article_with_claims(db, ["0wdorinsk angriff", "0wtalheim brand"])
        store.set_article_voice(db, article, "AP|Reuters")
    read = store.get_article(db, article)
    assert read is not None and store.get_article(db, article, text=read["text"]) == read
    assert store.get_article(db, article + 1, text="x") is None


def test_the_ids_of_words_a_connection_knows_are_those_of_the_vocabulary(tmp_path):
    """_count_words reads the ids of the words the connection has not learnt only; a word first given an id
    in a transaction that rolled back is read again (its id may have gone to another word)."""
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        _article_with_claims(db, ["0wdorinsk angriff"])
    with store.write_transaction(db, commit=False):
        _article_with_claims(db, ["0wneu angriff"])  # "0wneu" given id 3, then rolled back
    with store.write_transaction(db):
        _article_with_claims(db, ["0wanders brand", "angriff"])  # 3 goes to "0wanders"
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    with store.write_transaction(db):
        _article_with_claims(db, ["0wneu 0wanders angriff", "0wdorinsk"])
    db.conn.set_trace_callback(None)
    vocabulary = dict(db.execute("SELECT term, id FROM terms").fetchall())
    assert vocabulary == {"0wdorinsk": 1, "angriff": 2, "0wanders": 3, "brand": 4, "0wneu": 5}
    assert dict(db.execute("SELECT term, df FROM terms").fetchall()) == {
        "0wdorinsk": 2,
        "angriff": 3,
        "0wanders": 2,
        "brand": 1,
        "0wneu": 1,
    }
    # "0wneu" inserted anew: its id is the one above the largest, not read back.
    assert [s for s in statements if s.startswith("SELECT term, id FROM terms")] == []
    # The known words' counts raised by id, the new word upserted.
    assert [s for s in statements if s.startswith(("UPDATE terms", "INSERT INTO terms"))] == [
        "UPDATE terms SET df = df + 1 WHERE id = 1",
        "UPDATE terms SET df = df + 1 WHERE id = 2",
        "UPDATE terms SET df = df + 1 WHERE id = 3",
        "INSERT INTO terms (term, df) VALUES ('0wneu', 1) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
    ]
    claims = db.execute("SELECT id, terms FROM claims ORDER BY id").fetchall()
    fresh = store.connect(str(tmp_path / "store.db"))  # nothing learnt: every word read
    assert store._terms_texts(fresh, [t for _, t in claims]) == [
        "0wdorinsk angriff",
        "0wanders brand",
        "angriff",
        "0wneu 0wanders angriff",
        "0wdorinsk",
    ]


def test_decoded_terms_past_their_bound_are_dropped_before_a_read_not_in_its_middle(tmp_path, monkeypatch):
    """A connection keeps the terms it has decoded up to a bound; past it they are dropped before the next
    read looks its values up, so a value kept from before is decoded again, not missing (a KeyError and a
    500 after some 5,000 real articles)."""
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        _article_with_claims(db, ["0wdorinsk angriff", "0wtalheim brand", "angriff", "brand hafen"])
    packed = [t for (t,) in db.execute("SELECT terms FROM claims ORDER BY id").fetchall()]
    fresh = store.connect(str(tmp_path / "store.db"))
    monkeypatch.setattr(store, "_TEXTS_KEPT", 2)
    assert store._terms_texts(fresh, packed[:3]) == ["0wdorinsk angriff", "0wtalheim brand", "angriff"]
    # three kept, past the bound: the next read holds one kept value and one new one
    assert store._terms_texts(fresh, [packed[0], packed[3]]) == ["0wdorinsk angriff", "brand hafen"]


def test_a_connections_own_claims_are_kept_at_commit_without_reading_them_back(tmp_path):
    """The claims a connection has just committed go into the postings it keeps at COMMIT: its next
    transaction reads none back, unless another connection stored claims between (then all are read)."""
    path = str(tmp_path / "store.db")
    db, other = store.connect(path), store.connect(path)
    store.migrate(db)
    terms = ["angriff", "0wdorinsk", "brand", "0wtalheim", "0eno", "comment"]
    plan = [
        (db, ["0wdorinsk angriff", "brand"]),
        (db, ["0wtalheim 0eno_comment"]),
        (other, ["angriff"]),
        (db, ["0wneu"]),
    ]
    readbacks = []
    for writer, claims in plan + [(db, [])]:
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        with store.write_transaction(db):
            read = store.PostingsReader(db, 3)
            kept = {t: read(t) for t in [*terms, "0wneu"]}
        db.conn.set_trace_callback(None)
        readbacks.append(sum(s.startswith("SELECT id, terms FROM claims") for s in statements))
        assert kept == _postings_as_the_index_has_them(db, [*terms, "0wneu"], 3)
        assert read.frequencies(terms) == store.term_document_frequencies(db, terms)
        if claims:
            with store.write_transaction(writer):
                _article_with_claims(writer, claims)
    with store.write_transaction(db, commit=False):  # rolled back: nothing of it kept
        _article_with_claims(db, ["0wdorinsk 0wweg"])
    with store.write_transaction(db):
        read = store.PostingsReader(db, 3)
        assert {t: read(t) for t in ["0wdorinsk", "0wweg"]} == {"0wdorinsk": [1], "0wweg": []}
    # The first look starts the kept postings; then only the claims another connection stored between are read.
    assert readbacks == [0, 0, 0, 1, 0]


def test_kept_postings_hold_the_most_recently_read_terms_up_to_their_bound(tmp_path, monkeypatch):
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        _article_with_claims(db, ["0wdorinsk angriff", "0wtalheim brand", "angriff brand"])
    monkeypatch.setattr(store, "POSTINGS_KEPT", 2)
    terms = ["angriff", "brand", "0wdorinsk", "brand", "0wtalheim"]
    with store.write_transaction(db):
        read = store.PostingsReader(db, 5)
        assert [read(t) for t in terms] == [store.term_postings(db, t, 5) for t in terms]
        assert read.kept is not None and list(read.kept.kept) == ["brand", "0wtalheim"]


def test_a_connections_own_claims_are_kept_for_linking_at_commit_as_a_read_gives_them(tmp_path):
    path = str(tmp_path / "store.db")
    db = store.connect(path)
    store.migrate(db)
    with store.write_transaction(db):
        store.stored_claims(db, [1])  # the connection keeps stored claims from now on
        _, ids = _article_with_claims(db, ["0wdorinsk angriff", "brand  doppelt", ""], published_at="2025-03-14")
        store.insert_claim(
            db,
            {"article_id": 1, "position": 3, "text": "c", "start": 0, "end": 1, "negated": True, "conflict": "ru-ua"},
            [],
        )
    kept = store._stored_claims[db].kept
    assert list(kept) == [*ids, 4]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    from_memory = store.stored_claims(db, [*ids, 4])
    db.conn.set_trace_callback(None)
    assert statements == []  # none read back
    fresh = store.stored_claims(store.connect(path), [*ids, 4])
    assert from_memory == fresh
    assert [(c.terms, c.quantities, c.negated, c.conflict) for c in fresh.values()] == [
        ("0wdorinsk angriff", ((3, 3, "x"),), False, None),
        ("brand  doppelt", ((3, 3, "x"),), False, None),  # terms kept as text (a space too many)
        ("", ((3, 3, "x"),), False, None),
        ("", (), True, "ru-ua"),
    ]
    with store.write_transaction(db, commit=False):  # rolled back: nothing kept
        _article_with_claims(db, ["0wtalheim"])
    assert list(kept) == [*ids, 4]


def test_shingles_looked_up_before_an_articles_own_are_written_find_what_they_did_after(tmp_path):
    """_copies looks an article's shingles up before _join_reprints writes them, with one less of the cap (the
    article's own printing counted in it, as when it was looked up after): the same articles found."""
    hashes = [n << 40 for n in range(1, 6)]
    printed_by = [[0], [0, 1], [0, 1, 2], [], [1]]  # which earlier articles print each hash
    found = []
    for before in (False, True):
        (tmp_path / str(before)).mkdir()
        db = fresh_db(tmp_path / str(before))
        store.ensure_outlet(db, "example.org")
        ids = [
            store.insert_article(
                db, {"outlet": "example.org", "text": t, "text_hash": t, "voice": t, "created_at": store.now()}
            )
            for t in ("a", "b", "c", "new")
        ]
        for n, earlier in enumerate(ids[:3]):
            store.insert_shingles(db, earlier, [h for h, by in zip(hashes, printed_by, strict=True) if n in by])
        if before:
            found.append(store.shared_shingles(db, hashes, ids[3], max_postings=2 - 1))
            store.insert_shingles(db, ids[3], hashes)
        else:
            store.insert_shingles(db, ids[3], hashes)
            found.append(store.shared_shingles(db, hashes, ids[3], max_postings=2))
    assert found[0] == found[1] == {1: (1, 3, "a"), 2: (1, 3, "b")}  # hashes two others print tell nothing


def test_rows_read_without_a_savepoint_are_db_querys_rows(tmp_path):
    db = fresh_db(tmp_path)
    with store.write_transaction(db):
        article, _ = _article_with_claims(db, ["0wdorinsk angriff", "brand"])
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        for sql, params in (
            ("SELECT id, outlet, voice FROM articles WHERE id = ?", [article]),
            ("SELECT c.id, c.position, a.id FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.id", []),
            ("SELECT id FROM articles WHERE id > ?", [article]),
        ):
            assert list(store._select(db, sql, params)) == list(db.query(sql, params))
        db.conn.set_trace_callback(None)
    # Only the second one names a column twice ("id"): it is read as db.query reads it, in a savepoint.
    assert sum(s.startswith("SAVEPOINT") for s in statements) == 1 + 3


def test_an_article_of_more_claims_than_a_catch_up_takes_is_kept_by_the_connection_that_wrote_it(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "_CATCH_UP", 2)
    path = str(tmp_path / "store.db")
    db, other = store.connect(path), store.connect(path)
    store.migrate(db)
    terms = ["angriff", "brand", "0wdorinsk", "0wtalheim", "flut"]
    looked_up = []
    for writer, last in ((db, "flut"), (other, "flut brand")):
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        with store.write_transaction(db):
            read = store.PostingsReader(db, 5)
            found = {t: read(t) for t in terms}
        db.conn.set_trace_callback(None)
        looked_up.append(sum("MATCH" in s for s in statements))
        assert found == _postings_as_the_index_has_them(db, terms, 5)
        kept = read.kept
        with store.write_transaction(writer):
            _article_with_claims(writer, ["0wdorinsk angriff", "brand", "0wtalheim angriff", last])
    assert looked_up == [5, 0]  # its own four claims brought in: nothing dropped, nothing looked up again
    assert kept is not None and set(kept.kept) == set(terms)
    with store.write_transaction(db):
        read = store.PostingsReader(db, 5)
        assert read.kept is not None and read.kept.kept == {}  # four claims of another connection: dropped
        assert {t: read(t) for t in terms} == _postings_as_the_index_has_them(db, terms, 5)


@given(st.text(alphabet=st.sampled_from("aAzZ09_-.ßäöüÄÖÜ÷øÿ\u0130\u00b2\u0661 "), max_size=8) | st.text(max_size=8))
def test_a_plain_word_is_told_as_the_terms_index_pattern_tells_it(word):
    assert store._is_plain(word) == (store._PLAIN_TERM.fullmatch(word) is not None)


def _claim_encoded_column_by_column(record):
    """A claim's row as store._encode made it for every table before claims had their own encoder."""
    encoded = dict(record)
    for column in store.JSON_COLUMNS["claims"]:
        if column in encoded and not isinstance(encoded[column], str) and encoded[column] is not None:
            value = encoded[column]
            if column in store.SPAN_KEYS:
                value = store.compact_spans(value, store.SPAN_KEYS[column])
            encoded[column] = "[]" if isinstance(value, list | tuple) and not value else store._compact_json(value)
        if encoded.get(column) == "[]":
            encoded[column] = None
    flags = 0
    for bit, name in enumerate(store.CLAIM_FLAGS):
        if encoded.pop(name, False):
            flags |= 1 << bit
    encoded["flags"] = flags
    if "stance" in encoded:
        encoded["stance"] = store._stance_value(encoded["stance"])
    if "score" in encoded:
        encoded["score"] = store.score_value(encoded["score"])
    return encoded


_spans = st.lists(
    st.fixed_dictionaries({"cue": st.text(max_size=5), "start": st.integers(0, 99), "end": st.integers(0, 99)})
    | st.fixed_dictionaries({"cue": st.text(max_size=5), "start": st.integers(0, 9)}),
    max_size=3,
)
_claim_values = st.none() | st.just("[]") | st.just('["RU"]') | st.lists(st.text(max_size=3), max_size=2)


@given(
    st.fixed_dictionaries(
        {"article_id": st.integers(1, 9), "text": st.text(max_size=5)},
        optional={
            "hedges": st.none() | _spans,
            "speech": st.none() | st.just("[]") | _spans,
            "origin_parties": _claim_values,
            "origin_media": _claim_values,
            "origin_sources": _claim_values,
            "quantities": st.none() | st.lists(st.tuples(st.floats(0, 1e6), st.floats(0, 1e6), st.text(max_size=3))),
            "hedged": st.booleans() | st.integers(0, 1),
            "negated": st.booleans(),
            "belligerent": st.booleans(),
            "stance": st.sampled_from(["support", "deny", "unconfirmed", None]),
            "score": st.none() | st.floats(0, 1).map(lambda x: round(x, 4)),
        },
    )
)
def test_a_claims_encoding_is_that_of_the_generic_encoder(record):
    assert store._encode("claims", record) == _claim_encoded_column_by_column(record)


def test_a_texts_key_is_the_one_its_outlet_and_digest_give():
    digest = "ab" * 32
    assert store._text_key("nzz.ch", digest) == store.claim_text_key("nzz.ch", store.compact_hash(digest))
    assert store._text_key("taz.de", digest) != store._text_key("nzz.ch", digest)


def test_claims_written_with_their_article_given_are_those_written_reading_it(tmp_path):
    text = "In Talheim brannte am Montag eine Scheune. Die Feuerwehr kam mit 40 Leuten."
    rows = []
    for handed in (False, True):
        db = store.connect(str(tmp_path / f"handed-{handed}.db"))
        store.migrate(db)
        store.ensure_outlet(db, "example.org")
        article = {"outlet": "example.org", "text": text, "text_hash": "h", "voice": "v", "created_at": store.now()}
        article_id = store.insert_article(db, {**article, "published_at": "2025-03-01"})
        first = {"position": 0, "text": text[:42], "start": 0, "end": 42, "terms": "talheim brannt"}
        second = {"position": 1, "text": "Feuerwehr", "start": 43, "end": 60, "terms": "feuerwehr"}
        claims = [{"article_id": article_id, **first}, {"article_id": article_id, **second}]
        known = ("example.org", text, "2025-03-01") if handed else None
        store.insert_claims(db, claims, [[], []], article=known)
        rows.append(db.execute("SELECT * FROM claims ORDER BY id").fetchall())
        # the first claim's text is its article's: not kept
        assert db.execute("SELECT text FROM claims ORDER BY id").fetchone()[0] is None
    assert rows[0] == rows[1]


def test_the_ids_of_new_words_are_read_back_where_another_connection_stored_one_of_them(tmp_path):
    """Words the connection has not learnt are upserted: where each is inserted anew, its id is the next one
    (nothing read back); where another connection stored one of them meanwhile, their ids are read."""
    path = str(tmp_path / "store.db")
    db, other = store.connect(path), store.connect(path)
    store.migrate(db)
    with store.write_transaction(db):
        _article_with_claims(db, ["0wdorinsk angriff"])
    with store.write_transaction(other):
        _article_with_claims(other, ["brand 0wtalheim"])  # "brand" stored by the other connection
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    with store.write_transaction(db):
        _article_with_claims(db, ["brand ufer", "0wdorinsk"])  # "brand" updated, "ufer" inserted: read back
        _article_with_claims(db, ["0wkap 0wmole", "ufer"])  # both new to the store: given 6 and 7
    db.conn.set_trace_callback(None)
    vocabulary = dict(db.execute("SELECT term, id FROM terms").fetchall())
    assert vocabulary == {"0wdorinsk": 1, "angriff": 2, "0wtalheim": 3, "brand": 4, "ufer": 5, "0wkap": 6, "0wmole": 7}
    assert [s for s in statements if s.startswith("SELECT term, id FROM terms")] == [
        "SELECT term, id FROM terms WHERE term IN ('brand','ufer')"
    ]
    assert store._vocabularies[db].ids == {word: i for word, i in vocabulary.items() if word != "0wtalheim"}
    claims = db.execute("SELECT terms FROM claims ORDER BY id").fetchall()
    assert store._terms_texts(store.connect(path), [t for (t,) in claims]) == [
        "0wdorinsk angriff",
        "brand 0wtalheim",
        "brand ufer",
        "0wdorinsk",
        "0wkap 0wmole",
        "ufer",
    ]
