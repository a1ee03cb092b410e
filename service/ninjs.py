"""An article with its graded claims as IPTC ninjs 2.1 (News in JSON), for newsroom systems that read it.

ninjs has no place of its own for a grade, and its root takes no properties beyond the standard's, so
each claim is an associated ninjs object (a "component"): the claim's text as its body, the grade, score
and explanation as descriptions with roles, its origin sources as infosources, and a trust indicator
linking to its schema.org ClaimReview.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

STANDARD = {"name": "ninjs", "version": "2.1", "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"}
MEDIA_TYPE = "application/json"
PROFILE = "quellenlage-graded-article"
CLAIMREVIEW_ROLE = "https://schema.org/ClaimReview"


def date_time(value: str | None) -> str | None:
    """An ISO date-time with its zone, as ninjs wants; None for a bare date or nothing (no time to claim)."""
    if not value or "T" not in value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.isoformat() if moment.tzinfo else moment.isoformat() + "Z"


def claim_component(claim: Mapping[str, Any], *, uri: str, claimreview_uri: str, language: str) -> dict[str, Any]:
    """One claim body (ClaimSchema) as an associated ninjs object."""
    grade = claim.get("grade") or {}
    descriptions = [
        {"role": "grade", "value": grade.get("code") or "ungraded"},
        {"role": "score", "value": "" if claim.get("score") is None else f"{claim['score']:.2f}"},
        {"role": "stance", "value": claim.get("stance") or ""},
        {"role": "offsets", "value": f"{claim['start']}-{claim['end']}"},
        *({"role": "explanation", "value": line} for line in claim.get("explanation", [])),
    ]
    component: dict[str, Any] = {
        "name": f"claim-{claim['id']}",
        "uri": uri,
        "type": "component",
        "representationtype": "full",
        "language": language,
        "bodies": [{"role": "claim", "contenttype": "text/plain", "value": claim["text"]}],
        "descriptions": descriptions,
        "infosources": [
            {"name": s["text"], "role": s["role"], **({"literal": s["party"]} if s.get("party") else {})}
            for s in claim.get("sources", [])
        ],
        "trustindicators": [{"role": CLAIMREVIEW_ROLE, "title": "schema.org ClaimReview", "href": claimreview_uri}],
    }
    if claim.get("conflict"):
        component["subjects"] = [{"name": claim["conflict"], "rel": "conflict", "literal": claim["conflict"]}]
    if claim.get("updated_at"):
        component["versioncreated"] = date_time(claim["updated_at"])
    return component


def article_ninjs(
    article: Mapping[str, Any],
    outlet: Mapping[str, Any],
    components: list[dict[str, Any]],
    *,
    uri: str,
    claimreview_uri: str,
) -> dict[str, Any]:
    """The stored article (ArticleSchema) as a ninjs 2.1 news object with its claims as associations."""
    text = article["text"]
    document: dict[str, Any] = {
        "uri": uri,
        "standard": dict(STANDARD),
        "type": "text",
        "representationtype": "full",
        "profile": PROFILE,
        "version": "1",
        "pubstatus": "usable",
        "language": article.get("language") or "de",
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/plain",
                "charcount": len(text),
                "wordcount": len(text.split()),
                "value": text,
            }
        ],
        "infosources": [
            {
                "name": outlet.get("name") or article["outlet"],
                "role": "publisher",
                "uri": f"https://{article['outlet']}/",
            },
            *({"name": credit, "role": "credit"} for credit in article.get("credits") or []),
        ],
        "altids": [{"role": "quellenlage-article-id", "value": str(article["id"])}],
        "trustindicators": [
            {"role": CLAIMREVIEW_ROLE, "title": "schema.org ClaimReviews of its claims", "href": claimreview_uri}
        ],
        "associations": components,
    }
    optional = {
        "firstcreated": date_time(article.get("created_at")),
        "versioncreated": max(
            [date_time(article.get("created_at")) or ""] + [c.get("versioncreated") or "" for c in components]
        )
        or None,
        "contentcreated": date_time(article.get("published_at")),
        "title": article.get("title"),
    }
    document.update({k: v for k, v in optional.items() if v})
    if article.get("title"):
        document["headlines"] = [{"role": "main", "contenttype": "text/plain", "value": article["title"]}]
    if article.get("url"):
        document["altids"].append({"role": "url", "value": article["url"]})
        document["renditions"] = [{"name": "original", "href": article["url"], "contenttype": "text/html"}]
    return document
