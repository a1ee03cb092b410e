"""The connection a request gets: kept by its thread between requests, fresh for another app or file."""

from __future__ import annotations

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
