"""The planned dump gives what marshmallow's Schema.dump gives, key for key and in the same order."""

from __future__ import annotations

import json
from typing import Any

import marshmallow as ma
from marshmallow import fields

from service.dumping import planned
from service.schemas import ArticleSchema, ArticleSummarySchema, ClaimSchema
from tests.conftest import post_article

ARTICLE = (
    "Nach Angaben der Stadtverwaltung von Talheim sind bei dem Brand im Hafen 12 Lagerhallen zerstört worden.\n"
    "Angeblich soll der Schaden bei mehr als drei Millionen Euro liegen, sagte Bürgermeisterin Almut Krebber.\n"
    "Die Feuerwehr von Talheim habe 80 Einsatzkräfte geschickt, teilte ein Sprecher mit."
)
REPORT = (
    "Beim Brand im Hafen von Talheim sind laut der Stadtverwaltung 12 Lagerhallen zerstört worden.\n"
    "Die Polizei ermittelt, ob das Feuer gelegt wurde."
)


def same(a: Any, b: Any) -> bool:
    """Equal and in the same order (json.dumps keeps a dict's order)."""
    return json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)


def test_a_stored_article_with_its_claims_dumps_as_marshmallow_does(client, app):
    post_article(client, REPORT, outlet="faz.net")
    response = post_article(client, ARTICLE, outlet="nzz.ch")
    assert response.status_code == 201
    body = response.get_json()
    assert body["claims"] and any(c["hedges"] for c in body["claims"])  # nested lists filled
    with app.app_context():
        # The view's bytes are those flask-smorest's dump and jsonify give for the same article: dumping the
        # body again gives it back only if every field is there and nothing else is.
        expected = app.json.response(ArticleSchema().dump(body)).get_data()
    assert response.get_data() == expected
    again = post_article(client, ARTICLE, outlet="nzz.ch")  # stored already: 200, the same way
    assert again.status_code == 200
    scored = client.post("/v1/score", json={"outlet": "taz.de", "text": REPORT + "\nNoch ein Satz dazu."})
    assert scored.status_code == 200 and scored.get_json()["id"] is None
    with app.app_context():
        assert scored.get_data() == app.json.response(ArticleSchema().dump(scored.get_json())).get_data()


def test_values_are_converted_and_missing_keys_left_out_as_marshmallow_does():
    claim = {
        "id": 7,
        "article_id": None,
        "outlet": "nzz.ch",
        "text": "Der Hafen von Talheim brannte.",
        "start": 3.0,  # Integer: int
        "end": True,
        "hedged": 1,  # Boolean: True
        "hedges": [{"cue": "angeblich", "start": 0, "end": 9, "kind": "lexical", "decisive": 0, "extra": "x"}],
        "reported_speech_cues": None,
        "sources": [],
        "origin_parties": ("UA", "PL"),
        "score": 1,  # Float: 1.0
        "grade": None,
        "corroboration": {"outlets": 2, "claims": [4, 5], "origins": ["UA"]},
        "not_in_the_schema": 1,
    }
    article = {"id": 1, "outlet": "nzz.ch", "credits": ["dpa"], "claims": [claim, {}], "text": "x"}
    assert same(planned(ClaimSchema())(claim), ClaimSchema().dump(claim))
    assert same(planned(ArticleSchema())(article), ArticleSchema().dump(article))
    assert same(planned(ArticleSummarySchema())(article), ArticleSummarySchema().dump(article))  # exclude
    assert same(planned(ClaimSchema(many=True))([claim, claim]), ClaimSchema(many=True).dump([claim, claim]))
    assert "article_id" in planned(ClaimSchema())(claim) and "published_at" not in planned(ClaimSchema())(claim)


class Place:
    def __init__(self) -> None:
        self.name = "Talheim"
        self.size = "12"


class Shaped(ma.Schema):
    name = fields.String(data_key="title")
    size = fields.Integer()
    kind = fields.String(dump_default="town")
    counted = fields.Method("count_of")
    places = fields.Nested(lambda: Shaped(only=("name",)), many=True)
    secret = fields.String(load_only=True)

    def count_of(self, obj: Any) -> int:
        return 2


