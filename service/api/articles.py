"""POST /v1/articles, POST /v1/score, GET /v1/articles[/{id}]."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import Response, current_app, url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from werkzeug.sansio.response import Response as ResponseBase

import seeds
from service import store
from service.api import db_and_knowledge, evidenced, explanation_language, page, prepared_submission, snapshot
from service.api.claims import CLAIMREVIEW_SCHEMA, json_ld, reviews_of
from service.claimreview import claim_reviews
from service.dumping import planned
from service.errors import ApiError
from service.ingest import TooManyClaims, store_article
from service.ninjs import article_ninjs, claim_component
from service.schemas import ArticleInputSchema, ArticlePageSchema, ArticleQueryArgsSchema, ArticleSchema

# An invented article (places and people made up), as the document's example of a submission.
ARTICLE_EXAMPLE = {
    "outlet": "nzz.ch",
    "url": "https://www.example.org/ausland/talheim-123",
    "title": "Drohnen über Talheim",
    "published_at": "2025-03-12",
    "text": "Nach Angaben der ukrainischen Luftwaffe hat Russland in der Nacht 45 Drohnen gestartet.\n"
    "Angeblich wurde ein Getreidesilo bei Talheim getroffen.",
}
bp = Blueprint("articles", __name__, url_prefix="/v1", description="Submit articles and read their scored claims")
_dump_article_itself = planned(ArticleSchema(exclude=("claims",)))
# An instance, not the class: webargs would build the schema anew for every request (its fields deep-copied).
_ARTICLE_INPUT = ArticleInputSchema()


def _article_response(article: dict[str, Any], status: int) -> tuple[ResponseBase, int]:
    """The article as the view's ArticleSchema dumps it, sent as flask-smorest sends a dump (jsonify), the
    dump planned once (service.dumping: ~1 ms of a POST). Its claims are with_evidence's bodies, which are
    ClaimSchema's dump of themselves (its fields only, of its types: tests/test_post_response.py): sent as
    they are, not dumped again (issue 16: 0.3 ms of a POST of 44 claims)."""
    body = _dump_article_itself(article)
    body["claims"] = article["claims"]
    return current_app.json.response(body), status


def _ingest(data: dict[str, Any], persist: bool) -> tuple[dict[str, Any], bool]:
    db, knowledge = db_and_knowledge()
    submission = prepared_submission(data)
    try:
        article, claims, created = store_article(
            db,
            knowledge,
            submission,
            seeds.lexicon()["weights"],
            max_claims=current_app.config["MAX_CLAIMS"],
            persist=persist,
            language=explanation_language(),
            analysis_budget_ms=current_app.config["ANALYSIS_BUDGET_MS"] or None,
        )
    except TooManyClaims as error:
        raise ApiError(422, str(error), {"json": {"text": [str(error)]}}) from error
    article["claims"] = claims
    if created and not persist:  # nothing was stored: an id would point nowhere (its claims have none either)
        article["id"] = None
    return article, created


@bp.route("/articles")
class Articles(MethodView):
    @bp.arguments(ArticleQueryArgsSchema, location="query", unknown=ma.RAISE)
    @bp.response(200, ArticlePageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Stored articles, oldest first, a page at a time."""
        db, _ = db_and_knowledge()
        after, limit = page(args)
        articles = store.list_articles(db, outlet=args.get("outlet"), after=after, limit=limit)
        next_cursor = store.encode_cursor(articles[-1]["id"]) if len(articles) == limit else None
        return {"articles": articles, "next_cursor": next_cursor}

    @bp.arguments(_ARTICLE_INPUT, example=ARTICLE_EXAMPLE)
    @bp.response(201, ArticleSchema, description="stored, with its scored claims")
    @bp.alt_response(200, schema=ArticleSchema, description="already stored (same url, or same outlet and text)")
    def post(self, data: dict[str, Any]) -> tuple[ResponseBase, int]:
        """Store an article, score its claims and re-score the claims it corroborates or contradicts."""
        article, created = _ingest(data, persist=True)
        return _article_response(article, 201 if created else 200)


