"""GET /v1/health and the browsable page of the OpenAPI document."""

from __future__ import annotations

from typing import Any

from flask import current_app, render_template
from flask.views import MethodView
from flask_smorest import Blueprint

from service import store
from service.db import get_db
from service.schemas import HealthSchema

bp = Blueprint("health", __name__, url_prefix="/v1", description="Service status and API documentation")


@bp.route("/health")
class Health(MethodView):
    @bp.response(200, HealthSchema)
    def get(self) -> dict[str, Any]:
        """Whether the service can read its database, with corpus counts."""
        db = get_db()
        return {"status": "ok", "articles": store.count_articles(db), "claims": store.count_claims(db),
                "outlets": store.count_outlets(db)}


@bp.route("/docs")
@bp.doc(hide=True)
def docs() -> str:
    """The OpenAPI document as a page to read, with no script from elsewhere."""
    spec = current_app.extensions["quellenlage_api"].spec.to_dict()
    return render_template("docs.html", spec=spec)
