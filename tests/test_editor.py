"""The editor's page is served by the app and escapes every submitted string."""

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
    assert 'src="/static/editor.js"' in html and "http" not in html.split("<body>")[1].split("</body>")[0]


def test_page_script_never_uses_inner_html(client):
    response = client.get("/static/editor.js")
    script = response.get_data(as_text=True)
    response.close()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script
