"""Webhook deliveries: signed, sent outside the request that caused them, retried with backoff.

A grade change writes one row per interested webhook into the outbox (store.record_grade_changes),
in the transaction of the change: a change that commits has its deliveries, one rolled back has none.
A delivery worker, a thread in each gunicorn worker (gunicorn.conf.py post_worker_init) or the
`flask deliver-webhooks` process, takes due rows with one UPDATE (store.claim_delivery), so of several
workers one sends each delivery. A row stays claimed for a lease: if its sender dies mid-send (a
restart, a crash), the row is due again when the lease runs out and another worker sends it. That is
at-least-once delivery: a receiver that must not act twice keys on the X-Quellenlage-Delivery header.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlite_utils import Database

from service import store

log = logging.getLogger("quellenlage.webhooks")

EVENTS = store.GRADE_EVENTS
SIGNATURE_HEADER = "X-Quellenlage-Signature"
USER_AGENT = "Quellenlage-Webhooks/1"


@dataclass(frozen=True)
class Settings:
    """QUELLENLAGE_WEBHOOK_* settings (see service/config.py)."""

    retry_seconds: float = 10.0  # first retry after this, then doubling
    max_retry_seconds: float = 3600.0
    max_attempts: int = 10
    timeout: float = 10.0  # per HTTP request
    lease: float = 60.0  # how long a claimed delivery is its sender's; longer than `timeout`
    poll_seconds: float = 1.0

    @classmethod
    def of(cls, config: Mapping[str, Any]) -> Settings:
        return cls(
            retry_seconds=float(config.get("WEBHOOK_RETRY_SECONDS", cls.retry_seconds)),
            max_retry_seconds=float(config.get("WEBHOOK_MAX_RETRY_SECONDS", cls.max_retry_seconds)),
            max_attempts=int(config.get("WEBHOOK_MAX_ATTEMPTS", cls.max_attempts)),
            timeout=float(config.get("WEBHOOK_TIMEOUT_SECONDS", cls.timeout)),
            lease=float(config.get("WEBHOOK_LEASE_SECONDS", cls.lease)),
            poll_seconds=float(config.get("WEBHOOK_POLL_SECONDS", cls.poll_seconds)),
        )


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: HMAC-SHA256 of the exact body bytes with the webhook's secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str) -> bool:
    """What a receiver does (in constant time): the body is ours and unaltered."""
    return hmac.compare_digest(sign(secret, body), signature)


def retry_delay(attempts: int, settings: Settings) -> float:
    """Seconds before the next attempt after `attempts` failed ones: exponential, capped."""
    return float(min(settings.retry_seconds * 2 ** (attempts - 1), settings.max_retry_seconds))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect is an answer, not a success: a POST is never silently turned into a GET elsewhere.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def send(delivery: Mapping[str, Any], timeout: float) -> tuple[bool, int | None, str | None]:
    """POST one delivery. (delivered, HTTP status, error): any 2xx is delivered."""
    body = delivery["payload"].encode()
    request = urllib.request.Request(
        delivery["url"],
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Quellenlage-Event": delivery["event"],
            "X-Quellenlage-Delivery": str(delivery["id"]),
            SIGNATURE_HEADER: sign(delivery["secret"], body),
        },
    )
    try:
        with _opener.open(request, timeout=timeout) as response:
            response.read(65536)
            return 200 <= response.status < 300, response.status, None
    except urllib.error.HTTPError as error:
        return False, error.code, f"HTTP {error.code}"
    except (OSError, ValueError) as error:  # refused, timed out, unresolvable, a malformed URL
        return False, None, f"{type(error).__name__}: {error}"[:300]


def deliver_due(db: Database, settings: Settings, clock: Callable[[], float] = time.time) -> int:
    """Send every delivery due now, one at a time; the number of attempts made."""
    attempts = 0
    while (delivery := store.claim_delivery(db, clock(), settings.lease)) is not None:
        attempts += 1
        delivered, status, error = send(delivery, settings.timeout)
        retry_at = None
        if not delivered and delivery["attempts"] < settings.max_attempts:
            retry_at = clock() + retry_delay(delivery["attempts"], settings)
        store.finish_delivery(
            db,
            delivery["id"],
            delivery["attempts"],
            delivered=delivered,
            status_code=status,
            error=error,
            retry_at=retry_at,
        )
        if not delivered:
            log.info("webhook delivery %s to %s failed (%s)", delivery["id"], delivery["url"], error)
    return attempts


class DeliveryWorker(threading.Thread):
    """Sends due deliveries until stopped; a failure of the store is logged and waited out, never fatal."""

    def __init__(self, db_path: str, settings: Settings):
        super().__init__(name="webhook-deliveries", daemon=True)
        self.db_path, self.settings = db_path, settings
        self.stopping = threading.Event()

    def run(self) -> None:
        db = store.connect(self.db_path)
        try:
            while not self.stopping.is_set():
                try:
                    sent = deliver_due(db, self.settings)
                except Exception:  # a locked or full database, a disk error: try again later
                    log.exception("webhook delivery failed; retrying")
                    sent = 0
                if not sent:
                    self.stopping.wait(self.settings.poll_seconds)
        finally:
            db.close()

    def stop(self) -> None:
        self.stopping.set()


def delivery_enabled(app: Flask) -> bool:
    return str(app.config.get("WEBHOOK_DELIVERY", True)).lower() not in ("0", "false", "no")


def start_worker(app: Flask) -> DeliveryWorker | None:
    """Start this process's delivery thread (unless QUELLENLAGE_WEBHOOK_DELIVERY=0)."""
    if not delivery_enabled(app):
        return None
    from service.db import db_path

    worker = DeliveryWorker(db_path(app), Settings.of(app.config))
    worker.start()
    return worker


@click.command("deliver-webhooks")
@click.option("--once", is_flag=True, help="send what is due now and exit")
@with_appcontext
def deliver_command(once: bool) -> None:
    """Send webhook deliveries from this process (beside or instead of gunicorn's worker threads)."""
    from service.db import db_path

    settings = Settings.of(current_app.config)
    if once:
        db = store.connect(db_path(current_app))
        try:
            click.echo(f"{deliver_due(db, settings)} delivery attempts")
        finally:
            db.close()
        return
    worker = DeliveryWorker(db_path(current_app), settings)
    worker.run()  # in the foreground, until interrupted
