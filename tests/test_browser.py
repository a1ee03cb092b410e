"""The editor's page in real headless Chromium against real gunicorn: paste → score → click a claim → read
its grade; colours by the whole grade, the legend, German labels, error field messages, the key field and
a 400 px wide window.

Needs Debian's chromium and chromium-driver (.ci/run installs them). Without them the tests are
skipped, unless QUELLENLAGE_REQUIRE_BROWSER=1 (as in CI) makes that a failure. With
QUELLENLAGE_SCREENSHOTS=<dir> the desktop and 400 px screenshots are written there (docs/img/).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bench.load import ROOT, call, free_port, start_gunicorn, stop
from tests.chromium import CHROMEDRIVER, CHROMIUM, headless_chromium

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
KEY = "browser-test-key"
GREEN = "rgba(191, 229, 191, 1)"  # .c-confirmed in editor.css


def _gunicorn(tmp: Path, monkeypatch: pytest.MonkeyPatch, **env: str):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    port = free_port()
    process = start_gunicorn(str(tmp / "server.db"), port, tmp / "gunicorn.log", workers=2, demo=True)
    return f"http://127.0.0.1:{port}", process


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.delenv("QUELLENLAGE_API_KEYS", raising=False)
        base, process = _gunicorn(tmp_path_factory.mktemp("open"), monkeypatch, QUELLENLAGE_OPEN_WRITES="1")
    yield base
    stop(process)


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory: pytest.TempPathFactory):
    """Keys for writing and reading: start_gunicorn's health check has no key, so this one waits for itself."""
    tmp, port = tmp_path_factory.mktemp("keyed"), free_port()
    env = {
        **os.environ,
        "QUELLENLAGE_DB": str(tmp / "server.db"),
        "QUELLENLAGE_BIND": f"127.0.0.1:{port}",
        "QUELLENLAGE_WORKERS": "2",
        "QUELLENLAGE_API_KEYS": KEY,
        "QUELLENLAGE_PROTECT_READS": "1",
        "QUELLENLAGE_DEMO_ARTICLES": "1",
    }
    env.pop("QUELLENLAGE_OPEN_WRITES", None)
    with open(tmp / "gunicorn.log", "a") as log:
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(urllib.request.Request(base + "/v1/health", headers={"X-API-Key": KEY})):
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError((tmp / "gunicorn.log").read_text())
    yield base
    stop(process)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    # A German editor's browser: the page is German by default anyway, and asks the API for German explanations.
    driver = headless_chromium(
        tmp_path_factory.mktemp("chromium"),
        "--lang=de-DE",
        "--window-size=1400,1000",
        prefs={"intl.accept_languages": "de-DE,de"},
    )
    yield driver
    driver.quit()


@pytest.fixture
def page(browser):
    browser.set_window_size(1400, 1000)
    yield browser
    browser.execute_script("sessionStorage.clear()")


def wait_for(browser, condition, timeout: float = 20):
    return WebDriverWait(browser, timeout).until(condition)


def screenshot(browser, name: str) -> None:
    target = os.environ.get("QUELLENLAGE_SCREENSHOTS")
    if target:
        browser.save_screenshot(str(Path(target) / name))


def submit(browser, text: str, outlet: str, button: str = "score") -> None:
    browser.find_element(By.ID, "outlet").clear()
    browser.find_element(By.ID, "outlet").send_keys(outlet)
    browser.execute_script("document.getElementById('text').value = arguments[0]", text)
    browser.find_element(By.ID, button).click()


