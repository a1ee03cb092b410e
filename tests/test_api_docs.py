"""GET /v1/docs: Swagger UI from the swagger-ui-bundle package, every file from this service, under a
Content-Security-Policy without inline scripts; in real Chromium it shows every operation of the document.

The browser part needs Debian's chromium and chromium-driver and is skipped without them (as tests/test_browser.py).
"""

from __future__ import annotations

import os
import re

import pytest

from service.api.docs import DOCS_POLICY
from tests.chromium import CHROMEDRIVER, CHROMIUM, headless_chromium
from tests.conftest import assert_error


def test_the_page_loads_only_its_own_files(client):
    response = client.get("/v1/docs")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert response.headers["Content-Security-Policy"] == DOCS_POLICY
    assert "'unsafe-" not in DOCS_POLICY and "script-src 'self';" in DOCS_POLICY and "style-src 'self';" in DOCS_POLICY
    html = response.get_data(as_text=True)
    references = re.findall(r'(?:src|href|data-spec)="([^"]+)"', html)
    assert references and all(r.startswith("/v1/") for r in references), references
    assert not re.search(r"<script(?![^>]*\ssrc=)|<style|<[^>]*\s(?:style|on\w+)=", html, re.I)  # nothing inline
    for reference in references:
        assert fetch(client, reference)[0] == 200, reference
    assert fetch(client, "/v1/docs/swagger-ui-bundle.js")[1] == "text/javascript"
    assert fetch(client, "/v1/docs/swagger-ui.css")[1] == "text/css"
    assert b"SwaggerUIBundle" in fetch(client, "/v1/docs/start.js")[2]


def fetch(client, url):
    """(status, media type, body) of a GET, the file it streamed closed."""
    with client.get(url) as response:
        return response.status_code, response.mimetype, response.get_data()


def test_only_the_bundle_files_it_needs_are_served(client):
    assert_error(client.get("/v1/docs/index.html"), 404)
    assert_error(client.get("/v1/docs/..%2F__init__.py"), 404)
    assert_error(client.get("/v1/docs/oauth2-redirect.html"), 404)


@pytest.mark.server
@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="chromium or chromedriver not installed")
def test_swagger_ui_shows_every_operation_in_chromium(tmp_path):
    pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from bench.load import call, free_port, start_gunicorn, stop

    port = free_port()
    process = start_gunicorn(str(tmp_path / "docs.db"), port, tmp_path / "gunicorn.log", workers=1)
    driver = headless_chromium(tmp_path)
    try:
        base = f"http://127.0.0.1:{port}"
        spec = call(base, "GET", "/v1/openapi.json")[1]
        expected = sum(1 for item in spec["paths"].values() for m in item if m in {"get", "post", "put", "delete"})
        driver.get(base + "/v1/docs")
        WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".opblock")) >= expected)
        paths = {e.text.replace("\u200b", "") for e in driver.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
        assert {"/v1/claims/{claim_id}/claimreview", "/v1/articles/{article_id}/ninjs", "/v1/claims/export"} <= paths
        assert driver.find_elements(By.CSS_SELECTOR, ".btn.authorize"), "the X-API-Key scheme offers Authorize"
        blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
        assert not blocked, blocked
    finally:
        driver.quit()
        stop(process)
        if os.environ.get("QUELLENLAGE_KEEP_LOGS"):
            print((tmp_path / "gunicorn.log").read_text())
