"""POST /v1/articles/batch: up to 100 articles in one request, each stored on its own."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields, validate

from service.api import db_and_knowledge
from service.batch import ingest_one
from service.errors import error_body

bp = Blueprint("batch", __name__, url_prefix="/v1", description="Many articles in one request")

MAX_ARTICLES = 100


class BatchInputSchema(ma.Schema):
    articles = fields.List(
        fields.Dict(metadata={"description": "an article as POST /v1/articles takes it"}),
        required=True,
        validate=validate.Length(min=1, max=MAX_ARTICLES),
        metadata={"description": f"1 to {MAX_ARTICLES} articles; each is validated and stored on its own"},
    )


class ClaimGradeSchema(ma.Schema):
    id = fields.Integer(metadata={"description": "the claim's id"})
    grade = fields.String(allow_none=True, metadata={"description": "its grade code", "example": "C3"})


class ItemErrorSchema(ma.Schema):
    code = fields.Integer(metadata={"description": "HTTP status of this article's failure"})
    status = fields.String(metadata={"description": "its reason phrase"})
    message = fields.String(metadata={"description": "what was wrong"})
    errors = fields.Dict(metadata={"description": "field messages, as POST /v1/articles gives them"})


class BatchItemSchema(ma.Schema):
    index = fields.Integer(metadata={"description": "position of the article in the request, from 0"})
    status = fields.Integer(
        validate=validate.OneOf([200, 201, 413, 422, 503]),
        metadata={
            "description": "201 stored, 200 stored already (same url, or same outlet and text), 422 rejected, "
            "503 the store stayed busy (send it again)"
        },
    )
    id = fields.Integer(allow_none=True, metadata={"description": "the stored article's id"})
    claims = fields.List(fields.Nested(ClaimGradeSchema), metadata={"description": "its claims with their grades"})
    error = fields.Nested(ItemErrorSchema, allow_none=True, metadata={"description": "why it was not stored"})


class BatchResultSchema(ma.Schema):
    results = fields.List(fields.Nested(BatchItemSchema), metadata={"description": "one per article, in order"})
    stored = fields.Integer(metadata={"description": "articles stored now"})
    duplicates = fields.Integer(metadata={"description": "articles that were stored already"})
    rejected = fields.Integer(metadata={"description": "articles not stored"})


@bp.route("/articles/batch")
class Batch(MethodView):
    @bp.arguments(BatchInputSchema)
    @bp.response(
        200,
        BatchResultSchema,
        description="each article's own status in `results`: the request succeeds as a whole even when some "
        "articles are rejected (200 with per-item status rather than 207 Multi-Status)",
    )
    def post(self, data: dict[str, Any]) -> dict[str, Any]:
        """Store up to 100 articles, each in its own transaction: one rejected article loses none of the
        others, and sending the same batch again is safe (stored ones come back with status 200)."""
        db, knowledge = db_and_knowledge()
        results = []
        for index, record in enumerate(data["articles"]):
            outcome = ingest_one(db, knowledge, record)
            failed = outcome.status not in (200, 201)
            results.append(
                {
                    "index": index,
                    "status": outcome.status,
                    "id": outcome.article_id,
                    "claims": outcome.claims,
                    "error": error_body(outcome.status, outcome.message or "", outcome.errors) if failed else None,
                }
            )
        kinds = [r["status"] for r in results]
        return {
            "results": results,
            "stored": kinds.count(201),
            "duplicates": kinds.count(200),
            "rejected": sum(k not in (200, 201) for k in kinds),
        }
