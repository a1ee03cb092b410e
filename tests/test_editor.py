"""The editor's page is served by the app and escapes every submitted string."""

import re

from service import create_app, store
from service.api.editor import interface_strings
from service.db import get_db
from tests.conftest import post_article


def test_page_lists_stored_articles_escaped(client):
    post_article(
        client,
        "Laut dem Pentagon wurden 500 Panzer in die Region verlegt.",
        outlet="nzz.ch",
        title="<script>alert('x')</script> & Co",
    )
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co" in html
    assert 'src="/static/editor.js"' in html and "http" not in html.split("<body")[1].split("</body>")[0]


def test_page_script_never_uses_inner_html(client):
    response = client.get("/static/editor.js")
    script = response.get_data(as_text=True)
    response.close()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


def test_page_is_german_by_default_and_english_on_request(client):
    german = client.get("/", headers={"Accept-Language": "fr-FR,fr"}).get_data(as_text=True)
    assert '<html lang="de">' in german and "Artikeltext" in german and "Bewerten (nicht speichern)" in german
    assert "Artikeltext" in client.get("/").get_data(as_text=True)  # no Accept-Language at all
    by_header = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in by_header.get_data(as_text=True) and by_header.headers["Content-Language"] == "en"
    assert "Accept-Language" in by_header.headers["Vary"]
    by_query = client.get("/?lang=en", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Article text" in by_query and "Artikeltext" not in by_query
    assert "Artikeltext" in client.get("/?lang=de", headers={"Accept-Language": "en"}).get_data(as_text=True)


def test_every_interface_string_exists_in_both_languages():
    strings = interface_strings()
    assert set(strings) == {"de", "en"} and set(strings["de"]) == set(strings["en"])
    assert all(value.strip() for language in strings.values() for value in language.values())


def test_page_legend_lists_every_letter_and_digit(client):
    html = client.get("/").get_data(as_text=True)
    assert [f'data-letter="{x}"' in html for x in "ABCDEF"] == [True] * 6
    assert [f'data-digit="{x}"' in html for x in "123456"] == [True] * 6
    assert '<section id="result" hidden>' in html


def test_key_field_only_when_keys_are_configured(client, tmp_path):
    assert 'id="api-key"' not in client.get("/").get_data(as_text=True)
    keyed = create_app({"TESTING": True, "DB": str(tmp_path / "keyed.db"), "DEMO_ARTICLES": False, "API_KEYS": "k1"})
    html = keyed.test_client().get("/").get_data(as_text=True)
    assert 'id="api-key"' in html and 'type="password"' in html and "k1" not in html


def test_page_lists_the_newest_articles_and_pages_back_to_the_first(app, client):
    with app.app_context():
        db = get_db()
        store.ensure_outlet(db, "example.org")
        for n in range(1, 121):
            store.insert_article(
                db,
                {
                    "outlet": "example.org",
                    "title": f"Meldung {n}",
                    "text": f"Text {n}",
                    "text_hash": str(n),
                    "voice": "example.org",
                    "created_at": store.now(),
                },
            )
    seen: list[int] = []
    url = "/?lang=de"
    while url:
        html = client.get(url).get_data(as_text=True)
        seen += [int(i) for i in re.findall(r'<option value="(\d+)">', html)]
        older = re.search(r'id="older" href="([^"]+)"', html)
        url = "/" + older.group(1).replace("&amp;", "&") if older else ""
    assert seen == list(range(120, 0, -1))
    assert 'id="older"' not in client.get("/?before=51").get_data(as_text=True)
    assert client.get("/?before=x1").status_code == 200  # a wrong value is the first page, not an error


def test_page_says_when_writes_are_closed(tmp_path, monkeypatch):
    monkeypatch.delenv("QUELLENLAGE_OPEN_WRITES", raising=False)
    closed = create_app({"TESTING": True, "DB": str(tmp_path / "closed.db"), "DEMO_ARTICLES": False})
    html = closed.test_client().get("/").get_data(as_text=True)
    assert 'id="writes-closed"' in html and "QUELLENLAGE_OPEN_WRITES=1" in html
    assert 'id="score" data-endpoint="/v1/score" disabled' in html
    opened = create_app({"TESTING": True, "DB": str(tmp_path / "open.db"), "DEMO_ARTICLES": False, "OPEN_WRITES": "1"})
    assert 'id="writes-closed"' not in opened.test_client().get("/").get_data(as_text=True)
