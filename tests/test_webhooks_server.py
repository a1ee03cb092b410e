"""Webhooks through a real gunicorn (several workers, each with its delivery thread) to a real local
receiver: a grade change made before a restart of the service is delivered after it, each delivery once."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from bench.load import call, free_port, start_gunicorn, stop
from service.webhooks import verify
from tests.webhook_receiver import receiver

pytestmark = pytest.mark.server

SECRET = "ein-geheimnis-mit-genug-zeichen"
TEXT = (
    "Nach Angaben der Feuerwehr von Velmora brannten am Montag 12 Scheunen im Ortsteil Brennwald nieder.\n"
    "Laut dem Bürgermeister von Velmora wurden 45 Bewohner vorübergehend in der Turnhalle untergebracht."
)


def wait_for(condition, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_no_delivery_is_lost_across_a_restart(tmp_path: Path, monkeypatch):
    for name, value in {
        "QUELLENLAGE_OPEN_WRITES": "1",
        "QUELLENLAGE_WEBHOOK_POLL_SECONDS": "0.1",
        "QUELLENLAGE_WEBHOOK_RETRY_SECONDS": "0.2",
        "QUELLENLAGE_WEBHOOK_MAX_RETRY_SECONDS": "0.5",
        "QUELLENLAGE_WEBHOOK_TIMEOUT_SECONDS": "2",
    }.items():
        monkeypatch.setenv(name, value)
    db, log = str(tmp_path / "hooks.db"), tmp_path / "gunicorn.log"
    with receiver() as hook:
        hook.status = 503  # the receiver is down at first
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_gunicorn(db, port, log, workers=2)
        try:
            status, webhook = call(
                base, "POST", "/v1/webhooks", {"url": hook.url, "events": ["claim.graded"], "secret": SECRET}
            )
            assert status == 201
            status, article = call(base, "POST", "/v1/articles", {"text": TEXT, "outlet": "faz.net"})
            assert status == 201 and len(article["claims"]) == 2
            # Every delivery tried and refused once before the service goes down.
            assert wait_for(lambda: len({c.headers["X-Quellenlage-Delivery"] for c in hook.calls}) == 2)
        finally:
            stop(server)
        assert not hook.delivered()
        hook.status = 200  # the receiver is back; the service restarts on the same file
        port = free_port()
        server = start_gunicorn(db, port, log, workers=2)
        try:
            assert wait_for(lambda: len(hook.delivered()) >= 2), log.read_text()[-3000:]
            time.sleep(0.5)  # room for a duplicate, were one to be sent
            status, page = call(f"http://127.0.0.1:{port}", "GET", f"/v1/webhooks/{webhook['id']}/deliveries")
        finally:
            stop(server)
    delivered = hook.delivered()
    assert sorted(c.headers["X-Quellenlage-Delivery"] for c in delivered) == sorted(
        str(d["id"]) for d in page["deliveries"]
    )  # each delivery once
    assert {d["status"] for d in page["deliveries"]} == {"delivered"}
    assert all(d["attempts"] >= 2 for d in page["deliveries"])
    for received in delivered:
        assert verify(SECRET, received.body, received.headers["X-Quellenlage-Signature"])
    claims = sorted(json.loads(received.body)["change"]["claim_id"] for received in delivered)
    assert claims == sorted(c["id"] for c in article["claims"])
