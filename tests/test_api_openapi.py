"""The OpenAPI document: valid (openapi-spec-validator), complete (a description on every field and
parameter, every error response with the error schema, the X-API-Key scheme) and true to the server
(enums and ranges of grades and scores, an outlet pattern that takes what the server takes)."""

import re

import pytest
from openapi_spec_validator import validate

from tests.conftest import post_article

OPERATIONS = {"get", "post", "put", "patch", "delete"}


@pytest.fixture
def spec(client):
    return client.get("/v1/openapi.json").get_json()


def operations(spec):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in OPERATIONS:
                yield path, method, operation, item.get("parameters", []) + operation.get("parameters", [])


def test_the_document_is_valid_openapi(spec):
    validate(spec)  # raises with the first violation
    assert spec["openapi"].startswith("3.") and spec["info"]["description"]


def test_every_field_and_parameter_is_described(spec):
    undescribed = [
        f"{name}.{field}"
        for name, schema in spec["components"]["schemas"].items()
        for field, definition in (schema.get("properties") or {}).items()
        if not definition.get("description")
    ]
    undescribed += [
        f"{method.upper()} {path} ?{p['name']}"
        for path, method, _, parameters in operations(spec)
        for p in parameters
        if not p.get("description")
    ]
    assert not undescribed, undescribed


def test_every_operation_documents_its_errors_with_the_error_shape(spec):
    responses = spec["components"]["responses"]
    error_ref = "#/components/schemas/Error"
    assert set(spec["components"]["schemas"]["Error"]["properties"]) == {"code", "status", "message", "errors"}
    for path, method, operation, parameters in operations(spec):
        codes = set(operation["responses"])
        expected = {"401", "503"}
        if "{" in path:
            expected.add("404")
        if parameters or "requestBody" in operation:
            expected.add("422")
        if "requestBody" in operation:
            expected |= {"413", "415"}
        assert expected <= codes, (method, path, expected - codes)
        for code in codes - {"default"}:
            if code.startswith(("4", "5")):
                response = operation["responses"][code]
                response = responses[response["$ref"].rsplit("/", 1)[1]] if "$ref" in response else response
                assert response["content"]["application/json"]["schema"]["$ref"] == error_ref, (method, path, code)
                assert response["description"]
    assert "Retry-After" in responses["ERROR_503"]["headers"]


def test_the_api_key_scheme_and_who_needs_it(spec):
    assert spec["components"]["securitySchemes"]["ApiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "One of the keys in QUELLENLAGE_API_KEYS.",
    }
    for path, method, operation, _ in operations(spec):
        # Writing needs the key once keys are set, and so does reading a webhook (its URL is a secret).
        if method in {"post", "put", "patch", "delete"} or path.startswith("/v1/webhooks"):
            assert operation["security"] == [{"ApiKey": []}], (method, path)
        else:
            assert {"ApiKey": []} in operation["security"] and {} in operation["security"], (method, path)


def test_grades_and_scores_have_their_enums_and_ranges(spec):
    schemas = spec["components"]["schemas"]
    grade = schemas["Grade"]["properties"]
    assert grade["source"]["enum"] == [*"ABCDEF", None] and grade["source"]["nullable"]
    assert (grade["information"]["minimum"], grade["information"]["maximum"]) == (1, 6)
    assert re.fullmatch(grade["code"]["pattern"], "B2") and not re.fullmatch(grade["code"]["pattern"], "G7")
    for name in ("Claim", "Proposition", "PropositionSummary"):
        score = schemas[name]["properties"]["score"]
        assert (score["minimum"], score["maximum"]) == (0, 1), name
    assert schemas["Claim"]["properties"]["stance"]["enum"] == ["support", "deny", "unconfirmed"]
    assert schemas["Source"]["properties"]["role"]["enum"] == ["origin", "relay"]
    claims = {p["name"]: p for p in spec["paths"]["/v1/claims"]["get"]["parameters"]}
    assert claims["sort"]["schema"]["enum"] == ["id", "-id", "updated_at", "-updated_at"]
    assert [e for e in claims["stance"]["schema"]["enum"] if e] == ["support", "deny", "unconfirmed"]
    assert schemas["Grade"]["properties"]["code"]["example"] == "B2"


@pytest.mark.parametrize(
    "outlet", ["nzz.ch", "https://www.Tagesspiegel.de/politik/", " WWW.NZZ.CH ", "http://taz.de", "faz.net/aktuell"]
)
def test_the_outlet_pattern_takes_what_the_server_takes(client, spec, outlet):
    pattern = spec["components"]["schemas"]["ArticleInput"]["properties"]["outlet"]["pattern"]
    assert re.search(pattern, outlet), pattern
    assert post_article(
        client, "Die Stadtwerke von Talheim haben einen Wasserturm eröffnet.", outlet=outlet
    ).status_code in (
        200,
        201,
    )
    in_path = {p["name"]: p for p in spec["paths"]["/v1/outlets/{domain}"]["parameters"]}["domain"]["schema"]["pattern"]
    host = outlet.strip().split("://")[-1].split("/")[0]
    assert re.search(in_path, host)
    assert client.get(f"/v1/outlets/{host}").status_code == 200


def test_the_documented_example_submission_is_accepted(client, spec):
    example = spec["paths"]["/v1/articles"]["post"]["requestBody"]["content"]["application/json"]["example"]
    response = client.post("/v1/articles", json=example)
    assert response.status_code == 201 and response.get_json()["claims"]
    assert client.post("/v1/score", json=example).status_code == 200
