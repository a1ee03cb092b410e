"""POST /v1/articles and /v1/score send the claims as with_evidence built them, not dumped again: the bytes are
those flask-smorest's ArticleSchema dump and jsonify give for the same article (every field there, nothing else,
each of its type)."""

from __future__ import annotations

from typing import Any

from service.api.articles import _article_response, _ingest
from service.schemas import ArticleSchema
from tests.conftest import post_article

# Invented articles (places and people made up): hedges, reported speech, an origin and a relay with its
# medium, numbers; two outlets report the same fire, a third denies it.
FIRE = (
    "Nach Angaben der Feuerwehr von Kesselbach sind bei dem Brand im Hafen 14 Lagerhallen zerstört worden.\n"
    "Angeblich soll der Schaden bei mehr als vier Millionen Euro liegen, sagte Bürgermeister Edwin Haller.\n"
    "Wie die Zeitung Kesselbacher Bote berichtete, habe die Polizei 30 Beamte in den Hafen geschickt."
)
SAME_FIRE = (
    "Beim Brand im Hafen von Kesselbach sind laut der Feuerwehr 14 Lagerhallen zerstört worden.\n"
    "Die Polizei ermittelt, ob das Feuer gelegt wurde."
)
DENIAL = "Die Feuerwehr von Kesselbach bestreitet, dass beim Brand im Hafen 14 Lagerhallen zerstört worden seien."


def _expected(app: Any, body: dict[str, Any]) -> bytes:
    with app.app_context():
        return app.json.response(ArticleSchema().dump(body)).get_data()


def test_posted_stored_again_and_scored_articles_are_sent_as_their_dump(client, app):
    sent = [
        post_article(client, SAME_FIRE, outlet="faz.net"),
        post_article(client, FIRE, outlet="nzz.ch"),
        post_article(client, DENIAL, outlet="taz.de"),
        post_article(client, FIRE, outlet="nzz.ch"),  # stored already: read back, 200
        client.post("/v1/score", json={"outlet": "spiegel.de", "text": SAME_FIRE + "\nDer Hafen bleibt gesperrt."}),
    ]
    assert [r.status_code for r in sent] == [201, 201, 201, 200, 200]
    bodies = [r.get_json() for r in sent]
    claims = [c for body in bodies for c in body["claims"]]
    # What the bytes must carry, so that the comparison below means something.
    assert any(c["hedges"] for c in claims) and any(c["reported_speech_cues"] for c in claims)
    assert any(s["role"] == "relay" for c in claims for s in c["sources"])
    assert any(c["corroboration"].get("claims") for c in claims)
    for response, body in zip(sent, bodies, strict=True):
        assert response.get_data() == _expected(app, body)


def test_the_article_as_ingested_is_sent_as_its_dump_before_any_json(app):
    """The article dict itself (not its JSON read back): a number of another type than its field's, or a key
    no schema holds, would tell the bytes apart."""
    for n, (text, outlet) in enumerate(
        [(SAME_FIRE, "faz.net"), (FIRE, "nzz.ch"), (DENIAL, "taz.de"), (FIRE, "nzz.ch")]
    ):
        with app.test_request_context("/v1/articles", method="POST", json={"text": text, "outlet": outlet}):
            article, created = _ingest({"text": text, "outlet": outlet}, persist=True)
            assert created == (n < 3)
            sent = _article_response(article, 201)[0].get_data()
            assert sent == app.json.response(ArticleSchema().dump(article)).get_data()
