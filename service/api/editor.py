"""The editor's page at /: paste an article, see its claims graded on the text itself."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from service import store
from service.db import get_db

bp = Blueprint("editor", __name__)


@bp.get("/")
def editor() -> str:
    """Server-rendered page; its script talks to the same service's /v1 API and nothing else."""
    db = get_db()
    recent = store.list_articles(db, outlet=None, after=0, limit=500)[-50:]
    outlets = [o["domain"] for o in store.list_outlets(db) if o["known"]]
    return render_template("editor.html", recent=reversed(recent), outlets=outlets)


@bp.get("/v1/docs")
def docs() -> str:
    """The OpenAPI document as a page to read, with no script from elsewhere."""
    spec = current_app.extensions["quellenlage_api"].spec.to_dict()
    return render_template("docs.html", spec=spec)
