"""The editor's page in real headless Chromium: paste → score → click a claim → read its grade.

Needs Debian's chromium and chromium-driver (.ci/run installs them). Without them the test is
skipped, unless QUELLENLAGE_REQUIRE_BROWSER=1 (as in CI) makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.test_server import server  # noqa: F401  (the real gunicorn fixture)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.server

if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("QUELLENLAGE_REQUIRE_BROWSER") == "1":
        raise RuntimeError("chromium and chromium-driver are required (apt-get install chromium chromium-driver)")
    pytest.skip("chromium or chromedriver not installed", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ARTICLE = (
    "Angriff auf Charkiw\n"
    "Bei einem Angriff auf Charkiw sind nach ukrainischen Angaben vier Menschen verletzt worden.\n"
    "Angeblich wurde auch ein Umspannwerk getroffen.\n"
    "Laut dem Pentagon wurden in der Nacht mehr als 30 Raketen abgefeuert. <script>window.pwned = 1</script>"
)


@pytest.fixture
def browser(tmp_path: Path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tempfile.mkdtemp(dir=tmp_path)}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_paste_score_and_click_a_claim(server, browser, tmp_path):  # noqa: F811
    base, _ = server
    browser.get(base + "/")
    wait = WebDriverWait(browser, 20)
    browser.find_element(By.ID, "outlet").clear()
    browser.find_element(By.ID, "outlet").send_keys("nzz.ch")
    browser.execute_script("document.getElementById('text').value = arguments[0]", ARTICLE)
    browser.find_element(By.ID, "score").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "status"), "Scored"))
    claims = browser.find_elements(By.CSS_SELECTOR, "#article .claim")
    assert len(claims) == 3  # the three-word headline is no claim
    assert browser.find_elements(By.CSS_SELECTOR, "#article .claim .hedge")[0].text == "Angeblich"
    assert {s.text for s in browser.find_elements(By.CSS_SELECTOR, "#article .claim .source")} >= {
        "ukrainischen",
        "Pentagon",
    }
    # Submitted markup is shown as text, never run.
    assert "<script>" in browser.find_element(By.ID, "article").text
    assert browser.execute_script("return window.pwned") is None

    ukrainian = next(c for c in claims if "ukrainischen" in c.text)
    ukrainian.click()
    wait.until(ec.presence_of_element_located((By.ID, "grade-code")))
    assert browser.find_element(By.ID, "grade-code").text == "D3"
    explanation = browser.find_element(By.ID, "explanation").text
    assert "origin: Ukraine (belligerent)" in explanation
    assert "reported by 1 independent outlet, 1 origin" in explanation
    browser.save_screenshot(str(tmp_path / "editor.png"))
    if os.environ.get("QUELLENLAGE_SCREENSHOT"):
        shutil.copy(tmp_path / "editor.png", os.environ["QUELLENLAGE_SCREENSHOT"])


def test_open_a_stored_demo_article_and_see_its_corroboration(server, browser):  # noqa: F811
    base, _ = server
    browser.get(base + "/")
    wait = WebDriverWait(browser, 20)
    Select(browser.find_element(By.ID, "stored")).select_by_value("3")  # the demo's independent Swiss report
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#article .claim")))
    un_claim = next(
        c for c in browser.find_elements(By.CSS_SELECTOR, "#article .claim") if "Beobachtermission" in c.text
    )
    un_claim.click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "details"), "Corroborated by"))
    details = browser.find_element(By.ID, "details").text
    assert "tagesspiegel.de" in details and "Independent outlets: 2" in details
