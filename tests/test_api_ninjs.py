"""IPTC ninjs 2.1 for an article with its claims. No PyPI package ships the ninjs schema, so the rules of
ninjs 2.1 that our document touches are written out here as a JSON Schema of our own (from the standard's
documentation) and checked with jsonschema: uri required, type and representationtype from their
vocabularies, no root property the standard does not define, every body, headline, description and
alternative id with a value, every association a ninjs object with a name and a uri."""

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from service.ninjs import STANDARD, date_time
from tests.conftest import assert_error, post_article

VALUE_ITEM = {
    "type": "object",
    "required": ["value"],
    "properties": {
        "role": {"type": "string"},
        "contenttype": {"type": "string"},
        "value": {"type": "string"},
        "charcount": {"type": "number"},
        "wordcount": {"type": "number"},
    },
    "additionalProperties": False,
}
NAMED_ITEM = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "rel": {"type": "string"},
        "role": {"type": "string"},
        "uri": {"type": "string", "format": "uri"},
        "literal": {"type": "string"},
    },
    "additionalProperties": False,
}
NINJS_OBJECT = {
    "type": "object",
    "required": ["uri"],
    "properties": {
        "uri": {"type": "string", "format": "uri"},
        "type": {"enum": ["text", "audio", "video", "picture", "graphic", "composite", "component"]},
        "representationtype": {"enum": ["full", "partial"]},
        "profile": {"type": "string"},
        "version": {"type": "string"},
        "firstcreated": {"type": "string", "format": "date-time"},
        "versioncreated": {"type": "string", "format": "date-time"},
        "contentcreated": {"type": "string", "format": "date-time"},
        "pubstatus": {"enum": ["usable", "withheld", "canceled"]},
        "language": {"type": "string"},
        "title": {"type": "string"},
        "headlines": {"type": "array", "items": VALUE_ITEM},
        "bodies": {"type": "array", "items": VALUE_ITEM},
        "descriptions": {"type": "array", "items": VALUE_ITEM},
        "altids": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"role": {"type": "string"}, "value": {"type": "string"}},
                "additionalProperties": False,
            },
        },
        "infosources": {"type": "array", "items": NAMED_ITEM},
        "subjects": {"type": "array", "items": NAMED_ITEM},
        "renditions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "href": {"type": "string", "format": "uri"},
                    "contenttype": {"type": "string"},
                },
                "additionalProperties": False,
            },
        },
        "trustindicators": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "role": {"type": "string", "format": "uri"},
                    "title": {"type": "string"},
                    "href": {"type": "string", "format": "uri"},
                },
                "additionalProperties": False,
            },
        },
        "standard": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "version": {"type": "string"},
                "schema": {"type": "string", "format": "uri"},
            },
            "additionalProperties": False,
        },
        "associations": {
            "type": "array",
            "items": {"$ref": "#/$defs/association"},
        },
    },
}
NINJS_21 = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$defs": {
        "ninjs": NINJS_OBJECT,
        "association": {
            "$ref": "#/$defs/ninjs",
            "properties": {"name": {"type": "string"}},
            "required": ["name", "uri"],
            "unevaluatedProperties": False,
        },
    },
    "$ref": "#/$defs/ninjs",
    "unevaluatedProperties": False,
}
VALIDATOR = Draft202012Validator(NINJS_21, format_checker=FormatChecker())

TEXT = (
    "Laut dem Pentagon sollen 500 Soldaten in die Grenzregion verlegt worden sein.\n"
    "Die Stadtwerke von Talheim haben am Montag einen neuen Wasserturm eröffnet."
)


def test_article_as_ninjs(client):
    article = post_article(
        client,
        TEXT,
        outlet="nzz.ch",
        url="https://example.org/talheim",
        title="Truppen und Türme",
        published_at="2025-02-01T08:30:00+01:00",
        credits=["dpa"],
    ).get_json()
    response = client.get(f"/v1/articles/{article['id']}/ninjs")
    assert response.status_code == 200 and response.mimetype == "application/json"
    document = response.get_json()
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(document)]
    assert not errors, errors
    assert document["uri"].endswith(f"/v1/articles/{article['id']}") and document["standard"] == STANDARD
    assert document["type"] == "text" and document["language"] == "de"
    assert document["bodies"][0]["value"] == TEXT and document["bodies"][0]["charcount"] == len(TEXT)
    assert document["headlines"] == [{"role": "main", "contenttype": "text/plain", "value": "Truppen und Türme"}]
    assert document["contentcreated"] == "2025-02-01T08:30:00+01:00"
    assert {"name": "dpa", "role": "credit"} in document["infosources"]
    assert document["renditions"][0]["href"] == "https://example.org/talheim"
    claims = {c["id"]: c for c in article["claims"]}
    assert [a["name"] for a in document["associations"]] == [f"claim-{i}" for i in claims]
    first = document["associations"][0]
    descriptions = {d["role"]: d["value"] for d in first["descriptions"]}
    assert descriptions["grade"] == claims[1]["grade"]["code"] and descriptions["offsets"] == "0-77"
    assert [d["value"] for d in first["descriptions"] if d["role"] == "explanation"] == claims[1]["explanation"]
    assert first["bodies"][0]["value"] == claims[1]["text"]
    assert first["infosources"] == [{"name": "Pentagon", "role": "origin", "literal": "US"}]
    assert first["trustindicators"][0]["href"].endswith("/v1/claims/1/claimreview")


def test_a_bare_article_is_valid_too(client):
    article = post_article(client, "Die Stadtwerke von Talheim haben einen Wasserturm eröffnet.").get_json()
    document = client.get(f"/v1/articles/{article['id']}/ninjs").get_json()
    assert not list(VALIDATOR.iter_errors(document))
    assert "headlines" not in document and "renditions" not in document and "contentcreated" not in document


def test_the_check_can_fail():
    bad = {"uri": "urn:x", "type": "article", "grade": "B2", "associations": [{"uri": "urn:y"}]}
    messages = " ".join(e.message for e in VALIDATOR.iter_errors(bad))
    assert "'article' is not one of" in messages and "'name' is a required property" in messages
    assert "grade" in messages  # no root property the standard does not define
    assert list(VALIDATOR.iter_errors({"type": "text"}))  # uri is required


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-01", None),
        (None, None),
        ("2025-02-01T08:30:00", "2025-02-01T08:30:00Z"),
        ("2025-02-01T08:30:00+00:00", "2025-02-01T08:30:00+00:00"),
    ],
)
def test_date_times(value, expected):
    assert date_time(value) == expected


def test_unknown_article_is_404(client):
    assert_error(client.get("/v1/articles/7/ninjs"), 404)