class Hooked(ma.Schema):
    name = fields.String()

    @ma.post_dump
    def upper(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        return {k: v.upper() for k, v in data.items()}


class Renamed(ma.Schema):
    label = fields.String(attribute="name")


def test_objects_data_keys_defaults_methods_and_nested_many():
    obj = {"name": "Talheim", "size": "12", "places": [Place(), {"name": "Ostrau"}], "secret": "s"}
    assert same(planned(Shaped())(obj), Shaped().dump(obj))
    assert same(planned(Shaped())(Place()), Shaped().dump(Place()))
    assert planned(Shaped())(obj)["title"] == "Talheim" and "secret" not in planned(Shaped())(obj)


def test_what_the_plan_does_not_know_is_left_to_marshmallow():
    schema = Hooked()
    assert planned(schema) == schema.dump  # dump hooks
    assert planned(schema)({"name": "talheim"}) == {"name": "TALHEIM"}
    renamed = Renamed()
    assert planned(renamed) == renamed.dump  # a field's attribute
    assert planned(renamed)({"name": "Talheim"}) == {"label": "Talheim"}


class Holder(ma.Schema):
    hooked = fields.Nested(Hooked)
    many_hooked = fields.List(fields.Nested(Hooked))


def test_a_nested_schema_with_hooks_is_dumped_by_marshmallow():
    obj = {"hooked": {"name": "a"}, "many_hooked": [{"name": "b"}, None]}
    assert same(planned(Holder())(obj), Holder().dump(obj))
    assert planned(Holder())(obj)["hooked"] == {"name": "A"}


def test_the_response_holds_every_field_of_the_schema(client):
    body = post_article(client, ARTICLE, outlet="nzz.ch").get_json()
    assert set(body) == set(ArticleSchema().fields)
    assert all(set(claim) == set(ClaimSchema().fields) for claim in body["claims"])


class Leaves(ma.Schema):
    text = fields.String()
    count = fields.Integer()
    counted = fields.Integer(as_string=True)
    share = fields.Float()
    flag = fields.Boolean()
    raw = fields.Raw()


class Loud(fields.String):
    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:
        return None if value is None else str(value).upper()


class WithSubclass(ma.Schema):
    name = Loud()


def test_leaf_values_of_every_kind_as_marshmallow_gives_them():
    values = [
        {"text": b"Talheim \xc3\xa4", "count": True, "counted": 7.9, "share": 3, "flag": "false", "raw": {"a": [1]}},
        {"text": 12, "count": "12", "counted": None, "share": "0.5", "flag": 0, "raw": None},
        {"text": None, "count": None, "share": None, "flag": None},
    ]
    for value in values:
        assert same(planned(Leaves())(value), Leaves().dump(value))
    assert planned(Leaves())(values[0])["text"] == "Talheim ä" and planned(Leaves())(values[0])["counted"] == "7"
    assert planned(WithSubclass())({"name": "talheim"}) == {"name": "TALHEIM"}  # a subclass's own _serialize


class DictShaped(ma.Schema):
    name = fields.String()
    flag = fields.Boolean()
    count = fields.Integer()
    title = fields.String(dump_default="ohne Titel")
    keys = fields.Boolean()  # a dict's method of that name is what marshmallow reads where the key is missing
    length = fields.Function(lambda obj: len(obj))


class Counted(dict):
    def __missing__(self, key):
        return "fehlt"


def test_a_dicts_keys_read_directly_give_what_marshmallow_gives():
    schema = DictShaped()
    for obj in ({"name": b"Talheim", "flag": 1, "count": "3"}, {"name": None, "keys": True}, {}, Counted(count=2)):
        assert planned(schema)(obj) == schema.dump(obj)
    assert planned(schema)({})["title"] == "ohne Titel" and "name" not in planned(schema)({})
    assert planned(schema)({"name": b"Talheim"})["name"] == "Talheim"
