"""The connection a request gets: kept by its thread between requests, fresh for another app or file."""

from __future__ import annotations

import json
import os

from service import create_app, db


def test_a_thread_keeps_its_connection_between_requests_and_the_wal_stays(app, client):
    with app.test_request_context():
        first = db.get_db()
    with app.test_request_context():
        assert db.get_db() is first  # no connect, no checkpoint on close between requests
    assert client.post("/v1/articles", json={"text": "Der Damm bei Orlingen hielt stand.", "outlet": "taz.de"})
    assert os.path.exists(app.config["DB"] + "-wal")  # the last close did not checkpoint and remove it
    assert client.get("/v1/articles/1").status_code == 200


def test_another_app_or_file_gets_a_connection_of_its_own(app, tmp_path):
    with app.test_request_context():
        first = db.get_db()
    other = create_app({"TESTING": True, "DB": str(tmp_path / "other.db"), "DEMO_ARTICLES": False})
    with other.test_request_context():
        second = db.get_db()
    assert second is not first
    with app.test_request_context():
        third = db.get_db()
    assert third is not first and third.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    db.close_kept_connections()


def test_a_request_never_hands_on_an_open_transaction(app):
    with app.test_request_context():
        connection = db.get_db()
        connection.conn.execute("BEGIN IMMEDIATE")
    with app.test_request_context():
        assert db.get_db() is connection and not connection.conn.in_transaction


def test_a_forked_worker_does_not_inherit_its_parents_connection(app):
    with app.test_request_context():
        parent = db.get_db()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a request of its own gets a connection of its own
        with app.test_request_context():
            child = db.get_db()
        os.write(write, b"own" if child is not parent else b"inherited")
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 20) == b"own"


def test_a_store_seeded_by_an_earlier_release_gets_what_seeds_added_since_and_keeps_its_edits(tmp_path):
    """A party, an outlet and a conflict missing from a store seeded before are added at the next start;
    an outlet an editor changed stays as edited; an outlet first met in a submission joins the registry."""
    from service import store

    path = str(tmp_path / "older.db")
    connection = store.connect(path)
    store.migrate(connection)
    assert db.load_seeds(connection)
    with store.write_transaction(connection):
        connection.execute("DELETE FROM parties WHERE code = 'BELLIGERENTS'")  # as if seeded before it existed
        connection.execute("DELETE FROM conflicts WHERE id = 'sudan-war'")
        connection.execute("DELETE FROM outlets WHERE domain IN ('sana.sy', 'qna.org.qa')")
        store.ensure_outlet(connection, "qna.org.qa")  # a submission named it first
        store.upsert_outlet(connection, {**store.get_outlet(connection, "taz.de"), "name": "die tageszeitung"})
    assert db.load_seeds(connection)
    assert {p["code"] for p in store.list_parties(connection)} >= {"BELLIGERENTS", "UA"}
    assert store.get_conflict(connection, "sudan-war") is not None
    assert store.get_outlet(connection, "sana.sy")["state_affiliation"] == "SY"
    assert (
        store.get_outlet(connection, "qna.org.qa")["known"]
        and store.get_outlet(connection, "qna.org.qa")["name"] == "QNA"
    )
    assert store.get_outlet(connection, "taz.de")["name"] == "die tageszeitung"  # the editor's change stays
    assert not db.load_seeds(connection)  # nothing left to add
    connection.close()


def _party(connection, code: str) -> dict:
    from service import store

    return next(p for p in store.list_parties(connection) if p["code"] == code)


def _without(party: dict, actor: str, alias: str | None = None) -> dict:
    """The party with one actor removed, or only one alias of it."""
    actors = [
        a if alias is None or a["name"] != actor else {**a, "aliases": [x for x in a["aliases"] if x != alias]}
        for a in party["actors"]
        if alias is not None or a["name"] != actor
    ]
    return {**party, "actors": actors}


def test_a_release_adds_actors_aliases_and_terms_to_what_a_store_holds_once(tmp_path):
    """Actors, aliases and conflict terms a release adds reach a store seeded before, at its next start; what
    an editor removed after it was offered stays removed."""
    from service import store

    connection = store.connect(str(tmp_path / "older.db"))
    store.migrate(connection)
    assert db.load_seeds(connection)
    ukraine, sudan = _party(connection, "UA"), store.get_conflict(connection, "sudan-war")
    actor = ukraine["actors"][-1]["name"]
    alias = next(a for a in ukraine["actors"] if a["aliases"])
    with store.write_transaction(connection):  # as a store of an earlier release, which had none of these
        store.upsert_party(connection, _without(_without(ukraine, actor), alias["name"], alias["aliases"][0]))
        store.upsert_conflict(connection, {**sudan, "terms": sudan["terms"][1:]})
        keys = json.loads(store.get_meta(connection, db.SEED_ENTRIES))
        older = [
            k
            for k in keys
            if k
            not in {
                db._entry("party", "UA", "actor", actor),
                db._entry("party", "UA", alias["name"], alias["aliases"][0]),
                db._entry("conflict", "sudan-war", sudan["terms"][0]),
            }
        ]
        store.set_meta(connection, db.SEED_ENTRIES, json.dumps(older))
    version = store.knowledge_version(connection)
    assert db.load_seeds(connection) and store.knowledge_version(connection) != version
    grown = _party(connection, "UA")
    assert actor in {a["name"] for a in grown["actors"]}
    assert alias["aliases"][0] in next(a for a in grown["actors"] if a["name"] == alias["name"])["aliases"]
    assert store.get_conflict(connection, "sudan-war")["terms"][-1] == sudan["terms"][0]
    with store.write_transaction(connection):  # an editor removes the actor again
        store.upsert_party(connection, _without(grown, actor))
    assert not db.load_seeds(connection)
    assert actor not in {a["name"] for a in _party(connection, "UA")["actors"]}
    connection.close()
