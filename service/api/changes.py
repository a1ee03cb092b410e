"""GET /v1/changes: the feed of grade changes, in the order they were made, with a cursor."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields, validate

from service import store
from service.api import db_and_knowledge, page
from service.schemas import PageArgsSchema

bp = Blueprint("changes", __name__, url_prefix="/v1", description="The feed of grade changes")

GRADE = {"description": "a grade code, source letter and information digit", "example": "C3"}


class ChangeQueryArgsSchema(PageArgsSchema):
    claim = fields.Integer(
        load_default=None,
        validate=validate.Range(min=1, max=2**63 - 1),
        metadata={"description": "only the changes of this claim"},
    )


class ChangeSchema(ma.Schema):
    id = fields.Integer(metadata={"description": "position in the feed; ids only grow"})
    claim_id = fields.Integer(metadata={"description": "the claim whose grade changed"})
    article_id = fields.Integer(metadata={"description": "the article the claim belongs to"})
    old_grade = fields.String(
        allow_none=True, metadata={**GRADE, "description": "the grade before; null for a claim's first grade"}
    )
    new_grade = fields.String(metadata={**GRADE, "description": "the grade after the change"})
    old_score = fields.Float(allow_none=True, metadata={"description": "the score before; null for a first grade"})
    new_score = fields.Float(allow_none=True, metadata={"description": "the score after the change"})
    reason = fields.String(
        metadata={
            "description": "what caused it: an article stored, an outlet or conflict edited",
            "example": "article 12 stored (example.de)",
        }
    )
    at = fields.String(metadata={"description": "when it was made (UTC, ISO 8601)"})


class ChangePageSchema(ma.Schema):
    changes = fields.List(fields.Nested(ChangeSchema), metadata={"description": "oldest first"})
    next_cursor = fields.String(
        metadata={
            "description": "the cursor to ask with next: after the last change of this page (never null, so a "
            "consumer can poll with it for changes yet to come)"
        }
    )
    has_more = fields.Boolean(metadata={"description": "whether more changes wait beyond this page now"})


@bp.route("/changes")
class Changes(MethodView):
    @bp.arguments(ChangeQueryArgsSchema, location="query", unknown=ma.RAISE)
    @bp.response(200, ChangePageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Grade changes in the order they were made: a claim's first grade (old_grade null, when its
        article is stored) and every later change (a new article corroborating or contradicting it, an
        outlet's or a conflict's edit). Poll with next_cursor to get only what is new."""
        db, _ = db_and_knowledge()
        after, limit = page(args)
        changes = store.grade_changes(db, after=after, limit=limit + 1, claim_id=args.get("claim"))
        has_more = len(changes) > limit
        changes = changes[:limit]
        next_cursor = store.encode_cursor(changes[-1]["id"] if changes else after)
        return {"changes": changes, "next_cursor": next_cursor, "has_more": has_more}
