"""Store operations on a real SQLite file with the project's migrations (sqlite-utils)."""

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
        for n, terms in enumerate(["0wsumy angriff", "0wsumy 0n14", "angriff", "0wsumy 0n14"])
    ]
    found = store.candidate_claims(db, ["0wsumy", "0n14"], other, per_term=2, limit=10)
    # The two newest postings of each term: the claims sharing both terms first, newest first.
    assert [c["id"] for c in found] == [ids[3], ids[1]]
    assert store.candidate_claims(db, ["0wsumy"], article, per_term=5, limit=10) == []  # never its own article


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