def test_paste_score_and_click_a_claim_in_german(server, page):
    page.get(server + "/")
    # Nothing scored yet: no empty legend or result box on the page.
    assert not page.find_element(By.ID, "result").is_displayed()
    assert not page.find_element(By.ID, "legend").is_displayed()
    submit(page, ARTICLE, "nzz.ch")
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "status"), "Bewertet"))
    claims = page.find_elements(By.CSS_SELECTOR, "#article .claim")
    assert len(claims) == 3  # the three-word headline is no claim
    assert page.find_elements(By.CSS_SELECTOR, "#article .claim .hedge")[0].text == "Angeblich"
    assert {s.text for s in page.find_elements(By.CSS_SELECTOR, "#article .claim .source")} >= {
        "ukrainischen",
        "Pentagon",
    }
    # Submitted markup is shown as text, never run.
    assert "<script>" in page.find_element(By.ID, "article").text
    assert page.execute_script("return window.pwned") is None

    ukrainian = next(c for c in claims if "ukrainischen" in c.text)
    ukrainian.click()
    wait_for(page, ec.presence_of_element_located((By.ID, "grade-code")))
    assert page.find_element(By.ID, "grade-code").text == "D3"
    assert "c-belligerent" in ukrainian.get_attribute("class")
    explanation = page.find_element(By.ID, "explanation").text
    # The page asks for German explanations.
    assert "Ursprung: Ukraine (Kriegspartei)" in explanation
    assert "berichtet von 1 unabhängigen Medium, 1 Ursprung" in explanation
    assert "Unabhängige Medien: 1" in page.find_element(By.ID, "counts").text
    page.execute_script("document.getElementById('status').scrollIntoView()")
    screenshot(page, "editor-desktop.png")


def test_german_labels_by_default_english_on_request(server, page):
    page.get(server + "/")
    assert page.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    assert page.find_element(By.CSS_SELECTOR, "label[for=outlet]").text == "Medium (Domain)"
    assert page.find_element(By.CSS_SELECTOR, "label[for=text]").text == "Artikeltext"
    assert page.find_element(By.ID, "score").text == "Bewerten (nicht speichern)"
    assert page.find_element(By.ID, "store").text == "Speichern und bewerten"
    page.find_element(By.ID, "lang-switch").click()
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "score"), "Score (don't store)"))
    assert page.find_element(By.CSS_SELECTOR, "label[for=outlet]").text == "Outlet (domain)"
    submit(page, ARTICLE, "nzz.ch")
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "status"), "Scored against the stored corpus"))
    next(c for c in page.find_elements(By.CSS_SELECTOR, "#article .claim") if "ukrainischen" in c.text).click()
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "explanation"), "origin: Ukraine (belligerent)"))


def test_colours_follow_the_whole_grade_and_the_legend_has_every_grade(server, page):
    # A belligerent's claim confirmed by a second, independent origin is D1; a disinformation outlet's
    # claim reported by two outlets from one origin is E2. Neither may look confirmed.
    fact = "wurden beim Angriff auf Sumiwka 14 Panzer zerstört."
    for outlet, text in (
        ("tagesspiegel.de", f"Nach Angaben des ukrainischen Generalstabs {fact}"),
        ("nzz.ch", f"Laut dem Pentagon {fact}"),
        ("faz.net", f"Nach Angaben des ukrainischen Generalstabs {fact}"),
        ("derstandard.at", "Laut dem Pentagon sind in der Hafenstadt Belowodsk 300 Soldaten eingetroffen."),
        ("de.rt.com", "In der Hafenstadt Belowodsk sind nach Angaben des Pentagons 300 Soldaten eingetroffen."),
    ):
        status, body = call(server, "POST", "/v1/articles", {"text": text, "outlet": outlet})
        assert status == 201, body
    ids = {a["outlet"]: a["id"] for a in call(server, "GET", "/v1/articles?limit=500")[1]["articles"]}

    seen = {}
    for outlet in ("faz.net", "de.rt.com", "nzz.ch"):
        page.get(server + "/")
        Select(page.find_element(By.ID, "stored")).select_by_value(str(ids[outlet]))
        claim = wait_for(page, ec.presence_of_element_located((By.CSS_SELECTOR, "#article .claim")))
        seen[outlet] = (
            claim.get_attribute("data-grade"),
            claim.get_attribute("class"),
            claim.value_of_css_property("background-color"),
        )
    assert seen["faz.net"][0] == "D1" and "c-belligerent" in seen["faz.net"][1]
    assert seen["de.rt.com"][0] == "E2" and "c-disinformation" in seen["de.rt.com"][1]
    assert seen["faz.net"][2] != GREEN and seen["de.rt.com"][2] != GREEN
    # The same fact from a non-belligerent origin, confirmed independently, is the one that is green.
    assert seen["nzz.ch"][0] == "B1" and seen["nzz.ch"][2] == GREEN

    legend = page.find_element(By.ID, "legend")
    assert legend.is_displayed()
    letters = [li.text for li in legend.find_elements(By.CSS_SELECTOR, ".letters li")]
    digits = [li.text for li in legend.find_elements(By.CSS_SELECTOR, ".digits li")]
    assert [x[0] for x in letters] == list("ABCDEF") and [x[0] for x in digits] == list("123456")
    assert digits[5] == "6 nicht beurteilbar (Meinung, Vorhersage)"
    assert "bestätigt" not in digits[1]  # 2 is one origin repeated, not a confirmation
    assert "bestätigt (B/C 1)" in legend.text


