"""Webhooks through a real gunicorn to a real local receiver, across a crash of the service: a grade
change made before it is delivered after the restart, and a delivery cut off mid-send is sent again."""

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


def wait_for(condition, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_no_delivery_is_lost_when_the_service_dies_and_restarts(tmp_path: Path, monkeypatch):
    for name, value in {
        "QUELLENLAGE_OPEN_WRITES": "1",
        "QUELLENLAGE_WEBHOOK_POLL_SECONDS": "0.1",
        "QUELLENLAGE_WEBHOOK_TIMEOUT_SECONDS": "2",
        "QUELLENLAGE_WEBHOOK_LEASE_SECONDS": "2.5",
    }.items():
        monkeypatch.setenv(name, value)
    db, log = str(tmp_path / "hooks.db"), tmp_path / "gunicorn.log"
    with receiver() as hook:
        # The receiver holds the first delivery: the service's one delivery thread is mid-send when
        # it dies, and the second delivery, queued by the same article, has not been tried at all.
        hook.holds = 1
        port = free_port()
        server = start_gunicorn(db, port, log, workers=1)
        try:
            base = f"http://127.0.0.1:{port}"
            body = {"url": hook.url, "events": ["claim.graded"], "secret": SECRET}
            status, webhook = call(base, "POST", "/v1/webhooks", body)
            assert status == 201
            status, article = call(base, "POST", "/v1/articles", {"text": TEXT, "outlet": "faz.net"})
            assert status == 201 and len(article["claims"]) == 2
            assert wait_for(lambda: len(hook.calls) == 1)
            time.sleep(0.3)
            assert len(hook.calls) == 1
        finally:
            server.kill()  # SIGKILL to the master; its worker gets SIGTERM from the kernel (post_fork)
            server.wait(timeout=30)
        port = free_port()
        server = start_gunicorn(db, port, log, workers=2)
        try:
            assert wait_for(lambda: len(hook.calls) == 3), log.read_text()[-3000:]
            time.sleep(0.5)  # room for a duplicate, were one to be sent
            path = f"/v1/webhooks/{webhook['id']}/deliveries"
            status, page = call(f"http://127.0.0.1:{port}", "GET", path)
        finally:
            stop(server)
    cut_off, untried = page["deliveries"]
    assert (cut_off["status"], cut_off["attempts"]) == ("delivered", 2)  # sent again once its lease ran out
    assert (untried["status"], untried["attempts"]) == ("delivered", 1)  # queued before, sent after the restart
    ids = [c.headers["X-Quellenlage-Delivery"] for c in hook.calls]
    assert sorted(ids) == sorted([str(cut_off["id"])] * 2 + [str(untried["id"])])
    for received in hook.calls:
        assert verify(SECRET, received.body, received.headers["X-Quellenlage-Signature"])
    claims = {json.loads(received.body)["change"]["claim_id"] for received in hook.calls}
    assert claims == {c["id"] for c in article["claims"]}
