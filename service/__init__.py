"""The Quellenlage web service: create_app() builds it (flaskr's application factory)."""

from __future__ import annotations

import hmac
import logging
from typing import Any

from flask import Flask, request
from flask_smorest import Api

from service import config, db, errors
from service.errors import ApiError

WRITING_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config)
    app.config.from_prefixed_env("QUELLENLAGE")
    if test_config:
        app.config.update(test_config)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    api = Api(app)
    app.extensions["quellenlage_api"] = api
    errors.register_error_handlers(app)

    from service.api import articles, claims, editor, health, reference

    for module in (articles, claims, reference, health):
        api.register_blueprint(module.bp)
    app.register_blueprint(editor.bp)

    @app.before_request
    def guard_api() -> None:
        if not request.path.startswith("/v1/") or request.routing_exception:
            return
        writing = request.method in WRITING_METHODS
        keys = [k.strip() for k in str(app.config["API_KEYS"] or "").split(",") if k.strip()]
        if keys and (writing or str(app.config["PROTECT_READS"]).lower() in ("1", "true", "yes")):
            given = request.headers.get("X-API-Key", "")
            # Compare with every key in constant time: how long it takes tells nothing about the keys.
            if not any(hmac.compare_digest(given.encode(), k.encode()) for k in keys):
                raise ApiError(401, "This endpoint needs a valid X-API-Key header.")
        if not writing:
            return
        if not request.is_json:
            raise ApiError(415, "Send JSON with 'Content-Type: application/json'.")
        try:
            request.get_data(cache=True).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ApiError(400, f"The body is not valid UTF-8 (byte {error.start}).") from error

    db.init_app(app)
    return app
