"""POST/GET /v1/webhooks, GET/DELETE /v1/webhooks/{id}, GET /v1/webhooks/{id}/deliveries."""

from __future__ import annotations

import hmac
import secrets
from datetime import UTC, datetime
from typing import Any

import marshmallow as ma
from flask import current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields, validate

from service import api_keys, store
from service.api import db_and_knowledge, page
from service.errors import ApiError
from service.schemas import URL_PATTERN, PageArgsSchema
from service.webhooks import EVENTS, SIGNATURE_HEADER

bp = Blueprint(
    "webhooks",
    __name__,
    url_prefix="/v1",
    description=f"Webhooks on grade changes: signed ({SIGNATURE_HEADER}: sha256=HMAC-SHA256 of the body with the "
    "webhook's secret), sent after the change by a delivery worker, retried with exponential backoff",
)

STATUSES = ("pending", "delivering", "delivered", "failed")
# Reading a webhook needs the key as writing does (guard_reads): the document says so, not "optional".
KEY_ALWAYS: list[dict[str, list[str]]] = [{"ApiKey": []}]


class WebhookInputSchema(ma.Schema):
    url = fields.Url(
        required=True,
        schemes={"http", "https"},
        require_tld=False,
        validate=validate.Length(max=2000),
        metadata={
            "description": "where deliveries are POSTed",
            "example": "https://cms.example/hooks/quellenlage",
            "pattern": URL_PATTERN,
        },
    )
    events = fields.List(
        fields.String(validate=validate.OneOf(EVENTS)),
        load_default=["grade.changed"],
        validate=validate.Length(min=1),
        metadata={
            "description": "grade.changed: a stored claim's grade changed; claim.graded: a new claim got its "
            "first grade (one per claim of every stored article)"
        },
    )
    secret = fields.String(
        load_default=None,
        validate=validate.Length(min=16, max=200),
        metadata={"description": "the HMAC key of the signatures; one is generated (and shown once) if none is given"},
    )


class WebhookSchema(ma.Schema):
    id = fields.Integer(metadata={"description": "the webhook's id"})
    url = fields.String(metadata={"description": "where deliveries are POSTed"})
    events = fields.List(fields.String(validate=validate.OneOf(EVENTS)), metadata={"description": "events sent"})
    created_at = fields.String(metadata={"description": "when it was registered (UTC)"})


class WebhookCreatedSchema(WebhookSchema):
    secret = fields.String(metadata={"description": "the signing secret: shown here once, never again"})


class WebhookListSchema(ma.Schema):
    webhooks = fields.List(fields.Nested(WebhookSchema), metadata={"description": "every registered webhook"})


class DeliveryQueryArgsSchema(PageArgsSchema):
    status = fields.String(
        load_default=None, validate=validate.OneOf(STATUSES), metadata={"description": "only deliveries in this state"}
    )


class DeliverySchema(ma.Schema):
    id = fields.Integer(metadata={"description": "the delivery's id, sent as X-Quellenlage-Delivery"})
    change_id = fields.Integer(metadata={"description": "the change (GET /v1/changes) it notifies of"})
    event = fields.String(validate=validate.OneOf(EVENTS), metadata={"description": "sent as X-Quellenlage-Event"})
    status = fields.String(
        validate=validate.OneOf(STATUSES),
        metadata={"description": "pending (due or waiting for a retry), delivering, delivered, failed (gave up)"},
    )
    attempts = fields.Integer(metadata={"description": "attempts made so far"})
    next_attempt_at = fields.String(
        allow_none=True, metadata={"description": "when it is (or was) due next, for a pending delivery (UTC)"}
    )
    last_status = fields.Integer(allow_none=True, metadata={"description": "HTTP status of the last attempt"})
    last_error = fields.String(allow_none=True, metadata={"description": "why the last attempt failed"})
    created_at = fields.String(metadata={"description": "when the change was made (UTC)"})
    delivered_at = fields.String(allow_none=True, metadata={"description": "when a 2xx answer came (UTC)"})
    payload = fields.Dict(metadata={"description": "the JSON body sent"})


