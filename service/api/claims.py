"""GET /v1/claims[/{id}] and GET /v1/propositions[/{id}]."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from typing import Any

import marshmallow as ma
from flask import Response, current_app, request, stream_with_context, url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from sqlite_utils import Database

from service import claimreview, exports, store
from service.api import evidenced, page, snapshot
from service.errors import ApiError
from service.schemas import (
    ClaimExportArgsSchema,
    ClaimPageSchema,
    ClaimQueryArgsSchema,
    ClaimSchema,
    PropositionPageSchema,
    PropositionQueryArgsSchema,
    PropositionSchema,
)

bp = Blueprint("claims", __name__, url_prefix="/v1", description="Scored claims and the propositions they form")


@bp.route("/claims")
class Claims(MethodView):
    @bp.arguments(ClaimQueryArgsSchema, location="query", unknown=ma.RAISE)
    @bp.response(200, ClaimPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Claims filtered by text, outlet, origin party, belligerence, hedging, score, date, conflict,
        grade, article, stance and proposition, a page at a time in id order (`sort=-id`: newest first)."""
        after, limit = claim_cursor(args), page({**args, "cursor": None})[1]
        with snapshot() as (db, knowledge):
            rows = store.search_claims(db, args, after, limit, sort=args["sort"])
            claims = evidenced(db, knowledge, rows)
        next_cursor = next_claim_cursor(rows[-1], args["sort"]) if len(rows) == limit else None
        return {"claims": claims, "next_cursor": next_cursor}


def claim_cursor(args: dict[str, Any]) -> int | tuple[str, int]:
    """Where a page of claims starts: after an id, or, sorted by change, after an (updated_at, id)."""
    cursor = args.get("cursor") or ""
    by_change = args["sort"] in ("updated_at", "-updated_at")
    if not cursor:
        return 0
    if cursor.startswith("u") != by_change:
        raise ApiError(
            422,
            "This cursor belongs to a list in another order; page with the sort it came with.",
            {"query": {"cursor": ["made for another sort"]}},
        )
    if not by_change:
        return store.decode_cursor(cursor)
    try:
        updated_at, _, claim_id = base64.urlsafe_b64decode(cursor[1:] + "==").decode().rpartition("|")
        return updated_at, int(claim_id)
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise ApiError(422, "Not a cursor of this list.", {"query": {"cursor": ["not a cursor"]}}) from error


def next_claim_cursor(last: dict[str, Any], sort: str) -> str:
    if sort in ("id", "-id"):
        return store.encode_cursor(last["id"])
    position = f"{last['updated_at'] or ''}|{last['id']}".encode()
    return "u" + base64.urlsafe_b64encode(position).decode().rstrip("=")


EXPORT_BATCH = 200
EXPORT_RESPONSE = {
    "description": "the claims as CSV (a header row, one row per claim; lists joined into one cell) or as "
    "JSON Lines (one claim body per line); the cursor of the next page is the id of the last row",
    "content": {
        exports.CSV_MEDIA_TYPE: {"schema": {"type": "string"}},
        exports.JSONL_MEDIA_TYPE: {"schema": {"type": "string"}},
    },
}


@bp.route("/claims/export")
class ClaimExport(MethodView):
    @bp.arguments(ClaimExportArgsSchema, location="query", unknown=ma.RAISE)
    @bp.doc(responses={"200": EXPORT_RESPONSE})
    def get(self, args: dict[str, Any]) -> Response:
        """Claims as CSV or JSON Lines, with the filters, sort and cursor of GET /v1/claims, streamed."""
        format_name = args["format"] or _format_from_accept()
        filename = f"claims.{format_name}"
        return Response(
            stream_with_context(exports.export_lines(format_name, _exported_claims(args, claim_cursor(args)))),
            mimetype=exports.MEDIA_TYPES[format_name],
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )


def _format_from_accept() -> str:
    best = request.accept_mimetypes.best_match([exports.JSONL_MEDIA_TYPE, exports.CSV_MEDIA_TYPE])
    return "csv" if best == exports.CSV_MEDIA_TYPE else "jsonl"


def _exported_claims(args: dict[str, Any], after: int | tuple[str, int]) -> Iterator[dict[str, Any]]:
    """Every claim the filters select after the cursor, a batch at a time, from one snapshot of the store."""
    remaining = args.get("limit")
    with snapshot() as (db, knowledge):
        while remaining is None or remaining > 0:
            size = min(EXPORT_BATCH, remaining or EXPORT_BATCH)
            rows = store.search_claims(db, args, after, size, sort=args["sort"])
            yield from evidenced(db, knowledge, rows)
            if len(rows) < size:
                return
            last = rows[-1]
            after = (last["updated_at"] or "", last["id"]) if args["sort"].endswith("updated_at") else last["id"]
            if remaining is not None:
                remaining -= len(rows)


