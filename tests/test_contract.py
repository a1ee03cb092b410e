"""The full JSON body of a claim, as a snapshot: any change of the v1 contract shows up in review."""

import re

from tests.conftest import post_article

TEXT = "Laut dem Pentagon sollen 500 Soldaten verlegt worden sein, sagte ein Sprecher."

CLAIM = {
    "article_id": 1,
    "belligerent": False,
    "conflict": None,
    "corroboration": {
        "claims": [],
        "contradicting_claims": [],
        "independent_origins": 1,
        "independent_outlets": 1,
        "origin_names": ["United States"],
        "origins": ["US"],
        "outlets": 1,
        "unconfirming_claims": [],
    },
    "end": 78,
    "explanation": [
        "hedged by 'sollen' at 18–24",
        "origin: United States, named as 'Pentagon' at 9–17",
        "reported by 1 independent outlet, 1 origin",
    ],
    "grade": {"code": "B4", "information": 4, "source": "B"},
    "hedged": True,
    "hedges": [{"cue": "sollen", "decisive": True, "end": 24, "kind": "reportative", "start": 18}],
    "id": 1,
    "origin_parties": ["US"],
    "outlet": "nzz.ch",
    "proposition_id": 1,
    "published_at": "2025-01-10",
    "reported_speech": False,
    "reported_speech_cues": [],
    "score": 0.22,
    "sources": [{"end": 17, "medium": None, "party": "US", "role": "origin", "start": 9, "text": "Pentagon"}],
    "stance": "support",
    "start": 0,
    "text": TEXT,
}


def test_claim_body_snapshot(client):
    post_article(client, TEXT, outlet="nzz.ch", published_at="2025-01-10", url="https://example.org/x")
    body = client.get("/v1/claims/1").get_json()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", body.pop("updated_at"))
    assert body == CLAIM


def test_article_body_snapshot(client):
    body = post_article(
        client, TEXT, outlet="nzz.ch", published_at="2025-01-10", url="https://example.org/x"
    ).get_json()
    created_at = body.pop("created_at")
    assert body["claims"][0].pop("updated_at") >= created_at
    assert body == {
        "claims": [CLAIM],
        "conflict": None,
        "credits": [],
        "id": 1,
        "language": "de",
        "outlet": "nzz.ch",
        "published_at": "2025-01-10",
        "text": TEXT,
        "title": None,
        "url": "https://example.org/x",
        "voice": "NZZ",
    }


def test_claimreview_snapshot(client):
    post_article(client, TEXT, outlet="nzz.ch", published_at="2025-01-10", url="https://example.org/x")
    review = client.get("/v1/claims/1/claimreview").get_json(force=True)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", review.pop("datePublished"))
    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": "http://localhost/v1/claims/1",
        "url": "http://localhost/v1/claims/1",
        "claimReviewed": TEXT,
        "itemReviewed": {
            "@type": "Claim",
            "text": TEXT,
            "author": [{"@type": "Organization", "name": "Pentagon", "identifier": "US"}],
            "appearance": {
                "@type": "NewsArticle",
                "url": "https://example.org/x",
                "datePublished": "2025-01-10",
                "publisher": {"@type": "Organization", "name": "Neue Zürcher Zeitung", "url": "https://nzz.ch/"},
            },
            "inLanguage": "de",
            "datePublished": "2025-01-10",
        },
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "B4",
            "name": "non-belligerent official or agency source; hedged and uncorroborated",
            "bestRating": 5,
            "worstRating": 1,
            "ratingExplanation": "; ".join(CLAIM["explanation"]),
            "ratingValue": 2,
        },
        "reviewBody": "; ".join(CLAIM["explanation"]),
        "author": {
            "@type": "Organization",
            "name": "Quellenlage (automated source assessment)",
            "url": "http://localhost/",
        },
    }
