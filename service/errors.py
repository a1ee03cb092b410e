"""One JSON error shape for every failure: {"code", "status", "message", "errors"}."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException, InternalServerError, ServiceUnavailable

from service.store import Busy

log = logging.getLogger("quellenlage")


class ApiError(Exception):
    """An error the API reports on purpose, with a status and optional field errors."""

    def __init__(
        self, code: int, message: str, errors: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ):
        super().__init__(message)
        self.code = code
        self.message = message
        self.errors = errors or {}
        self.headers = headers or {}


def error_body(code: int, message: str, errors: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": code, "status": HTTPStatus(code).phrase, "message": message, "errors": errors or {}}


def _response(
    code: int, message: str, errors: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> Response:
    response = jsonify(error_body(code, message, errors))
    response.status_code = code
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def handle_http_exception(error: HTTPException) -> Response:
    data = getattr(error, "data", None) or {}
    errors = data.get("errors") or data.get("messages") or {}
    # webargs nests field errors under the location ("json", "query"): keep that, it tells where.
    message = str(
        data.get("message")
        or (error.description if error.code != 422 else "The request was well-formed but invalid.")
        or HTTPStatus(error.code or 500).phrase
    )
    headers = dict(data.get("headers") or {})
    if error.code == 405 and error.valid_methods:  # type: ignore[attr-defined]
        headers["Allow"] = ", ".join(error.valid_methods)  # type: ignore[attr-defined]
    return _response(error.code or 500, message, errors, headers)


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(ApiError, lambda e: _response(e.code, e.message, e.errors, e.headers))

    def busy(_: Exception) -> Response:
        return _response(503, "The database is busy or cannot be written; retry later.", headers={"Retry-After": "1"})

    app.register_error_handler(Busy, busy)

    def unexpected(error: Exception) -> Response:
        if isinstance(error, HTTPException):
            return handle_http_exception(error)
        import sqlite3

        if isinstance(error, sqlite3.OperationalError) and any(
            s in str(error) for s in ("readonly", "disk", "locked", "full", "unable to open")
        ):
            log.error("storage unavailable: %s", error)
            unavailable = ServiceUnavailable("The database cannot be written right now; retry later.")
            # A lock clears in a moment; a full, read-only or missing database needs an operator.
            unavailable.data = {"headers": {"Retry-After": "1" if "locked" in str(error) else "60"}}  # type: ignore[attr-defined]
            return handle_http_exception(unavailable)
        log.exception("unexpected error")
        return handle_http_exception(InternalServerError("An unexpected error occurred; it has been logged."))

    app.register_error_handler(Exception, unexpected)