class DeliveryPageSchema(ma.Schema):
    deliveries = fields.List(fields.Nested(DeliverySchema), metadata={"description": "oldest first"})
    next_cursor = fields.String(allow_none=True, metadata={"description": "cursor of the next page; null at the end"})


@bp.before_request
def guard_reads() -> None:
    """A webhook's URL and deliveries are an integration's secrets: reading them needs what writing needs."""
    if request.method != "GET":
        return  # writes go through the service's own guard
    keys = api_keys(current_app)
    given = request.headers.get("X-API-Key", "")
    if keys and not any(hmac.compare_digest(given.encode(), k.encode()) for k in keys):
        raise ApiError(401, "This endpoint needs a valid X-API-Key header.")
    if not keys and str(current_app.config.get("OPEN_WRITES")).strip().lower() not in ("1", "true", "yes"):
        raise ApiError(403, "Webhooks are closed: this service has no API keys configured and writes are not open.")


def _webhook_or_404(webhook_id: int) -> dict[str, Any]:
    db, _ = db_and_knowledge()
    webhook = store.get_webhook(db, webhook_id)
    if webhook is None:
        raise ApiError(404, f"No webhook {webhook_id}.")
    return webhook


@bp.route("/webhooks")
class Webhooks(MethodView):
    @bp.response(200, WebhookListSchema)
    @bp.doc(security=KEY_ALWAYS)
    def get(self) -> dict[str, Any]:
        """Every registered webhook (without its secret)."""
        db, _ = db_and_knowledge()
        return {"webhooks": store.list_webhooks(db)}

    @bp.arguments(WebhookInputSchema)
    @bp.response(201, WebhookCreatedSchema)
    def post(self, data: dict[str, Any]) -> dict[str, Any]:
        """Register a URL for grade-change events; the answer holds the signing secret, once."""
        db, _ = db_and_knowledge()
        secret = data["secret"] or secrets.token_urlsafe(32)
        with store.write_transaction(db):
            webhook_id = store.insert_webhook(db, data["url"], data["events"], secret)
        return {**(store.get_webhook(db, webhook_id) or {}), "secret": secret}


@bp.route("/webhooks/<int(max=9223372036854775807):webhook_id>")
class WebhookById(MethodView):
    @bp.response(200, WebhookSchema)
    @bp.doc(security=KEY_ALWAYS)
    def get(self, webhook_id: int) -> dict[str, Any]:
        """One webhook (without its secret)."""
        return _webhook_or_404(webhook_id)

    @bp.response(204)
    def delete(self, webhook_id: int) -> None:
        """Remove a webhook; its deliveries, sent or not, go with it."""
        db, _ = db_and_knowledge()
        with store.write_transaction(db):
            if not store.delete_webhook(db, webhook_id):
                raise ApiError(404, f"No webhook {webhook_id}.")


def _iso(epoch: float | None) -> str | None:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds") if epoch is not None else None


@bp.route("/webhooks/<int(max=9223372036854775807):webhook_id>/deliveries")
class Deliveries(MethodView):
    @bp.arguments(DeliveryQueryArgsSchema, location="query", unknown=ma.RAISE)
    @bp.response(200, DeliveryPageSchema)
    @bp.doc(security=KEY_ALWAYS)
    def get(self, args: dict[str, Any], webhook_id: int) -> dict[str, Any]:
        """The webhook's deliveries, oldest first, with their state, attempts and last error."""
        _webhook_or_404(webhook_id)
        db, _ = db_and_knowledge()
        after, limit = page(args)
        rows = store.webhook_deliveries(db, webhook_id, after=after, limit=limit, status=args.get("status"))
        deliveries = [
            {**r, "next_attempt_at": _iso(r["next_attempt"]) if r["status"] in ("pending", "delivering") else None}
            for r in rows
        ]
        next_cursor = store.encode_cursor(rows[-1]["id"]) if len(rows) == limit else None
        return {"deliveries": deliveries, "next_cursor": next_cursor}
