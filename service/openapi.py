"""The OpenAPI document beyond what flask-smorest derives from the schemas: the X-API-Key security
scheme and, on every operation, the error responses it can really give, each with the one error shape.

Which errors an operation can give follows from how the service works (service/__init__.py guard_api,
service/errors.py), so it is decided here once for all operations rather than repeated on each view:
- every operation: 400 (a Host outside QUELLENLAGE_TRUSTED_HOSTS), 401 and 429 (a key is needed for
  writes, and for reads with QUELLENLAGE_PROTECT_READS; wrong keys lock an address out for a while),
  503 (the database is busy, full or read-only; Retry-After says when to retry), 500;
- an operation with a path parameter: 404; with query parameters or a body: 422 (field messages);
- an operation with a JSON body: 400 (not JSON, not UTF-8, nested too deeply), 413 (too large), 415 (not JSON).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from apispec import APISpec, BasePlugin
from flask_smorest import Api
from flask_smorest.error_handler import ErrorSchema

API_KEY_SCHEME = "ApiKey"
WRITING = {"post", "put", "patch", "delete"}
INFO_DESCRIPTION = (
    "Grades the factual claims of German news articles by corroboration, hedging and belligerent origin, "
    "with the evidence for every grade. Writing needs an `X-API-Key` (reading too with "
    "QUELLENLAGE_PROTECT_READS). Every error is JSON `{code, status, message, errors}`; `errors` names "
    "the fields of a 422 by where they were sent (`json`, `query`, `path`)."
)
ERROR_DESCRIPTIONS = {
    400: "Bad request: the body is not valid JSON or UTF-8, nests too deeply, or the Host is not trusted.",
    401: "A valid X-API-Key header is needed (writing always when keys are set; reading with PROTECT_READS).",
    404: "No such resource.",
    413: "The body is larger than QUELLENLAGE_MAX_CONTENT_LENGTH.",
    415: "The body must be sent with Content-Type: application/json.",
    422: "Invalid parameters or body; `errors` names each field with its messages.",
    429: "Too many requests with a wrong key from this address; Retry-After says when to try again.",
    500: "An unexpected error; it has been logged, no detail is given.",
    503: "The database is busy, full or read-only; Retry-After says when to try again.",
}


def error_response_name(code: int) -> str:
    return f"ERROR_{code}"


class ErrorResponses(BasePlugin):
    """apispec plugin: the security scheme and each operation's error responses."""

    def init_spec(self, spec: APISpec) -> None:
        self.spec = spec
        spec.components.security_scheme(
            API_KEY_SCHEME,
            {
                "type": "apiKey",
                "in": "header",
                "name": "X-API-Key",
                "description": "One of the keys in QUELLENLAGE_API_KEYS.",
            },
        )

    def path_helper(
        self,
        path: str | None = None,
        operations: dict[Any, Any] | None = None,
        parameters: list[dict[Any, Any]] | None = None,
        **kwargs: Any,
    ) -> str | None:
        """A path parameter the views do not describe themselves is an id: "claim_id" is the claim's id."""
        for parameter in parameters or []:
            if isinstance(parameter, dict) and parameter.get("in") == "path" and "description" not in parameter:
                thing = parameter["name"].removesuffix("_id").replace("_", " ")
                parameter["description"] = f"id of the {thing}"
        return None

    def _error_response(self, code: int) -> str:
        name = error_response_name(code)
        if name not in self.spec.components.responses:
            response: dict[str, Any] = {
                "description": ERROR_DESCRIPTIONS.get(code, HTTPStatus(code).phrase),
                "content": {"application/json": {"schema": ErrorSchema}},
            }
            if code in (429, 503):
                response["headers"] = {
                    "Retry-After": {"description": "seconds to wait before retrying", "schema": {"type": "integer"}}
                }
            self.spec.components.response(name, response)
        return name

    def operation_helper(
        self, path: str | None = None, operations: dict[str, Any] | None = None, **kwargs: Any
    ) -> None:
        for method, operation in (operations or {}).items():
            if method not in {"get", "head", "post", "put", "patch", "delete"}:
                continue
            codes = {400, 401, 429, 500, 503}
            if "{" in (path or ""):
                codes.add(404)
            if operation.get("parameters") or "requestBody" in operation or "{" in (path or ""):
                codes.add(422)
            if "requestBody" in operation or method in WRITING:
                codes |= {413, 415}
            responses = operation.setdefault("responses", {})
            for code in sorted(codes):
                responses.setdefault(str(code), self._error_response(code))
            # A key is always required to write once keys are configured; to read only with PROTECT_READS.
            operation.setdefault(
                "security", [{API_KEY_SCHEME: []}] if method in WRITING else [{API_KEY_SCHEME: []}, {}]
            )


class DocumentedApi(Api):
    """flask-smorest's Api with the ErrorResponses plugin and a described document."""

    def __init__(self, app: Any = None, **kwargs: Any) -> None:
        spec_kwargs = kwargs.pop("spec_kwargs", None) or {}
        spec_kwargs.setdefault("extra_plugins", [ErrorResponses()])
        spec_kwargs.setdefault("info", {"description": INFO_DESCRIPTION})
        super().__init__(app, spec_kwargs=spec_kwargs, **kwargs)