@bp.route("/claims/<int(max=9223372036854775807):claim_id>")
class ClaimById(MethodView):
    @bp.response(200, ClaimSchema)
    def get(self, claim_id: int) -> dict[str, Any]:
        """One claim with its current corroboration, grade and explanation."""
        with snapshot() as (db, knowledge):
            claim = store.get_claim(db, claim_id)
            if claim is None:
                raise ApiError(404, f"No claim {claim_id}.")
            return evidenced(db, knowledge, [claim])[0]


CLAIMREVIEW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["@context", "@type", "claimReviewed", "reviewRating", "url"],
    "properties": {"@type": {"type": "string", "enum": ["ClaimReview"]}},
}
CLAIMREVIEW_RESPONSE = {
    "description": "schema.org ClaimReview as JSON-LD: the claim's text, its authors (origin sources, else the "
    "outlet) and the article it appears in, the grade as reviewRating (alternateName the grade code, ratingValue "
    "1 worst to 5 best, capped by the source letter; none for information 6) and the explanation as reviewBody",
    "content": {claimreview.MEDIA_TYPE: {"schema": CLAIMREVIEW_SCHEMA}},
}


def json_ld(document: dict[str, Any]) -> Response:
    return Response(json.dumps(document, ensure_ascii=False), mimetype=claimreview.MEDIA_TYPE)


def reviews_of(db: Database, claims: list[dict[str, Any]], article: dict[str, Any]) -> list[dict[str, Any]]:
    """The ClaimReview of each of these claims (all of one article), without @context: the caller adds it."""
    outlet = store.get_outlet(db, article["outlet"]) or {}
    reviewer = {
        "@type": "Organization",
        "name": f"{current_app.config['API_TITLE']} (automated source assessment)",
        "url": request.host_url,
    }
    return [
        claimreview.claim_review(
            claim,
            article,
            outlet,
            review_url=url_for("claims.ClaimById", claim_id=claim["id"], _external=True),
            reviewer=reviewer,
            reviewed_at=claim.get("updated_at") or article.get("created_at"),
            context=False,
        )
        for claim in claims
    ]


@bp.route("/claims/<int(max=9223372036854775807):claim_id>/claimreview")
class ClaimReviewById(MethodView):
    @bp.doc(responses={"200": CLAIMREVIEW_RESPONSE})
    def get(self, claim_id: int) -> Response:
        """One claim as a schema.org ClaimReview (JSON-LD)."""
        with snapshot() as (db, knowledge):
            claim = store.get_claim(db, claim_id)
            if claim is None:
                raise ApiError(404, f"No claim {claim_id}.")
            body = evidenced(db, knowledge, [claim])[0]
            article = store.get_article(db, claim["article_id"]) or {}
            review = reviews_of(db, [body], article)[0]
        return json_ld({"@context": claimreview.CONTEXT, **review})


@bp.route("/propositions")
class Propositions(MethodView):
    @bp.arguments(PropositionQueryArgsSchema, location="query", unknown=ma.RAISE)
    @bp.response(200, PropositionPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Propositions (facts several claims state), each with its claims, outlets and best grade, a page at a time."""
        after, limit = page(args)
        with snapshot() as (db, _):
            rows = store.list_propositions(db, after=after, limit=limit, descending=args["sort"] == "-id")
        propositions = [
            {
                "id": row["id"],
                "created_at": row["created_at"],
                "claims": row["claims"],
                "outlets": row["outlets"],
                "grade": grade_body(row["grade_source"], row["grade_information"]),
                "score": row["score"],
            }
            for row in rows
        ]
        next_cursor = store.encode_cursor(rows[-1]["id"]) if len(rows) == limit else None
        return {"propositions": propositions, "next_cursor": next_cursor}


def grade_body(source: str | None, information: int | None) -> dict[str, Any]:
    """{"source", "information", "code"} as a claim shows its grade."""
    code = f"{source}{information}" if source and information else None
    return {"source": source, "information": information, "code": code}


@bp.route("/propositions/<int(max=9223372036854775807):proposition_id>")
class PropositionById(MethodView):
    @bp.response(200, PropositionSchema)
    def get(self, proposition_id: int) -> dict[str, Any]:
        """The claims, outlets, origins and grade of one proposition."""
        with snapshot() as (db, knowledge):
            claims = evidenced(db, knowledge, store.claims_of_proposition(db, proposition_id))
        if not claims:
            raise ApiError(404, f"No proposition {proposition_id}.")
        supporting = [c for c in claims if c["stance"] == "support"] or claims
        best = max(supporting, key=lambda c: c["score"] or 0)
        corroboration = best["corroboration"]
        return {
            "id": proposition_id,
            "claims": claims,
            "outlets": sorted({c["outlet"] for c in claims}),
            "independent_outlets": corroboration.get("independent_outlets", 1),
            "origins": corroboration.get("origins", []),
            "independent_origins": corroboration.get("independent_origins", 1),
            "grade": best["grade"],
            "score": best["score"],
        }