def test_an_error_shows_the_field_message(server, page):
    page.get(server + "/")
    submit(page, "Laut dem Pentagon wurden 40 Raketen abgefeuert.", "kein Medium!")
    wait_for(page, ec.presence_of_element_located((By.ID, "field-errors")))
    status = page.find_element(By.ID, "status")
    assert "error" in status.get_attribute("class")
    assert "Medium: Not a domain name" in status.text
    assert "Unprocessable" not in status.text and "422" not in status.text


def test_key_field_when_keys_are_configured(keyed_server, server, page):
    page.get(server + "/")
    assert not page.find_elements(By.ID, "api-key")  # no keys configured: no field
    page.get(keyed_server + "/")
    key = page.find_element(By.ID, "api-key")
    assert key.get_attribute("type") == "password"
    # Reads need the key too: without it the page lists no stored article.
    assert len(page.find_elements(By.CSS_SELECTOR, "#stored option")) == 1
    text = "Laut dem Pentagon wurden in der Nacht 25 Drohnen über Belowodsk abgefangen."
    submit(page, text, "nzz.ch", button="store")
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "status"), "API-Schlüssel"))
    assert "error" in page.find_element(By.ID, "status").get_attribute("class")
    key.send_keys(KEY)
    assert page.execute_script("return sessionStorage.getItem('quellenlage-api-key')") == KEY
    page.find_element(By.ID, "store").click()
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "status"), "Gespeichert als Artikel Nr."))
    # Kept for this tab: after a reload the field is filled again, and the key is nowhere in the page's HTML.
    page.refresh()
    assert page.find_element(By.ID, "api-key").get_attribute("value") == KEY
    assert KEY not in page.page_source.replace('value="', "")
    # With the key the page lists the stored articles through /v1: the four demo articles and the new one.
    wait_for(page, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#stored option")) == 6)
    assert not page.find_element(By.ID, "more-articles").is_displayed()
    Select(page.find_element(By.ID, "stored")).select_by_index(5)
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "article"), "25 Drohnen"))


def test_usable_at_400_px_without_horizontal_overflow(server, page):
    page.set_window_size(400, 900)
    page.get(server + "/")
    assert page.execute_script("return window.innerWidth") <= 400
    submit(
        page, ARTICLE + "\nEin sehr langes Wort: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen.", "nzz.ch"
    )
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "status"), "Bewertet"))
    next(c for c in page.find_elements(By.CSS_SELECTOR, "#article .claim") if "Pentagon" in c.text).click()
    wait_for(page, ec.presence_of_element_located((By.ID, "grade-code")))
    overflow = page.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    page.execute_script("document.getElementById('article').scrollIntoView()")
    for element in ("text", "score", "store", "article", "details", "legend"):
        box = page.find_element(By.ID, element).rect
        assert box["x"] >= 0 and box["x"] + box["width"] <= 400, element
    screenshot(page, "editor-400px.png")


def test_open_a_stored_demo_article_and_see_its_corroboration(server, page):
    page.get(server + "/")
    Select(page.find_element(By.ID, "stored")).select_by_value("3")  # the demo's independent Swiss report
    wait_for(page, ec.presence_of_element_located((By.CSS_SELECTOR, "#article .claim")))
    un_claim = next(c for c in page.find_elements(By.CSS_SELECTOR, "#article .claim") if "Beobachtermission" in c.text)
    un_claim.click()
    wait_for(page, ec.text_to_be_present_in_element((By.ID, "details"), "Bestätigt durch"))
    details = page.find_element(By.ID, "details").text
    assert "tagesspiegel.de" in details and "Unabhängige Medien: 2" in details
