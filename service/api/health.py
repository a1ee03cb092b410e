"""GET /v1/health."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from service import store
from service.db import get_db
from service.schemas import HealthSchema

bp = Blueprint("health", __name__, url_prefix="/v1", description="Service status")


@bp.route("/health")
class Health(MethodView):
    @bp.response(200, HealthSchema)
    def get(self) -> dict[str, Any]:
        """Whether the service can read its database, with corpus counts."""
        db = get_db()
        return {
            "status": "ok",
            "articles": store.count_articles(db),
            "claims": store.count_claims(db),
            "outlets": store.count_outlets(db),
        }
