"""schema.org ClaimReview (JSON-LD) for a claim and for an article's claims, checked property by property
against what schema.org defines for ClaimReview, Claim and Rating and what Google's fact-check
documentation requires (claimReviewed, reviewRating with alternateName, url) and recommends (author,
itemReviewed with appearance, author and datePublished, datePublished, a numeric rating on a stated scale)."""

from typing import Any

import pytest

from service.claimreview import RATING_CAP_OF_SOURCE, rating_value
from tests.conftest import assert_error, post_article

TEXT = (
    "Laut dem Pentagon sollen 500 Soldaten in die Grenzregion verlegt worden sein.\n"
    "Die Stadtwerke von Talheim haben am Montag einen neuen Wasserturm eröffnet."
)

# Properties schema.org defines on each type (inherited ones included), limited to those we may emit.
SCHEMA_ORG_PROPERTIES = {
    "ClaimReview": {
        "claimReviewed",
        "itemReviewed",
        "reviewRating",
        "reviewBody",
        "author",
        "datePublished",
        "url",
        "inLanguage",
        "name",
        "@id",
        "@type",
        "@context",
    },
    "Claim": {"text", "author", "appearance", "firstAppearance", "datePublished", "inLanguage", "@type"},
    "Rating": {
        "ratingValue",
        "bestRating",
        "worstRating",
        "alternateName",
        "name",
        "ratingExplanation",
        "author",
        "@type",
    },
    "NewsArticle": {"url", "headline", "datePublished", "publisher", "author", "@type"},
    "Organization": {"name", "url", "identifier", "alternateName", "@type"},
}


def check_typed(node: dict[str, Any]) -> None:
    """Every node carries a known @type and only properties schema.org defines for it."""
    kind = node["@type"]
    assert kind in SCHEMA_ORG_PROPERTIES, kind
    assert set(node) <= SCHEMA_ORG_PROPERTIES[kind], set(node) - SCHEMA_ORG_PROPERTIES[kind]
    for value in node.values():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, dict):
                check_typed(child)


def check_claim_review(review: dict[str, Any]) -> None:
    assert review["@type"] == "ClaimReview"
    check_typed(review)
    # Required (Google): claimReviewed, reviewRating, url.
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    assert review["url"].startswith("http://") and "/v1/claims/" in review["url"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str) and rating["alternateName"]
    # A numeric rating needs its scale: bestRating above worstRating, worstRating at least 1, value inside.
    assert rating["worstRating"] >= 1 and rating["bestRating"] > rating["worstRating"]
    if "ratingValue" in rating:
        assert isinstance(rating["ratingValue"], int)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    # Recommended: author (a named organisation or person), datePublished, itemReviewed (a Claim).
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    assert review["datePublished"][:4].isdigit()
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["text"] == review["claimReviewed"]
    assert item["author"] and all(a["name"] for a in item["author"])
    assert item["appearance"]["@type"] == "NewsArticle" and item["appearance"]["publisher"]["name"]
    assert isinstance(review["reviewBody"], str) and review["reviewBody"]


def test_a_claim_as_claimreview(client):
    post_article(
        client, TEXT, outlet="nzz.ch", url="https://example.org/talheim", title="Truppen", published_at="2025-02-01"
    )
    claim = client.get("/v1/claims/1").get_json()
    response = client.get("/v1/claims/1/claimreview")
    assert response.status_code == 200 and response.mimetype == "application/ld+json"
    review = response.get_json(force=True)
    assert review["@context"] == "https://schema.org"
    check_claim_review(review)
    assert review["claimReviewed"] == claim["text"]
    assert review["reviewRating"]["alternateName"] == claim["grade"]["code"] == "B4"
    assert review["reviewRating"]["ratingValue"] == 2  # 4: hedged and uncorroborated
    assert review["reviewBody"] == "; ".join(claim["explanation"])
    item = review["itemReviewed"]
    assert item["author"] == [{"@type": "Organization", "name": "Pentagon", "identifier": "US"}]
    assert item["datePublished"] == "2025-02-01"
    assert item["appearance"]["url"] == "https://example.org/talheim"
    assert item["appearance"]["publisher"]["url"] == "https://nzz.ch/"
    assert item["appearance"]["headline"] == "Truppen"


def test_an_articles_claims_as_one_graph(client):
    article = post_article(client, TEXT, outlet="nzz.ch").get_json()
    document = client.get(f"/v1/articles/{article['id']}/claimreview").get_json(force=True)
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert [r["claimReviewed"] for r in reviews] == [c["text"] for c in article["claims"]]
    for review in reviews:
        assert "@context" not in review
        check_claim_review(review)
    # A claim in the outlet's own voice is authored by the outlet; no article url, no appearance url.
    own = reviews[1]["itemReviewed"]
    assert own["author"][0]["url"] == "https://nzz.ch/" and "url" not in own["appearance"]
    assert "datePublished" not in own


def test_unknown_claim_or_article_is_404(client):
    assert_error(client.get("/v1/claims/9/claimreview"), 404)
    assert_error(client.get("/v1/articles/9/claimreview"), 404)


@pytest.mark.parametrize("information", range(1, 7))
@pytest.mark.parametrize("source", "ABCDEF")
def test_rating_scale(source, information):
    value = rating_value(source, information)
    if information == 6:
        assert value is None  # cannot be judged: no number, the grade alone
        return
    assert 1 <= value <= RATING_CAP_OF_SOURCE[source]
    # A better information digit never rates lower; contradiction is always the worst.
    assert information == 1 or value <= rating_value(source, information - 1)
    assert information != 5 or value == 1
    # A belligerent's or a flagged source's claim never rates as true, however well corroborated.
    assert source not in "DE" or value <= 3
