"""schema.org ClaimReview (JSON-LD) for graded claims, so fact-check tools and search engines can read them.

The Admiralty grade has two axes; ClaimReview has one numeric rating. The rating is the information digit
turned round onto schema.org's 1 (worst) to 5 (best), capped by the source letter, so that a claim from a
belligerent (D) or from a flagged or state outlet's own voice (E) never rates as true however widely it is
repeated. The grade itself is the rating's alternateName. The scale is documented in the README (Integrations).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "https://schema.org"
MEDIA_TYPE = "application/ld+json"
WORST_RATING = 1
BEST_RATING = 5
# Information digit -> rating: 1 confirmed -> 5, 2 one origin -> 4, 3 single or hedged -> 3,
# 4 hedged and alone -> 2, 5 contradicted -> 1; 6 (cannot be judged) has no numeric rating.
RATING_OF_INFORMATION = {1: 5, 2: 4, 3: 3, 4: 2, 5: 1}
# The highest rating a source letter allows: a belligerent's claim at most "possibly true", a
# disinformation or state outlet's own voice at most "doubtful".
RATING_CAP_OF_SOURCE = {"A": 5, "B": 5, "C": 5, "D": 3, "E": 2, "F": 3}
SOURCE_LABELS = {
    "A": "completely reliable source",
    "B": "non-belligerent official or agency source",
    "C": "an outlet's own reporting or an unresolved source",
    "D": "a belligerent's claim about its own conflict",
    "E": "source flagged for disinformation, or a belligerent state outlet's own voice",
    "F": "source cannot be judged",
}
INFORMATION_LABELS = {
    1: "confirmed by independent origins",
    2: "reported by independent outlets from a single origin",
    3: "single outlet, or corroborated but hedged",
    4: "hedged and uncorroborated",
    5: "contradicted by an independent origin",
    6: "cannot be judged",
}


def rating_value(source: str | None, information: int | None) -> int | None:
    """The 1–5 rating of a grade; None when the content cannot be judged (6) or is not graded."""
    if information not in RATING_OF_INFORMATION:
        return None
    return min(RATING_OF_INFORMATION[information], RATING_CAP_OF_SOURCE.get(source or "F", 3))


def review_rating(grade: Mapping[str, Any], explanation: list[str]) -> dict[str, Any]:
    source, information = grade.get("source"), grade.get("information")
    labels = [label for label in (SOURCE_LABELS.get(source or ""), INFORMATION_LABELS.get(information or 0)) if label]
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": grade.get("code") or "ungraded",
        "name": "; ".join(labels) or "not graded",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "ratingExplanation": "; ".join(explanation),
    }
    value = rating_value(source, information)
    if value is not None:
        rating["ratingValue"] = value
    return rating


def _organisation(name: str, **extra: Any) -> dict[str, Any]:
    return {"@type": "Organization", "name": name, **{k: v for k, v in extra.items() if v}}


def claim_authors(claim: Mapping[str, Any], outlet: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Who makes the claim: its origin sources as written (with their party), else the outlet itself."""
    origins = [s for s in claim.get("sources", []) if s.get("role") == "origin"]
    if origins:
        return [_organisation(s["text"], identifier=s.get("party")) for s in origins]
    return [_organisation(outlet.get("name") or claim.get("outlet") or "", url=outlet_url(claim.get("outlet")))]


def outlet_url(domain: str | None) -> str | None:
    return f"https://{domain}/" if domain else None


def appearance(article: Mapping[str, Any], outlet: Mapping[str, Any]) -> dict[str, Any]:
    """The article the claim appears in, as a schema.org NewsArticle."""
    work: dict[str, Any] = {
        "@type": "NewsArticle",
        "url": article.get("url"),
        "headline": article.get("title"),
        "datePublished": article.get("published_at"),
        "publisher": _organisation(outlet.get("name") or article["outlet"], url=outlet_url(article["outlet"])),
    }
    return {k: v for k, v in work.items() if v is not None}


def claim_review(
    claim: Mapping[str, Any],
    article: Mapping[str, Any],
    outlet: Mapping[str, Any],
    *,
    review_url: str,
    reviewer: Mapping[str, Any],
    reviewed_at: str | None,
    context: bool = True,
) -> dict[str, Any]:
    """One claim body (ClaimSchema) as a ClaimReview; `context=False` for an item of an @graph."""
    item: dict[str, Any] = {
        "@type": "Claim",
        "text": claim["text"],
        "author": claim_authors(claim, outlet),
        "appearance": appearance(article, outlet),
        "inLanguage": article.get("language") or "de",
    }
    if article.get("published_at"):
        item["datePublished"] = article["published_at"]
    review: dict[str, Any] = {"@context": CONTEXT} if context else {}
    review.update(
        {
            "@type": "ClaimReview",
            "@id": review_url,
            "url": review_url,
            "claimReviewed": claim["text"],
            "itemReviewed": item,
            "reviewRating": review_rating(claim.get("grade") or {}, claim.get("explanation", [])),
            "reviewBody": "; ".join(claim.get("explanation", [])),
            "author": dict(reviewer),
        }
    )
    if reviewed_at:
        review["datePublished"] = reviewed_at
    return review


def claim_reviews(reviews: list[dict[str, Any]]) -> dict[str, Any]:
    """Several ClaimReviews as one JSON-LD document (an article's claims)."""
    return {"@context": CONTEXT, "@graph": reviews}
