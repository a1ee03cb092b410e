"""Migrations that change how the store keeps itself in step (see also test_changes for m009)."""

from __future__ import annotations

from service import store


def test_the_full_text_index_follows_text_changes_only(tmp_path):
    db = store.connect(str(tmp_path / "fts.db"))
    store.migrate(db)
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = 'claims_au'").fetchone()[0]
    assert 'AFTER UPDATE OF "text", "terms" ON "claims"' in trigger
    store.ensure_outlet(db, "taz.de")
    article = store.insert_article(
        db, {"outlet": "taz.de", "text": "x", "text_hash": "h", "voice": "taz.de", "created_at": store.now()}
    )
    claim = store.insert_claim(
        db, {"article_id": article, "text": "Der Deich bei Orlingen hielt.", "start": 0, "end": 1, "terms": "deich"}, []
    )

    def found(word: str) -> list[int]:
        return [c["id"] for c in store.search_claims(db, {"q": word}, after=0, limit=10)]

    store.update_scores(db, [(0.5, "C", 3, claim)])  # a re-grade leaves the index as it is
    assert found("Deich") == [claim]
    db.execute("UPDATE claims SET text = 'Der Damm bei Orlingen brach.', terms = 'damm' WHERE id = ?", [claim])
    assert found("Damm") == [claim] and found("Deich") == []
    db.close()
