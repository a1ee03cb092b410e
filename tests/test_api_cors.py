"""CORS: off by default; with QUELLENLAGE_CORS_ORIGINS, allowed origins get their headers, others none."""

from pathlib import Path

import pytest

from service import create_app
from tests.conftest import assert_error

CMS = "https://cms.example.org"
PREFLIGHT = {"Origin": CMS, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "x-api-key"}


def make_client(tmp_path: Path, **config):
    app = create_app({"TESTING": True, "DB": str(tmp_path / "cors.db"), "DEMO_ARTICLES": False, **config})
    return app.test_client()


def test_off_by_default(client):
    response = client.get("/v1/health", headers={"Origin": CMS})
    assert response.status_code == 200 and "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options("/v1/articles", headers=PREFLIGHT)
    assert "Access-Control-Allow-Origin" not in preflight.headers
    assert "Access-Control-Allow-Methods" not in preflight.headers


def test_an_allowed_origin_reads_and_preflights(tmp_path):
    client = make_client(tmp_path, CORS_ORIGINS=f"{CMS}, https://other.example.net/")
    response = client.get("/v1/health", headers={"Origin": CMS})
    assert response.headers["Access-Control-Allow-Origin"] == CMS
    assert "Origin" in response.headers["Vary"]
    assert "Retry-After" in response.headers["Access-Control-Expose-Headers"]
    preflight = client.options("/v1/articles", headers=PREFLIGHT)
    assert preflight.status_code == 204 and preflight.headers["Access-Control-Allow-Origin"] == CMS
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "X-API-Key" in preflight.headers["Access-Control-Allow-Headers"]
    assert int(preflight.headers["Access-Control-Max-Age"]) > 0
    # The trailing slash of the configured origin does not matter: a browser never sends one.
    other = client.get("/v1/health", headers={"Origin": "https://other.example.net"})
    assert other.headers["Access-Control-Allow-Origin"] == "https://other.example.net"


def test_a_disallowed_origin_gets_no_cors_headers(tmp_path):
    client = make_client(tmp_path, CORS_ORIGINS=CMS)
    for origin in ("https://evil.example", "https://cms.example.org.evil.example", "null", CMS + ":8443"):
        response = client.get("/v1/health", headers={"Origin": origin})
        assert response.status_code == 200 and "Access-Control-Allow-Origin" not in response.headers, origin
        preflight = client.options("/v1/articles", headers={**PREFLIGHT, "Origin": origin})
        assert "Access-Control-Allow-Origin" not in preflight.headers, origin
        assert "Access-Control-Allow-Methods" not in preflight.headers, origin


def test_preflight_passes_the_key_check_and_errors_stay_readable(tmp_path):
    client = make_client(tmp_path, CORS_ORIGINS=CMS, API_KEYS="s3cret", PROTECT_READS=True)
    preflight = client.options("/v1/claims", headers={**PREFLIGHT, "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 204 and preflight.headers["Access-Control-Allow-Origin"] == CMS
    # The request itself still needs the key; its error carries the CORS headers so the script can read it.
    denied = client.get("/v1/claims", headers={"Origin": CMS})
    assert_error(denied, 401)
    assert denied.headers["Access-Control-Allow-Origin"] == CMS
    allowed = client.get("/v1/claims", headers={"Origin": CMS, "X-API-Key": "s3cret"})
    assert allowed.status_code == 200 and allowed.headers["Access-Control-Allow-Origin"] == CMS


@pytest.mark.parametrize("origins", ["*", " * "])
def test_a_wildcard_allows_every_origin(tmp_path, origins):
    client = make_client(tmp_path, CORS_ORIGINS=origins)
    response = client.get("/v1/health", headers={"Origin": "https://anywhere.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://anywhere.example"


def test_pages_outside_the_api_get_no_cors_headers(tmp_path):
    client = make_client(tmp_path, CORS_ORIGINS="*")
    assert "Access-Control-Allow-Origin" not in client.get("/", headers={"Origin": CMS}).headers
