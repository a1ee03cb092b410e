"""One blueprint per resource; shared request helpers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Response, after_this_request, current_app, request
from sqlite_utils import Database

import seeds
from scoring import Knowledge
from scoring.explanations import DEFAULT_LANGUAGE, languages
from scoring.html import main_text
from service.db import db_path, get_db
from service.errors import ApiError
from service.ingest import with_evidence
from service.knowledge import current_knowledge
from service.store import decode_cursor, read_snapshot


def db_and_knowledge() -> tuple[Database, Knowledge]:
    db = get_db()
    return db, current_knowledge(db, db_path(current_app))


@contextmanager
def snapshot() -> Iterator[tuple[Database, Knowledge]]:
    """The store and its knowledge as of one moment: a response's claims, their stored grades and
    the corroboration shown with them all come from the same state, whatever writers do meanwhile."""
    db = get_db()
    with read_snapshot(db):
        yield db, current_knowledge(db, db_path(current_app))


def explanation_language() -> str:
    """The language of this request's explanations: ?lang=, else Accept-Language, else English (the
    default integrations rely on). An unknown ?lang= is a client error, as any wrong parameter is."""
    offered = languages()
    asked = request.args.get("lang")
    if asked is not None and asked not in offered:
        raise ApiError(422, f"No explanations in '{asked[:20]}'.", {"query": {"lang": [f"one of {list(offered)}"]}})
    language = asked or request.accept_languages.best_match(offered, default=DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE

    @after_this_request
    def negotiated(response: Response) -> Response:
        # A cache must not hand one client's German to another who asked for English.
        response.headers["Content-Language"] = language
        response.vary.add("Accept-Language")
        return response

    return language


def evidenced(db: Database, knowledge: Knowledge, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bodies of these claims as every response shows them (ingest.with_evidence), explained in
    the language the request asks for."""
    return with_evidence(db, knowledge, claims, seeds.lexicon()["weights"], language=explanation_language())


def prepared_submission(data: dict[str, Any]) -> dict[str, Any]:
    """The submission with plain text: HTML is reduced to its main text, which offsets then point into."""
    if "html" in data:
        text = main_text(data.pop("html"))
        if not text:
            raise ApiError(
                422, "No article text could be extracted from the HTML.", {"json": {"html": ["no main text found"]}}
            )
        data["text"] = text
    if len(data["text"]) > current_app.config["MAX_TEXT_CHARS"]:
        limit = current_app.config["MAX_TEXT_CHARS"]
        raise ApiError(
            422, f"The text is longer than {limit} characters.", {"json": {"text": [f"longer than {limit} characters"]}}
        )
    return data


def page(args: dict[str, Any]) -> tuple[int, int]:
    """(after id, limit) of a list request; an unknown cursor is a client error."""
    after = decode_cursor(args.get("cursor"))
    limit = args.get("limit") or current_app.config["PAGE_LIMIT"]
    return after, min(limit, current_app.config["MAX_PAGE_LIMIT"])
