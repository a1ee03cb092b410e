"""The `?q=` search of a store whose text index keeps no positions (m019): its answers are those of an
index with positions, computed here by FTS5 on the same texts."""

from __future__ import annotations

import sqlite3

import pytest

from service import store

# Invented sentences; some claims keep a text of their own (not their article's slice).
ARTICLE = (
    "Die Covid-19-Station in Marlingen ist voll. "
    "In Marlingen meldet das Amt 19 Fälle, Covid bleibt selten. "
    "Der Bürgermeister von Süd-Ellrath sagte, die Brücke über die Örle sei gesperrt. "
    "Ellrath im Süden meldet keine Sperrung. "
    "Die U.S.-Botschaft in Tarvik schließt am Montag. "
    "Straßenbahn und Straßen-Bahn fahren wieder, sagte Frau O'Neill."
)
OWN_TEXTS = ["Auf der Covid-19 Station liegen drei Patienten.", "Eine Ärztin aus Süd-Ellrath widerspricht."]
QUERIES = [
    "Marlingen",
    "marlingen",
    "MARLINGEN",
    "Covid-19",
    "covid 19",
    "19 Covid",
    '"Covid-19"',
    "Covid-19-Station",
    "Covid-",
    "Covid*",
    "Covi",
    "Süd-Ellrath",
    "Ellrath Süd",
    "süd-ellrath sagte",
    "Brücke Örle",
    "Bürgermeister",
    "burgermeister",
    "Straßen-Bahn",
    "Straßenbahn",
    "U.S.-Botschaft",
    "O'Neill",
    "Neill O",
    "Covid-19 Marlingen",
    "- Marlingen",
    "Station-Covid",
    "Patienten Covid-19",
    "Ärztin",
]


def _reference(texts: dict[int, str], query: str) -> list[int]:
    """The ids an index with positions finds for the query as the store writes it (before m019)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 0')")
    conn.executemany("INSERT INTO t (rowid, text) VALUES (?, ?)", texts.items())
    phrase = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
    return [
        i for (i,) in conn.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", ["text : (" + phrase + ")"])
    ]


@pytest.fixture(scope="module")
def searched(tmp_path_factory):
    db = store.connect(str(tmp_path_factory.mktemp("search") / "store.db"))
    store.migrate(db)
    store.ensure_outlet(db, "example.org")
    article = store.insert_article(
        db, {"outlet": "example.org", "text": ARTICLE, "text_hash": "h", "voice": "v", "created_at": store.now()}
    )
    texts: dict[int, str] = {}
    start = 0
    for sentence in ARTICLE.split(". "):
        end = start + len(sentence)
        claim = store.insert_claim(
            db, {"article_id": article, "text": ARTICLE[start:end], "start": start, "end": end}, []
        )
        texts[claim] = ARTICLE[start:end]
        start = end + 2
    for own in OWN_TEXTS:
        claim = store.insert_claim(db, {"article_id": article, "text": own, "start": 0, "end": 5}, [])
        texts[claim] = own
    yield db, texts
    db.close()


@pytest.mark.parametrize("query", QUERIES)
def test_a_search_finds_what_an_index_with_positions_finds(searched, query):
    db, texts = searched
    found = [c["id"] for c in store.search_claims(db, {"q": query}, after=0, limit=50)]
    assert found == _reference(texts, query)


def test_a_phrase_is_found_only_in_its_order(searched):
    db, texts = searched
    by_text = {text: i for i, text in texts.items()}

    def found(query: str) -> set[int]:
        return {c["id"] for c in store.search_claims(db, {"q": query}, after=0, limit=50)}

    station = by_text["Die Covid-19-Station in Marlingen ist voll"]
    own = by_text[OWN_TEXTS[0]]
    assert found("Covid-19") == {station, own}  # not the claim with "19 Fälle, Covid"
    assert found("covid 19") == found("19 covid") and len(found("covid 19")) == 3
    assert found("Süd-Ellrath") == {by_text[OWN_TEXTS[1]], by_text[ARTICLE.split(". ")[2]]}
    assert found("Covi") == set()  # a word is no prefix
    # A page of a phrase search holds as many claims as asked for, the next page the rest.
    first = store.search_claims(db, {"q": "Covid-19"}, after=0, limit=1)
    rest = store.search_claims(db, {"q": "Covid-19"}, after=first[0]["id"], limit=5)
    assert [c["id"] for c in first + rest] == sorted({station, own})


def test_the_text_index_keeps_no_positions(searched):
    db, _ = searched
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'claims_fts'").fetchone()[0]
    assert "detail=none" in sql
    with pytest.raises(sqlite3.OperationalError, match="phrase"):
        db.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH '\"covid 19\"'").fetchall()
