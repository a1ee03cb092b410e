"""Outlets, parties and conflicts: the knowledge the analysis consults, editable where it must be."""

from __future__ import annotations

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
    ConflictListSchema,
    ConflictSchema,
    OutletListSchema,
    OutletSchema,
    PartyListSchema,
    normalise_domain,
)

bp = Blueprint("reference", __name__, url_prefix="/v1", description="Outlets, parties and conflicts")


@bp.route("/outlets")
class Outlets(MethodView):
    @bp.response(200, OutletListSchema)
    def get(self) -> dict[str, Any]:
        """Every registered outlet, unknown ones included."""
        db, _ = db_and_knowledge()
        return {"outlets": store.list_outlets(db)}


@bp.route("/outlets/<string:domain>")
class OutletByDomain(MethodView):
    @bp.response(200, OutletSchema)
    def get(self, domain: str) -> dict[str, Any]:
        """One outlet: owner group, wire flag, state affiliation, disinformation flag."""
        db, _ = db_and_knowledge()
        outlet = store.get_outlet(db, normalise_domain(domain))
        if outlet is None:
            raise ApiError(404, f"No outlet {domain}.")
        return outlet

    @bp.arguments(OutletSchema)
    @bp.response(200, OutletSchema)
    def put(self, data: dict[str, Any], domain: str) -> dict[str, Any]:
        """Create or replace an outlet; new articles are analysed with it, its stored claims re-graded at once."""
        db, _ = db_and_knowledge()
        domain = normalise_domain(domain)
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


@bp.route("/conflicts/<string:conflict_id>")
class ConflictById(MethodView):
    @bp.response(200, ConflictSchema)
    def get(self, conflict_id: str) -> dict[str, Any]:
        """One conflict."""
        db, _ = db_and_knowledge()
        conflict = store.get_conflict(db, conflict_id)
        if conflict is None:
            raise ApiError(404, f"No conflict {conflict_id}.")
        return conflict

    @bp.arguments(ConflictSchema)
    @bp.response(200, ConflictSchema)
    def put(self, data: dict[str, Any], conflict_id: str) -> dict[str, Any]:
        """Create or replace a conflict; new articles are analysed with it, its stored claims re-graded at once."""
        if not conflict_id.replace("-", "").isalnum() or len(conflict_id) > 80:
            raise ApiError(422, "A conflict id is letters, digits and hyphens.", {"path": {"conflict_id": ["invalid"]}})
        db, _ = db_and_knowledge()
        with store.write_transaction(db):
            store.upsert_conflict(db, {**data, "id": conflict_id})
            store.bump_knowledge_version(db)
            regrade_conflict(db, stored_knowledge(db), conflict_id, seeds.lexicon()["weights"])
        return store.get_conflict(db, conflict_id) or {}
