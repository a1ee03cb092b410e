"""Webhooks: registration, the outbox written with the change, signed deliveries to a real local
receiver, retries with backoff, giving up, leases, and concurrent senders sending each delivery once."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from service import create_app, store
from service.webhooks import Settings, deliver_due, retry_delay, verify
from tests.conftest import assert_error
from tests.webhook_receiver import receiver

FIRST = "Nach Angaben der Polizei von Velmora wurden am Montag 340 Bewohner aus dem Ortsteil Brennwald evakuiert."
SECOND = "Die Polizei von Velmora hat am Montag 340 Bewohner aus dem Ortsteil Brennwald evakuiert."
SECRET = "ein-geheimnis-mit-genug-zeichen"
FAST = Settings(retry_seconds=0.05, max_retry_seconds=1, max_attempts=3, timeout=5, lease=30, poll_seconds=0.05)


@pytest.fixture
def app(tmp_path: Path):
    return create_app({"TESTING": True, "DB": str(tmp_path / "hooks.db"), "DEMO_ARTICLES": False, "OPEN_WRITES": True})


@pytest.fixture
def db(app):
    connection = store.connect(app.config["DB"])
    yield connection
    connection.close()


def register(client, url: str, events=("grade.changed",), secret: str | None = SECRET) -> dict:
    body = {"url": url, "events": list(events), **({"secret": secret} if secret else {})}
    response = client.post("/v1/webhooks", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def deliveries(client, webhook_id: int, query: str = "") -> list[dict]:
    response = client.get(f"/v1/webhooks/{webhook_id}/deliveries{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["deliveries"]


def test_register_list_read_and_delete(client):
    created = register(client, "https://cms.example/hook", secret=None)
    assert len(created["secret"]) >= 32  # generated, shown once
    assert created["events"] == ["grade.changed"]
    listed = client.get("/v1/webhooks").get_json()["webhooks"]
    assert listed == [{k: v for k, v in created.items() if k != "secret"}]
    assert "secret" not in client.get(f"/v1/webhooks/{created['id']}").get_json()
    response = client.delete(f"/v1/webhooks/{created['id']}")
    assert response.status_code == 204 and response.get_data() == b""
    assert_error(client.get(f"/v1/webhooks/{created['id']}"), 404)
    assert_error(client.delete(f"/v1/webhooks/{created['id']}"), 404)
    assert_error(client.get(f"/v1/webhooks/{created['id']}/deliveries"), 404)
    other = register(client, "https://cms.example/other")
    assert_error(client.get(f"/v1/webhooks/{other['id']}/deliveries?status=lost"), 422)
    assert "sort" in assert_error(client.get(f"/v1/webhooks/{other['id']}/deliveries?sort=id"), 422)["errors"]["query"]


@pytest.mark.parametrize(
    "body, field",
    [
        ({"url": "ftp://cms.example/hook"}, "url"),
        ({"url": "nicht eine adresse"}, "url"),
        ({"url": "https://cms.example/hook", "events": ["grade.deleted"]}, "events"),
        ({"url": "https://cms.example/hook", "events": []}, "events"),
        ({"url": "https://cms.example/hook", "secret": "kurz"}, "secret"),
    ],
)
def test_a_bad_registration_names_its_field(client, body, field):
    assert field in assert_error(client.post("/v1/webhooks", json=body), 422)["errors"]["json"]


def test_webhooks_need_the_key_for_reading_too(tmp_path):
    app = create_app({"TESTING": True, "DB": str(tmp_path / "k.db"), "DEMO_ARTICLES": False, "API_KEYS": "k1"})
    client = app.test_client()
    assert_error(client.post("/v1/webhooks", json={"url": "https://cms.example/hook"}), 401)
    assert_error(client.get("/v1/webhooks"), 401)
    created = client.post("/v1/webhooks", json={"url": "https://cms.example/hook"}, headers={"X-API-Key": "k1"})
    assert created.status_code == 201
    assert_error(client.get(f"/v1/webhooks/{created.get_json()['id']}/deliveries"), 401)
    assert client.get("/v1/webhooks", headers={"X-API-Key": "k1"}).status_code == 200


def test_a_grade_change_is_delivered_signed_once(client, db):
    with receiver() as hook:
        webhook = register(client, hook.url)
        client.post("/v1/articles", json={"text": FIRST, "outlet": "faz.net"})
        client.post("/v1/articles", json={"text": SECOND, "outlet": "sueddeutsche.de"})
        assert not hook.calls  # nothing is sent by the request that caused it
        (pending,) = deliveries(client, webhook["id"])
        assert pending["status"] == "pending" and pending["attempts"] == 0 and pending["next_attempt_at"]
        assert deliver_due(db, FAST) == 1
        assert deliver_due(db, FAST) == 0  # nothing left
    (call,) = hook.calls
    assert verify(SECRET, call.body, call.headers["X-Quellenlage-Signature"])
    assert not verify("ein-anderes-geheimnis-0000", call.body, call.headers["X-Quellenlage-Signature"])
    assert call.headers["X-Quellenlage-Event"] == "grade.changed"
    assert call.headers["X-Quellenlage-Delivery"] == str(pending["id"])
    payload = json.loads(call.body)
    change = client.get("/v1/changes").get_json()["changes"][1]  # the first claim's change by the second article
    assert payload == {"event": "grade.changed", "change": change}
    (done,) = deliveries(client, webhook["id"])
    assert done["status"] == "delivered" and done["attempts"] == 1 and done["last_status"] == 200
    assert done["delivered_at"] and done["next_attempt_at"] is None and done["payload"] == payload


def test_only_the_events_asked_for_are_queued(client):
    changed = register(client, "https://a.example/hook")
    graded = register(client, "https://b.example/hook", events=["claim.graded"])
    client.post("/v1/articles", json={"text": FIRST, "outlet": "faz.net"})
    assert deliveries(client, changed["id"]) == []
    assert [d["event"] for d in deliveries(client, graded["id"])] == ["claim.graded"]
    client.post("/v1/score", json={"text": SECOND, "outlet": "sueddeutsche.de"})  # rolled back: no deliveries
    assert deliveries(client, changed["id"]) == [] and len(deliveries(client, graded["id"])) == 1


def test_a_failed_delivery_is_retried_with_backoff_then_delivered(client, db):
    assert [retry_delay(n, FAST) for n in (1, 2, 3)] == [0.05, 0.1, 0.2]
    assert retry_delay(30, FAST) == 1  # capped
    with receiver() as hook:
        webhook = register(client, hook.url, events=["claim.graded"])
        client.post("/v1/articles", json={"text": FIRST, "outlet": "faz.net"})
        hook.status = 503
        started = time.time()
        assert deliver_due(db, FAST) == 1
        (waiting,) = deliveries(client, webhook["id"])
        assert waiting["status"] == "pending" and waiting["attempts"] == 1
        assert waiting["last_status"] == 503 and waiting["last_error"] == "HTTP 503"
        assert deliver_due(db, FAST) == 0  # not due before its backoff
        hook.status = 200
        time.sleep(0.06)
        assert deliver_due(db, FAST) == 1
        assert time.time() - started >= FAST.retry_seconds
    assert [c.answered for c in hook.calls] == [503, 200]
    assert hook.calls[0].body == hook.calls[1].body  # the same delivery, the same signed body
    (done,) = deliveries(client, webhook["id"], "?status=delivered")
    assert done["attempts"] == 2 and done["last_error"] is None


def test_a_delivery_that_keeps_failing_is_given_up(client, db):
    with receiver() as hook:
        webhook = register(client, hook.url, events=["claim.graded"])
        client.post("/v1/articles", json={"text": FIRST, "outlet": "faz.net"})
        hook.status = 500
        deadline = time.time() + 5
        while time.time() < deadline and not deliveries(client, webhook["id"], "?status=failed"):
            deliver_due(db, FAST)
            time.sleep(0.02)
    (failed,) = deliveries(client, webhook["id"], "?status=failed")
    assert failed["attempts"] == FAST.max_attempts == len(hook.calls)


def test_an_unreachable_receiver_is_a_failed_attempt(client, db):
    webhook = register(client, "http://127.0.0.1:9/nobody-listens", events=["claim.graded"])
    client.post("/v1/articles", json={"text": FIRST, "outlet": "faz.net"})
    assert deliver_due(db, FAST) == 1
    (waiting,) = deliveries(client, webhook["id"])
    assert waiting["status"] == "pending" and waiting["last_status"] is None and waiting["last_error"]


def test_a_delivery_whose_sender_died_is_sent_after_its_lease(client, db):
    with receiver() as hook:
        webhook = register(client, hook.url, events=["claim.graded"])
        client.post("/v1/articles", json={"text": FIRST, "outlet": "faz.net"})
        dead = store.claim_delivery(db, time.time(), lease=0.1)  # a sender that never reports back
        assert dead is not None
        assert deliver_due(db, FAST) == 0  # leased: nobody else sends it meanwhile
        time.sleep(0.15)
        assert deliver_due(db, FAST) == 1
        # The dead sender's late report does not overwrite the attempt that took over.
        store.finish_delivery(db, dead["id"], dead["attempts"], delivered=False, status_code=500, error="x", retry_at=0)
    assert len(hook.calls) == 1
    (done,) = deliveries(client, webhook["id"])
    assert done["status"] == "delivered" and done["attempts"] == 2


def test_concurrent_senders_send_each_delivery_once(client, app):
    with receiver() as hook:
        register(client, hook.url, events=["claim.graded", "grade.changed"])
        for n in range(6):
            text = f"In Orlingen wurden am Montag {100 + n} neue Bäume im Stadtpark Nummer {n} gepflanzt."
            client.post("/v1/articles", json={"text": text, "outlet": f"blatt{n}.example"})
        queued = len(client.get("/v1/changes?limit=500").get_json()["changes"])
        assert queued >= 6
        connections = [store.connect(app.config["DB"]) for _ in range(4)]
        threads = [threading.Thread(target=deliver_due, args=(c, FAST)) for c in connections]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        for connection in connections:
            connection.close()
    ids = [c.headers["X-Quellenlage-Delivery"] for c in hook.calls]
    assert len(ids) == len(set(ids)) == queued


def test_the_delivery_command_sends_what_is_due(client, runner, app):
    app.config.update(WEBHOOK_RETRY_SECONDS=0.05)
    with receiver() as hook:
        register(client, hook.url, events=["claim.graded"])
        client.post("/v1/articles", json={"text": FIRST, "outlet": "faz.net"})
        result = runner.invoke(args=["deliver-webhooks", "--once"])
        assert result.exit_code == 0 and "1 delivery attempts" in result.output
    assert len(hook.delivered()) == 1