@bp.route("/articles/<int(max=9223372036854775807):article_id>")
class ArticleById(MethodView):
    @bp.response(200, ArticleSchema)
    def get(self, article_id: int) -> dict[str, Any]:
        """One article with the current state of its claims."""
        with snapshot() as (db, knowledge):
            article = store.get_article(db, article_id)
            if article is None:
                raise ApiError(404, f"No article {article_id}.")
            article["claims"] = evidenced(db, knowledge, store.claims_of_article(db, article_id))
        return article


ARTICLE_CLAIMREVIEWS_RESPONSE = {
    "description": "the article's claims as schema.org ClaimReviews in one JSON-LD document (@graph), each as "
    "GET /v1/claims/{claim_id}/claimreview gives it",
    "content": {
        "application/ld+json": {
            "schema": {
                "type": "object",
                "required": ["@context", "@graph"],
                "properties": {
                    "@graph": {
                        "type": "array",
                        "items": CLAIMREVIEW_SCHEMA | {"required": ["@type", "claimReviewed", "reviewRating", "url"]},
                    }
                },
            }
        }
    },
}


@bp.route("/articles/<int(max=9223372036854775807):article_id>/claimreview")
class ArticleClaimReviews(MethodView):
    @bp.doc(responses={"200": ARTICLE_CLAIMREVIEWS_RESPONSE})
    def get(self, article_id: int) -> Response:
        """Every claim of one article as schema.org ClaimReviews, one JSON-LD @graph."""
        with snapshot() as (db, knowledge):
            article = store.get_article(db, article_id)
            if article is None:
                raise ApiError(404, f"No article {article_id}.")
            claims = evidenced(db, knowledge, store.claims_of_article(db, article_id))
            return json_ld(claim_reviews(reviews_of(db, claims, article)))


NINJS_RESPONSE = {
    "description": "IPTC ninjs 2.1: the article as a news object (text body, headline, publisher and credits as "
    "infosources), each claim an associated component with its text, grade, score, stance, offsets and explanation "
    "as descriptions, its sources as infosources and a trust indicator linking to its ClaimReview",
    "content": {"application/json": {"schema": {"type": "object", "required": ["uri", "standard", "type"]}}},
}


@bp.route("/articles/<int(max=9223372036854775807):article_id>/ninjs")
class ArticleNinjs(MethodView):
    @bp.doc(responses={"200": NINJS_RESPONSE})
    def get(self, article_id: int) -> dict[str, Any]:
        """One article with its graded claims as IPTC ninjs 2.1."""
        with snapshot() as (db, knowledge):
            article = store.get_article(db, article_id)
            if article is None:
                raise ApiError(404, f"No article {article_id}.")
            claims = evidenced(db, knowledge, store.claims_of_article(db, article_id))
            outlet = store.get_outlet(db, article["outlet"]) or {}
        language = article.get("language") or "de"
        components = [
            claim_component(
                claim,
                uri=url_for("claims.ClaimById", claim_id=claim["id"], _external=True),
                claimreview_uri=url_for("claims.ClaimReviewById", claim_id=claim["id"], _external=True),
                language=language,
            )
            for claim in claims
        ]
        return article_ninjs(
            article,
            outlet,
            components,
            uri=url_for("articles.ArticleById", article_id=article_id, _external=True),
            claimreview_uri=url_for("articles.ArticleClaimReviews", article_id=article_id, _external=True),
        )


@bp.route("/score")
class Score(MethodView):
    @bp.arguments(_ARTICLE_INPUT, example=ARTICLE_EXAMPLE)
    @bp.response(200, ArticleSchema, description="scored against the stored corpus; nothing is stored")
    def post(self, data: dict[str, Any]) -> tuple[ResponseBase, int]:
        """Score an article against the stored corpus without storing it."""
        article, _ = _ingest(data, persist=False)
        return _article_response(article, 200)
