"""The editor's page at /: paste an article, see its claims graded on the text itself."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request

from service import api_keys, reads_protected, store, writes_open
from service.db import get_db

bp = Blueprint("editor", __name__)

LANGUAGES = ("de", "en")
# How many stored articles the page offers at a time; older ones are a page further (?before=).
ARTICLES_PER_PAGE = 50


@cache
def interface_strings() -> dict[str, dict[str, str]]:
    """The page's words in each of its languages (service/templates/editor.strings.json)."""
    path = Path(__file__).resolve().parent.parent / "templates" / "editor.strings.json"
    strings: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return strings


def page_language() -> str:
    """German for the German editors it is made for; English when asked (?lang=en or Accept-Language)."""
    asked = request.args.get("lang", "").lower()[:2]
    if asked in LANGUAGES:
        return asked
    return request.accept_languages.best_match(LANGUAGES, default="de") or "de"


def _before(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 19 else None


@bp.get("/")
def editor() -> Response:
    """Server-rendered page; its script talks to the same service's /v1 API and nothing else."""
    lang = page_language()
    recent: list[dict[str, Any]] = []
    outlets: list[str] = []
    older: int | None = None
    before = _before(request.args.get("before"))
    if not reads_protected(current_app):
        # With reads protected the page lists nothing: what it would list is what /v1 keeps behind a key.
        db = get_db()
        recent = store.newest_articles(db, before=before, limit=ARTICLES_PER_PAGE + 1)
        if len(recent) > ARTICLES_PER_PAGE:
            recent = recent[:ARTICLES_PER_PAGE]
            older = recent[-1]["id"]
        outlets = [o["domain"] for o in store.list_outlets(db) if o["known"]]
    html = render_template(
        "editor.html",
        lang=lang,
        t=interface_strings()[lang],
        recent=recent,
        outlets=outlets,
        older=older,
        paged=before is not None,
        needs_key=bool(api_keys(current_app)),
        reads_protected=reads_protected(current_app),
        # No keys and writes not opened: even /v1/score (a POST) is refused, so say so before anyone tries.
        writes_closed=not api_keys(current_app) and not writes_open(current_app),
    )
    response = Response(html, mimetype="text/html")
    response.headers["Content-Language"] = lang
    response.vary.add("Accept-Language")
    return response
