"""The editor's page at /: paste an article, see its claims graded on the text itself."""

from __future__ import annotations

import base64
import hashlib
import re

from flask import Blueprint, Response, current_app, render_template

from service import reads_protected, store
from service.db import get_db

bp = Blueprint("editor", __name__)


@bp.get("/")
def editor() -> str:
    """Server-rendered page; its script talks to the same service's /v1 API and nothing else."""
    if reads_protected(current_app):
        # The page cannot send a key, and what it would list is what /v1 keeps behind one.
        return render_template("editor.html", recent=[], outlets=[])
    db = get_db()
    recent = store.list_articles(db, outlet=None, after=0, limit=500)[-50:]
    outlets = [o["domain"] for o in store.list_outlets(db) if o["known"]]
    return render_template("editor.html", recent=reversed(recent), outlets=outlets)


@bp.get("/v1/docs")
def docs() -> Response:
    """The OpenAPI document as a page to read, with no script from elsewhere."""
    spec = current_app.extensions["quellenlage_api"].spec.to_dict()
    response = Response(render_template("docs.html", spec=spec), mimetype="text/html")
    styles = re.findall(r"<style>(.*?)</style>", response.get_data(as_text=True), re.S)
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in styles]
    response.headers["Content-Security-Policy"] = with_style_sources(
        current_app.config["CONTENT_SECURITY_POLICY"], hashes
    )
    return response


def with_style_sources(policy: str, sources: list[str]) -> str:
    """The policy with these sources added to style-src (just this page's own inline style, by its hash)."""
    directives = [d.strip() for d in policy.split(";") if d.strip()]
    for i, directive in enumerate(directives):
        if directive.split()[0] == "style-src":
            directives[i] = " ".join([directive, *sources])
            break
    else:
        directives.append(" ".join(["style-src", *sources]))
    return "; ".join(directives)
