"""Outlets, parties and conflicts: the knowledge the analysis consults, editable where it must be."""

from __future__ import annotations

import re
from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

import seeds
from service import store
from service.api import db_and_knowledge
from service.errors import ApiError
from service.ingest import regrade_conflict, regrade_outlet
from service.knowledge import stored_knowledge
from service.schemas import (
    ACCEPTED_DOMAIN_IN_PATH,
    DOMAIN,
    ConflictListSchema,
    ConflictSchema,
    OutletListSchema,
    OutletSchema,
    PartyListSchema,
    normalise_domain,
)

bp = Blueprint("reference", __name__, url_prefix="/v1", description="Outlets, parties and conflicts")

CONFLICT_ID = re.compile(r"(?=[A-Za-z0-9-]*[A-Za-z0-9])[A-Za-z0-9-]{1,80}")
DOMAIN_PARAMETER = {
    "in": "path",
    "name": "domain",
    "description": "the outlet's domain (upper case and a leading 'www.' are normalised away)",
    # What domain_in_path accepts (upper case, "www."), so that the document rejects nothing the server takes.
    "schema": {
        "type": "string",
        "pattern": ACCEPTED_DOMAIN_IN_PATH.pattern,
        "maxLength": 300,
        "example": "tagesspiegel.de",
    },
}
CONFLICT_ID_PARAMETER = {
    "in": "path",
    "name": "conflict_id",
    "description": "the conflict's id: ASCII letters, digits and hyphens",
    # CONFLICT_ID without its look-ahead: at least one letter or digit ("-" alone is no id).
    "schema": {
        "type": "string",
        "pattern": "^[A-Za-z0-9-]*[A-Za-z0-9][A-Za-z0-9-]*$",
        "maxLength": 80,
        "example": "russia-ukraine-war",
    },
}


def domain_in_path(domain: str) -> str:
    """The outlet domain of a URL path, normalised; anything that is no host name is a client error,
    never an outlet of its own (a blank, a NUL, markup or a thousand letters were stored as one)."""
    normalised = normalise_domain(domain) if len(domain) <= 300 else ""
    if not DOMAIN.fullmatch(normalised):
        raise ApiError(
            422,
            "Not a domain name (for example 'tagesspiegel.de').",
            {"path": {"domain": ["Not a domain name (for example 'tagesspiegel.de')."]}},
        )
    return normalised


def conflict_id_in_path(conflict_id: str) -> str:
    # ASCII only: str.isalnum() also takes 'ｘ１' and other scripts' letters and digits.
    if not CONFLICT_ID.fullmatch(conflict_id):
        raise ApiError(
            422,
            "A conflict id is letters, digits and hyphens.",
            {"path": {"conflict_id": ["ASCII letters, digits and hyphens, at most 80"]}},
        )
    return conflict_id


@bp.route("/outlets")
class Outlets(MethodView):
    @bp.response(200, OutletListSchema)
    def get(self) -> dict[str, Any]:
        """Every registered outlet, unknown ones included."""
        db, _ = db_and_knowledge()
        return {"outlets": store.list_outlets(db)}


@bp.route("/outlets/<string:domain>", parameters=[DOMAIN_PARAMETER])
class OutletByDomain(MethodView):
    @bp.response(200, OutletSchema)
    def get(self, domain: str) -> dict[str, Any]:
        """One outlet: owner group, wire flag, state affiliation, disinformation flag."""
        domain = domain_in_path(domain)
        db, _ = db_and_knowledge()
        outlet = store.get_outlet(db, domain)
        if outlet is None:
            raise ApiError(404, f"No outlet {domain}.")
        return outlet

    @bp.arguments(OutletSchema)
    @bp.response(200, OutletSchema)
    def put(self, data: dict[str, Any], domain: str) -> dict[str, Any]:
        """Create or replace an outlet; new articles are analysed with it, its stored claims re-graded at once."""
        domain = domain_in_path(domain)
        db, _ = db_and_knowledge()
        with store.write_transaction(db):
            store.upsert_outlet(db, {**data, "domain": domain, "known": 1})
            store.bump_knowledge_version(db)
            # In the same transaction: no reader ever sees the new outlet with its claims' old grades.
            regrade_outlet(db, stored_knowledge(db), domain, seeds.lexicon()["weights"])
        return store.get_outlet(db, domain) or {}


@bp.route("/parties")
class Parties(MethodView):
    @bp.response(200, PartyListSchema)
    def get(self) -> dict[str, Any]:
        """Parties (states, organisations, armed groups) with the actors that speak for them."""
        db, _ = db_and_knowledge()
        return {"parties": store.list_parties(db)}


@bp.route("/conflicts")
class Conflicts(MethodView):
    @bp.response(200, ConflictListSchema)
    def get(self) -> dict[str, Any]:
        """Every conflict with its belligerents and terms."""
        db, _ = db_and_knowledge()
        return {"conflicts": store.list_conflicts(db)}


@bp.route("/conflicts/<string:conflict_id>", parameters=[CONFLICT_ID_PARAMETER])
class ConflictById(MethodView):
    @bp.response(200, ConflictSchema)
    def get(self, conflict_id: str) -> dict[str, Any]:
        """One conflict."""
        conflict_id = conflict_id_in_path(conflict_id)
        db, _ = db_and_knowledge()
        conflict = store.get_conflict(db, conflict_id)
        if conflict is None:
            raise ApiError(404, f"No conflict {conflict_id}.")
        return conflict

    @bp.arguments(ConflictSchema)
    @bp.response(200, ConflictSchema)
    def put(self, data: dict[str, Any], conflict_id: str) -> dict[str, Any]:
        """Create or replace a conflict; new articles are analysed with it, its stored claims re-graded at once."""
        conflict_id = conflict_id_in_path(conflict_id)
        db, _ = db_and_knowledge()
        with store.write_transaction(db):
            store.upsert_conflict(db, {**data, "id": conflict_id})
            store.bump_knowledge_version(db)
            regrade_conflict(db, stored_knowledge(db), conflict_id, seeds.lexicon()["weights"])
        return store.get_conflict(db, conflict_id) or {}
